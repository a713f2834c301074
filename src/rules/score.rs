//! The overall score (0-10) of a unit group.
//!
//! ```text
//! score = (w_pay*pay + w_outlook*outlook + w_ai*ai_resilience + w_imm*immigration)
//!         / (sum of the weights of the components that have data)
//!
//! pay           = percentile of the 2024 Job Bank national median hourly wage among all unit
//!                 groups with one / 10   (no Job Bank wage: the Census 2021 median employment
//!                 income's percentile among all unit groups / 10, and the input says so)
//! outlook       = COPS 2024-2033 future labour market conditions:
//!                 Strong risk of Shortage 10, Moderate risk of Shortage 7.5, Balance 5,
//!                 Moderate risk of Surplus 2.5, Strong risk of Surplus 0
//! ai_resilience = 10 - (percentile of the GPT-4 exposure, Eloundou et al. beta) / 10
//! immigration   = 6 if FSW, CEC or FST accepts the occupation (Express Entry)
//!               + 2 if it is on an Express Entry category list in force (past years' lists
//!                 do not count)
//!               + 1 if the Atlantic Immigration Program accepts its TEER
//!               + 1 if ESDC's published list shows positive LMIAs for it in 2024Q3-2025Q1
//!               An unknown part (a category list in force that our data holds only in part)
//!               is left out and the known points rescaled to 10: points / known maximum x 10,
//!               as missing components are in the score.
//! default weights: pay 0.30, outlook 0.30, AI resilience 0.20, immigration 0.20
//! ```
//!
//! A component without data is left out and the other weights are rescaled to sum to 1; the
//! score says which. The score is computed from the unrounded component values; components
//! and the score are then shown rounded to one decimal, half away from zero (5.95 -> 6.0).

use serde::Serialize;

pub const W_PAY: f64 = 0.30;
pub const W_OUTLOOK: f64 = 0.30;
pub const W_AI: f64 = 0.20;
pub const W_IMMIGRATION: f64 = 0.20;

/// Points of the immigration component.
pub const PTS_EXPRESS_ENTRY: f64 = 6.0;
pub const PTS_CATEGORY: f64 = 2.0;
pub const PTS_AIP: f64 = 1.0;
pub const PTS_LMIA: f64 = 1.0;

/// The formula in one paragraph, for the app and the README.
pub const FORMULA: &str = "Score = weighted mean of the components that have data (weights: pay 0.30, \
outlook 0.30, AI resilience 0.20, immigration 0.20; missing components are dropped and the weights \
rescaled). Pay = percentile of the 2024 Job Bank national median wage / 10 (Census median income \
percentile when Job Bank has none). Outlook = COPS future conditions: strong shortage 10, moderate \
shortage 7.5, balance 5, moderate surplus 2.5, strong surplus 0. AI resilience = 10 - GPT-4 exposure \
percentile / 10. Immigration = 6 (Express Entry: FSW, CEC or FST) + 2 (an Express Entry category list \
in force) + 1 (Atlantic Immigration Program) + 1 (positive LMIAs on ESDC's published list, 2024Q3-2025Q1); \
an unknown part is left out and the known points rescaled to 10. Shown rounded to one decimal, half away \
from zero.";

/// What a component was computed from, as numbers; `describe` gives the English words.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ScoreInput {
    /// Job Bank national median hourly wage and its percentile among unit groups with one.
    JobBankWage {
        year: u16,
        median_hourly: f64,
        percentile: f64,
    },
    /// Fallback: Census median employment income and its percentile. `aggregate_of` names the
    /// group whose figure stands in when the Census suppresses this one (00018 for 00013-00015).
    CensusIncome {
        year: u16,
        median_annual: u32,
        percentile: f64,
        aggregate_of: Option<String>,
    },
    /// COPS future labour market conditions, verbatim.
    OutlookConditions {
        period: &'static str,
        label: String,
        /// COPS's French label, for the interface in French.
        #[serde(skip)]
        label_fr: Option<String>,
    },
    /// GPT-4 exposure percentile.
    AiExposure { percentile: u8 },
    /// Immigration points by part.
    ImmigrationPoints(ImmigrationPoints),
    /// No input in our data.
    Missing { what: &'static str },
    /// The data file of the input did not load: the component is left out, as when missing.
    NotLoaded { what: &'static str },
}

/// Immigration points by part; `category` `None` = unknown, `lmia` `None` = the LMIA list
/// not loaded (each left out and the known points rescaled).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImmigrationPoints {
    pub express_entry: f64,
    pub category: Option<f64>,
    pub aip: f64,
    pub lmia: Option<f64>,
    /// The most the known parts could give.
    pub known_max: f64,
}

