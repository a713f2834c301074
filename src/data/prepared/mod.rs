//! A prepared copy of a `--data` directory: the forms `build.rs` makes of the embedded data
//! (postcard for the unit groups and figures, JSON for the rest, the search index's binary
//! form), made once after the directory has been parsed and checked whole, and read at later
//! starts instead of parsing the RON.
//!
//! A copy is keyed by a content hash of every file the loader reads below the directory (path
//! and bytes, not times), and by the build's `NOC_PREPARED_FORMS_ID` (the types its binary form
//! is read with): any other copy is not used. The key is found without reading the files when
//! none has changed since it was last hashed (`stamps`: size, times, inode; a file changed in
//! the seconds before it was hashed is hashed again), else by reading and hashing them. A copy is written to a temporary file and renamed
//! into place, so two processes preparing at once leave one whole copy. A copy that is
//! truncated, damaged, foreign or for other data fails its header, length, checksum or key and
//! is made again; the forms it holds are read as the embedded ones are, so one that does not
//! decode is read from its RON instead.
//!
//! Where copies live: `NOC_EXPLORER_CACHE_DIR` if set (the tests' own folder), else the user's
//! cache folder; and `DIR/prepared.noc` beside the data, which `noc-import --prepare` writes
//! for those who ship a directory (used when its key matches).

pub mod forms;
pub mod load;
pub mod stamps;

use super::SourceFile;
use serde::{Deserialize, Serialize};
use std::hash::{BuildHasher, Hasher};
use std::path::{Path, PathBuf};

// What `forms.rs` names through `super::`.
use crate::model::japanese as japanese_names;
use crate::model::{classes, figures, law, path_lists, tuition, units};

/// The file name of a copy beside the data (`noc-import --prepare`).
pub const BESIDE_DATA: &str = "prepared.noc";
/// Overrides the user's cache folder (tests set it, so they never touch the real one).
pub const CACHE_DIR_VAR: &str = "NOC_EXPLORER_CACHE_DIR";

const MAGIC: &[u8; 8] = b"NOCPREP2";
/// Magic, forms id, key (two words), then the length and checksum of the body (the files'
/// forms) and of the search index, which follow in that order: `search` reads the header and
/// the index only.
const HEADER: usize = 8 + 8 + 16 + 16 + 16;
/// No copy is read past this (the 4x data's is well under it).
const MAX_COPY_BYTES: u64 = 512 * 1024 * 1024;

/// The content hash of a directory's files: two independent 64-bit hashes.
pub type Key = [u64; 2];

/// The content hash of one file's text: two independent 64-bit hashes.
pub type FileHash = [u64; 2];

const SEEDS: [u64; 2] = [0x6e6f_635f_6b65_7931, 0x9e37_79b9_7f4a_7c15];

/// The prepared forms of one file.
#[derive(Serialize, Deserialize)]
struct Form<'a> {
    rel: &'a str,
    json: Option<&'a str>,
    binary: Option<&'a [u8]>,
}

#[derive(Serialize, Deserialize)]
struct Body<'a> {
    #[serde(borrow)]
    files: Vec<Form<'a>>,
}

/// One file's forms as read back: (path, JSON, binary form).
type ReadForms = (&'static str, Option<&'static str>, Option<&'static [u8]>);

/// A copy read back: its forms (by path) and the search index's bytes.
pub struct PreparedCopy {
    forms: Vec<ReadForms>,
    /// Its search index, read when first needed (the explorer's first frame does not wait
    /// for it).
    pub index: crate::model::IndexSource,
}

fn forms_id() -> u64 {
    u64::from_str_radix(env!("NOC_PREPARED_FORMS_ID"), 16).unwrap_or(0)
}

fn hash_bytes(seed: u64, parts: &[&[u8]]) -> u64 {
    let mut h = foldhash::quality::FixedState::with_seed(seed).build_hasher();
    for part in parts {
        h.write_usize(part.len());
        h.write(part);
    }
    h.finish()
}

/// The content hash of one file's text.
pub fn file_hash(text: &str) -> FileHash {
    SEEDS.map(|seed| hash_bytes(seed, &[text.as_bytes()]))
}

/// The key of a directory from its files' paths and content hashes, in order.
pub fn key_of<'a>(files: impl IntoIterator<Item = (&'a str, FileHash)>) -> Key {
    let mut a = foldhash::quality::FixedState::with_seed(SEEDS[0]).build_hasher();
    let mut b = foldhash::quality::FixedState::with_seed(SEEDS[1]).build_hasher();
    for (rel, hash) in files {
        for h in [&mut a, &mut b] {
            h.write_usize(rel.len());
            h.write(rel.as_bytes());
            h.write_u64(hash[0]);
            h.write_u64(hash[1]);
        }
    }
    [a.finish(), b.finish()]
}

