//! Words of the path into the job shared by the panes and the reports: a province code's
//! name, a stage's "asked" word, tuition lines, a credential's issuer and provinces.

use super::Labels;
use super::phrases::fill;
use crate::facts::path_in::{ProvincialLicence, ProvincialLicensing, TuitionFact};
use crate::facts::provincial::PROVINCE_CODES;
use crate::locale::Lang;
use crate::rules::credentials::Credential;
use crate::rules::education_path::{Asked, Stage};

/// The body the NOC text names as a credential's issuer, or that it names none.
pub fn credential_issuer(l: &Labels, c: &Credential) -> String {
    let p = &l.licensing_path;
    c.issuer.as_deref().map_or_else(
        || p.no_issuer.to_string(),
        |i| fill(p.issued_by, &[("issuer", i)]),
    )
}

/// The provinces the NOC text names for a credential, if any ("for Quebec, Alberta").
pub fn credential_provinces(l: &Labels, c: &Credential) -> Option<String> {
    (!c.provinces.is_empty()).then(|| {
        fill(
            l.licensing_path.named_for,
            &[("provinces", &super::wording::provinces(l, &c.provinces))],
        )
    })
}

/// A province or territory code ("MB") in the interface language; "CA" is Canada.
pub fn province(l: &Labels, code: &str) -> String {
    if code == "CA" {
        return l.path_in.canada.to_string();
    }
    (PROVINCE_CODES.iter().position(|c| *c == code))
        .map_or(code.to_string(), |i| l.phrases.provinces[i].to_string())
}

/// "required", "usually", "may be" ... and, for a licence required in named provinces,
/// their codes.
pub fn asked(l: &Labels, stage: &Stage) -> String {
    let p = &l.path_in;
    if stage.asked == Asked::Required && !stage.provinces.is_empty() {
        let codes: Vec<&str> = (stage.provinces.iter())
            .filter_map(|n| crate::facts::provincial::province_code(n))
            .collect();
        return fill(p.required_in, &[("provinces", &codes.join(" "))]);
    }
    match stage.asked {
        Asked::Required => p.asked_required,
        Asked::Usually => p.asked_usually,
        Asked::MayBe => p.asked_may,
        Asked::Voluntary => p.asked_voluntary,
        Asked::Stated => p.asked_stated,
    }
    .to_string()
}

/// The stage's name, "or ..." for an alternative.
pub fn stage_name(l: &Labels, stage: &Stage) -> String {
    if stage.alternative {
        let mut c = stage.stage.chars();
        let first: String = c
            .next()
            .map(|f| f.to_lowercase().collect())
            .unwrap_or_default();
        format!("{}{first}{}", l.path_in.or_prefix, c.as_str())
    } else {
        stage.stage.clone()
    }
}

/// "Manitoba: regulated profession “Engineer”, regulator: ..." and its source line.
pub fn official(l: &Labels, o: &ProvincialLicence) -> (String, String) {
    let p = &l.path_in;
    let kind = if o.kind == "compulsory_trade" {
        p.compulsory_trade
    } else {
        p.regulated_profession
    };
    (
        fill(
            p.official_line,
            &[
                ("province", &province(l, &o.province)),
                ("kind", kind),
                ("name", &o.name),
                ("regulator", &o.regulator),
            ],
        ),
        fill(p.official_source, &[("url", &o.url), ("date", &o.captured)]),
    )
}

/// What is said of the chosen province (or, with none chosen, of each covered province whose
/// lists do not print the code) when the official entries do not name it: a gap or a silence,
/// never "not regulated".
pub fn chosen_notes(l: &Labels, f: &ProvincialLicensing, chosen: Option<&str>) -> Vec<String> {
    let p = &l.path_in;
    if !f.loaded {
        return vec![p.not_loaded.to_string()];
    }
    let named = |code: &str| f.official.iter().any(|o| o.province == code);
    match chosen {
        Some(code) if !f.covered.iter().any(|c| c == code) => {
            vec![fill(
                p.not_covered_chosen,
                &[("province", &province(l, code))],
            )]
        }
        Some(code) if !named(code) => {
            vec![fill(
                p.covered_not_named,
                &[("province", &province(l, code))],
            )]
        }
        Some(_) => Vec::new(),
        None => (f.covered.iter())
            .filter(|c| !named(c))
            .map(|c| fill(p.covered_not_named, &[("province", &province(l, c))]))
            .collect(),
    }
}

