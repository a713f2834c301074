//! Labels of what a newcomer meets in the first minutes: a new search that keeps the last one a
//! key away, presentation mode's ends, compare's hidden columns, the outlook explained, and
//! the short glosses of jargon.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FirstStepsLabels {
    /// "{query}": `/` from the list started a new search; the last one comes back with `u`.
    pub new_search: &'static str,
    /// "{n}": `n` on the last occupation of the shortlist in presentation mode, `N` on the first.
    pub present_end: &'static str,
    pub present_start: &'static str,
    /// "{n}": compare's legend when columns are out of view: the best is of all `n`.
    pub compare_best_hidden: &'static str,
}
