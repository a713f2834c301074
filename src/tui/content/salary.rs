//! Salary: Job Bank 2024 national wages as bars (hourly, with annual equivalents), the
//! provinces, the 2016 -> 2020 -> 2024 median trend, the Census 2021 median employment income,
//! and the curated profile's bands by experience when a profile exists.

use super::{Bar, Doc, hourly, money, phrases, source_line};
use crate::model::UnitGroup;
use crate::tui::context::Context;
use crate::tui::text::fit;
use ratatui::text::{Line, Span};

pub struct SalaryPane<'a> {
    pub cx: &'a Context<'a>,
    pub unit: &'a UnitGroup,
}

/// Cents, for bars (which scale integers).
fn cents(x: f64) -> u32 {
    (x * 100.0).round().max(0.0) as u32
}

impl SalaryPane<'_> {
    pub fn doc(&self) -> Doc {
        let (cx, l) = (self.cx, self.cx.labels);
        let t = &cx.theme;
        let mut doc = Doc::new(cx.theme);
        let facts = cx.facts_of(self.unit);
        let w = facts.map(|f| &f.wages);

        match (
            w.and_then(|w| w.national),
            w.and_then(|w| w.national_annual),
        ) {
            (Some(n), Some(a)) => {
                doc.heading(l.wages_heading).blank();
                let bar = |label: &str, v: f64, annual: f64| Bar {
                    label: label.to_string(),
                    low: 0,
                    high: cents(v),
                    value: format!(
                        "{}{}  {}{}",
                        hourly(cx, v),
                        l.per_hour,
                        money(cx, annual as u32),
                        l.per_year
                    ),
                    note: String::new(),
                };
                let bars = vec![
                    bar(l.wage_low, n.low, a.low),
                    bar(l.wage_median, n.median, a.median),
                    bar(l.wage_high, n.high, a.high),
                ];
                doc.bars(bars, hourly(cx, 0.0), hourly(cx, n.high));
                doc.muted(l.hours_assumption);
            }
            _ => {
                if let Some(gap) = w.and_then(|w| w.gap.as_ref()) {
                    let lines = phrases::wage_gap(l, gap);
                    if let Some((why, then)) = lines.split_first() {
                        doc.missing(why, &then.join(" "));
                    }
                }
            }
        }

        if let Some(w) = w {
            // The province chosen in the filters first, or that our file lacks it.
            let chosen = facts.and_then(|f| super::province::wage_line(cx, f));
            if !w.provinces.is_empty() || chosen.is_some() {
                doc.heading(l.by_province);
            }
            if let Some(line) = chosen {
                doc.line(line, 2);
            }
            if !w.provinces.is_empty() {
                province_table(cx, &mut doc, &w.provinces);
            }
            if let (Some(tr), Some(n)) = (w.trend.first(), w.national) {
                doc.heading(l.wage_trend);
                doc.line(
                    Line::from(vec![
                        Span::styled("2016 ", t.muted),
                        Span::raw(hourly(cx, tr.y2016.median)),
                        Span::styled("  →  2020 ", t.muted),
                        Span::raw(hourly(cx, tr.y2020.median)),
                        Span::styled("  →  2024 ", t.muted),
                        Span::styled(hourly(cx, n.median), t.title),
                        Span::styled(l.per_hour.to_string(), t.muted),
                    ]),
                    0,
                );
                let codes: Vec<&str> = w.trend.iter().map(|t| t.noc2016.as_str()).collect();
                doc.muted(&format!("{} {}", l.trend_noc2016, codes.join(", ")));
            }
            if w.national.is_some() || !w.provinces.is_empty() {
                doc.muted(&source_line(cx, &w.source));
            }

            doc.heading(l.census_heading);
            match w.census_median_annual {
                Some(c) => {
                    doc.line(
                        Line::from(vec![
                            Span::styled(money(cx, c), t.title),
                            Span::styled(l.per_year.to_string(), t.muted),
                        ]),
                        0,
                    );
                    if let Some(group) = &w.census_aggregate_of {
                        doc.muted(&phrases::census_aggregate(l, group));
                    }
                }
                None => {
                    doc.muted(l.no_census);
                }
            }
            doc.muted(&source_line(cx, &w.census_source));
        }

        let bands = cx
            .ds
            .profile(&self.unit.code)
            .map(|p| p.salary_bands.as_slice())
            .unwrap_or(&[]);
        if !bands.is_empty() {
            doc.heading(l.salary_bands).blank();
            let bars = bands
                .iter()
                .map(|b| Bar {
                    label: format!("{} · {} {}", b.level, b.years, l.years),
                    low: b.low,
                    high: b.high,
                    value: format!("{}–{}", money(cx, b.low), money(cx, b.high)),
                    note: b.note.clone(),
                })
                .collect();
            let top = bands.iter().map(|b| b.high).max().unwrap_or(0);
            doc.bars(bars, money(cx, 0), money(cx, top));
        }
        doc
    }
}

/// The wages of each province: low, median, high. The names are in the interface language
/// and are cut, not wrapped, when the pane is too narrow for the longest (Japanese names are
/// wide); the chosen province's row is bright.
fn province_table(cx: &Context, doc: &mut Doc, provinces: &[crate::facts::ProvinceWageFact]) {
    let (l, t) = (cx.labels, cx.theme);
    let cell = |s: &str| {
        let pad = 9usize.saturating_sub(crate::tui::text::width(s));
        format!("{}{s}", " ".repeat(pad))
    };
    let header = [
        l.province.to_string(),
        cell(l.wage_low),
        cell(l.wage_median),
        cell(l.wage_high),
    ];
    let rows: Vec<(String, [String; 3], bool)> = provinces
        .iter()
        .map(|p| {
            let chosen = cx
                .filter
                .province
                .as_deref()
                .is_some_and(|c| super::province::same(c, &p.province));
            let cells = [p.low, p.median, p.high].map(|v| cell(&hourly(cx, v)));
            (super::province::name(cx, &p.province), cells, chosen)
        })
        .collect();
    let widest = rows
        .iter()
        .map(|r| crate::tui::text::width(&r.0))
        .chain([crate::tui::text::width(l.province)])
        .max()
        .unwrap_or(8);
    doc.sized(move |width| {
        // Two spaces and three cells of nine after the name.
        let name_w = widest.min(width.saturating_sub(29)).max(6);
        let mut out = vec![Line::styled(
            format!(
                "{}  {}{}{}",
                fit(&header[0], name_w),
                header[1],
                header[2],
                header[3]
            ),
            t.muted,
        )];
        for (name, [low, median, high], chosen) in &rows {
            let style = if *chosen { t.title } else { t.base };
            out.push(Line::from(vec![
                Span::styled(format!("{}  ", fit(name, name_w)), style),
                Span::raw(low.clone()),
                Span::styled(median.clone(), t.title),
                Span::raw(high.clone()),
            ]));
        }
        out
    });
}
