//! Mouse clicks and the wheel, turned into the same state changes as keys.

use super::{App, Focus};
use crate::tui::layout;
use ratatui::layout::Position;

/// Lines the mouse wheel moves.
const WHEEL_STEP: u16 = 3;

impl App {
    pub(super) fn click(&mut self, x: u16, y: u16) {
        let pos = Position::new(x, y);
        let areas = self.areas();
        if self.overlay.is_some() {
            self.overlay = None;
            return;
        }
        let rows = self.list_rows_area();
        if rows.contains(pos) {
            let line = (y - rows.y) as usize;
            for (row, top) in self.visible_rows(rows.height as usize) {
                if line >= top && line < top + self.row_height(row) {
                    self.focus = Focus::List;
                    self.select(row);
                }
            }
        } else if layout::inset(areas.left).contains(pos) && y == areas.left.y + 1 {
            self.focus = Focus::Search;
        } else if areas.tabs.contains(pos) {
            let cells = layout::tab_cells(self.labels, self.tab, areas.tabs.width);
            if let Some(tab) = layout::tab_at(&cells, x - areas.tabs.x) {
                self.set_tab(tab);
            }
        }
    }

    pub(super) fn wheel(&mut self, x: u16, y: u16, delta: i8) {
        let pos = Position::new(x, y);
        let steps = i32::from(delta) * i32::from(WHEEL_STEP);
        if self.areas().left.contains(pos) {
            let row = self.selected as i64 + i64::from(steps);
            self.select(row.max(0) as usize);
        } else {
            self.scroll_by(steps);
        }
    }
}
