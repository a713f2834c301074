//! The path into the job for one occupation: the official provincial licensing facts that
//! name its code (Manitoba's regulated professions and compulsory trades), which provinces our
//! data covers for them, the education path the NOC text states, and the university tuition
//! of its field of study (the field is our match).
//!
//! A province our data does not cover is a gap, never "not regulated"; a province we cover
//! whose lists do not print the code is not proof either (some professions carry no code).

use crate::model::path_lists::ProvincialLicensingFile;
use crate::model::tuition::TuitionFile;
use crate::rules::education_path::{self, Stage};
use serde::Serialize;

/// A province's official list naming the occupation's code.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProvincialLicence {
    pub province: String,
    /// "regulated_profession" or "compulsory_trade".
    pub kind: &'static str,
    /// The profession or trade as published.
    pub name: String,
    pub regulator: String,
    /// The source's note, as written.
    pub note: String,
    pub url: String,
    pub captured: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ProvincialLicensing {
    /// The official entries naming the code, the chosen province's first.
    pub official: Vec<ProvincialLicence>,
    /// Provinces whose official lists our data holds (two-letter codes).
    pub covered: Vec<String>,
    /// Whether the lists file was loaded at all.
    pub loaded: bool,
}

/// The official provincial entries for `code`, the `lead` province's first.
pub fn provincial_licensing(
    file: Option<&ProvincialLicensingFile>,
    code: &str,
    lead: Option<&str>,
) -> ProvincialLicensing {
    let Some(file) = file else {
        return ProvincialLicensing::default();
    };
    let mut official: Vec<ProvincialLicence> = (file.regulated_for(code))
        .map(|r| ProvincialLicence {
            province: r.province.clone(),
            kind: "regulated_profession",
            name: r.name.clone(),
            regulator: r.regulator.clone(),
            note: r.note.clone(),
            url: r.url.clone(),
            captured: r.captured.clone(),
        })
        .chain(file.trades_for(code).map(|t| ProvincialLicence {
            province: t.province.clone(),
            kind: "compulsory_trade",
            name: t.name.clone(),
            regulator: t.regulator.clone(),
            note: String::new(),
            url: t.url.clone(),
            captured: t.captured.clone(),
        }))
        .collect();
    official.sort_by_key(|o| Some(o.province.as_str()) != lead);
    ProvincialLicensing {
        official,
        covered: file.covered.clone(),
        loaded: true,
    }
}

/// One tuition figure: a field of study's annual tuition for one kind of student.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TuitionFact {
    /// "undergraduate" or "graduate".
    pub level: String,
    /// The field of study (Statistics Canada's name), by our match.
    pub field: String,
    /// The words of the NOC text's program that our match read ("engineering").
    pub matched_words: String,
    /// Always true: no official map from occupation to field of study exists.
    pub field_match_ours: bool,
    /// "canadian" or "international".
    pub students: String,
    /// Two-letter province code, or "CA".
    pub place: String,
    /// The school year ("2024/2025"); `None` with `amount`.
    pub year: Option<String>,
    /// Annual tuition in whole dollars; `None` when the tables hold no figure (see `missing`).
    pub amount: Option<u32>,
    /// "current" or "constant_2021_2022".
    pub dollars: String,
    pub table: String,
    pub url: String,
    /// Why there is no figure: "no_canada_figure" (the tables hold provinces only) or
    /// "not_published" (no value for this place).
    pub missing: Option<&'static str>,
}

/// The education path and, for its university stages, the tuition of the matched field.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct EducationPath {
    pub path: Vec<Stage>,
    pub tuition: Vec<TuitionFact>,
    /// A university stage whose words our match gives no field of study.
    pub unmatched_university: Option<String>,
}

fn figures(
    file: &TuitionFile,
    level: &str,
    field: &str,
    words: &str,
    province: Option<&str>,
) -> Vec<TuitionFact> {
    let make = |students: &str, place: &str, dollars: &str, missing: Option<&'static str>| {
        let found = file.amount(students, level, dollars, field, place);
        let table = (file.tables.iter())
            .find(|t| t.students == students && t.level == level && t.dollars == dollars);
        TuitionFact {
            level: level.to_string(),
            field: field.to_string(),
            matched_words: words.to_string(),
            field_match_ours: true,
            students: students.to_string(),
            place: place.to_string(),
            year: found.map(|(_, v)| v.year.clone()),
            amount: found.map(|(_, v)| v.amount),
            dollars: dollars.to_string(),
            table: table.map(|t| t.table.clone()).unwrap_or_default(),
            url: table.map(|t| t.url.clone()).unwrap_or_default(),
            missing: if found.is_some() {
                None
            } else {
                Some(missing.unwrap_or("not_published"))
            },
        }
    };
    let constant = "constant_2021_2022";
    match province {
        Some(p) => ["canadian", "international"]
            .iter()
            .map(|s| make(s, p, constant, None))
            .collect(),
        None if level == "undergraduate" => vec![
            make("canadian", "CA", "current", None),
            make("international", "CA", constant, Some("no_canada_figure")),
        ],
        None => ["canadian", "international"]
            .iter()
            .map(|s| make(s, "CA", constant, Some("no_canada_figure")))
            .collect(),
    }
}

/// The education path of `requirements` and the tuition of its university stages in
/// `province` (a two-letter code), else Canada.
pub fn education_path(
    requirements: &[impl AsRef<str>],
    tuition: Option<&TuitionFile>,
    province: Option<&str>,
) -> EducationPath {
    let path = education_path::path(requirements);
    let mut out = EducationPath {
        path,
        ..EducationPath::default()
    };
    let Some(file) = tuition else {
        return out;
    };
    for graduate in [false, true] {
        let mut stages = (out.path.iter()).filter(|s| s.university && s.graduate == graduate);
        let Some(first) = stages.clone().next() else {
            continue;
        };
        // The first university stage of this level whose words our match reads a field in.
        let level = if graduate {
            "graduate"
        } else {
            "undergraduate"
        };
        match stages.find_map(|s| file.field_of(&s.stage)) {
            Some(m) => {
                let rows = figures(file, level, &m.field, &m.words, province);
                out.tuition.extend(rows);
            }
            None if out.unmatched_university.is_none() => {
                out.unmatched_university = Some(first.stage.clone());
            }
            None => {}
        }
    }
    out
}
