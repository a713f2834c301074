//! University tuition by field of study (`figures/tuition.ron`), from Statistics Canada's
//! tables under `education/` (see its PROVENANCE.md), and our match of the NOC text's words to
//! those fields (ours, not an official correspondence).

use serde::{Deserialize, Serialize};

pub const TUITION: &str = "figures/tuition.ron";

/// One published amount: the newest school year with a value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TuitionValue {
    /// The field of study as Statistics Canada names it.
    pub field: String,
    /// Two-letter province code, or "CA" for Canada.
    pub geo: String,
    /// The school year, as published ("2024/2025").
    pub year: String,
    /// Annual tuition in whole dollars.
    pub amount: u32,
}

/// One Statistics Canada series: whose fees, at which level, in which dollars.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TuitionTable {
    /// "37-10-0003-01".
    pub table: String,
    /// "canadian" or "international".
    pub students: String,
    /// "undergraduate" or "graduate".
    pub level: String,
    /// "current" or "constant_2021_2022".
    pub dollars: String,
    pub url: String,
    pub values: Vec<TuitionValue>,
}

/// Our match: a phrase of the NOC text's program ("civil engineering") to a field of study.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldMatch {
    /// Lowercase words looked for in the program phrase.
    pub words: String,
    pub field: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TuitionFile {
    pub publisher: String,
    pub tables: Vec<TuitionTable>,
    /// Ours, in order: the first whose words the program phrase holds gives the field.
    pub matches: Vec<FieldMatch>,
}

impl TuitionFile {
    /// The amount of a series for a field and place, if published.
    pub fn amount(
        &self,
        students: &str,
        level: &str,
        dollars: &str,
        field: &str,
        geo: &str,
    ) -> Option<(&TuitionTable, &TuitionValue)> {
        self.tables
            .iter()
            .filter(|t| t.students == students && t.level == level && t.dollars == dollars)
            .find_map(|t| {
                (t.values.iter())
                    .find(|v| v.field == field && v.geo == geo)
                    .map(|v| (t, v))
            })
    }

    /// The field our match gives a program phrase, with the words that matched (whole words:
    /// "law" is not found in "lawn", "medicine" not in "pre-medicine").
    pub fn field_of(&self, phrase: &str) -> Option<&FieldMatch> {
        let words: String = phrase
            .to_lowercase()
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' {
                    c
                } else {
                    ' '
                }
            })
            .collect();
        let padded = format!(
            " {} ",
            words.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        (self.matches.iter()).find(|m| padded.contains(&format!(" {} ", m.words)))
    }
}
