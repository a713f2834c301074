//! Outlook: the COPS 2024-2033 projection (recent and future conditions, job openings vs job
//! seekers as bars, employment in 2023) and the curated career path, demand and growth areas.

use super::{Bar, Doc, label_value, number, source_line};
use crate::model::UnitGroup;
use crate::tui::action::Action;
use crate::tui::context::Context;
use crate::tui::keymap::Context as Keys;

pub struct OutlookPane<'a> {
    pub cx: &'a Context<'a>,
    pub unit: &'a UnitGroup,
}

impl OutlookPane<'_> {
    pub fn doc(&self) -> Doc {
        let (cx, l) = (self.cx, self.cx.labels);
        let t = &cx.theme;
        let mut doc = Doc::new(cx.theme);
        if let Some(f) = cx.facts_of(self.unit).map(|f| &f.outlook) {
            doc.heading(l.outlook_heading);
            let recent = super::phrases::conditions(
                l,
                f.recent_conditions.as_ref(),
                f.recent_conditions_fr.as_ref(),
            );
            let future = super::phrases::conditions(
                l,
                f.future_conditions.as_ref(),
                f.future_conditions_fr.as_ref(),
            );
            let na = l.not_published;
            doc.line(
                label_value(l.recent_conditions, recent.as_deref().unwrap_or(na), cx),
                2,
            );
            let mut future_line =
                label_value(l.future_conditions, future.as_deref().unwrap_or(na), cx);
            if future.is_some()
                && let Some(last) = future_line.spans.last_mut()
            {
                last.style = t.title;
            }
            doc.line(future_line, 2);
            if let Some(e) = f.employment_2023 {
                doc.line(label_value(l.employment_2023, &number(cx, e), cx), 2);
            }
            if let Some(gap) = f.gap {
                doc.muted(super::phrases::outlook_gap(l, gap));
            }
            if let (Some(open), Some(seek)) = (f.job_openings, f.job_seekers) {
                doc.heading(l.openings_vs_seekers).blank();
                let n = |v: Option<i64>| v.map_or("?".to_string(), |v| number(cx, v));
                // "+ 400", "− 1,000": the parts of a total, negative ones subtracted.
                let term = |v: Option<i64>| match v {
                    Some(v) if v < 0 => format!("− {}", number(cx, -v)),
                    _ => format!("+ {}", n(v)),
                };
                let bars = vec![
                    Bar {
                        label: l.job_openings.to_string(),
                        low: 0,
                        high: open.max(0) as u32,
                        value: number(cx, open),
                        note: format!(
                            "= {} {} {} {} {} {}",
                            n(f.employment_growth),
                            l.growth,
                            term(f.retirements),
                            l.retirements,
                            term(f.other_replacement),
                            l.other_replacement
                        ),
                    },
                    Bar {
                        label: l.job_seekers.to_string(),
                        low: 0,
                        high: seek.max(0) as u32,
                        value: number(cx, seek),
                        note: format!(
                            "= {} {} {} {} {} {}",
                            n(f.school_leavers),
                            l.school_leavers,
                            term(f.immigration),
                            l.immigrants,
                            term(f.other_seekers),
                            l.other_seekers
                        ),
                    },
                ];
                let top = open.max(seek).max(0);
                doc.bars(bars, "0".into(), number(cx, top));
                // "Strong risk of Shortage" beside equal totals reads as a contradiction.
                if let Some(why) = crate::i18n::first_steps::outlook_why(l, f, false) {
                    doc.muted(&why);
                }
            }
            doc.muted(&source_line(cx, &f.source));
        }
        match cx.depth_of(self.unit) {
            Some(d) => super::outlook_yearly::yearly(cx, &mut doc, &d.outlook),
            None => {
                doc.heading(l.depth.yearly_heading).muted(l.depth.computing);
            }
        }

        let links = cx.keymap.first_keys(Keys::List, &[Action::ShowLinks]);
        let order = cx.keymap.first_keys(Keys::List, &[Action::CyclePathSort]);
        let keys = super::paths::PathKeys {
            links: &links,
            order: &order,
        };
        match cx.paths_of(self.unit) {
            Some(paths) => super::paths::section(&mut doc, paths, cx.paths_sort, l, cx.lang, &keys),
            None => {
                doc.heading(l.paths.heading).muted(l.depth.computing);
            }
        }

        if let Some(p) = cx.ds.profile(&self.unit.code) {
            if !p.career_path.is_empty() {
                doc.heading(l.career_path).para(&p.career_path);
            }
            if !p.demand.is_empty() {
                doc.heading(l.demand).para(&p.demand);
            }
            if !p.growth_areas.is_empty() {
                doc.heading(l.growth_areas).bullets(&p.growth_areas);
            }
        }
        doc
    }
}
