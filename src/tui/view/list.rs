//! The occupation list: search line, count, and one row per occupation (code, title, and TEER
//! or the figure the list is sorted by),
//! with the matched example title under it and matched characters highlighted.

use crate::filter::SortKey;
use crate::locale::Lang;
use crate::model::UnitGroup;
use crate::tui::layout;
use crate::tui::state::{App, Focus};
use crate::tui::text::{self, fit, highlighted, truncate_to_width};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

/// Cells before a row's title: marker, code, space.
const TITLE_X: usize = 7;
/// Cells after it: two spaces and the TEER digit.
const TEER_W: usize = 3;
/// Cells of the sort value's column ("179,800", "34,50 $") with a space before it.
const VALUE_W: usize = 9;
/// The shortlist mark (one cell).
pub const MARK: &str = "•";

pub struct ListView<'a> {
    pub app: &'a App,
}

impl Widget for &ListView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let (t, l) = (&app.theme, app.labels);
        // Under Japanese the rows add our titles: the frame says they are ours (非公式訳).
        let heading = match l.report.list_titles_note {
            "" => format!(" {} ", l.occupations),
            note => format!(" {} · {note} ", l.occupations),
        };
        let block = Block::bordered()
            .border_style(t.border_focus)
            .title(Span::styled(heading, t.title))
            .style(t.base);
        block.render(area, buf);
        let inner = layout::inset(area);
        if inner.height < 3 || inner.width < 12 {
            return;
        }
        let w = inner.width as usize;

        // Search line.
        let prompt_style = if app.focus == Focus::Search {
            t.key
        } else {
            t.muted
        };
        let search = if app.query.is_empty() && app.focus == Focus::List {
            Line::from(vec![
                Span::styled("/ ", prompt_style),
                Span::styled(l.search_hint, t.muted),
            ])
        } else {
            let shown = tail_to_width(&app.query, w.saturating_sub(3));
            Line::from(vec![
                Span::styled("/ ", prompt_style),
                Span::styled(shown, t.title),
            ])
        };
        buf.set_line(inner.x, inner.y, &search, inner.width);

        // Count, with the TEER column's heading at the right.
        let mut count = l.count(app.row_count(), app.ds.units.len());
        for part in app.filter_summary() {
            count.push_str(" · ");
            count.push_str(&part);
        }
        // The right-hand column: TEER, or the value the list is sorted by.
        let heading = sort_column(app).unwrap_or(app.labels.tools.r_teer);
        let heading_w = text::width(heading);
        let count_line = Line::from(vec![
            Span::styled(fit(&count, w.saturating_sub(heading_w + 1)), t.muted),
            Span::styled(" ", t.muted),
            Span::styled(heading, t.muted),
        ]);
        buf.set_line(inner.x, inner.y + 1, &count_line, inner.width);
        let r = &app.results;
        let note = match (&r.corrected, &r.read_as, &r.without) {
            (Some(c), _, _) => Some(format!("{} “{c}”", l.showing_results_for)),
            (None, Some(forms), _) => Some(crate::i18n::fill(
                l.search_words.read_as,
                &[("forms", forms.as_str())],
            )),
            (None, None, Some(word)) => Some(crate::i18n::fill(
                l.search_words.without,
                &[("word", word.as_str())],
            )),
            (None, None, None) => None,
        };
        if let Some(note) = note {
            let note = truncate_to_width(&note, w);
            buf.set_line(
                inner.x,
                inner.y + 2,
                &Line::styled(note, t.warning),
                inner.width,
            );
        }

        let rows = layout::list_rows(area, app.results.has_note());
        if app.row_count() == 0 && (app.filtering() || app.filter.is_active()) {
            let msg = if app.filtering() {
                format!("{} “{}”", l.no_matches, app.query.trim())
            } else {
                l.no_matches.to_string()
            };
            let msg = truncate_to_width(&msg, w);
            buf.set_line(rows.x, rows.y, &Line::styled(msg, t.muted), rows.width);
            // An empty list that is a gap in our files says so, whole.
            if let Some(gap) = app.provincial_list_gap() {
                let lines = crate::tui::text::wrap(&Line::raw(gap), w, 0);
                for (i, line) in lines
                    .iter()
                    .take(rows.height.saturating_sub(2) as usize)
                    .enumerate()
                {
                    let line = line.clone().style(t.warning);
                    buf.set_line(rows.x, rows.y + 2 + i as u16, &line, rows.width);
                }
            }
            return;
        }
        for (row, y) in app.visible_rows(rows.height as usize) {
            self.render_row(
                row,
                Rect::new(
                    rows.x,
                    rows.y + y as u16,
                    rows.width,
                    rows.bottom() - rows.y - y as u16,
                ),
                buf,
            );
        }
    }
}

