//! The counsellor's shortlist: marked occupations that persist between runs.
//!
//! Stored as RON in the platform's data directory (or a file the user names). Writes go
//! through [`crate::fswrite`]: a crash mid-write leaves the previous list intact. A damaged
//! file is moved aside (never silently replaced) and reported. Two explorers may share one
//! list: each save merges what the other saved since (under a lock), so no mark is lost.

use crate::fsread::{self, ReadError};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A shortlist of 516 codes is about 5 KB; anything past this is not a shortlist.
pub const MAX_SHORTLIST_BYTES: u64 = 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum ShortlistError {
    #[error("{path}: cannot {action}: {message}")]
    Io {
        path: PathBuf,
        action: &'static str,
        message: String,
    },
    #[error("{0}")]
    Write(String),
    #[error("no data directory could be found for the shortlist; use --shortlist FILE")]
    NoDataDir,
    /// Another process holds the lock (a `try_save` does not wait for it).
    #[error("another explorer is saving the shortlist")]
    Busy,
}

fn io(path: &Path, action: &'static str, e: impl std::fmt::Display) -> ShortlistError {
    ShortlistError::Io {
        path: path.to_path_buf(),
        action,
        message: e.to_string(),
    }
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Shortlist")]
struct ShortlistFile {
    codes: Vec<String>,
}

/// The marked occupations, in the order they were marked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shortlist {
    codes: Vec<String>,
    path: Option<PathBuf>,
    /// The codes as last read from or written to the file: what another explorer's changes
    /// are measured against when saving.
    base: Vec<String>,
}

/// What loading found besides the list itself.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadNote {
    /// The file was damaged and has been moved to `kept_as`.
    Damaged { kept_as: PathBuf, problem: String },
    /// Codes in the file that are not unit groups of the dataset were left out.
    UnknownCodes(Vec<String>),
}

/// `shortlist.ron` in the platform's data directory (e.g. `~/.local/share/noc-explorer`).
pub fn default_path() -> Result<PathBuf, ShortlistError> {
    directories::ProjectDirs::from("ca", "noc-explorer", "noc-explorer")
        .map(|d| d.data_dir().join("shortlist.ron"))
        .ok_or(ShortlistError::NoDataDir)
}

impl Shortlist {
    /// An empty list that is not saved anywhere.
    pub fn in_memory() -> Self {
        Shortlist::default()
    }

