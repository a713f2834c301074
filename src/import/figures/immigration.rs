//! Positive LMIA employer lists (ESDC, three quarters) and the Express Entry category lists.

use super::{bad, generated};
use crate::import::Generated;
use crate::import::csvread::{ImportError, Table, clean, field};
use crate::model::figures::Source;
use crate::model::figures::{
    self, EeCategoriesFile, EeCodeEntry, EeMembership, LmiaFile, LmiaRecord, NamedCount,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The quarter files, oldest first, with the quarter each covers.
pub const LMIA_CSVS: [(&str, &str); 3] = [
    ("2024Q3", "immigration/lmia_positive_tfwp_2024q3_pos_en.csv"),
    ("2024Q4", "immigration/lmia_positive_tfwp_2024q4_pos_en.csv"),
    ("2025Q1", "immigration/lmia_positive_tfwp_2025q1_pos_en.csv"),
];
pub const EE_CSV: &str = "immigration/express_entry_categories.csv";
/// IRCC's 2026 lists as captured from its page; from this year on, the compiled CSV's rows
/// are not read.
pub const EE_2026_CSV: &str =
    "immigration/official/categories/ee_cbs_2026_occupations_THIRD_PARTY_EXTRACT.csv";
const EE_CAPTURED_FROM: u16 = 2026;

/// How many employers `top_employers` keeps.
pub const TOP_EMPLOYERS: usize = 5;

pub(super) fn import(raw: &Path) -> Result<Vec<Generated>, ImportError> {
    Ok(vec![
        import_lmia(raw)?,
        import_ee(raw)?,
        super::law::import(raw)?,
    ])
}

#[derive(Default)]
struct Acc {
    rows: u32,
    lmias: u32,
    positions: u32,
    provinces: BTreeMap<String, u32>,
    streams: BTreeMap<String, u32>,
    employers: BTreeMap<String, u32>,
    quarters: BTreeSet<&'static str>,
}

fn counts(map: BTreeMap<String, u32>) -> Vec<NamedCount> {
    map.into_iter()
        .map(|(name, positions)| NamedCount { name, positions })
        .collect()
}

fn import_lmia(raw: &Path) -> Result<Generated, ImportError> {
    let mut by_code: BTreeMap<String, Acc> = BTreeMap::new();
    for (quarter, rel) in LMIA_CSVS {
        let path = raw.join(rel);
        let t = Table::read_utf8(&path)?;
        let cols = [
            t.column("Province/Territory")?,
            t.column("Program Stream")?,
            t.column("Employer")?,
            t.column("Occupation")?,
            t.column("Approved LMIAs")?,
            t.column("Approved Positions")?,
        ];
        for (i, row) in t.rows.iter().enumerate() {
            let [province, stream, employer, occupation, lmias, positions] =
                cols.map(|c| field(row, c).trim());
            let code = occupation
                .split_once('-')
                .map(|(c, _)| c.trim())
                .filter(|c| c.len() == 5 && c.bytes().all(|b| b.is_ascii_digit()))
                .ok_or_else(|| {
                    bad(
                        &path,
                        i,
                        format!("Occupation {occupation:?} is not CODE-title"),
                    )
                })?;
            let number = |text: &str, what: &str| {
                text.parse::<u32>()
                    .map_err(|e| bad(&path, i, format!("{what} {text:?}: {e}")))
            };
            let (lmias, positions) = (
                number(lmias, "Approved LMIAs")?,
                number(positions, "Approved Positions")?,
            );
            let acc = by_code.entry(code.to_string()).or_default();
            acc.rows += 1;
            acc.lmias += lmias;
            acc.positions += positions;
            *acc.provinces.entry(clean(province)).or_default() += positions;
            *acc.streams.entry(clean(stream)).or_default() += positions;
            *acc.employers.entry(clean(employer)).or_default() += positions;
            acc.quarters.insert(quarter);
        }
    }
    let lmia = by_code
        .into_iter()
        .map(|(code, acc)| {
            let employers = acc.employers.len() as u32;
            let mut top: Vec<NamedCount> = counts(acc.employers);
            // Most positions first; BTreeMap order already sorts ties by name.
            top.sort_by_key(|c| std::cmp::Reverse(c.positions));
            top.truncate(TOP_EMPLOYERS);
            LmiaRecord {
                code,
                rows: acc.rows,
                approved_lmias: acc.lmias,
                positions: acc.positions,
                employers,
                by_province: counts(acc.provinces),
                by_stream: counts(acc.streams),
                top_employers: top,
                quarters: acc.quarters.into_iter().map(String::from).collect(),
            }
        })
        .collect();
    let quarters = LMIA_CSVS.iter().map(|(q, _)| q.to_string()).collect();
    generated(figures::LMIA, &LmiaFile { quarters, lmia })
}

fn import_ee(raw: &Path) -> Result<Generated, ImportError> {
    let path = raw.join(EE_CSV);
    let t = Table::read_utf8(&path)?;
    let cols = [
        t.column("year")?,
        t.column("category")?,
        t.column("noc_code")?,
        t.column("confidence")?,
        t.column("sources")?,
    ];
    let mut lists = BTreeSet::new();
    let mut by_code: BTreeMap<String, Vec<EeMembership>> = BTreeMap::new();
    for (i, row) in t.rows.iter().enumerate() {
        let [year, category, code, confidence, sources] = cols.map(|c| field(row, c).trim());
        let year: u16 = year
            .parse()
            .map_err(|e| bad(&path, i, format!("year {year:?}: {e}")))?;
        if year >= EE_CAPTURED_FROM {
            continue;
        }
        if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad(
                &path,
                i,
                format!("noc_code {code:?} is not a five-digit code"),
            ));
        }
        if confidence != "high" && confidence != "lower" {
            return Err(bad(
                &path,
                i,
                format!("confidence {confidence:?} is not high or lower"),
            ));
        }
        let category = clean(category);
        lists.insert((year, category.clone()));
        by_code
            .entry(code.to_string())
            .or_default()
            .push(EeMembership {
                year,
                category,
                confidence: confidence.to_string(),
                sources: (sources.split_whitespace())
                    .map(|url| Source::page(url, &format!("{year} lists (page undated)")))
                    .collect(),
            });
    }
    for (code, m) in captured(raw)? {
        lists.insert((m.year, m.category.clone()));
        by_code.entry(code).or_default().push(m);
    }
    let entries = by_code
        .into_iter()
        .map(|(code, mut memberships)| {
            memberships.sort_by(|a, b| (a.year, &a.category).cmp(&(b.year, &b.category)));
            EeCodeEntry { code, memberships }
        })
        .collect();
    let lists = lists.into_iter().collect();
    generated(figures::EE_CATEGORIES, &EeCategoriesFile { lists, entries })
}

