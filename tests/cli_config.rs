//! The `config` command and `validate`'s check of the user's override files, run as the real
//! binary with a temporary `XDG_CONFIG_HOME`.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::Path;

fn cmd(config_home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("noc-explorer").expect("binary built");
    cmd.env("XDG_CONFIG_HOME", config_home);
    cmd
}

fn write(home: &Path, file: &str, text: &str) -> std::path::PathBuf {
    let dir = home.join("noc-explorer");
    std::fs::create_dir_all(&dir).expect("make the configuration directory");
    let path = dir.join(file);
    std::fs::write(&path, text).expect("write the file");
    path
}

#[test]
fn config_prints_the_defaults_and_where_they_go() {
    let home = tempfile::tempdir().expect("a temporary directory");
    let out = cmd(home.path())
        .args(["config", "--theme", "high-contrast"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("UTF-8");
    let dir = home.path().join("noc-explorer");
    assert!(
        out.starts_with(&format!("// Configuration directory: {}\n", dir.display())),
        "{out}"
    );
    assert!(out.contains("\"quit\": [\"q\"],"), "{out}");
    assert!(out.contains("// ----- theme.ron (the high-contrast theme) -----"));
    assert!(
        out.contains("selected: (fg: \"black\", bg: \"yellow\"),"),
        "{out}"
    );
}

#[test]
fn validate_accepts_good_override_files() {
    let home = tempfile::tempdir().expect("a temporary directory");
    let keymap = write(home.path(), "keymap.ron", r#"{"quit": ["x"]}"#);
    let theme = write(home.path(), "theme.ron", r#"(key: (fg: "red"))"#);
    cmd(home.path())
        .arg("validate")
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "{}: valid\n{}: valid\n",
            keymap.display(),
            theme.display()
        )));
}

#[test]
fn validate_reports_a_broken_keymap_with_its_place_and_fails() {
    let home = tempfile::tempdir().expect("a temporary directory");
    let keymap = write(
        home.path(),
        "keymap.ron",
        "{\n  \"quit\": [\"x\"],\n  \"jump\": [\"J\"]\n}\n",
    );
    cmd(home.path())
        .arg("validate")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("the embedded dataset: valid"))
        .stderr(predicate::str::starts_with(format!(
            "{}:3:3: unknown action \"jump\" in the list screen; expected one of: search,",
            keymap.display()
        )))
        .stderr(predicate::str::contains(
            "the explorer ignores these files and uses its default keys and colours",
        ));
}
