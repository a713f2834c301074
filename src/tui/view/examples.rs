//! The example titles overlay: the filter line, the titles that contain its words (scrolled,
//! with a scrollbar), and where the titles come from.

use crate::tui::content::examples;
use crate::tui::layout;
use crate::tui::state::App;
use crate::tui::text::{self, truncate_to_width};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

pub struct ExamplesView<'a> {
    pub app: &'a App,
}

impl ExamplesView<'_> {
    /// Where the terminal's cursor goes: after the typed filter.
    pub fn cursor(&self, area: Rect) -> Position {
        let inner = layout::inset(layout::examples_popup(area));
        let c = &self.app.labels.tools;
        let typed = text::width(c.examples_filter) + 1 + text::width(&self.app.examples_filter);
        let x = (inner.x + 1 + typed as u16).min(inner.right().saturating_sub(1));
        Position::new(x, inner.y)
    }
}

impl Widget for &ExamplesView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let Some(unit) = app.selected_unit() else {
            return;
        };
        let (t, c) = (&app.theme, &app.labels.tools);
        let rect = layout::examples_popup(area);
        let rows = layout::examples_rows(area, app.examples_notes());
        Clear.render(rect, buf);
        let shown = examples::matching(unit, &app.examples_filter).len();
        let count = c
            .examples_count
            .replace("{shown}", &crate::locale::number(app.lang, shown as i64))
            .replace(
                "{total}",
                &crate::locale::number(app.lang, unit.example_titles.len() as i64),
            );
        let title = truncate_to_width(
            &format!(
                " {} · {} {} ",
                c.ctx_examples,
                unit.code,
                app.primary_title(unit)
            ),
            rect.width.saturating_sub(4) as usize,
        );
        let keys = app.keymap.first_keys(
            crate::tui::keymap::Context::Examples,
            &[crate::tui::action::Action::Close],
        );
        let footer = format!(" {keys} {} ", c.h_close);
        Block::bordered()
            .border_style(t.border_focus)
            .title(Span::styled(title, t.title))
            .title_bottom(Span::styled(footer, t.key))
            .style(t.base)
            .render(rect, buf);
        let inner = layout::inset(rect);
        if inner.height < 3 {
            return;
        }
        // The filter line, its count on the right.
        let count_w = text::width(&count) as u16;
        let typed = if app.examples_filter.is_empty() {
            Span::styled(c.examples_placeholder, t.muted)
        } else {
            Span::styled(app.examples_filter.clone(), t.title)
        };
        let filter = Line::from(vec![
            Span::styled(format!("{} ", c.examples_filter), t.muted),
            typed,
        ]);
        buf.set_line(
            inner.x + 1,
            inner.y,
            &filter,
            inner.width.saturating_sub(count_w + 3),
        );
        buf.set_stringn(
            inner.right().saturating_sub(count_w + 1),
            inner.y,
            &count,
            count_w as usize,
            t.muted,
        );
        let lines = examples::lines(&app.context(), rows.width as usize);
        // The scrollbar runs beside the titles only.
        let bar = Rect::new(rect.x, rows.y - 1, rect.width, rows.height + 2);
        super::render_scrolled(&lines, app.overlay_scroll, rows, bar, buf);
        let notes = [c.examples_language, c.examples_source];
        let notes = notes.iter().filter(|n| !n.is_empty());
        for (y, note) in (rows.bottom()..inner.bottom()).zip(notes) {
            let note = truncate_to_width(note, inner.width.saturating_sub(2) as usize);
            buf.set_line(inner.x + 1, y, &Line::styled(note, t.muted), inner.width);
        }
    }
}
