//! Small inline SVG charts for the printable handout: pay by province (a low-high band and
//! the median per province) and the COPS yearly series. Plain SVG, no script, text in the
//! page's font; every label escaped.

use super::html::escape;
use crate::facts::ProvinceWageFact;
use crate::locale::{self, Lang};
use crate::model::depth::OutlookYear;

const WIDTH: f64 = 340.0;

/// Horizontal bands from the low to the high hourly wage, the median marked and written at
/// the right; `names` are the provinces in the interface language.
pub fn pay_by_province(lang: Lang, rows: &[(String, &ProvinceWageFact)], label: &str) -> String {
    let row_h = 16.0;
    let (left, right) = (120.0, 60.0);
    let top = rows.iter().map(|(_, p)| p.high).fold(0.0_f64, f64::max);
    if rows.is_empty() || top <= 0.0 {
        return String::new();
    }
    let span = WIDTH - left - right;
    let x = |v: f64| left + span * (v / top).clamp(0.0, 1.0);
    let height = row_h * rows.len() as f64 + 18.0;
    let mut out = format!(
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" aria-label="{}">"#,
        escape(label)
    );
    for (i, (name, p)) in rows.iter().enumerate() {
        let y = row_h * i as f64 + 4.0;
        out.push_str(&format!(
            r#"<text x="{}" y="{}" text-anchor="end" class="axis">{}</text>"#,
            left - 6.0,
            y + 10.0,
            escape(name)
        ));
        out.push_str(&format!(
            r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="9" class="band"/>"#,
            x(p.low),
            y + 2.0,
            (x(p.high) - x(p.low)).max(1.0)
        ));
        out.push_str(&format!(
            r#"<rect x="{:.1}" y="{:.1}" width="3" height="13" class="median"/>"#,
            x(p.median) - 1.5,
            y
        ));
        out.push_str(&format!(
            r#"<text x="{}" y="{}" class="value">{}</text>"#,
            WIDTH - right + 6.0,
            y + 10.0,
            escape(&locale::cents(lang, p.median))
        ));
    }
    let base = row_h * rows.len() as f64 + 14.0;
    out.push_str(&format!(
        r#"<text x="{left}" y="{base}" class="axis">{}</text><text x="{}" y="{base}" text-anchor="end" class="axis">{}</text></svg>"#,
        escape(&locale::cents(lang, 0.0)),
        WIDTH - right,
        escape(&locale::cents(lang, top))
    ));
    out
}

/// Employment per year as a line, with the first and last years and the smallest and largest
/// values written on the axes; years COPS leaves N/A are skipped.
pub fn outlook_series(lang: Lang, years: &[OutlookYear], label: &str) -> String {
    let points: Vec<(u16, i64)> = years
        .iter()
        .filter_map(|y| Some((y.year, y.employment?)))
        .collect();
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return String::new();
    };
    if points.len() < 2 {
        return String::new();
    }
    let (left, right, top, height) = (64.0, 12.0, 10.0, 110.0);
    let bottom = height - 22.0;
    let lo = points.iter().map(|p| p.1).min().unwrap_or(0);
    let hi = points.iter().map(|p| p.1).max().unwrap_or(0);
    let (lo_axis, hi_axis) = if hi == lo { (lo - 1, hi + 1) } else { (lo, hi) };
    let x = |year: u16| {
        left + (WIDTH - left - right) * f64::from(year - first.0) / f64::from(last.0 - first.0)
    };
    let y = |v: i64| bottom - (bottom - top) * (v - lo_axis) as f64 / (hi_axis - lo_axis) as f64;
    let path: Vec<String> = points
        .iter()
        .map(|(yr, v)| format!("{:.1},{:.1}", x(*yr), y(*v)))
        .collect();
    let mut out = format!(
        r#"<svg class="chart" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" aria-label="{}">"#,
        escape(label)
    );
    out.push_str(&format!(
        r#"<line x1="{left}" y1="{bottom}" x2="{}" y2="{bottom}" class="grid"/><line x1="{left}" y1="{top}" x2="{left}" y2="{bottom}" class="grid"/>"#,
        WIDTH - right
    ));
    out.push_str(&format!(
        r#"<polyline points="{}" class="line"/>"#,
        path.join(" ")
    ));
    for (yr, v) in &points {
        out.push_str(&format!(
            r#"<circle cx="{:.1}" cy="{:.1}" r="2.2" class="dot"/>"#,
            x(*yr),
            y(*v)
        ));
    }
    let axis = |v: i64, at: f64| {
        format!(
            r#"<text x="{}" y="{:.1}" text-anchor="end" class="axis">{}</text>"#,
            left - 6.0,
            at + 4.0,
            escape(&locale::number(lang, v))
        )
    };
    out.push_str(&axis(hi, y(hi)));
    if hi != lo {
        out.push_str(&axis(lo, y(lo)));
    }
    out.push_str(&format!(
        r#"<text x="{left}" y="{}" class="axis">{}</text><text x="{}" y="{}" text-anchor="end" class="axis">{}</text></svg>"#,
        bottom + 16.0,
        first.0,
        WIDTH - right,
        bottom + 16.0,
        last.0
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_escapes_its_labels_and_draws_one_band_per_province() {
        let p = ProvinceWageFact {
            province: "Ontario".into(),
            low: 17.0,
            median: 23.5,
            high: 38.0,
        };
        let svg = pay_by_province(Lang::Fr, &[("<Ontario>".into(), &p)], "a&b");
        assert!(
            svg.contains("&lt;Ontario&gt;") && svg.contains("a&amp;b"),
            "{svg}"
        );
        assert_eq!(svg.matches(r#"class="band""#).count(), 1);
        assert!(svg.contains("23,50\u{a0}$"), "{svg}");
        assert_eq!(pay_by_province(Lang::En, &[], "x"), "");
    }

    #[test]
    fn the_series_skips_years_without_a_figure() {
        let year = |year, employment| OutlookYear {
            year,
            employment,
            job_openings: None,
            job_seekers: None,
            immigrants: None,
        };
        let svg = outlook_series(
            Lang::En,
            &[
                year(2023, Some(7300)),
                year(2024, None),
                year(2033, Some(8100)),
            ],
            "e",
        );
        assert_eq!(svg.matches("<circle").count(), 2);
        assert!(svg.contains("8,100") && svg.contains(">2033<"), "{svg}");
        assert_eq!(outlook_series(Lang::En, &[year(2023, None)], "e"), "");
    }
}
