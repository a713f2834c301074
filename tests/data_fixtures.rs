//! Every way a data directory can be wrong, as a fixture with its expected message.
//!
//! `tests/fixtures/valid/` is a minimal dataset; each folder under `tests/fixtures/invalid/`
//! holds one file that replaces or joins it, and `expected.txt`, the start of the message
//! (path:line:column and what was expected) that loading must report.

use noc_explorer::data::{self, DataError, MAX_FILE_BYTES};
use noc_explorer::search::SearchIndex;
use std::fs;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else if entry.file_name() != "expected.txt" {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The valid fixture with a case's files laid over it, in a temporary directory.
fn dataset_with(case: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&fixtures().join("valid"), dir.path());
    if let Some(case) = case {
        copy_tree(&fixtures().join("invalid").join(case), dir.path());
    }
    dir
}

fn errors_of(dir: &Path) -> Vec<String> {
    match data::load_dir(dir, SearchIndex::prepared_bytes) {
        Ok(_) => Vec::new(),
        Err(e) => e.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn the_valid_fixture_loads() {
    let dir = dataset_with(None);
    let ds = data::load_dir(dir.path(), SearchIndex::prepared_bytes).expect("valid fixture");
    assert_eq!(ds.units.len(), 2);
    assert_eq!(ds.profiles.len(), 1);
    assert_eq!(ds.unit("32129").unwrap().noc2016, ["3219"]);
}

#[test]
fn every_invalid_fixture_reports_its_message() {
    let mut cases: Vec<String> = fs::read_dir(fixtures().join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    cases.sort();
    assert!(cases.len() >= 12, "only {} fixtures", cases.len());
    for case in cases {
        let expected =
            fs::read_to_string(fixtures().join("invalid").join(&case).join("expected.txt"))
                .unwrap();
        let expected = expected.trim();
        let dir = dataset_with(Some(&case));
        let errors = errors_of(dir.path());
        assert!(!errors.is_empty(), "{case}: loaded without error");
        let prefix = dir.path().display().to_string() + "/";
        let found = errors.iter().any(|e| {
            e.strip_prefix(&prefix)
                .is_some_and(|rest| rest.starts_with(expected))
        });
        assert!(found, "{case}: expected {expected:?}, got {errors:#?}");
        // Every message names the file it is about.
        assert!(
            errors.iter().all(|e| e.contains(&prefix)),
            "{case}: {errors:#?}"
        );
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_parsing() {
    let dir = dataset_with(None);
    let big = dir.path().join("profiles/32120.ron");
    let file = fs::File::create(&big).unwrap();
    file.set_len(MAX_FILE_BYTES + 1).unwrap();
    let errors = data::load_dir(dir.path(), SearchIndex::prepared_bytes)
        .unwrap_err()
        .0;
    assert!(
        errors
            .iter()
            .any(|e| matches!(e, DataError::TooLarge { limit, .. } if *limit == MAX_FILE_BYTES)),
        "{errors:#?}"
    );
}

#[test]
fn all_problems_are_reported_not_only_the_first() {
    let dir = dataset_with(Some("teer_mismatch"));
    copy_tree(&fixtures().join("invalid/profile_unknown_code"), dir.path());
    copy_tree(&fixtures().join("invalid/syntax_error"), dir.path());
    let errors = errors_of(dir.path());
    assert_eq!(errors.len(), 3, "{errors:#?}");
}

#[test]
fn a_missing_structure_file_is_named() {
    let dir = dataset_with(None);
    fs::remove_file(dir.path().join("noc/structure.ron")).unwrap();
    let errors = errors_of(dir.path());
    assert!(
        errors.iter().any(|e| e.starts_with(&format!(
            "{}/noc/structure.ron: a required file is missing",
            dir.path().display()
        ))),
        "{errors:#?}"
    );
}

#[test]
fn the_committed_data_directory_equals_the_embedded_dataset() {
    let from_dir = data::load_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
        SearchIndex::prepared_bytes,
    )
    .expect("data/ loads");
    let embedded = data::load_embedded().expect("embedded loads");
    assert_eq!(from_dir.units, embedded.units);
    assert_eq!(from_dir.profiles, embedded.profiles);
    assert_eq!(from_dir.noc2016, embedded.noc2016);
}
