//! Search over codes, titles, example titles, French titles, NOC 2016 codes and our aliases.
//!
//! - `codes`: digits are codes (an exact NOC 2021 code, a NOC 2016 code's successors, a minor
//!   group, a code prefix).
//! - `index`: the texts of every occupation, folded, in arenas.
//! - `folding`: case and accent folding, and word tests (whole words, plurals, head words).
//! - `ranking`: the tier of a match and the order of occupations (equal matches by COPS 2023
//!   employment).
//! - `typo`: misspelt words corrected against the titles' vocabulary.
//! - `highlight`: the matched characters of a hit, for drawing.
//!
//! Anything that is not a code is first looked up in our alias table, then fuzzy-matched with
//! nucleo-matcher. A query that extends the previous one only rescans the previous matches.

mod codes;
mod folding;
mod highlight;
mod index;
pub mod japanese;
mod letters;
mod prepared;
mod ranking;
pub mod short_forms;
mod typo;

pub use folding::fold;
pub use highlight::Highlighter;
pub use index::{ExtraText, SearchIndex};
pub use prepared::alias_parts;

use crate::locale::Lang;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher};
use ranking::{Scan, TIER};
use serde::Serialize;

/// What part of an occupation a query matched.
///
/// A new kind of searchable text (a translated title, another source's job name) is a new
/// variant here, added to the index with `SearchIndex::with_extra_texts`; if we wrote it or
/// linked it ourselves, `note` says so and every place showing a match shows the note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    Code,
    CodePrefix,
    Noc2016,
    /// A four-digit query that is a NOC 2021 minor group.
    MinorGroup,
    Title,
    ExampleTitle,
    FrenchTitle,
    /// One of our aliases ("PSW"); `Hit::matched` says so.
    Alias,
    /// This project's Japanese title of the unit group (an unofficial translation).
    JapaneseTitle,
    /// A Japanese job name of job tag that this project linked to the unit group.
    JobtagName,
}

impl MatchKind {
    /// Ranking bonus: the official title outranks an example title of equal quality.
    fn bonus(self) -> u32 {
        match self {
            MatchKind::Title => 40,
            MatchKind::ExampleTitle => 20,
            MatchKind::FrenchTitle => 10,
            MatchKind::JapaneseTitle => 40,
            MatchKind::JobtagName => 20,
            _ => 0,
        }
    }

    /// What to show after a matched text of this kind that is not official ("unofficial
    /// translation"); `None` for official texts and for labels that already say it.
    pub fn note(self) -> Option<&'static str> {
        None
    }

    /// What a matched text is not, said before and after it: the Japanese texts are ours.
    /// The mark comes first so that it survives when a narrow list cuts the line; `matched`
    /// carries it, so `note` need not.
    pub fn unofficial_note(self) -> Option<(&'static str, &'static str)> {
        match self {
            MatchKind::JapaneseTitle => Some(("非公式訳: ", "")),
            MatchKind::JobtagName => Some(("非公式の対応: ", " (job tag)")),
            _ => None,
        }
    }
}

/// One ranked occupation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// Index into `Dataset::units`.
    #[serde(skip)]
    pub unit: usize,
    pub score: u32,
    pub kind: MatchKind,
    /// The text that matched (title, example title, French title or code), or a label saying
    /// what matched ("NOC 2016 7241 → continues as", "PSW (our alias for '...')").
    pub matched: String,
    #[serde(skip)]
    entry: Option<u32>,
}

/// The result of a query: the ranked hits and, if misspelt words were corrected, the
/// query that was searched instead.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    pub hits: Vec<Hit>,
    pub corrected: Option<String>,
    /// The query held characters but no letter or digit: nothing was searched.
    pub unsearchable: bool,
    /// The short forms of the query that were read as NOC words, as a user reads them
    /// ("lab = laboratory · tech = technician / technologist"): our reading, which every
    /// place showing the results says.
    pub read_as: Option<String>,
    /// No text holds every word of the query: the results are those of the query without
    /// this word, and every place showing them says so.
    pub without: Option<String>,
}

