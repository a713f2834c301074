//! Helpers shared by the tests that run the real binary.

use assert_cmd::Command;
use serde_json::Value;

pub fn cmd() -> Command {
    Command::cargo_bin("noc-explorer").expect("binary built")
}

/// Run the binary, expect success, and parse its standard output as JSON.
pub fn json(args: &[&str]) -> Value {
    let out = cmd()
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("valid JSON")
}
