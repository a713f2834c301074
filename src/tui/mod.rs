//! The interactive explorer.

use crate::cli::{Lang, ThemeName};
use crate::model::Dataset;

/// Run the explorer until the user quits.
pub fn run(_ds: Dataset, _lang: Lang, _theme: ThemeName) -> std::io::Result<()> {
    Err(std::io::Error::other(
        "the interactive explorer is not built yet",
    ))
}
