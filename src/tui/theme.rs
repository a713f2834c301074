//! Colour themes: dark (default), light and high-contrast. With `NO_COLOR` set, no colour is
//! used at all: only bold, reverse, underline and dim tell things apart.

use ratatui::style::{Color, Modifier, Style};

/// The colour theme chosen on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Default)]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
    HighContrast,
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
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if no_color {
            Theme::monochrome()
        } else {
            Theme::named(name)
        }
    }

    pub fn named(name: ThemeName) -> Theme {
        match name {
            ThemeName::Dark => Theme::dark(),
            ThemeName::Light => Theme::light(),
            ThemeName::HighContrast => Theme::high_contrast(),
        }
    }

    pub fn dark() -> Theme {
        let fg = Style::new().fg(Color::Gray);
        Theme {
            base: fg,
            border: Style::new().fg(Color::DarkGray),
            border_focus: Style::new().fg(Color::Cyan),
            title: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
            heading: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            muted: Style::new().fg(Color::DarkGray),
            selected: Style::new().bg(Color::Rgb(40, 60, 90)).fg(Color::White),
            matched: Style::new()
                .fg(Color::LightMagenta)
                .add_modifier(Modifier::BOLD),
            code: Style::new().fg(Color::Cyan),
            tab: Style::new().fg(Color::Gray),
            tab_active: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            key: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            bar: Style::new().fg(Color::Green),
            bar_track: Style::new().fg(Color::DarkGray),
            warning: Style::new().fg(Color::LightRed),
        }
    }

    pub fn light() -> Theme {
        Theme {
            base: Style::new().fg(Color::Black),
            border: Style::new().fg(Color::Gray),
            border_focus: Style::new().fg(Color::Blue),
            title: Style::new().fg(Color::Black).add_modifier(Modifier::BOLD),
            heading: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            muted: Style::new().fg(Color::DarkGray),
            selected: Style::new().bg(Color::Rgb(200, 220, 245)).fg(Color::Black),
            matched: Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD),
            code: Style::new().fg(Color::Blue),
            tab: Style::new().fg(Color::DarkGray),
            tab_active: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(Modifier::BOLD),
            key: Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD),
            bar: Style::new().fg(Color::Green),
            bar_track: Style::new().fg(Color::Gray),
            warning: Style::new().fg(Color::Red),
        }
    }

    pub fn high_contrast() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            base: Style::new().fg(Color::White),
            border: Style::new().fg(Color::White),
            border_focus: Style::new().fg(Color::Yellow).add_modifier(bold),
            title: Style::new().fg(Color::White).add_modifier(bold),
            heading: Style::new()
                .fg(Color::Yellow)
                .add_modifier(bold | Modifier::UNDERLINED),
            muted: Style::new().fg(Color::White),
            selected: Style::new().fg(Color::Black).bg(Color::Yellow),
            matched: Style::new()
                .fg(Color::LightCyan)
                .add_modifier(bold | Modifier::UNDERLINED),
            code: Style::new().fg(Color::LightCyan),
            tab: Style::new().fg(Color::White),
            tab_active: Style::new()
                .fg(Color::Black)
                .bg(Color::White)
                .add_modifier(bold),
            key: Style::new().fg(Color::Yellow).add_modifier(bold),
            bar: Style::new().fg(Color::LightGreen),
            bar_track: Style::new().fg(Color::White),
            warning: Style::new().fg(Color::LightRed).add_modifier(bold),
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
