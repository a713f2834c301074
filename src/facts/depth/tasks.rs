//! The AI impact in tasks: the labelled O*NET tasks of the occupations a unit group reaches
//! through the crosswalk, in three groups, and the work activities ranked by observed AI
//! applicability.
//!
//! A task is grouped by its human label (`human_exposure_agg`, the annotators' label); GPT-4's
//! label is shown beside it and a disagreement is flagged. This choice is ours.

use super::closeness::OnetLink;
use super::{ACTIVITIES, DepthGap, Status, TASKS};
use crate::facts::SourceRef;
use crate::model::Dataset;
use crate::model::depth::{ACTIVITY_SHARE_THRESHOLD, Exposure, UnitDeep, soc_of};
use serde::Serialize;

/// What E0, E1 and E2 mean, in one line.
pub const EXPOSURE_LINE: &str = "E1: an LLM alone could cut the time of the task in half at equal quality; E2: only with software built on an LLM; E0: not exposed, stays human.";
pub const GROUPING: &str =
    "Grouped by the human annotators' label; GPT-4's label is shown where it differs.";
/// How many work activities are listed, at most.
pub const TOP_ACTIVITIES: usize = 10;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskFact {
    pub task: String,
    /// O*NET-SOC code of the occupation the task belongs to.
    pub onet: String,
    pub onet_title: String,
    pub human: &'static str,
    pub gpt4: &'static str,
    /// The human and GPT-4 labels differ.
    pub disagree: bool,
}

/// One of the three groups, in the order E1, E2, E0.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskGroup {
    pub label: &'static str,
    pub meaning: &'static str,
    pub count: usize,
    /// Of all the labelled tasks of the matched occupations.
    pub share: f64,
    pub disagreements: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActivityFact {
    pub id: String,
    pub title: String,
    /// Completion x impact scope, averaged over the user and AI sides, each counted only when
    /// its share of conversations exceeds the paper's threshold.
    pub applicability: f64,
    /// The SOC occupations (6 digits) of the unit group that perform it.
    pub soc: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AiTasksSection {
    pub status: Status,
    pub source: SourceRef,
    pub explanation: &'static str,
    pub grouping: &'static str,
    /// The O*NET occupations reached, with their titles, closest to the unit group first.
    pub onet: Vec<(String, String)>,
    /// The same occupations with our closeness measure and how many tasks come from each.
    pub links: Vec<OnetLink>,
    pub groups: Vec<TaskGroup>,
    /// Every task, E1 first, then E2, then E0 (file order within a group).
    pub tasks: Vec<TaskFact>,
    pub activities_status: Status,
    pub activities_source: SourceRef,
    /// Ranked by applicability, highest first; only those above zero (at most 10).
    pub activities: Vec<ActivityFact>,
    /// How many work activities the unit group's occupations have, and how many were seen
    /// in AI use above the share threshold.
    pub activities_total: usize,
    pub activities_counted: usize,
    pub activity_threshold: f64,
}

const ORDER: [(Exposure, &str); 3] = [
    (Exposure::E1, "an LLM alone could cut the time in half"),
    (Exposure::E2, "exposed with LLM-powered software"),
    (Exposure::E0, "not exposed: stays human"),
];

pub(super) fn section(ds: &Dataset, deep: &UnitDeep) -> AiTasksSection {
    let code = deep.code.as_str();
    let mut s = AiTasksSection {
        status: Status::Loaded,
        source: TASKS,
        explanation: EXPOSURE_LINE,
        grouping: GROUPING,
        onet: Vec::new(),
        links: Vec::new(),
        groups: Vec::new(),
        tasks: Vec::new(),
        activities_status: Status::Loaded,
        activities_source: ACTIVITIES,
        activities: Vec::new(),
        activities_total: 0,
        activities_counted: 0,
        activity_threshold: ACTIVITY_SHARE_THRESHOLD,
    };
    if let Some(status) = Status::of(&deep.tasks) {
        s.status = status.clone();
        s.activities_status = status;
        return s;
    }
    let Some(Some(unit)) = deep.tasks.ok() else {
        s.status = Status::NoData(DepthGap::NoCrosswalkRow);
        s.activities_status = Status::NoData(DepthGap::NoCrosswalkRow);
        return s;
    };
    s.links = match ds.unit(code) {
        Some(noc) => super::closeness::rank(noc, &unit.occupations),
        None => Vec::new(),
    };
    // The occupations in the links' order, closest first (the crosswalk's without the group).
    let mut occupations: Vec<&crate::model::depth::OnetTasks> = unit.occupations.iter().collect();
    if !s.links.is_empty() {
        occupations.sort_by_key(|o| s.links.iter().position(|l| l.onet == o.onet));
    }
    s.onet = occupations
        .iter()
        .map(|o| (o.onet.clone(), o.title.clone()))
        .collect();
    let total: usize = unit.occupations.iter().map(|o| o.tasks.len()).sum();
    if total == 0 {
        let names: Vec<String> = s.onet.iter().map(|(c, t)| format!("{c} {t}")).collect();
        s.status = Status::NoData(DepthGap::NoLabelledTasks(names));
    }
    for (label, meaning) in ORDER {
        let mut count = 0;
        let mut disagreements = 0;
        for o in &occupations {
            for t in o.tasks.iter().filter(|t| t.human == label) {
                count += 1;
                disagreements += usize::from(t.gpt4 != t.human);
                s.tasks.push(TaskFact {
                    task: t.task.clone(),
                    onet: o.onet.clone(),
                    onet_title: o.title.clone(),
                    human: t.human.code(),
                    gpt4: t.gpt4.code(),
                    disagree: t.gpt4 != t.human,
                });
            }
        }
        if total > 0 {
            s.groups.push(TaskGroup {
                label: label.code(),
                meaning,
                count,
                share: count as f64 / total as f64,
                disagreements,
            });
        }
    }
    activities(deep, &mut s);
    s
}

fn activities(deep: &UnitDeep, s: &mut AiTasksSection) {
    let file = &deep.activities;
    if let Some(status) = Status::of(file) {
        s.activities_status = status;
        return;
    }
    let Some(file) = file.ok() else {
        return;
    };
    let mut socs: Vec<String> = s.onet.iter().map(|(c, _)| soc_of(c)).collect();
    socs.dedup();
    let mut found: Vec<ActivityFact> = Vec::new();
    for soc in &socs {
        for id in file.soc.get(soc).into_iter().flatten() {
            if let Some(a) = found.iter_mut().find(|a| &a.id == id) {
                if !a.soc.contains(soc) {
                    a.soc.push(soc.clone());
                }
                continue;
            }
            if let Some(a) = file.activities.get(id) {
                found.push(ActivityFact {
                    id: a.id.clone(),
                    title: a.title.clone(),
                    applicability: a.applicability(),
                    soc: vec![soc.clone()],
                });
            }
        }
    }
    if found.is_empty() {
        s.activities_status = Status::NoData(DepthGap::NoActivities);
        return;
    }
    s.activities_total = found.len();
    found.retain(|a| a.applicability > 0.0);
    s.activities_counted = found.len();
    found.sort_by(|a, b| {
        b.applicability
            .total_cmp(&a.applicability)
            .then(a.id.cmp(&b.id))
    });
    found.truncate(TOP_ACTIVITIES);
    s.activities = found;
}
