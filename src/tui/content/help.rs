//! The help overlay's lines and where they go, generated from the key table: a pure function
//! of a `Context` and the screen size, so that the view draws it and state clamps its
//! scrolling to the same numbers (`Measure::help_max_scroll`).

use crate::tui::context::Context;
use crate::tui::text::{self, fit};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The help laid out on a screen: its frame, its columns of lines and how far they scroll.
pub struct HelpLayout {
    pub rect: Rect,
    pub columns: Vec<Vec<Line<'static>>>,
    pub column_w: u16,
    /// Rows each column shows.
    pub per_column: usize,
    pub max_scroll: usize,
}

/// The help's sections, each as its lines wrapped to `width`: an entry (keys and words)
/// shown in an earlier section is not repeated (the search line's arrows and pages were
/// the list's again); the mouse note closes the last section.
fn sections(cx: &Context, width: usize) -> Vec<Vec<Line<'static>>> {
    let (t, l) = (&cx.theme, cx.labels);
    let sections = cx.keymap.help_sections(l);
    let key_w = sections
        .iter()
        .flat_map(|(_, h)| h.iter())
        .map(|h| text::width(&h.keys))
        .max()
        .unwrap_or(0);
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<Vec<Line<'static>>> = Vec::new();
    for (ctx, hints) in sections {
        let hints: Vec<_> = hints
            .into_iter()
            .filter(|h| seen.insert((h.keys.clone(), h.text)))
            .collect();
        if hints.is_empty() {
            continue;
        }
        let mut lines = vec![Line::styled(ctx.label(l).to_string(), t.heading)];
        for h in hints {
            let line = Line::from(vec![
                Span::styled(format!("  {}  ", fit(&h.keys, key_w)), t.key),
                Span::styled(h.text, t.base),
            ]);
            lines.extend(text::wrap(&line, width, key_w + 4));
        }
        lines.push(Line::default());
        out.push(lines);
    }
    if let Some(last) = out.last_mut() {
        last.extend(text::wrap(&Line::styled(l.h_mouse, t.muted), width, 0));
    }
    out
}

/// The sections in `columns` columns, whole sections only, in order, the first columns
/// filled up to an even share of the lines.
fn columns(cx: &Context, width: usize, columns: usize) -> Vec<Vec<Line<'static>>> {
    let sections = sections(cx, width);
    let total: usize = sections.iter().map(Vec::len).sum();
    let share = total.div_ceil(columns.max(1));
    let mut out: Vec<Vec<Line<'static>>> = vec![Vec::new()];
    for section in sections {
        let full = out
            .last()
            .is_some_and(|c| !c.is_empty() && c.len() + section.len() / 2 > share);
        if full && out.len() < columns {
            out.push(Vec::new());
        }
        if let Some(column) = out.last_mut() {
            column.extend(section);
        }
    }
    for column in &mut out {
        while column.last().is_some_and(|l| l.width() == 0) {
            column.pop();
        }
    }
    out
}

/// The help on a screen of `area`: one column, or two when one does not fit in the height.
/// Each column scrolls on its own and stops at its own end, so the help scrolls as far as
/// its longest column.
pub fn layout(cx: &Context, area: Rect) -> HelpLayout {
    let w = area.width.saturating_sub(4).min(96);
    let inner_w = w.saturating_sub(2);
    let one = columns(cx, inner_w.saturating_sub(2) as usize, 1);
    let one_len = one.first().map_or(0, Vec::len);
    let two = one_len + 2 > area.height.saturating_sub(2) as usize && w >= 60;
    let column_w = if two {
        inner_w.saturating_sub(3) / 2
    } else {
        inner_w.saturating_sub(2)
    };
    let columns = if two {
        columns(cx, column_w as usize, 2)
    } else {
        one
    };
    let room = area.height.saturating_sub(4) as usize;
    let longest = columns.iter().map(Vec::len).max().unwrap_or(0);
    let per_column = longest.min(room.max(1));
    let h = (per_column as u16 + 2).min(area.height.saturating_sub(2));
    let rect = Rect::new(
        area.x + area.width.saturating_sub(w) / 2,
        area.y + area.height.saturating_sub(h) / 2,
        w,
        h,
    );
    HelpLayout {
        rect,
        columns,
        column_w,
        per_column,
        max_scroll: longest.saturating_sub(per_column),
    }
}
