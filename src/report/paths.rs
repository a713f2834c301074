//! "Where the skills carry" as a document section (text and Markdown) and as JSON (`paths[]`).

use super::document::Section;
use super::figures::source;
use crate::facts::paths::{MoveKind, PathFact, PathSort, PathsFacts, SkillLevel, sorted};
use crate::locale::{self, Lang};
use serde_json::{Value, json};

fn signed(lang: Lang, v: f64, places: usize) -> String {
    let s = locale::decimal(lang, v.abs(), places);
    if v > 0.0 {
        format!("+{s}")
    } else if v < 0.0 {
        format!("-{s}")
    } else {
        s
    }
}

fn level(lang: Lang, s: &SkillLevel) -> String {
    format!(
        "{} (asked {}, held {} of {})",
        s.name,
        locale::decimal(lang, f64::from(s.asked), 1),
        locale::decimal(lang, f64::from(s.held), 1),
        s.scale_max
    )
}

/// One row of the table: code, title, closeness, TEER step, pay, outlook, AI, licensing.
fn row(lang: Lang, p: &PathFact) -> Vec<String> {
    let missing = || "not in our data".to_string();
    vec![
        p.code.clone(),
        p.title.clone(),
        locale::decimal(lang, p.similarity, 2),
        format!("{} ({})", p.teer, signed(lang, f64::from(p.teer_delta), 0)),
        p.median_hourly.map_or_else(missing, |m| {
            let delta = p
                .pay_delta
                .map(|d| {
                    format!(
                        " ({}{})",
                        if d >= 0.0 { "+" } else { "-" },
                        locale::cents(lang, d.abs())
                    )
                })
                .unwrap_or_default();
            format!("{}{delta}", locale::cents(lang, m))
        }),
        p.outlook.clone().unwrap_or_else(missing),
        p.ai_share.map_or_else(missing, |a| {
            let delta = p
                .ai_share_delta
                .map(|d| format!(" ({})", signed(lang, d * 100.0, 0)))
                .unwrap_or_default();
            format!("{}{delta}", locale::percent(lang, a))
        }),
        p.licensing.label().to_string(),
    ]
}

/// The section, the closest occupations in the order asked (at most `limit`).
pub fn section(p: &PathsFacts, lang: Lang, sort: PathSort, limit: usize) -> Section {
    let mut s = Section::new("Where the skills carry");
    if !p.loaded {
        return s.line(
            "Where the skills carry: not loaded (the data directory has no similarity.ron).",
        );
    }
    let shown: Vec<&PathFact> = sorted(&p.paths, sort).into_iter().take(limit).collect();
    s = s.line(p.framing).table(
        &[
            "code",
            "occupation",
            "closeness (ours)",
            "TEER (step)",
            "median pay an hour (difference)",
            "outlook 2024-2033",
            "AI exposure (difference, points)",
            "licence (NOC text)",
        ],
        shown.iter().map(|x| row(lang, x)).collect(),
    );
    let mut lines = Vec::new();
    for x in &shown {
        let join = |v: &[SkillLevel]| {
            v.iter()
                .map(|l| level(lang, l))
                .collect::<Vec<_>>()
                .join("; ")
        };
        lines.push(format!(
            "{} {}: carries {}",
            x.code,
            x.title,
            join(&x.shared)
        ));
        if x.gaps.is_empty() {
            lines.push(format!(
                "{}: asks no skill or knowledge above this occupation's",
                x.code
            ));
        } else {
            lines.push(format!("{}: to build {}", x.code, join(&x.gaps)));
        }
    }
    s = s.lines(lines);
    let moves: Vec<String> = p
        .noc_moves
        .iter()
        .map(|m| {
            let kind = match m.kind {
                MoveKind::Up => "up",
                MoveKind::Across => "across",
            };
            if m.label == m.title {
                format!("NOC link ({kind}): {} {}", m.code, m.title)
            } else {
                format!("NOC link ({kind}): {} -> {} {}", m.label, m.code, m.title)
            }
        })
        .chain(
            p.noc_notes
                .iter()
                .map(|n| format!("NOC additional information: {n}")),
        )
        .collect();
    s.lines(moves)
        .line(format!("How closeness is measured (ours): {}", p.method))
        .source(format!(
            "{}; pay Job Bank 2024, outlook COPS 2024-2033, AI exposure Eloundou et al. (GPT-4 rated beta), licence from the NOC 2021 employment requirements",
            source(&p.source)
        ))
}

/// `paths[]` of the JSON contract, and the NOC's own links beside it.
pub fn extend_json(value: &mut Value, p: &PathsFacts) {
    let skill = |l: &SkillLevel| json!({ "id": l.id, "name": l.name, "family": l.family, "asked": l.asked, "held": l.held, "scale_max": l.scale_max });
    let paths: Vec<Value> = p
        .paths
        .iter()
        .map(|x| {
            json!({
                "code": x.code,
                "title": x.title,
                "similarity": x.similarity,
                "shared": x.shared.iter().map(skill).collect::<Vec<_>>(),
                "gaps": x.gaps.iter().map(skill).collect::<Vec<_>>(),
                "teer": x.teer,
                "teer_delta": x.teer_delta,
                "median_hourly": x.median_hourly,
                "pay_delta": x.pay_delta,
                "outlook": x.outlook,
                "ai_share": x.ai_share,
                "ai_share_delta": x.ai_share_delta,
                "licensing": x.licensing.id(),
            })
        })
        .collect();
    if let Value::Object(map) = value {
        map.insert("paths".into(), Value::Array(paths));
        map.insert(
            "paths_info".into(),
            json!({
                "loaded": p.loaded,
                "ours": true,
                "method": p.method,
                "framing": p.framing,
                "source": p.source,
                "noc_moves": p.noc_moves,
                "noc_notes": p.noc_notes,
            }),
        );
    }
}
