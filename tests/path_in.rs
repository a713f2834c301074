//! The path into the job (issue 24, second part): Manitoba's official lists and the tuition
//! tables through the importer, the JSON contract of `show` on the real binary
//! (`licensing.provincial[]`, `education.path[]`, `education.tuition[]`), and tuition only
//! where the NOC text states a university route.

use noc_explorer::facts::path_in::{education_path, provincial_licensing};
use serde_json::Value;
use std::path::Path;

mod common;

use common::{json, stdout};

#[test]
fn the_importer_regenerates_the_provincial_lists_and_tuition_byte_for_byte() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let files = noc_explorer::import::generate_all(&data.join("raw")).expect("imports");
    for rel in ["figures/provincial_licensing.ron", "figures/tuition.ron"] {
        let generated = files.iter().find(|f| f.rel == rel).expect(rel);
        let committed = std::fs::read_to_string(data.join(rel)).expect(rel);
        assert!(
            generated.text == committed,
            "{rel} differs from its sources"
        );
    }
    let ds = noc_explorer::data::load_embedded().expect("embedded data");
    let lists = ds
        .figures
        .licensing
        .as_ref()
        .expect("provincial lists loaded");
    let with_codes = lists
        .regulated
        .iter()
        .filter(|r| !r.codes.is_empty())
        .count();
    assert_eq!(
        (
            lists.regulated.len(),
            with_codes,
            lists.trades.len(),
            lists.red_seal.len()
        ),
        (35, 19, 9, 42)
    );
    assert_eq!(lists.covered, ["MB"]);
    // The PROVENANCE.md's sanity check: Ontario engineering, 2024/25, constant dollars.
    let t = ds.figures.tuition.as_ref().expect("tuition loaded");
    let amount = |students: &str, level: &str| {
        t.amount(students, level, "constant_2021_2022", "Engineering", "ON")
            .map(|(_, v)| (v.year.as_str(), v.amount))
    };
    assert_eq!(
        amount("canadian", "undergraduate"),
        Some(("2024/2025", 11048))
    );
    assert_eq!(
        amount("international", "undergraduate"),
        Some(("2024/2025", 50585))
    );
    assert_eq!(amount("canadian", "graduate"), Some(("2024/2025", 8423)));
    assert_eq!(
        amount("international", "graduate"),
        Some(("2024/2025", 26555))
    );
}

#[test]
fn tuition_never_shows_for_an_occupation_without_a_university_route() {
    let ds = noc_explorer::data::load_embedded().expect("embedded data");
    let tuition = ds.figures.tuition.as_ref();
    let (mut paths, mut with_tuition, mut manitoba) = (0, 0, 0);
    for unit in &ds.units {
        for province in [None, Some("ON"), Some("MB")] {
            let e = education_path(&unit.employment_requirements, tuition, province);
            let university = e.path.iter().any(|s| s.university);
            assert!(
                university || (e.tuition.is_empty() && e.unmatched_university.is_none()),
                "{}: tuition without a university stage",
                unit.code
            );
            // Every figure says the field is our match and where it is from.
            for f in &e.tuition {
                assert!(f.field_match_ours && !f.field.is_empty() && !f.matched_words.is_empty());
                assert!(f.amount.is_none() || (f.year.is_some() && !f.table.is_empty()));
            }
            if province.is_none() {
                paths += usize::from(!e.path.is_empty());
                with_tuition += usize::from(e.tuition.iter().any(|f| f.amount.is_some()));
            }
        }
        let p = provincial_licensing(ds.figures.licensing.as_ref(), &unit.code, Some("MB"));
        manitoba += usize::from(!p.official.is_empty());
    }
    println!("{paths} path tables, {with_tuition} with tuition, {manitoba} Manitoba matches");
    assert!(paths > 400, "{paths} occupations with a path");
    assert!(with_tuition > 100, "{with_tuition} with tuition");
    assert!(manitoba >= 40, "{manitoba} Manitoba matches");
}

fn path(v: &Value) -> Vec<(String, Option<String>)> {
    v["education"]["path"]
        .as_array()
        .expect("education.path[]")
        .iter()
        .map(|s| {
            assert!(s["sentence"].as_str().is_some_and(|x| !x.is_empty()));
            (
                s["stage"].as_str().unwrap_or("").to_string(),
                s["length"].as_str().map(str::to_string),
            )
        })
        .collect()
}

#[test]
fn show_json_gives_the_path_the_tuition_and_manitobas_lists() {
    let v = json(&["show", "21300", "--format", "json"]);
    let stages = path(&v);
    assert!(
        stages[0]
            .0
            .starts_with("A bachelor's degree in civil engineering")
    );
    assert!(stages.contains(&(
        "After three or four years of supervised work experience in engineering".into(),
        Some("three or four years".into())
    )));
    let tuition = v["education"]["tuition"].as_array().expect("tuition[]");
    let on = tuition
        .iter()
        .find(|t| {
            t["place"] == "ON" && t["students"] == "international" && t["level"] == "undergraduate"
        })
        .expect("Ontario, international");
    assert_eq!(on["amount"], 50585);
    assert_eq!(on["dollars"], "constant_2021_2022");
    assert_eq!(on["field"], "Engineering");
    assert_eq!(on["field_match_ours"], true);
    let prov = v["licensing"]["provincial"]
        .as_array()
        .expect("provincial[]");
    assert_eq!(prov[0]["regulator"], "Engineers Geoscientists Manitoba");
    assert_eq!(v["licensing"]["provinces_covered"][0], "MB");

    let v = json(&["show", "72200", "--format", "json"]);
    assert_eq!(
        path(&v)[1],
        (
            "A four- to five-year apprenticeship program".into(),
            Some("four- to five-year".into())
        )
    );
    assert!(v["education"]["tuition"].as_array().unwrap().is_empty());
    assert_eq!(v["licensing"]["provincial"][0]["kind"], "compulsory_trade");
    assert_eq!(
        v["licensing"]["provincial"][0]["name"],
        "Construction Electrician"
    );

    let v = json(&["show", "32129", "--format", "json"]);
    assert!(v["education"]["tuition"].as_array().unwrap().is_empty());
    assert!(v["licensing"]["provincial"].as_array().unwrap().is_empty());
    assert_eq!(path(&v)[0].1.as_deref(), Some("two- to three-year"));
}

#[test]
fn show_text_says_which_provinces_our_lists_cover_and_never_not_regulated() {
    let text = stdout(&["show", "32129"]);
    assert!(
        text.contains("Provincial lists in our data: Manitoba"),
        "{text}"
    );
    assert!(text.contains("does not mean it is unregulated"));
    let fr = stdout(&["show", "31301", "--lang", "fr"]);
    assert!(fr.contains("Listes provinciales dans nos données"));
    assert!(fr.contains("Le parcours d'accès"));
}
