//! Immigration programs evaluated for one unit group, from the rules in `data/programs.ron`
//! and the Express Entry category lists in `data/figures/ee_categories.ron`.
//!
//! `eligible` speaks of the occupation only: `Some(true)` means the occupation can qualify
//! (the person still has to meet the other requirements in `reason`), `Some(false)` means it
//! cannot, and `None` means it depends on something the data does not hold.

use crate::model::figures::{Program, ProgramRule, Source};
use crate::model::{Dataset, UnitGroup};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgramResult {
    pub id: String,
    pub name: String,
    pub eligible: Option<bool>,
    pub reason: String,
    /// The law first where a regulation makes the rule, then IRCC's pages; third-party
    /// pages (marked `official: false`) only where nothing official covers the rule.
    pub sources: Vec<Source>,
    pub as_of: String,
    /// A list that is no longer in force (an earlier year's category list).
    pub past: bool,
    /// For a category row the occupation is on: the categories' names (the JSON contract's
    /// `categories[]`); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<String>>,
    /// `reason` as a value, for the interface to word in its language.
    #[serde(skip)]
    pub why: Reason,
    /// The program's own name and, for a category row, the year of its lists.
    #[serde(skip)]
    pub program: String,
    #[serde(skip)]
    pub list_year: Option<u16>,
}

/// A category the occupation is on in a year's lists.
#[derive(Debug, Clone, PartialEq)]
pub struct OnCategory {
    pub category: String,
    /// The row rests on derivation rather than direct listings.
    pub lower_confidence: bool,
}

/// Why a program answers as it does, as values; `describe` words it in English (the CLI
/// and JSON), the interface words it from its labels.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Reason {
    #[default]
    Unstated,
    /// FST: the code is in a listed group.
    TradeGroup { code: String, group: String },
    /// FST: the group is listed but a subgroup holding the code is excluded.
    TradeGroupExcluded {
        code: String,
        group: String,
        excluded: String,
    },
    /// FST: outside every listed group.
    OutsideTradeGroups { code: String },
    /// On a year's category lists.
    OnLists { year: u16, on: Vec<OnCategory> },
    /// The base Express Entry programs do not take this TEER.
    BaseTeer { base: Vec<u8>, teer: u8 },
    /// The rules read from the law (`figures/immigration_law.ron`) did not load.
    LawNotLoaded,
    /// Not on any of a year's lists.
    NotOnLists { year: u16 },
    /// A program open to some TEER categories.
    TeerIn {
        program: String,
        teer: u8,
        allowed: Vec<u8>,
    },
    /// A job offer in some TEER categories.
    JobOfferTeerIn { teer: u8, allowed: Vec<u8> },
    /// Community priority occupations are not in the data.
    CommunityPriority,
    /// Provincial streams are not in the data.
    Pnp { teer: u8 },
    /// LMIA: any occupation; positions on ESDC's list in a period (0 = none on it, `None` =
    /// the list not loaded).
    Lmia {
        positions: Option<u32>,
        period: Option<String>,
    },
}

