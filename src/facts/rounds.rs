//! The Express Entry rounds that concern one occupation: the rounds of each category version
//! it is on, and the program-wide rounds of the programs it can enter the pool by.
//!
//! The link from a category list to its rounds is ours (`family_of_category` here and the round
//! types' families in `src/import/rounds.rs`); the figures are IRCC's.

use crate::model::ee_rounds::{FeedSource, Round, RoundsFile};
use crate::model::{Dataset, UnitGroup};
use crate::rules::immigration::ProgramResult;
use serde::Serialize;

/// How many cut-offs a chart of one family shows, newest last.
pub const CHART_ROUNDS: usize = 24;

/// The program-wide round types, in the order they show.
const PROGRAM_FAMILIES: [&str; 7] = [
    "cec",
    "pnp",
    "french",
    "fsw",
    "fst",
    "general",
    "no_program",
];

/// Our link from a category list's name (any year's wording) to the family of its rounds.
pub fn family_of_category(name: &str) -> Option<&'static str> {
    let n = name.to_lowercase();
    let has = |w: &str| n.contains(w);
    Some(match () {
        _ if has("health") => "healthcare",
        _ if has("stem") => "stem",
        _ if has("trade") => "trade",
        _ if has("transport") => "transport",
        _ if has("agri") => "agriculture",
        _ if has("education") => "education",
        _ if has("physician") => "physicians",
        _ if has("senior manager") => "senior_managers",
        _ if has("research") => "researchers",
        _ if has("military") => "military",
        _ if has("french") => "french",
        _ => return None,
    })
}

/// One round type (or a category list without rounds) for one occupation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoundFact {
    /// IRCC's round type name; for a list without rounds, the list's name.
    pub name: String,
    /// Our key of what the rounds select from ("healthcare", "cec", ...).
    pub family: String,
    /// "category" (occupation lists) or "program" (a program's whole pool).
    pub kind: &'static str,
    /// The category list years this occupation is on that the rounds selected from.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub list_years: Vec<u16>,
    /// A category version whose lists are no longer in force.
    pub past: bool,
    pub last_date: Option<String>,
    pub last_cutoff: Option<u32>,
    pub last_invitations: Option<u32>,
    /// Rounds in the 12 months up to the newest round we hold.
    pub rounds_last_12_months: usize,
    pub rounds_total: usize,
    /// For a list in force that has had no round: the last round of any version of its
    /// category, if any ("no STEM round since 2024-04-11").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub none_since: Option<String>,
    /// The CRS cut-offs of the family's last rounds (every version), oldest first:
    /// (date, cut-off), for a chart.
    #[serde(skip)]
    pub chart: Vec<(String, u32)>,
}

/// The rounds facts of one occupation.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct RoundsFacts {
    pub rows: Vec<RoundFact>,
    /// The date of the newest round we hold (our copy of IRCC's feed ends there).
    pub as_of: Option<String>,
    /// The first day of the 12-month window, exclusive ("2025-08-19").
    pub window_after: Option<String>,
    /// Whether the program-wide rounds apply: the occupation can enter the pool by FSW, CEC
    /// or FST (an unknown answer counts as no).
    pub pool: bool,
    /// Where the rounds come from (IRCC's feed); `None` when it did not load.
    pub source: Option<FeedSource>,
    /// The feed did not load: every figure reads "not loaded".
    pub loaded: bool,
}

/// The same day a year earlier, as text ("2026-08-19" -> "2025-08-19").
fn year_before(date: &str) -> Option<String> {
    let year: u16 = date.get(..4)?.parse().ok()?;
    Some(format!("{}{}", year - 1, date.get(4..)?))
}

struct Summary {
    last: Option<Round>,
    in_window: usize,
    total: usize,
}

fn summary<'a>(rounds: impl Iterator<Item = &'a Round>, after: &str) -> Summary {
    let mut s = Summary {
        last: None,
        in_window: 0,
        total: 0,
    };
    for r in rounds {
        s.total += 1;
        if r.date() > after {
            s.in_window += 1;
        }
        if s.last.as_ref().is_none_or(|l| r.date() > l.date()) {
            s.last = Some(r.clone());
        }
    }
    s
}

fn chart(file: &RoundsFile, family: &str) -> Vec<(String, u32)> {
    let mut points: Vec<(String, u32)> = (file.rounds.iter())
        .filter(|r| file.types.get(r.kind()).is_some_and(|t| t.family == family))
        .map(|r| (r.date().to_string(), r.cutoff()))
        .collect();
    points.sort();
    let skip = points.len().saturating_sub(CHART_ROUNDS);
    points.split_off(skip)
}

fn row(file: &RoundsFile, kind: usize, after: &str, past: bool, years: Vec<u16>) -> RoundFact {
    let t = &file.types[kind];
    let s = summary(file.of_type(kind), after);
    RoundFact {
        name: t.name.clone(),
        family: t.family.clone(),
        kind: if t.occupational {
            "category"
        } else {
            "program"
        },
        list_years: years,
        past,
        last_date: s.last.as_ref().map(|r| r.date().to_string()),
        last_cutoff: s.last.as_ref().map(Round::cutoff),
        last_invitations: s.last.as_ref().map(Round::invitations),
        rounds_last_12_months: s.in_window,
        rounds_total: s.total,
        none_since: None,
        chart: chart(file, &t.family),
    }
}

