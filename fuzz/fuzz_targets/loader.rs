//! Any bytes as the unit group file of an otherwise valid dataset: the loader must answer
//! with a dataset or located errors, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use noc_explorer::data::{self, SourceFile};

const STRUCTURE: &str = include_str!("../../tests/fixtures/valid/noc/structure.ron");

fuzz_target!(|bytes: &[u8]| {
    let files = vec![
        SourceFile {
            rel: "noc/structure.ron".into(),
            display: "structure.ron".into(),
            text: STRUCTURE.into(),
        },
        SourceFile {
            rel: "noc/units/32.ron".into(),
            display: "32.ron".into(),
            text: String::from_utf8_lossy(bytes).into_owned(),
        },
    ];
    let _ = data::parse_files(files, Vec::new());
});
