//! The path into the job in `show` (text, Markdown), the handouts and JSON: the official
//! provincial licensing facts with the provinces our data covers, the education path table
//! read from the NOC text, and university tuition for the matched field of study.

use super::document::Section;
use crate::facts::path_in::{self, EducationPath, ProvincialLicensing, TuitionFact};
use crate::i18n::Labels;
use crate::i18n::path_words;
use crate::locale::Lang;
use crate::model::{Dataset, UnitGroup};
use serde_json::{Value, json};

/// The provinces whose tuition `show` and JSON give beside Canada's.
const TUITION_PLACES: [&str; 11] = [
    "NL", "PE", "NS", "NB", "QC", "ON", "MB", "SK", "AB", "BC", "YT",
];

pub fn provincial(ds: &Dataset, unit: &UnitGroup) -> ProvincialLicensing {
    path_in::provincial_licensing(ds.figures.licensing.as_ref(), &unit.code, None)
}

/// The path with Canada's tuition (`province` `None`) or a province's.
pub fn education(ds: &Dataset, unit: &UnitGroup, province: Option<&str>) -> EducationPath {
    path_in::education_path(
        &unit.employment_requirements,
        ds.figures.tuition.as_ref(),
        province,
    )
}

/// `licensing.provincial[]`, `licensing.provinces_covered`, and `education` with `path[]`
/// (`{stage, length, sentence}` and more) and `tuition[]` (Canada, then each province).
pub fn extend_json(value: &mut Value, ds: &Dataset, unit: &UnitGroup) {
    let Value::Object(map) = value else {
        return;
    };
    let prov = provincial(ds, unit);
    if let Some(Value::Object(lic)) = map.get_mut("licensing") {
        lic.insert("provincial".into(), json!(prov.official));
        lic.insert("provinces_covered".into(), json!(prov.covered));
    }
    let canada = education(ds, unit, None);
    let mut tuition = canada.tuition.clone();
    if !tuition.is_empty() {
        for p in TUITION_PLACES {
            tuition.extend(education(ds, unit, Some(p)).tuition);
        }
    }
    let path: Vec<Value> = (canada.path.iter())
        .map(|s| {
            json!({
                "stage": s.stage,
                "length": s.length,
                "sentence": s.sentence,
                "kind": s.kind.id(),
                "asked": s.asked,
                "alternative": s.alternative,
                "who": s.who,
                "university": s.university,
                "graduate": s.graduate,
                "provinces": s.provinces,
            })
        })
        .collect();
    map.insert(
        "education".into(),
        json!({
            "path": path,
            "path_note": "Stages read from the NOC text by our rules; lengths as stated, nothing estimated.",
            "tuition": tuition,
            "tuition_unmatched": canada.unmatched_university,
            "tuition_note": "University tuition, Statistics Canada; the field of study is our match, not an official link. Canada: Canadian undergraduate in current dollars (the constant-dollar tables hold provinces only); provinces: constant 2021/22 dollars.",
        }),
    );
}

/// The path table as a section: stage, length, asked, and the sentence.
pub fn path_section(
    l: &Labels,
    lang: Lang,
    edu: &EducationPath,
    provinces: &[EducationPath],
) -> Vec<Section> {
    let p = &l.path_in;
    let mut section = Section::new(p.path_heading);
    if edu.path.is_empty() {
        return vec![section.line(p.no_path)];
    }
    // Each distinct sentence once, numbered; a stage names its sentence's number.
    let mut sentences: Vec<&str> = Vec::new();
    let rows = (edu.path.iter())
        .map(|s| {
            let n = match sentences.iter().position(|x| *x == s.sentence) {
                Some(i) => i + 1,
                None => {
                    sentences.push(&s.sentence);
                    sentences.len()
                }
            };
            let mut stage = path_words::stage_name(l, s);
            if let Some(who) = &s.who {
                stage = format!("{} {stage}", path_words_who(l, who));
            }
            vec![
                stage,
                s.length.clone().unwrap_or_else(|| p.not_stated.to_string()),
                path_words::asked(l, s),
                format!("[{n}]"),
            ]
        })
        .collect();
    let quoted: Vec<String> = (sentences.iter().enumerate())
        .map(|(i, s)| format!("[{}] “{s}”", i + 1))
        .collect();
    section = section
        .official(l.report.official_english)
        .table(
            &[p.col_stage, p.col_length, p.col_asked, p.col_sentence],
            rows,
        )
        .lines(quoted)
        .line(p.path_ours);
    if !edu.path.iter().any(|s| s.university) {
        return vec![section];
    }
    let all: Vec<&EducationPath> = std::iter::once(edu).chain(provinces.iter()).collect();
    let mut out = vec![section];
    for level in ["undergraduate", "graduate"] {
        let figures: Vec<&TuitionFact> = (all.iter())
            .flat_map(|e| e.tuition.iter())
            .filter(|f| f.level == level)
            .collect();
        let Some(first) = figures.first() else {
            continue;
        };
        let mut places: Vec<&str> = figures.iter().map(|f| f.place.as_str()).collect();
        places.dedup();
        let cell = |place: &str, students: &str| {
            (figures.iter())
                .find(|f| f.place == place && f.students == students)
                .map_or(String::new(), |f| match (f.amount, &f.year) {
                    (Some(a), Some(y)) => format!(
                        "{} ({y}, {})",
                        crate::locale::money(lang, a),
                        if f.dollars == "current" {
                            p.current_dollars
                        } else {
                            p.constant_dollars
                        }
                    ),
                    _ => "—".to_string(),
                })
        };
        let rows = (places.iter())
            .map(|pl| {
                vec![
                    path_words::province(l, pl),
                    cell(pl, "canadian"),
                    cell(pl, "international"),
                ]
            })
            .filter(|r: &Vec<String>| r[1] != "—" || r[2] != "—")
            .collect();
        out.push(
            Section::new(format!(
                "{} · {}",
                p.tuition_heading,
                path_words::tuition_field(l, first)
            ))
            .table(&[l.path_in.col_place, p.canadian, p.international], rows)
            .source(path_words::tuition_source(l, &figures)),
        );
    }
    if let Some(stage) = &edu.unmatched_university {
        let last = out.pop().unwrap_or_else(|| Section::new(p.tuition_heading));
        out.push(last.line(crate::i18n::fill(p.tuition_unmatched, &[("stage", stage)])));
    }
    out
}

fn path_words_who(l: &Labels, who: &str) -> String {
    crate::i18n::fill(l.path_in.for_who, &[("who", who)])
}

/// The official provincial lines and coverage notes, for the licensing section.
pub fn provincial_lines(l: &Labels, prov: &ProvincialLicensing) -> Vec<String> {
    let mut out = Vec::new();
    for o in &prov.official {
        // The source's own note, as the Licensing pane shows it ("only some positions").
        let (line, source) = path_words::official(l, o);
        out.push(match o.note.as_str() {
            "" => format!("{line} · {source}"),
            note => format!("{line} · {note} · {source}"),
        });
    }
    out.extend(path_words::provincial_notes(l, prov, None));
    out
}

/// The path sections of `show` and the handouts, in `lang`: the table, then tuition.
pub fn sections(ds: &Dataset, unit: &UnitGroup, lang: Lang) -> Vec<Section> {
    let l = Labels::for_lang(lang);
    let edu = education(ds, unit, None);
    let provinces: Vec<EducationPath> = if edu.tuition.is_empty() {
        Vec::new()
    } else {
        TUITION_PLACES
            .iter()
            .map(|p| education(ds, unit, Some(p)))
            .collect()
    };
    path_section(l, lang, &edu, &provinces)
}
