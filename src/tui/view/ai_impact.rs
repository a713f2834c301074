//! AI impact: the curated profile's assessment. AI exposure figures will join it when the
//! figures are part of the build.

use super::{Doc, pane_widget};
use crate::model::UnitGroup;
use crate::tui::app::App;

pub struct AiImpactPane<'a> {
    pub app: &'a App,
    pub unit: &'a UnitGroup,
}

impl AiImpactPane<'_> {
    pub fn doc(&self) -> Doc {
        let (app, l) = (self.app, self.app.labels);
        let mut doc = Doc::new(app.theme);
        let Some(ai) = app.ds.profile(&self.unit.code).map(|p| &p.ai_impact) else {
            doc.missing(l.ai_missing, l.ai_missing_why);
            return doc;
        };
        doc.heading(l.ai_overview).para(&ai.overview);
        let lists = [
            (l.tasks_taken_over, &ai.tasks_taken_over),
            (l.tasks_augmented, &ai.tasks_augmented),
            (l.human_strengths, &ai.human_strengths),
            (l.skills_to_learn, &ai.skills_to_learn),
        ];
        for (title, items) in lists {
            if !items.is_empty() {
                doc.heading(title).bullets(items);
            }
        }
        if !ai.entry_level_effect.is_empty() {
            doc.heading(l.entry_level).para(&ai.entry_level_effect);
        }
        if !ai.career_shift.is_empty() {
            doc.heading(l.career_shift).para(&ai.career_shift);
        }
        doc
    }
}

pane_widget!(AiImpactPane);
