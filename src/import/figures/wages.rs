//! Job Bank wages (2016, 2020, 2024; merged by WageCAN) and the Census 2021 median income.

use super::{bad, generated, parse_decimal};
use crate::import::Generated;
use crate::import::csvread::{ImportError, Table, field};
use crate::model::figures::{
    self, CensusFile, CensusIncome, ProvinceWage, WageRange, WageRecord, WageTrend, WagesFile,
};
use std::collections::BTreeMap;
use std::path::Path;

pub const WAGES_CSV: &str = "wages/wagecan_jobbank_wages_2016_2020_2024_mapped_noc2021.csv";
pub const CENSUS_CSV: &str = "wages/krunal16c_occupations_census2021_median_income_af5f155.csv";

/// Codes whose Census figure is suppressed; per PROVENANCE the file carries the 00018 aggregate.
const CENSUS_AGGREGATE: [&str; 5] = ["00011", "00012", "00013", "00014", "00015"];
const CENSUS_AGGREGATE_NOTE: &str =
    "The Census suppresses this group; the figure is the senior-managers aggregate (00018).";

pub(super) fn import(raw: &Path) -> Result<Vec<Generated>, ImportError> {
    Ok(vec![import_wages(raw)?, import_census(raw)?])
}

struct Columns {
    er: usize,
    noc2016: usize,
    noc2021: usize,
    province: usize,
    region: usize,
    wages: [[usize; 3]; 3],
}

fn range(row: &csv::StringRecord, cols: [usize; 3]) -> Result<WageRange, String> {
    Ok(WageRange {
        low: parse_decimal(field(row, cols[0]))?,
        median: parse_decimal(field(row, cols[1]))?,
        high: parse_decimal(field(row, cols[2]))?,
    })
}

/// Insert a value keyed by `key`, failing when a repeat disagrees with the first.
fn insert_same<K: Ord, V: PartialEq>(
    map: &mut BTreeMap<K, V>,
    key: K,
    value: V,
) -> Result<(), String> {
    match map.get(&key) {
        Some(old) if *old != value => Err("a repeated row disagrees with the first".into()),
        Some(_) => Ok(()),
        None => {
            map.insert(key, value);
            Ok(())
        }
    }
}

#[derive(Default)]
struct Acc {
    national: BTreeMap<(), WageRange>,
    provinces: BTreeMap<String, ProvinceWage>,
    trend: BTreeMap<String, (WageRange, WageRange)>,
}

fn import_wages(raw: &Path) -> Result<Generated, ImportError> {
    let path = raw.join(WAGES_CSV);
    let t = Table::read_utf8(&path)?;
    let mut wages = [[0; 3]; 3];
    for (y, year) in ["2016", "2020", "2024"].iter().enumerate() {
        for (k, kind) in ["Low", "Median", "High"].iter().enumerate() {
            wages[y][k] = t.column(&format!("{kind}_Wage_{year}"))?;
        }
    }
    let c = Columns {
        er: t.column("ER_Code")?,
        noc2016: t.column("NOC_2016")?,
        noc2021: t.column("NOC_2021")?,
        province: t.column("Province")?,
        region: t.column("Region")?,
        wages,
    };
    let mut by_code: BTreeMap<String, Acc> = BTreeMap::new();
    for (i, row) in t.rows.iter().enumerate() {
        let code = field(row, c.noc2021).trim().to_string();
        if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad(
                &path,
                i,
                format!("NOC_2021 {code:?} is not a five-digit code"),
            ));
        }
        let er = field(row, c.er).trim();
        let province = field(row, c.province).trim();
        let y2024 = range(row, c.wages[2]).map_err(|e| bad(&path, i, e))?;
        let acc = by_code.entry(code).or_default();
        let result = if er == "ER00" {
            let y2016 = range(row, c.wages[0]).map_err(|e| bad(&path, i, e))?;
            let y2020 = range(row, c.wages[1]).map_err(|e| bad(&path, i, e))?;
            let noc2016 = field(row, c.noc2016).trim().to_string();
            insert_same(&mut acc.national, (), y2024)
                .and_then(|()| insert_same(&mut acc.trend, noc2016, (y2016, y2020)))
        } else if province != "National" && field(row, c.region).trim() == province {
            let wage = ProvinceWage {
                province: province.to_string(),
                er_code: er.to_string(),
                wage: y2024,
            };
            insert_same(&mut acc.provinces, province.to_string(), wage)
        } else {
            Ok(())
        };
        result.map_err(|e| bad(&path, i, e))?;
    }
    let wages = by_code
        .into_iter()
        .map(|(code, acc)| WageRecord {
            code,
            national: acc.national.into_values().next(),
            provinces: acc.provinces.into_values().collect(),
            trend: acc
                .trend
                .into_iter()
                .map(|(noc2016, (y2016, y2020))| WageTrend {
                    noc2016,
                    y2016,
                    y2020,
                })
                .collect(),
        })
        .collect();
    generated(figures::WAGES, &WagesFile { wages })
}

fn import_census(raw: &Path) -> Result<Generated, ImportError> {
    let path = raw.join(CENSUS_CSV);
    let t = Table::read_utf8(&path)?;
    let (code_col, pay_col) = (t.column("noc_code")?, t.column("median_pay_annual")?);
    let mut incomes = BTreeMap::new();
    for (i, row) in t.rows.iter().enumerate() {
        let code = field(row, code_col).trim().to_string();
        let pay = field(row, pay_col).trim();
        let median_annual: u32 = pay
            .parse()
            .map_err(|e| bad(&path, i, format!("median_pay_annual {pay:?}: {e}")))?;
        let note = CENSUS_AGGREGATE
            .contains(&code.as_str())
            .then(|| CENSUS_AGGREGATE_NOTE.to_string());
        let income = CensusIncome {
            code: code.clone(),
            median_annual,
            note,
        };
        if incomes.insert(code.clone(), income).is_some() {
            return Err(bad(&path, i, format!("code {code} appears twice")));
        }
    }
    let incomes = incomes.into_values().collect();
    generated(figures::CENSUS, &CensusFile { incomes })
}
