//! The Immigration pane's Express Entry rounds: for each category version the occupation is
//! on, and for the program-wide rounds open to it, the last round (date, CRS cut-off,
//! invitations), the rounds in the 12 months to the newest round we hold, and a sparkline of
//! the family's cut-offs. A function of the facts, the labels and the theme only.

use super::Doc;
use crate::facts::rounds::{RoundFact, RoundsFacts};
use crate::i18n::{Labels, ListLabels, fill};
use crate::locale::{self, Lang};
use crate::tui::text;
use crate::tui::theme::Theme;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// Cut-offs as one block character each, lowest ▁, highest █ (a flat series is all ▄).
pub fn sparkline(values: &[u32]) -> String {
    let (lo, hi) = (values.iter().min(), values.iter().max());
    let (Some(&lo), Some(&hi)) = (lo, hi) else {
        return String::new();
    };
    values
        .iter()
        .map(|&v| match hi - lo {
            0 => BLOCKS[3],
            span => BLOCKS[((v - lo) as usize * 7 + span as usize / 2) / span as usize],
        })
        .collect()
}

/// The chart of a family's cut-offs, made at the pane's width: as many of the newest rounds as
/// fit, then its caption.
fn chart(doc: &mut Doc, row: &RoundFact, l: &'static ListLabels, lang: Lang, theme: Theme) {
    if row.chart.len() < 2 {
        return;
    }
    let points = row.chart.clone();
    let family = l.family(&row.family).to_string();
    doc.sized(move |width| {
        let room = width.saturating_sub(4).max(2);
        let shown = &points[points.len().saturating_sub(room)..];
        let values: Vec<u32> = shown.iter().map(|p| p.1).collect();
        let (min, max) = (
            values.iter().min().copied().unwrap_or(0),
            values.iter().max().copied().unwrap_or(0),
        );
        let caption = fill(
            l.chart_caption,
            &[
                ("n", &shown.len().to_string()),
                ("family", &family),
                ("from", &locale::date(lang, &shown[0].0)),
                ("to", &locale::date(lang, &shown[shown.len() - 1].0)),
                ("min", &min.to_string()),
                ("max", &max.to_string()),
            ],
        );
        let mut out = vec![Line::from(vec![
            Span::raw("    "),
            Span::styled(sparkline(&values), theme.bar),
        ])];
        out.extend(text::wrap(
            &Line::styled(format!("    {caption}"), theme.muted),
            width,
            4,
        ));
        out
    });
}

fn last_round(row: &RoundFact, l: &ListLabels, lang: Lang) -> Option<String> {
    let (date, cutoff, invitations) = (
        row.last_date.as_deref()?,
        row.last_cutoff?,
        row.last_invitations?,
    );
    Some(fill(
        l.last_round,
        &[
            ("date", &locale::date(lang, date)),
            ("cutoff", &cutoff.to_string()),
            ("invitations", &locale::number(lang, i64::from(invitations))),
        ],
    ))
}

