//! What the filters and sorts read of one occupation's figures: a handful of values kept for
//! every occupation, where its full figures (`Facts`, with every program's reasons and
//! sources, ~20 KB each) are computed only for the occupations shown.

use crate::facts::Facts;

/// Whether an occupation is on an Express Entry category list, as far as our data tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Membership {
    /// On a list (of the years the filter looks at).
    pub listed: bool,
    /// Not found on any, but some of those years' lists are not all in our data.
    pub unknown: bool,
}

impl Membership {
    fn of(facts: &Facts, year: impl Fn(&str) -> bool) -> Membership {
        let rows = || facts.immigration.programs.iter().filter(|p| year(&p.id));
        let listed = rows().any(|p| p.eligible == Some(true));
        Membership {
            listed,
            unknown: !listed && rows().any(|p| p.eligible.is_none()),
        }
    }
}

/// The figures of one occupation that the filters test and the sorts order by.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListFigures {
    /// 2024 national hourly median wage (CAD).
    pub national_median: Option<f64>,
    /// (province or territory, 2024 hourly median wage).
    pub province_medians: Vec<(String, f64)>,
    /// COPS future labour market conditions, verbatim.
    pub future_conditions: Option<String>,
    /// COPS projected job openings 2024-2033.
    pub job_openings: Option<i64>,
    pub ai_label: Option<&'static str>,
    /// Overall score.
    pub score: Option<f64>,
    /// On a category list of any year.
    pub ee_any_year: Membership,
    /// On a category list of the year in force (2026).
    pub ee_in_force: Membership,
}

impl ListFigures {
    pub fn of(facts: &Facts) -> ListFigures {
        ListFigures {
            national_median: facts.wages.national.as_ref().map(|w| w.median),
            province_medians: (facts.wages.provinces.iter())
                .map(|w| (w.province.clone(), w.median))
                .collect(),
            future_conditions: facts.outlook.future_conditions.clone(),
            job_openings: facts.outlook.job_openings,
            ai_label: facts.ai.label,
            score: facts.score.value,
            ee_any_year: Membership::of(facts, |id| id.starts_with("ee_categories_")),
            ee_in_force: {
                let in_force = (facts.immigration.programs.iter())
                    .find(|p| p.list_year.is_some() && !p.past)
                    .map(|p| p.id.as_str());
                Membership::of(facts, |id| Some(id) == in_force)
            },
        }
    }
}
