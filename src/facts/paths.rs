//! Where the skills carry: an occupation's closest occupations by our similarity measure, with
//! what changes there (TEER, median pay, outlook, AI exposure, licensing), and the moves the
//! NOC itself names (supervisors and managers it points to, its other "See" links, its
//! additional information on progression).

use super::SourceRef;
use crate::model::{Dataset, UnitGroup};
use crate::rules::licensing::{self, LicensingKind};
use crate::similarity::{Measure, Rated};
use serde::Serialize;

pub const SIMILARITY_SOURCE: SourceRef = SourceRef {
    publisher: "this project (ours), from ESDC's OaSIS 2023 ratings",
    dataset: "similarity of skills, knowledge, abilities and work activities",
    vintage: "OaSIS version 1.0, 2023",
};

/// What the measure can and cannot say (ours).
pub const FRAMING: &str = "The closeness compares rated skills, knowledge, abilities and work activities, not credentials: a move can still require a licence, a registration or more schooling.";

/// A descriptor with the level the target asks and the level the occupation one leaves holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SkillLevel {
    pub id: String,
    pub name: String,
    pub family: String,
    pub asked: f32,
    pub held: f32,
    pub scale_max: u8,
}

/// One occupation the skills carry to.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathFact {
    pub code: String,
    pub title: String,
    pub title_fr: String,
    /// Our Japanese title (an unofficial translation, 非公式訳).
    #[serde(skip)]
    pub title_ja: Option<String>,
    /// From -1 to 1, rounded to two decimals (ours).
    pub similarity: f64,
    pub shared: Vec<SkillLevel>,
    pub gaps: Vec<SkillLevel>,
    pub teer: u8,
    /// The target's TEER minus this one's (positive: more schooling or experience asked).
    pub teer_delta: i8,
    /// Job Bank 2024 national median, hourly.
    pub median_hourly: Option<f64>,
    pub pay_delta: Option<f64>,
    /// COPS 2024-2033 future conditions, verbatim.
    pub outlook: Option<String>,
    pub outlook_fr: Option<String>,
    /// GPT-4 rated exposure (beta) of the target and its difference from this one's.
    pub ai_share: Option<f64>,
    pub ai_share_delta: Option<f64>,
    pub licensing: LicensingKind,
}

/// Which way a link of the NOC's own leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MoveKind {
    /// A supervisor, contractor or manager the NOC points to.
    Up,
    /// Another unit group the NOC points to from its exclusions.
    Across,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NocMove {
    pub kind: MoveKind,
    pub code: String,
    pub title: String,
    /// The NOC's own words ("Electricians supervisor").
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathsFacts {
    /// False when `similarity.ron` was not loaded: then `paths` is empty for that reason.
    pub loaded: bool,
    pub paths: Vec<PathFact>,
    pub noc_moves: Vec<NocMove>,
    /// The NOC's "Additional information" sentences (progression and mobility).
    pub noc_notes: Vec<String>,
    pub method: String,
    pub framing: &'static str,
    pub source: SourceRef,
}

/// How the closest occupations may be ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PathSort {
    /// By similarity (the measure's order).
    #[default]
    Closest,
    /// Less exposed to AI first.
    LessAi,
    /// Better COPS outlook first.
    Outlook,
    /// Higher median pay first.
    Pay,
    /// Only those asking no higher TEER, closest first.
    NoHigherTeer,
}

impl PathSort {
    pub const ALL: [PathSort; 5] = [
        PathSort::Closest,
        PathSort::LessAi,
        PathSort::Outlook,
        PathSort::Pay,
        PathSort::NoHigherTeer,
    ];

    pub fn id(self) -> &'static str {
        match self {
            PathSort::Closest => "closest",
            PathSort::LessAi => "ai",
            PathSort::Outlook => "outlook",
            PathSort::Pay => "pay",
            PathSort::NoHigherTeer => "teer",
        }
    }

    pub fn next(self) -> PathSort {
        let i = PathSort::ALL.iter().position(|s| *s == self).unwrap_or(0);
        PathSort::ALL[(i + 1) % PathSort::ALL.len()]
    }
}

