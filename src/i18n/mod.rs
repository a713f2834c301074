//! Interface labels in English, French and Japanese, from `assets/i18n`: one wording for the
//! explorer, `show`, `stats` and the handouts (the reports and the interface both read it,
//! so it sits below both). Occupation text itself comes from the dataset (English, with
//! French titles and definitions); with `--lang fr` French leads.
//! The Japanese vocabulary follows the seed page (概要, 給与, 教育パス, 資格, 移住, キャリア見通し).

pub mod ai_links;
pub mod answer;
mod cli;
mod depth;
pub mod first_steps;
pub mod law;
pub mod licensing_path;
pub mod lists;
pub mod path_in;
pub mod path_words;
pub mod paths;
mod phrases;
pub mod reliability;
mod report;
pub mod reviewed;
pub mod search_words;
mod tools;
pub mod wording;
mod wording_programs;
#[cfg(test)]
mod wording_tests;

pub use cli::CliLabels;
pub use depth::DepthLabels;
pub use law::LawLabels;
pub use licensing_path::LicensingPathLabels;
pub use lists::ListLabels;
pub use paths::PathLabels;
pub use phrases::{PhraseLabels, fill};
pub use reliability::ReliabilityLabels;
pub use report::{PathsLabels, ReportLabels, StatsLabels};

