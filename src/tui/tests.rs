//! Whole-screen snapshots and state transitions, driven through the same key path as the
//! real loop (`testing::Harness`).

use super::action::Tab;
use super::state::Focus;
use super::testing::Harness;
use crate::locale::Lang;
use crate::model::{
    AiImpact, Credential, EducationPath, ImmigrationRoute, Profile, ProfileSource, SalaryBand,
};
use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers};
use std::time::Instant;

const NONE: KeyModifiers = KeyModifiers::NONE;

fn at_32129(lang: Lang) -> Harness {
    let mut h = Harness::embedded(lang, 100, 30);
    // Find it, then clear the filter: the full list stays on the selected occupation.
    h.select_code("32129").key(KeyCode::Esc, NONE);
    h
}

#[test]
fn every_tab_of_32129_in_english() {
    let mut h = at_32129(Lang::En);
    // The whole frame once; each pane at its own size.
    insta::assert_snapshot!("en_1_Overview", h.screen());
    for (i, tab) in Tab::ALL.iter().enumerate() {
        h.press(char::from(b'1' + i as u8));
        assert_eq!(h.app.tab, *tab);
        insta::assert_snapshot!(format!("en_pane_{}_{:?}", i + 1, tab), h.pane());
    }
}

#[test]
fn every_tab_of_32129_in_japanese() {
    let mut h = at_32129(Lang::Ja);
    insta::assert_snapshot!("ja_1_Overview", h.screen());
    for (i, tab) in Tab::ALL.iter().enumerate() {
        h.press(char::from(b'1' + i as u8));
        insta::assert_snapshot!(format!("ja_pane_{}_{:?}", i + 1, tab), h.pane());
    }
}

#[test]
fn overview_in_french_leads_with_the_french_title() {
    let mut h = at_32129(Lang::Fr);
    let screen = h.screen();
    assert!(screen.contains("Autres technologues"), "{screen}");
    assert!(screen.contains("Aperçu"));
}

#[test]
fn help_overlay() {
    let mut h = at_32129(Lang::En);
    h.press('?');
    insta::assert_snapshot!("help_en", h.screen());
    h.key(KeyCode::Esc, NONE);
    assert!(h.app.overlay.is_none());
    h.key(KeyCode::F(1), NONE);
    insta::assert_snapshot!("help_ja_80x24", {
        let mut j = Harness::embedded(Lang::Ja, 80, 24);
        j.key(KeyCode::F(1), NONE);
        j.screen()
    });
}

#[test]
fn search_in_progress() {
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.type_str("/ocul");
    assert_eq!(h.app.focus, Focus::Search);
    let screen = h.screen();
    assert!(screen.contains("32129"));
    insta::assert_snapshot!("search_ocul", screen);
}

#[test]
fn the_selected_row_and_match_highlights_keep_their_styles() {
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.type_str("/ocul");
    let left = h.app.areas().left;
    // The first rows of the list: the selected one and highlighted letters of the query.
    let rows = ratatui::layout::Rect::new(left.x, left.y, left.width, 6);
    let styled = super::testing::styled_rows(h.render(), rows);
    assert!(styled.contains("bg=#283C5A"), "{styled}");
    assert!(
        styled.contains("fg=LightMagenta bg=#283C5A BOLD"),
        "{styled}"
    );
    insta::assert_snapshot!("list_styles_ocul", styled);
}

#[test]
fn typo_shows_the_corrected_query() {
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.type_str("/ocularsit");
    let screen = h.screen();
    assert!(h.app.results.corrected.is_some(), "{screen}");
    assert!(screen.contains("showing results for"));
}

#[test]
fn too_small_screen() {
    let mut h = Harness::embedded(Lang::En, 50, 12);
    insta::assert_snapshot!("too_small", h.screen());
    h.event(Event::Resize(80, 24));
    assert!(h.screen().contains("Occupations"));
}

