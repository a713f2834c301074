//! Short forms inside a query ("lab tech"): each read as the NOC words it stands for, from
//! `short_forms.txt` (written by us). A query holding one is searched as typed and as each
//! reading; search shows which readings it used, marked as ours.

use super::folding::fold;
use std::sync::OnceLock;

/// Our table, as written in `short_forms.txt`.
const TABLE: &str = include_str!("short_forms.txt");

/// At most this many readings of one query are searched (two short forms of two readings
/// each are four).
const MAX_READINGS: usize = 4;

/// One short form and the words it stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShortForm {
    pub short: String,
    pub words: Vec<String>,
}

/// The table, parsed once.
pub(super) fn table() -> &'static [ShortForm] {
    static TABLE_PARSED: OnceLock<Vec<ShortForm>> = OnceLock::new();
    TABLE_PARSED.get_or_init(|| parse(TABLE))
}

fn parse(text: &str) -> Vec<ShortForm> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (short, words) = l.split_once('=')?;
            Some(ShortForm {
                short: short.trim().to_string(),
                words: words
                    .split('|')
                    .map(|w| w.trim().to_string())
                    .filter(|w| !w.is_empty())
                    .collect(),
            })
        })
        .collect()
}

/// How a query was read: the queries to search (the first is the query as typed, folded)
/// and the short forms that were read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Readings {
    pub queries: Vec<String>,
    pub read: Vec<&'static ShortForm>,
}

/// The readings of `query`, or `None` when it holds no short form. A query of one word is
/// never read: alone, a short form means too many things ("tech"), and a whole-query short
/// form is the alias table's.
pub(super) fn readings(query: &str) -> Option<Readings> {
    let folded = fold(query);
    let words: Vec<&str> = folded.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let table = table();
    let found: Vec<Option<&'static ShortForm>> = words
        .iter()
        .map(|w| table.iter().find(|s| s.short == *w))
        .collect();
    if found.iter().all(Option::is_none) {
        return None;
    }
    let mut queries = vec![Vec::<&str>::new()];
    for (word, form) in words.iter().zip(&found) {
        let choices: Vec<&str> = match form {
            Some(form) => form.words.iter().map(String::as_str).collect(),
            None => vec![word],
        };
        queries = queries
            .iter()
            .flat_map(|q| {
                choices.iter().map(move |c| {
                    let mut q = q.clone();
                    q.push(c);
                    q
                })
            })
            .take(MAX_READINGS)
            .collect();
    }
    let mut all = vec![words.join(" ")];
    all.extend(queries.into_iter().map(|q| q.join(" ")));
    all.dedup();
    let mut read: Vec<&'static ShortForm> = found.into_iter().flatten().collect();
    read.dedup();
    Some(Readings { queries: all, read })
}

/// The readings as a user reads them: "lab = laboratory · tech = technician / technologist".
pub fn describe(read: &[&ShortForm]) -> String {
    read.iter()
        .map(|s| format!("{} = {}", s.short, s.words.join(" / ")))
        .collect::<Vec<_>>()
        .join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_query_is_read_as_typed_and_as_each_reading() {
        let r = readings("Lab Tech").expect("two short forms");
        assert_eq!(
            r.queries,
            [
                "lab tech",
                "laboratory technician",
                "laboratory technologist"
            ]
        );
        assert_eq!(
            describe(&r.read),
            "lab = laboratory · tech = technician / technologist"
        );
        assert_eq!(
            readings("x-ray tech").unwrap().queries,
            ["x-ray tech", "x-ray technician", "x-ray technologist"]
        );
    }

    #[test]
    fn one_word_and_queries_without_short_forms_are_not_read() {
        assert_eq!(readings("tech"), None);
        assert_eq!(readings("lab"), None);
        assert_eq!(readings("registered nurse"), None);
        // Part of a word is not a short form: "technical" stays as typed.
        assert_eq!(readings("technical writer"), None);
    }

    #[test]
    fn readings_are_bounded() {
        let r = readings("med lab tech admin eng").unwrap();
        assert!(r.queries.len() <= MAX_READINGS + 1, "{:?}", r.queries);
    }
}
