//! The actions of the overlays (shortlist, compare, filters, the overwrite question) and of
//! the tree and presentation mode. Called from `App::apply`, still the only way state changes.

use super::FILTER_ROWS;
use super::{App, Focus, Overlay};
use crate::filter::Filter;
use crate::tui::action::Action;
use crate::tui::keymap::Context;

impl App {
    /// Which keys apply now: the screen in front.
    pub fn key_context(&self) -> Context {
        match (self.overlay, self.focus) {
            (Some(Overlay::Help | Overlay::Sources), _) => Context::Help,
            (Some(Overlay::Shortlist), _) => Context::Shortlist,
            (Some(Overlay::Compare), _) => Context::Compare,
            (Some(Overlay::Filters), _) => Context::Filters,
            (Some(Overlay::Confirm), _) => Context::Confirm,
            (Some(Overlay::Export), _) => Context::Export,
            (Some(Overlay::Links), _) => Context::Links,
            (Some(Overlay::Examples), _) => Context::Examples,
            (None, _) if self.present => Context::Present,
            (None, Focus::Search) => Context::Search,
            (None, Focus::List) if self.tree.is_some() => Context::Tree,
            (None, Focus::List) => Context::List,
        }
    }

    /// Handle an action of an overlay or the tree; false when it is one of the list's own.
    pub(super) fn apply_overlay(&mut self, action: Action) -> bool {
        use Action as A;
        if self.overlay == Some(Overlay::Export) {
            return self.apply_export_dialog(action);
        }
        if self.overlay == Some(Overlay::Examples) {
            return self.apply_examples(action);
        }
        match (self.overlay, action) {
            (Some(Overlay::Shortlist), A::Down) => self.move_cursor(1, self.shortlist.len()),
            (Some(Overlay::Shortlist), A::Up) => self.move_cursor(-1, self.shortlist.len()),
            (Some(Overlay::Shortlist), A::Open) => {
                if let Some(&unit) = self.shortlist_units().get(self.cursor) {
                    self.overlay = None;
                    self.jump_to(unit);
                }
            }
            (Some(Overlay::Shortlist), A::ToggleMark) => {
                if let Some(code) = self.shortlist.codes().get(self.cursor).cloned() {
                    self.toggle_mark(&code);
                    self.cursor = self.cursor.min(self.shortlist.len().saturating_sub(1));
                }
            }
            (Some(Overlay::Compare), A::Down) => self.compare_down(),
            (Some(Overlay::Compare), A::CompareRight) => self.compare_shift(1),
            (Some(Overlay::Compare), A::CompareLeft) => self.compare_shift(-1),
            (Some(Overlay::Compare), A::ToggleDifferences) => {
                self.compare.differences_only = !self.compare.differences_only;
                self.overlay_scroll = 0;
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
            (Some(Overlay::Filters), A::FilterReset) => {
                self.remember_search(true);
                self.set_filter(Filter::default())
            }
            (Some(Overlay::Confirm), A::ConfirmYes) => {
                self.overlay = None;
                self.export(true);
            }
            (Some(Overlay::Confirm), A::ConfirmNo) => {
                self.overlay = None;
                self.export_dialog = None;
                self.message = Some(self.labels.tools.export_cancelled.into());
            }
            (
                Some(Overlay::Help),
                A::ScrollDown | A::ScrollUp | A::HalfPageDown | A::HalfPageUp,
            ) => self.scroll_help(action),
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
            (None, A::FoldWeakLinks) => {
                self.fold_weak = !self.fold_weak;
                self.tab = crate::tui::action::Tab::AiImpact;
            }
            (None, A::TogglePathSentences) => {
                self.path_sentences = !self.path_sentences;
                self.tab = crate::tui::action::Tab::Education;
            }
            (None, A::CyclePathSort) => {
                self.paths_sort = self.paths_sort.next();
                self.tab = crate::tui::action::Tab::Outlook;
            }
            (_, A::Export) => self.open_export_dialog(),
            (None, A::ShowExamples) => self.open_examples(),
            (_, A::Copy) => self.copy(),
            (_, A::TogglePresent) => self.toggle_present(),
            (_, A::Close) if self.present => self.present = false,
            (_, A::NextInShortlist) if self.present => self.step_shortlist(1),
            (_, A::PrevInShortlist) if self.present => self.step_shortlist(-1),
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

    pub(super) fn move_cursor(&mut self, delta: isize, len: usize) {
        let last = len.saturating_sub(1) as isize;
        self.cursor = (self.cursor as isize + delta).clamp(0, last.max(0)) as usize;
    }

    /// Show an occupation in the list, clearing the search and filters if they hide it.
    pub(super) fn show_unit(&mut self, unit: usize) {
        if !self.select_unit(unit) {
            // Both are kept for `u`, the status bar says so.
            self.remember_search(true);
            self.remember_search(false);
            self.filter = Filter::default();
            self.clear_search();
            self.select_unit(unit);
        }
        self.focus = Focus::List;
        self.scroll = 0;
    }

    /// j/k and Ctrl-d/Ctrl-u over the help: the help scrolls, never the pane behind it, and
    /// stops at its end (so k moves back at once after many j).
    fn scroll_help(&mut self, action: Action) {
        let half = (self.size.height.saturating_sub(4) / 2).max(1) as i32;
        let delta = match action {
            Action::ScrollDown => 1,
            Action::ScrollUp => -1,
            Action::HalfPageDown => half,
            _ => -half,
        };
        let max = (self.measure.help_max_scroll)(&self.context(), self.size);
        let max = max.min(u16::MAX as usize) as i32;
        self.overlay_scroll = (self.overlay_scroll as i32 + delta).clamp(0, max) as u16;
    }
}
