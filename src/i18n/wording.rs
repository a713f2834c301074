//! The phrases built from data, worded in the interface language: what our files lack (wages,
//! LMIA counts), why a program answers as it does, licensing statuses and provinces. The
//! library gives the values (`facts::WageGap`, `rules::immigration::Reason`, ...); the words
//! here come from `assets/i18n` (`Labels::phrases`), for the panes and the reports alike.

pub use super::wording_programs::{PROGRAM_AS_OF, as_of, program_name, reason, teers};
use super::{Labels, fill};
use crate::facts::depth::{DepthGap, Status};
use crate::facts::{CensusFallback, LmiaCount, OutlookGap, WageGap};
use crate::locale::{self, Lang};
use crate::model::figures::Source;
use crate::rules::licensing::{LicensingKind, PROVINCES};
use crate::rules::score::{Component, ScoreInput};

/// Why the wage file has no national wage, then the Census figure shown instead (or that
/// there is none).
pub fn wage_gap(l: &Labels, gap: &WageGap) -> Vec<String> {
    let p = &l.phrases;
    match gap {
        WageGap::NotLoaded => vec![p.wage_not_loaded.to_string()],
        WageGap::NotInWageFile {
            year,
            years,
            fallback,
        } => {
            let why = fill(
                p.wage_not_in_file,
                &[
                    ("year", &year.to_string()),
                    ("y1", &years[0].to_string()),
                    ("y2", &years[1].to_string()),
                    ("y3", &years[2].to_string()),
                ],
            );
            let mut out = vec![why];
            match fallback {
                Some(c) => out.extend(census_fallback(l, c)),
                None => out.push(p.census_none_either.to_string()),
            }
            out
        }
        WageGap::ProvincialOnly { year, fallback } => {
            let mut out = vec![fill(p.wage_provincial_only, &[("year", &year.to_string())])];
            out.extend(fallback.iter().flat_map(|c| census_fallback(l, c)));
            out
        }
    }
}

/// "Instead: the 2021 Census median ...", and the aggregate note when the figure is not
/// the group's own.
pub fn census_fallback(l: &Labels, c: &CensusFallback) -> Vec<String> {
    let p = &l.phrases;
    let mut out = vec![fill(
        p.census_instead,
        &[
            ("year", &c.year.to_string()),
            ("amount", &locale::money(l.lang, c.median_annual)),
        ],
    )];
    if let Some(group) = &c.aggregate_of {
        out.push(census_aggregate(l, group));
    }
    out
}

/// A score component's name in the interface language (the panes, compare and the reports).
pub fn score_component(l: &Labels, c: &Component) -> &'static str {
    match c.id {
        "pay" => l.score_pay,
        "outlook" => l.score_outlook,
        "ai_resilience" => l.score_ai,
        "immigration" => l.score_immigration,
        _ => c.name,
    }
}

/// How a score component's value is computed, in the interface language.
pub fn score_how<'a>(l: &Labels, c: &'a Component) -> &'a str {
    match c.id {
        "pay" => l.phrases.score_how[0],
        "outlook" => l.phrases.score_how[1],
        "ai_resilience" => l.phrases.score_how[2],
        "immigration" => l.phrases.score_how[3],
        _ => &c.how,
    }
}

/// Why COPS has no outlook for the occupation (the panes and the reports alike).
pub fn outlook_gap(l: &Labels, gap: OutlookGap) -> &'static str {
    match gap {
        OutlookGap::NoProjection => l.report.outlook_none,
        OutlookGap::NoConditions => l.report.outlook_na,
    }
}

/// The Census suppresses this group: the figure is another group's aggregate.
pub fn census_aggregate(l: &Labels, group: &str) -> String {
    fill(l.phrases.census_aggregate, &[("group", group)])
}

/// The count on ESDC's published list, read as a lower bound.
pub fn lmia_count(l: &Labels, count: &LmiaCount) -> String {
    let p = &l.phrases;
    match count {
        LmiaCount::NotLoaded => p.lmia_not_loaded.to_string(),
        LmiaCount::NoneOnList { period } => fill(p.lmia_none, &[("period", period)]),
        LmiaCount::AtLeast { positions, period } => fill(
            p.lmia_at_least,
            &[
                ("n", &locale::number(l.lang, i64::from(*positions))),
                ("period", period),
            ],
        ),
    }
}

/// A source in a few words: the law by its title (which holds the section) and date, an
/// official page by its publisher, a third-party page by its site, marked as third party.
pub fn source(l: &Labels, s: &Source) -> String {
    match (s.official, s.publisher.as_str()) {
        (true, "Justice Canada") => format!("{} ({})", s.title, s.as_of),
        (true, publisher) => publisher.to_string(),
        (false, site) => format!("{site} {}", l.law.third_party),
    }
}

/// COPS's projected or recent conditions in the interface language: COPS's own French under
/// French, our Japanese under Japanese (the English where a term has none).
pub fn conditions(l: &Labels, en: Option<&String>, fr: Option<&String>) -> Option<String> {
    match l.lang {
        Lang::Fr => match fr {
            Some(fr) => Some(fill(l.reviewed.cops_quoted, &[("words", fr)])),
            None => en.cloned(),
        },
        Lang::Ja => en.map(|e| {
            l.phrases
                .cops_conditions
                .iter()
                .find(|(k, _)| k == e)
                .map_or_else(|| e.clone(), |(_, ja)| (*ja).to_string())
        }),
        Lang::En => en.cloned(),
    }
}

