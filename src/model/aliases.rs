//! Everyday names and abbreviations of occupations ("PSW", "uber driver"), written by us (not
//! by Statistics Canada), each pointing to official NOC example titles, never to a code.

use serde::{Deserialize, Serialize};

/// Where the alias table lives in a data directory.
pub const ALIASES: &str = "aliases.ron";

/// `aliases.ron`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AliasFile {
    pub aliases: Vec<Alias>,
}

/// One word people use, with what it stands for and the official example titles it means.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alias {
    /// What people type: "PSW", "uber driver".
    pub name: String,
    /// What it stands for, in plain words: "personal support worker".
    pub means: String,
    /// Official NOC 2021 example titles, written exactly as in the NOC (case aside).
    pub titles: Vec<String>,
}
