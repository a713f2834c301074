//! The sources overlay: every data set the figures come from, with publisher, vintage,
//! licence and attribution line. Scrolls with j/k; Esc closes.

use crate::facts;
use crate::tui::state::App;
use crate::tui::text::wrap;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

pub struct SourcesView<'a> {
    pub app: &'a App,
}

impl SourcesView<'_> {
    /// The overlay's rectangle within the screen.
    pub fn rect(area: Rect) -> Rect {
        let w = area.width.saturating_sub(4).min(100);
        let h = area.height.saturating_sub(2);
        Rect::new(
            area.x + (area.width - w) / 2,
            area.y + (area.height - h) / 2,
            w,
            h,
        )
    }

    /// The text area inside the border (one cell of padding each side).
    pub fn text_area(area: Rect) -> Rect {
        let r = Self::rect(area);
        Rect::new(
            r.x + 2,
            r.y + 1,
            r.width.saturating_sub(4),
            r.height.saturating_sub(2),
        )
    }

    pub fn lines(&self, width: usize) -> Vec<Line<'static>> {
        let (t, l) = (&self.app.theme, self.app.labels);
        let mut out = Vec::new();
        for s in facts::sources() {
            if !out.is_empty() {
                out.push(Line::default());
            }
            out.extend(wrap(&Line::styled(s.name, t.heading), width, 0));
            let field = |label: &str, value: &str| {
                Line::from(vec![
                    Span::styled(format!("{label}: "), t.muted),
                    Span::styled(value.to_string(), t.base),
                ])
            };
            out.extend(wrap(&field(l.publisher, s.publisher), width, 2));
            out.extend(wrap(&field(l.vintage, s.vintage), width, 2));
            out.extend(wrap(&field(l.licence, s.licence), width, 2));
            out.extend(wrap(&Line::styled(s.attribution, t.base), width, 0));
            if !s.note.is_empty() {
                out.extend(wrap(&Line::styled(s.note, t.muted), width, 0));
            }
        }
        out
    }

    /// How far the overlay can scroll at this screen size.
    pub fn max_scroll(&self, area: Rect) -> u16 {
        let text = Self::text_area(area);
        self.lines(text.width as usize)
            .len()
            .saturating_sub(text.height as usize)
            .min(u16::MAX as usize) as u16
    }
}

impl Widget for &SourcesView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (t, l) = (&self.app.theme, self.app.labels);
        let rect = SourcesView::rect(area);
        Clear.render(rect, buf);
        let title = format!(" {} · {} ", l.sources_title, l.sources_close);
        Block::bordered()
            .border_style(t.border_focus)
            .title(Span::styled(title, t.title))
            .style(t.base)
            .render(rect, buf);
        let text = SourcesView::text_area(area);
        let lines = self.lines(text.width as usize);
        super::render_scrolled(&lines, self.app.overlay_scroll, text, rect, buf);
    }
}
