//! Where the elements of a RON deep file's lists (and the entries of its maps) lie, found by
//! skipping over the text without building anything: strings, raw strings, characters and
//! comments are stepped over whole, brackets are matched.
//!
//! The split is checked against the whole file's parse (`split::ron_split`: as many
//! elements, a map's entries equal) and each part when it is decoded (it must parse to an
//! element with its key): a text laid out in a way this does not follow gives `None` or parts
//! that fail those checks, and the file is then parsed whole.

use std::ops::Range;

/// One element of a list, or one entry of a map (with its key's range).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Part {
    pub key: Option<Range<usize>>,
    pub value: Range<usize>,
}

/// The parts of the top-level struct's fields named in `fields`, field by field (a list
/// `[...]` gives its elements, a map `{...}` its entries), or `None` if the text is not a
/// struct holding each of them as a list or a map.
pub(super) fn split(text: &str, fields: &[&str]) -> Option<Vec<Vec<Part>>> {
    let mut s = Scan {
        b: text.as_bytes(),
        i: 0,
    };
    let mut out: Vec<Option<Vec<Part>>> = vec![None; fields.len()];
    s.ws()?;
    // The document's attributes (`#![enable(implicit_some)]`).
    while s.b[s.i..].starts_with(b"#!") {
        s.i += 2;
        s.ws()?;
        s.group()?;
        s.ws()?;
    }
    // The struct's name is optional.
    if s.peek()? != b'(' {
        s.token()?;
        s.ws()?;
    }
    s.expect(b'(')?;
    loop {
        s.ws()?;
        if s.eat(b')') {
            break;
        }
        let name = s.token()?;
        let name = &text.as_bytes()[name];
        s.ws()?;
        s.expect(b':')?;
        s.ws()?;
        match fields.iter().position(|f| f.as_bytes() == name) {
            Some(at) => out[at] = Some(s.parts()?),
            None => s.value()?,
        }
        s.ws()?;
        if !s.eat(b',') {
            s.ws()?;
            s.expect(b')')?;
            break;
        }
    }
    s.ws()?;
    if s.i != s.b.len() {
        return None;
    }
    out.into_iter().collect()
}

struct Scan<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scan<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn eat(&mut self, c: u8) -> bool {
        let hit = self.peek() == Some(c);
        self.i += usize::from(hit);
        hit
    }

    fn expect(&mut self, c: u8) -> Option<()> {
        self.eat(c).then_some(())
    }

    /// Whitespace and comments (`// ...`, `/* ... */`, nested).
    fn ws(&mut self) -> Option<()> {
        loop {
            while self.peek().is_some_and(|c| c.is_ascii_whitespace()) {
                self.i += 1;
            }
            let rest = &self.b[self.i..];
            if rest.starts_with(b"//") {
                self.i += rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len());
            } else if rest.starts_with(b"/*") {
                self.i += 2;
                let mut depth = 1;
                while depth > 0 {
                    let rest = &self.b[self.i..];
                    if rest.starts_with(b"/*") {
                        depth += 1;
                        self.i += 2;
                    } else if rest.starts_with(b"*/") {
                        depth -= 1;
                        self.i += 2;
                    } else if rest.is_empty() {
                        return None;
                    } else {
                        self.i += 1;
                    }
                }
            } else {
                return Some(());
            }
        }
    }

    /// The elements of a list or the entries of a map, at the cursor.
    fn parts(&mut self) -> Option<Vec<Part>> {
        let (map, close) = match self.peek()? {
            b'[' => (false, b']'),
            b'{' => (true, b'}'),
            _ => return None,
        };
        self.i += 1;
        let mut parts = Vec::new();
        loop {
            self.ws()?;
            if self.eat(close) {
                return Some(parts);
            }
            let mut start = self.i;
            self.value()?;
            let mut key = None;
            if map {
                key = Some(start..self.i);
                self.ws()?;
                self.expect(b':')?;
                self.ws()?;
                start = self.i;
                self.value()?;
            }
            parts.push(Part {
                key,
                value: start..self.i,
            });
            self.ws()?;
            if !self.eat(b',') {
                self.ws()?;
                self.expect(close)?;
                return Some(parts);
            }
        }
    }

    /// One value: a string, a character, a bracketed group (with the name before it, as in
    /// `Some(..)` or `OasisProfile(..)`), or a bare token (a number, `true`, `None`).
    fn value(&mut self) -> Option<()> {
        let rest = &self.b[self.i..];
        match rest.first()? {
            b'"' => self.string(0),
            b'\'' => self.character(),
            b'(' | b'[' | b'{' => self.group(),
            b'b' if rest.get(1) == Some(&b'"') => {
                self.i += 1;
                self.string(0)
            }
            b'b' if rest.get(1) == Some(&b'\'') => {
                self.i += 1;
                self.character()
            }
            b'r' if raw_string(&rest[1..]).is_some() => self.raw(1),
            b'b' if rest.get(1) == Some(&b'r') && raw_string(&rest[2..]).is_some() => self.raw(2),
            _ => {
                self.token()?;
                let before = self.i;
                self.ws()?;
                if self.peek() == Some(b'(') {
                    self.group()
                } else {
                    self.i = before;
                    Some(())
                }
            }
        }
    }

    /// A bare token (a name, a number): up to a delimiter, never empty.
    fn token(&mut self) -> Option<std::ops::Range<usize>> {
        let start = self.i;
        // A raw identifier (`r#type`) keeps its `#`.
        if self.b[self.i..].starts_with(b"r#") {
            self.i += 2;
        }
        while self
            .peek()
            .is_some_and(|c| !c.is_ascii_whitespace() && !b",:()[]{}\"'/#".contains(&c))
        {
            self.i += 1;
        }
        (self.i > start).then_some(start..self.i)
    }

    /// `( .. )`, `[ .. ]` or `{ .. }`, whatever it holds.
    fn group(&mut self) -> Option<()> {
        let close = match self.peek()? {
            b'(' => b')',
            b'[' => b']',
            b'{' => b'}',
            _ => return None,
        };
        self.i += 1;
        loop {
            self.ws()?;
            match self.peek()? {
                c if c == close => {
                    self.i += 1;
                    return Some(());
                }
                b',' | b':' => self.i += 1,
                b')' | b']' | b'}' => return None,
                _ => self.value()?,
            }
        }
    }

    /// `"..."`, the cursor `skip` bytes before its opening quote.
    fn string(&mut self, skip: usize) -> Option<()> {
        self.i += skip + 1;
        loop {
            match self.peek()? {
                b'\\' => self.i += 2,
                b'"' => {
                    self.i += 1;
                    return Some(());
                }
                _ => self.i += 1,
            }
        }
    }

    /// `'x'`, `'\n'`, `'\u{..}'`.
    fn character(&mut self) -> Option<()> {
        self.i += 1;
        if self.eat(b'\\') {
            self.i += 1;
        } else {
            let c = std::str::from_utf8(&self.b[self.i..self.b.len().min(self.i + 4)])
                .or_else(|e| std::str::from_utf8(&self.b[self.i..self.i + e.valid_up_to()]))
                .ok()?
                .chars()
                .next()?;
            self.i += c.len_utf8();
        }
        while self.peek()? != b'\'' {
            self.i += 1;
        }
        self.i += 1;
        Some(())
    }

    /// `r#"..."#`, the cursor `skip` bytes before its hashes.
    fn raw(&mut self, skip: usize) -> Option<()> {
        self.i += skip;
        let hashes = raw_string(&self.b[self.i..])?;
        self.i += hashes + 1;
        loop {
            let at = self.b[self.i..].iter().position(|&c| c == b'"')?;
            self.i += at + 1;
            let rest = &self.b[self.i..];
            if rest.len() >= hashes && rest[..hashes].iter().all(|&c| c == b'#') {
                self.i += hashes;
                return Some(());
            }
        }
    }
}

