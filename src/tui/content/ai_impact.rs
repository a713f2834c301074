//! AI impact: GPT-4 and human exposure (Eloundou et al.), AI applicability (Tomlinson et al.),
//! the percentile and label as a gauge, the combining method, the matched US O*NET
//! occupations, and the curated profile's narrative when one exists.

use super::{Doc, source_line};
use crate::model::UnitGroup;
use crate::tui::context::Context;
use ratatui::text::{Line, Span};

/// Cells of the percentile gauge.
const GAUGE: usize = 20;

pub struct AiImpactPane<'a> {
    pub cx: &'a Context<'a>,
    pub unit: &'a UnitGroup,
}

fn score(cx: &Context, v: Option<f64>) -> String {
    v.map_or("–".to_string(), |v| crate::locale::decimal(cx.lang, v, 2))
}

/// How the scores are combined in the words of `labels` and numbers of `lang`.
fn worded_method(labels: &crate::i18n::Labels, lang: crate::locale::Lang) -> String {
    let n = |v: f64| crate::locale::decimal(lang, v, 1);
    crate::i18n::fill(
        labels.reviewed.ai_method_text,
        &[
            ("half", &n(0.5)),
            ("low", &n(100.0 / 3.0)),
            ("high", &n(200.0 / 3.0)),
        ],
    )
}

/// How the scores are combined, in the interface's words and numbers: our translation of the
/// data's English text while that is the text we translated, else the data's own text.
fn method(cx: &Context, data: &str) -> String {
    let en = crate::locale::Lang::En;
    if worded_method(crate::i18n::Labels::for_lang(en), en) == data {
        worded_method(cx.labels, cx.lang)
    } else {
        data.to_string()
    }
}

impl AiImpactPane<'_> {
    pub fn doc(&self) -> Doc {
        let (cx, l) = (self.cx, self.cx.labels);
        let t = &cx.theme;
        let mut doc = Doc::new(cx.theme);
        if let Some(ai) = cx.facts_of(self.unit).map(|f| &f.ai) {
            doc.heading(l.ai_exposure_heading);
            if let Some(p) = ai.percentile {
                let filled = (usize::from(p) * GAUGE + 50) / 100;
                let label = match ai.label {
                    Some("low") => l.ai_low,
                    Some("moderate") => l.ai_moderate,
                    Some("high") => l.ai_high,
                    _ => "",
                };
                doc.line(
                    Line::from(vec![
                        Span::styled("█".repeat(filled), t.bar),
                        Span::styled("░".repeat(GAUGE - filled), t.bar_track),
                        Span::styled(format!(" {p}/100 · "), t.title),
                        Span::styled(label.to_string(), t.title),
                    ]),
                    2,
                );
                doc.muted(l.ai_percentile);
            }
            // LLM and beta, explained once where they first show.
            doc.muted(l.first_steps.gloss_ai);
            let rows = [
                (l.gpt4_exposure, ai.gpt4_beta),
                (l.human_exposure, ai.human_beta),
                (l.ai_applicability, ai.ai_applicability),
            ];
            for (name, v) in rows {
                doc.line(
                    Line::from(vec![
                        Span::styled(format!("{:>5}  ", score(cx, v)), t.title),
                        Span::raw(name.to_string()),
                    ]),
                    7,
                );
            }
            if let Some(why) = &ai.missing {
                doc.missing(l.ai_no_figures, why);
            }
            match cx.depth_of(self.unit) {
                Some(d) => super::ai_tasks::tasks(cx, &mut doc, &d.ai),
                None => {
                    doc.heading(l.depth.tasks_heading).muted(l.depth.computing);
                }
            }
            if !ai.matches.is_empty() {
                doc.heading(l.onet_matches);
                doc.muted(l.onet_columns);
                for m in &ai.matches {
                    doc.line(
                        Line::from(vec![
                            Span::styled(format!("{:<11}", m.onet), t.code),
                            Span::raw(format!(
                                "{:>5} {:>5} {:>5}  ",
                                score(cx, m.gpt4_beta),
                                score(cx, m.human_beta),
                                score(cx, m.ai_applicability)
                            )),
                            Span::styled(m.title.clone(), t.base),
                        ]),
                        31,
                    );
                }
            }
            if ai.matches.is_empty() && ai.missing.is_none() {
                doc.muted(l.ai_no_figures);
            }
            doc.heading(l.ai_method).muted(&method(cx, &ai.method));
            doc.muted(&source_line(cx, &ai.source));
            doc.muted(l.ai_licences);
        }

        if let Some(ai) = cx.ds.profile(&self.unit.code).map(|p| &p.ai_impact) {
            if !ai.overview.is_empty() {
                doc.heading(l.ai_overview).para(&ai.overview);
            }
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
        }
        doc
    }
}

#[cfg(test)]
mod tests {
    use crate::locale::Lang;

    /// The English wording is the data's own text, so the translations say what it says.
    #[test]
    fn the_worded_method_is_the_data_text_in_english() {
        let ds = crate::data::load_embedded().expect("the embedded dataset is valid");
        let en = crate::i18n::Labels::for_lang(Lang::En);
        assert_eq!(super::worded_method(en, Lang::En), ds.figures.ai_method);
    }
}
