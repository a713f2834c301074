//! Search in a newcomer's words (issue 28, item 5): short forms ("lab tech"), abbreviations of
//! regulated health and trade occupations ("MLT") and French as people type it ("technicien de
//! laboratoire", "technologiste médical") under the interface language they type it in.
//! Labelled in `tests/relevance/newcomer.ron`; reports hit@1 and hit@3 by kind and fails below
//! the floors (measured after the change, minus a margin; the numbers before it are beside
//! them).
//!
//! Run with `cargo test --test search_newcomer -- --nocapture` to see the table and misses.

use noc_explorer::data;
use noc_explorer::locale::Lang;
use noc_explorer::search::{SearchIndex, Searcher};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Labelled {
    kind: String,
    lang: String,
    query: String,
    answers: Vec<String>,
}

/// (kind, minimum hit@1, minimum hit@3), in percent.
/// Measured 2026-12-05 (before -> after the change, hit@1 / hit@3): short 52.2/82.6 ->
/// 95.7/100; abbreviation 29.4/35.3 -> 100/100; french 82.8/86.2 -> 98.3/100; heldout (run once,
/// not tuned for) 53.1/68.8 -> 75.0/84.4; all 63.1/74.6 -> 92.3/96.2. Floors about 2-3 below.
/// Later that day: the first held-out set's misses got aliases of ours (so it is no longer
/// blind: 93.8/100), and a second held-out set, run once at 73.2/75.6, reads 82.9/85.4 after
/// two changes made for no query in particular (queries read in the singular; a query no
/// title holds whole is retried with one word left out).
const FLOORS: &[(&str, f64, f64)] = &[
    ("short", 93.0, 97.0),
    ("abbreviation", 97.0, 97.0),
    ("french", 96.0, 97.0),
    ("heldout", 90.0, 97.0),
    ("heldout2", 80.0, 82.0),
    ("all", 91.0, 94.0),
];

fn searcher(lang: &str) -> Searcher {
    Searcher::for_language(match lang {
        "fr" => Lang::Fr,
        "ja" => Lang::Ja,
        _ => Lang::En,
    })
}

#[test]
fn newcomer_queries_find_their_occupation() {
    let labelled: Vec<Labelled> =
        ron::from_str(include_str!("relevance/newcomer.ron")).expect("newcomer.ron parses");
    assert!(labelled.len() >= 90, "{} queries", labelled.len());
    let ds = data::load_embedded().expect("embedded data loads");
    let index = SearchIndex::new(&ds);
    let mut tallies: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut misses = Vec::new();
    for row in &labelled {
        assert!(
            row.answers.iter().all(|c| ds.unit(c).is_some()),
            "{:?}: an answer is not a unit group",
            row.query
        );
        let results = searcher(&row.lang).search(&index, &row.query);
        let codes: Vec<&str> = (results.hits.iter())
            .map(|h| ds.units[h.unit].code.as_str())
            .collect();
        let good = |c: &&str| row.answers.iter().any(|a| a == c);
        let at1 = codes.first().is_some_and(good);
        let at3 = codes.iter().take(3).any(good);
        if !at1 {
            misses.push(format!(
                "{:>12} {} {:?} -> {:?} {}",
                row.kind,
                row.lang,
                row.query,
                &codes[..codes.len().min(3)],
                results.corrected.as_deref().unwrap_or("")
            ));
        }
        for key in [row.kind.as_str(), "all"] {
            let t = tallies.entry(key.to_string()).or_default();
            t.0 += 1;
            t.1 += usize::from(at1);
            t.2 += usize::from(at3);
        }
    }
    let pct = |n: usize, of: usize| 100.0 * n as f64 / of.max(1) as f64;
    println!(
        "{:<14} {:>7} {:>7} {:>7}",
        "kind", "queries", "hit@1", "hit@3"
    );
    for (kind, &(n, at1, at3)) in &tallies {
        println!(
            "{:<14} {:>7} {:>6.1}% {:>6.1}%",
            kind,
            n,
            pct(at1, n),
            pct(at3, n)
        );
    }
    println!("misses at 1:\n{}", misses.join("\n"));
    let below: Vec<String> = FLOORS
        .iter()
        .filter_map(|&(kind, floor1, floor3)| {
            let &(n, at1, at3) = tallies
                .get(kind)
                .expect("every kind with a floor has queries");
            let (at1, at3) = (pct(at1, n), pct(at3, n));
            (at1 < floor1 || at3 < floor3).then(|| {
                format!(
                    "{kind}: hit@1 {at1:.1}% (floor {floor1}), hit@3 {at3:.1}% (floor {floor3})"
                )
            })
        })
        .collect();
    assert!(below.is_empty(), "{}", below.join("\n"));
}

#[test]
fn every_alias_says_what_it_stands_for_in_each_interface_language() {
    use noc_explorer::i18n::Labels;
    let ds = data::load_embedded().expect("embedded data loads");
    for lang in [Lang::Fr, Lang::Ja] {
        let means = &Labels::for_lang(lang).search_words.alias_means;
        let missing: Vec<&str> = (ds.aliases.iter())
            .map(|a| a.means.as_str())
            .filter(|m| !means.contains_key(m))
            .collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        // A translation of ours is not the English again.
        assert!(means.iter().all(|(en, ours)| en != ours), "{lang:?}");
    }
    // As a hit reads under French: before, "notre alias pour « personal support worker »".
    let index = SearchIndex::new(&ds);
    let hit = &searcher("fr").search(&index, "PSW").hits[0];
    let read = Labels::for_lang(Lang::Fr).search_words.matched(hit);
    assert_eq!(
        read,
        "PSW (notre alias pour « préposé aux services de soutien à la personne »)"
    );
}
