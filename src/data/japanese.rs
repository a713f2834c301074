//! Loading the Japanese files (`ja/titles.ron`, `ja/jobtag.ron`, `ja/jobtag_links.ron`) and
//! checking them: a non-empty title for every unit group and no other code, each job tag
//! occupation once, each link naming a known occupation and known unit groups.

use super::{Checks, DataError, Location, SourceFile, parse_ron};
use crate::model::japanese::{
    self as ja, JapaneseNames, JapaneseTitlesFile, JobtagFile, JobtagLinksFile,
};
use std::collections::{BTreeMap, HashMap};

/// Which Japanese file a path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum JapaneseKind {
    Titles,
    Jobtag,
    Links,
}

impl JapaneseKind {
    pub(crate) fn of(rel: &str) -> Option<JapaneseKind> {
        Some(match rel {
            ja::TITLES => JapaneseKind::Titles,
            ja::JOBTAG => JapaneseKind::Jobtag,
            ja::JOBTAG_LINKS => JapaneseKind::Links,
            _ => return None,
        })
    }
}

/// The Japanese files parsed so far, each with the index of its source file.
#[derive(Default)]
pub(crate) struct ParsedJapanese {
    titles: Option<(usize, JapaneseTitlesFile)>,
    jobtag: Option<(usize, JobtagFile)>,
    links: Option<(usize, JobtagLinksFile)>,
}

impl ParsedJapanese {
    pub(crate) fn parse(
        &mut self,
        kind: JapaneseKind,
        file: &SourceFile,
        i: usize,
    ) -> Result<(), DataError> {
        match kind {
            JapaneseKind::Titles => {
                self.titles = Some((i, parse_ron(file, "JapaneseTitlesFile(...)")?));
            }
            JapaneseKind::Jobtag => self.jobtag = Some((i, parse_ron(file, "JobtagFile(...)")?)),
            JapaneseKind::Links => {
                self.links = Some((i, parse_ron(file, "JobtagLinksFile(...)")?));
            }
        }
        Ok(())
    }

    pub(crate) fn merge(&mut self, other: ParsedJapanese) {
        self.titles = self.titles.take().or(other.titles);
        self.jobtag = self.jobtag.take().or(other.jobtag);
        self.links = self.links.take().or(other.links);
    }
}

/// The `nth` place where `key: "value"` is written in a file.
fn locate(file: &SourceFile, key: &str, value: &str, nth: usize) -> Location {
    Location::of_nth(
        &file.display,
        &file.text,
        &format!("{key}: \"{value}\""),
        nth,
    )
}

/// Counts repeats of a key, reporting the second and later ones. Returns whether it is new.
fn first_time(
    seen: &mut HashMap<String, usize>,
    file: &SourceFile,
    key: &str,
    value: &str,
    errors: &mut Vec<DataError>,
) -> bool {
    let n = seen.entry(value.to_string()).or_insert(0);
    *n += 1;
    if *n > 1 {
        errors.push(DataError::DuplicateCode {
            at: locate(file, key, value, *n - 1),
            code: value.to_string(),
            first: locate(file, key, value, 0),
        });
    }
    *n == 1
}

fn titles(
    files: &[SourceFile],
    parsed: Option<(usize, JapaneseTitlesFile)>,
    units: &[&str],
    errors: &mut Vec<DataError>,
) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let Some((fi, parsed)) = parsed else {
        return out;
    };
    let file = &files[fi];
    let known: HashMap<&str, ()> = units.iter().map(|&c| (c, ())).collect();
    let mut seen = HashMap::new();
    for t in parsed.titles {
        if !first_time(&mut seen, file, "code", &t.code, errors) {
            continue;
        }
        let at = || locate(file, "code", &t.code, 0);
        if !known.contains_key(t.code.as_str()) {
            errors.push(DataError::UnknownFigureCode {
                at: at(),
                what: "Japanese title".to_string(),
                code: t.code,
            });
        } else if t.title.trim().is_empty() {
            errors.push(DataError::EmptyValue {
                at: at(),
                what: format!("the Japanese title of {}", t.code),
                expected: "a title".to_string(),
            });
        } else {
            out.insert(t.code, t.title);
        }
    }
    let list = Location::of_nth(&file.display, &file.text, "titles:", 0);
    for &code in units {
        if !out.contains_key(code) && !seen.contains_key(code) {
            errors.push(DataError::MissingEntry {
                at: list.clone(),
                what: "Japanese title".to_string(),
                code: code.to_string(),
            });
        }
    }
    out
}

pub(super) fn validate(
    files: &[SourceFile],
    parsed: ParsedJapanese,
    units: &[&str],
    checks: Checks,
    errors: &mut Vec<DataError>,
) -> JapaneseNames {
    if checks == Checks::Embedded {
        // Checked when the crate was tested (`the_embedded_dataset_passes_every_check`).
        let titles = (parsed.titles.into_iter())
            .flat_map(|(_, file)| file.titles)
            .map(|t| (t.code, t.title))
            .collect();
        let jobtag = (parsed.jobtag.into_iter())
            .flat_map(|(_, file)| file.occupations)
            .collect();
        let links = (parsed.links.into_iter())
            .flat_map(|(_, file)| file.links)
            .map(|l| (l.ipd_id, l.noc))
            .collect();
        return JapaneseNames::new(titles, jobtag, &links);
    }
    let titles = titles(files, parsed.titles, units, errors);
    let mut jobtag = Vec::new();
    let mut ids = HashMap::new();
    if let Some((fi, parsed)) = parsed.jobtag {
        for occupation in parsed.occupations {
            if first_time(&mut ids, &files[fi], "ipd_id", &occupation.ipd_id, errors) {
                jobtag.push(occupation);
            }
        }
    }
    let mut links: HashMap<String, Vec<String>> = HashMap::new();
    if let Some((fi, parsed)) = parsed.links {
        let file = &files[fi];
        if jobtag.is_empty() && !units.is_empty() {
            errors.push(DataError::MissingFile {
                path: file.display.replace(ja::JOBTAG_LINKS, ja::JOBTAG),
                expected: "job tag's occupations, which the links refer to".to_string(),
            });
        }
        let known: HashMap<&str, ()> = units.iter().map(|&c| (c, ())).collect();
        let mut seen = HashMap::new();
        for link in parsed.links {
            if !first_time(&mut seen, file, "ipd_id", &link.ipd_id, errors) {
                continue;
            }
            let at = || locate(file, "ipd_id", &link.ipd_id, 0);
            if !jobtag.is_empty() && !ids.contains_key(&link.ipd_id) {
                errors.push(DataError::UnknownJobtagId {
                    at: at(),
                    ipd_id: link.ipd_id.clone(),
                });
                continue;
            }
            for code in &link.noc {
                if !known.contains_key(code.as_str()) {
                    errors.push(DataError::UnknownFigureCode {
                        at: at(),
                        what: format!("job tag link {}", link.ipd_id),
                        code: code.clone(),
                    });
                }
            }
            links.insert(link.ipd_id, link.noc);
        }
    }
    JapaneseNames::new(titles, jobtag, &links)
}
