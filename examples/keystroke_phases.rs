//! Times each keystroke of the pty benchmark's queries inside the process (no terminal):
//! `Searcher::search` for every prefix, in typing order, as `benches/compare-fzf.sh` types
//! them. With a data directory argument, the index is built from it (2x, 4x the titles).
//!
//! `cargo run --release --example keystroke_phases [-- DATA_DIR]`

use noc_explorer::data;
use noc_explorer::locale::Lang;
use noc_explorer::model::Dataset;
use noc_explorer::search::{SearchIndex, Searcher};
use noc_explorer::tui::testing::Harness;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use std::time::Instant;

const QUERIES: [&str; 8] = [
    "nurse",
    "registered nurse",
    "electrician",
    "software developer",
    "infirmiere",
    "ingénieur civil",
    "soudeur",
    "re",
];

fn load(dir: Option<&String>) -> Result<Dataset, String> {
    match dir {
        Some(dir) => data::load_dir(
            std::path::Path::new(dir),
            noc_explorer::search::SearchIndex::prepared_bytes,
        )
        .map_err(|_| format!("{dir} did not load")),
        None => data::load_embedded().map_err(|_| "the embedded data did not load".to_string()),
    }
}

/// The same keys into the explorer (a test terminal of 120x40): the key, then the frame.
fn frames(dir: Option<&String>) -> Result<(), Box<dyn std::error::Error>> {
    let mut h = Harness::new(load(dir)?, Lang::En, 120, 40);
    h.render();
    let (mut keys, mut draws) = (Vec::new(), Vec::new());
    for round in 0..4 {
        for q in QUERIES {
            h.press('/');
            for c in q.chars() {
                let t = Instant::now();
                h.press(c);
                let k = t.elapsed().as_secs_f64() * 1e3;
                let t = Instant::now();
                h.render();
                let d = t.elapsed().as_secs_f64() * 1e3;
                if round > 0 {
                    keys.push(k);
                    draws.push(d);
                }
            }
            h.key(KeyCode::Esc, KeyModifiers::NONE);
        }
    }
    for (name, mut v) in [("key", keys), ("frame", draws)] {
        v.sort_by(f64::total_cmp);
        let p = |q: f64| v[((v.len() - 1) as f64 * q).round() as usize];
        println!(
            "{name:6} median {:.3} ms  p99 {:.3} ms  max {:.3} ms",
            p(0.5),
            p(0.99),
            v[v.len() - 1]
        );
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "--frames") {
        return frames(args.get(1));
    }
    let index = match args.first() {
        Some(_) => SearchIndex::new(&load(args.first())?),
        None => SearchIndex::embedded().ok_or("no embedded index")?,
    };
    index.prepare_corrections();
    let mut rows: Vec<(String, f64)> = Vec::new();
    for round in 0..5 {
        let mut searcher = Searcher::new();
        for q in QUERIES {
            for (i, c) in q.char_indices() {
                let prefix = &q[..i + c.len_utf8()];
                let start = Instant::now();
                let results = searcher.search(&index, prefix);
                let t = start.elapsed().as_secs_f64() * 1e3;
                std::hint::black_box(results);
                if round > 0 {
                    rows.push((prefix.to_string(), t));
                }
            }
            searcher.search(&index, "");
        }
    }
    let mut times: Vec<f64> = rows.iter().map(|r| r.1).collect();
    times.sort_by(f64::total_cmp);
    let p = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "{} texts, {} keys: median {:.3} ms  p99 {:.3} ms  max {:.3} ms",
        index.len(),
        times.len(),
        p(0.5),
        p(0.99),
        times[times.len() - 1]
    );
    rows.sort_by(|a, b| b.1.total_cmp(&a.1));
    for (q, t) in rows.iter().take(24) {
        println!("  {t:7.3} ms  {q:?}");
    }
    Ok(())
}
