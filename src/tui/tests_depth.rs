//! The deep panes (Overview, AI impact, Education, Outlook) of five occupations in English
//! and Japanese, each as its whole document laid out at the pane's width, plus whole frames
//! at 80x24, a group without AI task labels and one whose yearly series is missing.

use super::action::Tab;
use super::testing::Harness;
use crate::locale::Lang;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

const CODES: [&str; 5] = ["32129", "72200", "21232", "31301", "00010"];
const DEEP_TABS: [Tab; 4] = [Tab::Overview, Tab::AiImpact, Tab::Education, Tab::Outlook];

fn at(code: &str, lang: Lang, w: u16, h: u16) -> Harness {
    let mut h = Harness::embedded(lang, w, h);
    h.select_code(code);
    h
}

/// The whole document of `tab` at the pane's text width, one line per row.
/// `text` with every run of whitespace (line breaks and wrap indents) as one space.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn document(h: &Harness, tab: Tab) -> String {
    let unit = h.app.selected_unit().expect("an occupation is selected");
    let width = super::layout::pane_text(h.app.areas().pane).width as usize;
    super::content::pane_doc(&h.app.context(), unit, tab)
        .lines(width)
        .iter()
        .map(|l| {
            let s: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            s.trim_end().to_string() + "\n"
        })
        .collect()
}

#[test]
fn deep_panes_of_five_occupations_in_english_and_japanese() {
    for lang in [Lang::En, Lang::Ja] {
        for code in CODES {
            let h = at(code, lang, 120, 40);
            for tab in DEEP_TABS {
                let name = format!("{}_{code}_{tab:?}", format!("{lang:?}").to_lowercase());
                insta::assert_snapshot!(name, document(&h, tab));
            }
        }
    }
}

#[test]
fn whole_frames_at_80x24() {
    for (code, tab) in [
        ("32129", Tab::Overview),
        ("21232", Tab::AiImpact),
        ("72200", Tab::Outlook),
    ] {
        for lang in [Lang::En, Lang::Ja] {
            let mut h = at(code, lang, 80, 24);
            let n = Tab::ALL.iter().position(|t| *t == tab).unwrap_or(0);
            h.press(char::from(b'1' + n as u8));
            insta::assert_snapshot!(
                format!(
                    "frame80_{}_{code}_{tab:?}",
                    format!("{lang:?}").to_lowercase()
                ),
                h.screen()
            );
        }
    }
}

#[test]
fn groups_without_task_labels_say_why() {
    // 64409: the crosswalk has no row; 50010: it reaches only "Managers, All Other", unlabelled.
    for (code, why) in [
        (
            "64409",
            "the NOC-O*NET crosswalk this app uses has no row for this unit group",
        ),
        (
            "50010",
            "which the GPTs-are-GPTs label set this app uses has no tasks for",
        ),
    ] {
        let h = at(code, Lang::En, 120, 40);
        let ai = document(&h, Tab::AiImpact);
        assert!(flat(&ai).contains(why), "{code}: {ai}");
        insta::assert_snapshot!(format!("en_{code}_AiImpact_no_labels"), ai);
    }
}

#[test]
fn a_missing_yearly_series_is_said_in_users_words() {
    let h = at("11202", Lang::En, 120, 40);
    let outlook = document(&h, Tab::Outlook);
    assert!(
        flat(&outlook).contains(
            "no yearly job openings for this unit group in the COPS 2024-2033 tables this app uses"
        ),
        "{outlook}"
    );
    insta::assert_snapshot!("en_11202_Outlook_missing_series", outlook);
    let ja = document(&at("11202", Lang::Ja, 80, 24), Tab::Outlook);
    insta::assert_snapshot!("ja_11202_Outlook_missing_series_80x24", ja);
}

#[test]
fn a_group_cops_leaves_na_says_so_once() {
    // 21100 is N/A in every year of all four COPS yearly tables: one line, not four.
    let outlook = flat(&document(&at("21100", Lang::En, 120, 40), Tab::Outlook));
    let once = "COPS publishes no yearly figures for this unit group";
    assert_eq!(outlook.matches(once).count(), 1, "{outlook}");
    assert!(!outlook.contains("no yearly employment"), "{outlook}");
    let fr = flat(&document(&at("21100", Lang::Fr, 120, 40), Tab::Outlook));
    assert!(fr.contains("COPS ne publie aucun chiffre annuel"), "{fr}");
}

#[test]
fn the_selection_computes_its_deep_sections_and_typing_waits() {
    let mut h = at("72200", Lang::En, 120, 40);
    let unit = h.app.selected_unit().expect("selected").clone();
    assert_eq!(
        h.app.depth_of(&unit).map(|d| d.code.as_str()),
        Some("72200")
    );
    // While typing, the search line's top hit changes but its sections wait for the pause.
    h.key(KeyCode::Esc, KeyModifiers::NONE)
        .press('/')
        .type_str("21232");
    assert_eq!(h.app.focus, super::state::Focus::Search);
    assert_eq!(
        h.app.selected_unit().map(|u| u.code.as_str()),
        Some("21232")
    );
    assert!(h.app.depth_pending());
    let typed = h.app.selected_unit().expect("a hit").clone();
    assert!(h.app.depth_of(&typed).is_none());
    assert!(document(&h, Tab::AiImpact).contains("…"));
    h.app.sync_depth();
    assert_eq!(
        h.app.depth_of(&typed).map(|d| d.code.as_str()),
        Some("21232")
    );
    // Moving in the list computes at once.
    h.key(KeyCode::Esc, KeyModifiers::NONE).press('j');
    let next = h.app.selected_unit().expect("selected").clone();
    assert!(h.app.depth_of(&next).is_some());
}

/// A move to an occupation whose major group's deep files are not parsed does not parse them
/// on the key: a thread does, the pane shows "…" meanwhile, and the loop computes the
/// sections once they are parsed.
#[test]
fn a_move_into_an_unparsed_major_group_parses_it_on_a_thread() {
    let mut h = at("72200", Lang::En, 120, 40);
    h.key(KeyCode::Esc, KeyModifiers::NONE);
    // `apply`, as the event loop calls it, without the harness's catch-up after a key.
    h.app.apply(super::action::Action::Bottom);
    let last = h.app.selected_unit().expect("selected").clone();
    assert!(!last.code.starts_with("72"));
    assert!(h.app.depth_pending());
    assert!(document(&h, Tab::AiImpact).contains("…"));
    let major = &last.code[..2];
    let start = std::time::Instant::now();
    while !h.app.ds.deep.is_parsed(major) {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(30),
            "the thread parses {major}"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    h.app.sync_depth();
    assert_eq!(
        h.app.depth_of(&last).map(|d| d.code.as_str()),
        Some(last.code.as_str())
    );
    // Within a parsed group, a move computes at once.
    h.app.apply(super::action::Action::Up);
    let previous = h.app.selected_unit().expect("selected").clone();
    assert_eq!(&previous.code[..2], major);
    assert!(h.app.depth_of(&previous).is_some());
}
