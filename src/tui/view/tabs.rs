//! The tab row, laid out by `layout::tab_cells` (also used for mouse clicks).

use crate::tui::layout;
use crate::tui::state::App;
use crate::tui::text;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

pub struct TabsView<'a> {
    pub app: &'a App,
}

impl Widget for &TabsView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let t = &app.theme;
        for cell in layout::tab_cells(app.labels, app.tab, area.width) {
            let style = if cell.tab == app.tab {
                t.tab_active
            } else {
                t.tab
            };
            let x = area.x + cell.x;
            if x >= area.right() {
                break;
            }
            buf.set_stringn(x, area.y, &cell.text, (area.right() - x) as usize, style);
            let sep_x = x + text::width(&cell.text) as u16;
            if sep_x < area.right() && cell.tab != crate::tui::action::Tab::Outlook {
                buf.set_stringn(sep_x, area.y, "│", 1, t.border);
            }
        }
    }
}
