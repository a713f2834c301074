//! Loading a `--data` directory through its prepared copy, and making one.

#![allow(clippy::result_large_err)]

use super::super::{Checks, DataError, LoadErrors, deep, parse_checked, parse_dir_files, read_dir};
use crate::model::Dataset;
use std::path::{Path, PathBuf};

/// What makes the binary form of a dataset's search index, which a prepared copy holds
/// (`search::SearchIndex::prepared_bytes`). The caller above both hands it to the loader, so
/// that `data` never names `search`: search is built from data, not data from search.
pub type MakeIndex = fn(&Dataset) -> Vec<u8>;

/// From the prepared copy matching the directory's files, else parsed and checked whole and
/// prepared into the user's cache for the next start (a cache that cannot be written is
/// passed over: the data still loads), its search index made by `index`. The copy's key is
/// found from the files' stamps when none has changed (`stamps`), else by reading and hashing
/// them all.
pub fn load_dir(dir: &Path, index: MakeIndex) -> Result<Dataset, LoadErrors> {
    if let Some(ds) = load_known(dir) {
        return Ok(ds);
    }
    let looks = super::stamps::look(dir);
    let (mut files, errors) = read_dir(dir);
    if !errors.is_empty() {
        return parse_dir_files(files, errors);
    }
    let (hashes, key) = hashed_key(&files);
    if let Some(copy) = super::read(dir, key)
        && super::attach(&mut files, &copy).is_some()
    {
        super::stamps::save(dir, looks, files.iter().map(|f| f.rel.as_str()), &hashes);
        let (files, deep) = deep::split(files);
        // Checked whole when the copy was made; what decodes from it is assembled as the
        // embedded data is, and a form that does not decode is read from its RON.
        if let Ok(mut ds) = parse_checked(files, Vec::new(), Checks::Embedded) {
            ds.deep = deep;
            ds.prepared_index = Some(copy.index);
            return Ok(ds);
        }
        // A copy whose forms do not make a dataset: read the RON again and prepare anew.
        let looks = super::stamps::look(dir);
        let (files, errors) = read_dir(dir);
        if !errors.is_empty() {
            return parse_dir_files(files, errors);
        }
        let hashes: Vec<super::FileHash> =
            files.iter().map(|f| super::file_hash(&f.text)).collect();
        let key = super::key_of(
            files
                .iter()
                .map(|f| f.rel.as_str())
                .zip(hashes.iter().copied()),
        );
        return prepare_and_stamp(dir, looks, files, &hashes, key, index);
    }
    prepare_and_stamp(dir, looks, files, &hashes, key, index)
}

/// `prepare` into the cache, and the files' stamps saved beside the copy once it is written.
fn prepare_and_stamp(
    dir: &Path,
    looks: super::stamps::Looks,
    files: Vec<super::SourceFile>,
    hashes: &[super::FileHash],
    key: super::Key,
    index: MakeIndex,
) -> Result<Dataset, LoadErrors> {
    let rels: Vec<String> = files.iter().map(|f| f.rel.clone()).collect();
    let (ds, written) = prepare(files, key, super::cache_path(dir), index)?;
    if written.is_ok() {
        super::stamps::save(dir, looks, rels.iter().map(String::as_str), hashes);
    }
    Ok(ds)
}

