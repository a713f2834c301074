//! Checks of values inside the data files: numbers that must be finite, non-negative and in
//! order, and text free of control characters (C0 except tab and newline, DEL, C1, and the
//! bidirectional overrides U+202A-U+202E and U+2066-U+2069), each reported as
//! `path:line:column`.

use super::{DataError, Location, SourceFile};
use crate::model::figures::{WageRange, WageRecord};

/// Whether a character may not appear in data text.
pub fn is_forbidden(c: char) -> bool {
    let u = u32::from(c);
    (u < 0x20 && c != '\t' && c != '\n' && c != '\r')
        || (0x7f..=0x9f).contains(&u)
        || (0x202a..=0x202e).contains(&u)
        || (0x2066..=0x2069).contains(&u)
}

/// `text` with every forbidden character (and carriage return) shown as an escape, so that
/// printing it cannot move the cursor or reorder the terminal's text: `\u{1b}` in plain text
/// and CSV; `\u001b` when `json` (the text is already JSON and the escape sits in a string).
pub fn printable(text: &str, json: bool) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| c == '\r' || is_forbidden(c)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if c == '\r' || is_forbidden(c) {
            let u = u32::from(c);
            if json {
                out.push_str(&format!("\\u{u:04x}"));
            } else {
                out.push_str(&format!("\\u{{{u:x}}}"));
            }
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The character a RON escape at the start of `rest` (just after a backslash) stands for:
/// `\xHH`, `\u{H..}` or `\uHHHH`.
fn unescape(rest: &str) -> Option<char> {
    let hex = |s: &str| u32::from_str_radix(s, 16).ok().and_then(char::from_u32);
    if let Some(h) = rest.strip_prefix('x') {
        return h.get(..2).and_then(hex);
    }
    let u = rest.strip_prefix('u')?;
    if let Some(braced) = u.strip_prefix('{') {
        return braced.split_once('}').and_then(|(h, _)| hex(h));
    }
    u.get(..4).and_then(hex)
}

/// Every control character in a file's text, written raw or as an escape. A byte scan: the
/// characters concerned all start with a byte that is rare in the data.
pub fn control_chars(file: &SourceFile, errors: &mut Vec<DataError>) {
    let text = &file.text;
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let found = match b[i] {
            b'\\' => {
                let e = text
                    .get(i + 1..)
                    .and_then(unescape)
                    .filter(|&c| is_forbidden(c));
                i += 1; // the escaped character is not read again
                e.map(|c| (i - 1, c))
            }
            0x00..=0x1f | 0x7f | 0xc2 | 0xe2 => text
                .get(i..)
                .and_then(|t| t.chars().next())
                .filter(|&c| is_forbidden(c))
                .map(|c| (i, c)),
            _ => None,
        };
        if let Some((at, ch)) = found {
            errors.push(DataError::ControlChar {
                at: Location::at_offset(&file.display, text, at),
                code: format!("U+{:04X}", u32::from(ch)),
            });
        }
        i += 1;
    }
}

/// The most an hourly wage in the data may be: past this a figure is a mistake (a yearly
/// amount in the hourly column, a unit slip), and its yearly equivalent would overflow.
pub const MAX_HOURLY_WAGE: f64 = 1000.0;

/// Whether a wage range is sound: every figure finite, from 0 to `MAX_HOURLY_WAGE`, and
/// low <= median <= high.
fn sound(w: &WageRange) -> bool {
    let numbers = [w.low, w.median, w.high];
    numbers
        .iter()
        .all(|v| v.is_finite() && (0.0..=MAX_HOURLY_WAGE).contains(v))
        && w.low <= w.median
        && w.median <= w.high
}

/// Wages: every figure finite and non-negative, and low <= median <= high.
///
/// A record is looked for in the text only when it is wrong: searching the 1.2 MB file for
/// each of its 447 codes took 200 ms on every start.
pub fn wages(file: &SourceFile, records: &[WageRecord], errors: &mut Vec<DataError>) {
    for r in records {
        let all_sound = r.national.iter().all(sound)
            && r.provinces.iter().all(|p| sound(&p.wage))
            && r.trend.iter().all(|t| sound(&t.y2016) && sound(&t.y2020));
        if !all_sound {
            wage_record(file, r, errors);
        }
    }
}

