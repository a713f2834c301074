//! The deep files: OaSIS profiles and ratings, AI task labels, work activities and the yearly
//! COPS series. They are large, so the loader keeps their text and parses a file the first
//! time one of its unit groups is asked for (see [`DeepData`]).

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

/// `oasis/guide.ron`: every OaSIS descriptor with its definition and rating scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OasisGuideFile {
    pub descriptors: Vec<Descriptor>,
}

/// One rated descriptor of the OaSIS guide (a skill, a knowledge area, a work-context item...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Descriptor {
    /// The guide's code, e.g. `F02b01`.
    pub id: String,
    /// Skills, Knowledge, Abilities, Work Activities, Work Context, Personal Attributes, Interests.
    pub family: String,
    pub name: String,
    /// The guide's definition, without its sentence on the scale.
    pub definition: String,
    /// The guide's sentence on the scale ("measured by proficiency level on a scale of 1-5"),
    /// or `None` where the guide gives none.
    pub scale: Option<String>,
}

/// `oasis/NN.ron`: the OaSIS profiles of one NOC major group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OasisFile {
    pub major_group: String,
    pub profiles: Vec<OasisProfile>,
}

/// One OaSIS profile (`32129.02` Ocularists); its unit group is the integer part of the code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OasisProfile {
    pub code: String,
    pub label: String,
    pub lead: Option<String>,
    pub workplaces: Vec<String>,
    /// Holland codes, most dominant first, as published (a lower-case letter is a weaker interest).
    pub interests: Vec<String>,
    /// Every rating of the profile's rating files, by descriptor id (0: not rated as relevant).
    pub ratings: BTreeMap<String, u8>,
    /// The files' second column for the same descriptor, where there is one (the guide names
    /// two scales for it, e.g. frequency and duration; the first column is the first scale).
    pub second_ratings: BTreeMap<String, u8>,
}

impl OasisProfile {
    /// The unit group the profile belongs to.
    pub fn unit(&self) -> &str {
        self.code.split('.').next().unwrap_or(&self.code)
    }
}

/// `ai/tasks/NN.ron`: the labelled O*NET tasks reachable from one major group's unit groups.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaskFile {
    pub major_group: String,
    pub units: Vec<UnitTasks>,
}

/// The O*NET occupations a unit group's crosswalk rows reach, with their labelled tasks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitTasks {
    pub code: String,
    pub occupations: Vec<OnetTasks>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OnetTasks {
    /// O*NET-SOC code, e.g. `29-2091.00`.
    pub onet: String,
    pub title: String,
    /// Every labelled task of the occupation (none when the label set has none for it).
    pub tasks: Vec<LabelledTask>,
}

/// One O*NET task statement with the paper's two exposure labels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelledTask {
    pub task: String,
    /// `E0`, `E1` or `E2`: the human annotators' label (`human_exposure_agg`).
    pub human: Exposure,
    /// GPT-4's label (`gpt4_exposure`).
    pub gpt4: Exposure,
}

/// The exposure rubric of "GPTs are GPTs" (Eloundou et al.). Written as the strings `"E0"`,
/// `"E1"`, `"E2"` so that the file converts to JSON (unit variants do not survive `ron::Value`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Exposure {
    /// No exposure.
    E0,
    /// Direct exposure: an LLM alone could cut the time of the task by at least half.
    E1,
    /// Exposure only with software built on top of an LLM.
    E2,
}

impl TryFrom<String> for Exposure {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        match s.as_str() {
            "E0" => Ok(Exposure::E0),
            "E1" => Ok(Exposure::E1),
            "E2" => Ok(Exposure::E2),
            _ => Err(format!(
                "{s:?} is not an exposure label; expected \"E0\", \"E1\" or \"E2\""
            )),
        }
    }
}

impl From<Exposure> for String {
    fn from(e: Exposure) -> String {
        e.code().to_string()
    }
}

