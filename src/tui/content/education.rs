//! Education: what the TEER category means, the official employment requirements, and the
//! curated education paths with duration and cost.

use super::{Doc, money};
use crate::model::UnitGroup;
use crate::tui::action::Action;
use crate::tui::keymap::Context;
use crate::tui::state::App;
use ratatui::text::{Line, Span};

pub struct EducationPane<'a> {
    pub app: &'a App,
    pub unit: &'a UnitGroup,
}

impl EducationPane<'_> {
    pub fn doc(&self) -> Doc {
        let (app, unit, l) = (self.app, self.unit, self.app.labels);
        let t = &app.theme;
        let mut doc = Doc::new(app.theme);
        doc.heading(l.teer_meaning);
        doc.line(
            Line::from(vec![
                Span::styled(format!("{} {}  ", l.tools.r_teer, unit.teer), t.title),
                Span::styled(l.teer_meaning_of(unit.teer).to_string(), t.base),
            ]),
            8,
        );
        let path = crate::facts::path_in::education_path(
            &unit.employment_requirements,
            app.ds.figures.tuition.as_ref(),
            app.filter.province_code(),
        );
        super::education_path::section(
            &mut doc,
            &super::education_path::PathTable {
                labels: l,
                lang: app.lang,
                path: &path,
                sentences: app.path_sentences,
                key: (app.keymap).first_keys(Context::List, &[Action::TogglePathSentences]),
            },
        );
        if !unit.employment_requirements.is_empty() {
            doc.heading(l.employment_requirements)
                .bullets(&unit.employment_requirements);
        }
        if !unit.additional_information.is_empty() {
            doc.heading(l.additional_information)
                .bullets(&unit.additional_information);
        }
        match app.depth_of(unit) {
            Some(d) => super::fit::skills(app, &mut doc, &d.oasis),
            None => {
                doc.heading(l.depth.skills_heading).muted(l.depth.computing);
            }
        }
        let paths = app
            .ds
            .profile(&unit.code)
            .map(|p| p.education_paths.as_slice())
            .unwrap_or(&[]);
        doc.heading(l.education_paths);
        if paths.is_empty() {
            doc.muted(l.education_missing);
        }
        for path in paths {
            doc.bullet(&path.stage);
            doc.line(
                Line::from(vec![
                    Span::raw("  "),
                    Span::styled(path.duration.clone(), t.title),
                    Span::styled(" · ", t.muted),
                    Span::raw(format!(
                        "{}–{}",
                        money(app, path.cost_low),
                        money(app, path.cost_high)
                    )),
                ]),
                2,
            );
        }
        doc
    }
}
