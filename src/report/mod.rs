//! Occupations as documents, one renderer per format: plain text, Markdown, JSON and CSV.
//! `show`, `search`, `stats`, `export` and the explorer's export all render through here.

pub mod csv;
pub mod json;
pub mod markdown;
pub mod text;

pub use json::{json_string, json_value, search_json};
pub use markdown::markdown;
pub use text::{search_text, stats_text, text};

use crate::model::{Class, Dataset, UnitGroup};
use serde::Serialize;

/// The classes above a unit group, broadest first, with their names: "Broad category",
/// "Major group", "Sub-major group", "Minor group". The one place the hierarchy line of
/// every format comes from.
pub fn classes<'a>(ds: &'a Dataset, unit: &UnitGroup) -> Vec<(&'static str, &'a Class)> {
    const LEVELS: [&str; 4] = [
        "Broad category",
        "Major group",
        "Sub-major group",
        "Minor group",
    ];
    LEVELS
        .iter()
        .enumerate()
        .filter_map(|(depth, &label)| Some((label, ds.class(unit.code.get(..=depth)?)?)))
        .collect()
}

fn hierarchy_lines(ds: &Dataset, unit: &UnitGroup) -> Vec<String> {
    classes(ds, unit)
        .into_iter()
        .map(|(label, class)| format!("{label}: {} {}", class.code, class.title))
        .collect()
}

/// Sections shared by the text and Markdown views: (heading, lines).
pub(crate) fn sections(ds: &Dataset, unit: &UnitGroup) -> Vec<(&'static str, Vec<String>)> {
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
