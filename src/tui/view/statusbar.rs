//! The status bar: the keys that matter in the current focus, from the key table.

use crate::tui::keymap::Context;
use crate::tui::state::{App, Focus};
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
        use crate::tui::state::Overlay;
        match (app.overlay, app.focus) {
            (Some(Overlay::Help | Overlay::Sources), _) => Context::Help,
            (Some(Overlay::Shortlist), _) => Context::Shortlist,
            (Some(Overlay::Compare), _) => Context::Compare,
            (Some(Overlay::Filters), _) => Context::Filters,
            (Some(Overlay::Confirm), _) => Context::Confirm,
            (None, _) if app.present => Context::Present,
            (None, Focus::Search) => Context::Search,
            (None, Focus::List) if app.tree.is_some() => Context::Tree,
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
        // a one-off message leads, then the active filters and sort.
        let mut notes: Vec<String> = app.message.iter().cloned().collect();
        let summary = app.filter_summary();
        if !summary.is_empty() && app.message.is_none() {
            notes.push(summary.join(" · "));
        }
        for note in notes {
            let note = text::truncate_to_width(&note, (area.width as usize).saturating_sub(used));
            used += text::width(&note) + 3;
            spans.push(Span::styled(note, t.title));
            spans.push(Span::raw("   "));
        }
        for hint in app.keymap.status_hints(StatusBar::context(app), app.labels) {
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
