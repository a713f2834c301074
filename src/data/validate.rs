//! Cross-checks over the parsed files: codes, TEER, parents, duplicates, profiles.

use super::{Checks, DataError, Location, Parsed, SourceFile, files};
use crate::model::similarity::Ratings;
use crate::model::{Class, Dataset, UnitGroup};
use std::collections::{BTreeMap, HashMap};

/// Locate the `nth` occurrence of a code in a file, as written in RON.
fn locate(file: &SourceFile, code: &str, nth: usize) -> Location {
    Location::of_nth(&file.display, &file.text, &format!("code: \"{code}\""), nth)
}

/// The folder the files were read from, as shown in messages (`""` when unknown).
fn base_of(files: &[SourceFile]) -> &str {
    files
        .iter()
        .find_map(|f| f.display.strip_suffix(f.rel.as_str()))
        .unwrap_or("")
}

fn is_digits(code: &str, len: usize) -> bool {
    code.len() == len && code.bytes().all(|b| b.is_ascii_digit())
}

/// Where a code is written: its file and which occurrence of it there. Turned into a line and
/// column only when a problem is reported, since searching the text for every code is most of
/// the cost of validating a valid dataset.
#[derive(Debug, Clone, Copy)]
struct Site {
    file: usize,
    nth: usize,
}

impl Site {
    fn locate(self, files: &[SourceFile], code: &str) -> Location {
        locate(&files[self.file], code, self.nth)
    }
}

/// Counts how often a code has been seen in a file, to locate repeats.
#[derive(Default)]
struct Seen {
    per_file: HashMap<(usize, String), usize>,
    first: HashMap<String, Site>,
}

impl Seen {
    /// Record a code; returns where it is and where an earlier definition is.
    fn record(&mut self, file: usize, code: &str) -> (Site, Option<Site>) {
        let nth = self.per_file.entry((file, code.to_string())).or_insert(0);
        let at = Site { file, nth: *nth };
        *nth += 1;
        match self.first.get(code) {
            Some(first) => (at, Some(*first)),
            None => {
                self.first.insert(code.to_string(), at);
                (at, None)
            }
        }
    }
}

const LEVEL_NAMES: [&str; 4] = [
    "broad category",
    "major group",
    "sub-major group",
    "minor group",
];

