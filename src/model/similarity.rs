//! `similarity.rs`'s data: every unit group's OaSIS ratings of skills, knowledge, abilities and
//! work activities as one vector, and its closest occupations, computed by the importer
//! (`crate::similarity` holds the measure; `data/README.md` documents it).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the file lives below the data directory.
pub const SIMILARITY: &str = "similarity.ron";

/// The OaSIS families the measure compares, with their weights (ours; documented in the README).
pub const FAMILIES: [(&str, f64); 4] = [
    ("Skills", 0.3),
    ("Knowledge", 0.3),
    ("Abilities", 0.2),
    ("Work Activities", 0.2),
];

/// `similarity.ron` as written by the importer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SimilarityFile {
    /// How the vectors and neighbours were made, in our words.
    pub method: String,
    /// The rated descriptors, in the order of every `levels` string.
    pub descriptors: Vec<RatedDescriptor>,
    pub units: Vec<UnitRatings>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RatedDescriptor {
    /// The OaSIS guide's id (`oasis/guide.ron`).
    pub id: String,
    pub family: String,
    /// The top of the guide's scale (3 for knowledge, 5 for the others).
    pub scale_max: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitRatings {
    pub code: String,
    /// Two digits per descriptor: the mean rating of the unit group's OaSIS profiles, times ten
    /// and rounded ("35" is 3.5).
    pub levels: String,
    /// The closest unit groups, closest first (never the unit group itself).
    pub near: Vec<String>,
}

/// The file made ready for lookups: levels as numbers, unit groups by code.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RatingTable {
    pub method: String,
    pub descriptors: Vec<RatedDescriptor>,
    pub codes: Vec<String>,
    /// `codes.len()` rows of `descriptors.len()` ratings (the mean, e.g. 3.5).
    pub levels: Vec<f32>,
    pub near: Vec<Vec<String>>,
    index: BTreeMap<String, usize>,
}

impl RatingTable {
    /// The table of a file whose every `levels` string has two digits per descriptor; the
    /// position of the first unit group that does not, otherwise.
    pub fn from_file(file: SimilarityFile) -> Result<RatingTable, usize> {
        let n = file.descriptors.len();
        let mut table = RatingTable {
            method: file.method,
            descriptors: file.descriptors,
            ..RatingTable::default()
        };
        // Exactly as many as the file gives: grown by doubling, the levels of 516 occupations
        // held ~0.2 MB never used.
        table.levels.reserve_exact(n * file.units.len());
        table.codes.reserve_exact(file.units.len());
        table.near.reserve_exact(file.units.len());
        for (i, unit) in file.units.into_iter().enumerate() {
            let digits = unit.levels.as_bytes();
            if digits.len() != 2 * n || !digits.iter().all(u8::is_ascii_digit) {
                return Err(i);
            }
            table.levels.extend(
                digits
                    .chunks(2)
                    .map(|d| f32::from((d[0] - b'0') * 10 + (d[1] - b'0')) / 10.0),
            );
            table.index.insert(unit.code.clone(), table.codes.len());
            table.codes.push(unit.code);
            table.near.push(unit.near);
        }
        Ok(table)
    }

    pub fn position(&self, code: &str) -> Option<usize> {
        self.index.get(code).copied()
    }

    /// The ratings of the unit group at `i`.
    pub fn row(&self, i: usize) -> &[f32] {
        let n = self.descriptors.len();
        &self.levels[i * n..(i + 1) * n]
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }
}

/// The rating table, decoded when first asked for: a file already checked (the embedded data,
/// a directory's prepared copy) keeps its prepared form until then, so the explorer's first
/// frame does not wait for it (it is first needed once a major group's deep files are parsed).
/// A directory checked at load holds its table decoded.
#[derive(Clone, Default)]
pub struct Ratings {
    table: std::sync::OnceLock<RatingTable>,
    decode: Option<std::sync::Arc<dyn Fn() -> RatingTable + Send + Sync>>,
}

impl Ratings {
    /// A table decoded by `decode` on first use (the data layer provides it).
    pub fn later(decode: impl Fn() -> RatingTable + Send + Sync + 'static) -> Ratings {
        Ratings {
            table: std::sync::OnceLock::new(),
            decode: Some(std::sync::Arc::new(decode)),
        }
    }

    /// The table, decoded now if it was not yet.
    pub fn get(&self) -> &RatingTable {
        self.table
            .get_or_init(|| self.decode.as_ref().map(|d| d()).unwrap_or_default())
    }

    /// Whether the table has been decoded.
    pub fn is_decoded(&self) -> bool {
        self.table.get().is_some()
    }
}

/// Read as the table it holds (decoding it on first use).
impl std::ops::Deref for Ratings {
    type Target = RatingTable;

    fn deref(&self) -> &RatingTable {
        self.get()
    }
}

impl From<RatingTable> for Ratings {
    fn from(table: RatingTable) -> Ratings {
        Ratings {
            table: std::sync::OnceLock::from(table),
            decode: None,
        }
    }
}

/// Shows the table (decoding it): a table decoded later reads as one decoded at load.
impl std::fmt::Debug for Ratings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}
