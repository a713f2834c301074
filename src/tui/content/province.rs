//! The province chosen in the filters, in the panes whose figures have provinces: its Job Bank
//! median wage and its positions on ESDC's published list of positive LMIAs. Licensing is not
//! here: the NOC text names provinces only where it mentions them, so a province it does not
//! name says nothing about that province.

use crate::facts::Facts;
use crate::rules::licensing::PROVINCES;
use crate::tui::i18n::fill;
use crate::tui::state::App;
use ratatui::text::{Line, Span};

/// Whether two of our files name the same province: the wage file says "Yukon Territory",
/// the LMIA list "Yukon".
pub fn same(a: &str, b: &str) -> bool {
    let bare = |s: &str| s.trim().trim_end_matches(" Territory").to_string();
    bare(a) == bare(b)
}

/// A province's name in the interface language.
pub fn name(app: &App, province: &str) -> String {
    PROVINCES
        .iter()
        .position(|p| same(p, province))
        .map_or(province.to_string(), |i| {
            app.labels.phrases.provinces[i].to_string()
        })
}

/// "Ontario: $25.00/h median (Job Bank 2024)", or that our wage file lacks the province.
pub fn wage_line(app: &App, facts: &Facts) -> Option<Line<'static>> {
    let province = app.filter.province.as_deref()?;
    Some(label(app, province, vec![wage(app, facts, province)]))
}

/// "Ontario: at least 1,234 positive LMIA positions on ESDC's list (2024Q3-2025Q1; a lower
/// bound)", none, or not loaded.
pub fn lmia_line(app: &App, facts: &Facts) -> Option<Line<'static>> {
    let province = app.filter.province.as_deref()?;
    Some(label(app, province, vec![lmia(app, facts, province)]))
}

/// Both under one name, for presentation mode.
pub fn both(app: &App, facts: &Facts) -> Option<Line<'static>> {
    let province = app.filter.province.as_deref()?;
    let values = vec![
        wage(app, facts, province),
        Span::styled(" · ", app.theme.muted),
        lmia(app, facts, province),
    ];
    Some(label(app, province, values))
}

fn wage(app: &App, facts: &Facts, province: &str) -> Span<'static> {
    let (t, c) = (&app.theme, &app.labels.tools);
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
                    ("wage", &super::hourly(app, w.median)),
                    ("year", &facts.wages.year.to_string()),
                ],
            ),
            t.title,
        ),
        None => Span::styled(c.lacked[4].to_string(), t.warning),
    }
}

fn lmia(app: &App, facts: &Facts, province: &str) -> Span<'static> {
    let (t, c) = (&app.theme, &app.labels.tools);
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
            let n = super::number(app, i64::from(n));
            Span::styled(fill(template, &[("n", &n), ("period", &m.period)]), t.title)
        }
        None => Span::styled(
            super::phrases::lmia_count(app.labels, &imm.lmia_count),
            t.muted,
        ),
    }
}

fn label(app: &App, province: &str, values: Vec<Span<'static>>) -> Line<'static> {
    let colon = app.labels.tools.colon;
    let mut spans = vec![Span::styled(
        format!("{}{colon} ", name(app, province)),
        app.theme.muted,
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
