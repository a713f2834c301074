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
