//! Misspelling correction: words of a query that are neither a word of the titles nor the
//! start of one are replaced by the closest frequent word (Damerau-Levenshtein distance
//! 1 for words of up to 6 letters, 2 beyond).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::prepared::FxBuild;
use std::borrow::Cow;

#[derive(Debug, Clone, Default)]
pub(super) struct Vocabulary {
    /// Sorted, distinct words with how many titles use them.
    words: Vec<(String, u32)>,
    /// How many characters each word has (compared for every word, at every misspelt key).
    lengths: Vec<u32>,
}

fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

impl Vocabulary {
    pub(super) fn new<'a>(folded_texts: impl Iterator<Item = &'a str>) -> Self {
        let mut counts: HashMap<&str, u32, FxBuild> = HashMap::default();
        for text in folded_texts {
            for word in words_of(text) {
                *counts.entry(word).or_insert(0) += 1;
            }
        }
        let mut words: Vec<(String, u32)> = counts
            .into_iter()
            .map(|(w, n)| (w.to_string(), n))
            .collect();
        words.sort();
        let lengths = words
            .iter()
            .map(|(w, _)| w.chars().count() as u32)
            .collect();
        Vocabulary { words, lengths }
    }

    /// Whether some word starts with `prefix` (a whole word counts).
    fn knows_prefix(&self, prefix: &str) -> bool {
        let i = self.words.partition_point(|(w, _)| w.as_str() < prefix);
        self.words
            .get(i)
            .is_some_and(|(w, _)| w.starts_with(prefix))
    }

    /// The closest frequent word, keeping the first letter: people rarely mistype it, and a
    /// correction that changes it turns one word into another ("radiologie" into
    /// "cardiologie").
    fn closest(&self, word: &str) -> Option<&str> {
        let len = word.chars().count();
        let limit = if len <= 6 { 1 } else { 2 };
        let first = word.chars().next()?;
        let mut best: Option<(usize, u32, &str)> = None;
        let mut scratch = Scratch::default();
        for ((candidate, count), &clen) in self.words.iter().zip(&self.lengths) {
            let clen = clen as usize;
            if clen.abs_diff(len) > limit || clen < 3 || !candidate.starts_with(first) {
                continue;
            }
            let d = scratch.distance(word, candidate, limit);
            if d > limit {
                continue;
            }
            let better = match best {
                None => true,
                Some((bd, bc, _)) => d < bd || (d == bd && *count > bc),
            };
            if better {
                best = Some((d, *count, candidate));
            }
        }
        best.map(|(_, _, w)| w)
    }
}

/// The titles' words, for telling known words from misspelt ones and correcting the latter.
///
/// Most queries hold only known words, which a search of the folded titles (one string) tells
/// quickly; the sorted vocabulary that finds the closest word is built the first time a word is
/// unknown, which spares its cost (a third of building the index) to most processes.
#[derive(Debug, Clone, Default)]
pub(super) struct Lexicon {
    /// The folded texts, one a line (borrowed from the binary for the embedded index).
    joined: Cow<'static, str>,
    /// Sorted words never corrected although no title uses them: our aliases' words and
    /// `common_words.txt` (everyday English words and brands).
    keep: Vec<String>,
    vocabulary: OnceLock<Vocabulary>,
}

/// Everyday English words and brands the corrector leaves alone (written by us).
const COMMON_WORDS: &str = include_str!("common_words.txt");

impl Lexicon {
    /// `joined`: the folded texts, each followed by a line break; `keep`: more words that
    /// are never corrected (folded), besides the common words.
    pub(super) fn new(joined: impl Into<Cow<'static, str>>, keep: Vec<String>) -> Self {
        let joined = joined.into();
        let mut keep: Vec<String> = keep
            .into_iter()
            .chain(
                COMMON_WORDS
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .map(str::to_string),
            )
            .collect();
        keep.sort();
        keep.dedup();
        Lexicon {
            joined,
            keep,
            vocabulary: OnceLock::new(),
        }
    }

    /// Whether `word` is one of the words kept as typed, or the start of one.
    fn keeps(&self, word: &str) -> bool {
        let i = self.keep.partition_point(|w| w.as_str() < word);
        self.keep.get(i).is_some_and(|w| w.starts_with(word))
    }

    /// The folded texts, each followed by a line break.
    pub(super) fn folded_texts(&self) -> &str {
        &self.joined
    }

    /// Build the vocabulary now rather than on the first unknown word.
    pub(super) fn prepare(&self) {
        self.vocabulary();
    }

    fn vocabulary(&self) -> &Vocabulary {
        self.vocabulary
            .get_or_init(|| Vocabulary::new(std::iter::once(self.joined.as_ref())))
    }

