//! The deep files (OaSIS, AI tasks and activities, yearly outlook) are set aside at load and
//! parsed on first use; a directory's are checked at load so errors are located as usual.

use super::{DataError, SourceFile, parse_ron};
use crate::model::depth::{
    self, ActivityFile, DeepData, DeepText, OasisFile, OasisGuideFile, TaskFile, YearlyFile,
};
use std::collections::BTreeMap;

/// The files that are not deep, and the deep ones kept as text.
pub(crate) fn split(files: Vec<SourceFile>) -> (Vec<SourceFile>, DeepData) {
    let mut rest = Vec::new();
    let mut deep = BTreeMap::new();
    for file in files {
        if depth::is_deep(&file.rel) {
            deep.insert(
                file.rel,
                DeepText {
                    display: file.display,
                    text: file.text,
                    json: file.json,
                    on_disk: None,
                },
            );
        } else {
            rest.push(file);
        }
    }
    (rest, DeepData::new(deep))
}

/// Parse every deep file and return the located errors (each file is parsed once more on
/// first use; a directory is loaded rarely and this keeps the lazy path simple).
pub(super) fn check(deep: &DeepData) -> Vec<DataError> {
    let mut errors = Vec::new();
    for rel in deep.paths() {
        let Some(file) = deep.source(rel) else {
            continue;
        };
        let file = SourceFile {
            rel: rel.to_string(),
            display: file.display.clone(),
            text: file.text.clone(),
            json: file.json,
            binary: None,
        };
        let result = if rel == depth::OASIS_GUIDE {
            parse_ron::<OasisGuideFile>(&file, "OasisGuideFile(...)").map(drop)
        } else if rel == depth::ACTIVITIES {
            parse_ron::<ActivityFile>(&file, "ActivityFile(...)").map(drop)
        } else if rel == depth::YEARLY {
            parse_ron::<YearlyFile>(&file, "YearlyFile(...)").map(drop)
        } else if rel.starts_with(depth::TASKS_DIR) {
            parse_ron::<TaskFile>(&file, "TaskFile(...)").map(drop)
        } else {
            parse_ron::<OasisFile>(&file, "OasisFile(...)").map(drop)
        };
        if let Err(e) = result {
            errors.push(e);
        }
    }
    errors
}

/// The optional deep files a dataset lacks, as warnings for `validate`: without them the
/// sections that need them read "not loaded".
pub fn missing_deep_files(ds: &crate::model::Dataset) -> Vec<String> {
    let mut wanted = vec![
        depth::OASIS_GUIDE.to_string(),
        depth::ACTIVITIES.to_string(),
        depth::YEARLY.to_string(),
    ];
    let mut majors: Vec<&str> = ds.units.iter().filter_map(|u| u.code.get(..2)).collect();
    majors.dedup();
    for m in majors {
        wanted.push(format!("{}/{m}.ron", depth::OASIS_DIR));
        wanted.push(format!("{}/{m}.ron", depth::TASKS_DIR));
    }
    wanted
        .into_iter()
        .filter(|rel| ds.deep.source(rel).is_none())
        .map(|rel| {
            format!("{rel}: optional file not loaded; the sections that need it say \"not loaded\"")
        })
        .collect()
}

#[cfg(test)]
mod tests;
