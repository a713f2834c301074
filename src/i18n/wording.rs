//! The phrases built from data, worded in the interface language: what our files lack (wages,
//! LMIA counts), why a program answers as it does, licensing statuses and provinces. The
//! library gives the values (`facts::WageGap`, `rules::immigration::Reason`, ...); the words
//! here come from `assets/i18n` (`Labels::phrases`), for the panes and the reports alike.

use super::{Labels, fill};
use crate::facts::depth::{DepthGap, Status};
use crate::facts::{CensusFallback, LmiaCount, WageGap};
use crate::locale::{self, Lang};
use crate::model::figures::Source;
use crate::rules::immigration::{LIST_DATES, ProgramResult, Reason, official_list, teer_range};
use crate::rules::licensing::{LicensingKind, PROVINCES};
use crate::rules::score::ScoreInput;

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

/// "TEER 0 to 3", "TEER 2, 3".
pub fn teers(l: &Labels, list: &[u8]) -> String {
    match teer_range(list) {
        Some((a, b)) => fill(
            l.phrases.teer_range,
            &[("a", &a.to_string()), ("b", &b.to_string())],
        ),
        None => {
            let list: Vec<String> = list.iter().map(u8::to_string).collect();
            fill(
                l.phrases.teer_list,
                &[("list", &list.join(l.phrases.list_separator))],
            )
        }
    }
}

/// A program's name, with the year of its lists and whether they are past.
pub fn program_name(l: &Labels, r: &ProgramResult) -> String {
    match r.list_year {
        Some(year) => {
            let template = if r.past {
                l.phrases.list_past
            } else {
                l.phrases.list_in_force
            };
            fill(
                template,
                &[("name", &r.program), ("year", &year.to_string())],
            )
        }
        None => r.name.clone(),
    }
}

/// The program's as-of date; a category row's in the interface language: the capture date
/// of IRCC's page, or when a past list applied and that it was compiled from secondary
/// sources; a regulated class's the consolidation of the regulation.
pub fn as_of(l: &Labels, r: &ProgramResult) -> String {
    let Some(year) = r.list_year else {
        return match (r.sources.first(), r.as_of.split_once(" consolidated to ")) {
            (Some(s), Some((law, _))) if s.official => {
                fill(l.law.law_as_of, &[("law", law), ("date", &s.as_of)])
            }
            // The rules file's notes in words, in the interface language when they are the
            // ones we translated; a note the file changed stays as written.
            _ => match PROGRAM_AS_OF
                .iter()
                .position(|(id, en)| *id == r.id && *en == r.as_of)
            {
                Some(i) => l.law.program_as_of[i].to_string(),
                None => r.as_of.clone(),
            },
        };
    };
    if official_list(r) {
        let date = r.sources.first().map_or("", |s| s.as_of.as_str());
        return fill(l.law.list_captured, &[("date", date)]);
    }
    let date = LIST_DATES
        .iter()
        .position(|(y, _)| *y == year)
        .map_or_else(|| r.as_of.clone(), |i| l.phrases.list_as_of[i].to_string());
    fill(l.law.list_secondary, &[("date", &date)])
}

/// The as-of notes of `data/programs.ron` that are words (program id, English note), worded
/// in each language by `law.program_as_of`.
pub const PROGRAM_AS_OF: [(&str, &str); 3] = [
    ("ee_french", "2026 (page as captured 2026-08-21)"),
    ("rcip", "2024-12-01 (launch)"),
    (
        "pnp",
        "2026 (general description); 2025-03 (Ontario example)",
    ),
];

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
        Lang::Fr => fr.or(en).cloned(),
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

