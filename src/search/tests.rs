use super::folding::fold_graphemes;
use super::ranking::{Scan, is_subsequence};
use super::*;
use crate::model::Dataset;
use nucleo_matcher::Utf32Str;
use std::sync::OnceLock;

pub(super) fn fixture() -> &'static (Dataset, SearchIndex) {
    static DS: OnceLock<(Dataset, SearchIndex)> = OnceLock::new();
    DS.get_or_init(|| {
        let ds = crate::data::load_embedded().expect("embedded data loads");
        let index = SearchIndex::new(&ds);
        (ds, index)
    })
}

fn top_codes(query: &str, n: usize) -> Vec<String> {
    let (ds, index) = fixture();
    Searcher::new()
        .search(index, query)
        .hits
        .iter()
        .take(n)
        .map(|h| ds.units[h.unit].code.clone())
        .collect()
}

#[test]
fn an_example_title_finds_its_occupation_first() {
    assert_eq!(top_codes("ocularist", 1), ["32129"]);
}

#[test]
fn an_exact_code_comes_first() {
    assert_eq!(top_codes("32129", 1), ["32129"]);
}

#[test]
fn a_code_prefix_lists_the_unit_groups_below_it() {
    let codes = top_codes("321", 100);
    assert!(!codes.is_empty());
    assert!(codes.iter().all(|c| c.starts_with("321")), "{codes:?}");
}

#[test]
fn a_noc_2016_code_finds_the_class_it_continues_as_first() {
    let codes = top_codes("3219", 3);
    assert_eq!(codes[0], "32129", "{codes:?}");
    assert!(codes.contains(&"32124".to_string()));
}

#[test]
fn a_misspelt_title_is_corrected() {
    let (_, index) = fixture();
    let results = Searcher::new().search(index, "regstered nurse");
    assert_eq!(results.corrected.as_deref(), Some("registered nurse"));
    assert_eq!(top_codes("regstered nurse", 1), ["31301"]);
}

#[test]
fn french_titles_match_with_or_without_accents() {
    let with = top_codes("ingénieurs civils", 3);
    let without = top_codes("ingenieurs civils", 3);
    assert!(with.contains(&"21300".to_string()), "{with:?}");
    assert!(without.contains(&"21300".to_string()), "{without:?}");
}

#[test]
fn one_row_per_occupation() {
    let (_, index) = fixture();
    let hits = Searcher::new().search(index, "nurse").hits;
    let mut units: Vec<usize> = hits.iter().map(|h| h.unit).collect();
    let n = units.len();
    units.sort_unstable();
    units.dedup();
    assert_eq!(units.len(), n);
}

#[test]
fn narrowing_gives_the_same_results_as_a_fresh_search() {
    let (_, index) = fixture();
    let mut typing = Searcher::new();
    let mut last = Results::default();
    for end in 1..="software developer".len() {
        last = typing.search(index, &"software developer"[..end]);
    }
    let fresh = Searcher::new().search(index, "software developer");
    assert_eq!(last, fresh);
    assert!(!fresh.hits.is_empty());
}

#[test]
fn highlights_are_grapheme_indices_of_the_matched_text() {
    let (_, index) = fixture();
    let mut searcher = Searcher::new();
    let hits = searcher.search(index, "ocularist").hits;
    let indices = Highlighter::new().highlight(index, "ocularist", &hits[0]);
    assert_eq!(hits[0].matched, "ocularist");
    assert_eq!(indices, (0..9).collect::<Vec<u32>>());
}

proptest::proptest! {
    #[test]
    fn folding_ascii_the_fast_way_agrees_with_the_general_way(text in "[ -~\t\n]{0,40}") {
        proptest::prop_assert_eq!(fold(&text), fold_graphemes(&text));
    }
}

#[test]
fn folding_strips_accents_and_case() {
    assert_eq!(fold("Infirmière AUTORISÉE"), "infirmiere autorisee");
    assert_eq!(fold("Line\r\nBreak"), fold_graphemes("Line\r\nBreak"));
}

