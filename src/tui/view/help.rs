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
    fn lines(&self, width: usize) -> Vec<Line<'static>> {
        let (t, l) = (&self.app.theme, self.app.labels);
        let sections = self.app.keymap.help_sections(l);
        let key_w = sections
            .iter()
            .flat_map(|(_, h)| h.iter())
            .map(|h| text::width(&h.keys))
            .max()
            .unwrap_or(0);
        let mut out = Vec::new();
        for (ctx, hints) in sections {
            if !out.is_empty() {
                out.push(Line::default());
            }
            out.push(Line::styled(ctx.label(l).to_string(), t.heading));
            for h in hints {
                let line = Line::from(vec![
                    Span::styled(format!("  {}  ", fit(&h.keys, key_w)), t.key),
                    Span::styled(h.text, t.base),
                ]);
                out.extend(crate::tui::text::wrap(&line, width, key_w + 4));
            }
        }
        out.push(Line::default());
        out.extend(crate::tui::text::wrap(
            &Line::styled(l.h_mouse, t.muted),
            width,
            0,
        ));
        out
    }
}

impl Widget for &HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (t, l) = (&self.app.theme, self.app.labels);
        let w = area.width.saturating_sub(4).min(96);
        let inner_w = w.saturating_sub(2);
        let one_column = self.lines(inner_w.saturating_sub(2) as usize);
        let two = one_column.len() + 2 > area.height.saturating_sub(2) as usize && w >= 60;
        let columns: u16 = if two { 2 } else { 1 };
        let column_w = if two {
            inner_w.saturating_sub(3) / 2
        } else {
            inner_w.saturating_sub(2)
        };
        let lines = if two {
            self.lines(column_w as usize)
        } else {
            one_column
        };
        let room = area.height.saturating_sub(4) as usize;
        let per_column = lines.len().div_ceil(columns as usize).min(room.max(1));
        // When even two columns overflow, j/k scroll (by lines, filling the columns in turn).
        let max_scroll = lines.len().saturating_sub(per_column * columns as usize);
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
        for (i, line) in lines.iter().skip(scroll).enumerate() {
            let (col, row) = (i / per_column, i % per_column);
            if col >= columns as usize {
                break;
            }
            if row as u16 >= inner.height {
                continue;
            }
            let x = inner.x + 1 + col as u16 * (column_w + 1);
            buf.set_line(x, inner.y + row as u16, line, column_w);
        }
    }
}
