//! The shapes of the RON files under `data/`, shared by the importer (which writes them)
//! and the loader (which reads them).

pub use crate::model::classes::{NOC2016, Noc2016File, STRUCTURE, StructureFile};
pub use crate::model::units::UnitGroupFile;
use serde::Serialize;

/// Relative paths inside a data directory.
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
