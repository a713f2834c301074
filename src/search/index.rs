//! The search index: every searchable text of every occupation in a few arenas, with its
//! folded form, the characters the matcher sees, and what ranking needs per occupation.

use super::codes::Noc2016Link;
use super::prepared::{self, AliasInput, LinkInput, Prepared, UnitTexts};
use super::{MatchKind, typo};
use crate::model::Dataset;
use nucleo_matcher::Utf32Str;
use std::borrow::Cow;

/// A range of an index's text arena.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// One searchable text, as read from its row (`prepared::Rows`). Its strings live in the
/// index's arenas: building ~29,000 texts as three small allocations each was a large part of
/// a short-lived process's time.
#[derive(Debug, Clone, Copy)]
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

/// The bytes a folded text holds (`letters::mask`) and those that may begin one of its words
/// (`letters::word_starts`).
#[derive(Debug, Clone, Copy)]
pub(super) struct Masks {
    pub bytes: u64,
    pub word_starts: u64,
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
    /// `key` as a query is compared with it (`folding::alias_words`: singular, masculine),
    /// computed once rather than at every keystroke.
    pub compared: String,
    pub label: String,
    pub units: Vec<u32>,
}

/// The search index over a dataset. Build once; share it between searchers.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    /// One row per searchable text (`prepared::ROW`): borrowed from the binary for the
    /// embedded index, as the texts are, and from a prepared copy's bytes for `--data`.
    rows: Cow<'static, [u8]>,
    /// Every text, one after another (borrowed from the binary for the embedded index).
    pub(super) texts: Cow<'static, str>,
    /// The first character of each grapheme of the non-ASCII texts (what the matcher sees).
    pub(super) chars: Vec<char>,
    pub(super) codes: Vec<String>,
    /// Each unit group's official title, in `texts`.
    titles: Vec<Span>,
    /// Each unit group's official French title, in `texts`, where the data holds one.
    titles_fr: Vec<Option<Span>>,
    pub(super) noc2016: Vec<Noc2016Link>,
    /// COPS 2023 employment of each unit (0 where our outlook file has none): the prior that
    /// orders equally good matches.
    pub(super) employment: Vec<i64>,
    pub(super) aliases: Vec<ResolvedAlias>,
    pub(super) vocabulary: typo::Lexicon,
    /// The French titles' words, for correcting a query typed under the French interface
    /// (built the first time one needs it).
    french: std::sync::OnceLock<typo::Lexicon>,
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
        Self::from_prepared(prepare(ds, extra))
    }

    /// The index of the embedded dataset, prepared by `build.rs` from the same RON files:
    /// read from bytes embedded in the binary instead of built. Its unit groups are those of
    /// the embedded dataset, in the same order (`the_embedded_index_is_the_one_built_from_data`).
    ///
    /// `None` if build.rs could not prepare it (a data file it reads did not parse): build
    /// the index from the loaded dataset then, which reports the file.
    pub fn embedded() -> Option<Self> {
        prepared::from_bytes(embedded_bytes()).map(Self::from_prepared)
    }

    /// The index of a `--data` directory read from its prepared copy's bytes
    /// (`data::prepared`); `None` for bytes `prepared_bytes` did not write.
    pub fn from_bytes(bytes: &'static [u8]) -> Option<Self> {
        prepared::from_bytes(bytes).map(Self::from_prepared)
    }

    /// The binary form of the index of `ds`, as a prepared copy holds it.
    pub fn prepared_bytes(ds: &Dataset) -> Vec<u8> {
        prepared::to_bytes(&prepare(ds, std::iter::empty()))
    }

    /// The index of a loaded dataset: the embedded one's or a prepared copy's when they
    /// are of its unit groups, else built.
    pub fn for_dataset(ds: &Dataset) -> Self {
        let same_units = |index: &SearchIndex| {
            index.unit_count() == ds.units.len()
                && (ds.units.iter().enumerate())
                    .all(|(i, u)| index.code(i) == u.code && index.title(i) == u.title)
        };
        ds.embedded
            .then(SearchIndex::embedded)
            .flatten()
            .or_else(|| {
                (ds.prepared_index.as_ref())
                    .and_then(|s| s.bytes())
                    .and_then(SearchIndex::from_bytes)
            })
            .filter(same_units)
            .unwrap_or_else(|| SearchIndex::new(ds))
    }

    fn from_prepared(p: Prepared<'static>) -> Self {
        let span = |r: prepared::Range32| Span {
            start: r.start,
            end: r.end,
        };
        let mut titles = vec![Span { start: 0, end: 0 }; p.codes.len()];
        let mut titles_fr = vec![None; p.codes.len()];
        let rows = p.rows();
        for i in 0..rows.len() {
            let slot = rows.unit(i) as usize;
            match rows.kind(i) {
                prepared::TITLE => {
                    if let Some(slot) = titles.get_mut(slot) {
                        *slot = span(rows.get(i).text);
                    }
                }
                prepared::FRENCH_TITLE => {
                    if let Some(slot) = titles_fr.get_mut(slot) {
                        *slot = Some(span(rows.get(i).text));
                    }
                }
                _ => {}
            }
        }
        // Never corrected: our aliases' words and short forms.
        let known: Vec<String> = (p.aliases.iter())
            .flat_map(|a| a.key.split(' ').map(str::to_string).collect::<Vec<_>>())
            .chain(super::short_forms::table().iter().map(|s| s.short.clone()))
            .collect();
        SearchIndex {
            rows: p.rows,
            texts: p.texts,
            chars: p.chars,
            codes: p.codes,
            titles,
            titles_fr,
            noc2016: p
                .noc2016
                .into_iter()
                .map(|l| Noc2016Link {
                    code: l.code,
                    unit: l.unit,
                    continues: l.continues,
                })
                .collect(),
            employment: p.employment,
            aliases: p
                .aliases
                .into_iter()
                .map(|a| ResolvedAlias {
                    compared: super::folding::alias_words(&a.key),
                    key: a.key,
                    label: a.label,
                    units: a.units,
                })
                .collect(),
            vocabulary: typo::Lexicon::new(p.folded, known),
            french: std::sync::OnceLock::new(),
        }
    }

    /// The code of unit group `unit` (its position in `Dataset::units`).
    pub fn code(&self, unit: usize) -> &str {
        &self.codes[unit]
    }

    /// The official title of unit group `unit`.
    pub fn title(&self, unit: usize) -> &str {
        &self.texts[self.titles[unit].range()]
    }

    /// The official French title of unit group `unit`, if the data holds one.
    pub fn title_fr(&self, unit: usize) -> Option<&str> {
        let span = self.titles_fr.get(unit).copied().flatten()?;
        Some(&self.texts[span.range()])
    }

    /// Number of unit groups.
    pub fn unit_count(&self) -> usize {
        self.codes.len()
    }

    /// The searchable texts with the index of the unit group (in `Dataset::units`) each
    /// belongs to: titles, French titles and example titles. Benchmarks and the title export
    /// use them to run other matchers over the same texts.
    pub fn texts(&self) -> impl Iterator<Item = (usize, &str)> + '_ {
        (0..self.len() as u32).map(|e| (self.unit_of(e), self.text(e)))
    }

    fn rows(&self) -> prepared::Rows<'_> {
        prepared::Rows(&self.rows)
    }

    /// Text `entry` (below `len()`).
    pub(super) fn entry(&self, entry: u32) -> Entry {
        let row = self.rows().get(entry as usize);
        let span = |r: prepared::Range32| Span {
            start: r.start,
            end: r.end,
        };
        Entry {
            unit: row.unit,
            kind: kind_of(row.kind),
            text: span(row.text),
            folded: span(row.folded),
            chars: row.chars.map(span),
        }
    }

    /// Which bytes text `entry` holds: a text lacking a letter of the query is passed over
    /// without being searched.
    pub(super) fn masks(&self, entry: u32) -> Masks {
        let (bytes, word_starts) = self.rows().masks(entry as usize);
        Masks { bytes, word_starts }
    }

    /// The unit group text `entry` belongs to.
    pub(super) fn unit_of(&self, entry: u32) -> usize {
        self.rows().unit(entry as usize) as usize
    }

    /// What kind of text `entry` is.
    pub(super) fn kind(&self, entry: u32) -> MatchKind {
        kind_of(self.rows().kind(entry as usize))
    }

    pub(super) fn text(&self, entry: u32) -> &str {
        &self.texts[self.entry(entry).text.range()]
    }

    /// A matched text as shown: marked when it is one of our Japanese texts.
    pub(super) fn shown(&self, entry: u32) -> String {
        let text = self.text(entry);
        match self.kind(entry).unofficial_note() {
            Some((before, after)) => format!("{before}{text}{after}"),
            None => text.to_string(),
        }
    }

    pub(super) fn folded(&self, entry: u32) -> &str {
        &self.vocabulary.folded_texts()[self.entry(entry).folded.range()]
    }

    /// A text as the matcher sees it.
    pub(super) fn haystack(&self, entry: u32) -> Utf32Str<'_> {
        match self.entry(entry).chars {
            Some(span) => Utf32Str::Unicode(&self.chars[span.range()]),
            None => Utf32Str::Ascii(self.text(entry).as_bytes()),
        }
    }

    /// The words of the French titles (and our aliases' words, kept as typed): what a query
    /// typed under the French interface may be corrected into.
    pub(super) fn french_vocabulary(&self) -> &typo::Lexicon {
        self.french.get_or_init(|| {
            let mut joined = String::new();
            for i in 0..self.len() as u32 {
                if self.kind(i) == MatchKind::FrenchTitle {
                    joined.push_str(self.folded(i));
                    joined.push('\n');
                }
            }
            let keep = (self.aliases.iter())
                .flat_map(|a| a.key.split(' ').map(str::to_string).collect::<Vec<_>>())
                .collect();
            typo::Lexicon::new(joined, keep)
        })
    }

    /// Build now what correcting a misspelt word needs (the vocabulary, ~5 ms), instead of on
    /// the first misspelt word. An interactive caller can do this on another thread after
    /// drawing its first frame; a one-shot search need not.
    pub fn prepare_corrections(&self) {
        self.vocabulary.prepare();
    }

    /// Number of searchable texts (titles, example titles, French titles).
    pub fn len(&self) -> usize {
        self.rows().len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows().is_empty()
    }
}

