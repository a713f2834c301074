//! An occupation's part of the deep files, decoded alone (`DeepData::unit`), is what the whole
//! files give it, from the embedded JSON and from RON; a broken file is still reported with
//! its path, line and column; and only the last few occupations' parts are kept.

use crate::model::depth::{
    self, ActivityFile, DeepData, DeepText, Loaded, OasisFile, TaskFile, UNITS_KEPT,
    UnitActivities, UnitDeep, YearlyFile, soc_of,
};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The deep files of the embedded dataset, parsed whole from their RON.
struct Whole {
    oasis: BTreeMap<String, OasisFile>,
    tasks: BTreeMap<String, TaskFile>,
    activities: ActivityFile,
    yearly: YearlyFile,
}

fn ron<T: serde::de::DeserializeOwned>(deep: &DeepData, rel: &str) -> T {
    let text = &deep.source(rel).expect(rel).text;
    ron::Options::default()
        .from_str(text)
        .unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn whole(deep: &DeepData) -> Whole {
    let mut w = Whole {
        oasis: BTreeMap::new(),
        tasks: BTreeMap::new(),
        activities: ron(deep, depth::ACTIVITIES),
        yearly: ron(deep, depth::YEARLY),
    };
    for rel in deep.paths() {
        let major = rel.strip_suffix(".ron").and_then(|r| r.rsplit_once('/'));
        match major {
            Some((depth::OASIS_DIR, m)) if m != "guide" => {
                w.oasis.insert(m.to_string(), ron(deep, rel));
            }
            Some((depth::TASKS_DIR, m)) => {
                w.tasks.insert(m.to_string(), ron(deep, rel));
            }
            _ => {}
        }
    }
    w
}

/// What the whole files give unit group `code`, as the sections read them before.
fn expected(w: &Whole, code: &str) -> UnitDeep {
    let major = &code[..2];
    let oasis = match w.oasis.get(major) {
        Some(f) => Loaded::Ok(
            (f.profiles.iter())
                .filter(|p| p.unit() == code)
                .cloned()
                .collect(),
        ),
        None => Loaded::NotLoaded,
    };
    let tasks = match w.tasks.get(major) {
        Some(f) => Loaded::Ok(f.units.iter().find(|u| u.code == code).cloned()),
        None => Loaded::NotLoaded,
    };
    let mut activities = UnitActivities::default();
    if let Loaded::Ok(Some(unit)) = &tasks {
        for o in &unit.occupations {
            let soc = soc_of(&o.onet);
            let Some(ids) = w.activities.soc.get(&soc) else {
                continue;
            };
            for id in ids {
                let found = (w.activities.activities).binary_search_by(|a| a.id.as_str().cmp(id));
                if let Ok(i) = found {
                    (activities.activities).insert(id.clone(), w.activities.activities[i].clone());
                }
            }
            activities.soc.insert(soc, ids.clone());
        }
    }
    UnitDeep {
        code: code.to_string(),
        oasis,
        tasks,
        activities: Loaded::Ok(activities),
        yearly: Loaded::Ok(w.yearly.units.iter().find(|u| u.code == code).cloned()),
    }
}

/// The embedded deep files as a `--data` directory has them: RON only.
fn ron_only(deep: &DeepData) -> DeepData {
    DeepData::new(
        deep.paths()
            .map(|rel| {
                let file = deep.source(rel).expect(rel);
                let copy = DeepText {
                    display: file.display.clone(),
                    text: Cow::Owned(file.text.to_string()),
                    json: None,
                    on_disk: None,
                };
                (rel.to_string(), copy)
            })
            .collect(),
    )
}

fn every_unit_decodes_as_from_the_whole_files(deep: &DeepData, form: &str) {
    let ds = super::super::load_embedded().expect("the embedded dataset loads");
    let w = whole(&ds.deep);
    for rel in deep.paths() {
        if rel != depth::OASIS_GUIDE {
            assert_eq!(deep.split_kind(rel), form, "{rel}");
        }
    }
    let mut with_tasks = 0;
    for unit in &ds.units {
        let got = deep.unit(&unit.code);
        let want = expected(&w, &unit.code);
        assert_eq!(*got, want, "{form}: {}", unit.code);
        with_tasks += usize::from(matches!(&got.tasks, Loaded::Ok(Some(_))));
    }
    // The comparison reaches the files' contents, not only their absences.
    assert!(with_tasks > 400, "{with_tasks}");
}

#[test]
fn every_occupations_deep_part_decodes_from_the_embedded_json_as_from_the_whole_files() {
    let ds = super::super::load_embedded().expect("the embedded dataset loads");
    every_unit_decodes_as_from_the_whole_files(&ds.deep, "json");
}

#[test]
fn every_occupations_deep_part_decodes_from_ron_alone_as_from_the_whole_files() {
    let ds = super::super::load_embedded().expect("the embedded dataset loads");
    every_unit_decodes_as_from_the_whole_files(&ron_only(&ds.deep), "ron");
}

/// How many times a file left on disk was read whole (`on_disk(.., true)`).
static WHOLE_READS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn counted_read(path: &std::path::Path, hash: [u64; 2]) -> Result<String, String> {
    WHOLE_READS.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    crate::data::prepared::stamps::read_if_same(path, hash)
}

/// The embedded deep files written to `dir` (the first with a byte-order mark) and left on
/// disk, as a directory's prepared copy leaves them (their whole reads counted if `count`).
fn on_disk(deep: &DeepData, dir: &std::path::Path, count: bool) -> DeepData {
    use crate::data::prepared::{file_hash, stamps};
    let files = deep.paths().enumerate().map(|(i, rel)| {
        let text = &deep.source(rel).expect(rel).text;
        let path = dir.join(rel.replace('/', "_"));
        let bom = if i == 0 { "\u{feff}" } else { "" };
        std::fs::write(&path, format!("{bom}{text}")).expect("written");
        let file = DeepText {
            display: path.display().to_string(),
            text: Cow::Borrowed(""),
            json: None,
            on_disk: Some(depth::OnDisk {
                path,
                hash: file_hash(text),
                read: if count {
                    counted_read
                } else {
                    stamps::read_if_same
                },
                open: stamps::open_deep,
            }),
        };
        (rel.to_string(), file)
    });
    DeepData::new(files.collect())
}

#[test]
fn every_occupations_deep_part_decodes_from_ron_left_on_disk_as_from_the_whole_files() {
    let ds = super::super::load_embedded().expect("the embedded dataset loads");
    let dir = tempfile::tempdir().expect("a folder");
    let deep = on_disk(&ds.deep, dir.path(), true);
    deep.preload();
    let split = WHOLE_READS.load(std::sync::atomic::Ordering::SeqCst);
    // Each file once: the guide to keep it, the others to split them.
    assert_eq!(split, deep.paths().count());
    every_unit_decodes_as_from_the_whole_files(&deep, "ron");
    // Each occupation's part was read alone: no file was read whole again.
    assert_eq!(WHOLE_READS.load(std::sync::atomic::Ordering::SeqCst), split);
}

#[test]
fn a_deep_file_changed_on_disk_after_its_split_is_not_read() {
    let ds = super::super::load_embedded().expect("the embedded dataset loads");
    let dir = tempfile::tempdir().expect("a folder");
    let deep = on_disk(&ds.deep, dir.path(), false);
    assert!(matches!(deep.unit("32129").yearly, Loaded::Ok(Some(_))));
    // Another figure in the same place: the part read alone is not what was split.
    let path = dir.path().join("outlook_yearly.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    let unit = text.find("code: \"32101\"").expect("32101");
    let at = unit + text[unit..].find("employment: Some(").expect("a figure") + 17;
    let digit = text.as_bytes()[at];
    let other = char::from(b'0' + (digit - b'0' + 1) % 10);
    let changed = format!("{}{other}{}", &text[..at], &text[at + 1..]);
    std::fs::write(&path, changed).unwrap();
    match &deep.unit("32101").yearly {
        Loaded::Broken(e) => assert!(e.contains("changed since this start read the data"), "{e}"),
        other => panic!("read: {other:?}"),
    }
}

/// The deep files of a directory: the embedded ones (as RON), with `rel` replaced by the
/// fixture of `case`.
fn with_fixture(case: &str, rel: &str) -> DeepData {
    let ds = super::super::load_embedded().expect("the embedded dataset loads");
    let mut files: BTreeMap<String, DeepText> = ds
        .deep
        .paths()
        .map(|r| {
            let file = ds.deep.source(r).expect(r);
            let text = DeepText {
                display: r.to_string(),
                text: Cow::Owned(file.text.to_string()),
                json: None,
                on_disk: None,
            };
            (r.to_string(), text)
        })
        .collect();
    let path = format!(
        "{}/tests/fixtures/invalid/{case}/{rel}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("the fixture reads");
    files.insert(
        rel.to_string(),
        DeepText {
            display: rel.to_string(),
            text: Cow::Owned(text),
            json: None,
            on_disk: None,
        },
    );
    DeepData::new(files)
}

fn expected_message(case: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/invalid/{case}/expected.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path)
        .expect("the fixture's message reads")
        .trim()
        .to_string()
}

#[test]
fn a_broken_deep_file_is_reported_with_its_path_line_and_column() {
    let broken = |loaded: Loaded<()>| match loaded {
        Loaded::Broken(e) => e,
        other => panic!("not broken: {other:?}"),
    };
    let deep = with_fixture("oasis_bad_rating", "oasis/32.ron");
    let oasis = deep.unit("32129").oasis.clone().map(drop);
    assert_eq!(broken(oasis), expected_message("oasis_bad_rating"));
    // Every unit group of the file says so, as when the file was parsed whole.
    let other = deep.unit("32101").oasis.clone().map(drop);
    assert_eq!(broken(other), expected_message("oasis_bad_rating"));
    let deep = with_fixture("tasks_unknown_label", "ai/tasks/32.ron");
    let tasks = deep.unit("32129").tasks.clone().map(drop);
    assert_eq!(broken(tasks), expected_message("tasks_unknown_label"));
    let deep = with_fixture("yearly_wrong_type", "outlook/yearly.ron");
    let yearly = deep.unit("00010").yearly.clone().map(drop);
    assert_eq!(broken(yearly), expected_message("yearly_wrong_type"));
    // The work activities are read for a unit group with tasks.
    let deep = with_fixture("activities_syntax_error", "ai/activities.ron");
    let activities = deep.unit("32129").activities.clone().map(drop);
    assert_eq!(
        broken(activities),
        expected_message("activities_syntax_error")
    );
}

#[test]
fn an_element_whose_json_does_not_decode_is_read_from_its_ron_and_located() {
    // The JSON is laid out as expected (so it splits) but the rating is out of range: the
    // file is then parsed whole, its JSON first and then its RON, which locates the error.
    static JSON: &str = r#"{"major_group":"32","profiles":[{"code":"32129.02","label":"Ocularists","lead":null,"workplaces":[],"interests":["R"],"ratings":{"F01b01":400},"second_ratings":{}}]}"#;
    let path = format!(
        "{}/tests/fixtures/invalid/oasis_bad_rating/oasis/32.ron",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).expect("the fixture reads");
    let file = DeepText {
        display: "oasis/32.ron".to_string(),
        text: Cow::Owned(text),
        json: Some(JSON),
        on_disk: None,
    };
    let deep = DeepData::new(BTreeMap::from([("oasis/32.ron".to_string(), file)]));
    assert_eq!(deep.split_kind("oasis/32.ron"), "json");
    match &deep.unit("32129").oasis {
        Loaded::Broken(e) => assert_eq!(*e, expected_message("oasis_bad_rating")),
        other => panic!("not broken: {other:?}"),
    }
}

#[test]
fn only_the_last_few_occupations_deep_parts_are_kept() {
    let ds = super::super::load_embedded().expect("the embedded dataset loads");
    let codes: Vec<&str> = ds.units.iter().take(120).map(|u| u.code.as_str()).collect();
    for code in &codes {
        ds.deep.unit(code);
    }
    let last: Vec<&str> = codes[codes.len() - UNITS_KEPT..].to_vec();
    assert_eq!(ds.deep.kept_codes(), last);
    // Asking again for a kept one makes it the most recent; it is the same decoded part.
    let again = ds.deep.unit(last[0]);
    assert!(std::sync::Arc::ptr_eq(&again, &ds.deep.unit(last[0])));
    assert_eq!(
        ds.deep.kept_codes().last().map(String::as_str),
        Some(last[0])
    );
    assert_eq!(ds.deep.kept_codes().len(), UNITS_KEPT);
}
