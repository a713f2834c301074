//! JSON: one occupation (the `show --format json` contract; keys never change), several
//! (`export --format json`), and search results.

use crate::model::{Dataset, UnitGroup};
use crate::search::{Hit, SearchIndex};
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
    super::paths::extend_json(&mut value, &crate::facts::paths::for_unit(ds, unit));
    super::path_in::extend_json(&mut value, ds, unit);
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

/// Several occupations as a JSON array of `json_value` objects.
pub fn array(ds: &Dataset, units: &[&UnitGroup]) -> String {
    let values: Vec<_> = units.iter().map(|u| json_value(ds, u)).collect();
    serde_json::to_string_pretty(&values).unwrap_or_default() + "\n"
}

#[derive(Serialize)]
struct SearchRow<'a> {
    code: &'a str,
    title: &'a str,
    matched: &'a str,
    kind: crate::search::MatchKind,
    score: u32,
}

pub fn search_json(index: &SearchIndex, hits: &[Hit]) -> String {
    let rows: Vec<SearchRow> = hits
        .iter()
        .map(|h| SearchRow {
            code: index.code(h.unit),
            title: index.title(h.unit),
            matched: &h.matched,
            kind: h.kind,
            score: h.score,
        })
        .collect();
    serde_json::to_string_pretty(&rows).unwrap_or_default() + "\n"
}
