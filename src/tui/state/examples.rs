//! The example titles overlay: every example title of the occupation shown, scrolled with
//! the arrows, narrowed by typing (as in fzf), cleared with Ctrl-U, closed with Esc or Enter.

use super::{App, Overlay};
use crate::tui::action::Action;
use crate::tui::layout;

impl App {
    /// Open the overlay on the occupation shown, its filter empty.
    pub(super) fn open_examples(&mut self) {
        if self
            .selected_unit()
            .is_some_and(|u| !u.example_titles.is_empty())
        {
            self.examples_filter.clear();
            self.overlay_scroll = 0;
            self.overlay = Some(Overlay::Examples);
        }
    }

    /// Handle an action while the overlay is open; false for those it leaves to the app
    /// (quit, help, resizing).
    pub(super) fn apply_examples(&mut self, action: Action) -> bool {
        use Action as A;
        let page = layout::examples_rows(self.size, self.examples_notes())
            .height
            .max(1) as i32;
        match action {
            A::Insert(c) if !c.is_control() && self.examples_filter.chars().count() < 200 => {
                self.examples_filter.push(c);
                self.overlay_scroll = 0;
            }
            A::Backspace => {
                self.examples_filter.pop();
                self.overlay_scroll = 0;
            }
            A::ClearLine => {
                self.examples_filter.clear();
                self.overlay_scroll = 0;
            }
            A::Down => self.scroll_examples(1),
            A::Up => self.scroll_examples(-1),
            A::PageDown => self.scroll_examples(page),
            A::PageUp => self.scroll_examples(-page),
            A::Top => self.overlay_scroll = 0,
            A::Bottom => self.scroll_examples(i32::MAX / 2),
            A::Close => self.overlay = None,
            A::Quit | A::ToggleHelp | A::Resize(..) => return false,
            _ => {}
        }
        true
    }

    /// Lines under the titles: where they come from, and in which language if not the
    /// interface's.
    pub fn examples_notes(&self) -> u16 {
        1 + u16::from(!self.labels.tools.examples_language.is_empty())
    }

    fn scroll_examples(&mut self, delta: i32) {
        let rows = layout::examples_rows(self.size, self.examples_notes());
        let count = (self.measure.examples_lines)(&self.context(), rows.width as usize);
        let max = count.saturating_sub(rows.height as usize) as i32;
        self.overlay_scroll = (self.overlay_scroll as i32)
            .saturating_add(delta)
            .clamp(0, max.clamp(0, u16::MAX as i32)) as u16;
    }
}
