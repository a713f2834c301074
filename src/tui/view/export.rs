//! The export dialog: the format, the client's name and the file, in full, before anything
//! is written. Draws from `&App` only.

use crate::tui::action::Action;
use crate::tui::keymap::Context;
use crate::tui::state::App;
use crate::tui::state::export::ExportField;
use crate::tui::text::{self, truncate_to_width};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};
use unicode_segmentation::UnicodeSegmentation;

pub struct ExportView<'a> {
    pub app: &'a App,
}

/// The end of `s` in at most `max` cells, "…" in front when cut: a path's file name stays.
fn tail(s: &str, max: usize) -> String {
    if text::width(s) <= max {
        return s.to_string();
    }
    let mut kept = Vec::new();
    let mut used = 1;
    for g in s.graphemes(true).rev() {
        let w = text::width(g);
        if used + w > max {
            break;
        }
        kept.push(g);
        used += w;
    }
    kept.reverse();
    format!("…{}", kept.concat())
}

impl Widget for &ExportView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let (t, c) = (&app.theme, &app.labels.tools);
        let Some(d) = &app.export_dialog else {
            return;
        };
        let w = area.width.saturating_sub(4).min(96);
        let h = 10.min(area.height.saturating_sub(2));
        let rect = Rect::new(
            area.x + (area.width - w) / 2,
            area.y + (area.height - h) / 2,
            w,
            h,
        );
        Clear.render(rect, buf);
        let block = Block::bordered()
            .border_style(t.border_focus)
            .title(Span::styled(format!(" {} ", c.ctx_export), t.title))
            .style(t.base);
        let inner = block.inner(rect);
        block.render(rect, buf);
        let label_w = [c.export_format, c.export_client, c.export_file]
            .iter()
            .map(|l| text::width(l))
            .max()
            .unwrap_or(0);
        let value_w = (inner.width as usize).saturating_sub(label_w + 4);
        let keys = |actions: &[Action]| app.keymap.first_keys(Context::Export, actions);
        let label = |l: &str| Span::styled(format!(" {l:<label_w$}  "), t.muted);
        let field = |value: &str, which: ExportField| {
            let focused = d.field == which;
            let shown = if focused {
                format!("{}▏", tail(value, value_w.saturating_sub(1)))
            } else {
                tail(value, value_w)
            };
            Span::styled(shown, if focused { t.selected } else { t.base })
        };
        // Which occupations the file will hold (the shortlist, else the one selected).
        let codes = app.export_codes();
        let n = codes.len().to_string();
        let writes = crate::i18n::fill(
            app.labels.first_steps.export_writes,
            &[("n", &n), ("codes", &codes.join(", "))],
        );
        let rows = [
            Line::styled(
                format!(" {}", tail(&writes, inner.width as usize - 1)),
                t.title,
            ),
            Line::from(vec![
                label(c.export_format),
                Span::styled("‹ ", t.muted),
                Span::styled(d.format.name(), t.title),
                Span::styled(
                    format!(
                        " ›  {}",
                        keys(&[Action::DialogFormatPrev, Action::DialogFormatNext])
                    ),
                    t.muted,
                ),
            ]),
            Line::default(),
            Line::from(vec![
                label(c.export_client),
                field(&d.client, ExportField::Client),
            ]),
            Line::from(vec![
                Span::raw(" ".repeat(label_w + 3)),
                Span::styled(c.export_optional, t.muted),
            ]),
            Line::from(vec![
                label(c.export_file),
                field(&d.path, ExportField::Path),
            ]),
            Line::default(),
            Line::styled(
                format!(
                    " {} {} · {} {} · {} {}",
                    keys(&[Action::DialogNextField]),
                    c.h_next_field,
                    keys(&[Action::DialogSubmit]),
                    c.h_write,
                    keys(&[Action::Close]),
                    c.h_cancel
                ),
                t.muted,
            ),
        ];
        for (i, line) in rows.iter().enumerate() {
            let y = inner.y + i as u16;
            if y >= inner.bottom() {
                break;
            }
            let line = if i == rows.len() - 1 {
                let s: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
                Line::styled(truncate_to_width(&s, inner.width as usize), t.muted)
            } else {
                line.clone()
            };
            buf.set_line(inner.x, y, &line, inner.width);
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_long_path_keeps_its_end() {
        assert_eq!(
            super::tail("/home/ana/Documents/noc-shortlist.md", 20),
            "…ts/noc-shortlist.md"
        );
        assert_eq!(super::tail("short.md", 20), "short.md");
        assert_eq!(super::tail("/書類/候補.md", 8), "…候補.md");
    }
}