impl Exposure {
    pub fn code(self) -> &'static str {
        match self {
            Exposure::E0 => "E0",
            Exposure::E1 => "E1",
            Exposure::E2 => "E2",
        }
    }
}

/// `ai/activities.ron`: Microsoft's intermediate work activities (IWA) per 6-digit SOC code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActivityFile {
    pub activities: Vec<Activity>,
    /// SOC code (`29-2091`) -> the IWA ids linked to it.
    pub soc: BTreeMap<String, Vec<String>>,
}

/// One IWA with the published per-IWA metrics of "Working with AI" (Tomlinson et al.).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub id: String,
    pub title: String,
    /// `None` where the published file leaves the cell empty.
    pub share_user: Option<f64>,
    pub share_ai: Option<f64>,
    pub completion_user: Option<f64>,
    pub completion_ai: Option<f64>,
    pub impact_scope_user: Option<f64>,
    pub impact_scope_ai: Option<f64>,
}

/// The share above which the paper counts an IWA as covered by observed AI use.
pub const ACTIVITY_SHARE_THRESHOLD: f64 = 0.0005;

impl Activity {
    /// Observed applicability: completion x impact scope on each side (user goal, AI action),
    /// counted only where that side's share exceeds the threshold, the two sides averaged.
    /// A side with an empty cell counts as not covered.
    pub fn applicability(&self) -> f64 {
        let side = |share: Option<f64>, completion: Option<f64>, scope: Option<f64>| match (
            share, completion, scope,
        ) {
            (Some(share), Some(c), Some(s)) if share > ACTIVITY_SHARE_THRESHOLD => c * s,
            _ => 0.0,
        };
        (side(
            self.share_user,
            self.completion_user,
            self.impact_scope_user,
        ) + side(self.share_ai, self.completion_ai, self.impact_scope_ai))
            / 2.0
    }
}

/// `outlook/yearly.ron`: COPS 2024-2033 year by year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearlyFile {
    pub units: Vec<YearlyOutlook>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearlyOutlook {
    pub code: String,
    pub years: Vec<OutlookYear>,
}

/// One year of COPS; `None` where COPS publishes `N/A`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutlookYear {
    pub year: u16,
    pub employment: Option<i64>,
    pub job_openings: Option<i64>,
    pub job_seekers: Option<i64>,
    pub immigrants: Option<i64>,
}

/// Relative paths of the deep files.
pub const OASIS_DIR: &str = "oasis";
pub const OASIS_GUIDE: &str = "oasis/guide.ron";
pub const TASKS_DIR: &str = "ai/tasks";
pub const ACTIVITIES: &str = "ai/activities.ron";
pub const YEARLY: &str = "outlook/yearly.ron";

/// A deep file's text, kept until first use.
#[derive(Debug, Clone)]
pub struct DeepText {
    pub display: String,
    pub text: Cow<'static, str>,
    /// Embedded files only (crate-only: see `data::SourceFile::json`).
    pub(crate) json: Option<&'static str>,
    /// A file left on disk until first use (a `--data` directory read through its prepared
    /// copy, whose text was not read at start): `text` is then empty.
    pub(crate) on_disk: Option<OnDisk>,
}

/// Where a deep file left on disk is, and how it is read: its text, only if its content is
/// still what was checked when the data was loaded (the data layer provides `read`).
#[derive(Debug, Clone)]
pub struct OnDisk {
    pub path: std::path::PathBuf,
    pub hash: [u64; 2],
    pub read: fn(&std::path::Path, [u64; 2]) -> Result<String, String>,
}

/// What asking for a deep file gives.
#[derive(Debug, Clone, PartialEq)]
pub enum Loaded<T> {
    Ok(T),
    /// The data directory has no such file.
    NotLoaded,
    /// The file is there but does not parse: the located message.
    Broken(String),
}

impl<T> Loaded<T> {
    pub fn ok(&self) -> Option<&T> {
        match self {
            Loaded::Ok(v) => Some(v),
            _ => None,
        }
    }
}