impl Results {
    /// Whether the results carry a line to show above them (a correction or our reading of
    /// short forms).
    pub fn has_note(&self) -> bool {
        self.corrected.is_some() || self.read_as.is_some() || self.without.is_some()
    }
}

/// The characters a matcher would read as syntax (negation, anchors, exact match, escape)
/// mean nothing in our search: at the edges of a word they are dropped, and a word without a
/// letter or digit is dropped whole. `'!nurse'` searches `nurse`; `'!'` searches nothing.
pub fn searchable(query: &str) -> String {
    query
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(|w| w.trim_matches(['!', '^', '$', '\'', '\\']))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A stateful searcher: keeps a matcher and the previous query's matches for narrowing.
pub struct Searcher {
    matcher: Matcher,
    /// A second matcher for a second thread, when the machine has more than one core.
    helper: Option<Matcher>,
    previous: Option<(String, Vec<u32>)>,
    /// The interface language: under French, words are matched as typed (French titles
    /// first) before any correction, and corrected only into French words.
    lang: Lang,
}

impl Default for Searcher {
    fn default() -> Self {
        Self::new()
    }
}

impl Searcher {
    pub fn new() -> Self {
        Self::for_language(Lang::En)
    }

    /// A searcher for a user of the interface in `lang`.
    pub fn for_language(lang: Lang) -> Self {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Searcher {
            matcher: Matcher::new(Config::DEFAULT),
            helper: (cores > 1).then(|| Matcher::new(Config::DEFAULT)),
            previous: None,
            lang,
        }
    }

    /// Rank occupations for a query: one hit per occupation, best first.
    pub fn search(&mut self, index: &SearchIndex, query: &str) -> Results {
        // Full-width letters, half-width katakana and hiragana are searched as what they fold to.
        let folded = japanese::needs_folding(query).then(|| japanese::fold(query));
        let raw = folded.as_deref().unwrap_or(query).trim();
        let cleaned = searchable(raw);
        let trimmed = cleaned.as_str();
        if trimmed.is_empty() {
            self.previous = None;
            return Results {
                unsearchable: !raw.is_empty(),
                ..Results::default()
            };
        }
        if codes::is_code_query(trimmed) {
            self.previous = None;
            return Results {
                hits: index.code_hits(trimmed),
                ..Results::default()
            };
        }
        // Our aliases are names as people type them: looked up before anything is corrected.
        if let Some(alias) = find_alias(index, trimmed) {
            let hits = self.fuzzy(index, trimmed);
            return Results {
                hits: alias_first(index, alias, hits),
                ..Results::default()
            };
        }
        // Japanese is not corrected: edit distance over kana and kanji is not a typo.
        let correctable = !japanese::has_japanese(trimmed);
        if self.lang == Lang::Fr && correctable {
            // French is matched as typed first: a French word is never "corrected" into
            // an English one, and only into a word of the French titles.
            let hits = self.fuzzy(index, trimmed);
            if hits.iter().any(|h| h.score >= TIER) {
                return Results {
                    hits,
                    ..Results::default()
                };
            }
            return match self.corrected(index, trimmed, index.french_vocabulary()) {
                Some(results) => results,
                None => self.all_words_or_fewer(index, trimmed, hits),
            };
        }
        // Our short forms are English ("lab" = "laboratory"): read under the other interfaces
        // only (above, French never gets here), or "technicien de lab" would become half English.
        if let Some(readings) = short_forms::readings(trimmed) {
            let hits = self.readings(index, &readings.queries);
            if !hits.is_empty() {
                return Results {
                    hits,
                    read_as: Some(short_forms::describe(&readings.read)),
                    ..Results::default()
                };
            }
        }
        // A misspelt word ("regstered") would only find scattered subsequences: correct it.
        if correctable && let Some(results) = self.corrected(index, trimmed, &index.vocabulary) {
            return results;
        }
        let hits = self.fuzzy(index, trimmed);
        self.all_words_or_fewer(index, trimmed, hits)
    }

    /// `hits` of the whole query, or when they are none, the best results with one word left
    /// out ("grocery store clerk": no title holds all three, "grocery clerk" is one). The word
    /// a phrase is about (the last in English, the first in French: "clerk", "préposée") is
    /// kept; of the others, the one whose absence finds the best-ranked occupation is left
    /// out, and of equals, the one leaving the fewest occupations (the more specific words).
    fn all_words_or_fewer(&mut self, index: &SearchIndex, query: &str, hits: Vec<Hit>) -> Results {
        let words: Vec<&str> = query.split_whitespace().collect();
        if !hits.is_empty() || !(2..=FEWER_WORDS_MAX).contains(&words.len()) {
            return Results {
                hits,
                ..Results::default()
            };
        }
        let head = if self.lang == Lang::Fr {
            0
        } else {
            words.len() - 1
        };
        let mut best: Option<(Vec<Hit>, &str)> = None;
        for (left_out, word) in words.iter().enumerate() {
            if left_out == head {
                continue;
            }
            let rest: Vec<&str> = (words.iter().enumerate())
                .filter(|&(i, _)| i != left_out)
                .map(|(_, w)| *w)
                .collect();
            self.previous = None;
            let found = self.fuzzy(index, &rest.join(" "));
            let better = match (&best, found.first()) {
                (_, None) => false,
                (None, Some(_)) => true,
                (Some((b, _)), Some(top)) => {
                    (top.score, std::cmp::Reverse(found.len()))
                        > (b[0].score, std::cmp::Reverse(b.len()))
                }
            };
            if better {
                best = Some((found, word));
            }
        }
        // The readings are not narrowings of the query: none is kept for the next key.
        self.previous = None;
        match best {
            Some((hits, word)) => Results {
                hits,
                without: Some(word.to_string()),
                ..Results::default()
            },
            None => Results::default(),
        }
    }

    /// The results of the query with its misspelt words corrected against `lexicon`, if a
    /// word was corrected and the corrected query finds something.
    fn corrected(
        &mut self,
        index: &SearchIndex,
        query: &str,
        lexicon: &typo::Lexicon,
    ) -> Option<Results> {
        let corrected = lexicon.correct(query)?;
        // `previous` holds the query last searched, corrected or not: narrowing from it is
        // sound whenever the corrected query extends it.
        let hits = self.fuzzy(index, &corrected);
        if hits.is_empty() {
            return None;
        }
        let hits = match find_alias(index, &corrected) {
            Some(alias) => alias_first(index, alias, hits),
            None => hits,
        };
        Some(Results {
            hits,
            corrected: Some(corrected),
            ..Results::default()
        })
    }

    /// The best hit of each occupation over several readings of one query, in the list's
    /// order. The readings are not narrowings of one another: none is kept for the next key.
    fn readings(&mut self, index: &SearchIndex, queries: &[String]) -> Vec<Hit> {
        let mut best: Vec<Option<Hit>> = vec![None; index.unit_count()];
        for query in queries {
            self.previous = None;
            for hit in self.fuzzy(index, query) {
                let slot = &mut best[hit.unit];
                if slot.as_ref().is_none_or(|b| hit.score > b.score) {
                    *slot = Some(hit);
                }
            }
        }
        self.previous = None;
        let mut hits: Vec<Hit> = best.into_iter().flatten().collect();
        if hits.iter().any(|h| h.score >= TIER) {
            hits.retain(|h| h.score >= TIER);
        }
        ranking::sort_hits(index, &mut hits);
        hits
    }

    fn fuzzy(&mut self, index: &SearchIndex, query: &str) -> Vec<Hit> {
        // Matched in the singular; `previous` keeps the query as matched, so narrowing
        // compares like with like.
        let singular = folding::singular_query(query, self.lang != Lang::Fr);
        let query = singular.as_ref();
        let pattern = literal_pattern(query);
        let folded = fold(query);
        let scan = Scan {
            index,
            pattern: &pattern,
            words: folded.split_whitespace().collect(),
            folded: &folded,
            plain: true,
            // With accents in the query the matcher no longer ignores them in the texts, and
            // the folded texts could not tell what matches.
            prune: query.is_ascii(),
        };
        let candidates = match self.previous.take() {
            // Narrow: a query that extends the previous one can only match a subset.
            Some((prev, matched)) if query.starts_with(prev.as_str()) => matched,
            _ => (0..index.len() as u32).collect(),
        };
        // A short query matches nearly every text: share that between two threads.
        let (matched, best) = match (&mut self.helper, candidates.len() >= PARALLEL_MIN) {
            (Some(helper), true) => {
                let (first, second) = candidates.split_at(candidates.len() / 2);
                let matcher = &mut self.matcher;
                let together = ranking::Together::new();
                let ((mut matched, mut best), (matched2, best2)) = std::thread::scope(|s| {
                    let other = s.spawn(|| scan.run(second, helper, Some(&together)));
                    let mine = scan.run(first, matcher, Some(&together));
                    (mine, other.join().expect("search thread does not panic"))
                });
                matched.extend(matched2);
                for (slot, other) in best.iter_mut().zip(best2) {
                    if let Some((score, entry)) = other
                        && scan.better(score, entry, *slot)
                    {
                        *slot = Some((score, entry));
                    }
                }
                (matched, best)
            }
            _ => scan.run(&candidates, &mut self.matcher, None),
        };
        self.previous = Some((query.to_string(), matched));
        ranked(index, best)
    }
}

/// Every word of `query` matched fuzzily as typed: no word is read as syntax.
fn literal_pattern(query: &str) -> Pattern {
    Pattern::new(
        query,
        CaseMatching::Ignore,
        Normalization::Smart,
        nucleo_matcher::pattern::AtomKind::Fuzzy,
    )
}

/// One hit per unit with a best text, in the list's order.
fn ranked(index: &SearchIndex, best: ranking::Best) -> Vec<Hit> {
    let mut hits: Vec<Hit> = best
        .into_iter()
        .enumerate()
        .filter_map(|(unit, slot)| {
            let (score, entry) = slot?;
            Some(Hit {
                unit,
                score,
                kind: index.kind(entry),
                matched: index.shown(entry),
                entry: Some(entry),
            })
        })
        .collect();
    // When some occupations hold every word as typed, letters scattered across unrelated
    // titles ("regstered nurse" in "Vendeurs/vendeuses ...") are noise: leave them out.
    // With no such occupation, the scattered matches are all there is and stay.
    if hits.iter().any(|h| h.score >= TIER) {
        hits.retain(|h| h.score >= TIER);
    }
    ranking::sort_hits(index, &mut hits);
    hits
}

/// The alias of our table that `query` names: the same words, give or take a plural and,
/// for the French names, the feminine ("technologiste médicale" is "technologiste médical").
fn find_alias<'a>(index: &'a SearchIndex, query: &str) -> Option<&'a index::ResolvedAlias> {
    let key = folding::alias_words(&fold(query));
    index.aliases.iter().find(|a| a.compared == key)
}

/// The occupations `alias` names first (more people working in them first), then the other
/// hits.
fn alias_first(index: &SearchIndex, alias: &index::ResolvedAlias, hits: Vec<Hit>) -> Vec<Hit> {
    let mut first: Vec<Hit> = alias
        .units
        .iter()
        .map(|&unit| Hit {
            unit: unit as usize,
            score: ranking::ALIAS * TIER,
            kind: MatchKind::Alias,
            matched: alias.label.clone(),
            entry: None,
        })
        .collect();
    ranking::sort_hits(index, &mut first);
    // After the alias, only texts holding the query as whole words: letters scattered
    // through a title ("MLT" in "meat loaf trimmer") made "MLT" list 430 of 516.
    first.extend(hits.into_iter().filter(|h| {
        !alias.units.contains(&(h.unit as u32)) && h.score >= ranking::WHOLE_WORDS * TIER
    }));
    first
}

/// Below this many candidate texts, one thread scores them faster than two can start.
const PARALLEL_MIN: usize = 4096;
/// Queries of up to this many words are retried with one word left out when they find
/// nothing (one scan per word).
const FEWER_WORDS_MAX: usize = 6;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_newcomer;
#[cfg(test)]
mod tests_reference;
