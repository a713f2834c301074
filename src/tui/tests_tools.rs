//! The tools over the list through the real key path: shortlist (persisted), compare, filters,
//! sort, tree, export, presentation, copy.

use super::state::Overlay;
use super::testing::Harness;
use crate::locale::Lang;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

const NONE: KeyModifiers = KeyModifiers::NONE;

fn with_file(file: &std::path::Path, w: u16, h: u16) -> Harness {
    Harness::with_shortlist_file(file, w, h)
}

fn mark(h: &mut Harness, codes: &[&str]) {
    for code in codes {
        h.select_code(code).press(' ').key(KeyCode::Esc, NONE);
    }
}

#[test]
fn the_shortlist_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("list.ron");
    let mut h = with_file(&file, 100, 30);
    mark(&mut h, &["32129", "31301", "21211"]);
    assert_eq!(h.app.shortlist.codes(), ["32129", "31301", "21211"]);
    assert!(h.screen().contains("21211•"), "the mark column shows it");
    // Unmark one from the shortlist overlay.
    h.press('S');
    assert_eq!(h.app.overlay, Some(Overlay::Shortlist));
    h.press('j').press('x');
    assert_eq!(h.app.shortlist.codes(), ["32129", "21211"]);
    let again = with_file(&file, 100, 30);
    assert_eq!(again.app.shortlist.codes(), ["32129", "21211"]);
    // Enter opens one.
    let mut again = again;
    again.press('S').press('j').key(KeyCode::Enter, NONE);
    assert!(again.app.overlay.is_none());
    assert_eq!(again.app.selected_unit().unwrap().code, "21211");
}

#[test]
fn a_damaged_shortlist_is_kept_aside_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("list.ron");
    std::fs::write(&file, "(codes: [\"32129\"").unwrap();
    let mut h = with_file(&file, 120, 30);
    assert!(h.app.shortlist.is_empty());
    let msg = h.app.message.clone().unwrap_or_default();
    assert!(msg.contains("damaged"), "{msg}");
    assert!(h.screen().contains("damaged"));
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().any(|n| n.contains("damaged")), "{names:?}");
    // Marking now writes a fresh file.
    mark(&mut h, &["32129"]);
    assert_eq!(with_file(&file, 100, 30).app.shortlist.codes(), ["32129"]);
}

#[test]
fn compare_needs_two_and_shows_two() {
    let mut h = Harness::embedded(Lang::En, 80, 24);
    mark(&mut h, &["32129"]);
    h.press('c');
    assert!(h.app.overlay.is_none());
    assert!(h.screen().contains("at least 2"));
    mark(&mut h, &["31301"]);
    h.press('c');
    assert_eq!(h.app.overlay, Some(Overlay::Compare));
    insta::assert_snapshot!("compare_2_80x24", h.screen());
    h.press('j').press('j');
    h.key(KeyCode::Esc, NONE);
    assert!(h.app.overlay.is_none());
}

#[test]
fn compare_shows_four_on_a_wide_screen() {
    let mut h = Harness::embedded(Lang::En, 140, 40);
    mark(&mut h, &["32129", "31301", "21211", "72400", "00010"]);
    h.press('c');
    let screen = h.screen();
    assert!(screen.contains("first 4 of 5"), "{screen}");
    insta::assert_snapshot!("compare_4_140x40", screen);
    // 120 columns still hold four side by side.
    let mut narrower = Harness::embedded(Lang::En, 120, 40);
    mark(&mut narrower, &["32129", "31301", "21211", "72400"]);
    narrower.press('c');
    let screen = narrower.screen();
    assert!(screen.contains("Compare · 4 "), "{screen}");
    assert!(screen.contains("72400"), "{screen}");
}

#[test]
fn filter_panel_narrows_the_list() {
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.press('f').press('2').press('3');
    assert_eq!(h.app.overlay, Some(Overlay::Filters));
    let teer23 = h.app.row_count();
    assert!(teer23 > 0 && teer23 < 516);
    // Broad category 3 (health), then sort by score.
    h.press('j').type_str("    ");
    assert_eq!(h.app.filter.broad, Some(3));
    let narrower = h.app.row_count();
    assert!(narrower < teer23);
    insta::assert_snapshot!("filters_panel", h.screen());
    h.key(KeyCode::Esc, NONE).press('o').press('o');
    let screen = h.screen();
    assert!(
        screen.contains(&format!("{narrower} of 516 · TEER 2,3")),
        "{screen}"
    );
    assert!(screen.contains("sort: score"), "{screen}");
    h.press('f').press('r');
    assert_eq!(h.app.row_count(), 516);
}

