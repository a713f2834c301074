//! Helpers shared by the tests that run the real binary (not every test file uses each).
#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;

pub fn cmd() -> Command {
    Command::cargo_bin("noc-explorer").expect("binary built")
}

/// Run the binary, expect success, and return its standard output.
pub fn stdout(args: &[&str]) -> String {
    let out = cmd()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).expect("UTF-8")
}

/// Run the binary, expect success, and parse its standard output as JSON.
pub fn json(args: &[&str]) -> Value {
    serde_json::from_str(&stdout(args)).expect("valid JSON")
}