/// The lists captured from IRCC's category-based selection page, one membership per row,
/// each citing the page with the date it was captured.
fn captured(raw: &Path) -> Result<Vec<(String, EeMembership)>, ImportError> {
    let path = raw.join(EE_2026_CSV);
    let t = Table::read_utf8(&path)?;
    let cols = [
        t.column("year")?,
        t.column("category_name")?,
        t.column("noc_code")?,
        t.column("page_url")?,
        t.column("page_fetched_by_carrier")?,
    ];
    let mut out = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let [year, category, code, url, captured] = cols.map(|c| field(row, c).trim());
        let year: u16 = year
            .parse()
            .map_err(|e| bad(&path, i, format!("year {year:?}: {e}")))?;
        if year < EE_CAPTURED_FROM || code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad(
                &path,
                i,
                format!("row {year} {code:?} is not a 2026 unit group"),
            ));
        }
        let source = Source {
            publisher: "IRCC".into(),
            title: format!(
                "Express Entry: category-based selection, IRCC's page as captured on {captured}"
            )
            .into(),
            url: Some(url.into()),
            as_of: captured.into(),
            official: true,
        };
        let m = EeMembership {
            year,
            category: clean(category),
            confidence: "high".into(),
            sources: vec![source],
        };
        out.push((code.to_string(), m));
    }
    Ok(out)
}
