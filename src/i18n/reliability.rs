//! Labels of what the app says when something is not there or not allowed: a data file that
//! did not load, a query with nothing to search, another explorer saving the shortlist, a
//! client name over its limit.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReliabilityLabels {
    /// The LMIA program's reason when ESDC's list is not loaded.
    pub reason_lmia_not_loaded: &'static str,
    /// "{n} LMIA": the LMIA part of the immigration points.
    pub input_lmia: &'static str,
    /// The LMIA part of the immigration points when the list is not loaded.
    pub input_lmia_not_loaded: &'static str,
    /// "{what}": a score input whose data file did not load.
    pub input_not_loaded: &'static str,
    /// A query with no letter or digit.
    pub query_unsearchable: &'static str,
    /// Another explorer holds the shortlist's lock: the save is retried.
    pub shortlist_busy: &'static str,
    /// "{n}", "{codes}": said on standard error after the terminal is restored, when quitting
    /// could not save the shortlist because another explorer kept its lock.
    pub shortlist_unsaved: &'static str,
    /// "{max}": a client name is at most this many characters.
    pub client_too_long: &'static str,
}
