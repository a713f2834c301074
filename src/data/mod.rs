//! Loading the dataset: the embedded default or a directory of RON files, then validation.
//!
//! Every problem is collected, not only the first, so that `validate` can list them all.

// `DataError` carries located paths; it is built only for problems, which are rare.
#![allow(clippy::result_large_err)]

mod aliases;
mod checks;
pub(crate) mod deep;
mod error;
mod figures;
pub mod files;
mod guard;
mod immigration_lists;
mod japanese;
pub mod prepared;
mod similarity;
mod validate;

pub use checks::{is_forbidden, missing_optional, printable};
pub use deep::missing_deep_files;
pub use error::{DataError, LoadErrors, Location};
pub use prepared::load::MakeIndex;
pub use validate::MAX_LIST_LEN;

use crate::model::{Dataset, Profile};
use files::{Noc2016File, StructureFile, UnitGroupFile};
use serde::de::DeserializeOwned;
use std::borrow::Cow;
use std::path::Path;

/// No data file may be larger than this (the largest shipped one is well under 1 MiB).
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

mod embedded {
    /// (RON text, JSON, postcard), as `build.rs` writes them.
    pub type EmbeddedContent = (&'static str, Option<&'static str>, Option<&'static [u8]>);
    include!(concat!(env!("OUT_DIR"), "/embedded_data.rs"));

    /// (path below data/, RON text, JSON, postcard) of every embedded file.
    pub fn files() -> impl Iterator<
        Item = (
            &'static str,
            &'static str,
            Option<&'static str>,
            Option<&'static [u8]>,
        ),
    > {
        PATHS
            .lines()
            .zip(FILES)
            .map(|(rel, &(text, json, binary))| (rel, text, json, binary))
    }
}

/// A data file's text with the path it is reported under.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the data directory, with `/` separators.
    pub rel: String,
    /// Path shown in messages.
    pub display: String,
    /// The RON text: parsed when there is no `json`, and where errors are located.
    pub text: Cow<'static, str>,
    /// The same content as JSON, converted from the RON by `build.rs` (embedded files only).
    /// Deserialised instead of the RON because it is several times faster. Crate-only: once
    /// decoded, its pages are handed back to the kernel (`embedded_pages`), which only the
    /// executable's own bytes may be.
    pub(crate) json: Option<&'static str>,
    /// The same content in postcard's binary form, written by `build.rs` from the file's own
    /// type (the embedded unit groups, figures and Japanese names, which the first frame waits
    /// for; these have no JSON). Several times faster to read than the JSON. Crate-only, as
    /// `json`.
    pub(crate) binary: Option<&'static [u8]>,
}

impl SourceFile {
    /// A file read as RON text.
    pub fn ron(rel: String, display: String, text: String) -> Self {
        SourceFile {
            rel,
            display,
            text: Cow::Owned(text),
            json: None,
            binary: None,
        }
    }
}

/// Where the data comes from.
#[derive(Debug, Clone)]
pub enum DataSource<'a> {
    Embedded,
    Dir(&'a Path),
}

/// What a command reads of the embedded dataset: only those files are deserialised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Every file: the explorer, `show`, `export`, `stats`, `validate`.
    Everything,
    /// What building the search index reads (the `search` command reads the index `build.rs`
    /// prepared instead, and loads this only should that be missing): the hierarchy, the
    /// unit groups, the NOC 2016 links, our aliases,
    /// the Japanese names (searched too) and the outlook (its 2023 employment orders equal
    /// matches). Not the wages, Census incomes, AI exposure, LMIA, Express Entry categories,
    /// programs, profiles or deep files: their figures would read as absent.
    Search,
}

impl Needs {
    /// Whether a file (path below the data directory) is read.
    pub fn reads(self, rel: &str) -> bool {
        match self {
            Needs::Everything => true,
            Needs::Search => match kind_of(rel) {
                Some(Kind::Figure(kind)) => kind == figures::FigureKind::Outlook,
                Some(Kind::Profile | Kind::Lists(_) | Kind::Similarity) | None => false,
                Some(_) => true,
            },
        }
    }
}

/// How much a load checks. The embedded files are checked whole by the tests
/// (`the_embedded_dataset_passes_every_check`), so a start skips what only looks for problems
/// (control characters, wage order, alias titles); the model is assembled the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Checks {
    Full,
    Embedded,
}

