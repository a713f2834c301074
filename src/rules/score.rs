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
//!               + 2 if it is on a 2025 or 2026 Express Entry category list
//!               + 1 if the Atlantic Immigration Program accepts its TEER
//!               + 1 if employers obtained positive LMIAs for it in 2024Q3-2025Q1
//! default weights: pay 0.30, outlook 0.30, AI resilience 0.20, immigration 0.20
//! ```
//!
//! A component without data is left out and the other weights are rescaled to sum to 1; the
//! score says which. Components and the score are rounded to one decimal.

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
percentile / 10. Immigration = 6 (Express Entry: FSW, CEC or FST) + 2 (2025/2026 category list) + 1 \
(Atlantic Immigration Program) + 1 (positive LMIAs 2024Q3-2025Q1).";

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
    /// The input, in words ("median 23.50/h, percentile 48").
    pub input: String,
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

pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
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

/// Immigration access from what the programs and data say.
pub fn immigration(express_entry: bool, category: bool, aip: bool, lmia: bool) -> f64 {
    let pts = |yes: bool, p: f64| if yes { p } else { 0.0 };
    pts(express_entry, PTS_EXPRESS_ENTRY)
        + pts(category, PTS_CATEGORY)
        + pts(aip, PTS_AIP)
        + pts(lmia, PTS_LMIA)
}

/// A component before combining.
pub fn component(
    id: &'static str,
    name: &'static str,
    weight: f64,
    value: Option<f64>,
    input: String,
    how: String,
) -> Component {
    Component {
        id,
        name,
        value: value.map(round1),
        weight,
        effective_weight: 0.0,
        input,
        how,
    }
}

/// Combine components: the weighted mean of those with a value, weights rescaled.
pub fn combine(mut components: Vec<Component>) -> Score {
    let total: f64 = components
        .iter()
        .filter(|c| c.value.is_some())
        .map(|c| c.weight)
        .sum();
    let mut sum = 0.0;
    for c in &mut components {
        if let Some(v) = c.value
            && total > 0.0
        {
            c.effective_weight = c.weight / total;
            sum += c.effective_weight * v;
        }
    }
    let missing: Vec<&str> = components
        .iter()
        .filter(|c| c.value.is_none())
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
        component(id, id, w, v, String::new(), String::new())
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
                Some(immigration(true, true, true, true)),
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
        assert_eq!(immigration(false, false, true, true), 2.0);
        assert_eq!(immigration(true, false, false, false), 6.0);
        assert_eq!(combine(vec![c("pay", W_PAY, None)]).value, None);
    }
}
