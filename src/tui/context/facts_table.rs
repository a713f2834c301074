//! The figures of the unit groups, computed when first asked for. The panes and compare need
//! the full figures (`Facts`) of the occupations they show, computed one at a time; the
//! filters and the sorts by a figure need a few values of every occupation (`ListFigures`),
//! which a thread computes right after the first frame (`tui::run`), so that the first frame
//! does not wait ~10 ms for 516 occupations. Keeping every occupation's full figures held
//! ~12 MB while the explorer sat idle; keeping those of every occupation shown (~36 KB each)
//! grew 4.3 MB over 120 moves down the list, so state trims them to the last few asked for
//! ([`FactsTable::trim`]) between frames.

use crate::facts::{self, Facts};
use crate::filter::ListFigures;
use crate::model::Dataset;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, OnceLock};

/// How many occupations' full figures `trim` keeps: compare shows up to
/// [`COMPARE_MAX`](super::COMPARE_MAX) beside the selected one, with room for those just left.
pub const FACTS_KEPT: usize = 8;

pub struct FactsTable {
    ds: Arc<Dataset>,
    /// What the filters read of every unit group, in `ds.units` order, once computed.
    all: OnceLock<Vec<ListFigures>>,
    /// The full figures of the unit groups asked for, boxed: an empty slot of `Facts` itself
    /// is ~1.8 KB, 0.9 MB for 516 occupations never shown.
    one: Vec<OnceLock<Box<Facts>>>,
    /// When each slot was last asked for (a count of the asks), so that `trim` keeps the most
    /// recent.
    asked: Vec<AtomicU32>,
    asks: AtomicU32,
    /// Future labour market conditions present in the data (the outlook filter's values).
    conditions: OnceLock<Vec<String>>,
}

impl FactsTable {
    pub fn new(ds: Arc<Dataset>) -> Self {
        let one = (0..ds.units.len()).map(|_| OnceLock::new()).collect();
        let asked = (0..ds.units.len()).map(|_| AtomicU32::new(0)).collect();
        FactsTable {
            ds,
            all: OnceLock::new(),
            one,
            asked,
            asks: AtomicU32::new(0),
            conditions: OnceLock::new(),
        }
    }

    /// The figures of the unit group at `i` in `ds.units`, computed the first time (or the
    /// first time after `trim` dropped them).
    pub fn get(&self, i: usize) -> Option<&Facts> {
        let unit = self.ds.units.get(i)?;
        let ask = self.asks.fetch_add(1, Ordering::Relaxed).wrapping_add(1);
        self.asked[i].store(ask, Ordering::Relaxed);
        Some(self.one[i].get_or_init(|| Box::new(facts::for_unit(&self.ds, unit))))
    }

    /// Drop the full figures of all but the `keep` occupations last asked for (they are
    /// computed again if asked for again).
    pub fn trim(&mut self, keep: usize) {
        let mut held: Vec<(u32, usize)> = (self.one.iter().enumerate())
            .filter(|(_, one)| one.get().is_some())
            .map(|(i, _)| (self.asked[i].load(Ordering::Relaxed), i))
            .collect();
        if held.len() <= keep {
            return;
        }
        held.sort_unstable_by(|a, b| b.cmp(a));
        for &(_, i) in &held[keep..] {
            self.one[i].take();
        }
    }

    /// Whether what the filters read has been computed for every unit group.
    pub fn is_complete(&self) -> bool {
        self.all.get().is_some()
    }

    /// What the filters read of every unit group (computed now if the thread has not done
    /// it yet); the full figures of those not asked for are dropped once read.
    pub fn all(&self) -> &[ListFigures] {
        self.all.get_or_init(|| {
            let ds = &self.ds;
            (ds.units.iter().zip(&self.one))
                .map(|(u, one)| match one.get() {
                    Some(f) => ListFigures::of(f.as_ref()),
                    None => ListFigures::of(&facts::for_unit(ds, u)),
                })
                .collect()
        })
    }

    /// How many occupations' full figures are held (computed and not yet dropped).
    pub fn computed(&self) -> usize {
        self.one.iter().filter(|o| o.get().is_some()).count()
    }

    /// The future conditions the outlook filter offers.
    pub fn conditions(&self) -> &[String] {
        self.conditions
            .get_or_init(|| crate::filter::conditions(self.all()))
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
        assert_eq!(table.all()[i], ListFigures::of(&one));
        assert_eq!(table.get(i), Some(&one));
        assert_eq!(table.all().len(), ds.units.len());
        assert_eq!(
            table.one.iter().filter(|o| o.get().is_some()).count(),
            1,
            "the filters' figures keep no occupation's full figures"
        );
        assert!(!table.conditions().is_empty());
        assert_eq!(table.get(ds.units.len()), None);
    }

    #[test]
    fn trimming_keeps_the_figures_last_asked_for() {
        let ds = Arc::new(crate::data::load_embedded().expect("embedded"));
        let mut table = FactsTable::new(Arc::clone(&ds));
        for i in 0..20 {
            table.get(i);
        }
        // Asked again: among the most recent.
        let first = table.get(0).expect("facts").clone();
        table.trim(3);
        assert_eq!(table.computed(), 3);
        let kept: Vec<usize> = (0..20).filter(|&i| table.one[i].get().is_some()).collect();
        assert_eq!(kept, [0, 18, 19]);
        // A dropped one is computed again, the same.
        let again = table.get(5).expect("facts").clone();
        assert_eq!(again, facts::for_unit(&ds, &ds.units[5]));
        assert_eq!(table.get(0), Some(&first));
        table.trim(FACTS_KEPT);
        assert_eq!(table.computed(), 4);
    }

    /// A slot not asked for holds a pointer's worth, not a `Facts` (~1.8 KB each, 0.9 MB in
    /// all while the explorer sits idle).
    #[test]
    fn a_slot_not_asked_for_is_small() {
        let ds = Arc::new(crate::data::load_embedded().expect("embedded"));
        let table = FactsTable::new(ds);
        assert!(std::mem::size_of_val(&table.one[0]) <= 16);
    }
}
