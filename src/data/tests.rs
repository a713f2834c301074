use super::*;

fn file(rel: &str, text: &str) -> SourceFile {
    SourceFile::ron(rel.to_string(), format!("d/{rel}"), text.to_string())
}

const STRUCTURE: &str = r#"StructureFile(
    broad_categories: [Class(code: "1", title: "B", title_fr: "B", definition: "")],
    major_groups: [Class(code: "11", title: "M", title_fr: "M", definition: "")],
    sub_major_groups: [Class(code: "111", title: "S", title_fr: "S", definition: "")],
    minor_groups: [Class(code: "1111", title: "N", title_fr: "N", definition: "")],
)
"#;

fn unit(code: &str, teer: u8) -> String {
    format!(
        "    UnitGroup(code: \"{code}\", title: \"T\", title_fr: \"T\", teer: {teer}, definition: \"\"),\n"
    )
}

#[test]
fn problems_found_by_validation_are_located_where_the_code_is_written() {
    let units = format!(
        "UnitGroupFile(major_group: \"11\", unit_groups: [\n{}{}{}])\n",
        unit("11110", 1),
        unit("11111", 2),
        unit("11110", 1)
    );
    let errors = parse_files(
        vec![
            file("noc/structure.ron", STRUCTURE),
            file("noc/units/11.ron", &units),
        ],
        Vec::new(),
    )
    .expect_err("invalid data");
    assert_eq!(
        errors.0,
        [
            DataError::TeerMismatch {
                at: Location::new("d/noc/units/11.ron", 3, 15),
                code: "11111".into(),
                teer: 2,
                expected: 1,
            },
            DataError::DuplicateCode {
                at: Location::new("d/noc/units/11.ron", 4, 15),
                code: "11110".into(),
                first: Location::new("d/noc/units/11.ron", 2, 15),
            },
        ]
    );
}

#[test]
fn a_syntax_error_is_located() {
    let errors = parse_files(
        vec![file(
            "noc/structure.ron",
            "StructureFile(\n  broad_categories: [,\n",
        )],
        Vec::new(),
    )
    .expect_err("invalid data");
    assert!(
        matches!(&errors.0[0], DataError::Syntax { at, .. } if at.path == "d/noc/structure.ron" && at.line == 2),
        "{errors}"
    );
}

#[test]
fn the_embedded_dataset_equals_the_data_directory() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let from_dir = load_dir_ron(&dir).expect("data/ loads");
    let embedded = load_embedded().expect("embedded data loads");
    assert_eq!(embedded.broad_categories, from_dir.broad_categories);
    assert_eq!(embedded.major_groups, from_dir.major_groups);
    assert_eq!(embedded.sub_major_groups, from_dir.sub_major_groups);
    assert_eq!(embedded.minor_groups, from_dir.minor_groups);
    assert_eq!(embedded.units, from_dir.units);
    assert_eq!(embedded.noc2016, from_dir.noc2016);
    assert_eq!(embedded.profiles, from_dir.profiles);
    // The two files build.rs converts through their own types (unit enum variants).
    assert_eq!(embedded.figures.ai, from_dir.figures.ai);
    assert_eq!(embedded.figures.programs, from_dir.figures.programs);
    assert_eq!(embedded.figures.wages, from_dir.figures.wages);
    assert_eq!(embedded.figures.outlook, from_dir.figures.outlook);
    assert_eq!(embedded.aliases, from_dir.aliases);
    // `continues_as: Some(..)` survives the RON -> JSON conversion.
    assert!(embedded.noc2016.iter().any(|c| c.continues_as.is_some()));
    assert!(embedded.noc2016.iter().any(|c| c.continues_as.is_none()));
    // The embedded unit groups' texts are read in place (issue 26: ~3 MB of copies), the
    // directory's are copies of its RON.
    let borrowed = |ds: &crate::model::Dataset| {
        ds.units.iter().all(|u| {
            u.definition.is_borrowed()
                && u.main_duties.iter().all(|d| d.is_borrowed())
                && u.example_titles.is_borrowed()
        }) && ds.minor_groups.iter().all(|c| c.definition.is_borrowed())
    };
    assert!(borrowed(&embedded));
    assert!(!from_dir.units.iter().any(|u| u.definition.is_borrowed()));
}

#[test]
fn every_embedded_file_has_json_or_binary_that_deserialises() {
    // Nothing of the embedded dataset is parsed as RON at run time: build.rs converts the
    // files with unit enum variants (`label: Some(high)`) through their own types.
    for (rel, _, json, binary) in embedded::files() {
        if json.is_none() && binary.is_none() {
            panic!("{rel} was embedded without JSON: it would be parsed as RON at every start");
        }
        let file = SourceFile {
            rel: rel.to_string(),
            display: rel.to_string(),
            text: Cow::Borrowed(""),
            json,
            binary,
        };
        // With an empty RON text, falling back to RON would fail: the JSON must be used.
        if crate::model::depth::is_deep(rel) {
            let (_, deep) = super::deep::split(vec![file]);
            let errors = super::deep::check(&deep);
            assert!(errors.is_empty(), "{rel}: {errors:?}");
            continue;
        }
        let mut parsed = Parsed::default();
        parse_one(&file, 0, &mut parsed).unwrap_or_else(|e| panic!("{rel}: {e}"));
    }
}

