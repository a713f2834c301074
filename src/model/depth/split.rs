//! Where the elements of a deep file lie, found once per file, so that an occupation's part is
//! decoded alone: in the embedded JSON by walking it with `RawValue` (borrowed, nothing built
//! per element but its key), in a directory's RON by [`ron_split`](super::ron_split) once the
//! whole file has parsed (a transient parse, which also locates its errors as before). A part
//! that does not decode to an element with its key sends the file back to a whole parse.

use super::OnDisk;
use super::ron_split::{self, Part};
use ron::extensions::Extensions;
use serde::de::{self, DeserializeOwned, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess};
use serde_json::value::RawValue;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::ops::Range;

/// How the elements of one of a file's keyed fields are found.
#[derive(Debug, Clone, Copy)]
pub(super) enum KeyOf {
    /// A list, by this field of its elements (`code`, `id`).
    Field(&'static str),
    /// A list of OaSIS profiles, by the unit group of their `code` (`32129.02` -> `32129`).
    UnitOfCode,
    /// A map, by its keys.
    MapKey,
}

/// The unit group of an OaSIS profile's code.
pub(super) fn unit_of(code: &str) -> &str {
    code.split('.').next().unwrap_or(code)
}

/// The elements of one keyed field: each one's key and byte range in the file's text.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Ranges {
    keys: String,
    /// (key start, key end) in `keys`, (start, end) in the text; the file's order.
    items: Vec<[u32; 4]>,
    /// A RON text's: each element's bytes' sum (`sum`), so that one element of a file left on
    /// disk is read alone and used only if it is what was split.
    sums: Vec<u64>,
}

/// A checksum of an element's bytes (not for secrets).
pub(super) fn sum(bytes: &[u8]) -> u64 {
    use std::hash::BuildHasher;
    foldhash::quality::FixedState::with_seed(0x6465_6570_5f73_756d).hash_one(bytes)
}

impl Ranges {
    pub(super) fn push(&mut self, key: &str, range: Range<usize>) -> Option<()> {
        let start = u32::try_from(self.keys.len()).ok()?;
        self.keys.push_str(key);
        let end = u32::try_from(self.keys.len()).ok()?;
        let at = [range.start, range.end].map(u32::try_from);
        let [Ok(from), Ok(to)] = at else {
            return None;
        };
        self.items.push([start, end, from, to]);
        Some(())
    }

    fn key(&self, item: &[u32; 4]) -> &str {
        &self.keys[item[0] as usize..item[1] as usize]
    }

    fn range(item: &[u32; 4]) -> Range<usize> {
        item[2] as usize..item[3] as usize
    }

    /// The first element with this key (a list searched with `find`).
    pub fn first(&self, key: &str) -> Option<Range<usize>> {
        self.items
            .iter()
            .find(|i| self.key(i) == key)
            .map(Self::range)
    }

    /// The last entry with this key (a map: a key given twice keeps its last value).
    pub fn last(&self, key: &str) -> Option<Range<usize>> {
        self.items
            .iter()
            .rev()
            .find(|i| self.key(i) == key)
            .map(Self::range)
    }

    /// Every element with this key, in the file's order.
    pub fn every<'a>(&'a self, key: &'a str) -> impl Iterator<Item = Range<usize>> + 'a {
        self.items
            .iter()
            .filter(move |i| self.key(i) == key)
            .map(Self::range)
    }

    /// The element a binary search of the file's list by key finds (the list is sorted by it):
    /// the same search over the same keys, so the same element as searching the decoded list.
    pub fn sorted(&self, key: &str) -> Option<Range<usize>> {
        let at = self.items.binary_search_by(|i| self.key(i).cmp(key)).ok()?;
        Some(Self::range(&self.items[at]))
    }

    /// The sum of the element whose bytes start at `start`, if its text's are kept.
    fn sum_at(&self, start: usize) -> Option<u64> {
        let start = u32::try_from(start).ok()?;
        let at = self.items.binary_search_by_key(&start, |i| i[2]).ok()?;
        self.sums.get(at).copied()
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.items.len()
    }
}

