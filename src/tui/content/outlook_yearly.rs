//! The Outlook pane's yearly part: employment 2023-2033, job openings against job seekers, and
//! the new immigrants among the seekers, as charts, from COPS's yearly tables.

use super::charts::{self, Series};
use super::{Doc, source_line};
use crate::facts::depth::{Status, YearlySection};
use crate::tui::context::Context;
use ratatui::symbols::Marker;
use ratatui::text::Line;

type Get = fn(&crate::model::depth::OutlookYear) -> Option<i64>;

fn points(y: &YearlySection, get: Get) -> Vec<(f64, f64)> {
    y.yearly
        .iter()
        .filter_map(|r| get(r).map(|v| (f64::from(r.year), v as f64)))
        .collect()
}

pub fn yearly(cx: &Context, doc: &mut Doc, y: &YearlySection) {
    let (l, d, t) = (cx.labels, &cx.labels.depth, cx.theme);
    doc.heading(d.yearly_heading);
    if y.status != Status::Loaded {
        doc.missing(
            d.yearly_heading,
            &super::phrases::depth_status(l, &y.status),
        );
        doc.muted(&source_line(cx, &y.source));
        return;
    }
    let lang = cx.lang;
    let employment = points(y, |r| r.employment);
    if !employment.is_empty() {
        doc.styled(d.employment_chart, t.title);
        let series = vec![Series {
            name: d.employment_chart.to_string(),
            points: employment,
            style: t.bar,
            marker: Marker::Braille,
        }];
        doc.sized(move |w| charts::yearly_lines(t, lang, &series, false, w));
    }
    let openings = points(y, |r| r.job_openings);
    let seekers = points(y, |r| r.job_seekers);
    if !openings.is_empty() || !seekers.is_empty() {
        doc.blank().styled(d.flows_chart, t.title);
        let series: Vec<Series> = [
            (l.job_openings, openings, t.bar, Marker::Dot),
            (l.job_seekers, seekers, t.title, Marker::Braille),
        ]
        .into_iter()
        .filter(|s| !s.1.is_empty())
        .map(|(name, points, style, marker)| Series {
            name: name.to_string(),
            points,
            style,
            marker,
        })
        .collect();
        doc.sized(move |w| charts::yearly_lines(t, lang, &series, true, w));
        flows_table(cx, doc, y);
    }
    let immigrants: Vec<(u16, i64, Option<i64>)> = y
        .yearly
        .iter()
        .filter_map(|r| r.immigrants.map(|v| (r.year, v, r.job_seekers)))
        .collect();
    if !immigrants.is_empty() {
        doc.blank().styled(d.immigrants_chart, t.title);
        doc.sized(move |w| charts::yearly_bars(t, lang, &immigrants, w));
    }
    if y.missing.len() == 4 {
        doc.line(Line::styled(format!("⚠ {}", d.yearly_none), t.warning), 2);
    } else {
        for which in &y.missing {
            let why = crate::report::figures::yearly_missing(cx.labels, *which);
            doc.line(Line::styled(format!("⚠ {why}"), t.warning), 2);
        }
    }
    doc.muted(&source_line(cx, &y.source));
}

/// The chart's figures as a table, a row per year: two series a few hundred apart share a
/// row of the chart (1,600 openings and 1,500 seekers on a 0-1,600 axis), and the series
/// drawn last hides the other, so the chart alone could read as the reverse of the data.
fn flows_table(cx: &Context, doc: &mut Doc, y: &YearlySection) {
    let (d, t, lang) = (&cx.labels.depth, cx.theme, cx.lang);
    let number = |v: Option<i64>| v.map_or("—".to_string(), |v| crate::locale::number(lang, v));
    let difference = |r: &crate::model::depth::OutlookYear| match (r.job_openings, r.job_seekers) {
        (Some(o), Some(s)) if o > s => format!("+{}", crate::locale::number(lang, o - s)),
        (Some(o), Some(s)) if o < s => format!("−{}", crate::locale::number(lang, s - o)),
        (Some(_), Some(_)) => "0".to_string(),
        _ => "—".to_string(),
    };
    let rows: Vec<[String; 4]> = (y.yearly.iter())
        .filter(|r| r.job_openings.is_some() || r.job_seekers.is_some())
        .map(|r| {
            [
                r.year.to_string(),
                number(r.job_openings),
                number(r.job_seekers),
                difference(r),
            ]
        })
        .collect();
    // With one series missing (said below the charts) there is nothing to set side by side.
    let both =
        |r: &&crate::model::depth::OutlookYear| r.job_openings.is_some() && r.job_seekers.is_some();
    if rows.is_empty() || !y.yearly.iter().any(|r| both(&r)) {
        return;
    }
    let mut chars = d.year.chars();
    let year: String = (chars.next().into_iter())
        .flat_map(char::to_uppercase)
        .chain(chars)
        .collect();
    let [openings, seekers, difference_head] = d.flows_columns;
    let head = [year.as_str(), openings, seekers, difference_head];
    let widths: Vec<usize> = (0..4)
        .map(|c| {
            (rows.iter().map(|r| crate::tui::text::width(&r[c])))
                .chain([crate::tui::text::width(head[c])])
                .max()
                .unwrap_or(0)
        })
        .collect();
    // The year left, the figures right-aligned under their headings.
    let cell = |c: usize, text: &str| {
        let pad = " ".repeat(widths[c] - crate::tui::text::width(text));
        if c == 0 {
            format!("{text}{pad}")
        } else {
            format!("{pad}{text}")
        }
    };
    let line = |cells: [&str; 4]| {
        (0..4)
            .map(|c| cell(c, cells[c]))
            .collect::<Vec<_>>()
            .join("  ")
    };
    doc.line(Line::styled(line(head), t.muted), 2);
    for r in &rows {
        doc.line(Line::raw(line([&r[0], &r[1], &r[2], &r[3]])), 2);
    }
    doc.muted(d.flows_difference);
}
