//! Filters and sort orders over the occupation list, as pure functions of the dataset and
//! its figures (the TUI's filter panel and `o` key drive them; tests call them directly).

use crate::facts::Facts;
use crate::model::Dataset;
use std::cmp::Ordering;

/// Express Entry category membership.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EeFilter {
    #[default]
    Off,
    /// In a category list of any year (2023 to 2026).
    AnyYear,
    /// In a 2025 category list.
    Y2025,
}

impl EeFilter {
    pub const ALL: [EeFilter; 3] = [EeFilter::Off, EeFilter::AnyYear, EeFilter::Y2025];
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
}

impl Filter {
    pub fn is_active(&self) -> bool {
        *self != Filter::default()
    }

    /// Whether an occupation (by its position in `ds.units`) passes.
    pub fn keeps(&self, ds: &Dataset, facts: &[Facts], unit: usize) -> bool {
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
        let in_ee = |pred: &dyn Fn(&str) -> bool| {
            f.immigration
                .programs
                .iter()
                .any(|p| pred(&p.id) && p.eligible == Some(true))
        };
        match self.ee {
            EeFilter::Off => {}
            EeFilter::AnyYear => {
                if !in_ee(&|id| id.starts_with("ee_categories_")) {
                    return false;
                }
            }
            EeFilter::Y2025 => {
                if !in_ee(&|id| id == "ee_categories_2025") {
                    return false;
                }
            }
        }
        if let Some(c) = &self.condition
            && f.outlook.future_conditions.as_deref() != Some(c.as_str())
        {
            return false;
        }
        if let Some(min) = self.min_wage
            && !self.wage(f).is_some_and(|w| w >= f64::from(min))
        {
            return false;
        }
        if let Some(band) = &self.ai_band
            && f.ai.label != Some(band.as_str())
        {
            return false;
        }
        if self.curated && ds.profile(&u.code).is_none() {
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
    pub fn wage(&self, facts: &Facts) -> Option<f64> {
        match &self.province {
            Some(p) => facts
                .wages
                .provinces
                .iter()
                .find(|w| &w.province == p)
                .map(|w| w.median),
            None => facts.wages.national.as_ref().map(|w| w.median),
        }
    }

    /// The figures this filter tests that the occupation lacks.
    pub fn lacks(&self, facts: &Facts) -> Vec<LackedFigure> {
        let mut out = Vec::new();
        if self.min_wage.is_some() && self.wage(facts).is_none() {
            out.push(if self.province.is_some() {
                LackedFigure::ProvinceWage
            } else {
                LackedFigure::Wage
            });
        }
        if self.condition.is_some() && facts.outlook.future_conditions.is_none() {
            out.push(LackedFigure::Outlook);
        }
        if self.ai_band.is_some() && facts.ai.label.is_none() {
            out.push(LackedFigure::AiExposure);
        }
        let unknown = |pred: &dyn Fn(&str) -> bool| {
            let rows: Vec<_> = facts
                .immigration
                .programs
                .iter()
                .filter(|p| pred(&p.id))
                .collect();
            rows.iter().all(|p| p.eligible != Some(true))
                && rows.iter().any(|p| p.eligible.is_none())
        };
        let ee_unknown = match self.ee {
            EeFilter::Off => false,
            EeFilter::AnyYear => unknown(&|id| id.starts_with("ee_categories_")),
            EeFilter::Y2025 => unknown(&|id| id == "ee_categories_2025"),
        };
        if ee_unknown {
            out.push(LackedFigure::CategoryMembership);
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
    facts: &[Facts],
    candidates: &[usize],
    filter: &Filter,
    sort: SortKey,
) -> Vec<usize> {
    apply_counted(ds, facts, candidates, filter, sort).kept
}

/// `apply`, also counting the candidates hidden for lacking a figure the filter tests.
pub fn apply_counted(
    ds: &Dataset,
    facts: &[Facts],
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
    let score = |i: usize| facts.get(i).and_then(|f| f.score.value);
    let wage = |i: usize| facts.get(i).and_then(|f| filter.wage(f));
    let openings = |i: usize| {
        facts
            .get(i)
            .and_then(|f| f.outlook.job_openings)
            .map(|n| n as f64)
    };
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
pub fn provinces(facts: &[Facts]) -> Vec<String> {
    let mut out: Vec<String> = facts
        .iter()
        .flat_map(|f| f.wages.provinces.iter().map(|w| w.province.clone()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The future labour market conditions present in the figures, sorted.
pub fn conditions(facts: &[Facts]) -> Vec<String> {
    let mut out: Vec<String> = facts
        .iter()
        .filter_map(|f| f.outlook.future_conditions.clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The AI exposure bands, lowest first.
pub const AI_BANDS: [&str; 3] = ["low", "moderate", "high"];

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn data() -> &'static (Dataset, Vec<Facts>) {
        static DATA: OnceLock<(Dataset, Vec<Facts>)> = OnceLock::new();
        DATA.get_or_init(|| {
            let ds = crate::data::load_embedded().expect("embedded dataset");
            let facts = ds
                .units
                .iter()
                .map(|u| crate::facts::for_unit(&ds, u))
                .collect();
            (ds, facts)
        })
    }

    fn all() -> Vec<usize> {
        (0..data().0.units.len()).collect()
    }

    fn run(filter: &Filter, sort: SortKey) -> Vec<usize> {
        let (ds, facts) = data();
        apply(ds, facts, &all(), filter, sort)
    }

    /// The filter keeps some, drops some, and everything kept satisfies `check`.
    fn narrows(filter: Filter, check: impl Fn(usize) -> bool) {
        let kept = run(&filter, SortKey::Code);
        assert!(!kept.is_empty(), "{filter:?} keeps nothing");
        assert!(kept.len() < all().len(), "{filter:?} keeps everything");
        assert!(kept.iter().all(|&i| check(i)), "{filter:?}");
        let dropped: Vec<usize> = all().into_iter().filter(|i| !kept.contains(i)).collect();
        assert!(
            dropped.iter().all(|&i| !check(i)),
            "{filter:?} drops a match"
        );
    }

    #[test]
    fn no_filter_keeps_everything_in_code_order() {
        assert_eq!(run(&Filter::default(), SortKey::Code), all());
        assert!(!Filter::default().is_active());
    }

    #[test]
    fn teer_filter() {
        let mut f = Filter::default();
        f.teer[2] = true;
        f.teer[3] = true;
        narrows(f, |i| matches!(data().0.units[i].teer, 2 | 3));
    }

    #[test]
    fn broad_category_filter() {
        let f = Filter {
            broad: Some(3),
            ..Filter::default()
        };
        narrows(f, |i| data().0.units[i].code.starts_with('3'));
    }

    #[test]
    fn express_entry_filters() {
        let in_list = |i: usize, pred: &dyn Fn(&str) -> bool| {
            data().1[i]
                .immigration
                .programs
                .iter()
                .any(|p| pred(&p.id) && p.eligible == Some(true))
        };
        let any = Filter {
            ee: EeFilter::AnyYear,
            ..Filter::default()
        };
        narrows(any, |i| in_list(i, &|id| id.starts_with("ee_categories_")));
        let y2025 = Filter {
            ee: EeFilter::Y2025,
            ..Filter::default()
        };
        narrows(y2025, |i| in_list(i, &|id| id == "ee_categories_2025"));
    }

    #[test]
    fn future_condition_filter() {
        let cond = conditions(&data().1);
        assert!(cond.len() >= 2, "{cond:?}");
        let c = cond[0].clone();
        let f = Filter {
            condition: Some(c.clone()),
            ..Filter::default()
        };
        narrows(f, |i| {
            data().1[i].outlook.future_conditions.as_deref() == Some(&c)
        });
    }

    #[test]
    fn minimum_wage_filter() {
        let f = Filter {
            min_wage: Some(40),
            ..Filter::default()
        };
        narrows(f, |i| {
            data().1[i]
                .wages
                .national
                .as_ref()
                .is_some_and(|w| w.median >= 40.0)
        });
    }

    #[test]
    fn ai_band_filter() {
        let f = Filter {
            ai_band: Some("high".into()),
            ..Filter::default()
        };
        narrows(f, |i| data().1[i].ai.label == Some("high"));
    }

    #[test]
    fn curated_profile_filter() {
        let f = Filter {
            curated: true,
            ..Filter::default()
        };
        narrows(f, |i| {
            let ds = &data().0;
            ds.profile(&ds.units[i].code).is_some()
        });
    }

    #[test]
    fn filters_combine_and_keep_the_candidates_order() {
        let (ds, facts) = data();
        let mut f = Filter::default();
        f.teer[1] = true;
        let candidates: Vec<usize> = all().into_iter().rev().collect();
        let kept = apply(ds, facts, &candidates, &f, SortKey::Code);
        assert!(kept.windows(2).all(|w| w[0] > w[1]), "candidate order kept");
        let both = Filter {
            broad: Some(3),
            ..f
        };
        let narrower = apply(ds, facts, &candidates, &both, SortKey::Code);
        assert!(narrower.len() < kept.len());
        assert!(narrower.iter().all(|&i| ds.units[i].code.starts_with("31")));
    }

    #[test]
    fn sort_by_title() {
        let ds = &data().0;
        let rows = run(&Filter::default(), SortKey::Title);
        assert_eq!(rows.len(), ds.units.len());
        assert!(rows.windows(2).all(|w| {
            ds.units[w[0]].title.to_lowercase() <= ds.units[w[1]].title.to_lowercase()
        }));
    }

    /// Sorted highest first, with the occupations missing the figure last.
    fn descending(sort: SortKey, value: impl Fn(usize) -> Option<f64>) {
        let rows = run(&Filter::default(), sort);
        assert_eq!(rows.len(), all().len());
        let values: Vec<Option<f64>> = rows.iter().map(|&i| value(i)).collect();
        let first_none = values
            .iter()
            .position(|v| v.is_none())
            .unwrap_or(values.len());
        assert!(values[first_none..].iter().all(|v| v.is_none()), "{sort:?}");
        let known: Vec<f64> = values[..first_none].iter().flatten().copied().collect();
        assert!(known.len() > 100, "{sort:?}");
        assert!(known.windows(2).all(|w| w[0] >= w[1]), "{sort:?}");
        assert_ne!(rows, all(), "{sort:?} changes the order");
    }

    #[test]
    fn sort_by_score() {
        descending(SortKey::Score, |i| data().1[i].score.value);
    }

    #[test]
    fn sort_by_wage() {
        descending(SortKey::Wage, |i| {
            data().1[i].wages.national.as_ref().map(|w| w.median)
        });
    }

    #[test]
    fn sort_by_openings() {
        descending(SortKey::Openings, |i| {
            data().1[i].outlook.job_openings.map(|n| n as f64)
        });
    }

    #[test]
    fn sort_cycles_through_every_key() {
        let mut k = SortKey::Code;
        for expected in SortKey::ALL.iter().skip(1).chain([&SortKey::Code]) {
            k = k.next();
            assert_eq!(k, *expected);
        }
    }

    #[test]
    fn a_filter_says_how_many_it_hid_for_lacking_the_figure() {
        // Physicians (3110x) at a minimum of $30/h: those without a national 2024 wage in the
        // wage file are hidden, and counted, not dropped silently.
        let (ds, facts) = data();
        let candidates: Vec<usize> = (0..ds.units.len())
            .filter(|&i| ds.units[i].code.starts_with("3110"))
            .collect();
        let lacking = candidates
            .iter()
            .filter(|&&i| facts[i].wages.national.is_none())
            .count();
        assert!(lacking > 0);
        let filter = Filter {
            min_wage: Some(30),
            ..Filter::default()
        };
        let r = apply_counted(ds, facts, &candidates, &filter, SortKey::Code);
        assert_eq!(r.hidden_for_lack, vec![(LackedFigure::Wage, lacking)]);
        assert_eq!(
            r.kept.len() + lacking,
            candidates.len()
                - candidates
                    .iter()
                    .filter(|&&i| facts[i].wages.national.is_some_and(|w| w.median < 30.0))
                    .count()
        );
        assert_eq!(
            LackedFigure::Wage.describe(lacking),
            format!("{lacking} hidden: no national 2024 wage in the wage file this app uses")
        );
        // No filter on wages: nothing is counted.
        let r = apply_counted(ds, facts, &candidates, &Filter::default(), SortKey::Code);
        assert!(r.hidden_for_lack.is_empty());
    }
}
