//! A `--data` directory's prepared copy (`data::prepared`) on the real binary: a changed byte
//! in a data file is seen; a truncated, damaged, foreign or hostile copy is made again and
//! never changes an answer; processes preparing at once leave one whole copy. A start whose
//! files' stamps are settled reads none of them, and still sees a same-size change made
//! within the same modification time.

#![cfg(unix)]

#[path = "common/hostile.rs"]
mod hostile;

use hostile::data_copy;
use std::path::{Path, PathBuf};

const CACHE_VAR: &str = "NOC_EXPLORER_CACHE_DIR";

/// The binary with a limit (a first start parses the RON: seconds in a debug build on a
/// loaded machine, so more than `hostile::cmd`'s five).
fn cmd() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("noc-explorer").expect("binary built");
    cmd.timeout(std::time::Duration::from_secs(60));
    cmd
}

/// `noc-explorer ARGS --data DIR` with its own cache folder: stdout, or a panic with stderr.
fn run(cache: &Path, dir: &Path, args: &[&str]) -> String {
    let out = cmd()
        .env(CACHE_VAR, cache)
        .args(args)
        .arg("--data")
        .arg(dir)
        .output()
        .expect("ran");
    assert!(
        out.status.success(),
        "{args:?}: {:?} {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// What is in a cache folder but the files' stamps (`NAME.stamps`, beside each copy).
fn copies(cache: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(cache)
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    found.retain(|p| p.extension().is_none_or(|e| e != "stamps"));
    found.sort();
    found
}

fn only_copy(cache: &Path) -> PathBuf {
    let found = copies(cache);
    assert_eq!(found.len(), 1, "one copy and nothing else: {found:?}");
    assert_eq!(found[0].extension().unwrap(), "noc");
    found[0].clone()
}

/// Replace the first `from` in a file with `to` (same length: one byte changed).
fn change(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{} holds {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

const TITLE: &str = "Registered nurses and registered psychiatric nurses";

#[test]
fn a_changed_byte_in_a_data_file_is_seen_at_the_next_start() {
    let dir = data_copy();
    let cache = tempfile::tempdir().unwrap();
    let cold = run(cache.path(), dir.path(), &["show", "31301"]);
    let copy = std::fs::read(only_copy(cache.path())).unwrap();
    // Warm: read from the copy, the same answer.
    assert_eq!(run(cache.path(), dir.path(), &["show", "31301"]), cold);
    assert!(run(cache.path(), dir.path(), &["search", "nurse"]).contains(TITLE));

    change(
        &dir.path().join("noc/units/31.ron"),
        TITLE,
        "Registered nurses and registered psychiatric nurseZ",
    );
    let shown = run(cache.path(), dir.path(), &["show", "31301"]);
    assert!(shown.contains("psychiatric nurseZ"), "{shown}");
    let found = run(cache.path(), dir.path(), &["search", "nurse"]);
    assert!(found.contains("psychiatric nurseZ"), "{found}");
    assert_ne!(std::fs::read(only_copy(cache.path())).unwrap(), copy);

    // A byte of a figure file and of a deep file (its last line break made a space): the
    // copy is made again, for the new content.
    for rel in ["figures/wages.ron", "oasis/31.ron"] {
        let before = std::fs::read(only_copy(cache.path())).unwrap();
        let path = dir.path().join(rel);
        let mut bytes = std::fs::read(&path).unwrap();
        *bytes.last_mut().unwrap() = b' ';
        std::fs::write(&path, bytes).unwrap();
        assert!(run(cache.path(), dir.path(), &["show", "31301"]).contains("psychiatric nurseZ"));
        assert_ne!(
            std::fs::read(only_copy(cache.path())).unwrap(),
            before,
            "{rel}"
        );
    }
}

#[test]
fn a_truncated_damaged_or_hostile_copy_is_made_again() {
    let dir = data_copy();
    let cache = tempfile::tempdir().unwrap();
    let expected_show = run(cache.path(), dir.path(), &["show", "31301"]);
    let expected_search = run(cache.path(), dir.path(), &["search", "electrician"]);
    let path = only_copy(cache.path());
    let good = std::fs::read(&path).unwrap();
    let mut flipped = good.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x40;
    let mut huge = good.clone();
    huge[32..40].copy_from_slice(&u64::MAX.to_le_bytes());
    let garbage: Vec<u8> = (0..good.len()).map(|i| (i * 7919 % 251) as u8).collect();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("header only", good[..48].to_vec()),
        ("truncated", good[..good.len() / 2].to_vec()),
        ("one byte short", good[..good.len() - 1].to_vec()),
        ("one byte flipped", flipped),
        ("a length past the end", huge),
        ("garbage", garbage),
        ("another program's file", b"PK\x03\x04 not ours".to_vec()),
    ];
    for (what, bytes) in cases {
        std::fs::write(&path, &bytes).unwrap();
        assert_eq!(
            run(cache.path(), dir.path(), &["show", "31301"]),
            expected_show,
            "{what}"
        );
        assert_eq!(
            std::fs::read(&path).unwrap(),
            good,
            "{what}: made again, whole"
        );
        std::fs::write(&path, &bytes).unwrap();
        let found = run(cache.path(), dir.path(), &["search", "electrician"]);
        assert_eq!(found, expected_search, "{what}");
    }
    // A FIFO in its place is not waited on; a folder in its place is passed over.
    std::fs::remove_file(&path).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(fifo.success());
    assert_eq!(
        run(cache.path(), dir.path(), &["show", "31301"]),
        expected_show
    );
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    assert_eq!(
        run(cache.path(), dir.path(), &["show", "31301"]),
        expected_show
    );
    assert_eq!(
        run(cache.path(), dir.path(), &["search", "electrician"]),
        expected_search
    );
}

#[test]
fn processes_preparing_at_once_leave_one_whole_copy() {
    let dir = data_copy();
    let alone = tempfile::tempdir().unwrap();
    let expected = run(alone.path(), dir.path(), &["show", "31301"]);
    let good = std::fs::read(only_copy(alone.path())).unwrap();

    let cache = tempfile::tempdir().unwrap();
    let children: Vec<_> = (0..4)
        .map(|_| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("noc-explorer"))
                .env(CACHE_VAR, cache.path())
                .args(["show", "31301", "--data"])
                .arg(dir.path())
                .stdout(std::process::Stdio::piped())
                .spawn()
                .expect("spawned")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("waited");
        assert!(out.status.success());
        assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
    }
    // One copy (no temporary file left), the same bytes as one process alone writes.
    assert_eq!(std::fs::read(only_copy(cache.path())).unwrap(), good);
    assert_eq!(run(cache.path(), dir.path(), &["show", "31301"]), expected);
}

#[test]
fn noc_import_prepare_writes_a_copy_beside_the_data_that_is_used_while_it_matches() {
    let dir = data_copy();
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("noc-import"))
        .args(["--prepare", "--data"])
        .arg(dir.path())
        .output()
        .expect("ran");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("prepared.noc").is_file());
    let cache = tempfile::tempdir().unwrap();
    assert!(run(cache.path(), dir.path(), &["search", "nurse"]).contains(TITLE));
    // Used: nothing was prepared into the cache.
    assert!(copies(cache.path()).is_empty());
    // validate reads the RON, whatever copy lies beside it.
    let valid = cmd()
        .env(CACHE_VAR, cache.path())
        .arg("validate")
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(valid.status.success());
    // Once the data changes, the copy beside it is not used.
    change(
        &dir.path().join("noc/units/31.ron"),
        TITLE,
        "Registered nurses and registered psychiatric nurseZ",
    );
    assert!(run(cache.path(), dir.path(), &["search", "nurse"]).contains("nurseZ"));
    assert_eq!(copies(cache.path()).len(), 1);
}

