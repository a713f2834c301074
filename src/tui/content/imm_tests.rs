//! Snapshots of the Immigration pane's rounds and provinces sections, laid out at the pane's
//! width on a 120x40 and an 80x24 screen, for 32129 and 72200; and the province chosen in the
//! filters leading. Built from the figures alone: no terminal, no app.

use super::Doc;
use super::imm_provinces::provinces_section;
use super::imm_rounds::rounds_section;
use crate::i18n::Labels;
use crate::locale::Lang;
use crate::tui::layout;
use crate::tui::theme::Theme;
use ratatui::layout::Rect;

/// An occupation's figures in a language, on a screen of a size.
struct At {
    facts: crate::facts::Facts,
    labels: &'static Labels,
    size: Rect,
}

/// The two sections of the occupation as plain text at the pane's width.
fn sections(at: &At, lead: Option<&str>) -> String {
    let theme = Theme::dark();
    let lists = &at.facts.immigration.lists;
    let mut doc = Doc::new(theme);
    rounds_section(&mut doc, &lists.rounds, at.labels, &theme);
    provinces_section(&mut doc, &lists.provincial, lead, at.labels, &theme);
    // The pane's border takes two columns and its scrollbar one.
    let width = usize::from(layout::areas(at.size).pane.width).saturating_sub(3);
    let mut out = format!("width {width}\n");
    for line in doc.lines(width) {
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        out.push_str(text.trim_end());
        out.push('\n');
    }
    out
}

fn at(code: &str, lang: Lang, width: u16, height: u16) -> At {
    let ds = crate::data::load_embedded().expect("the embedded dataset is valid");
    let unit = ds.unit(code).expect("the occupation exists");
    At {
        facts: crate::facts::for_unit(&ds, unit),
        labels: Labels::for_lang(lang),
        size: Rect::new(0, 0, width, height),
    }
}

#[test]
fn rounds_and_provinces_of_32129_and_72200_at_120x40_and_80x24() {
    for code in ["32129", "72200"] {
        for (w, h) in [(120, 40), (80, 24)] {
            let harness = at(code, Lang::En, w, h);
            insta::assert_snapshot!(format!("lists_{code}_{w}x{h}"), sections(&harness, None));
        }
    }
}

#[test]
fn the_chosen_province_leads_in_french_and_japanese() {
    let h = at("32129", Lang::Fr, 120, 40);
    let text = sections(&h, Some("SK"));
    let sk = text.find("Saskatchewan · SINP").expect("SK row");
    let bc = text.find("Colombie-Britannique · BC PNP").expect("BC row");
    assert!(sk < bc, "{text}");
    assert!(text.contains("(choisie dans les filtres)"), "{text}");
    let h = at("32129", Lang::Ja, 80, 24);
    let text = sections(&h, Some("NS"));
    assert!(text.contains("ノバスコシア州：当方の同州リスト"), "{text}");
    insta::assert_snapshot!("lists_32129_ja_80x24", text);
}
