//! Start-up and search benchmarks (issue 6).
//!
//! Groups:
//! - `load`: parse the embedded dataset (everything, or only what `search` reads), build the
//!   search index; at 1x, 2x and 4x the example titles (`scaled`).
//! - `keystroke` per-keystroke figures are printed at 2x and 4x too.
//! - `keystroke`: type every prefix of `QUERIES` into one `Searcher` (so a growing query narrows
//!   the previous matches), against the same workload on fuzzy-matcher's `SkimMatcherV2` over
//!   the same texts, one row per occupation by best score (the baseline).
//!
//! Criterion reports the time of the whole typing workload; per-keystroke median and p99 are
//! computed here from individually timed keystrokes and printed before the groups run.
//! Rendering benchmarks belong to the terminal UI and live beside it, as another group.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use noc_explorer::data;
use noc_explorer::model::Dataset;
use noc_explorer::search::{SearchIndex, Searcher};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// What people type: titles, misspelt titles, codes and code prefixes, NOC 2016 codes, French
/// titles with and without accents.
const QUERIES: &[&str] = &[
    "registered nurse",
    "regstered nurse",
    "electrician",
    "electrecian",
    "software developer",
    "sofware engineer",
    "truck driver",
    "welder",
    "accountant",
    "accuntant",
    "cook",
    "plumber",
    "carpenter",
    "web designer",
    "data scientist",
    "dental hygienist",
    "heavy equipment operator",
    "early childhood educator",
    "retail salesperson",
    "cashier",
    "pharmacist",
    "police officer",
    "physiotherapist",
    "ocularist",
    "32129",
    "21231",
    "321",
    "7",
    "3219",
    "0013",
    "infirmière",
    "infirmiere",
    "ingénieur civil",
    "ingenieur civil",
    "soudeur",
    "mécanicien automobile",
    "caissier",
    "éducatrice à la petite enfance",
];

/// Every prefix of every query, in typing order; `true` marks the first keystroke of a query.
fn keystrokes() -> Vec<(bool, &'static str)> {
    QUERIES
        .iter()
        .flat_map(|q| {
            q.char_indices()
                .map(|(i, c)| (i == 0, &q[..i + c.len_utf8()]))
        })
        .collect()
}

/// The baseline: fuzzy-matcher's skim v2 over the same texts, narrowing like `Searcher`.
struct Skim {
    matcher: SkimMatcherV2,
    texts: Vec<(usize, String)>,
    units: usize,
    previous: Option<(String, Vec<u32>)>,
}

impl Skim {
    fn new(index: &SearchIndex, units: usize) -> Self {
        Skim {
            matcher: SkimMatcherV2::default().ignore_case(),
            texts: index.texts().map(|(u, t)| (u, t.to_string())).collect(),
            units,
            previous: None,
        }
    }

    /// One row per occupation by best score, best first.
    fn search(&mut self, query: &str) -> Vec<(usize, i64)> {
        let candidates: Vec<u32> = match self.previous.take() {
            Some((prev, matched)) if query.starts_with(prev.as_str()) => matched,
            _ => (0..self.texts.len() as u32).collect(),
        };
        let mut best = vec![None::<i64>; self.units];
        let mut matched = Vec::new();
        for i in candidates {
            let (unit, text) = &self.texts[i as usize];
            if let Some(score) = self.matcher.fuzzy_match(text, query) {
                matched.push(i);
                let slot = &mut best[*unit];
                if slot.is_none_or(|s| score > s) {
                    *slot = Some(score);
                }
            }
        }
        self.previous = Some((query.to_string(), matched));
        let mut hits: Vec<(usize, i64)> = best
            .into_iter()
            .enumerate()
            .filter_map(|(u, s)| Some((u, s?)))
            .collect();
        hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        hits
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// Time every keystroke of the workload `rounds` times and print median, p99 and max.
fn report_keystrokes(name: &str, rounds: usize, mut search: impl FnMut(bool, &str) -> usize) {
    let keys = keystrokes();
    let mut times = Vec::with_capacity(keys.len() * rounds);
    let mut slowest = (Duration::ZERO, "");
    for _ in 0..rounds {
        for &(first, query) in &keys {
            let start = Instant::now();
            black_box(search(first, query));
            let t = start.elapsed();
            if t > slowest.0 {
                slowest = (t, query);
            }
            times.push(t);
        }
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{name}: {} keystrokes x {rounds}: median {:.3} ms, p99 {:.3} ms, max {:.3} ms ({:?})",
        keys.len(),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.99)),
        ms(slowest.0),
        slowest.1,
    );
}