impl ListView<'_> {
    fn render_row(&self, row: usize, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        let Some(unit) = app.row_unit(row).map(|i| &app.ds.units[i]) else {
            return;
        };
        let w = area.width as usize;
        let selected = row == app.selected;
        let base = if selected { t.selected } else { t.base };
        let hit = app.row_hit(row);
        let marks = hit.map(|h| app.highlights(h)).unwrap_or_default();
        let matched_line = app.matched_text(row);
        let hl = base.patch(t.matched);

        let title = app.primary_title(unit);
        let value = sort_value(app, unit);
        let col_w = if value.is_some() { VALUE_W } else { TEER_W };
        let title_w = w.saturating_sub(TITLE_X + col_w);
        let code_is_match = hit.is_some_and(|h| h.matched == unit.code);
        let title_is_match = hit.is_some_and(|h| h.matched == title);
        // Our Japanese title beside the official English one, up to half the room.
        let japanese = match app.ds.japanese_title(&unit.code) {
            Some(ja) if app.lang == Lang::Ja && title_w >= 16 => {
                let room = text::width(ja).min(title_w / 2);
                Some(truncate_to_width(ja, room))
            }
            _ => None,
        };
        let full_w = title_w;
        let title_w = full_w - japanese.as_ref().map_or(0, |ja| text::width(ja) + 1);
        let mut spans = vec![Span::styled(
            if selected { "›" } else { " " },
            base.patch(t.key),
        )];
        if code_is_match {
            spans.extend(highlighted(&unit.code, &marks, 5, base.patch(t.code), hl));
        } else {
            spans.push(Span::styled(unit.code.clone(), base.patch(t.code)));
        }
        // The shortlist mark sits between the code and the title.
        if app.shortlist.contains(&unit.code) {
            spans.push(Span::styled(MARK, base.patch(t.key)));
        } else {
            spans.push(Span::styled(" ", base));
        }
        let title_spans = if title_is_match {
            highlighted(title, &marks, title_w, base, hl)
        } else {
            vec![Span::styled(truncate_to_width(title, title_w), base)]
        };
        let mut used: usize = title_spans.iter().map(|s| text::width(&s.content)).sum();
        spans.extend(title_spans);
        if let Some(ja) = japanese {
            let gap = title_w.saturating_sub(used) + 1;
            used += gap + text::width(&ja);
            spans.push(Span::styled(" ".repeat(gap), base));
            spans.push(Span::styled(ja, base.patch(t.muted)));
        }
        let right = value.unwrap_or_else(|| unit.teer.to_string());
        let pad = (full_w + col_w).saturating_sub(used.min(full_w) + text::width(&right));
        spans.push(Span::styled(" ".repeat(pad), base));
        spans.push(Span::styled(right, base.patch(t.muted)));
        buf.set_line(area.x, area.y, &Line::from(spans), area.width);

        if let Some(matched) = matched_line {
            if area.height < 2 {
                return;
            }
            let label = format!("{}{} ", " ".repeat(TITLE_X), app.labels.matched);
            let room = w.saturating_sub(text::width(&label));
            let mut spans = vec![Span::styled(label, base.patch(t.muted))];
            let body = highlighted(&matched, &marks, room, base, hl);
            let used: usize = body.iter().map(|s| text::width(&s.content)).sum();
            spans.extend(body);
            let label_w = TITLE_X + text::width(app.labels.matched) + 1;
            spans.push(Span::styled(
                " ".repeat(w.saturating_sub(label_w + used)),
                base,
            ));
            buf.set_line(area.x, area.y + 1, &Line::from(spans), area.width);
        }
    }
}

/// The heading of the right-hand column when the list is sorted by a figure.
fn sort_column(app: &App) -> Option<&'static str> {
    let c = &app.labels.tools;
    match app.sort {
        SortKey::Score => Some(c.col_score),
        SortKey::Wage => Some(c.col_wage),
        SortKey::Openings => Some(c.col_openings),
        SortKey::Code | SortKey::Title => None,
    }
}

/// The figure the list is sorted by, for the right-hand column ("—" where our files lack it).
fn sort_value(app: &App, unit: &UnitGroup) -> Option<String> {
    sort_column(app)?;
    let f = app.list_figures_of(unit);
    let value = match app.sort {
        SortKey::Score => f
            .and_then(|f| f.score)
            .map(|v| crate::locale::decimal(app.lang, v, 1)),
        SortKey::Wage => f
            .and_then(|f| app.filter.wage(f))
            .map(|w| crate::locale::cents(app.lang, w)),
        _ => f
            .and_then(|f| f.job_openings)
            .map(|n| crate::locale::number(app.lang, n)),
    };
    Some(value.unwrap_or_else(|| "—".into()))
}

/// The end of `s` that fits in `max` cells (the part of a long query being typed).
fn tail_to_width(s: &str, max: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    let mut out: Vec<&str> = Vec::new();
    let mut used = 0;
    for g in s.graphemes(true).rev() {
        let w = text::width(g);
        if used + w > max {
            break;
        }
        used += w;
        out.push(g);
    }
    out.into_iter().rev().collect()
}
