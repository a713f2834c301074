//! The shortlist in the explorer: loading it into the app, marking, and opening compare.

use super::{App, Overlay};
use crate::shortlist::{LoadNote, Shortlist};
use crate::tui::context::CompareSize;

/// Most occupations compare shows side by side.
/// Which of the compared occupations are on screen, and whether identical rows are left out.
#[derive(Debug, Clone, Copy, Default)]
pub struct CompareColumns {
    /// The occupation in the first column.
    pub first: usize,
    pub differences_only: bool,
}

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
        self.message = Some(format!("{done} {code} · {}", self.save_shortlist()));
    }

    /// Save without waiting for another explorer: when it holds the lock the save is left
    /// pending (`retry_save`) and the status line says so. The words of the outcome.
    fn save_shortlist(&mut self) -> String {
        let c = &self.labels.tools;
        self.save_pending = false;
        match self.shortlist.try_save() {
            Ok(_) => format!("{}: {}", c.shortlist_title, self.shortlist.len()),
            Err(crate::shortlist::ShortlistError::Busy) => {
                self.save_pending = true;
                self.labels.reliability.shortlist_busy.to_string()
            }
            Err(e) => format!("{}: {e}", c.save_failed),
        }
    }

    /// Try a pending save again; true when it is no longer pending (saved or failed).
    pub fn retry_save(&mut self) -> bool {
        if !self.save_pending {
            return false;
        }
        let said = self.save_shortlist();
        if self.save_pending {
            return false;
        }
        self.message = Some(said);
        true
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
            // At an end, say so rather than stay silent on the projector.
            Some(i) if (delta > 0 && i == last) || (delta < 0 && i == 0) => {
                let s = &self.labels.first_steps;
                let n = units.len().to_string();
                let said = if delta > 0 {
                    s.present_end
                } else {
                    s.present_start
                };
                self.message = Some(crate::i18n::fill(said, &[("n", &n)]));
                return;
            }
            Some(i) => (i as isize + delta).clamp(0, last as isize) as usize,
            None if delta > 0 => 0,
            None => last,
        };
        self.jump_to(units[next]);
    }

    /// `p`: presentation mode opens on the first occupation of the shortlist when there is
    /// one (it projected whatever was selected, or the last one marked), over any overlay.
    pub(super) fn toggle_present(&mut self) {
        self.present = !self.present;
        if !self.present {
            return;
        }
        self.overlay = None;
        if let Some(&first) = self.shortlist_units().first() {
            self.jump_to(first);
        }
    }

    /// Compare's rows for the screen as it is (the view lays out the same).
    pub fn compare_size(&self) -> CompareSize {
        let width = self.size.width.saturating_sub(3) as usize;
        (self.measure.compare)(
            &self.context(),
            width,
            self.compare.first,
            self.compare.differences_only,
        )
    }

    /// Compare: one line further down, stopping at the last screenful.
    pub(super) fn compare_down(&mut self) {
        let table = self.compare_size();
        let rows = self.size.height.saturating_sub(2) as usize;
        let max = table.body.saturating_sub(rows.saturating_sub(table.header));
        self.overlay_scroll = (self.overlay_scroll + 1).min(max as u16);
    }

    /// Compare: the next or previous occupation as the first column, within those compared.
    pub(super) fn compare_shift(&mut self, delta: isize) {
        let table = self.compare_size();
        let last = table.total.saturating_sub(table.shown);
        self.compare.first = (table.first as isize + delta).clamp(0, last as isize) as usize;
    }

    pub(super) fn compare(&mut self) {
        let c = &self.labels.tools;
        if self.shortlist_units().len() < 2 {
            self.message = Some(c.compare_need_two.into());
            return;
        }
        self.overlay = Some(Overlay::Compare);
        self.overlay_scroll = 0;
        self.compare.first = 0;
    }
}
