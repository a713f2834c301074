//! Prints what the deep files (OaSIS, AI tasks, yearly outlook) cost: start-up (loading the
//! embedded dataset, which only sets the deep files aside), then the first and the second
//! time an occupation's deep sections are built (the first finds where its major group's
//! parts lie, and the files every occupation reads), the first of another major group (what a
//! move there waits for, on a thread), and the next occupation of that group (what a move
//! within it waits for).
//! Run with `cargo run --release --example deep_phases`.

use noc_explorer::data;
use noc_explorer::facts::depth;
use std::time::Instant;

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn main() {
    let runs = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    let mut rows: Vec<(&str, Vec<f64>)> = vec![
        ("load", Vec::new()),
        ("first 32129", Vec::new()),
        ("again 32129", Vec::new()),
        ("first 72200", Vec::new()),
        ("next 72201", Vec::new()),
        ("first 21232", Vec::new()),
        ("preload all", Vec::new()),
    ];
    for _ in 0..runs {
        let t = Instant::now();
        let ds = data::load_embedded().expect("embedded data loads");
        rows[0].1.push(ms(t));
        for (i, code) in [
            (1, "32129"),
            (2, "32129"),
            (3, "72200"),
            (4, "72201"),
            (5, "21232"),
        ] {
            let t = Instant::now();
            let d = depth::for_unit(&ds, code);
            rows[i].1.push(ms(t));
            assert!(!d.ai.tasks.is_empty());
        }
        let fresh = data::load_embedded().expect("embedded data loads");
        let t = Instant::now();
        fresh.deep.preload();
        rows[6].1.push(ms(t));
    }
    for (name, v) in &mut rows {
        v.sort_by(f64::total_cmp);
        println!(
            "{name:>12}: min {:.2} ms  median {:.2} ms",
            v[0],
            v[v.len() / 2]
        );
    }
}