/// Load and validate the embedded dataset or the directory given (`load_dir`: `index` makes
/// the search index a directory's prepared copy holds).
pub fn load(dir: Option<&Path>, index: MakeIndex) -> Result<Dataset, LoadErrors> {
    load_for(dir, Needs::Everything, index)
}

/// Load what a command needs: of the embedded dataset only the files `needs` reads; a
/// directory is read and checked whole, so a broken file is reported whichever command runs.
pub fn load_for(dir: Option<&Path>, needs: Needs, index: MakeIndex) -> Result<Dataset, LoadErrors> {
    match dir {
        Some(dir) => load_dir(dir, index),
        None => load_embedded_for(needs),
    }
}

pub fn load_embedded() -> Result<Dataset, LoadErrors> {
    load_embedded_for(Needs::Everything)
}

/// The embedded files a command reads, as (path below data/, RON text, JSON).
fn embedded_files(needs: Needs) -> Vec<SourceFile> {
    embedded::files()
        .filter(|(rel, _, _, _)| needs.reads(rel))
        .map(|(rel, text, json, binary)| SourceFile {
            rel: rel.to_string(),
            display: format!("<embedded>/{rel}"),
            text: Cow::Borrowed(text),
            json,
            binary,
        })
        .collect()
}

/// The embedded dataset, with only the files `needs` reads.
pub fn load_embedded_for(needs: Needs) -> Result<Dataset, LoadErrors> {
    let (files, deep) = deep::split(embedded_files(needs));
    let mut ds = parse_checked(files, Vec::new(), Checks::Embedded)?;
    ds.deep = deep;
    ds.embedded = true;
    Ok(ds)
}

/// Load a directory: from its prepared copy when one matches its files (`prepared`), else
/// parsed and checked whole as `load_dir_ron` does, and then prepared for the next start with
/// the search index `index` makes (`search::SearchIndex::prepared_bytes`, handed down by the
/// caller: `data` does not name `search`).
pub fn load_dir(dir: &Path, index: MakeIndex) -> Result<Dataset, LoadErrors> {
    prepared::load::load_dir(dir, index)
}

/// Load a directory from its RON, checked whole, without any prepared copy (`validate`).
/// Unlike the embedded dataset, its deep files are parsed now, so that a broken one is
/// reported with its location like every other file.
pub fn load_dir_ron(dir: &Path) -> Result<Dataset, LoadErrors> {
    let (files, errors) = read_dir(dir);
    parse_dir_files(files, errors)
}

fn parse_dir_files(
    files: Vec<SourceFile>,
    mut errors: Vec<DataError>,
) -> Result<Dataset, LoadErrors> {
    let (files, deep_files) = deep::split(files);
    errors.extend(deep::check(&deep_files));
    let mut ds = parse_files(files, errors)?;
    ds.deep = deep_files;
    Ok(ds)
}

/// Read every `.ron` file below `dir`, in a stable order, reporting unreadable ones.
pub fn read_dir(dir: &Path) -> (Vec<SourceFile>, Vec<DataError>) {
    guard::read_dir(dir)
}

/// The `.ron` files `read_dir` would read below `dir` (path, path below `dir`), without
/// reading them, if it would report no problem with the folder or the names in it.
pub fn ron_files(dir: &Path) -> Option<Vec<(std::path::PathBuf, String)>> {
    guard::ron_files(dir)
}

/// What a file holds, by its place in the data directory.
enum Kind {
    Structure,
    Noc2016,
    Units,
    Profile,
    Figure(figures::FigureKind),
    Aliases,
    Japanese(japanese::JapaneseKind),
    Lists(immigration_lists::ListFileKind),
    /// `similarity.ron`: the OaSIS rating vectors and closest occupations.
    Similarity,
}

const KNOWN_FILES: &str = "noc/structure.ron, noc/noc2016.ron, noc/units/NN.ron, profiles/CODE.ron, programs.ron, figures/NAME.ron, aliases.ron, ja/titles.ron, ja/jobtag.ron, ja/jobtag_links.ron, immigration/ee_rounds.ron, immigration/provincial_lists.ron, immigration/community_pilots.ron, figures/provincial_licensing.ron, figures/tuition.ron, similarity.ron, oasis/guide.ron, oasis/NN.ron, ai/tasks/NN.ron, ai/activities.ron, outlook/yearly.ron";