/// Where a deep file's elements lie.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Split {
    /// In its embedded JSON, one `Ranges` per keyed field.
    Json(Vec<Ranges>),
    /// In its RON text; each element is parsed with the document's extensions.
    Ron(Vec<Ranges>, Extensions),
    /// Not split (a RON text laid out otherwise): each use parses the whole file.
    Whole,
}

/// A split file's text, for decoding some of its elements.
pub(super) struct Parts<'a> {
    ranges: &'a [Ranges],
    source: Source<'a>,
    /// How its RON elements are parsed; `None` for JSON.
    ron: Option<ron::Options>,
}

enum Source<'a> {
    Text(&'a str),
    /// A file left on disk: each element read alone (from the file opened once), and used
    /// only if its bytes are those split.
    Disk {
        on_disk: &'a OnDisk,
        file: RefCell<Option<(std::fs::File, u64)>>,
    },
}

impl<'a> Parts<'a> {
    pub fn json(ranges: &'a [Ranges], json: &'a str) -> Self {
        Parts {
            ranges,
            source: Source::Text(json),
            ron: None,
        }
    }

    pub fn ron(ranges: &'a [Ranges], text: &'a str, extensions: Extensions) -> Self {
        Parts {
            ranges,
            source: Source::Text(text),
            ron: Some(ron::Options::default().with_default_extension(extensions)),
        }
    }

    pub fn on_disk(ranges: &'a [Ranges], on_disk: &'a OnDisk, extensions: Extensions) -> Self {
        Parts {
            ranges,
            source: Source::Disk {
                on_disk,
                file: RefCell::new(None),
            },
            ron: Some(ron::Options::default().with_default_extension(extensions)),
        }
    }

    /// The text at `range`: a slice, or its bytes read from the file if they are those split.
    fn text(&self, range: Range<usize>) -> Option<Cow<'a, str>> {
        let (on_disk, file) = match &self.source {
            Source::Text(text) => return text.get(range).map(Cow::Borrowed),
            Source::Disk { on_disk, file } => (on_disk, file),
        };
        use std::io::{Read, Seek, SeekFrom};
        let sum = self.ranges.iter().find_map(|r| r.sum_at(range.start))?;
        let mut file = file.borrow_mut();
        if file.is_none() {
            let mut opened = (on_disk.open)(&on_disk.path).ok()?;
            // The text starts after a byte-order mark, which reading it drops.
            let mut head = [0u8; 3];
            let bom = opened.read_exact(&mut head).is_ok() && head == [0xEF, 0xBB, 0xBF];
            *file = Some((opened, if bom { 3 } else { 0 }));
        }
        let (file, skip) = file.as_mut()?;
        let start = u64::try_from(range.start).ok()? + *skip;
        file.seek(SeekFrom::Start(start)).ok()?;
        let mut bytes = vec![0u8; range.len()];
        file.read_exact(&mut bytes).ok()?;
        (self::sum(&bytes) == sum)
            .then(|| String::from_utf8(bytes).ok().map(Cow::Owned))
            .flatten()
    }

    /// The elements of the `i`th keyed field.
    pub fn field(&self, i: usize) -> Option<&'a Ranges> {
        self.ranges.get(i)
    }

    /// The value at `range` (a map's), or `None` if it does not decode.
    pub fn decode<E: DeserializeOwned>(&self, range: Range<usize>) -> Option<E> {
        let text = self.text(range)?;
        match &self.ron {
            Some(options) => options.from_str(&text).ok(),
            None => serde_json::from_str(&text).ok(),
        }
    }

    /// The element at `range` of a list, or `None` if it does not decode or its key is not
    /// `key` (a RON text split otherwise than its parse: the whole file is then parsed).
    pub fn element<E: DeserializeOwned + Keyed>(
        &self,
        range: Range<usize>,
        key: &str,
    ) -> Option<E> {
        self.decode::<E>(range).filter(|e| e.key() == key)
    }
}

/// An element of a keyed list: the key it is found by.
pub(super) trait Keyed {
    fn key(&self) -> &str;
}

