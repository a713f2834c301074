//! The licensing classifier against a hand-labelled set (`tests/licensing/labels.ron`): it
//! must agree on at least 97% of the unit groups; the confusion table is printed either way
//! (`cargo test --test licensing_eval -- --nocapture`).

use noc_explorer::rules::licensing::{self, LicensingKind};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize)]
struct Label {
    code: String,
    status: String,
    sentence: String,
    /// Designations and bodies (abbreviated as in the text) the reading must name.
    #[serde(default)]
    credentials: Vec<String>,
}

const THRESHOLD: f64 = 0.97;

#[test]
fn the_classifier_agrees_with_the_labelled_set() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/licensing/labels.ron"
    ))
    .expect("labels file");
    let labels: Vec<Label> = ron::from_str(&text).expect("labels parse");
    assert!(labels.len() >= 80, "only {} labels", labels.len());
    let ds = noc_explorer::data::load_embedded().expect("embedded data");
    let mut table: BTreeMap<(LicensingKind, LicensingKind), usize> = BTreeMap::new();
    let mut wrong = Vec::new();
    for l in &labels {
        let unit = ds
            .unit(&l.code)
            .unwrap_or_else(|| panic!("{} not a unit group", l.code));
        let expected = LicensingKind::from_id(&l.status)
            .unwrap_or_else(|| panic!("{}: unknown status {}", l.code, l.status));
        if expected != LicensingKind::None {
            assert!(
                unit.employment_requirements
                    .iter()
                    .any(|e| e == &l.sentence),
                "{}: the labelled sentence is not in its employment requirements",
                l.code
            );
        }
        let reading = licensing::licensing(&unit.employment_requirements);
        for c in &l.credentials {
            assert!(
                reading
                    .credentials
                    .iter()
                    .any(|x| x.name.contains(c.as_str())
                        || x.issuer.as_deref().is_some_and(|i| i.contains(c.as_str()))),
                "{}: {c} not named among {:?}",
                l.code,
                reading.credentials
            );
        }
        let got = reading.status;
        *table.entry((expected, got)).or_default() += 1;
        if got != expected {
            wrong.push(format!(
                "  {} labelled {}, classified {}",
                l.code,
                expected.id(),
                got.id()
            ));
        }
    }
    let right = labels.len() - wrong.len();
    let accuracy = right as f64 / labels.len() as f64;
    println!(
        "labelled (rows) x classified (columns), {} unit groups:",
        labels.len()
    );
    print!("{:>16}", "");
    for k in LicensingKind::ALL {
        print!("{:>16}", k.id());
    }
    println!();
    for e in LicensingKind::ALL {
        print!("{:>16}", e.id());
        for g in LicensingKind::ALL {
            print!("{:>16}", table.get(&(e, g)).copied().unwrap_or(0));
        }
        println!();
    }
    println!(
        "accuracy {right}/{} = {:.1}%",
        labels.len(),
        accuracy * 100.0
    );
    println!("{}", wrong.join("\n"));
    assert!(
        accuracy >= THRESHOLD,
        "accuracy {:.3} below {THRESHOLD}",
        accuracy
    );
    // Every broad category (0-9) is in the set.
    for d in '0'..='9' {
        assert!(
            labels.iter().any(|l| l.code.starts_with(d)),
            "no label in broad category {d}"
        );
    }
}
