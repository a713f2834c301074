//! Prints what the deep panes cost in the explorer: the first frame (the deep sections are not
//! built for it), building the first occupation's sections right after it (cold: parses its
//! major group's files), a selection change (`j`: the new occupation's sections, then a
//! frame) once the files are parsed, and drawing the longest panes.
//! Run with `cargo run --release --example pane_timing [RUNS]`.

use noc_explorer::data;
use noc_explorer::locale::Lang;
use noc_explorer::tui::testing::Harness;
use noc_explorer::tui::theme::Theme;
use noc_explorer::tui::{App, draw};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::layout::Rect;
use std::time::Instant;

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1e3
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() {
    let runs: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let (mut first, mut cold, mut moves, mut ai, mut outlook) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs {
        let ds = data::load_embedded().expect("embedded data loads");
        let mut app = App::new(
            ds,
            Lang::En,
            Theme::dark(),
            Rect::new(0, 0, 120, 40),
            &noc_explorer::tui::content::MEASURE,
        );
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("test terminal");
        let t = Instant::now();
        terminal.draw(|f| draw(f, &app)).expect("draw");
        first.push(ms(t));
        let t = Instant::now();
        app.sync_depth();
        terminal.draw(|f| draw(f, &app)).expect("draw");
        cold.push(ms(t));
        app.ds.deep.preload();
        let mut h = Harness::from_app(app, 120, 40);
        for _ in 0..40 {
            let t = Instant::now();
            h.key(KeyCode::Char('j'), KeyModifiers::NONE);
            h.render();
            moves.push(ms(t));
        }
        assert!(h.app.selected_unit().is_some());
        h.select_code("21232")
            .key(KeyCode::Char('2'), KeyModifiers::NONE);
        assert_eq!(
            h.app.selected_unit().map(|u| u.code.as_str()),
            Some("21232")
        );
        let t = Instant::now();
        h.render();
        ai.push(ms(t));
        h.key(KeyCode::Esc, KeyModifiers::NONE);
        h.select_code("72200")
            .key(KeyCode::Char('7'), KeyModifiers::NONE);
        assert_eq!(
            h.app.selected_unit().map(|u| u.code.as_str()),
            Some("72200")
        );
        let t = Instant::now();
        h.render();
        outlook.push(ms(t));
    }
    println!(
        "first frame (no deep sections yet)     {:6.2} ms",
        median(first)
    );
    println!(
        "first sections + frame (cold, 00010)   {:6.2} ms",
        median(cold)
    );
    println!(
        "selection change j + frame (parsed)    {:6.2} ms",
        median(moves)
    );
    println!(
        "frame of the AI pane of 21232          {:6.2} ms",
        median(ai)
    );
    println!(
        "frame of the Outlook pane of 72200     {:6.2} ms",
        median(outlook)
    );
}
