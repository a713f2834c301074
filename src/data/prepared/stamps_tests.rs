//! The files' stamps: settled ones spare reading a file; any change of content is still seen.

use super::stamps::{RACY, known_in, look_at, save_to};
use super::{FileHash, file_hash};
use std::path::Path;
use std::time::{Duration, SystemTime};

/// A folder of three `.ron` files (the stamps do not parse them).
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("noc")).unwrap();
    for (rel, text) in [
        ("a.ron", "(one: 1)\n"),
        ("noc/b.ron", "(two: 2)\n"),
        ("noc/c.ron", "(three: 3)\n"),
    ] {
        std::fs::write(dir.path().join(rel), text).unwrap();
    }
    dir
}

/// Read the folder as a start does after `looked`, and save its stamps to `stamps`: the
/// files' paths below it and content hashes.
fn stamp(dir: &Path, stamps: &Path, looked: SystemTime) -> Vec<(String, FileHash)> {
    let looks = look_at(dir, looked);
    let (files, errors) = crate::data::read_dir(dir);
    assert!(errors.is_empty(), "{errors:?}");
    let hashes: Vec<FileHash> = files.iter().map(|f| file_hash(&f.text)).collect();
    save_to(stamps, looks, files.iter().map(|f| f.rel.as_str()), &hashes);
    files.into_iter().map(|f| f.rel).zip(hashes).collect()
}

/// Change one byte of a file, keeping its size and its modification time.
fn change_keeping_size_and_mtime(path: &Path) {
    let mtime = std::fs::metadata(path).unwrap().modified().unwrap();
    let mut bytes = std::fs::read(path).unwrap();
    bytes[1] = b'x';
    std::fs::write(path, &bytes).unwrap();
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(mtime).unwrap();
    assert_eq!(std::fs::metadata(path).unwrap().modified().unwrap(), mtime);
}

#[test]
fn settled_stamps_give_the_key_without_reading_and_a_same_size_same_mtime_change_is_seen() {
    let dir = folder();
    let cache = tempfile::tempdir().unwrap();
    let stamps = cache.path().join("d.stamps");
    // Looked at well after the files were written: their stamps are settled.
    let later = SystemTime::now() + RACY + Duration::from_secs(5);
    let files = stamp(dir.path(), &stamps, later);
    let key = super::key_of(files.iter().map(|(rel, h)| (rel.as_str(), *h)));

    let known = known_in(dir.path(), &stamps, later).expect("unchanged");
    assert_eq!((known.key, known.hashed), (key, 0), "no file read");

    // The content changed, the size and modification time kept: its status-change time
    // moved, so it is read, and its new hash is no key.
    let b = dir.path().join("noc/b.ron");
    let original = std::fs::read(&b).unwrap();
    change_keeping_size_and_mtime(&b);
    assert!(known_in(dir.path(), &stamps, later).is_none());

    // The same content back (its times moved): read, hashed, the same key, and its stamp
    // refreshed, so the next start reads nothing.
    std::fs::write(&b, &original).unwrap();
    let known = known_in(dir.path(), &stamps, later).expect("the same content");
    assert_eq!((known.key, known.hashed), (key, 1));
    let known = known_in(dir.path(), &stamps, later).expect("the same content");
    assert_eq!((known.key, known.hashed), (key, 0));
}

#[test]
fn files_changed_just_before_they_were_hashed_are_hashed_again_at_every_start() {
    let dir = folder();
    let cache = tempfile::tempdir().unwrap();
    let stamps = cache.path().join("d.stamps");
    // Looked at right after they were written: within a timestamp tick of a change, so a
    // change after the hashing could keep every time; none is trusted.
    let now = SystemTime::now();
    stamp(dir.path(), &stamps, now);
    let known = known_in(dir.path(), &stamps, now).expect("unchanged");
    assert_eq!(known.hashed, 3);
    change_keeping_size_and_mtime(&dir.path().join("a.ron"));
    assert!(known_in(dir.path(), &stamps, now).is_none());
}

#[test]
fn a_file_added_removed_or_renamed_or_damaged_stamps_give_no_key() {
    let dir = folder();
    let cache = tempfile::tempdir().unwrap();
    let stamps = cache.path().join("d.stamps");
    let later = SystemTime::now() + RACY + Duration::from_secs(5);
    stamp(dir.path(), &stamps, later);
    let good = std::fs::read(&stamps).unwrap();

    std::fs::write(dir.path().join("noc/d.ron"), "()\n").unwrap();
    assert!(known_in(dir.path(), &stamps, later).is_none(), "added");
    std::fs::remove_file(dir.path().join("noc/d.ron")).unwrap();
    assert!(known_in(dir.path(), &stamps, later).is_some());
    std::fs::rename(dir.path().join("a.ron"), dir.path().join("z.ron")).unwrap();
    assert!(known_in(dir.path(), &stamps, later).is_none(), "renamed");
    std::fs::rename(dir.path().join("z.ron"), dir.path().join("a.ron")).unwrap();
    std::fs::remove_file(dir.path().join("noc/c.ron")).unwrap();
    assert!(known_in(dir.path(), &stamps, later).is_none(), "removed");
    std::fs::write(dir.path().join("noc/c.ron"), "(three: 3)\n").unwrap();
    assert!(known_in(dir.path(), &stamps, later).is_some());

    let mut flipped = good.clone();
    *flipped.last_mut().unwrap() ^= 1;
    for bad in [Vec::new(), good[..good.len() - 1].to_vec(), flipped] {
        std::fs::write(&stamps, bad).unwrap();
        assert!(known_in(dir.path(), &stamps, later).is_none());
    }
}

#[test]
fn a_deep_file_read_at_first_use_is_used_only_unchanged() {
    let dir = folder();
    let path = dir.path().join("a.ron");
    let hash = file_hash("(one: 1)\n");
    assert_eq!(
        super::stamps::read_if_same(&path, hash).as_deref(),
        Ok("(one: 1)\n")
    );
    std::fs::write(&path, "(one: 2)\n").unwrap();
    assert!(super::stamps::read_if_same(&path, hash).is_err());
}
