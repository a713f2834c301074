//! A unit group and the file of one major group's unit groups: plain serde types with no
//! crate imports, so that `build.rs` includes this file too and writes the embedded unit groups
//! in their binary form (postcard) from the same types the crate reads them into.

use serde::{Deserialize, Serialize};

/// One NOC 2021 unit group (the five-digit occupation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitGroup {
    pub code: String,
    pub title: String,
    pub title_fr: String,
    /// Training, Education, Experience and Responsibility category: the code's second digit.
    pub teer: u8,
    pub definition: String,
    #[serde(default)]
    pub definition_fr: String,
    #[serde(default)]
    pub main_duties: Vec<String>,
    #[serde(default)]
    pub employment_requirements: Vec<String>,
    #[serde(default)]
    pub additional_information: Vec<String>,
    #[serde(default)]
    pub inclusions: Vec<String>,
    #[serde(default)]
    pub exclusions: Vec<String>,
    #[serde(default)]
    pub illustrative_examples: Vec<String>,
    #[serde(default)]
    pub example_titles: Vec<String>,
    /// NOC 2016 V1.3 codes that the official correspondence links to this unit group.
    #[serde(default)]
    pub noc2016: Vec<String>,
}

impl UnitGroup {
    /// The code of the minor group this unit group belongs to (its first four digits).
    pub fn minor_code(&self) -> &str {
        self.code.get(..4).unwrap_or(&self.code)
    }
}

/// `noc/units/NN.ron`: the unit groups of one major group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitGroupFile {
    pub major_group: String,
    pub unit_groups: Vec<UnitGroup>,
}
