//! The data's texts: owned, or read in place from the bytes being decoded when those live as
//! long as the process (`Text`, `borrowing`), and lists of short texts kept as one string
//! (`TextList`). Plain serde types with no crate imports: `build.rs` includes this file too.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

/// A text of the data: owned, or borrowed from bytes that live as long as the process (the
/// embedded data's binary form, a prepared copy read once), so that reading a unit group's
/// texts from those bytes copies none of them. Reads and writes as a string in every form.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Text(Cow<'static, str>);

impl Text {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether it was read in place (`borrowing`), not copied.
    pub fn is_borrowed(&self) -> bool {
        matches!(self.0, Cow::Borrowed(_))
    }

    /// `text` borrowed if it lies inside the bytes being read under `borrowing` on this
    /// thread, else copied.
    fn read(text: &str) -> Text {
        let start = text.as_ptr() as usize;
        let (from, to) = SOURCE.with(std::cell::Cell::get);
        if from <= start && start + text.len() <= to {
            // SAFETY: `borrowing` was handed `&'static [u8]` spanning `from..to`, and `text`
            // lies wholly inside it: its bytes are valid, unchanged and UTF-8 (it is a `str`)
            // for the rest of the process.
            let text: &'static str = unsafe {
                std::str::from_utf8_unchecked(std::slice::from_raw_parts(
                    start as *const u8,
                    text.len(),
                ))
            };
            Text(Cow::Borrowed(text))
        } else {
            Text(Cow::Owned(text.to_string()))
        }
    }
}

thread_local! {
    /// The addresses of the `'static` bytes being read on this thread (`borrowing`).
    static SOURCE: std::cell::Cell<(usize, usize)> = const { std::cell::Cell::new((0, 0)) };
}

/// Run `read` over `bytes` with the `Text`s it reads borrowing from them instead of copying.
pub fn borrowing<T>(bytes: &'static [u8], read: impl FnOnce(&'static [u8]) -> T) -> T {
    struct Restore((usize, usize));
    impl Drop for Restore {
        fn drop(&mut self) {
            SOURCE.with(|s| s.set(self.0));
        }
    }
    let start = bytes.as_ptr() as usize;
    let _restore = Restore(SOURCE.with(|s| s.replace((start, start + bytes.len()))));
    read(bytes)
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Text {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text(Cow::Owned(text))
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text(Cow::Owned(text.to_string()))
    }
}

impl From<Text> for String {
    fn from(text: Text) -> Self {
        text.0.into_owned()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> serde::de::Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, text: &'de str) -> Result<Text, E> {
        Ok(Text::read(text))
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Text, E> {
        Ok(Text::from(text))
    }

    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Text, E> {
        Ok(Text::from(text))
    }
}

/// A list of short texts (a unit group's example titles, duties) kept as one string and where
/// each ends. ~28,000 titles as a `String` each held ~1 MB of headers and allocator overhead
/// beyond their text (four times that for a `--data` directory at 4x the titles) and took one
/// allocation each to read. Read and written as a list of strings in RON and JSON; in the
/// binary form (postcard, not human-readable) as its one string and ends, so that reading it
/// from the embedded bytes under `borrowing` copies no text at all.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct TextList {
    text: Text,
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

    /// Whether its texts were read in place (`borrowing`), not copied.
    pub fn is_borrowed(&self) -> bool {
        self.text.is_borrowed()
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
        let all = self.text.0.to_mut();
        all.push_str(text);
        self.ends.push(all.len() as u32);
    }

    /// Keep the first `n` texts.
    pub fn truncate(&mut self, n: usize) {
        if n < self.len() {
            self.ends.truncate(n);
            let end = self.ends.last().map_or(0, |&e| e as usize);
            match &mut self.text.0 {
                Cow::Owned(all) => all.truncate(end),
                Cow::Borrowed(all) => *all = &all[..end],
            }
        }
    }

    /// Each text as its own `String`.
    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_string).collect()
    }

    /// Hold no spare capacity (after reading: the list is not grown again).
    fn shrink_to_fit(&mut self) {
        if let Cow::Owned(all) = &mut self.text.0 {
            all.shrink_to_fit();
        }
        self.ends.shrink_to_fit();
    }

    /// The list from its one string and ends, if every end is a character boundary no
    /// smaller than the one before (a binary form that is not sound is refused).
    fn from_parts(text: Text, ends: Vec<u32>) -> Option<TextList> {
        let mut before = 0;
        for &end in &ends {
            let end = end as usize;
            if end < before || !text.is_char_boundary(end) {
                return None;
            }
            before = end;
        }
        (before == text.len()).then_some(TextList { text, ends })
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
        if serializer.is_human_readable() {
            serializer.collect_seq(self.iter())
        } else {
            (&self.text, &self.ends).serialize(serializer)
        }
    }
}

impl<'de> Deserialize<'de> for TextList {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if deserializer.is_human_readable() {
            deserializer.deserialize_seq(ListVisitor)
        } else {
            let (text, ends) = <(Text, Vec<u32>)>::deserialize(deserializer)?;
            TextList::from_parts(text, ends)
                .ok_or_else(|| serde::de::Error::custom("a text list's ends do not fit its text"))
        }
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
        // The binary form is its one string and ends.
        let joined: String = vec.concat();
        let ends: Vec<u32> = vec
            .iter()
            .scan(0, |end, t| {
                *end += t.len() as u32;
                Some(*end)
            })
            .collect();
        assert_eq!(
            postcard::to_stdvec(&list).unwrap(),
            postcard::to_stdvec(&(&joined, &ends)).unwrap()
        );
        let ron: TextList = ron::from_str(&ron::to_string(&vec).unwrap()).unwrap();
        let json: TextList = serde_json::from_str(&serde_json::to_string(&vec).unwrap()).unwrap();
        let bytes = postcard::to_stdvec(&list).unwrap();
        let binary: TextList = postcard::from_bytes(&bytes).unwrap();
        for read in [ron, json, binary] {
            assert_eq!(read, list);
            assert_eq!(read.to_vec(), vec);
        }
        assert!(ron::from_str::<TextList>("[\"a\", 3]").is_err());
    }

    /// A binary form whose ends do not fit its text (past its end, going back, inside a
    /// character, short of its end) is refused, never read into a list that could panic.
    #[test]
    fn a_text_list_with_unsound_ends_is_refused() {
        for (text, ends) in [
            ("abc", vec![4u32]),
            ("abc", vec![2, 1, 3]),
            ("看護師", vec![1, 9]),
            ("abc", vec![2]),
        ] {
            let bytes = postcard::to_stdvec(&(text, ends.clone())).unwrap();
            assert!(
                postcard::from_bytes::<TextList>(&bytes).is_err(),
                "{text:?} {ends:?}"
            );
        }
        let bytes = postcard::to_stdvec(&("看護師", vec![3u32, 9])).unwrap();
        let list: TextList = postcard::from_bytes(&bytes).unwrap();
        assert_eq!(list.to_vec(), ["看", "護師"]);
    }

    /// Texts read under `borrowing` from `'static` bytes point into them; read from other
    /// bytes, or outside `borrowing`, they are copies; either way they read the same.
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
