//! A unit group and the file of one major group's unit groups: plain serde types with no
//! crate imports, so that `build.rs` includes this file too and writes the embedded unit groups
//! in their binary form (postcard) from the same types the crate reads them into.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One NOC 2021 unit group (the five-digit occupation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitGroup {
    pub code: String,
    pub title: String,
    pub title_fr: String,
    /// Training, Education, Experience and Responsibility category: the code's second digit.
    pub teer: u8,
    pub definition: String,
    #[serde(default)]
    pub definition_fr: String,
    #[serde(default)]
    pub main_duties: Vec<String>,
    #[serde(default)]
    pub employment_requirements: Vec<String>,
    #[serde(default)]
    pub additional_information: Vec<String>,
    #[serde(default)]
    pub inclusions: Vec<String>,
    #[serde(default)]
    pub exclusions: Vec<String>,
    #[serde(default)]
    pub illustrative_examples: Vec<String>,
    #[serde(default)]
    pub example_titles: TextList,
    /// NOC 2016 V1.3 codes that the official correspondence links to this unit group.
    #[serde(default)]
    pub noc2016: Vec<String>,
}

impl UnitGroup {
    /// The code of the minor group this unit group belongs to (its first four digits).
    pub fn minor_code(&self) -> &str {
        self.code.get(..4).unwrap_or(&self.code)
    }
}

/// `noc/units/NN.ron`: the unit groups of one major group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitGroupFile {
    pub major_group: String,
    pub unit_groups: Vec<UnitGroup>,
}

/// A list of short texts (a unit group's example titles) kept as one string and where each
/// ends. ~28,000 titles as a `String` each held ~1 MB of headers and allocator overhead beyond
/// their text (four times that for a `--data` directory at 4x the titles) and took one
/// allocation each to read. Read and written exactly as a list of strings.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct TextList {
    text: String,
    ends: Vec<u32>,
}