/// A deep file type: its keyed fields, and how a RON split is checked against its parse.
pub(super) trait DeepFile: DeserializeOwned {
    /// The fields whose elements are found by key, with how.
    const FIELDS: &'static [(&'static str, KeyOf)];

    /// The keys of the parts of each field of [`FIELDS`](Self::FIELDS), if the parts match
    /// what `self`, the whole text's parse, holds there (`list_keys`, `map_keys`).
    fn part_keys(
        &self,
        text: &str,
        parts: &[Vec<Part>],
        options: &ron::Options,
    ) -> Option<Vec<Vec<String>>>;
}

/// The keys of a list's parts: those of the elements of `whole`, if there are as many parts.
/// A part is not parsed here: one that does not hold its element (a text this splitter reads
/// otherwise than RON) fails to parse, or has another key, when it is decoded, and the whole
/// file is parsed then.
pub(super) fn list_keys<E: Keyed>(whole: &[E], parts: &[Part]) -> Option<Vec<String>> {
    (parts.len() == whole.len()).then(|| whole.iter().map(|e| e.key().to_string()).collect())
}

/// The keys of a map's entries, in the text's order, if they make the map `whole`.
pub(super) fn map_keys<V: DeserializeOwned + PartialEq>(
    whole: &BTreeMap<String, V>,
    text: &str,
    parts: &[Part],
    options: &ron::Options,
) -> Option<Vec<String>> {
    let mut rebuilt = BTreeMap::new();
    let mut keys = Vec::with_capacity(parts.len());
    for part in parts {
        let key: String = options.from_str(text.get(part.key.clone()?)?).ok()?;
        let value: V = options.from_str(text.get(part.value.clone())?).ok()?;
        keys.push(key.clone());
        rebuilt.insert(key, value);
    }
    (rebuilt == *whole).then_some(keys)
}

/// The split of a RON text whose whole parse is `whole`, or `Whole` where its parts cannot
/// be found or do not match what `whole` holds.
pub(super) fn ron_split<F: DeepFile>(text: &str, whole: &F) -> Split {
    let Ok(de) = ron::de::Deserializer::from_str_with_options(text, &ron::Options::default())
    else {
        return Split::Whole;
    };
    let extensions = de.extensions();
    let options = ron::Options::default().with_default_extension(extensions);
    let names: Vec<&str> = F::FIELDS.iter().map(|(name, _)| *name).collect();
    let split = ron_split::split(text, &names).and_then(|parts| {
        let keys = whole.part_keys(text, &parts, &options)?;
        parts
            .iter()
            .zip(keys)
            .map(|(parts, keys)| {
                let mut ranges = Ranges::default();
                for (part, key) in parts.iter().zip(keys) {
                    ranges.push(&key, part.value.clone())?;
                    ranges
                        .sums
                        .push(sum(text.get(part.value.clone())?.as_bytes()));
                }
                Some(ranges)
            })
            .collect::<Option<Vec<Ranges>>>()
    });
    match split {
        Some(ranges) => Split::Ron(ranges, extensions),
        None => Split::Whole,
    }
}

