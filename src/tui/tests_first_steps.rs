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

#[test]
fn help_lists_each_entry_once_and_each_column_stops_at_its_own_end() {
    let mut h = Harness::embedded(Lang::En, 200, 120);
    h.press('?');
    let screen = h.screen();
    // The search line's arrows and pages were the list's entries again.
    for (keys, words) in [
        ("PgDn", "page down"),
        ("j/↓", "next occupation"),
        ("Esc", "clear the filter"),
    ] {
        let entry = |l: &&str| {
            let t = l.split_whitespace().collect::<Vec<_>>().join(" ");
            t.contains(&format!(" {keys} {words}"))
        };
        let n = screen.lines().filter(entry).count();
        assert_eq!(n, 1, "{keys} {words}:\n{screen}");
    }
    // Short screen: scrolled to the end, the columns still hold lines at their tops (a column
    // that is shorter stops at its own end instead of scrolling empty).
    let mut h = Harness::embedded(Lang::En, 100, 24);
    h.press('?');
    for _ in 0..200 {
        h.press('j');
    }
    let screen = h.screen();
    let top = screen.lines().nth(2).unwrap_or_default().to_string();
    let halves = top.trim_matches(|c: char| c == '│' || c == ' ');
    assert!(
        halves.split("  ").filter(|s| !s.trim().is_empty()).count() >= 2,
        "{screen}"
    );
    assert!(
        screen.contains("mouse") || screen.contains("Mouse"),
        "{screen}"
    );
}

#[test]
fn compare_at_80x24_says_when_the_best_is_out_of_view() {
    let mut h = Harness::embedded(Lang::En, 80, 24);
    // 31301 (registered nurses) has the highest median of the four, third marked.
    h.mark(&["32129", "72200", "31301", "44101"]);
    h.press('c');
    let screen = h.screen();
    assert!(screen.contains("best of all 4"), "{screen}");
    let median = screen
        .lines()
        .find(|l| l.contains("Median (hourly)"))
        .unwrap_or_default();
    assert!(median.contains("★›"), "{screen}");
    assert!(!median.contains("★ "), "{screen}");
}

#[test]
fn a_shortage_beside_equal_totals_says_what_else_cops_found() {
    // 32120: strong risk of shortage, 15,100 openings for 15,100 seekers.
    let mut h = Harness::embedded(Lang::En, 120, 40);
    h.select_code("32120");
    let overview = h.screen();
    assert!(
        overview.contains("2021-2023: Strong signs of"),
        "{overview}"
    );
    let flat = pane_text(&h, super::action::Tab::Outlook);
    assert!(
        flat.contains("already found “Strong signs of Shortage” here"),
        "{flat}"
    );
    assert!(
        flat.contains("Our files do not hold COPS’s method"),
        "{flat}"
    );
    // Where the totals agree with the condition, nothing is added: 72200 (balance).
    h.select_code("72200");
    assert!(!h.screen().contains("2021-2023:"));
}

/// The whole text of a pane of the selected occupation, on one line.
fn pane_text(h: &Harness, tab: super::action::Tab) -> String {
    let text = h.document(tab, 100);
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn jargon_is_glossed_once_a_pane_in_each_language() {
    use super::action::Tab;
    for (lang, ee, llm) in [
        (
            Lang::En,
            "the three Express Entry programs",
            "large language model",
        ),
        (
            Lang::Fr,
            "les trois programmes d’Entrée express",
            "grand modèle de langage",
        ),
        (
            Lang::Ja,
            "エクスプレス・エントリーの3つのプログラム",
            "大規模言語モデル",
        ),
    ] {
        let mut h = Harness::embedded(lang, 120, 40);
        h.select_code("72200");
        let overview = pane_text(&h, Tab::Overview);
        assert_eq!(overview.matches(ee).count(), 1, "{lang:?}: {overview}");
        let immigration = pane_text(&h, Tab::Immigration);
        assert_eq!(immigration.matches(ee).count(), 1, "{lang:?}");
        let ai = pane_text(&h, Tab::AiImpact);
        assert_eq!(ai.matches(llm).count(), 1, "{lang:?}: {ai}");
    }
    // 31103's 2025 Healthcare row rests on a derivation: "(lower confidence)" is explained,
    // once; 72200 has no such row and no such gloss.
    let mut h = Harness::embedded(Lang::En, 120, 40);
    h.select_code("31103");
    let immigration = pane_text(&h, super::action::Tab::Immigration);
    assert!(immigration.contains("(lower confidence)"), "{immigration}");
    let gloss = "the row rests on how the sources were compiled";
    assert_eq!(immigration.matches(gloss).count(), 1, "{immigration}");
    h.select_code("72200");
    assert!(!pane_text(&h, super::action::Tab::Immigration).contains(gloss));
}

#[test]
fn the_export_dialog_names_the_occupations_it_will_write() {
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.mark(&["32129", "72200"]);
    h.press('e');
    let screen = h.screen();
    assert!(
        screen.contains("Writes 2 occupation(s): 32129, 72200"),
        "{screen}"
    );
}

#[test]
fn search_reads_short_forms_and_french_as_people_type_them() {
    // "lab tech": our reading of the short forms is said above the list, marked as ours, and
    // university professors ("laboratory technology professor") no longer lead.
    let mut h = Harness::embedded(Lang::En, 120, 40);
    h.press('/').type_str("lab tech");
    let screen = h.screen();
    assert!(
        screen.contains("our short forms: lab = laboratory"),
        "{screen}"
    );
    assert_eq!(
        h.app.selected_unit().map(|u| u.code.as_str()),
        Some("33101")
    );
    // "MLT": our alias, said in the interface language.
    let mut h = Harness::embedded(Lang::Fr, 120, 40);
    h.press('/').type_str("MLT");
    let screen = h.screen();
    assert_eq!(
        h.app.selected_unit().map(|u| u.code.as_str()),
        Some("32120")
    );
    assert!(screen.contains("MLT (notre alias pour"), "{screen}");
    // French under French: matched as typed, never corrected into English.
    h.key(KeyCode::Char('u'), KeyModifiers::CONTROL)
        .type_str("technologiste médical");
    let screen = h.screen();
    assert_eq!(
        h.app.selected_unit().map(|u| u.code.as_str()),
        Some("32120")
    );
    assert!(!screen.contains("résultats pour"), "{screen}");
    assert!(!screen.contains("technologist medical"), "{screen}");
}
