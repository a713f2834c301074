//! The help overlay, generated from the key table (laid out by `content::help`).

use crate::tui::content::help;
use crate::tui::state::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Widget};

pub struct HelpView<'a> {
    pub app: &'a App,
}

impl Widget for &HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (t, l) = (&self.app.theme, self.app.labels);
        let layout = help::layout(&self.app.context(), area);
        let (rect, per_column, max_scroll) = (layout.rect, layout.per_column, layout.max_scroll);
        // Each column scrolls on its own: j/k move every column that still has lines below,
        // and a column stops at its own end (nothing flows from one column to the next).
        let scroll = (self.app.overlay_scroll as usize).min(max_scroll);
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
        for (col, lines) in layout.columns.iter().enumerate() {
            let own = scroll.min(lines.len().saturating_sub(per_column));
            let x = inner.x + 1 + col as u16 * (layout.column_w + 1);
            for (row, line) in lines.iter().skip(own).take(per_column).enumerate() {
                if row as u16 >= inner.height {
                    break;
                }
                buf.set_line(x, inner.y + row as u16, line, layout.column_w);
            }
        }
    }
}