/// The content hash of the files read from a directory (their paths and bytes, in order).
pub fn key(files: &[SourceFile]) -> Key {
    key_of(files.iter().map(|f| (f.rel.as_str(), file_hash(&f.text))))
}

/// Set to see on stderr how a `--data` start found its data (`NOC_EXPLORER_TRACE=1`).
pub const TRACE_VAR: &str = "NOC_EXPLORER_TRACE";

fn trace(what: &str) {
    if std::env::var_os(TRACE_VAR).is_some_and(|v| !v.is_empty()) {
        eprintln!("noc-explorer: {what}");
    }
}

/// The user's cache folder for prepared copies.
pub fn cache_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(CACHE_DIR_VAR).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("ca", "noc-explorer", "noc-explorer")
        .map(|d| d.cache_dir().join("prepared"))
}

/// The copy in the cache of a directory: one per directory (its absolute path's hash), so a
/// changed directory replaces its own copy.
pub fn cache_path(dir: &Path) -> Option<PathBuf> {
    let abs = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
    let name = hash_bytes(1, &[abs.as_os_str().as_encoded_bytes()]);
    Some(cache_dir()?.join(format!("{name:016x}.noc")))
}

/// The copy for `key`, from beside the data or the cache, if a whole one is there.
pub fn read(dir: &Path, key: Key) -> Option<PreparedCopy> {
    copy_paths(dir).find_map(|path| read_copy(&path, key))
}

/// The search index's bytes of the copy for `key`, read without the rest of the copy.
pub fn read_index(dir: &Path, key: Key) -> Option<&'static [u8]> {
    copy_paths(dir).find_map(|path| read_index_of(&path, key))
}

fn copy_paths(dir: &Path) -> impl Iterator<Item = PathBuf> {
    [Some(dir.join(BESIDE_DATA)), cache_path(dir)]
        .into_iter()
        .flatten()
}

/// The copy at `path` opened with its header read, if the header is of `key` and the file
/// has the length the header gives (a truncated or foreign copy is none).
fn open_copy(path: &Path, key: Key) -> Option<(std::fs::File, Header)> {
    use std::io::Read;
    let mut file = crate::fsread::open_regular(path).ok()?;
    let mut header = [0u8; HEADER];
    file.read_exact(&mut header).ok()?;
    let h = Header::read(&header, key)?;
    (file.metadata().ok()?.len() == h.total()).then_some((file, h))
}

/// The copy's forms (its header and body, not its index), if whole.
fn read_copy(path: &Path, key: Key) -> Option<PreparedCopy> {
    use std::io::Read;
    // The guarded reader: a FIFO, device or folder in its place is not waited on or read.
    let (file, h) = open_copy(path, key)?;
    let mut body = Vec::with_capacity(usize::try_from(h.body.0).ok()?);
    file.take(h.body.0).read_to_end(&mut body).ok()?;
    if body.len() as u64 != h.body.0 || hash_bytes(2, &[&body]) != h.body.1 {
        return None;
    }
    // Its forms are borrowed for the process's life, as the embedded ones are (read once).
    let body: &'static [u8] = Box::leak(body.into_boxed_slice());
    let body: Body<'static> = postcard::from_bytes(body).ok()?;
    Some(PreparedCopy {
        forms: body
            .files
            .into_iter()
            .map(|f| (f.rel, f.json, f.binary))
            .collect(),
        index: crate::model::IndexSource {
            path: path.to_path_buf(),
            key,
            read: read_index_of,
        },
    })
}

fn read_index_of(path: &Path, key: Key) -> Option<&'static [u8]> {
    use std::io::{Read, Seek, SeekFrom};
    let (mut file, h) = open_copy(path, key)?;
    file.seek(SeekFrom::Start(HEADER as u64 + h.body.0)).ok()?;
    let mut index = Vec::with_capacity(usize::try_from(h.index.0).ok()?);
    (&mut file).take(h.index.0).read_to_end(&mut index).ok()?;
    if index.len() as u64 != h.index.0 || hash_bytes(2, &[&index]) != h.index.1 {
        return None;
    }
    Some(Box::leak(index.into_boxed_slice()))
}

