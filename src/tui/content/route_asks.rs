//! The Immigration pane's table of what each open route asks of the person (minimum language
//! level at the occupation's TEER, work experience, job offer), from the IRPR sections and
//! IRCC's language pages; a function of the facts and the labels only.

use super::Doc;
use crate::i18n::law::{experience, offer};
use crate::i18n::{Labels, fill};
use crate::rules::requirements::Requirement;
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

fn pad(text: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(w)))
}

/// The table, a note on its sources, and the AIP TEER hierarchy, into `doc`.
/// `law_date` is the regulation's consolidation date; `captured` the language pages' dates.
pub fn table(
    doc: &mut Doc,
    l: &Labels,
    t: &Theme,
    reqs: &[Requirement],
    law_date: &str,
    captured: &str,
) {
    if reqs.is_empty() {
        return;
    }
    doc.heading(l.law.asks_heading);
    let rows: Vec<[String; 4]> = reqs
        .iter()
        .map(|r| {
            [
                format!("{} ({})", r.program, r.section),
                r.minimum
                    .clone()
                    .unwrap_or_else(|| l.law.language_none.into()),
                experience(l, r),
                offer(l, r),
            ]
        })
        .collect();
    // One row per route, its cells labelled, wrapped under the route's column: a grid of
    // four columns does not fit the pane at 80 columns.
    let width = rows
        .iter()
        .map(|r| UnicodeWidthStr::width(r[0].as_str()))
        .max()
        .unwrap_or(0);
    let labels = [l.law.col_language, l.law.col_experience, l.law.col_offer];
    for r in &rows {
        let mut spans = vec![Span::styled(format!("{}  ", pad(&r[0], width)), t.title)];
        for (i, (label, value)) in labels.iter().zip(&r[1..]).enumerate() {
            if i > 0 {
                spans.push(Span::styled(" · ", t.muted));
            }
            spans.push(Span::styled(format!("{label} "), t.muted));
            spans.push(Span::styled(value.clone(), t.base));
        }
        doc.line(Line::from(spans), width + 2);
    }
    if let Some((same, at)) = reqs.iter().find_map(|r| r.same_level.as_ref()) {
        let same: Vec<String> = same.iter().map(u8::to_string).collect();
        doc.muted(&fill(
            l.law.same_level,
            &[("same", &same.join(", ")), ("at", at)],
        ));
    }
    let sections: Vec<&str> = reqs.iter().map(|r| r.section.as_str()).collect();
    doc.muted(&fill(
        l.law.asks_note,
        &[
            ("sections", &sections.join(", ")),
            ("date", law_date),
            ("captured", captured),
        ],
    ));
}
