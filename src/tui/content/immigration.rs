//! Immigration: every program evaluated for the occupation (✓ / ✗ / ?, with its reason,
//! source and as-of date, Express Entry category lists per year included), the positive LMIA
//! decisions, and the curated profile's routes when one exists.

use super::{Doc, label_value, number, source_line};
use crate::model::UnitGroup;
use crate::tui::state::App;
use ratatui::text::{Line, Span};

/// How many employers with the most positions to list.
const TOP_EMPLOYERS: usize = 5;

pub struct ImmigrationPane<'a> {
    pub app: &'a App,
    pub unit: &'a UnitGroup,
}

impl ImmigrationPane<'_> {
    pub fn doc(&self) -> Doc {
        let (app, l) = (self.app, self.app.labels);
        let t = &app.theme;
        let mut doc = Doc::new(app.theme);
        if let Some(imm) = app.facts_of(self.unit).map(|f| &f.immigration) {
            doc.heading(l.programs_heading);
            doc.muted(l.programs_legend);
            for p in &imm.programs {
                let (mark, style) = match p.eligible {
                    Some(true) => ("✓", t.bar),
                    Some(false) => ("✗", t.warning),
                    None => ("?", t.muted),
                };
                doc.blank();
                doc.line(
                    Line::from(vec![
                        Span::styled(format!("{mark} "), style),
                        Span::styled(p.name.clone(), t.title),
                    ]),
                    2,
                );
                doc.line(
                    Line::from(vec![Span::raw("  "), Span::raw(p.reason.clone())]),
                    2,
                );
                doc.line(
                    Line::styled(format!("  {} {}", l.as_of, p.as_of), t.muted),
                    2,
                );
                doc.line(
                    Line::styled(format!("  {} {}", l.source_prefix, p.source), t.muted),
                    2,
                );
            }

            doc.heading(l.lmia_heading);
            match &imm.lmia {
                Some(m) => {
                    doc.muted(&m.period);
                    doc.line(
                        label_value(l.positions, &number(app, i64::from(m.positions)), app),
                        2,
                    );
                    doc.line(
                        label_value(l.employers, &number(app, i64::from(m.employers)), app),
                        2,
                    );
                    let counts = |list: &[crate::model::figures::NamedCount]| {
                        list.iter()
                            .map(|c| format!("{} {}", c.name, c.positions))
                            .collect::<Vec<_>>()
                            .join(", ")
                    };
                    if !m.by_province.is_empty() {
                        doc.line(
                            label_value(l.by_province_lmia, &counts(&m.by_province), app),
                            2,
                        );
                    }
                    if !m.by_stream.is_empty() {
                        doc.line(label_value(l.by_stream, &counts(&m.by_stream), app), 2);
                    }
                    if !m.top_employers.is_empty() {
                        doc.muted(l.top_employers);
                        for e in m.top_employers.iter().take(TOP_EMPLOYERS) {
                            doc.bullet(&format!("{} ({})", e.name, e.positions));
                        }
                    }
                    doc.muted(&source_line(app, &m.source));
                }
                None => {
                    doc.muted(imm.lmia_missing.as_deref().unwrap_or(""));
                }
            }
        }

        let routes = app
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
        if let Some(imm) = app.facts_of(self.unit).map(|f| &f.immigration) {
            doc.blank().muted(&source_line(app, &imm.source));
        }
        doc.blank().styled(l.rules_change, t.warning);
        doc
    }
}
