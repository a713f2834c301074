//! Japanese search: labelled queries with the unit groups a person typing them means, over our
//! Japanese titles (非公式訳) and job tag's job names linked by us (非公式の対応).
//!
//! Reports hit@1 and hit@5 and fails below the level measured when the set was written.

use noc_explorer::data;
use noc_explorer::model::Dataset;
use noc_explorer::search::{MatchKind, SearchIndex, Searcher};

/// (query, acceptable NOC 2021 codes). Written from the NOC definitions, not from the results.
const QUERIES: &[(&str, &[&str])] = &[
    // The five of issue 14: each must land first.
    ("看護師", &["31301"]),
    ("保育士", &["42202"]),
    ("トラック運転手", &["73300"]),
    ("電気工事士", &["72200"]),
    ("プログラマー", &["21232", "21231"]),
    // Health.
    ("准看護師", &["32101"]),
    ("薬剤師", &["31120"]),
    ("歯科衛生士", &["32111"]),
    ("歯科医師", &["31110"]),
    ("理学療法士", &["31202"]),
    ("作業療法士", &["31203"]),
    ("臨床検査技師", &["32120"]),
    ("救急救命士", &["32102"]),
    ("外科医", &["31101"]),
    ("獣医師", &["31103"]),
    ("看護助手", &["33102"]),
    ("介護", &["44101", "33102"]),
    ("ホームヘルパー", &["44101"]),
    // Trades and transport.
    ("大工", &["72310"]),
    ("配管工", &["72300"]),
    ("溶接工", &["72106"]),
    ("左官", &["73102"]),
    ("自動車整備士", &["72410"]),
    ("航空整備士", &["72404"]),
    ("パイロット", &["72600"]),
    ("タクシー運転手", &["75200"]),
    ("バス運転手", &["73301"]),
    ("フォークリフト", &["75101"]),
    ("倉庫作業員", &["75101"]),
    // Services.
    ("調理師", &["63200", "62200"]),
    ("すし職人", &["63200"]),
    ("パン職人", &["63202"]),
    ("美容師", &["63210"]),
    ("理容師", &["63210"]),
    ("エステティシャン", &["63211"]),
    ("バーテンダー", &["64301"]),
    ("客室乗務員", &["64311"]),
    ("警備員", &["64410"]),
    ("レジ係", &["65100"]),
    ("ベビーシッター", &["44100"]),
    ("保育補助", &["42202"]),
    // Offices, professions, public service.
    ("弁護士", &["41101"]),
    ("会計士", &["11100"]),
    ("一般事務", &["14100"]),
    ("データ入力", &["14111"]),
    ("翻訳者", &["51114"]),
    ("小学校教員", &["41221"]),
    ("大学教員", &["41200"]),
    ("消防士", &["42101"]),
    ("警察官", &["42100"]),
    ("ソーシャルワーカー", &["41300"]),
    ("建築家", &["21200"]),
    ("データサイエンティスト", &["21211"]),
    ("ソフトウェアエンジニア", &["21231"]),
    ("システムエンジニア", &["21231", "21222", "21232"]),
    // Other spellings of the same words: hiragana, half-width katakana, full-width letters.
    ("ほーむへるぱー", &["44101"]),
    ("ﾊﾟｲﾛｯﾄ", &["72600"]),
    ("ﾌﾟﾛｸﾞﾗﾏｰ", &["21232", "21231"]),
    ("とび", &["72105"]),
    ("ＷＥＢデザイナー", &["21233"]),
    ("webデザイナー", &["21233"]),
];

fn dataset_and_index() -> (Dataset, SearchIndex) {
    let ds = data::load_embedded().expect("embedded data loads");
    let index = SearchIndex::new(&ds);
    (ds, index)
}

/// hit@1 and hit@5 measured on this set when it was written; the test fails below them.
const MIN_HIT_AT_1: f64 = 0.98;
const MIN_HIT_AT_5: f64 = 1.0;

