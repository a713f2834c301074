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

    /// Read a Windows-1252 CSV (what "Latin-1" files from Windows usually are): bytes
    /// 0x80-0x9F are the cp1252 punctuation (0x92 is U+2019), the rest map as ISO 8859-1.
    pub fn read_latin1(path: &Path) -> Result<Table, ImportError> {
        let bytes = std::fs::read(path).map_err(|e| ImportError::io(path, e))?;
        let text: String = bytes.iter().map(|&b| cp1252(b)).collect();
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

    /// The (trimmed) headers in file order.
    pub fn headers(&self) -> &[String] {
        &self.headers
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

/// The character of a Windows-1252 byte. The five bytes cp1252 leaves undefined map to the
/// C1 control of the same value, as ISO 8859-1 does.
pub fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}',
        '\u{2021}', '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}',
        '\u{017D}', '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}',
        '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}',
        '\u{9D}', '\u{017E}', '\u{0178}',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// A field of a record, or "" when the record is short.
pub fn field(record: &csv::StringRecord, column: usize) -> &str {
    record.get(column).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::cp1252;

    #[test]
    fn cp1252_punctuation() {
        assert_eq!(cp1252(0x92), '\u{2019}');
        assert_eq!(cp1252(0x96), '\u{2013}');
        assert_eq!(cp1252(0xE9), '\u{e9}');
        assert_eq!(cp1252(b'a'), 'a');
    }
}
