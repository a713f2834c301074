//! Search in a newcomer's words (issue 28, item 5): short forms, our abbreviations and French
//! typed under the French interface. The labelled measure is `tests/search_newcomer.rs`.

use super::tests::fixture;
use super::*;

fn search(lang: Lang, query: &str) -> (Results, Vec<String>) {
    let (ds, index) = fixture();
    let results = Searcher::for_language(lang).search(index, query);
    let codes = (results.hits.iter())
        .map(|h| ds.units[h.unit].code.clone())
        .collect();
    (results, codes)
}

#[test]
fn tech_is_a_word_of_its_own_not_the_start_of_technology() {
    let (results, codes) = search(Lang::En, "lab tech");
    // Before: "laboratory technology professor - university" (41200) came first.
    assert_eq!(codes[0], "33101", "{codes:?}");
    let at = |code: &str| codes.iter().position(|c| c == code);
    assert!(at("32120") < at("41200"), "{codes:?}");
    assert!(at("32120").is_some_and(|i| i < 8), "{codes:?}");
    assert_eq!(
        results.read_as.as_deref(),
        Some("lab = laboratory · tech = technician / technologist")
    );
    assert_eq!(results.corrected, None);
}

#[test]
fn a_query_without_short_forms_says_nothing_of_them() {
    let (results, _) = search(Lang::En, "medical laboratory technologist");
    assert_eq!(results.read_as, None);
    assert!(!results.has_note());
}

#[test]
fn our_abbreviations_of_regulated_occupations_lead() {
    for (query, code) in [
        ("MLT", "32120"),
        ("RDH", "32111"),
        ("CYW", "42201"),
        ("AME", "72404"),
    ] {
        let (results, codes) = search(Lang::En, query);
        assert_eq!(codes[0], code, "{query}: {codes:?}");
        let first = &results.hits[0];
        assert_eq!(first.kind, MatchKind::Alias, "{query}");
        assert!(first.matched.contains("our alias"), "{}", first.matched);
    }
}

#[test]
fn french_is_matched_before_any_correction_and_never_corrected_into_english() {
    // Before: corrected into "technologist medical" and led by paramedics.
    for lang in [Lang::Fr, Lang::En] {
        let (results, codes) = search(lang, "technologiste médical");
        assert_eq!(results.corrected, None, "{lang:?}");
        assert_eq!(codes[0], "32120", "{lang:?}: {codes:?}");
    }
    // A feminine form finds the alias written in the masculine.
    let (_, codes) = search(Lang::Fr, "technologiste médicale");
    assert_eq!(codes[0], "32120", "{codes:?}");
    // Before: nothing at all.
    let (_, codes) = search(Lang::Fr, "technicien de laboratoire");
    assert!(codes[..3].contains(&"33101".to_string()), "{codes:?}");
    // Under French a misspelt word is corrected into a word of the French titles only.
    let (results, codes) = search(Lang::Fr, "infirmiere autorissee");
    let corrected = results
        .corrected
        .expect("a misspelt French word is corrected");
    let (_, index) = fixture();
    let french = index.french_vocabulary().folded_texts();
    for word in corrected.split_whitespace() {
        assert!(french.contains(word), "{word:?} is not French: {corrected}");
    }
    assert_eq!(codes[0], "31301", "{codes:?}");
}

#[test]
fn a_french_title_is_about_its_first_word() {
    // "infirmier" is the last word of the nursing coordinators' French title and the first
    // of the registered nurses': the nurses come first.
    let (_, codes) = search(Lang::Fr, "infirmier");
    assert_eq!(codes[0], "31301", "{codes:?}");
}

#[test]
fn every_word_a_short_form_stands_for_is_a_word_of_the_titles() {
    let (_, index) = fixture();
    let texts = index.vocabulary.folded_texts();
    for form in short_forms::table() {
        assert!(!form.words.is_empty(), "{}", form.short);
        for word in &form.words {
            let found = texts.match_indices(word.as_str()).any(|(at, _)| {
                let before = texts[..at].chars().next_back();
                let after = texts[at + word.len()..].chars().next();
                before.is_none_or(|c| !c.is_alphanumeric())
                    && after.is_none_or(|c| !c.is_alphanumeric())
            });
            assert!(found, "{} = {word}: no title holds {word:?}", form.short);
        }
    }
}

#[test]
fn english_short_forms_are_not_read_into_french() {
    let (results, _) = search(Lang::Fr, "technicien de lab");
    assert_eq!(results.read_as, None);
    let (results, _) = search(Lang::Ja, "lab tech");
    assert!(results.read_as.is_some());
}

#[test]
fn a_plural_finds_the_title_named_in_the_singular() {
    // Before: "line cooks" led with 65201 ("logging camp cook's helper") and "nannies" found
    // financial analysts; the titles say "line cook" and "nanny".
    assert_eq!(search(Lang::En, "line cooks").1[0], "63200");
    assert_eq!(search(Lang::En, "nannies").1[0], "44100");
    // A narrowing from the singular keeps what the plural finds.
    let (_, index) = fixture();
    let mut searcher = Searcher::new();
    for typed in ["nann", "nanni", "nannie", "nannies"] {
        searcher.search(index, typed);
    }
    let again = searcher.search(index, "nannies");
    let fresh = Searcher::new().search(index, "nannies");
    assert_eq!(again.hits, fresh.hits);
}

#[test]
fn a_query_no_title_holds_whole_is_shown_without_one_word_and_says_so() {
    // Before: "grocery store clerk" found nothing.
    let (results, codes) = search(Lang::En, "grocery store clerk");
    assert_eq!(results.without.as_deref(), Some("store"));
    assert_eq!(codes[0], "65102", "{codes:?}");
    assert!(results.has_note());
    // The word a phrase is about stays: English ends with it, French begins with it.
    let (results, _) = search(Lang::En, "front desk receptionist");
    assert_ne!(results.without.as_deref(), Some("receptionist"));
    let (results, codes) = search(Lang::Fr, "préposée entretien ménager hôpital");
    assert_eq!(results.without.as_deref(), Some("hôpital"));
    assert_eq!(codes[0], "65310", "{codes:?}");
    // A query that finds something says nothing of fewer words.
    assert_eq!(search(Lang::En, "grocery clerk").0.without, None);
}

#[test]
fn an_alias_is_followed_by_whole_words_only() {
    // Before: "MLT" listed 430 of 516, "meat loaf trimmer" among them; "RN" a popcorn vendor.
    let (results, codes) = search(Lang::En, "MLT");
    assert_eq!(codes[0], "32120");
    assert!(codes.len() < 10, "{codes:?}");
    assert!(
        results
            .hits
            .iter()
            .all(|h| !h.matched.contains("meat loaf"))
    );
    let (results, codes) = search(Lang::En, "RN");
    assert_eq!(codes[0], "31301");
    assert!(
        results.hits.iter().all(|h| !h.matched.contains("popcorn")),
        "{codes:?}"
    );
    // An alias that is an everyday word keeps the titles holding it.
    let (_, codes) = search(Lang::En, "developer");
    assert!(codes.contains(&"21234".to_string()), "{codes:?}");
}