/// Japanese queries typed character by character (as an input method commits them).
fn japanese_keystrokes(index: &SearchIndex) {
    const QUERIES: [&str; 8] = [
        "看護師",
        "保育士",
        "トラック運転手",
        "電気工事士",
        "プログラマー",
        "ほーむへるぱー",
        "ｿﾌﾄｳｪｱ",
        "システムエンジニア",
    ];
    let mut times = Vec::new();
    for _ in 0..5 {
        for query in QUERIES {
            let mut searcher = Searcher::new();
            let ends = query.char_indices().map(|(i, c)| i + c.len_utf8());
            for end in ends {
                let start = Instant::now();
                black_box(searcher.search(index, &query[..end]));
                times.push(start.elapsed());
            }
        }
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "Japanese keystrokes: {} x 5: median {:.3} ms, p99 {:.3} ms",
        times.len() / 5,
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.99)),
    );
}

/// The dataset with every example title repeated `k` times, the copies marked "(copy N)":
/// synthetic texts for timing how costs grow, never shown as data.
fn scaled(ds: &Dataset, k: usize) -> Dataset {
    let mut ds = ds.clone();
    for unit in &mut ds.units {
        let titles = unit.example_titles.clone();
        for copy in 2..=k {
            let marked = titles.iter().map(|t| format!("{t} (copy {copy})"));
            unit.example_titles.extend(marked);
        }
    }
    ds
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    group.bench_function("embedded", |b| {
        b.iter(|| data::load_embedded().expect("loads"))
    });
    group.bench_function("embedded, what search reads", |b| {
        b.iter(|| data::load_embedded_for(data::Needs::Search).expect("loads"))
    });
    let ds = data::load_embedded().expect("loads");
    for k in [1, 2, 4] {
        let ds = scaled(&ds, k);
        group.bench_function(BenchmarkId::new("index", format!("{k}x")), |b| {
            b.iter(|| SearchIndex::new(black_box(&ds)))
        });
    }
    // What `search` does instead of the load and the index: read the index build.rs prepared.
    group.bench_function("prepared index", |b| {
        b.iter(|| SearchIndex::embedded().expect("build.rs prepared it"))
    });
    group.bench_function("search's load+index", |b| {
        b.iter(|| {
            let ds = data::load_embedded_for(data::Needs::Search).expect("loads");
            SearchIndex::new(&ds)
        })
    });
    group.finish();
}

fn keystroke(c: &mut Criterion) {
    let ds = data::load_embedded().expect("loads");
    let index = SearchIndex::new(&ds);
    let keys = keystrokes();

    // Wall-clock figures depend on what else runs: say how busy the machine was.
    if let Ok(load) = std::fs::read_to_string("/proc/loadavg") {
        println!("load average: {}", load.trim());
    }
    let mut searcher = Searcher::new();
    report_keystrokes("nucleo (Searcher)", 5, |first, q| {
        if first {
            // A new query starts from an empty box, as in the explorer.
            searcher.search(&index, "");
        }
        searcher.search(&index, q).hits.len()
    });
    // The same workload over an index without the Japanese texts, to show what they cost.
    let mut plain = ds.clone();
    plain.japanese = Default::default();
    let plain_index = SearchIndex::new(&plain);
    let mut searcher = Searcher::new();
    report_keystrokes("nucleo (Searcher), no Japanese texts", 5, |first, q| {
        if first {
            searcher.search(&plain_index, "");
        }
        searcher.search(&plain_index, q).hits.len()
    });
    println!(
        "texts indexed: {} with the Japanese ones, {} without",
        index.len(),
        plain_index.len()
    );
    japanese_keystrokes(&index);
    for k in [2, 4] {
        let big = scaled(&ds, k);
        let big_index = SearchIndex::new(&big);
        let mut searcher = Searcher::new();
        let name = format!(
            "nucleo (Searcher) at {k}x the titles, {} texts",
            big_index.len()
        );
        report_keystrokes(&name, 3, |first, q| {
            if first {
                searcher.search(&big_index, "");
            }
            searcher.search(&big_index, q).hits.len()
        });
    }
    let mut skim = Skim::new(&index, ds.units.len());
    report_keystrokes("fuzzy-matcher (SkimMatcherV2)", 2, |_, q| {
        skim.search(q).len()
    });

    let mut group = c.benchmark_group("keystroke");
    group.throughput(criterion::Throughput::Elements(keys.len() as u64));
    group.bench_function(BenchmarkId::new("nucleo", "all prefixes"), |b| {
        b.iter(|| {
            let mut searcher = Searcher::new();
            for &(first, q) in &keys {
                if first {
                    searcher.search(&index, "");
                }
                black_box(searcher.search(&index, q));
            }
        })
    });
    group.bench_function(BenchmarkId::new("fuzzy-matcher", "all prefixes"), |b| {
        b.iter(|| {
            let mut skim = Skim::new(&index, ds.units.len());
            for &(_, q) in &keys {
                black_box(skim.search(q));
            }
        })
    });
    group.finish();
}

fn config() -> Criterion {
    // Short runs: the machine has two cores shared with other builds.
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = benches;
    config = config();
    targets = load, keystroke
}
criterion_main!(benches);
