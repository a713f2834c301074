//! The search against a reference written the plain way: every text scored on its own
//! (substring tests, whole words by `has_whole_word`, the matcher for the rest), with no
//! masks, no substring searchers, no pruning, no narrowing and one thread. Whatever the fast
//! path skips, it must find the same hits in the same order.

use super::folding::{fold, has_whole_word, is_french_head_word, is_head_word, same_text};
use super::ranking::{self, MAX_BONUS, TIER};
use super::*;
use nucleo_matcher::{Config, Matcher};
use std::sync::OnceLock;

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let ds = crate::data::load_embedded().expect("embedded data loads");
        SearchIndex::new(&ds)
    })
}

/// The tier of a text holding every word, as first written (see `ranking`'s constants). A
/// French title is about its first words, an English text about its last.
fn tier(text: &str, query: &str, words: &[&str], french: bool) -> u32 {
    if !words.iter().all(|w| has_whole_word(text, w)) {
        return ranking::INSIDE;
    }
    let main = match text.rsplit_once(" (") {
        Some((main, rest)) if rest.ends_with(')') && !rest.contains('(') => main,
        _ => text,
    };
    if same_text(query, text) || same_text(query, main) {
        ranking::EXACT
    } else if (french && words.first().is_some_and(|w| is_french_head_word(text, w)))
        || (!french && words.last().is_some_and(|w| is_head_word(text, w)))
    {
        ranking::ABOUT
    } else if text.starts_with(query) {
        ranking::STARTS
    } else {
        ranking::WHOLE_WORDS
    }
}

/// Every text scored, the best of each unit kept (ties: the shorter text, then the earlier),
/// then scattered letters left out when some text holds the words and the list's order.
fn reference(index: &SearchIndex, query: &str) -> Vec<Hit> {
    // Matched in the singular, as the search reads a query.
    let singular = super::folding::singular_query(query, true);
    let query = singular.as_ref();
    let folded = fold(query);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let pattern = super::literal_pattern(query);
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut best: Vec<Option<(u32, u32)>> = vec![None; index.unit_count()];
    for entry in 0..index.len() as u32 {
        let item = index.entry(entry);
        let text = index.folded(entry);
        let score = if words.iter().all(|w| text.contains(w)) {
            let french = item.kind == MatchKind::FrenchTitle;
            Some(tier(text, &folded, &words, french) * TIER + item.kind.bonus())
        } else {
            (pattern.score(index.haystack(entry), &mut matcher))
                .map(|s| s.min(TIER - 1 - MAX_BONUS) + item.kind.bonus())
        };
        let Some(score) = score else { continue };
        let key = |(s, e): (u32, u32)| {
            let len = index.entry(e).text.len();
            (std::cmp::Reverse(s), len, e)
        };
        let slot = &mut best[item.unit as usize];
        if slot.is_none_or(|b| key((score, entry)) < key(b)) {
            *slot = Some((score, entry));
        }
    }
    // Turned into hits as the search does (`ranked`): this checks the scan.
    ranked(index, best)
}

#[test]
fn the_fast_search_finds_what_scoring_every_text_finds() {
    let index = index();
    let queries = [
        "registered nurse",
        "registered\tnurse",
        "Nurse Practitioner",
        "e",
        "z",
        "re",
        "electrician",
        "electrecian",
        "regstered nurse",
        "software developer",
        "sftwr",
        "x-ray",
        "teacher's aide",
        "l'infirmière",
        "infirmiere",
        "ingénieur civil",
        "soudeur",
        "c++",
        "看護師",
        "ﾄﾗｯｸ",
        "ear",
        "data scientist",
        "line cooks",
        "nannies",
    ];
    for query in queries {
        // Every prefix, typed into one searcher (narrowing) and each searched afresh.
        let mut typing = Searcher::new();
        let ends = query.char_indices().map(|(i, c)| i + c.len_utf8());
        for end in ends {
            let q = &query[..end];
            if q.trim().is_empty() {
                continue;
            }
            let expected = reference(index, q);
            assert_eq!(Searcher::new().fuzzy(index, q), expected, "{q:?} afresh");
            assert_eq!(typing.fuzzy(index, q), expected, "{q:?} typed");
        }
    }
}
