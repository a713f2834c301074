//! Everything an occupation's deep panes need, from the deep files: OaSIS profiles, skills and
//! fit, the AI tasks and work activities, and the yearly outlook. One call, [`for_unit`],
//! reads the unit group's part of the deep files (`DeepData::unit`), and nothing else.

mod closeness;
mod oasis;
mod tasks;
mod yearly;

pub use closeness::{OnetLink, WEAK_SHARE};
pub use oasis::{Interest, OasisSection, ProfileFact, RatedFact};
pub use tasks::{ActivityFact, AiTasksSection, EXPOSURE_LINE, TaskFact, TaskGroup};
pub use yearly::{YearlySection, YearlySeries};

use super::SourceRef;
use crate::model::Dataset;
use crate::model::depth::Loaded;
use serde::Serialize;

pub const OASIS: SourceRef = SourceRef {
    publisher: "Employment and Social Development Canada",
    dataset: "OaSIS (Occupational and Skills Information System) 2023",
    vintage: "version 1.0, 2023",
};
pub const TASKS: SourceRef = SourceRef {
    publisher: "Eloundou et al. (Science 2024), O*NET task statements; Brookfield Institute crosswalk",
    dataset: "GPTs are GPTs task labels (human and GPT-4) for O*NET tasks; NOC 2021 -> O*NET 26",
    vintage: "2024 (labels), O*NET 27-era tasks, 2022 (crosswalk)",
};
pub const ACTIVITIES: SourceRef = SourceRef {
    publisher: "Tomlinson et al. (Microsoft Research, 2025)",
    dataset: "Working with AI: work activities (IWA) seen in Copilot conversations",
    vintage: "2025 (conversations of 2024)",
};
pub const YEARLY: SourceRef = SourceRef {
    publisher: "Employment and Social Development Canada",
    dataset: "Canadian Occupational Projection System (COPS) 2024-2033, yearly tables",
    vintage: "2024 projection cycle, years 2023 to 2033",
};

/// Whether a section's file could be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "state", content = "detail")]
pub enum Status {
    /// The file is loaded and has this unit group.
    Loaded,
    /// The file is loaded but our copy has nothing for this unit group (the detail says why).
    NoData(DepthGap),
    /// The data directory has no such file.
    NotLoaded,
    /// The file is there but could not be read (the located message).
    Broken(String),
}

impl Status {
    fn of<T>(loaded: &Loaded<T>) -> Option<Status> {
        match loaded {
            Loaded::Ok(_) => None,
            Loaded::NotLoaded => Some(Status::NotLoaded),
            Loaded::Broken(e) => Some(Status::Broken(e.clone())),
        }
    }

    /// In users' words, for a pane.
    pub fn text(&self) -> String {
        match self {
            Status::Loaded => "loaded".to_string(),
            Status::NoData(why) => why.describe(),
            Status::NotLoaded => "not loaded (the data file is missing)".to_string(),
            Status::Broken(e) => format!("not loaded: {e}"),
        }
    }
}

/// Why our copy of a deep file has nothing for a unit group, as a value: the interface words
/// it in its language; `describe` is the English (JSON and the command line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DepthGap {
    /// The NOC-O*NET crosswalk has no row for the unit group.
    NoCrosswalkRow,
    /// The crosswalk reaches these O*NET occupations ("code title"), none of them labelled.
    NoLabelledTasks(Vec<String>),
    /// No Working with AI activity is linked to the O*NET occupations reached.
    NoActivities,
    /// No OaSIS profile for the unit group.
    NoOasisProfile,
    /// No yearly COPS series for the unit group.
    NoYearlySeries,
}

impl DepthGap {
    pub fn describe(&self) -> String {
        match self {
            DepthGap::NoCrosswalkRow => "no AI task labels: the NOC-O*NET crosswalk this app uses has no row for this unit group".to_string(),
            DepthGap::NoLabelledTasks(reached) => format!(
                "no AI task labels: the crosswalk reaches {}, which the GPTs-are-GPTs label set this app uses has no tasks for",
                reached.join(", ")
            ),
            DepthGap::NoActivities => "no work activities: the Working with AI files this app uses link none to the O*NET occupations this unit group reaches".to_string(),
            DepthGap::NoOasisProfile => "no OaSIS profile for this unit group in the OaSIS 2023 files this app uses".to_string(),
            DepthGap::NoYearlySeries => "no yearly series for this unit group in the COPS 2024-2033 tables this app uses".to_string(),
        }
    }
}