impl ImmigrationPoints {
    /// The points of the known parts.
    pub fn total(&self) -> f64 {
        self.express_entry + self.category.unwrap_or(0.0) + self.aip + self.lmia.unwrap_or(0.0)
    }

    /// Whether a part is unknown, so that the known points are rescaled to 10.
    pub fn rescaled(&self) -> bool {
        self.category.is_none() || self.lmia.is_none()
    }
}

impl ScoreInput {
    /// Whether the input stands in for the one the formula names.
    pub fn is_fallback(&self) -> bool {
        matches!(self, ScoreInput::CensusIncome { .. })
    }

    /// The input in English words (the one place this is worded).
    pub fn describe(&self) -> String {
        match self {
            ScoreInput::JobBankWage {
                year,
                median_hourly,
                percentile,
            } => format!(
                "{year} Job Bank national median {median_hourly:.2}/h, percentile {percentile:.0}"
            ),
            ScoreInput::CensusIncome {
                year,
                median_annual,
                percentile,
                aggregate_of,
            } => {
                let agg = aggregate_of.as_ref().map_or(String::new(), |g| {
                    format!(" (the Census suppresses this group: the figure is the {g} aggregate)")
                });
                format!(
                    "fallback: no national 2024 wage in the wage file this app uses, so the {year} Census \
                     median employment income {median_annual}/year{agg}, percentile {percentile:.0}"
                )
            }
            ScoreInput::OutlookConditions { period, label, .. } => {
                format!("COPS {period} future conditions: {label}")
            }
            ScoreInput::AiExposure { percentile } => {
                format!("GPT-4 exposure percentile {percentile}")
            }
            ScoreInput::ImmigrationPoints(p) => {
                let ImmigrationPoints {
                    express_entry,
                    category,
                    aip,
                    lmia,
                    known_max,
                } = p;
                let total = p.total();
                let cat = category.map_or("category unknown (left out)".to_string(), |c| {
                    format!("{c:.0} category")
                });
                let rescale = if p.rescaled() {
                    format!(" of {known_max:.0} known, rescaled to 10")
                } else {
                    String::new()
                };
                let lmia = lmia.map_or("LMIA not loaded (left out)".to_string(), |l| {
                    format!("{l:.0} LMIA")
                });
                format!(
                    "{total:.0} = {express_entry:.0} Express Entry + {cat} + {aip:.0} AIP + {lmia}{rescale}"
                )
            }
            ScoreInput::Missing { what } => format!("no {what} in our data"),
            ScoreInput::NotLoaded { what } => {
                format!("{what}: not loaded (the data file is missing)")
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Component {
    pub id: &'static str,
    pub name: &'static str,
    /// 0-10, `None` when the input is missing.
    pub value: Option<f64>,
    /// Default weight.
    pub weight: f64,
    /// Weight after dropping missing components (0 when missing).
    pub effective_weight: f64,
    /// The input, in words ("median 23.50/h, percentile 48"): `detail.describe()`.
    pub input: String,
    /// The input as numbers.
    pub detail: ScoreInput,
    /// The input stands in for the one the formula names (Census instead of Job Bank).
    pub fallback: bool,
    /// The unrounded value, used in the score.
    #[serde(skip)]
    pub exact: Option<f64>,
    /// How the value was computed.
    pub how: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// 0-10, `None` when no component has data.
    pub value: Option<f64>,
    pub components: Vec<Component>,
    /// Set when components were left out.
    pub note: Option<String>,
    pub formula: &'static str,
}

/// Round to one decimal, half away from zero. Values within 1e-9 of a half count as the
/// half, so that floating-point noise (5.9499999999 for 5.95) does not round down.
pub fn round1(x: f64) -> f64 {
    let y = x * 10.0;
    (y + 1e-9_f64.copysign(y)).round() / 10.0
}

/// Pay from a percentile (0-100).
pub fn pay(percentile: f64) -> f64 {
    (percentile / 10.0).clamp(0.0, 10.0)
}

/// Outlook from the COPS future-conditions label; `None` for "N/A" or an unknown label.
pub fn outlook(future_conditions: &str) -> Option<f64> {
    match future_conditions {
        "Strong risk of Shortage" => Some(10.0),
        "Moderate risk of Shortage" => Some(7.5),
        "Balance" => Some(5.0),
        "Moderate risk of Surplus" => Some(2.5),
        "Strong risk of Surplus" => Some(0.0),
        _ => None,
    }
}

/// AI resilience from the GPT-4 exposure percentile (0-100).
pub fn ai_resilience(percentile: f64) -> f64 {
    (10.0 - percentile / 10.0).clamp(0.0, 10.0)
}

/// Immigration points from what the programs and data say; `category` `None` = unknown,
/// `lmia` `None` = not loaded.
pub fn immigration_points(
    express_entry: bool,
    category: Option<bool>,
    aip: bool,
    lmia: Option<bool>,
) -> ScoreInput {
    let pts = |yes: bool, p: f64| if yes { p } else { 0.0 };
    ScoreInput::ImmigrationPoints(ImmigrationPoints {
        express_entry: pts(express_entry, PTS_EXPRESS_ENTRY),
        category: category.map(|c| pts(c, PTS_CATEGORY)),
        aip: pts(aip, PTS_AIP),
        lmia: lmia.map(|l| pts(l, PTS_LMIA)),
        known_max: PTS_EXPRESS_ENTRY
            + PTS_AIP
            + if lmia.is_some() { PTS_LMIA } else { 0.0 }
            + if category.is_some() {
                PTS_CATEGORY
            } else {
                0.0
            },
    })
}

/// Immigration access (0-10) from its points: the known points rescaled to 10.
pub fn immigration(points: &ScoreInput) -> Option<f64> {
    match points {
        ScoreInput::ImmigrationPoints(p) if p.known_max > 0.0 => {
            Some(p.total() / p.known_max * 10.0)
        }
        _ => None,
    }
}

/// A component before combining.
pub fn component(
    id: &'static str,
    name: &'static str,
    weight: f64,
    value: Option<f64>,
    detail: ScoreInput,
    how: String,
) -> Component {
    Component {
        id,
        name,
        value: value.map(round1),
        weight,
        effective_weight: 0.0,
        input: detail.describe(),
        fallback: detail.is_fallback(),
        detail,
        how,
        exact: value,
    }
}

/// Combine components: the weighted mean of those with a value, weights rescaled.
pub fn combine(mut components: Vec<Component>) -> Score {
    let total: f64 = components
        .iter()
        .filter(|c| c.exact.is_some())
        .map(|c| c.weight)
        .sum();
    let mut sum = 0.0;
    for c in &mut components {
        if let Some(v) = c.exact
            && total > 0.0
        {
            c.effective_weight = c.weight / total;
            sum += c.effective_weight * v;
        }
    }
    let missing: Vec<&str> = components
        .iter()
        .filter(|c| c.exact.is_none())
        .map(|c| c.name)
        .collect();
    let note = (!missing.is_empty()).then(|| {
        format!(
            "No data for {}: left out, and the other weights rescaled to sum to 1.",
            missing.join(", ")
        )
    });
    Score {
        value: (total > 0.0).then(|| round1(sum)),
        components,
        note,
        formula: FORMULA,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(id: &'static str, w: f64, v: Option<f64>) -> Component {
        component(
            id,
            id,
            w,
            v,
            ScoreInput::Missing { what: "test" },
            String::new(),
        )
    }

    #[test]
    fn weighted_mean_by_hand() {
        // 0.3*5 + 0.3*7.5 + 0.2*6.9 + 0.2*10 = 1.5 + 2.25 + 1.38 + 2 = 7.13
        let s = combine(vec![
            c("pay", W_PAY, Some(pay(50.0))),
            c("outlook", W_OUTLOOK, outlook("Moderate risk of Shortage")),
            c("ai", W_AI, Some(ai_resilience(31.0))),
            c(
                "imm",
                W_IMMIGRATION,
                immigration(&immigration_points(true, Some(true), true, Some(true))),
            ),
        ]);
        assert_eq!(s.value, Some(7.1));
        assert_eq!(s.note, None);
    }

    #[test]
    fn missing_component_rescales_weights() {
        // Outlook N/A: (0.3*8 + 0.2*4 + 0.2*6) / 0.7 = (2.4 + 0.8 + 1.2) / 0.7 = 6.2857...
        let s = combine(vec![
            c("pay", W_PAY, Some(8.0)),
            c("outlook", W_OUTLOOK, outlook("N/A")),
            c("ai", W_AI, Some(4.0)),
            c("imm", W_IMMIGRATION, Some(6.0)),
        ]);
        assert_eq!(s.value, Some(6.3));
        assert!(s.note.as_deref().is_some_and(|n| n.contains("outlook")));
        assert_eq!(s.components[1].effective_weight, 0.0);
        assert!((s.components[0].effective_weight - 0.3 / 0.7).abs() < 1e-12);
    }

    #[test]
    fn component_formulas() {
        assert_eq!(outlook("Strong risk of Surplus"), Some(0.0));
        assert_eq!(outlook("Balance"), Some(5.0));
        assert_eq!(ai_resilience(100.0), 0.0);
        assert_eq!(ai_resilience(0.0), 10.0);
        assert_eq!(pay(73.0), 7.3);
        assert_eq!(
            immigration(&immigration_points(false, Some(false), true, Some(true))),
            Some(2.0)
        );
        assert_eq!(
            immigration(&immigration_points(true, Some(false), false, Some(false))),
            Some(6.0)
        );
        // Unknown category: 6 + 1 + 1 of the 8 known points = 10.
        let p = immigration_points(true, None, true, Some(true));
        assert_eq!(immigration(&p), Some(10.0));
        assert_eq!(
            p.describe(),
            "8 = 6 Express Entry + category unknown (left out) + 1 AIP + 1 LMIA of 8 known, rescaled to 10"
        );
        assert_eq!(
            immigration_points(true, Some(false), false, Some(true)).describe(),
            "7 = 6 Express Entry + 0 category + 0 AIP + 1 LMIA"
        );
    }

    #[test]
    fn rounds_half_away_from_zero() {
        assert_eq!(round1(5.95), 6.0);
        // 0.1 + 0.2 + 5.65 = 5.949999999999999 in floating point: still 5.95, so 6.0.
        assert_eq!(round1(0.1 + 0.2 + 5.65), 6.0);
        assert_eq!(round1(6.25), 6.3);
        assert_eq!(round1(6.24), 6.2);
        assert_eq!(round1(-0.05), -0.1);
    }

    #[test]
    fn the_score_uses_unrounded_components() {
        // Exact mean (0.04 + 0.04 + 0.07) / 3 = 0.05 -> 0.1; from the rounded components
        // (0.0 + 0.0 + 0.1) / 3 = 0.033 would give 0.0.
        let s = combine(vec![
            c("a", 1.0, Some(0.04)),
            c("b", 1.0, Some(0.04)),
            c("c", 1.0, Some(0.07)),
        ]);
        assert_eq!(s.components[0].value, Some(0.0));
        assert_eq!(s.value, Some(0.1));
        assert_eq!(combine(vec![c("pay", W_PAY, None)]).value, None);
    }
}
