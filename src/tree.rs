//! The hierarchy as an expandable tree: broad category -> major -> sub-major -> minor ->
//! unit group, with the number of unit groups under each class.

use crate::model::Dataset;
use std::collections::{BTreeSet, HashMap};

/// One visible row of the tree.
#[derive(Debug, Clone, PartialEq)]
pub struct TreeRow {
    pub code: String,
    pub title: String,
    /// 0 for a broad category, 4 for a unit group.
    pub depth: usize,
    /// Unit groups below (1 for a unit group itself).
    pub count: usize,
    pub expanded: bool,
}

impl TreeRow {
    pub fn is_unit(&self) -> bool {
        self.depth == 4
    }
}

/// Which classes are open. Rows are derived from the dataset on demand.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TreeState {
    expanded: BTreeSet<String>,
}

/// Unit group counts by class code, for every level.
pub fn counts(ds: &Dataset) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for unit in &ds.units {
        for len in 1..=4 {
            if let Some(prefix) = unit.code.get(..len) {
                *counts.entry(prefix.to_string()).or_insert(0) += 1;
            }
        }
    }
    counts
}

impl TreeState {
    pub fn is_expanded(&self, code: &str) -> bool {
        self.expanded.contains(code)
    }

    /// Open or close a class (unit groups have nothing to open).
    pub fn toggle(&mut self, code: &str) {
        if code.len() >= 5 {
            return;
        }
        if !self.expanded.remove(code) {
            self.expanded.insert(code.to_string());
        }
    }

    pub fn expand(&mut self, code: &str) {
        if code.len() < 5 {
            self.expanded.insert(code.to_string());
        }
    }

    /// Close a class and everything below it.
    pub fn collapse(&mut self, code: &str) {
        self.expanded.retain(|c| !c.starts_with(code));
    }

    pub fn collapse_all(&mut self) {
        self.expanded.clear();
    }

    /// Open every ancestor of a code so that it is visible.
    pub fn reveal(&mut self, code: &str) {
        for len in 1..code.len().min(5) {
            self.expanded.insert(code[..len].to_string());
        }
    }

    /// The visible rows, in hierarchy order.
    pub fn rows(&self, ds: &Dataset, counts: &HashMap<String, usize>) -> Vec<TreeRow> {
        let mut rows = Vec::new();
        let levels = [
            &ds.broad_categories,
            &ds.major_groups,
            &ds.sub_major_groups,
            &ds.minor_groups,
        ];
        self.push_children(ds, counts, &levels, "", 0, &mut rows);
        rows
    }

    fn push_children(
        &self,
        ds: &Dataset,
        counts: &HashMap<String, usize>,
        levels: &[&Vec<crate::model::Class>; 4],
        parent: &str,
        depth: usize,
        rows: &mut Vec<TreeRow>,
    ) {
        if depth == 4 {
            for unit in ds.units.iter().filter(|u| u.code.starts_with(parent)) {
                rows.push(TreeRow {
                    code: unit.code.clone(),
                    title: unit.title.clone(),
                    depth,
                    count: 1,
                    expanded: false,
                });
            }
            return;
        }
        for class in levels[depth].iter().filter(|c| c.code.starts_with(parent)) {
            let expanded = self.is_expanded(&class.code);
            rows.push(TreeRow {
                code: class.code.clone(),
                title: class.title.clone(),
                depth,
                count: counts.get(&class.code).copied().unwrap_or(0),
                expanded,
            });
            if expanded {
                self.push_children(ds, counts, levels, &class.code, depth + 1, rows);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ds() -> Dataset {
        crate::data::load_embedded().expect("embedded data")
    }

    #[test]
    fn closed_tree_shows_the_ten_broad_categories_with_counts() {
        let ds = ds();
        let counts = counts(&ds);
        let rows = TreeState::default().rows(&ds, &counts);
        assert_eq!(rows.len(), 10);
        assert_eq!(rows.iter().map(|r| r.count).sum::<usize>(), 516);
        assert!(rows.iter().all(|r| r.depth == 0 && !r.expanded));
    }

    #[test]
    fn revealing_a_unit_group_opens_its_branch_only() {
        let ds = ds();
        let counts = counts(&ds);
        let mut tree = TreeState::default();
        tree.reveal("32129");
        let rows = tree.rows(&ds, &counts);
        let unit = rows.iter().find(|r| r.code == "32129").expect("visible");
        assert!(unit.is_unit());
        let minor = rows
            .iter()
            .find(|r| r.code == "3212")
            .expect("minor visible");
        assert_eq!(minor.count, 6);
        // Other broad categories stay closed.
        assert!(
            rows.iter()
                .filter(|r| r.depth == 1)
                .all(|r| r.code.starts_with('3'))
        );
    }

    #[test]
    fn collapsing_closes_everything_below() {
        let ds = ds();
        let counts = counts(&ds);
        let mut tree = TreeState::default();
        tree.reveal("32129");
        tree.collapse("3");
        assert_eq!(tree.rows(&ds, &counts).len(), 10);
        tree.toggle("3");
        assert!(tree.rows(&ds, &counts).len() > 10);
        tree.toggle("3");
        assert_eq!(tree.rows(&ds, &counts).len(), 10);
    }
}
