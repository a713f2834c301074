//! The search index: every searchable text of every occupation in a few arenas, with its
//! folded form, the characters the matcher sees, and what ranking needs per occupation.

use super::codes::Noc2016Link;
use super::folding::fold_into;
use super::{MatchKind, japanese, typo};
use crate::model::Dataset;
use crate::model::aliases::Alias;
use nucleo_matcher::Utf32Str;
use std::collections::HashMap;

/// A range of an index's text arena.
#[derive(Debug, Clone, Copy)]
pub(super) struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
}

/// One searchable text. Its strings live in the index's arenas: building ~29,000 texts as
/// three small allocations each was a large part of a short-lived process's time.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    pub unit: u32,
    pub kind: MatchKind,
    /// In `SearchIndex::texts`.
    pub text: Span,
    /// In the lexicon's folded texts.
    pub folded: Span,
    /// The matcher's characters of a non-ASCII text, in `SearchIndex::chars`; an ASCII text is
    /// matched as its bytes.
    pub chars: Option<Span>,
}

/// A searchable text beyond the dataset's own (titles, French titles, example titles): a
/// translated title or another source's job name, linked to a unit group by whoever adds it.
/// Its `kind` says what it is, so that every place showing it can mark it (`MatchKind::note`).
#[derive(Debug, Clone, Copy)]
pub struct ExtraText<'a> {
    /// Index into `Dataset::units`.
    pub unit: usize,
    pub kind: MatchKind,
    pub text: &'a str,
}

/// An alias resolved to the unit groups whose example titles it names.
#[derive(Debug, Clone)]
pub(super) struct ResolvedAlias {
    /// Folded, single-spaced name.
    pub key: String,
    pub label: String,
    pub units: Vec<u32>,
}

/// The search index over a dataset. Build once; share it between searchers.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    pub(super) entries: Vec<Entry>,
    /// Every text, one after another.
    pub(super) texts: String,
    /// The first character of each grapheme of the non-ASCII texts (what the matcher sees).
    pub(super) chars: Vec<char>,
    pub(super) codes: Vec<String>,
    pub(super) noc2016: Vec<Noc2016Link>,
    /// COPS 2023 employment of each unit (0 where our outlook file has none): the prior that
    /// orders equally good matches.
    pub(super) employment: Vec<i64>,
    pub(super) aliases: Vec<ResolvedAlias>,
    pub(super) vocabulary: typo::Lexicon,
}

impl SearchIndex {
    pub fn new(ds: &Dataset) -> Self {
        Self::with_extra_texts(ds, std::iter::empty())
    }

