//! Checking the alias table (`aliases.rs` of the model): every alias names at least one title,
//! every title is an official example title of some unit group, no alias is defined twice.

use super::{Checks, DataError, Location, SourceFile};
use crate::model::Dataset;
use crate::model::aliases::AliasFile;
use std::collections::{HashMap, HashSet};

/// Check the parsed alias table against the dataset and attach it.
pub(super) fn attach(
    files: &[SourceFile],
    parsed: Option<(usize, AliasFile)>,
    mut ds: Dataset,
    checks: Checks,
    errors: &mut Vec<DataError>,
) -> Dataset {
    let Some((fi, file)) = parsed else {
        return ds;
    };
    if checks == Checks::Embedded {
        ds.aliases = file.aliases;
        return ds;
    }
    let source = &files[fi];
    let titles: HashSet<String> = ds
        .units
        .iter()
        .flat_map(|u| u.example_titles.iter())
        .map(|t| t.to_lowercase())
        .collect();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut bad = false;
    for alias in &file.aliases {
        let quoted = format!("\"{}\"", escape(&alias.name));
        let nth = seen.get(&alias.name.to_lowercase()).copied().unwrap_or(0);
        let start = source
            .text
            .match_indices(&quoted)
            .nth(nth)
            .map_or(0, |(i, _)| i);
        let at = |offset: usize| Location::at_offset(&source.display, &source.text, offset);
        let mut fail = |at: Location, message: String| {
            bad = true;
            errors.push(DataError::Alias {
                at,
                name: alias.name.clone(),
                message,
            });
        };
        let key = alias.name.trim().to_lowercase();
        if key.is_empty() || alias.means.trim().is_empty() {
            fail(
                at(start),
                "empty name or meaning; expected words people type and what they stand for".into(),
            );
        }
        let count = seen.entry(alias.name.to_lowercase()).or_insert(0);
        *count += 1;
        if *count > 1 {
            fail(at(start), "defined twice; expected each alias once".into());
        }
        if alias.titles.is_empty() {
            fail(
                at(start),
                "no titles; expected at least one official example title".into(),
            );
        }
        for title in &alias.titles {
            if !titles.contains(&title.to_lowercase()) {
                let quoted = format!("\"{}\"", escape(title));
                let offset = source.text[start..]
                    .find(&quoted)
                    .map_or(start, |i| start + i);
                fail(
                    at(offset),
                    format!(
                        "{title:?} is not an example title of any unit group; expected an official NOC 2021 example title"
                    ),
                );
            }
        }
    }
    if !bad {
        ds.aliases = file.aliases;
    }
    ds
}

/// A string as RON writes it between quotes.
fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}
