//! Licensing: the sentences of the official requirements about licences, registration,
//! certification and regulation, and the curated credentials with their issuing bodies.

use super::{Doc, pane_widget};
use crate::model::UnitGroup;
use crate::tui::app::App;
use ratatui::text::{Line, Span};

/// Word stems that mark a requirement as being about licensing.
const STEMS: [&str; 4] = ["licen", "regist", "certif", "regulat"];

/// The requirement sentences that mention a licence, registration, certification or regulation.
pub fn licensing_sentences(unit: &UnitGroup) -> Vec<&str> {
    unit.employment_requirements
        .iter()
        .chain(&unit.additional_information)
        .filter(|s| {
            let lower = s.to_lowercase();
            STEMS.iter().any(|stem| lower.contains(stem))
        })
        .map(String::as_str)
        .collect()
}

pub struct LicensingPane<'a> {
    pub app: &'a App,
    pub unit: &'a UnitGroup,
}

impl LicensingPane<'_> {
    pub fn doc(&self) -> Doc {
        let (app, l) = (self.app, self.app.labels);
        let t = &app.theme;
        let mut doc = Doc::new(app.theme);
        doc.heading(l.licensing_requirements);
        let sentences = licensing_sentences(self.unit);
        if sentences.is_empty() {
            doc.muted(l.licensing_none);
        }
        doc.bullets(&sentences);
        doc.heading(l.credentials);
        let credentials = app
            .ds
            .profile(&self.unit.code)
            .map(|p| p.credentials.as_slice())
            .unwrap_or(&[]);
        if credentials.is_empty() {
            doc.muted(l.credentials_missing);
        }
        for c in credentials {
            let (mark, style) = if c.required {
                (l.required, t.warning)
            } else {
                (l.optional, t.muted)
            };
            doc.line(
                Line::from(vec![
                    Span::styled("• ", t.muted),
                    Span::styled(c.name.clone(), t.title),
                    Span::styled(format!("  [{mark}]"), style),
                ]),
                2,
            );
            doc.line(
                Line::from(vec![
                    Span::styled(format!("  {} ", l.issued_by), t.muted),
                    Span::raw(c.issuer.clone()),
                ]),
                4,
            );
        }
        doc.blank().muted(l.licensing_why);
        doc
    }
}

pane_widget!(LicensingPane);
