//! Regenerate the RON dataset from the official sources in `data/raw/`.
//!
//! `noc-import` writes `data/`; `noc-import --check` fails if the committed RON differs.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut check = false;
    let mut prepare = false;
    let mut data = PathBuf::from("data");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--prepare" => prepare = true,
            "--data" => match args.next() {
                Some(dir) => data = PathBuf::from(dir),
                None => return usage("--data needs a directory"),
            },
            "-h" | "--help" => {
                println!(
                    "usage: noc-import [--check | --prepare] [--data DIR]\n\nReads DIR/raw/ and writes the RON dataset into DIR (default: data).\n--check    compare instead of writing; exit 1 if the committed RON differs\n--prepare  check DIR whole and write its prepared copy, DIR/prepared.noc, which\n           `noc-explorer --data DIR` reads instead of the RON while they match"
                );
                return ExitCode::SUCCESS;
            }
            other => return usage(&format!("unknown argument {other:?}")),
        }
    }
    if prepare {
        // For those who ship a directory: its RON is not regenerated, only checked.
        return match noc_explorer::data::prepared::load::prepare_beside(
            &data,
            noc_explorer::search::SearchIndex::prepared_bytes,
        ) {
            Ok(path) => {
                println!("noc-import: wrote {}", path.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("noc-import: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let files = match noc_explorer::import::generate_all(&data.join("raw")) {
        Ok(files) => files,
        Err(e) => {
            eprintln!("noc-import: {e}");
            return ExitCode::FAILURE;
        }
    };
    if check {
        let differing = noc_explorer::import::check_all(&data, &files);
        if differing.is_empty() {
            println!("noc-import: {} files match the sources", files.len());
            return ExitCode::SUCCESS;
        }
        for rel in &differing {
            eprintln!(
                "noc-import: {} differs from what the sources generate",
                data.join(rel).display()
            );
        }
        eprintln!("noc-import: run `cargo run --bin noc-import` and commit the result");
        return ExitCode::FAILURE;
    }
    match noc_explorer::import::write_all(&data, &files) {
        Ok(()) => {
            println!(
                "noc-import: wrote {} files under {}",
                files.len(),
                data.display()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("noc-import: {e}");
            ExitCode::FAILURE
        }
    }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("noc-import: {message}\nusage: noc-import [--check | --prepare] [--data DIR]");
    ExitCode::from(2)
}
