//! The phrases the app builds from data (wage and LMIA gaps, program reasons, licensing
//! statuses, score inputs), as templates: `{name}` marks where a value goes (`fill`).

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhraseLabels {
    // Salary: what the wage file lacks, and the Census figure shown instead.
    pub wage_not_loaded: &'static str,
    pub wage_not_in_file: &'static str,
    pub wage_provincial_only: &'static str,
    pub census_instead: &'static str,
    pub census_aggregate: &'static str,
    pub census_none_either: &'static str,
    /// COPS's labour market conditions in the interface language, where COPS has none of its
    /// own (Japanese: ours), as (English, translation) pairs; empty where COPS's own serve.
    pub cops_conditions: Vec<(&'static str, &'static str)>,
    /// How each score component turns its input into points: pay, outlook, AI, immigration.
    pub score_how: [&'static str; 4],
    // Immigration: rows, reasons, the LMIA count.
    pub list_in_force: &'static str,
    pub list_past: &'static str,
    pub sources: &'static str,
    pub unknown_means: &'static str,
    pub unknown_scored: &'static str,
    pub teer_range: &'static str,
    pub teer_list: &'static str,
    pub lower_confidence: &'static str,
    pub reason_trade_group: &'static str,
    pub reason_trade_group_excluded: &'static str,
    pub reason_outside_trade_groups: &'static str,
    pub reason_on_lists: &'static str,
    pub reason_base_teer: &'static str,
    pub reason_not_on_lists: &'static str,
    pub reason_teer_accepted: &'static str,
    pub reason_teer_refused: &'static str,
    pub reason_offer_accepted: &'static str,
    pub reason_offer_refused: &'static str,
    pub reason_community: &'static str,
    pub reason_pnp_ee: &'static str,
    pub reason_pnp_no_ee: &'static str,
    pub reason_lmia_some: &'static str,
    pub reason_lmia_none: &'static str,
    pub period_unknown: &'static str,
    pub lmia_at_least: &'static str,
    pub lmia_none: &'static str,
    pub lmia_not_loaded: &'static str,
    pub lmia_lower_bound: &'static str,
    // Licensing.
    pub voluntary: &'static str,
    pub required_in: &'static str,
    pub deciding: &'static str,
    /// The provinces and territories in the order of `rules::licensing::PROVINCES`.
    pub provinces: [&'static str; 13],
    // Score inputs.
    pub input_job_bank: &'static str,
    pub input_census: &'static str,
    pub input_census_aggregate: &'static str,
    pub input_outlook: &'static str,
    pub input_ai: &'static str,
    pub input_immigration: &'static str,
    pub input_category: &'static str,
    pub input_category_unknown: &'static str,
    pub input_rescale: &'static str,
    pub input_missing: &'static str,
    pub what_wage: &'static str,
    pub what_outlook: &'static str,
    pub what_ai: &'static str,
    pub what_rules: &'static str,
    /// When each year's category lists applied, in the order of `rules::immigration::LIST_DATES`.
    pub list_as_of: [&'static str; 4],
    pub list_separator: &'static str,
}

/// The template with each `{key}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (key, value) in values {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fill;

    #[test]
    fn fill_replaces_every_named_place() {
        assert_eq!(
            fill("{a} and {b}, {a}", &[("a", "x"), ("b", "y")]),
            "x and y, x"
        );
        assert_eq!(fill("{missing}", &[]), "{missing}");
    }
}
