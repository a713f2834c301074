//! What the sources overlay says: every data set the figures come from, with publisher,
//! vintage, licence and attribution line, wrapped to a width.

use crate::facts;
use crate::tui::context::Context;
use crate::tui::layout;
use crate::tui::text::wrap;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The overlay's lines for a text `width`.
pub fn lines(cx: &Context, width: usize) -> Vec<Line<'static>> {
    let (t, l) = (&cx.theme, cx.labels);
    let ours = |text: &'static str| l.reviewed.source_words.get(text).copied().unwrap_or(text);
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
        out.extend(wrap(&field(l.vintage, ours(s.vintage)), width, 2));
        out.extend(wrap(&field(l.licence, s.licence), width, 2));
        out.extend(wrap(&Line::styled(s.attribution, t.base), width, 0));
        if !s.note.is_empty() {
            out.extend(wrap(&Line::styled(ours(s.note), t.muted), width, 0));
        }
    }
    // The overall score's formula: the Overview shows each component with its numbers.
    out.push(Line::default());
    out.extend(wrap(&Line::styled(l.formula, t.heading), width, 0));
    out.extend(wrap(
        &Line::styled(crate::rules::score::FORMULA, t.base),
        width,
        0,
    ));
    out
}

/// How far the overlay can scroll at this screen size.
pub fn max_scroll(cx: &Context, area: Rect) -> u16 {
    let text = layout::sources_text(area);
    lines(cx, text.width as usize)
        .len()
        .saturating_sub(text.height as usize)
        .min(u16::MAX as usize) as u16
}