/// A profile shaped like the seed page's, to show the panes that draw curated content.
fn seed_like_profile() -> Profile {
    let band = |level: &str, years: &str, low, high, note: &str| SalaryBand {
        level: level.into(),
        years: years.into(),
        low,
        high,
        note: note.into(),
    };
    Profile {
        code: "32129".into(),
        as_of: "2025-01-15".into(),
        summary: "Makes and fits prostheses, orthoses and artificial eyes, or supports dietitians."
            .into(),
        ai_impact: AiImpact {
            overview: "AI takes over routine measurement; fitting and patient care stay human."
                .into(),
            tasks_taken_over: vec!["Routine measurements from scans".into()],
            tasks_augmented: vec!["Design of appliances with CAD".into()],
            human_strengths: vec!["Fitting and adjusting with the patient".into()],
            skills_to_learn: vec!["3D scanning and printing".into()],
            entry_level_effect: "Fewer purely manual entry jobs.".into(),
            career_shift: "Towards digital fabrication.".into(),
        },
        salary_bands: vec![
            band(
                "Entry",
                "0-3",
                40_000,
                55_000,
                "Public healthcare salary plus benefits",
            ),
            band("Intermediate", "3-7", 55_000, 75_000, ""),
            band(
                "Senior",
                "7+",
                75_000,
                95_000,
                "Supervisor or specialist level",
            ),
        ],
        education_paths: vec![EducationPath {
            stage: "College diploma in prosthetics and orthotics".into(),
            duration: "2-3 years".into(),
            cost_low: 15_000,
            cost_high: 40_000,
        }],
        credentials: vec![Credential {
            name: "Certified prosthetist (CP(c))".into(),
            issuer: "Canadian Board of Certification of Prosthetists and Orthotists".into(),
            required: true,
        }],
        immigration_routes: vec![ImmigrationRoute {
            program: "Provincial Nominee Program".into(),
            detail: "Health streams in several provinces, with a job offer".into(),
        }],
        suits: vec!["People who like precise handwork".into()],
        not_suited: vec!["Those who want no patient contact".into()],
        career_path: "Technician, then certified clinician, then clinic lead.".into(),
        demand: "Steady, driven by an ageing population.".into(),
        growth_areas: vec!["Digital fabrication".into()],
        sources: vec![ProfileSource {
            name: "Test fixture".into(),
            note: String::new(),
        }],
    }
}

#[test]
fn salary_bands_draw_as_bars() {
    let mut ds = crate::data::load_embedded().expect("embedded");
    ds.profiles.insert("32129".into(), seed_like_profile());
    let mut h = Harness::new(ds, Lang::En, 100, 30);
    h.select_code("32129").press('3');
    // The curated bands come after the Job Bank and Census figures.
    for _ in 0..30 {
        h.press('J');
    }
    let screen = h.screen();
    assert!(
        screen.contains('█') && screen.contains("$40,000–$55,000"),
        "{screen}"
    );
    insta::assert_snapshot!("en_salary_with_profile", screen);
    for key in ['1', '2', '4', '5', '6', '7'] {
        h.press(key);
        let screen = h.screen();
        assert!(
            !screen.contains('⚠'),
            "tab {key} says something is missing:\n{screen}"
        );
    }
    h.press('5');
    // The curated credentials follow the NOC sentences.
    for _ in 0..10 {
        h.press('J');
    }
    assert!(h.screen().contains("Canadian Board of Certification"));
}

#[test]
fn header_draws_the_score_gauge_when_there_is_one() {
    let h = Harness::embedded(Lang::Ja, 100, 30);
    let spans = super::view::header_score_gauge(&h.app, 6.8);
    let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
    assert_eq!(text, "総合 6.8/10 ███████░░░");
}

#[test]
fn enter_keeps_the_filter_and_esc_clears_it_keeping_the_selection() {
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.type_str("/ocularist").key(KeyCode::Enter, NONE);
    assert_eq!(h.app.focus, Focus::List);
    assert_eq!(h.app.query, "ocularist");
    assert_eq!(
        h.app.selected_unit().map(|u| u.code.as_str()),
        Some("32129")
    );
    h.press('j').press('k');
    h.key(KeyCode::Esc, NONE);
    assert!(h.app.query.is_empty());
    assert_eq!(h.app.row_count(), 516);
    assert_eq!(
        h.app.selected_unit().map(|u| u.code.as_str()),
        Some("32129")
    );
    assert!(h.screen().contains("›32129"));
}

#[test]
fn list_keys_move_the_selection() {
    let mut h = Harness::embedded(Lang::En, 80, 24);
    h.press('G');
    assert_eq!(h.app.selected, 515);
    h.press('g');
    assert_eq!(h.app.selected, 0);
    h.key(KeyCode::PageDown, NONE);
    assert!(h.app.selected > 10);
    h.key(KeyCode::End, NONE).key(KeyCode::Down, NONE);
    assert_eq!(h.app.selected, 515);
    let screen = h.screen();
    assert!(screen.contains(&h.app.ds.units[515].code), "{screen}");
}

