//! Export occupations for a client to take home: a Markdown handout, a CSV table, or JSON
//! matching `show` (rendered by `report`). Files are never overwritten without `--force`
//! (the app asks first): `write` is the one function that writes them.

use crate::model::{Dataset, UnitGroup};
use crate::report;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Markdown,
    Csv,
    Json,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{path} already exists; use --force to overwrite it")]
    Exists { path: String },
    #[error("{0}")]
    Write(crate::fswrite::WriteError),
    #[error("cannot build the CSV: {0}")]
    Csv(String),
}

pub fn render(
    ds: &Dataset,
    units: &[&UnitGroup],
    format: ExportFormat,
) -> Result<String, ExportError> {
    Ok(match format {
        ExportFormat::Markdown => report::markdown::handout(ds, units),
        ExportFormat::Csv => report::csv::table(ds, units)?,
        ExportFormat::Json => report::json::array(ds, units),
    })
}

/// Write an export; an existing file is refused unless `force`.
pub fn write(path: &Path, text: &str, force: bool) -> Result<(), ExportError> {
    use crate::fswrite::{self, WriteError};
    fswrite::write(path, text.as_bytes(), force).map_err(|e| match e {
        WriteError::Exists { path } => ExportError::Exists { path },
        other => ExportError::Write(other),
    })
}
