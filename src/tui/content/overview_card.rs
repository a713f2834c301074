//! The top of the Overview: what the job is (OaSIS lead statements or the NOC definition)
//! and a short card: the immigration answer in one line, median pay and where it ranks, the
//! outlook, and the share of tasks exposed to AI, with their sources and dates.

use super::{Doc, phrases, source_line};
use crate::facts::depth::{DepthFacts, ProfileFact};
use crate::model::UnitGroup;
use crate::tui::context::Context;
use ratatui::text::{Line, Span};

pub fn what_it_is(cx: &Context, doc: &mut Doc, definition: &str, depth: Option<&DepthFacts>) {
    let (d, t) = (&cx.labels.depth, &cx.theme);
    doc.heading(d.what_it_is);
    let Some(oasis) = depth.map(|x| &x.oasis).filter(|o| !o.profiles.is_empty()) else {
        doc.para(definition);
        if let Some(o) = depth.map(|x| &x.oasis) {
            doc.muted(&phrases::depth_status(cx.labels, &o.status));
        }
        return;
    };
    if let [only] = oasis.profiles.as_slice() {
        doc.para(only.lead.as_deref().unwrap_or(definition));
        doc.line(
            Line::from(vec![
                Span::styled(format!("{}  ", only.code), t.code),
                Span::styled(only.label.clone(), t.muted),
            ]),
            10,
        );
    } else {
        // Several profiles: the NOC definition's first sentence says what the group is and one
        // line names each profile; their lead statements and the whole definition follow the card.
        doc.para(super::first_sentence(definition));
        for p in &oasis.profiles {
            profile_line(cx, doc, p);
        }
    }
    doc.muted(&source_line(cx, &oasis.source));
}

/// A profile's code and label on one line.
fn profile_line(cx: &Context, doc: &mut Doc, p: &ProfileFact) {
    let t = &cx.theme;
    doc.line(
        Line::from(vec![
            Span::styled(format!("{}  ", p.code), t.code),
            Span::styled(p.label.clone(), t.title),
        ]),
        10,
    );
}

/// The lead statements of a unit group's several OaSIS profiles, after the card.
pub fn profile_leads(cx: &Context, doc: &mut Doc, depth: Option<&DepthFacts>) {
    let (d, t) = (&cx.labels.depth, &cx.theme);
    let Some(oasis) = depth.map(|x| &x.oasis).filter(|o| o.profiles.len() > 1) else {
        return;
    };
    doc.heading(d.profiles);
    for p in &oasis.profiles {
        profile_line(cx, doc, p);
        if let Some(lead) = &p.lead {
            doc.line(Line::styled(format!("{:10}{lead}", ""), t.base), 10);
        }
    }
    doc.muted(&source_line(cx, &oasis.source));
}

fn glance(cx: &Context, doc: &mut Doc, label: &str, value: String) {
    let t = &cx.theme;
    doc.line(
        Line::from(vec![
            Span::styled(format!("{label} "), t.muted),
            Span::styled(value, t.base),
        ]),
        2,
    );
}

pub fn at_a_glance(cx: &Context, unit: &UnitGroup, doc: &mut Doc, depth: Option<&DepthFacts>) {
    let Some(f) = cx.facts_of(unit) else {
        return;
    };
    doc.heading(cx.labels.depth.at_a_glance);
    // The province chosen in the filters is named first when its list holds the occupation.
    let lead = cx.filter.province_code();
    for (label, value) in crate::report::card::glance(cx.labels, f, depth, lead) {
        glance(cx, doc, label, value);
    }
    // The card's jargon, once, in plain words (FSW, CEC, FST; LLM).
    let s = &cx.labels.first_steps;
    doc.muted(s.gloss_ee).muted(s.gloss_ai);
}
