//! One guarded way to read the files a user hands us (data files, the shortlist) and to walk
//! a data directory.
//!
//! A path may name anything: a FIFO that never delivers, a device that never ends, a link
//! that loops, a folder. Reading is therefore: follow a symbolic link at most once (never a
//! link to a link), open without blocking, ask the *opened handle* what it is and refuse
//! anything but a regular file, and stop reading at `cap + 1` bytes whatever the metadata
//! says. Walks are bounded in depth and entries and never enter a folder twice.

use std::collections::HashSet;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// Nothing exists at the path (or a link points at nothing).
    NotFound,
    /// Something other than a regular file: a folder, a FIFO, a device, a socket.
    NotAFile(&'static str),
    /// A link to another link (or a loop of links): only one link is followed.
    LinkChain,
    /// More than `limit` bytes.
    TooLarge { limit: u64 },
    /// Any other failure of the system, as it words it.
    Io(String),
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotFound => write!(f, "no such file"),
            ReadError::NotAFile(what) => write!(f, "it is {what}, not a regular file"),
            ReadError::LinkChain => write!(
                f,
                "it is a link to another link (or a loop of links); only one link is followed"
            ),
            ReadError::TooLarge { limit } => write!(f, "it is over the limit of {limit} bytes"),
            ReadError::Io(message) => write!(f, "{message}"),
        }
    }
}

impl From<std::io::Error> for ReadError {
    fn from(e: std::io::Error) -> Self {
        match e.kind() {
            std::io::ErrorKind::NotFound => ReadError::NotFound,
            _ if is_loop(&e) => ReadError::LinkChain,
            _ => ReadError::Io(e.to_string()),
        }
    }
}

#[cfg(unix)]
fn is_loop(e: &std::io::Error) -> bool {
    e.raw_os_error() == Some(libc::ELOOP)
}

#[cfg(not(unix))]
fn is_loop(_: &std::io::Error) -> bool {
    false
}

/// What a file type is, in words.
pub fn describe(ft: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if ft.is_char_device() || ft.is_block_device() {
            return "a device";
        }
        if ft.is_socket() {
            return "a socket";
        }
    }
    if ft.is_dir() {
        "a folder"
    } else if ft.is_symlink() {
        "a link"
    } else if ft.is_file() {
        "a regular file"
    } else {
        "not a regular file"
    }
}

/// The path a link at `path` points to (relative targets resolved against its folder), or
/// `path` itself when it is not a link. A link to a link is refused.
pub fn follow_once(path: &Path) -> Result<PathBuf, ReadError> {
    let meta = std::fs::symlink_metadata(path)?;
    if !meta.file_type().is_symlink() {
        return Ok(path.to_path_buf());
    }
    let target = std::fs::read_link(path)?;
    let target = match path.parent() {
        Some(dir) if target.is_relative() => dir.join(target),
        _ => target,
    };
    let meta = std::fs::symlink_metadata(&target)?;
    if meta.file_type().is_symlink() {
        return Err(ReadError::LinkChain);
    }
    Ok(target)
}

/// Open `path` for reading without waiting on it, and check the handle is a regular file.
fn open_regular(path: &Path) -> Result<std::fs::File, ReadError> {
    let target = follow_once(path)?;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Non-blocking: opening a FIFO must not wait for a writer. No following: the link
        // was resolved above, so a link here was planted since.
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW);
    }
    let file = options.open(&target)?;
    let kind = file.metadata()?.file_type();
    if !kind.is_file() {
        return Err(ReadError::NotAFile(describe(kind)));
    }
    Ok(file)
}

/// Read at most `cap` bytes of the regular file at `path`.
pub fn read_capped(path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.take(cap.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::from)?;
    if bytes.len() as u64 > cap {
        return Err(ReadError::TooLarge { limit: cap });
    }
    Ok(bytes)
}

/// The text of a file: UTF-8, with a leading byte-order mark dropped.
pub fn strip_bom(text: String) -> String {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    }
}

/// Limits of a directory walk.
#[derive(Debug, Clone, Copy)]
pub struct WalkLimits {
    pub depth: usize,
    pub entries: usize,
}

/// What a bounded walk found.
#[derive(Debug, Default)]
pub struct Walk {
    /// Every entry that is not a folder (files, links to files, FIFOs...), in no set order.
    pub files: Vec<PathBuf>,
    /// Entries that are folders (or links to folders), by path, with whether they were read.
    pub folders: Vec<PathBuf>,
    /// Folders that could not be read or were not entered, with why.
    pub problems: Vec<(PathBuf, String)>,
}

