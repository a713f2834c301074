//! An override file in the user's configuration directory: where the directory is, reading a
//! file through the guarded reader, and what was wrong with it (`ConfigError`, at
//! `path:line:column`). Below both the keymap and the theme, which parse the text, and the
//! `config` module, which loads them.

use crate::data::Location;
use std::path::{Path, PathBuf};

/// One problem with an override file.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{at}: {message}")]
pub struct ConfigError {
    pub at: Location,
    pub message: String,
}

impl ConfigError {
    pub fn new(path: &str, text: &str, offset: usize, message: impl Into<String>) -> Self {
        ConfigError {
            at: Location::at_offset(path, text, offset),
            message: message.into(),
        }
    }

    /// A RON syntax or shape error, at the place ron reports.
    pub fn from_ron(path: &str, e: &ron::error::SpannedError) -> Self {
        ConfigError {
            at: Location::new(path, e.span.start.line, e.span.start.col),
            message: e.code.to_string(),
        }
    }
}

/// The platform's configuration directory for the explorer, if the platform has one.
pub fn dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("ca", "noc-explorer", "noc-explorer")
        .map(|d| d.config_dir().to_path_buf())
}

pub const KEYMAP_FILE: &str = "keymap.ron";
pub const THEME_FILE: &str = "theme.ron";

/// An override file is a few hundred bytes; past this it is not one.
pub const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// The text of an override file, `None` when there is none. Read through the guarded reader
/// data files use: a FIFO, a device or a link to one is refused at once (never waited on),
/// and at most `MAX_CONFIG_BYTES` are read whatever the file claims to hold.
pub fn read(path: &Path) -> Result<Option<String>, ConfigError> {
    use crate::fsread::{self, ReadError};
    let shown = path.display().to_string();
    let whole = |message: String| ConfigError {
        at: Location::new(shown.clone(), 1, 1),
        message,
    };
    let bytes = match fsread::read_capped(path, MAX_CONFIG_BYTES) {
        Ok(bytes) => bytes,
        Err(ReadError::NotFound) => return Ok(None),
        Err(e @ (ReadError::NotAFile(_) | ReadError::LinkChain | ReadError::TooLarge { .. })) => {
            return Err(whole(format!("{e}; expected a RON file")));
        }
        Err(e) => return Err(whole(format!("cannot read the file: {e}"))),
    };
    String::from_utf8(bytes)
        .map(|t| Some(fsread::strip_bom(t)))
        .map_err(|e| {
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let offset = e.utf8_error().valid_up_to();
            ConfigError::new(
                &shown,
                &text,
                offset,
                "the file is not valid UTF-8; expected UTF-8 text",
            )
        })
}
