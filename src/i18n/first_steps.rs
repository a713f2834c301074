//! Labels of what a newcomer meets in the first minutes: a new search that keeps the last one a
//! key away, presentation mode's ends, compare's hidden columns, the outlook explained, and
//! the short glosses of jargon.

use super::{Labels, fill, wording};
use crate::facts::OutlookFacts;
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
    /// "{recent}": under a shortage (surplus) projected with as many seekers as openings (or
    /// openings as seekers): what COPS already found in 2021-2023, and that our files do not
    /// hold COPS's method.
    pub outlook_why: &'static str,
    /// "{recent}": the same, short, for the card.
    pub outlook_recent: &'static str,
    /// "{n}", "{codes}": the export dialog's first line, the occupations it will write.
    pub export_writes: &'static str,
    /// Glosses, once a pane, in plain words: the Express Entry programs' abbreviations, LLM
    /// and beta (the AI exposure measure), and "lower confidence" of a category row.
    pub gloss_ee: &'static str,
    pub gloss_ai: &'static str,
    pub gloss_lower: &'static str,
}

/// When the projected condition seems to contradict the ten-year totals (a shortage with at
/// least as many seekers as openings, or a surplus with at least as many openings as seekers),
/// what our files say beside them: COPS's recent conditions. `short` is the card's form.
pub fn outlook_why(l: &Labels, o: &OutlookFacts, short: bool) -> Option<String> {
    let (open, seek) = (o.job_openings?, o.job_seekers?);
    let future = o.future_conditions.as_deref()?;
    let puzzling = (future.contains("Shortage") && seek >= open)
        || (future.contains("Surplus") && open >= seek);
    if !puzzling {
        return None;
    }
    let recent = wording::conditions(
        l,
        o.recent_conditions.as_ref(),
        o.recent_conditions_fr.as_ref(),
    )?;
    let template = if short {
        l.first_steps.outlook_recent
    } else {
        l.first_steps.outlook_why
    };
    Some(fill(template, &[("recent", &recent)]))
}