/// Walk `root` (depth-first), skipping folders for which `skip` is true. A folder is entered
/// once even when links lead to it twice; a walk stops at `limits`.
pub fn walk(root: &Path, limits: WalkLimits, skip: impl Fn(&Path) -> bool) -> Walk {
    let mut out = Walk::default();
    let mut seen = HashSet::new();
    let mut count = 0;
    walk_into(root, 0, limits, &skip, &mut seen, &mut count, &mut out);
    out
}

fn dir_id(path: &Path) -> Option<(u64, u64)> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

fn walk_into(
    dir: &Path,
    depth: usize,
    limits: WalkLimits,
    skip: &dyn Fn(&Path) -> bool,
    seen: &mut HashSet<(u64, u64)>,
    count: &mut usize,
    out: &mut Walk,
) {
    if let Some(id) = dir_id(dir)
        && !seen.insert(id)
    {
        out.problems.push((
            dir.to_path_buf(),
            "a link leads back to a folder already read; not entered again".into(),
        ));
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            out.problems
                .push((dir.to_path_buf(), format!("cannot read the folder: {e}")));
            return;
        }
    };
    for entry in entries {
        *count += 1;
        if *count > limits.entries {
            out.problems.push((
                dir.to_path_buf(),
                format!(
                    "more than {} entries; the rest were not read",
                    limits.entries
                ),
            ));
            return;
        }
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                out.problems
                    .push((dir.to_path_buf(), format!("cannot read the folder: {e}")));
                continue;
            }
        };
        let path = entry.path();
        // A link is followed once to see whether it names a folder.
        let is_dir = match entry.file_type() {
            Ok(ft) if ft.is_dir() => true,
            Ok(ft) if ft.is_symlink() => follow_once(&path).is_ok_and(|t| t.is_dir()),
            _ => false,
        };
        if !is_dir {
            out.files.push(path);
        } else if skip(&path) {
            continue;
        } else if depth + 1 >= limits.depth {
            out.problems.push((
                path,
                format!("folders nested deeper than {} are not read", limits.depth),
            ));
        } else {
            out.folders.push(path.clone());
            walk_into(&path, depth + 1, limits, skip, seen, count, out);
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;
    use std::time::{Duration, Instant};

    #[test]
    fn a_fifo_is_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("f.ron");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let start = Instant::now();
        assert_eq!(
            read_capped(&fifo, 100),
            Err(ReadError::NotAFile("a FIFO (named pipe)"))
        );
        assert!(start.elapsed() < Duration::from_secs(1));
    }

    #[test]
    fn a_link_to_a_device_is_refused_and_the_cap_counts_bytes_read() {
        let dir = tempfile::tempdir().unwrap();
        let zero = dir.path().join("zero.ron");
        symlink("/dev/zero", &zero).unwrap();
        assert_eq!(
            read_capped(&zero, 100),
            Err(ReadError::NotAFile("a device"))
        );
        let big = dir.path().join("big.ron");
        std::fs::write(&big, [b'x'; 101]).unwrap();
        assert_eq!(
            read_capped(&big, 100),
            Err(ReadError::TooLarge { limit: 100 })
        );
        assert_eq!(read_capped(&big, 101).unwrap().len(), 101);
    }

    #[test]
    fn links_are_followed_once_and_loops_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.ron");
        std::fs::write(&file, "x").unwrap();
        symlink("a.ron", dir.path().join("one.ron")).unwrap();
        symlink("one.ron", dir.path().join("two.ron")).unwrap();
        symlink("loop.ron", dir.path().join("loop.ron")).unwrap();
        assert_eq!(read_capped(&dir.path().join("one.ron"), 10).unwrap(), b"x");
        assert_eq!(
            read_capped(&dir.path().join("two.ron"), 10),
            Err(ReadError::LinkChain)
        );
        assert_eq!(
            read_capped(&dir.path().join("loop.ron"), 10),
            Err(ReadError::LinkChain)
        );
        assert_eq!(
            read_capped(dir.path(), 10),
            Err(ReadError::NotAFile("a folder"))
        );
    }

    #[test]
    fn a_walk_through_folder_loops_ends() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("a/b")).unwrap();
        symlink("..", dir.path().join("a/b/up")).unwrap();
        symlink("../../a", dir.path().join("a/b/again")).unwrap();
        std::fs::write(dir.path().join("a/b/x.ron"), "x").unwrap();
        let limits = WalkLimits {
            depth: 16,
            entries: 1000,
        };
        let walk = walk(dir.path(), limits, |_| false);
        assert_eq!(walk.files, [dir.path().join("a/b/x.ron")]);
        assert_eq!(walk.problems.len(), 2, "{:?}", walk.problems);
    }
}
