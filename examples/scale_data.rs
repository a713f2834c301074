//! Writes a copy of `data/` with every unit group's example titles repeated K times, for the
//! benchmarks at 2x and 4x the titles (`benches/compare-fzf.sh`). The copies are marked
//! "(copy N)": synthetic texts for timing only, written to a temporary directory, never
//! committed and never shown as data.
//!
//! `cargo run --release --example scale_data -- K OUT_DIR`
//!
//! No unit group gets more example titles than the checks allow (`data::MAX_LIST_LEN`).

use noc_explorer::data::{self, files};
use std::path::{Path, PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let usage = "usage: scale_data K OUT_DIR";
    let k: usize = args.next().ok_or(usage)?.parse()?;
    let out = PathBuf::from(args.next().ok_or(usage)?);
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let (sources, errors) = data::read_dir(&src);
    if !errors.is_empty() {
        return Err(format!("{} problem(s) reading data/", errors.len()).into());
    }
    for file in sources {
        let path = out.join(&file.rel);
        std::fs::create_dir_all(path.parent().ok_or("a file has no folder")?)?;
        let text = if file.rel.starts_with(files::UNITS_DIR) {
            let mut units: files::UnitGroupFile = data::parse_ron(&file, "UnitGroupFile(...)")?;
            for unit in &mut units.unit_groups {
                let titles = unit.example_titles.clone();
                for copy in 2..=k {
                    let marked = titles.iter().map(|t| format!("{t} (copy {copy})"));
                    unit.example_titles.extend(marked);
                }
                // Within the checks' limit of a list (one unit group, 94219, would pass it
                // at 4x): the copies are cut there, so 4x is a little under four times.
                unit.example_titles.truncate(data::MAX_LIST_LEN);
            }
            files::to_ron(&units)?
        } else {
            file.text.into_owned()
        };
        std::fs::write(path, text)?;
    }
    Ok(())
}
