//! Express Entry rounds of invitations, from IRCC's own feed (`immigration/ee_rounds.ron`).
//!
//! Each round names its round type, and each round type what it selects from: a category
//! (family) of occupations or the whole pool of a program. That link is ours and documented
//! in `src/import/rounds.rs`; a test checks every list name of `figures/ee_categories.ron`
//! reaches a family.

use serde::{Deserialize, Serialize};

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
}
