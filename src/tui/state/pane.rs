//! Where the pane of the current tab is (beside the list, or under the summary in
//! presentation mode) and how far it scrolls.

use super::App;
use crate::tui::layout;
use ratatui::layout::Rect;

impl App {
    /// Where the pane is: beside the list, or in presentation mode under the summary.
    pub fn pane_area(&self) -> Rect {
        if !self.present {
            return self.areas().pane;
        }
        let rows = self.selected_unit().map_or(0, |u| {
            let width = self.size.width.saturating_sub(2) as usize;
            (self.measure.present_rows)(&self.context(), u, width)
        });
        layout::present_pane(self.size, rows).map_or(Rect::default(), |(_, pane)| pane)
    }

    pub(super) fn pane_line_count(&self) -> usize {
        let text = layout::pane_text(self.pane_area());
        match self.selected_unit() {
            Some(unit) => {
                (self.measure.pane_lines)(&self.context(), unit, self.tab, text.width as usize)
                    .len()
            }
            None => 0,
        }
    }

    pub(super) fn max_scroll(&self) -> u16 {
        let height = layout::pane_text(self.pane_area()).height as usize;
        self.pane_line_count()
            .saturating_sub(height)
            .min(u16::MAX as usize) as u16
    }

    pub(super) fn half_page(&self) -> i32 {
        (layout::pane_text(self.pane_area()).height as i32 / 2).max(1)
    }

    pub(super) fn scroll_by(&mut self, delta: i32) {
        let next = (self.scroll as i32 + delta).clamp(0, self.max_scroll() as i32);
        self.scroll = next as u16;
    }
}
