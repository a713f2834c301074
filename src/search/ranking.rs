//! Ranking: how well one text matches a query (its tier), which text of an occupation is its
//! best, and the order of occupations. Equally good matches are ordered by how many people
//! work in the occupation (COPS 2023 employment).

use super::SearchIndex;
use super::folding::{has_whole_word, is_head_word, same_text};
use nucleo_matcher::Matcher;
use nucleo_matcher::pattern::Pattern;

/// How a text matches, best last. A hit's score is `tier * TIER + kind bonus` (plus the
/// matcher's score for scattered letters), so the tier can be read back from it.
pub(super) const TIER: u32 = 1_000;
/// Letters of each query word scattered in order through the text (the matcher's score).
pub(super) const SCATTERED: u32 = 0;
/// Every query word inside the text, but some only inside a longer word, a compound or a
/// possessive ("doctor's office receptionist" for "doctor").
pub(super) const INSIDE: u32 = 1;
/// Every query word a word of the text.
pub(super) const WHOLE_WORDS: u32 = 2;
/// The text starts with the query, word for word.
pub(super) const STARTS: u32 = 3;
/// The text is about the query: its last word is a head word of the text ("teachers" in
/// "Elementary school and kindergarten teachers", "doctor" in "doctor of medicine").
pub(super) const ABOUT: u32 = 4;
/// The text is the query (or its plural or singular), give or take a parenthesis.
pub(super) const EXACT: u32 = 5;
/// The query is one of our aliases of a title of the occupation.
pub(super) const ALIAS: u32 = 6;

/// The tier of a text that holds every query word (`words`, folded) as a substring.
pub(super) fn tier(text: &str, query: &str, words: &[&str]) -> u32 {
    // Most texts of a short query hold it inside a longer word: tell those first, cheaply.
    if !words.iter().all(|w| has_whole_word(text, w)) {
        return INSIDE;
    }
    // A closing parenthesis adds nothing: "registered nurse (r.n.)" is "registered nurse".
    let main = match text.rsplit_once(" (") {
        Some((main, rest)) if rest.ends_with(')') && !rest.contains('(') => main,
        _ => text,
    };
    if same_text(query, text) || same_text(query, main) {
        return EXACT;
    }
    if words.last().is_some_and(|w| is_head_word(text, w)) {
        ABOUT
    } else if text.starts_with(query) {
        STARTS
    } else {
        WHOLE_WORDS
    }
}

/// Scoring of one query over some of the index's texts.
pub(super) struct Scan<'a> {
    pub index: &'a SearchIndex,
    pub pattern: &'a Pattern,
    pub folded: &'a str,
    pub words: Vec<&'a str>,
    /// Whether tiers apply: a plain query (no matcher operators such as `^` or `!`).
    pub plain: bool,
    /// Whether "every word is a subsequence of the folded text" is exactly "the matcher
    /// matches" (plain ASCII queries), so a text that cannot win need not be scored.
    pub prune: bool,
}

/// The best (score, entry) of each unit.
pub(super) type Best = Vec<Option<(u32, u32)>>;

impl Scan<'_> {
    /// Whether `entry` scoring `score` should replace the best text found so far for its unit.
    /// Ties go to the shorter text, then to the earlier one.
    pub fn better(&self, score: u32, entry: u32, best: Option<(u32, u32)>) -> bool {
        match best {
            None => true,
            Some((s, prev)) => {
                score > s
                    || (score == s
                        && (self.index.entries[entry as usize].text.len(), entry)
                            < (self.index.entries[prev as usize].text.len(), prev))
            }
        }
    }

    /// The candidates that match, in order, and the best (score, entry) of each unit.
    pub fn run(&self, candidates: &[u32], matcher: &mut Matcher) -> (Vec<u32>, Best) {
        let mut matched = Vec::new();
        let mut best: Best = vec![None; self.index.codes.len()];
        for &entry in candidates {
            let item = &self.index.entries[entry as usize];
            let bonus = item.kind.bonus();
            let folded = self.index.folded(entry);
            let slot = &mut best[item.unit as usize];
            if self.plain && self.words.iter().all(|w| folded.contains(w)) {
                matched.push(entry);
                let score = tier(folded, self.folded, &self.words) * TIER + bonus;
                if self.better(score, entry, *slot) {
                    *slot = Some((score, entry));
                }
                continue;
            }
            // Scattered letters cannot beat a text of the same unit holding the words.
            if self.prune && slot.is_some_and(|(s, _)| s >= TIER) {
                if self.words.iter().all(|w| is_subsequence(w, folded)) {
                    matched.push(entry);
                }
                continue;
            }
            let Some(score) = self.pattern.score(self.index.haystack(entry), matcher) else {
                continue;
            };
            matched.push(entry);
            let score = score.min(TIER - 1 - MAX_BONUS) + bonus;
            if self.better(score, entry, *slot) {
                *slot = Some((score, entry));
            }
        }
        (matched, best)
    }
}

/// The largest `MatchKind::bonus`.
const MAX_BONUS: u32 = 40;

/// Whether the characters of `needle` occur in `haystack` in order.
pub(super) fn is_subsequence(needle: &str, haystack: &str) -> bool {
    let mut rest = haystack.chars();
    needle.chars().all(|n| rest.any(|h| h == n))
}

/// Order occupations: by tier; scattered letters by the matcher's score; then the occupation
/// more people work in; then the score; then the code.
pub(super) fn sort_hits(index: &SearchIndex, hits: &mut [super::Hit]) {
    hits.sort_by_cached_key(|h| {
        let tier = h.score / TIER;
        let fine = if tier == SCATTERED { h.score } else { 0 };
        (
            std::cmp::Reverse(tier),
            std::cmp::Reverse(fine),
            std::cmp::Reverse(index.employment[h.unit]),
            std::cmp::Reverse(h.score),
            h.unit,
        )
    });
}
