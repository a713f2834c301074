//! Compare that fits: columns as wide as the screen allows, the others reached with `h`/`l`,
//! the header row and the row labels kept on screen, identical rows dimmed or left out.

use super::testing::Harness;
use crate::locale::Lang;
use ratatui::style::Modifier;

const FOUR: [&str; 4] = ["32129", "31301", "72410", "21211"];

fn compare(codes: &[&str], w: u16, rows: u16) -> Harness {
    let mut h = Harness::embedded(Lang::En, w, rows);
    h.mark(codes).press('c');
    h
}

#[test]
fn three_and_four_fit_and_the_rest_is_reached_with_h_and_l() {
    for (w, rows) in [(80, 24), (120, 40)] {
        for n in [3, 4] {
            let codes = &FOUR[..n];
            let mut h = compare(codes, w, rows);
            let screen = h.screen();
            insta::assert_snapshot!(format!("compare_{n}_{w}x{rows}"), screen);
            // Every occupation is on screen or one `l` away, and `h` comes back.
            let mut seen: Vec<&str> = codes
                .iter()
                .copied()
                .filter(|c| screen.contains(c))
                .collect();
            for _ in 0..n {
                let screen = h.press('l').screen();
                seen.extend(codes.iter().copied().filter(|c| screen.contains(c)));
            }
            for code in codes {
                assert!(seen.contains(code), "{code} unreachable at {w}x{rows}");
            }
            for _ in 0..n {
                h.press('h');
            }
            assert!(h.screen().contains(codes[0]));
            if !codes.iter().all(|c| screen.contains(c)) {
                let title = screen.lines().next().unwrap_or_default();
                assert!(title.contains(&format!("of {n}")), "{title}");
                let footer = screen.lines().nth(rows as usize - 1).unwrap_or_default();
                assert!(footer.contains("h/l more ·"), "{footer}");
                assert!(footer.contains("Esc close"), "{footer}");
            }
        }
    }
}

#[test]
fn the_header_row_stays_while_the_rows_scroll_and_labels_stay_apart() {
    let mut h = compare(&FOUR[..3], 80, 24);
    // Down to the programs (the sources follow them).
    for _ in 0..12 {
        h.press('j');
    }
    let screen = h.screen();
    let header = screen.lines().nth(1).unwrap_or_default();
    assert!(header.contains("32129"), "{screen}");
    // The three Express Entry programs keep labels of their own once cut to the column.
    for label in ["FSW Skilled", "CEC Canadian", "FST Skilled"] {
        assert!(screen.contains(label), "{label}:\n{screen}");
    }
}

#[test]
fn identical_rows_are_dimmed_and_can_be_left_out() {
    let mut h = compare(&FOUR[..3], 120, 40);
    let rows_all = h.app.compare_size().body;
    // The TEER row of three TEER 2 and 3 occupations differs; "EE French" is ✓ for all three
    // and is dimmed.
    let buf = h.render().clone();
    let y = (0..buf.area.height)
        .find(|&y| {
            let row: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
            row.contains("EE French")
        })
        .expect("an EE French row");
    let cell = (30..buf.area.width)
        .map(|x| &buf[(x, y)])
        .find(|c| c.symbol() == "✓")
        .expect("a mark in the row");
    assert!(cell.modifier.contains(Modifier::DIM), "{cell:?}");
    h.press('d');
    let table = crate::tui::content::Comparison {
        cx: &h.app.context(),
    }
    .table(117, 0, true);
    assert!(table.identical_hidden > 0);
    assert_eq!(table.body.len(), h.app.compare_size().body);
    assert!(table.body.len() < rows_all);
    let screen = h.screen();
    assert!(!screen.contains("EE French"), "{screen}");
    assert!(screen.contains("identical rows hidden"), "{screen}");
    h.press('d');
    assert_eq!(h.app.compare_size().body, rows_all);
}

#[test]
fn in_french_and_japanese_the_rows_are_named_in_that_language_and_stay_apart_when_cut() {
    for (lang, words, english) in [
        (
            Lang::Fr,
            [
                "Salaire",
                "faible (p31)",
                "peut être exigé",
                "EE catég. 2025",
            ],
            ["may be required", "low (p31)", "EE category"],
        ),
        (
            Lang::Ja,
            [
                "EE 区分 2025",
                "FSW 連邦熟練",
                "LMIA 就労許可",
                "PNP 州指名",
            ],
            ["may be required", "low (p31)", "EE category"],
        ),
    ] {
        let mut h = Harness::embedded(lang, 80, 24);
        h.mark(&FOUR[..3]).press('c');
        let mut screen = String::new();
        for _ in 0..30 {
            screen.push_str(&h.screen());
            h.press('j');
        }
        for w in words {
            assert!(screen.contains(w), "{w} in {lang:?}:\n{screen}");
        }
        for e in english {
            assert!(!screen.contains(e), "{e} in {lang:?}:\n{screen}");
        }
        // The four category rows keep their years at 80 columns.
        for year in ["2023", "2024", "2025", "2026"] {
            let label = match lang {
                Lang::Fr => format!("EE catég. {year}"),
                _ => format!("EE 区分 {year}"),
            };
            assert!(screen.contains(&label), "{label}:\n{screen}");
        }
    }
}

#[test]
fn the_rows_name_their_sources_and_a_chosen_province_gets_its_own_median_row() {
    let mut h = Harness::embedded(Lang::En, 120, 40);
    h.choose_province("Alberta").mark(&FOUR[..3]).press('c');
    let mut screen = String::new();
    for _ in 0..40 {
        screen.push_str(&h.screen());
        h.press('j');
    }
    // 32129's Alberta median is $31.00 (the national one $23.50).
    let row = screen
        .lines()
        .find(|l| l.contains("  Alberta "))
        .unwrap_or_default();
    assert!(row.contains("$31.00/h"), "{screen}");
    for needle in ["Sources:", "Score: our formula", "Job Bank", "COPS"] {
        assert!(screen.contains(needle), "{needle}:\n{screen}");
    }
}