/// The file's value read from its binary form alone and from its RON alone.
fn binary_and_ron<T: DeserializeOwned>(rel: &str, text: &str, binary: &'static [u8]) -> (T, T) {
    let only = |text: &'static str, binary| SourceFile {
        rel: rel.to_string(),
        display: rel.to_string(),
        text: Cow::Borrowed(text),
        json: None,
        binary,
    };
    // An empty RON text: should the binary form not deserialise, this fails.
    let from_binary =
        parse_ron(&only("", Some(binary)), "binary").unwrap_or_else(|e| panic!("{rel}: {e}"));
    let mut ron = only("", None);
    ron.text = Cow::Owned(text.to_string());
    let from_ron = parse_ron(&ron, "RON").unwrap_or_else(|e| panic!("{rel}: {e}"));
    (from_binary, from_ron)
}

#[test]
fn every_unit_group_and_figure_file_is_embedded_in_binary_equal_to_its_ron() {
    use crate::model::figures as f;
    use crate::model::japanese as ja;
    // The files the explorer's first frame waits for are read from postcard, which is not
    // self-describing: each must be there, and read back to exactly what its RON says.
    let mut checked = 0;
    for (rel, text, _, binary) in embedded::files() {
        let binary_expected = matches!(
            kind_of(rel),
            Some(
                Kind::Units | Kind::Structure | Kind::Noc2016 | Kind::Figure(_) | Kind::Japanese(_)
            )
        );
        assert_eq!(binary.is_some(), binary_expected, "{rel}: binary form");
        let Some(binary) = binary else { continue };
        macro_rules! same {
            ($t:ty) => {{
                let (a, b) = binary_and_ron::<$t>(rel, text, binary);
                assert!(a == b, "{rel}: the binary form differs from the RON");
            }};
        }
        match rel {
            f::WAGES => same!(f::WagesFile),
            f::CENSUS => same!(f::CensusFile),
            f::OUTLOOK => same!(f::OutlookFile),
            f::AI => same!(f::AiFile),
            f::LMIA => same!(f::LmiaFile),
            f::EE_CATEGORIES => same!(f::EeCategoriesFile),
            f::PROGRAMS => same!(f::ProgramsFile),
            crate::model::law::LAW => same!(crate::model::law::LawFile),
            crate::model::path_lists::PROVINCIAL_LICENSING => {
                same!(crate::model::path_lists::ProvincialLicensingFile)
            }
            crate::model::tuition::TUITION => same!(crate::model::tuition::TuitionFile),
            ja::TITLES => same!(ja::JapaneseTitlesFile),
            ja::JOBTAG => same!(ja::JobtagFile),
            ja::JOBTAG_LINKS => same!(ja::JobtagLinksFile),
            super::files::STRUCTURE => same!(super::files::StructureFile),
            super::files::NOC2016 => same!(super::files::Noc2016File),
            _ => same!(UnitGroupFile),
        }
        checked += 1;
    }
    // The ten major groups' unit-group files, the hierarchy, NOC 2016, the seven figure files
    // and the three Japanese.
    assert!(checked >= 22, "only {checked} files in binary form");
}

/// A type `ron::Value` cannot carry faithfully: its unit variants become `()`.
#[derive(Debug, PartialEq, serde::Deserialize)]
enum Shape {
    Round,
    Square,
}

#[derive(Debug, PartialEq, serde::Deserialize)]
struct WithEnum {
    shape: Option<Shape>,
}

