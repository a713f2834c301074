//! The AI pane's US occupations, closest first, and the weak links folded away with `w`
//! (issue 28, item 6): for 32120 the crosswalk also links MRI technologists and dosimetrists,
//! whose tasks ("Request sedatives ... for patients with claustrophobia" in the issue) read as if they
//! were a laboratory technologist's.

use super::testing::Harness;
use crate::locale::Lang;

/// The whole AI pane as text, wide enough that no line wraps.
fn pane_text(h: &Harness) -> String {
    h.document(h.app.tab, 1000)
}

#[test]
fn the_closest_us_occupation_comes_first_and_w_folds_the_weak_links() {
    let mut h = Harness::embedded(Lang::En, 160, 48);
    h.select_code("32120").press('2');
    let text = pane_text(&h);
    let lab = text.find("29-2011.00  Medical and Clinical Laboratory Technologists · 16 tasks");
    let mri = text.find("29-2035.00  Magnetic Resonance Imaging Technologists · 23 tasks");
    assert!(lab.is_some() && mri.is_some(), "{text}");
    assert!(lab < mri, "the laboratory link comes first: {text}");
    assert!(
        text.contains(
            "Magnetic Resonance Imaging Technologists · 23 tasks · closeness 0.21 · weak link"
        ),
        "{text}"
    );
    assert!(
        text.contains("w folds away the tasks of the 4 weak links"),
        "{text}"
    );
    assert!(
        text.contains("Explain magnetic resonance imaging (MRI) procedures"),
        "{text}"
    );
    // The first E1 task is the closest occupation's, not the crosswalk's first row's order.
    let e1 = text.find("\nE1 ").expect("an E1 group");
    assert!(
        text[e1 + 1..]
            .lines()
            .nth(1)
            .is_some_and(|l| l.ends_with("[29-2011.00] ≠ GPT-4 E2")),
        "{text}"
    );

    h.press('w');
    let folded = pane_text(&h);
    assert!(
        !folded.contains("Explain magnetic resonance imaging (MRI) procedures"),
        "{folded}"
    );
    assert!(!folded.contains("[29-2035.00]"), "{folded}");
    assert!(
        folded.contains("the tasks of the 4 weak links are folded away; w shows them"),
        "{folded}"
    );
    assert!(
        folded.contains("+ 9 from weak links, folded away"),
        "{folded}"
    );
    insta::assert_snapshot!("ai_links_32120_folded_80x24", {
        let mut small = Harness::embedded(Lang::En, 80, 24);
        small
            .select_code("32120")
            .press('w')
            .type_str("JJJJJJJJJJJJJJJJ");
        small.screen()
    });
    h.press('w');
    assert!(pane_text(&h).contains("Explain magnetic resonance imaging (MRI) procedures"));
}

#[test]
fn the_links_are_worded_in_french_and_japanese() {
    for (lang, weak, hint) in [
        (
            Lang::Fr,
            "lien faible",
            "w replie les tâches des 4 liens faibles",
        ),
        (Lang::Ja, "弱い対応", "w で弱い対応 4 件の業務をたたむ"),
    ] {
        let mut h = Harness::embedded(lang, 160, 48);
        h.select_code("32120").press('2');
        let text = pane_text(&h);
        assert!(text.contains(weak) && text.contains(hint), "{text}");
    }
}
