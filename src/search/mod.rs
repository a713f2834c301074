//! Search over codes, titles, example titles, French titles and NOC 2016 codes.
//!
//! Digits are codes: an exact NOC 2021 code first, then codes that start with the query, then
//! NOC 2016 codes (the class a 2016 code "continues as" first). Anything else is fuzzy-matched
//! with nucleo-matcher (Unicode case and accent folding, grapheme indices for highlighting);
//! when nothing matches, misspelt words are corrected against the titles' vocabulary.
//! A query that extends the previous one only rescans the previous matches.

pub mod japanese;
mod typo;

use crate::model::Dataset;
use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use serde::Serialize;

/// What part of an occupation a query matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    Code,
    CodePrefix,
    Noc2016,
    Title,
    ExampleTitle,
    FrenchTitle,
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

    /// What a matched text is not, said before and after it: the Japanese texts are ours.
    /// The mark comes first so that it survives when a narrow list cuts the line.
    pub fn unofficial_note(self) -> Option<(&'static str, &'static str)> {
        match self {
            MatchKind::JapaneseTitle => Some(("非公式訳: ", "")),
            MatchKind::JobtagName => Some(("非公式の対応: ", " (job tag)")),
            _ => None,
        }
    }
}

/// A range of an index's text arena.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: u32,
    end: u32,
}

impl Span {
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    fn len(self) -> usize {
        (self.end - self.start) as usize
    }
}

/// One searchable text. Its strings live in the index's arenas: building ~29,000 texts as
/// three small allocations each was a large part of a short-lived process's time.
#[derive(Debug, Clone)]
struct Entry {
    unit: u32,
    kind: MatchKind,
    /// In `SearchIndex::texts`.
    text: Span,
    /// In the lexicon's folded texts.
    folded: Span,
    /// The matcher's characters of a non-ASCII text, in `SearchIndex::chars`; an ASCII text is
    /// matched as its bytes.
    chars: Option<Span>,
}

/// The search index over a dataset. Build once; share it between searchers.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    /// Every text, one after another.
    texts: String,
    /// The first character of each grapheme of the non-ASCII texts (what the matcher sees).
    chars: Vec<char>,
    codes: Vec<String>,
    /// NOC 2016 code -> (unit index, whether the 2016 class continues as this unit).
    noc2016: Vec<(String, u32, bool)>,
    vocabulary: typo::Lexicon,
}

/// One ranked occupation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// Index into `Dataset::units`.
    #[serde(skip)]
    pub unit: usize,
    pub score: u32,
    pub kind: MatchKind,
    /// The text that matched (title, example title, French title or code).
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
}

/// Lower-case and strip accents, grapheme by grapheme (as the matcher sees text).
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(text, &mut folded);
    folded
}

