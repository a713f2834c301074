//! Rendering benchmarks (issue 6, item 1c): one full frame of each tab, of the list while
//! filtering, and of the sources overlay, at 120x40 and 200x60, drawn by `tui::draw` into
//! ratatui's `TestBackend` through the testing harness (the same path the snapshots use).
//!
//! Run: `cargo bench --bench render -- --measurement-time 2`

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use noc_explorer::cli::Lang;
use noc_explorer::tui::testing::Harness;
use noc_explorer::tui::{Tab, draw};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use std::hint::black_box;
use std::time::Duration;

const SIZES: [(u16, u16); 2] = [(120, 40), (200, 60)];

fn at(code: &str, w: u16, h: u16) -> Harness {
    let mut harness = Harness::embedded(Lang::En, w, h);
    harness
        .select_code(code)
        .key(KeyCode::Esc, KeyModifiers::NONE);
    harness
}

fn frame(h: &mut Harness) {
    let app = &h.app;
    h.terminal
        .draw(|f| draw(f, app))
        .expect("drawing to a test terminal never fails");
    black_box(h.terminal.backend().buffer());
}

fn render(c: &mut Criterion) {
    let mut group = c.benchmark_group("render");
    for (w, h) in SIZES {
        let size = format!("{w}x{h}");
        let mut harness = at("32129", w, h);
        for (i, tab) in Tab::ALL.iter().enumerate() {
            harness.press(char::from(b'1' + i as u8));
            group.bench_function(BenchmarkId::new(format!("{tab:?}"), &size), |b| {
                b.iter(|| frame(&mut harness))
            });
        }
        // The list while filtering (highlighted matches, "matched:" rows).
        let mut list = Harness::embedded(Lang::En, w, h);
        list.press('/').type_str("nurse");
        group.bench_function(BenchmarkId::new("list_filtered", &size), |b| {
            b.iter(|| frame(&mut list))
        });
        let mut sources = at("32129", w, h);
        sources.press('i');
        group.bench_function(BenchmarkId::new("sources_overlay", &size), |b| {
            b.iter(|| frame(&mut sources))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1));
    targets = render
}
criterion_main!(benches);
