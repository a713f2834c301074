//! `paths CODE` and the `paths[]` of `show --format json`, on the real binary.

use assert_cmd::Command;

fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("noc-explorer")
        .expect("binary")
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn paths_lists_the_closest_occupations_with_what_changes_and_says_the_measure_is_ours() {
    let text = run(&["paths", "32120"]);
    assert!(
        text.contains("33101"),
        "lab assistants near lab technologists:\n{text}"
    );
    assert!(text.contains("closeness (ours)") && text.contains("not credentials"));
    assert!(text.contains("to build") && text.contains("carries"));
}

#[test]
fn paths_json_follows_the_contract_and_the_sort() {
    let v: serde_json::Value = serde_json::from_str(&run(&[
        "paths", "72200", "--sort", "pay", "--format", "json",
    ]))
    .expect("json");
    let paths = v["paths"].as_array().expect("paths[]");
    assert!(paths.len() >= 5);
    for key in [
        "code",
        "title",
        "similarity",
        "shared",
        "gaps",
        "teer_delta",
        "pay_delta",
        "outlook",
        "ai_share_delta",
    ] {
        assert!(paths[0].get(key).is_some(), "paths[].{key}");
    }
    let pays: Vec<f64> = paths
        .iter()
        .filter_map(|p| p["median_hourly"].as_f64())
        .collect();
    assert!(pays.windows(2).all(|w| w[0] >= w[1]), "{pays:?}");
    assert_eq!(v["paths_info"]["ours"], true);
    let moves = v["paths_info"]["noc_moves"].as_array().expect("noc_moves");
    assert_eq!(moves[0]["code"], "72011");
    assert_eq!(moves[0]["kind"], "up");
}

#[test]
fn the_teer_filter_keeps_only_moves_without_more_schooling() {
    let v: serde_json::Value = serde_json::from_str(&run(&[
        "paths", "32120", "--sort", "teer", "--format", "json",
    ]))
    .expect("json");
    let paths = v["paths"].as_array().expect("paths[]");
    assert!(!paths.is_empty());
    assert!(
        paths
            .iter()
            .all(|p| p["teer_delta"].as_i64().is_some_and(|d| d <= 0))
    );
}

#[test]
fn show_json_carries_the_paths_of_the_occupation() {
    let v: serde_json::Value =
        serde_json::from_str(&run(&["show", "44101", "--format", "json"])).expect("json");
    let paths = v["paths"].as_array().expect("paths[]");
    assert!(paths.len() >= 5);
    assert!(paths.iter().all(|p| p["code"] != "44101"));
}

/// `show` in French gives COPS's own French conditions in the paths table, as the Outlook
/// pane does (it once gave the English labels there).
#[test]
fn show_in_french_words_the_paths_outlook_as_cops_does_in_french() {
    let text = run(&["show", "32129", "--lang", "fr"]);
    assert!(text.contains("Risque important de pénurie"), "{text}");
    assert!(!text.contains("Strong risk of Shortage"), "{text}");
}

/// `show` keeps a provincial list's own note ("only SOME positions"), as the Licensing pane
/// does: without it the entry would read as if every position were regulated.
#[test]
fn show_keeps_the_note_of_a_provincial_list_entry() {
    let text = run(&["show", "22310"]);
    assert!(
        text.contains("only SOME technician/technologist positions require CTTAM"),
        "{text}"
    );
}
