//! The importer on a small slice of the official files (tests/fixtures/raw).

use noc_explorer::data::{self, SourceFile};
use noc_explorer::import::{NocSources, import_noc};
use std::path::Path;

fn generate() -> Vec<noc_explorer::import::Generated> {
    let raw = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/raw");
    import_noc(&NocSources::in_raw_dir(&raw)).expect("fixture imports")
}

#[test]
fn the_output_is_deterministic() {
    assert_eq!(generate(), generate());
}

#[test]
fn the_generated_files_load_as_a_dataset() {
    let files = generate()
        .into_iter()
        .map(|g| SourceFile::ron(g.rel.clone(), g.rel, g.text))
        .collect();
    let ds = data::parse_files(files, Vec::new()).expect("generated RON validates");
    assert_eq!(
        (
            ds.broad_categories.len(),
            ds.major_groups.len(),
            ds.sub_major_groups.len(),
            ds.minor_groups.len()
        ),
        (1, 1, 1, 1)
    );
    let unit = ds.unit("32129").expect("32129 imported");
    assert_eq!(unit.teer, 2);
    assert_eq!(
        unit.title_fr,
        "Autres technologues et techniciens/techniciennes des sciences de la santé"
    );
    assert_eq!(unit.noc2016, ["3219"]);
    // Stray whitespace from the source is gone: no trailing space, no double space.
    for text in unit
        .example_titles
        .iter()
        .chain(unit.exclusions.iter().map(|t| t.as_str()))
        .chain(unit.main_duties.iter().map(|t| t.as_str()))
    {
        assert_eq!(text, text.trim());
        assert!(!text.contains("  "), "{text:?}");
    }
    let class = ds
        .noc2016_class("3219")
        .expect("3219 in the correspondence");
    assert_eq!(class.continues_as.as_deref(), Some("32129"));
}

#[test]
fn the_unit_group_file_matches_its_snapshot() {
    let files = generate();
    let units = files
        .iter()
        .find(|g| g.rel == "noc/units/32.ron")
        .expect("32.ron");
    insta::assert_snapshot!(units.text);
}
