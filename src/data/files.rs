//! The shapes of the RON files under `data/`, shared by the importer (which writes them)
//! and the loader (which reads them).

pub use crate::model::units::UnitGroupFile;
use crate::model::{Class, Noc2016Class};
use serde::{Deserialize, Serialize};

/// `noc/structure.ron`: the four upper levels of the classification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StructureFile {
    pub broad_categories: Vec<Class>,
    pub major_groups: Vec<Class>,
    pub sub_major_groups: Vec<Class>,
    pub minor_groups: Vec<Class>,
}

/// `noc/noc2016.ron`: the official NOC 2016 V1.3 -> NOC 2021 V1.0 correspondence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Noc2016File {
    pub classes: Vec<Noc2016Class>,
}

/// Relative paths inside a data directory.
pub const STRUCTURE: &str = "noc/structure.ron";
pub const NOC2016: &str = "noc/noc2016.ron";
pub const UNITS_DIR: &str = "noc/units";
/// The names of the data's folders, at any depth: a walk enters them before any other.
pub const DATA_FOLDERS: &[&str] = &[
    "noc", "units", "profiles", "figures", "ja", "oasis", "ai", "tasks", "outlook",
];
pub const PROFILES_DIR: &str = "profiles";

/// Serialise a file the one way the project writes RON: pretty, stable, with struct names.
pub fn to_ron<T: Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ")
        .new_line("\n")
        .escape_strings(false);
    let mut text = ron::ser::to_string_pretty(value, config)?;
    text.push('\n');
    Ok(text)
}
