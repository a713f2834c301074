//! Every number a pane writes goes through `crate::locale`: under French no decimal is
//! written with a point (a reviewer read "0.95" on the AI tab beside "33,3").

use super::action::Tab;
use super::testing::Harness;
use crate::locale::Lang;

/// The words of `text` holding a digit, a point and a digit that are a decimal written the
/// English way: codes ("32129.01", O*NET "29-2012.00"), versions ("version 1.0", "V1.0",
/// "CC BY 4.0") and sections of the regulations ("87.3(7)") are identifiers, not numbers.
fn point_decimals(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let chars: Vec<char> = w.chars().collect();
        let decimal = chars
            .windows(3)
            .any(|c| c[0].is_ascii_digit() && c[1] == '.' && c[2].is_ascii_digit());
        if !decimal {
            continue;
        }
        let bare = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        let (int, frac) = bare.split_once('.').unwrap_or((bare, ""));
        let code = (int.len() == 5 || int.contains('-')) && frac.len() == 2;
        let before = if i > 0 { words[i - 1] } else { "" };
        let version = before.to_lowercase().contains("version") || before == "BY";
        let version = version || w.starts_with('V');
        let section = int == "87" || int == "75";
        if !code && !version && !section {
            out.push(w.to_string());
        }
    }
    out
}

#[test]
fn french_panes_write_no_decimal_with_a_point() {
    let mut found = Vec::new();
    for code in ["32129", "21232", "31301", "72200", "00010"] {
        let mut h = Harness::embedded(Lang::Fr, 120, 40);
        h.select_code(code);
        for tab in Tab::ALL {
            for w in point_decimals(&h.document(tab, 100)) {
                found.push(format!("{code} {tab:?}: {w}"));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_ai_method_is_worded_and_numbered_in_each_language() {
    for (lang, expect) in [
        (Lang::En, "low below 33.3"),
        (Lang::Fr, "faible sous 33,3"),
        (Lang::Ja, "33.3 未満は低"),
    ] {
        let mut h = Harness::embedded(lang, 120, 40);
        h.select_code("21232");
        let text = h.document(Tab::AiImpact, 100);
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(expect), "{lang:?}:\n{text}");
    }
}