#[test]
fn a_file_the_json_cannot_represent_is_parsed_from_its_ron() {
    // What build.rs would make of `WithEnum(shape: Some(Square))` if it converted it.
    let file = SourceFile {
        rel: "x.ron".into(),
        display: "x.ron".into(),
        text: Cow::Borrowed("WithEnum(shape: Some(Square))"),
        json: Some(r#"{"shape":{"Unknown":null}}"#),
        binary: None,
    };
    let value: WithEnum = parse_ron(&file, "WithEnum(...)").expect("parses");
    assert_eq!(
        value,
        WithEnum {
            shape: Some(Shape::Square)
        }
    );
}

#[test]
fn a_wage_out_of_order_is_located_at_its_range() {
    let units = format!(
        "UnitGroupFile(major_group: \"11\", unit_groups: [\n{}{}])\n",
        unit("11110", 1),
        unit("11111", 1)
    );
    let wages = "WagesFile(wages: [\n  WageRecord(code: \"11110\", national: Some(WageRange(low: 20.0, median: 30.0, high: 40.0))),\n  WageRecord(code: \"11111\",\n    national: Some(WageRange(low: 30.0, median: 20.0, high: 40.0))),\n])\n";
    let errors = parse_files(
        vec![
            file("noc/structure.ron", STRUCTURE),
            file("noc/units/11.ron", &units),
            file("figures/wages.ron", wages),
        ],
        Vec::new(),
    )
    .expect_err("a median below the low wage");
    assert_eq!(
        errors.0.iter().map(|e| e.to_string()).collect::<Vec<_>>(),
        [
            "d/figures/wages.ron:4:5: wages of 11111 (national) are not in order: low 30, median 20, high 40; expected low <= median <= high"
        ]
    );
}

#[test]
fn the_embedded_dataset_passes_every_check() {
    // A start skips the checks that only look for problems (control characters, wage order,
    // alias titles); this is where the embedded files go through them all.
    let (files, deep) = deep::split(embedded_files(Needs::Everything));
    assert!(deep::check(&deep).is_empty());
    let ds = parse_checked(files, Vec::new(), Checks::Full).expect("every check passes");
    assert_eq!(ds.units.len(), 516);
    assert!(!ds.aliases.is_empty());
    // A start only assembles them: the same dataset.
    let (files, _) = deep::split(embedded_files(Needs::Everything));
    let started = parse_checked(files, Vec::new(), Checks::Embedded).expect("assembles");
    let shown = |ds: &crate::model::Dataset| {
        let mut ds = ds.clone();
        ds.deep = Default::default();
        let mut text = format!("{ds:?}");
        // Hash maps print in no fixed order: the job tag links, and the positions of the codes
        // (built from the classes, units and NOC 2016 classes, which are compared). The links are compared
        // through what they answer instead.
        for map in [
            "linked: {",
            "unit_index: {",
            "class_index: {",
            "noc2016_index: {",
        ] {
            let from = text.find(map).expect("the map is printed");
            let to = from + text[from..].find('}').expect("and ends");
            text.replace_range(from..to, "");
        }
        let answers: Vec<String> = (ds.units.iter())
            .map(|u| {
                let tags: Vec<_> = ds.jobtag_occupations(&u.code).collect();
                format!("{tags:?} {:?}", ds.unit_position(&u.code))
            })
            .collect();
        (text, answers)
    };
    let (started, checked) = (shown(&started), shown(&ds));
    assert!(
        started.1 == checked.1,
        "the job tag links or positions differ"
    );
    if let Some(at) = (started.0.bytes().zip(checked.0.bytes())).position(|(a, b)| a != b) {
        let near = |s: &str| {
            let from = (0..=at.saturating_sub(200))
                .rev()
                .find(|&i| s.is_char_boundary(i));
            let to = ((at + 100).min(s.len())..=s.len()).find(|&i| s.is_char_boundary(i));
            s[from.unwrap_or(0)..to.unwrap_or(s.len())].to_string()
        };
        panic!(
            "assembled without checks, the dataset differs: {:?} against {:?}",
            near(&started.0),
            near(&checked.0)
        );
    }
    assert_eq!(started.0.len(), checked.0.len());
}

#[test]
fn search_reads_only_the_files_it_uses() {
    let read: Vec<String> = embedded_files(Needs::Search)
        .into_iter()
        .map(|f| f.rel)
        .collect();
    for rel in [
        "noc/structure.ron",
        "noc/noc2016.ron",
        "aliases.ron",
        "ja/titles.ron",
    ] {
        assert!(read.iter().any(|r| r == rel), "search needs {rel}");
    }
    assert!(read.iter().any(|r| r == crate::model::figures::OUTLOOK));
    let never = |r: &String| {
        r.starts_with("figures/") && r != crate::model::figures::OUTLOOK
            || r.starts_with("profiles/")
            || r == crate::model::figures::PROGRAMS
            || crate::model::depth::is_deep(r)
    };
    assert!(!read.iter().any(never), "{read:?}");
    let ds = load_embedded_for(Needs::Search).expect("loads");
    assert!(ds.figures.wages.is_empty() && ds.figures.ai.is_empty());
    assert!(ds.profiles.is_empty() && ds.deep.paths().next().is_none());
    assert_eq!(ds.units.len(), 516);
    assert!(!ds.figures.outlook.is_empty());
}

#[test]
fn the_embedded_similarity_table_is_decoded_on_first_use_equal_to_its_ron() {
    use crate::model::similarity::{RatingTable, SIMILARITY, SimilarityFile};
    let ds = load_embedded().expect("loads");
    // The first frame does not wait for it.
    assert!(!ds.similarity.is_decoded());
    let (_, text, _, _) = embedded::files()
        .find(|(rel, ..)| *rel == SIMILARITY)
        .expect("embedded");
    let file: SimilarityFile = ron::Options::default().from_str(text).expect("parses");
    let eager = RatingTable::from_file(file).expect("two digits each");
    assert!(!eager.is_empty());
    assert_eq!(ds.similarity.get(), &eager);
    assert!(ds.similarity.is_decoded());
    // A clone shares nothing it would decode twice into something else.
    assert_eq!(ds.clone().similarity.get(), &eager);
}
