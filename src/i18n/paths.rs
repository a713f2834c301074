//! Labels of "Where the skills carry": the closest occupations by our measure, what changes
//! there, and the NOC's own links.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathLabels {
    pub heading: &'static str,
    /// What the measure compares and what a move may still need (ours).
    pub framing: &'static str,
    /// Said where the section is shown: the closeness is ours, not an official link.
    pub ours: &'static str,
    /// "{order}", "{key}".
    pub order: &'static str,
    /// Closest, less AI, better outlook, higher pay, no higher TEER.
    pub sorts: [&'static str; 5],
    pub closeness: &'static str,
    /// Compare's row: each column's closeness to the first column's occupation.
    pub compare_row: &'static str,
    /// Its cell: the closeness marked as our measure.
    pub compare_cell: &'static str,
    /// TEER (French FÉER).
    pub teer: &'static str,
    /// Help: the key that changes the order.
    pub h_order: &'static str,
    /// Help: mark an occupation of the links list.
    pub h_mark_link: &'static str,
    pub same_teer: &'static str,
    pub pay: &'static str,
    pub ai: &'static str,
    pub licence: &'static str,
    pub carries: &'static str,
    pub to_build: &'static str,
    /// "{asked}", "{held}", "{max}".
    pub level: &'static str,
    pub no_gap: &'static str,
    pub not_in_data: &'static str,
    pub pay_missing: &'static str,
    pub none_for_order: &'static str,
    /// "{key}": how to follow one (the links key) and mark it.
    pub follow: &'static str,
    pub noc_heading: &'static str,
    pub up: &'static str,
    pub across: &'static str,
    pub noc_adds: &'static str,
    pub not_loaded: &'static str,
    pub source: &'static str,
    /// Descriptor names are OaSIS's English names.
    pub official_english: &'static str,
}
