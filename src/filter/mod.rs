//! Filters and sort orders over the occupation list, as pure functions of the dataset and
//! the few figures of each occupation they read (`ListFigures`; the TUI's filter panel and
//! `o` key drive them; tests call them directly).

mod figures;

pub use figures::{ListFigures, Membership};

use crate::model::Dataset;
use std::cmp::Ordering;

/// Express Entry category membership.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EeFilter {
    #[default]
    Off,
    /// In a category list of any year (2023 to 2026).
    AnyYear,
    /// In a category list of the year in force (2026).
    InForce,
}

impl EeFilter {
    pub const ALL: [EeFilter; 3] = [EeFilter::Off, EeFilter::AnyYear, EeFilter::InForce];
}

/// Hourly median wages the "minimum median wage" filter steps through (CAD, 2024).
pub const WAGE_STEPS: [u32; 6] = [15, 20, 25, 30, 40, 50];

/// Which occupations to keep. The default keeps everything.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filter {
    /// TEER categories to keep; none set keeps all.
    pub teer: [bool; 6],
    /// Broad occupational category (the code's first digit).
    pub broad: Option<u8>,
    pub ee: EeFilter,
    /// Future labour market condition, verbatim (e.g. "Balance").
    pub condition: Option<String>,
    /// Minimum 2024 national hourly median wage.
    pub min_wage: Option<u32>,
    /// AI exposure band ("low", "moderate", "high").
    pub ai_band: Option<String>,
    /// Only occupations with a curated profile.
    pub curated: bool,
    /// A province or territory: the wage figures (minimum wage, wage sort) are its Job Bank
    /// wages instead of the national ones.
    pub province: Option<String>,
    /// Only occupations on a provincial list in force: of `province` when one is chosen, of
    /// any province otherwise (excluded and historical lists do not count).
    pub provincial_list: bool,
}

impl Filter {
    pub fn is_active(&self) -> bool {
        *self != Filter::default()
    }

    /// Whether an occupation (by its position in `ds.units`) passes.
    pub fn keeps(&self, ds: &Dataset, facts: &[ListFigures], unit: usize) -> bool {
        let u = &ds.units[unit];
        let Some(f) = facts.get(unit) else {
            return false;
        };
        if self.teer.iter().any(|&t| t) && !self.teer.get(u.teer as usize).copied().unwrap_or(false)
        {
            return false;
        }
        if let Some(b) = self.broad
            && !u.code.starts_with(char::from(b'0' + b))
        {
            return false;
        }
        if self.membership(f).is_some_and(|m| !m.listed) {
            return false;
        }
        if let Some(c) = &self.condition
            && f.future_conditions.as_deref() != Some(c.as_str())
        {
            return false;
        }
        if let Some(min) = self.min_wage
            && !self.wage(f).is_some_and(|w| w >= f64::from(min))
        {
            return false;
        }
        if let Some(band) = &self.ai_band
            && f.ai_label != Some(band.as_str())
        {
            return false;
        }
        if self.curated && ds.profile(&u.code).is_none() {
            return false;
        }
        if self.provincial_list && !self.on_provincial_list(f) {
            return false;
        }
        true
    }
}

/// A figure a filter tests that an occupation lacks in our data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LackedFigure {
    /// No national 2024 wage in the wage file (the minimum-wage filter).
    Wage,
    /// No COPS future conditions (the labour-market filter).
    Outlook,
    /// No AI exposure rating (the AI band filter).
    AiExposure,
    /// Category membership unknown in our data (the Express Entry filter).
    CategoryMembership,
    /// No 2024 wage for the chosen province in the wage file (the minimum-wage filter).
    ProvinceWage,
    /// The provincial lists did not load (the provincial list filter).
    ProvincialLists,
}

impl LackedFigure {
    /// English words for "N hidden for lacking ..." (the one place they are written).
    pub fn describe(self, count: usize) -> String {
        let what = match self {
            LackedFigure::Wage => "no national 2024 wage in the wage file this app uses",
            LackedFigure::Outlook => "no COPS future conditions in our data",
            LackedFigure::AiExposure => "no AI exposure rating in our data",
            LackedFigure::CategoryMembership => "category membership unknown in our data",
            LackedFigure::ProvinceWage => {
                "no 2024 wage for this province in the wage file this app uses"
            }
            LackedFigure::ProvincialLists => "the provincial lists are not loaded",
        };
        format!("{count} hidden: {what}")
    }
}

/// The result of filtering: what is kept, and how many were hidden only because a figure the
/// filter tests is missing from our data (so the UI can say so instead of hiding them silently).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Filtered {
    pub kept: Vec<usize>,
    /// (figure, how many candidates were hidden lacking it), in `LackedFigure` order.
    pub hidden_for_lack: Vec<(LackedFigure, usize)>,
}

impl Filter {
    /// The 2024 median hourly wage the filter and the wage sort use: the province's when one
    /// is chosen, else the national one.
    pub fn wage(&self, facts: &ListFigures) -> Option<f64> {
        match &self.province {
            Some(p) => facts
                .province_medians
                .iter()
                .find(|(province, _)| province == p)
                .map(|&(_, median)| median),
            None => facts.national_median,
        }
    }

