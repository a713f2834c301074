//! OaSIS per unit group: its profiles, the skills and knowledge to build, who the job suits
//! (Holland interests, personal attributes) and the work context that stands out.

use super::{DepthGap, OASIS, Status};
use crate::facts::SourceRef;
use crate::model::Dataset;
use crate::model::depth::{Descriptor, OasisProfile, UnitDeep};
use serde::Serialize;
use std::collections::HashMap;

/// How many skills, knowledge areas and personal attributes are listed, at most.
pub const TOP_SKILLS: usize = 8;
pub const TOP_KNOWLEDGE: usize = 5;
pub const TOP_ABILITIES: usize = 5;
pub const TOP_ATTRIBUTES: usize = 5;
/// A hazard, physical demand or outdoor setting stands out at this rating or above (of 5).
pub const STANDOUT_AT: u8 = 4;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProfileFact {
    pub code: String,
    pub label: String,
    pub lead: Option<String>,
    pub workplaces: Vec<String>,
}

/// A rated descriptor: its name, the rating and the scale the guide gives for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RatedFact {
    pub id: String,
    pub name: String,
    /// Skills, Knowledge, Personal Attributes, Work Context.
    pub family: String,
    pub level: u8,
    /// The guide's scale in its words, e.g. "proficiency level on a scale of 1-5".
    pub scale: String,
    /// The OaSIS profile the rating comes from (the highest among the unit group's profiles).
    pub profile: String,
    /// For work context: why it is listed (schedule, hazard, physical demand, outdoors, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Interest {
    /// R, I, A, S, E or C.
    pub code: String,
    pub name: String,
    /// The guide's description of the interest type.
    pub meaning: String,
    /// Whether some profile lists it as a strong interest (upper case in OaSIS).
    pub strong: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OasisSection {
    pub status: Status,
    pub source: SourceRef,
    pub profiles: Vec<ProfileFact>,
    /// Top-rated skills then knowledge areas.
    pub skills: Vec<RatedFact>,
    pub interests: Vec<Interest>,
    pub attributes: Vec<RatedFact>,
    pub work_context: Vec<RatedFact>,
    /// The rule that picked the work context, in users' words.
    pub work_context_rule: &'static str,
}

pub const WORK_CONTEXT_RULE: &str = "Schedule and hours are always shown; hazards, environmental conditions, physical demands and outdoor work are shown when rated 4 or 5 of 5.";

const HOLLAND: [(&str, &str); 6] = [
    ("R", "Realistic"),
    ("I", "Investigative"),
    ("A", "Artistic"),
    ("S", "Social"),
    ("E", "Enterprising"),
    ("C", "Conventional"),
];

/// Why a work-context descriptor is listed, by its guide id, or `None` if it never is.
fn context_kind(id: &str) -> Option<(&'static str, bool)> {
    // (why, always shown)
    match id {
        "J01c03" | "J01c04" => Some(("schedule", true)),
        "J02b05" | "J02b06" => Some(("outdoors", false)),
        _ if id.starts_with("J02a") => Some(("hazard", false)),
        _ if id.starts_with("J02c") => Some(("environmental condition", false)),
        _ if id.starts_with("J03") => Some(("physical demand", false)),
        _ => None,
    }
}

/// The highest rating of each descriptor among the profiles, with the profile it comes from.
fn best_ratings<'a>(profiles: &[&'a OasisProfile]) -> HashMap<&'a str, (u8, &'a str)> {
    let mut best: HashMap<&str, (u8, &str)> = HashMap::new();
    for p in profiles {
        for (id, &v) in &p.ratings {
            let e = best.entry(id.as_str()).or_insert((v, p.code.as_str()));
            if v > e.0 {
                *e = (v, p.code.as_str());
            }
        }
    }
    best
}

fn rated(d: &Descriptor, level: u8, profile: &str, why: Option<&'static str>) -> RatedFact {
    RatedFact {
        id: d.id.clone(),
        name: d.name.clone(),
        family: d.family.clone(),
        level,
        scale: d
            .scale
            .clone()
            .unwrap_or_else(|| "scale not given in the OaSIS guide".to_string()),
        profile: profile.to_string(),
        why,
    }
}

/// The top `n` rated descriptors of a family, highest first (ties in guide order), rated > 0.
fn top(
    guide: &[Descriptor],
    best: &HashMap<&str, (u8, &str)>,
    family: &str,
    n: usize,
) -> Vec<RatedFact> {
    let mut out: Vec<RatedFact> = guide
        .iter()
        .filter(|d| d.family == family)
        .filter_map(|d| {
            let &(level, profile) = best.get(d.id.as_str())?;
            (level > 0).then(|| rated(d, level, profile, None))
        })
        .collect();
    out.sort_by_key(|r| std::cmp::Reverse(r.level));
    out.truncate(n);
    out
}

pub(super) fn section(ds: &Dataset, deep: &UnitDeep) -> OasisSection {
    let mut s = OasisSection {
        status: Status::Loaded,
        source: OASIS,
        profiles: Vec::new(),
        skills: Vec::new(),
        interests: Vec::new(),
        attributes: Vec::new(),
        work_context: Vec::new(),
        work_context_rule: WORK_CONTEXT_RULE,
    };
    let guide_file = ds.deep.guide();
    if let Some(status) = Status::of(&deep.oasis).or_else(|| Status::of(&guide_file)) {
        s.status = status;
        return s;
    }
    let (Some(profiles), Some(guide)) = (deep.oasis.ok(), guide_file.ok()) else {
        return s;
    };
    let guide = &guide.descriptors;
    let profiles: Vec<&OasisProfile> = profiles.iter().collect();
    if profiles.is_empty() {
        s.status = Status::NoData(DepthGap::NoOasisProfile);
        return s;
    }
    s.profiles = profiles
        .iter()
        .map(|p| ProfileFact {
            code: p.code.clone(),
            label: p.label.clone(),
            lead: p.lead.clone(),
            workplaces: p.workplaces.clone(),
        })
        .collect();
    let best = best_ratings(&profiles);
    s.skills = top(guide, &best, "Skills", TOP_SKILLS);
    s.skills
        .extend(top(guide, &best, "Knowledge", TOP_KNOWLEDGE));
    s.skills
        .extend(top(guide, &best, "Abilities", TOP_ABILITIES));
    s.attributes = top(guide, &best, "Personal Attributes", TOP_ATTRIBUTES);
    s.work_context = guide
        .iter()
        .filter(|d| d.family == "Work Context")
        .filter_map(|d| {
            let (why, always) = context_kind(&d.id)?;
            let &(level, profile) = best.get(d.id.as_str())?;
            (level > 0 && (always || level >= STANDOUT_AT))
                .then(|| rated(d, level, profile, Some(why)))
        })
        .collect();
    // Interests in the order the profiles give them; strong if any profile has it upper case.
    for p in &profiles {
        for h in &p.interests {
            let upper = h.to_ascii_uppercase();
            let strong = h.chars().all(|c| c.is_ascii_uppercase());
            if let Some(i) = s.interests.iter_mut().find(|i| i.code == upper) {
                i.strong |= strong;
                continue;
            }
            let Some(&(_, name)) = HOLLAND.iter().find(|(c, _)| *c == upper) else {
                continue;
            };
            let meaning = guide
                .iter()
                .find(|d| d.family == "Interests" && d.name == name)
                .map_or_else(String::new, |d| d.definition.clone());
            s.interests.push(Interest {
                code: upper,
                name: name.to_string(),
                meaning,
                strong,
            });
        }
    }
    s
}
