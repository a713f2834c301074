//! The similarity measure against the labelled neighbours in `tests/paths/expected.ron`
//! (written before the measure): at least 90% of the cases have one expected neighbour among
//! the ten closest. `cargo test --test paths_eval -- --nocapture` prints the misses.

use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    code: String,
    expected: Vec<String>,
}

/// The share of cases met that the test demands.
const THRESHOLD: f64 = 0.90;

#[test]
fn the_measure_finds_the_neighbours_an_adviser_would_expect() {
    let text = include_str!("paths/expected.ron");
    let cases: Vec<Case> = ron::from_str(text).expect("expected.ron parses");
    assert!(cases.len() >= 30, "at least 30 labelled occupations");
    let ds = noc_explorer::data::load_embedded().expect("embedded data");
    let table = &ds.similarity;
    let mut met = 0;
    let mut rank_sum = 0;
    for case in &cases {
        let i = table
            .position(&case.code)
            .expect("a labelled code has ratings");
        let near = &table.near[i];
        let first = near.iter().position(|c| case.expected.contains(c));
        match first {
            Some(r) => {
                met += 1;
                rank_sum += r + 1;
            }
            None => println!(
                "miss {}: expected one of {:?}, got {:?}",
                case.code, case.expected, near
            ),
        }
    }
    let share = met as f64 / cases.len() as f64;
    println!(
        "met {met} of {} ({:.1}%), mean rank of the first expected neighbour {:.2}",
        cases.len(),
        share * 100.0,
        rank_sum as f64 / met.max(1) as f64
    );
    assert!(share >= THRESHOLD, "{share:.3} below {THRESHOLD}");
}

#[test]
fn every_occupation_has_at_least_five_neighbours_with_shared_skills_and_gaps() {
    let ds = noc_explorer::data::load_embedded().expect("embedded data");
    let table = &ds.similarity;
    assert_eq!(table.codes.len(), 516);
    let m = noc_explorer::similarity::Measure::new(table);
    let mut no_gap = 0;
    for (i, code) in table.codes.iter().enumerate() {
        let near = &table.near[i];
        assert!(near.len() >= 5, "{code}: {near:?}");
        assert!(!near.contains(code), "{code} lists itself");
        for n in near.iter().take(5) {
            let j = table.position(n).expect("neighbour has ratings");
            let shared = m.shared(i, j);
            assert!(!shared.is_empty(), "{code} -> {n}: nothing shared");
            // What carries is held at the level asked, so it is never also a gap.
            let gaps: Vec<String> = m.gaps(i, j).into_iter().map(|g| g.id).collect();
            for s in &shared {
                assert!(s.held >= s.asked, "{code} -> {n}: {} carries below", s.id);
                assert!(!gaps.contains(&s.id), "{code} -> {n}: {} both", s.id);
            }
            // No gap is a finding only when the target asks nothing above what one holds.
            if m.gaps(i, j).is_empty() {
                let personal = |d: usize| {
                    noc_explorer::similarity::LEARNABLE
                        .contains(&table.descriptors[d].family.as_str())
                };
                let (from, to) = (table.row(i), table.row(j));
                assert!(
                    (0..from.len()).all(|d| !personal(d) || to[d] <= from[d]),
                    "{code} -> {n}: a gap the list misses"
                );
                no_gap += 1;
            }
        }
    }
    println!(
        "{no_gap} of the {} closest pairs ask nothing above what one holds",
        516 * 5
    );
}
