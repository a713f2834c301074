//! Immigration: the curated profile's routes. Program eligibility (Express Entry, provincial
//! nominee streams) will be computed here when the rules are part of the build.

use super::{Doc, pane_widget};
use crate::model::UnitGroup;
use crate::tui::app::App;
use ratatui::text::{Line, Span};

pub struct ImmigrationPane<'a> {
    pub app: &'a App,
    pub unit: &'a UnitGroup,
}

impl ImmigrationPane<'_> {
    pub fn doc(&self) -> Doc {
        let (app, l) = (self.app, self.app.labels);
        let mut doc = Doc::new(app.theme);
        let routes = app
            .ds
            .profile(&self.unit.code)
            .map(|p| p.immigration_routes.as_slice())
            .unwrap_or(&[]);
        if routes.is_empty() {
            doc.missing(l.immigration_missing, l.immigration_missing_why);
            return doc;
        }
        doc.heading(l.immigration_routes);
        for r in routes {
            doc.line(
                Line::from(vec![
                    Span::styled("• ", app.theme.muted),
                    Span::styled(r.program.clone(), app.theme.title),
                ]),
                2,
            );
            doc.line(
                Line::from(vec![Span::raw("  "), Span::raw(r.detail.clone())]),
                2,
            );
        }
        doc.blank().muted(l.immigration_missing);
        doc
    }
}

pane_widget!(ImmigrationPane);
