//! Navigation through the real key path: following a code the pane names and coming back,
//! undo of a cleared search or cleared filters, Ctrl-U and Ctrl-W in the search line, the
//! sort's figure as a column, and the header at 80 columns.

use super::state::Overlay;
use super::testing::Harness;
use crate::locale::Lang;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

#[test]
fn a_code_in_the_pane_is_followed_and_back_returns() {
    for (w, rows) in [(80, 24), (120, 40)] {
        let mut h = Harness::embedded(Lang::En, w, rows);
        h.select_code("32129").key(KeyCode::Enter, NONE);
        assert_eq!(h.app.overlay, Some(Overlay::Links));
        let links = h.screen();
        assert!(links.contains("32104 Animal health"), "{links}");
        // The second code the Overview names: 32123.
        h.press('j').key(KeyCode::Enter, NONE);
        assert!(h.app.overlay.is_none());
        assert_eq!(h.shown(), "32123");
        insta::assert_snapshot!(format!("link_followed_{w}x{rows}"), h.screen());
        h.press('[');
        assert_eq!(h.shown(), "32129");
        insta::assert_snapshot!(format!("link_back_{w}x{rows}"), h.screen());
        h.press(']');
        assert_eq!(h.shown(), "32123");
        h.press(']');
        assert!(h.screen().contains("no further occupation in the history"));
        h.key(KeyCode::Left, KeyModifiers::ALT);
        assert_eq!(h.shown(), "32129");
    }
}

#[test]
fn a_pane_without_codes_says_so() {
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.select_code("32129").press('3').key(KeyCode::Enter, NONE);
    assert!(h.app.overlay.is_none());
    assert!(
        h.screen()
            .contains("this pane names no other occupation's code")
    );
}

#[test]
fn a_cleared_search_and_cleared_filters_come_back_with_u() {
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.press('/').type_str("nurse").key(KeyCode::Enter, NONE);
    let found = h.app.row_count();
    h.key(KeyCode::Esc, NONE);
    assert!(h.app.query.is_empty());
    assert!(h.screen().contains("search cleared · u brings it back"));
    h.press('u');
    assert_eq!(h.app.query, "nurse");
    assert_eq!(h.app.row_count(), found);
    h.key(KeyCode::Esc, NONE);
    h.press('f').press('2');
    let teer2 = h.app.row_count();
    h.press('r').key(KeyCode::Esc, NONE);
    assert_eq!(h.app.row_count(), 516);
    h.press('u');
    assert_eq!(h.app.row_count(), teer2);
    assert!(h.app.filter.teer[2]);
    h.press('u');
    assert!(h.screen().contains("nothing to undo"));
}

#[test]
fn ctrl_w_deletes_a_word_and_ctrl_u_the_line() {
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.press('/').type_str("registered nurse");
    h.key(KeyCode::Char('w'), CTRL);
    assert_eq!(h.app.query, "registered ");
    h.key(KeyCode::Char('u'), CTRL);
    assert_eq!(h.app.query, "");
    assert_eq!(h.app.row_count(), 516);
    assert!(h.app.focus == super::state::Focus::Search, "still typing");
    h.press('u');
    assert_eq!(h.app.query, "u", "in the search line u is typed");
}

#[test]
fn the_sort_figure_is_a_column_of_the_list() {
    let mut h = Harness::embedded(Lang::En, 80, 24);
    h.press('o').press('o').press('o');
    let screen = h.screen();
    let count = screen.lines().nth(2).unwrap_or_default();
    assert!(count.contains("$/h"), "{screen}");
    // The best-paid occupation first, its median at the right of its row.
    let first = screen.lines().nth(3).unwrap_or_default();
    assert!(first.contains('$'), "{screen}");
    h.press('o');
    let screen = h.screen();
    assert!(
        screen
            .lines()
            .nth(2)
            .unwrap_or_default()
            .contains("openings"),
        "{screen}"
    );
    // French keeps a space before the column heading, which is FÉER, the French TEER.
    let mut fr = Harness::embedded(Lang::Fr, 80, 24);
    fr.press('o');
    let screen = fr.screen();
    assert!(screen.contains(" FÉER"), "{screen}");
    assert!(!screen.contains("titreFÉER"), "{screen}");
}

#[test]
fn at_80_columns_the_header_keeps_the_whole_title_and_the_tabs_their_names() {
    let mut h = Harness::embedded(Lang::En, 80, 24);
    h.select_code("72410");
    let screen = h.screen();
    let header: String = screen.lines().take(4).collect::<Vec<_>>().join(" ");
    for word in [
        "Automotive",
        "service",
        "technicians,",
        "mechanics",
        "repairers",
    ] {
        assert!(header.contains(word), "{word}:\n{screen}");
    }
    assert!(screen.contains("Overall 7.3/10"), "{screen}");
    assert!(
        screen.contains("Overview│AI│Salary│Educ.│Licence│Immig.│Outlook"),
        "{screen}"
    );
}

#[test]
fn a_filter_says_how_many_it_hides_for_a_figure_our_files_lack() {
    let mut h = Harness::embedded(Lang::En, 120, 30);
    h.press('f').type_str("jjjj ").key(KeyCode::Esc, NONE);
    assert!(h.app.filter.min_wage.is_some());
    let (lack, n) = h.app.hidden_for_lack[0];
    assert_eq!(lack, crate::filter::LackedFigure::Wage);
    assert!(n > 0);
    let screen = h.screen();
    let note = format!("{n} hidden: no national 2024 wage in our wage file");
    assert!(screen.contains(&note), "{screen}");
}

