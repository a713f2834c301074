//! Colour themes: dark (default), light and high-contrast. With `NO_COLOR` set, no colour is
//! used at all: only bold, reverse, underline and dim tell things apart.

mod file;

use super::override_file::ConfigError;
use ratatui::style::{Modifier, Style};
use std::sync::OnceLock;

/// The colour theme chosen on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
    HighContrast,
}

/// Whether `NO_COLOR` asks for no colour at all.
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// The file of a shipped theme, e.g. "high-contrast.ron".
pub fn file_name(name: ThemeName) -> &'static str {
    match name {
        ThemeName::Dark => "dark.ron",
        ThemeName::Light => "light.ron",
        ThemeName::HighContrast => "high-contrast.ron",
    }
}

/// The text of a shipped theme (as `noc-explorer config` prints it).
pub fn default_text(name: ThemeName) -> &'static str {
    match name {
        ThemeName::Dark => include_str!("../../../assets/themes/dark.ron"),
        ThemeName::Light => include_str!("../../../assets/themes/light.ron"),
        ThemeName::HighContrast => include_str!("../../../assets/themes/high-contrast.ron"),
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub base: Style,
    pub border: Style,
    pub border_focus: Style,
    pub title: Style,
    pub heading: Style,
    pub muted: Style,
    pub selected: Style,
    pub matched: Style,
    pub code: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub key: Style,
    pub bar: Style,
    pub bar_track: Style,
    pub warning: Style,
}

impl Theme {
    /// The theme for a name, honouring `NO_COLOR` from the environment.
    pub fn from_env(name: ThemeName) -> Theme {
        if no_color() {
            Theme::monochrome()
        } else {
            Theme::named(name)
        }
    }

    /// A theme as shipped in `assets/themes/`, parsed once.
    pub fn named(name: ThemeName) -> Theme {
        static THEMES: OnceLock<[Theme; 3]> = OnceLock::new();
        let themes = THEMES.get_or_init(|| {
            [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast].map(|n| {
                file::defaults(default_text(n), &format!("assets/themes/{}", file_name(n)))
                    .unwrap_or_else(|e| panic!("the embedded themes are checked by tests: {e}"))
            })
        });
        themes[name as usize]
    }

    /// This theme with a user's `theme.ron` (the text of the file at `path`) applied.
    pub fn patched(&self, text: &str, path: &str) -> Result<Theme, ConfigError> {
        file::patch(*self, text, path)
    }

    pub fn dark() -> Theme {
        Theme::named(ThemeName::Dark)
    }

    pub fn light() -> Theme {
        Theme::named(ThemeName::Light)
    }

    pub fn high_contrast() -> Theme {
        Theme::named(ThemeName::HighContrast)
    }

    /// The colours of presentation mode: high contrast, unless NO_COLOR asked for none.
    pub fn presentation(&self) -> Theme {
        if *self == Theme::monochrome() {
            Theme::monochrome()
        } else {
            Theme::high_contrast()
        }
    }

    /// No colours: modifiers only (for `NO_COLOR`).
    pub fn monochrome() -> Theme {
        let plain = Style::new();
        Theme {
            base: plain,
            border: plain,
            border_focus: Style::new().add_modifier(Modifier::BOLD),
            title: Style::new().add_modifier(Modifier::BOLD),
            heading: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            muted: Style::new().add_modifier(Modifier::DIM),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            matched: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            code: plain,
            tab: plain,
            tab_active: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            key: Style::new().add_modifier(Modifier::BOLD),
            bar: plain,
            bar_track: Style::new().add_modifier(Modifier::DIM),
            warning: Style::new().add_modifier(Modifier::BOLD),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Color;

    #[test]
    fn every_embedded_theme_parses_with_unknown_fields_denied() {
        for name in [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast] {
            let path = file_name(name);
            let theme = file::defaults(default_text(name), path).unwrap_or_else(|e| panic!("{e}"));
            assert_ne!(theme, Theme::monochrome(), "{path}");
        }
        // The values the Rust code held before the themes became files.
        let dark = Theme::dark();
        assert_eq!(
            dark.selected,
            Style::new().fg(Color::White).bg(Color::Rgb(40, 60, 90))
        );
        assert_eq!(
            Theme::high_contrast().heading,
            Style::new()
                .fg(Color::Yellow)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        );
        assert_eq!(Theme::light().matched.fg, Some(Color::Magenta));
    }

    fn patch_error(text: &str) -> String {
        Theme::dark()
            .patched(text, "theme.ron")
            .map(|_| ())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn a_theme_patch_replaces_only_the_styles_it_names() {
        let t = Theme::dark()
            .patched(
                r##"(selected: (fg: "black", bg: "#FFD700", modifiers: ["bold"]))"##,
                "theme.ron",
            )
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            t.selected,
            Style::new()
                .fg(Color::Black)
                .bg(Color::Rgb(255, 215, 0))
                .add_modifier(Modifier::BOLD)
        );
        assert_eq!(t.heading, Theme::dark().heading);
    }

    #[test]
    fn a_broken_theme_file_says_where_and_what_was_expected() {
        assert_eq!(
            patch_error("(selectd: (fg: \"red\"))"),
            "theme.ron:1:2: Unexpected field named `selectd` in `theme`, expected one of \
             `base`, `border`, `border_focus`, `title`, `heading`, `muted`, `selected`, \
             `matched`, `code`, `tab`, `tab_active`, `key`, `bar`, `bar_track`, or `warning` instead"
        );
        assert_eq!(
            patch_error("(\n  key: (fg: \"purple\"))"),
            "theme.ron:2:13: unknown colour \"purple\"; expected a name like \"gray\" or \
             \"light-cyan\", \"#RRGGBB\", or a palette number 0-255"
        );
        assert_eq!(
            patch_error("(key: (modifiers: [\"blink\"]))"),
            "theme.ron:1:20: unknown modifier \"blink\"; expected one of: bold, dim, italic, \
             underlined, reversed, crossed-out, slow-blink"
        );
    }

    #[test]
    fn monochrome_uses_no_colour() {
        let t = Theme::monochrome();
        for s in [
            t.base,
            t.border,
            t.title,
            t.heading,
            t.muted,
            t.selected,
            t.matched,
            t.tab_active,
            t.bar,
        ] {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
    }
}
