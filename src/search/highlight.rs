//! Which characters of a hit's matched text to highlight.

use super::{Hit, SearchIndex};
use nucleo_matcher::{Config, Matcher};

/// Finds the matched characters of hits being drawn. Keep one and reuse it: it holds the
/// matcher's scratch space.
pub struct Highlighter {
    matcher: Matcher,
}

impl Default for Highlighter {
    fn default() -> Self {
        Self::new()
    }
}

impl Highlighter {
    pub fn new() -> Self {
        Highlighter {
            matcher: Matcher::new(Config::DEFAULT),
        }
    }

    /// The matched characters of a hit, as sorted grapheme indices into `hit.matched`.
    pub fn highlight(&mut self, index: &SearchIndex, query: &str, hit: &Hit) -> Vec<u32> {
        let Some(entry) = hit.entry else {
            // Code hits: the query is a prefix of the code. Labels (aliases, NOC 2016 codes)
            // are not highlighted.
            let query = query.trim();
            return if hit.matched.starts_with(query) {
                (0..query.len() as u32).collect()
            } else {
                Vec::new()
            };
        };
        let query = super::searchable(&super::japanese::fold(query));
        let pattern = super::literal_pattern(&query);
        let mut indices = Vec::new();
        pattern.indices(index.haystack(entry), &mut self.matcher, &mut indices);
        // Past the mark `SearchIndex::shown` puts before one of our Japanese texts.
        if let Some((before, _)) = index.kind(entry).unofficial_note() {
            let offset = before.chars().count() as u32;
            indices.iter_mut().for_each(|i| *i += offset);
        }
        indices.sort_unstable();
        indices.dedup();
        indices
    }
}
