//! What the search index is made of, prepared from plain inputs: every searchable text with its
//! folded form and the characters the matcher sees, the codes, the NOC 2016 links, the 2023
//! employment and the resolved aliases; and a flat binary form of all of it.
//!
//! `build.rs` includes this file (with `folding.rs`, `japanese.rs` and `letters.rs`) to prepare the embedded
//! dataset's index at build time and embed its bytes; the crate reads them back at start instead
//! of building the index (`SearchIndex::embedded`). So this file uses no `crate::` paths, only
//! its siblings through `super::`.

use super::folding::{fold, fold_into};
use super::letters;
use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The kinds of text the dataset itself gives (`MatchKind` has more, for queries).
pub const TITLE: u8 = 0;
pub const FRENCH_TITLE: u8 = 1;
pub const EXAMPLE_TITLE: u8 = 2;
pub const JAPANESE_TITLE: u8 = 3;
pub const JOBTAG_NAME: u8 = 4;

/// FxHash (as in rustc): much faster than the default SipHash on the ~150,000 short words
/// counted for the typo vocabulary, and the words are our own data, not an attacker's.
#[derive(Default)]
pub struct FxHasher(u64);

/// A `HashMap` hasher of our own data's short keys (see `FxHasher`).
pub type FxBuild = BuildHasherDefault<FxHasher>;

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
        }
        for &byte in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// One unit group's searchable texts, in the dataset's order of unit groups.
pub struct UnitTexts<'a> {
    pub code: &'a str,
    pub title: &'a str,
    pub title_fr: &'a str,
    pub example_titles: Vec<&'a str>,
    pub japanese_title: Option<&'a str>,
    /// The job tag names linked to it (each occupation's names, in file order).
    pub jobtag_names: Vec<&'a str>,
    /// COPS 2023 employment, 0 where the outlook has none.
    pub employment: i64,
}

/// A NOC 2016 class: its code, the NOC 2021 unit groups it maps to, and the one it continues
/// as.
pub type LinkInput<'a> = (&'a str, &'a [String], Option<&'a str>);

/// One of our aliases: its name, what it means, and the example titles it names.
pub type AliasInput<'a> = (&'a str, &'a str, &'a [String]);

/// A range of one of the arenas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range32 {
    pub start: u32,
    pub end: u32,
}

/// The bytes of one searchable text's row in `Prepared::rows`, little-endian: the bytes of
/// its folded text (`letters::mask`, u64), those that may begin a word
/// (`letters::word_starts`, u64), its unit (u32), where its text ends in `texts`, its folded
/// text in `folded` (before its line break) and its matcher characters in `chars` (u32 each),
/// then its kind (u8). Each text starts where the one before ends (a folded one after that
/// one's line break; the characters of an ASCII text are none), so the ends locate them all.
///
/// Rows, not a `Vec` of structs: read in place from the embedded bytes (or a prepared copy's),
/// the index decodes nothing per text at start and holds no second copy of them (~1.7 MB).
pub const ROW: usize = 33;

/// One searchable text, read from its row (and the previous row's ends).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub unit: u32,
    pub kind: u8,
    /// In `texts`.
    pub text: Range32,
    /// In `folded`.
    pub folded: Range32,
    /// The matcher's characters of a non-ASCII text, in `chars`.
    pub chars: Option<Range32>,
    /// The bytes of the folded text (`letters::mask`).
    pub bytes: u64,
    /// Its bytes that may begin a word (`letters::word_starts`).
    pub word_starts: u64,
}

/// The rows of an index (`ROW`), read in place.
#[derive(Debug, Clone, Copy)]
pub struct Rows<'b>(pub &'b [u8]);

