//! The status bar: the keys that matter in the current focus, from the key table.

use crate::tui::app::{App, Focus};
use crate::tui::keymap::{self, Context};
use crate::tui::text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub struct StatusBar<'a> {
    pub app: &'a App,
}

impl StatusBar<'_> {
    pub fn context(app: &App) -> Context {
        match (app.overlay, app.focus) {
            (Some(_), _) => Context::Help,
            (None, Focus::Search) => Context::Search,
            (None, Focus::List) => Context::List,
        }
    }
}

impl Widget for &StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        let mut spans = vec![Span::raw(" ")];
        let mut used = 1;
        for hint in keymap::status_hints(StatusBar::context(app), app.labels) {
            let w = text::width(&hint.keys) + 1 + text::width(hint.text) + 3;
            if used + w > area.width as usize {
                break;
            }
            used += w;
            spans.push(Span::styled(hint.keys, t.key));
            spans.push(Span::styled(format!(" {}   ", hint.text), t.muted));
        }
        buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    }
}
