//! Immigration: every program evaluated for the occupation (✓ / ✗ / ?, with its reason,
//! source and as-of date, Express Entry category lists per year included), the positive LMIA
//! decisions, and the curated profile's routes when one exists.

use super::{Doc, label_value, number, phrases, source_line};
use crate::facts::LmiaCount;
use crate::i18n::Labels;
use crate::model::UnitGroup;
use crate::rules::immigration::ProgramResult;
use crate::tui::context::Context;
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

/// How many employers with the most positions to list.
const TOP_EMPLOYERS: usize = 5;

pub struct ImmigrationPane<'a> {
    pub cx: &'a Context<'a>,
    pub unit: &'a UnitGroup,
}

impl ImmigrationPane<'_> {
    pub fn doc(&self) -> Doc {
        let (cx, l) = (self.cx, self.cx.labels);
        let t = &cx.theme;
        let mut doc = Doc::new(cx.theme);
        let lead = cx.filter.province_code();
        if let Some(f) = cx.facts_of(self.unit) {
            let imm = &f.immigration;
            // The answer first, as the seed page opens: programs open, the category in force
            // and its last round, the provinces (the one chosen in the filters first).
            doc.heading(l.law.answer_heading);
            doc.line(
                Line::styled(crate::i18n::answer::one_line(l, f, lead), t.title),
                0,
            );
            doc.muted(&crate::i18n::answer::sources(l, f));
            doc.muted(l.first_steps.gloss_ee);
            doc.heading(l.programs_heading);
            doc.muted(l.programs_legend);
            // Lists no longer in force go last, under their own heading, dim.
            let (now, past): (Vec<_>, Vec<_>) = imm.programs.iter().partition(|p| !p.past);
            for p in &now {
                program_row(&mut doc, l, t, p);
            }

            if let Some(law) = cx.ds.figures.law.as_ref() {
                let (date, captured) = (&law.regulation.consolidated, law.language_captured());
                super::route_asks::table(&mut doc, l, t, &imm.requirements, date, &captured);
            }
            // The rounds and the provinces, the province chosen in the filters first.
            super::imm_rounds::rounds_section(&mut doc, &imm.lists.rounds, l, t);
            super::imm_provinces::provinces_section(&mut doc, &imm.lists.provincial, lead, l, t);

            doc.heading(l.lmia_heading);
            doc.line(
                Line::styled(phrases::lmia_count(l, &imm.lmia_count), t.title),
                0,
            );
            if imm.lmia_count != LmiaCount::NotLoaded {
                doc.muted(l.phrases.lmia_lower_bound);
            }
            // The province chosen in the filters, before the counts of every province.
            if let Some(line) = cx
                .facts_of(self.unit)
                .and_then(|f| super::province::lmia_line(cx, f))
            {
                doc.line(line, 2);
            }
            if let Some(m) = &imm.lmia {
                doc.line(
                    label_value(l.employers, &number(cx, i64::from(m.employers)), cx),
                    2,
                );
                let counts = |list: &[crate::model::figures::NamedCount]| {
                    list.iter()
                        .map(|c| {
                            let name = super::province::name(cx, &c.name);
                            format!("{name} {}", number(cx, i64::from(c.positions)))
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                if !m.by_province.is_empty() {
                    doc.line(
                        label_value(l.by_province_lmia, &counts(&m.by_province), cx),
                        2,
                    );
                }
                if !m.by_stream.is_empty() {
                    doc.line(label_value(l.by_stream, &counts(&m.by_stream), cx), 2);
                }
                if !m.top_employers.is_empty() {
                    doc.muted(l.top_employers);
                    for e in m.top_employers.iter().take(TOP_EMPLOYERS) {
                        doc.bullet(&format!(
                            "{} ({})",
                            e.name,
                            number(cx, i64::from(e.positions))
                        ));
                    }
                }
                doc.muted(&source_line(cx, &m.source));
            }
            if !past.is_empty() {
                doc.heading(l.law.past_lists_heading);
                // "(lower confidence)" explained where it first shows.
                let lower = |p: &&ProgramResult| {
                    matches!(&p.why, crate::rules::immigration::Reason::OnLists { on, .. }
                        if on.iter().any(|c| c.lower_confidence))
                };
                if past.iter().any(lower) {
                    doc.muted(l.first_steps.gloss_lower);
                }
                for p in &past {
                    program_row(&mut doc, l, t, p);
                }
            }
        }

        let routes = cx
            .ds
            .profile(&self.unit.code)
            .map(|p| p.immigration_routes.as_slice())
            .unwrap_or(&[]);
        if !routes.is_empty() {
            doc.heading(l.immigration_routes);
            for r in routes {
                doc.line(
                    Line::from(vec![
                        Span::styled("• ", t.muted),
                        Span::styled(r.program.clone(), t.title),
                    ]),
                    2,
                );
                doc.line(
                    Line::from(vec![Span::raw("  "), Span::raw(r.detail.clone())]),
                    2,
                );
            }
        }
        if let Some(imm) = cx.facts_of(self.unit).map(|f| &f.immigration) {
            doc.blank().muted(&source_line(cx, &imm.source));
        }
        doc.blank().styled(l.rules_change, t.warning);
        doc
    }
}

/// One program: its mark and name, why, what an unknown answer means, as of when and from
/// where. A past list is dim throughout: its answer no longer counts.
fn program_row(doc: &mut Doc, l: &Labels, t: &Theme, p: &ProgramResult) {
    // A past list is dim throughout: its answer no longer counts.
    let (mark, mark_style) = match p.eligible {
        Some(true) => ("✓", t.bar),
        Some(false) => ("✗", t.warning),
        None => ("?", t.muted),
    };
    let (mark_style, name_style, text_style) = if p.past {
        (t.muted, t.muted, t.muted)
    } else {
        (mark_style, t.title, t.base)
    };
    doc.blank();
    doc.line(
        Line::from(vec![
            Span::styled(format!("{mark} "), mark_style),
            Span::styled(phrases::program_name(l, p), name_style),
        ]),
        2,
    );
    doc.line(
        Line::from(vec![
            Span::raw("  "),
            Span::styled(phrases::reason(l, &p.why), text_style),
        ]),
        2,
    );
    if p.eligible.is_none() {
        doc.line(
            Line::styled(format!("  {}", l.phrases.unknown_means), t.muted),
            2,
        );
        // Only the category list in force is a part of the score.
        if p.list_year.is_some() && !p.past {
            doc.line(
                Line::styled(format!("  {}", l.phrases.unknown_scored), t.muted),
                2,
            );
        }
    }
    doc.line(
        Line::styled(format!("  {} {}", l.as_of, phrases::as_of(l, p)), t.muted),
        2,
    );
    let prefix = if p.sources.len() > 1 {
        l.phrases.sources
    } else {
        l.source_prefix
    };
    let mut sources: Vec<String> = Vec::new();
    for s in &p.sources {
        let words = phrases::source(l, s);
        if !sources.contains(&words) {
            sources.push(words);
        }
    }
    doc.line(
        Line::styled(format!("  {prefix} {}", sources.join(" · ")), t.muted),
        2,
    );
}
