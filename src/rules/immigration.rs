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
    /// The first of `sources`.
    pub source: String,
    pub sources: Vec<String>,
    pub as_of: String,
    /// A list that is no longer in force (an earlier year's category list).
    pub past: bool,
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
        sources: p.sources.clone(),
        as_of: p.as_of.clone(),
        past: false,
    }
}

/// Federal Skilled Trades: the groups of IRPR s. 87.2(1), matched on the NOC 2021 code itself.
fn noc_groups(
    p: &Program,
    unit: &UnitGroup,
    include: &[String],
    exclude: &[String],
) -> ProgramResult {
    let within = |groups: &[String]| {
        groups
            .iter()
            .find(|g| unit.code.starts_with(g.as_str()))
            .cloned()
    };
    match (within(include), within(exclude)) {
        (Some(g), None) => result(
            p,
            Some(true),
            format!(
                "NOC {} is in group {g}, a skilled trade group in the regulation.",
                unit.code
            ),
        ),
        (Some(g), Some(x)) => result(
            p,
            Some(false),
            format!(
                "Group {g} is listed, but the regulation excludes group {x}, which holds NOC {}.",
                unit.code
            ),
        ),
        (None, _) => result(
            p,
            Some(false),
            format!(
                "NOC {} is outside the skilled trade groups the regulation lists.",
                unit.code
            ),
        ),
    }
}

/// When each year's category lists applied, as the collection notes of the category data
/// state them (the lists carry no date of their own).
const LIST_DATES: [(u16, &str); 4] = [
    (2023, "lists announced 2023-05-31"),
    (2024, "the 2023 lists, renewed unchanged for 2024"),
    (
        2025,
        "lists in effect from 2025-02-27; Physicians category from 2025-12-08",
    ),
    (2026, "categories announced 2026-02-18"),
];

/// The year whose category lists are in force: the latest year in the data.
pub fn year_in_force(ds: &Dataset) -> Option<u16> {
    ds.figures.ee_lists.iter().map(|(y, _)| *y).max()
}

/// One result per year of Express Entry category lists, each with the sources of its own
/// rows and its own date. Years before the one in force are marked past (`past`) and say so
/// in their name. A year whose lists were only partly collected answers "?" (`None`) for an
/// occupation not found on them, never "no".
fn ee_categories(ds: &Dataset, p: &Program, unit: &UnitGroup, base: &[u8]) -> Vec<ProgramResult> {
    let memberships = ds.figures.ee_categories.get(&unit.code);
    let mut years: Vec<u16> = ds.figures.ee_lists.iter().map(|(y, _)| *y).collect();
    years.dedup();
    let current = year_in_force(ds);
    years
        .into_iter()
        .map(|year| {
            let rows: Vec<_> = memberships
                .into_iter()
                .flatten()
                .filter(|m| m.year == year)
                .collect();
            let on: Vec<String> = rows
                .iter()
                .map(|m| {
                    let flag = if m.confidence == "high" {
                        ""
                    } else {
                        " (lower confidence)"
                    };
                    format!("{}{flag}", m.category)
                })
                .collect();
            let past = current.is_some_and(|c| year < c);
            let mut r = result(p, None, String::new());
            r.id = format!("{}_{year}", p.id);
            r.name = if past {
                format!("{} ({year}, past list)", p.name)
            } else {
                format!("{} ({year}, in force)", p.name)
            };
            r.past = past;
            let mut sources: Vec<String> = rows.iter().flat_map(|m| m.sources.clone()).collect();
            sources.sort();
            sources.dedup();
            if !sources.is_empty() {
                r.source = sources[0].clone();
                r.sources = sources;
            }
            r.as_of = LIST_DATES
                .iter()
                .find(|(y, _)| *y == year)
                .map_or(format!("{year} lists"), |(_, d)| (*d).to_string());
            let gap = INCOMPLETE_YEARS
                .iter()
                .find(|(y, _)| *y == year)
                .map(|(_, g)| *g);
            (r.eligible, r.reason) = match (on.is_empty(), base.contains(&unit.teer), gap) {
                (false, true, _) => (
                    Some(true),
                    format!("On the {year} list: {}.", on.join("; ")),
                ),
                (_, false, _) => (
                    Some(false),
                    format!(
                        "The base programs need {}; this is TEER {}.",
                        teers(base),
                        unit.teer
                    ),
                ),
                (true, true, Some(gap)) => (
                    None,
                    format!("Not on the {year} lists in our data, but {gap}: unknown."),
                ),
                (true, true, None) => (Some(false), format!("Not on any {year} category list.")),
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
            ProgramRule::NocGroups { include, exclude } => {
                out.push(noc_groups(p, unit, include, exclude));
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
                let shown = if approved == 0 {
                    "none for this occupation".to_string()
                } else {
                    format!("at least {approved} positions for this occupation")
                };
                let reason = format!(
                    "Any occupation can be assessed; the stream depends on the wage: high-wage if at least \
                     20% above the provincial/territorial median hourly wage, low-wage otherwise. \
                     ESDC's published list of positive LMIAs shows {shown} in {period} (a lower bound: \
                     the list omits some employers by design)."
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
