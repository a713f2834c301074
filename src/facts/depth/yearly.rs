//! The COPS yearly series of a unit group.

use super::{DepthGap, Status, YEARLY};
use crate::facts::SourceRef;
use crate::model::depth::{OutlookYear, UnitDeep};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearlySection {
    pub status: Status,
    pub source: SourceRef,
    /// 2023 to 2033; a `null` where COPS publishes N/A (flows are not published for 2023).
    pub yearly: Vec<OutlookYear>,
    /// The series COPS leaves N/A in every year: a value for the interface to word in its
    /// language; serialised as the English sentence (`describe`).
    pub missing: Vec<YearlySeries>,
}

/// One of the four yearly series.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearlySeries {
    Employment,
    JobOpenings,
    JobSeekers,
    Immigrants,
}

impl YearlySeries {
    /// Why the series is missing, in English (JSON and the command line).
    pub fn describe(self) -> String {
        let name = match self {
            YearlySeries::Employment => "employment",
            YearlySeries::JobOpenings => "job openings",
            YearlySeries::JobSeekers => "job seekers",
            YearlySeries::Immigrants => "immigrants among job seekers",
        };
        format!(
            "no yearly {name} for this unit group in the COPS 2024-2033 tables this app uses (N/A in every year)"
        )
    }
}

impl Serialize for YearlySeries {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.describe())
    }
}

pub(super) fn section(deep: &UnitDeep) -> YearlySection {
    let mut s = YearlySection {
        status: Status::Loaded,
        source: YEARLY,
        yearly: Vec::new(),
        missing: Vec::new(),
    };
    if let Some(status) = Status::of(&deep.yearly) {
        s.status = status;
        return s;
    }
    let Some(Some(unit)) = deep.yearly.ok() else {
        s.status = Status::NoData(DepthGap::NoYearlySeries);
        return s;
    };
    s.yearly = unit.years.clone();
    type Get = fn(&OutlookYear) -> Option<i64>;
    let series: [(YearlySeries, Get); 4] = [
        (YearlySeries::Employment, |y| y.employment),
        (YearlySeries::JobOpenings, |y| y.job_openings),
        (YearlySeries::JobSeekers, |y| y.job_seekers),
        (YearlySeries::Immigrants, |y| y.immigrants),
    ];
    s.missing = series
        .into_iter()
        .filter(|(_, get)| s.yearly.iter().all(|y| get(y).is_none()))
        .map(|(which, _)| which)
        .collect();
    s
}
