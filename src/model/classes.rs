//! The classes of the four upper levels and of NOC 2016, and the files that hold them: plain
//! serde types with no crate imports, so that `build.rs` includes this file too and writes the
//! embedded hierarchy and NOC 2016 correspondence in their binary form, read at every start
//! several times faster than JSON, with the definitions read in place (`text::Text`).

use super::text::Text;
use serde::{Deserialize, Serialize};

/// Relative paths inside a data directory.
pub const STRUCTURE: &str = "noc/structure.ron";
pub const NOC2016: &str = "noc/noc2016.ron";

/// A class of the four upper levels (broad category, major, sub-major and minor group).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Class {
    pub code: String,
    pub title: String,
    pub title_fr: String,
    pub definition: Text,
    #[serde(default)]
    pub definition_fr: Text,
}

/// One NOC 2016 V1.3 class with the NOC 2021 unit groups it became.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Noc2016Class {
    pub code: String,
    pub title: String,
    /// NOC 2021 codes, in the correspondence's order.
    pub noc2021: Vec<String>,
    /// The NOC 2021 code the 2016 class continues as, where the correspondence says so
    /// (a one-to-one link, or "continues as" in its notes).
    #[serde(default)]
    pub continues_as: Option<String>,
    #[serde(default)]
    pub notes: String,
}

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
