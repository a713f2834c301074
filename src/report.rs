//! Non-interactive views of occupations: plain text, Markdown and JSON.

use crate::model::{Dataset, UnitGroup, teer_summary};
use crate::search::Hit;
use serde::Serialize;
use serde_json::{Value, json};

fn class_json(ds: &Dataset, code: &str) -> Value {
    match ds.class(code) {
        Some(c) => json!({ "code": c.code, "title": c.title, "title_fr": c.title_fr }),
        None => Value::Null,
    }
}

/// The JSON object of one occupation (the `show --format json` contract): the official
/// content, the curated profile, and the figures with their sources.
pub fn json_value(ds: &Dataset, unit: &UnitGroup) -> Value {
    let mut value = official_json(ds, unit);
    let facts = crate::facts::for_unit(ds, unit);
    if let (Value::Object(map), Ok(Value::Object(figures))) =
        (&mut value, serde_json::to_value(&facts))
    {
        for (key, v) in figures {
            if key != "code" {
                map.insert(key, v);
            }
        }
    }
    let depth = crate::facts::depth::for_unit(ds, &unit.code);
    crate::facts::depth::extend_json(&mut value, &depth);
    value
}

fn official_json(ds: &Dataset, unit: &UnitGroup) -> Value {
    let code = unit.code.as_str();
    json!({
        "code": unit.code,
        "title": unit.title,
        "title_fr": unit.title_fr,
        "teer": unit.teer,
        "hierarchy": {
            "broad_category": class_json(ds, &code[..1]),
            "major_group": class_json(ds, &code[..2]),
            "sub_major_group": class_json(ds, &code[..3]),
            "minor_group": class_json(ds, &code[..4]),
        },
        "definition": unit.definition,
        "definition_fr": unit.definition_fr,
        "main_duties": unit.main_duties,
        "employment_requirements": unit.employment_requirements,
        "additional_information": unit.additional_information,
        "inclusions": unit.inclusions,
        "exclusions": unit.exclusions,
        "illustrative_examples": unit.illustrative_examples,
        "example_titles": unit.example_titles,
        "noc2016": unit.noc2016,
        "profile": ds.profile(code),
    })
}

pub fn json_string(ds: &Dataset, unit: &UnitGroup) -> String {
    let mut text = serde_json::to_string_pretty(&json_value(ds, unit)).unwrap_or_default();
    text.push('\n');
    text
}

fn hierarchy_lines(ds: &Dataset, unit: &UnitGroup) -> Vec<String> {
    let labels = [
        "Broad category",
        "Major group",
        "Sub-major group",
        "Minor group",
    ];
    labels
        .iter()
        .enumerate()
        .filter_map(|(depth, label)| {
            let class = ds.class(unit.code.get(..=depth)?)?;
            Some(format!("{label}: {} {}", class.code, class.title))
        })
        .collect()
}

/// Sections shared by the text and Markdown views: (heading, lines).
fn sections(ds: &Dataset, unit: &UnitGroup) -> Vec<(&'static str, Vec<String>)> {
    let mut out = vec![
        ("Hierarchy", hierarchy_lines(ds, unit)),
        ("Definition", vec![unit.definition.clone()]),
        ("Main duties", unit.main_duties.clone()),
        (
            "Employment requirements",
            unit.employment_requirements.clone(),
        ),
        (
            "Additional information",
            unit.additional_information.clone(),
        ),
        ("Inclusions", unit.inclusions.clone()),
        ("Exclusions", unit.exclusions.clone()),
        ("Illustrative examples", unit.illustrative_examples.clone()),
        (
            "Example titles",
            vec![format!(
                "{} titles, e.g. {}",
                unit.example_titles.len(),
                unit.example_titles
                    .iter()
                    .take(12)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join("; ")
            )],
        ),
    ];
    if !unit.noc2016.is_empty() {
        out.push(("NOC 2016 predecessors", vec![unit.noc2016.join(", ")]));
    }
    if let Some(p) = ds.profile(&unit.code) {
        out.push((
            "Profile summary",
            vec![format!(
                "{} (curated profile, as of {})",
                p.summary, p.as_of
            )],
        ));
    }
    out.push((
        "Source",
        vec!["Statistics Canada, National Occupational Classification (NOC) 2021 Version 1.0. Open Government Licence - Canada.".into()],
    ));
    out.retain(|(_, lines)| !lines.is_empty());
    out
}

