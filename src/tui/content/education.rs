//! Education: what the TEER category means, the official employment requirements, and the
//! curated education paths with duration and cost.

use super::{Doc, money};
use crate::model::UnitGroup;
use crate::tui::action::Action;
use crate::tui::context::Context;
use crate::tui::keymap::Context as KeyContext;
use ratatui::text::{Line, Span};

pub struct EducationPane<'a> {
    pub cx: &'a Context<'a>,
    pub unit: &'a UnitGroup,
}

impl EducationPane<'_> {
    pub fn doc(&self) -> Doc {
        let (cx, unit, l) = (self.cx, self.unit, self.cx.labels);
        let t = &cx.theme;
        let mut doc = Doc::new(cx.theme);
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
            cx.ds.figures.tuition.as_ref(),
            cx.filter.province_code(),
        );
        super::education_path::section(
            &mut doc,
            &super::education_path::PathTable {
                labels: l,
                lang: cx.lang,
                path: &path,
                sentences: cx.path_sentences,
                key: (cx.keymap).first_keys(KeyContext::List, &[Action::TogglePathSentences]),
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
        match cx.depth_of(unit) {
            Some(d) => super::fit::skills(cx, &mut doc, &d.oasis),
            None => {
                doc.heading(l.depth.skills_heading).muted(l.depth.computing);
            }
        }
        let paths = cx
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
                        money(cx, path.cost_low),
                        money(cx, path.cost_high)
                    )),
                ]),
                2,
            );
        }
        doc
    }
}