/// Every query of the benchmark workload, and their prefixes, rank exactly as scoring every
/// text would: pruning hopeless texts and splitting the scan across threads change nothing.
#[test]
fn pruned_and_parallel_search_equals_scoring_everything() {
    let (_, index) = fixture();
    let queries = [
        "registered nurse",
        "electrician",
        "software developer",
        "re",
        "in",
        "ear",
        "cook",
        "infirmière",
        "infirmiere",
        "ingénieur civil",
        "soudeur",
        "data scientist",
        "x",
        "zz",
        "sftwr",
    ];
    for query in queries {
        for end in (1..=query.len()).filter(|&e| query.is_char_boundary(e)) {
            let q = &query[..end];
            let pattern = super::literal_pattern(q);
            let folded = fold(q);
            let full = Scan {
                index,
                pattern: &pattern,
                words: folded.split_whitespace().collect(),
                folded: &folded,
                plain: true,
                prune: false,
            };
            let all: Vec<u32> = (0..index.len() as u32).collect();
            let (matched_all, best_all) = full.run(&all, &mut Matcher::new(Config::DEFAULT), None);
            let pruned = Scan {
                prune: q.is_ascii(),
                ..full
            };
            if q.is_ascii() {
                // Pruning relies on this: the matcher matches a plain ASCII query exactly when
                // its words are subsequences of the folded text.
                let mut matcher = Matcher::new(Config::DEFAULT);
                for entry in 0..index.len() as u32 {
                    let by_matcher = pattern.score(index.haystack(entry), &mut matcher).is_some();
                    let words = folded
                        .split_whitespace()
                        .all(|w| is_subsequence(w, index.folded(entry)));
                    assert_eq!(by_matcher, words, "{q:?} on {}", index.text(entry));
                }
            }
            let (matched, best) = pruned.run(&all, &mut Matcher::new(Config::DEFAULT), None);
            assert_eq!(matched, matched_all, "{q:?}");
            // Scattered letters are not shown when some text holds every word, so pruning
            // need not score them then; every other best is the same.
            let held = best_all.iter().flatten().any(|&(s, _)| s >= TIER);
            let shown = |b: &Option<(u32, u32)>| b.filter(|&(s, _)| !held || s >= TIER);
            let shown_all: Vec<_> = best_all.iter().map(shown).collect();
            if q.is_ascii() {
                assert_eq!(
                    best.iter().map(shown).collect::<Vec<_>>(),
                    shown_all,
                    "{q:?}"
                );
                assert!(
                    best.iter().flatten().all(|&(s, _)| !held || s >= TIER),
                    "{q:?}"
                );
            } else {
                assert_eq!(best, best_all, "{q:?}");
            }
            let mut searcher = Searcher::new();
            let hits = searcher.fuzzy(index, q);
            let expected = best_all.iter().filter(|b| b.is_some()).count();
            assert!(hits.len() <= expected, "{q:?}");
            assert!(hits.iter().all(|h| best_all[h.unit].is_some()), "{q:?}");
            assert_eq!(
                searcher.previous.as_ref().map(|p| &p.1),
                Some(&matched_all),
                "{q:?}"
            );
        }
    }
}

#[test]
fn the_arenas_give_back_each_text_as_the_matcher_would_see_it() {
    let (ds, index) = fixture();
    // Titles, French titles, example titles, our Japanese titles and the job tag names.
    let japanese = |code: &str| {
        let names = ds.jobtag_occupations(code);
        1 + names
            .map(|o| crate::model::japanese::jobtag_names(o).count())
            .sum::<usize>()
    };
    let expected: usize = ds
        .units
        .iter()
        .map(|u| 2 + u.example_titles.len() + japanese(&u.code))
        .sum();
    assert!(index.len() <= expected && index.len() > ds.units.len() * 2);
    for entry in 0..index.len() as u32 {
        let text = index.text(entry);
        // The matcher sees Japanese folded (hiragana as katakana, full-width as ASCII).
        let own = nucleo_matcher::Utf32String::from(super::japanese::fold(text).as_str());
        let chars = |s: Utf32Str<'_>| s.chars().collect::<Vec<char>>();
        assert_eq!(chars(index.haystack(entry)), chars(own.slice(..)), "{text}");
        assert_eq!(index.folded(entry), fold(text), "{text}");
    }
}

#[test]
fn scattered_letters_are_left_out_when_whole_words_match() {
    let (ds, index) = fixture();
    let results = Searcher::new().search(index, "regstered nurse");
    let codes: Vec<&str> = results
        .hits
        .iter()
        .map(|h| ds.units[h.unit].code.as_str())
        .collect();
    assert!(codes.len() <= 5, "{codes:?}");
    assert!(
        !codes.contains(&"64100"),
        "retail salespersons matched by scattered letters: {codes:?}"
    );
    // With no whole-word match, scattered letters are all there is, and they stay.
    assert!(!Searcher::new().search(index, "sftwr").hits.is_empty());
}

fn top(query: &str) -> String {
    top_codes(query, 1).into_iter().next().unwrap_or_default()
}

