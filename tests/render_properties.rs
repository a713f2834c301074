//! Rendering never panics: any sequence of keys, any terminal size from 1x1 to 400x120.

use noc_explorer::locale::Lang;
use noc_explorer::model::Dataset;
use noc_explorer::tui::testing::Harness;
use proptest::prelude::*;
use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};
use std::sync::OnceLock;

/// A fresh app for each case, so a failing case shrinks and reproduces on its own. Only the
/// parsed dataset, which no case changes, is shared.
fn harness(lang: Lang) -> Harness {
    static DS: OnceLock<Dataset> = OnceLock::new();
    let ds = DS.get_or_init(|| noc_explorer::data::load_embedded().expect("embedded data"));
    Harness::new(ds.clone(), lang, 100, 30)
}

/// Keys a person might press. Export (`e`) and copy (`y`) are left out: they write a file
/// in the working directory or to the real terminal.
fn key() -> impl Strategy<Value = (KeyCode, KeyModifiers)> {
    let chars: Vec<char> = "abcdfghijklmnopqrstuvwxzABCDFGHIJKLMNOPQRSTUVWXZ0123456789/?  .-é看"
        .chars()
        .collect();
    prop_oneof![
        4 => prop::sample::select(chars).prop_map(|c| {
            let mods = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
            (KeyCode::Char(c), mods)
        }),
        2 => prop::sample::select(vec![
            KeyCode::Esc, KeyCode::Enter, KeyCode::Tab, KeyCode::BackTab, KeyCode::Up, KeyCode::Down,
            KeyCode::Left, KeyCode::Right, KeyCode::PageUp, KeyCode::PageDown, KeyCode::Home,
            KeyCode::End, KeyCode::F(1), KeyCode::Backspace,
        ]).prop_map(|k| (k, KeyModifiers::NONE)),
        1 => prop::sample::select(vec!['d', 'u']).prop_map(|c| (KeyCode::Char(c), KeyModifiers::CONTROL)),
    ]
}

fn render_at(h: &mut Harness, width: u16, height: u16) {
    h.event(Event::Resize(width, height));
    let area = h.render().area;
    assert_eq!((area.width, area.height), (width, height));
}

proptest! {
    // Each case builds its own app (index and figures): 64 cases keep this test near 10 s.
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn any_keys_at_any_size_render(
        ja in any::<bool>(),
        keys in proptest::collection::vec(key(), 0..25),
        width in 1u16..=400,
        height in 1u16..=120,
    ) {
        let mut h = harness(if ja { Lang::Ja } else { Lang::En });
        for (code, mods) in keys {
            h.key(code, mods);
            if h.app.quit {
                // A quit app draws nothing more; keep drawing what it showed.
                h.app.quit = false;
            }
        }
        render_at(&mut h, width, height);
    }
}

#[test]
fn every_tab_renders_at_the_edges_of_the_size_range() {
    let mut h = harness(Lang::En);
    h.key(KeyCode::Esc, KeyModifiers::NONE);
    let sizes = [
        (1, 1),
        (1, 120),
        (400, 1),
        (400, 120),
        (59, 15),
        (60, 16),
        (80, 24),
        (2, 2),
        (200, 60),
    ];
    for tab in '1'..='7' {
        h.press(tab);
        for &(w, hgt) in &sizes {
            render_at(&mut h, w, hgt);
        }
        for w in (1..=400).step_by(37) {
            for hgt in (1..=120).step_by(17) {
                render_at(&mut h, w, hgt);
            }
        }
    }
    // The help overlay too.
    h.press('?');
    for &(w, hgt) in &sizes {
        render_at(&mut h, w, hgt);
    }
}