/// The embedded index's bytes, written by `build.rs` (empty if it could not).
pub(super) fn embedded_bytes() -> &'static [u8] {
    include_bytes!(concat!(env!("OUT_DIR"), "/search_index.bin"))
}

/// What the index of `ds` and `extra` is made of.
pub(super) fn prepare<'a>(
    ds: &Dataset,
    extra: impl IntoIterator<Item = ExtraText<'a>>,
) -> Prepared<'static> {
    let units: Vec<UnitTexts<'_>> = ds
        .units
        .iter()
        .map(|unit| UnitTexts {
            code: &unit.code,
            title: &unit.title,
            title_fr: &unit.title_fr,
            example_titles: unit.example_titles.iter().collect(),
            japanese_title: ds.japanese_title(&unit.code),
            jobtag_names: ds
                .jobtag_occupations(&unit.code)
                .flat_map(crate::model::japanese::jobtag_names)
                .collect(),
            employment: ds
                .figures
                .outlook
                .get(&unit.code)
                .and_then(|o| o.employment_2023)
                .unwrap_or(0),
        })
        .collect();
    let mut p = Prepared::with_units(&units, ds.example_title_count());
    for text in extra {
        if text.unit < ds.units.len() {
            p.push(text.unit, kind_code(text.kind), text.text);
        }
    }
    let links: Vec<LinkInput<'_>> = (ds.noc2016.iter())
        .map(|c| {
            (
                c.code.as_str(),
                c.noc2021.as_slice(),
                c.continues_as.as_deref(),
            )
        })
        .collect();
    let aliases: Vec<AliasInput<'_>> = (ds.aliases.iter())
        .map(|a| (a.name.as_str(), a.means.as_str(), a.titles.as_slice()))
        .collect();
    p.finish(&units, &links, &aliases);
    p
}

