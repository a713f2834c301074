//! The help overlay as a reader of it presses keys: what scrolls, and that each line says
//! what its keys do on the screen it is listed under.

use super::testing::Harness;
use crate::locale::Lang;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

/// The "n/m" scroll counter of the help's title.
fn counter(screen: &str) -> String {
    let top = screen.lines().find(|l| l.contains('/') && l.contains('·'));
    let top = top.unwrap_or_default();
    top.split_whitespace()
        .find(|w| {
            let mut parts = w.split('/');
            parts.next().is_some_and(|a| a.parse::<u32>().is_ok())
                && parts.next().is_some_and(|b| b.parse::<u32>().is_ok())
        })
        .unwrap_or_default()
        .to_string()
}

#[test]
fn ctrl_d_and_ctrl_u_scroll_the_help_not_the_pane_behind() {
    for lang in [Lang::En, Lang::Fr, Lang::Ja] {
        let mut h = Harness::embedded(lang, 80, 24);
        h.select_code("32129");
        h.press('?');
        let before = counter(&h.screen());
        assert!(before.starts_with("0/"), "{lang:?}: {}", h.screen());
        h.key(KeyCode::Char('d'), KeyModifiers::CONTROL);
        assert_eq!(h.app.scroll, 0, "{lang:?}: the pane behind scrolled");
        let after = counter(&h.screen());
        assert_ne!(after, before, "{lang:?}: {}", h.screen());
        assert!(h.app.overlay_scroll > 1, "{lang:?}");
        h.key(KeyCode::Char('u'), KeyModifiers::CONTROL);
        assert_eq!(counter(&h.screen()), before, "{lang:?}");
        // Far past the end, one k moves back at once.
        for _ in 0..100 {
            h.press('j');
        }
        let end = h.app.overlay_scroll;
        h.press('k');
        assert_eq!(h.app.overlay_scroll + 1, end, "{lang:?}");
    }
}

#[test]
fn the_help_says_what_each_key_does_where_it_is_listed() {
    let mut h = Harness::embedded(Lang::Fr, 200, 120);
    h.press('?');
    let screen = h.screen();
    // Ctrl-d/Ctrl-u under "Cette aide" scroll the help (or the sources), not only the sources.
    assert!(!screen.contains("défiler les sources"), "{screen}");
    assert!(screen.contains("cet écran d'une demi-page"), "{screen}");
    // Collapsing a branch of the tree and closing the tree are two lines, in every language.
    for (lang, collapse, close) in [
        (Lang::En, "collapse", "close"),
        (Lang::Fr, "replier", "fermer"),
        (Lang::Ja, "折りたたむ", "閉じる"),
    ] {
        let mut h = Harness::embedded(lang, 200, 120);
        h.press('?');
        let screen = h.screen();
        let flat: Vec<String> = screen
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        let has = |entry: &str| flat.iter().any(|l| l.contains(entry));
        assert!(has(&format!("h/← {collapse}")), "{lang:?}:\n{screen}");
        assert!(has(&format!("t/Esc {close}")), "{lang:?}:\n{screen}");
    }
}
