//! COPS 2024-2033 year by year (ESDC): employment, job openings, job seekers and immigrants.

use crate::import::Generated;
use crate::import::csvread::{ImportError, Table, field};
use crate::import::figures::{bad, generated, parse_count};
use crate::model::depth::{OutlookYear, YEARLY, YearlyFile, YearlyOutlook};
use std::collections::BTreeMap;
use std::path::Path;

const DIR: &str = "outlook/cops_2024_2033_annual";
/// The measures taken, in the order of [`OutlookYear`]'s fields.
const MEASURES: [&str; 4] = [
    "employment_emploi_2024_2033_noc2021.csv",
    "jo_pe_2024_2033_noc2021.csv",
    "job_seekers_chercheurs_emploi_2024_2033_noc2021.csv",
    "immigration_2024_2033_noc2021.csv",
];
const FIRST_YEAR: u16 = 2023;
const LAST_YEAR: u16 = 2033;

type Series = BTreeMap<String, Vec<Option<i64>>>;

fn read_measure(raw: &Path, name: &str) -> Result<Series, ImportError> {
    let path = raw.join(DIR).join(name);
    let t = Table::read_utf8(&path)?;
    let code_col = t.column("Code")?;
    let year_cols = (FIRST_YEAR..=LAST_YEAR)
        .map(|y| t.column(&y.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    let mut out = Series::new();
    for (i, row) in t.rows.iter().enumerate() {
        let code = field(row, code_col).trim();
        if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) || code == "00000" {
            continue;
        }
        let values = year_cols
            .iter()
            .map(|&c| parse_count(field(row, c)).map_err(|e| bad(&path, i, e)))
            .collect::<Result<Vec<_>, _>>()?;
        if out.insert(code.to_string(), values).is_some() {
            return Err(bad(&path, i, format!("code {code} appears twice")));
        }
    }
    Ok(out)
}

pub(super) fn import(raw: &Path) -> Result<Generated, ImportError> {
    let series = MEASURES
        .iter()
        .map(|m| read_measure(raw, m))
        .collect::<Result<Vec<_>, _>>()?;
    let codes: std::collections::BTreeSet<&String> = series.iter().flat_map(|s| s.keys()).collect();
    let at = |s: &Series, code: &str, i: usize| s.get(code).and_then(|v| v[i]);
    let units = codes
        .into_iter()
        .map(|code| YearlyOutlook {
            code: code.clone(),
            years: (FIRST_YEAR..=LAST_YEAR)
                .enumerate()
                .map(|(i, year)| OutlookYear {
                    year,
                    employment: at(&series[0], code, i),
                    job_openings: at(&series[1], code, i),
                    job_seekers: at(&series[2], code, i),
                    immigrants: at(&series[3], code, i),
                })
                .collect(),
        })
        .collect();
    generated(YEARLY, &YearlyFile { units })
}
