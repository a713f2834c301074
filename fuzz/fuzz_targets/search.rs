//! Any text as a query, typed key by key: the search must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use noc_explorer::search::{Highlighter, SearchIndex, Searcher};
use std::sync::OnceLock;

fn index() -> &'static SearchIndex {
    static INDEX: OnceLock<SearchIndex> = OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(&noc_explorer::data::load_embedded().expect("embedded data")))
}

fuzz_target!(|query: &str| {
    let mut searcher = Searcher::new();
    for (end, _) in query.char_indices() {
        let _ = searcher.search(index(), &query[..end]);
    }
    let results = searcher.search(index(), query);
    let mut highlighter = Highlighter::new();
    for hit in results.hits.iter().take(3) {
        let _ = highlighter.highlight(index(), query, hit);
    }
});
