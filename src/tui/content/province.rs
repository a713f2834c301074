//! The province chosen in the filters, in the panes whose figures have provinces: its Job Bank
//! median wage and its positions on ESDC's published list of positive LMIAs. Licensing is not
//! here: the NOC text names provinces only where it mentions them, so a province it does not
//! name says nothing about that province.

use crate::facts::Facts;
use crate::tui::context::Context;
use crate::tui::i18n::fill;
use ratatui::text::{Line, Span};

pub use crate::tui::context::same_province as same;

/// A province's name in the interface language.
pub fn name(cx: &Context, province: &str) -> String {
    cx.province_name(province)
}

/// "Ontario: $25.00/h median (Job Bank 2024)", or that our wage file lacks the province.
pub fn wage_line(cx: &Context, facts: &Facts) -> Option<Line<'static>> {
    let province = cx.filter.province.as_deref()?;
    Some(label(cx, province, vec![wage(cx, facts, province)]))
}

/// "Ontario: at least 1,234 positive LMIA positions on ESDC's list (2024Q3-2025Q1; a lower
/// bound)", none, or not loaded.
pub fn lmia_line(cx: &Context, facts: &Facts) -> Option<Line<'static>> {
    let province = cx.filter.province.as_deref()?;
    Some(label(cx, province, vec![lmia(cx, facts, province)]))
}

/// Both under one name, for presentation mode.
pub fn both(cx: &Context, facts: &Facts) -> Option<Line<'static>> {
    let province = cx.filter.province.as_deref()?;
    let values = vec![
        wage(cx, facts, province),
        Span::styled(" · ", cx.theme.muted),
        lmia(cx, facts, province),
    ];
    Some(label(cx, province, values))
}

fn wage(cx: &Context, facts: &Facts, province: &str) -> Span<'static> {
    let (t, c) = (&cx.theme, &cx.labels.tools);
    match facts
        .wages
        .provinces
        .iter()
        .find(|w| same(&w.province, province))
    {
        Some(w) => Span::styled(
            fill(
                c.province_wage,
                &[
                    ("wage", &super::hourly(cx, w.median)),
                    ("year", &facts.wages.year.to_string()),
                ],
            ),
            t.title,
        ),
        None => Span::styled(c.lacked[4].to_string(), t.warning),
    }
}

fn lmia(cx: &Context, facts: &Facts, province: &str) -> Span<'static> {
    let (t, c) = (&cx.theme, &cx.labels.tools);
    let imm = &facts.immigration;
    match &imm.lmia {
        Some(m) => {
            let n = m
                .by_province
                .iter()
                .find(|p| same(&p.name, province))
                .map_or(0, |p| p.positions);
            let template = if n > 0 {
                c.province_lmia
            } else {
                c.province_lmia_none
            };
            let n = super::number(cx, i64::from(n));
            Span::styled(fill(template, &[("n", &n), ("period", &m.period)]), t.title)
        }
        None => Span::styled(
            super::phrases::lmia_count(cx.labels, &imm.lmia_count),
            t.muted,
        ),
    }
}

fn label(cx: &Context, province: &str, values: Vec<Span<'static>>) -> Line<'static> {
    let colon = cx.labels.tools.colon;
    let mut spans = vec![Span::styled(
        format!("{}{colon} ", name(cx, province)),
        cx.theme.muted,
    )];
    spans.extend(values);
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::same;

    #[test]
    fn the_two_files_spellings_of_yukon_are_one_province() {
        assert!(same("Yukon Territory", "Yukon"));
        assert!(same("Ontario", "Ontario"));
        assert!(!same("Nova Scotia", "New Brunswick"));
    }
}