/// The dataset from the copy whose key the files' stamps give, without reading the files
/// (those without a prepared form excepted); the deep files are read at first use, and only
/// if unchanged. `None` when the stamps do not give a key, no copy matches, or its forms do
/// not make a dataset: the caller reads everything.
fn load_known(dir: &Path) -> Option<Dataset> {
    use crate::model::depth::{self, DeepData, DeepText, OnDisk};
    let known = super::stamps::known(dir)?;
    let copy = super::read(dir, known.key)?;
    let (count, hashed) = (known.files.len(), known.hashed);
    let mut files: Vec<super::SourceFile> = known
        .files
        .iter()
        .map(|(path, rel, _)| super::SourceFile {
            rel: rel.clone(),
            display: path.display().to_string(),
            // Owned (empty, no allocation): a borrowed text marks an embedded file, whose
            // decoded bytes go back to the kernel after loading (`data::release`). This
            // copy's forms are heap memory, which MADV_DONTNEED would zero.
            text: std::borrow::Cow::Owned(String::new()),
            json: None,
            binary: None,
        })
        .collect();
    super::attach(&mut files, &copy)?;
    let mut rest = Vec::new();
    let mut deep = std::collections::BTreeMap::new();
    for (mut file, (path, _, hash)) in files.into_iter().zip(known.files) {
        if depth::is_deep(&file.rel) {
            let on_disk = OnDisk {
                path,
                hash,
                read: super::stamps::read_if_same,
                open: super::stamps::open_deep,
            };
            deep.insert(
                file.rel,
                DeepText {
                    display: file.display,
                    text: std::borrow::Cow::Borrowed(""),
                    json: None,
                    on_disk: Some(on_disk),
                },
            );
            continue;
        }
        if file.json.is_none() && file.binary.is_none() {
            // A file the copy keeps no form of is parsed from its RON, as checked.
            file.text = super::stamps::read_if_same(&path, hash).ok()?.into();
        }
        rest.push(file);
    }
    let mut ds = parse_checked(rest, Vec::new(), Checks::Embedded).ok()?;
    ds.deep = DeepData::new(deep);
    ds.prepared_index = Some(copy.index);
    super::trace(&format!(
        "loaded from the prepared copy; {hashed} of {count} files read to check them"
    ));
    Some(ds)
}

/// Parse and check `files` whole; if they pass, write their prepared copy to `to`, its search
/// index made by `index`. The dataset, and whether the copy was written.
fn prepare(
    files: Vec<super::SourceFile>,
    key: super::Key,
    to: Option<PathBuf>,
    index: MakeIndex,
) -> Result<(Dataset, std::io::Result<()>), LoadErrors> {
    let forms = super::make_forms(&files);
    let ds = parse_dir_files(files, Vec::new())?;
    let index = index(&ds);
    let written = match to {
        Some(path) => super::write_atomic(&path, &super::make(&forms, &index, key)),
        None => Err(std::io::Error::other("no cache folder")),
    };
    Ok((ds, written))
}

/// The search index's bytes of the directory's prepared copy, if one matches its files: the
/// `search` command reads them and nothing else (the files themselves only when their stamps
/// do not give the key).
pub fn search_index_bytes(dir: &Path) -> Option<&'static [u8]> {
    if let Some(known) = super::stamps::known(dir)
        && let Some(index) = super::read_index(dir, known.key)
    {
        super::trace(&format!("search index read; {} files hashed", known.hashed));
        return Some(index);
    }
    let looks = super::stamps::look(dir);
    let (files, errors) = read_dir(dir);
    if !errors.is_empty() {
        return None;
    }
    let (hashes, key) = hashed_key(&files);
    let index = super::read_index(dir, key)?;
    super::stamps::save(dir, looks, files.iter().map(|f| f.rel.as_str()), &hashes);
    super::trace("search index read; every file hashed");
    Some(index)
}

/// Check `dir` whole and write its prepared copy beside it (`noc-import --prepare`), its search
/// index made by `index`: the copy's path, or the data's problems, or the error writing it.
pub fn prepare_beside(dir: &Path, index: MakeIndex) -> Result<PathBuf, PrepareError> {
    let (files, errors) = read_dir(dir);
    if !errors.is_empty() {
        return Err(PrepareError::Data(
            parse_dir_files(files, errors)
                .err()
                .unwrap_or(LoadErrors(Vec::<DataError>::new())),
        ));
    }
    let key = super::key(&files);
    let path = dir.join(super::BESIDE_DATA);
    let (_, written) =
        prepare(files, key, Some(path.clone()), index).map_err(PrepareError::Data)?;
    written.map_err(|e| PrepareError::Write(path.display().to_string(), e))?;
    Ok(path)
}

/// Why a prepared copy could not be written beside the data.
#[derive(Debug, thiserror::Error)]
pub enum PrepareError {
    #[error("{0}")]
    Data(LoadErrors),
    #[error("cannot write {0}: {1}")]
    Write(String, std::io::Error),
}

/// Each file's content hash and the copy's key made of them: what a start pays when the
/// files' stamps do not give the key.
fn hashed_key(files: &[super::super::SourceFile]) -> (Vec<super::FileHash>, super::Key) {
    let hashes: Vec<super::FileHash> = files.iter().map(|f| super::file_hash(&f.text)).collect();
    let key = super::key_of(
        files
            .iter()
            .map(|f| f.rel.as_str())
            .zip(hashes.iter().copied()),
    );
    (hashes, key)
}
