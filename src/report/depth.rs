//! The deep sections of an occupation's document: AI impact (exposure, the labelled tasks in
//! three groups, the work activities seen in AI use) and OaSIS (profiles, skills, interests,
//! personal attributes, work context).

use super::document::{SUB, Section};
use super::figures::source;
use crate::facts::Facts;
use crate::facts::depth::{DepthFacts, RatedFact, Status, percent};
use crate::locale::{self, Lang};

fn status_line(what: &str, status: &Status) -> Option<String> {
    (status != &Status::Loaded).then(|| format!("{what}: {}", status.text()))
}

pub fn ai(f: &Facts, d: &DepthFacts, lang: Lang) -> Vec<Section> {
    let a = &f.ai;
    let exposure = match (a.label, a.percentile) {
        (Some(label), Some(p)) => {
            format!("Exposure to GPT-4: {label} (percentile {p} among unit groups with a rating)")
        }
        _ => a.missing.clone().unwrap_or_else(|| {
            "No exposure score for this occupation in the file this app uses.".into()
        }),
    };
    let mut lines = vec![exposure];
    for m in &a.matches {
        lines.push(format!("Matched O*NET occupation: {} {}", m.onet, m.title));
    }
    let exposure = Section::new("AI exposure")
        .lines(lines)
        .source(source(&a.source));

    let t = &d.ai;
    let mut lines = vec![t.explanation.to_string(), t.grouping.to_string()];
    lines.extend(status_line("Task labels", &t.status));
    for g in &t.groups {
        lines.push(format!(
            "{} ({}): {}, {} of the tasks; the human and GPT-4 labels disagree on {}",
            g.label,
            g.meaning,
            plural(lang, g.count, "task", "tasks"),
            percent(g.share),
            locale::number(lang, g.disagreements as i64)
        ));
        for x in t.tasks.iter().filter(|x| x.human == g.label) {
            let differs = if x.disagree {
                format!("; GPT-4 says {}", x.gpt4)
            } else {
                String::new()
            };
            lines.push(format!(
                "{SUB}{} ({} {}{differs})",
                x.task, x.onet, x.onet_title
            ));
        }
    }
    let tasks = Section::new("AI and the tasks of the job")
        .lines(lines)
        .source(source(&t.source));

    let mut lines = Vec::new();
    lines.extend(status_line("Work activities", &t.activities_status));
    if t.activities_status == Status::Loaded {
        lines.push(format!(
            "{} of {} work activities were seen in AI use above the share threshold ({}); ranked by completion x impact scope",
            locale::number(lang, t.activities_counted as i64),
            locale::number(lang, t.activities_total as i64),
            locale::decimal(lang, t.activity_threshold, 4)
        ));
    }
    let rows = t
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
    let activities = Section::new("Work activities seen in AI use")
        .lines(lines)
        .table(&["Activity", "Applicability", "SOC"], rows)
        .source(source(&t.activities_source));
    vec![exposure, tasks, activities]
}

/// "1 task", "7 tasks".
fn plural(lang: Lang, n: usize, one: &str, many: &str) -> String {
    let word = if n == 1 { one } else { many };
    format!("{} {word}", locale::number(lang, n as i64))
}

fn rated_rows(list: &[RatedFact]) -> Vec<Vec<String>> {
    list.iter()
        .map(|r| {
            vec![
                r.name.clone(),
                r.level.to_string(),
                r.scale.clone(),
                r.profile.clone(),
            ]
        })
        .collect()
}

pub fn oasis(d: &DepthFacts) -> Vec<Section> {
    let o = &d.oasis;
    let src = source(&o.source);
    let mut lines: Vec<String> = status_line("OaSIS", &o.status).into_iter().collect();
    for p in &o.profiles {
        let mut line = format!("{} {}", p.code, p.label);
        if let Some(lead) = &p.lead {
            line.push_str(&format!(": {lead}"));
        }
        if !p.workplaces.is_empty() {
            line.push_str(&format!(" Workplaces: {}.", p.workplaces.join(", ")));
        }
        lines.push(line);
    }
    let profiles = Section::new("OaSIS profiles")
        .lines(lines)
        .source(src.clone());
    let header = ["Name", "Level", "Scale", "Profile"];
    let skills = Section::new("Skills, knowledge and abilities to build")
        .table(&header, rated_rows(&o.skills))
        .source(src.clone());
    let interests: Vec<String> = o
        .interests
        .iter()
        .map(|i| {
            let strong = if i.strong { " (strong)" } else { "" };
            format!("{} {}{strong}: {}", i.code, i.name, i.meaning)
        })
        .collect();
    let fit = Section::new("Who the job suits")
        .lines(interests)
        .table(&header, rated_rows(&o.attributes))
        .source(src.clone());
    let context = Section::new("Work context that stands out")
        .line(o.work_context_rule.to_string())
        .table(&header, rated_rows(&o.work_context))
        .source(src);
    let context = if o.work_context.is_empty() {
        Section::new(context.heading)
    } else {
        context
    };
    vec![profiles, skills, fit, context]
}
