//! Compare drawn: the comparison's lines in a bordered overlay, scrolled.

use crate::tui::content::Comparison;
use crate::tui::state::{App, COMPARE_MAX};
use crate::tui::text::truncate_to_width;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Widget};

pub struct CompareView<'a> {
    pub app: &'a App,
}

impl Widget for &CompareView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let (t, c) = (&app.theme, &app.labels.tools);
        Clear.render(area, buf);
        let total = app.shortlist.len();
        let inner_w = area.width.saturating_sub(2) as usize;
        let (lines, shown) = Comparison { app }.lines(inner_w.saturating_sub(1));
        let mut title = format!(" {} · {shown}", c.compare_title);
        if shown < total {
            let more = if total > COMPARE_MAX {
                c.compare_first_four
            } else {
                app.labels.of
            };
            title = format!(" {} · {shown} ({more} {total})", c.compare_title);
        }
        let overflow = lines.len() > area.height.saturating_sub(2) as usize;
        let scroll_hint = if overflow {
            let keys = app.keymap.first_keys(
                crate::tui::keymap::Context::Compare,
                &[crate::tui::Action::Down, crate::tui::Action::Up],
            );
            format!(" · {keys} {}", c.h_scroll)
        } else {
            String::new()
        };
        title.push_str(&format!(
            " · {}{scroll_hint} · Esc {} ",
            c.compare_best, c.s_close
        ));
        let block = Block::bordered()
            .border_style(t.border_focus)
            .title(Span::styled(truncate_to_width(&title, inner_w), t.title))
            .style(t.base);
        let inner = block.inner(area);
        block.render(area, buf);
        let max = lines.len().saturating_sub(inner.height as usize);
        let scroll = (app.overlay_scroll as usize).min(max);
        for (i, line) in lines
            .iter()
            .skip(scroll)
            .take(inner.height as usize)
            .enumerate()
        {
            buf.set_line(inner.x + 1, inner.y + i as u16, line, inner.width - 1);
        }
    }
}
