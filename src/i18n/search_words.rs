//! Labels of search in a newcomer's words: our reading of short forms ("lab tech"), and what
//! `search` says when a query holds nothing to search.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchWordLabels {
    /// "{forms}": the short forms read ("lab = laboratory · tech = technician / technologist"),
    /// shown above the results, marked as our reading.
    pub read_as: &'static str,
    /// The query held characters but no letter or digit.
    pub unsearchable: &'static str,
    /// "{word}": no text holds every word of the query, and the results shown are those
    /// without this word.
    pub without: &'static str,
    /// "{name}", "{means}": a hit found by our alias table ("PSW", "personal support worker").
    pub our_alias: &'static str,
    /// Our translations of what our aliases stand for, by the English words of
    /// `data/aliases.ron` ("personal support worker"); empty in English. An alias of a user's
    /// own data without one shows its English words.
    pub alias_means: std::collections::BTreeMap<&'static str, &'static str>,
}

impl SearchWordLabels {
    /// What a hit matched, as the interface says it: an alias of ours in the interface's
    /// words, anything else as found.
    pub fn matched<'a>(&self, hit: &'a crate::search::Hit) -> std::borrow::Cow<'a, str> {
        match (hit.kind, crate::search::alias_parts(&hit.matched)) {
            (crate::search::MatchKind::Alias, Some((name, means))) => {
                let means = self.alias_means.get(means).copied().unwrap_or(means);
                std::borrow::Cow::Owned(super::fill(
                    self.our_alias,
                    &[("name", name), ("means", means)],
                ))
            }
            _ => std::borrow::Cow::Borrowed(&hit.matched),
        }
    }
}
