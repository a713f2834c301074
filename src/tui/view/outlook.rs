//! Outlook: the curated career path, demand and growth areas. COPS projections will be
//! drawn here when the figures are part of the build.

use super::{Doc, pane_widget};
use crate::model::UnitGroup;
use crate::tui::app::App;

pub struct OutlookPane<'a> {
    pub app: &'a App,
    pub unit: &'a UnitGroup,
}

impl OutlookPane<'_> {
    pub fn doc(&self) -> Doc {
        let (app, l) = (self.app, self.app.labels);
        let mut doc = Doc::new(app.theme);
        let Some(p) = app.ds.profile(&self.unit.code) else {
            doc.missing(l.outlook_missing, l.outlook_missing_why);
            return doc;
        };
        if !p.career_path.is_empty() {
            doc.heading(l.career_path).para(&p.career_path);
        }
        if !p.demand.is_empty() {
            doc.heading(l.demand).para(&p.demand);
        }
        if !p.growth_areas.is_empty() {
            doc.heading(l.growth_areas).bullets(&p.growth_areas);
        }
        doc.blank().muted(l.outlook_missing);
        doc
    }
}

pane_widget!(OutlookPane);
