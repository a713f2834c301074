//! Occupations as documents, one renderer per format: plain text, Markdown, JSON and CSV.
//! `show`, `search`, `stats`, `export` and the explorer's export all render through here.

pub mod csv;
mod depth;
pub mod document;
pub(crate) mod figures;
mod immigration_lists;
pub mod json;
pub mod markdown;
pub mod paths;
pub mod text;

pub use json::{json_string, json_value, search_json};
pub use markdown::{HandoutHeader, MAX_CLIENT_CHARS, markdown};
pub use text::{search_text, stats_text, text};

use crate::locale::Lang;
use crate::model::{Class, Dataset, UnitGroup};
use document::Section;
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

/// The official content of an occupation (Statistics Canada's NOC text).
fn official(ds: &Dataset, unit: &UnitGroup) -> Vec<Section> {
    let mut out = vec![
        Section::new("Hierarchy").lines(hierarchy_lines(ds, unit)),
        Section::new("Definition").line(unit.definition.clone()),
        Section::new("Main duties").lines(unit.main_duties.clone()),
        Section::new("Employment requirements").lines(unit.employment_requirements.clone()),
        Section::new("Additional information").lines(unit.additional_information.clone()),
        Section::new("Inclusions").lines(unit.inclusions.clone()),
        Section::new("Exclusions").lines(unit.exclusions.clone()),
        Section::new("Illustrative examples").lines(unit.illustrative_examples.clone()),
    ];
    if !unit.example_titles.is_empty() {
        out.push(Section::new("Example titles").line(format!(
            "{} titles, e.g. {}",
            unit.example_titles.len(),
            unit.example_titles
                .iter()
                .take(12)
                .cloned()
                .collect::<Vec<_>>()
                .join("; ")
        )));
    }
    if !unit.noc2016.is_empty() {
        out.push(Section::new("NOC 2016 predecessors").line(unit.noc2016.join(", ")));
    }
    // The NOC text above, from one source: said once, after its last section.
    let mut out = document::non_empty(out);
    if let Some(last) = out.pop() {
        out.push(last.source(NOC_SOURCE));
    }
    if let Some(p) = ds.profile(&unit.code) {
        out.push(Section::new("Profile summary").line(format!(
            "{} (our curated profile, as of {})",
            p.summary, p.as_of
        )));
    }
    out
}

pub(crate) const NOC_SOURCE: &str = "Statistics Canada, National Occupational Classification (NOC) 2021 Version 1.0. Open Government Licence - Canada.";

/// Every section of an occupation, in the order of `show --format json`'s content: the
/// official text, wages, outlook (with the yearly series), immigration, licensing, AI
/// (exposure, tasks, activities), OaSIS (profiles, skills, fit, work context) and the score.
pub fn sections(ds: &Dataset, unit: &UnitGroup, lang: Lang) -> Vec<Section> {
    let f = crate::facts::for_unit(ds, unit);
    let d = crate::facts::depth::for_unit(ds, &unit.code);
    let mut out = official(ds, unit);
    out.push(figures::wages(&f, lang));
    out.push(figures::outlook(&f, &d.outlook, lang));
    out.push(figures::immigration(&f));
    out.push(immigration_lists::rounds(&f, lang));
    out.push(immigration_lists::provincial(&f, lang));
    out.push(figures::licensing(&f));
    let p = crate::facts::paths::for_unit(ds, unit);
    out.push(paths::section(
        &p,
        lang,
        Default::default(),
        crate::similarity::NEAR,
    ));
    out.extend(depth::ai(&f, &d, lang));
    out.extend(depth::oasis(&d));
    out.push(figures::score(&f, lang));
    document::non_empty(out)
}

/// Today's date (UTC) as "YYYY-MM-DD", for handouts.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(secs / 86_400)
}

/// The proleptic Gregorian date of a day counted from 1970-01-01.
pub fn civil_date(days: u64) -> String {
    // Shift to a calendar starting 0000-03-01 so that leap days end each 4-year cycle.
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
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

#[cfg(test)]
mod tests {
    #[test]
    fn civil_dates_across_leap_years() {
        assert_eq!(super::civil_date(0), "1970-01-01");
        assert_eq!(super::civil_date(11_016), "2000-02-29");
        assert_eq!(super::civil_date(20_417), "2025-11-25");
        assert_eq!(super::civil_date(20_513), "2026-03-01");
    }
}
