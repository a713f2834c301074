//! Writes every text the search matches (titles, French titles, example titles), one a line,
//! to standard output: the input `benches/compare-fzf.sh` gives `fzf --filter`.
//!
//! `cargo run --release --example export_titles [DATA_DIR] > titles.txt` (the embedded dataset
//! without a directory).

use noc_explorer::data;
use noc_explorer::search::SearchIndex;
use std::io::{BufWriter, Write};

fn main() -> std::io::Result<()> {
    let dir = std::env::args_os().nth(1).map(std::path::PathBuf::from);
    let ds = data::load(
        dir.as_deref(),
        noc_explorer::search::SearchIndex::prepared_bytes,
    )
    .map_err(std::io::Error::other)?;
    let index = SearchIndex::new(&ds);
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (_, text) in index.texts() {
        writeln!(out, "{text}")?;
    }
    out.flush()
}