/// A copy's header: the body's and the index's (length, checksum).
struct Header {
    body: (u64, u64),
    index: (u64, u64),
}

impl Header {
    /// The header of a copy of this build, for `key`, with lengths that fit under the cap.
    fn read(bytes: &[u8], key: Key) -> Option<Header> {
        let word = |i: usize| -> Option<u64> {
            Some(u64::from_le_bytes(bytes.get(i..i + 8)?.try_into().ok()?))
        };
        if bytes.get(..8)? != MAGIC || word(8)? != forms_id() || [word(16)?, word(24)?] != key {
            return None;
        }
        let h = Header {
            body: (word(32)?, word(40)?),
            index: (word(48)?, word(56)?),
        };
        (h.body.0 <= MAX_COPY_BYTES && h.index.0 <= MAX_COPY_BYTES).then_some(h)
    }

    fn total(&self) -> u64 {
        HEADER as u64 + self.body.0 + self.index.0
    }
}

/// The body and index of a copy whose header is this build's, for `key`, of the right
/// lengths and sums.
#[cfg(test)]
fn check_whole(bytes: &[u8], key: Key) -> Option<(&[u8], &[u8])> {
    let h = Header::read(bytes, key)?;
    if bytes.len() as u64 != h.total() {
        return None;
    }
    let (body, index) = bytes[HEADER..].split_at(h.body.0 as usize);
    (hash_bytes(2, &[body]) == h.body.1 && hash_bytes(2, &[index]) == h.index.1)
        .then_some((body, index))
}

/// Give `files` the forms of `copy`: `None` unless it holds exactly these files.
pub fn attach(files: &mut [SourceFile], copy: &PreparedCopy) -> Option<()> {
    if files.len() != copy.forms.len() {
        return None;
    }
    for (file, &(rel, json, binary)) in files.iter_mut().zip(&copy.forms) {
        // A deep file is kept as RON (its forms would be handed back as embedded pages).
        let deep = crate::model::depth::is_deep(rel);
        if file.rel != rel || (deep && (json.is_some() || binary.is_some())) {
            return None;
        }
        file.json = json;
        file.binary = binary;
    }
    Some(())
}

/// The prepared forms of one file: (path, JSON, binary form).
pub type FileForms = (String, Option<String>, Option<Vec<u8>>);

/// The forms of `files` (as read; deep files are kept as RON). A file whose RON does not
/// parse gets none (such a directory fails its checks and no copy is written).
pub fn make_forms(files: &[SourceFile]) -> Vec<FileForms> {
    files
        .iter()
        .map(|f| {
            if crate::model::depth::is_deep(&f.rel) {
                return (f.rel.clone(), None, None);
            }
            let binary = forms::to_binary(&f.rel, &f.text);
            let json = binary
                .is_none()
                .then(|| forms::to_json(&f.rel, &f.text))
                .flatten();
            (f.rel.clone(), json, binary)
        })
        .collect()
}

/// A copy's bytes, as written: the forms of the files, the search index's bytes, for `key`.
pub fn make(forms: &[FileForms], index: &[u8], key: Key) -> Vec<u8> {
    let body = Body {
        files: forms
            .iter()
            .map(|(rel, json, binary)| Form {
                rel,
                json: json.as_deref(),
                binary: binary.as_deref(),
            })
            .collect(),
    };
    let body = postcard::to_stdvec(&body).unwrap_or_default();
    let mut out = Vec::with_capacity(HEADER + body.len() + index.len());
    out.extend_from_slice(MAGIC);
    for word in [
        forms_id(),
        key[0],
        key[1],
        body.len() as u64,
        hash_bytes(2, &[&body]),
        index.len() as u64,
        hash_bytes(2, &[index]),
    ] {
        out.extend_from_slice(&word.to_le_bytes());
    }
    out.extend_from_slice(&body);
    out.extend_from_slice(index);
    out
}

/// Write `bytes` to `path` through a temporary file in the same folder renamed into place:
/// a reader sees the old copy or the new one, never part of one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let parent = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let mut tmp = tempfile::NamedTempFile::new_in(parent)?;
    tmp.write_all(bytes)?;
    // Readable by others, as the data beside it is (the tempfile is made private).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod stamps_tests;
#[cfg(test)]
mod tests;
