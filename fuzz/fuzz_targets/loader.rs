//! Any bytes as the unit group file of an otherwise valid dataset: the loader must answer
//! with a dataset or located errors, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use noc_explorer::data::{self, SourceFile};

const STRUCTURE: &str = include_str!("../../tests/fixtures/valid/noc/structure.ron");

fuzz_target!(|bytes: &[u8]| {
    let files = vec![
        SourceFile::ron("noc/structure.ron".into(), "structure.ron".into(), STRUCTURE.into()),
        SourceFile::ron(
            "noc/units/32.ron".into(),
            "32.ron".into(),
            String::from_utf8_lossy(bytes).into_owned(),
        ),
    ];
    let _ = data::parse_files(files, Vec::new());
});