use crate::locale::Lang;
use serde::Deserialize;
use std::sync::LazyLock;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    /// Set from the file's name, not written in it.
    #[serde(skip)]
    pub lang: Lang,
    pub occupations: &'static str,
    pub search_hint: &'static str,
    pub of: &'static str,
    pub count_suffix: &'static str,
    pub showing_results_for: &'static str,
    pub no_matches: &'static str,
    pub matched: &'static str,
    pub overall: &'static str,
    pub tabs: [&'static str; 7],
    pub tabs_short: [&'static str; 7],
    // Overview
    pub definition: &'static str,
    pub classification: &'static str,
    pub summary: &'static str,
    pub main_duties: &'static str,
    pub example_titles: &'static str,
    pub and_more: &'static str,
    pub inclusions: &'static str,
    pub exclusions: &'static str,
    pub noc2016: &'static str,
    pub suits: &'static str,
    pub not_suited: &'static str,
    pub no_profile: &'static str,
    pub profile_checked: &'static str,
    pub sources: &'static str,
    pub source_line: &'static str,
    // AI impact
    pub ai_overview: &'static str,
    pub tasks_taken_over: &'static str,
    pub tasks_augmented: &'static str,
    pub human_strengths: &'static str,
    pub skills_to_learn: &'static str,
    pub entry_level: &'static str,
    pub career_shift: &'static str,
    // Salary
    pub salary_bands: &'static str,
    pub per_year: &'static str,
    pub years: &'static str,
    // Education
    pub teer_meaning: &'static str,
    pub teer_meanings: [&'static str; 6],
    pub employment_requirements: &'static str,
    pub additional_information: &'static str,
    pub education_paths: &'static str,
    pub education_missing: &'static str,
    // Licensing
    pub licensing_requirements: &'static str,
    pub licensing_none: &'static str,
    pub credentials: &'static str,
    pub issued_by: &'static str,
    pub required: &'static str,
    pub optional: &'static str,
    pub credentials_missing: &'static str,
    // Immigration
    pub immigration_routes: &'static str,
    // Outlook
    pub career_path: &'static str,
    pub demand: &'static str,
    pub growth_areas: &'static str,
    // Keys, help, status
    pub help_title: &'static str,
    pub help_close: &'static str,
    pub ctx_global: &'static str,
    pub ctx_list: &'static str,
    pub ctx_search: &'static str,
    pub ctx_help: &'static str,
    pub h_quit: &'static str,
    pub h_search: &'static str,
    pub h_accept: &'static str,
    pub h_clear: &'static str,
    pub h_backspace: &'static str,
    pub h_down: &'static str,
    pub h_up: &'static str,
    pub h_top: &'static str,
    pub h_bottom: &'static str,
    pub h_page_down: &'static str,
    pub h_page_up: &'static str,
    pub h_next_tab: &'static str,
    pub h_prev_tab: &'static str,
    pub h_tab: &'static str,
    pub h_scroll_down: &'static str,
    pub h_scroll_up: &'static str,
    pub h_half_down: &'static str,
    pub h_half_up: &'static str,
    pub h_help: &'static str,
    pub h_close_help: &'static str,
    pub h_close_sources: &'static str,
    pub h_mouse: &'static str,
    pub s_move: &'static str,
    pub s_search: &'static str,
    pub s_accept: &'static str,
    pub s_clear: &'static str,
    pub s_tabs: &'static str,
    pub s_scroll: &'static str,
    pub too_small: &'static str,
    // figures panes
    pub wages_heading: &'static str,
    pub per_hour: &'static str,
    pub wage_low: &'static str,
    pub wage_median: &'static str,
    pub wage_high: &'static str,
    pub hours_assumption: &'static str,
    pub by_province: &'static str,
    pub province: &'static str,
    pub wage_trend: &'static str,
    pub trend_noc2016: &'static str,
    pub census_heading: &'static str,
    pub no_census: &'static str,
    pub source_prefix: &'static str,
    /// After a problem with the user's keymap.ron or theme.ron.
    pub config_defaults_used: &'static str,
    pub outlook_heading: &'static str,
    pub not_published: &'static str,
    pub recent_conditions: &'static str,
    pub future_conditions: &'static str,
    pub employment_2023: &'static str,
    pub openings_vs_seekers: &'static str,
    pub job_openings: &'static str,
    pub job_seekers: &'static str,
    pub growth: &'static str,
    pub retirements: &'static str,
    pub other_replacement: &'static str,
    pub school_leavers: &'static str,
    pub immigrants: &'static str,
    pub other_seekers: &'static str,
    pub ai_exposure_heading: &'static str,
    pub ai_low: &'static str,
    pub ai_moderate: &'static str,
    pub ai_high: &'static str,
    pub ai_percentile: &'static str,
    pub gpt4_exposure: &'static str,
    pub human_exposure: &'static str,
    pub ai_applicability: &'static str,
    pub ai_no_figures: &'static str,
    pub onet_matches: &'static str,
    pub onet_columns: &'static str,
    pub ai_method: &'static str,
    pub ai_licences: &'static str,
    pub programs_heading: &'static str,
    pub programs_legend: &'static str,
    pub as_of: &'static str,
    pub lmia_heading: &'static str,
    pub employers: &'static str,
    pub by_province_lmia: &'static str,
    pub by_stream: &'static str,
    pub top_employers: &'static str,
    pub rules_change: &'static str,
    pub may_be_required: &'static str,
    pub mentioned: &'static str,
    pub none_found: &'static str,
    pub licensing_status: &'static str,
    pub why_score: &'static str,
    pub score_pay: &'static str,
    pub score_outlook: &'static str,
    pub score_ai: &'static str,
    pub score_immigration: &'static str,
    pub no_data: &'static str,
    pub formula: &'static str,
    pub publisher: &'static str,
    pub vintage: &'static str,
    pub licence: &'static str,
    pub sources_title: &'static str,
    pub sources_close: &'static str,
    pub h_sources: &'static str,
    pub s_sources: &'static str,
    pub h_scroll_sources: &'static str,
    /// Labels of the shortlist, compare, filters, tree, export and presentation mode.
    pub tools: tools::ToolLabels,
    /// The phrases built from data: gaps, program reasons, licensing statuses.
    pub phrases: PhraseLabels,
    /// Labels of the deep sections (skills, fit, AI tasks, yearly outlook).
    pub depth: DepthLabels,
    /// What `show`, `stats` and the handouts write.
    pub report: ReportLabels,
    /// The command line's help and `validate`'s words.
    pub cli: CliLabels,
    /// Labels of the immigration rules read from the law and IRCC's pages.
    pub law: LawLabels,
    /// Labels of the immigration lists: rounds, provinces, community pilots.
    pub lists: ListLabels,
    /// Labels of where the skills carry.
    pub paths: PathLabels,
    /// What is said when a data file did not load or something is refused.
    pub reliability: ReliabilityLabels,
    /// What a newcomer meets in the first minutes (new search, ends, glosses).
    pub first_steps: first_steps::FirstStepsLabels,
    /// Labels of the path into the job: credentials and their issuers.
    pub licensing_path: LicensingPathLabels,
    /// Labels of the AI pane's links to US occupations.
    pub ai_links: ai_links::AiLinkLabels,
    /// Labels of the path into the job: provincial lists, the education path, tuition.
    pub path_in: path_in::PathInLabels,
    /// Labels of search in a newcomer's words (short forms read, nothing to search).
    pub search_words: search_words::SearchWordLabels,
    /// Phrases a review of the screens in en/fr/ja found missing or still in English.
    pub reviewed: reviewed::ReviewedLabels,
}

impl Labels {
    pub fn for_lang(lang: Lang) -> &'static Labels {
        match lang {
            Lang::En => &EN,
            Lang::Fr => &FR,
            Lang::Ja => &JA,
        }
    }

    /// The labels of `text`, the file `path` of assets/i18n (strings are borrowed from it).
    fn parse(lang: Lang, text: &'static str, path: &str) -> Result<Labels, String> {
        let mut labels: Labels = ron::Options::default().from_str(text).map_err(|e| {
            format!(
                "{path}:{}:{}: {}",
                e.span.start.line, e.span.start.col, e.code
            )
        })?;
        labels.lang = lang;
        Ok(labels)
    }

    fn embedded(lang: Lang) -> Labels {
        let (text, path) = match lang {
            Lang::En => (
                include_str!("../../assets/i18n/en.ron"),
                "assets/i18n/en.ron",
            ),
            Lang::Fr => (
                include_str!("../../assets/i18n/fr.ron"),
                "assets/i18n/fr.ron",
            ),
            Lang::Ja => (
                include_str!("../../assets/i18n/ja.ron"),
                "assets/i18n/ja.ron",
            ),
        };
        Labels::parse(lang, text, path)
            .unwrap_or_else(|e| panic!("the embedded labels are checked by tests: {e}"))
    }

    /// "12 of 516", "12 sur 516", "516件中 12件".
    pub fn count(&self, shown: usize, total: usize) -> String {
        match self.lang {
            Lang::Ja => format!("{total}{}{shown}{}", self.of, self.count_suffix),
            _ => format!("{shown} {} {total}{}", self.of, self.count_suffix),
        }
    }

    pub fn teer_meaning_of(&self, teer: u8) -> &'static str {
        self.teer_meanings
            .get(teer as usize)
            .copied()
            .unwrap_or("?")
    }

    pub fn too_small_message(&self, min_w: u16, min_h: u16) -> String {
        format!("{} {min_w}x{min_h}", self.too_small)
    }
}