/// The kind's number in the prepared index.
fn kind_code(kind: MatchKind) -> u8 {
    match kind {
        MatchKind::Title => prepared::TITLE,
        MatchKind::FrenchTitle => prepared::FRENCH_TITLE,
        MatchKind::ExampleTitle => prepared::EXAMPLE_TITLE,
        MatchKind::JapaneseTitle => prepared::JAPANESE_TITLE,
        MatchKind::JobtagName => prepared::JOBTAG_NAME,
        MatchKind::Code => 5,
        MatchKind::CodePrefix => 6,
        MatchKind::Noc2016 => 7,
        MatchKind::MinorGroup => 8,
        MatchKind::Alias => 9,
    }
}

fn kind_of(code: u8) -> MatchKind {
    match code {
        prepared::TITLE => MatchKind::Title,
        prepared::FRENCH_TITLE => MatchKind::FrenchTitle,
        prepared::EXAMPLE_TITLE => MatchKind::ExampleTitle,
        prepared::JAPANESE_TITLE => MatchKind::JapaneseTitle,
        prepared::JOBTAG_NAME => MatchKind::JobtagName,
        5 => MatchKind::Code,
        6 => MatchKind::CodePrefix,
        7 => MatchKind::Noc2016,
        8 => MatchKind::MinorGroup,
        _ => MatchKind::Alias,
    }
}