#[test]
fn scrolling_is_clamped_and_resets_on_tab_and_selection_change() {
    let mut h = at_32129(Lang::En);
    for _ in 0..500 {
        h.press('J');
    }
    let bottom = h.app.scroll;
    assert!(bottom > 0);
    h.press('K');
    assert_eq!(h.app.scroll, bottom - 1);
    h.key(KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert!(h.app.scroll < bottom - 1);
    h.key(KeyCode::Char('d'), KeyModifiers::CONTROL);
    h.press('l');
    assert_eq!((h.app.tab, h.app.scroll), (Tab::AiImpact, 0));
    h.press('h').press('J').press('j');
    assert_eq!((h.app.tab, h.app.scroll), (Tab::Overview, 0));
    h.key(KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(h.app.tab, Tab::Outlook);
}

#[test]
fn mouse_clicks_select_rows_and_tabs_and_the_wheel_scrolls() {
    use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mouse = |kind, column, row| {
        Event::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: NONE,
        })
    };
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.render();
    // Rows start under the border, the search line and the count: the third row is at y = 5.
    h.event(mouse(MouseEventKind::Down(MouseButton::Left), 5, 5));
    assert_eq!(h.app.selected, 2);
    let tabs = h.app.areas().tabs;
    let cells = super::layout::tab_cells(h.app.labels, h.app.tab, tabs.width);
    let salary = &cells[2];
    h.event(mouse(
        MouseEventKind::Down(MouseButton::Left),
        tabs.x + salary.x + 1,
        tabs.y,
    ));
    assert_eq!(h.app.tab, Tab::Salary);
    h.press('1');
    h.event(mouse(MouseEventKind::ScrollDown, 70, 20));
    assert_eq!(h.app.scroll, 3);
    h.event(mouse(MouseEventKind::ScrollDown, 5, 10));
    assert_eq!(h.app.selected, 5);
}