/// The split of a file's JSON, read with `RawValue` (no element is decoded but its key), or
/// `None` if it is not an object holding each keyed field as described.
pub(super) fn json_split(json: &str, fields: &[(&'static str, KeyOf)]) -> Option<Vec<Ranges>> {
    let mut de = serde_json::Deserializer::from_str(json);
    let found = Top(fields).deserialize(&mut de).ok()?;
    de.end().ok()?;
    let base = json.as_ptr() as usize;
    fields
        .iter()
        .zip(found)
        .map(|(&(_, how), elements)| {
            let mut ranges = Ranges::default();
            for (key, raw) in elements? {
                let key = match (how, key) {
                    (KeyOf::MapKey, Some(key)) => key,
                    (KeyOf::Field(name), None) => field_of(raw.get(), name)?,
                    (KeyOf::UnitOfCode, None) => unit_of(&field_of(raw.get(), "code")?).to_string(),
                    _ => return None,
                };
                let start = (raw.get().as_ptr() as usize).checked_sub(base)?;
                ranges.push(&key, start..start + raw.get().len())?;
            }
            Some(ranges)
        })
        .collect()
}

/// The string field `name` of a JSON object.
fn field_of(json: &str, name: &str) -> Option<String> {
    let mut de = serde_json::Deserializer::from_str(json);
    Field(name).deserialize(&mut de).ok().flatten()
}

/// The top-level object: each keyed field's elements (with the keys of a map's), raw.
struct Top<'f>(&'f [(&'static str, KeyOf)]);

type Elements<'de> = Vec<(Option<String>, &'de RawValue)>;

impl<'de> DeserializeSeed<'de> for Top<'_> {
    type Value = Vec<Option<Elements<'de>>>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> de::Visitor<'de> for Top<'_> {
    type Value = Vec<Option<Elements<'de>>>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a deep file's object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = vec![None; self.0.len()];
        while let Some(key) = map.next_key::<String>()? {
            match self.0.iter().position(|(name, _)| *name == key) {
                Some(at) if out[at].is_some() => {
                    return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
                }
                Some(at) => {
                    let map_key = matches!(self.0[at].1, KeyOf::MapKey);
                    out[at] = Some(map.next_value_seed(Raw { map_key })?);
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(out)
    }
}

/// A list's elements or a map's entries, raw.
struct Raw {
    map_key: bool,
}

impl<'de> DeserializeSeed<'de> for Raw {
    type Value = Elements<'de>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        if self.map_key {
            d.deserialize_map(self)
        } else {
            d.deserialize_seq(self)
        }
    }
}

impl<'de> de::Visitor<'de> for Raw {
    type Value = Elements<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a list or a map")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(raw) = seq.next_element::<&'de RawValue>()? {
            out.push((None, raw));
        }
        Ok(out)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some((key, raw)) = map.next_entry::<String, &'de RawValue>()? {
            out.push((Some(key), raw));
        }
        Ok(out)
    }
}

/// One string field of an object, the others skipped.
struct Field<'n>(&'n str);

impl<'de> DeserializeSeed<'de> for Field<'_> {
    type Value = Option<String>;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> de::Visitor<'de> for Field<'_> {
    type Value = Option<String>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(key) = map.next_key::<String>()? {
            if key == self.0 && found.is_none() {
                found = Some(map.next_value::<String>()?);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIELDS: &[(&str, KeyOf)] = &[("units", KeyOf::Field("code")), ("soc", KeyOf::MapKey)];

    #[test]
    fn a_json_split_finds_each_element_by_key_without_decoding_it() {
        let json = r#"{"other":[1,{"code":"x"}],"units":[{"years":[],"code":"b"},{"code":"a"},{"code":"b","n":2}],"soc":{"k":["1"],"j":[],"k":["2"]}}"#;
        let ranges = json_split(json, FIELDS).expect("splits");
        let units = &ranges[0];
        assert_eq!(units.len(), 3);
        assert_eq!(
            &json[units.first("b").unwrap()],
            r#"{"years":[],"code":"b"}"#
        );
        let every: Vec<&str> = units.every("b").map(|r| &json[r]).collect();
        assert_eq!(
            every,
            [r#"{"years":[],"code":"b"}"#, r#"{"code":"b","n":2}"#]
        );
        assert_eq!(units.first("c"), None);
        // A key given twice in a map keeps its last value, as a map decoded from it does.
        assert_eq!(&json[ranges[1].last("k").unwrap()], r#"["2"]"#);
        assert_eq!(&json[ranges[1].last("j").unwrap()], "[]");
        // A field missing, or an element without its key: no split.
        assert_eq!(json_split(r#"{"units":[]}"#, FIELDS), None);
        assert_eq!(json_split(r#"{"units":[{"id":1}],"soc":{}}"#, FIELDS), None);
    }

    #[test]
    fn a_sorted_search_finds_what_searching_the_decoded_list_finds() {
        let ids = ["a", "b", "b", "c", "e", "f", "f", "f", "g"];
        let mut ranges = Ranges::default();
        for (i, id) in ids.iter().enumerate() {
            ranges.push(id, i..i + 1).unwrap();
        }
        for id in ["a", "b", "c", "d", "e", "f", "g", "h", ""] {
            let decoded = ids.binary_search_by(|x| x.cmp(&id)).ok();
            assert_eq!(ranges.sorted(id).map(|r| r.start), decoded, "{id}");
        }
    }
}
