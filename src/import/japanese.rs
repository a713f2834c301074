//! Japan's job tag occupations (`raw/japanese/jobtag_ipd_v7_titles.tsv`) -> `ja/jobtag.ron`:
//! each occupation's id, title and aliases, in file order. The links to NOC unit groups and
//! the Japanese titles are written by hand (`ja/jobtag_links.ron`, `ja/titles.ron`).

use super::Generated;
use super::csvread::{ImportError, clean};
use crate::data::files::to_ron;
use crate::model::japanese::{JOBTAG, JobtagFile, JobtagOccupation};
use std::path::Path;

pub const TSV: &str = "japanese/jobtag_ipd_v7_titles.tsv";
const SOURCE: &str = "職業情報データベース（job tag）IPD v7.00, Ministry of Health, Labour and Welfare (Japan) / JILPT, published 2026-03-17";
const COLUMNS: [&str; 3] = ["ipd_id", "title_ja", "aliases_ja"];

/// Parse the tab-separated text (header first; aliases joined with `|`).
pub fn parse_jobtag(path: &Path, text: &str) -> Result<JobtagFile, ImportError> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let mut at = [0; 3];
    for (slot, name) in at.iter_mut().zip(COLUMNS) {
        *slot = header
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}') == name)
            .ok_or_else(|| ImportError::MissingColumn {
                path: path.to_path_buf(),
                column: name.to_string(),
            })?;
    }
    let mut occupations = Vec::new();
    for (i, line) in lines.enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let field = |k: usize| fields.get(at[k]).map(|f| clean(f)).unwrap_or_default();
        let (ipd_id, title) = (field(0), field(1));
        if ipd_id.is_empty() || title.is_empty() {
            return Err(ImportError::Data(format!(
                "{}: line {}: expected an ipd_id and a title_ja",
                path.display(),
                i + 2
            )));
        }
        let aliases = field(2)
            .split('|')
            .map(clean)
            .filter(|a| !a.is_empty())
            .collect();
        occupations.push(JobtagOccupation {
            ipd_id,
            title,
            aliases,
        });
    }
    Ok(JobtagFile {
        source: SOURCE.to_string(),
        occupations,
    })
}

/// `ja/jobtag.ron` from the sources below `raw`.
pub fn import_japanese(raw: &Path) -> Result<Vec<Generated>, ImportError> {
    let path = raw.join(TSV);
    let text = std::fs::read_to_string(&path).map_err(|e| ImportError::io(&path, e))?;
    let file = parse_jobtag(&path, &text)?;
    let text = to_ron(&file).map_err(|e| ImportError::Data(format!("{JOBTAG}: {e}")))?;
    Ok(vec![Generated {
        rel: JOBTAG.to_string(),
        text,
    }])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_become_occupations_with_their_aliases() {
        let text = "ipd_id\ttitle_ja\taliases_ja\tjsoc_main\nIPD_1\t看護師\t\tB133\nIPD_2\tとび\t鳶職| 足場工 \tX\n";
        let file = parse_jobtag(Path::new("t.tsv"), text).expect("parses");
        assert_eq!(file.occupations.len(), 2);
        assert_eq!(file.occupations[0].title, "看護師");
        assert!(file.occupations[0].aliases.is_empty());
        assert_eq!(file.occupations[1].aliases, ["鳶職", "足場工"]);
    }

    #[test]
    fn a_missing_column_or_title_is_reported() {
        let err = parse_jobtag(Path::new("t.tsv"), "ipd_id\taliases_ja\n").unwrap_err();
        assert_eq!(err.to_string(), "t.tsv: no column named \"title_ja\"");
        let err = parse_jobtag(
            Path::new("t.tsv"),
            "ipd_id\ttitle_ja\taliases_ja\nIPD_1\t\t\n",
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "t.tsv: line 2: expected an ipd_id and a title_ja"
        );
    }
}
