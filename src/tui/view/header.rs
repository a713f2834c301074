//! The selected occupation's header: code, titles in both languages (in Japanese, our own
//! translation marked 非公式訳 instead of the French), TEER, and the overall score as a gauge.

use crate::locale::Lang;
use crate::tui::state::App;
use crate::tui::text::{self, truncate_to_width, wrap};
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
        let title = app.primary_title(unit);
        let title_len = text::width(title);
        // The title comes first: the gauge gives up its bar, then moves to the TEER line,
        // before the title is cut; a title longer than the line takes the second line too.
        let full = self.score.map(|s| score_gauge(app, s)).unwrap_or_default();
        let compact: Vec<Span> = full.iter().take(2).cloned().collect();
        let spans_w = |g: &[Span]| g.iter().map(|s| text::width(&s.content)).sum::<usize>();
        let (gauge, on_title_line) = if full.is_empty() {
            (Vec::new(), true)
        } else if title_len + 2 + spans_w(&full) <= w {
            (full, true)
        } else if title_len + 2 + spans_w(&compact) <= w {
            (compact, true)
        } else {
            (compact, false)
        };
        let gauge_w = spans_w(&gauge);
        let title_w = if on_title_line && !gauge.is_empty() {
            w.saturating_sub(gauge_w + 2)
        } else {
            w
        };
        // In Japanese our title takes the second line, so the English one is cut to the
        // first rather than wrapped over it.
        let japanese = app.lang == Lang::Ja && app.ds.japanese_title(&unit.code).is_some();
        let title_lines = if title_len > title_w && inner.height > 2 && !japanese {
            wrap(&Line::styled(title.to_string(), t.title), title_w, 0)
        } else {
            vec![Line::styled(truncate_to_width(title, title_w), t.title)]
        };
        for (i, line) in title_lines.iter().take(2).enumerate() {
            let line = if i == 1 && title_lines.len() > 2 {
                let rest: String = title_lines[1..]
                    .iter()
                    .flat_map(|l| l.spans.iter().map(|s| s.content.to_string()))
                    .collect::<Vec<_>>()
                    .join(" ");
                Line::styled(truncate_to_width(&rest, title_w), t.title)
            } else {
                line.clone()
            };
            buf.set_line(x, inner.y + i as u16, &line, title_w as u16);
        }
        let gauge_y = if on_title_line { inner.y } else { inner.y + 2 };
        if !gauge.is_empty() && gauge_w <= w && gauge_y < inner.bottom() {
            buf.set_line(
                x + (w - gauge_w) as u16,
                gauge_y,
                &Line::from(gauge),
                gauge_w as u16,
            );
        }
        if inner.height > 1 && title_lines.len() == 1 {
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
        // The TEER line leaves room for the gauge when it moved there.
        let w = if on_title_line {
            w
        } else {
            w.saturating_sub(gauge_w + 2)
        };
        if inner.height > 2 {
            let teer = format!("{} {}", app.labels.tools.r_teer, unit.teer);
            let room = w.saturating_sub(text::width(&teer) + 3);
            let full = l.teer_meaning_of(unit.teer);
            let short = (l.reviewed.teer_short.get(usize::from(unit.teer))).map_or(full, |s| s);
            // The full meaning when it fits, else the level's few words.
            let meaning = if text::width(full) <= room {
                full
            } else {
                short
            };
            let meaning = truncate_to_width(meaning, room);
            let line = Line::from(vec![
                Span::styled(teer, t.key),
                Span::styled(" · ", t.muted),
                Span::styled(meaning, t.base),
            ]);
            buf.set_line(x, inner.y + 2, &line, w as u16);
        }
    }
}
