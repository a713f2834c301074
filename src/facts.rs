//! The figures of one unit group, gathered for the CLI (`show --format json`) and the TUI.
//!
//! Every group carries its `source`; where the data has nothing, the value is `None` and
//! `missing` says why.

mod coverage;
pub mod depth;
mod gaps;
mod overall;
pub mod path_in;
pub mod paths;
pub mod provincial;
pub mod rounds;
mod sources;
#[cfg(test)]
mod tests_lists;

pub use coverage::{Coverage, coverage};
pub use gaps::{CensusFallback, LmiaCount, OutlookGap, WageGap};
pub use sources::{LMIA as LMIA_SOURCE, SourceInfo, SourceRef, sources};

use crate::model::figures::{NamedCount, WageRange};
use crate::model::{Dataset, UnitGroup};
use crate::rules::immigration::{self, ProgramResult};
use crate::rules::licensing::{self, Licensing};
use crate::rules::score::{self, Score};
use serde::Serialize;

/// Hours a year used for annual equivalents of hourly wages (our assumption, not published).
pub const HOURS_PER_YEAR: u32 = 2080;
pub const HOURS_ASSUMPTION: &str = "Annual = hourly x 2,080 hours (40 hours x 52 weeks), rounded to the dollar; an assumption of this app, not a published figure.";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Facts {
    pub code: String,
    pub wages: WageFacts,
    pub outlook: OutlookFacts,
    pub ai: AiFacts,
    pub immigration: ImmigrationFacts,
    pub licensing: Licensing,
    pub score: Score,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProvinceWageFact {
    pub province: String,
    pub low: f64,
    pub median: f64,
    pub high: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendFact {
    /// The NOC 2016 code the 2016 and 2020 figures were published under.
    pub noc2016: String,
    pub y2016: WageRange,
    pub y2020: WageRange,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WageFacts {
    pub year: u16,
    /// 2024 national hourly wages (CAD).
    pub national: Option<WageRange>,
    /// `national` x `hours_per_year`.
    pub national_annual: Option<WageRange>,
    pub hours_per_year: u32,
    pub hours_assumption: &'static str,
    pub provinces: Vec<ProvinceWageFact>,
    pub trend: Vec<TrendFact>,
    pub census_median_annual: Option<u32>,
    pub census_note: Option<String>,
    /// The group whose Census figure stands in for this one (00018 for 00011-00015).
    #[serde(skip)]
    pub census_aggregate_of: Option<String>,
    pub source: SourceRef,
    pub census_source: SourceRef,
    /// `gap.describe()`.
    pub missing: Option<String>,
    /// Why there is no national wage, as a value.
    pub gap: Option<WageGap>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutlookFacts {
    pub period: &'static str,
    pub employment_2023: Option<i64>,
    pub employment_growth: Option<i64>,
    pub retirements: Option<i64>,
    pub other_replacement: Option<i64>,
    pub job_openings: Option<i64>,
    pub school_leavers: Option<i64>,
    pub immigration: Option<i64>,
    pub other_seekers: Option<i64>,
    pub job_seekers: Option<i64>,
    pub recent_conditions: Option<String>,
    pub recent_conditions_fr: Option<String>,
    /// Verbatim COPS label, e.g. "Moderate risk of Shortage".
    pub future_conditions: Option<String>,
    pub future_conditions_fr: Option<String>,
    pub source: SourceRef,
    /// `gap.describe()`.
    pub missing: Option<String>,
    /// Why there is no outlook, as a value (worded by `i18n::wording::outlook_gap`).
    #[serde(skip)]
    pub gap: Option<OutlookGap>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OnetFact {
    pub onet: String,
    pub title: String,
    pub gpt4_beta: Option<f64>,
    pub human_beta: Option<f64>,
    pub ai_applicability: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AiFacts {
    pub gpt4_beta: Option<f64>,
    pub human_beta: Option<f64>,
    pub ai_applicability: Option<f64>,
    pub percentile: Option<u8>,
    pub label: Option<&'static str>,
    pub matches: Vec<OnetFact>,
    pub method: String,
    pub source: SourceRef,
    pub missing: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LmiaFacts {
    pub period: String,
    pub positions: u32,
    pub approved_lmias: u32,
    pub employers: u32,
    pub rows: u32,
    pub by_province: Vec<NamedCount>,
    pub by_stream: Vec<NamedCount>,
    pub top_employers: Vec<NamedCount>,
    pub quarters: Vec<String>,
    pub source: SourceRef,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImmigrationFacts {
    pub programs: Vec<ProgramResult>,
    /// What each open IRPR route asks (language, experience, offer).
    pub requirements: Vec<crate::rules::requirements::Requirement>,
    /// `{program, minimum}` for the routes open to this occupation.
    pub language: Vec<crate::rules::requirements::LanguageLevel>,
    pub lmia: Option<LmiaFacts>,
    /// `lmia_count.describe()` when `lmia` is `None`.
    pub lmia_missing: Option<String>,
    /// The published-list count, a lower bound.
    pub lmia_count: LmiaCount,
    pub source: SourceRef,
    /// Express Entry rounds, provincial lists and community pilots (flattened into the JSON as
    /// `rounds`, `rounds_as_of`, `provincial`, `provincial_open`, `community_pilots`, ...).
    #[serde(flatten)]
    pub lists: ListFacts,
}

/// What the immigration lists say of one occupation: the rounds of its categories and
/// programs, the provincial lists and the community pilots.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFacts {
    pub rounds: rounds::RoundsFacts,
    pub provincial: provincial::ProvincialFacts,
}

impl Serialize for ListFacts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let (r, p) = (&self.rounds, &self.provincial);
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("rounds", &r.rows)?;
        map.serialize_entry("rounds_as_of", &r.as_of)?;
        map.serialize_entry("rounds_source", &r.source)?;
        map.serialize_entry("rounds_missing", &r.missing())?;
        map.serialize_entry("provincial", &p.rows)?;
        map.serialize_entry("provincial_open", &p.open)?;
        map.serialize_entry("community_pilots", &p.pilots)?;
        map.serialize_entry("provincial_carrier", &p.carrier)?;
        map.serialize_entry("provincial_missing", &p.missing())?;
        map.end()
    }
}

impl ListFacts {
    pub fn for_unit(ds: &Dataset, unit: &UnitGroup, programs: &[ProgramResult]) -> Self {
        ListFacts {
            rounds: rounds::for_unit(ds, unit, &rounds::open_programs(programs)),
            provincial: provincial::for_unit(ds, unit),
        }
    }
}

fn wages(ds: &Dataset, code: &str) -> WageFacts {
    let f = &ds.figures;
    let record = f.wages.get(code);
    let national = record.and_then(|w| w.national);
    let census = f.census.get(code);
    let fallback = census.map(|c| CensusFallback {
        year: 2021,
        median_annual: c.median_annual,
        aggregate_of: c.note.as_deref().and_then(aggregate_code),
    });
    let gap = match record {
        _ if f.wages.is_empty() => Some(WageGap::NotLoaded),
        None => Some(WageGap::NotInWageFile {
            year: 2024,
            years: [2016, 2020, 2024],
            fallback,
        }),
        Some(_) if national.is_none() => Some(WageGap::ProvincialOnly {
            year: 2024,
            fallback,
        }),
        Some(_) => None,
    };
    let missing = gap.as_ref().map(WageGap::describe);
    let hours = f64::from(HOURS_PER_YEAR);
    WageFacts {
        year: 2024,
        national,
        national_annual: national.map(|n| WageRange {
            low: (n.low * hours).round(),
            median: (n.median * hours).round(),
            high: (n.high * hours).round(),
        }),
        hours_per_year: HOURS_PER_YEAR,
        hours_assumption: HOURS_ASSUMPTION,
        provinces: record
            .into_iter()
            .flat_map(|w| &w.provinces)
            .map(|p| ProvinceWageFact {
                province: p.province.clone(),
                low: p.wage.low,
                median: p.wage.median,
                high: p.wage.high,
            })
            .collect(),
        trend: record
            .into_iter()
            .flat_map(|w| &w.trend)
            .map(|t| TrendFact {
                noc2016: t.noc2016.clone(),
                y2016: t.y2016,
                y2020: t.y2020,
            })
            .collect(),
        census_median_annual: census.map(|c| c.median_annual),
        census_note: census.and_then(|c| c.note.clone()),
        census_aggregate_of: census
            .and_then(|c| c.note.as_deref())
            .and_then(aggregate_code),
        source: sources::JOB_BANK_WAGES,
        census_source: sources::CENSUS,
        missing,
        gap,
    }
}

/// The unit-group code a Census note names as the aggregate standing in ("... (00018).").
fn aggregate_code(note: &str) -> Option<String> {
    note.split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 5)
        .map(str::to_string)
}

fn label(text: &str) -> Option<String> {
    (!matches!(text, "N/A" | "N/D" | "")).then(|| text.to_string())
}

fn outlook(ds: &Dataset, code: &str) -> OutlookFacts {
    let r = ds.figures.outlook.get(code);
    let get = |f: fn(&crate::model::figures::OutlookRecord) -> Option<i64>| r.and_then(f);
    let gap = match r {
        None => Some(OutlookGap::NoProjection),
        Some(r) if r.future_conditions == "N/A" => Some(OutlookGap::NoConditions),
        Some(_) => None,
    };
    OutlookFacts {
        period: "2024-2033",
        employment_2023: get(|r| r.employment_2023),
        employment_growth: get(|r| r.employment_growth),
        retirements: get(|r| r.retirements),
        other_replacement: get(|r| r.other_replacement),
        job_openings: get(|r| r.job_openings),
        school_leavers: get(|r| r.school_leavers),
        immigration: get(|r| r.immigration),
        other_seekers: get(|r| r.other_seekers),
        job_seekers: get(|r| r.job_seekers),
        recent_conditions: r.and_then(|r| label(&r.recent_conditions)),
        recent_conditions_fr: r.and_then(|r| label(&r.recent_conditions_fr)),
        future_conditions: r.and_then(|r| label(&r.future_conditions)),
        future_conditions_fr: r.and_then(|r| label(&r.future_conditions_fr)),
        source: sources::COPS,
        missing: gap.map(|g| g.describe().to_string()),
        gap,
    }
}

fn ai(ds: &Dataset, code: &str) -> AiFacts {
    let r = ds.figures.ai.get(code);
    let missing = match r {
        None => {
            Some("The NOC 2021 -> O*NET crosswalk has no match for this occupation.".to_string())
        }
        Some(r) if r.gpt4_beta.is_none() => {
            Some("Its O*NET matches have no published exposure rating.".to_string())
        }
        Some(_) => None,
    };
    AiFacts {
        gpt4_beta: r.and_then(|r| r.gpt4_beta),
        human_beta: r.and_then(|r| r.human_beta),
        ai_applicability: r.and_then(|r| r.ai_applicability),
        percentile: r.and_then(|r| r.percentile),
        label: r.and_then(|r| r.label).map(|l| l.as_str()),
        matches: r
            .into_iter()
            .flat_map(|r| &r.matches)
            .map(|m| OnetFact {
                onet: m.onet.clone(),
                title: m.title.clone(),
                gpt4_beta: m.gpt4_beta,
                human_beta: m.human_beta,
                ai_applicability: m.ai_applicability,
            })
            .collect(),
        method: ds.figures.ai_method.clone(),
        source: sources::AI,
        missing,
    }
}

fn lmia(ds: &Dataset, code: &str) -> (Option<LmiaFacts>, LmiaCount) {
    let q = &ds.figures.lmia_quarters;
    let period = match (q.first(), q.last()) {
        (Some(a), Some(b)) => format!("{a}-{b}"),
        _ => String::new(),
    };
    if !ds.figures.lmia_loaded() {
        return (None, LmiaCount::NotLoaded);
    }
    match ds.figures.lmia.get(code) {
        Some(r) => (
            Some(LmiaFacts {
                period: period.clone(),
                positions: r.positions,
                approved_lmias: r.approved_lmias,
                employers: r.employers,
                rows: r.rows,
                by_province: r.by_province.clone(),
                by_stream: r.by_stream.clone(),
                top_employers: r.top_employers.clone(),
                quarters: r.quarters.clone(),
                source: sources::LMIA,
            }),
            if r.positions > 0 {
                LmiaCount::AtLeast {
                    positions: r.positions,
                    period,
                }
            } else {
                LmiaCount::NoneOnList { period }
            },
        ),
        None => (None, LmiaCount::NoneOnList { period }),
    }
}

/// Every figure of a unit group.
pub fn for_unit(ds: &Dataset, unit: &UnitGroup) -> Facts {
    let code = unit.code.as_str();
    let (lmia, lmia_count) = lmia(ds, code);
    let lmia_missing = lmia.is_none().then(|| lmia_count.describe());
    let programs = immigration::evaluate(ds, unit);
    let requirements = crate::rules::requirements::requirements(ds, unit, &programs);
    let lists = ListFacts::for_unit(ds, unit, &programs);
    let mut facts = Facts {
        code: unit.code.clone(),
        wages: wages(ds, code),
        outlook: outlook(ds, code),
        ai: ai(ds, code),
        immigration: ImmigrationFacts {
            language: crate::rules::requirements::language(&requirements),
            requirements,
            programs,
            lists,
            lmia,
            lmia_missing,
            lmia_count,
            source: sources::PROGRAMS,
        },
        licensing: licensing::licensing(&unit.employment_requirements),
        score: score::combine(Vec::new()),
    };
    facts.score = overall::overall(ds, &facts);
    facts
}
