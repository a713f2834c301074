//! The hierarchy tree shown in the left pane (`t`): which classes are open, the visible rows
//! and the cursor, and the actions that move in it.

use super::{App, Focus};
use crate::model::{Dataset, UnitGroup};
use crate::tree::{self, TreeRow, TreeState};
use crate::tui::action::Action;
use std::collections::HashMap;

#[derive(Debug, Clone)]
pub struct TreePane {
    pub state: TreeState,
    pub rows: Vec<TreeRow>,
    pub cursor: usize,
    counts: HashMap<String, usize>,
}

impl TreePane {
    /// A tree with `reveal`'s branch open and the cursor on it.
    pub fn open(ds: &Dataset, reveal: Option<&str>) -> TreePane {
        let mut pane = TreePane {
            state: TreeState::default(),
            rows: Vec::new(),
            cursor: 0,
            counts: tree::counts(ds),
        };
        if let Some(code) = reveal {
            pane.state.reveal(code);
        }
        pane.refresh(ds);
        if let Some(code) = reveal {
            pane.cursor = pane.rows.iter().position(|r| r.code == code).unwrap_or(0);
        }
        pane
    }

    fn refresh(&mut self, ds: &Dataset) {
        self.rows = self.state.rows(ds, &self.counts);
        self.cursor = self.cursor.min(self.rows.len().saturating_sub(1));
    }

    pub fn current(&self) -> Option<&TreeRow> {
        self.rows.get(self.cursor)
    }

    /// The unit group under the cursor, if it is one.
    pub fn unit<'a>(&self, ds: &'a Dataset) -> Option<&'a UnitGroup> {
        self.current()
            .filter(|r| r.is_unit())
            .and_then(|r| ds.unit(&r.code))
    }

    pub fn move_by(&mut self, delta: isize) {
        let last = self.rows.len().saturating_sub(1) as isize;
        self.cursor = (self.cursor as isize).saturating_add(delta).clamp(0, last) as usize;
    }

    /// Open the class under the cursor; on an open class, go to its first child.
    pub fn expand(&mut self, ds: &Dataset) {
        let Some(row) = self.current().cloned() else {
            return;
        };
        if row.is_unit() {
            return;
        }
        if row.expanded {
            self.move_by(1);
        } else {
            self.state.expand(&row.code);
            self.refresh(ds);
        }
    }

    /// Close the class under the cursor; on a closed class or a unit group, go to the parent.
    pub fn collapse(&mut self, ds: &Dataset) {
        let Some(row) = self.current().cloned() else {
            return;
        };
        if row.expanded {
            self.state.collapse(&row.code);
            self.refresh(ds);
        } else if row.depth > 0 {
            let parent = &row.code[..row.code.len() - 1];
            if let Some(i) = self.rows.iter().position(|r| r.code == parent) {
                self.cursor = i;
            }
        }
    }

    /// The first row to draw so the cursor stays in view, roughly centred.
    pub fn offset(&self, height: usize) -> usize {
        let max = self.rows.len().saturating_sub(height);
        self.cursor.saturating_sub(height / 2).min(max)
    }
}

impl App {
    pub(super) fn toggle_tree(&mut self) {
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

    pub(super) fn apply_tree(&mut self, action: Action) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_on_the_selected_occupation_and_walks_the_branch() {
        let ds = crate::data::load_embedded().expect("embedded data");
        let mut t = TreePane::open(&ds, Some("32129"));
        assert_eq!(t.current().map(|r| r.code.as_str()), Some("32129"));
        assert_eq!(t.unit(&ds).map(|u| u.code.as_str()), Some("32129"));
        t.collapse(&ds);
        assert_eq!(t.current().map(|r| r.code.as_str()), Some("3212"));
        t.collapse(&ds);
        assert_eq!(t.current().map(|r| r.code.as_str()), Some("3212"));
        assert!(t.unit(&ds).is_none());
        t.expand(&ds);
        t.expand(&ds);
        assert_eq!(t.current().map(|r| r.depth), Some(4));
    }
}
