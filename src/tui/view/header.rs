//! The selected occupation's header: code, titles in both languages (in Japanese, our own
//! translation marked 非公式訳 instead of the French), TEER, and the overall score as a gauge.

use crate::locale::Lang;
use crate::tui::state::App;
use crate::tui::text::{self, truncate_to_width};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

/// Cells of the score gauge's bar.
const GAUGE_CELLS: usize = 10;

pub struct HeaderView<'a> {
    pub app: &'a App,
    /// Overall score out of 10, if known.
    pub score: Option<f32>,
}

impl<'a> HeaderView<'a> {
    pub fn new(app: &'a App) -> Self {
        let score = app.selected_unit().and_then(|u| app.overall_score(u));
        HeaderView { app, score }
    }
}

/// "総合 6.8/10 ███████░░░" as spans.
pub fn score_gauge(app: &App, score: f32) -> Vec<Span<'static>> {
    let t = &app.theme;
    let filled = ((score.clamp(0.0, 10.0) / 10.0) * GAUGE_CELLS as f32).round() as usize;
    vec![
        Span::styled(format!("{} ", app.labels.overall), t.muted),
        Span::styled(
            format!(
                "{}/10 ",
                crate::locale::decimal(app.lang, f64::from(score), 1)
            ),
            t.title,
        ),
        Span::styled("█".repeat(filled), t.bar),
        Span::styled("░".repeat(GAUGE_CELLS - filled), t.bar_track),
    ]
}

impl Widget for &HeaderView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let (t, l) = (&app.theme, app.labels);
        let mut block = Block::bordered().border_style(t.border).style(t.base);
        let Some(unit) = app.selected_unit() else {
            block.render(area, buf);
            return;
        };
        block = block.title(Span::styled(
            format!(" {} ", unit.code),
            t.code.patch(t.title),
        ));
        let inner = block.inner(area);
        block.render(area, buf);
        let w = inner.width.saturating_sub(2) as usize;
        let x = inner.x + 1;
        let gauge = self.score.map(|s| score_gauge(app, s)).unwrap_or_default();
        let gauge_w: usize = gauge.iter().map(|s| text::width(&s.content)).sum();
        let title_w = if gauge.is_empty() {
            w
        } else {
            w.saturating_sub(gauge_w + 2)
        };
        let title = truncate_to_width(app.primary_title(unit), title_w);
        buf.set_line(x, inner.y, &Line::styled(title, t.title), title_w as u16);
        if !gauge.is_empty() && gauge_w <= w {
            buf.set_line(
                x + (w - gauge_w) as u16,
                inner.y,
                &Line::from(gauge),
                gauge_w as u16,
            );
        }
        if inner.height > 1 {
            // In Japanese, our own translation of the title, marked as ours (非公式訳).
            let line = match (app.lang, app.ds.japanese_title(&unit.code)) {
                (Lang::Ja, Some(ja)) => {
                    let mark = format!(" ({})", l.depth.our_translation);
                    let room = w.saturating_sub(text::width(&mark));
                    Line::from(vec![
                        Span::styled(truncate_to_width(ja, room), t.title),
                        Span::styled(mark, t.muted),
                    ])
                }
                _ => Line::styled(truncate_to_width(app.secondary_title(unit), w), t.muted),
            };
            buf.set_line(x, inner.y + 1, &line, w as u16);
        }
        if inner.height > 2 {
            let teer = format!("TEER {}", unit.teer);
            let meaning = truncate_to_width(
                l.teer_meaning_of(unit.teer),
                w.saturating_sub(teer.len() + 3),
            );
            let line = Line::from(vec![
                Span::styled(teer, t.key),
                Span::styled(" · ", t.muted),
                Span::styled(meaning, t.base),
            ]);
            buf.set_line(x, inner.y + 2, &line, w as u16);
        }
    }
}
