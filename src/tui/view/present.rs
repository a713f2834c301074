//! Presentation mode (`p`): for a projector or a shared screen. No list: the code, the overall
//! score and the national median pay in large type with their captions, the title in bold,
//! the TEER, the summary card with its values bright, then the current tab if it fits. The top row says where
//! the occupation is in the shortlist; the bottom row is the status bar (how to step and how
//! to leave, or the keys of an overlay drawn over it).

use super::{PaneView, StatusBar, TabsView};
use crate::tui::content::present::{BigFigure, body, headline};
use crate::tui::layout::{self, CAPTION_ROWS};
use crate::tui::state::App;
use crate::tui::text::{self, wrap};
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Widget};
use tui_big_text::{BigText, PixelSize};

pub struct PresentView<'a> {
    pub app: &'a App,
}

impl Widget for &PresentView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = app.theme.presentation();
        Block::new().style(t.base).render(area, buf);
        let status = Rect::new(area.x, area.bottom() - 1, area.width, 1);
        StatusBar { app }.render(status, buf);
        let Some(unit) = app.selected_unit() else {
            return;
        };
        let Some(facts) = app.facts_of(unit) else {
            return;
        };
        let h = headline(&app.context(), unit, facts);
        let w = area.width as usize;
        let pos = text::truncate_to_width(&h.position, w.saturating_sub(2));
        let pos_x = area.right().saturating_sub(text::width(&pos) as u16 + 1);
        buf.set_stringn(pos_x, area.y, &pos, w, t.muted);
        // Three columns of large figures.
        let col_w = area.width / 3;
        let rows = layout::big_rows(area);
        let size = type_size(&h.figures, Rect::new(area.x, area.y + 1, col_w, rows));
        for (i, fig) in h.figures.iter().enumerate() {
            let col = Rect::new(area.x + col_w * i as u16, area.y + 1, col_w, rows);
            figure(fig, col, size, (t.title, t.muted), buf);
        }
        // The title whole, the TEER, the summary card: as much as the screen holds.
        let lines = body(&app.context(), unit, &t, w.saturating_sub(2));
        let rows = (layout::present_body(area)..status.y).zip(&lines);
        for (y, line) in rows {
            buf.set_line(area.x + 1, y, line, area.width - 1);
        }
        if let Some((tabs, pane)) = layout::present_pane(area, lines.len()) {
            TabsView { app }.render(tabs, buf);
            PaneView { app }.render(pane, buf);
        }
    }
}

/// A figure as the large font can draw it (ASCII only: French "23,50 $" loses its no-break
/// space), without its space too if that is what it takes to fit `w` at `cols` per glyph.
fn fitting(big: &str, cols: usize, w: usize) -> Option<String> {
    let big = big.replace(['\u{a0}', '\u{202f}'], " ");
    [big.clone(), big.replace(' ', "")]
        .into_iter()
        .find(|b| b.is_ascii() && b.chars().count() * cols <= w)
}

/// The largest type in which every figure fits its column: 8 rows where there are 8 (full
/// cells, else half-width ones), else 4 (quadrants). One size for all three, so none looks
/// more important than the others.
fn type_size(figs: &[BigFigure], col: Rect) -> (PixelSize, u16, usize) {
    let sizes = [
        (PixelSize::Full, 8, 8),
        (PixelSize::HalfWidth, 8, 4),
        (PixelSize::Quadrant, 4, 4),
    ];
    let w = col.width as usize;
    sizes
        .into_iter()
        .filter(|s| s.1 <= col.height)
        .find(|s| {
            figs.iter()
                .filter_map(|f| f.big.as_deref())
                .all(|b| fitting(b, s.2, w).is_some())
        })
        .unwrap_or(sizes[2])
}

/// One large figure centred in `col` in the type `size`, its caption under it; a figure too
/// wide for the column is written in normal type instead.
fn figure(
    fig: &BigFigure,
    col: Rect,
    size: (PixelSize, u16, usize),
    (big_style, caption_style): (Style, Style),
    buf: &mut Buffer,
) {
    let w = col.width as usize;
    let (px, rows, cols) = size;
    if let Some(big) = &fig.big {
        match fitting(big, cols, w) {
            Some(b) => {
                let y = col.y + (col.height - rows.min(col.height)) / 2;
                BigText::builder()
                    .pixel_size(px)
                    .style(big_style)
                    .alignment(Alignment::Center)
                    .lines(vec![Line::from(b)])
                    .build()
                    .render(Rect::new(col.x, y, col.width, rows), buf);
            }
            None => centred(big, col.x, col.y + col.height / 2, w, big_style, buf),
        }
    }
    let mut lines: Vec<Line> = Vec::new();
    for c in &fig.caption {
        lines.extend(wrap(&Line::raw(c.clone()), w.saturating_sub(2), 0));
    }
    for (i, line) in lines.iter().take(CAPTION_ROWS as usize).enumerate() {
        let s: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        let s = if i + 1 == CAPTION_ROWS as usize && lines.len() > CAPTION_ROWS as usize {
            text::truncate_to_width(&format!("{s} …"), w.saturating_sub(2))
        } else {
            s
        };
        centred(&s, col.x, col.bottom() + i as u16, w, caption_style, buf);
    }
}

fn centred(s: &str, x: u16, y: u16, w: usize, style: Style, buf: &mut Buffer) {
    let sw = text::width(s).min(w);
    buf.set_stringn(x + ((w - sw) / 2) as u16, y, s, w, style);
}
