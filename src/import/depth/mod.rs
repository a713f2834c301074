//! The deep files: OaSIS profiles and ratings, AI task labels, Microsoft work activities and
//! the yearly COPS series. Large outputs are split per NOC major group (`oasis/32.ron`).

mod activities;
mod oasis;
mod similarity;
mod tasks;
mod yearly;

use super::Generated;
use super::csvread::ImportError;
use std::path::Path;

/// Every deep file generated from the sources below `raw`.
pub fn import_depth(raw: &Path) -> Result<Vec<Generated>, ImportError> {
    let mut out = oasis::import(raw)?;
    out.extend(tasks::import(raw)?);
    out.push(activities::import(raw)?);
    out.push(yearly::import(raw)?);
    Ok(out)
}

/// The major group (first two digits) of a five-digit code.
fn major_of(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}