    /// An index over the dataset's texts and `extra` ones (see `ExtraText`).
    pub fn with_extra_texts<'a>(
        ds: &Dataset,
        extra: impl IntoIterator<Item = ExtraText<'a>>,
    ) -> Self {
        let mut entries = Vec::with_capacity(ds.example_title_count() + 2 * ds.units.len());
        let mut texts = String::new();
        let mut folded = String::new();
        let mut chars = Vec::new();
        let mut push = |unit: usize, kind, text: &str| {
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
                unit: unit as u32,
                kind,
                text: text_span,
                folded: folded_span,
                chars: chars_span,
            })
        };
        for (i, unit) in ds.units.iter().enumerate() {
            push(i, MatchKind::Title, &unit.title);
            if !unit.title_fr.is_empty() {
                push(i, MatchKind::FrenchTitle, &unit.title_fr);
            }
            for title in &unit.example_titles {
                // An example title equal to the official one adds nothing to search.
                if !title.eq_ignore_ascii_case(&unit.title) {
                    push(i, MatchKind::ExampleTitle, title);
                }
            }
            if let Some(title) = ds.japanese_title(&unit.code) {
                push(i, MatchKind::JapaneseTitle, title);
            }
            for occupation in ds.jobtag_occupations(&unit.code) {
                for name in crate::model::japanese::jobtag_names(occupation) {
                    push(i, MatchKind::JobtagName, name);
                }
            }
        }
        for text in extra {
            if text.unit < ds.units.len() {
                push(text.unit, text.kind, text.text);
            }
        }
        let aliases = resolve_aliases(ds, &ds.aliases);
        let known: Vec<String> = aliases
            .iter()
            .flat_map(|a| a.key.split(' ').map(str::to_string).collect::<Vec<_>>())
            .collect();
        let vocabulary = typo::Lexicon::new(folded, known);
        let mut noc2016 = Vec::new();
        for class in &ds.noc2016 {
            for target in &class.noc2021 {
                if let Some(pos) = ds.unit_position(target) {
                    noc2016.push(Noc2016Link {
                        code: class.code.clone(),
                        unit: pos as u32,
                        continues: class.continues_as.as_deref() == Some(target.as_str()),
                    });
                }
            }
        }
        let employment = ds
            .units
            .iter()
            .map(|u| {
                ds.figures
                    .outlook
                    .get(&u.code)
                    .and_then(|o| o.employment_2023)
                    .unwrap_or(0)
            })
            .collect();
        SearchIndex {
            entries,
            texts,
            chars,
            codes: ds.units.iter().map(|u| u.code.clone()).collect(),
            noc2016,
            employment,
            aliases,
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

    pub(super) fn text(&self, entry: u32) -> &str {
        &self.texts[self.entries[entry as usize].text.range()]
    }

    /// A matched text as shown: marked when it is one of our Japanese texts.
    pub(super) fn shown(&self, entry: u32) -> String {
        let text = self.text(entry);
        match self.entries[entry as usize].kind.unofficial_note() {
            Some((before, after)) => format!("{before}{text}{after}"),
            None => text.to_string(),
        }
    }

    pub(super) fn folded(&self, entry: u32) -> &str {
        &self.vocabulary.folded_texts()[self.entries[entry as usize].folded.range()]
    }

    /// A text as the matcher sees it.
    pub(super) fn haystack(&self, entry: u32) -> Utf32Str<'_> {
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
}

/// Each alias with the units whose example titles it names (a title may belong to several),
/// in the order of its titles, then of the units.
///
/// One pass over the ~28,000 example titles, looking each up among the alias titles: comparing
/// every alias title with every example title was 7% of a `search` process.
fn resolve_aliases(ds: &Dataset, aliases: &[Alias]) -> Vec<ResolvedAlias> {
    // Each alias title (ASCII lower case, as `eq_ignore_ascii_case` compares) -> the
    // (alias, title) places that name it.
    let mut wanted: HashMap<String, Vec<(usize, usize)>, typo::FxBuild> = HashMap::default();
    for (a, alias) in aliases.iter().enumerate() {
        for (t, title) in alias.titles.iter().enumerate() {
            wanted
                .entry(title.to_ascii_lowercase())
                .or_default()
                .push((a, t));
        }
    }
    let mut found: Vec<Vec<Vec<u32>>> = aliases
        .iter()
        .map(|a| vec![Vec::new(); a.titles.len()])
        .collect();
    let mut key = String::new();
    for (i, unit) in ds.units.iter().enumerate() {
        for title in &unit.example_titles {
            key.clear();
            key.push_str(title);
            key.make_ascii_lowercase();
            for &(a, t) in wanted.get(key.as_str()).into_iter().flatten() {
                if found[a][t].last() != Some(&(i as u32)) {
                    found[a][t].push(i as u32);
                }
            }
        }
    }
    aliases
        .iter()
        .zip(found)
        .map(|(alias, per_title)| {
            let mut units: Vec<u32> = Vec::new();
            for i in per_title.into_iter().flatten() {
                if !units.contains(&i) {
                    units.push(i);
                }
            }
            ResolvedAlias {
                key: super::folding::fold(&alias.name)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                label: format!("{} (our alias for '{}')", alias.name, alias.means),
                units,
            }
        })
        .collect()
}
