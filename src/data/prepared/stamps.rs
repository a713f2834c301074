//! What each file of a `--data` directory looked like when its text was last hashed (size,
//! modification and status-change times to the nanosecond, inode and device, content hash),
//! kept beside the directory's copy in the cache: a start whose files all look the same knows
//! the copy's key without reading them, and reads and hashes only a file that looks different.
//!
//! Any change to a file's content moves its status-change time (ctime), which no program can
//! set back (only the system clock could), and its modification time unless set back. A stamp
//! is trusted only if both times were more than `RACY` older than the moment the file was
//! looked at before hashing: a file written again within a file system's timestamp tick (a
//! few milliseconds on Linux, 2 s on FAT) would keep its times, so a file changed that close
//! to its hashing is hashed again at every start until it is older (git's rule for "racy"
//! index entries). What this does not guard against: a file system whose clock runs more than
//! `RACY` behind this machine's and a file written twice within one of its ticks, the second
//! time after it was hashed.

use super::{FileHash, Key, file_hash, hash_bytes, key_of};
use crate::data::guard;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

const MAGIC: &[u8; 8] = b"NOCSTMP1";
/// How much older than its hashing a file's times must be for its stamp to be trusted.
pub const RACY: Duration = Duration::from_secs(2);
/// No stamps file is read past this (about 100 bytes a file).
const MAX_BYTES: u64 = 16 * 1024 * 1024;

/// What a file looked like: size, times (seconds, nanoseconds), inode, device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    len: u64,
    mtime: (i64, i64),
    ctime: (i64, i64),
    ino: u64,
    dev: u64,
}

impl Meta {
    /// The file `path` names (through one link, as the guarded reader reads it), if a
    /// regular file.
    pub fn of(path: &Path) -> Option<Meta> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let target = crate::fsread::follow_once(path).ok()?;
            let m = std::fs::symlink_metadata(target).ok()?;
            m.is_file().then(|| Meta {
                len: m.len(),
                mtime: (m.mtime(), m.mtime_nsec()),
                ctime: (m.ctime(), m.ctime_nsec()),
                ino: m.ino(),
                dev: m.dev(),
            })
        }
        #[cfg(not(unix))]
        {
            let _ = path;
            None
        }
    }

    /// Whether both times are more than `RACY` before `looked` (when the file was looked at,
    /// before its text was read).
    fn settled(&self, looked: SystemTime) -> bool {
        let Ok(looked) = looked.duration_since(SystemTime::UNIX_EPOCH) else {
            return false;
        };
        let limit = looked.saturating_sub(RACY).as_nanos() as i128;
        let nanos = |(s, ns): (i64, i64)| s as i128 * 1_000_000_000 + ns as i128;
        nanos(self.mtime) < limit && nanos(self.ctime) < limit
    }
}

/// One file's stamp: its path below the directory, what it looked like (only if settled when
/// hashed), its content hash.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stamp {
    rel: String,
    meta: Option<Meta>,
    hash: FileHash,
}

impl Stamp {
    fn new(rel: String, meta: Option<Meta>, looked: SystemTime, hash: FileHash) -> Stamp {
        Stamp {
            rel,
            meta: meta.filter(|m| m.settled(looked)),
            hash,
        }
    }
}

/// The files of a directory known without reading those that look unchanged: each one's
/// path, path below the directory and content hash, and their key.
pub struct Known {
    pub key: Key,
    pub files: Vec<(PathBuf, String, FileHash)>,
    /// How many files were read and hashed again (their stamps not settled or not matching).
    pub hashed: usize,
}

/// The stamps file of `dir` in the cache, beside its copy.
fn stamps_path(dir: &Path) -> Option<PathBuf> {
    super::cache_path(dir).map(|p| p.with_extension("stamps"))
}

fn read_stamps(path: &Path) -> Option<Vec<Stamp>> {
    let bytes = crate::fsread::read_capped(path, MAX_BYTES).ok()?;
    let body = bytes.get(16..)?;
    if bytes.get(..8)? != MAGIC || bytes.get(8..16)? != hash_bytes(3, &[body]).to_le_bytes() {
        return None;
    }
    postcard::from_bytes(body).ok()
}

fn write_stamps(path: &Path, stamps: &[Stamp]) {
    let Ok(body) = postcard::to_stdvec(stamps) else {
        return;
    };
    let mut bytes = MAGIC.to_vec();
    bytes.extend_from_slice(&hash_bytes(3, &[&body]).to_le_bytes());
    bytes.extend_from_slice(&body);
    // A cache that cannot be written is passed over: the next start hashes the files.
    let _ = super::write_atomic(path, &bytes);
}

