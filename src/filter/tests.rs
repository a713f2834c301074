use super::*;
use crate::facts::Facts;
use std::sync::OnceLock;

/// The embedded dataset, every occupation's figures (what the checks read) and what the
/// filters read of them.
fn data() -> &'static (Dataset, Vec<Facts>, Vec<ListFigures>) {
    static DATA: OnceLock<(Dataset, Vec<Facts>, Vec<ListFigures>)> = OnceLock::new();
    DATA.get_or_init(|| {
        let ds = crate::data::load_embedded().expect("embedded dataset");
        let facts: Vec<Facts> = ds
            .units
            .iter()
            .map(|u| crate::facts::for_unit(&ds, u))
            .collect();
        let figures = facts.iter().map(ListFigures::of).collect();
        (ds, facts, figures)
    })
}

fn all() -> Vec<usize> {
    (0..data().0.units.len()).collect()
}

fn run(filter: &Filter, sort: SortKey) -> Vec<usize> {
    let (ds, _, figures) = data();
    apply(ds, figures, &all(), filter, sort)
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
        ee: EeFilter::InForce,
        ..Filter::default()
    };
    narrows(y2025, |i| in_list(i, &|id| id == "ee_categories_2026"));
}

#[test]
fn future_condition_filter() {
    let cond = conditions(&data().2);
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
    let (ds, _, figures) = data();
    let mut f = Filter::default();
    f.teer[1] = true;
    let candidates: Vec<usize> = all().into_iter().rev().collect();
    let kept = apply(ds, figures, &candidates, &f, SortKey::Code);
    assert!(kept.windows(2).all(|w| w[0] > w[1]), "candidate order kept");
    let both = Filter {
        broad: Some(3),
        ..f
    };
    let narrower = apply(ds, figures, &candidates, &both, SortKey::Code);
    assert!(narrower.len() < kept.len());
    assert!(narrower.iter().all(|&i| ds.units[i].code.starts_with("31")));
}

#[test]
fn sort_by_title() {
    let ds = &data().0;
    let rows = run(&Filter::default(), SortKey::Title);
    assert_eq!(rows.len(), ds.units.len());
    assert!(
        rows.windows(2).all(|w| {
            ds.units[w[0]].title.to_lowercase() <= ds.units[w[1]].title.to_lowercase()
        })
    );
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
    let (ds, facts, figures) = data();
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
    let r = apply_counted(ds, figures, &candidates, &filter, SortKey::Code);
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
    let r = apply_counted(ds, figures, &candidates, &Filter::default(), SortKey::Code);
    assert!(r.hidden_for_lack.is_empty());
}

#[test]
fn what_the_filters_read_is_what_the_figures_say() {
    let (_, facts, figures) = data();
    let membership = |f: &Facts, pred: &dyn Fn(&str) -> bool| {
        let rows: Vec<_> = (f.immigration.programs.iter())
            .filter(|p| pred(&p.id))
            .collect();
        let listed = rows.iter().any(|p| p.eligible == Some(true));
        let unknown = !listed && rows.iter().any(|p| p.eligible.is_none());
        Membership { listed, unknown }
    };
    for (f, g) in facts.iter().zip(figures) {
        assert_eq!(
            g.national_median,
            f.wages.national.as_ref().map(|w| w.median)
        );
        assert_eq!(g.province_medians.len(), f.wages.provinces.len());
        assert_eq!(g.future_conditions, f.outlook.future_conditions);
        assert_eq!(g.job_openings, f.outlook.job_openings);
        assert_eq!(g.ai_label, f.ai.label);
        assert_eq!(g.score, f.score.value);
        let any = membership(f, &|id| id.starts_with("ee_categories_"));
        assert_eq!(g.ee_any_year, any, "{}", f.code);
        assert_eq!(
            g.ee_in_force,
            membership(f, &|id| id == "ee_categories_2026")
        );
    }
    assert!(figures.iter().any(|g| g.ee_any_year.listed));
    // Every year's lists are in our data: no membership is unknown.
    assert!(!figures.iter().any(|g| g.ee_any_year.unknown));
}
