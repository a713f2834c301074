//! "Where the skills carry" in the Outlook pane: the closest occupations by our measure with
//! what changes there, in the order chosen, then the NOC's own links. A function of the
//! facts, the labels and the language only.

use super::Doc;
use crate::facts::paths::{MoveKind, PathFact, PathSort, PathsFacts, SkillLevel, sorted};
use crate::i18n::{Labels, wording};
use crate::locale::{self, Lang};
use ratatui::text::{Line, Span};

/// The keys the section names: the one that lists the codes to follow, the one that changes
/// the order.
pub struct PathKeys<'a> {
    pub links: &'a str,
    pub order: &'a str,
}

fn signed(lang: Lang, v: f64, money: bool) -> String {
    let abs = if money {
        locale::cents(lang, v.abs())
    } else {
        locale::decimal(lang, v.abs(), 0)
    };
    match v {
        v if v > 0.0 => format!("+{abs}"),
        v if v < 0.0 => format!("−{abs}"),
        _ => format!("±{abs}"),
    }
}

fn levels(l: &Labels, lang: Lang, items: &[SkillLevel]) -> String {
    let one = |s: &SkillLevel| {
        let level = l
            .paths
            .level
            .replace("{held}", &locale::decimal(lang, f64::from(s.held), 1))
            .replace("{asked}", &locale::decimal(lang, f64::from(s.asked), 1))
            .replace("{max}", &s.scale_max.to_string());
        format!("{} ({level})", s.name)
    };
    items.iter().map(one).collect::<Vec<_>>().join(", ")
}

/// What changes there: closeness, TEER step, pay, outlook, AI exposure, licence.
fn figures(l: &Labels, lang: Lang, p: &PathFact) -> String {
    let pl = &l.paths;
    let teer = match p.teer_delta {
        0 => format!("{} {} ({})", pl.teer, p.teer, pl.same_teer),
        d => format!(
            "{} {} ({})",
            pl.teer,
            p.teer,
            signed(lang, f64::from(d), false)
        ),
    };
    let pay = match (p.median_hourly, p.pay_delta) {
        (Some(m), Some(d)) => format!(
            "{}{} ({})",
            locale::cents(lang, m),
            pl.pay,
            signed(lang, d, true)
        ),
        (Some(m), None) => format!("{}{}", locale::cents(lang, m), pl.pay),
        _ => pl.pay_missing.to_string(),
    };
    let outlook = wording::conditions(l, p.outlook.as_ref(), p.outlook_fr.as_ref())
        .unwrap_or_else(|| pl.not_in_data.to_string());
    let ai = match (p.ai_share, p.ai_share_delta) {
        (Some(a), Some(d)) => format!(
            "{} {} ({})",
            pl.ai,
            locale::percent(lang, a),
            signed(lang, d * 100.0, false)
        ),
        (Some(a), None) => format!("{} {}", pl.ai, locale::percent(lang, a)),
        _ => format!("{} {}", pl.ai, pl.not_in_data),
    };
    format!(
        "{} {} · {teer} · {pay} · {outlook} · {ai} · {} {}",
        pl.closeness,
        locale::decimal(lang, p.similarity, 2),
        pl.licence,
        wording::licensing_kind(l, p.licensing)
    )
}

/// Add the section to `doc`.
pub fn section(
    doc: &mut Doc,
    facts: &PathsFacts,
    sort: PathSort,
    l: &'static Labels,
    lang: Lang,
    keys: &PathKeys,
) {
    let pl = &l.paths;
    let t = doc.theme();
    doc.heading(pl.heading);
    if !facts.loaded {
        doc.missing(pl.not_loaded, "");
        return;
    }
    doc.muted(pl.framing).muted(pl.ours);
    let i = PathSort::ALL.iter().position(|s| *s == sort).unwrap_or(0);
    doc.styled(
        &pl.order
            .replace("{order}", pl.sorts[i])
            .replace("{key}", keys.order),
        t.title,
    );
    let shown = sorted(&facts.paths, sort);
    if shown.is_empty() {
        doc.muted(pl.none_for_order);
    }
    for p in shown {
        let title = match (lang, &p.title_ja) {
            (Lang::Fr, _) if !p.title_fr.is_empty() => p.title_fr.clone(),
            (Lang::Ja, Some(ja)) => format!("{ja} ({}) · {}", l.depth.our_translation, p.title),
            _ => p.title.clone(),
        };
        doc.blank().line(
            Line::from(vec![
                Span::styled(format!("{} ", p.code), t.code),
                Span::styled(title, t.title),
            ]),
            6,
        );
        doc.line(Line::styled(figures(l, lang, p), t.base), 2);
        if !p.shared.is_empty() {
            doc.line(
                Line::from(vec![
                    Span::styled(format!("{}: ", pl.carries), t.muted),
                    Span::styled(levels(l, lang, &p.shared), t.base),
                ]),
                2,
            );
        }
        let gaps = if p.gaps.is_empty() {
            pl.no_gap.to_string()
        } else {
            levels(l, lang, &p.gaps)
        };
        doc.line(
            Line::from(vec![
                Span::styled(format!("{}: ", pl.to_build), t.muted),
                Span::styled(gaps, t.base),
            ]),
            2,
        );
    }
    doc.blank()
        .muted(&pl.follow.replace("{key}", keys.links))
        .muted(pl.official_english);
    if !facts.noc_moves.is_empty() || !facts.noc_notes.is_empty() {
        doc.heading(pl.noc_heading);
        for m in &facts.noc_moves {
            let kind = match m.kind {
                MoveKind::Up => pl.up,
                MoveKind::Across => pl.across,
            };
            doc.line(
                Line::from(vec![
                    Span::styled(format!("{kind} "), t.muted),
                    Span::styled(format!("{} ", m.code), t.code),
                    Span::styled(m.title.clone(), t.base),
                ]),
                4,
            );
        }
        if !facts.noc_notes.is_empty() {
            doc.muted(pl.noc_adds);
            doc.bullets(&facts.noc_notes);
        }
    }
    doc.muted(pl.source);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::theme::Theme;

    fn text(code: &str, lang: Lang, sort: PathSort) -> String {
        let ds = crate::data::load_embedded().expect("embedded data");
        let facts = crate::facts::paths::for_unit(&ds, ds.unit(code).expect("code"));
        let mut doc = Doc::new(Theme::monochrome());
        let keys = PathKeys {
            links: "Enter",
            order: "s",
        };
        section(&mut doc, &facts, sort, Labels::for_lang(lang), lang, &keys);
        doc.lines(76)
            .iter()
            .map(|l| {
                l.spans
                    .iter()
                    .map(|s| s.content.as_ref())
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn the_section_for_32129_in_english() {
        insta::assert_snapshot!(text("32129", Lang::En, PathSort::Closest));
    }

    #[test]
    fn the_section_for_32129_in_japanese() {
        insta::assert_snapshot!(text("32129", Lang::Ja, PathSort::Closest));
    }

    #[test]
    fn the_order_is_said_and_the_teer_filter_names_only_reachable_moves() {
        let t = text("32120", Lang::En, PathSort::NoHigherTeer);
        assert!(t.contains("Order: no higher TEER"), "{t}");
        assert!(
            !t.contains("33101 Medical laboratory assistants\n"),
            "TEER 3 is not higher"
        );
        let fr = text("72200", Lang::Fr, PathSort::Pay);
        assert!(
            fr.contains("Où mènent les compétences") && fr.contains("FÉER 2"),
            "{fr}"
        );
    }
}
