//! Reading the official CSV files: BOM, encodings and stray whitespace.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{path}: {message}")]
    Io { path: PathBuf, message: String },
    #[error("{path}: line {line}: {message}")]
    Csv {
        path: PathBuf,
        line: u64,
        message: String,
    },
    #[error("{path}: no column named {column:?}")]
    MissingColumn { path: PathBuf, column: String },
    #[error("{0}")]
    Data(String),
}

impl ImportError {
    pub fn io(path: &Path, e: impl std::fmt::Display) -> Self {
        ImportError::Io {
            path: path.to_path_buf(),
            message: e.to_string(),
        }
    }
}

/// Collapse runs of whitespace (including no-break spaces) and trim the ends.
pub fn clean(text: &str) -> String {
    text.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A CSV file read whole: its header and its records, with columns found by name.
pub struct Table {
    pub path: PathBuf,
    headers: Vec<String>,
    pub rows: Vec<csv::StringRecord>,
}

impl Table {
    /// Read a UTF-8 CSV (a leading BOM is dropped).
    pub fn read_utf8(path: &Path) -> Result<Table, ImportError> {
        let bytes = std::fs::read(path).map_err(|e| ImportError::io(path, e))?;
        let text = String::from_utf8(bytes).map_err(|e| ImportError::io(path, e))?;
        Table::parse(path, text.trim_start_matches('\u{feff}'))
    }

    /// Read a Latin-1 (ISO 8859-1) CSV.
    #[allow(dead_code)] // for sources not yet imported; the current ones are UTF-8
    pub fn read_latin1(path: &Path) -> Result<Table, ImportError> {
        let bytes = std::fs::read(path).map_err(|e| ImportError::io(path, e))?;
        let text: String = bytes.iter().map(|&b| b as char).collect();
        Table::parse(path, &text)
    }

    fn parse(path: &Path, text: &str) -> Result<Table, ImportError> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let csv_err = |e: csv::Error| ImportError::Csv {
            path: path.to_path_buf(),
            line: e.position().map_or(0, |p| p.line()),
            message: e.to_string(),
        };
        let headers = reader
            .headers()
            .map_err(csv_err)?
            .iter()
            .map(|h| h.trim().to_string())
            .collect();
        let rows = reader
            .records()
            .collect::<Result<Vec<_>, _>>()
            .map_err(csv_err)?;
        Ok(Table {
            path: path.to_path_buf(),
            headers,
            rows,
        })
    }

    /// The index of a column by its (trimmed) header.
    pub fn column(&self, name: &str) -> Result<usize, ImportError> {
        self.headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| ImportError::MissingColumn {
                path: self.path.clone(),
                column: name.to_string(),
            })
    }
}

/// A field of a record, or "" when the record is short.
pub fn field(record: &csv::StringRecord, column: usize) -> &str {
    record.get(column).unwrap_or("")
}