    /// The code of the province chosen ("BC"), if one is: the province the panes name first.
    pub fn province_code(&self) -> Option<&'static str> {
        (self.province.as_deref()).and_then(crate::facts::provincial::province_code)
    }

    /// Whether the occupation is on a provincial list in force of the chosen province (any
    /// province when none is chosen).
    fn on_provincial_list(&self, facts: &ListFigures) -> bool {
        match self.province_code() {
            Some(code) => facts.provincial_listed.iter().any(|p| p == code),
            None => !facts.provincial_listed.is_empty(),
        }
    }

    /// The Express Entry category membership the filter tests, if it tests one.
    fn membership(&self, facts: &ListFigures) -> Option<Membership> {
        match self.ee {
            EeFilter::Off => None,
            EeFilter::AnyYear => Some(facts.ee_any_year),
            EeFilter::InForce => Some(facts.ee_in_force),
        }
    }

    /// The figures this filter tests that the occupation lacks.
    pub fn lacks(&self, facts: &ListFigures) -> Vec<LackedFigure> {
        let mut out = Vec::new();
        if self.min_wage.is_some() && self.wage(facts).is_none() {
            out.push(if self.province.is_some() {
                LackedFigure::ProvinceWage
            } else {
                LackedFigure::Wage
            });
        }
        if self.condition.is_some() && facts.future_conditions.is_none() {
            out.push(LackedFigure::Outlook);
        }
        if self.ai_band.is_some() && facts.ai_label.is_none() {
            out.push(LackedFigure::AiExposure);
        }
        if self.membership(facts).is_some_and(|m| m.unknown) {
            out.push(LackedFigure::CategoryMembership);
        }
        if self.provincial_list && !facts.provincial_loaded {
            out.push(LackedFigure::ProvincialLists);
        }
        out
    }
}

/// The order of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Code order, or search relevance while searching.
    #[default]
    Code,
    Title,
    /// Overall score, highest first.
    Score,
    /// National hourly median wage, highest first.
    Wage,
    /// Projected job openings 2024-2033, most first.
    Openings,
}

impl SortKey {
    pub const ALL: [SortKey; 5] = [
        SortKey::Code,
        SortKey::Title,
        SortKey::Score,
        SortKey::Wage,
        SortKey::Openings,
    ];

    pub fn next(self) -> SortKey {
        let i = SortKey::ALL.iter().position(|&k| k == self).unwrap_or(0);
        SortKey::ALL[(i + 1) % SortKey::ALL.len()]
    }
}

/// Keep the candidates (positions in `ds.units`, e.g. search hits in rank order) that pass
/// the filter, then order them by `sort`. `SortKey::Code` keeps the candidates' order.
/// Missing figures sort last; ties keep code order.
pub fn apply(
    ds: &Dataset,
    facts: &[ListFigures],
    candidates: &[usize],
    filter: &Filter,
    sort: SortKey,
) -> Vec<usize> {
    apply_counted(ds, facts, candidates, filter, sort).kept
}

/// `apply`, also counting the candidates hidden for lacking a figure the filter tests.
pub fn apply_counted(
    ds: &Dataset,
    facts: &[ListFigures],
    candidates: &[usize],
    filter: &Filter,
    sort: SortKey,
) -> Filtered {
    let mut hidden: std::collections::BTreeMap<LackedFigure, usize> = Default::default();
    let mut out: Vec<usize> = Vec::with_capacity(candidates.len());
    for &i in candidates {
        if filter.keeps(ds, facts, i) {
            out.push(i);
        } else if let Some(f) = facts.get(i) {
            for lack in filter.lacks(f) {
                *hidden.entry(lack).or_default() += 1;
            }
        }
    }
    let desc = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => b.partial_cmp(&a).unwrap_or(Ordering::Equal),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    let score = |i: usize| facts.get(i).and_then(|f| f.score);
    let wage = |i: usize| facts.get(i).and_then(|f| filter.wage(f));
    let openings = |i: usize| facts.get(i).and_then(|f| f.job_openings).map(|n| n as f64);
    match sort {
        SortKey::Code => {}
        SortKey::Title => out.sort_by(|&a, &b| {
            ds.units[a]
                .title
                .to_lowercase()
                .cmp(&ds.units[b].title.to_lowercase())
                .then(a.cmp(&b))
        }),
        SortKey::Score => out.sort_by(|&a, &b| desc(score(a), score(b)).then(a.cmp(&b))),
        SortKey::Wage => out.sort_by(|&a, &b| desc(wage(a), wage(b)).then(a.cmp(&b))),
        SortKey::Openings => out.sort_by(|&a, &b| desc(openings(a), openings(b)).then(a.cmp(&b))),
    }
    Filtered {
        kept: out,
        hidden_for_lack: hidden.into_iter().collect(),
    }
}

/// The provinces and territories that have Job Bank wages in the figures, sorted.
pub fn provinces(facts: &[ListFigures]) -> Vec<String> {
    let mut out: Vec<String> = facts
        .iter()
        .flat_map(|f| f.province_medians.iter().map(|(p, _)| p.clone()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The future labour market conditions present in the figures, sorted.
pub fn conditions(facts: &[ListFigures]) -> Vec<String> {
    let mut out: Vec<String> = facts
        .iter()
        .filter_map(|f| f.future_conditions.clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The AI exposure bands, lowest first.
pub const AI_BANDS: [&str; 3] = ["low", "moderate", "high"];

#[cfg(test)]
mod tests;