fn headline(unit: &UnitGroup) -> String {
    format!(
        "{} {} (TEER {}: {})",
        unit.code,
        unit.title,
        unit.teer,
        teer_summary(unit.teer)
    )
}

pub fn text(ds: &Dataset, unit: &UnitGroup) -> String {
    let mut out = format!("{}\n{}\n", headline(unit), unit.title_fr);
    for (heading, lines) in sections(ds, unit) {
        out.push_str(&format!("\n{heading}\n"));
        for line in lines {
            out.push_str(&format!("  {line}\n"));
        }
    }
    out
}

pub fn markdown(ds: &Dataset, unit: &UnitGroup) -> String {
    let mut out = format!(
        "# {} {}\n\n*{}* · TEER {}: {}\n",
        unit.code,
        unit.title,
        unit.title_fr,
        unit.teer,
        teer_summary(unit.teer)
    );
    for (heading, lines) in sections(ds, unit) {
        out.push_str(&format!("\n## {heading}\n\n"));
        for line in lines {
            out.push_str(&format!("- {line}\n"));
        }
    }
    out
}

#[derive(Serialize)]
struct SearchRow<'a> {
    code: &'a str,
    title: &'a str,
    matched: &'a str,
    kind: crate::search::MatchKind,
    score: u32,
}

pub fn search_json(ds: &Dataset, hits: &[Hit]) -> String {
    let rows: Vec<SearchRow> = hits
        .iter()
        .map(|h| SearchRow {
            code: &ds.units[h.unit].code,
            title: &ds.units[h.unit].title,
            matched: &h.matched,
            kind: h.kind,
            score: h.score,
        })
        .collect();
    serde_json::to_string_pretty(&rows).unwrap_or_default() + "\n"
}

pub fn search_text(ds: &Dataset, hits: &[Hit]) -> String {
    let mut out = String::new();
    for hit in hits {
        let unit = &ds.units[hit.unit];
        out.push_str(&format!("{}  {}", unit.code, unit.title));
        if hit.matched != unit.title && hit.matched != unit.code {
            out.push_str(&format!("  (matched: {})", hit.matched));
            if let Some(note) = hit.kind.note() {
                out.push_str(&format!(" ({note})"));
            }
        }
        out.push('\n');
    }
    out
}

/// What the dataset holds (`stats`).
#[derive(Debug, Serialize)]
pub struct Stats {
    #[serde(flatten)]
    pub coverage: crate::facts::Coverage,
    #[serde(flatten)]
    pub depth: crate::facts::depth::DepthCoverage,
    pub broad_categories: usize,
    pub major_groups: usize,
    pub sub_major_groups: usize,
    pub minor_groups: usize,
    pub unit_groups: usize,
    pub example_titles: usize,
    pub french_titles: usize,
    pub noc2016_links: usize,
    pub profiles: usize,
}

pub fn stats(ds: &Dataset) -> Stats {
    Stats {
        coverage: crate::facts::coverage(ds),
        depth: crate::facts::depth::coverage(ds),
        broad_categories: ds.broad_categories.len(),
        major_groups: ds.major_groups.len(),
        sub_major_groups: ds.sub_major_groups.len(),
        minor_groups: ds.minor_groups.len(),
        unit_groups: ds.units.len(),
        example_titles: ds.example_title_count(),
        french_titles: ds.units.iter().filter(|u| !u.title_fr.is_empty()).count(),
        noc2016_links: ds.units.iter().map(|u| u.noc2016.len()).sum(),
        profiles: ds.profiles.len(),
    }
}

pub fn stats_text(s: &Stats) -> String {
    let value = serde_json::to_value(s).unwrap_or_default();
    let mut out = String::new();
    if let Value::Object(map) = value {
        for (key, v) in map {
            out.push_str(&format!("{:<18} {}\n", key.replace('_', " "), v));
        }
    }
    out
}