impl Rows<'_> {
    pub fn len(self) -> usize {
        self.0.len() / ROW
    }

    pub fn is_empty(self) -> bool {
        self.0.len() < ROW
    }

    fn u32_at(self, at: usize) -> u32 {
        u32::from_le_bytes(self.0[at..at + 4].try_into().expect("4 bytes"))
    }

    fn u64_at(self, at: usize) -> u64 {
        u64::from_le_bytes(self.0[at..at + 8].try_into().expect("8 bytes"))
    }

    /// (bytes, word starts) of text `i`.
    pub fn masks(self, i: usize) -> (u64, u64) {
        (self.u64_at(i * ROW), self.u64_at(i * ROW + 8))
    }

    pub fn unit(self, i: usize) -> u32 {
        self.u32_at(i * ROW + 16)
    }

    pub fn kind(self, i: usize) -> u8 {
        self.0[i * ROW + 32]
    }

    /// Where text `i` ends in arena `column` (0 texts, 1 folded, 2 chars).
    fn end(self, i: usize, column: usize) -> u32 {
        self.u32_at(i * ROW + 20 + 4 * column)
    }

    /// Where text `i` starts in arena `column`: where the one before ends (in `folded`, after
    /// its line break). u64: a damaged row's end cannot overflow.
    fn start(self, i: usize, column: usize) -> u64 {
        match i.checked_sub(1) {
            None => 0,
            Some(prev) => u64::from(self.end(prev, column)) + u64::from(column == 1),
        }
    }

    fn range(self, i: usize, column: usize) -> Range32 {
        Range32 {
            start: self.start(i, column) as u32,
            end: self.end(i, column),
        }
    }

    /// Text `i` (`i < len()`).
    pub fn get(self, i: usize) -> Row {
        let (bytes, word_starts) = self.masks(i);
        let chars = self.range(i, 2);
        Row {
            unit: self.unit(i),
            kind: self.kind(i),
            text: self.range(i, 0),
            folded: self.range(i, 1),
            chars: (chars.start != chars.end).then_some(chars),
            bytes,
            word_starts,
        }
    }

    /// Whether every row's ranges lie in order within arenas of these lengths (on character
    /// boundaries of `texts` and `folded`) and its unit is below `units`: then reading the
    /// index cannot panic.
    fn sound(self, texts: &str, folded: &str, chars: usize, units: usize) -> bool {
        let within =
            |start: u64, end: u32, len: usize| start <= u64::from(end) && end as usize <= len;
        (0..self.len()).all(|i| {
            let text = self.range(i, 0);
            let fold = self.range(i, 1);
            (self.unit(i) as usize) < units
                && within(self.start(i, 0), text.end, texts.len())
                && texts.is_char_boundary(text.end as usize)
                && within(self.start(i, 1), fold.end, folded.len())
                && folded.is_char_boundary(fold.start as usize)
                && folded.is_char_boundary(fold.end as usize)
                && within(self.start(i, 2), self.end(i, 2), chars)
        })
    }
}

/// A NOC 2016 class linked to a unit group (by position).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedLink {
    pub code: String,
    pub unit: u32,
    pub continues: bool,
}

/// An alias resolved to the unit groups whose example titles it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedAlias {
    /// Folded, single-spaced name.
    pub key: String,
    pub label: String,
    pub units: Vec<u32>,
}

/// Everything the search index holds but the typo vocabulary (built from `folded`). Read
/// back from bytes, its two text arenas borrow them (`'a`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prepared<'a> {
    /// One row of `ROW` bytes per searchable text, in order (`Rows`).
    pub rows: Cow<'a, [u8]>,
    /// Every text, one after another.
    pub texts: Cow<'a, str>,
    /// Every folded text, each followed by a line break.
    pub folded: Cow<'a, str>,
    /// The first character of each grapheme of the non-ASCII texts, Japanese folded.
    pub chars: Vec<char>,
    pub codes: Vec<String>,
    pub noc2016: Vec<PreparedLink>,
    pub employment: Vec<i64>,
    pub aliases: Vec<PreparedAlias>,
}

fn range(start: usize, end: usize) -> Range32 {
    Range32 {
        start: start as u32,
        end: end as u32,
    }
}

