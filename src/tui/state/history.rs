//! Navigation people expect from browsers: follow a code the pane names, back and forward
//! through the occupations jumped from and to, undo for a cleared search or cleared filters,
//! and the search line's Ctrl-U and Ctrl-W.

use super::{App, Focus, Overlay};
use crate::filter::Filter;
use crate::tui::action::Action;

/// Occupations (positions in `ds.units`) jumped from, and those gone back from.
#[derive(Debug, Clone, Default)]
pub struct History {
    back: Vec<usize>,
    forward: Vec<usize>,
    /// The search and filters before they were last cleared.
    undo: Option<(String, Filter)>,
}

impl History {
    pub fn can_go_back(&self) -> bool {
        !self.back.is_empty()
    }
}

impl App {
    /// Handle a navigation action; false when it is not one.
    pub(super) fn apply_navigation(&mut self, action: Action) -> bool {
        match (self.overlay, action) {
            (Some(Overlay::Links), Action::Down) => {
                let n = self.linked_units().len();
                self.move_cursor(1, n);
            }
            (Some(Overlay::Links), Action::Up) => self.move_cursor(-1, 0),
            (Some(Overlay::Links), Action::Open) => {
                if let Some(&unit) = self.linked_units().get(self.cursor) {
                    self.overlay = None;
                    self.jump_to(unit);
                }
            }
            (Some(Overlay::Links), Action::ToggleMark) => {
                if let Some(&unit) = self.linked_units().get(self.cursor) {
                    let code = self.ds.units[unit].code.clone();
                    self.toggle_mark(&code);
                }
            }
            (None, Action::ShowLinks) => {
                if self.linked_units().is_empty() {
                    self.message = Some(self.labels.tools.links_none.into());
                } else {
                    self.overlay = Some(Overlay::Links);
                    self.cursor = 0;
                }
            }
            (None, Action::Back) => self.step_history(true),
            (None, Action::Forward) => self.step_history(false),
            (None, Action::Undo) => self.undo(),
            (None, Action::ClearLine) => {
                self.remember_search(false);
                self.query.clear();
                self.run_search();
            }
            (None, Action::DeleteWord) => {
                let kept = self.query.trim_end().rfind(' ').map_or(0, |i| i + 1);
                self.query.truncate(kept);
                self.run_search();
            }
            _ => return false,
        }
        true
    }

    /// The occupations whose codes the current pane names, in the order named, without the
    /// one shown.
    pub fn linked_units(&self) -> Vec<usize> {
        let Some(unit) = self.selected_unit() else {
            return Vec::new();
        };
        let lines = (self.measure.pane_lines)(&self.context(), unit, self.tab, 10_000);
        let mut out = Vec::new();
        // Wide enough that no code is split by wrapping.
        for line in lines {
            let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
            for code in five_digit_codes(&text) {
                if let Some(pos) = self.ds.unit_position(code)
                    && code != unit.code
                    && !out.contains(&pos)
                {
                    out.push(pos);
                }
            }
        }
        out
    }

    /// Show `unit`, remembering the occupation shown before for `Back`.
    pub(super) fn jump_to(&mut self, unit: usize) {
        if let Some(now) = self.shown_unit()
            && now != unit
        {
            self.history.back.push(now);
            self.history.forward.clear();
        }
        self.tree = None;
        self.show_unit(unit);
    }

    fn step_history(&mut self, back: bool) {
        let now = self.shown_unit();
        let (from, to) = if back {
            (&mut self.history.back, &mut self.history.forward)
        } else {
            (&mut self.history.forward, &mut self.history.back)
        };
        let Some(unit) = from.pop() else {
            self.message = Some(self.labels.tools.history_end.into());
            return;
        };
        to.extend(now);
        self.tree = None;
        self.show_unit(unit);
    }

    fn shown_unit(&self) -> Option<usize> {
        self.selected_unit()
            .and_then(|u| self.ds.unit_position(&u.code))
    }

    /// Keep the search and filters so `u` can bring them back, and say which is cleared.
    pub(super) fn remember_search(&mut self, filters: bool) {
        let cleared = if filters {
            self.filter.is_active()
        } else {
            !self.query.is_empty()
        };
        if !cleared {
            return;
        }
        self.history.undo = Some((self.query.clone(), self.filter.clone()));
        let c = &self.labels.tools;
        let what = if filters {
            c.filters_cleared
        } else {
            c.search_cleared
        };
        self.message = Some(format!("{what} · {}", c.undo_hint));
    }

    fn undo(&mut self) {
        let Some((query, filter)) = self.history.undo.take() else {
            self.message = Some(self.labels.tools.nothing_to_undo.into());
            return;
        };
        let unit = self.shown_unit();
        self.filter = filter;
        self.query = query;
        self.run_search();
        self.focus = Focus::List;
        if let Some(unit) = unit {
            self.select_unit(unit);
        }
    }
}

/// The five-digit numbers of `text` standing alone (not inside a longer number).
fn five_digit_codes(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if i - start == 5 {
                out.push(&text[start..i]);
            }
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::five_digit_codes;

    #[test]
    fn codes_are_five_digits_standing_alone() {
        assert_eq!(
            five_digit_codes("See 32104 and 31301; not 123456, 2024 or 3219."),
            ["32104", "31301"]
        );
    }
}
