//! Overlays of the tools over the list: the shortlist, the filter panel, the overwrite question,
//! and the hierarchy tree that replaces the list.

use crate::filter::EeFilter;
use crate::tui::layout;
use crate::tui::state::App;
use crate::tui::state::FILTER_ROWS;
use crate::tui::text::{self, fit, truncate_to_width};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

/// A bordered box of `w` x `h` centred in `area`, cleared, with a title.
fn popup(app: &App, area: Rect, w: u16, h: u16, title: &str, buf: &mut Buffer) -> Rect {
    let w = w.min(area.width.saturating_sub(2));
    let h = h.min(area.height.saturating_sub(2));
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    Clear.render(rect, buf);
    let t = &app.theme;
    let block = Block::bordered()
        .border_style(t.border_focus)
        .title(Span::styled(format!(" {title} "), t.title))
        .style(t.base);
    let inner = block.inner(rect);
    block.render(rect, buf);
    inner
}

pub struct ShortlistView<'a> {
    pub app: &'a App,
}

impl Widget for &ShortlistView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let (t, c) = (&app.theme, &app.labels.tools);
        let units = app.shortlist_units();
        let title = format!("{} ({})", c.shortlist_title, units.len());
        let h = (units.len().max(1) as u16) + 2;
        let inner = popup(app, area, 72, h, &title, buf);
        if units.is_empty() {
            let msg = truncate_to_width(c.shortlist_empty, inner.width as usize - 1);
            buf.set_line(
                inner.x + 1,
                inner.y,
                &Line::styled(msg, t.muted),
                inner.width,
            );
            return;
        }
        unit_rows(app, &units, inner, buf);
    }
}

/// The codes named in the pane, to follow one (Enter in the list).
pub struct LinksView<'a> {
    pub app: &'a App,
}

impl Widget for &LinksView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let units = app.linked_units();
        let title = format!("{} ({})", app.labels.tools.links_title, units.len());
        let h = (units.len().max(1) as u16) + 2;
        let inner = popup(app, area, 72, h, &title, buf);
        unit_rows(app, &units, inner, buf);
    }
}

/// One row per occupation (code, title, TEER), the cursor's row selected, scrolled to keep
/// it in view.
fn unit_rows(app: &App, units: &[usize], inner: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    {
        let offset = app
            .cursor
            .saturating_sub(inner.height.saturating_sub(1) as usize);
        for (i, &unit) in units.iter().enumerate().skip(offset) {
            let y = inner.y + (i - offset) as u16;
            if y >= inner.bottom() {
                break;
            }
            let u = &app.ds.units[unit];
            let selected = i == app.cursor;
            let base = if selected { t.selected } else { t.base };
            let title_w = (inner.width as usize).saturating_sub(10);
            let line = Line::from(vec![
                Span::styled(if selected { "› " } else { "  " }, base.patch(t.key)),
                Span::styled(u.code.clone(), base.patch(t.code)),
                Span::styled(" ", base),
                Span::styled(fit(app.primary_title(u), title_w), base),
                Span::styled(format!(" {}", u.teer), base.patch(t.muted)),
            ]);
            buf.set_line(inner.x, y, &line, inner.width);
        }
    }
}

pub struct FiltersView<'a> {
    pub app: &'a App,
}

impl FiltersView<'_> {
    /// (label, value) of each row of the panel.
    pub fn rows(&self) -> [(&'static str, String); FILTER_ROWS] {
        let app = self.app;
        let (f, c) = (&app.filter, &app.labels.tools);
        let teer: String = (0..6u8)
            .map(|t| {
                if f.teer[t as usize] {
                    format!("[{t}]")
                } else {
                    format!(" {t} ")
                }
            })
            .collect();
        let any = || c.any.to_string();
        let broad = f
            .broad
            .and_then(|b| app.ds.class(&b.to_string()))
            .map(|cl| format!("{} {}", cl.code, cl.title))
            .unwrap_or_else(any);
        [
            (c.f_teer, teer),
            (c.f_broad, broad),
            (c.f_ee, c.ee_values[f.ee as usize].to_string()),
            (c.f_condition, f.condition.clone().unwrap_or_else(any)),
            (
                c.f_min_wage,
                f.min_wage
                    .map(|w| format!("{}{}", crate::locale::money(app.lang, w), c.per_hour))
                    .unwrap_or_else(any),
            ),
            (
                c.f_ai,
                f.ai_band
                    .as_deref()
                    .map(|b| crate::tui::content::compare::ai_band(app.labels, b).to_string())
                    .unwrap_or_else(any),
            ),
            (c.f_curated, if f.curated { c.yes.into() } else { any() }),
            (
                c.f_province,
                f.province
                    .as_deref()
                    .map(|p| crate::tui::context::province_name(app.labels, p))
                    .unwrap_or_else(any),
            ),
            (
                app.labels.lists.f_provincial,
                if f.provincial_list {
                    app.provincial_filter_value()
                } else {
                    any()
                },
            ),
        ]
    }
}