    /// Whether some word of the titles starts with `prefix`, which holds only alphanumeric
    /// characters (so a match cannot run across two words).
    fn knows_prefix(&self, prefix: &str) -> bool {
        if let Some(vocabulary) = self.vocabulary.get() {
            return vocabulary.knows_prefix(prefix);
        }
        self.joined.match_indices(prefix).any(|(at, _)| {
            self.joined[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        })
    }

    /// The query with misspelt words corrected, or `None` when nothing was changed.
    pub(super) fn correct(&self, query: &str) -> Option<String> {
        let folded = super::folding::fold(query);
        let mut changed = false;
        let words: Vec<String> = folded
            .split_whitespace()
            .map(|word| {
                let known = word.chars().count() < 4
                    || !word.chars().all(char::is_alphabetic)
                    || self.keeps(word)
                    || self.knows_prefix(word);
                if known {
                    return word.to_string();
                }
                match self.vocabulary().closest(word) {
                    Some(fix) => {
                        changed = true;
                        fix.to_string()
                    }
                    None => word.to_string(),
                }
            })
            .collect();
        changed.then(|| words.join(" "))
    }
}

/// Optimal string alignment distance, giving up (returning `limit + 1`) once past `limit`.
#[cfg(test)]
fn distance(a: &str, b: &str, limit: usize) -> usize {
    Scratch::default().distance(a, b, limit)
}

/// What computing a distance needs, kept from one vocabulary word to the next: the closest
/// word is looked for among ~20,000 at every key of a misspelt query.
#[derive(Default)]
struct Scratch {
    a: Vec<char>,
    b: Vec<char>,
    prev2: Vec<usize>,
    prev: Vec<usize>,
    cur: Vec<usize>,
}

impl Scratch {
    /// Optimal string alignment distance, giving up (returning `limit + 1`) once past
    /// `limit`.
    fn distance(&mut self, a: &str, b: &str, limit: usize) -> usize {
        self.a.clear();
        self.a.extend(a.chars());
        self.b.clear();
        self.b.extend(b.chars());
        let (a, b) = (&self.a, &self.b);
        let n = b.len() + 1;
        for row in [&mut self.prev2, &mut self.cur] {
            row.clear();
            row.resize(n, 0);
        }
        self.prev.clear();
        self.prev.extend(0..n);
        for i in 1..=a.len() {
            self.cur[0] = i;
            let mut row_min = i;
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (self.prev[j] + 1)
                    .min(self.cur[j - 1] + 1)
                    .min(self.prev[j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(self.prev2[j - 2] + 1);
                }
                self.cur[j] = v;
                row_min = row_min.min(v);
            }
            if row_min > limit {
                return limit + 1;
            }
            std::mem::swap(&mut self.prev2, &mut self.prev);
            std::mem::swap(&mut self.prev, &mut self.cur);
        }
        self.prev[b.len()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits_and_transpositions() {
        assert_eq!(distance("nurse", "nurse", 2), 0);
        assert_eq!(distance("nurce", "nurse", 2), 1);
        assert_eq!(distance("nuser", "nurse", 2), 2);
        assert_eq!(distance("regstered", "registered", 2), 1);
        assert_eq!(distance("ab", "ba", 2), 1);
        assert_eq!(distance("kitten", "sitting", 1), 2);
    }

    #[test]
    fn known_prefixes_are_the_same_before_and_after_the_vocabulary_is_built() {
        let texts = [
            "registered nurse",
            "nurse-aide",
            "chef (cuisine)",
            "ingenieur civil",
        ];
        let lexicon = Lexicon::new(texts.map(|t| format!("{t}\n")).concat(), Vec::new());
        let words = [
            "regis", "nurse", "aide", "urse", "cuisine", "cuis", "civil", "ivil", "chefs",
        ];
        let before: Vec<bool> = words.iter().map(|w| lexicon.knows_prefix(w)).collect();
        lexicon.vocabulary();
        let after: Vec<bool> = words.iter().map(|w| lexicon.knows_prefix(w)).collect();
        assert_eq!(before, after);
        assert_eq!(
            before,
            [true, true, true, false, true, true, true, false, false]
        );
    }

    #[test]
    fn corrects_only_unknown_words() {
        let v = Lexicon::new(
            "registered nurse\nnurse aide\nregistered dietitian\n".to_string(),
            vec!["psw".to_string()],
        );
        assert_eq!(
            v.correct("regstered nurse").as_deref(),
            Some("registered nurse")
        );
        assert_eq!(v.correct("registered nurse"), None);
        // A word being typed (a prefix of a known word) is left alone.
        assert_eq!(v.correct("regis"), None);
        // So are our aliases, everyday words and brands.
        assert_eq!(v.correct("psw nurse"), None);
        assert_eq!(v.correct("uber nurse"), None);
        assert_eq!(v.correct("weekend nurse"), None);
    }

    #[test]
    fn a_correction_keeps_the_first_letter() {
        let v = Lexicon::new(
            "technologues en cardiologie\ntechniciens en radiation\n".to_string(),
            Vec::new(),
        );
        assert_eq!(v.correct("radiologie"), None);
        assert_eq!(v.correct("cardilogie").as_deref(), Some("cardiologie"));
    }
}
