//! Panes built from a `Context` made by hand, with no terminal and no `App`: each must say,
//! line for line, what the accepted snapshot of the same pane (taken through the app, in
//! `tui/tests_depth.rs` and `tui/tests_facts.rs`) holds.

use super::pane_doc;
use crate::facts::{depth, paths};
use crate::filter::Filter;
use crate::i18n::Labels;
use crate::locale::Lang;
use crate::tui::action::Tab;
use crate::tui::context::{Context, FactsTable};
use crate::tui::keymap::Keymap;
use crate::tui::layout;
use crate::tui::theme::Theme;
use ratatui::layout::Rect;
use std::sync::Arc;

/// Every line of `tab` for `code`, wrapped at the pane's text width on a `w` x `h` screen,
/// as the explorer's first screen would show it (no filter, no shortlist, nothing folded).
fn document(code: &str, lang: Lang, (w, h): (u16, u16), tab: Tab) -> String {
    let ds = Arc::new(crate::data::load_embedded().expect("the embedded dataset is valid"));
    let facts = FactsTable::new(Arc::clone(&ds));
    let unit = ds.unit(code).expect("the occupation exists");
    let deep = depth::for_unit(&ds, code);
    let skills = paths::for_unit(&ds, unit);
    let filter = Filter::default();
    let size = Rect::new(0, 0, w, h);
    let cx = Context {
        ds: &ds,
        facts: &facts,
        lang,
        labels: Labels::for_lang(lang),
        theme: Theme::dark(),
        keymap: Keymap::defaults(),
        selected: Some(unit),
        depth: Some(&deep),
        paths: Some(&skills),
        filter: &filter,
        shortlist: &[],
        tab,
        present: false,
        size,
        fold_weak: false,
        path_sentences: false,
        paths_sort: Default::default(),
        examples_filter: "",
    };
    let width = layout::pane_text(layout::areas(size).pane).width as usize;
    let lines = pane_doc(&cx, unit, tab).lines(width);
    let text: Vec<String> = lines
        .iter()
        .map(|l| l.to_string().trim_end().to_string())
        .collect();
    text.join("\n")
}

/// The text of an accepted snapshot of `tui`'s tests (after its header).
fn snapshot(name: &str) -> String {
    let path = format!(
        "{}/src/tui/snapshots/noc_explorer__tui__{name}.snap",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("the snapshot exists");
    let body = text
        .strip_prefix("---\n")
        .and_then(|t| t.split_once("\n---\n"))
        .map_or(text.as_str(), |(_, body)| body);
    body.trim_end().to_string()
}

#[test]
fn ai_education_and_outlook_of_32129_from_a_context_alone() {
    for (tab, name) in [
        (Tab::AiImpact, "AiImpact"),
        (Tab::Education, "Education"),
        (Tab::Outlook, "Outlook"),
    ] {
        let doc = document("32129", Lang::En, (120, 40), tab);
        assert_eq!(doc, snapshot(&format!("tests_depth__en_32129_{name}")));
    }
    let doc = document("32129", Lang::Ja, (120, 40), Tab::Overview);
    assert_eq!(doc, snapshot("tests_depth__ja_32129_Overview"));
}

#[test]
fn immigration_salary_and_licensing_from_a_context_alone() {
    for (code, lang, tab, name) in [
        ("72200", Lang::En, Tab::Immigration, "En_72200_Immigration"),
        ("21232", Lang::En, Tab::Salary, "En_21232_Salary"),
        ("63200", Lang::Ja, Tab::Licensing, "Ja_63200_Licensing"),
    ] {
        let doc = document(code, lang, (100, 30), tab);
        assert_eq!(doc, snapshot(&format!("tests_facts__facts_{name}")));
    }
}

/// The Outlook pane, `show` and the handout give one reason, in the interface language, for
/// an occupation COPS leaves N/A (the pane once showed the library's English, and `show` a
/// reason of its own).
#[test]
fn the_outlook_pane_and_show_give_the_same_reason_for_no_outlook() {
    let ds = crate::data::load_embedded().expect("the embedded dataset is valid");
    let unit = ds.unit("21100").expect("the occupation exists");
    let flat = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for lang in [Lang::En, Lang::Fr, Lang::Ja] {
        let why = Labels::for_lang(lang).report.outlook_na;
        let pane = flat(&document("21100", lang, (200, 60), Tab::Outlook));
        assert!(pane.contains(why), "{lang:?}: {pane}");
        for shown in [
            crate::report::text(&ds, unit, lang),
            crate::report::markdown(&ds, unit, lang),
        ] {
            assert!(flat(&shown).contains(why), "{lang:?}: {shown}");
        }
    }
}
