//! The importer: official CSV files -> the project's RON dataset.
//!
//! Output is deterministic (stable order, one formatting), so regenerating from the committed
//! sources reproduces the committed RON byte for byte; `noc-import --check` verifies that.

mod csvread;
mod depth;
mod figures;
mod japanese;
mod noc;
mod path_lists;
mod provincial;
mod rounds;
mod tuition;

pub use csvread::{ImportError, clean};
pub use depth::import_depth;
pub use figures::{combine_method, import_figures};
pub use japanese::{import_japanese, parse_jobtag};
pub use noc::{NocSources, import_noc};

use std::path::Path;

/// One generated file: its path relative to the data directory and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct Generated {
    pub rel: String,
    pub text: String,
}

/// Every generated file from the sources under `raw` (the layout of `data/raw/`).
pub fn generate_all(raw: &Path) -> Result<Vec<Generated>, ImportError> {
    let mut out = import_noc(&NocSources::in_raw_dir(raw))?;
    out.extend(import_figures(raw)?);
    out.extend(import_japanese(raw)?);
    out.extend(import_depth(raw)?);
    out.push(rounds::import(raw)?);
    out.extend(provincial::import(raw)?);
    out.push(path_lists::import(raw)?);
    out.push(tuition::import(raw)?);
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(out)
}

/// Write generated files below `out_dir`, creating folders as needed.
pub fn write_all(out_dir: &Path, files: &[Generated]) -> Result<(), ImportError> {
    for file in files {
        let path = out_dir.join(&file.rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| ImportError::io(parent, e))?;
        }
        std::fs::write(&path, &file.text).map_err(|e| ImportError::io(&path, e))?;
    }
    Ok(())
}

/// The relative paths whose committed text differs from what the importer generates.
pub fn check_all(out_dir: &Path, files: &[Generated]) -> Vec<String> {
    files
        .iter()
        .filter(|f| {
            std::fs::read_to_string(out_dir.join(&f.rel))
                .ok()
                .as_deref()
                != Some(&f.text)
        })
        .map(|f| f.rel.clone())
        .collect()
}
