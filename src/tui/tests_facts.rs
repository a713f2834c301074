//! The panes that speak of gaps, programs and licences (Salary, Immigration, Licensing):
//! whole-pane snapshots at pane width for the cases issue 12 names, in English and Japanese,
//! and a check that French and Japanese carry no English phrase built by the rules.

use super::action::Tab;
use super::content::pane_doc;
use super::layout;
use super::testing::Harness;
use crate::locale::Lang;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

/// 21232 (no wage in our file), 44100 (none on the LMIA list), 72200 (licence required in
/// named provinces), 73300 (FST eligible), 63200 (certification voluntary everywhere).
const CODES: [&str; 5] = ["21232", "44100", "72200", "73300", "63200"];
const TABS: [Tab; 3] = [Tab::Salary, Tab::Immigration, Tab::Licensing];

fn at(code: &str, lang: Lang) -> Harness {
    let mut h = Harness::embedded(lang, 100, 30);
    h.select_code(code).key(KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(h.app.selected_unit().map(|u| u.code.as_str()), Some(code));
    h
}

/// Every line of a pane (not only what fits on screen), wrapped at the pane's text width.
fn whole_pane(h: &Harness, tab: Tab) -> String {
    let unit = h.app.selected_unit().expect("a selected occupation");
    let width = layout::pane_text(h.app.areas().pane).width as usize;
    pane_doc(&h.app.context(), unit, tab)
        .lines(width)
        .iter()
        .map(|l| l.to_string().trim_end().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn gap_program_and_licence_panes_in_english_and_japanese() {
    for lang in [Lang::En, Lang::Ja] {
        for code in CODES {
            let h = at(code, lang);
            for tab in TABS {
                insta::assert_snapshot!(
                    format!("facts_{lang:?}_{code}_{tab:?}"),
                    whole_pane(&h, tab)
                );
            }
        }
    }
}

/// English phrases the rules and gaps are worded with; none may show under fr or ja.
const ENGLISH: [&str; 22] = [
    "Express Entry requires",
    "positions on",
    "may be required",
    "none on the published list",
    "None on the published list",
    "in the wage file",
    "Instead:",
    "lower bound",
    "past list",
    "in force)",
    "does not accept",
    "accepts TEER",
    "skilled trade group",
    "The base programs need",
    "Not on any",
    "Not on the 20",
    "On the 20",
    "Depends on",
    "job offers",
    "required in ",
    "voluntary",
    "unknown from our data",
];

/// A pane's text unwrapped, with the NOC sentences it quotes (English by design) taken out.
fn own_words(h: &Harness, tab: Tab) -> String {
    let unit = h.app.selected_unit().expect("a selected occupation");
    let mut text: String = pane_doc(&h.app.context(), unit, tab)
        .lines(100_000)
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    for sentence in &unit.employment_requirements {
        text = text.replace(sentence.as_str(), "");
    }
    if let Some(f) = h.app.facts_of(unit) {
        for line in &f.licensing.lines {
            text = text.replace(line.sentence.as_str(), "");
        }
    }
    text
}

#[test]
fn french_and_japanese_panes_carry_no_english_rule_phrase() {
    for lang in [Lang::Fr, Lang::Ja] {
        for code in CODES.into_iter().chain(["00013", "32129"]) {
            let h = at(code, lang);
            for tab in TABS {
                let text = own_words(&h, tab);
                for phrase in ENGLISH {
                    let hit = text.lines().find(|line| line.contains(phrase));
                    assert!(
                        hit.is_none(),
                        "{lang:?} {code} {tab:?}: {phrase:?} in {hit:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_past_list_is_dim_and_the_list_in_force_is_not() {
    let h = at("73300", Lang::En);
    let unit = h.app.selected_unit().unwrap();
    let lines = pane_doc(&h.app.context(), unit, Tab::Immigration).lines(200);
    let row = |needle: &str| {
        lines
            .iter()
            .find(|l| l.to_string().contains(needle))
            .unwrap_or_else(|| panic!("no row {needle}"))
            .clone()
    };
    let past = row("(2023, past list)");
    assert!(past.to_string().starts_with("✓ "), "{past:?}");
    assert!(
        past.spans.iter().all(|s| s.style == h.app.theme.muted),
        "a past list is dim: {past:?}"
    );
    let fsw = row("✓ Federal Skilled Worker");
    assert_eq!(fsw.spans[0].style, h.app.theme.bar, "{fsw:?}");
}

#[test]
fn the_wage_gap_is_said_of_our_file_with_the_census_fallback() {
    let h = at("21232", Lang::En);
    let salary = own_words(&h, Tab::Salary);
    assert!(
        salary.contains("No 2024 wage in the wage file this app uses (it keeps occupations with"),
        "{salary}"
    );
    assert!(
        salary.contains("Instead: the 2021 Census median"),
        "{salary}"
    );
    assert!(!salary.contains("published"), "{salary}");
    let h = at("00013", Lang::Fr);
    let salary = own_words(&h, Tab::Salary);
    assert!(salary.contains("l'agrégat 00018"), "{salary}");
}

/// The Immigration pane as a newcomer sees it, on the projector (120x40) and on a laptop
/// (80x24): 32129 (Healthcare list in force, three provinces name it) and 72200 (Trade list,
/// FST). What fits on screen is what the snapshot holds; the screen above the fold must carry
/// the one-line answer's parts.
#[test]
fn immigration_pane_frames_of_32129_and_72200() {
    let n = Tab::ALL
        .iter()
        .position(|t| *t == Tab::Immigration)
        .unwrap();
    for code in ["32129", "72200"] {
        for (w, hgt) in [(120, 40), (80, 24)] {
            let mut h = Harness::embedded(Lang::En, w, hgt);
            h.select_code(code).key(KeyCode::Esc, KeyModifiers::NONE);
            h.press(char::from(b'1' + n as u8));
            let screen = h.screen();
            assert!(
                screen.contains("Express Entry"),
                "{code} {w}x{hgt}:\n{screen}"
            );
            insta::assert_snapshot!(format!("immigration_{code}_{w}x{hgt}"), screen);
        }
    }
}

#[test]
fn the_first_frame_builds_neither_the_index_nor_every_figure() {
    let mut h = crate::tui::testing::Harness::embedded(crate::locale::Lang::En, 120, 40);
    let screen = format!("{:?}", h.render());
    assert!(screen.contains("00010"), "the list is drawn");
    assert!(!h.app.index.is_built(), "the index waits for the thread");
    assert!(
        !h.app.facts.is_complete(),
        "only the selected occupation's figures"
    );
    let computed = h.app.facts.computed();
    assert!(
        computed <= 1,
        "{computed} occupations' figures for the first frame"
    );
    // The first search builds the index (the thread would have done it by then).
    h.press('/').type_str("ocularist");
    assert!(h.app.index.is_built());
    assert!(format!("{:?}", h.render()).contains("32129"));
}
