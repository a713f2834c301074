//! Loading the immigration lists (`immigration/ee_rounds.ron`, `immigration/provincial_lists.ron`,
//! `immigration/community_pilots.ron`) and checking them: every code a NOC 2021 unit group,
//! kinds, statuses and checks among the known values, every round's type present.

use super::{Checks, DataError, Location, SourceFile, parse_ron};
use crate::model::ee_rounds::{EE_ROUNDS, RoundsFile};
use crate::model::provincial::{
    CHECKS, COMMUNITY_PILOTS, CommunityPilotsFile, ImmigrationLists, KINDS, PROVINCIAL_LISTS,
    ProvincialFile, STATUSES, TAGS,
};
use std::collections::HashMap;

/// Which immigration list file a path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ListFileKind {
    Rounds,
    Provincial,
    Pilots,
}

impl ListFileKind {
    pub(crate) fn of(rel: &str) -> Option<ListFileKind> {
        Some(match rel {
            EE_ROUNDS => ListFileKind::Rounds,
            PROVINCIAL_LISTS => ListFileKind::Provincial,
            COMMUNITY_PILOTS => ListFileKind::Pilots,
            _ => return None,
        })
    }
}

/// The list files parsed so far, each with the index of its source file.
#[derive(Default)]
pub(crate) struct ParsedLists {
    rounds: Option<(usize, RoundsFile)>,
    provincial: Option<(usize, ProvincialFile)>,
    pilots: Option<(usize, CommunityPilotsFile)>,
}

impl ParsedLists {
    pub(crate) fn parse(
        &mut self,
        kind: ListFileKind,
        file: &SourceFile,
        i: usize,
    ) -> Result<(), DataError> {
        match kind {
            ListFileKind::Rounds => self.rounds = Some((i, parse_ron(file, "RoundsFile(...)")?)),
            ListFileKind::Provincial => {
                self.provincial = Some((i, parse_ron(file, "ProvincialFile(...)")?));
            }
            ListFileKind::Pilots => {
                self.pilots = Some((i, parse_ron(file, "CommunityPilotsFile(...)")?));
            }
        }
        Ok(())
    }

    pub(crate) fn merge(&mut self, other: ParsedLists) {
        self.rounds = self.rounds.take().or(other.rounds);
        self.provincial = self.provincial.take().or(other.provincial);
        self.pilots = self.pilots.take().or(other.pilots);
    }
}

struct Checker<'a> {
    file: &'a SourceFile,
    errors: &'a mut Vec<DataError>,
}

impl Checker<'_> {
    fn at(&self, needle: &str) -> Location {
        Location::of_nth(&self.file.display, &self.file.text, needle, 0)
    }

    fn code(&mut self, code: &str, what: &str, units: &HashMap<&str, ()>) -> bool {
        let known = units.contains_key(code);
        if !known {
            let at = self.at(&format!("\"{code}\""));
            self.errors.push(DataError::UnknownFigureCode {
                at,
                what: what.to_string(),
                code: code.to_string(),
            });
        }
        known
    }

    fn one_of(&mut self, value: &str, allowed: &[&str], what: &str) {
        if !allowed.contains(&value) {
            let at = self.at(&format!("\"{value}\""));
            self.errors.push(DataError::BadValue {
                at,
                what: what.to_string(),
                value: value.to_string(),
                expected: format!("one of {}", allowed.join(", ")),
            });
        }
    }
}

fn check_rounds(file: &SourceFile, rounds: &RoundsFile, errors: &mut Vec<DataError>) {
    let c = Checker { file, errors };
    for r in &rounds.rounds {
        if r.kind() >= rounds.types.len() {
            let at = c.at(&format!("\"{}\"", r.number()));
            c.errors.push(DataError::BadValue {
                at,
                what: format!("the type of round {}", r.number()),
                value: r.kind().to_string(),
                expected: format!("an index below {}", rounds.types.len()),
            });
        }
    }
}

fn check_provincial(
    file: &SourceFile,
    lists: &mut ProvincialFile,
    units: &HashMap<&str, ()>,
    errors: &mut Vec<DataError>,
) {
    let mut c = Checker { file, errors };
    for list in &mut lists.lists {
        c.one_of(
            &list.kind,
            &KINDS,
            &format!("the kind of list {}", list.key),
        );
        c.one_of(
            &list.status,
            &STATUSES,
            &format!("the status of list {}", list.key),
        );
        c.one_of(&list.tag, &TAGS, &format!("the tag of list {}", list.key));
        c.one_of(
            &list.check,
            &CHECKS,
            &format!("the check of list {}", list.key),
        );
        let what = format!("provincial list {}", list.key);
        list.codes.retain(|code| c.code(code, &what, units));
    }
}