/// Report the problems of one wage record, located in its file.
fn wage_record(file: &SourceFile, r: &WageRecord, errors: &mut Vec<DataError>) {
    let text = &file.text;
    let start = text.find(&format!("code: \"{}\"", r.code)).unwrap_or(0);
    let mut ranges: Vec<(String, WageRange, usize)> = Vec::new();
    if let Some(n) = r.national {
        let at = text[start..].find("national:").map_or(start, |o| start + o);
        ranges.push(("national".into(), n, at));
    }
    for p in &r.provinces {
        let needle = format!("province: \"{}\"", p.province);
        let at = text[start..].find(&needle).map_or(start, |o| start + o);
        ranges.push((p.province.clone(), p.wage, at));
    }
    for t in &r.trend {
        ranges.push((format!("{} in 2016", t.noc2016), t.y2016, start));
        ranges.push((format!("{} in 2020", t.noc2016), t.y2020, start));
    }
    for (range, w, at) in ranges {
        let mut ok = true;
        for (field, v) in [("low", w.low), ("median", w.median), ("high", w.high)] {
            if !v.is_finite() || v < 0.0 {
                ok = false;
                let off = text[at..].find(&format!("{field}:")).map_or(at, |o| at + o);
                errors.push(DataError::BadNumber {
                    at: Location::at_offset(&file.display, text, off),
                    what: format!("the {range} {field} wage of {}", r.code),
                    value: v.to_string(),
                });
            }
        }
        for (field, v) in [("low", w.low), ("median", w.median), ("high", w.high)] {
            if ok && v > MAX_HOURLY_WAGE {
                ok = false;
                let off = text[at..].find(&format!("{field}:")).map_or(at, |o| at + o);
                errors.push(DataError::BadValue {
                    at: Location::at_offset(&file.display, text, off),
                    what: format!("the {range} {field} wage of {}", r.code),
                    value: v.to_string(),
                    expected: format!("an hourly wage of at most {MAX_HOURLY_WAGE} dollars"),
                });
            }
        }
        if ok && !(w.low <= w.median && w.median <= w.high) {
            errors.push(DataError::WageOrder {
                at: Location::at_offset(&file.display, text, at),
                code: r.code.clone(),
                range,
                low: w.low,
                median: w.median,
                high: w.high,
            });
        }
    }
}

/// Optional parts of a data directory, and what reads "not loaded" without them.
pub const OPTIONAL: [(&str, &str); 12] = [
    ("noc/noc2016.ron", "NOC 2016 codes and predecessors"),
    ("profiles", "curated profiles"),
    (crate::model::figures::WAGES, "Job Bank wages"),
    (crate::model::figures::CENSUS, "Census incomes"),
    (crate::model::figures::OUTLOOK, "COPS outlooks"),
    (crate::model::figures::AI, "AI exposure"),
    (crate::model::figures::LMIA, "positive LMIA counts"),
    (
        crate::model::figures::EE_CATEGORIES,
        "Express Entry category lists",
    ),
    (crate::model::figures::PROGRAMS, "immigration program rules"),
    (
        crate::model::law::LAW,
        "immigration rules read from the law",
    ),
    (
        crate::model::path_lists::PROVINCIAL_LICENSING,
        "provincial licensing lists",
    ),
    (crate::model::tuition::TUITION, "university tuition"),
];

/// A warning (not an error) for each optional file or folder missing from `dir`:
/// `DIR/figures/lmia.ron: not found; positive LMIA counts will read "not loaded"`.
pub fn missing_optional(dir: &std::path::Path) -> Vec<String> {
    OPTIONAL
        .iter()
        .filter(|(rel, _)| !dir.join(rel).exists())
        .map(|(rel, what)| {
            format!(
                "{}: not found; {what} will read \"not loaded\"",
                dir.join(rel).display()
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters() {
        for c in [
            '\u{1b}', '\u{0}', '\u{7f}', '\u{85}', '\u{202e}', '\u{2066}',
        ] {
            assert!(is_forbidden(c), "{c:?}");
        }
        for c in ['\t', '\n', 'é', '看', ' '] {
            assert!(!is_forbidden(c), "{c:?}");
        }
        assert_eq!(unescape("u{1b}\""), Some('\u{1b}'));
        assert_eq!(unescape("x1b"), Some('\u{1b}'));
        assert_eq!(unescape("n"), None);
        assert_eq!(
            printable("a\u{1b}[2Jb\u{202e}c\nd", false),
            "a\\u{1b}[2Jb\\u{202e}c\nd"
        );
        assert_eq!(printable("\"a\u{85}\"", true), "\"a\\u0085\"");
        assert!(matches!(
            printable("plain 看", false),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