fn kind_of(rel: &str) -> Option<Kind> {
    let in_dir = |dir: &str| {
        rel.strip_prefix(dir)
            .and_then(|r| r.strip_prefix('/'))
            .is_some_and(|name| !name.contains('/') && name.ends_with(".ron"))
    };
    match rel {
        files::STRUCTURE => Some(Kind::Structure),
        files::NOC2016 => Some(Kind::Noc2016),
        crate::model::aliases::ALIASES => Some(Kind::Aliases),
        crate::model::similarity::SIMILARITY => Some(Kind::Similarity),
        _ if in_dir(files::UNITS_DIR) => Some(Kind::Units),
        _ if in_dir(files::PROFILES_DIR) => Some(Kind::Profile),
        _ => figures::FigureKind::of(rel)
            .map(Kind::Figure)
            .or_else(|| japanese::JapaneseKind::of(rel).map(Kind::Japanese))
            .or_else(|| immigration_lists::ListFileKind::of(rel).map(Kind::Lists)),
    }
}

/// An embedded file decoded from `decoded` (its binary form or JSON): the pages of those
/// bytes and of its RON text go back to the kernel once the caller is done loading
/// (`embedded_pages::release_pending`; the explorer calls it after its first frame).
fn release(file: &SourceFile, decoded: &'static [u8]) {
    // Only an embedded file's text is borrowed; a directory's prepared copy is read into
    // memory, whose pages must never be handed back (MADV_DONTNEED would zero them).
    if let Cow::Borrowed(text) = file.text {
        crate::embedded_pages::release_later(decoded);
        crate::embedded_pages::release_later(text.as_bytes());
    }
}

/// Parse one file's value, turning a failure into a located error.
///
/// An embedded file is deserialised from the binary form or the JSON `build.rs` made of it;
/// should that fail (a type the conversion cannot represent faithfully), its RON is parsed
/// instead, so the result and any error are always those of the RON. The binary form is not
/// self-describing: `build.rs` writes it only for files whose type their path decides
/// (`to_binary` there, `kind_of` here), and a test checks it equals the RON's value.
pub fn parse_ron<T: DeserializeOwned>(file: &SourceFile, expected: &str) -> Result<T, DataError> {
    // Texts are borrowed from these `'static` bytes, not copied (`text::borrowing`).
    use crate::model::text::borrowing;
    if let Some(bytes) = file.binary
        && let Ok(value) = borrowing(bytes, postcard::from_bytes)
    {
        release(file, bytes);
        return Ok(value);
    }
    if let Some(json) = file.json
        && let Ok(value) = borrowing(json.as_bytes(), |_| serde_json::from_str(json))
    {
        release(file, json.as_bytes());
        return Ok(value);
    }
    if file.text.trim().is_empty() {
        return Err(DataError::Empty {
            path: file.display.clone(),
            expected: expected.to_string(),
        });
    }
    ron::Options::default()
        .from_str(&file.text)
        .map_err(|e| DataError::Syntax {
            at: Location::new(&file.display, e.span.start.line, e.span.start.col),
            message: e.code.to_string(),
        })
}

/// Everything parsed from the files, before validation.
#[derive(Default)]
pub(crate) struct Parsed {
    pub structure: Option<(usize, StructureFile)>,
    pub noc2016: Option<(usize, Noc2016File)>,
    pub units: Vec<(usize, UnitGroupFile)>,
    pub profiles: Vec<(usize, Profile)>,
    pub figures: figures::ParsedFigures,
    pub aliases: Option<(usize, crate::model::aliases::AliasFile)>,
    pub japanese: japanese::ParsedJapanese,
    pub lists: immigration_lists::ParsedLists,
    pub similarity: Option<(usize, crate::model::similarity::SimilarityFile)>,
    /// The similarity file left to decode on first use (`Checks::Embedded`).
    pub similarity_later: Option<SourceFile>,
}