impl Widget for &FiltersView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let (t, c, l) = (&app.theme, &app.labels.tools, app.labels);
        let count = l.count(app.row_count(), app.ds.units.len());
        let title = format!("{} · {count}", c.filters_title);
        let inner = popup(app, area, 70, FILTER_ROWS as u16 + 4, &title, buf);
        let rows = self.rows();
        let label_w = rows.iter().map(|(l, _)| text::width(l)).max().unwrap_or(0) + 2;
        for (i, (label, value)) in rows.iter().enumerate() {
            let y = inner.y + i as u16;
            if y >= inner.bottom() {
                break;
            }
            let selected = i == app.cursor;
            let base = if selected { t.selected } else { t.base };
            let active = match i {
                0 => app.filter.teer.iter().any(|&t| t),
                1 => app.filter.broad.is_some(),
                2 => app.filter.ee != EeFilter::Off,
                3 => app.filter.condition.is_some(),
                4 => app.filter.min_wage.is_some(),
                5 => app.filter.ai_band.is_some(),
                6 => app.filter.curated,
                8 => app.filter.provincial_list,
                _ => app.filter.province.is_some(),
            };
            let value_style = if active { base.patch(t.title) } else { base };
            let value_w = (inner.width as usize).saturating_sub(label_w + 6);
            let line = Line::from(vec![
                Span::styled(if selected { "› " } else { "  " }, base.patch(t.key)),
                Span::styled(fit(label, label_w), base.patch(t.muted)),
                Span::styled("‹ ", base.patch(t.muted)),
                Span::styled(fit(value, value_w), value_style),
                Span::styled(" ›", base.patch(t.muted)),
            ]);
            buf.set_line(inner.x, y, &line, inner.width);
        }
        let hint = format!(
            "0-5 {} · Space/←/→ {} · r {}",
            c.h_teer, c.h_next_value, c.h_reset
        );
        let y = inner.y + FILTER_ROWS as u16 + 1;
        if y < inner.bottom() {
            let hint = truncate_to_width(&hint, inner.width as usize - 2);
            buf.set_line(inner.x + 2, y, &Line::styled(hint, t.muted), inner.width);
        }
    }
}

pub struct ConfirmView<'a> {
    pub app: &'a App,
}

impl Widget for &ConfirmView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let c = &app.labels.tools;
        let path = app
            .export_dialog
            .as_ref()
            .map(|d| d.path.clone())
            .unwrap_or_default();
        let msg = format!("{path} {}", c.overwrite);
        let w = (text::width(&msg) as u16 + 4).max(30);
        let inner = popup(app, area, w, 3, c.ctx_confirm, buf);
        let msg = truncate_to_width(&msg, inner.width as usize - 1);
        buf.set_line(
            inner.x + 1,
            inner.y,
            &Line::styled(msg, app.theme.title),
            inner.width,
        );
    }
}

/// The hierarchy in the left pane: classes with their counts, unit groups as leaves.
pub struct TreeView<'a> {
    pub app: &'a App,
}

impl Widget for &TreeView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        let Some(tree) = &app.tree else {
            return;
        };
        let block = Block::bordered()
            .border_style(t.border_focus)
            .title(Span::styled(
                format!(" {} ", app.labels.tools.tree_title),
                t.title,
            ))
            .style(t.base);
        block.render(area, buf);
        let inner = layout::inset(area);
        let (w, h) = (inner.width as usize, inner.height as usize);
        let offset = tree.offset(h);
        for (i, row) in tree.rows.iter().enumerate().skip(offset).take(h) {
            let selected = i == tree.cursor;
            let base = if selected { t.selected } else { t.base };
            let indent = " ".repeat(row.depth);
            let (sign, count) = if row.is_unit() {
                let mark = app.shortlist.contains(&row.code);
                (if mark { "•" } else { " " }, String::new())
            } else {
                (
                    if row.expanded { "▾" } else { "▸" },
                    format!(" {}", row.count),
                )
            };
            let head = format!("{indent}{sign} {} ", row.code);
            let title_w = w.saturating_sub(text::width(&head) + text::width(&count));
            let title = if row.is_unit() {
                app.ds
                    .unit(&row.code)
                    .map(|u| app.primary_title(u))
                    .unwrap_or(row.title.as_str())
            } else {
                row.title.as_str()
            };
            let line = Line::from(vec![
                Span::styled(head, base.patch(t.code)),
                Span::styled(fit(title, title_w), base),
                Span::styled(count, base.patch(t.muted)),
            ]);
            buf.set_line(inner.x, inner.y + (i - offset) as u16, &line, inner.width);
        }
    }
}