/// The ids of the base Express Entry programs ("fsw", "cec", "fst") the occupation can use.
pub fn open_programs(programs: &[ProgramResult]) -> Vec<&str> {
    (programs.iter())
        .filter(|p| matches!(p.id.as_str(), "fsw" | "cec" | "fst") && p.eligible == Some(true))
        .map(|p| p.id.as_str())
        .collect()
}

/// The rounds of one occupation's category lists and of the programs open to it (`open`: the
/// ids of the base programs it can use, `open_programs`).
pub fn for_unit(ds: &Dataset, unit: &UnitGroup, open: &[&str]) -> RoundsFacts {
    let Some(file) = ds.immigration_lists.rounds.as_ref() else {
        return RoundsFacts::default();
    };
    let as_of = file.newest().map(str::to_string);
    let after = as_of.as_deref().and_then(year_before).unwrap_or_default();
    let in_force = crate::rules::immigration::year_in_force(ds);
    // (family, year) of every list the occupation is on.
    let on: Vec<(&'static str, u16, &str)> = (ds.figures.ee_categories.get(&unit.code))
        .into_iter()
        .flatten()
        .filter_map(|m| {
            Some((
                family_of_category(&m.category)?,
                m.year,
                m.category.as_str(),
            ))
        })
        .collect();
    let mut rows = Vec::new();
    for (kind, t) in file
        .types
        .iter()
        .enumerate()
        .filter(|(_, t)| t.occupational)
    {
        let years: Vec<u16> = (t.years.iter().copied())
            .filter(|y| on.iter().any(|(f, oy, _)| *f == t.family && oy == y))
            .collect();
        if !years.is_empty() {
            let past = in_force.is_some_and(|f| years.iter().all(|y| *y < f));
            rows.push(row(file, kind, &after, past, years));
        }
    }
    // A list in force whose category has had no round for it.
    for &(family, year, name) in on.iter().filter(|(_, y, _)| Some(*y) == in_force) {
        let has_round = (file.types.iter()).any(|t| t.family == family && t.years.contains(&year));
        if !has_round {
            let s = summary(
                (file.rounds.iter())
                    .filter(|r| file.types.get(r.kind()).is_some_and(|t| t.family == family)),
                &after,
            );
            rows.push(RoundFact {
                name: name.to_string(),
                family: family.to_string(),
                kind: "category",
                list_years: vec![year],
                past: false,
                last_date: None,
                last_cutoff: None,
                last_invitations: None,
                rounds_last_12_months: 0,
                rounds_total: 0,
                none_since: s.last.map(|r| r.date().to_string()),
                chart: chart(file, family),
            });
        }
    }
    // In force first, newest round first; a list without rounds after those with.
    rows.sort_by(|a, b| {
        (a.past, a.last_date.is_none())
            .cmp(&(b.past, b.last_date.is_none()))
            .then(b.last_date.cmp(&a.last_date))
    });
    let pool = !open.is_empty();
    let open = |id: &str| open.contains(&id);
    if pool {
        let mut program_rows: Vec<RoundFact> = (file.types.iter().enumerate())
            .filter(|(_, t)| !t.occupational)
            .filter(|(_, t)| match t.family.as_str() {
                "cec" | "fsw" | "fst" => open(&t.family),
                _ => true,
            })
            .map(|(kind, _)| row(file, kind, &after, false, Vec::new()))
            .collect();
        let order = |f: &str| PROGRAM_FAMILIES.iter().position(|p| *p == f);
        program_rows.sort_by(|a, b| {
            (a.rounds_last_12_months == 0, order(&a.family))
                .cmp(&(b.rounds_last_12_months == 0, order(&b.family)))
                .then(b.last_date.cmp(&a.last_date))
        });
        rows.extend(program_rows);
    }
    RoundsFacts {
        rows,
        as_of,
        window_after: Some(after).filter(|a| !a.is_empty()),
        pool,
        source: Some(file.source.clone()),
        loaded: true,
    }
}

/// The one-line answer's part for the rounds: the first category in force, as values.
#[derive(Debug, Clone, PartialEq)]
pub enum RoundsBrief<'a> {
    /// The last round of the category version in force.
    Last {
        category: &'a str,
        date: &'a str,
        cutoff: u32,
    },
    /// The list in force has had no round; the category's last round of any version, if any.
    NoneSince {
        category: &'a str,
        since: Option<&'a str>,
    },
}

impl RoundsFacts {
    /// What our data lacks, in English (the JSON and `show`): the feed not loaded, or the
    /// rounds after the newest one we hold.
    pub fn missing(&self) -> String {
        match &self.as_of {
            Some(date) if self.loaded => {
                format!("Our copy of IRCC's feed ends {date}: rounds after it are not in our data.")
            }
            _ => "IRCC's rounds feed is not loaded.".to_string(),
        }
    }

    /// The rounds part of the one-line answer: the first category list in force.
    pub fn brief(&self) -> Option<RoundsBrief<'_>> {
        let r = self.rows.iter().find(|r| r.kind == "category" && !r.past)?;
        Some(match (&r.last_date, r.last_cutoff) {
            (Some(date), Some(cutoff)) => RoundsBrief::Last {
                category: &r.family,
                date,
                cutoff,
            },
            _ => RoundsBrief::NoneSince {
                category: &r.family,
                since: r.none_since.as_deref(),
            },
        })
    }
}