impl Serialize for DepthGap {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.describe())
    }
}

/// The deep sections of one unit group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DepthFacts {
    pub code: String,
    pub oasis: OasisSection,
    pub ai: AiTasksSection,
    pub outlook: YearlySection,
}

/// Build every deep section of a unit group (decodes its part of the deep files unless it is
/// one of the last few asked for).
pub fn for_unit(ds: &Dataset, code: &str) -> DepthFacts {
    let deep = ds.deep.unit(code);
    DepthFacts {
        code: code.to_string(),
        oasis: oasis::section(ds, &deep),
        ai: tasks::section(ds, &deep),
        outlook: yearly::section(&deep),
    }
}

/// How many unit groups each deep section covers (decodes every unit group's part in turn).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DepthCoverage {
    pub oasis: usize,
    pub skills: usize,
    pub interests: usize,
    pub ai_tasks: usize,
    pub outlook_yearly: usize,
}

pub fn coverage(ds: &Dataset) -> DepthCoverage {
    let mut c = DepthCoverage {
        oasis: 0,
        skills: 0,
        interests: 0,
        ai_tasks: 0,
        outlook_yearly: 0,
    };
    for unit in &ds.units {
        let d = for_unit(ds, &unit.code);
        c.oasis += usize::from(!d.oasis.profiles.is_empty());
        c.skills += usize::from(!d.oasis.skills.is_empty());
        c.interests += usize::from(!d.oasis.interests.is_empty());
        c.ai_tasks += usize::from(!d.ai.tasks.is_empty());
        c.outlook_yearly += usize::from(d.outlook.yearly.iter().any(|y| y.employment.is_some()));
    }
    c
}

/// A share as a whole per cent, for text.
pub fn percent(share: f64) -> String {
    crate::locale::percent(crate::locale::Lang::En, share)
}

/// Add the deep sections to an occupation's JSON (`show --format json`): `oasis`, `skills`,
/// `interests`, `attributes`, `work_context` at the top; `ai.tasks`, `ai.activities` and the
/// rest of the AI section inside `ai`; `outlook.yearly` inside `outlook`.
pub fn extend_json(value: &mut serde_json::Value, d: &DepthFacts) {
    use serde_json::{Value, json};
    let Value::Object(map) = value else {
        return;
    };
    map.insert(
        "oasis".to_string(),
        json!({
            "status": d.oasis.status,
            "source": d.oasis.source,
            "profiles": d.oasis.profiles,
            "work_context_rule": d.oasis.work_context_rule,
        }),
    );
    map.insert("skills".to_string(), json!(d.oasis.skills));
    map.insert("interests".to_string(), json!(d.oasis.interests));
    map.insert("attributes".to_string(), json!(d.oasis.attributes));
    map.insert("work_context".to_string(), json!(d.oasis.work_context));
    let ai = map.entry("ai").or_insert_with(|| json!({}));
    if let (Value::Object(ai), Ok(Value::Object(extra))) = (ai, serde_json::to_value(&d.ai)) {
        for (k, v) in extra {
            let key = match k.as_str() {
                "status" => "tasks_status".to_string(),
                "source" => "tasks_source".to_string(),
                _ => k,
            };
            ai.insert(key, v);
        }
    }
    let outlook = map.entry("outlook").or_insert_with(|| json!({}));
    if let Value::Object(outlook) = outlook {
        outlook.insert("yearly".to_string(), json!(d.outlook.yearly));
        outlook.insert("yearly_status".to_string(), json!(d.outlook.status));
        outlook.insert("yearly_source".to_string(), json!(d.outlook.source));
        outlook.insert("yearly_missing".to_string(), json!(d.outlook.missing));
    }
}
