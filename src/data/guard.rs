//! Reading a data directory through the guarded reader, and putting root causes first.
//!
//! When a unit-group file cannot be used (a folder in its place, a name in the wrong case, a
//! missing or unreadable file), every profile, figure and NOC 2016 link of its major group
//! names a code that "does not exist". Those follow-on errors hide the one cause, so they are
//! counted under it instead of listed.

use super::{DataError, MAX_FILE_BYTES, SourceFile, files};
use crate::fsread::{self, ReadError, WalkLimits};
use crate::model::Dataset;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A data directory is a few folders deep and holds about a thousand files.
const LIMITS: WalkLimits = WalkLimits {
    depth: 8,
    entries: 20_000,
};

fn rel_of(dir: &Path, path: &Path) -> String {
    path.strip_prefix(dir)
        .unwrap_or(path)
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn has_ext(path: &Path, ext: &str, exact: bool) -> bool {
    path.extension().is_some_and(|e| {
        let e = e.to_string_lossy();
        if exact {
            e == ext
        } else {
            e.eq_ignore_ascii_case(ext) && e != ext
        }
    })
}

/// Read every `.ron` file below `dir`, in a stable order, reporting what cannot be read.
pub fn read_dir(dir: &Path) -> (Vec<SourceFile>, Vec<DataError>) {
    let (paths, mut errors) = list(dir);
    let mut files = Vec::new();
    for path in paths {
        let path = match path {
            Ok(path) => path,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let display = path.display().to_string();
        match read_text(&path, &display) {
            Ok(text) => files.push(SourceFile::ron(rel_of(dir, &path), display, text)),
            Err(e) => errors.push(e),
        }
    }
    (files, errors)
}

/// The `.ron` files `read_dir` reads below `dir` (path, path relative to `dir`), in its
/// order, if it would report no problem with the folder or the names in it (a file it cannot
/// read is found only by reading it).
pub fn ron_files(dir: &Path) -> Option<Vec<(PathBuf, String)>> {
    let (paths, errors) = list(dir);
    if !errors.is_empty() {
        return None;
    }
    paths
        .into_iter()
        .map(|p| {
            let p = p.ok()?;
            let rel = rel_of(dir, &p);
            Some((p, rel))
        })
        .collect()
}

/// The `.ron` files below `dir`, sorted, each with a name in the wrong case as its problem in
/// its place; and the problems with the folder.
type Listing = (Vec<Result<PathBuf, DataError>>, Vec<DataError>);

fn list(dir: &Path) -> Listing {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(meta) => {
            errors.push(DataError::NotAFile {
                path: dir.display().to_string(),
                what: fsread::describe(meta.file_type()),
                expected: "a folder of RON files".into(),
            });
            return (files, errors);
        }
        Err(e) => {
            errors.push(DataError::Folder {
                path: dir.display().to_string(),
                message: format!("cannot read the folder: {e}"),
            });
            return (files, errors);
        }
    }
    if fsread::kernel_view(dir) {
        errors.push(DataError::Folder {
            path: dir.display().to_string(),
            message: "a view of the kernel (like /proc or /sys), not a data folder".into(),
        });
        return (files, errors);
    }
    // The official sources live beside the RON; they are not data files. The data's own
    // folders are read first, so that other files cannot push them past the limit.
    let walk = fsread::walk(dir, LIMITS, files::DATA_FOLDERS, |p| {
        p.file_name().is_some_and(|n| n == "raw")
    });
    for (path, message) in walk.problems {
        errors.push(DataError::Folder {
            path: path.display().to_string(),
            message,
        });
    }
    for folder in walk.folders.iter().filter(|p| has_ext(p, "ron", true)) {
        errors.push(DataError::NotAFile {
            path: folder.display().to_string(),
            what: "a folder",
            expected: "a RON file".into(),
        });
    }
    let mut paths = walk.files;
    paths.sort();
    for path in paths {
        if has_ext(&path, "ron", false) {
            files.push(Err(DataError::WrongCase {
                expected: path.with_extension("ron").display().to_string(),
                path: path.display().to_string(),
            }));
        } else if has_ext(&path, "ron", true) {
            files.push(Ok(path));
        }
    }
    (files, errors)
}

/// One data file's text, read through the guarded reader; a UTF-8 byte-order mark is dropped.
pub fn read_text(path: &Path, display: &str) -> Result<String, DataError> {
    let bytes = fsread::read_capped(path, MAX_FILE_BYTES).map_err(|e| match e {
        ReadError::TooLarge { limit } => DataError::TooLarge {
            path: display.to_string(),
            limit,
        },
        ReadError::NotAFile(what) => DataError::NotAFile {
            path: display.to_string(),
            what,
            expected: "a RON file".into(),
        },
        other => DataError::Io {
            path: display.to_string(),
            message: other.to_string(),
        },
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let text = String::from_utf8_lossy(&bytes[..valid]);
        DataError::InvalidUtf8 {
            at: super::Location::at_offset(display, &text, valid),
        }
    })?;
    Ok(fsread::strip_bom(text))
}

/// The major group a problem's path makes unusable (`noc/units/32.ron` -> `32`).
fn lost_group(path: &str) -> Option<String> {
    let path = PathBuf::from(path);
    let parent = path.parent()?;
    if !parent.ends_with(files::UNITS_DIR) {
        return None;
    }
    let stem = path.file_stem()?.to_string_lossy().into_owned();
    (stem.len() == 2 && stem.bytes().all(|b| b.is_ascii_digit())).then_some(stem)
}

/// The path of a problem with a whole file, when it is one.
fn file_problem_path(e: &DataError) -> Option<&str> {
    match e {
        DataError::Io { path, .. }
        | DataError::MissingFile { path, .. }
        | DataError::Empty { path, .. }
        | DataError::TooLarge { path, .. }
        | DataError::NotAFile { path, .. }
        | DataError::WrongCase { path, .. } => Some(path),
        DataError::InvalidUtf8 { at } | DataError::Syntax { at, .. } => Some(&at.path),
        _ => None,
    }
}

/// The code an "unknown code" error is about.
fn unknown_code(e: &DataError) -> Option<&str> {
    match e {
        DataError::UnknownProfile { code, .. } | DataError::UnknownFigureCode { code, .. } => {
            Some(code)
        }
        DataError::UnknownLink { target, .. } => Some(target),
        _ => None,
    }
}

/// Add a missing file for each major group without its unit-group file, then count the errors
/// about codes of unusable major groups under their cause instead of listing them.
pub(super) fn root_causes(files: &[SourceFile], ds: &Dataset, errors: &mut Vec<DataError>) {
    if files.iter().any(|f| f.json.is_some() || f.binary.is_some()) {
        return;
    }
    // Nothing could be read: the files are not missing, the folder is the problem.
    if files.is_empty()
        && errors
            .iter()
            .any(|e| !matches!(e, DataError::MissingFile { .. }))
    {
        errors.retain(|e| !matches!(e, DataError::MissingFile { .. }));
        return;
    }
    let base = files
        .iter()
        .find_map(|f| f.display.strip_suffix(f.rel.as_str()))
        .unwrap_or("")
        .to_string();
    let mut lost: BTreeSet<String> = errors
        .iter()
        .filter_map(file_problem_path)
        .filter_map(lost_group)
        .collect();
    let mut missing = Vec::new();
    for group in &ds.major_groups {
        let rel = format!("{}/{}.ron", files::UNITS_DIR, group.code);
        if !lost.contains(&group.code) && !files.iter().any(|f| f.rel == rel) {
            missing.push(DataError::MissingFile {
                path: format!("{base}{rel}"),
                expected: format!(
                    "the unit groups of major group {} {}, which the structure file lists",
                    group.code, group.title
                ),
            });
            lost.insert(group.code.clone());
        }
    }
    errors.splice(0..0, missing);
    // A file in a folder that cannot be read, or a folder where a file should be, is not
    // "missing": the problem already reported is the cause.
    let unusable: Vec<PathBuf> = errors
        .iter()
        .filter_map(|e| match e {
            DataError::Folder { path, .. }
            | DataError::NotAFile { path, .. }
            | DataError::Io { path, .. } => Some(PathBuf::from(path)),
            _ => None,
        })
        .collect();
    errors.retain(|e| match e {
        DataError::MissingFile { path, .. } => {
            !unusable.iter().any(|u| Path::new(path).starts_with(u))
        }
        _ => true,
    });
    if lost.is_empty() {
        return;
    }
    let before = errors.len();
    // An alias names example titles, which may be in the lost files: it cannot be checked.
    errors.retain(|e| {
        !matches!(e, DataError::Alias { .. })
            && unknown_code(e).is_none_or(|c| !lost.iter().any(|g| c.starts_with(g)))
    });
    let count = before - errors.len();
    if count > 0 {
        errors.push(DataError::FollowOn {
            count,
            groups: lost.into_iter().collect::<Vec<_>>().join(", "),
        });
    }
    // Causes first: problems with whole files, then the rest in the order found.
    errors
        .sort_by_key(|e| file_problem_path(e).is_none() && !matches!(e, DataError::Folder { .. }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_in_an_unreadable_folder_are_not_called_missing() {
        let files = vec![SourceFile::ron(
            "noc/structure.ron".into(),
            "d/noc/structure.ron".into(),
            String::new(),
        )];
        let mut errors = vec![
            DataError::Folder {
                path: "d/noc/units".into(),
                message: "cannot read the folder: Permission denied (os error 13)".into(),
            },
            DataError::MissingFile {
                path: "d/noc/units/".into(),
                expected: "one UnitGroupFile per major group (noc/units/NN.ron)".into(),
            },
        ];
        root_causes(&files, &Dataset::default(), &mut errors);
        assert_eq!(
            errors,
            [DataError::Folder {
                path: "d/noc/units".into(),
                message: "cannot read the folder: Permission denied (os error 13)".into(),
            }]
        );
    }

    /// Only when not run as root: root reads any folder, whatever its mode.
    #[cfg(unix)]
    #[test]
    fn an_unreadable_folder_is_reported_as_such_when_not_root() {
        use std::os::unix::fs::PermissionsExt;
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } == 0 {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let units = dir.path().join("noc/units");
        std::fs::create_dir_all(&units).unwrap();
        std::fs::set_permissions(&units, std::fs::Permissions::from_mode(0o000)).unwrap();
        let (_, errors) = read_dir(dir.path());
        std::fs::set_permissions(&units, std::fs::Permissions::from_mode(0o755)).unwrap();
        assert!(
            matches!(&errors[..], [DataError::Folder { message, .. }] if message.starts_with("cannot read the folder")),
            "{errors:?}"
        );
    }
}