/// The examples of issue 14: what a person means comes first.
#[test]
fn everyday_words_land_on_what_a_person_means() {
    assert_eq!(top("teacher"), "41221");
    assert_eq!(top("doctor"), "31102");
    assert_eq!(top("mechanic"), "72410");
    assert_eq!(top("developer"), "21232");
    assert_eq!(top("forklift"), "75101");
    assert!(["44101", "33102"].contains(&top("PSW").as_str()));
    assert!(["44101", "33102"].contains(&top("PSWs").as_str()));
    assert_eq!(top("truckers"), "73300");
    assert_eq!(top("uber driver"), "75200");
    assert_eq!(top("camionneur"), "73300");
    assert_eq!(top("7241"), "72200");
}

#[test]
fn an_alias_is_marked_as_ours_and_never_corrected() {
    let (ds, index) = fixture();
    let results = Searcher::new().search(index, "uber driver");
    assert_eq!(results.corrected, None);
    let hit = &results.hits[0];
    assert_eq!(hit.kind, MatchKind::Alias);
    assert_eq!(
        hit.matched,
        "uber driver (our alias for 'ride-hailing driver')"
    );
    assert_eq!(ds.units[hit.unit].code, "75200");
}

#[test]
fn a_noc_2016_code_is_labelled_then_the_minor_group() {
    let (ds, index) = fixture();
    let hits = Searcher::new().search(index, "7241").hits;
    assert_eq!(hits[0].matched, "NOC 2016 7241 → continues as");
    assert_eq!(hits[0].kind, MatchKind::Noc2016);
    let minor: Vec<&str> = hits
        .iter()
        .filter(|h| h.kind == MatchKind::MinorGroup)
        .map(|h| ds.units[h.unit].code.as_str())
        .collect();
    assert!(minor.contains(&"72410"), "{minor:?}");
    assert!(
        hits.iter()
            .all(|h| h.kind != MatchKind::MinorGroup || h.matched == "NOC 2021 minor group 7241")
    );
    let first_minor = hits.iter().position(|h| h.kind == MatchKind::MinorGroup);
    let last_2016 = hits.iter().rposition(|h| h.kind == MatchKind::Noc2016);
    assert!(last_2016 < first_minor, "{hits:?}");
}

#[test]
fn a_possessive_ranks_below_a_title_about_the_word() {
    let (ds, index) = fixture();
    let hits = Searcher::new().search(index, "receptionist doctor").hits;
    assert!(!hits.is_empty());
    // Without the alias, "doctor" as a head word beats "doctor's office receptionist".
    let mut plain = Searcher::new();
    let codes: Vec<&str> = plain
        .fuzzy(index, "doctor")
        .iter()
        .map(|h| ds.units[h.unit].code.as_str())
        .collect();
    let receptionists = codes
        .iter()
        .position(|&c| c == "14101")
        .expect("still listed");
    let physicians = codes.iter().position(|&c| c == "31102").expect("listed");
    assert!(physicians < receptionists, "{codes:?}");
}

#[test]
fn among_equal_matches_more_employment_wins() {
    let (_, index) = fixture();
    let hits = Searcher::new().fuzzy(index, "teacher");
    let tiers: Vec<u32> = hits.iter().map(|h| h.score / ranking::TIER).collect();
    for pair in hits.windows(2).zip(tiers.windows(2)) {
        let (h, t) = pair;
        if t[0] == t[1] && t[0] > ranking::SCATTERED {
            assert!(
                index.employment[h[0].unit] >= index.employment[h[1].unit],
                "{h:?}"
            );
        }
    }
}

#[test]
fn aliases_resolve_to_every_unit_naming_their_titles_in_title_order() {
    let (ds, index) = fixture();
    assert_eq!(index.aliases.len(), ds.aliases.len());
    for (alias, resolved) in ds.aliases.iter().zip(&index.aliases) {
        // The plain definition: for each title in order, each unit naming it, once.
        let mut expected: Vec<u32> = Vec::new();
        for title in &alias.titles {
            for (i, unit) in ds.units.iter().enumerate() {
                let names = unit
                    .example_titles
                    .iter()
                    .any(|t| t.eq_ignore_ascii_case(title));
                if names && !expected.contains(&(i as u32)) {
                    expected.push(i as u32);
                }
            }
        }
        assert!(!expected.is_empty(), "{}", alias.name);
        assert_eq!(resolved.units, expected, "{}", alias.name);
    }
}