/// `fold`, appending to `out`.
fn fold_into(text: &str, out: &mut String) {
    // Most titles are ASCII, where this is all folding does; segmenting graphemes and looking
    // each character up in the folding tables was most of the cost of building the index.
    if text.is_ascii() && !text.contains('\r') {
        out.extend(text.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.push_str(&fold_graphemes(text));
    }
}

/// `fold` the general way: the first character of each grapheme, case-folded and unaccented.
fn fold_graphemes(text: &str) -> String {
    nucleo_matcher::chars::graphemes(text)
        .map(|c| nucleo_matcher::chars::normalize(nucleo_matcher::chars::to_lower_case(c)))
        .map(japanese::fold_char)
        .collect()
}

fn is_code_query(query: &str) -> bool {
    !query.is_empty() && query.len() <= 5 && query.bytes().all(|b| b.is_ascii_digit())
}

impl SearchIndex {
    pub fn new(ds: &Dataset) -> Self {
        let mut entries = Vec::with_capacity(ds.example_title_count() + 2 * ds.units.len());
        let mut texts = String::new();
        let mut folded = String::new();
        let mut chars = Vec::new();
        for (i, unit) in ds.units.iter().enumerate() {
            let unit_ix = i as u32;
            let mut push = |kind, text: &str| {
                let span = |start: usize, end: usize| Span {
                    start: start as u32,
                    end: end as u32,
                };
                let start = texts.len();
                texts.push_str(text);
                let text_span = span(start, texts.len());
                let start = folded.len();
                fold_into(text, &mut folded);
                let folded_span = span(start, folded.len());
                // One text a line: the lexicon searches them as one string.
                folded.push('\n');
                let chars_span = (!text.is_ascii()).then(|| {
                    let start = chars.len();
                    chars.extend(nucleo_matcher::chars::graphemes(text).map(japanese::fold_char));
                    span(start, chars.len())
                });
                entries.push(Entry {
                    unit: unit_ix,
                    kind,
                    text: text_span,
                    folded: folded_span,
                    chars: chars_span,
                })
            };
            push(MatchKind::Title, &unit.title);
            if !unit.title_fr.is_empty() {
                push(MatchKind::FrenchTitle, &unit.title_fr);
            }
            for title in &unit.example_titles {
                // An example title equal to the official one adds nothing to search.
                if !title.eq_ignore_ascii_case(&unit.title) {
                    push(MatchKind::ExampleTitle, title);
                }
            }
            if let Some(title) = ds.japanese_title(&unit.code) {
                push(MatchKind::JapaneseTitle, title);
            }
            for occupation in ds.jobtag_occupations(&unit.code) {
                for name in crate::model::japanese::jobtag_names(occupation) {
                    push(MatchKind::JobtagName, name);
                }
            }
        }
        let vocabulary = typo::Lexicon::new(folded);
        let mut noc2016 = Vec::new();
        for class in &ds.noc2016 {
            for target in &class.noc2021 {
                if let Some(pos) = ds.unit_position(target) {
                    let continues = class.continues_as.as_deref() == Some(target.as_str());
                    noc2016.push((class.code.clone(), pos as u32, continues));
                }
            }
        }
        SearchIndex {
            entries,
            texts,
            chars,
            codes: ds.units.iter().map(|u| u.code.clone()).collect(),
            noc2016,
            vocabulary,
        }
    }

    /// The searchable texts with the index of the unit group (in `Dataset::units`) each
    /// belongs to: titles, French titles and example titles. Benchmarks and the title export
    /// use them to run other matchers over the same texts.
    pub fn texts(&self) -> impl Iterator<Item = (usize, &str)> + '_ {
        self.entries
            .iter()
            .map(|e| (e.unit as usize, &self.texts[e.text.range()]))
    }

    fn text(&self, entry: u32) -> &str {
        &self.texts[self.entries[entry as usize].text.range()]
    }

    /// A matched text as shown: marked when it is one of our Japanese texts.
    fn shown(&self, entry: u32) -> String {
        let text = self.text(entry);
        match self.entries[entry as usize].kind.unofficial_note() {
            Some((before, after)) => format!("{before}{text}{after}"),
            None => text.to_string(),
        }
    }

    fn folded(&self, entry: u32) -> &str {
        &self.vocabulary.folded_texts()[self.entries[entry as usize].folded.range()]
    }

    /// A text as the matcher sees it.
    fn haystack(&self, entry: u32) -> Utf32Str<'_> {
        match self.entries[entry as usize].chars {
            Some(span) => Utf32Str::Unicode(&self.chars[span.range()]),
            None => Utf32Str::Ascii(self.text(entry).as_bytes()),
        }
    }

    /// Build now what correcting a misspelt word needs (the vocabulary, ~5 ms), instead of on
    /// the first misspelt word. An interactive caller can do this on another thread after
    /// drawing its first frame; a one-shot search need not.
    pub fn prepare_corrections(&self) {
        self.vocabulary.prepare();
    }

    /// Number of searchable texts (titles, example titles, French titles).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    fn code_hits(&self, query: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut seen = vec![false; self.codes.len()];
        let mut add = |unit: usize, score: u32, kind, matched: String, hits: &mut Vec<Hit>| {
            if !seen[unit] {
                seen[unit] = true;
                hits.push(Hit {
                    unit,
                    score,
                    kind,
                    matched,
                    entry: None,
                });
            }
        };
        for (unit, code) in self.codes.iter().enumerate() {
            if code == query {
                add(unit, 10_000, MatchKind::Code, code.clone(), &mut hits);
            }
        }
        for (unit, code) in self.codes.iter().enumerate() {
            if code.starts_with(query) {
                add(unit, 9_000, MatchKind::CodePrefix, code.clone(), &mut hits);
            }
        }
        for &(ref old, unit, continues) in &self.noc2016 {
            // Only whole NOC 2016 codes: their prefixes would crowd out the 2021 ones.
            if old != query {
                continue;
            }
            let score = 8_000 + if continues { 500 } else { 0 };
            add(
                unit as usize,
                score,
                MatchKind::Noc2016,
                format!("NOC 2016 {old}"),
                &mut hits,
            );
        }
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.unit.cmp(&b.unit)));
        hits
    }

    /// The matched characters of a hit, as grapheme indices into `hit.matched`.
    pub fn highlight(&self, query: &str, hit: &Hit, matcher: &mut Matcher) -> Vec<u32> {
        let Some(entry) = hit.entry else {
            // Code hits: the query is a prefix of the code.
            return if hit.matched.starts_with(query.trim()) {
                (0..query.trim().len() as u32).collect()
            } else {
                Vec::new()
            };
        };
        let query = japanese::fold(query);
        let pattern = Pattern::parse(&query, CaseMatching::Ignore, Normalization::Smart);
        let mut indices = Vec::new();
        pattern.indices(self.haystack(entry), matcher, &mut indices);
        // Past the mark `shown` puts before one of our Japanese texts.
        if let Some((before, _)) = self.entries[entry as usize].kind.unofficial_note() {
            let offset = before.chars().count() as u32;
            indices.iter_mut().for_each(|i| *i += offset);
        }
        indices.sort_unstable();
        indices.dedup();
        indices
    }
}

