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
pub fn open_regular(path: &Path) -> Result<std::fs::File, ReadError> {
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
    // Room for the whole file at once (growing by doubling copies a large one several times);
    // never more than the cap, whatever size the file claims.
    let size = file.metadata().map_or(0, |m| m.len()).min(cap);
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1));
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
    /// Files kept and folders entered, at most.
    pub entries: usize,
}

/// Entries looked at in one walk, kept or not: past this the walk stops (a folder of
/// millions of names costs time even when none is kept).
const MAX_SCANNED: usize = 1_000_000;

/// What a bounded walk found.
#[derive(Debug, Default)]
pub struct Walk {
    /// Every entry that is not a folder (files, links to files, FIFOs...), in no set order.
    pub files: Vec<PathBuf>,
    /// Entries that are folders (or links to folders), by path, with whether they were read.
    pub folders: Vec<PathBuf>,
    /// Folders that could not be read or were not entered, with why.
    pub problems: Vec<(PathBuf, String)>,
    /// Files and folders left out because the walk reached its limit.
    pub left_out: usize,
}

/// Whether the folder at `path` is one of the kernel's views (/proc, /sys, ...): millions of
/// entries, links back to the whole file system, files that never end. Never data.
pub fn kernel_view(path: &Path) -> bool {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::ffi::OsStrExt;
        let Ok(c) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
            return false;
        };
        let mut st = std::mem::MaybeUninit::<libc::statfs>::zeroed();
        // SAFETY: a valid NUL-terminated path and a struct for statfs to fill.
        if unsafe { libc::statfs(c.as_ptr(), st.as_mut_ptr()) } != 0 {
            return false;
        }
        // SAFETY: statfs succeeded, so the struct is filled.
        let kind = unsafe { st.assume_init() }.f_type as u64 & 0xffff_ffff;
        // proc, sysfs, debugfs, tracefs, securityfs, cgroup, cgroup2, devpts, bpf, configfs.
        [
            0x9fa0,
            0x6265_6572,
            0x6462_6720,
            0x7472_6163,
            0x7363_6673,
            0x0027_e0eb,
            0x6367_7270,
            0x1cd1,
            0xcafe_4a11,
            0x6265_6570,
        ]
        .contains(&kind)
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = path;
        false
    }
}

/// Walk `root` (depth-first), skipping folders for which `skip` is true and entering the
/// folders named in `first` before any other, so that the limit never leaves them out. A
/// folder is entered once; a link to a folder is not entered (one inside `root` is read by its
/// own path, one outside is not ours), nor is a kernel view (/proc, /sys); a walk stops at
/// `limits`.
pub fn walk(root: &Path, limits: WalkLimits, first: &[&str], skip: impl Fn(&Path) -> bool) -> Walk {
    let mut out = Walk::default();
    let mut walker = Walker {
        root: std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()),
        limits,
        first,
        skip: &skip,
        seen: HashSet::new(),
        kept: 0,
        scanned: 0,
    };
    walker.walk_into(root, 0, &mut out);
    if out.left_out > 0 {
        out.problems.push((
            root.to_path_buf(),
            format!(
                "more than {} files and folders: {} were left out",
                limits.entries, out.left_out
            ),
        ));
    }
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

struct Walker<'a> {
    root: PathBuf,
    limits: WalkLimits,
    first: &'a [&'a str],
    skip: &'a dyn Fn(&Path) -> bool,
    seen: HashSet<(u64, u64)>,
    kept: usize,
    scanned: usize,
}

