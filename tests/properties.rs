//! Property tests: no input makes the loader or the search panic.

use noc_explorer::data::{self, SourceFile};
use noc_explorer::model::Dataset;
use noc_explorer::search::{Highlighter, SearchIndex, Searcher};
use proptest::prelude::*;
use std::sync::OnceLock;

fn embedded() -> &'static (Dataset, SearchIndex) {
    static DS: OnceLock<(Dataset, SearchIndex)> = OnceLock::new();
    DS.get_or_init(|| {
        let ds = data::load_embedded().expect("embedded data loads");
        let index = SearchIndex::new(&ds);
        (ds, index)
    })
}

fn fixture_files() -> Vec<SourceFile> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let (files, errors) = data::read_dir(&root);
    assert!(errors.is_empty());
    files
}

/// Text with the characters that break naive code: CJK, emoji, combining marks,
/// right-to-left script, control characters and RON punctuation.
fn nasty_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            any::<char>(),
            prop::sample::select(vec![
                '看', '護', '師', '🦀', '👩', '\u{200d}', '\u{301}', 'e', 'é', 'ש', 'ل',
                '\u{202e}', '\0', '\u{1b}', '\n', '\t', '"', '(', ')', '[', ']', ',', ':', '\\',
                '^', '$', '!', '\'', ' ', '3', '2', '1', '9',
            ]),
        ],
        0..40,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn the_loader_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512), which in 0usize..4) {
        let mut files = fixture_files();
        let i = which % files.len();
        files[i].text = String::from_utf8_lossy(&bytes).into_owned().into();
        let _ = data::parse_files(files, Vec::new());
    }

    #[test]
    fn the_loader_never_panics_on_mutated_valid_files(
        which in 0usize..4,
        at in any::<prop::sample::Index>(),
        cut in 0usize..40,
        insert in nasty_text(),
    ) {
        let mut files = fixture_files();
        let i = which % files.len();
        let text = &files[i].text;
        let mut start = at.index(text.len().max(1));
        while !text.is_char_boundary(start) { start -= 1; }
        let mut end = (start + cut).min(text.len());
        while !text.is_char_boundary(end) { end -= 1; }
        let mutated = format!("{}{}{}", &text[..start], insert, &text[end.max(start)..]);
        files[i].text = mutated.into();
        match data::parse_files(files, Vec::new()) {
            Ok(ds) => prop_assert!(ds.units.iter().all(|u| u.code.len() == 5)),
            Err(errors) => prop_assert!(!errors.0.is_empty()),
        }
    }

    #[test]
    fn search_never_panics_and_returns_one_row_per_occupation(query in nasty_text()) {
        let (ds, index) = embedded();
        let mut searcher = Searcher::new();
        let results = searcher.search(index, &query);
        let mut units: Vec<usize> = results.hits.iter().map(|h| h.unit).collect();
        prop_assert!(units.iter().all(|&u| u < ds.units.len()));
        let n = units.len();
        units.sort_unstable();
        units.dedup();
        prop_assert_eq!(units.len(), n);
        let mut highlighter = Highlighter::new();
        for hit in results.hits.iter().take(5) {
            let indices = highlighter.highlight(index, &query, hit);
            let graphemes = nucleo_matcher::chars::graphemes(&hit.matched).count() as u32;
            prop_assert!(indices.iter().all(|&i| i < graphemes.max(1)));
        }
    }

    #[test]
    fn typing_a_query_key_by_key_gives_the_same_results_as_at_once(query in "[a-zé ]{1,12}") {
        let (_, index) = embedded();
        let mut typing = Searcher::new();
        let mut last = None;
        for (end, _) in query.char_indices().skip(1).chain(std::iter::once((query.len(), ' '))) {
            last = Some(typing.search(index, &query[..end]));
        }
        let fresh = Searcher::new().search(index, &query);
        prop_assert_eq!(last.unwrap_or_default(), fresh);
    }
}

#[test]
fn a_ten_thousand_character_query_is_answered() {
    let (_, index) = embedded();
    let long: String = "nurse ".repeat(1_700);
    let started = std::time::Instant::now();
    let _ = Searcher::new().search(index, &long);
    let word: String = "a".repeat(10_000);
    let _ = Searcher::new().search(index, &word);
    assert!(started.elapsed().as_secs() < 20);
}
