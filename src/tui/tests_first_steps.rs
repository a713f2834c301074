//! What trips a newcomer or a counsellor in the first minutes (issue 28), each as it is
//! pressed: a second search, presentation mode's ends, compare's hidden columns, help.

use super::testing::Harness;
use crate::locale::Lang;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

fn enter(h: &mut Harness) -> &mut Harness {
    h.key(KeyCode::Enter, KeyModifiers::NONE)
}

#[test]
fn a_second_search_starts_empty_and_the_first_comes_back_with_u() {
    let mut h = Harness::embedded(Lang::En, 120, 40);
    h.press('/').type_str("electrician");
    enter(&mut h).press(' ');
    h.press('/');
    let screen = h.screen();
    assert!(
        screen.contains("(“electrician”) comes back with u"),
        "{screen}"
    );
    h.type_str("software developer");
    assert_eq!(h.app.query, "software developer");
    let screen = h.screen();
    assert!(!screen.contains("0 of 516"), "{screen}");
    assert!(screen.contains("21232"), "{screen}");
    enter(&mut h).press('u');
    assert_eq!(h.app.query, "electrician");
    // Inside the search line `/` is a character, never a reset.
    h.press('/').type_str("s").press('/');
    assert_eq!(h.app.query, "s/");
}

#[test]
fn presentation_opens_at_the_first_of_the_shortlist_and_says_its_ends() {
    let mut h = Harness::embedded(Lang::En, 120, 40);
    h.mark(&["32129", "31301", "72200"]);
    // From an occupation that is not in the shortlist.
    h.select_code("00010").press('p');
    let code = |h: &Harness| h.app.selected_unit().map(|u| u.code.clone());
    assert_eq!(code(&h).as_deref(), Some("32129"));
    assert!(h.screen().contains("1/3"), "{}", h.screen());
    h.press('n').press('n');
    assert_eq!(code(&h).as_deref(), Some("72200"));
    h.press('n');
    assert_eq!(code(&h).as_deref(), Some("72200"));
    assert!(
        h.screen().contains("end of the shortlist (3/3)"),
        "{}",
        h.screen()
    );
    // From the shortlist overlay, the last one marked selected: still the first.
    h.key(KeyCode::Esc, KeyModifiers::NONE).press('S');
    assert!(h.app.overlay.is_some());
    h.press('p');
    assert!(h.app.overlay.is_none());
    assert!(h.app.present);
    assert_eq!(code(&h).as_deref(), Some("32129"));
}
