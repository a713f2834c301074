//! Ranking: how well one text matches a query (its tier), which text of an occupation is its
//! best, and the order of occupations. Equally good matches are ordered by how many people
//! work in the occupation (COPS 2023 employment).

use super::SearchIndex;
use super::folding::{has_whole_word_at, is_french_head_word, is_head_word, same_text};
use super::letters;
use memchr::memmem::Finder;
use nucleo_matcher::Matcher;
use nucleo_matcher::pattern::Pattern;
use std::sync::Barrier;
use std::sync::atomic::{AtomicBool, Ordering};

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

/// The tier of a text that holds every query word (`words`, folded) as a substring;
/// `finders` search for each word. `starts` says whether every word's first byte may begin
/// a word of the text (`letters::word_starts`). `french`: the text is a French title, whose
/// head words come first.
fn tier_with(
    text: &str,
    query: &str,
    words: &[&str],
    finders: &[Finder<'_>],
    starts: bool,
    french: bool,
) -> u32 {
    // Most texts of a short query hold it inside a longer word: tell those first, cheaply.
    let whole = starts
        && words
            .iter()
            .zip(finders)
            .all(|(w, f)| has_whole_word_at(text, w, f.find_iter(text.as_bytes())));
    if !whole {
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
    let about = if french {
        words.first().is_some_and(|w| is_french_head_word(text, w))
    } else {
        words.last().is_some_and(|w| is_head_word(text, w))
    };
    if about {
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

/// What two threads scanning halves of the candidates share: whether either found a text
/// holding every word, known to both once both have looked (the barrier).
pub(super) struct Together {
    pub held: AtomicBool,
    pub first_pass: Barrier,
}

impl Together {
    pub fn new() -> Self {
        Together {
            held: AtomicBool::new(false),
            first_pass: Barrier::new(2),
        }
    }
}

/// One thread's arrival at the end of the first pass: `wait` says whether either thread found
/// a text holding the words. Dropped without waiting (a panic), it waits, so that the other
/// thread never blocks for good and the panic reaches `join`.
struct Arrival<'a> {
    together: Option<&'a Together>,
    waited: bool,
}

impl Arrival<'_> {
    fn wait(&mut self, held: bool) -> bool {
        let Some(together) = self.together else {
            return held;
        };
        together.held.fetch_or(held, Ordering::Relaxed);
        self.waited = true;
        together.first_pass.wait();
        together.held.load(Ordering::Relaxed)
    }
}

impl Drop for Arrival<'_> {
    fn drop(&mut self) {
        if let Some(together) = self.together.filter(|_| !self.waited) {
            together.first_pass.wait();
        }
    }
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
                        && (self.index.entry(entry).text.len(), entry)
                            < (self.index.entry(prev).text.len(), prev))
            }
        }
    }

    /// The candidates that match, in order, and the best (score, entry) of each unit. When
    /// pruning, a unit whose letters are only scattered has no best if some other text of the
    /// candidates holds every word (such units are not shown then).
    ///
    /// Two passes: first the texts holding every word (a substring search per word, its
    /// searcher built once per query), then the others, whose letters may be scattered. Done
    /// in that order, every unit that holds the words is known before the scattered texts
    /// are looked at, and none of those need the matcher.
    ///
    /// `together`: when another thread scans the other candidates at the same time, what the
    /// two share, so that both know whether either found a text holding the words.
    pub fn run(
        &self,
        candidates: &[u32],
        matcher: &mut Matcher,
        together: Option<&Together>,
    ) -> (Vec<u32>, Best) {
        // Should this thread panic before the barrier, the other still gets past it.
        let mut arrival = Arrival {
            together,
            waited: false,
        };
        let finders: Vec<Finder<'_>> = self.words.iter().map(Finder::new).collect();
        // Every byte of the words: a text lacking one holds neither a word nor, when pruning,
        // its letters in order. Words of one letter are held exactly when their bit is.
        let needs = (self.words.iter()).fold(0, |m, w| m | letters::mask(w.as_bytes()));
        let firsts = letters::first_bytes(self.words.iter().copied());
        let exact = self.words.iter().all(|w| letters::is_exact(w));
        let mut matched = Vec::with_capacity(candidates.len());
        let mut best: Best = vec![None; self.index.codes.len()];
        let mut scattered = Vec::new();
        for &entry in candidates {
            let masks = self.index.masks(entry);
            let has_bytes = masks.bytes & needs == needs;
            if !has_bytes && self.prune {
                continue;
            }
            let folded = self.index.folded(entry);
            let holds = self.plain
                && has_bytes
                && (exact || finders.iter().all(|f| f.find(folded.as_bytes()).is_some()));
            if !holds {
                scattered.push(entry);
                continue;
            }
            matched.push(entry);
            let item = self.index.entry(entry);
            let starts = masks.word_starts & firsts == firsts;
            let french = item.kind == super::MatchKind::FrenchTitle;
            let score = tier_with(folded, self.folded, &self.words, &finders, starts, french)
                * TIER
                + item.kind.bonus();
            let slot = &mut best[item.unit as usize];
            if self.better(score, entry, *slot) {
                *slot = Some((score, entry));
            }
        }
        // When some text holds every word, scattered letters are left out of the hits
        // (`Searcher::fuzzy`): they need no score, only to be kept for a longer query.
        let held = arrival.wait(!matched.is_empty());
        let unscored = self.prune && held;
        let mut found = Vec::new();
        for entry in scattered {
            let item = self.index.entry(entry);
            let slot = &mut best[item.unit as usize];
            if self.prune {
                // For a plain ASCII query the matcher matches exactly when every word is a
                // subsequence of the folded text: most texts are told apart without it.
                let folded = self.index.folded(entry);
                if !self.words.iter().all(|w| is_subsequence(w, folded)) {
                    continue;
                }
                // Scattered letters cannot beat a text of the same unit holding the words.
                if unscored || slot.is_some_and(|(s, _)| s >= TIER) {
                    found.push(entry);
                    continue;
                }
            }
            let Some(score) = self.pattern.score(self.index.haystack(entry), matcher) else {
                continue;
            };
            found.push(entry);
            let score = score.min(TIER - 1 - MAX_BONUS) + item.kind.bonus();
            if self.better(score, entry, *slot) {
                *slot = Some((score, entry));
            }
        }
        (merge_sorted(matched, found, candidates), best)
    }
}

