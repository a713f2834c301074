//! Prints how long each phase of start-up takes: loading the embedded dataset (parse and
//! validate), building the search index, and one search. Run with
//! `cargo run --release --example load_phases`.

use noc_explorer::data;
use noc_explorer::search::{SearchIndex, Searcher};
use std::time::Instant;

fn main() {
    let runs = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let mut load = Vec::new();
    let mut index = Vec::new();
    let mut search = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let ds = data::load_embedded().expect("embedded data loads");
        load.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        let ix = SearchIndex::new(&ds);
        index.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        let hits = Searcher::new().search(&ix, "nurse").hits.len();
        search.push(t.elapsed().as_secs_f64() * 1e3);
        assert!(hits > 0);
    }
    for (name, v) in [
        ("load", &mut load),
        ("index", &mut index),
        ("search", &mut search),
    ] {
        v.sort_by(f64::total_cmp);
        println!(
            "{name:>7}: min {:.2} ms  median {:.2} ms",
            v[0],
            v[v.len() / 2]
        );
    }
}
