//! The overall score of a unit group, from the facts already gathered: each component's input
//! as numbers, with the fallbacks said (see `rules::score` for the formula).

use super::{Facts, WageGap};
use crate::model::Dataset;
use crate::model::figures::percentile_rank;
use crate::rules::immigration;
use crate::rules::score::{self, Score};

/// The overall score from the facts already gathered (see `rules::score` for the formula).
pub(super) fn overall(ds: &Dataset, facts: &Facts) -> Score {
    use score::ScoreInput;
    let f = &ds.figures;
    let fallback = facts.wages.gap.as_ref().and_then(WageGap::fallback);
    let (pay, pay_input) = match (facts.wages.national, fallback) {
        (Some(n), _) => {
            let p = percentile_rank(&f.sorted_medians, n.median);
            (
                Some(score::pay(p)),
                ScoreInput::JobBankWage {
                    year: facts.wages.year,
                    median_hourly: n.median,
                    percentile: p,
                },
            )
        }
        (None, Some(c)) => {
            let p = percentile_rank(&f.sorted_census, c.median_annual);
            (
                Some(score::pay(p)),
                ScoreInput::CensusIncome {
                    year: c.year,
                    median_annual: c.median_annual,
                    percentile: p,
                    aggregate_of: c.aggregate_of.clone(),
                },
            )
        }
        _ if f.wages.is_empty() && f.census.is_empty() => {
            (None, ScoreInput::NotLoaded { what: "wage" })
        }
        _ => (None, ScoreInput::Missing { what: "wage" }),
    };
    let cond = facts.outlook.future_conditions.as_deref().unwrap_or("N/A");
    let outlook_input = match &facts.outlook.future_conditions {
        Some(label) => ScoreInput::OutlookConditions {
            period: facts.outlook.period,
            label: label.clone(),
            label_fr: facts.outlook.future_conditions_fr.clone(),
        },
        None if f.outlook.is_empty() => ScoreInput::NotLoaded {
            what: "COPS future conditions",
        },
        None => ScoreInput::Missing {
            what: "COPS future conditions",
        },
    };
    // The unrounded percentile: the shown one is rounded to a whole number, and 10 minus a
    // rounded tenth could put the overall score 0.1 off the formula.
    let ai = (f.ai.get(&facts.code))
        .and_then(|r| r.gpt4_beta)
        .map(|v| score::ai_resilience(percentile_rank(&f.sorted_gpt4, v)));
    let ai_missing = if f.ai.is_empty() {
        ScoreInput::NotLoaded {
            what: "AI exposure rating",
        }
    } else {
        ScoreInput::Missing {
            what: "AI exposure rating",
        }
    };
    let ai_input =
        (facts.ai.percentile).map_or(ai_missing, |p| ScoreInput::AiExposure { percentile: p });
    let answer = |id: &str| {
        facts
            .immigration
            .programs
            .iter()
            .find(|r| r.id == id)
            .and_then(|r| r.eligible)
    };
    let on = |id: &str| answer(id) == Some(true);
    let ee = on("fsw") || on("cec") || on("fst");
    // Only the category lists in force count; an unknown membership stays unknown.
    // No lists loaded at all: unknown, left out like an unknown membership.
    let category =
        immigration::year_in_force(ds).and_then(|y| answer(&format!("ee_categories_{y}")));
    let has_lmia = match facts.immigration.lmia_count {
        crate::facts::LmiaCount::NotLoaded => None,
        ref count => Some(count.at_least() > 0),
    };
    let imm_input = score::immigration_points(ee, category, on("aip"), has_lmia);
    let immigration = if f.programs.is_empty() {
        None
    } else {
        score::immigration(&imm_input)
    };
    let imm_input = if f.programs.is_empty() {
        ScoreInput::NotLoaded {
            what: "immigration program rules",
        }
    } else {
        imm_input
    };
    score::combine(vec![
        score::component("pay", "pay", score::W_PAY, pay, pay_input, "percentile / 10".into()),
        score::component(
            "outlook",
            "outlook",
            score::W_OUTLOOK,
            score::outlook(cond),
            outlook_input,
            "shortage 10 / 7.5, balance 5, surplus 2.5 / 0".into(),
        ),
        score::component(
            "ai_resilience",
            "AI resilience",
            score::W_AI,
            ai,
            ai_input,
            "10 - percentile / 10".into(),
        ),
        score::component(
            "immigration",
            "immigration access",
            score::W_IMMIGRATION,
            immigration,
            imm_input,
            "6 Express Entry + 2 category in force + 1 AIP + 1 LMIA; unknown parts left out, known points rescaled to 10".into(),
        ),
    ])
}
