//! Every example title reachable: the Overview names the key, the overlay lists them all,
//! scrolls to the last, narrows by typed words and closes, through the real key path.

use super::state::Overlay;
use super::testing::Harness;
use crate::locale::Lang;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

/// The last example title of `code` is on screen once End is pressed in the overlay.
fn last_title_reached(code: &str, w: u16, rows: u16) -> (Harness, String) {
    let mut h = Harness::embedded(Lang::En, w, rows);
    h.select_code(code);
    let last = h
        .app
        .selected_unit()
        .and_then(|u| u.example_titles.last().map(str::to_string))
        .expect("the group has example titles");
    let before = h.screen();
    assert!(!before.contains(&last), "{last} already shown:\n{before}");
    h.press('x');
    assert_eq!(h.app.overlay, Some(Overlay::Examples));
    h.key(KeyCode::End, NONE);
    let screen = h.screen();
    assert!(screen.contains(&last), "{last} at {w}x{rows}:\n{screen}");
    (h, last)
}

#[test]
fn the_last_title_of_a_long_group_is_reached() {
    for (code, w, rows) in [("73300", 80, 24), ("64409", 80, 24), ("73300", 120, 40)] {
        let (mut h, _) = last_title_reached(code, w, rows);
        if code == "73300" {
            insta::assert_snapshot!(format!("examples_73300_end_{w}x{rows}"), h.screen());
        }
        // Page by page from the top reaches it too.
        h.key(KeyCode::Home, NONE);
        let last = h
            .app
            .selected_unit()
            .and_then(|u| u.example_titles.last().map(str::to_string));
        let last = last.unwrap_or_default();
        for _ in 0..40 {
            h.key(KeyCode::PageDown, NONE);
        }
        assert!(h.screen().contains(&last));
    }
}

#[test]
fn the_overview_names_the_key_and_typing_narrows_the_list() {
    let mut h = Harness::embedded(Lang::En, 120, 40);
    h.select_code("73300");
    // The line under the first titles, further down the Overview.
    let overview = crate::tui::content::pane_doc(
        &h.app.context(),
        h.app.selected_unit().expect("73300 is shown"),
        super::action::Tab::Overview,
    );
    let text: String = overview
        .lines(200)
        .iter()
        .flat_map(|l| l.spans.iter().map(|s| s.content.to_string()))
        .collect();
    assert!(text.contains("x lists all 63, with a filter"), "{text}");

    h.press('x').type_str("dump");
    let screen = h.screen();
    assert!(screen.contains("Filter: dump"), "{screen}");
    assert!(screen.contains("2 of 63"), "{screen}");
    assert!(screen.contains("• dump truck driver"), "{screen}");
    assert!(!screen.contains("• flatbed truck driver"), "{screen}");
    // Letters are typed, not keys: q does not quit, j does not move the list.
    h.type_str("q");
    assert!(!h.app.quit);
    assert!(h.screen().contains("no title contains these words"));
    h.key(KeyCode::Backspace, NONE);
    assert!(h.screen().contains("2 of 63"));
    h.key(KeyCode::Char('u'), CTRL);
    assert!(h.screen().contains("63 of 63"));
    h.key(KeyCode::Esc, NONE);
    assert!(h.app.overlay.is_none());
    assert_eq!(h.shown(), "73300");
}

#[test]
fn in_french_the_overlay_says_the_titles_are_in_english() {
    let mut h = Harness::embedded(Lang::Fr, 80, 24);
    h.select_code("73300").press('x');
    let screen = h.screen();
    assert!(screen.contains("En anglais"), "{screen}");
    assert!(screen.contains("63 sur 63"), "{screen}");
    assert!(screen.contains("Filtre :"), "{screen}");
}