impl Walker<'_> {
    /// Why a folder (or a link to one) is not entered, if it is not.
    fn refuse(&mut self, dir: &Path, is_link: bool) -> Option<String> {
        if is_link {
            // A folder inside is read by its own path; one outside is not ours to read.
            let inside = std::fs::canonicalize(dir).is_ok_and(|t| t.starts_with(&self.root));
            return Some(if inside {
                "a link leads back to a folder already read; not entered again".into()
            } else {
                format!(
                    "a link to a folder outside {}; not followed",
                    self.root.display()
                )
            });
        }
        if kernel_view(dir) {
            return Some("a view of the kernel (like /proc or /sys), not data; not entered".into());
        }
        if let Some(id) = dir_id(dir)
            && !self.seen.insert(id)
        {
            return Some("a link leads back to a folder already read; not entered again".into());
        }
        None
    }

    fn walk_into(&mut self, dir: &Path, depth: usize, out: &mut Walk) {
        if let Some(why) = self.refuse(dir, false) {
            out.problems.push((dir.to_path_buf(), why));
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
        // Folders are entered after every name of this one is looked at, named ones first;
        // this folder's files are kept after its folders', so that junk beside the data
        // folders cannot fill the limit before them.
        let mut folders: Vec<(PathBuf, bool)> = Vec::new();
        let mut files: Vec<PathBuf> = Vec::new();
        for entry in entries {
            self.scanned += 1;
            if self.scanned > MAX_SCANNED {
                out.problems.push((
                    dir.to_path_buf(),
                    format!("more than {MAX_SCANNED} names looked at; the rest were not read"),
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
            let (is_dir, is_link) = match entry.file_type() {
                Ok(ft) if ft.is_dir() => (true, false),
                Ok(ft) if ft.is_symlink() => (follow_once(&path).is_ok_and(|t| t.is_dir()), true),
                _ => (false, false),
            };
            if is_dir {
                if !(self.skip)(&path) {
                    folders.push((path, is_link));
                }
            } else if files.len() < self.limits.entries {
                files.push(path);
            } else {
                out.left_out += 1;
            }
        }
        let rank = |p: &Path| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            !self.first.iter().any(|f| name.as_deref() == Some(f))
        };
        folders.sort_by(|a, b| (rank(&a.0), &a.0).cmp(&(rank(&b.0), &b.0)));
        for (path, is_link) in folders {
            if depth + 1 >= self.limits.depth {
                out.problems.push((
                    path,
                    format!(
                        "folders nested deeper than {} are not read",
                        self.limits.depth
                    ),
                ));
            } else if self.kept >= self.limits.entries {
                out.left_out += 1;
            } else if let Some(why) = is_link.then(|| self.refuse(&path, true)).flatten() {
                out.problems.push((path, why));
            } else {
                self.kept += 1;
                out.folders.push(path.clone());
                self.walk_into(&path, depth + 1, out);
            }
        }
        let room = self
            .limits
            .entries
            .saturating_sub(self.kept)
            .min(files.len());
        out.left_out += files.len() - room;
        self.kept += room;
        out.files.extend(files.into_iter().take(room));
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
        let walk = walk(dir.path(), limits, &[], |_| false);
        assert_eq!(walk.files, [dir.path().join("a/b/x.ron")]);
        assert_eq!(walk.problems.len(), 2, "{:?}", walk.problems);
    }

    #[test]
    fn links_out_and_kernel_views_are_not_entered_and_named_folders_come_first() {
        let dir = tempfile::tempdir().unwrap();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("x.ron"), "x").unwrap();
        symlink(outside.path(), dir.path().join("out")).unwrap();
        if Path::new("/proc/self").is_dir() {
            assert!(kernel_view(Path::new("/proc")));
        }
        std::fs::create_dir(dir.path().join("noc")).unwrap();
        std::fs::write(dir.path().join("noc/s.ron"), "x").unwrap();
        for i in 0..30 {
            std::fs::write(dir.path().join(format!("junk{i}")), "x").unwrap();
        }
        let limits = WalkLimits {
            depth: 4,
            entries: 10,
        };
        let walk = walk(dir.path(), limits, &["noc"], |_| false);
        assert!(walk.files.len() <= 10);
        assert!(!walk.files.iter().any(|f| f.starts_with(outside.path())));
        // The junk files fill the limit; the named folder is still entered.
        assert!(walk.files.contains(&dir.path().join("noc/s.ron")));
        assert!(walk.left_out >= 20, "{}", walk.left_out);
        let why: Vec<&str> = walk.problems.iter().map(|(_, w)| w.as_str()).collect();
        assert!(
            why.iter()
                .any(|w| w.starts_with("a link to a folder outside")),
            "{why:?}"
        );
    }
}