/// COPS conditions from best to worst for a job seeker (a shortage first).
fn outlook_rank(label: Option<&str>) -> u8 {
    let l = label.unwrap_or("").to_ascii_lowercase();
    match () {
        _ if l.contains("strong risk of shortage") => 0,
        _ if l.contains("moderate risk of shortage") => 1,
        _ if l.contains("balance") => 2,
        _ if l.contains("moderate risk of surplus") => 3,
        _ if l.contains("strong risk of surplus") => 4,
        _ => 5,
    }
}

/// The paths in the order asked; a missing figure sorts last, ties keep the measure's order.
pub fn sorted(paths: &[PathFact], sort: PathSort) -> Vec<&PathFact> {
    let mut out: Vec<&PathFact> = paths
        .iter()
        .filter(|p| sort != PathSort::NoHigherTeer || p.teer_delta <= 0)
        .collect();
    let key = |x: Option<f64>| x.unwrap_or(f64::INFINITY);
    match sort {
        PathSort::Closest | PathSort::NoHigherTeer => {}
        PathSort::LessAi => out.sort_by(|a, b| key(a.ai_share).total_cmp(&key(b.ai_share))),
        // Higher first: the negated wage, with a missing one last.
        PathSort::Pay => out.sort_by(|a, b| {
            key(a.median_hourly.map(|m| -m)).total_cmp(&key(b.median_hourly.map(|m| -m)))
        }),
        PathSort::Outlook => out.sort_by_key(|p| outlook_rank(p.outlook.as_deref())),
    }
    out
}

fn levels(ds: &Dataset, rated: Vec<Rated>) -> Vec<SkillLevel> {
    let guide = ds.deep.guide();
    rated
        .into_iter()
        .map(|r| {
            let d = guide
                .ok()
                .and_then(|g| g.descriptors.iter().find(|d| d.id == r.id));
            SkillLevel {
                name: d.map_or_else(|| r.id.clone(), |d| d.name.clone()),
                family: d.map_or_else(String::new, |d| d.family.clone()),
                id: r.id,
                asked: r.asked,
                held: r.held,
                scale_max: r.scale_max,
            }
        })
        .collect()
}

/// The similarity of two unit groups (ours), when both have ratings.
pub fn similarity(ds: &Dataset, a: &str, b: &str) -> Option<f64> {
    let t = ds.similarity.get();
    let (i, j) = (t.position(a)?, t.position(b)?);
    Some(round2(Measure::new(t).similarity(i, j)))
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The code a NOC cross-reference points to: "Label (See 72011 Title)".
fn see_link(text: &str) -> Option<(&str, &str)> {
    let at = text.find("(See ")?;
    let code = text.get(at + 5..at + 10)?;
    code.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| (text[..at].trim(), code))
}

fn noc_moves(ds: &Dataset, unit: &UnitGroup) -> Vec<NocMove> {
    let up = [
        "supervisor",
        "contractor",
        "manager",
        "foreman",
        "forewoman",
        "chief",
        "head ",
    ];
    let mut out: Vec<NocMove> = Vec::new();
    for text in &unit.exclusions {
        let Some((label, code)) = see_link(text) else {
            continue;
        };
        let Some(target) = ds.unit(code) else {
            continue;
        };
        if code == unit.code || out.iter().any(|m| m.code == code) {
            continue;
        }
        let l = label.to_ascii_lowercase();
        let is_up = up.iter().any(|w| l.contains(w)) && target.teer <= unit.teer;
        out.push(NocMove {
            kind: if is_up {
                MoveKind::Up
            } else {
                MoveKind::Across
            },
            code: code.to_string(),
            title: target.title.clone(),
            label: label.to_string(),
        });
    }
    out.sort_by_key(|m| m.kind != MoveKind::Up);
    out
}

