//! Skills and fit from OaSIS: the skills and knowledge to build (Education), who the job
//! suits and the work context that stands out (Overview). Each block names its source.

use super::{Doc, source_line};
use crate::facts::depth::{OasisSection, RatedFact, Status};
use crate::tui::state::App;
use ratatui::text::{Line, Span};

fn rated(app: &App, doc: &mut Doc, r: &RatedFact) {
    let t = &app.theme;
    let level = app
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
fn usable(app: &App, doc: &mut Doc, heading: &str, o: &OasisSection) -> bool {
    if o.status == Status::Loaded {
        return true;
    }
    let warning = format!("⚠ {}", super::phrases::depth_status(app.labels, &o.status));
    doc.heading(heading).styled(&warning, app.theme.warning);
    false
}

pub fn skills(app: &App, doc: &mut Doc, o: &OasisSection) {
    let d = &app.labels.depth;
    if !usable(app, doc, d.skills_heading, o) {
        return;
    }
    doc.heading(d.skills_heading);
    for r in o.skills.iter().filter(|r| r.family == "Skills") {
        rated(app, doc, r);
    }
    for (family, heading) in [
        ("Knowledge", d.knowledge_heading),
        ("Abilities", d.abilities_heading),
    ] {
        doc.styled(heading, app.theme.title);
        for r in o.skills.iter().filter(|r| r.family == family) {
            rated(app, doc, r);
        }
    }
    doc.muted(&source_line(app, &o.source));
}

pub fn who_it_suits(app: &App, doc: &mut Doc, o: &OasisSection) {
    let (d, t) = (&app.labels.depth, &app.theme);
    if !usable(app, doc, d.suits_heading, o) {
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
            rated(app, doc, r);
        }
    }
    doc.muted(&source_line(app, &o.source));
}

pub fn work_context(app: &App, doc: &mut Doc, o: &OasisSection) {
    let d = &app.labels.depth;
    if !usable(app, doc, d.context_heading, o) {
        return;
    }
    doc.heading(d.context_heading).muted(o.work_context_rule);
    for r in &o.work_context {
        rated(app, doc, r);
    }
    doc.muted(&source_line(app, &o.source));
}
