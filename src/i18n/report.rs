//! The words of what leaves the app: `show` (text, Markdown), `stats` and the handouts
//! (Markdown, HTML). `{name}` marks where a value goes (`fill`).

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportLabels {
    /// "{code} {title} ({teer})".
    pub headline: &'static str,
    /// "TEER {n}: {meaning}" ("FÉER" in French).
    pub teer: &'static str,
    /// Said once at the top of a section whose text is an official record we hold only in
    /// English; empty in English.
    pub official_english: &'static str,
    /// The same, once at the top of an explorer pane that quotes such records.
    pub official_english_screen: &'static str,
    /// The same for our own curated text, written in English; empty in English.
    pub ours_english: &'static str,
    pub h_hierarchy: &'static str,
    pub h_definition: &'static str,
    pub h_duties: &'static str,
    pub h_requirements: &'static str,
    pub h_additional: &'static str,
    pub h_inclusions: &'static str,
    pub h_exclusions: &'static str,
    pub h_examples: &'static str,
    pub h_titles: &'static str,
    pub h_noc2016: &'static str,
    pub h_profile: &'static str,
    pub h_wages: &'static str,
    pub h_outlook: &'static str,
    pub h_immigration: &'static str,
    pub h_licensing: &'static str,
    pub h_ai_exposure: &'static str,
    pub h_ai_tasks: &'static str,
    pub h_activities: &'static str,
    pub h_profiles: &'static str,
    pub h_skills: &'static str,
    pub h_fit: &'static str,
    pub h_context: &'static str,
    pub h_score: &'static str,
    /// Broad category, major group, sub-major group, minor group, each with its colon.
    pub levels: [&'static str; 4],
    pub titles_eg: &'static str,
    pub profile_as_of: &'static str,
    pub noc_source: &'static str,
    // Wages.
    pub wage_national: &'static str,
    pub wage_annual: &'static str,
    pub province_hourly: &'static str,
    pub wage_trend: &'static str,
    pub census_line: &'static str,
    // Outlook.
    pub conditions_line: &'static str,
    pub openings_line: &'static str,
    pub seekers_line: &'static str,
    pub yearly_header: [&'static str; 5],
    pub no_figure: &'static str,
    pub yearly_status: &'static str,
    pub outlook_none: &'static str,
    pub outlook_na: &'static str,
    // Immigration.
    /// Yes, no, depends.
    pub answers: [&'static str; 3],
    pub past_marker: &'static str,
    pub program_line: &'static str,
    /// What a route read from the regulation asks of the person.
    pub route_asks: &'static str,
    pub alone_decides: &'static str,
    // Licensing.
    pub licence_status: &'static str,
    pub deciding_sentence: &'static str,
    pub quoted: &'static str,
    pub licensing_note: &'static str,
    // Score.
    pub score_none: &'static str,
    pub score_total: &'static str,
    pub score_header: [&'static str; 4],
    pub score_note: &'static str,
    pub score_formula: &'static str,
    // AI.
    pub exposure_line: &'static str,
    pub ai_no_match: &'static str,
    pub ai_no_rating: &'static str,
    pub ai_none: &'static str,
    pub onet_match: &'static str,
    pub status_line: &'static str,
    pub task_labels: &'static str,
    pub work_activities: &'static str,
    pub group_line: &'static str,
    pub task_one: &'static str,
    pub task_many: &'static str,
    pub task_line: &'static str,
    pub gpt4_says: &'static str,
    pub activities_line: &'static str,
    pub activity_header: [&'static str; 3],
    // OaSIS.
    pub workplaces: &'static str,
    pub rated_header: [&'static str; 4],
    pub strong_mark: &'static str,
    pub work_context_rule: &'static str,
    /// The OaSIS guide's scales, as (English, translation) pairs; empty in English.
    pub scales: Vec<(&'static str, &'static str)>,
    // Handouts.
    pub handout_title: &'static str,
    pub handout_title_client: &'static str,
    pub handout_intro: &'static str,
    pub handout_intro_one: &'static str,
    pub where_it_sits: &'static str,
    pub chart_pay: &'static str,
    pub chart_outlook: &'static str,
    pub stats: StatsLabels,
    /// "Where the skills carry" in `show` and the handouts.
    pub paths: PathsLabels,
    /// After "Occupations" above the explorer's list when its rows add our titles (Japanese:
    /// they are ours, 非公式訳); empty where the rows show official titles only.
    pub list_titles_note: &'static str,
}

/// `stats`: the dataset's counts in sentences and its coverage table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatsLabels {
    pub classes: &'static str,
    pub titles: &'static str,
    /// (singular, plural) with `{n}`: broad categories, major groups, sub-major groups, minor
    /// groups, unit groups, example titles, links, curated profiles, programs, profiles.
    pub nouns: [(&'static str, &'static str); 10],
    pub coverage: &'static str,
    pub rows: [&'static str; 16],
    pub programs: &'static str,
    pub gaps_heading: &'static str,
    /// In place of a count whose data file did not load.
    pub not_loaded: &'static str,
    /// The line of a data set that did not load: its coverage row's name and the status.
    pub gap_not_loaded: &'static str,
    /// Wages, outlook, AI exposure, LMIAs.
    pub gaps: [&'static str; 4],
}

/// "Where the skills carry": the closest occupations by OaSIS ratings (our measure).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathsLabels {
    pub heading: &'static str,
    pub not_loaded: &'static str,
    pub framing: &'static str,
    /// Code, occupation, closeness, TEER step, pay, outlook, AI exposure, licence.
    pub header: [&'static str; 8],
    pub missing: &'static str,
    /// "{name} (asked {asked}, held {held} of {max})".
    pub level: &'static str,
    pub carries: &'static str,
    pub no_gap: &'static str,
    pub to_build: &'static str,
    pub up: &'static str,
    pub across: &'static str,
    pub noc_link: &'static str,
    pub noc_note: &'static str,
    pub method: &'static str,
    pub sources: &'static str,
}
