//! AI exposure: NOC 2021 -> O*NET (Brookfield crosswalk) -> Eloundou et al. and Tomlinson et al.
//!
//! Combining rule: a unit group's GPT-4 and human exposure (Eloundou et al., beta) are the
//! **unweighted mean** over its matched O*NET occupations that have a rating; its AI
//! applicability (Tomlinson et al.) is the unweighted mean over the distinct SOC codes of those
//! matches that have a score. The percentile ranks the combined GPT-4 beta among every unit
//! group that has one (share of the others that are lower, ties counted half, rounded), and
//! the label splits it in terciles: `low` below 33.3, `moderate` from 33.3 to below 66.7,
//! `high` from 66.7.

use super::{bad, generated, pad_code, parse_decimal};
use crate::import::Generated;
use crate::import::csvread::{ImportError, Table, clean, field};
use crate::model::figures::{self, AiFile, AiLabel, AiRecord, OnetMatch, percentile_rank};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

pub const CROSSWALK_CSV: &str = "ai/brookfield_noc2021_onet26.csv";
pub const GPTS_CSV: &str = "ai/gpts_are_gpts_occ_level.csv";
pub const MICROSOFT_CSV: &str = "ai/microsoft_soc_ai_applicability_scores.csv";

/// Percentile cut-offs of the label (terciles).
pub const LOW_BELOW: f64 = 100.0 / 3.0;
pub const HIGH_FROM: f64 = 200.0 / 3.0;

/// The rule, as stored in `figures/ai.ron` and shown in the app.
pub fn combine_method() -> String {
    "O*NET matches come from the Brookfield NOC 2021 -> O*NET 26 crosswalk (repeated pairs counted once). \
     GPT-4 and human exposure (Eloundou et al. 2024, beta = E1 + 0.5 x E2) are the unweighted mean over \
     the matches that have a rating; AI applicability (Tomlinson et al. 2025) is the unweighted mean over \
     the distinct SOC codes (O*NET code without .xx) that have a score. The percentile ranks the GPT-4 \
     value among all unit groups that have one (share of the others that are lower, ties half). \
     Label by terciles of that percentile: low below 33.3, moderate 33.3 to below 66.7, high from 66.7."
        .to_string()
}

pub fn label_of(percentile: f64) -> AiLabel {
    if percentile < LOW_BELOW {
        AiLabel::Low
    } else if percentile < HIGH_FROM {
        AiLabel::Moderate
    } else {
        AiLabel::High
    }
}

fn mean(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values.fold((0.0, 0usize), |(s, n), v| (s + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

fn read_scores(
    path: &Path,
    key: &str,
    cols: &[&str],
) -> Result<HashMap<String, Vec<f64>>, ImportError> {
    let t = Table::read_utf8(path)?;
    let key_col = t.column(key)?;
    let cols = cols
        .iter()
        .map(|c| t.column(c))
        .collect::<Result<Vec<_>, _>>()?;
    let mut out = HashMap::new();
    for (i, row) in t.rows.iter().enumerate() {
        let values = cols
            .iter()
            .map(|&c| parse_decimal(field(row, c)))
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| bad(path, i, e))?;
        out.insert(field(row, key_col).trim().to_string(), values);
    }
    Ok(out)
}

pub(super) fn import(raw: &Path) -> Result<Generated, ImportError> {
    let gpts = read_scores(
        &raw.join(GPTS_CSV),
        "O*NET-SOC Code",
        &["dv_rating_beta", "human_rating_beta"],
    )?;
    let microsoft = read_scores(
        &raw.join(MICROSOFT_CSV),
        "SOC Code",
        &["ai_applicability_score"],
    )?;

    let path = raw.join(CROSSWALK_CSV);
    let t = Table::read_utf8(&path)?;
    let (noc_col, onet_col, title_col) =
        (t.column("noc")?, t.column("onet")?, t.column("onet_title")?);
    let mut links: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (i, row) in t.rows.iter().enumerate() {
        let noc = field(row, noc_col);
        let code =
            pad_code(noc).ok_or_else(|| bad(&path, i, format!("noc {noc:?} is not a code")))?;
        let onet = field(row, onet_col).trim().to_string();
        if onet.is_empty() {
            continue;
        }
        links
            .entry(code)
            .or_default()
            .entry(onet)
            .or_insert_with(|| clean(field(row, title_col)));
    }

    let mut ai: Vec<AiRecord> = links
        .into_iter()
        .map(|(code, onets)| {
            let matches: Vec<OnetMatch> = onets
                .into_iter()
                .map(|(onet, title)| {
                    let g = gpts.get(&onet);
                    let soc = onet.split('.').next().unwrap_or(&onet);
                    let ai_applicability = microsoft.get(soc).and_then(|v| v.first().copied());
                    OnetMatch {
                        gpt4_beta: g.and_then(|v| v.first().copied()),
                        human_beta: g.and_then(|v| v.get(1).copied()),
                        ai_applicability,
                        onet,
                        title,
                    }
                })
                .collect();
            let socs: BTreeMap<&str, f64> = matches
                .iter()
                .filter_map(|m| Some((m.onet.split('.').next()?, m.ai_applicability?)))
                .collect();
            AiRecord {
                gpt4_beta: mean(matches.iter().filter_map(|m| m.gpt4_beta)),
                human_beta: mean(matches.iter().filter_map(|m| m.human_beta)),
                ai_applicability: mean(socs.values().copied()),
                percentile: None,
                label: None,
                code,
                matches,
            }
        })
        .collect();

    let mut sorted: Vec<f64> = ai.iter().filter_map(|r| r.gpt4_beta).collect();
    sorted.sort_by(f64::total_cmp);
    for record in &mut ai {
        if let Some(v) = record.gpt4_beta {
            let p = percentile_rank(&sorted, v);
            record.percentile = Some(p.round().clamp(0.0, 100.0) as u8);
            record.label = Some(label_of(p));
        }
    }
    let distinct: BTreeSet<&str> = ai.iter().map(|r| r.code.as_str()).collect();
    debug_assert_eq!(distinct.len(), ai.len());
    generated(
        figures::AI,
        &AiFile {
            method: combine_method(),
            ai,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terciles() {
        assert_eq!(label_of(0.0), AiLabel::Low);
        assert_eq!(label_of(33.0), AiLabel::Low);
        assert_eq!(label_of(33.4), AiLabel::Moderate);
        assert_eq!(label_of(66.6), AiLabel::Moderate);
        assert_eq!(label_of(66.7), AiLabel::High);
        assert_eq!(label_of(100.0), AiLabel::High);
    }

    #[test]
    fn mean_of_nothing_is_none() {
        assert_eq!(mean(std::iter::empty()), None);
        assert_eq!(mean([1.0, 2.0].into_iter()), Some(1.5));
    }
}
