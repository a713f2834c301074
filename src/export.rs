//! Export occupations for a client to take home: a printable HTML handout, a Markdown one, a
//! CSV table, or JSON
//! matching `show` (rendered by `report`). Files are never overwritten without `--force`
//! (the app asks first): `write` is the one function that writes them.

use crate::model::{Dataset, UnitGroup};
use crate::report;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// One printable HTML page, self-contained (styles and charts inline, no script)
    Html,
    Markdown,
    Csv,
    Json,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 4] = [
        ExportFormat::Markdown,
        ExportFormat::Csv,
        ExportFormat::Json,
        ExportFormat::Html,
    ];

    /// The name shown in the explorer's export dialog.
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Html => "HTML",
            ExportFormat::Markdown => "Markdown",
            ExportFormat::Csv => "CSV",
            ExportFormat::Json => "JSON",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Html => "html",
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
}

/// Render a handout: Markdown with `header`'s dated title, CSV with the date and client on
/// every row, or JSON as `show` (an array).
pub fn render(
    ds: &Dataset,
    units: &[&UnitGroup],
    format: ExportFormat,
    header: &report::HandoutHeader,
) -> Result<String, ExportError> {
    Ok(match format {
        ExportFormat::Html => report::html::handout(ds, units, header),
        ExportFormat::Markdown => report::markdown::handout(ds, units, header),
        ExportFormat::Csv => report::csv::table(ds, units, header),
        ExportFormat::Json => report::json::array(ds, units),
    })
}

/// Write an export; an existing file is refused unless `force`. Says what a replaced file's
/// other hard links still hold.
pub fn write(path: &Path, text: &str, force: bool) -> Result<crate::fswrite::Written, ExportError> {
    use crate::fswrite::{self, WriteError};
    fswrite::write(path, text.as_bytes(), force).map_err(|e| match e {
        WriteError::Exists { path } => ExportError::Exists { path },
        other => ExportError::Write(other),
    })
}