/// Where the skills of `unit` carry.
pub fn for_unit(ds: &Dataset, unit: &UnitGroup) -> PathsFacts {
    let table = ds.similarity.get();
    let mut paths = Vec::new();
    if let Some(i) = table.position(&unit.code) {
        let measure = Measure::new(table);
        let here_wage = super::wages(ds, &unit.code).national.map(|w| w.median);
        let here_ai = super::ai(ds, &unit.code).gpt4_beta;
        for code in &table.near[i] {
            let (Some(j), Some(target)) = (table.position(code), ds.unit(code)) else {
                continue;
            };
            let wage = super::wages(ds, code).national.map(|w| w.median);
            let outlook = super::outlook(ds, code);
            let ai = super::ai(ds, code).gpt4_beta;
            paths.push(PathFact {
                code: code.clone(),
                title: target.title.clone(),
                title_fr: target.title_fr.clone(),
                title_ja: ds.japanese_title(code).map(str::to_string),
                similarity: round2(measure.similarity(i, j)),
                shared: levels(ds, measure.shared(i, j)),
                gaps: levels(ds, measure.gaps(i, j)),
                teer: target.teer,
                teer_delta: target.teer as i8 - unit.teer as i8,
                median_hourly: wage,
                pay_delta: wage.zip(here_wage).map(|(a, b)| round2(a - b)),
                outlook: outlook.future_conditions,
                outlook_fr: outlook.future_conditions_fr,
                ai_share: ai.map(round2),
                ai_share_delta: ai.zip(here_ai).map(|(a, b)| round2(a - b)),
                licensing: licensing::licensing(&target.employment_requirements).status,
            });
        }
    }
    PathsFacts {
        loaded: !table.is_empty(),
        paths,
        noc_moves: noc_moves(ds, unit),
        noc_notes: unit
            .additional_information
            .iter()
            .map(|t| t.to_string())
            .collect(),
        method: table.method.clone(),
        framing: FRAMING,
        source: SIMILARITY_SOURCE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ds() -> Dataset {
        crate::data::load_embedded().expect("embedded data")
    }

    #[test]
    fn the_electricians_move_up_to_their_supervisors_and_across_to_other_electricians() {
        let ds = ds();
        let p = for_unit(&ds, ds.unit("72200").expect("72200"));
        assert_eq!(p.noc_moves[0].code, "72011");
        assert_eq!(p.noc_moves[0].kind, MoveKind::Up);
        assert!(
            p.noc_moves
                .iter()
                .any(|m| m.code == "72201" && m.kind == MoveKind::Across)
        );
        assert!(p.noc_notes.iter().any(|n| n.contains("supervisory")));
        assert!(p.paths.iter().any(|x| x.code == "72201"));
    }

    #[test]
    fn lab_technologists_reach_lab_assistants_one_teer_down_with_their_figures() {
        let ds = ds();
        let p = for_unit(&ds, ds.unit("32120").expect("32120"));
        let a = p
            .paths
            .iter()
            .find(|x| x.code == "33101")
            .expect("33101 near 32120");
        assert_eq!(a.teer_delta, 1);
        assert!(a.median_hourly.is_some() && a.pay_delta.is_some());
        assert!(a.similarity > 0.5 && a.similarity <= 1.0);
        assert!(!a.shared.is_empty() && a.shared.iter().all(|s| !s.name.is_empty()));
        assert!(p.paths.iter().all(|x| x.code != "32120"));
    }

    #[test]
    fn sorts_put_missing_figures_last_and_the_teer_filter_drops_higher_ones() {
        let ds = ds();
        let p = for_unit(&ds, ds.unit("33101").expect("33101"));
        let by_pay = sorted(&p.paths, PathSort::Pay);
        let pays: Vec<f64> = by_pay.iter().filter_map(|x| x.median_hourly).collect();
        assert!(pays.windows(2).all(|w| w[0] >= w[1]), "{pays:?}");
        let firsts_with_pay = by_pay
            .iter()
            .take(pays.len())
            .all(|x| x.median_hourly.is_some());
        assert!(firsts_with_pay);
        assert!(
            sorted(&p.paths, PathSort::NoHigherTeer)
                .iter()
                .all(|x| x.teer_delta <= 0)
        );
        let ai: Vec<f64> = sorted(&p.paths, PathSort::LessAi)
            .iter()
            .filter_map(|x| x.ai_share)
            .collect();
        assert!(ai.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn without_the_file_the_paths_say_not_loaded() {
        let mut ds = ds();
        ds.similarity = Default::default();
        let p = for_unit(&ds, ds.unit("72200").expect("72200"));
        assert!(!p.loaded && p.paths.is_empty());
        assert_eq!(similarity(&ds, "72200", "72201"), None);
    }
}
