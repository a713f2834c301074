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