fn check_pilots(
    file: &SourceFile,
    pilots: &mut CommunityPilotsFile,
    units: &HashMap<&str, ()>,
    errors: &mut Vec<DataError>,
) {
    let mut c = Checker { file, errors };
    for community in &mut pilots.communities {
        c.one_of(&community.pilot, &["RCIP", "FCIP"], "a pilot");
        let what = format!("the priority occupations of {}", community.name);
        community.codes.retain(|code| c.code(code, &what, units));
    }
}

pub(super) fn validate(
    files: &[SourceFile],
    parsed: ParsedLists,
    units: &HashMap<&str, ()>,
    checks: Checks,
    errors: &mut Vec<DataError>,
) -> ImmigrationLists {
    let full = checks == Checks::Full && !units.is_empty();
    let rounds = parsed.rounds.map(|(i, f)| {
        if full {
            check_rounds(&files[i], &f, errors);
        }
        f
    });
    let provincial = parsed.provincial.map(|(i, mut f)| {
        if full {
            check_provincial(&files[i], &mut f, units, errors);
        }
        f
    });
    let pilots = parsed.pilots.map(|(i, mut f)| {
        if full {
            check_pilots(&files[i], &mut f, units, errors);
        }
        f
    });
    ImmigrationLists {
        rounds,
        provincial,
        pilots,
    }
}

#[cfg(test)]
mod tests {
    use crate::data::{DataError, Location, SourceFile, parse_files};

    fn file(rel: &str, text: &str) -> SourceFile {
        SourceFile::ron(rel.to_string(), format!("d/{rel}"), text.to_string())
    }

    const STRUCTURE: &str = r#"StructureFile(
    broad_categories: [Class(code: "1", title: "B", title_fr: "B", definition: "")],
    major_groups: [Class(code: "11", title: "M", title_fr: "M", definition: "")],
    sub_major_groups: [Class(code: "111", title: "S", title_fr: "S", definition: "")],
    minor_groups: [Class(code: "1111", title: "N", title_fr: "N", definition: "")],
)
"#;
    const UNITS: &str = "UnitGroupFile(major_group: \"11\", unit_groups: [\n    UnitGroup(code: \"11110\", title: \"T\", title_fr: \"T\", teer: 1, definition: \"\"),\n])\n";

    #[test]
    fn a_code_that_is_not_a_unit_group_and_an_unknown_status_are_reported_where_written() {
        let lists = r#"ProvincialFile(
    carrier: "c",
    lists: [
        ProvincialList(
            key: "mb-trrp", province: "MB", program: "MPNP", stream: "S", tag: "in_demand",
            kind: "eligible", status: "maybe", captured: "2026-06-20", url: "u",
            check: "second_capture",
            codes: ["11110",
                "72304"],
        ),
    ],
)
"#;
        let errors = parse_files(
            vec![
                file("noc/structure.ron", STRUCTURE),
                file("noc/units/11.ron", UNITS),
                file("immigration/provincial_lists.ron", lists),
            ],
            Vec::new(),
        )
        .expect_err("invalid lists");
        let at = |line, column| Location::new("d/immigration/provincial_lists.ron", line, column);
        assert_eq!(
            errors.0,
            [
                DataError::BadValue {
                    at: at(6, 39),
                    what: "the status of list mb-trrp".into(),
                    value: "maybe".into(),
                    expected: "one of listed, excluded, historical".into(),
                },
                DataError::UnknownFigureCode {
                    at: at(9, 17),
                    what: "provincial list mb-trrp".into(),
                    code: "72304".into(),
                },
            ]
        );
    }

    #[test]
    fn the_shipped_lists_name_only_unit_groups() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        let ds = crate::data::load_dir_ron(&dir).expect("data/ loads with every check");
        let lists = &ds.immigration_lists;
        let provincial = lists.provincial.as_ref().expect("provincial lists");
        let codes: usize = provincial.lists.iter().map(|l| l.codes.len()).sum();
        assert_eq!((provincial.lists.len(), codes), (25, 730));
        let pilots = lists.pilots.as_ref().expect("community pilots");
        assert_eq!(pilots.communities.len(), 20);
        let rounds = lists.rounds.as_ref().expect("rounds");
        assert_eq!((rounds.rounds.len(), rounds.types.len()), (438, 22));
        assert_eq!(rounds.newest(), Some("2026-08-19"));
    }
}