impl Prepared<'_> {
    /// The texts of the unit groups, in order; more can be pushed before `finish`.
    pub fn with_units(units: &[UnitTexts<'_>], example_titles: usize) -> Self {
        let mut p = Prepared {
            rows: Cow::Owned(Vec::with_capacity(ROW * (example_titles + 2 * units.len()))),
            ..Prepared::default()
        };
        for (i, unit) in units.iter().enumerate() {
            p.push(i, TITLE, unit.title);
            if !unit.title_fr.is_empty() {
                p.push(i, FRENCH_TITLE, unit.title_fr);
            }
            for title in &unit.example_titles {
                // An example title equal to the official one adds nothing to search.
                if !title.eq_ignore_ascii_case(unit.title) {
                    p.push(i, EXAMPLE_TITLE, title);
                }
            }
            if let Some(title) = unit.japanese_title {
                p.push(i, JAPANESE_TITLE, title);
            }
            for name in &unit.jobtag_names {
                p.push(i, JOBTAG_NAME, name);
            }
        }
        p.codes = units.iter().map(|u| u.code.to_string()).collect();
        p.employment = units.iter().map(|u| u.employment).collect();
        p
    }

    /// Add one searchable text of unit group `unit`.
    pub fn push(&mut self, unit: usize, kind: u8, text: &str) {
        let texts = self.texts.to_mut();
        let start = texts.len();
        texts.push_str(text);
        let text_range = range(start, texts.len());
        let folded = self.folded.to_mut();
        let start = folded.len();
        fold_into(text, folded);
        let folded_range = range(start, folded.len());
        let folded_bytes = &folded.as_bytes()[start..];
        let (bytes, word_starts) = (
            letters::mask(folded_bytes),
            letters::word_starts(folded_bytes),
        );
        // One text a line: the lexicon searches them as one string.
        folded.push('\n');
        if !text.is_ascii() {
            self.chars
                .extend(nucleo_matcher::chars::graphemes(text).map(super::japanese::fold_char));
        }
        let rows = self.rows.to_mut();
        rows.extend_from_slice(&bytes.to_le_bytes());
        rows.extend_from_slice(&word_starts.to_le_bytes());
        for n in [
            unit as u32,
            text_range.end,
            folded_range.end,
            self.chars.len() as u32,
        ] {
            rows.extend_from_slice(&n.to_le_bytes());
        }
        rows.push(kind);
    }

    /// The rows of its texts.
    pub fn rows(&self) -> Rows<'_> {
        Rows(&self.rows)
    }

    /// Resolve the NOC 2016 links and the aliases against the unit groups.
    pub fn finish(
        &mut self,
        units: &[UnitTexts<'_>],
        links: &[LinkInput<'_>],
        aliases: &[AliasInput<'_>],
    ) {
        let position: HashMap<&str, u32, FxBuild> = units
            .iter()
            .enumerate()
            .map(|(i, u)| (u.code, i as u32))
            .collect();
        for &(code, noc2021, continues_as) in links {
            for target in noc2021 {
                if let Some(&unit) = position.get(target.as_str()) {
                    self.noc2016.push(PreparedLink {
                        code: code.to_string(),
                        unit,
                        continues: continues_as == Some(target.as_str()),
                    });
                }
            }
        }
        self.aliases = resolve_aliases(units, aliases);
    }
}

/// Each alias with the units whose example titles it names (a title may belong to several),
/// in the order of its titles, then of the units.
///
/// One pass over the ~28,000 example titles, looking each up among the alias titles: comparing
/// every alias title with every example title was 7% of a `search` process.
fn resolve_aliases(units: &[UnitTexts<'_>], aliases: &[AliasInput<'_>]) -> Vec<PreparedAlias> {
    // Each alias title (ASCII lower case, as `eq_ignore_ascii_case` compares) -> the
    // (alias, title) places that name it.
    let mut wanted: HashMap<String, Vec<(usize, usize)>, FxBuild> = HashMap::default();
    for (a, &(_, _, titles)) in aliases.iter().enumerate() {
        for (t, title) in titles.iter().enumerate() {
            wanted
                .entry(title.to_ascii_lowercase())
                .or_default()
                .push((a, t));
        }
    }
    let mut found: Vec<Vec<Vec<u32>>> = aliases
        .iter()
        .map(|&(_, _, titles)| vec![Vec::new(); titles.len()])
        .collect();
    let mut key = String::new();
    for (i, unit) in units.iter().enumerate() {
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
        .map(|(&(name, means, _), per_title)| {
            let mut units: Vec<u32> = Vec::new();
            for i in per_title.into_iter().flatten() {
                if !units.contains(&i) {
                    units.push(i);
                }
            }
            PreparedAlias {
                key: fold(name).split_whitespace().collect::<Vec<_>>().join(" "),
                label: alias_label(name, means),
                units,
            }
        })
        .collect()
}

/// The first bytes of the binary form, with its version.
const MAGIC: &[u8; 8] = b"NOCIDX03";

/// The binary form: little-endian `u32` counts and values, strings as length then UTF-8 bytes.
/// The same `Prepared` always gives the same bytes. Written by `build.rs` (and the tests).
#[cfg_attr(not(test), allow(dead_code))]
pub fn to_bytes(p: &Prepared<'_>) -> Vec<u8> {
    let mut out = Vec::with_capacity(p.texts.len() + p.folded.len() + 4 * p.chars.len() + 1024);
    out.extend_from_slice(MAGIC);
    let u32_ = |out: &mut Vec<u8>, n: u32| out.extend_from_slice(&n.to_le_bytes());
    let str_ = |out: &mut Vec<u8>, s: &str| {
        out.extend_from_slice(&(s.len() as u32).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
    };
    str_(&mut out, &p.texts);
    str_(&mut out, &p.folded);
    u32_(&mut out, p.chars.len() as u32);
    for &c in &p.chars {
        u32_(&mut out, c as u32);
    }
    let n = p.rows().len();
    u32_(&mut out, n as u32);
    out.extend_from_slice(&p.rows[..n * ROW]);
    u32_(&mut out, p.codes.len() as u32);
    for (code, employment) in p.codes.iter().zip(&p.employment) {
        str_(&mut out, code);
        out.extend_from_slice(&employment.to_le_bytes());
    }
    u32_(&mut out, p.noc2016.len() as u32);
    for link in &p.noc2016 {
        str_(&mut out, &link.code);
        u32_(&mut out, link.unit);
        out.push(u8::from(link.continues));
    }
    u32_(&mut out, p.aliases.len() as u32);
    for alias in &p.aliases {
        str_(&mut out, &alias.key);
        str_(&mut out, &alias.label);
        u32_(&mut out, alias.units.len() as u32);
        for &u in &alias.units {
            u32_(&mut out, u);
        }
    }
    out
}

/// Reads the binary form; `None` if it is not one this code wrote.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.bytes.len() < n {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }

    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn str(&mut self) -> Option<&'a str> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).ok()
    }
}

/// The `Prepared` that `to_bytes` wrote, or `None` for bytes it did not write. Its texts are
/// not copied: they borrow `bytes`.
pub fn from_bytes(bytes: &[u8]) -> Option<Prepared<'_>> {
    let mut r = Reader { bytes };
    if r.take(MAGIC.len())? != MAGIC {
        return None;
    }
    let texts = r.str()?;
    let folded = r.str()?;
    let n = r.u32()? as usize;
    let chars = r
        .take(n.checked_mul(4)?)?
        .chunks_exact(4)
        .map(|c| char::from_u32(u32::from_le_bytes(c.try_into().ok()?)))
        .collect::<Option<Vec<char>>>()?;
    let n = r.u32()? as usize;
    let rows = r.take(n.checked_mul(ROW)?)?;
    let n = r.u32()? as usize;
    let mut codes = Vec::with_capacity(n);
    let mut employment = Vec::with_capacity(n);
    for _ in 0..n {
        codes.push(r.str()?.to_string());
        employment.push(r.u64()? as i64);
    }
    let n = r.u32()? as usize;
    let mut noc2016 = Vec::with_capacity(n);
    for _ in 0..n {
        noc2016.push(PreparedLink {
            code: r.str()?.to_string(),
            unit: r.u32()?,
            continues: r.u8()? != 0,
        });
    }
    let n = r.u32()? as usize;
    let mut aliases = Vec::with_capacity(n);
    for _ in 0..n {
        let key = r.str()?.to_string();
        let label = r.str()?.to_string();
        let count = r.u32()? as usize;
        let units = (0..count).map(|_| r.u32()).collect::<Option<Vec<u32>>>()?;
        aliases.push(PreparedAlias { key, label, units });
    }
    // Every range must lie within its arena, so that using the index cannot panic.
    let sound = r.bytes.is_empty()
        && Rows(rows).sound(texts, folded, chars.len(), codes.len())
        && noc2016.iter().all(|l| (l.unit as usize) < codes.len())
        && aliases
            .iter()
            .all(|a| a.units.iter().all(|&u| (u as usize) < codes.len()));
    sound.then_some(Prepared {
        rows: Cow::Borrowed(rows),
        texts: Cow::Borrowed(texts),
        folded: Cow::Borrowed(folded),
        chars,
        codes,
        noc2016,
        employment,
        aliases,
    })
}

/// How an alias hit reads in `Hit::matched` (and in JSON): "PSW (our alias for 'personal
/// support worker')". `alias_parts` reads it back for a translated label.
fn alias_label(name: &str, means: &str) -> String {
    format!("{name}{ALIAS_OPEN}{means}{ALIAS_CLOSE}")
}

const ALIAS_OPEN: &str = " (our alias for '";
const ALIAS_CLOSE: &str = "')";

/// The name and meaning of an alias hit's `matched` text (`alias_label`), to be said in
/// the interface language.
pub fn alias_parts(matched: &str) -> Option<(&str, &str)> {
    matched.strip_suffix(ALIAS_CLOSE)?.split_once(ALIAS_OPEN)
}
