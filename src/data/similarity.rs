//! Loading `similarity.ron`: the levels made numbers, every code a NOC 2021 unit group, no unit
//! group its own neighbour.

use super::{Checks, DataError, Location, SourceFile, parse_ron};
use crate::model::similarity::{RatingTable, SimilarityFile};
use std::collections::HashMap;

pub(crate) fn validate(
    files: &[SourceFile],
    parsed: Option<(usize, SimilarityFile)>,
    units: &HashMap<&str, ()>,
    checks: Checks,
    errors: &mut Vec<DataError>,
) -> RatingTable {
    let Some((fi, file)) = parsed else {
        return RatingTable::default();
    };
    let source = &files[fi];
    let at = |needle: &str| Location::of_nth(&source.display, &source.text, needle, 0);
    if checks == Checks::Full {
        for unit in &file.units {
            for code in std::iter::once(&unit.code).chain(&unit.near) {
                if !units.contains_key(code.as_str()) {
                    errors.push(DataError::UnknownFigureCode {
                        at: at(&format!("\"{code}\"")),
                        what: "the similarity file".into(),
                        code: code.clone(),
                    });
                }
            }
            if unit.near.contains(&unit.code) {
                errors.push(DataError::BadValue {
                    at: at(&format!("code: \"{}\"", unit.code)),
                    what: format!("the closest occupations of {}", unit.code),
                    value: unit.code.clone(),
                    expected: "other unit groups than itself".into(),
                });
            }
        }
    }
    let n = file.descriptors.len();
    match RatingTable::from_file(file) {
        Ok(table) => table,
        Err(i) => {
            errors.push(DataError::BadValue {
                at: Location::of_nth(&source.display, &source.text, "levels:", i),
                what: "a unit group's levels".into(),
                value: String::new(),
                expected: format!("two digits for each of the {n} descriptors"),
            });
            RatingTable::default()
        }
    }
}

/// The table of a similarity file checked when it was prepared (the embedded data, a
/// directory's prepared copy), decoded on first use; empty, as if not loaded, should its form
/// and RON both fail to read (a copy is checked whole and keyed by this build's forms).
pub(crate) fn decode(file: &SourceFile) -> RatingTable {
    parse_ron::<SimilarityFile>(file, "SimilarityFile(...)")
        .ok()
        .and_then(|f| RatingTable::from_file(f).ok())
        .unwrap_or_default()
}
