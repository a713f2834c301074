//! The figures of every unit group, computed when first asked for. The first frame needs only
//! the selected occupation's (its Overview card); the filters, the sorts by a figure and
//! compare need them all, which a thread computes right after the first frame
//! (`tui::run`), so that the first frame does not wait ~10 ms for 516 occupations.

use crate::facts::{self, Facts};
use crate::model::Dataset;
use std::ops::Deref;
use std::sync::{Arc, OnceLock};

pub struct FactsTable {
    ds: Arc<Dataset>,
    /// Every unit group's figures, in `ds.units` order, once computed.
    all: OnceLock<Vec<Facts>>,
    /// Figures computed one at a time before `all` was ready.
    one: Vec<OnceLock<Facts>>,
    /// Future labour market conditions present in the data (the outlook filter's values).
    conditions: OnceLock<Vec<String>>,
}

impl FactsTable {
    pub fn new(ds: Arc<Dataset>) -> Self {
        let one = (0..ds.units.len()).map(|_| OnceLock::new()).collect();
        FactsTable {
            ds,
            all: OnceLock::new(),
            one,
            conditions: OnceLock::new(),
        }
    }

    /// The figures of the unit group at `i` in `ds.units`: only its own are computed while
    /// the whole table is not ready.
    pub fn get(&self, i: usize) -> Option<&Facts> {
        if let Some(all) = self.all.get() {
            return all.get(i);
        }
        let unit = self.ds.units.get(i)?;
        Some(self.one[i].get_or_init(|| facts::for_unit(&self.ds, unit)))
    }

    /// Whether every unit group's figures have been computed.
    pub fn is_complete(&self) -> bool {
        self.all.get().is_some()
    }

    /// Every unit group's figures (computed now if the thread has not done it yet).
    pub fn all(&self) -> &[Facts] {
        self.all.get_or_init(|| {
            let ds = &self.ds;
            ds.units
                .iter()
                .zip(&self.one)
                .map(|(u, one)| one.get().cloned().unwrap_or_else(|| facts::for_unit(ds, u)))
                .collect()
        })
    }

    /// The future conditions the outlook filter offers.
    pub fn conditions(&self) -> &[String] {
        self.conditions
            .get_or_init(|| crate::filter::conditions(self.all()))
    }
}

/// Where every figure is needed (filters, sorts, compare), the table reads as a slice.
impl Deref for FactsTable {
    type Target = [Facts];

    fn deref(&self) -> &[Facts] {
        self.all()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_occupation_is_computed_alone_and_equals_the_whole_table() {
        let ds = Arc::new(crate::data::load_embedded().expect("embedded"));
        let table = FactsTable::new(Arc::clone(&ds));
        let i = ds.unit_position("32129").expect("32129");
        let one = table.get(i).expect("facts").clone();
        assert!(
            table.all.get().is_none(),
            "only the one asked for is computed"
        );
        assert_eq!(table.one.iter().filter(|o| o.get().is_some()).count(), 1);
        assert_eq!(&table.all()[i], &one);
        assert_eq!(table.get(i), Some(&one));
        assert_eq!(table.all().len(), ds.units.len());
        assert!(!table.conditions().is_empty());
        assert_eq!(table.get(ds.units.len()), None);
    }

    #[test]
    fn the_first_frame_builds_neither_the_index_nor_every_figure() {
        let mut h = crate::tui::testing::Harness::embedded(crate::locale::Lang::En, 120, 40);
        let screen = format!("{:?}", h.render());
        assert!(screen.contains("00010"), "the list is drawn");
        assert!(!h.app.index.is_built(), "the index waits for the thread");
        assert!(
            !h.app.facts.is_complete(),
            "only the selected occupation's figures"
        );
        let computed = h.app.facts.one.iter().filter(|o| o.get().is_some()).count();
        assert!(
            computed <= 1,
            "{computed} occupations' figures for the first frame"
        );
        // The first search builds the index (the thread would have done it by then).
        h.press('/').type_str("ocularist");
        assert!(h.app.index.is_built());
        assert!(format!("{:?}", h.render()).contains("32129"));
    }
}