impl Reason {
    /// The reason in English words (the one place this is worded in English).
    pub fn describe(&self) -> String {
        match self {
            Reason::Unstated => String::new(),
            Reason::TradeGroup { code, group } => {
                format!("NOC {code} is in group {group}, a skilled trade group in the regulation.")
            }
            Reason::TradeGroupExcluded {
                code,
                group,
                excluded,
            } => format!(
                "Group {group} is listed, but the regulation excludes group {excluded}, which holds NOC {code}."
            ),
            Reason::OutsideTradeGroups { code } => {
                format!("NOC {code} is outside the skilled trade groups the regulation lists.")
            }
            Reason::OnLists { year, on } => {
                let on: Vec<String> = on
                    .iter()
                    .map(|c| {
                        let flag = if c.lower_confidence {
                            " (lower confidence)"
                        } else {
                            ""
                        };
                        format!("{}{flag}", c.category)
                    })
                    .collect();
                format!("On the {year} list: {}.", on.join("; "))
            }
            Reason::BaseTeer { base, teer } => {
                format!(
                    "The base programs need {}; this is TEER {teer}.",
                    teers(base)
                )
            }
            Reason::LawNotLoaded => {
                "The rules read from the regulation are not loaded.".to_string()
            }
            Reason::NotOnLists { year } => format!("Not on any {year} category list."),
            Reason::TeerIn {
                program,
                teer,
                allowed,
            } => {
                let verdict = if allowed.contains(teer) {
                    "accepts"
                } else {
                    "does not accept"
                };
                format!("{program} {verdict} TEER {teer} ({} only).", teers(allowed))
            }
            Reason::JobOfferTeerIn { teer, allowed } => {
                if allowed.contains(teer) {
                    format!(
                        "TEER {teer} job offers qualify ({}) with a designated employer.",
                        teers(allowed)
                    )
                } else {
                    format!(
                        "Job offers must be {}; this is TEER {teer}.",
                        teers(allowed)
                    )
                }
            }
            Reason::CommunityPriority => "Depends on each participating community's priority \
                occupations, which are not in the data."
                .into(),
            Reason::Pnp { teer } => {
                let ee = if *teer <= 3 { "can" } else { "cannot" };
                format!(
                    "Depends on each province's streams, whose rules our data does not hold; the NOC lists of seven provinces that we hold are under Provincial nominee lists. At TEER {teer} the \
                     occupation {ee} use the Express Entry (enhanced) route; base streams vary."
                )
            }
            Reason::Lmia {
                positions: None, ..
            } => {
                "Any occupation can be assessed; the stream depends on the wage. ESDC's published \
                  list of positive LMIAs is not loaded in our data, so whether it names this \
                  occupation is not known here."
                    .to_string()
            }
            Reason::Lmia {
                positions: Some(positions),
                period,
            } => {
                let shown = if *positions == 0 {
                    "none for this occupation".to_string()
                } else {
                    format!("at least {positions} positions for this occupation")
                };
                let period = period.as_deref().unwrap_or("the period in the data");
                format!(
                    "Any occupation can be assessed; the stream depends on the wage: high-wage if at least \
                     20% above the provincial/territorial median hourly wage, low-wage otherwise. \
                     ESDC's published list of positive LMIAs shows {shown} in {period} (a lower bound: \
                     the list omits some employers by design)."
                )
            }
        }
    }
}

/// TEER lists read as a range when they are one ("TEER 0 to 3").
pub fn teer_range(list: &[u8]) -> Option<(u8, u8)> {
    match (list.first(), list.last()) {
        (Some(a), Some(b)) if list.len() > 2 && usize::from(b - a) + 1 == list.len() => {
            Some((*a, *b))
        }
        _ => None,
    }
}

