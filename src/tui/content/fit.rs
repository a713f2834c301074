//! Skills and fit from OaSIS: the skills and knowledge to build (Education), who the job
//! suits and the work context that stands out (Overview). Each block names its source.

use super::{Doc, source_line};
use crate::facts::depth::{OasisSection, RatedFact, Status};
use crate::tui::context::Context;
use ratatui::text::{Line, Span};

fn rated(cx: &Context, doc: &mut Doc, r: &RatedFact) {
    let t = &cx.theme;
    let level = cx
        .labels
        .depth
        .level
        .replacen("{}", &r.level.to_string(), 1)
        .replacen("{}", &r.scale, 1);
    let mut spans = vec![
        Span::styled("• ", t.muted),
        Span::styled(r.name.clone(), t.base),
        Span::styled(format!("  {level}"), t.muted),
    ];
    if let Some(why) = r.why {
        spans.push(Span::styled(format!(" ({why})"), t.muted));
    }
    doc.line(Line::from(spans), 2);
}

/// Whether the section can be shown; if not, says why under `heading`.
fn usable(cx: &Context, doc: &mut Doc, heading: &str, o: &OasisSection) -> bool {
    if o.status == Status::Loaded {
        return true;
    }
    let warning = format!("⚠ {}", super::phrases::depth_status(cx.labels, &o.status));
    doc.heading(heading).styled(&warning, cx.theme.warning);
    false
}

pub fn skills(cx: &Context, doc: &mut Doc, o: &OasisSection) {
    let d = &cx.labels.depth;
    if !usable(cx, doc, d.skills_heading, o) {
        return;
    }
    doc.heading(d.skills_heading);
    for r in o.skills.iter().filter(|r| r.family == "Skills") {
        rated(cx, doc, r);
    }
    for (family, heading) in [
        ("Knowledge", d.knowledge_heading),
        ("Abilities", d.abilities_heading),
    ] {
        doc.styled(heading, cx.theme.title);
        for r in o.skills.iter().filter(|r| r.family == family) {
            rated(cx, doc, r);
        }
    }
    doc.muted(&source_line(cx, &o.source));
}

pub fn who_it_suits(cx: &Context, doc: &mut Doc, o: &OasisSection) {
    let (d, t) = (&cx.labels.depth, &cx.theme);
    if !usable(cx, doc, d.suits_heading, o) {
        return;
    }
    doc.heading(d.suits_heading);
    if !o.interests.is_empty() {
        doc.styled(d.interests, t.title);
        for i in &o.interests {
            let idx = "RIASEC".find(i.code.as_str()).unwrap_or(0);
            let strong = if i.strong {
                format!(", {}", d.strong)
            } else {
                String::new()
            };
            doc.line(
                Line::from(vec![
                    Span::styled("• ", t.muted),
                    Span::styled(format!("{} ({}{strong})", d.holland[idx], i.code), t.title),
                    Span::styled(format!("  {}", super::first_sentence(&i.meaning)), t.base),
                ]),
                2,
            );
        }
    }
    if !o.attributes.is_empty() {
        doc.styled(d.attributes, t.title);
        for r in &o.attributes {
            rated(cx, doc, r);
        }
    }
    doc.muted(&source_line(cx, &o.source));
}

pub fn work_context(cx: &Context, doc: &mut Doc, o: &OasisSection) {
    let d = &cx.labels.depth;
    if !usable(cx, doc, d.context_heading, o) {
        return;
    }
    doc.heading(d.context_heading).muted(o.work_context_rule);
    for r in &o.work_context {
        rated(cx, doc, r);
    }
    doc.muted(&source_line(cx, &o.source));
}
