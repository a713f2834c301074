//! The sources overlay drawn: its lines in a bordered box, scrolled. Scrolls with j/k; Esc
//! closes.

use crate::tui::content;
use crate::tui::layout;
use crate::tui::state::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Widget};

pub struct SourcesView<'a> {
    pub app: &'a App,
}

impl Widget for &SourcesView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (t, l) = (&self.app.theme, self.app.labels);
        let rect = layout::sources_rect(area);
        Clear.render(rect, buf);
        let title = format!(" {} · {} ", l.sources_title, l.sources_close);
        Block::bordered()
            .border_style(t.border_focus)
            .title(Span::styled(title, t.title))
            .style(t.base)
            .render(rect, buf);
        let text = layout::sources_text(area);
        let lines = content::sources::lines(&self.app.context(), text.width as usize);
        super::render_scrolled(&lines, self.app.overlay_scroll, text, rect, buf);
    }
}
