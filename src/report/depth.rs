//! The deep sections of an occupation's document: AI impact (exposure, the labelled tasks in
//! three groups, the work activities seen in AI use) and OaSIS (profiles, skills, interests,
//! personal attributes, work context), worded in the interface language. The task, activity
//! and descriptor texts are official records we hold only in English: each such section says
//! so once (`Section::official`).

use super::document::{SUB, Section};
use super::figures::source;
use crate::facts::Facts;
use crate::facts::depth::{DepthFacts, RatedFact, Status};
use crate::i18n::{Labels, fill, wording};
use crate::locale;

fn status_line(l: &Labels, what: &str, status: &Status) -> Option<String> {
    (status != &Status::Loaded).then(|| {
        fill(
            l.report.status_line,
            &[
                ("what", what),
                ("status", &wording::depth_status(l, status)),
            ],
        )
    })
}

/// "low", "moderate", "high" in the interface language.
pub fn exposure_band(l: &Labels, label: &str) -> &'static str {
    match label {
        "low" => l.ai_low,
        "moderate" => l.ai_moderate,
        _ => l.ai_high,
    }
}

/// The meaning of E1, E2 or E0 in the interface language.
fn group_meaning(l: &Labels, label: &str) -> &'static str {
    match label {
        "E1" => l.depth.meanings[0],
        "E2" => l.depth.meanings[1],
        _ => l.depth.meanings[2],
    }
}

pub fn ai(f: &Facts, d: &DepthFacts, l: &Labels) -> Vec<Section> {
    let (a, r, lang) = (&f.ai, &l.report, l.lang);
    let exposure = match (a.label, a.percentile) {
        (Some(label), Some(p)) => fill(
            r.exposure_line,
            &[("label", exposure_band(l, label)), ("p", &p.to_string())],
        ),
        _ if a.matches.is_empty() && a.missing.is_some() => r.ai_no_match.to_string(),
        _ if a.missing.is_some() => r.ai_no_rating.to_string(),
        _ => r.ai_none.to_string(),
    };
    let mut lines = vec![exposure];
    for m in &a.matches {
        lines.push(fill(
            r.onet_match,
            &[("code", &m.onet), ("title", &m.title)],
        ));
    }
    let official = if a.matches.is_empty() {
        ""
    } else {
        r.official_english
    };
    let exposure = Section::new(r.h_ai_exposure)
        .official(official)
        .lines(lines)
        .source(source(&a.source));

    let t = &d.ai;
    let mut lines = vec![
        l.depth.exposure_line.to_string(),
        l.depth.grouping.to_string(),
    ];
    lines.extend(status_line(l, r.task_labels, &t.status));
    for g in &t.groups {
        let template = if g.count == 1 {
            r.task_one
        } else {
            r.task_many
        };
        lines.push(fill(
            r.group_line,
            &[
                ("label", g.label),
                ("meaning", group_meaning(l, g.label)),
                (
                    "tasks",
                    &fill(template, &[("n", &locale::number(lang, g.count as i64))]),
                ),
                ("share", &locale::percent(lang, g.share)),
                ("n", &locale::number(lang, g.disagreements as i64)),
            ],
        ));
        for x in t.tasks.iter().filter(|x| x.human == g.label) {
            let differs = if x.disagree {
                fill(r.gpt4_says, &[("label", x.gpt4)])
            } else {
                String::new()
            };
            let task = fill(
                r.task_line,
                &[
                    ("task", &x.task),
                    ("onet", &x.onet),
                    ("title", &x.onet_title),
                    ("differs", &differs),
                ],
            );
            lines.push(format!("{SUB}{task}"));
        }
    }
    let official = if t.tasks.is_empty() {
        ""
    } else {
        r.official_english
    };
    let tasks = Section::new(r.h_ai_tasks)
        .official(official)
        .lines(lines)
        .source(source(&t.source));

    let mut lines = Vec::new();
    lines.extend(status_line(l, r.work_activities, &t.activities_status));
    if t.activities_status == Status::Loaded {
        lines.push(fill(
            r.activities_line,
            &[
                (
                    "counted",
                    &locale::number(lang, t.activities_counted as i64),
                ),
                ("total", &locale::number(lang, t.activities_total as i64)),
                ("threshold", &locale::decimal(lang, t.activity_threshold, 4)),
            ],
        ));
    }
    let rows: Vec<Vec<String>> = t
        .activities
        .iter()
        .map(|x| {
            vec![
                x.title.clone(),
                locale::decimal(lang, x.applicability, 2),
                x.soc.join(", "),
            ]
        })
        .collect();
    let official = if rows.is_empty() {
        ""
    } else {
        r.official_english
    };
    let activities = Section::new(r.h_activities)
        .official(official)
        .lines(lines)
        .table(&r.activity_header, rows)
        .source(source(&t.activities_source));
    vec![exposure, tasks, activities]
}

/// The guide's scale of a rating in the interface language (its English where we hold no
/// translation).
fn scale(l: &Labels, scale: &str) -> String {
    l.report
        .scales
        .iter()
        .find(|(en, _)| *en == scale)
        .map_or_else(|| scale.to_string(), |(_, t)| (*t).to_string())
}

fn rated_rows(l: &Labels, list: &[RatedFact]) -> Vec<Vec<String>> {
    list.iter()
        .map(|r| {
            vec![
                r.name.clone(),
                r.level.to_string(),
                scale(l, &r.scale),
                r.profile.clone(),
            ]
        })
        .collect()
}

/// A Holland interest's name in the interface language, by its letter.
pub fn holland(l: &Labels, code: &str, name: &str) -> String {
    "RIASEC"
        .find(code)
        .and_then(|i| l.depth.holland.get(i))
        .map_or_else(|| name.to_string(), |n| (*n).to_string())
}

pub fn oasis(d: &DepthFacts, l: &Labels) -> Vec<Section> {
    let (o, r) = (&d.oasis, &l.report);
    let src = source(&o.source);
    let mut lines: Vec<String> = status_line(l, "OaSIS", &o.status).into_iter().collect();
    for p in &o.profiles {
        let mut line = format!("{} {}", p.code, p.label);
        if let Some(lead) = &p.lead {
            line.push_str(&format!(": {lead}"));
        }
        if !p.workplaces.is_empty() {
            line.push_str(&fill(r.workplaces, &[("list", &p.workplaces.join(", "))]));
        }
        lines.push(line);
    }
    let note = |empty: bool| if empty { "" } else { r.official_english };
    let profiles = Section::new(r.h_profiles)
        .official(note(o.profiles.is_empty()))
        .lines(lines)
        .source(src.clone());
    let header = &r.rated_header;
    let skills = Section::new(r.h_skills)
        .official(note(o.skills.is_empty()))
        .table(header, rated_rows(l, &o.skills))
        .source(src.clone());
    let interests: Vec<String> = o
        .interests
        .iter()
        .map(|i| {
            let strong = if i.strong { r.strong_mark } else { "" };
            format!(
                "{} {}{strong}: {}",
                i.code,
                holland(l, &i.code, &i.name),
                i.meaning
            )
        })
        .collect();
    let fit = Section::new(r.h_fit)
        .official(note(o.interests.is_empty() && o.attributes.is_empty()))
        .lines(interests)
        .table(header, rated_rows(l, &o.attributes))
        .source(src.clone());
    let context = if o.work_context.is_empty() {
        Section::new(r.h_context)
    } else {
        Section::new(r.h_context)
            .official(r.official_english)
            .line(r.work_context_rule)
            .table(header, rated_rows(l, &o.work_context))
            .source(src)
    };
    vec![profiles, skills, fit, context]
}
