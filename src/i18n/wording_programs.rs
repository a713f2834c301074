//! The immigration phrases built from data, worded in the interface language: TEER lists, a
//! program's name and as-of date, and why a program answers as it does
//! (`rules::immigration::Reason`). Re-exported by `wording`, for the panes and the reports.

use super::{Labels, fill};
use crate::locale;
use crate::rules::immigration::{LIST_DATES, ProgramResult, Reason, official_list, teer_range};

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
                let law = if law == "IRPR" {
                    l.reviewed.regulation_short
                } else {
                    law
                };
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
