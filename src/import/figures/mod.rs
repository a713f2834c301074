//! Figures per unit group from the sources under `data/raw/{wages,outlook,ai,immigration}`:
//! each importer writes one or two RON files under `data/figures/`, records sorted by code.

mod ai;
mod immigration;
mod law;
mod outlook;
mod wages;

use super::Generated;
use super::csvread::ImportError;
use crate::data::files::to_ron;
use serde::Serialize;
use std::path::Path;

pub use ai::combine_method;

/// Every figure file generated from the sources below `raw`.
pub fn import_figures(raw: &Path) -> Result<Vec<Generated>, ImportError> {
    let mut out = Vec::new();
    out.extend(wages::import(raw)?);
    out.push(outlook::import(raw)?);
    out.push(ai::import(raw)?);
    out.extend(immigration::import(raw)?);
    Ok(out)
}

pub(crate) fn generated<T: Serialize>(rel: &str, value: &T) -> Result<Generated, ImportError> {
    let text = to_ron(value).map_err(|e| ImportError::Data(format!("{rel}: {e}")))?;
    Ok(Generated {
        rel: rel.to_string(),
        text,
    })
}

/// A data error naming the file and its 1-based line (the header is line 1).
pub(crate) fn bad(path: &Path, row: usize, message: impl std::fmt::Display) -> ImportError {
    ImportError::Data(format!("{}: line {}: {message}", path.display(), row + 2))
}

/// A count as COPS publishes it: "7300", "-1000", "8,238,800"; "N/A" is `None`.
pub(crate) fn parse_count(text: &str) -> Result<Option<i64>, String> {
    let t = text.trim();
    if t == "N/A" || t.is_empty() {
        return Ok(None);
    }
    t.replace(',', "")
        .parse::<i64>()
        .map(Some)
        .map_err(|e| format!("{t:?} is not a count: {e}"))
}

/// A decimal figure such as a wage or a score.
pub(crate) fn parse_decimal(text: &str) -> Result<f64, String> {
    let t = text.trim();
    t.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .ok_or_else(|| format!("{t:?} is not a number"))
}

/// A NOC 2021 code padded to five digits (the crosswalk drops leading zeros).
pub(crate) fn pad_code(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty() && t.len() <= 5 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| format!("{t:0>5}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_with_separators_and_na() {
        assert_eq!(parse_count("8,238,800"), Ok(Some(8_238_800)));
        assert_eq!(parse_count("-1000"), Ok(Some(-1000)));
        assert_eq!(parse_count("N/A"), Ok(None));
        assert!(parse_count("abc").is_err());
    }

    #[test]
    fn codes_are_padded() {
        assert_eq!(pad_code("10").as_deref(), Some("00010"));
        assert_eq!(pad_code("32129").as_deref(), Some("32129"));
        assert_eq!(pad_code("123456"), None);
        assert_eq!(pad_code("1a"), None);
    }
}