/// Which provinces our lists cover and which they do not.
pub fn coverage(l: &Labels, f: &ProvincialLicensing) -> Option<String> {
    if !f.loaded {
        return None;
    }
    let names = |covered: bool| {
        (PROVINCE_CODES.iter())
            .filter(|c| f.covered.iter().any(|x| x == *c) == covered)
            .map(|c| province(l, c))
            .collect::<Vec<_>>()
            .join(l.phrases.list_separator)
    };
    Some(fill(
        l.path_in.coverage,
        &[("covered", &names(true)), ("missing", &names(false))],
    ))
}

/// The chosen province's note, then the coverage.
pub fn provincial_notes(l: &Labels, f: &ProvincialLicensing, chosen: Option<&str>) -> Vec<String> {
    let mut out = chosen_notes(l, f, chosen);
    out.extend(coverage(l, f));
    out
}

/// One tuition figure as a line ("Canadian students: $11,048 (2024/2025, Ontario, constant
/// 2021/22 dollars)") or its gap.
pub fn tuition_line(l: &Labels, lang: Lang, t: &TuitionFact) -> String {
    let p = &l.path_in;
    let students = if t.students == "international" {
        p.international
    } else {
        p.canadian
    };
    let place = province(l, &t.place);
    match (t.amount, t.year.as_deref()) {
        (Some(amount), Some(year)) => fill(
            p.tuition_line,
            &[
                ("students", students),
                ("amount", &crate::locale::money(lang, amount)),
                ("year", year),
                ("place", &place),
                (
                    "dollars",
                    if t.dollars == "current" {
                        p.current_dollars
                    } else {
                        p.constant_dollars
                    },
                ),
            ],
        ),
        _ if t.missing == Some("no_canada_figure") => {
            fill(p.no_canada_figure, &[("students", students)])
        }
        _ => fill(
            p.not_published,
            &[("students", students), ("place", &place)],
        ),
    }
}

/// "Engineering, undergraduate: our match of “engineering” ...".
pub fn tuition_field(l: &Labels, t: &TuitionFact) -> String {
    let p = &l.path_in;
    fill(
        p.tuition_field,
        &[
            ("field", &t.field),
            (
                "level",
                if t.level == "graduate" {
                    p.graduate
                } else {
                    p.undergraduate
                },
            ),
            ("words", &t.matched_words),
        ],
    )
}

/// The source line of the tables the figures come from.
pub fn tuition_source(l: &Labels, figures: &[&TuitionFact]) -> String {
    let mut tables: Vec<&str> = (figures.iter())
        .filter(|t| t.amount.is_some())
        .map(|t| t.table.as_str())
        .collect();
    tables.sort();
    tables.dedup();
    fill(l.path_in.tuition_source, &[("tables", &tables.join(", "))])
}

/// Compare's cells: the path's stage count with its first program's length, and the Canadian
/// tuition of its first university stage ("—" when there is none).
pub fn compare_cells(
    l: &Labels,
    lang: Lang,
    e: &crate::facts::path_in::EducationPath,
) -> (String, String) {
    use crate::rules::education_path::StageKind;
    let p = &l.path_in;
    let path = if e.path.is_empty() {
        "—".to_string()
    } else {
        let first = (e.path.iter()).find(|s| s.kind == StageKind::Program);
        fill(
            p.compare_path_value,
            &[
                ("n", &crate::locale::number(lang, e.path.len() as i64)),
                (
                    "length",
                    &first.and_then(|s| s.length.as_deref()).map_or_else(
                        || p.not_stated.to_string(),
                        |w| fill(l.reviewed.noc_english, &[("words", w)]),
                    ),
                ),
            ],
        )
    };
    let tuition = (e.tuition.iter())
        .find(|t| t.students == "canadian" && t.amount.is_some())
        .map_or("—".to_string(), |t| {
            format!(
                "{} ({}, {}, {}, {})",
                crate::locale::money(lang, t.amount.unwrap_or(0)),
                t.field,
                province(l, &t.place),
                t.year.as_deref().unwrap_or(""),
                if t.dollars == "current" {
                    p.current_dollars
                } else {
                    p.constant_dollars
                }
            )
        });
    (path, tuition)
}