impl TextList {
    pub fn new() -> Self {
        TextList::default()
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Text `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)? as usize;
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        self.text.get(start..end)
    }

    pub fn first(&self) -> Option<&str> {
        self.get(0)
    }

    pub fn last(&self) -> Option<&str> {
        self.get(self.len().checked_sub(1)?)
    }

    pub fn iter(&self) -> TextListIter<'_> {
        TextListIter {
            list: self,
            front: 0,
            back: self.len(),
        }
    }

    /// Add a text at the end.
    pub fn push(&mut self, text: &str) {
        self.text.push_str(text);
        self.ends.push(self.text.len() as u32);
    }

    /// Keep the first `n` texts.
    pub fn truncate(&mut self, n: usize) {
        if n < self.len() {
            self.ends.truncate(n);
            self.text
                .truncate(self.ends.last().map_or(0, |&e| e as usize));
        }
    }

    /// Each text as its own `String`.
    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_string).collect()
    }

    /// Hold no spare capacity (after reading: the list is not grown again).
    fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

/// The texts of a `TextList`, in order.
#[derive(Clone)]
pub struct TextListIter<'a> {
    list: &'a TextList,
    front: usize,
    back: usize,
}

impl<'a> Iterator for TextListIter<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        if self.front >= self.back {
            return None;
        }
        self.front += 1;
        self.list.get(self.front - 1)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back.saturating_sub(self.front);
        (n, Some(n))
    }
}

impl DoubleEndedIterator for TextListIter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.front >= self.back {
            return None;
        }
        self.back -= 1;
        self.list.get(self.back)
    }
}

impl ExactSizeIterator for TextListIter<'_> {}

impl<'a> IntoIterator for &'a TextList {
    type Item = &'a str;
    type IntoIter = TextListIter<'a>;

    fn into_iter(self) -> TextListIter<'a> {
        self.iter()
    }
}

impl<S: AsRef<str>> Extend<S> for TextList {
    fn extend<I: IntoIterator<Item = S>>(&mut self, texts: I) {
        for text in texts {
            self.push(text.as_ref());
        }
    }
}

impl<S: AsRef<str>> FromIterator<S> for TextList {
    fn from_iter<I: IntoIterator<Item = S>>(texts: I) -> Self {
        let mut list = TextList::new();
        list.extend(texts);
        list
    }
}

impl From<Vec<String>> for TextList {
    fn from(texts: Vec<String>) -> Self {
        texts.into_iter().collect()
    }
}

impl std::ops::Index<usize> for TextList {
    type Output = str;

    fn index(&self, i: usize) -> &str {
        match self.get(i) {
            Some(text) => text,
            None => panic!("text {i} of a list of {}", self.len()),
        }
    }
}

impl fmt::Debug for TextList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl Serialize for TextList {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for TextList {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_seq(ListVisitor)
    }
}

/// Reads a list of strings into a `TextList`, each string appended where it is read (no
/// allocation of its own).
struct ListVisitor;

impl<'de> serde::de::Visitor<'de> for ListVisitor {
    type Value = TextList;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a sequence")
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<TextList, A::Error> {
        let mut list = TextList::new();
        // As serde's own `Vec`: trust the hint only so far.
        list.ends.reserve(seq.size_hint().unwrap_or(0).min(4096));
        while seq.next_element_seed(Append(&mut list))?.is_some() {}
        list.shrink_to_fit();
        Ok(list)
    }
}

/// One string of the list, appended to it.
struct Append<'l>(&'l mut TextList);

impl<'de> serde::de::DeserializeSeed<'de> for Append<'_> {
    type Value = ();

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_string(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Append<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<(), E> {
        self.0.push(text);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::TextList;

    fn texts() -> Vec<String> {
        [
            "registered nurse",
            "",
            "infirmière autorisée",
            "看護師",
            "a \"quoted\"\\ one",
        ]
        .map(String::from)
        .to_vec()
    }

    /// Written and read back exactly as the list of strings it replaces, in every form the
    /// data takes (RON, JSON, postcard), so no file, prepared copy or output changes.
    #[test]
    fn a_text_list_reads_and_writes_as_a_list_of_strings() {
        let vec = texts();
        let list = TextList::from(vec.clone());
        assert_eq!(
            ron::to_string(&list).unwrap(),
            ron::to_string(&vec).unwrap()
        );
        assert_eq!(
            serde_json::to_string(&list).unwrap(),
            serde_json::to_string(&vec).unwrap()
        );
        assert_eq!(
            postcard::to_stdvec(&list).unwrap(),
            postcard::to_stdvec(&vec).unwrap()
        );
        let ron: TextList = ron::from_str(&ron::to_string(&vec).unwrap()).unwrap();
        let json: TextList = serde_json::from_str(&serde_json::to_string(&vec).unwrap()).unwrap();
        let bytes = postcard::to_stdvec(&vec).unwrap();
        let binary: TextList = postcard::from_bytes(&bytes).unwrap();
        for read in [ron, json, binary] {
            assert_eq!(read, list);
            assert_eq!(read.to_vec(), vec);
        }
        assert!(ron::from_str::<TextList>("[\"a\", 3]").is_err());
    }

    #[test]
    fn a_text_list_holds_its_texts_in_order() {
        let vec = texts();
        let mut list = TextList::from(vec.clone());
        assert_eq!(list.len(), 5);
        assert_eq!(list.iter().collect::<Vec<_>>(), vec);
        assert_eq!(list.iter().next_back(), vec.last().map(String::as_str));
        assert_eq!(
            (list.first(), list.get(1), list.get(5)),
            (Some("registered nurse"), Some(""), None)
        );
        assert_eq!(&list[3], "看護師");
        assert_eq!(list.iter().len(), 5);
        list.truncate(3);
        assert_eq!(list.last(), Some("infirmière autorisée"));
        list.push("x");
        assert_eq!(
            list.to_vec(),
            ["registered nurse", "", "infirmière autorisée", "x"]
        );
        list.truncate(0);
        assert!(list.is_empty() && list.last().is_none());
        assert_eq!(
            format!("{:?}", TextList::from(vec.clone())),
            format!("{vec:?}")
        );
    }
}
