//! The rounds and provincial joins on small fixtures.

use super::provincial::{self, ProvinceBrief};
use super::rounds::{self, RoundsBrief, family_of_category};
use crate::model::Dataset;
use crate::model::UnitGroup;
use crate::model::ee_rounds::{FeedSource, Round, RoundType, RoundsFile};
use crate::model::figures::EeMembership;
use crate::model::provincial::{ImmigrationLists, ProvincialFile, ProvincialList};
use std::collections::BTreeMap;

fn unit(code: &str) -> UnitGroup {
    ron::from_str(&format!(
        "UnitGroup(code: \"{code}\", title: \"T\", title_fr: \"T\", teer: {}, definition: \"\")",
        &code[1..2]
    ))
    .expect("unit")
}

fn kind(name: &str, family: &str, occupational: bool, years: &[u16]) -> RoundType {
    RoundType {
        name: name.into(),
        family: family.into(),
        occupational,
        years: years.to_vec(),
    }
}

fn round(n: &str, date: &str, kind: u16, invitations: u32, cutoff: u32) -> Round {
    Round(n.into(), date.into(), kind, invitations, cutoff)
}

fn membership(year: u16, category: &str) -> EeMembership {
    EeMembership {
        year,
        category: category.into(),
        confidence: "high".into(),
        sources: Vec::new(),
    }
}

fn list(key: &str, province: &str, tag: &str, status: &str, codes: &[&str]) -> ProvincialList {
    ProvincialList {
        key: key.into(),
        province: province.into(),
        program: "P".into(),
        stream: format!("stream {key}"),
        tag: tag.into(),
        kind: if status == "excluded" {
            "ineligible"
        } else {
            "eligible"
        }
        .into(),
        status: status.into(),
        historical_note: String::new(),
        effective: String::new(),
        captured: "2026-08-21".into(),
        url: format!("https://example.invalid/{key}"),
        check: "second_capture".into(),
        open_to_teers: if key == "sk-excluded" {
            vec![0, 1, 2, 3]
        } else {
            Vec::new()
        },
        caveat: String::new(),
        codes: codes.iter().map(|c| c.to_string()).collect(),
        marks: BTreeMap::new(),
    }
}

/// Healthcare (2025 and 2026 versions), STEM (2023-2024 only), CEC; newest round 2026-08-19.
fn fixture() -> Dataset {
    let mut ds = Dataset::default();
    ds.figures.ee_lists = vec![
        (2024, "STEM occupations".into()),
        (2025, "Healthcare and social services occupations".into()),
        (2026, "Healthcare and social services occupations".into()),
        (2026, "STEM occupations".into()),
    ];
    ds.figures.ee_categories = BTreeMap::from([
        (
            "32129".to_string(),
            vec![
                membership(2025, "Healthcare and social services occupations"),
                membership(2026, "Healthcare and social services occupations"),
            ],
        ),
        (
            "21300".to_string(),
            vec![
                membership(2024, "STEM occupations"),
                membership(2026, "STEM occupations"),
            ],
        ),
    ]);
    let types = vec![
        kind("Health V2", "healthcare", true, &[2025]),
        kind("Health 2026-V3", "healthcare", true, &[2026]),
        kind("STEM V1", "stem", true, &[2023, 2024]),
        kind("Canadian Experience Class", "cec", false, &[]),
    ];
    let rounds = vec![
        round("10", "2026-08-19", 3, 1000, 523),
        round("9", "2026-06-25", 1, 4000, 475),
        round("8", "2026-02-20", 1, 4000, 467),
        round("7", "2025-12-11", 0, 1000, 476),
        round("6", "2025-08-19", 0, 2500, 470),
        round("5", "2025-05-02", 0, 500, 510),
        round("4", "2025-01-08", 3, 1350, 542),
        round("3", "2024-04-11", 2, 4500, 491),
    ];
    ds.immigration_lists = ImmigrationLists {
        rounds: Some(RoundsFile {
            source: FeedSource {
                publisher: "IRCC".into(),
                title: "feed".into(),
                url: String::new(),
                as_of: "2026-08-19".into(),
                official: true,
            },
            types,
            rounds,
        }),
        provincial: Some(ProvincialFile {
            carrier: "carrier".into(),
            lists: vec![
                list("bc-health", "BC", "health", "listed", &["32129"]),
                list(
                    "mb-indemand",
                    "MB",
                    "in_demand",
                    "listed",
                    &["21300", "32129"],
                ),
                list("on-old", "ON", "in_demand", "historical", &["32129"]),
                list("sk-excluded", "SK", "excluded", "excluded", &["21300"]),
                list("sk-health", "SK", "health", "listed", &["32129"]),
            ],
        }),
        pilots: None,
    };
    ds
}

fn programs<'a>(open: &[&'a str]) -> Vec<&'a str> {
    open.to_vec()
}

