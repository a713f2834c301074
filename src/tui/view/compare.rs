//! Compare drawn: the comparison's header row fixed at the top, its other rows scrolled
//! under it, in a bordered overlay whose title says which columns are shown and the keys.

use crate::tui::Action;
use crate::tui::keymap::Context;
use crate::tui::state::{App, COMPARE_MAX};
use crate::tui::text::truncate_to_width;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Widget};

pub struct CompareView<'a> {
    pub app: &'a App,
}

impl Widget for &CompareView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let (t, c) = (&app.theme, &app.labels.tools);
        Clear.render(area, buf);
        // The same table state measures (`App::compare_size`).
        let width = app.size.width.saturating_sub(3) as usize;
        let table = crate::tui::content::Comparison { cx: &app.context() }.table(
            width,
            app.compare.first,
            app.compare.differences_only,
        );
        let marked = app.shortlist.len();
        // "Compare · 1-2 of 3" when not all fit, "· first 4 of 5" when more are marked.
        let range = if table.shown < table.total {
            let n = |v: usize| crate::locale::number(app.lang, v as i64);
            crate::i18n::fill(
                app.labels.reviewed.compare_range,
                &[
                    ("first", &n(table.first + 1)),
                    ("last", &n(table.first + table.shown)),
                    ("total", &n(table.total)),
                ],
            )
        } else {
            table.shown.to_string()
        };
        let mut title = format!(" {} · {range}", c.compare_title);
        // With columns out of view, the star still counts them: the title says so.
        if table.shown < table.total {
            let n = table.total.to_string();
            let best = crate::i18n::fill(app.labels.first_steps.compare_best_hidden, &[("n", &n)]);
            title.push_str(&format!(" · {best}"));
        }
        if marked > COMPARE_MAX {
            title.push_str(&format!(" ({} {marked})", c.compare_first_four));
        }
        let keys = |actions: &[Action]| app.keymap.first_keys(Context::Compare, actions);
        let rows = area.height.saturating_sub(2) as usize;
        let body_rows = rows.saturating_sub(table.header.len());
        let mut hints = vec![c.compare_best.to_string()];
        if table.shown < table.total {
            hints.push(format!(
                "{} {}",
                keys(&[Action::CompareLeft, Action::CompareRight]),
                c.s_columns
            ));
        }
        if table.body.len() > body_rows {
            hints.push(format!(
                "{} {}",
                keys(&[Action::Down, Action::Up]),
                c.h_scroll
            ));
        }
        let diff_key = keys(&[Action::ToggleDifferences]);
        hints.push(if table.identical_hidden > 0 {
            format!("{diff_key} {} {}", table.identical_hidden, c.compare_hidden)
        } else {
            format!("{diff_key} {}", c.s_differences)
        });
        hints.push(format!("{} {}", keys(&[Action::Close]), c.s_close));
        title.push(' ');
        let footer = format!(" {} ", hints.join(" · "));
        let inner_w = area.width.saturating_sub(2) as usize;
        let block = Block::bordered()
            .border_style(t.border_focus)
            .title(Span::styled(truncate_to_width(&title, inner_w), t.title))
            .title_bottom(Span::styled(truncate_to_width(&footer, inner_w), t.title))
            .style(t.base);
        let inner = block.inner(area);
        block.render(area, buf);
        // The header row stays; the rows under it scroll.
        let max = table.body.len().saturating_sub(body_rows);
        let scroll = (app.overlay_scroll as usize).min(max);
        let lines = table
            .header
            .iter()
            .chain(table.body.iter().skip(scroll).take(body_rows));
        for (i, line) in lines.take(inner.height as usize).enumerate() {
            buf.set_line(inner.x + 1, inner.y + i as u16, line, inner.width - 1);
        }
    }
}
