//! Immigration programs evaluated for one unit group, from the rules in `data/programs.ron`
//! and the Express Entry category lists in `data/figures/ee_categories.ron`.
//!
//! `eligible` speaks of the occupation only: `Some(true)` means the occupation can qualify
//! (the person still has to meet the other requirements in `reason`), `Some(false)` means it
//! cannot, and `None` means it depends on something the data does not hold.

use crate::model::figures::{Program, ProgramRule};
use crate::model::{Dataset, UnitGroup};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgramResult {
    pub id: String,
    pub name: String,
    pub eligible: Option<bool>,
    pub reason: String,
    pub source: String,
    pub as_of: String,
}

/// Years whose category lists are incomplete in the data, with what is missing
/// (from `data/raw/immigration/PROVENANCE.md`).
const INCOMPLETE_YEARS: [(u16, &str); 1] = [(
    2026,
    "the 2026 lists of the renewed Healthcare and social services, STEM, Trade and Education \
     categories were not collected, so the 2026 data holds only the new categories",
)];

fn teers(list: &[u8]) -> String {
    match (list.first(), list.last()) {
        (Some(a), Some(b)) if list.len() > 2 && usize::from(b - a) + 1 == list.len() => {
            format!("TEER {a} to {b}")
        }
        _ => format!(
            "TEER {}",
            list.iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn result(p: &Program, eligible: Option<bool>, reason: String) -> ProgramResult {
    ProgramResult {
        id: p.id.clone(),
        name: p.name.clone(),
        eligible,
        reason,
        source: p.sources.first().cloned().unwrap_or_default(),
        as_of: p.as_of.clone(),
    }
}

/// Federal Skilled Trades, carried from NOC 2016 groups to NOC 2021 through the correspondence.
fn fst(p: &Program, unit: &UnitGroup, prefixes: &[String], teer: &[u8]) -> ProgramResult {
    let derived = "The FST list is published in NOC 2016 terms; this answer is derived through the \
                   official NOC 2016 -> NOC 2021 correspondence, not an IRCC NOC 2021 list.";
    let in_group = |code: &String| prefixes.iter().find(|g| code.starts_with(g.as_str()));
    let matched: Vec<String> = unit
        .noc2016
        .iter()
        .filter_map(|c| in_group(c).map(|g| format!("{c} (group {g})")))
        .collect();
    let groups = prefixes.join(", ");
    if !teer.contains(&unit.teer) {
        let why = format!(
            "FST takes {} only; this is TEER {}.",
            teers(teer),
            unit.teer
        );
        return result(p, Some(false), format!("{why} {derived}"));
    }
    if unit.noc2016.is_empty() {
        let why = "The correspondence links no NOC 2016 class to this unit group, so the NOC 2016 list cannot be applied.";
        return result(p, None, format!("{why} {derived}"));
    }
    let predecessors = unit.noc2016.join(", ");
    if matched.is_empty() {
        let why = format!(
            "Its NOC 2016 predecessor(s) {predecessors} are outside the FST groups ({groups})."
        );
        result(p, Some(false), format!("{why} {derived}"))
    } else if matched.len() == unit.noc2016.len() {
        let why = format!(
            "TEER {} and NOC 2016 {} is an FST group.",
            unit.teer,
            matched.join(", ")
        );
        result(p, Some(true), format!("{why} {derived}"))
    } else {
        let why = format!(
            "Only part of this unit group comes from FST groups: {} of {predecessors}; it depends on the job.",
            matched.join(", ")
        );
        result(p, None, format!("{why} {derived}"))
    }
}

/// One result per year of Express Entry category lists.
fn ee_categories(ds: &Dataset, p: &Program, unit: &UnitGroup, base: &[u8]) -> Vec<ProgramResult> {
    let memberships = ds.figures.ee_categories.get(&unit.code);
    let mut years: Vec<u16> = ds.figures.ee_lists.iter().map(|(y, _)| *y).collect();
    years.dedup();
    years
        .into_iter()
        .map(|year| {
            let on: Vec<String> = memberships
                .into_iter()
                .flatten()
                .filter(|m| m.year == year)
                .map(|m| {
                    let flag = if m.confidence == "high" {
                        ""
                    } else {
                        " (lower confidence)"
                    };
                    format!("{}{flag}", m.category)
                })
                .collect();
            let mut r = result(p, None, String::new());
            r.id = format!("{}_{year}", p.id);
            r.name = format!("{} ({year})", p.name);
            let gap = INCOMPLETE_YEARS
                .iter()
                .find(|(y, _)| *y == year)
                .map(|(_, g)| *g);
            (r.eligible, r.reason) = match (on.is_empty(), base.contains(&unit.teer), gap) {
                (false, true, _) => (
                    Some(true),
                    format!("On the {year} list: {}.", on.join("; ")),
                ),
                (false, false, _) => (
                    Some(false),
                    format!(
                        "On the {year} list ({}), but the base programs need {}; this is TEER {}.",
                        on.join("; "),
                        teers(base),
                        unit.teer
                    ),
                ),
                (true, _, Some(gap)) => (
                    None,
                    format!("Not on the {year} lists in the data, but {gap}."),
                ),
                (true, _, None) => (Some(false), format!("Not on any {year} category list.")),
            };
            r
        })
        .collect()
}

/// Every program's result for a unit group, in the order of `programs.ron`.
pub fn evaluate(ds: &Dataset, unit: &UnitGroup) -> Vec<ProgramResult> {
    let mut out = Vec::new();
    for p in &ds.figures.programs {
        match &p.rule {
            ProgramRule::TeerIn(list) => {
                let ok = list.contains(&unit.teer);
                let verdict = if ok { "accepts" } else { "does not accept" };
                let reason = format!("{} {verdict} TEER {} ({} only).", p.name, unit.teer, teers(list));
                out.push(result(p, Some(ok), reason));
            }
            ProgramRule::FstGroups { noc2016_prefixes, teer } => {
                out.push(fst(p, unit, noc2016_prefixes, teer));
            }
            ProgramRule::EeCategory { base_teer } => out.extend(ee_categories(ds, p, unit, base_teer)),
            ProgramRule::JobOfferTeerIn(list) => {
                let ok = list.contains(&unit.teer);
                let reason = if ok {
                    format!("TEER {} job offers qualify ({}) with a designated employer.", unit.teer, teers(list))
                } else {
                    format!("Job offers must be {}; this is TEER {}.", teers(list), unit.teer)
                };
                out.push(result(p, Some(ok), reason));
            }
            ProgramRule::CommunityPriority => out.push(result(
                p,
                None,
                "Depends on each participating community's priority occupations, which are not in the data.".into(),
            )),
            ProgramRule::Pnp => {
                let ee = if unit.teer <= 3 { "can" } else { "cannot" };
                let reason = format!(
                    "Depends on the province's streams and lists, which are not in the data. At TEER {} the \
                     occupation {ee} use the Express Entry (enhanced) route; base streams vary.",
                    unit.teer
                );
                out.push(result(p, None, reason));
            }
            ProgramRule::Lmia => {
                let approved = ds.figures.lmia.get(&unit.code).map_or(0, |l| l.positions);
                let period = match (ds.figures.lmia_quarters.first(), ds.figures.lmia_quarters.last()) {
                    (Some(a), Some(b)) => format!("{a}-{b}"),
                    _ => "the period in the data".into(),
                };
                let reason = format!(
                    "Any occupation can be assessed; the stream depends on the wage: high-wage if at least \
                     20% above the provincial/territorial median hourly wage, low-wage otherwise. \
                     {approved} positions were approved for this occupation in {period}."
                );
                out.push(result(p, Some(true), reason));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::teers;

    #[test]
    fn teer_lists_read_naturally() {
        assert_eq!(teers(&[0, 1, 2, 3]), "TEER 0 to 3");
        assert_eq!(teers(&[2, 3]), "TEER 2, 3");
    }
}