/// The number of `#` before the opening quote of a raw string starting at `rest` (after its
/// `r`), or `None` if `rest` does not open one (`r#type` is a raw identifier).
fn raw_string(rest: &[u8]) -> Option<usize> {
    let hashes = rest.iter().take_while(|&&c| c == b'#').count();
    (rest.get(hashes) == Some(&b'"')).then_some(hashes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, parts: &[Part]) -> Vec<(Option<&'a str>, &'a str)> {
        parts
            .iter()
            .map(|p| (p.key.clone().map(|k| &text[k]), &text[p.value.clone()]))
            .collect()
    }

    #[test]
    fn lists_and_maps_split_around_strings_comments_and_raw_strings() {
        let text = r##"#![enable(implicit_some)]
// a comment with ( and [
File(
    other: Some("x)"),
    units: [
        Unit(code: "a]", note: r#"say "])" here"#, c: ')'),
        /* nested /* ) */ ] */ Unit(code: "b", n: -1.5e3, e: '\''),
        (code: "c\"", v: [1, 2,],),
    ],
    soc: { "k1": ["x", "y"], "k2": [] },
)
"##;
        let parts = split(text, &["units", "soc"]).expect("splits");
        assert_eq!(
            texts(text, &parts[0]),
            vec![
                (
                    None,
                    r##"Unit(code: "a]", note: r#"say "])" here"#, c: ')')"##
                ),
                (None, r#"Unit(code: "b", n: -1.5e3, e: '\'')"#),
                (None, r#"(code: "c\"", v: [1, 2,],)"#),
            ]
        );
        assert_eq!(
            texts(text, &parts[1]),
            vec![(Some(r#""k1""#), r#"["x", "y"]"#), (Some(r#""k2""#), "[]")]
        );
    }

    #[test]
    fn a_text_not_laid_out_as_a_struct_of_lists_gives_none() {
        assert_eq!(split("File(units: 3)", &["units"]), None);
        assert_eq!(split("File(other: [])", &["units"]), None);
        assert_eq!(split("File(units: [(a: 1)]) trailing", &["units"]), None);
        assert_eq!(split("File(units: [(a: \"open)])", &["units"]), None);
        assert!(split("(units: [])", &["units"]).is_some());
    }
}
