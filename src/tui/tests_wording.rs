//! Wording a reviewer read on the screens: in French the regulation's acronym, COPS's
//! labels quoted as COPS writes them, the NOC's English words marked as such in compare.

use super::action::Tab;
use super::testing::Harness;
use crate::locale::Lang;

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn french_immigration_names_the_regulation_ripr_and_its_date_first() {
    let mut h = Harness::embedded(Lang::Fr, 120, 40);
    h.select_code("32102");
    let text = flat(&h.document(Tab::Immigration, 100));
    assert!(!text.contains("IRPR"), "{text}");
    assert!(!text.contains("en date du RIPR"), "{text}");
    assert!(
        text.contains("en date du 2026-06-12 (RIPR, version consolidée)"),
        "{text}"
    );
}

#[test]
fn french_outlook_quotes_cops_labels_as_cops_writes_them() {
    let mut h = Harness::embedded(Lang::Fr, 120, 40);
    // 72200 (electricians): "À équilibre" is COPS's own French label for balance.
    let mut balanced = None;
    for code in ["72200", "21232", "32129", "00010", "31301"] {
        h.select_code(code);
        let text = flat(&h.document(Tab::Outlook, 100));
        assert!(!text.contains(": À équilibre"), "{code}: {text}");
        if text.contains("« À équilibre » (SPPC)") {
            balanced = Some(code);
        }
    }
    assert!(
        balanced.is_some(),
        "no balanced occupation among those read"
    );
}

#[test]
fn french_compare_marks_the_nocs_english_length_words() {
    let mut h = Harness::embedded(Lang::Fr, 160, 60);
    h.mark(&["72200", "31301", "32129"]);
    h.press('c');
    let screen = h.screen();
    let rows: Vec<&str> = screen.lines().filter(|l| l.contains("étapes")).collect();
    assert!(!rows.is_empty(), "{screen}");
    for row in &rows {
        assert!(
            !row.contains("non précisée ") || row.contains("durée"),
            "{screen}"
        );
        assert!(!row.contains("premier programme three"), "{screen}");
    }
    let all = flat(&screen);
    assert!(all.contains("durée du premier programme"), "{screen}");
}

#[test]
fn japanese_compare_frame_says_how_many_of_how_many_in_japanese_order() {
    let mut h = Harness::embedded(Lang::Ja, 80, 24);
    h.mark(&["72200", "31301", "32129"]);
    h.press('c');
    let screen = h.screen();
    let top = screen.lines().next().unwrap_or_default();
    assert!(top.contains("3 件中 1–"), "{screen}");
    assert!(!top.contains("件中  3"), "{screen}");
}

/// Words of a source's vintage or note that are English prose of ours (a run of four
/// lowercase ASCII letters), rather than dates, versions and codes alone.
fn has_english_words(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_lowercase())
        .any(|w| w.len() >= 4)
}

#[test]
fn the_sources_screen_words_its_vintages_and_notes_in_french_and_japanese() {
    for lang in [Lang::Fr, Lang::Ja] {
        let words = &crate::i18n::Labels::for_lang(lang).reviewed.source_words;
        for s in crate::facts::sources() {
            for text in [s.vintage, s.note] {
                if has_english_words(text) {
                    assert!(words.contains_key(text), "{lang:?}: {text}");
                }
            }
        }
        let mut h = Harness::embedded(lang, 120, 40);
        h.press('i');
        let lines = super::content::sources::lines(&h.app.context(), 100);
        let text = flat(&lines.iter().map(|l| format!("{l}\n")).collect::<String>());
        assert!(!text.contains("income year 2020"), "{lang:?}: {text}");
        assert!(!text.contains("National projections only"), "{lang:?}");
    }
}

/// The header's TEER line at 80x24.
fn teer_line(lang: Lang, code: &str) -> String {
    let mut h = Harness::embedded(lang, 80, 24);
    h.select_code(code);
    let screen = h.screen();
    let line = screen
        .lines()
        .find(|l| l.contains("ER ") && l.contains(" · "));
    line.unwrap_or_default().to_string()
}

#[test]
fn at_80x24_the_header_keeps_what_sets_teer_2_and_3_apart() {
    for (lang, two, three) in [
        (Lang::En, "TEER 2 · 2+ years", "TEER 3 · Under 2 years"),
        (
            Lang::Fr,
            "FÉER 2 · 2 ans ou plus",
            "FÉER 3 · Moins de 2 ans",
        ),
        (Lang::Ja, "TEER 2 · 2年以上", "TEER 3 · 2年未満"),
    ] {
        let (l2, l3) = (teer_line(lang, "32129"), teer_line(lang, "33103"));
        assert!(l2.contains(two), "{lang:?}: {l2}");
        assert!(l3.contains(three), "{lang:?}: {l3}");
    }
    // Where the full meaning fits, it is shown.
    let mut h = Harness::embedded(Lang::En, 160, 40);
    h.select_code("32129");
    assert!(
        h.screen()
            .contains("College or apprenticeship of 2 or more years")
    );
}

#[test]
fn at_80x24_the_japanese_header_shows_our_title_under_a_long_english_one() {
    let mut h = Harness::embedded(Lang::Ja, 80, 24);
    h.select_code("31301");
    let screen = h.screen();
    let header: Vec<&str> = screen.lines().take(5).collect();
    let header = header.join("\n");
    assert!(header.contains("看護師"), "{screen}");
    assert!(header.contains("非公式訳"), "{screen}");
    assert!(header.contains("Registered nurses"), "{screen}");
}
