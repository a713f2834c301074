//! What leaves the app speaks the user's language: `show 32129 --lang fr|ja` (text and
//! Markdown) carries none of the English headings and phrases of
//! `tests/fixtures/english_interface.txt`; official record text is exempt and marked once
//! per section. `scripts/english_lines.sh` counts the same over 60 occupations.

mod common;

use common::{json, stdout};

/// (whole-line headings, phrases) that must not appear under `lang`.
fn patterns(lang: &str) -> (Vec<String>, Vec<String>) {
    let text = include_str!("fixtures/english_interface.txt");
    let (mut whole, mut part) = (Vec::new(), Vec::new());
    for line in text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let line = match line.strip_suffix(" @fr") {
            Some(_) if lang == "fr" => continue,
            Some(l) => l,
            None => line,
        };
        match line.strip_prefix('=') {
            Some(h) => whole.push(h.to_string()),
            None => part.push(line.to_string()),
        }
    }
    (whole, part)
}

/// The lines of `out` that carry English interface text (source citations exempt).
fn english_lines(out: &str, lang: &str) -> Vec<String> {
    let (whole, part) = patterns(lang);
    out.lines()
        .filter(|line| {
            let t = line.trim().trim_start_matches(['#', '-', '*', '>', ' ']);
            let cited = ["Source :", "Source:", "出典:"]
                .iter()
                .any(|p| t.starts_with(p));
            !cited
                && (whole.iter().any(|w| t == w) || part.iter().any(|p| line.contains(p.as_str())))
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn the_pattern_list_catches_the_english_output() {
    let en = stdout(&["show", "32129", "--lang", "en"]);
    let found = english_lines(&en, "ja");
    assert!(found.len() > 100, "{}", found.len());
}

#[test]
fn show_in_french_and_japanese_has_no_english_interface_text() {
    let notes = [
        ("fr", "Texte officiel en anglais"),
        ("ja", "公式記録の英語原文です"),
    ];
    for (lang, note) in notes {
        for format in ["text", "markdown"] {
            let out = stdout(&["show", "32129", "--lang", lang, "--format", format]);
            let found = english_lines(&out, lang);
            assert!(found.is_empty(), "{lang} {format}: {found:#?}");
            // The official English text is marked, once per section that holds it.
            let marked = out.matches(note).count();
            assert!((5..30).contains(&marked), "{lang} {format}: {marked} notes");
        }
    }
    let fr = stdout(&["show", "32129", "--lang", "fr"]);
    assert!(
        fr.starts_with("32129 Autres technologues"),
        "the French title leads"
    );
    assert!(fr.contains("FÉER 2") && !fr.contains("FEER"));
    let ja = stdout(&["show", "32129", "--lang", "ja"]);
    assert!(ja.contains("非公式訳"), "our Japanese title keeps its mark");
}

#[test]
fn stats_and_handouts_follow_the_language() {
    for lang in ["fr", "ja"] {
        let stats = stdout(&["stats", "--lang", lang]);
        for english in [
            "unit groups",
            "Coverage",
            "Job Bank national wage",
            "Why some",
        ] {
            assert!(!stats.contains(english), "{lang}: {english}\n{stats}");
        }
        let md = stdout(&["export", "32129", "--lang", lang, "--client", "Ana"]);
        // The attribution lines after "---" cite each source as its publisher words it.
        let (body, _) = md.rsplit_once("\n---\n").unwrap();
        let found = english_lines(body, lang);
        assert!(found.is_empty(), "{lang} handout: {found:#?}");
    }
}

#[test]
fn json_stays_the_english_contract_under_any_language() {
    let en = json(&["show", "32129", "--format", "json"]);
    for lang in ["fr", "ja"] {
        assert_eq!(
            json(&["show", "32129", "--format", "json", "--lang", lang]),
            en
        );
    }
}

#[test]
fn an_old_code_and_an_unknown_code_are_told_in_the_users_language() {
    for (lang, old, split_word) in [
        ("fr", "3219 est un code de la CNP 2016", "ci-dessous"),
        ("ja", "3219 は NOC 2016 のコード", "以下に表示"),
    ] {
        let out = stdout(&["show", "3219", "--lang", lang]);
        assert!(out.starts_with(old), "{lang}: {out}");
        assert!(
            out.lines().next().unwrap_or("").contains(split_word),
            "{lang}"
        );
        assert!(!out.contains("is a NOC 2016 code"), "{lang}");
        assert!(!out.contains("shown below"), "{lang}");
        let err = common::cmd()
            .args(["show", "99999", "--lang", lang])
            .output()
            .expect("the binary runs");
        let err = String::from_utf8_lossy(&err.stderr);
        assert!(err.contains("99999"), "{lang}: {err}");
        for english in ["no unit group has", "close matches", "search with"] {
            assert!(!err.contains(english), "{lang}: {err}");
        }
    }
}
