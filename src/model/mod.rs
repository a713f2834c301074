//! The in-memory model: the NOC 2021 hierarchy, its unit groups and the curated profiles.
//!
//! Everything here is plain data loaded with serde; lookups are built once after loading.

pub mod aliases;
pub mod classes;
pub mod depth;
pub mod ee_rounds;
pub mod figures;
pub mod japanese;
pub mod law;
pub mod path_lists;
mod profile;
pub mod provincial;
pub mod similarity;
pub mod text;
pub mod tuition;
pub mod units;

pub use classes::{Class, Noc2016Class};
pub use figures::Figures;
pub use units::UnitGroup;

pub use profile::{
    AiImpact, Credential, EducationPath, ImmigrationRoute, Profile, ProfileSource, SalaryBand,
};

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// The five levels of the classification.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    BroadCategory,
    MajorGroup,
    SubMajorGroup,
    MinorGroup,
    UnitGroup,
}

impl Level {
    /// The level a code belongs to, by its length.
    pub fn of_code(code: &str) -> Option<Level> {
        match code.len() {
            1 => Some(Level::BroadCategory),
            2 => Some(Level::MajorGroup),
            3 => Some(Level::SubMajorGroup),
            4 => Some(Level::MinorGroup),
            5 => Some(Level::UnitGroup),
            _ => None,
        }
    }
}

/// The path from a unit group up to its broad category.
#[derive(Debug, Clone, Copy)]
pub struct Hierarchy<'a> {
    pub broad_category: &'a Class,
    pub major_group: &'a Class,
    pub sub_major_group: &'a Class,
    pub minor_group: &'a Class,
}

/// The whole dataset, as loaded and validated.
#[derive(Debug, Clone, Default)]
pub struct Dataset {
    pub broad_categories: Vec<Class>,
    pub major_groups: Vec<Class>,
    pub sub_major_groups: Vec<Class>,
    pub minor_groups: Vec<Class>,
    /// Sorted by code.
    pub units: Vec<UnitGroup>,
    pub noc2016: Vec<Noc2016Class>,
    pub profiles: BTreeMap<String, Profile>,
    /// Published figures by unit-group code (wages, outlook, AI, LMIA, programs).
    pub figures: Figures,
    /// Everyday names and abbreviations (ours, not official), for search.
    pub aliases: Vec<aliases::Alias>,
    /// Our Japanese titles and the job tag names we linked to each unit group (unofficial).
    pub japanese: japanese::JapaneseNames,
    /// Express Entry rounds, provincial lists and community pilots (`immigration/`).
    pub immigration_lists: provincial::ImmigrationLists,
    /// The OaSIS rating vectors and closest occupations (`similarity.ron`); empty when the
    /// file was not loaded. Decoded on first use (`similarity.get()`) when already checked.
    pub similarity: similarity::Ratings,
    /// The deep files (OaSIS, AI tasks and activities, yearly outlook): a unit group's part is
    /// decoded when asked for.
    pub deep: depth::DeepData,
    /// Whether this is the embedded dataset as loaded, whose search index `build.rs` prepared
    /// (`SearchIndex::embedded`); false for a directory's.
    pub embedded: bool,
    /// Where the search index's bytes of a `--data` directory's prepared copy are
    /// (`data::prepared`), read when the index is first needed instead of building it;
    /// `None` otherwise.
    pub prepared_index: Option<IndexSource>,
    unit_index: HashMap<String, usize>,
    class_index: HashMap<String, (Level, usize)>,
    noc2016_index: HashMap<String, usize>,
}

/// A prepared copy's search index, read when first needed (the data layer provides `read`,
/// which gives the bytes only if the copy at `path` is still the one for `key`).
#[derive(Debug, Clone)]
pub struct IndexSource {
    pub path: std::path::PathBuf,
    pub key: [u64; 2],
    pub read: fn(&std::path::Path, [u64; 2]) -> Option<&'static [u8]>,
}

impl IndexSource {
    pub fn bytes(&self) -> Option<&'static [u8]> {
        (self.read)(&self.path, self.key)
    }
}

