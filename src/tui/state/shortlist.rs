//! The shortlist in the explorer: loading it into the app, marking, and opening compare.

use super::{App, Overlay};
use crate::shortlist::{LoadNote, Shortlist};

/// Most occupations compare shows side by side.
pub const COMPARE_MAX: usize = 4;

impl App {
    /// Use a loaded shortlist; `notes` (a damaged file, unknown codes) become the first
    /// status message.
    pub fn with_shortlist(mut self, list: Shortlist, notes: &[LoadNote]) -> App {
        let c = &self.labels.tools;
        let mut parts = Vec::new();
        for note in notes {
            match note {
                LoadNote::Damaged { kept_as, problem } => {
                    parts.push(format!("{} {} ({problem})", c.damaged, kept_as.display()))
                }
                LoadNote::UnknownCodes(codes) => {
                    parts.push(format!("{} {}", c.unknown_codes, codes.join(", ")))
                }
            }
        }
        if !parts.is_empty() {
            self.message = Some(parts.join(" · "));
        }
        self.shortlist = list;
        self
    }

    /// The shortlist's occupations (positions in `ds.units`), in the order marked.
    pub fn shortlist_units(&self) -> Vec<usize> {
        self.shortlist
            .codes()
            .iter()
            .filter_map(|c| self.ds.unit_position(c))
            .collect()
    }

    pub(super) fn toggle_mark(&mut self, code: &str) {
        let c = &self.labels.tools;
        let now = self.shortlist.toggle(code);
        let done = if now { c.marked } else { c.unmarked };
        self.message = Some(match self.shortlist.save() {
            Ok(_) => format!(
                "{done} {code} · {}: {}",
                c.shortlist_title,
                self.shortlist.len()
            ),
            Err(e) => format!("{done} {code} · {}: {e}", c.save_failed),
        });
    }

    /// Presentation mode: show the next (`delta` 1) or previous (-1) occupation of the
    /// shortlist, stopping at its ends; from one not in it, the first or the last.
    pub(super) fn step_shortlist(&mut self, delta: isize) {
        let units = self.shortlist_units();
        let Some(last) = units.len().checked_sub(1) else {
            self.message = Some(self.labels.tools.p_empty.into());
            return;
        };
        let current = self
            .selected_unit()
            .and_then(|u| self.ds.unit_position(&u.code));
        let next = match current.and_then(|c| units.iter().position(|&u| u == c)) {
            Some(i) => (i as isize + delta).clamp(0, last as isize) as usize,
            None if delta > 0 => 0,
            None => last,
        };
        self.tree = None;
        self.show_unit(units[next]);
    }

    pub(super) fn compare(&mut self) {
        let c = &self.labels.tools;
        if self.shortlist_units().len() < 2 {
            self.message = Some(c.compare_need_two.into());
            return;
        }
        self.overlay = Some(Overlay::Compare);
        self.overlay_scroll = 0;
    }
}
