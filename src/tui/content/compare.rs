//! What compare says: the marked occupations side by side (2 to 4), one row per figure, the
//! best value of each comparable row in bold with a star (so it shows without colour too).
//! The view draws these lines; state measures them (`MEASURE`) to stop scrolling at the end.

use crate::facts::Facts;
use crate::tui::context::COMPARE_MAX;
use crate::tui::context::Context;
use crate::tui::text::{self, fit, truncate_to_width};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

/// Narrowest column of one occupation.
const MIN_COL: usize = 23;
/// Lines a wrapped cell may take.
const MAX_CELL_LINES: usize = 3;

/// One row of the comparison.
pub struct Row {
    pub label: String,
    pub cells: Vec<String>,
    /// Cells holding the best value of the row.
    pub best: Vec<bool>,
    pub heading: bool,
}

impl Row {
    fn plain(label: &str, cells: Vec<String>) -> Row {
        let n = cells.len();
        Row {
            label: label.to_string(),
            cells,
            best: vec![false; n],
            heading: false,
        }
    }

    /// Cells from numbers, the highest marked best when they differ.
    fn highest(label: &str, values: &[Option<f64>], show: impl Fn(f64) -> String) -> Row {
        let cells = values
            .iter()
            .map(|v| v.map(&show).unwrap_or_else(|| "—".into()))
            .collect();
        let mut row = Row::plain(label, cells);
        let known: Vec<f64> = values.iter().flatten().copied().collect();
        let max = known.iter().copied().fold(f64::MIN, f64::max);
        if known.len() >= 2 && known.iter().any(|&v| v < max) {
            row.best = values.iter().map(|v| *v == Some(max)).collect();
        }
        row
    }
}

pub struct Comparison<'a> {
    pub cx: &'a Context<'a>,
}

