//! The counsellor's shortlist: marked occupations that persist between runs.
//!
//! Stored as RON in the platform's data directory (or a file the user names). Writes are
//! atomic: a temporary file in the same folder, flushed, then renamed over the old one, so a
//! crash mid-write leaves the previous list intact. A damaged file is moved aside (never
//! silently replaced) and reported.

use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ShortlistError {
    #[error("{path}: cannot {action}: {message}")]
    Io {
        path: PathBuf,
        action: &'static str,
        message: String,
    },
    #[error("no data directory could be found for the shortlist; use --shortlist FILE")]
    NoDataDir,
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
        };
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((list, Vec::new())),
            Err(e) => return Err(io(path, "read the shortlist", e)),
        };
        let parsed = String::from_utf8(bytes)
            .map_err(|e| format!("not UTF-8 text ({e})"))
            .and_then(|text| {
                ron::from_str::<ShortlistFile>(&text).map_err(|e| {
                    format!(
                        "line {}, column {}: {}",
                        e.span.start.line, e.span.start.col, e.code
                    )
                })
            });
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

    /// Save atomically to the list's file (no-op for an in-memory list).
    pub fn save(&self) -> Result<(), ShortlistError> {
        let Some(path) = &self.path else {
            return Ok(());
        };
        let text = crate::data::files::to_ron(&ShortlistFile {
            codes: self.codes.clone(),
        })
        .map_err(|e| io(path, "serialise the shortlist", e))?;
        write_atomic(path, text.as_bytes())
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

/// Write `bytes` to `path` through a temporary file in the same folder and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ShortlistError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| io(dir, "create the folder", e))?;
    let name = path
        .file_name()
        .map_or_else(|| "file".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io(path, "write", e)
    })
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
}