/// A deep section's state in the interface language: why it has nothing, or that its file
/// did not load.
pub fn depth_status(l: &Labels, status: &Status) -> String {
    let d = &l.depth;
    match status {
        Status::Loaded => String::new(),
        Status::NoData(DepthGap::NoCrosswalkRow) => d.gap_no_crosswalk.to_string(),
        Status::NoData(DepthGap::NoLabelledTasks(reached)) => {
            fill(d.gap_no_labels, &[("reached", &reached.join(", "))])
        }
        Status::NoData(DepthGap::NoActivities) => d.gap_no_activities.to_string(),
        Status::NoData(DepthGap::NoOasisProfile) => d.gap_no_oasis.to_string(),
        Status::NoData(DepthGap::NoYearlySeries) => d.gap_no_yearly.to_string(),
        Status::NotLoaded => d.status_not_loaded.to_string(),
        Status::Broken(e) => fill(d.status_broken, &[("error", e)]),
    }
}

/// What a score component was computed from, in the interface language (the English equals
/// `ScoreInput::describe` but for grouped thousands). Under French the COPS label is COPS's
/// own French one.
pub fn score_input(l: &Labels, input: &ScoreInput) -> String {
    let (p, lang) = (&l.phrases, l.lang);
    let whole = |v: f64| locale::decimal(lang, v, 0);
    match input {
        ScoreInput::JobBankWage {
            year,
            median_hourly,
            percentile,
        } => fill(
            p.input_job_bank,
            &[
                ("year", &year.to_string()),
                ("wage", &locale::decimal(lang, *median_hourly, 2)),
                ("p", &whole(*percentile)),
            ],
        ),
        ScoreInput::CensusIncome {
            year,
            median_annual,
            percentile,
            aggregate_of,
        } => {
            let aggregate = aggregate_of.as_ref().map_or(String::new(), |g| {
                fill(p.input_census_aggregate, &[("group", g)])
            });
            fill(
                p.input_census,
                &[
                    ("year", &year.to_string()),
                    ("amount", &locale::number(lang, i64::from(*median_annual))),
                    ("aggregate", &aggregate),
                    ("p", &whole(*percentile)),
                ],
            )
        }
        ScoreInput::OutlookConditions {
            period,
            label,
            label_fr,
        } => {
            let label = conditions(l, Some(label), label_fr.as_ref()).unwrap_or_default();
            fill(p.input_outlook, &[("period", period), ("label", &label)])
        }
        ScoreInput::AiExposure { percentile } => {
            fill(p.input_ai, &[("p", &percentile.to_string())])
        }
        ScoreInput::ImmigrationPoints(points) => {
            let category = points
                .category
                .map_or(p.input_category_unknown.to_string(), |c| {
                    fill(p.input_category, &[("n", &whole(c))])
                });
            let rescale = if points.rescaled() {
                fill(p.input_rescale, &[("max", &whole(points.known_max))])
            } else {
                String::new()
            };
            let r = &l.reliability;
            let lmia = points
                .lmia
                .map_or(r.input_lmia_not_loaded.to_string(), |v| {
                    fill(r.input_lmia, &[("n", &whole(v))])
                });
            fill(
                p.input_immigration,
                &[
                    ("total", &whole(points.total())),
                    ("ee", &whole(points.express_entry)),
                    ("category", &category),
                    ("aip", &whole(points.aip)),
                    ("lmia", &lmia),
                    ("rescale", &rescale),
                ],
            )
        }
        ScoreInput::Missing { what } | ScoreInput::NotLoaded { what } => {
            let shown = match *what {
                "wage" => p.what_wage,
                "COPS future conditions" => p.what_outlook,
                "AI exposure rating" => p.what_ai,
                "immigration program rules" => p.what_rules,
                other => other,
            };
            let template = match input {
                ScoreInput::NotLoaded { .. } => l.reliability.input_not_loaded,
                _ => p.input_missing,
            };
            fill(template, &[("what", shown)])
        }
    }
}

/// A licensing status in the interface language.
pub fn licensing_kind(l: &Labels, kind: LicensingKind) -> &'static str {
    match kind {
        LicensingKind::Required => l.required,
        LicensingKind::MayBeRequired => l.may_be_required,
        LicensingKind::Voluntary => l.phrases.voluntary,
        LicensingKind::Mentioned => l.mentioned,
        LicensingKind::None => l.none_found,
    }
}

/// Provinces and territories named in the NOC text, in the interface language.
pub fn provinces(l: &Labels, names: &[&str]) -> String {
    let named: Vec<String> = names.iter().map(|n| province_name(l, n)).collect();
    named.join(l.phrases.list_separator)
}

/// Whether two spellings name one province: the wage file writes "Yukon Territory", the
/// other files "Yukon".
pub fn same_province(a: &str, b: &str) -> bool {
    let bare = |s: &str| s.trim().trim_end_matches(" Territory").to_string();
    bare(a) == bare(b)
}

/// A province's name in the interface language (as our files spell it when we lack it): one
/// function for the panes, the filters, `show` and the handout.
pub fn province_name(l: &Labels, province: &str) -> String {
    PROVINCES
        .iter()
        .position(|p| same_province(p, province))
        .map_or(province.to_string(), |i| l.phrases.provinces[i].to_string())
}
