//! The deep files: OaSIS profiles and ratings, AI task labels, work activities and the yearly
//! COPS series. They are large and an occupation reads a small part of each, so the loader
//! keeps their text, finds once where each unit group's part lies (`split`), and decodes one
//! unit group's part when it is asked for, keeping the last few (see [`DeepData`]).

mod ron_split;
mod split;
mod store;

pub use store::DeepData;

use ron_split::Part;
use serde::{Deserialize, Serialize};
use split::{DeepFile, KeyOf, Keyed, Parts, Split};
use std::borrow::Cow;
use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex, OnceLock};

/// The keys of a RON split's parts, field by field (see `DeepFile::part_keys`).
type PartKeys = Option<Vec<Vec<String>>>;

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
        split::unit_of(&self.code)
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

/// A deep file's text, from which a unit group's part is decoded when asked for.
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
    /// The file opened through the guarded reader, for reading one unit group's part of it
    /// alone once it has been split (each part is used only if its bytes are those split).
    pub open: fn(&std::path::Path) -> Result<std::fs::File, String>,
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

    /// The same state, with the value changed by `f`.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Loaded<U> {
        match self {
            Loaded::Ok(v) => Loaded::Ok(f(v)),
            Loaded::NotLoaded => Loaded::NotLoaded,
            Loaded::Broken(e) => Loaded::Broken(e),
        }
    }
}

/// How many unit groups' deep parts are kept, the last asked for (the explorer shows one at a
/// time; `show` and the handout ask for the same one several times).
pub const UNITS_KEPT: usize = 4;

/// What one unit group's deep sections read, decoded from the deep files alone: nothing of
/// another unit group is decoded or kept.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitDeep {
    pub code: String,
    /// Its OaSIS profiles (`oasis/NN.ron`), in the file's order.
    pub oasis: Loaded<Vec<OasisProfile>>,
    /// Its entry of `ai/tasks/NN.ron` (the first with its code).
    pub tasks: Loaded<Option<UnitTasks>>,
    /// What `ai/activities.ron` links to the SOC codes its tasks' O*NET occupations have (not
    /// read, and empty, without its tasks).
    pub activities: Loaded<UnitActivities>,
    /// Its series of `outlook/yearly.ron` (the first with its code).
    pub yearly: Loaded<Option<YearlyOutlook>>,
}

/// The part of `ai/activities.ron` a unit group's O*NET occupations reach.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UnitActivities {
    /// SOC code -> the IWA ids linked to it, for the SOC codes asked for that the file has.
    pub soc: BTreeMap<String, Vec<String>>,
    /// The activities those ids name, as a search of the file's list (sorted by id) finds
    /// them; an id it lacks is absent.
    pub activities: BTreeMap<String, Activity>,
}

/// The SOC code (`29-2091`) of an O*NET-SOC code (`29-2091.00`): `ai/activities.ron`'s key.
pub fn soc_of(onet: &str) -> String {
    onet.chars().take(7).collect()
}

impl Keyed for OasisProfile {
    fn key(&self) -> &str {
        self.unit()
    }
}

impl Keyed for UnitTasks {
    fn key(&self) -> &str {
        &self.code
    }
}

impl Keyed for YearlyOutlook {
    fn key(&self) -> &str {
        &self.code
    }
}

impl Keyed for Activity {
    fn key(&self) -> &str {
        &self.id
    }
}

impl DeepFile for OasisFile {
    const FIELDS: &'static [(&'static str, KeyOf)] = &[("profiles", KeyOf::UnitOfCode)];

    fn part_keys(&self, _: &str, parts: &[Vec<Part>], _: &ron::Options) -> PartKeys {
        Some(vec![split::list_keys(&self.profiles, parts.first()?)?])
    }
}

impl DeepFile for TaskFile {
    const FIELDS: &'static [(&'static str, KeyOf)] = &[("units", KeyOf::Field("code"))];

    fn part_keys(&self, _: &str, parts: &[Vec<Part>], _: &ron::Options) -> PartKeys {
        Some(vec![split::list_keys(&self.units, parts.first()?)?])
    }
}

impl DeepFile for YearlyFile {
    const FIELDS: &'static [(&'static str, KeyOf)] = &[("units", KeyOf::Field("code"))];

    fn part_keys(&self, _: &str, parts: &[Vec<Part>], _: &ron::Options) -> PartKeys {
        Some(vec![split::list_keys(&self.units, parts.first()?)?])
    }
}

impl DeepFile for ActivityFile {
    const FIELDS: &'static [(&'static str, KeyOf)] =
        &[("activities", KeyOf::Field("id")), ("soc", KeyOf::MapKey)];

    fn part_keys(&self, text: &str, parts: &[Vec<Part>], o: &ron::Options) -> PartKeys {
        Some(vec![
            split::list_keys(&self.activities, parts.first()?)?,
            split::map_keys(&self.soc, text, parts.get(1)?, o)?,
        ])
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

    /// A split whose parts do not hold their elements (here each holds the other's): the
    /// part decoded has another key, and the whole file is parsed instead.
    #[test]
    fn a_part_that_does_not_hold_its_element_is_read_from_the_whole_file() {
        let text = r#"YearlyFile(units: [
            YearlyOutlook(code: "00010", years: []),
            YearlyOutlook(code: "00011", years: [OutlookYear(year: 2024, employment: Some(5), job_openings: None, job_seekers: None, immigrants: None)]),
        ])"#;
        let file = DeepText {
            display: YEARLY.to_string(),
            text: Cow::Borrowed(text),
            json: None,
            on_disk: None,
        };
        let deep = DeepData::new(BTreeMap::from([(YEARLY.to_string(), file)]));
        let at = |code: &str| {
            let start = text
                .find(&format!("YearlyOutlook(code: \"{code}\""))
                .unwrap();
            let end = start + text[start..].find("]),").unwrap() + 2;
            start..end
        };
        let mut swapped = split::Ranges::default();
        swapped.push("00010", at("00011")).unwrap();
        swapped.push("00011", at("00010")).unwrap();
        let whole: YearlyFile = ron::from_str(text).unwrap();
        let Split::Ron(right, _) = split::ron_split(text, &whole) else {
            panic!("not split");
        };
        for code in ["00010", "00011"] {
            assert_eq!(right[0].first(code), Some(at(code)));
        }
        deep.yearly
            .set(Loaded::Ok(Split::Ron(vec![swapped], Default::default())))
            .unwrap();
        for (i, code) in ["00010", "00011"].into_iter().enumerate() {
            let want = Loaded::Ok(Some(whole.units[i].clone()));
            assert_eq!(deep.unit(code).yearly, want, "{code}");
        }
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
