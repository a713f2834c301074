//! The deep sections (OaSIS, AI tasks and activities, yearly outlook) on the real binary.

use serde_json::Value;
use std::path::Path;

mod common;

use common::{cmd, json};

fn show(code: &str) -> Value {
    json(&["show", code, "--format", "json"])
}

#[test]
fn stats_count_the_unit_groups_each_deep_section_covers() {
    let s = json(&["stats", "--format", "json"]);
    assert_eq!(s["oasis"], 516);
    assert_eq!(s["skills"], 516);
    assert_eq!(s["interests"], 516);
    // 8 unit groups reach only unlabelled O*NET occupations and 64409 has no crosswalk row.
    assert_eq!(s["ai_tasks"], 507);
    // 31 unit groups are N/A in every year of every COPS yearly table.
    assert_eq!(s["outlook_yearly"], 485);
}

#[test]
fn every_asked_occupation_has_profiles_skills_interests_tasks_and_a_yearly_series() {
    for code in ["32129", "72200", "21232", "31301", "00010"] {
        let v = show(code);
        let profiles = v["oasis"]["profiles"].as_array().unwrap();
        assert!(!profiles.is_empty(), "{code}");
        for p in profiles {
            assert!(p["code"].as_str().unwrap().starts_with(code), "{code}");
            assert!(!p["label"].as_str().unwrap().is_empty(), "{code}");
            assert!(!p["lead"].as_str().unwrap().is_empty(), "{code}");
        }
        let skills = v["skills"].as_array().unwrap();
        assert!(skills.len() >= 5, "{code}");
        for s in skills {
            assert!(s["level"].as_u64().unwrap() >= 1, "{code}");
            assert!(
                s["scale"].as_str().unwrap().contains("scale of 1-"),
                "{code}"
            );
            assert!(!s["name"].as_str().unwrap().is_empty(), "{code}");
        }
        let interests = v["interests"].as_array().unwrap();
        assert!(!interests.is_empty(), "{code}");
        for i in interests {
            let c = i["code"].as_str().unwrap();
            assert!(["R", "I", "A", "S", "E", "C"].contains(&c), "{code}: {c}");
            assert!(!i["name"].as_str().unwrap().is_empty());
        }
        let tasks = v["ai"]["tasks"].as_array().unwrap();
        assert!(tasks.len() >= 5, "{code}");
        for t in tasks {
            for key in ["human", "gpt4"] {
                assert!(
                    ["E0", "E1", "E2"].contains(&t[key].as_str().unwrap()),
                    "{code}"
                );
            }
            assert!(t["onet"].as_str().unwrap().contains('-'), "{code}");
            assert!(!t["task"].as_str().unwrap().is_empty());
        }
        let groups = v["ai"]["groups"].as_array().unwrap();
        let labels: Vec<&str> = groups
            .iter()
            .map(|g| g["label"].as_str().unwrap())
            .collect();
        assert_eq!(labels, ["E1", "E2", "E0"], "{code}");
        let count: u64 = groups.iter().map(|g| g["count"].as_u64().unwrap()).sum();
        assert_eq!(count as usize, tasks.len(), "{code}");
        let share: f64 = groups.iter().map(|g| g["share"].as_f64().unwrap()).sum();
        assert!((share - 1.0).abs() < 1e-9, "{code}");
        assert!(v["ai"]["activities"].is_array(), "{code}");
        let yearly = v["outlook"]["yearly"].as_array().unwrap();
        let years: Vec<u64> = yearly.iter().map(|y| y["year"].as_u64().unwrap()).collect();
        assert_eq!(years, (2023..=2033).collect::<Vec<_>>(), "{code}");
        for key in ["employment", "job_openings", "job_seekers", "immigrants"] {
            assert!(yearly[1].get(key).is_some(), "{code}: {key}");
        }
        // The summary figures stay beside the series.
        assert!(v["outlook"]["source"].is_object(), "{code}");
    }
}

#[test]
fn the_tasks_of_32129_come_from_its_own_onet_occupations_not_pathology_or_radiology() {
    let v = show("32129");
    let tasks = v["ai"]["tasks"].as_array().unwrap();
    let onets: std::collections::BTreeSet<&str> =
        tasks.iter().map(|t| t["onet"].as_str().unwrap()).collect();
    assert_eq!(
        onets.into_iter().collect::<Vec<_>>(),
        ["29-2091.00", "51-9082.00"]
    );
    let records = tasks
        .iter()
        .find(|t| t["task"] == "Maintain patients' records.")
        .expect("a published task");
    assert_eq!(records["human"], "E2");
    assert_eq!(records["gpt4"], "E1");
    assert_eq!(records["disagree"], true);
    let text = serde_json::to_string(tasks).unwrap().to_lowercase();
    for other in ["mammogra", "pathology slide", "radiograph"] {
        assert!(!text.contains(other), "{other}");
    }
    let labels: Vec<&str> = v["oasis"]["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["label"].as_str().unwrap())
        .collect();
    assert!(labels.contains(&"Ocularists"), "{labels:?}");
    // Employment 7,300 in 2023 rising to 8,100 in 2033 (COPS yearly table).
    let yearly = v["outlook"]["yearly"].as_array().unwrap();
    assert_eq!(yearly[0]["employment"], 7300);
    assert_eq!(yearly[10]["employment"], 8100);
}

#[test]
fn work_activities_are_ranked_by_observed_applicability() {
    let v = show("21232");
    let acts = v["ai"]["activities"].as_array().unwrap();
    assert!(!acts.is_empty());
    let scores: Vec<f64> = acts
        .iter()
        .map(|a| a["applicability"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    assert!(scores.iter().all(|&s| s > 0.0 && s <= 1.0));
    assert!(v["ai"]["activities_counted"].as_u64() <= v["ai"]["activities_total"].as_u64());
}

#[test]
fn a_unit_group_without_labels_says_why() {
    let v = show("64409");
    assert_eq!(v["ai"]["tasks"].as_array().unwrap().len(), 0);
    assert_eq!(v["ai"]["tasks_status"]["state"], "no_data");
    assert!(
        v["ai"]["tasks_status"]["detail"]
            .as_str()
            .unwrap()
            .contains("crosswalk this app uses has no row")
    );
    let v = show("44200");
    assert_eq!(v["ai"]["tasks_status"]["state"], "no_data");
    assert!(
        v["ai"]["tasks_status"]["detail"]
            .as_str()
            .unwrap()
            .contains("label set this app uses has no tasks")
    );
}

#[test]
fn a_missing_yearly_series_is_named() {
    let v = show("11202");
    let missing = v["outlook"]["yearly_missing"].as_array().unwrap();
    assert!(
        missing
            .iter()
            .any(|m| m.as_str().unwrap().contains("yearly job openings")),
        "{missing:?}"
    );
}

#[test]
fn a_directory_without_the_deep_files_says_not_loaded_and_validate_warns() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let dir = dir.to_str().unwrap();
    let v = json(&["--data", dir, "show", "32129", "--format", "json"]);
    assert_eq!(v["oasis"]["status"]["state"], "not_loaded");
    assert_eq!(v["ai"]["tasks_status"]["state"], "not_loaded");
    assert_eq!(v["outlook"]["yearly_status"]["state"], "not_loaded");
    let out = cmd().args(["validate", dir]).assert().success();
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("warning: oasis/guide.ron: optional file not loaded"),
        "{stderr}"
    );
}
