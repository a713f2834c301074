//! Labels of the deep sections: what the job is, the summary card, the AI tasks, skills and
//! fit, and the yearly outlook charts.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DepthLabels {
    pub what_it_is: &'static str,
    pub profiles: &'static str,
    pub noc_definition: &'static str,
    pub at_a_glance: &'static str,
    pub g_immigration: &'static str,
    pub g_pay: &'static str,
    pub g_outlook: &'static str,
    pub g_ai: &'static str,
    /// The wage sources' short names: Job Bank, the Census.
    pub job_bank: &'static str,
    pub census: &'static str,
    /// "{year} lists ..." when our data cannot answer for the latest lists.
    /// Where a percentile falls: lowest quarter, second, third, top quarter.
    pub quarters: [&'static str; 4],
    /// "{} (percentile {})".
    pub pay_rank: &'static str,
    /// "{} job openings for {} job seekers".
    pub openings_for_seekers: &'static str,
    /// "{e1} ... {e2} ... {e0} ... {n}".
    pub ai_share: &'static str,
    pub computing: &'static str,
    pub tasks_heading: &'static str,
    pub exposure_line: &'static str,
    /// The meanings of E1, E2 and E0.
    pub meanings: [&'static str; 3],
    /// "{count} tasks, {share}".
    pub group_count: &'static str,
    /// The same for a single task.
    pub group_count_one: &'static str,
    pub gpt4_says: &'static str,
    pub disagreements: &'static str,
    pub onet_reached: &'static str,
    pub activities_heading: &'static str,
    /// "{counted} of {total} ..."
    pub activities_counted: &'static str,
    pub skills_heading: &'static str,
    pub knowledge_heading: &'static str,
    pub abilities_heading: &'static str,
    pub suits_heading: &'static str,
    pub interests: &'static str,
    pub strong: &'static str,
    pub attributes: &'static str,
    pub context_heading: &'static str,
    /// "level {} · {}": the rating and the guide's scale.
    pub level: &'static str,
    /// Holland types R, I, A, S, E, C.
    pub holland: [&'static str; 6],
    pub yearly_heading: &'static str,
    pub employment_chart: &'static str,
    pub flows_chart: &'static str,
    pub immigrants_chart: &'static str,
    pub year: &'static str,
    /// The yearly table's columns: job openings, job seekers, their difference.
    pub flows_columns: [&'static str; 3],
    /// What the difference column is.
    pub flows_difference: &'static str,
    /// "no yearly {series} ...": one series COPS leaves N/A in every year.
    pub yearly_missing: &'static str,
    /// Employment, job openings, job seekers, immigrants among job seekers.
    pub yearly_series: [&'static str; 4],
    /// All four series N/A.
    pub yearly_none: &'static str,
    pub our_translation: &'static str,
    /// How the AI task groups are made (human labels, GPT-4's where it differs).
    pub grouping: &'static str,
    /// Why a deep section has nothing: no crosswalk row, no labelled tasks ({reached}), no
    /// work activities, no OaSIS profile, no yearly series; a file not loaded or broken ({error}).
    pub gap_no_crosswalk: &'static str,
    pub gap_no_labels: &'static str,
    pub gap_no_activities: &'static str,
    pub gap_no_oasis: &'static str,
    pub gap_no_yearly: &'static str,
    pub status_not_loaded: &'static str,
    pub status_broken: &'static str,
}
