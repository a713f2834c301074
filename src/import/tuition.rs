//! Statistics Canada's university tuition by field of study, from `education/` (see its
//! PROVENANCE.md), into `figures/tuition.ron`: for each table, field and place, the newest
//! school year with a published value ("..", not available, is skipped). Our match of the NOC
//! text's program words to a field (`field_of_study_matches_OURS.csv`) goes beside it.

use super::Generated;
use super::csvread::{ImportError, Table, field};
use super::figures::{bad, generated};
use crate::model::tuition::{FieldMatch, TUITION, TuitionFile, TuitionTable, TuitionValue};
use std::collections::BTreeMap;
use std::path::Path;

pub const MATCHES_CSV: &str = "education/field_of_study_matches_OURS.csv";

/// (file, table, students, level, dollars, table id in the address).
const TABLES: [(&str, &str, &str, &str, &str, &str); 5] = [
    (
        "education/statcan_37100003_cdn_undergrad_tuition_by_field_current_dollars_2006-2024.csv",
        "37-10-0003-01",
        "canadian",
        "undergraduate",
        "current",
        "3710000301",
    ),
    (
        "education/statcan_37100003_cdn_undergrad_tuition_by_field_constant2021_2017-2025.csv",
        "37-10-0003-01",
        "canadian",
        "undergraduate",
        "constant_2021_2022",
        "3710000301",
    ),
    (
        "education/statcan_37100004_cdn_grad_tuition_by_field_constant2021_2017-2025.csv",
        "37-10-0004-01",
        "canadian",
        "graduate",
        "constant_2021_2022",
        "3710000401",
    ),
    (
        "education/statcan_37100224_intl_undergrad_tuition_by_field_constant2021_2017-2025.csv",
        "37-10-0224-01",
        "international",
        "undergraduate",
        "constant_2021_2022",
        "3710022401",
    ),
    (
        "education/statcan_37100225_intl_grad_tuition_by_field_constant2021_2017-2025.csv",
        "37-10-0225-01",
        "international",
        "graduate",
        "constant_2021_2022",
        "3710022501",
    ),
];

const GEO: [(&str, &str); 12] = [
    ("Canada", "CA"),
    ("Newfoundland and Labrador", "NL"),
    ("Prince Edward Island", "PE"),
    ("Nova Scotia", "NS"),
    ("New Brunswick", "NB"),
    ("Quebec", "QC"),
    ("Ontario", "ON"),
    ("Manitoba", "MB"),
    ("Saskatchewan", "SK"),
    ("Alberta", "AB"),
    ("British Columbia", "BC"),
    ("Yukon", "YT"),
];

fn table(
    raw: &Path,
    (file, id, students, level, dollars, pid): (&str, &str, &str, &str, &str, &str),
) -> Result<TuitionTable, ImportError> {
    let path = raw.join(file);
    let t = Table::read_utf8(&path)?;
    let (year, geo, fos, value) = (
        t.column("REF_DATE")?,
        t.column("GEO")?,
        t.column("Field of study")?,
        t.column("VALUE")?,
    );
    let mut newest: BTreeMap<(String, String), (String, u32)> = BTreeMap::new();
    for (i, row) in t.rows.iter().enumerate() {
        let (y, g, f, v) = (
            field(row, year).trim(),
            field(row, geo).trim(),
            field(row, fos).trim(),
            field(row, value).trim(),
        );
        if y.is_empty() || v.is_empty() || f.starts_with("Total") {
            continue;
        }
        let code = GEO
            .iter()
            .find(|(n, _)| *n == g)
            .map(|(_, c)| *c)
            .ok_or_else(|| bad(&path, i, format!("GEO {g:?} is not known")))?;
        let amount: u32 = v
            .parse()
            .map_err(|_| bad(&path, i, format!("VALUE {v:?} is not whole dollars")))?;
        let key = (f.to_string(), code.to_string());
        if newest.get(&key).is_none_or(|(old, _)| old.as_str() < y) {
            newest.insert(key, (y.to_string(), amount));
        }
    }
    Ok(TuitionTable {
        table: id.to_string(),
        students: students.to_string(),
        level: level.to_string(),
        dollars: dollars.to_string(),
        url: format!("https://www150.statcan.gc.ca/t1/tbl1/en/tv.action?pid={pid}"),
        values: newest
            .into_iter()
            .map(|((field, geo), (year, amount))| TuitionValue {
                field,
                geo,
                year,
                amount,
            })
            .collect(),
    })
}

fn matches(raw: &Path, fields: &[String]) -> Result<Vec<FieldMatch>, ImportError> {
    let path = raw.join(MATCHES_CSV);
    let t = Table::read_utf8(&path)?;
    let (words, fos) = (t.column("words")?, t.column("field")?);
    let mut out = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let f = field(row, fos).trim();
        if !fields.iter().any(|k| k == f) {
            return Err(bad(
                &path,
                i,
                format!("field {f:?} is not a field of the tables"),
            ));
        }
        out.push(FieldMatch {
            words: field(row, words).trim().to_lowercase(),
            field: f.to_string(),
        });
    }
    Ok(out)
}

pub(super) fn import(raw: &Path) -> Result<Generated, ImportError> {
    let tables = TABLES
        .into_iter()
        .map(|t| table(raw, t))
        .collect::<Result<Vec<_>, _>>()?;
    let mut fields: Vec<String> = (tables.iter())
        .flat_map(|t| t.values.iter().map(|v| v.field.clone()))
        .collect();
    fields.sort();
    fields.dedup();
    let file = TuitionFile {
        publisher: "Statistics Canada".to_string(),
        matches: matches(raw, &fields)?,
        tables,
    };
    generated(TUITION, &file)
}
