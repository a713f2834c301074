//! Salary: curated salary bands by experience as range bars. Official Job Bank wages will
//! be drawn here when the figures are part of the build.

use super::{Bar, Doc, money, pane_widget};
use crate::model::UnitGroup;
use crate::tui::app::App;

pub struct SalaryPane<'a> {
    pub app: &'a App,
    pub unit: &'a UnitGroup,
}

impl SalaryPane<'_> {
    pub fn doc(&self) -> Doc {
        let (app, l) = (self.app, self.app.labels);
        let mut doc = Doc::new(app.theme);
        let bands = app
            .ds
            .profile(&self.unit.code)
            .map(|p| p.salary_bands.as_slice())
            .unwrap_or(&[]);
        if bands.is_empty() {
            doc.missing(l.salary_missing, l.salary_missing_why)
                .blank()
                .muted(l.salary_profile_missing);
            return doc;
        }
        doc.heading(l.salary_bands).blank();
        let bars = bands
            .iter()
            .map(|b| Bar {
                label: format!("{} · {} {}", b.level, b.years, l.years),
                low: b.low,
                high: b.high,
                value: format!("{}–{}", money(app, b.low), money(app, b.high)),
                note: b.note.clone(),
            })
            .collect();
        let top = bands.iter().map(|b| b.high).max().unwrap_or(0);
        doc.bars(bars, money(app, 0), money(app, top));
        doc.blank().muted(l.salary_missing);
        doc
    }
}

pane_widget!(SalaryPane);
