//! Presentation mode (`p`): for a projector or a shared screen. No list, no status bar: the
//! code and overall score in big text, the title in bold, then the current tab.

use super::{PaneView, TabsView};
use crate::tui::state::App;
use crate::tui::text::{self, truncate_to_width};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};
use tui_big_text::{BigText, PixelSize};

/// Rows of the big text (8x8 glyphs at a quarter of a cell per pixel).
const BIG_ROWS: u16 = 4;

pub struct PresentView<'a> {
    pub app: &'a App,
}

impl Widget for &PresentView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        // High contrast unless NO_COLOR asked for none.
        let t = if app.theme == Theme::monochrome() {
            Theme::monochrome()
        } else {
            Theme::high_contrast()
        };
        Block::new().style(t.base).render(area, buf);
        let Some(unit) = app.selected_unit() else {
            return;
        };
        let score = app.overall_score(unit);
        let big = match score {
            Some(s) => format!(
                "{}  {}",
                unit.code,
                crate::locale::decimal(app.lang, f64::from(s), 1)
            ),
            None => unit.code.clone(),
        };
        BigText::builder()
            .pixel_size(PixelSize::Quadrant)
            .style(t.title)
            .alignment(Alignment::Center)
            .lines(vec![Line::from(big)])
            .build()
            .render(Rect::new(area.x, area.y + 1, area.width, BIG_ROWS), buf);
        let w = area.width as usize;
        let mut y = area.y + 1 + BIG_ROWS + 1;
        let title = truncate_to_width(app.primary_title(unit), w.saturating_sub(2));
        let tw = text::width(&title) as u16;
        buf.set_line(
            area.x + (area.width.saturating_sub(tw)) / 2,
            y,
            &Line::styled(title, t.title),
            area.width,
        );
        y += 1;
        let l = app.labels;
        let mut sub = format!("TEER {} · {}", unit.teer, l.teer_meaning_of(unit.teer));
        if let Some(s) = score {
            sub = format!(
                "{} {}/10 · {sub}",
                l.overall,
                crate::locale::decimal(app.lang, f64::from(s), 1)
            );
        }
        let sub = truncate_to_width(&sub, w.saturating_sub(2));
        let sw = text::width(&sub) as u16;
        buf.set_line(
            area.x + (area.width.saturating_sub(sw)) / 2,
            y,
            &Line::styled(sub, t.base),
            area.width,
        );
        y += 2;
        if y + 3 >= area.bottom() {
            return;
        }
        TabsView { app }.render(Rect::new(area.x, y, area.width, 1), buf);
        PaneView { app }.render(
            Rect::new(area.x, y + 1, area.width, area.bottom() - y - 1),
            buf,
        );
    }
}
