//! Loading a `--data` directory through its prepared copy, and making one.

#![allow(clippy::result_large_err)]

use super::super::{Checks, DataError, LoadErrors, deep, parse_checked, parse_dir_files, read_dir};
use crate::model::Dataset;
use std::path::{Path, PathBuf};

/// From the prepared copy matching the directory's files, else parsed and checked whole and
/// prepared into the user's cache for the next start (a cache that cannot be written is
/// passed over: the data still loads).
pub fn load_dir(dir: &Path) -> Result<Dataset, LoadErrors> {
    let (mut files, errors) = read_dir(dir);
    if !errors.is_empty() {
        return parse_dir_files(files, errors);
    }
    let key = super::key(&files);
    if let Some(copy) = super::read(dir, key)
        && super::attach(&mut files, &copy).is_some()
    {
        let (files, deep) = deep::split(files);
        // Checked whole when the copy was made; what decodes from it is assembled as the
        // embedded data is, and a form that does not decode is read from its RON.
        if let Ok(mut ds) = parse_checked(files, Vec::new(), Checks::Embedded) {
            ds.deep = deep;
            ds.prepared_index = Some(copy.index);
            return Ok(ds);
        }
        // A copy whose forms do not make a dataset: read the RON again and prepare anew.
        let (files, errors) = read_dir(dir);
        if !errors.is_empty() {
            return parse_dir_files(files, errors);
        }
        let key = super::key(&files);
        return prepare(files, key, super::cache_path(dir)).map(|(ds, _)| ds);
    }
    prepare(files, key, super::cache_path(dir)).map(|(ds, _)| ds)
}

/// Parse and check `files` whole; if they pass, write their prepared copy to `to`. The
/// dataset, and whether the copy was written.
fn prepare(
    files: Vec<super::SourceFile>,
    key: super::Key,
    to: Option<PathBuf>,
) -> Result<(Dataset, std::io::Result<()>), LoadErrors> {
    let forms = super::make_forms(&files);
    let ds = parse_dir_files(files, Vec::new())?;
    let index = crate::search::SearchIndex::prepared_bytes(&ds);
    let written = match to {
        Some(path) => super::write_atomic(&path, &super::make(&forms, &index, key)),
        None => Err(std::io::Error::other("no cache folder")),
    };
    Ok((ds, written))
}

/// The search index's bytes of the directory's prepared copy, if one matches its files: the
/// `search` command reads them and nothing else.
pub fn search_index_bytes(dir: &Path) -> Option<&'static [u8]> {
    let (files, errors) = read_dir(dir);
    if !errors.is_empty() {
        return None;
    }
    super::read(dir, super::key(&files)).map(|copy| copy.index)
}

/// Check `dir` whole and write its prepared copy beside it (`noc-import --prepare`): the
/// copy's path, or the data's problems, or the error writing it.
pub fn prepare_beside(dir: &Path) -> Result<PathBuf, PrepareError> {
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
    let (_, written) = prepare(files, key, Some(path.clone())).map_err(PrepareError::Data)?;
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