#[test]
fn category_rounds_join_by_family_and_list_year() {
    let ds = fixture();
    let r = rounds::for_unit(&ds, &unit("32129"), &programs(&["fsw", "cec"]));
    let names: Vec<(&str, bool)> = r.rows.iter().map(|r| (r.name.as_str(), r.past)).collect();
    assert_eq!(
        names,
        [
            ("Health 2026-V3", false),
            ("Health V2", true),
            ("Canadian Experience Class", false)
        ]
    );
    let v3 = &r.rows[0];
    assert_eq!(v3.last_date.as_deref(), Some("2026-06-25"));
    assert_eq!(
        (v3.last_cutoff, v3.last_invitations),
        (Some(475), Some(4000))
    );
    // The chart spans every version of the family, oldest first.
    let dates: Vec<&str> = v3.chart.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(
        dates,
        [
            "2025-05-02",
            "2025-08-19",
            "2025-12-11",
            "2026-02-20",
            "2026-06-25"
        ]
    );
    assert_eq!(r.as_of.as_deref(), Some("2026-08-19"));
    assert_eq!(
        r.brief(),
        Some(RoundsBrief::Last {
            category: "healthcare",
            date: "2026-06-25",
            cutoff: 475
        })
    );
}

#[test]
fn the_twelve_months_end_at_the_newest_round_and_exclude_the_day_a_year_before() {
    let ds = fixture();
    let r = rounds::for_unit(&ds, &unit("32129"), &programs(&["cec"]));
    assert_eq!(r.window_after.as_deref(), Some("2025-08-19"));
    let count = |name: &str| {
        r.rows
            .iter()
            .find(|row| row.name == name)
            .map(|row| (row.rounds_last_12_months, row.rounds_total))
    };
    // 2025-12-11 counts; 2025-08-19 (a year to the day before) and 2025-05-02 do not.
    assert_eq!(count("Health V2"), Some((1, 3)));
    assert_eq!(count("Health 2026-V3"), Some((2, 2)));
    // 2026-08-19 counts, 2025-01-08 does not.
    assert_eq!(count("Canadian Experience Class"), Some((1, 2)));
}

#[test]
fn a_list_in_force_without_a_round_says_since_when_and_program_rounds_need_the_pool() {
    let ds = fixture();
    let r = rounds::for_unit(&ds, &unit("21300"), &programs(&[]));
    let rows: Vec<(&str, Option<&str>, Option<&str>)> = (r.rows.iter())
        .map(|r| {
            (
                r.name.as_str(),
                r.last_date.as_deref(),
                r.none_since.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("STEM occupations", None, Some("2024-04-11")),
            ("STEM V1", Some("2024-04-11"), None),
        ]
    );
    assert!(!r.pool, "no base program open: no program-wide rounds");
    assert_eq!(
        r.brief(),
        Some(RoundsBrief::NoneSince {
            category: "stem",
            since: Some("2024-04-11")
        })
    );
}

#[test]
fn without_the_feed_nothing_reads_as_none() {
    let mut ds = fixture();
    ds.immigration_lists.rounds = None;
    let r = rounds::for_unit(&ds, &unit("32129"), &programs(&["cec"]));
    assert!(!r.loaded && r.rows.is_empty());
    assert_eq!(r.missing(), "IRCC's rounds feed is not loaded.");
}

#[test]
fn every_category_name_of_our_lists_reaches_a_family() {
    let ds = crate::data::load_embedded().expect("embedded data");
    for (year, name) in &ds.figures.ee_lists {
        assert!(family_of_category(name).is_some(), "{year} {name}");
    }
    let rounds = ds.immigration_lists.rounds.as_ref().expect("rounds loaded");
    for t in rounds.types.iter().filter(|t| t.occupational) {
        assert!(
            ds.figures
                .ee_lists
                .iter()
                .any(|(_, n)| family_of_category(n) == Some(t.family.as_str())),
            "no category list for the rounds of {}",
            t.name
        );
    }
}

#[test]
fn provincial_rows_join_by_code_with_status_and_the_lead_province_first() {
    let ds = fixture();
    let p = provincial::for_unit(&ds, &unit("32129"));
    let rows: Vec<(&str, &str)> = (p.rows.iter())
        .map(|r| (r.province.as_str(), r.status.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("BC", "listed"),
            ("MB", "listed"),
            ("ON", "historical"),
            ("SK", "listed")
        ]
    );
    // SK's excluded list does not name 32129 (TEER 2) and its stream takes TEER 0-3.
    assert_eq!(p.open.len(), 1);
    assert_eq!(p.open[0].province, "SK");
    assert!(p.listed_in("SK") && !p.listed_in("ON"));
    assert_eq!(
        p.brief(Some("SK")),
        [
            ProvinceBrief {
                province: "SK",
                tags: vec!["health"]
            },
            ProvinceBrief {
                province: "BC",
                tags: vec!["health"]
            },
            ProvinceBrief {
                province: "MB",
                tags: vec!["in_demand"]
            },
        ]
    );
    let led: Vec<&str> = p
        .led_by(Some("MB"))
        .iter()
        .map(|r| r.province.as_str())
        .collect();
    assert_eq!(led, ["MB", "BC", "ON", "SK"]);
}

#[test]
fn an_excluded_occupation_is_excluded_and_not_open() {
    let ds = fixture();
    let p = provincial::for_unit(&ds, &unit("21300"));
    let rows: Vec<(&str, &str)> = (p.rows.iter())
        .map(|r| (r.province.as_str(), r.status.as_str()))
        .collect();
    assert_eq!(rows, [("MB", "listed"), ("SK", "excluded")]);
    assert!(p.open.is_empty());
    assert!(!p.listed_in("SK"));
}
