//! Reading a theme file: one style per element, each with optional `fg`, `bg` and
//! `modifiers`. The shipped themes give every element; a user's `theme.ron` gives only the
//! elements it changes, and each one given replaces that element's whole style.

use super::Theme;
use crate::tui::override_file::ConfigError;
use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use std::str::FromStr;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "style")]
struct StyleSpec {
    fg: Option<String>,
    bg: Option<String>,
    #[serde(default)]
    modifiers: Vec<String>,
}

macro_rules! theme_file {
    ($($field:ident),* $(,)?) => {
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields, rename = "theme")]
        struct ThemeFile {
            $(#[serde(default)] $field: Option<StyleSpec>,)*
        }

        /// Each element the file gives, by name.
        fn elements(file: ThemeFile) -> Vec<(&'static str, StyleSpec)> {
            let mut out = Vec::new();
            $(if let Some(s) = file.$field { out.push((stringify!($field), s)); })*
            out
        }

        fn slot<'a>(theme: &'a mut Theme, name: &str) -> Option<&'a mut Style> {
            match name {
                $(stringify!($field) => Some(&mut theme.$field),)*
                _ => None,
            }
        }

        const ELEMENTS: &[&str] = &[$(stringify!($field)),*];
    };
}

theme_file!(
    base,
    border,
    border_focus,
    title,
    heading,
    muted,
    selected,
    matched,
    code,
    tab,
    tab_active,
    key,
    bar,
    bar_track,
    warning,
);

fn modifier(name: &str) -> Option<Modifier> {
    Some(match name.to_ascii_lowercase().as_str() {
        "bold" => Modifier::BOLD,
        "dim" => Modifier::DIM,
        "italic" => Modifier::ITALIC,
        "underlined" => Modifier::UNDERLINED,
        "reversed" => Modifier::REVERSED,
        "crossed-out" => Modifier::CROSSED_OUT,
        "slow-blink" => Modifier::SLOW_BLINK,
        _ => return None,
    })
}

fn style(spec: &StyleSpec, text: &str, path: &str, from: usize) -> Result<Style, ConfigError> {
    let at = |value: &str| {
        let quoted = format!("\"{value}\"");
        let offset = text[from..].find(&quoted).map_or(from, |i| from + i);
        move |message: String| ConfigError::new(path, text, offset, message)
    };
    let color = |value: &Option<String>| -> Result<Option<Color>, ConfigError> {
        value
            .as_deref()
            .map(|v| {
                Color::from_str(v).map_err(|_| {
                    at(v)(format!(
                        "unknown colour \"{v}\"; expected a name like \"gray\" or \
                         \"light-cyan\", \"#RRGGBB\", or a palette number 0-255"
                    ))
                })
            })
            .transpose()
    };
    let mut s = Style::new();
    if let Some(fg) = color(&spec.fg)? {
        s = s.fg(fg);
    }
    if let Some(bg) = color(&spec.bg)? {
        s = s.bg(bg);
    }
    for m in &spec.modifiers {
        let add = modifier(m).ok_or_else(|| {
            at(m)(format!(
                "unknown modifier \"{m}\"; expected one of: bold, dim, italic, underlined, \
                 reversed, crossed-out, slow-blink"
            ))
        })?;
        s = s.add_modifier(add);
    }
    Ok(s)
}

fn apply(mut theme: Theme, text: &str, path: &str, complete: bool) -> Result<Theme, ConfigError> {
    // Elements and colours are written without `Some(...)`.
    let file: ThemeFile = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| ConfigError::from_ron(path, &e))?;
    let given = elements(file);
    let missing = ELEMENTS
        .iter()
        .find(|e| !given.iter().any(|(g, _)| g == *e));
    if let (true, Some(missing)) = (complete, missing) {
        return Err(ConfigError::new(
            path,
            text,
            0,
            format!("the theme has no style for \"{missing}\""),
        ));
    }
    for (name, spec) in given {
        let from = text.find(name).unwrap_or(0);
        let new = style(&spec, text, path, from)?;
        if let Some(slot) = slot(&mut theme, name) {
            *slot = new;
        }
    }
    Ok(theme)
}

/// A shipped theme: every element must be given.
pub(super) fn defaults(text: &str, path: &str) -> Result<Theme, ConfigError> {
    apply(Theme::monochrome(), text, path, true)
}

/// A user's patch over `theme`.
pub(super) fn patch(theme: Theme, text: &str, path: &str) -> Result<Theme, ConfigError> {
    apply(theme, text, path, false)
}
