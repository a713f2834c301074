//! Writing a file the user names (an export, the shortlist) so that it cannot be redirected.
//!
//! The text goes to a temporary file with an unpredictable name, created exclusively in the
//! target's folder (the `tempfile` crate), then renamed over the target: a crash leaves the
//! old file whole, and nobody can plant a link at the temporary name beforehand. The target
//! must be a regular file, a link to one, or nothing: a folder, device, FIFO, a link to one of
//! those or a link to nothing is refused, with or without `force`.
//!
//! Without `force` the last step cannot replace anything: a file that appeared at the target
//! while we wrote (another export started at the same moment) is kept and the write refused.
//! With `force` the new file takes the old one's permissions; a new file gets what the umask
//! allows, as any other program's would. Missing folders are not created: callers that mean
//! to create them do so first.

use crate::fsread;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{path} already exists; use --force to overwrite it")]
    Exists { path: String },
    #[error(
        "{path} appeared while we wrote it (another program wrote there); it was kept, not replaced"
    )]
    AppearedMeanwhile { path: String },
    #[error("{path}: cannot write there: the folder {folder} does not exist")]
    NoFolder { path: String, folder: String },
    #[error("{path}: will not write there: it is {what}, not a regular file")]
    NotAFile { path: String, what: &'static str },
    #[error("{path}: will not write there: it is a link to nothing ({target})")]
    Dangling { path: String, target: String },
    #[error("{path}: will not write there: it is a link to another link")]
    LinkChain { path: String },
    #[error("{path}: cannot {action}: {message}")]
    Io {
        path: String,
        action: &'static str,
        message: String,
    },
}

fn io(path: &Path, action: &'static str, e: impl std::fmt::Display) -> WriteError {
    WriteError::Io {
        path: path.display().to_string(),
        action,
        message: e.to_string(),
    }
}

/// Where writing `path` really goes: `path` itself, or the regular file a link names.
/// Returns whether that file exists already.
pub fn resolve_target(path: &Path) -> Result<(PathBuf, bool), WriteError> {
    let shown = || path.display().to_string();
    let meta = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok((path.to_path_buf(), false));
        }
        Err(e) => return Err(io(path, "inspect the target", e)),
    };
    let kind = meta.file_type();
    if kind.is_file() {
        return Ok((path.to_path_buf(), true));
    }
    if !kind.is_symlink() {
        return Err(WriteError::NotAFile {
            path: shown(),
            what: fsread::describe(kind),
        });
    }
    let target = match fsread::follow_once(path) {
        Ok(target) => target,
        Err(fsread::ReadError::NotFound) => {
            let target = std::fs::read_link(path).unwrap_or_default();
            return Err(WriteError::Dangling {
                path: shown(),
                target: target.display().to_string(),
            });
        }
        Err(fsread::ReadError::LinkChain) => return Err(WriteError::LinkChain { path: shown() }),
        Err(e) => return Err(io(path, "follow the link", e)),
    };
    let kind = std::fs::symlink_metadata(&target)
        .map_err(|e| io(path, "follow the link", e))?
        .file_type();
    if !kind.is_file() {
        return Err(WriteError::NotAFile {
            path: shown(),
            what: fsread::describe(kind),
        });
    }
    Ok((target, true))
}

/// What a write replaced.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    /// Other hard links the replaced file had: they keep its old text.
    pub other_links: u64,
}

impl Written {
    /// A sentence for the user when the replaced file had other hard links.
    pub fn note(&self, path: &Path) -> Option<String> {
        (self.other_links > 0).then(|| {
            format!(
                "{} had {} other hard link(s); they still hold the previous text",
                path.display(),
                self.other_links
            )
        })
    }
}

