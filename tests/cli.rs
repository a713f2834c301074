//! The command line, run as the real binary.

use predicates::prelude::*;
use serde_json::Value;

mod common;

use common::{cmd, json};

#[test]
fn stats_counts_every_level_and_title() {
    let s = json(&["stats", "--format", "json"]);
    let expect = [
        ("broad_categories", 10),
        ("major_groups", 45),
        ("sub_major_groups", 89),
        ("minor_groups", 162),
        ("unit_groups", 516),
        ("example_titles", 27_935),
        ("french_titles", 516),
        ("noc2016_links", 585),
    ];
    for (key, n) in expect {
        assert_eq!(s[key], n, "{key}");
    }
    assert!(s["profiles"].as_u64().unwrap() >= 1);
}

#[test]
fn show_json_carries_the_official_content_and_the_profile() {
    let v = json(&["show", "32129", "--format", "json"]);
    assert_eq!(v["code"], "32129");
    assert_eq!(v["title"], "Other medical technologists and technicians");
    assert_eq!(v["teer"], 2);
    assert_eq!(v["hierarchy"]["broad_category"]["code"], "3");
    assert_eq!(
        v["hierarchy"]["major_group"]["title"],
        "Technical occupations in health"
    );
    assert_eq!(v["hierarchy"]["sub_major_group"]["code"], "321");
    assert_eq!(v["hierarchy"]["minor_group"]["code"], "3212");
    assert_eq!(v["noc2016"], serde_json::json!(["3219"]));
    let titles = v["example_titles"].as_array().unwrap();
    assert!(titles.iter().any(|t| t == "ocularist"));
    for key in [
        "definition",
        "main_duties",
        "employment_requirements",
        "additional_information",
        "inclusions",
        "exclusions",
        "illustrative_examples",
        "title_fr",
    ] {
        assert!(!v[key].is_null(), "{key}");
    }
    // The seed page's salary bands had no source; the curated profile no longer carries them.
    assert_eq!(v["profile"]["salary_bands"], serde_json::json!([]));
    assert_eq!(v["profile"]["code"], "32129");
}

#[test]
fn show_json_has_a_null_profile_where_none_is_curated() {
    let v = json(&["show", "72200", "--format", "json"]);
    assert!(v["profile"].is_null());
}

#[test]
fn show_markdown_and_text_name_the_occupation() {
    cmd()
        .args(["show", "32129", "--format", "markdown"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "# 32129 Other medical technologists and technicians",
        ));
    cmd()
        .args(["show", "32129"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Minor group: 3212 Medical technologists and technicians",
        ));
}

#[test]
fn an_unknown_code_fails_with_close_matches() {
    cmd()
        .args(["show", "32128"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no unit group has the code \"32128\"",
        ))
        .stderr(predicate::str::contains(
            "32129  Other medical technologists",
        ));
}

fn top_codes(query: &str, n: usize) -> Vec<String> {
    let v = json(&[
        "search",
        query,
        "--format",
        "json",
        "--limit",
        &n.to_string(),
    ]);
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn search_puts_32129_first_for_its_title_its_code_and_its_old_code() {
    assert_eq!(top_codes("ocularist", 3)[0], "32129");
    assert_eq!(top_codes("32129", 3)[0], "32129");
    assert!(top_codes("3219", 3).contains(&"32129".to_string()));
}

#[test]
fn search_json_rows_say_what_matched() {
    let v = json(&["search", "ocularist", "--format", "json", "--limit", "1"]);
    let row = &v[0];
    assert_eq!(row["matched"], "ocularist");
    assert!(row["score"].as_u64().unwrap() > 0);
    assert_eq!(row["title"], "Other medical technologists and technicians");
}

#[test]
fn search_takes_several_words_and_corrects_typos() {
    cmd()
        .args(["search", "regstered", "nurse", "--limit", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "showing results for \"registered nurse\"",
        ))
        .stdout(predicate::str::contains("31301"));
}

#[test]
fn a_code_prefix_lists_its_unit_groups() {
    let codes = top_codes("321", 50);
    assert_eq!(codes.len(), 15);
    assert!(codes.iter().all(|c| c.starts_with("321")));
}

#[test]
fn without_a_terminal_the_explorer_explains_and_exits_2() {
    cmd()
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--help"));
}

#[test]
fn validate_accepts_the_embedded_dataset() {
    cmd()
        .arg("validate")
        .assert()
        .success()
        .stdout(predicate::str::contains("valid (516 unit groups"));
}

#[test]
fn validate_lists_every_problem_of_a_broken_directory_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for (from, to) in [
        ("valid/noc/structure.ron", "noc/structure.ron"),
        ("valid/noc/noc2016.ron", "noc/noc2016.ron"),
        ("invalid/teer_mismatch/noc/units/32.ron", "noc/units/32.ron"),
        (
            "invalid/profile_unknown_code/profiles/99999.ron",
            "profiles/99999.ron",
        ),
    ] {
        let target = dir.path().join(to);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(fixtures.join(from), target).unwrap();
    }
    cmd()
        .arg("validate")
        .arg(dir.path())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("2 problem(s)"))
        .stderr(predicate::str::contains(
            "32.ron:3:19: unit group 32129 has teer: 3",
        ))
        .stderr(predicate::str::contains(
            "99999.ron:2:5: profile for unknown code 99999",
        ));
    // The interactive app refuses a broken directory the same way instead of starting half-loaded.
    cmd()
        .arg("--data")
        .arg(dir.path())
        .args(["show", "32129"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("2 problem(s)"));
}