/// A stateful searcher: keeps a matcher and the previous query's matches for narrowing.
pub struct Searcher {
    matcher: Matcher,
    /// A second matcher for a second thread, when the machine has more than one core.
    helper: Option<Matcher>,
    previous: Option<(String, Vec<u32>)>,
}

impl Default for Searcher {
    fn default() -> Self {
        Self::new()
    }
}

impl Searcher {
    pub fn new() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Searcher {
            matcher: Matcher::new(Config::DEFAULT),
            helper: (cores > 1).then(|| Matcher::new(Config::DEFAULT)),
            previous: None,
        }
    }

    pub fn matcher(&mut self) -> &mut Matcher {
        &mut self.matcher
    }

    /// Rank occupations for a query: one hit per occupation, best first.
    pub fn search(&mut self, index: &SearchIndex, query: &str) -> Results {
        // Full-width letters, half-width katakana and hiragana are searched as what they fold to.
        let folded = japanese::needs_folding(query).then(|| japanese::fold(query));
        let trimmed = folded.as_deref().unwrap_or(query).trim();
        if trimmed.is_empty() {
            self.previous = None;
            return Results::default();
        }
        if is_code_query(trimmed) {
            self.previous = None;
            return Results {
                hits: index.code_hits(trimmed),
                corrected: None,
            };
        }
        // A misspelt word ("regstered") would only find scattered subsequences: correct it.
        // Japanese is not corrected: edit distance over kana and kanji is not a typo.
        let correctable = !japanese::has_japanese(trimmed);
        if let Some(corrected) = correctable
            .then(|| index.vocabulary.correct(trimmed))
            .flatten()
        {
            // `previous` holds the query last searched, corrected or not: narrowing from it is
            // sound whenever the corrected query extends it.
            let hits = self.fuzzy(index, &corrected);
            if !hits.is_empty() {
                return Results {
                    hits,
                    corrected: Some(corrected),
                };
            }
        }
        Results {
            hits: self.fuzzy(index, trimmed),
            corrected: None,
        }
    }

    fn fuzzy(&mut self, index: &SearchIndex, query: &str) -> Vec<Hit> {
        let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
        let folded = fold(query);
        // Narrow: a plain query that extends the previous one can only match a subset.
        let plain = !query.contains(['!', '^', '$', '\'', '\\']);
        let scan = Scan {
            index,
            pattern: &pattern,
            words: folded.split_whitespace().collect(),
            folded: &folded,
            // With accents in the query the matcher no longer ignores them in the texts, and
            // the folded texts could not tell what matches.
            prune: plain && query.is_ascii(),
            max_matcher_score: max_matcher_score(&folded),
        };
        let candidates = match self.previous.take() {
            Some((prev, matched)) if plain && query.starts_with(prev.as_str()) => matched,
            _ => (0..index.entries.len() as u32).collect(),
        };
        // A short query scores nearly every text: share that between two threads.
        let (matched, best) = match (&mut self.helper, candidates.len() >= PARALLEL_MIN) {
            (Some(helper), true) => {
                let (first, second) = candidates.split_at(candidates.len() / 2);
                let matcher = &mut self.matcher;
                let ((mut matched, mut best), (matched2, best2)) = std::thread::scope(|s| {
                    let other = s.spawn(|| scan.run(second, helper));
                    let mine = scan.run(first, matcher);
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
            _ => scan.run(&candidates, &mut self.matcher),
        };
        self.previous = plain.then(|| (query.to_string(), matched));
        let mut hits: Vec<Hit> = best
            .into_iter()
            .enumerate()
            .filter_map(|(unit, slot)| {
                let (score, entry) = slot?;
                let item = &index.entries[entry as usize];
                Some(Hit {
                    unit,
                    score,
                    kind: item.kind,
                    matched: index.shown(entry),
                    entry: Some(entry),
                })
            })
            .collect();
        // When some occupations hold every word as typed, letters scattered across unrelated
        // titles ("regstered nurse" in "Vendeurs/vendeuses ...") are noise: leave them out.
        // With no such occupation, the scattered matches are all there is and stay.
        let words: Vec<&str> = folded.split_whitespace().collect();
        let whole = |hit: &Hit| {
            let text = hit.entry.map(|e| index.folded(e)).unwrap_or_default();
            words.iter().all(|w| text.contains(w))
        };
        if hits.iter().any(whole) {
            hits.retain(whole);
        }
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.unit.cmp(&b.unit)));
        hits
    }
}