impl Comparison<'_> {
    /// The occupations compared (at most four), in the order marked.
    pub fn units(&self) -> Vec<usize> {
        let mut u = self.cx.shortlist_units();
        u.truncate(COMPARE_MAX);
        u
    }

    pub fn rows(&self, units: &[usize]) -> Vec<Row> {
        let cx = self.cx;
        let (c, l) = (&cx.labels.tools, cx.labels);
        // Positions in `ds.units` (the shortlist's): each has its figures.
        let units: Vec<usize> = (units.iter().copied())
            .filter(|&i| cx.facts.get(i).is_some())
            .collect();
        let facts: Vec<&Facts> = units.iter().filter_map(|&i| cx.facts.get(i)).collect();
        let ugs: Vec<_> = units.iter().map(|&i| &cx.ds.units[i]).collect();
        let money = |v: f64| crate::locale::cents(cx.lang, v);
        let mut rows = vec![
            Row::plain(
                "",
                ugs.iter()
                    .map(|u| format!("{} {}", u.code, cx.primary_title(u)))
                    .collect(),
            ),
            Row::highest(
                c.r_score,
                &facts.iter().map(|f| f.score.value).collect::<Vec<_>>(),
                |v| format!("{}/10", crate::locale::decimal(cx.lang, v, 1)),
            ),
        ];
        rows[0].heading = true;
        let components = facts.first().map(|f| f.score.components.len()).unwrap_or(0);
        for k in 0..components {
            let component = &facts[0].score.components[k];
            let name = super::phrases::score_component(l, component);
            let values: Vec<Option<f64>> = facts
                .iter()
                .map(|f| f.score.components.get(k).and_then(|x| x.value))
                .collect();
            rows.push(Row::highest(&format!("  {name}"), &values, |v| {
                crate::locale::decimal(cx.lang, v, 1)
            }));
        }
        rows.push(Row::plain(
            c.r_teer,
            ugs.iter()
                .map(|u| format!("{} · {}", u.teer, l.teer_meaning_of(u.teer)))
                .collect(),
        ));
        // How close each occupation's skills are to the first one's (our measure; "—" for the
        // first itself and where a group has no ratings).
        if let Some(first) = ugs.first() {
            let label = crate::i18n::fill(l.paths.compare_row, &[("code", &first.code)]);
            let values: Vec<Option<f64>> = (ugs.iter().enumerate())
                .map(|(i, u)| {
                    (i > 0)
                        .then(|| crate::facts::paths::similarity(cx.ds, &first.code, &u.code))
                        .flatten()
                })
                .collect();
            let cells = values
                .iter()
                .map(|v| match v {
                    Some(v) => {
                        let value = crate::locale::decimal(cx.lang, *v, 2);
                        crate::i18n::fill(l.paths.compare_cell, &[("value", &value)])
                    }
                    None => "—".into(),
                })
                .collect();
            rows.push(Row::plain(&label, cells));
        }
        let national = |f: &Facts| f.wages.national;
        rows.push(Row::highest(
            c.r_median,
            &facts
                .iter()
                .map(|f| national(f).map(|w| w.median))
                .collect::<Vec<_>>(),
            |v| format!("{}{}", money(v), c.per_hour),
        ));
        // The province chosen in the filters, under the national median.
        if let Some(province) = cx.filter.province.as_deref() {
            let medians: Vec<Option<f64>> = facts
                .iter()
                .map(|f| {
                    f.wages
                        .provinces
                        .iter()
                        .find(|w| super::province::same(&w.province, province))
                        .map(|w| w.median)
                })
                .collect();
            let label = format!("  {}", super::province::name(cx, province));
            rows.push(Row::highest(&label, &medians, |v| {
                format!("{}{}", money(v), c.per_hour)
            }));
        }
        rows.push(Row::plain(
            c.r_range,
            facts
                .iter()
                .map(|f| match national(f) {
                    Some(w) => format!("{}–{}", money(w.low), money(w.high)),
                    None => "—".into(),
                })
                .collect(),
        ));
        rows.push(Row::highest(
            c.r_census,
            &facts
                .iter()
                .map(|f| f.wages.census_median_annual.map(f64::from))
                .collect::<Vec<_>>(),
            |v| crate::tui::content::money(cx, v as u32),
        ));
        rows.push(Row::plain(
            c.r_condition,
            facts
                .iter()
                .map(|f| {
                    let o = &f.outlook;
                    super::phrases::conditions(
                        cx.labels,
                        o.future_conditions.as_ref(),
                        o.future_conditions_fr.as_ref(),
                    )
                    .unwrap_or_else(|| "—".into())
                })
                .collect(),
        ));
        rows.push(Row::highest(
            c.r_openings,
            &facts
                .iter()
                .map(|f| f.outlook.job_openings.map(|n| n as f64))
                .collect::<Vec<_>>(),
            |v| crate::locale::number(cx.lang, v as i64),
        ));
        rows.push(Row::plain(
            c.r_ai,
            facts
                .iter()
                .map(|f| match (f.ai.label, f.ai.percentile) {
                    (Some(label), Some(p)) => format!("{} (p{p})", ai_band(l, label)),
                    (Some(label), None) => ai_band(l, label).to_string(),
                    _ => "—".into(),
                })
                .collect(),
        ));
        rows.push(Row::plain(
            c.r_licensing,
            facts
                .iter()
                .map(|f| super::phrases::licensing_kind(l, f.licensing.status).to_string())
                .collect(),
        ));
        let (path, tuition): (Vec<String>, Vec<String>) = (ugs.iter())
            .map(|u| {
                let e = crate::facts::path_in::education_path(
                    &u.employment_requirements,
                    cx.ds.figures.tuition.as_ref(),
                    cx.filter.province_code(),
                );
                crate::i18n::path_words::compare_cells(l, cx.lang, &e)
            })
            .unzip();
        rows.push(Row::plain(l.path_in.compare_path, path));
        rows.push(Row::plain(l.path_in.compare_tuition, tuition));
        let mut heading = Row::plain(c.r_immigration, vec![String::new(); units.len()]);
        heading.heading = true;
        rows.push(heading);
        let programs = facts
            .first()
            .map(|f| f.immigration.programs.len())
            .unwrap_or(0);
        for k in 0..programs {
            let p = &facts[0].immigration.programs[k];
            let marks: Vec<Option<bool>> = facts
                .iter()
                .map(|f| f.immigration.programs.get(k).and_then(|p| p.eligible))
                .collect();
            let mut row = Row::plain(
                &format!("  {}", program_label(l, &p.id, &p.name)),
                marks
                    .iter()
                    .map(|m| super::eligibility_mark(*m).to_string())
                    .collect(),
            );
            if marks.iter().any(|m| *m != marks[0]) {
                row.best = marks.iter().map(|m| *m == Some(true)).collect();
            }
            rows.push(row);
        }
        // The one-line answer's category and provinces, beside the program marks.
        let answer = |f: &Facts| crate::i18n::answer::compact(l, f);
        let (categories, provinces): (Vec<String>, Vec<String>) =
            facts.iter().map(|f| answer(f)).unzip();
        rows.push(Row::plain(
            &format!("  {}", l.law.compare_category),
            categories,
        ));
        rows.push(Row::plain(
            &format!("  {}", l.law.compare_provinces),
            provinces,
        ));
        rows
    }

    /// How many occupations fit side by side in a body of `width` cells, and the width of
    /// the row labels.
    pub fn columns(width: usize) -> (usize, usize) {
        let label_w = 22.min(width / 4);
        (((width.saturating_sub(label_w)) / MIN_COL).max(1), label_w)
    }

    /// The comparison for a body of `width` cells, from the occupation `first` on (as many as
    /// fit), the rows whose values are all the same left out when `differences_only`.
    pub fn table(&self, width: usize, first: usize, differences_only: bool) -> Table {
        let cx = self.cx;
        let t = &cx.theme;
        let units = self.units();
        let (fit_cols, label_w) = Comparison::columns(width);
        let shown = units.len().min(fit_cols);
        let first = first.min(units.len().saturating_sub(shown));
        let col_w = (width.saturating_sub(label_w) / shown.max(1)).max(4);
        let mut table = Table {
            header: Vec::new(),
            body: Vec::new(),
            first,
            shown,
            total: units.len(),
            identical_hidden: 0,
        };
        // Rows are built over every occupation compared, so "the same" and "best" do not
        // change as the columns scroll.
        for (r, row) in self.rows(&units).into_iter().enumerate() {
            let same = !row.heading && row.cells.windows(2).all(|w| w[0] == w[1]);
            if same && differences_only {
                table.identical_hidden += 1;
                continue;
            }
            let cells = &row.cells[first..first + shown];
            let mut wrapped: Vec<Vec<String>> = cells
                .iter()
                .map(|c| wrap_words(c, col_w - 1, MAX_CELL_LINES))
                .collect();
            // The best of a row is over every occupation compared; when it is in a column out
            // of view (at 80x24 the star went where the viewer could not see it), the edge it
            // is beyond says so: ‹★ on the first visible cell, ★› on the last.
            let visible = first..first + shown;
            let best_in_view = row.best[visible.clone()].iter().any(|b| *b);
            if !best_in_view {
                let left = row.best[..first].iter().any(|b| *b);
                let right = row.best[first + shown..].iter().any(|b| *b);
                if let (true, Some(cell)) = (left, wrapped.first_mut().and_then(|c| c.first_mut()))
                {
                    *cell = format!("‹★ {cell}");
                }
                if let (true, Some(cell)) = (right, wrapped.last_mut().and_then(|c| c.first_mut()))
                {
                    cell.push_str(" ★›");
                }
            }
            let height = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
            for line in 0..height {
                let label = if line == 0 { row.label.as_str() } else { "" };
                let label_style = if row.heading { t.heading } else { t.muted };
                let mut spans = vec![
                    Span::styled(fit(label, label_w.saturating_sub(1)), label_style),
                    Span::raw(" "),
                ];
                for (i, cell) in wrapped.iter().enumerate() {
                    let part = cell.get(line).cloned().unwrap_or_default();
                    let best = row.best.get(first + i).copied().unwrap_or(false);
                    let (part, style) = if best && line == 0 {
                        (
                            format!("{part} ★"),
                            t.title.add_modifier(Modifier::BOLD).patch(t.heading),
                        )
                    } else if row.heading {
                        (part, t.title)
                    } else if same {
                        (part, t.muted.add_modifier(Modifier::DIM))
                    } else {
                        (part, t.base)
                    };
                    spans.push(Span::styled(fit(&part, col_w), style));
                }
                // The first row names the occupations: it stays on screen as the header.
                if r == 0 {
                    table.header.push(Line::from(spans));
                } else {
                    table.body.push(Line::from(spans));
                }
            }
        }
        table
            .body
            .extend(self.sources(units.first().copied(), width));
        table
    }

    /// Where each row's figures come from, under the rows (the same files for every
    /// occupation, so the first occupation's sources say it).
    fn sources(&self, unit: Option<usize>, width: usize) -> Vec<Line<'static>> {
        let cx = self.cx;
        let (l, c, t) = (cx.labels, &cx.labels.tools, &cx.theme);
        let Some(f) = unit.and_then(|u| cx.facts.get(u)) else {
            return Vec::new();
        };
        let src = crate::report::figures::source;
        let items = [
            (c.r_score, c.p_our_formula.to_string()),
            (c.r_median, src(&f.wages.source)),
            (c.r_census, src(&f.wages.census_source)),
            (c.r_condition, src(&f.outlook.source)),
            (c.r_ai, src(&f.ai.source)),
            (c.r_licensing, f.licensing.source.clone()),
            (c.r_immigration, src(&f.immigration.source)),
        ];
        let mut out = vec![
            Line::default(),
            Line::styled(format!("{}{}", l.sources, c.colon), t.heading),
        ];
        for (label, source) in items {
            let line = Line::from(vec![
                Span::styled(format!("{label}{} ", c.colon), t.muted),
                Span::styled(source, t.muted),
            ]);
            out.extend(crate::tui::text::wrap(&line, width.saturating_sub(1), 2));
        }
        out
    }
}