type Cell<T> = OnceLock<Arc<Loaded<T>>>;

/// The deep files of a dataset, each parsed on first use and kept.
#[derive(Debug, Default)]
pub struct DeepData {
    files: BTreeMap<String, DeepText>,
    guide: Cell<OasisGuideFile>,
    activities: Cell<ActivityFile>,
    yearly: Cell<YearlyFile>,
    oasis: BTreeMap<String, Cell<OasisFile>>,
    tasks: BTreeMap<String, Cell<TaskFile>>,
}

impl Clone for DeepData {
    fn clone(&self) -> Self {
        let mut copy = DeepData::new(self.files.clone());
        copy.guide = self.guide.clone();
        copy.activities = self.activities.clone();
        copy.yearly = self.yearly.clone();
        copy
    }
}

/// Whether `rel` names a deep file.
pub fn is_deep(rel: &str) -> bool {
    let in_dir = |dir: &str| {
        rel.strip_prefix(dir)
            .and_then(|r| r.strip_prefix('/'))
            .is_some_and(|name| !name.contains('/') && name.ends_with(".ron"))
    };
    in_dir(OASIS_DIR) || in_dir(TASKS_DIR) || rel == ACTIVITIES || rel == YEARLY
}

impl DeepData {
    /// Deep files by relative path.
    pub fn new(files: BTreeMap<String, DeepText>) -> Self {
        DeepData {
            oasis: majors(&files, OASIS_DIR),
            tasks: majors(&files, TASKS_DIR),
            files,
            ..Default::default()
        }
    }

    /// A deep file's text by relative path.
    pub fn source(&self, rel: &str) -> Option<&DeepText> {
        self.files.get(rel)
    }

    /// The relative paths of the deep files present.
    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }

    fn load<T: serde::de::DeserializeOwned>(&self, rel: &str) -> Loaded<T> {
        let Some(file) = self.files.get(rel) else {
            return Loaded::NotLoaded;
        };
        if let Some(json) = file.json
            && let Ok(value) = serde_json::from_str(json)
        {
            // Embedded: its JSON and RON pages go back to the kernel (`embedded_pages`).
            crate::embedded_pages::release(json.as_bytes());
            if let std::borrow::Cow::Borrowed(text) = file.text {
                crate::embedded_pages::release(text.as_bytes());
            }
            return Loaded::Ok(value);
        }
        let read;
        let text: &str = match &file.on_disk {
            Some(d) => {
                read = match (d.read)(&d.path, d.hash) {
                    Ok(text) => text,
                    Err(e) => return Loaded::Broken(format!("{}: {e}", file.display)),
                };
                &read
            }
            None => &file.text,
        };
        match ron::Options::default().from_str(text) {
            Ok(value) => Loaded::Ok(value),
            Err(e) => Loaded::Broken(format!(
                "{}:{}:{}: {}",
                file.display, e.span.start.line, e.span.start.col, e.code
            )),
        }
    }

    /// Parse every deep file now (for a background thread after the first frame, so that no
    /// selection ever waits for a parse).
    pub fn preload(&self) {
        self.guide();
        self.activities();
        self.yearly();
        for major in self.oasis.keys() {
            self.oasis_major(major);
        }
        for major in self.tasks.keys() {
            self.tasks_major(major);
        }
    }

    /// Whether everything a unit group of major group `major` (`"32"`) needs is parsed, so
    /// that its sections compute without parsing.
    pub fn is_parsed(&self, major: &str) -> bool {
        self.guide.get().is_some()
            && self.activities.get().is_some()
            && self.yearly.get().is_some()
            && self.oasis.get(major).is_none_or(|c| c.get().is_some())
            && self.tasks.get(major).is_none_or(|c| c.get().is_some())
    }

    /// Parse now what a unit group of major group `major` needs (for a thread, so that a
    /// selection does not wait for it).
    pub fn parse_major(&self, major: &str) {
        self.guide();
        self.activities();
        self.yearly();
        self.oasis_major(major);
        self.tasks_major(major);
    }

    pub fn guide(&self) -> Arc<Loaded<OasisGuideFile>> {
        self.guide
            .get_or_init(|| Arc::new(self.load(OASIS_GUIDE)))
            .clone()
    }

    pub fn activities(&self) -> Arc<Loaded<ActivityFile>> {
        self.activities
            .get_or_init(|| Arc::new(self.load(ACTIVITIES)))
            .clone()
    }

    pub fn yearly(&self) -> Arc<Loaded<YearlyFile>> {
        self.yearly
            .get_or_init(|| Arc::new(self.load(YEARLY)))
            .clone()
    }

    /// The OaSIS file of a major group (`"32"`).
    pub fn oasis_major(&self, major: &str) -> Arc<Loaded<OasisFile>> {
        match self.oasis.get(major) {
            Some(cell) => cell
                .get_or_init(|| Arc::new(self.load(&format!("{OASIS_DIR}/{major}.ron"))))
                .clone(),
            None => Arc::new(Loaded::NotLoaded),
        }
    }

    /// The AI task file of a major group (`"32"`).
    pub fn tasks_major(&self, major: &str) -> Arc<Loaded<TaskFile>> {
        match self.tasks.get(major) {
            Some(cell) => cell
                .get_or_init(|| Arc::new(self.load(&format!("{TASKS_DIR}/{major}.ron"))))
                .clone(),
            None => Arc::new(Loaded::NotLoaded),
        }
    }
}