pub(super) fn validate(
    files: &[SourceFile],
    mut parsed: Parsed,
    checks: Checks,
    errors: &mut Vec<DataError>,
) -> Dataset {
    let parsed_figures = std::mem::take(&mut parsed.figures);
    let parsed_japanese = std::mem::take(&mut parsed.japanese);
    let parsed_lists = std::mem::take(&mut parsed.lists);
    let parsed_similarity = parsed.similarity.take();
    if checks == Checks::Full {
        for file in files {
            super::checks::control_chars(file, errors);
        }
    }
    let parse_failed = !errors.is_empty();
    // The embedded files passed every check when the crate was tested
    // (`the_embedded_dataset_passes_every_check`): a start only assembles them.
    let full = checks == Checks::Full;
    let mut seen = Seen::default();

    let mut structure: [Vec<Class>; 4] = Default::default();
    match parsed.structure {
        Some((fi, s)) => {
            structure = [
                s.broad_categories,
                s.major_groups,
                s.sub_major_groups,
                s.minor_groups,
            ];
            if full {
                check_structure(files, fi, &structure, &mut seen, errors);
            }
        }
        None if !parse_failed || !files.iter().any(|f| f.rel == files::STRUCTURE) => {
            errors.push(DataError::MissingFile {
                path: format!("{}{}", base_of(files), files::STRUCTURE),
                expected: "the four upper levels of the classification (StructureFile)".into(),
            });
        }
        None => {}
    }
    let minor_codes: HashMap<&str, ()> =
        structure[3].iter().map(|c| (c.code.as_str(), ())).collect();

    if parsed.units.is_empty() && !files.iter().any(|f| f.rel.starts_with(files::UNITS_DIR)) {
        errors.push(DataError::MissingFile {
            path: format!("{}{}/", base_of(files), files::UNITS_DIR),
            expected: "one UnitGroupFile per major group (noc/units/NN.ron)".into(),
        });
    }
    let mut units = Vec::new();
    for (fi, file) in parsed.units {
        if !full {
            units.extend(file.unit_groups);
            continue;
        }
        for unit in file.unit_groups {
            let (site, first) = seen.record(fi, &unit.code);
            let at = || site.locate(files, &unit.code);
            if let Some(first) = first {
                errors.push(DataError::DuplicateCode {
                    at: at(),
                    code: unit.code.clone(),
                    first: first.locate(files, &unit.code),
                });
                continue;
            }
            if !is_digits(&unit.code, 5) {
                errors.push(DataError::BadCode {
                    at: at(),
                    code: unit.code.clone(),
                    expected: "five digits for a unit group".into(),
                });
                continue;
            }
            let expected_teer = unit.code.as_bytes()[1] - b'0';
            if unit.teer != expected_teer {
                errors.push(DataError::TeerMismatch {
                    at: at(),
                    code: unit.code.clone(),
                    teer: unit.teer,
                    expected: expected_teer,
                });
            }
            // A title is one line: a line break would make a false row wherever it is listed.
            let titles = [unit.title.as_str(), unit.title_fr.as_str()].into_iter();
            for title in titles.chain(&unit.example_titles) {
                if title.contains(['\n', '\r', '\t']) {
                    errors.push(DataError::BadValue {
                        at: at(),
                        what: format!("a title of {}", unit.code),
                        value: title.to_string(),
                        expected: "one line (no line break or tab)".into(),
                    });
                }
            }
            // Text is bounded before any work: the longest text of the official files is 1,830
            // characters and the longest list 575 titles; one 8 MiB definition made every key
            // of the explorer take seconds.
            check_sizes(
                &unit,
                &mut |what: String, value: String, expected: String| {
                    errors.push(DataError::BadValue {
                        at: at(),
                        what,
                        value,
                        expected,
                    })
                },
            );
            if !structure[3].is_empty() && !minor_codes.contains_key(unit.minor_code()) {
                errors.push(DataError::MissingParent {
                    at: at(),
                    what: "unit group".into(),
                    code: unit.code.clone(),
                    parent_level: "minor group".into(),
                    parent: unit.minor_code().to_string(),
                });
            }
            if !unit.code.starts_with(&file.major_group) {
                errors.push(DataError::WrongFile {
                    at: at(),
                    code: unit.code.clone(),
                    file_group: file.major_group.clone(),
                    expected: format!("{}/{}.ron", files::UNITS_DIR, &unit.code[..2]),
                });
            }
            units.push(unit);
        }
    }
    let unit_codes: HashMap<&str, ()> = units.iter().map(|u| (u.code.as_str(), ())).collect();

    let mut noc2016 = Vec::new();
    if let Some((fi, file)) = parsed.noc2016 {
        if full {
            for class in &file.classes {
                for target in class.noc2021.iter().chain(class.continues_as.iter()) {
                    if !units.is_empty() && !unit_codes.contains_key(target.as_str()) {
                        errors.push(DataError::UnknownLink {
                            at: Location::of_nth(
                                &files[fi].display,
                                &files[fi].text,
                                &format!("\"{target}\""),
                                0,
                            ),
                            code: class.code.clone(),
                            target: target.clone(),
                        });
                    }
                }
            }
        }
        noc2016 = file.classes;
    }

    let mut profiles = BTreeMap::new();
    for (fi, profile) in parsed.profiles {
        let file_code = files[fi]
            .rel
            .rsplit('/')
            .next()
            .and_then(|n| n.strip_suffix(".ron"))
            .unwrap_or("")
            .to_string();
        if !unit_codes.contains_key(profile.code.as_str()) {
            errors.push(DataError::UnknownProfile {
                at: locate(&files[fi], &profile.code, 0),
                code: profile.code.clone(),
            });
        } else if file_code != profile.code {
            errors.push(DataError::ProfileNameMismatch {
                at: locate(&files[fi], &profile.code, 0),
                code: profile.code.clone(),
                file_code,
            });
        } else {
            profiles.insert(profile.code.clone(), profile);
        }
    }

    let figures = super::figures::validate(files, parsed_figures, &unit_codes, checks, errors);
    let codes: Vec<&str> = units.iter().map(|u| u.code.as_str()).collect();
    let japanese = super::japanese::validate(files, parsed_japanese, &codes, checks, errors);
    let lists =
        super::immigration_lists::validate(files, parsed_lists, &unit_codes, checks, errors);
    let similarity =
        super::similarity::validate(files, parsed_similarity, &unit_codes, checks, errors);
    let mut ds = Dataset::new(structure, units, noc2016, profiles)
        .with_figures(figures)
        .with_japanese(japanese);
    ds.immigration_lists = lists;
    ds.similarity = match parsed.similarity_later.take() {
        Some(file) => Ratings::later(move || super::similarity::decode(&file)),
        None => similarity.into(),
    };
    ds
}

