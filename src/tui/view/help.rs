//! The help overlay, generated from the key table.

use crate::tui::state::App;
use crate::tui::text::{self, fit};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

pub struct HelpView<'a> {
    pub app: &'a App,
}

impl HelpView<'_> {
    /// The help's sections, each as its lines wrapped to `width`: an entry (keys and words)
    /// shown in an earlier section is not repeated (the search line's arrows and pages were
    /// the list's again); the mouse note closes the last section.
    fn sections(&self, width: usize) -> Vec<Vec<Line<'static>>> {
        let (t, l) = (&self.app.theme, self.app.labels);
        let sections = self.app.keymap.help_sections(l);
        let key_w = sections
            .iter()
            .flat_map(|(_, h)| h.iter())
            .map(|h| text::width(&h.keys))
            .max()
            .unwrap_or(0);
        let mut seen = std::collections::HashSet::new();
        let mut out: Vec<Vec<Line<'static>>> = Vec::new();
        for (ctx, hints) in sections {
            let hints: Vec<_> = hints
                .into_iter()
                .filter(|h| seen.insert((h.keys.clone(), h.text)))
                .collect();
            if hints.is_empty() {
                continue;
            }
            let mut lines = vec![Line::styled(ctx.label(l).to_string(), t.heading)];
            for h in hints {
                let line = Line::from(vec![
                    Span::styled(format!("  {}  ", fit(&h.keys, key_w)), t.key),
                    Span::styled(h.text, t.base),
                ]);
                lines.extend(crate::tui::text::wrap(&line, width, key_w + 4));
            }
            lines.push(Line::default());
            out.push(lines);
        }
        if let Some(last) = out.last_mut() {
            last.extend(crate::tui::text::wrap(
                &Line::styled(l.h_mouse, t.muted),
                width,
                0,
            ));
        }
        out
    }

    /// The sections in `columns` columns, whole sections only, in order, the first columns
    /// filled up to an even share of the lines.
    fn columns(&self, width: usize, columns: usize) -> Vec<Vec<Line<'static>>> {
        let sections = self.sections(width);
        let total: usize = sections.iter().map(Vec::len).sum();
        let share = total.div_ceil(columns.max(1));
        let mut out: Vec<Vec<Line<'static>>> = vec![Vec::new()];
        for section in sections {
            let full = out
                .last()
                .is_some_and(|c| !c.is_empty() && c.len() + section.len() / 2 > share);
            if full && out.len() < columns {
                out.push(Vec::new());
            }
            if let Some(column) = out.last_mut() {
                column.extend(section);
            }
        }
        for column in &mut out {
            while column.last().is_some_and(|l| l.width() == 0) {
                column.pop();
            }
        }
        out
    }
}

impl Widget for &HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (t, l) = (&self.app.theme, self.app.labels);
        let w = area.width.saturating_sub(4).min(96);
        let inner_w = w.saturating_sub(2);
        let one = self.columns(inner_w.saturating_sub(2) as usize, 1);
        let one_len = one.first().map_or(0, Vec::len);
        let two = one_len + 2 > area.height.saturating_sub(2) as usize && w >= 60;
        let column_w = if two {
            inner_w.saturating_sub(3) / 2
        } else {
            inner_w.saturating_sub(2)
        };
        let columns = if two {
            self.columns(column_w as usize, 2)
        } else {
            one
        };
        let room = area.height.saturating_sub(4) as usize;
        let longest = columns.iter().map(Vec::len).max().unwrap_or(0);
        let per_column = longest.min(room.max(1));
        // Each column scrolls on its own: j/k move every column that still has lines below,
        // and a column stops at its own end (nothing flows from one column to the next).
        let max_scroll = longest.saturating_sub(per_column);
        let scroll = (self.app.overlay_scroll as usize).min(max_scroll);
        let h = (per_column as u16 + 2).min(area.height.saturating_sub(2));
        let rect = Rect::new(
            area.x + (area.width - w) / 2,
            area.y + (area.height - h) / 2,
            w,
            h,
        );
        Clear.render(rect, buf);
        let mut title = format!(" {} · {} ", l.help_title, l.help_close);
        if max_scroll > 0 {
            let keys = self.app.keymap.first_keys(
                crate::tui::keymap::Context::Help,
                &[crate::tui::Action::ScrollDown, crate::tui::Action::ScrollUp],
            );
            title = format!(
                " {} · {keys} {} {}/{} · {} ",
                l.help_title, l.tools.h_scroll, scroll, max_scroll, l.help_close
            );
        }
        let block = Block::bordered()
            .border_style(t.border_focus)
            .title(Span::styled(title, t.title))
            .style(t.base);
        let inner = block.inner(rect);
        block.render(rect, buf);
        for (col, lines) in columns.iter().enumerate() {
            let own = scroll.min(lines.len().saturating_sub(per_column));
            let x = inner.x + 1 + col as u16 * (column_w + 1);
            for (row, line) in lines.iter().skip(own).take(per_column).enumerate() {
                if row as u16 >= inner.height {
                    break;
                }
                buf.set_line(x, inner.y + row as u16, line, column_w);
            }
        }
    }
}
