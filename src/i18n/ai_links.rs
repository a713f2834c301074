//! Labels of the AI pane's links to US occupations: closest first by our measure, the tasks
//! each gives, and the weak links folded away.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AiLinkLabels {
    /// Heading of the linked US occupations, closest first (our measure).
    pub heading: &'static str,
    /// "{tasks}", "{closeness}": one link's line.
    pub line: &'static str,
    /// Beside a link under the weak threshold.
    pub weak: &'static str,
    /// "{key}", "{n}": the weak links' tasks are shown; the key folds them.
    pub fold_hint: &'static str,
    /// "{key}", "{n}": the weak links' tasks are folded; the key shows them.
    pub unfold_hint: &'static str,
    /// "{n}": under a group, its tasks from weak links that are folded.
    pub folded: &'static str,
    /// Help line of the key.
    pub h_fold: &'static str,
}
