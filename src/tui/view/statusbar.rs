//! The status bar: the keys that matter in the current focus, from the key table.

use crate::tui::state::App;
use crate::tui::text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub struct StatusBar<'a> {
    pub app: &'a App,
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
        // A filter never drops an occupation silently.
        notes.extend(app.hidden_notes());
        for note in notes {
            let note = text::truncate_to_width(&note, (area.width as usize).saturating_sub(used));
            used += text::width(&note) + 3;
            spans.push(Span::styled(note, t.title));
            spans.push(Span::raw("   "));
        }
        // On the Education pane, the key that shows the path's sentences comes first.
        if app.tab == crate::tui::action::Tab::Education
            && app.key_context() == crate::tui::keymap::Context::List
        {
            let keys = (app.keymap).first_keys(
                crate::tui::keymap::Context::List,
                &[crate::tui::action::Action::TogglePathSentences],
            );
            let label = app.labels.path_in.s_sentences;
            used += text::width(&keys) + 1 + text::width(label) + 3;
            spans.push(Span::styled(keys, t.key));
            spans.push(Span::styled(format!(" {label}   "), t.muted));
        }
        for hint in app.keymap.status_hints(app.key_context(), app.labels) {
            // Help and sources share their keys; the sources are closed, not "the help".
            let text = if app.overlay == Some(crate::tui::state::Overlay::Sources)
                && hint.text == app.labels.h_close_help
            {
                app.labels.h_close_sources
            } else {
                hint.text
            };
            let w = text::width(&hint.keys) + 1 + text::width(text) + 3;
            if used + w > area.width as usize {
                break;
            }
            used += w;
            spans.push(Span::styled(hint.keys, t.key));
            spans.push(Span::styled(format!(" {text}   "), t.muted));
        }
        buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    }
}
