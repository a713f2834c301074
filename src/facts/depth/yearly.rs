//! The COPS yearly series of a unit group.

use super::{DepthGap, Status, YEARLY};
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
    /// The series COPS leaves N/A in every year, for the interface to word in its language.
    #[serde(skip)]
    pub missing_series: Vec<YearlySeries>,
}

/// One of the four yearly series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearlySeries {
    Employment,
    JobOpenings,
    JobSeekers,
    Immigrants,
}

pub(super) fn section(ds: &Dataset, code: &str) -> YearlySection {
    let file = ds.deep.yearly();
    let mut s = YearlySection {
        status: Status::Loaded,
        source: YEARLY,
        yearly: Vec::new(),
        missing: Vec::new(),
        missing_series: Vec::new(),
    };
    if let Some(status) = Status::of(&file) {
        s.status = status;
        return s;
    }
    let unit = file
        .ok()
        .and_then(|f| f.units.iter().find(|u| u.code == code));
    let Some(unit) = unit else {
        s.status = Status::NoData(DepthGap::NoYearlySeries);
        return s;
    };
    s.yearly = unit.years.clone();
    type Get = fn(&OutlookYear) -> Option<i64>;
    let series: [(YearlySeries, &str, Get); 4] = [
        (YearlySeries::Employment, "employment", |y| y.employment),
        (YearlySeries::JobOpenings, "job openings", |y| {
            y.job_openings
        }),
        (YearlySeries::JobSeekers, "job seekers", |y| y.job_seekers),
        (
            YearlySeries::Immigrants,
            "immigrants among job seekers",
            |y| y.immigrants,
        ),
    ];
    for (which, name, get) in series {
        if s.yearly.iter().all(|y| get(y).is_none()) {
            s.missing_series.push(which);
            s.missing.push(format!(
                "no yearly {name} for this unit group in the COPS 2024-2033 tables this app uses (N/A in every year)"
            ));
        }
    }
    s
}
