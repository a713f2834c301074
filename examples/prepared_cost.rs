//! What a warm `--data DIR` start pays before it searches: finding the prepared copy's key
//! from the files' stamps (or by reading and hashing every file), and reading the copy whole
//! (the explorer) or its search index only (`search`) (`data::prepared`).
//!
//! `cargo run --release --example prepared_cost -- DIR` (prepare DIR first with one start)

use noc_explorer::data::{self, prepared};
use std::time::Instant;

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "data".into()));
    for round in 0..5 {
        let t = Instant::now();
        let listing = data::ron_files(&dir).map_or(0, |f| f.len());
        let list = ms(t);
        let t = Instant::now();
        let known = prepared::stamps::known(&dir);
        let stamps = ms(t);
        let t = Instant::now();
        let (files, errors) = data::read_dir(&dir);
        let read = ms(t);
        let bytes: usize = files.iter().map(|f| f.text.len()).sum();
        let t = Instant::now();
        let key = prepared::key(&files);
        let hash = ms(t);
        let t = Instant::now();
        let index = prepared::read_index(&dir, key);
        let index_time = ms(t);
        let t = Instant::now();
        let copy = prepared::read(&dir, key);
        let copy_time = ms(t);
        println!(
            "round {round}: {listing} files listed in {list:.2} ms; stamps {} in {stamps:.2} ms; \
             read all {} files ({:.1} MB, {} problems) {read:.2} ms, hash {hash:.2} ms; \
             index only {} ({} KB) {index_time:.2} ms; whole copy {} {copy_time:.2} ms",
            match &known {
                Some(k) if k.key == key => format!("give the key ({} hashed)", k.hashed),
                Some(_) => "give ANOTHER key".into(),
                None => "missing".into(),
            },
            files.len(),
            bytes as f64 / 1e6,
            errors.len(),
            if index.is_some() { "read" } else { "missing" },
            index.map_or(0, |i| i.len() / 1024),
            if copy.is_some() { "read" } else { "missing" },
        );
    }
}