#[test]
fn a_province_puts_its_wages_in_the_wage_filter_sort_and_column() {
    let mut h = Harness::embedded(Lang::En, 120, 30);
    // The last row of the panel: the first province with wages, alphabetically.
    h.press('f').type_str("jjjjjjj ");
    assert_eq!(h.app.filter.province.as_deref(), Some("Alberta"));
    assert!(h.screen().contains("Province (wages, LMIAs)"));
    h.key(KeyCode::Esc, NONE)
        .select_code("32129")
        .press('o')
        .press('o')
        .press('o');
    // 32129: Alberta's median is $31.00, the national one $23.50.
    let screen = h.screen();
    let row = screen
        .lines()
        .find(|l| l.contains("›32129"))
        .unwrap_or_default();
    assert!(row.contains("$31.00"), "{screen}");
    // Minimum wage $15 with Alberta: the occupations without an Alberta wage are counted.
    h.key(KeyCode::Esc, NONE)
        .press('f')
        .type_str("jjjj ")
        .key(KeyCode::Esc, NONE);
    let hidden = &h.app.hidden_for_lack;
    assert_eq!(hidden.len(), 1, "{hidden:?}");
    assert_eq!(hidden[0].0, crate::filter::LackedFigure::ProvinceWage);
    let note = format!(
        "{} hidden: no 2024 wage for this province in our wage file",
        hidden[0].1
    );
    assert!(h.screen().contains(&note), "{}", h.screen());
}

/// The whole pane of the current tab, one line per line of the document (no wrapping).
fn pane_text(h: &Harness) -> String {
    h.document(h.app.tab, 1000)
}

#[test]
fn a_province_leads_the_salary_and_lmia_figures_and_the_presentation() {
    let mut h = Harness::embedded(Lang::En, 120, 40);
    h.choose_province("Ontario");
    h.select_code("73300");
    let facts = h
        .app
        .facts_of(h.app.selected_unit().expect("73300"))
        .expect("figures");
    let wage = facts
        .wages
        .provinces
        .iter()
        .find(|w| w.province == "Ontario")
        .map(|w| crate::locale::cents(Lang::En, w.median))
        .expect("an Ontario wage for 73300");
    let lmia = facts
        .immigration
        .lmia
        .as_ref()
        .expect("LMIA rows for 73300");
    let positions = lmia
        .by_province
        .iter()
        .find(|p| p.name == "Ontario")
        .map(|p| crate::locale::number(Lang::En, i64::from(p.positions)))
        .expect("Ontario positions for 73300");
    let wage_line = format!("Ontario: {wage}/h median (Job Bank 2024)");
    let lmia_line = format!("Ontario: at least {positions} positive LMIA positions on ESDC's list");
    h.press('3');
    assert!(h.pane().contains(&wage_line), "{}", h.pane());
    h.press('6');
    assert!(pane_text(&h).contains(&lmia_line), "{}", pane_text(&h));
    h.press('1').press('p');
    let screen = h.screen();
    assert!(screen.contains(&wage_line), "{screen}");
    assert!(
        screen.contains(&format!("at least {positions} positive LMIA")),
        "{screen}"
    );

    // An occupation without an Ontario wage says our file lacks it.
    let lacking = h
        .app
        .ds
        .units
        .iter()
        .zip(h.app.facts.all())
        .find(|(_, f)| !f.province_medians.iter().any(|(p, _)| p == "Ontario"))
        .map(|(u, _)| u.code.clone())
        .expect("some occupation lacks an Ontario wage");
    h.key(KeyCode::Esc, NONE)
        .key(KeyCode::Esc, NONE)
        .select_code(&lacking)
        .press('3');
    assert_eq!(h.shown(), lacking);
    let pane = pane_text(&h);
    assert!(
        pane.contains("Ontario: no 2024 wage for this province in our wage file"),
        "{lacking}:\n{pane}"
    );
}

#[test]
fn in_french_provinces_are_named_in_french() {
    let mut h = Harness::embedded(Lang::Fr, 120, 40);
    h.choose_province("Quebec");
    h.select_code("73300").press('3');
    let pane = h.pane();
    assert!(pane.contains("Québec : médiane"), "{pane}");
    assert!(h.screen().contains("Québec"));
}

#[test]
fn a_provincial_list_we_do_not_hold_is_said_to_be_our_gap() {
    let mut h = Harness::embedded(Lang::En, 80, 24);
    // Newfoundland and Labrador: we hold no list of it. Before: "0 of 516 · no occupation
    // matches" and nothing else.
    h.press('f').type_str("jjjjjjj");
    while h.app.filter.province.as_deref() != Some("Newfoundland and Labrador") {
        h.press(' ');
    }
    h.type_str("j ").key(KeyCode::Esc, NONE);
    assert!(h.app.filter.provincial_list);
    let screen = h.screen();
    for part in [
        "no occupation matches",
        "Our data holds no current",
        "held: AB, BC, MB, NS, PE,",
    ] {
        assert!(screen.contains(part), "{part}: {screen}");
    }
    assert_eq!(
        h.app.provincial_list_gap().as_deref(),
        Some(
            "Our data holds no current list of Newfoundland and Labrador that names occupations \
             (current lists held: AB, BC, MB, NS, PE, SK). That is a gap in our files, not a \
             sign that Newfoundland and Labrador has none."
        )
    );
    // Alberta: we hold a current list, and occupations are on it.
    let mut h = Harness::embedded(Lang::En, 80, 24);
    h.press('f')
        .type_str("jjjjjjj ")
        .type_str("j ")
        .key(KeyCode::Esc, NONE);
    assert_eq!(h.app.filter.province.as_deref(), Some("Alberta"));
    assert!(h.app.provincial_list_gap().is_none());
    assert!(h.app.row_count() > 0);
}
