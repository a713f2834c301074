//! The rounds and provincial lists of `show`, run as the real binary: the JSON contract's
//! `immigration.rounds[]` and `immigration.provincial[]`, and the text sections.

use serde_json::Value;

mod common;

use common::{json, stdout};

fn provincial(v: &Value) -> Vec<(String, String, String)> {
    v["immigration"]["provincial"]
        .as_array()
        .expect("provincial[]")
        .iter()
        .map(|p| {
            let s = |k: &str| p[k].as_str().unwrap_or("").to_string();
            (s("province"), s("stream"), s("status"))
        })
        .collect()
}

#[test]
fn show_json_of_32129_lists_the_bc_and_sk_health_lists_and_manitobas_in_demand_list() {
    let v = json(&["show", "32129", "--format", "json"]);
    let rows = provincial(&v);
    let has = |province: &str, stream: &str| {
        rows.iter()
            .any(|(p, s, st)| p == province && s.contains(stream) && st == "listed")
    };
    assert!(has("BC", "Health Authority stream"), "{rows:?}");
    assert!(has("SK", "Health Talent Pathway"), "{rows:?}");
    assert!(has("MB", "In-Demand Occupations List"), "{rows:?}");
    // Every row carries the contract's keys, the official page and the capture date.
    for p in v["immigration"]["provincial"].as_array().unwrap() {
        for key in [
            "province",
            "program",
            "stream",
            "list",
            "status",
            "effective",
            "captured",
            "source",
        ] {
            assert!(p.get(key).is_some(), "{key} in {p}");
        }
        assert!(p["source"].as_str().unwrap().starts_with("https://"), "{p}");
        assert!(["listed", "excluded", "historical"].contains(&p["status"].as_str().unwrap()));
    }
    let open = v["immigration"]["provincial_open"].as_array().unwrap();
    assert!(open.iter().any(|o| o["province"] == "SK"), "{open:?}");
}

#[test]
fn show_json_of_44101_says_alberta_excludes_it_and_ontarios_list_is_historical() {
    let v = json(&["show", "44101", "--format", "json"]);
    let rows = provincial(&v);
    assert!(
        rows.iter().any(|(p, s, st)| p == "AB"
            && s.contains("Alberta Opportunity Stream")
            && st == "excluded"),
        "{rows:?}"
    );
    assert!(
        rows.iter()
            .any(|(p, _, st)| p == "ON" && st == "historical"),
        "{rows:?}"
    );
    // TEER 4: Saskatchewan's stream takes TEER 0-3 only, so it is not listed as open; and
    // no program-wide Express Entry round applies.
    assert_eq!(v["immigration"]["provincial_open"], Value::Array(vec![]));
    let rounds = v["immigration"]["rounds"].as_array().unwrap();
    assert!(rounds.iter().all(|r| r["kind"] != "program"), "{rounds:?}");
}

#[test]
fn show_json_rounds_carry_the_contract_and_stem_has_had_none_since_april_2024() {
    let v = json(&["show", "21232", "--format", "json"]);
    let imm = &v["immigration"];
    assert_eq!(imm["rounds_as_of"], "2026-08-19");
    assert_eq!(imm["rounds_source"]["publisher"], "IRCC");
    assert_eq!(imm["rounds_source"]["official"], true);
    let rounds = imm["rounds"].as_array().unwrap();
    for r in rounds {
        for key in [
            "name",
            "last_date",
            "last_cutoff",
            "last_invitations",
            "rounds_last_12_months",
        ] {
            assert!(r.get(key).is_some(), "{key} in {r}");
        }
    }
    let stem = rounds
        .iter()
        .find(|r| r["name"] == "STEM occupations (Version 1)")
        .expect("the STEM rounds of the 2023-2024 lists");
    assert_eq!(stem["last_date"], "2024-04-11");
    assert_eq!(stem["last_cutoff"], 491);
    assert_eq!(stem["rounds_last_12_months"], 0);
    assert_eq!(stem["past"], true);
    let cec = rounds
        .iter()
        .find(|r| r["name"] == "Canadian Experience Class")
        .expect("CEC rounds");
    assert_eq!(cec["last_date"], "2026-08-18");
    assert_eq!(cec["last_cutoff"], 523);
    assert_eq!(cec["last_invitations"], 1000);
    assert_eq!(cec["rounds_last_12_months"], 21);
}

#[test]
fn show_text_has_the_rounds_and_the_provinces_in_the_chosen_language() {
    let en = stdout(&["show", "32129"]);
    assert!(
        en.contains("Express Entry rounds (IRCC's own record)"),
        "{en}"
    );
    assert!(en.contains("Health Authority stream"), "{en}");
    assert!(en.contains("Not being on a list we hold does not mean not eligible"));
    let fr = stdout(&["show", "32129", "--lang", "fr"]);
    assert!(fr.contains("Listes des candidats des provinces"), "{fr}");
    let ja = stdout(&["show", "32129", "--lang", "ja"]);
    assert!(ja.contains("州推薦プログラムの職業リスト"), "{ja}");
    assert!(ja.contains("2026年8月18日"), "{ja}");
}
