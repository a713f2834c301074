//! What shows when the terminal is smaller than the explorer needs.

use crate::tui::layout::{MIN_HEIGHT, MIN_WIDTH};
use crate::tui::state::App;
use crate::tui::text::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

pub struct TooSmallView<'a> {
    pub app: &'a App,
}

impl Widget for &TooSmallView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let t = &self.app.theme;
        let message = self.app.labels.too_small_message(MIN_WIDTH, MIN_HEIGHT);
        let now = format!("({}x{})", area.width, area.height);
        let mut lines = wrap(
            &Line::styled(message, t.warning),
            area.width.max(1) as usize,
            0,
        );
        lines.push(Line::styled(now, t.muted));
        let top = area.height.saturating_sub(lines.len() as u16) / 2;
        for (i, line) in lines.iter().enumerate().take(area.height as usize) {
            let x = area.x + area.width.saturating_sub(line.width() as u16) / 2;
            buf.set_line(x, area.y + top + i as u16, line, area.width);
        }
    }
}
