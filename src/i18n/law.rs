//! Labels of the immigration rules read from the law and IRCC's pages: sources marked
//! official or third-party, the lists' capture dates, and what each route asks of the person.

use super::{Labels, fill};
use crate::model::law::Offer;
use crate::rules::requirements::Requirement;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LawLabels {
    /// After a third-party source: "(third party)".
    pub third_party: &'static str,
    /// A category row from IRCC's page: "IRCC's page, as captured on {date}".
    pub list_captured: &'static str,
    /// A past year's lists: "{date}; compiled from secondary sources".
    pub list_secondary: &'static str,
    /// A regulated class's as-of: "{law} consolidated to {date}".
    pub law_as_of: &'static str,
    pub law_not_loaded: &'static str,
    /// The table of what each route asks.
    pub asks_heading: &'static str,
    pub col_language: &'static str,
    pub col_experience: &'static str,
    pub col_offer: &'static str,
    /// "{years} yr in {within} yr".
    pub experience: &'static str,
    pub in_canada: &'static str,
    pub anywhere: &'static str,
    pub continuous: &'static str,
    pub offer_none: &'static str,
    pub offer_or_certificate: &'static str,
    pub offer_required: &'static str,
    /// "required, indeterminate at TEER {teers}".
    pub offer_indeterminate: &'static str,
    /// Under the table: the sections and the language pages.
    pub asks_note: &'static str,
    /// The AIP TEER hierarchy: "TEER {same} rank as one level (s. {at})".
    pub same_level: &'static str,
    /// The language levels of a program: "{scale} {level}" joined; "(speaking, listening)".
    pub language_none: &'static str,
    /// The one-line answer: "Express Entry ({programs})", or none open.
    pub answer_ee: &'static str,
    pub answer_no_ee: &'static str,
    /// When no Express Entry program is open: the Atlantic program still takes TEER 4 offers.
    pub answer_aip: &'static str,
    /// "{year} category: {categories}", or on none.
    pub answer_category: &'static str,
    pub answer_no_category: &'static str,
    /// "provinces: {provinces}", or on no list we hold.
    pub answer_provinces: &'static str,
    pub answer_no_province: &'static str,
    /// "{provinces}": the provinces whose exclusion lists we hold name the occupation, said
    /// beside the lists naming it as eligible or targeted (or their absence).
    pub answer_excluded: &'static str,
    /// On no list naming it as eligible or targeted, but on an exclusion list of {provinces}.
    pub answer_no_province_excluded: &'static str,
    /// Compare's rows: the category lists in force, the provincial lists naming it.
    pub compare_category: &'static str,
    pub compare_provinces: &'static str,
    /// The sources under the answer.
    pub answer_sources: &'static str,
    /// The as-of notes of the rules file that are words, not dates, in the order of
    /// `wording::PROGRAM_AS_OF` (the English ones must equal the file's).
    pub program_as_of: [&'static str; 3],
    /// The Immigration pane's first heading, over the one-line answer.
    pub answer_heading: &'static str,
    /// The heading over category lists no longer in force, at the pane's end.
    pub past_lists_heading: &'static str,
}

/// The experience cell: "1 yr within 3 yr, in Canada".
pub fn experience(l: &Labels, r: &Requirement) -> String {
    let e = &r.experience;
    let mut s = fill(
        l.law.experience,
        &[
            ("years", &e.years.to_string()),
            ("within", &e.within_years.to_string()),
        ],
    );
    s.push_str(", ");
    s.push_str(if e.in_canada {
        l.law.in_canada
    } else {
        l.law.anywhere
    });
    if e.continuous {
        s.push_str(", ");
        s.push_str(l.law.continuous);
    }
    s
}

/// The offer cell.
pub fn offer(l: &Labels, r: &Requirement) -> String {
    match &r.offer {
        Offer::NotRequired => l.law.offer_none.to_string(),
        Offer::OrCertificate { .. } => l.law.offer_or_certificate.to_string(),
        Offer::Required {
            indeterminate_teer, ..
        } if !indeterminate_teer.is_empty() => {
            let teers: Vec<String> = indeterminate_teer.iter().map(u8::to_string).collect();
            fill(l.law.offer_indeterminate, &[("teers", &teers.join(", "))])
        }
        Offer::Required { .. } => l.law.offer_required.to_string(),
    }
}