/// Below this many candidate texts, one thread scores them faster than two can start.
const PARALLEL_MIN: usize = 4096;

/// The most nucleo-matcher (0.3, default config) gives a query word of n characters:
/// 16 per match, the first character's boundary bonus doubled (2 x 10) and at most 10 for
/// each other one; that is 26 n + 10. Bounds a text's score before matching it.
fn max_matcher_score(folded_query: &str) -> u32 {
    folded_query
        .split_whitespace()
        .map(|w| 26 * w.chars().count() as u32 + 10)
        .sum()
}

/// Ranking bonus of a text that holds every word of the query as written.
const WHOLE_WORDS_BONUS: u32 = 300;

/// Scoring of one query over some of the index's texts.
struct Scan<'a> {
    index: &'a SearchIndex,
    pattern: &'a Pattern,
    folded: &'a str,
    words: Vec<&'a str>,
    /// Skip scoring texts that cannot beat their unit's best (plain ASCII queries only: their
    /// match is "every word is a subsequence of the folded text").
    prune: bool,
    /// An upper bound of the matcher's score for this query.
    max_matcher_score: u32,
}

impl Scan<'_> {
    /// Whether `entry` scoring `score` should replace the best text found so far for its unit.
    /// Ties go to the shorter text, then to the earlier one.
    fn better(&self, score: u32, entry: u32, best: Option<(u32, u32)>) -> bool {
        match best {
            None => true,
            Some((s, prev)) => {
                score > s
                    || (score == s
                        && self.index.entries[entry as usize].text.len()
                            < self.index.entries[prev as usize].text.len())
            }
        }
    }

    /// The candidates that match, in order, and the best (score, entry) of each unit.
    #[allow(clippy::type_complexity)]
    fn run(
        &self,
        candidates: &[u32],
        matcher: &mut Matcher,
    ) -> (Vec<u32>, Vec<Option<(u32, u32)>>) {
        let mut matched = Vec::new();
        let mut best: Vec<Option<(u32, u32)>> = vec![None; self.index.codes.len()];
        for &entry in candidates {
            let e = entry as usize;
            let item = &self.index.entries[e];
            let mut bonus = item.kind.bonus();
            let folded = self.index.folded(entry);
            if folded == self.folded {
                bonus += 1_000;
            } else if folded.starts_with(self.folded) {
                bonus += 200;
            }
            let slot = &mut best[item.unit as usize];
            let best_score = slot.filter(|_| self.prune).map(|(s, _)| s);
            // A text that cannot beat its unit's best is only checked for matching (to narrow
            // the next query), not scored: scoring is most of a short query's cost.
            let hopeless =
                |bonus: u32| best_score.is_some_and(|b| bonus + self.max_matcher_score < b);
            if hopeless(bonus + WHOLE_WORDS_BONUS) {
                if self.words.iter().all(|w| is_subsequence(w, folded)) {
                    matched.push(entry);
                }
                continue;
            }
            // Whole words found as written rank above scattered subsequences.
            if self.words.iter().all(|w| folded.contains(w)) {
                bonus += WHOLE_WORDS_BONUS;
            } else if hopeless(bonus) {
                if self.words.iter().all(|w| is_subsequence(w, folded)) {
                    matched.push(entry);
                }
                continue;
            }
            let Some(score) = self.pattern.score(self.index.haystack(entry), matcher) else {
                continue;
            };
            matched.push(entry);
            let score = score + bonus;
            if self.better(score, entry, *slot) {
                *slot = Some((score, entry));
            }
        }
        (matched, best)
    }
}

/// Whether the characters of `needle` occur in `haystack` in order.
fn is_subsequence(needle: &str, haystack: &str) -> bool {
    let mut rest = haystack.chars();
    needle.chars().all(|n| rest.any(|h| h == n))
}

#[cfg(test)]
mod tests;
