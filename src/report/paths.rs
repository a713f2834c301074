//! "Where the skills carry" as a document section (text and Markdown) and as JSON (`paths[]`).

use super::document::Section;
use super::figures::source;
use crate::facts::paths::{MoveKind, PathFact, PathSort, PathsFacts, SkillLevel, sorted};
use crate::i18n::{Labels, fill, wording};
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
    fill(
        Labels::for_lang(lang).report.paths.level,
        &[
            ("name", &s.name),
            ("asked", &locale::decimal(lang, f64::from(s.asked), 1)),
            ("held", &locale::decimal(lang, f64::from(s.held), 1)),
            ("max", &s.scale_max.to_string()),
        ],
    )
}

/// One row of the table: code, title, closeness, TEER step, pay, outlook, AI, licensing.
fn row(lang: Lang, p: &PathFact) -> Vec<String> {
    let l = Labels::for_lang(lang);
    let missing = || l.report.paths.missing.to_string();
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
        wording::conditions(l, p.outlook.as_ref(), p.outlook_fr.as_ref()).unwrap_or_else(missing),
        p.ai_share.map_or_else(missing, |a| {
            let delta = p
                .ai_share_delta
                .map(|d| format!(" ({})", signed(lang, d * 100.0, 0)))
                .unwrap_or_default();
            format!("{}{delta}", locale::percent(lang, a))
        }),
        wording::licensing_kind(l, p.licensing).to_string(),
    ]
}

/// The section, the closest occupations in the order asked (at most `limit`).
pub fn section(p: &PathsFacts, lang: Lang, sort: PathSort, limit: usize) -> Section {
    let w = &Labels::for_lang(lang).report.paths;
    let mut s = Section::new(w.heading);
    if !p.loaded {
        return s.line(w.not_loaded);
    }
    let shown: Vec<&PathFact> = sorted(&p.paths, sort).into_iter().take(limit).collect();
    s = s
        .line(w.framing)
        .table(&w.header, shown.iter().map(|x| row(lang, x)).collect());
    let mut lines = Vec::new();
    for x in &shown {
        let join = |v: &[SkillLevel]| {
            v.iter()
                .map(|l| level(lang, l))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let title = format!("{} {}", x.code, x.title);
        lines.push(fill(
            w.carries,
            &[("title", &title), ("list", &join(&x.shared))],
        ));
        if x.gaps.is_empty() {
            lines.push(fill(w.no_gap, &[("code", &x.code)]));
        } else {
            lines.push(fill(
                w.to_build,
                &[("code", &x.code), ("list", &join(&x.gaps))],
            ));
        }
    }
    s = s.lines(lines);
    let moves: Vec<String> = p
        .noc_moves
        .iter()
        .map(|m| {
            let kind = match m.kind {
                MoveKind::Up => w.up,
                MoveKind::Across => w.across,
            };
            let target = if m.label == m.title {
                format!("{} {}", m.code, m.title)
            } else {
                format!("{} -> {} {}", m.label, m.code, m.title)
            };
            fill(w.noc_link, &[("kind", kind), ("target", &target)])
        })
        .chain(p.noc_notes.iter().map(|n| fill(w.noc_note, &[("note", n)])))
        .collect();
    s.lines(moves)
        .line(fill(w.method, &[("method", &p.method)]))
        .source(fill(w.sources, &[("source", &source(&p.source))]))
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
