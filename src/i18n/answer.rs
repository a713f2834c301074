//! The one-line immigration answer the seed page opens with, worded from the facts in the
//! interface language: the Express Entry programs open to the occupation, the category lists in
//! force it is on (with the last round of the first one), and the provinces whose lists name it.
//! "Express Entry (FSW, CEC) · 2026 category: Healthcare and social services occupations
//! (last round 2026-06-25, CRS 475) · provinces: BC health; SK health; MB in-demand".

use super::{Labels, fill};
use crate::facts::Facts;
use crate::rules::immigration::Reason;

/// The answer's parts, each already worded; joined with " · " by [`one_line`].
pub fn parts(l: &Labels, f: &Facts, lead: Option<&str>) -> Vec<String> {
    let a = &l.law;
    let programs = &f.immigration.programs;
    let open: Vec<String> = ["fsw", "cec", "fst"]
        .iter()
        .filter(|id| {
            programs
                .iter()
                .any(|p| p.id == **id && p.eligible == Some(true))
        })
        .map(|id| id.to_uppercase())
        .collect();
    let mut out = vec![if open.is_empty() {
        a.answer_no_ee.to_string()
    } else {
        fill(a.answer_ee, &[("programs", &open.join(", "))])
    }];
    // With no Express Entry program open (TEER 4-5), the Atlantic program's answer leads the
    // rest: it takes TEER 4 offers of indeterminate length (IRPR s. 87.3).
    let aip = programs
        .iter()
        .any(|p| p.id == "aip" && p.eligible == Some(true));
    if open.is_empty() && aip {
        out.push(a.answer_aip.to_string());
    }
    // The category lists in force (never a past year's).
    if let Some(row) = programs.iter().find(|p| p.list_year.is_some() && !p.past) {
        let year = row.list_year.unwrap_or_default().to_string();
        match &row.why {
            Reason::OnLists { on, .. } => {
                let names: Vec<&str> = on.iter().map(|c| c.category.as_str()).collect();
                let mut s = fill(
                    a.answer_category,
                    &[("year", &year), ("categories", &names.join("; "))],
                );
                if let Some(brief) = f.immigration.lists.rounds.brief() {
                    s.push_str(&format!(" ({})", l.lists.rounds_brief(l.lang, &brief)));
                }
                out.push(s);
            }
            _ if row.eligible == Some(false) => {
                out.push(fill(a.answer_no_category, &[("year", &year)]))
            }
            _ => {}
        }
    }
    let provincial = &f.immigration.lists.provincial;
    if provincial.loaded {
        let briefs = provincial.brief(lead);
        // An exclusion list we hold names it: said beside the lists naming it as eligible,
        // or "on no list we hold" would read against the rows below it.
        let excluded = provincial.excluded_provinces().join(", ");
        out.push(match (briefs.is_empty(), excluded.is_empty()) {
            (true, true) => a.answer_no_province.to_string(),
            (true, false) => fill(a.answer_no_province_excluded, &[("provinces", &excluded)]),
            (false, _) => fill(
                a.answer_provinces,
                &[("provinces", &l.lists.provinces_brief(&briefs))],
            ),
        });
        if !briefs.is_empty() && !excluded.is_empty() {
            out.push(fill(a.answer_excluded, &[("provinces", &excluded)]));
        }
    }
    out
}

/// The answer on one line.
pub fn one_line(l: &Labels, f: &Facts, lead: Option<&str>) -> String {
    parts(l, f, lead).join(" · ")
}

/// Where the answer comes from: the regulation's consolidation, the capture of IRCC's category
/// page, the end of our copy of the rounds feed, the provincial lists.
pub fn sources(l: &Labels, f: &Facts) -> String {
    let programs = &f.immigration.programs;
    let first_as_of = |p: Option<&crate::rules::immigration::ProgramResult>| {
        p.and_then(|p| p.sources.first())
            .filter(|s| s.official)
            .map_or("-".to_string(), |s| s.as_of.to_string())
    };
    let law = first_as_of(programs.iter().find(|p| p.id == "fsw"));
    let captured = first_as_of(programs.iter().find(|p| p.list_year.is_some() && !p.past));
    let rounds = f
        .immigration
        .lists
        .rounds
        .as_of
        .clone()
        .unwrap_or("-".into());
    fill(
        l.law.answer_sources,
        &[("law", &law), ("captured", &captured), ("rounds", &rounds)],
    )
}

/// The answer's category in force and provinces, short, for a column of compare: the
/// category names (or "-"), the provinces' codes (or "-").
pub fn compact(l: &Labels, f: &Facts) -> (String, String) {
    let categories = (f.immigration.programs.iter())
        .find(|p| p.list_year.is_some() && !p.past)
        .and_then(|p| match &p.why {
            Reason::OnLists { on, .. } => Some(
                on.iter()
                    .map(|c| c.category.trim_end_matches(" occupations").to_string())
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            _ => None,
        })
        .unwrap_or_else(|| "-".into());
    let provincial = &f.immigration.lists.provincial;
    let provinces = if provincial.loaded {
        let codes: Vec<&str> = provincial.brief(None).iter().map(|b| b.province).collect();
        if codes.is_empty() {
            "-".into()
        } else {
            codes.join(", ")
        }
    } else {
        l.law.language_none.to_string()
    };
    (categories, provinces)
}