/// The index `build.rs` embedded is byte for byte the one the crate prepares from the RON of
/// `data/` (loaded with every check): an artefact out of step with the data or the code fails.
#[test]
fn the_embedded_index_is_the_one_built_from_data() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let ds = crate::data::load_dir_ron(&dir).expect("data/ loads");
    let built = index::prepare(&ds, std::iter::empty());
    let bytes = index::embedded_bytes();
    assert!(!bytes.is_empty(), "build.rs wrote no index");
    let embedded = prepared::from_bytes(bytes).expect("the embedded index reads back");
    assert_eq!(embedded.codes, built.codes);
    assert_eq!(embedded.rows().len(), built.rows().len());
    assert_eq!(embedded, built);
    assert_eq!(
        prepared::to_bytes(&built),
        bytes,
        "the same index, the same bytes"
    );
    // And the same answers, with the codes and titles `search` prints from the index alone.
    let from_data = SearchIndex::new(&ds);
    let from_bytes = SearchIndex::embedded().expect("embedded index");
    for query in [
        "nurse",
        "registered nurse",
        "re",
        "psw",
        "7241",
        "321",
        "infirmière",
        "看護",
        "エンジニア",
        "softwre develper",
        "ocularist",
    ] {
        let a = Searcher::new().search(&from_data, query);
        let b = Searcher::new().search(&from_bytes, query);
        assert_eq!(a, b, "{query}");
        for hit in a.hits.iter().take(20) {
            assert_eq!(from_bytes.code(hit.unit), ds.units[hit.unit].code);
            assert_eq!(from_bytes.title(hit.unit), ds.units[hit.unit].title);
        }
    }
}

#[test]
fn damaged_index_bytes_are_refused_not_trusted() {
    let bytes = index::embedded_bytes();
    assert!(prepared::from_bytes(&bytes[..bytes.len() - 1]).is_none());
    assert!(prepared::from_bytes(b"NOCIDX00").is_none());
    assert!(prepared::from_bytes(&[]).is_none());
    let mut longer = bytes.to_vec();
    longer.push(0);
    assert!(prepared::from_bytes(&longer).is_none());
}

/// The texts' rows are read in place, each locating its text by its own ends and the previous
/// row's: a row whose end lies past its arena or before the previous one, or whose unit is
/// not one of the index's, makes the whole index refused (it would panic or mislead).
#[test]
fn index_rows_out_of_place_are_refused() {
    let bytes = index::embedded_bytes();
    let p = prepared::from_bytes(bytes).expect("the embedded index reads back");
    let rows_at = 8 + 4 + p.texts.len() + 4 + p.folded.len() + 4 + 4 * p.chars.len() + 4;
    let row = |i: usize| rows_at + i * prepared::ROW;
    let with = |at: usize, value: u32| {
        let mut damaged = bytes.to_vec();
        damaged[at..at + 4].copy_from_slice(&value.to_le_bytes());
        prepared::from_bytes(&damaged).is_none()
    };
    let (unit, text_end, folded_end, chars_end) = (16, 20, 24, 28);
    let last = p.rows().len() - 1;
    assert!(
        with(row(last) + text_end, p.texts.len() as u32 + 1),
        "past the texts"
    );
    assert!(with(row(5) + text_end, 0), "before the previous text");
    assert!(
        with(row(last) + folded_end, p.folded.len() as u32 + 1),
        "past the folded texts"
    );
    assert!(
        with(row(5) + folded_end, 0),
        "before the previous folded text"
    );
    assert!(
        with(row(last) + chars_end, p.chars.len() as u32 + 1),
        "past the characters"
    );
    assert!(
        with(row(5) + unit, p.codes.len() as u32),
        "a unit not in the index"
    );
    // The same bytes undamaged read back.
    assert!(!with(row(5) + unit, p.rows().unit(5)));
}

#[test]
fn search_finds_the_same_with_what_it_loads_as_with_everything() {
    use crate::data::{Needs, load_embedded, load_embedded_for};
    let all = load_embedded().expect("loads");
    let part = load_embedded_for(Needs::Search).expect("loads");
    let (ia, ip) = (SearchIndex::new(&all), SearchIndex::new(&part));
    for q in [
        "nurse",
        "PSW",
        "3219",
        "regstered nurse",
        "看護師",
        "soudeur",
        "321",
        "re",
    ] {
        let a = Searcher::new().search(&ia, q);
        let p = Searcher::new().search(&ip, q);
        assert_eq!(a, p, "{q}");
        assert!(!a.hits.is_empty(), "{q}");
    }
}
