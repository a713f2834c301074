//! Presentation mode through the real key path: the large-type headline, stepping through the
//! shortlist, leaving, and overlays drawn over it.

use super::testing::Harness;
use crate::locale::Lang;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

const NONE: KeyModifiers = KeyModifiers::NONE;

#[test]
fn presentation_steps_through_a_shortlist_of_three() {
    for (w, rows) in [(80, 24), (120, 40)] {
        let mut h = Harness::embedded(Lang::En, w, rows);
        h.mark(&["32129", "31301", "72410"]);
        h.select_code("32129").press('p');
        assert!(h.app.present);
        let screen = h.screen();
        insta::assert_snapshot!(format!("present_32129_{w}x{rows}"), screen);
        // The whole title, the headline figures with their sources, the summary card, how to
        // step and leave.
        for needle in [
            "Other medical technologists and technicians",
            "overall score /10",
            "our formula",
            "Job Bank 2024, national",
            "Immigration: Express Entry (FSW, CEC)",
            "Pay: $23.50/h median (Job Bank 2024)",
            "Outlook: Moderate risk of Shortage",
            "AI: 3% of its 30 labelled tasks",
            "Shortlist 1/3",
            "n next",
            "p previous",
            "Esc leave",
        ] {
            assert!(screen.contains(needle), "{needle} at {w}x{rows}:\n{screen}");
        }
        // The card is above the pane, without its heading, and not again in the pane.
        assert_eq!(
            screen.matches("Immigration: Express Entry").count(),
            1,
            "{screen}"
        );
        assert!(!screen.contains("At a glance"), "{screen}");
        h.press('n');
        assert_eq!(h.shown(), "31301");
        assert!(h.screen().contains("Shortlist 2/3"));
        h.press('n');
        assert_eq!(h.shown(), "72410");
        let screen = h.screen();
        assert!(screen.contains("Express Entry (FSW, CEC, FST)"), "{screen}");
        assert!(screen.contains("Shortlist 3/3"), "{screen}");
        // The last stays the last; p goes back.
        h.press('n');
        assert_eq!(h.shown(), "72410");
        h.press('p').press('p');
        assert_eq!(h.shown(), "32129");
        assert!(
            h.app.present,
            "p steps back in presentation mode, it does not leave"
        );
        h.key(KeyCode::Esc, NONE);
        assert!(!h.app.present);
    }
}

#[test]
fn the_pane_under_the_card_scrolls_to_its_end() {
    let mut h = Harness::embedded(Lang::En, 120, 40);
    h.select_code("32129").press('p');
    let top = h.screen();
    h.press('j');
    assert_eq!(h.app.scroll, 1);
    assert_ne!(top, h.screen());
    for _ in 0..400 {
        h.press('j');
    }
    // The pane's last line (the source of the NOC text) is on screen.
    let screen = h.screen();
    assert!(
        screen.contains("Source: Statistics Canada, NOC 2021"),
        "{screen}"
    );
}

#[test]
fn presentation_opens_on_the_shortlist_or_on_the_selection_when_it_is_empty() {
    // With a shortlist, `p` from an occupation outside it opens at its first (issue 28: it
    // projected "not in the shortlist (2)").
    let mut h = Harness::embedded(Lang::En, 80, 24);
    h.mark(&["31301", "72410"]);
    h.select_code("32129").press('p');
    assert_eq!(h.shown(), "31301");
    assert!(!h.screen().contains("not in the shortlist"));
    let mut empty = Harness::embedded(Lang::En, 80, 24);
    empty.select_code("32129").press('p').press('n');
    assert_eq!(empty.shown(), "32129");
    assert!(empty.screen().contains("the shortlist is empty"));
}

#[test]
fn the_sources_over_a_presentation_say_how_to_close_the_sources() {
    let mut h = Harness::embedded(Lang::En, 80, 24);
    h.select_code("32129").press('p').press('i');
    let screen = h.screen();
    assert!(screen.contains("close the sources"), "{screen}");
    assert!(!screen.contains("close the help"), "{screen}");
    // Drawn over the presentation, not over the list.
    assert!(!screen.contains("Occupations"), "{screen}");
    h.key(KeyCode::Esc, NONE);
    assert!(h.app.overlay.is_none() && h.app.present);
}

#[test]
fn a_wage_our_file_lacks_is_said_to_be_missing_from_our_file() {
    // 00010 (legislators) has no national 2024 Job Bank wage in the wage file.
    let mut h = Harness::embedded(Lang::En, 120, 40);
    h.select_code("00010").press('p');
    let screen = h.screen();
    assert!(
        screen.contains("no national wage in our wage file"),
        "{screen}"
    );
}

#[test]
fn in_japanese_our_title_is_under_the_official_one_marked_as_ours() {
    let mut h = Harness::embedded(Lang::Ja, 80, 24);
    h.select_code("32129").press('p');
    let ja = h
        .app
        .ds
        .japanese_title("32129")
        .expect("our Japanese title of 32129")
        .to_string();
    let screen = h.screen();
    assert!(screen.contains("Other medical technologists"), "{screen}");
    assert!(screen.contains(&format!("{ja} (非公式訳)")), "{screen}");
    insta::assert_snapshot!("present_32129_ja_80x24", screen);
}
