//! The COPS yearly series of a unit group.

use super::{Status, YEARLY};
use crate::facts::SourceRef;
use crate::model::Dataset;
use crate::model::depth::OutlookYear;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearlySection {
    pub status: Status,
    pub source: SourceRef,
    /// 2023 to 2033; a `null` where COPS publishes N/A (flows are not published for 2023).
    pub yearly: Vec<OutlookYear>,
    /// Why a series is missing, in users' words.
    pub missing: Vec<String>,
}

pub(super) fn section(ds: &Dataset, code: &str) -> YearlySection {
    let file = ds.deep.yearly();
    let mut s = YearlySection {
        status: Status::Loaded,
        source: YEARLY,
        yearly: Vec::new(),
        missing: Vec::new(),
    };
    if let Some(status) = Status::of(&file) {
        s.status = status;
        return s;
    }
    let unit = file
        .ok()
        .and_then(|f| f.units.iter().find(|u| u.code == code));
    let Some(unit) = unit else {
        s.status = Status::NoData(
            "no yearly series for this unit group in the COPS 2024-2033 tables this app uses"
                .to_string(),
        );
        return s;
    };
    s.yearly = unit.years.clone();
    type Get = fn(&OutlookYear) -> Option<i64>;
    let series: [(&str, Get); 4] = [
        ("employment", |y| y.employment),
        ("job openings", |y| y.job_openings),
        ("job seekers", |y| y.job_seekers),
        ("immigrants among job seekers", |y| y.immigrants),
    ];
    for (name, get) in series {
        if s.yearly.iter().all(|y| get(y).is_none()) {
            s.missing.push(format!(
                "no yearly {name} for this unit group in the COPS 2024-2033 tables this app uses (N/A in every year)"
            ));
        }
    }
    s
}
