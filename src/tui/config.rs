//! The user's configuration directory (`$XDG_CONFIG_HOME/noc-explorer/` on Linux) and the
//! override files in it: `keymap.ron` and `theme.ron`, each a partial patch over the defaults
//! embedded from `assets/`. A file that cannot be used never stops the explorer: it is
//! reported as `path:line:column: what was expected` and the defaults are used.

use super::keymap::Keymap;
use super::theme::Theme;
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
fn read(path: &Path) -> Result<Option<String>, ConfigError> {
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

/// The keys and colours in force, and what went wrong with the user's files.
#[derive(Debug, Clone)]
pub struct Config {
    pub keymap: Keymap,
    pub theme: Theme,
    /// Override files that exist and were used.
    pub used: Vec<PathBuf>,
    pub problems: Vec<ConfigError>,
}

/// Apply the override files of `dir` (if any) over the default keymap and over `theme`.
pub fn load(dir: Option<&Path>, theme: Theme) -> Config {
    let mut config = Config {
        keymap: Keymap::defaults().clone(),
        theme,
        used: Vec::new(),
        problems: Vec::new(),
    };
    let Some(dir) = dir else {
        return config;
    };
    let path = dir.join(KEYMAP_FILE);
    match read(&path) {
        Ok(None) => {}
        Ok(Some(text)) => match config.keymap.patched(&text, &path.display().to_string()) {
            Ok(keymap) => {
                config.keymap = keymap;
                config.used.push(path);
            }
            Err(e) => config.problems.push(e),
        },
        Err(e) => config.problems.push(e),
    }
    let path = dir.join(THEME_FILE);
    // With NO_COLOR set, no theme adds colour back.
    if super::theme::no_color() {
        return config;
    }
    match read(&path) {
        Ok(None) => {}
        Ok(Some(text)) => match theme.patched(&text, &path.display().to_string()) {
            Ok(theme) => {
                config.theme = theme;
                config.used.push(path);
            }
            Err(e) => config.problems.push(e),
        },
        Err(e) => config.problems.push(e),
    }
    config
}

/// What the `config` command prints: where the files go and the defaults to copy.
pub fn describe(theme: super::ThemeName) -> String {
    let place = dir().map_or_else(
        || "this platform has no configuration directory".to_string(),
        |d| d.display().to_string(),
    );
    format!(
        "// Configuration directory: {place}\n\
         // Put a part of either file below there to change it; what you leave out keeps its default.\n\n\
         // ----- {KEYMAP_FILE} -----\n{}\n// ----- {THEME_FILE} (the {} theme) -----\n{}",
        Keymap::DEFAULT_TEXT,
        super::theme::file_name(theme).trim_end_matches(".ron"),
        super::theme::default_text(theme),
    )
}