/// The comparison laid out for a width: the header (the occupations' codes and titles),
/// which stays on screen, and the rows under it, which scroll.
pub struct Table {
    pub header: Vec<Line<'static>>,
    pub body: Vec<Line<'static>>,
    /// The first occupation shown, and how many are shown of how many compared.
    pub first: usize,
    pub shown: usize,
    pub total: usize,
    /// Rows left out because every occupation has the same value.
    pub identical_hidden: usize,
}

/// Short names of the programs for the comparison's labels: the acronym first, so a label
/// cut to the column still tells the programs apart.
fn program_label(l: &crate::tui::i18n::Labels, id: &str, name: &str) -> String {
    let c = &l.tools;
    const IDS: [&str; 8] = [
        "fsw",
        "cec",
        "fst",
        "aip",
        "rcip",
        "pnp",
        "lmia",
        "ee_french",
    ];
    match IDS.iter().position(|&x| x == id) {
        Some(i) => c.program_labels[i].to_string(),
        None => match id.strip_prefix("ee_categories_") {
            Some(year) => c.program_category.replace("{year}", year),
            None => name.to_string(),
        },
    }
}

/// An AI exposure band ("low", "moderate", "high" in our figures) in the interface language.
pub fn ai_band(l: &crate::tui::i18n::Labels, band: &str) -> &'static str {
    match band {
        "low" => l.ai_low,
        "moderate" => l.ai_moderate,
        "high" => l.ai_high,
        _ => "?",
    }
}

/// Split `s` into lines of at most `width` cells at spaces, keeping `max_lines` (the last
/// one truncated with an ellipsis).
fn wrap_words(s: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in s.split(' ') {
        let next = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if text::width(&next) <= width || current.is_empty() {
            current = next;
        } else {
            lines.push(std::mem::take(&mut current));
            current = word.to_string();
        }
    }
    lines.push(current);
    if lines.len() > max_lines {
        let rest = lines[max_lines - 1..].join(" ");
        lines.truncate(max_lines - 1);
        lines.push(rest);
    }
    lines
        .into_iter()
        .map(|l| truncate_to_width(&l, width))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_wrap_within_the_width() {
        assert_eq!(wrap_words("a bb ccc", 4, 3), vec!["a bb", "ccc"]);
        assert_eq!(wrap_words("aa bb cc dd", 5, 2), vec!["aa bb", "cc dd"]);
        assert_eq!(wrap_words("aa bb cc dd ee", 5, 2), vec!["aa bb", "cc d…"]);
    }
}