#[test]
fn search_then_filter_keeps_the_ranking() {
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.press('/').type_str("nurse").key(KeyCode::Enter, NONE);
    let all = h.app.row_count();
    h.press('f').press('1').key(KeyCode::Esc, NONE);
    assert!(h.app.row_count() < all);
    assert!((0..h.app.row_count()).all(|r| h.app.row_hit(r).is_some()));
}

#[test]
fn tree_opens_on_the_selected_occupation() {
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.select_code("32129").press('t');
    insta::assert_snapshot!("tree_32129", h.screen());
    h.press('h').press('h');
    assert!(h.app.tree.as_ref().unwrap().current().unwrap().code == "3212");
    h.press('k').press('l').press('l');
    let unit = h.app.selected_unit().unwrap().code.clone();
    assert!(unit.starts_with("321"), "{unit}");
    h.press('t');
    assert!(h.app.tree.is_none());
    assert_eq!(h.app.selected_unit().unwrap().code, unit);
}

#[test]
fn export_asks_before_overwriting() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.app.export_dir = dir.path().to_path_buf();
    mark(&mut h, &["32129", "31301"]);
    h.press('e');
    assert_eq!(h.app.overlay, Some(Overlay::Export));
    h.key(KeyCode::Enter, NONE);
    let file = dir.path().join("noc-shortlist.md");
    let first = std::fs::read_to_string(&file).expect("exported");
    assert!(first.contains("32129") && first.contains("31301"));
    assert!(first.starts_with("# Occupations to explore, "));
    assert!(h.screen().contains("Exported to"));
    std::fs::write(&file, "client notes").unwrap();
    h.press('e').key(KeyCode::Enter, NONE);
    assert_eq!(h.app.overlay, Some(Overlay::Confirm));
    assert!(h.screen().contains("Overwrite? y/n"));
    h.press('n');
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "client notes");
    h.press('e').key(KeyCode::Enter, NONE).press('y');
    assert_eq!(std::fs::read_to_string(&file).unwrap(), first);
}

#[test]
fn export_without_a_shortlist_writes_the_selected_occupation() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.app.export_dir = dir.path().to_path_buf();
    h.select_code("32129").press('e').key(KeyCode::Enter, NONE);
    assert!(dir.path().join("noc-32129.md").exists());
}

#[test]
fn the_export_dialog_shows_format_client_and_file_before_writing() {
    let mut h = Harness::embedded(Lang::En, 80, 24);
    h.app.export_dir = std::path::PathBuf::from("/handouts");
    mark(&mut h, &["32129", "31301"]);
    h.press('e').type_str("Ana Silva");
    h.key(KeyCode::Right, NONE);
    insta::assert_snapshot!("export_dialog_80x24", h.screen());
    let d = h.app.export_dialog.clone().unwrap();
    assert_eq!(d.client, "Ana Silva");
    assert_eq!(d.path, "/handouts/noc-shortlist.csv");
    // Esc writes nothing and says so.
    h.key(KeyCode::Esc, NONE);
    assert_eq!(h.app.overlay, None);
    assert!(h.screen().contains("nothing was written"));
}

#[test]
fn the_export_dialog_writes_the_chosen_format_for_the_client_where_asked() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::embedded(Lang::Fr, 100, 30);
    h.app.export_dir = dir.path().to_path_buf();
    h.select_code("32129").press('e').type_str("Ana");
    // Left from Markdown wraps to HTML, then JSON, then CSV.
    h.key(KeyCode::Left, NONE)
        .key(KeyCode::Left, NONE)
        .key(KeyCode::Left, NONE);
    // The file field: cleared and typed anew.
    let target = dir.path().join("pour-ana.csv");
    h.key(KeyCode::Tab, NONE)
        .key(KeyCode::Char('u'), KeyModifiers::CONTROL)
        .type_str(&target.display().to_string())
        .key(KeyCode::Enter, NONE);
    let csv = std::fs::read_to_string(&target).expect("written where asked");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let client = headers.iter().position(|h| h == "client").unwrap();
    assert_eq!(&row[0], "32129");
    assert_eq!(&row[client], "Ana");
    // A file that cannot be written (its folder is a file) keeps the dialog open, with why.
    h.press('e').key(KeyCode::Tab, NONE);
    h.key(KeyCode::Char('u'), KeyModifiers::CONTROL)
        .type_str(&target.join("x.md").display().to_string())
        .key(KeyCode::Enter, NONE);
    assert_eq!(h.app.overlay, Some(Overlay::Export));
    assert!(h.app.message.is_some());
}