/// `run`, with how the data was found (`NOC_EXPLORER_TRACE`): (stdout, stderr).
fn run_traced(cache: &Path, dir: &Path, args: &[&str]) -> (String, String) {
    let out = cmd()
        .env(CACHE_VAR, cache)
        .env("NOC_EXPLORER_TRACE", "1")
        .args(args)
        .arg("--data")
        .arg(dir)
        .output()
        .expect("ran");
    assert!(out.status.success(), "{args:?}: {:?}", out.status);
    let text = |b: Vec<u8>| String::from_utf8(b).expect("UTF-8");
    (text(out.stdout), text(out.stderr))
}

#[test]
fn settled_files_are_not_read_and_a_same_size_same_mtime_change_is_still_seen() {
    let dir = data_copy();
    let cache = tempfile::tempdir().unwrap();
    // Files older than the racy window when first hashed: their stamps are trusted.
    std::thread::sleep(std::time::Duration::from_millis(2500));
    let cold = run(cache.path(), dir.path(), &["show", "31301"]);
    let (warm, trace) = run_traced(cache.path(), dir.path(), &["show", "31301"]);
    assert_eq!(warm, cold);
    assert!(trace.contains(" 0 of "), "no file read: {trace}");
    let (found, trace) = run_traced(cache.path(), dir.path(), &["search", "nurse"]);
    assert!(found.contains(TITLE));
    assert!(trace.contains("0 files hashed"), "{trace}");

    // One byte changed, the size and the modification time kept (as an edit within one
    // timestamp tick would leave them).
    let path = dir.path().join("noc/units/31.ron");
    let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
    change(
        &path,
        TITLE,
        "Registered nurses and registered psychiatric nurseZ",
    );
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    file.set_modified(mtime).unwrap();
    drop(file);
    assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), mtime);
    let found = run(cache.path(), dir.path(), &["search", "nurse"]);
    assert!(found.contains("psychiatric nurseZ"), "{found}");
    assert!(run(cache.path(), dir.path(), &["show", "31301"]).contains("psychiatric nurseZ"));
}
