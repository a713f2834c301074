//! What where-the-skills-carry costs at start and per selection: reading `similarity.ron`'s
//! JSON form (as the embedded file is read at start), making the rating table, and computing
//! one occupation's paths with their figures. `cargo run --release --example paths_cost [RUNS]`.

use noc_explorer::model::similarity::{RatingTable, SimilarityFile};
use std::time::Instant;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let runs = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let text = std::fs::read_to_string(dir.join("similarity.ron")).expect("data/similarity.ron");
    let file: SimilarityFile = ron::from_str(&text).expect("parses");
    let json = serde_json::to_string(&file).expect("json");
    let ds = noc_explorer::data::load_embedded().expect("embedded data");
    let unit = ds.unit("32129").expect("32129");
    let (mut parse, mut table, mut paths) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let t = Instant::now();
        let f: SimilarityFile = serde_json::from_str(&json).expect("json parses");
        parse.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        let _ = RatingTable::from_file(f).expect("valid");
        table.push(t.elapsed().as_secs_f64() * 1e3);
        let t = Instant::now();
        let p = noc_explorer::facts::paths::for_unit(&ds, unit);
        paths.push(t.elapsed().as_secs_f64() * 1e3);
        assert!(p.paths.len() >= 5);
    }
    println!(
        "similarity JSON ({} bytes): median {:.2} ms",
        json.len(),
        median(parse)
    );
    println!("rating table from it: median {:.2} ms", median(table));
    println!(
        "paths of 32129 with their figures: median {:.2} ms",
        median(paths)
    );
}
