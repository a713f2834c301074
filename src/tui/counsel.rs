//! The counsellor tools' state changes: shortlist, compare, filters and sort, export, copy,
//! presentation mode. Called from `App::apply` (still the only way state changes).

use super::action::Action;
use super::app::{App, Focus, Overlay};
use crate::export::{self, ExportError, ExportFormat};
use crate::filter::{AI_BANDS, EeFilter, Filter, WAGE_STEPS};
use crate::model::UnitGroup;
use crate::shortlist::{LoadNote, Shortlist};
use std::path::PathBuf;

pub use super::counsel_tree::TreePane;

/// Rows of the filter panel, in order.
pub const FILTER_ROWS: usize = 7;
/// Most occupations compare shows side by side.
pub const COMPARE_MAX: usize = 4;

impl App {
    /// Use a loaded shortlist; `notes` (a damaged file, unknown codes) become the first
    /// status message.
    pub fn with_shortlist(mut self, list: Shortlist, notes: &[LoadNote]) -> App {
        let c = self.labels.counsel;
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

    /// Handle a counsellor action; false when it is one of the explorer's own.
    pub(super) fn apply_counsel(&mut self, action: Action) -> bool {
        use Action as A;
        match (self.overlay, action) {
            (Some(Overlay::Shortlist), A::Down) => self.move_cursor(1, self.shortlist.len()),
            (Some(Overlay::Shortlist), A::Up) => self.move_cursor(-1, self.shortlist.len()),
            (Some(Overlay::Shortlist), A::Open) => {
                if let Some(&unit) = self.shortlist_units().get(self.cursor) {
                    self.overlay = None;
                    self.tree = None;
                    self.show_unit(unit);
                }
            }
            (Some(Overlay::Shortlist), A::ToggleMark) => {
                if let Some(code) = self.shortlist.codes().get(self.cursor).cloned() {
                    self.toggle_mark(&code);
                    self.cursor = self.cursor.min(self.shortlist.len().saturating_sub(1));
                }
            }
            (Some(Overlay::Compare), A::Down) => {
                // Stop at the last screenful (the view lays out the same lines).
                let width = self.size.width.saturating_sub(3) as usize;
                let lines = super::view::CompareView { app: self }.lines(width).0.len();
                let max = lines.saturating_sub(self.size.height.saturating_sub(2) as usize);
                self.overlay_scroll = (self.overlay_scroll + 1).min(max as u16);
            }
            (Some(Overlay::Compare), A::Up) => {
                self.overlay_scroll = self.overlay_scroll.saturating_sub(1)
            }
            (Some(Overlay::Filters), A::Down) => self.move_cursor(1, FILTER_ROWS),
            (Some(Overlay::Filters), A::Up) => self.move_cursor(-1, FILTER_ROWS),
            (Some(Overlay::Filters), A::FilterNext) => self.change_filter(1),
            (Some(Overlay::Filters), A::FilterPrev) => self.change_filter(-1),
            (Some(Overlay::Filters), A::FilterTeer(t)) => {
                let mut f = self.filter.clone();
                f.teer[t as usize % 6] ^= true;
                self.set_filter(f);
            }
            (Some(Overlay::Filters), A::FilterReset) => self.set_filter(Filter::default()),
            (Some(Overlay::Confirm), A::ConfirmYes) => {
                self.overlay = None;
                self.export(true);
            }
            (Some(Overlay::Confirm), A::ConfirmNo) => {
                self.overlay = None;
                self.pending_export = None;
                self.message = Some(self.labels.counsel.export_cancelled.into());
            }
            (Some(Overlay::Help), A::ScrollDown) => {
                self.overlay_scroll = self.overlay_scroll.saturating_add(1)
            }
            (Some(Overlay::Help), A::ScrollUp) => {
                self.overlay_scroll = self.overlay_scroll.saturating_sub(1)
            }
            (Some(_), A::Close) => self.overlay = None,
            (Some(Overlay::Help), _) => return false,
            (_, A::ToggleHelp) => {
                self.overlay_scroll = 0;
                return false;
            }
            // The search line belongs to the list: leave the tree or presentation first.
            (_, A::FocusSearch) => {
                self.present = false;
                self.tree = None;
                return false;
            }
            (_, A::ToggleMark) => {
                if let Some(code) = self.selected_unit().map(|u| u.code.clone()) {
                    self.toggle_mark(&code);
                }
            }
            (_, A::ShowShortlist) => {
                self.overlay = match self.overlay {
                    Some(Overlay::Shortlist) => None,
                    _ => Some(Overlay::Shortlist),
                };
                self.cursor = 0;
            }
            (_, A::Compare) => self.compare(),
            (_, A::OpenFilters) => {
                self.overlay = match self.overlay {
                    Some(Overlay::Filters) => None,
                    _ => Some(Overlay::Filters),
                };
                self.cursor = 0;
            }
            (_, A::CycleSort) => {
                let unit = self.row_unit(self.selected);
                self.sort = self.sort.next();
                self.refresh_keeping(unit);
            }
            (_, A::Export) => self.export(false),
            (_, A::Copy) => self.copy(),
            (_, A::TogglePresent) => self.present = !self.present,
            (_, A::Close) if self.present => self.present = false,
            (_, A::ToggleTree) => self.toggle_tree(),
            // The list under the tree is hidden: the mouse moves the tree's cursor instead.
            (None, A::Click(x, y) | A::Wheel(x, y, _))
                if self.tree.is_some()
                    && self
                        .areas()
                        .left
                        .contains(ratatui::layout::Position::new(x, y)) =>
            {
                if let (A::Wheel(_, _, delta), Some(tree)) = (action, self.tree.as_mut()) {
                    tree.move_by(isize::from(delta) * 3);
                    self.scroll = 0;
                }
            }
            (_, action) if self.tree.is_some() => return self.apply_tree(action),
            _ => return false,
        }
        true
    }

    fn move_cursor(&mut self, delta: isize, len: usize) {
        let last = len.saturating_sub(1) as isize;
        self.cursor = (self.cursor as isize + delta).clamp(0, last.max(0)) as usize;
    }

    /// Show an occupation in the list, clearing the search and filters if they hide it.
    pub(super) fn show_unit(&mut self, unit: usize) {
        if !self.select_unit(unit) {
            self.filter = Filter::default();
            self.apply(Action::ClearSearch);
            self.select_unit(unit);
        }
        self.focus = Focus::List;
        self.scroll = 0;
    }

    fn toggle_mark(&mut self, code: &str) {
        let c = self.labels.counsel;
        let now = self.shortlist.toggle(code);
        let done = if now { c.marked } else { c.unmarked };
        self.message = Some(match self.shortlist.save() {
            Ok(()) => format!(
                "{done} {code} · {}: {}",
                c.shortlist_title,
                self.shortlist.len()
            ),
            Err(e) => format!("{done} {code} · {}: {e}", c.save_failed),
        });
    }

    fn compare(&mut self) {
        let c = self.labels.counsel;
        if self.shortlist_units().len() < 2 {
            self.message = Some(c.compare_need_two.into());
            return;
        }
        self.overlay = Some(Overlay::Compare);
        self.overlay_scroll = 0;
    }

    fn set_filter(&mut self, filter: Filter) {
        let unit = self.row_unit(self.selected);
        self.filter = filter;
        self.refresh_keeping(unit);
    }

    /// Rebuild the rows, keeping `unit` selected when it is still listed.
    fn refresh_keeping(&mut self, unit: Option<usize>) {
        self.refresh_rows();
        if !unit.is_some_and(|u| self.select_unit(u)) {
            self.selected = 0;
            self.list_offset = 0;
            self.scroll = 0;
        }
    }

    /// Step the filter under the panel's cursor to its next (or previous) value.
    fn change_filter(&mut self, step: isize) {
        let mut f = self.filter.clone();
        match self.cursor {
            0 => {
                // One TEER at a time: none, 0, 1, ..., 5 (digits toggle several).
                let one: Vec<Option<u8>> = std::iter::once(None).chain((0..6).map(Some)).collect();
                let now = match f.teer.iter().filter(|&&t| t).count() {
                    1 => f.teer.iter().position(|&t| t).map(|t| t as u8),
                    _ => None,
                };
                f.teer = [false; 6];
                if let Some(t) = cycle(&one, &now, step) {
                    f.teer[t as usize] = true;
                }
            }
            1 => {
                let values: Vec<Option<u8>> = std::iter::once(None)
                    .chain(
                        self.ds
                            .broad_categories
                            .iter()
                            .filter_map(|c| c.code.bytes().next())
                            .map(|b| Some(b.wrapping_sub(b'0'))),
                    )
                    .collect();
                f.broad = cycle(&values, &f.broad, step);
            }
            2 => f.ee = cycle(&EeFilter::ALL, &f.ee, step),
            3 => {
                let values: Vec<Option<String>> = std::iter::once(None)
                    .chain(self.conditions.iter().cloned().map(Some))
                    .collect();
                f.condition = cycle(&values, &f.condition, step);
            }
            4 => {
                let values: Vec<Option<u32>> =
                    std::iter::once(None).chain(WAGE_STEPS.map(Some)).collect();
                f.min_wage = cycle(&values, &f.min_wage, step);
            }
            5 => {
                let values: Vec<Option<String>> = std::iter::once(None)
                    .chain(AI_BANDS.iter().map(|b| Some(b.to_string())))
                    .collect();
                f.ai_band = cycle(&values, &f.ai_band, step);
            }
            _ => f.curated = !f.curated,
        }
        self.set_filter(f);
    }

    /// "TEER 2,3 · EE 2025 · sort: score": what narrows or orders the list.
    pub fn filter_summary(&self) -> Vec<String> {
        let (f, c) = (&self.filter, self.labels.counsel);
        let mut out = Vec::new();
        if f.teer.iter().any(|&t| t) {
            let on: Vec<String> = (0..6)
                .filter(|&t| f.teer[t])
                .map(|t| t.to_string())
                .collect();
            out.push(format!("{} {}", c.f_teer, on.join(",")));
        }
        if let Some(b) = f.broad {
            out.push(format!("{} {b}", c.f_broad));
        }
        if f.ee != EeFilter::Off {
            out.push(format!("EE {}", c.ee_values[f.ee as usize]));
        }
        if let Some(cond) = &f.condition {
            out.push(cond.clone());
        }
        if let Some(w) = f.min_wage {
            out.push(format!(
                "≥ {}{}",
                crate::locale::money(self.lang, w),
                c.per_hour
            ));
        }
        if let Some(a) = &f.ai_band {
            out.push(format!("{} {a}", c.f_ai));
        }
        if f.curated {
            out.push(c.f_curated.to_string());
        }
        if self.sort != crate::filter::SortKey::Code {
            out.push(format!("{}: {}", c.sort, c.sort_names[self.sort as usize]));
        }
        out
    }

    /// The units `e` exports: the shortlist, or the selected occupation when it is empty.
    fn export_units(&self) -> (Vec<&UnitGroup>, String) {
        let marked: Vec<&UnitGroup> = self
            .shortlist_units()
            .into_iter()
            .map(|i| &self.ds.units[i])
            .collect();
        if !marked.is_empty() {
            return (marked, "noc-shortlist.md".into());
        }
        match self.selected_unit() {
            Some(u) => (vec![u], format!("noc-{}.md", u.code)),
            None => (Vec::new(), String::new()),
        }
    }

    /// Write the Markdown handout; an existing file asks first (`force` after a yes).
    fn export(&mut self, force: bool) {
        let pending = self.pending_export.take();
        let (units, name) = self.export_units();
        if units.is_empty() {
            return;
        }
        let path: PathBuf = pending.unwrap_or_else(|| self.export_dir.join(name));
        let written = export::render(&self.ds, &units, ExportFormat::Markdown)
            .and_then(|text| export::write(&path, &text, force));
        let c = self.labels.counsel;
        match written {
            Ok(()) => {
                let shown = std::path::absolute(&path).unwrap_or(path);
                self.message = Some(format!("{} {}", c.exported, shown.display()))
            }
            Err(ExportError::Exists { .. }) => {
                self.message = Some(format!("{} {}", path.display(), c.overwrite));
                self.pending_export = Some(path);
                self.overlay = Some(Overlay::Confirm);
            }
            Err(e) => self.message = Some(e.to_string()),
        }
    }

    /// Put "CODE title" on the clipboard through the terminal (OSC 52).
    fn copy(&mut self) {
        let Some(unit) = self.selected_unit() else {
            return;
        };
        let text = format!("{} {}", unit.code, self.primary_title(unit));
        self.clipboard = Some(osc52(&text));
        self.message = Some(format!("{}: {text}", self.labels.counsel.copied));
    }

    fn toggle_tree(&mut self) {
        match self.tree.take() {
            Some(tree) => {
                // Leaving the tree keeps its occupation selected.
                if let Some(unit) = tree
                    .unit(&self.ds)
                    .and_then(|u| self.ds.unit_position(&u.code))
                {
                    self.show_unit(unit);
                }
            }
            None => {
                let code = self.selected_unit().map(|u| u.code.clone());
                self.tree = Some(TreePane::open(&self.ds, code.as_deref()));
                self.focus = Focus::List;
            }
        }
    }

    fn apply_tree(&mut self, action: Action) -> bool {
        let page = self.list_rows_area().height.max(1) as isize;
        let Some(tree) = self.tree.as_mut() else {
            return false;
        };
        let before = tree.cursor;
        match action {
            Action::Down => tree.move_by(1),
            Action::Up => tree.move_by(-1),
            Action::PageDown => tree.move_by(page),
            Action::PageUp => tree.move_by(-page),
            Action::Top => tree.move_by(isize::MIN / 2),
            Action::Bottom => tree.move_by(isize::MAX / 2),
            Action::Expand | Action::Open => tree.expand(&self.ds),
            Action::Collapse => tree.collapse(&self.ds),
            Action::Close => self.toggle_tree(),
            _ => return false,
        }
        if self.tree.as_ref().is_some_and(|t| t.cursor != before) {
            self.scroll = 0;
        }
        true
    }
}

/// The value after `now` in `values` (wrapping; `step` -1 goes back).
fn cycle<T: PartialEq + Clone>(values: &[T], now: &T, step: isize) -> T {
    let n = values.len() as isize;
    let i = values.iter().position(|v| v == now).unwrap_or(0) as isize;
    values[((i + step) % n + n) as usize % n as usize].clone()
}

/// The OSC 52 sequence that sets the system clipboard to `text`.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_4648_vectors() {
        let cases = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in cases {
            assert_eq!(base64(plain.as_bytes()), encoded, "{plain:?}");
        }
        assert_eq!(base64("é".as_bytes()), "w6k=");
    }

    #[test]
    fn osc52_wraps_the_base64_text() {
        assert_eq!(osc52("foo"), "\x1b]52;c;Zm9v\x07");
    }

    #[test]
    fn cycling_wraps_both_ways() {
        let v = [1, 2, 3];
        assert_eq!(cycle(&v, &3, 1), 1);
        assert_eq!(cycle(&v, &1, -1), 3);
        assert_eq!(cycle(&v, &9, 1), 2);
    }
}
