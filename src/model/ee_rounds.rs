//! Express Entry rounds of invitations, from IRCC's own feed (`immigration/ee_rounds.ron`).
//!
//! Each round names its round type, and each round type what it selects from: a category
//! (family) of occupations or the whole pool of a program. That link is ours and documented
//! in `src/import/rounds.rs`; a test checks every list name of `figures/ee_categories.ron`
//! reaches a family.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

pub const EE_ROUNDS: &str = "immigration/ee_rounds.ron";

/// Where the rounds come from, as a value the interface words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedSource {
    pub publisher: String,
    pub title: String,
    pub url: String,
    /// The date of the newest round in the feed we hold.
    pub as_of: String,
    pub official: bool,
}

/// One of IRCC's round types ("drawName"), with what it selects from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundType {
    /// IRCC's name, verbatim.
    pub name: String,
    /// Our key of what it selects from: an occupation category ("healthcare", "stem", ...)
    /// or a program-wide round ("cec", "pnp", "french", "general", "no_program", "fsw", "fst").
    pub family: String,
    /// Whether it selects from occupation lists (a category) rather than a program's pool.
    pub occupational: bool,
    /// A category round's years: the category lists of those years are the ones it selected
    /// from (ours: IRCC numbers versions, and every version's rounds fall in its lists'
    /// years). Empty for a program-wide round.
    pub years: Vec<u16>,
}

/// One round: (number as IRCC writes it, date, index into `types`, invitations, CRS cut-off).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Round(pub String, pub String, pub u16, pub u32, pub u32);

impl Round {
    pub fn number(&self) -> &str {
        &self.0
    }
    pub fn date(&self) -> &str {
        &self.1
    }
    pub fn kind(&self) -> usize {
        usize::from(self.2)
    }
    pub fn invitations(&self) -> u32 {
        self.3
    }
    pub fn cutoff(&self) -> u32 {
        self.4
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoundsFile {
    pub source: FeedSource,
    pub types: Vec<RoundType>,
    /// Newest first, as the feed lists them.
    pub rounds: Vec<Round>,
    /// The summaries every occupation reads, made once on first use (`index`).
    #[serde(skip)]
    pub index: OnceLock<RoundsIndex>,
}

/// How many cut-offs a family's chart keeps, newest last.
pub const CHART_ROUNDS: usize = 24;

/// One round type's rounds summed up.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TypeSummary {
    /// The position of its newest round in `RoundsFile::rounds`.
    pub last: Option<usize>,
    /// Its rounds after `RoundsIndex::window_after`.
    pub in_window: usize,
    pub total: usize,
}

/// One family's rounds (every version) summed up.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FamilySummary {
    pub last: Option<usize>,
    /// (date as the number YYYYMMDD, CRS cut-off) of its last `CHART_ROUNDS` rounds, oldest first.
    pub chart: Arc<Vec<(u32, u32)>>,
}

/// The summaries of the rounds, per type and per family.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RoundsIndex {
    /// The date of the newest round we hold.
    pub newest: Option<String>,
    /// The same day a year earlier: the 12-month window is after it, up to `newest`.
    pub window_after: Option<String>,
    /// In the order of `RoundsFile::types`.
    pub types: Vec<TypeSummary>,
    pub families: BTreeMap<String, FamilySummary>,
}

/// "2026-06-25" as the number 20260625 (0 for anything else).
pub fn date_number(date: &str) -> u32 {
    date.replace('-', "").parse().unwrap_or(0)
}

/// The same day a year earlier, as text ("2026-08-19" -> "2025-08-19").
fn year_before(date: &str) -> Option<String> {
    let year: u16 = date.get(..4)?.parse().ok()?;
    Some(format!("{}{}", year.checked_sub(1)?, date.get(4..)?))
}

impl RoundsFile {
    /// The date of the newest round we hold.
    pub fn newest(&self) -> Option<&str> {
        self.rounds.iter().map(Round::date).max()
    }

    /// The rounds of one type, newest first.
    pub fn of_type(&self, kind: usize) -> impl Iterator<Item = &Round> {
        self.rounds.iter().filter(move |r| r.kind() == kind)
    }

    /// The summaries per type and family, made on first use.
    pub fn index(&self) -> &RoundsIndex {
        self.index.get_or_init(|| self.make_index())
    }

    fn make_index(&self) -> RoundsIndex {
        let newest = self.newest().map(str::to_string);
        let after = newest.as_deref().and_then(year_before);
        let mut types = vec![TypeSummary::default(); self.types.len()];
        // Per family: its newest round and every (date, cut-off).
        type Points = Vec<(u32, u32)>;
        let mut families: BTreeMap<String, (Option<usize>, Points)> = BTreeMap::new();
        let newer = |a: Option<usize>, i: usize| match a {
            Some(a) if self.rounds[a].date() >= self.rounds[i].date() => Some(a),
            _ => Some(i),
        };
        for (i, r) in self.rounds.iter().enumerate() {
            let Some(t) = types.get_mut(r.kind()) else {
                continue;
            };
            t.total += 1;
            if after.as_deref().is_some_and(|a| r.date() > a) {
                t.in_window += 1;
            }
            t.last = newer(t.last, i);
            let family = families
                .entry(self.types[r.kind()].family.clone())
                .or_default();
            family.0 = newer(family.0, i);
            family.1.push((date_number(r.date()), r.cutoff()));
        }
        let families = (families.into_iter())
            .map(|(name, (last, mut points))| {
                points.sort();
                let chart = points.split_off(points.len().saturating_sub(CHART_ROUNDS));
                let chart = Arc::new(chart);
                (name, FamilySummary { last, chart })
            })
            .collect();
        RoundsIndex {
            newest,
            window_after: after,
            types,
            families,
        }
    }
}