/// Why a program answers as it does, in the interface language.
pub fn reason(l: &Labels, why: &Reason) -> String {
    let p = &l.phrases;
    let teer_s = |t: &u8| t.to_string();
    match why {
        Reason::Unstated => String::new(),
        Reason::TradeGroup { code, group } => {
            fill(p.reason_trade_group, &[("code", code), ("group", group)])
        }
        Reason::TradeGroupExcluded {
            code,
            group,
            excluded,
        } => fill(
            p.reason_trade_group_excluded,
            &[("code", code), ("group", group), ("excluded", excluded)],
        ),
        Reason::OutsideTradeGroups { code } => {
            fill(p.reason_outside_trade_groups, &[("code", code)])
        }
        Reason::OnLists { year, on } => {
            let on: Vec<String> = on
                .iter()
                .map(|c| {
                    if c.lower_confidence {
                        format!("{} {}", c.category, p.lower_confidence)
                    } else {
                        c.category.clone()
                    }
                })
                .collect();
            fill(
                p.reason_on_lists,
                &[("year", &year.to_string()), ("categories", &on.join("; "))],
            )
        }
        Reason::BaseTeer { base, teer } => fill(
            p.reason_base_teer,
            &[("teers", &teers(l, base)), ("teer", &teer_s(teer))],
        ),
        Reason::LawNotLoaded => l.law.law_not_loaded.to_string(),
        Reason::NotOnLists { year } => fill(p.reason_not_on_lists, &[("year", &year.to_string())]),
        Reason::TeerIn {
            program,
            teer,
            allowed,
        } => by_teer(
            l,
            (p.reason_teer_accepted, p.reason_teer_refused),
            program,
            *teer,
            allowed,
        ),
        Reason::JobOfferTeerIn { teer, allowed } => by_teer(
            l,
            (p.reason_offer_accepted, p.reason_offer_refused),
            "",
            *teer,
            allowed,
        ),
        Reason::CommunityPriority => p.reason_community.to_string(),
        Reason::Pnp { teer } => {
            let template = if *teer <= 3 {
                p.reason_pnp_ee
            } else {
                p.reason_pnp_no_ee
            };
            fill(template, &[("teer", &teer_s(teer))])
        }
        Reason::Lmia {
            positions: None, ..
        } => l.reliability.reason_lmia_not_loaded.to_string(),
        Reason::Lmia {
            positions: Some(positions),
            period,
        } => {
            let period = period.as_deref().unwrap_or(p.period_unknown);
            let template = if *positions == 0 {
                p.reason_lmia_none
            } else {
                p.reason_lmia_some
            };
            fill(
                template,
                &[
                    ("n", &locale::number(l.lang, i64::from(*positions))),
                    ("period", period),
                ],
            )
        }
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

/// A rule on TEER categories: the first template when `teer` is allowed, else the second.
fn by_teer(
    l: &Labels,
    (accepted, refused): (&str, &str),
    program: &str,
    teer: u8,
    allowed: &[u8],
) -> String {
    let template = if allowed.contains(&teer) {
        accepted
    } else {
        refused
    };
    fill(
        template,
        &[
            ("program", program),
            ("teer", &teer.to_string()),
            ("teers", &teers(l, allowed)),
        ],
    )
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
    let named: Vec<&str> = names
        .iter()
        .map(|n| {
            PROVINCES
                .iter()
                .position(|p| p == n)
                .map_or(*n, |i| l.phrases.provinces[i])
        })
        .collect();
    named.join(l.phrases.list_separator)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::immigration::OnCategory;

    #[test]
    fn english_phrases_match_the_library_words() {
        let en = Labels::for_lang(Lang::En);
        let reasons = [
            Reason::TradeGroup {
                code: "72200".into(),
                group: "72".into(),
            },
            Reason::TradeGroupExcluded {
                code: "72600".into(),
                group: "72".into(),
                excluded: "726".into(),
            },
            Reason::OutsideTradeGroups {
                code: "21232".into(),
            },
            Reason::OnLists {
                year: 2025,
                on: vec![OnCategory {
                    category: "Trade".into(),
                    lower_confidence: true,
                }],
            },
            Reason::BaseTeer {
                base: vec![0, 1, 2, 3],
                teer: 5,
            },
            Reason::LawNotLoaded,
            Reason::NotOnLists { year: 2024 },
            Reason::TeerIn {
                program: "Federal Skilled Worker".into(),
                teer: 4,
                allowed: vec![0, 1, 2, 3],
            },
            Reason::JobOfferTeerIn {
                teer: 4,
                allowed: vec![0, 1, 2, 3, 4],
            },
            Reason::JobOfferTeerIn {
                teer: 5,
                allowed: vec![2, 3],
            },
            Reason::CommunityPriority,
            Reason::Pnp { teer: 2 },
            Reason::Pnp { teer: 5 },
        ];
        for r in reasons {
            assert_eq!(reason(en, &r), r.describe());
        }
        // The LMIA reason in the interface drops the list of omissions the LMIA block gives.
        let lmia = Reason::Lmia {
            positions: Some(12),
            period: Some("2024Q3-2025Q1".into()),
        };
        assert!(
            reason(en, &lmia)
                .contains("at least 12 positions for this occupation in 2024Q3-2025Q1")
        );
    }

    #[test]
    fn score_inputs_in_english_match_the_library_words_and_translate() {
        let en = Labels::for_lang(Lang::En);
        let inputs = [
            ScoreInput::JobBankWage {
                year: 2024,
                median_hourly: 23.5,
                percentile: 48.0,
            },
            ScoreInput::OutlookConditions {
                period: "2024-2033",
                label: "Moderate risk of Shortage".into(),
                label_fr: Some("Risque modéré de pénurie".into()),
            },
            ScoreInput::AiExposure { percentile: 31 },
            crate::rules::score::immigration_points(true, None, false, Some(true)),
            crate::rules::score::immigration_points(true, Some(true), true, Some(false)),
            ScoreInput::Missing { what: "wage" },
            ScoreInput::NotLoaded { what: "wage" },
            ScoreInput::Missing {
                what: "COPS future conditions",
            },
            ScoreInput::Missing {
                what: "AI exposure rating",
            },
            ScoreInput::Missing {
                what: "immigration program rules",
            },
        ];
        let (fr, ja) = (Labels::for_lang(Lang::Fr), Labels::for_lang(Lang::Ja));
        for input in &inputs {
            assert_eq!(score_input(en, input), input.describe());
            for other in [fr, ja] {
                let text = score_input(other, input);
                for english in [
                    "in our data",
                    "percentile",
                    "category unknown",
                    "future conditions",
                    "rescaled",
                ] {
                    assert!(!text.contains(english), "{text}");
                }
            }
        }
        assert_eq!(
            score_input(fr, &inputs[1]),
            "conditions futures COPS 2024-2033 : Risque modéré de pénurie"
        );
    }

    #[test]
    fn the_rules_files_word_notes_are_the_ones_translated() {
        let en = Labels::for_lang(Lang::En);
        let text = include_str!("../../data/programs.ron");
        for (i, (id, note)) in PROGRAM_AS_OF.iter().enumerate() {
            assert_eq!(en.law.program_as_of[i], *note);
            let at = text.find(&format!("id: \"{id}\"")).expect("the program");
            assert!(text[at..].contains(&format!("as_of: \"{note}\"")), "{id}");
        }
    }

    #[test]
    fn english_list_dates_are_the_library_dates() {
        let en = Labels::for_lang(Lang::En);
        for (i, (_, date)) in LIST_DATES.iter().enumerate() {
            assert_eq!(en.phrases.list_as_of[i], *date);
        }
    }

    #[test]
    fn gaps_read_as_what_our_files_lack_in_each_language() {
        let gap = WageGap::NotInWageFile {
            year: 2024,
            years: [2016, 2020, 2024],
            fallback: Some(CensusFallback {
                year: 2021,
                median_annual: 116000,
                aggregate_of: Some("00018".into()),
            }),
        };
        let en = wage_gap(Labels::for_lang(Lang::En), &gap);
        assert_eq!(
            en,
            [
                "No 2024 wage in the wage file this app uses (it keeps occupations with 2016, 2020 and 2024 figures).",
                "Instead: the 2021 Census median employment income, $116,000 a year.",
                "The Census suppresses this group; the figure is the 00018 aggregate.",
            ]
        );
        let ja = wage_gap(Labels::for_lang(Lang::Ja), &gap).join(" ");
        assert!(
            ja.contains("2024年の賃金はありません") && ja.contains("00018"),
            "{ja}"
        );
        let fr = lmia_count(
            Labels::for_lang(Lang::Fr),
            &LmiaCount::AtLeast {
                positions: 2400,
                period: "2024Q3-2025Q1".into(),
            },
        );
        assert_eq!(
            fr,
            "Au moins 2\u{a0}400 postes sur la liste publiée par EDSC (2024Q3-2025Q1)."
        );
    }

    #[test]
    fn depth_gaps_read_the_same_as_the_library_in_english_and_are_translated() {
        let gaps = [
            DepthGap::NoCrosswalkRow,
            DepthGap::NoLabelledTasks(vec!["11-1011.00 Chief Executives".into()]),
            DepthGap::NoActivities,
            DepthGap::NoOasisProfile,
            DepthGap::NoYearlySeries,
        ];
        for gap in gaps {
            let status = Status::NoData(gap.clone());
            assert_eq!(
                depth_status(Labels::for_lang(Lang::En), &status),
                gap.describe()
            );
            for lang in [Lang::Fr, Lang::Ja] {
                let text = depth_status(Labels::for_lang(lang), &status);
                assert!(
                    !text.is_empty() && text != gap.describe(),
                    "{lang:?}: {text}"
                );
            }
        }
        let ja = depth_status(
            Labels::for_lang(Lang::Ja),
            &Status::NoData(DepthGap::NoLabelledTasks(vec!["X".into()])),
        );
        assert!(ja.contains('X') && !ja.contains("{reached}"), "{ja}");
        assert_eq!(
            depth_status(Labels::for_lang(Lang::En), &Status::NotLoaded),
            Status::NotLoaded.text()
        );
    }

    #[test]
    fn provinces_are_named_in_the_interface_language() {
        let fr = Labels::for_lang(Lang::Fr);
        assert_eq!(
            provinces(fr, &["Quebec", "British Columbia"]),
            "Québec, Colombie-Britannique"
        );
        assert_eq!(licensing_kind(fr, LicensingKind::Voluntary), "volontaire");
    }
}
