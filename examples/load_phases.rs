//! Prints how long each phase of start-up takes: loading the embedded dataset (everything,
//! as the explorer does, and only what `search` reads), building the search index, and one
//! search; and reading the index `build.rs` prepared (what `search` does instead of the
//! first two). The first run is the one a fresh process sees (`search` runs once); the median
//! is over warm runs. Run with `cargo run --release --example load_phases [RUNS]`.

use noc_explorer::data;
use noc_explorer::search::{SearchIndex, Searcher};
use std::time::Instant;

fn main() {
    let runs = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let mut load = Vec::new();
    let mut everything = Vec::new();
    let mut index = Vec::new();
    let mut search = Vec::new();
    let mut prepared = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let ix = SearchIndex::embedded().expect("build.rs prepared the index");
        prepared.push(t.elapsed().as_secs_f64() * 1e3);
        drop(ix);
        let t = Instant::now();
        let ds = data::load_embedded_for(data::Needs::Search).expect("embedded data loads");
        load.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        let ix = SearchIndex::new(&ds);
        index.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        let hits = Searcher::new().search(&ix, "nurse").hits.len();
        search.push(t.elapsed().as_secs_f64() * 1e3);
        assert!(hits > 0);
        let t = Instant::now();
        let all = data::load_embedded().expect("embedded data loads");
        everything.push(t.elapsed().as_secs_f64() * 1e3);
        drop(all);
    }
    for (name, v) in [
        ("load for search", &mut load),
        ("load everything", &mut everything),
        ("index", &mut index),
        ("search", &mut search),
        ("prepared index", &mut prepared),
    ] {
        let first = v[0];
        v.sort_by(f64::total_cmp);
        println!(
            "{name:>15}: first {first:.2} ms  min {:.2} ms  median {:.2} ms",
            v[0],
            v[v.len() / 2]
        );
    }
}
