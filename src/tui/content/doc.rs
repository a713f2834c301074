//! A pane's content as a width-independent document: headings, paragraphs, bullets and bars,
//! laid out (wrapped, bars scaled) only when the width is known.

use crate::tui::text::{self, wrap};
use crate::tui::theme::Theme;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// One horizontal range bar: a band from `low` to `high` on a scale from 0 to the largest
/// `high` of its group.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub low: u32,
    pub high: u32,
    /// Text after the bar, e.g. "$40,000–$55,000".
    pub value: String,
    pub note: String,
}

/// Lines that can only be made once the width is known (a chart drawn by a ratatui widget).
#[derive(Clone)]
pub struct Sized(std::sync::Arc<dyn Fn(usize) -> Vec<Line<'static>> + Send + Sync>);

impl std::fmt::Debug for Sized {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sized(..)")
    }
}

#[derive(Debug, Clone)]
enum Item {
    Wrap(Line<'static>, usize),
    Bars(Vec<Bar>, String, String),
    Sized(Sized),
}

#[derive(Debug, Clone)]
pub struct Doc {
    theme: Theme,
    items: Vec<Item>,
}

impl Doc {
    pub fn new(theme: Theme) -> Doc {
        Doc {
            theme,
            items: Vec::new(),
        }
    }

    /// The styles the document is written in.
    pub fn theme(&self) -> Theme {
        self.theme
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// A heading, with a blank line before it unless it opens the document.
    pub fn heading(&mut self, title: &str) -> &mut Self {
        if !self.items.is_empty() {
            self.blank();
        }
        self.items.push(Item::Wrap(
            Line::styled(title.to_string(), self.theme.heading),
            0,
        ));
        self
    }

    pub fn blank(&mut self) -> &mut Self {
        self.items.push(Item::Wrap(Line::default(), 0));
        self
    }

    pub fn para(&mut self, text: &str) -> &mut Self {
        self.styled(text, self.theme.base)
    }

    /// A note before everything else, then a blank line (nothing when `text` is empty).
    pub fn note_first(&mut self, text: &str, style: Style) -> &mut Self {
        if !text.is_empty() {
            let line = Line::styled(text.to_string(), style);
            self.items
                .splice(0..0, [Item::Wrap(line, 0), Item::Wrap(Line::default(), 0)]);
        }
        self
    }

    pub fn muted(&mut self, text: &str) -> &mut Self {
        self.styled(text, self.theme.muted)
    }

    pub fn styled(&mut self, text: &str, style: Style) -> &mut Self {
        self.items
            .push(Item::Wrap(Line::styled(text.to_string(), style), 0));
        self
    }

    pub fn line(&mut self, line: Line<'static>, indent: usize) -> &mut Self {
        self.items.push(Item::Wrap(line, indent));
        self
    }

    pub fn bullet(&mut self, text: &str) -> &mut Self {
        let line = Line::from(vec![
            Span::styled("• ", self.theme.muted),
            Span::styled(text.to_string(), self.theme.base),
        ]);
        self.line(line, 2)
    }

    pub fn bullets<S: AsRef<str>>(&mut self, items: &[S]) -> &mut Self {
        for item in items {
            self.bullet(item.as_ref());
        }
        self
    }

    /// What is missing and why, instead of an empty pane.
    pub fn missing(&mut self, what: &str, why: &str) -> &mut Self {
        self.line(Line::styled(format!("⚠ {what}"), self.theme.warning), 2);
        self.muted(why)
    }

    /// A group of range bars, scaled together; `zero` and the top value label the axis.
    pub fn bars(&mut self, bars: Vec<Bar>, zero: String, top: String) -> &mut Self {
        self.items.push(Item::Bars(bars, zero, top));
        self
    }

    /// Lines made by `make` at the document's width when it is laid out.
    pub fn sized(
        &mut self,
        make: impl Fn(usize) -> Vec<Line<'static>> + Send + Sync + 'static,
    ) -> &mut Self {
        self.items
            .push(Item::Sized(Sized(std::sync::Arc::new(make))));
        self
    }

    /// Lay the document out in `width` cells.
    pub fn lines(&self, width: usize) -> Vec<Line<'static>> {
        let mut out = Vec::new();
        for item in &self.items {
            match item {
                Item::Wrap(line, indent) => out.extend(wrap(line, width, *indent)),
                Item::Bars(bars, zero, top) => self.bar_lines(bars, zero, top, width, &mut out),
                Item::Sized(make) => out.extend((make.0)(width)),
            }
        }
        out
    }

    fn bar_lines(
        &self,
        bars: &[Bar],
        zero: &str,
        top: &str,
        width: usize,
        out: &mut Vec<Line<'static>>,
    ) {
        let t = &self.theme;
        let value_w = bars
            .iter()
            .map(|b| text::width(&b.value))
            .max()
            .unwrap_or(0);
        let track = width.saturating_sub(value_w + 1).clamp(4, 60);
        let max = bars.iter().map(|b| b.high).max().unwrap_or(1).max(1) as u64;
        let cell = |v: u32| ((v as u64 * track as u64 + max / 2) / max) as usize;
        for bar in bars {
            out.extend(wrap(&Line::styled(bar.label.clone(), t.title), width, 2));
            let lo = cell(bar.low).min(track.saturating_sub(1));
            let hi = cell(bar.high).clamp(lo + 1, track);
            out.push(Line::from(vec![
                Span::styled("░".repeat(lo), t.bar_track),
                Span::styled("█".repeat(hi - lo), t.bar),
                Span::styled(" ".repeat(track - hi + 1), t.base),
                Span::styled(bar.value.clone(), t.base),
            ]));
            if !bar.note.is_empty() {
                out.extend(wrap(&Line::styled(bar.note.clone(), t.muted), width, 0));
            }
        }
        let gap = track.saturating_sub(text::width(zero) + text::width(top));
        out.push(Line::styled(
            format!("{zero}{}{top}", " ".repeat(gap)),
            t.muted,
        ));
    }
}