/// Every class's code once, with its level's number of digits, and its parent present.
fn check_structure(
    files: &[SourceFile],
    fi: usize,
    structure: &[Vec<Class>; 4],
    seen: &mut Seen,
    errors: &mut Vec<DataError>,
) {
    for (depth, classes) in structure.iter().enumerate() {
        for class in classes {
            let (site, first) = seen.record(fi, &class.code);
            if let Some(first) = first {
                errors.push(DataError::DuplicateCode {
                    at: site.locate(files, &class.code),
                    code: class.code.clone(),
                    first: first.locate(files, &class.code),
                });
            } else if !is_digits(&class.code, depth + 1) {
                errors.push(DataError::BadCode {
                    at: site.locate(files, &class.code),
                    code: class.code.clone(),
                    expected: format!("{} digit(s) for a {}", depth + 1, LEVEL_NAMES[depth]),
                });
            }
        }
    }
    let codes: HashMap<&str, ()> = (structure.iter().flatten())
        .map(|c| (c.code.as_str(), ()))
        .collect();
    for depth in 1..4 {
        for class in &structure[depth] {
            let parent = class.code.get(..depth).unwrap_or("");
            if !codes.contains_key(parent) {
                errors.push(DataError::MissingParent {
                    at: locate(&files[fi], &class.code, 0),
                    what: LEVEL_NAMES[depth].to_string(),
                    code: class.code.clone(),
                    parent_level: LEVEL_NAMES[depth - 1].to_string(),
                    parent: parent.to_string(),
                });
            }
        }
    }
}

/// The most characters one text of a unit group may hold (five times the longest official one).
pub const MAX_TEXT_CHARS: usize = 10_000;
/// The most entries one list of a unit group may hold (over three times the longest).
pub const MAX_LIST_LEN: usize = 2_000;

/// Every text and list of `unit` within [`MAX_TEXT_CHARS`] and [`MAX_LIST_LEN`]; `report`
/// gets (what, value, expected) for each one over.
fn check_sizes(unit: &UnitGroup, report: &mut dyn FnMut(String, String, String)) {
    let texts = [
        ("definition", unit.definition.as_str()),
        ("definition_fr", unit.definition_fr.as_str()),
        ("title", unit.title.as_str()),
        ("title_fr", unit.title_fr.as_str()),
    ];
    fn strs<S: AsRef<str>>(list: &[S]) -> Vec<&str> {
        list.iter().map(AsRef::as_ref).collect()
    }
    let lists = [
        ("main_duties", strs(&unit.main_duties)),
        (
            "employment_requirements",
            strs(&unit.employment_requirements),
        ),
        ("additional_information", strs(&unit.additional_information)),
        ("inclusions", strs(&unit.inclusions)),
        ("exclusions", strs(&unit.exclusions)),
        ("illustrative_examples", strs(&unit.illustrative_examples)),
        ("example_titles", unit.example_titles.iter().collect()),
        ("noc2016", strs(&unit.noc2016)),
    ];
    let items = lists
        .iter()
        .flat_map(|(name, list)| list.iter().map(move |t| (*name, *t)));
    for (name, text) in texts.into_iter().chain(items) {
        let n = text.chars().count();
        if n > MAX_TEXT_CHARS {
            report(
                format!("a text of {} ({name})", unit.code),
                format!("{n} characters"),
                format!("at most {MAX_TEXT_CHARS} characters"),
            );
        }
    }
    for (name, list) in lists {
        if list.len() > MAX_LIST_LEN {
            report(
                format!("a list of {} ({name})", unit.code),
                format!("{} entries", list.len()),
                format!("at most {MAX_LIST_LEN} entries"),
            );
        }
    }
}