/// The key of `dir`'s files, reading only those whose stamps are not settled or do not
/// match; `None` when a file was added, removed or renamed, its content changed, it cannot be
/// read, or the folder has a problem `read_dir` would report (all of which the caller finds
/// by reading everything), or there are no stamps. Stamps that were refreshed are saved.
pub fn known(dir: &Path) -> Option<Known> {
    known_in(dir, &stamps_path(dir)?, SystemTime::now())
}

/// `known` with the stamps at `path`, as if the files were looked at `looked` (tests move it).
pub(super) fn known_in(dir: &Path, path: &Path, looked: SystemTime) -> Option<Known> {
    let mut stamps = read_stamps(path)?;
    let listing = guard::ron_files(dir)?;
    if listing.len() != stamps.len() {
        return None;
    }
    let mut hashed = 0;
    let mut files = Vec::with_capacity(listing.len());
    for ((file, rel), stamp) in listing.into_iter().zip(stamps.iter_mut()) {
        if rel != stamp.rel {
            return None;
        }
        let meta = Meta::of(&file);
        if meta.is_none() || stamp.meta != meta {
            // Looked at before its text is read: a change after this moves its times.
            let text = guard::read_text(&file, &file.display().to_string()).ok()?;
            if file_hash(&text) != stamp.hash {
                return None;
            }
            hashed += 1;
            *stamp = Stamp::new(rel.clone(), meta, looked, stamp.hash);
        }
        files.push((file, rel, stamp.hash));
    }
    if hashed > 0 {
        write_stamps(path, &stamps);
    }
    Some(Known {
        key: key_of(files.iter().map(|(_, rel, hash)| (rel.as_str(), *hash))),
        files,
        hashed,
    })
}

/// What the files of a directory looked like before they were read: when, and each one's
/// path below the directory with its look.
pub struct Looks {
    looked: SystemTime,
    files: Option<Vec<(String, Option<Meta>)>>,
}

/// Look at the files of `dir` (before `read_dir` reads them).
pub fn look(dir: &Path) -> Looks {
    look_at(dir, SystemTime::now())
}

pub(super) fn look_at(dir: &Path, looked: SystemTime) -> Looks {
    let files = guard::ron_files(dir).map(|files| {
        files
            .into_iter()
            .map(|(path, rel)| (rel, Meta::of(&path)))
            .collect()
    });
    Looks { looked, files }
}

/// Save the stamps of the files read after `looks` (their paths below the directory and
/// content hashes), unless they are not the ones looked at.
pub fn save<'a>(
    dir: &Path,
    looks: Looks,
    rels: impl ExactSizeIterator<Item = &'a str>,
    hashes: &[FileHash],
) {
    if let Some(path) = stamps_path(dir) {
        save_to(&path, looks, rels, hashes);
    }
}

pub(super) fn save_to<'a>(
    path: &Path,
    looks: Looks,
    rels: impl ExactSizeIterator<Item = &'a str>,
    hashes: &[FileHash],
) {
    let Some(looked) = looks.files else {
        return;
    };
    if looked.len() != rels.len()
        || hashes.len() != rels.len()
        || looked
            .iter()
            .zip(rels)
            .any(|((looked, _), rel)| looked != rel)
    {
        return;
    }
    let stamps: Vec<Stamp> = looked
        .into_iter()
        .zip(hashes)
        .map(|((rel, meta), hash)| Stamp::new(rel, meta, looks.looked, *hash))
        .collect();
    write_stamps(path, &stamps);
}

/// Read a deep file left on disk at its first use: its text if its content hash is still
/// `hash` (the one its directory's copy was checked with), else why not.
pub fn read_if_same(path: &Path, hash: FileHash) -> Result<String, String> {
    let text = guard::read_text(path, &path.display().to_string()).map_err(|e| e.to_string())?;
    if file_hash(&text) == hash {
        Ok(text)
    } else {
        Err("changed since this start read the data; start noc-explorer again to read it".into())
    }
}

/// Open a deep file left on disk, through the guarded reader, to read one unit group's part of
/// it (its caller checks the bytes against what it found there when the file was read whole).
pub fn open_deep(path: &Path) -> Result<std::fs::File, String> {
    crate::fsread::open_regular(path).map_err(|e| e.to_string())
}