/// A lazy cell per major-group file (`DIR/NN.ron`) present.
fn majors<T>(files: &BTreeMap<String, DeepText>, dir: &str) -> BTreeMap<String, Cell<T>> {
    files
        .keys()
        .filter_map(|rel| {
            let name = rel
                .strip_prefix(dir)?
                .strip_prefix('/')?
                .strip_suffix(".ron")?;
            (name.len() == 2).then(|| (name.to_string(), Cell::default()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn activity(share_user: f64, share_ai: Option<f64>) -> Activity {
        Activity {
            id: "4.A.1.a.1.I02".into(),
            title: "Read documents or materials to inform work processes.".into(),
            share_user: Some(share_user),
            share_ai,
            completion_user: Some(0.8),
            completion_ai: Some(0.5),
            impact_scope_user: Some(0.5),
            impact_scope_ai: Some(0.4),
        }
    }

    #[test]
    fn applicability_counts_a_side_only_above_the_share_threshold() {
        // Both sides above: (0.8 x 0.5 + 0.5 x 0.4) / 2.
        let both = activity(0.01, Some(0.01)).applicability();
        assert!((both - 0.3).abs() < 1e-12, "{both}");
        // The AI side at the threshold (not above) and the user side above: 0.4 / 2.
        let user = activity(0.01, Some(ACTIVITY_SHARE_THRESHOLD)).applicability();
        assert!((user - 0.2).abs() < 1e-12, "{user}");
        // An empty cell counts as not covered; below the threshold on the user side too.
        assert_eq!(activity(0.0001, None).applicability(), 0.0);
    }

    #[test]
    fn exposure_labels_read_and_write_as_strings() {
        assert_eq!(Exposure::try_from("E2".to_string()), Ok(Exposure::E2));
        assert!(Exposure::try_from("E3".to_string()).is_err());
        assert_eq!(String::from(Exposure::E0), "E0");
    }

    #[test]
    fn deep_paths_are_recognised() {
        assert!(is_deep("oasis/32.ron"));
        assert!(is_deep("oasis/guide.ron"));
        assert!(is_deep("ai/tasks/32.ron"));
        assert!(is_deep("ai/activities.ron"));
        assert!(is_deep("outlook/yearly.ron"));
        assert!(!is_deep("figures/ai.ron"));
        assert!(!is_deep("ai/tasks/x/32.ron"));
    }
}