    /// Load from `path`; a missing file is an empty list. `is_known` filters the codes.
    pub fn load(
        path: &Path,
        is_known: impl Fn(&str) -> bool,
    ) -> Result<(Shortlist, Vec<LoadNote>), ShortlistError> {
        let mut list = Shortlist {
            codes: Vec::new(),
            path: Some(path.to_path_buf()),
            base: Vec::new(),
        };
        let parsed = match read_file(path)? {
            None => return Ok((list, Vec::new())),
            Some(parsed) => parsed,
        };
        let file = match parsed {
            Ok(file) => file,
            Err(problem) => {
                let kept_as = set_aside(path)?;
                return Ok((list, vec![LoadNote::Damaged { kept_as, problem }]));
            }
        };
        let mut unknown = Vec::new();
        for code in file.codes {
            if !is_known(&code) {
                unknown.push(code);
            } else if !list.codes.contains(&code) {
                list.codes.push(code);
            }
        }
        let notes = if unknown.is_empty() {
            Vec::new()
        } else {
            vec![LoadNote::UnknownCodes(unknown)]
        };
        list.base = list.codes.clone();
        Ok((list, notes))
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn codes(&self) -> &[String] {
        &self.codes
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    pub fn contains(&self, code: &str) -> bool {
        self.codes.iter().any(|c| c == code)
    }

    /// Mark or unmark; returns whether the code is now on the list.
    pub fn toggle(&mut self, code: &str) -> bool {
        if let Some(i) = self.codes.iter().position(|c| c == code) {
            self.codes.remove(i);
            false
        } else {
            self.codes.push(code.to_string());
            true
        }
    }

    pub fn clear(&mut self) {
        self.codes.clear();
    }

    /// Save to the list's file (no-op for an in-memory list), first merging what another
    /// explorer saved there since this one last read or wrote it: its new marks are added and
    /// its removals applied. Returns how many codes the merge added to this list.
    pub fn save(&mut self) -> Result<usize, ShortlistError> {
        self.save_with(true)
    }

    /// `save`, but when another explorer holds the lock, `Err(Busy)` at once instead of
    /// waiting for it: the interface never blocks on another process.
    pub fn try_save(&mut self) -> Result<usize, ShortlistError> {
        self.save_with(false)
    }

    fn save_with(&mut self, wait: bool) -> Result<usize, ShortlistError> {
        let Some(path) = self.path.clone() else {
            return Ok(0);
        };
        let _lock = Lock::take(&path, wait)?;
        let theirs = match read_file(&path)? {
            Some(Ok(file)) => file.codes,
            // A damaged or missing file has nothing to merge; it is replaced.
            _ => Vec::new(),
        };
        let merged = merge(&self.base, &self.codes, &theirs);
        let added = merged.iter().filter(|c| !self.codes.contains(c)).count();
        let text = crate::data::files::to_ron(&ShortlistFile {
            codes: merged.clone(),
        })
        .map_err(|e| io(&path, "serialise the shortlist", e))?;
        write_atomic(&path, text.as_bytes())?;
        self.codes = merged.clone();
        self.base = merged;
        Ok(added)
    }
}

/// A three-way merge of code lists: a code is kept when both sides have it, or when one side
/// added it since `base`; a code either side removed since `base` goes. Order: ours, then
/// theirs' additions.
fn merge(base: &[String], ours: &[String], theirs: &[String]) -> Vec<String> {
    let has = |list: &[String], code: &String| list.contains(code);
    let keep = |code: &String| {
        let (b, o, t) = (has(base, code), has(ours, code), has(theirs, code));
        // Known before: both still have it. New since: either side added it.
        if b { o && t } else { o || t }
    };
    let mut out: Vec<String> = ours.iter().filter(|c| keep(c)).cloned().collect();
    for code in theirs {
        if keep(code) && !out.contains(code) {
            out.push(code.clone());
        }
    }
    out
}

/// Read and parse the shortlist file through the guarded reader: `None` when there is none,
/// `Some(Err(problem))` when it is damaged. A FIFO, device, folder or oversized file is an
/// error (it is not moved aside: it may not be ours).
fn read_file(path: &Path) -> Result<Option<Result<ShortlistFile, String>>, ShortlistError> {
    let bytes = match fsread::read_capped(path, MAX_SHORTLIST_BYTES) {
        Ok(bytes) => bytes,
        Err(ReadError::NotFound) => return Ok(None),
        Err(e) => return Err(io(path, "read the shortlist", e)),
    };
    Ok(Some(
        String::from_utf8(bytes)
            .map_err(|e| format!("not UTF-8 text ({e})"))
            .and_then(|text| {
                ron::from_str::<ShortlistFile>(&fsread::strip_bom(text)).map_err(|e| {
                    format!(
                        "line {}, column {}: {}",
                        e.span.start.line, e.span.start.col, e.code
                    )
                })
            }),
    ))
}

/// An advisory lock on `NAME.lock` beside the list, held while a save reads, merges and
/// writes, so two explorers saving at the same moment take turns.
struct Lock(#[allow(dead_code)] std::fs::File);

impl Lock {
    fn take(path: &Path, wait: bool) -> Result<Lock, ShortlistError> {
        let name = path
            .file_name()
            .map_or_else(|| "shortlist".into(), |n| n.to_string_lossy().into_owned());
        let lock_path = path.with_file_name(format!(".{name}.lock"));
        if let Some(dir) = lock_path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| io(dir, "create the folder", e))?;
        }
        let mut options = std::fs::OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
        }
        let file = options
            .open(&lock_path)
            .map_err(|e| io(&lock_path, "lock the shortlist", e))?;
        #[cfg(not(unix))]
        let _ = wait;
        #[cfg(unix)]
        {
            use std::os::fd::AsRawFd;
            let how = if wait {
                libc::LOCK_EX
            } else {
                libc::LOCK_EX | libc::LOCK_NB
            };
            // SAFETY: flock on a file descriptor this function owns.
            if unsafe { libc::flock(file.as_raw_fd(), how) } != 0 {
                let e = std::io::Error::last_os_error();
                if e.kind() == std::io::ErrorKind::WouldBlock {
                    return Err(ShortlistError::Busy);
                }
                return Err(io(&lock_path, "lock the shortlist", e));
            }
        }
        Ok(Lock(file))
    }
}