fn teers(list: &[u8]) -> String {
    match teer_range(list) {
        Some((a, b)) => format!("TEER {a} to {b}"),
        None => format!(
            "TEER {}",
            list.iter()
                .map(u8::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn result(p: &Program, eligible: Option<bool>, why: Reason) -> ProgramResult {
    ProgramResult {
        id: p.id.clone(),
        name: p.name.clone(),
        eligible,
        reason: why.describe(),
        why,
        program: p.name.clone(),
        list_year: None,
        sources: p.sources.clone(),
        as_of: p.as_of.clone(),
        past: false,
        categories: None,
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
        (Some(group), None) => result(
            p,
            Some(true),
            Reason::TradeGroup {
                code: unit.code.clone(),
                group,
            },
        ),
        (Some(group), Some(excluded)) => result(
            p,
            Some(false),
            Reason::TradeGroupExcluded {
                code: unit.code.clone(),
                group,
                excluded,
            },
        ),
        (None, _) => result(
            p,
            Some(false),
            Reason::OutsideTradeGroups {
                code: unit.code.clone(),
            },
        ),
    }
}

/// When each year's category lists applied, as the collection notes of the category data
/// state them (the lists carry no date of their own).
pub const LIST_DATES: [(u16, &str); 4] = [
    (2023, "lists announced 2023-05-31"),
    (2024, "the 2023 lists, renewed unchanged for 2024"),
    (
        2025,
        "lists in effect from 2025-02-27; Physicians category from 2025-12-08",
    ),
    (2026, "categories announced 2026-02-18"),
];

/// How many of a year's most cited sources stand for its lists on a row with no entry.
const YEAR_SOURCES: usize = 3;

/// The sources most cited by a year's category rows across all occupations (ties by name):
/// what documents that year's lists when an occupation has no row of its own.
fn year_sources(ds: &Dataset, year: u16) -> Vec<Source> {
    let by_year = ds.figures.ee_year_sources.get_or_init(|| {
        let mut counts: BTreeMap<u16, BTreeMap<&Source, usize>> = BTreeMap::new();
        for m in ds.figures.ee_categories.values().flatten() {
            let year = counts.entry(m.year).or_default();
            for s in &m.sources {
                *year.entry(s).or_default() += 1;
            }
        }
        counts
            .into_iter()
            .map(|(year, counts)| {
                let mut ranked: Vec<(&Source, usize)> = counts.into_iter().collect();
                ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
                let mut top: Vec<Source> = ranked
                    .into_iter()
                    .take(YEAR_SOURCES)
                    .map(|(s, _)| s.clone())
                    .collect();
                top.sort();
                (year, top)
            })
            .collect()
    });
    by_year.get(&year).cloned().unwrap_or_default()
}

/// The year whose category lists are in force: the latest year in the data.
pub fn year_in_force(ds: &Dataset) -> Option<u16> {
    ds.figures.ee_lists.iter().map(|(y, _)| *y).max()
}

/// One result per year of Express Entry category lists, each with the sources of its own
/// rows and its own date. Years before the one in force are marked past (`past`) and say so
/// in their name. A year whose lists rest on IRCC's page is dated by its capture; the others
/// (compiled from secondary sources) by when their lists applied.
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
            let on: Vec<OnCategory> = rows
                .iter()
                .map(|m| OnCategory {
                    category: m.category.clone(),
                    lower_confidence: m.confidence != "high",
                })
                .collect();
            let past = current.is_some_and(|c| year < c);
            let mut r = result(p, None, Reason::Unstated);
            r.list_year = Some(year);
            r.id = format!("{}_{year}", p.id);
            r.name = if past {
                format!("{} ({year}, past list)", p.name)
            } else {
                format!("{} ({year}, in force)", p.name)
            };
            r.past = past;
            let mut sources: Vec<Source> = rows.iter().flat_map(|m| m.sources.clone()).collect();
            sources.sort();
            sources.dedup();
            if sources.is_empty() {
                sources = year_sources(ds, year);
            }
            if !sources.is_empty() {
                r.sources = sources;
            }
            r.as_of = match r.sources.first().filter(|_| official_list(&r)) {
                Some(s) => format!("IRCC's page, as captured on {}", s.as_of),
                None => {
                    LIST_DATES
                        .iter()
                        .find(|(y, _)| *y == year)
                        .map_or(format!("{year} lists"), |(_, d)| (*d).to_string())
                        + "; compiled from secondary sources"
                }
            };
            (r.eligible, r.why) = match (on.is_empty(), base.contains(&unit.teer)) {
                (false, true) => (Some(true), Reason::OnLists { year, on }),
                (_, false) => (
                    Some(false),
                    Reason::BaseTeer {
                        base: base.to_vec(),
                        teer: unit.teer,
                    },
                ),
                (true, true) => (Some(false), Reason::NotOnLists { year }),
            };
            r.reason = r.why.describe();
            if let Reason::OnLists { on, .. } = &r.why {
                r.categories = Some(on.iter().map(|c| c.category.clone()).collect());
            }
            r
        })
        .collect()
}

/// A category row whose lists rest on IRCC's own page (every source official), not on
/// secondary sources.
pub fn official_list(r: &ProgramResult) -> bool {
    !r.sources.is_empty() && r.sources.iter().all(|s| s.official)
}

/// An IRPR class evaluated from the rules read from the regulation: the section's paragraph
/// first among the sources, the consolidation date as the as-of.
fn regulated(ds: &Dataset, p: &Program, unit: &UnitGroup, section: &str) -> ProgramResult {
    let Some((law, class)) = ds.figures.law.as_ref().and_then(|law| {
        law.classes
            .iter()
            .find(|c| c.section == section)
            .map(|c| (law, c))
    }) else {
        return result(p, None, Reason::LawNotLoaded);
    };
    let teer = unit.teer;
    let mut r = if !class.groups.is_empty() {
        noc_groups(p, unit, &class.groups, &class.excluded_groups)
    } else if matches!(class.offer, crate::model::law::Offer::Required { .. }) {
        let why = Reason::JobOfferTeerIn {
            teer,
            allowed: class.teer.clone(),
        };
        result(p, Some(class.teer.contains(&teer)), why)
    } else {
        let why = Reason::TeerIn {
            program: p.name.clone(),
            teer,
            allowed: class.teer.clone(),
        };
        result(p, Some(class.teer.contains(&teer)), why)
    };
    r.sources.insert(0, law.section_source(&class.teer_at));
    r.as_of = format!(
        "{} consolidated to {}",
        law.regulation.short, law.regulation.consolidated
    );
    r
}

/// Every program's result for a unit group, in the order of `programs.ron`.
pub fn evaluate(ds: &Dataset, unit: &UnitGroup) -> Vec<ProgramResult> {
    let mut out = Vec::new();
    let teer = unit.teer;
    for p in &ds.figures.programs {
        match &p.rule {
            ProgramRule::Regulation(section) => out.push(regulated(ds, p, unit, section)),
            ProgramRule::TeerIn(list) => {
                let why = Reason::TeerIn {
                    program: p.name.clone(),
                    teer,
                    allowed: list.clone(),
                };
                out.push(result(p, Some(list.contains(&teer)), why));
            }
            ProgramRule::NocGroups { include, exclude } => {
                out.push(noc_groups(p, unit, include, exclude));
            }
            ProgramRule::EeCategory { base_teer } => {
                out.extend(ee_categories(ds, p, unit, base_teer))
            }
            ProgramRule::JobOfferTeerIn(list) => {
                let why = Reason::JobOfferTeerIn {
                    teer,
                    allowed: list.clone(),
                };
                out.push(result(p, Some(list.contains(&teer)), why));
            }
            ProgramRule::CommunityPriority => out.push(result(p, None, Reason::CommunityPriority)),
            ProgramRule::Pnp => out.push(result(p, None, Reason::Pnp { teer })),
            ProgramRule::Lmia => {
                let positions = ds
                    .figures
                    .lmia_loaded()
                    .then(|| ds.figures.lmia.get(&unit.code).map_or(0, |l| l.positions));
                let period = match (
                    ds.figures.lmia_quarters.first(),
                    ds.figures.lmia_quarters.last(),
                ) {
                    (Some(a), Some(b)) => Some(format!("{a}-{b}")),
                    _ => None,
                };
                out.push(result(p, Some(true), Reason::Lmia { positions, period }));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::teers;

    /// Each year's most cited sources, worked out once for all years, are those counted
    /// for that year alone, for every year of the lists and one with none.
    #[test]
    fn year_sources_worked_out_once_equal_each_year_counted_alone() {
        use crate::model::figures::Source;
        use std::collections::BTreeMap;
        let ds = crate::data::load_embedded().expect("embedded data loads");
        let alone = |year: u16| -> Vec<Source> {
            let mut counts: BTreeMap<&Source, usize> = BTreeMap::new();
            for m in ds.figures.ee_categories.values().flatten() {
                if m.year == year {
                    for s in &m.sources {
                        *counts.entry(s).or_default() += 1;
                    }
                }
            }
            let mut ranked: Vec<(&Source, usize)> = counts.into_iter().collect();
            ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            let mut top: Vec<Source> = ranked
                .into_iter()
                .take(super::YEAR_SOURCES)
                .map(|(s, _)| s.clone())
                .collect();
            top.sort();
            top
        };
        let mut years: Vec<u16> = ds.figures.ee_lists.iter().map(|(y, _)| *y).collect();
        years.dedup();
        assert!(years.len() >= 2);
        for year in years.into_iter().chain([1999]) {
            assert_eq!(super::year_sources(&ds, year), alone(year), "{year}");
        }
        assert!(super::year_sources(&ds, 1999).is_empty());
    }

    #[test]
    fn teer_lists_read_naturally() {
        assert_eq!(teers(&[0, 1, 2, 3]), "TEER 0 to 3");
        assert_eq!(teers(&[2, 3]), "TEER 2, 3");
    }
}