impl Dataset {
    /// Assemble a dataset and build its lookups. Units are sorted by code.
    pub fn new(
        structure: [Vec<Class>; 4],
        mut units: Vec<UnitGroup>,
        noc2016: Vec<Noc2016Class>,
        profiles: BTreeMap<String, Profile>,
    ) -> Self {
        let [
            broad_categories,
            major_groups,
            sub_major_groups,
            minor_groups,
        ] = structure;
        units.sort_by(|a, b| a.code.cmp(&b.code));
        let mut ds = Dataset {
            broad_categories,
            major_groups,
            sub_major_groups,
            minor_groups,
            units,
            noc2016,
            profiles,
            ..Default::default()
        };
        ds.reindex();
        ds
    }

    /// Attach the published figures (the loader does this after validation).
    pub fn with_figures(mut self, mut figures: Figures) -> Self {
        figures.reindex();
        self.figures = figures;
        self
    }

    /// Attach the Japanese names (the loader does this after validation).
    pub fn with_japanese(mut self, japanese: japanese::JapaneseNames) -> Self {
        self.japanese = japanese;
        self
    }

    /// This project's Japanese title of a unit group, an unofficial translation (非公式訳);
    /// `None` when the Japanese titles were not loaded.
    pub fn japanese_title(&self, code: &str) -> Option<&str> {
        self.japanese.title(code)
    }

    /// The job tag occupations (Japan, MHLW) this project linked to a unit group: our own
    /// match (非公式の対応), never an official correspondence.
    pub fn jobtag_occupations(
        &self,
        code: &str,
    ) -> impl Iterator<Item = &japanese::JobtagOccupation> + '_ {
        self.japanese.jobtag_for(code)
    }

    fn reindex(&mut self) {
        self.unit_index = self
            .units
            .iter()
            .enumerate()
            .map(|(i, u)| (u.code.clone(), i))
            .collect();
        let levels = [
            (Level::BroadCategory, &self.broad_categories),
            (Level::MajorGroup, &self.major_groups),
            (Level::SubMajorGroup, &self.sub_major_groups),
            (Level::MinorGroup, &self.minor_groups),
        ];
        self.class_index = levels
            .iter()
            .flat_map(|(level, classes)| {
                classes
                    .iter()
                    .enumerate()
                    .map(move |(i, c)| (c.code.clone(), (*level, i)))
            })
            .collect();
        self.noc2016_index = self
            .noc2016
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.clone(), i))
            .collect();
    }

    pub fn unit(&self, code: &str) -> Option<&UnitGroup> {
        self.unit_index.get(code).map(|&i| &self.units[i])
    }

    pub fn unit_position(&self, code: &str) -> Option<usize> {
        self.unit_index.get(code).copied()
    }

    /// A class of the four upper levels by its code.
    pub fn class(&self, code: &str) -> Option<&Class> {
        let &(level, i) = self.class_index.get(code)?;
        Some(match level {
            Level::BroadCategory => &self.broad_categories[i],
            Level::MajorGroup => &self.major_groups[i],
            Level::SubMajorGroup => &self.sub_major_groups[i],
            Level::MinorGroup => &self.minor_groups[i],
            Level::UnitGroup => return None,
        })
    }

    pub fn noc2016_class(&self, code: &str) -> Option<&Noc2016Class> {
        self.noc2016_index.get(code).map(|&i| &self.noc2016[i])
    }

    /// The four ancestors of a unit group, if all of them exist.
    pub fn hierarchy(&self, unit: &UnitGroup) -> Option<Hierarchy<'_>> {
        let code = unit.code.as_str();
        Some(Hierarchy {
            broad_category: self.class(code.get(..1)?)?,
            major_group: self.class(code.get(..2)?)?,
            sub_major_group: self.class(code.get(..3)?)?,
            minor_group: self.class(code.get(..4)?)?,
        })
    }

    pub fn profile(&self, code: &str) -> Option<&Profile> {
        self.profiles.get(code)
    }

    pub fn example_title_count(&self) -> usize {
        self.units.iter().map(|u| u.example_titles.len()).sum()
    }
}

/// The TEER category's meaning, in plain words (from the NOC 2021 introduction).
pub fn teer_summary(teer: u8) -> &'static str {
    match teer {
        0 => "Management responsibilities",
        1 => "Usually a university degree",
        2 => "College or apprenticeship of 2 or more years, or supervisory duties",
        3 => "College or apprenticeship of under 2 years, or over 6 months of training",
        4 => "High school diploma, or several weeks of on-the-job training",
        5 => "Short work demonstration, no formal education",
        _ => "Unknown TEER",
    }
}