#[test]
fn ctrl_c_quits_even_while_typing_and_q_types_there() {
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.type_str("/q");
    assert_eq!(h.app.query, "q");
    assert!(!h.app.quit);
    h.key(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(h.app.quit);
}

#[test]
fn key_releases_are_ignored() {
    use ratatui::crossterm::event::{KeyEvent, KeyEventKind, KeyEventState};
    let mut h = Harness::embedded(Lang::En, 100, 30);
    let release = KeyEvent {
        code: KeyCode::Char('j'),
        modifiers: NONE,
        kind: KeyEventKind::Release,
        state: KeyEventState::NONE,
    };
    h.event(Event::Key(release));
    assert_eq!(h.app.selected, 0);
}

#[test]
fn japanese_lines_keep_borders_straight() {
    let mut h = at_32129(Lang::Ja);
    for key in ['1', '2', '3', '4', '5', '6', '7'] {
        h.press(key);
        let buf = h.render().clone();
        // The right border of the pane is in the last column on every body row.
        for y in 7..29 {
            assert_eq!(
                buf[(99, y)].symbol().chars().count(),
                1,
                "row {y} of tab {key}"
            );
            assert!(
                ["│", "║", "█", "┐", "┘"].contains(&buf[(99, y)].symbol()),
                "row {y} of tab {key}"
            );
        }
    }
}

/// Time per keystroke (search + draw) while typing a query. Run with
/// `cargo test --release -- --ignored --nocapture keystroke_timing` for real numbers.
#[test]
#[ignore]
fn keystroke_timing() {
    let mut h = Harness::embedded(Lang::En, 160, 48);
    h.render();
    let mut times = Vec::new();
    for _ in 0..20 {
        h.press('/');
        for c in "ocularist".chars() {
            let start = Instant::now();
            h.press(c);
            h.render();
            times.push(start.elapsed());
        }
        h.key(KeyCode::Esc, NONE);
    }
    times.sort();
    let median = times[times.len() / 2];
    let worst = times[times.len() - 1];
    println!("keystroke (search + draw at 160x48): median {median:?}, worst {worst:?}");
}

/// The text of a whole pane (every line, not just what fits on screen).
fn pane_text(h: &Harness, tab: Tab) -> String {
    let unit = h.app.selected_unit().expect("a selected occupation");
    super::content::pane_doc(&h.app.context(), unit, tab)
        .lines(60)
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn panes_show_the_figures_of_32129() {
    let h = at_32129(Lang::En);
    let salary = pane_text(&h, Tab::Salary);
    for want in [
        "$23.50/h",
        "$48,880/yr",
        "Alberta",
        "$48,455",
        "2,080 hours",
    ] {
        assert!(salary.contains(want), "{want} not in:\n{salary}");
    }
    let outlook = pane_text(&h, Tab::Outlook);
    for want in ["2,400", "2,500", "Moderate risk of Shortage", "7,300"] {
        assert!(outlook.contains(want), "{want} not in:\n{outlook}");
    }
    let ai = pane_text(&h, Tab::AiImpact);
    for want in [
        "31/100",
        "29-2091.00",
        "Orthotists and Prosthetists",
        "CC BY 4.0",
    ] {
        assert!(ai.contains(want), "{want} not in:\n{ai}");
    }
    let imm = pane_text(&h, Tab::Immigration);
    for want in [
        "✓ Federal Skilled Worker",
        "✓ Canadian Experience Class",
        "✗ Federal Skilled Trades",
        "? Rural Community",
        "check IRCC",
    ] {
        assert!(imm.contains(want), "{want} not in:\n{imm}");
    }
    let lic = pane_text(&h, Tab::Licensing);
    assert!(
        lic.contains("CBCPO") && lic.contains("[may be required]"),
        "{lic}"
    );
    let overview = pane_text(&h, Tab::Overview);
    assert!(
        overview.contains("Why 6.4?") && !overview.contains("Formula"),
        "{overview}"
    );
}

#[test]
fn outlook_uses_french_conditions_with_lang_fr() {
    let h = at_32129(Lang::Fr);
    let outlook = pane_text(&h, Tab::Outlook);
    assert!(outlook.contains("Risque modéré de pénurie"), "{outlook}");
    assert!(outlook.contains("2\u{a0}400"), "{outlook}");
}

#[test]
fn occupation_without_profile_or_wage() {
    let mut h = Harness::embedded(Lang::En, 100, 30);
    h.select_code("21220").key(KeyCode::Esc, NONE);
    assert!(h.app.ds.profile("21220").is_none());
    h.press('3');
    let screen = h.screen();
    assert!(screen.contains("No 2024 wage in the wage file"), "{screen}");
    insta::assert_snapshot!("en_3_Salary_21220", screen);
    h.press('6');
    insta::assert_snapshot!("en_6_Immigration_21220", h.screen());
}

#[test]
fn sources_overlay_lists_every_data_set_and_scrolls() {
    let mut h = at_32129(Lang::En);
    h.press('i');
    assert_eq!(h.app.overlay, Some(super::state::Overlay::Sources));
    insta::assert_snapshot!("sources_en", h.screen());
    let all = super::content::sources::lines(&h.app.context(), 1000)
        .iter()
        .map(|l| l.to_string())
        .collect::<Vec<_>>()
        .join("\n");
    for s in crate::facts::sources() {
        assert!(all.contains(s.publisher), "{}", s.id);
    }
    assert!(all.contains("Open Government Licence"));
    h.press('j').press('j');
    assert_eq!(h.app.overlay_scroll, 2);
    h.key(KeyCode::Esc, NONE);
    assert!(h.app.overlay.is_none());
}

#[test]
fn a_paste_is_one_edit_cut_to_the_query_limits() {
    let mut h = Harness::embedded(Lang::En, 100, 30);
    let paste = "ocularist\n".to_string() + &"welder ".repeat(100 * 1024 / 7);
    let start = Instant::now();
    h.event(Event::Paste(paste));
    assert!(start.elapsed().as_millis() < 1000, "{:?}", start.elapsed());
    assert_eq!(h.app.focus, Focus::Search);
    assert_eq!(h.app.query.split_whitespace().count(), 20);
    assert!(h.app.query.starts_with("ocularist welder"));
    let screen = h.screen();
    assert!(
        screen.contains("a query is limited to 200 characters"),
        "{screen}"
    );
    // Typing past the limit is refused with the same message; the query is unchanged.
    let before = h.app.query.clone();
    h.type_str(" x");
    assert_eq!(h.app.query.trim_end(), before.trim_end());
    assert!(h.screen().contains("a query is limited to"));
}