/// Move a damaged file aside as `NAME.damaged-N`, never overwriting an earlier one.
fn set_aside(path: &Path) -> Result<PathBuf, ShortlistError> {
    let name = path.file_name().map_or_else(
        || "shortlist".to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    for n in 1.. {
        let target = path.with_file_name(format!("{name}.damaged-{n}"));
        if !target.exists() {
            std::fs::rename(path, &target)
                .map_err(|e| io(path, "move the damaged shortlist aside", e))?;
            return Ok(target);
        }
    }
    unreachable!("an unused name exists")
}

/// Write `bytes` to `path` through [`crate::fswrite`], replacing a regular file.
/// The shortlist's folder (the platform's data directory) is created when missing.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ShortlistError> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| ShortlistError::Write(e.to_string()))?;
    }
    crate::fswrite::write(path, bytes, true)
        .map(drop)
        .map_err(|e| ShortlistError::Write(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(code: &str) -> bool {
        code.len() == 5
    }

    #[test]
    fn survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/shortlist.ron");
        let (mut list, notes) = Shortlist::load(&path, known).unwrap();
        assert!(list.is_empty() && notes.is_empty());
        assert!(list.toggle("32129"));
        assert!(list.toggle("31301"));
        list.save().unwrap();
        let (again, notes) = Shortlist::load(&path, known).unwrap();
        assert_eq!(again.codes(), ["32129", "31301"]);
        assert!(notes.is_empty());
    }

    #[test]
    fn toggling_twice_unmarks() {
        let mut list = Shortlist::in_memory();
        assert!(list.toggle("32129"));
        assert!(!list.toggle("32129"));
        assert!(list.is_empty());
    }

    #[test]
    fn a_damaged_file_is_kept_aside_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shortlist.ron");
        std::fs::write(&path, "Shortlist(codes: [\"32129\"").unwrap();
        let (list, notes) = Shortlist::load(&path, known).unwrap();
        assert!(list.is_empty());
        let [LoadNote::Damaged { kept_as, problem }] = notes.as_slice() else {
            panic!("{notes:?}");
        };
        assert_eq!(kept_as, &dir.path().join("shortlist.ron.damaged-1"));
        assert!(problem.starts_with("line 1, column"), "{problem}");
        assert_eq!(
            std::fs::read_to_string(kept_as).unwrap(),
            "Shortlist(codes: [\"32129\""
        );
        assert!(!path.exists());
        // A second damaged file does not overwrite the first one kept aside.
        std::fs::write(&path, [0xff, 0xfe]).unwrap();
        let (_, notes) = Shortlist::load(&path, known).unwrap();
        assert!(
            matches!(&notes[0], LoadNote::Damaged { kept_as, .. } if kept_as.ends_with("shortlist.ron.damaged-2"))
        );
    }

    #[test]
    fn unknown_codes_are_left_out_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shortlist.ron");
        std::fs::write(&path, "Shortlist(codes: [\"32129\", \"123\"])").unwrap();
        let (list, notes) = Shortlist::load(&path, known).unwrap();
        assert_eq!(list.codes(), ["32129"]);
        assert_eq!(notes, [LoadNote::UnknownCodes(vec!["123".into()])]);
    }

    #[test]
    fn an_interrupted_write_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shortlist.ron");
        let (mut list, _) = Shortlist::load(&path, known).unwrap();
        list.toggle("32129");
        list.save().unwrap();
        // A crash between writing the temporary file and the rename leaves a stray temporary
        // file; the list itself is still the old, complete one.
        std::fs::write(
            dir.path().join(".shortlist.ron.tmp-999"),
            "Shortlist(codes: [\"311",
        )
        .unwrap();
        let (again, notes) = Shortlist::load(&path, known).unwrap();
        assert_eq!(again.codes(), ["32129"]);
        assert!(notes.is_empty());
    }

    #[test]
    fn two_explorers_on_one_list_lose_no_mark() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shortlist.ron");
        std::fs::write(&path, "Shortlist(codes: [\"11100\", \"11200\"])").unwrap();
        let (mut a, _) = Shortlist::load(&path, known).unwrap();
        let (mut b, _) = Shortlist::load(&path, known).unwrap();
        a.toggle("32129");
        a.save().unwrap();
        b.toggle("31301");
        b.toggle("11100");
        // B's save keeps A's new mark and applies B's removal.
        assert_eq!(b.save().unwrap(), 1);
        assert_eq!(b.codes(), ["11200", "31301", "32129"]);
        // A's next save keeps B's mark and B's removal.
        a.toggle("21100");
        a.save().unwrap();
        let (again, _) = Shortlist::load(&path, known).unwrap();
        assert_eq!(again.codes(), ["11200", "32129", "21100", "31301"]);
    }

    #[test]
    fn two_explorers_saving_at_once_take_turns() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shortlist.ron");
        let writers: Vec<_> = (0..2)
            .map(|w| {
                let path = path.clone();
                std::thread::spawn(move || {
                    let (mut list, _) = Shortlist::load(&path, known).unwrap();
                    for i in 0..20 {
                        list.toggle(&format!("{w}{i:04}"));
                        list.save().unwrap();
                    }
                })
            })
            .collect();
        for w in writers {
            w.join().unwrap();
        }
        let (list, _) = Shortlist::load(&path, known).unwrap();
        assert_eq!(list.len(), 40, "{:?}", list.codes());
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_or_huge_file_as_the_list_is_an_error_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo.ron");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let e = Shortlist::load(&fifo, known).unwrap_err().to_string();
        assert!(
            e.ends_with("it is a FIFO (named pipe), not a regular file"),
            "{e}"
        );
        let huge = dir.path().join("huge.ron");
        std::fs::File::create(&huge)
            .unwrap()
            .set_len(3 << 30)
            .unwrap();
        let e = Shortlist::load(&huge, known).unwrap_err().to_string();
        assert!(e.ends_with("over the limit of 1048576 bytes"), "{e}");
    }

    #[cfg(unix)]
    #[test]
    fn a_try_save_never_waits_for_another_holder_of_the_lock() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("shortlist.ron");
        let held = Lock::take(&path, true).unwrap();
        let mut list = Shortlist::load(&path, known).unwrap().0;
        list.toggle("32129");
        let start = std::time::Instant::now();
        assert!(matches!(list.try_save(), Err(ShortlistError::Busy)));
        assert!(start.elapsed() < std::time::Duration::from_millis(500));
        drop(held);
        list.try_save().unwrap();
        assert_eq!(Shortlist::load(&path, known).unwrap().0.codes(), ["32129"]);
    }
}
