//! How many unit groups each data set covers, and why the others have no figures: what
//! `stats` and the reports print about the data, not about one occupation.

use crate::model::Dataset;
use serde::Serialize;

/// How many unit groups each data set covers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coverage {
    pub unit_groups: usize,
    /// Any Job Bank wage record (national or provincial).
    pub wages: usize,
    pub wages_national: usize,
    pub census_income: usize,
    pub outlook: usize,
    /// Outlook with a future-conditions label (not "N/A").
    pub outlook_conditions: usize,
    /// A GPT-4 exposure value (so a percentile and label).
    pub ai_exposure: usize,
    /// Linked to O*NET by the crosswalk at all.
    pub ai_crosswalk: usize,
    pub lmia: usize,
    /// Unit groups the program rules are evaluated for (all, once programs.ron is loaded).
    pub immigration_rules: usize,
    pub programs: usize,
    pub ee_categories: usize,
    /// The data sets whose file did not load (`wages`, `census_income`, `outlook`,
    /// `ai_exposure`, `lmia`, `ee_categories`, `immigration_rules`): their counts are not a
    /// coverage of 0 but "not loaded".
    pub not_loaded: Vec<&'static str>,
    /// Why the unit groups not counted have no figures, one line per data set.
    pub gaps: Vec<String>,
}

impl Coverage {
    /// Whether the data set `id` (a field name) loaded.
    pub fn loaded(&self, id: &str) -> bool {
        !self.not_loaded.iter().any(|n| id.starts_with(n))
    }
}

/// How many unit groups each data set covers.
pub fn coverage(ds: &Dataset) -> Coverage {
    let f = &ds.figures;
    let known = |code: &String| ds.unit(code).is_some();
    let mut c = Coverage {
        unit_groups: ds.units.len(),
        wages: f.wages.keys().filter(|c| known(c)).count(),
        wages_national: f
            .wages
            .values()
            .filter(|w| w.national.is_some() && known(&w.code))
            .count(),
        census_income: f.census.keys().filter(|c| known(c)).count(),
        outlook: f.outlook.keys().filter(|c| known(c)).count(),
        outlook_conditions: f
            .outlook
            .values()
            .filter(|o| o.future_conditions != "N/A" && known(&o.code))
            .count(),
        ai_exposure: f
            .ai
            .values()
            .filter(|a| a.gpt4_beta.is_some() && known(&a.code))
            .count(),
        ai_crosswalk: f.ai.keys().filter(|c| known(c)).count(),
        lmia: f.lmia.keys().filter(|c| known(c)).count(),
        immigration_rules: if f.programs.is_empty() {
            0
        } else {
            ds.units.len()
        },
        programs: f.programs.len(),
        ee_categories: f.ee_categories.keys().filter(|c| known(c)).count(),
        not_loaded: [
            ("wages", f.wages.is_empty()),
            ("census_income", f.census.is_empty()),
            ("outlook", f.outlook.is_empty()),
            ("ai_", f.ai.is_empty()),
            ("lmia", !f.lmia_loaded()),
            ("ee_categories", f.ee_lists.is_empty()),
            ("immigration_rules", f.programs.is_empty()),
        ]
        .into_iter()
        .filter_map(|(id, missing)| missing.then_some(id))
        .collect(),
        gaps: Vec::new(),
    };
    let n = c.unit_groups;
    let units = |k: usize| match k {
        1 => "1 unit group".to_string(),
        k => format!("{k} unit groups"),
    };
    let have = |k: usize| format!("{k} {}", if k == 1 { "has" } else { "have" });
    let units_have = |k: usize| format!("{} {}", units(k), if k == 1 { "has" } else { "have" });
    let gaps = vec![
        format!(
            "wages: {} no 2024 wage in the wage file this app uses (it keeps occupations with 2016, 2020 and 2024 figures); {} more provincial figures only",
            units_have(n.saturating_sub(c.wages)),
            have(c.wages.saturating_sub(c.wages_national))
        ),
        format!(
            "outlook: COPS publishes no labour market conditions (N/A) for {}",
            units(c.outlook.saturating_sub(c.outlook_conditions))
        ),
        format!(
            "ai_exposure: {} no crosswalk match, {} more O*NET matches without a published rating",
            units_have(n.saturating_sub(c.ai_crosswalk)),
            have(c.ai_crosswalk.saturating_sub(c.ai_exposure))
        ),
        format!(
            "lmia: {} on ESDC's published list of positive LMIAs for the quarters covered (the list omits some employers by design)",
            match n.saturating_sub(c.lmia) {
                1 => "1 unit group is not".to_string(),
                k => format!("{k} unit groups are not"),
            }
        ),
    ];
    // A data set that did not load has no gap to explain: it is not loaded.
    let ids = ["wages", "outlook", "ai_exposure", "lmia"];
    c.gaps = gaps
        .into_iter()
        .zip(ids)
        .map(|(gap, id)| {
            if c.loaded(id) {
                gap
            } else {
                format!("{id}: not loaded (the data file is missing), so coverage is not known")
            }
        })
        .collect();
    c
}
