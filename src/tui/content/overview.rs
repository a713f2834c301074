//! Overview: definition, place in the hierarchy, duties, example titles, inclusions and
//! exclusions, NOC 2016 predecessors, and the curated profile's summary and fit.

use super::Doc;
use crate::locale::Lang;
use crate::model::UnitGroup;
use crate::tui::context::Context;
use ratatui::text::{Line, Span};

/// How many example titles to list before "+ N more".
const EXAMPLES_SHOWN: usize = 12;

pub struct OverviewPane<'a> {
    pub cx: &'a Context<'a>,
    pub unit: &'a UnitGroup,
}

impl OverviewPane<'_> {
    pub fn doc(&self) -> Doc {
        let (cx, unit, l) = (self.cx, self.unit, self.cx.labels);
        let mut doc = Doc::new(cx.theme);
        let profile = cx.ds.profile(&unit.code);
        let definition = match cx.lang {
            Lang::Fr if !unit.definition_fr.is_empty() => unit.definition_fr.as_str(),
            _ => unit.definition.as_str(),
        };
        let depth = cx.depth_of(unit);
        super::overview_card::what_it_is(cx, &mut doc, definition, depth);
        // Presentation mode shows the card above the pane, in its own type.
        if !cx.present {
            super::overview_card::at_a_glance(cx, unit, &mut doc, depth);
        }
        if let Some(p) = profile {
            doc.heading(l.summary).para(&p.summary);
        }
        super::overview_card::profile_leads(cx, &mut doc, depth);
        // The whole definition opened the pane unless profiles did (a single profile's own
        // lead, or several profiles after the definition's first sentence).
        let led_by_profiles = depth.is_some_and(|d| match d.oasis.profiles.as_slice() {
            [] => false,
            [only] => only.lead.as_deref().is_some_and(|lead| lead != definition),
            _ => true,
        });
        if led_by_profiles {
            doc.heading(l.depth.noc_definition).para(definition);
        }
        if let Some(d) = depth {
            super::fit::who_it_suits(cx, &mut doc, &d.oasis);
        }

        if let Some(h) = cx.ds.hierarchy(unit) {
            doc.heading(l.classification);
            let levels = [
                h.broad_category,
                h.major_group,
                h.sub_major_group,
                h.minor_group,
            ];
            for (depth, class) in levels.iter().enumerate() {
                let title = if cx.lang == Lang::Fr {
                    &class.title_fr
                } else {
                    &class.title
                };
                doc.line(self.path_line(depth, &class.code, title), 10);
            }
            doc.line(self.path_line(4, &unit.code, cx.primary_title(unit)), 10);
        }

        if !unit.main_duties.is_empty() {
            doc.heading(l.main_duties);
            for (i, duty) in unit.main_duties.iter().enumerate() {
                if i == 0 && duty.ends_with(':') {
                    doc.muted(duty);
                } else {
                    doc.bullet(duty);
                }
            }
        }

        if !unit.example_titles.is_empty() {
            doc.heading(&format!(
                "{} ({})",
                l.example_titles,
                unit.example_titles.len()
            ));
            let shown: Vec<&str> = if unit.illustrative_examples.is_empty() {
                unit.example_titles.iter().take(EXAMPLES_SHOWN).collect()
            } else {
                unit.illustrative_examples
                    .iter()
                    .take(EXAMPLES_SHOWN)
                    .map(|e| e.as_str())
                    .collect()
            };
            doc.para(&shown.join(", "));
            let rest = unit.example_titles.len().saturating_sub(shown.len());
            if rest > 0 {
                // The rest are one key away: the overlay lists them all, with a filter.
                let key = cx.keymap.first_keys(
                    crate::tui::keymap::Context::List,
                    &[crate::tui::action::Action::ShowExamples],
                );
                let all = l
                    .tools
                    .examples_all
                    .replace("{key}", &key)
                    .replace("{n}", &super::number(cx, unit.example_titles.len() as i64));
                doc.muted(&format!("+ {rest} {} · {all}", l.and_more));
            }
        }
        if !unit.inclusions.is_empty() {
            doc.heading(l.inclusions).bullets(&unit.inclusions);
        }
        if !unit.exclusions.is_empty() {
            doc.heading(l.exclusions).bullets(&unit.exclusions);
        }
        if !unit.noc2016.is_empty() {
            doc.heading(l.noc2016);
            for code in &unit.noc2016 {
                let title = cx.ds.noc2016_class(code).map_or("", |c| c.title.as_str());
                doc.line(
                    Line::from(vec![
                        Span::styled(format!("{code}  "), cx.theme.code),
                        Span::raw(title.to_string()),
                    ]),
                    6,
                );
            }
        }

        if let Some(d) = depth {
            super::fit::work_context(cx, &mut doc, &d.oasis);
        }
        match profile {
            Some(p) => {
                if !p.suits.is_empty() {
                    doc.heading(l.suits).bullets(&p.suits);
                }
                if !p.not_suited.is_empty() {
                    doc.heading(l.not_suited).bullets(&p.not_suited);
                }
                doc.blank()
                    .muted(&format!("{} {}", l.profile_checked, p.as_of));
                let names: Vec<&str> = p.sources.iter().map(|s| s.name.as_str()).collect();
                if !names.is_empty() {
                    doc.muted(&format!("{}: {}", l.sources, names.join("; ")));
                }
            }
            None => {
                doc.blank().muted(l.no_profile);
            }
        }
        self.score(&mut doc);
        doc.blank().muted(l.source_line);
        doc
    }

    /// "Why 6.4?": each component with its value, weight, input and how it is computed.
    fn score(&self, doc: &mut Doc) {
        let (cx, l) = (self.cx, self.cx.labels);
        let t = &cx.theme;
        let Some(score) = cx.facts_of(self.unit).map(|f| &f.score) else {
            return;
        };
        let Some(value) = score.value else {
            return;
        };
        doc.heading(
            &l.why_score
                .replace("{}", &crate::locale::decimal(cx.lang, value, 1)),
        );
        for c in &score.components {
            let name = super::phrases::score_component(l, c);
            let (v, style) = match c.value {
                Some(v) => (
                    format!("{:>4}", crate::locale::decimal(cx.lang, v, 1)),
                    t.title,
                ),
                None => (format!("{:>4}", "–"), t.warning),
            };
            let weight = if c.value.is_some() {
                format!(
                    "× {}  ",
                    crate::locale::decimal(cx.lang, c.effective_weight, 2)
                )
            } else {
                format!("{}  ", l.no_data)
            };
            doc.line(
                Line::from(vec![
                    Span::styled(format!("{v} "), style),
                    Span::styled(format!("{weight:<8}"), t.muted),
                    Span::styled(name.to_string(), t.base),
                ]),
                13,
            );
            let how = super::phrases::score_how(l, c);
            let input = super::phrases::score_input(l, &c.detail);
            doc.line(
                Line::styled(format!("{:13}{input} → {how}", ""), t.muted),
                13,
            );
        }
        if let Some(note) = &score.note {
            doc.styled(note, t.warning);
        }
    }

    fn path_line(&self, depth: usize, code: &str, title: &str) -> Line<'static> {
        let theme = &self.cx.theme;
        Line::from(vec![
            Span::raw(" ".repeat(depth)),
            Span::styled(format!("{code:<w$}", w = 10 - depth), theme.code),
            Span::styled(
                title.to_string(),
                if depth == 4 { theme.title } else { theme.base },
            ),
        ])
    }
}
