//! The yearly outlook as charts drawn by ratatui's own widgets (`Chart`, `BarChart`), rendered
//! into a buffer of the pane's width and turned back into lines so they scroll with the rest
//! of the pane. Wide characters (Japanese labels) are kept once, without their filler cell.

use crate::locale::Lang;
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Bar, BarChart, Chart, Dataset, GraphType, Widget};
use unicode_width::UnicodeWidthStr;

/// A chart's height in rows: compact below this width.
const WIDE: usize = 70;

/// One line of a chart: its name, its points (year, value) and how it is drawn.
pub struct Series {
    pub name: String,
    pub points: Vec<(f64, f64)>,
    pub style: Style,
    pub marker: Marker,
}

/// The rows of `buf` as styled lines.
fn buffer_lines(buf: &Buffer) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for y in buf.area.top()..buf.area.bottom() {
        let mut spans: Vec<Span<'static>> = Vec::new();
        let mut skip = 0;
        for x in buf.area.left()..buf.area.right() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let cell = &buf[(x, y)];
            let symbol = cell.symbol();
            skip = symbol.width().saturating_sub(1);
            let style = cell.style();
            match spans.last_mut() {
                Some(last) if last.style == style => last.content.to_mut().push_str(symbol),
                _ => spans.push(Span::styled(symbol.to_string(), style)),
            }
        }
        out.push(Line::from(spans));
    }
    out
}

fn render(widget: impl Widget, width: usize, height: u16) -> Vec<Line<'static>> {
    let mut buf = Buffer::empty(Rect::new(0, 0, width.min(u16::MAX as usize) as u16, height));
    widget.render(buf.area, &mut buf);
    buffer_lines(&buf)
}

/// A line chart of yearly series; the y axis runs from the lowest to the highest value
/// (labelled), the x axis from the first year to the last.
pub fn yearly_lines(
    theme: Theme,
    lang: Lang,
    series: &[Series],
    from_zero: bool,
    width: usize,
) -> Vec<Line<'static>> {
    let values = series.iter().flat_map(|s| s.points.iter().map(|p| p.1));
    let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let years = series.iter().flat_map(|s| s.points.iter().map(|p| p.0));
    let (first, last) = years.fold((f64::MAX, f64::MIN), |(a, b), y| (a.min(y), b.max(y)));
    if lo > hi || first > last {
        return Vec::new();
    }
    let lo = if from_zero { lo.min(0.0) } else { lo };
    // A flat series still gets a visible range.
    let (lo, hi) = if hi - lo < 1.0 {
        (lo - 1.0, hi + 1.0)
    } else {
        (lo, hi)
    };
    let n = |v: f64| crate::locale::number(lang, v.round() as i64);
    let mid = (first + last) / 2.0;
    let datasets: Vec<Dataset> = series
        .iter()
        .map(|s| {
            Dataset::default()
                .name(s.name.clone())
                .data(&s.points)
                .marker(s.marker)
                .graph_type(GraphType::Line)
                .style(s.style)
        })
        .collect();
    // The legend goes under the chart as text, where it hides no point.
    let chart = Chart::new(datasets)
        .style(theme.base)
        .legend_position(None)
        .x_axis(
            Axis::default()
                .style(theme.muted)
                .bounds([first, last])
                .labels([
                    format!("{first:.0}"),
                    format!("{mid:.0}"),
                    format!("{last:.0}"),
                ]),
        )
        .y_axis(
            Axis::default()
                .style(theme.muted)
                .bounds([lo, hi])
                .labels([n(lo), n(hi)]),
        );
    let height = if width < WIDE { 8 } else { 12 };
    let mut lines = render(chart, width, height);
    if series.len() > 1 {
        let mut legend = Vec::new();
        for s in series {
            legend.push(Span::styled(
                format!("{} ", marker_symbol(s.marker)),
                s.style,
            ));
            legend.push(Span::styled(format!("{}   ", s.name), theme.base));
        }
        lines.push(Line::from(legend));
    }
    lines
}

fn marker_symbol(marker: Marker) -> &'static str {
    match marker {
        Marker::Dot => "•",
        Marker::Block => "█",
        Marker::Bar => "▄",
        _ => "⣿",
    }
}

/// One horizontal bar per year, "part / whole" written after it; every bar is on the scale
/// of the largest whole (or part, when no whole is known).
pub fn yearly_bars(
    theme: Theme,
    lang: Lang,
    points: &[(u16, i64, Option<i64>)],
    width: usize,
) -> Vec<Line<'static>> {
    let n = |v: i64| crate::locale::number(lang, v);
    let max = points
        .iter()
        .map(|&(_, part, whole)| whole.unwrap_or(part).max(part).max(0) as u64)
        .max()
        .unwrap_or(1)
        .max(1);
    let bars: Vec<Bar> = points
        .iter()
        .map(|&(year, part, whole)| {
            let text = match whole {
                Some(w) => format!("{} / {}", n(part), n(w)),
                None => n(part),
            };
            Bar::with_label(year.to_string(), part.max(0) as u64).text_value(text)
        })
        .collect();
    let height = points.len() as u16;
    let chart = BarChart::horizontal(bars)
        .max(max)
        .bar_width(1)
        .bar_gap(0)
        .bar_style(theme.bar)
        .value_style(theme.title)
        .label_style(theme.muted)
        .style(theme.base);
    render(chart, width, height)
}
