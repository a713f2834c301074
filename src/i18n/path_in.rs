//! Labels of the path into the job, second part (issue 24): official provincial licensing
//! lists and the provinces our data covers, the education path table read from the NOC text,
//! and university tuition by field of study.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathInLabels {
    pub provincial_heading: &'static str,
    pub regulated_profession: &'static str,
    pub compulsory_trade: &'static str,
    /// "{province}", "{kind}", "{name}", "{regulator}".
    pub official_line: &'static str,
    /// "{url}", "{date}".
    pub official_source: &'static str,
    /// "{province}": a covered province whose lists do not print the code.
    pub covered_not_named: &'static str,
    /// "{province}": the chosen province is not covered.
    pub not_covered_chosen: &'static str,
    /// "{covered}", "{missing}".
    pub coverage: &'static str,
    pub not_loaded: &'static str,
    pub path_heading: &'static str,
    pub col_stage: &'static str,
    pub col_length: &'static str,
    pub col_asked: &'static str,
    /// The tuition table's first column.
    pub col_place: &'static str,
    /// The column naming the stage's source sentence by number (reports).
    pub col_sentence: &'static str,
    pub not_stated: &'static str,
    pub or_prefix: &'static str,
    /// "{who}".
    pub for_who: &'static str,
    pub asked_required: &'static str,
    pub asked_usually: &'static str,
    pub asked_may: &'static str,
    pub asked_voluntary: &'static str,
    pub asked_stated: &'static str,
    /// "{provinces}": the province codes a licence is required in.
    pub required_in: &'static str,
    pub no_path: &'static str,
    pub path_ours: &'static str,
    /// "{key}".
    pub sentences_hidden: &'static str,
    /// "{key}".
    pub sentences_shown: &'static str,
    pub h_sentences: &'static str,
    /// The status bar's word for that key on the Education pane.
    pub s_sentences: &'static str,
    pub tuition_heading: &'static str,
    /// "{field}", "{level}", "{words}".
    pub tuition_field: &'static str,
    /// "{students}", "{amount}", "{year}", "{place}", "{dollars}".
    pub tuition_line: &'static str,
    pub canadian: &'static str,
    pub international: &'static str,
    pub undergraduate: &'static str,
    pub graduate: &'static str,
    pub current_dollars: &'static str,
    pub constant_dollars: &'static str,
    /// "{students}".
    pub no_canada_figure: &'static str,
    /// "{students}", "{place}".
    pub not_published: &'static str,
    /// "{tables}".
    pub tuition_source: &'static str,
    /// "{stage}".
    pub tuition_unmatched: &'static str,
    pub tuition_university_only: &'static str,
    pub canada: &'static str,
    /// Compare's row of the path's stage count and the first program's length.
    pub compare_path: &'static str,
    /// "{n}" stages, "{length}" of the first program.
    pub compare_path_value: &'static str,
    pub compare_tuition: &'static str,
}
