//! The immigration rules against the law and IRCC's lists: the rule data read from the IRPR
//! XML agrees with the text extracts of the same sections, every TEER is evaluated as the
//! sections say, the FST unit groups are those of s. 87.2(1), the 2026 category answers are
//! the 2026 file's, and no rule of FSW, CEC, FST or AIP rests on third-party pages only.

use noc_explorer::data;
use noc_explorer::facts;
use std::collections::BTreeSet;

const EXTRACT: &str = include_str!(
    "../data/raw/immigration/official/legislation/IRPR_SOR-2002-227_economic_classes_extract.txt"
);
const LISTS_2026: &str = include_str!(
    "../data/raw/immigration/official/categories/ee_cbs_2026_occupations_THIRD_PARTY_EXTRACT.csv"
);

/// The paragraph of the extract that starts with `label` after the line `section`.
fn paragraph(section: &str, label: &str) -> String {
    let start = EXTRACT
        .lines()
        .position(|l| l.trim() == section)
        .unwrap_or_else(|| panic!("no section {section}"));
    EXTRACT
        .lines()
        .skip(start)
        .find(|l| l.trim_start().starts_with(label))
        .unwrap()
        .to_string()
}

#[test]
fn teers_from_the_xml_are_the_extract_s_and_every_teer_is_evaluated_so() {
    let ds = data::load_embedded().expect("loads");
    let law = ds.figures.law.as_ref().expect("law loaded");
    assert_eq!(law.regulation.consolidated, "2026-06-12");
    for (program, section, label, words) in [
        (
            "fsw",
            "75",
            "(a) within the 10 years",
            "TEER Category 0, 1, 2 or 3",
        ),
        (
            "cec",
            "87.1",
            "(a) they have acquired in Canada",
            "TEER Category 0, 1, 2 or 3",
        ),
        (
            "aip",
            "87.3",
            "(a) they have acquired, within the five years",
            "TEER Category 0, 1, 2, 3 or 4",
        ),
    ] {
        let text = paragraph(section, label);
        assert!(text.contains(words), "{section}: {text}");
        let class = law.class(program).unwrap();
        let listed: Vec<u8> = words
            .split([',', ' '])
            .filter_map(|w| w.parse().ok())
            .collect();
        assert_eq!(class.teer, listed, "{program}");
        // Every TEER: one unit group of each, evaluated.
        for teer in 0..=5u8 {
            let unit = ds.units.iter().find(|u| u.teer == teer).unwrap();
            let f = facts::for_unit(&ds, unit);
            let p = f
                .immigration
                .programs
                .iter()
                .find(|p| p.id == program)
                .unwrap();
            assert_eq!(
                p.eligible,
                Some(listed.contains(&teer)),
                "{program} TEER {teer}"
            );
            assert!(p.sources[0].official && p.sources[0].title.contains(section));
        }
    }
    let aip = law.class("aip").unwrap();
    assert_eq!(aip.same_level, vec![2, 3], "s. 87.3(7)(c)");
    assert!(paragraph("87.3", "(i) indeterminate").contains("TEER Category 4"));
}

#[test]
fn fst_unit_groups_are_those_of_s_87_2_1() {
    let ds = data::load_embedded().expect("loads");
    let law = ds.figures.law.as_ref().unwrap();
    let fst = law.class("fst").unwrap();
    for g in fst.groups.iter().chain(&fst.excluded_groups) {
        assert!(
            EXTRACT.contains(&format!("Group {g},")),
            "group {g} is not in the extract's s. 87.2(1)"
        );
    }
    let derived: BTreeSet<&str> = law.trade_groups.iter().map(|t| t.code.as_str()).collect();
    assert_eq!(derived.len(), 96);
    for unit in &ds.units {
        let f = facts::for_unit(&ds, unit);
        let p = f
            .immigration
            .programs
            .iter()
            .find(|p| p.id == "fst")
            .unwrap();
        assert_eq!(
            p.eligible,
            Some(derived.contains(unit.code.as_str())),
            "{}",
            unit.code
        );
    }
}

#[test]
fn the_2026_answers_are_the_2026_file_s() {
    let ds = data::load_embedded().expect("loads");
    for code in [
        "41301", "63200", "63201", "72410", "31102", "21232", "21211",
    ] {
        let mut expected: Vec<String> = csv::Reader::from_reader(LISTS_2026.as_bytes())
            .records()
            .map(|r| r.unwrap())
            .filter(|r| &r[4] == code)
            .map(|r| r[2].to_string())
            .collect();
        expected.sort();
        let unit = ds.unit(code).unwrap();
        let f = facts::for_unit(&ds, unit);
        let row = f
            .immigration
            .programs
            .iter()
            .find(|p| p.id == "ee_categories_2026")
            .unwrap();
        assert!(!row.past);
        assert_eq!(row.eligible, Some(!expected.is_empty()), "{code}");
        for category in &expected {
            assert!(
                row.reason.contains(category.as_str()),
                "{code}: {}",
                row.reason
            );
        }
        assert!(
            row.sources
                .iter()
                .all(|s| s.official && s.publisher == "IRCC")
        );
        for past in f
            .immigration
            .programs
            .iter()
            .filter(|p| p.list_year.is_some_and(|y| y < 2026))
        {
            assert!(past.past && past.as_of.contains("secondary"), "{}", past.id);
        }
    }
    // Every occupation has an answer for 2026: none is unknown.
    for unit in &ds.units {
        let f = facts::for_unit(&ds, unit);
        let row = f
            .immigration
            .programs
            .iter()
            .find(|p| p.id == "ee_categories_2026")
            .unwrap();
        assert!(row.eligible.is_some(), "{}", unit.code);
    }
}

#[test]
fn no_rule_of_the_irpr_classes_cites_third_party_pages() {
    let ds = data::load_embedded().expect("loads");
    for p in &ds.figures.programs {
        if ["fsw", "cec", "fst", "aip", "ee_categories", "ee_french"].contains(&p.id.as_str()) {
            assert!(p.sources.iter().all(|s| s.official), "{}", p.id);
        }
    }
    let unit = ds.unit("32129").unwrap();
    let f = facts::for_unit(&ds, unit);
    let langs: Vec<(&str, &str)> = f
        .immigration
        .language
        .iter()
        .map(|l| (l.program.as_str(), l.minimum.as_str()))
        .collect();
    assert_eq!(
        langs,
        [
            ("FSW", "CLB 7 / NCLC 7"),
            ("CEC", "CLB 5 / NCLC 5"),
            ("AIP", "CLB 5")
        ]
    );
}