#[test]
fn japanese_queries_land_on_the_occupation_meant() {
    let (ds, index) = dataset_and_index();
    let mut searcher = Searcher::new();
    let (mut at1, mut at5) = (0, 0);
    let mut misses = Vec::new();
    for &(query, accept) in QUERIES {
        let hits = searcher.search(&index, query).hits;
        let codes: Vec<&str> = hits
            .iter()
            .take(5)
            .map(|h| ds.units[h.unit].code.as_str())
            .collect();
        let rank = codes.iter().position(|c| accept.contains(c));
        if rank == Some(0) {
            at1 += 1;
        } else {
            misses.push(format!("{query}: {codes:?}, wanted {accept:?}"));
        }
        if rank.is_some() {
            at5 += 1;
        }
    }
    let n = QUERIES.len() as f64;
    let (h1, h5) = (at1 as f64 / n, at5 as f64 / n);
    println!(
        "Japanese: {} queries, hit@1 {h1:.3} ({at1}), hit@5 {h5:.3} ({at5})",
        QUERIES.len()
    );
    for miss in &misses {
        println!("  not first: {miss}");
    }
    assert!(QUERIES.len() >= 35);
    assert!(h1 >= MIN_HIT_AT_1, "hit@1 {h1:.3} < {MIN_HIT_AT_1}");
    assert!(h5 >= MIN_HIT_AT_5, "hit@5 {h5:.3} < {MIN_HIT_AT_5}");
}

#[test]
fn the_five_queries_of_the_issue_come_first() {
    let (ds, index) = dataset_and_index();
    let mut searcher = Searcher::new();
    for &(query, accept) in &QUERIES[..5] {
        let hits = searcher.search(&index, query).hits;
        let first = &ds.units[hits[0].unit].code;
        assert!(accept.contains(&first.as_str()), "{query}: {first}");
    }
}

#[test]
fn a_japanese_match_says_it_is_ours() {
    let (_, index) = dataset_and_index();
    let mut searcher = Searcher::new();
    let hit = &searcher.search(&index, "保育士").hits[0];
    assert_eq!(hit.kind, MatchKind::JobtagName);
    assert_eq!(hit.matched, "非公式の対応: 保育士 (job tag)");
    let hit = &searcher.search(&index, "大工").hits[0];
    assert_eq!(hit.kind, MatchKind::JapaneseTitle);
    assert_eq!(hit.matched, "非公式訳: 大工");
    // The highlight covers the Japanese name, after the mark.
    let indices = noc_explorer::search::Highlighter::new().highlight(&index, "大工", hit);
    assert_eq!(indices, [6, 7]);
}

#[test]
fn a_kana_reading_of_a_kanji_title_is_not_invented() {
    // The data holds no readings: "かんごし" cannot find 看護師, and the corrector does not
    // rewrite Japanese into some English word either.
    let (_, index) = dataset_and_index();
    let results = Searcher::new().search(&index, "かんごし");
    assert!(results.hits.is_empty());
    assert_eq!(results.corrected, None);
}

#[test]
fn every_unit_group_has_a_japanese_title_and_links_are_counted() {
    let ds = data::load_embedded().expect("embedded data loads");
    for unit in &ds.units {
        let title = ds.japanese_title(&unit.code).expect("a Japanese title");
        assert!(!title.trim().is_empty(), "{}", unit.code);
    }
    assert_eq!(ds.japanese.jobtag.len(), 556);
    assert_eq!(ds.japanese.unlinked, 22);
    let names: Vec<&str> = ds
        .jobtag_occupations("31301")
        .map(|o| o.title.as_str())
        .collect();
    assert!(names.contains(&"看護師"), "{names:?}");
    assert_eq!(
        ds.japanese_title("31301"),
        Some("看護師（登録看護師・登録精神科看護師）")
    );
}

#[test]
fn the_cli_searches_japanese_and_marks_the_match_as_ours() {
    let out = assert_cmd::Command::cargo_bin("noc-explorer")
        .expect("binary")
        .args(["search", "ﾄﾘﾏｰ", "--limit", "1"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("65220"), "{text}");
    assert!(
        text.contains("(matched: 非公式の対応: トリマー (job tag))"),
        "{text}"
    );
}
