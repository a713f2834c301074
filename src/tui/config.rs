//! The user's configuration directory (`$XDG_CONFIG_HOME/noc-explorer/` on Linux) and the
//! override files in it: `keymap.ron` and `theme.ron`, each a partial patch over the defaults
//! embedded from `assets/`. A file that cannot be used never stops the explorer: it is
//! reported as `path:line:column: what was expected` and the defaults are used.

use super::keymap::Keymap;
use super::override_file::read;
pub use super::override_file::{ConfigError, KEYMAP_FILE, MAX_CONFIG_BYTES, THEME_FILE, dir};
use super::theme::Theme;
use std::path::{Path, PathBuf};

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