/// The interface labels of each language, from `assets/i18n/`, parsed on first use.
pub static EN: LazyLock<Labels> = LazyLock::new(|| Labels::embedded(Lang::En));
pub static FR: LazyLock<Labels> = LazyLock::new(|| Labels::embedded(Lang::Fr));
pub static JA: LazyLock<Labels> = LazyLock::new(|| Labels::embedded(Lang::Ja));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_file_parses_with_every_key_and_no_unknown_one() {
        for lang in [Lang::En, Lang::Fr, Lang::Ja] {
            let labels = Labels::embedded(lang);
            assert_eq!(labels.lang, lang);
            assert!(!labels.occupations.is_empty());
            assert!(!labels.tools.ctx_shortlist.is_empty());
        }
    }

    #[test]
    fn a_missing_or_unknown_key_fails_with_its_place() {
        let en = include_str!("../../assets/i18n/en.ron");
        let missing = en.replacen("    occupations: \"Occupations\",\n", "", 1);
        let e = Labels::parse(Lang::En, Box::leak(missing.into_boxed_str()), "en.ron")
            .map(|_| ())
            .unwrap_err();
        assert!(
            e.ends_with("Unexpected missing field named `occupations` in `Labels`"),
            "{e}"
        );
        let unknown = en.replacen("(\n", "(\n    occupation: \"x\",\n", 1);
        let e = Labels::parse(Lang::En, Box::leak(unknown.into_boxed_str()), "en.ron")
            .map(|_| ())
            .unwrap_err();
        assert!(e.starts_with("en.ron:"), "{e}");
        assert!(
            e.contains("Unexpected field named `occupation` in `Labels`"),
            "{e}"
        );
    }
}
