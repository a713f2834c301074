//! Relevance of search on labelled queries (`tests/relevance/queries.ron`): hit@1 and hit@5
//! by kind of query, printed as a table; the test fails when a kind falls below the level
//! measured when the suite was written (minus a small margin).
//!
//! Run with `cargo test --test search_relevance -- --nocapture` to see the table.

use noc_explorer::data;
use noc_explorer::search::{MatchKind, SearchIndex, Searcher};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Labelled {
    /// Free text ("everyday", "typo", ...): other kinds (Japanese) can be added to the file.
    kind: String,
    query: String,
    /// NOC 2021 unit-group codes that are an acceptable answer.
    answers: Vec<String>,
}

/// (kind, minimum hit@1, minimum hit@5), in percent: the measured level minus about 2 points.
const FLOORS: &[(&str, f64, f64)] = &[
    ("everyday", 97.0, 98.0),
    ("abbreviation", 95.0, 95.0),
    ("typo", 93.0, 93.0),
    ("french", 97.0, 97.0),
    ("code2021", 100.0, 100.0),
    ("noc2016", 96.0, 96.0),
    ("all", 97.0, 97.0),
];

#[derive(Default)]
struct Tally {
    queries: usize,
    at1: usize,
    at5: usize,
    /// Queries whose first hit came from our alias table rather than from ranking.
    by_alias: usize,
}

impl Tally {
    fn pct(n: usize, of: usize) -> f64 {
        100.0 * n as f64 / of.max(1) as f64
    }
}

#[test]
fn relevance_by_kind_stays_at_its_measured_level() {
    let text = include_str!("relevance/queries.ron");
    let labelled: Vec<Labelled> = ron::from_str(text).expect("queries.ron parses");
    assert!(labelled.len() >= 150, "{} queries", labelled.len());
    let ds = data::load_embedded().expect("embedded data loads");
    let index = SearchIndex::new(&ds);
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let mut misses = Vec::new();
    for row in &labelled {
        assert!(
            row.answers.iter().all(|c| ds.unit(c).is_some()),
            "{:?}: an answer is not a unit group",
            row.query
        );
        let hits = Searcher::new().search(&index, &row.query).hits;
        let codes: Vec<&str> = hits
            .iter()
            .map(|h| ds.units[h.unit].code.as_str())
            .collect();
        let good = |c: &&str| row.answers.iter().any(|a| a == c);
        let at1 = codes.first().is_some_and(good);
        let at5 = codes.iter().take(5).any(good);
        if !at1 {
            misses.push(format!(
                "{:>12} {:?} -> {:?}",
                row.kind,
                row.query,
                &codes[..codes.len().min(3)]
            ));
        }
        for key in [row.kind.as_str(), "all"] {
            let t = tallies.entry(key.to_string()).or_default();
            t.queries += 1;
            t.at1 += usize::from(at1);
            t.at5 += usize::from(at5);
            t.by_alias += usize::from(hits.first().is_some_and(|h| h.kind == MatchKind::Alias));
        }
    }
    println!(
        "{:<14} {:>7} {:>7} {:>7} {:>8}",
        "kind", "queries", "hit@1", "hit@5", "by alias"
    );
    for (kind, t) in &tallies {
        println!(
            "{:<14} {:>7} {:>6.1}% {:>6.1}% {:>8}",
            kind,
            t.queries,
            Tally::pct(t.at1, t.queries),
            Tally::pct(t.at5, t.queries),
            t.by_alias
        );
    }
    println!("misses at 1:\n{}", misses.join("\n"));
    let mut below = Vec::new();
    for &(kind, floor1, floor5) in FLOORS {
        let t = tallies
            .get(kind)
            .expect("every kind with a floor has queries");
        let (at1, at5) = (Tally::pct(t.at1, t.queries), Tally::pct(t.at5, t.queries));
        if at1 < floor1 || at5 < floor5 {
            below.push(format!(
                "{kind}: hit@1 {at1:.1}% (floor {floor1}), hit@5 {at5:.1}% (floor {floor5})"
            ));
        }
    }
    assert!(below.is_empty(), "{}", below.join("\n"));
}
