//! What presentation mode says about an occupation before the pane: the figures a room reads
//! in large type (code, overall score, national median pay), each with a caption naming its
//! source, then the title, the TEER and the Overview's summary card with its values bright.
//! The view draws the large type; this holds only text.

use super::Doc;
use crate::facts::Facts;
use crate::locale::Lang;
use crate::model::UnitGroup;
use crate::tui::action::Tab;
use crate::tui::context::Context;
use crate::tui::text::wrap;
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

/// One figure in large type and the caption under it.
pub struct BigFigure {
    /// Drawn in large type: ASCII only (the large font has no other glyphs).
    pub big: Option<String>,
    /// Lines of small type under it: what the figure is, its source, or why it is missing.
    pub caption: Vec<String>,
}

pub struct Headline {
    pub figures: [BigFigure; 3],
    /// Where the occupation is in the shortlist ("2/3"), or that it is not in it.
    pub position: String,
}

/// The large figures of `unit` for presentation mode.
pub fn headline(cx: &Context, unit: &UnitGroup, facts: &Facts) -> Headline {
    let c = &cx.labels.tools;
    let code = BigFigure {
        big: Some(unit.code.clone()),
        caption: vec![c.p_noc.into(), format!("{} {}", c.r_teer, unit.teer)],
    };
    let score = BigFigure {
        big: facts
            .score
            .value
            .map(|v| crate::locale::decimal(cx.lang, v, 1)),
        caption: match facts.score.value {
            Some(_) => vec![c.p_score.into(), c.p_our_formula.into()],
            None => vec![c.p_no_score.into()],
        },
    };
    let median = match facts.wages.national {
        Some(w) => BigFigure {
            big: Some(crate::locale::cents(cx.lang, w.median)),
            caption: vec![
                c.p_median.into(),
                crate::tui::i18n::fill(
                    c.p_job_bank,
                    &[
                        ("year", &facts.wages.year.to_string()),
                        ("where", c.p_national),
                    ],
                ),
            ],
        },
        None => BigFigure {
            big: None,
            caption: vec![c.p_median.into(), c.p_no_wage.into()],
        },
    };
    Headline {
        figures: [code, score, median],
        position: position(cx, &unit.code),
    }
}

/// What the room reads under the large figures, wrapped to `width` in the presentation's
/// `theme`: the whole title, centred; the TEER and what it means; then, on the Overview tab,
/// the chosen province's figures and the summary card (immigration, pay and its rank,
/// outlook, AI), its values bright.
pub fn body(cx: &Context, unit: &UnitGroup, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let mut title = vec![Line::styled(
        cx.primary_title(unit).to_string(),
        theme.title,
    )];
    // In Japanese, our own translation under the official title, marked as ours.
    if let (Lang::Ja, Some(ja)) = (cx.lang, cx.ds.japanese_title(&unit.code)) {
        title.push(Line::from(vec![
            Span::styled(ja.to_string(), theme.title),
            Span::styled(
                format!(" ({})", cx.labels.depth.our_translation),
                theme.muted,
            ),
        ]));
    }
    let mut out: Vec<Line<'static>> = Vec::new();
    for line in title.iter().flat_map(|l| wrap(l, width, 0)) {
        let pad = width.saturating_sub(line.width()) / 2;
        let mut spans = vec![Span::raw(" ".repeat(pad))];
        spans.extend(line.spans);
        out.push(Line::from(spans));
    }
    let teer = Line::from(vec![
        Span::styled(
            format!("{} {} · ", cx.labels.tools.r_teer, unit.teer),
            theme.muted,
        ),
        Span::styled(cx.labels.teer_meaning_of(unit.teer).to_string(), theme.base),
    ]);
    out.extend(wrap(&teer, width, 2));
    // The card leads the Overview; another tab chosen (1-7) shows its pane right here.
    if cx.tab != Tab::Overview {
        return out;
    }
    let mut card = Doc::new(cx.theme);
    // The province chosen in the filters: its wage and LMIA positions.
    if let Some(line) = cx.facts_of(unit).and_then(|f| super::province::both(cx, f)) {
        card.line(line, 2);
    }
    super::overview_card::at_a_glance(cx, unit, &mut card, cx.depth_of(unit));
    if !card.is_empty() {
        out.push(Line::default());
    }
    // The card without its heading: the screen is short and the card speaks for itself.
    let text = |l: &Line| -> String { l.spans.iter().map(|s| s.content.as_ref()).collect() };
    for line in card.lines(width) {
        let blank_again = text(&line).is_empty() && out.last().is_some_and(|l| text(l).is_empty());
        if text(&line) == cx.labels.depth.at_a_glance || blank_again {
            continue;
        }
        out.push(restyle(cx, line, theme));
    }
    out
}

/// A line written in the explorer's colours, in the presentation's: labels muted, headings
/// as headings, warnings as warnings, the rest values, which the room should read first.
fn restyle(cx: &Context, line: Line<'static>, theme: &Theme) -> Line<'static> {
    let t = &cx.theme;
    let spans = line.spans.into_iter().map(|s| {
        let style = if s.style == t.heading {
            theme.heading
        } else if s.style == t.muted {
            theme.muted
        } else if s.style == t.warning {
            theme.warning
        } else {
            theme.title
        };
        Span::styled(s.content, style)
    });
    Line::from(spans.collect::<Vec<_>>())
}

/// "shortlist 2/3", or that the occupation shown is not in it.
fn position(cx: &Context, code: &str) -> String {
    let c = &cx.labels.tools;
    let codes = cx.shortlist;
    match codes.iter().position(|x| x == code) {
        Some(i) => format!("{} {}/{}", c.shortlist_title, i + 1, codes.len()),
        None if codes.is_empty() => c.p_empty.to_string(),
        None => format!("{} ({})", c.p_not_marked, codes.len()),
    }
}