/// Write `bytes` to `path`; an existing file is replaced only when `force`.
pub fn write(path: &Path, bytes: &[u8], force: bool) -> Result<Written, WriteError> {
    let (target, exists) = resolve_target(path)?;
    if exists && !force {
        return Err(WriteError::Exists {
            path: path.display().to_string(),
        });
    }
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !dir.is_dir() {
        return Err(WriteError::NoFolder {
            path: path.display().to_string(),
            folder: dir.display().to_string(),
        });
    }
    let old = exists.then(|| std::fs::metadata(&target).ok()).flatten();
    let mut builder = tempfile::Builder::new();
    builder.prefix(".noc-explorer-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // The mode asked for when creating is masked by the umask, as for any new file.
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| io(dir, "create a temporary file", e))?;
    let mut written = Written::default();
    if let Some(old) = &old {
        // Replacing: the old file's permissions, exactly (not masked again).
        tmp.as_file()
            .set_permissions(old.permissions())
            .map_err(|e| io(path, "keep the permissions of", e))?;
        written.other_links = other_links(old);
    }
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| io(path, "write", e))?;
    // Dropping the temporary file on any failure removes it.
    if force {
        tmp.persist(&target)
            .map_err(|e| io(path, "write", e.error))?;
    } else {
        // A link or rename that cannot replace: what appeared meanwhile stays.
        tmp.persist_noclobber(&target).map_err(|e| {
            if e.error.kind() == std::io::ErrorKind::AlreadyExists {
                WriteError::AppearedMeanwhile {
                    path: path.display().to_string(),
                }
            } else {
                io(path, "write", e.error)
            }
        })?;
    }
    Ok(written)
}

fn other_links(meta: &std::fs::Metadata) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        meta.nlink().saturating_sub(1)
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        0
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    #[test]
    fn a_planted_link_at_a_temporary_name_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "keep me").unwrap();
        // The names the old code used: `.NAME.tmp-PID`.
        let name = format!(".out.md.tmp-{}", std::process::id());
        symlink(&victim, dir.path().join(name)).unwrap();
        let out = dir.path().join("out.md");
        write(&out, b"export", false).unwrap();
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep me");
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "export");
    }

    #[test]
    fn devices_folders_and_dangling_links_are_refused_even_with_force() {
        let dir = tempfile::tempdir().unwrap();
        let full = dir.path().join("full.md");
        symlink("/dev/full", &full).unwrap();
        let dangling = dir.path().join("dangling.md");
        symlink(dir.path().join("nowhere.md"), &dangling).unwrap();
        for force in [false, true] {
            let e = write(&full, b"x", force).unwrap_err().to_string();
            assert!(e.ends_with("it is a device, not a regular file"), "{e}");
            let e = write(dir.path(), b"x", force).unwrap_err().to_string();
            assert!(e.ends_with("it is a folder, not a regular file"), "{e}");
            let e = write(&dangling, b"x", force).unwrap_err().to_string();
            assert!(e.contains("it is a link to nothing"), "{e}");
        }
        assert!(!dir.path().join("nowhere.md").exists());
        assert!(
            std::fs::symlink_metadata(&full)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[test]
    fn a_link_to_a_regular_file_is_written_through_with_force_only() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.md");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.md");
        symlink("real.md", &link).unwrap();
        assert!(matches!(
            write(&link, b"new", false),
            Err(WriteError::Exists { .. })
        ));
        write(&link, b"new", true).unwrap();
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[test]
    fn force_keeps_the_mode_and_counts_other_links_and_new_files_follow_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f.md");
        std::fs::write(&file, "old").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).unwrap();
        std::fs::hard_link(&file, dir.path().join("twin.md")).unwrap();
        let written = write(&file, b"new", true).unwrap();
        assert_eq!(written.other_links, 1);
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("twin.md")).unwrap(),
            "old"
        );
        // A new file: 0666 less the umask (read without changing it through /proc).
        let umask = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                let line = s.lines().find(|l| l.starts_with("Umask:"))?.to_string();
                u32::from_str_radix(line.split_whitespace().nth(1)?, 8).ok()
            });
        let new = dir.path().join("new.md");
        write(&new, b"x", false).unwrap();
        if let Some(umask) = umask {
            let mode = std::fs::metadata(&new).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o666 & !umask);
        }
    }

    #[test]
    fn a_missing_folder_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let e = write(&dir.path().join("a/b.md"), b"x", false).unwrap_err();
        assert!(matches!(e, WriteError::NoFolder { .. }), "{e}");
        assert!(!dir.path().join("a").exists());
    }
}