fn parse_one(file: &SourceFile, index: usize, parsed: &mut Parsed) -> Result<(), DataError> {
    match kind_of(&file.rel) {
        Some(Kind::Structure) => {
            parsed.structure = Some((index, parse_ron(file, "StructureFile(...)")?));
        }
        Some(Kind::Noc2016) => parsed.noc2016 = Some((index, parse_ron(file, "Noc2016File(...)")?)),
        Some(Kind::Units) => parsed
            .units
            .push((index, parse_ron(file, "UnitGroupFile(...)")?)),
        Some(Kind::Profile) => parsed
            .profiles
            .push((index, parse_ron(file, "Profile(...)")?)),
        Some(Kind::Figure(kind)) => parsed.figures.parse(kind, file, index)?,
        Some(Kind::Aliases) => parsed.aliases = Some((index, parse_ron(file, "AliasFile(...)")?)),
        Some(Kind::Japanese(kind)) => parsed.japanese.parse(kind, file, index)?,
        Some(Kind::Lists(kind)) => parsed.lists.parse(kind, file, index)?,
        Some(Kind::Similarity) => {
            parsed.similarity = Some((index, parse_ron(file, "SimilarityFile(...)")?));
        }
        None => {
            return Err(DataError::UnknownFile {
                path: file.display.clone(),
                expected: KNOWN_FILES.to_string(),
            });
        }
    }
    Ok(())
}

/// Parse the files in `order` that no other worker has taken yet, one at a time, each
/// error with its file's index.
fn parse_shared(
    files: &[SourceFile],
    order: &[usize],
    next: &std::sync::atomic::AtomicUsize,
) -> (Parsed, Vec<(usize, DataError)>) {
    let mut parsed = Parsed::default();
    let mut errors = Vec::new();
    while let Some(&i) = order.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed)) {
        if let Err(e) = parse_one(&files[i], i, &mut parsed) {
            errors.push((i, e));
        }
    }
    (parsed, errors)
}

/// Parse and validate a set of files; `errors` holds problems found while reading them.
pub fn parse_files(files: Vec<SourceFile>, errors: Vec<DataError>) -> Result<Dataset, LoadErrors> {
    parse_checked(files, errors, Checks::Full)
}

pub(crate) fn parse_checked(
    files: Vec<SourceFile>,
    mut errors: Vec<DataError>,
    checks: Checks,
) -> Result<Dataset, LoadErrors> {
    // Parse on two threads that take the files one at a time, the largest first: a thread
    // that starts late or is descheduled takes fewer (on this 2-core VM the second thread
    // sometimes started ~3 ms late, and fixed halves then waited for it).
    let size = |f: &SourceFile| match (f.binary, f.json) {
        // Reading the binary form is several times faster per byte than JSON.
        (Some(bytes), _) => bytes.len() * 3,
        (None, Some(json)) => json.len(),
        (None, None) => f.text.len(),
    };
    // A similarity file already checked, with a prepared form, is decoded on first use.
    let later = (checks == Checks::Embedded)
        .then(|| {
            files.iter().position(|f| {
                matches!(kind_of(&f.rel), Some(Kind::Similarity))
                    && (f.binary.is_some() || f.json.is_some())
            })
        })
        .flatten();
    let mut order: Vec<usize> = (0..files.len()).filter(|&i| Some(i) != later).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(size(&files[i])));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let ((mut a, mut ea), (b, eb)) = std::thread::scope(|s| {
        let second = s.spawn(|| parse_shared(&files, &order, &next));
        let first = parse_shared(&files, &order, &next);
        let second = second
            .join()
            .unwrap_or_else(|_| (Parsed::default(), Vec::new()));
        (first, second)
    });
    // In the files' order, whichever thread parsed them.
    ea.extend(eb);
    ea.sort_by_key(|(i, _)| *i);
    a.structure = a.structure.or(b.structure);
    a.noc2016 = a.noc2016.or(b.noc2016);
    a.units.extend(b.units);
    a.units.sort_by_key(|(i, _)| *i);
    a.profiles.extend(b.profiles);
    a.profiles.sort_by_key(|(i, _)| *i);
    a.figures.merge(b.figures);
    let parsed_aliases = a.aliases.take().or(b.aliases);
    a.japanese.merge(b.japanese);
    a.lists.merge(b.lists);
    a.similarity = a.similarity.take().or(b.similarity);
    a.similarity_later = later.map(|i| files[i].clone());
    errors.extend(ea.into_iter().map(|(_, e)| e));

    let dataset = validate::validate(&files, a, checks, &mut errors);
    let dataset = aliases::attach(&files, parsed_aliases, dataset, checks, &mut errors);
    guard::root_causes(&files, &dataset, &mut errors);
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(LoadErrors(errors))
    }
}

#[cfg(test)]
mod tests;