/// One round type: its name and list, its last round, its count in 12 months, IRCC's name.
fn row_lines(doc: &mut Doc, row: &RoundFact, as_of: &str, l: &ListLabels, lang: Lang, t: &Theme) {
    let dim = |s: Style| if row.past { t.muted } else { s };
    let mut head = vec![
        Span::styled("• ", t.muted),
        Span::styled(l.family(&row.family).to_string(), dim(t.title)),
    ];
    if row.kind == "category" {
        let years: Vec<String> = row.list_years.iter().map(u16::to_string).collect();
        let tag = if row.past {
            fill(l.past_list, &[("years", &years.join(", "))])
        } else {
            fill(l.list_year, &[("year", &years.join(", "))])
        };
        head.push(Span::styled(format!(" · {tag}"), t.muted));
    }
    doc.line(Line::from(head), 2);
    match last_round(row, l, lang) {
        Some(last) => {
            doc.line(
                Line::from(vec![
                    Span::styled(format!("  {} ", l.last_round_label), t.muted),
                    Span::styled(last, dim(t.base)),
                ]),
                2,
            );
            doc.line(
                Line::styled(
                    format!(
                        "  {}",
                        l.in_12_months(lang, row.rounds_last_12_months, as_of)
                    ),
                    dim(t.base),
                ),
                2,
            );
            doc.line(
                Line::styled(format!("  {} {}", l.ircc_name, row.name), t.muted),
                2,
            );
        }
        None => {
            let year = row
                .list_years
                .first()
                .map(u16::to_string)
                .unwrap_or_default();
            let none = fill(
                l.no_round_for_list,
                &[("year", &year), ("as_of", &locale::date(lang, as_of))],
            );
            doc.line(Line::styled(format!("  {none}"), t.warning), 4);
            let family = l.family(&row.family);
            let since = match &row.none_since {
                Some(date) => fill(
                    l.family_last,
                    &[("family", family), ("date", &locale::date(lang, date))],
                ),
                None => fill(l.family_never, &[("family", family)]),
            };
            doc.line(Line::styled(format!("  {since}"), t.base), 4);
        }
    }
}

/// The rounds section of the Immigration pane.
pub fn rounds_section(doc: &mut Doc, r: &RoundsFacts, labels: &'static Labels, t: &Theme) {
    let (l, lang) = (&labels.lists, labels.lang);
    doc.heading(l.rounds_heading);
    let Some(as_of) = r.as_of.as_deref().filter(|_| r.loaded) else {
        doc.line(Line::styled(l.rounds_not_loaded.to_string(), t.warning), 2);
        return;
    };
    doc.muted(&fill(
        l.rounds_intro,
        &[("date", &locale::date(lang, as_of))],
    ));
    let mut charted: Vec<String> = Vec::new();
    let mut charts = |doc: &mut Doc, row: &RoundFact| {
        if !charted.contains(&row.family) && !row.past {
            charted.push(row.family.clone());
            chart(doc, row, l, lang, *t);
        }
    };

    doc.blank().styled(l.category_rounds, t.title);
    let categories: Vec<&RoundFact> = r.rows.iter().filter(|r| r.kind == "category").collect();
    if categories.is_empty() {
        doc.muted(l.no_category);
    }
    for row in categories {
        row_lines(doc, row, as_of, l, lang, t);
        charts(doc, row);
    }

    doc.blank().styled(l.program_rounds, t.title);
    if !r.pool {
        doc.muted(l.no_pool);
    }
    let programs = r.rows.iter().filter(|r| r.kind == "program");
    let (recent, old): (Vec<&RoundFact>, Vec<&RoundFact>) =
        programs.partition(|r| r.rounds_last_12_months > 0);
    for row in recent {
        row_lines(doc, row, as_of, l, lang, t);
        charts(doc, row);
    }
    if !old.is_empty() {
        let items: Vec<String> = (old.iter())
            .filter_map(|r| {
                let date = r.last_date.as_deref()?;
                Some(format!(
                    "{} {}",
                    l.family(&r.family),
                    locale::date(lang, date)
                ))
            })
            .collect();
        doc.line(
            Line::from(vec![
                Span::styled(format!("{}: ", l.not_held_since), t.muted),
                Span::styled(items.join(" · "), t.base),
            ]),
            2,
        );
    }
    if let Some(s) = &r.source {
        let source = fill(
            l.rounds_source,
            &[
                ("publisher", &s.publisher),
                ("title", &s.title),
                ("date", &locale::date(lang, &s.as_of)),
            ],
        );
        doc.blank()
            .muted(&format!("{} {source}", labels.source_prefix));
    }
}

#[cfg(test)]
mod tests {
    use super::sparkline;

    #[test]
    fn a_sparkline_spans_the_lowest_to_the_highest_block() {
        assert_eq!(sparkline(&[400, 450, 500]), "▁▅█");
        assert_eq!(sparkline(&[470, 470]), "▄▄");
        assert_eq!(sparkline(&[]), "");
    }
}