#[test]
fn a_french_handout_formats_numbers_the_french_way() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::embedded(Lang::Fr, 100, 30);
    h.app.export_dir = dir.path().to_path_buf();
    h.select_code("32129").press('e').key(KeyCode::Enter, NONE);
    let md = std::fs::read_to_string(dir.path().join("noc-32129.md")).unwrap();
    assert!(
        md.contains("23,50\u{a0}$ de l'heure") && md.contains("2\u{a0}400 possibilités d'emploi"),
        "{md}"
    );
    assert!(
        md.contains("FÉER 2") && !md.contains("job openings"),
        "{md}"
    );
}

#[test]
fn presentation_mode() {
    let mut h = Harness::embedded(Lang::En, 80, 24);
    h.select_code("32129").press('p');
    assert!(h.app.present);
    h.press('3');
    insta::assert_snapshot!("present_32129_salary", h.screen());
    h.key(KeyCode::Esc, NONE);
    assert!(!h.app.present);
}

#[test]
fn copy_sends_osc52() {
    let mut h = Harness::embedded(Lang::En, 80, 24);
    h.select_code("32129").press('y');
    let osc = h.app.clipboard.clone().expect("queued");
    assert!(osc.starts_with("\x1b]52;c;") && osc.ends_with('\x07'));
    assert!(h.screen().contains("Copied: 32129"));
}

#[test]
fn compare_scrolling_stops_at_the_end() {
    let mut h = Harness::embedded(Lang::En, 80, 24);
    mark(&mut h, &["32129", "31301"]);
    h.press('c');
    for _ in 0..100 {
        h.press('j');
    }
    let at_end = h.app.overlay_scroll;
    assert!(at_end > 0 && at_end < 60, "{at_end}");
    // The rows end with their sources, the last being the immigration rules'.
    let screen = h.screen();
    assert!(screen.contains("Licensing:"), "{screen}");
    let last = screen.lines().rev().nth(2).unwrap_or_default();
    assert!(!last.trim_matches(['│', ' ']).is_empty(), "{screen}");
    h.press('k');
    assert_eq!(h.app.overlay_scroll, at_end - 1);
}

#[test]
fn the_mouse_moves_the_tree_not_the_hidden_list() {
    use ratatui::crossterm::event::{Event, MouseEvent, MouseEventKind};
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.select_code("32129").press('t');
    let selected = h.app.selected;
    let at = |kind| {
        Event::Mouse(MouseEvent {
            kind,
            column: 5,
            row: 6,
            modifiers: NONE,
        })
    };
    h.event(at(MouseEventKind::Down(
        ratatui::crossterm::event::MouseButton::Left,
    )));
    assert_eq!(h.app.selected, selected);
    let before = h.app.tree.as_ref().unwrap().cursor;
    h.event(at(MouseEventKind::ScrollDown));
    assert_eq!(h.app.tree.as_ref().unwrap().cursor, before + 3);
}

#[test]
fn french_compare_writes_money_like_the_panes() {
    let mut h = Harness::embedded(Lang::Fr, 140, 40);
    mark(&mut h, &["32129", "31301"]);
    h.press('c');
    let screen = h.screen();
    // "23,50 $" and "40 000 $", never "$23.50" or "$40,000".
    let dollar_first = screen
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'$' && w[1].is_ascii_digit());
    assert!(!dollar_first, "{screen}");
    let cents_then_dollar = screen
        .split("\u{a0}$")
        .any(|before| before.len() > 3 && before.as_bytes()[before.len() - 3] == b',');
    assert!(cents_then_dollar, "{screen}");
}