#[test]
fn data_loads_another_directory() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let v: Value = serde_json::from_slice(
        &cmd()
            .arg("--data")
            .arg(&fixtures)
            .args(["stats", "--format", "json"])
            .assert()
            .success()
            .get_output()
            .stdout,
    )
    .unwrap();
    assert_eq!(v["unit_groups"], 2);
}

#[test]
fn show_json_carries_the_figures_of_32129_with_sources() {
    let v = json(&["show", "32129", "--format", "json"]);
    assert_eq!(v["wages"]["year"], 2024);
    assert_eq!(v["wages"]["national"]["median"], 23.5);
    assert_eq!(v["wages"]["census_median_annual"], 48_455);
    assert!(v["wages"]["source"]["publisher"].is_string());
    assert_eq!(v["outlook"]["job_openings"], 2_400);
    assert_eq!(
        v["outlook"]["future_conditions"],
        "Moderate risk of Shortage"
    );
    let matched: Vec<&str> = v["ai"]["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["onet"].as_str().unwrap())
        .collect();
    assert!(
        matched.contains(&"29-2091.00") && matched.contains(&"51-9082.00"),
        "{matched:?}"
    );
    let program = |id: &str| {
        v["immigration"]["programs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["id"] == id)
            .cloned()
            .unwrap_or(Value::Null)
    };
    assert_eq!(program("fsw")["eligible"], true);
    assert_eq!(program("cec")["eligible"], true);
    assert_eq!(program("fst")["eligible"], false);
    assert!(v["immigration"]["lmia"]["positions"].as_u64().unwrap() >= 1);
    let licensing = v["licensing"].to_string();
    assert!(
        licensing.contains("CBCPO") && licensing.contains("CAPO"),
        "{licensing}"
    );
    let score = v["score"]["value"].as_f64().unwrap();
    assert!((0.0..=10.0).contains(&score));
    assert_eq!(v["score"]["components"].as_array().unwrap().len(), 4);
}

#[test]
fn stats_reports_the_coverage_of_each_data_set() {
    let s = json(&["stats", "--format", "json"]);
    assert!(s["wages"].as_u64().unwrap() >= 447);
    assert_eq!(s["outlook"], 516);
    assert!(s["ai_exposure"].as_u64().unwrap() >= 500);
    assert!(s["lmia"].as_u64().unwrap() > 0);
    assert_eq!(s["immigration_rules"], 516);
}

#[test]
fn commands_write_nothing_but_the_file_named() {
    let cwd = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        cmd()
            .current_dir(cwd.path())
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .args(args)
            .assert()
            .success();
    };
    run(&["show", "32129", "--format", "json"]);
    run(&["search", "nurse"]);
    run(&["stats"]);
    run(&["validate"]);
    run(&[
        "export", "32129", "31301", "--format", "csv", "--output", "out.csv",
    ]);
    let listing = |dir: &std::path::Path| -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    };
    assert_eq!(listing(cwd.path()), ["out.csv"]);
    assert!(listing(home.path()).is_empty());
}

#[test]
fn export_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("handout.md");
    std::fs::write(&out, "keep me").unwrap();
    cmd()
        .args(["export", "32129", "--output"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists; use --force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    cmd()
        .args(["export", "32129", "--force", "--output"])
        .arg(&out)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("# Occupations to explore")
    );
}

#[test]
fn export_csv_parses_and_json_round_trips() {
    let out = cmd()
        .args(["export", "32129", "72200", "--format", "csv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][0], "32129");
    assert_eq!(reader.headers().unwrap().len(), rows[0].len());
    let exported = json(&["export", "32129", "--format", "json"]);
    let shown = json(&["show", "32129", "--format", "json"]);
    assert_eq!(exported[0], shown);
}

#[test]
fn export_markdown_handout_matches_its_snapshot() {
    let out = cmd()
        .args(["export", "32129", "72200"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    insta::assert_snapshot!(String::from_utf8(out).unwrap());
}
