//! What a warm `--data DIR` start pays before it searches: reading every data file, hashing
//! their bytes (the prepared copy's key) and reading the copy (`data::prepared`).
//!
//! `cargo run --release --example prepared_cost -- DIR` (prepare DIR first with one start)

use noc_explorer::data::{self, prepared};
use std::time::Instant;

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "data".into()));
    for round in 0..5 {
        let t = Instant::now();
        let (files, errors) = data::read_dir(&dir);
        let read = t.elapsed();
        let bytes: usize = files.iter().map(|f| f.text.len()).sum();
        let t = Instant::now();
        let key = prepared::key(&files);
        let hash = t.elapsed();
        let t = Instant::now();
        let copy = prepared::read(&dir, key);
        let copy_time = t.elapsed();
        println!(
            "round {round}: {} files ({:.1} MB, {} problems): read {:.2} ms, hash {:.2} ms ({:.1} GB/s), copy {} {:.2} ms",
            files.len(),
            bytes as f64 / 1e6,
            errors.len(),
            read.as_secs_f64() * 1e3,
            hash.as_secs_f64() * 1e3,
            bytes as f64 / hash.as_secs_f64() / 1e9,
            if copy.is_some() { "read" } else { "missing" },
            copy_time.as_secs_f64() * 1e3,
        );
    }
}