/// The two lists of matched candidates as one, in the candidates' order (each list already
/// is): the next, narrower query scans them in the same order as a full scan would.
fn merge_sorted(first: Vec<u32>, second: Vec<u32>, candidates: &[u32]) -> Vec<u32> {
    if second.is_empty() {
        return first;
    }
    if first.is_empty() {
        return second;
    }
    // Candidates come in increasing order (all texts, or an earlier query's matches).
    debug_assert!(candidates.is_sorted());
    let mut out = Vec::with_capacity(first.len() + second.len());
    let (mut a, mut b) = (first.into_iter().peekable(), second.into_iter().peekable());
    loop {
        match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => {
                let next = if x < y { a.next() } else { b.next() };
                out.extend(next);
            }
            (Some(_), None) => {
                out.extend(a);
                break;
            }
            (None, _) => {
                out.extend(b);
                break;
            }
        }
    }
    out
}

/// The largest `MatchKind::bonus`.
pub(super) const MAX_BONUS: u32 = 40;

/// Whether the characters of `needle` occur in `haystack` in order.
pub(super) fn is_subsequence(needle: &str, haystack: &str) -> bool {
    if needle.is_ascii() {
        // An ASCII byte never occurs inside another character's UTF-8 bytes.
        let mut rest = haystack.as_bytes();
        return needle.bytes().all(|n| match memchr::memchr(n, rest) {
            Some(at) => {
                rest = &rest[at + 1..];
                true
            }
            None => false,
        });
    }
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
