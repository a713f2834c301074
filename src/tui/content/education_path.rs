//! The Education pane's path table: each stage the NOC text states, in order, with its length
//! as stated and how firmly it is asked, the source sentence one key away; then the university
//! tuition of the field of study (our match). A function of explicit arguments, not the App.

use super::Doc;
use crate::facts::path_in::EducationPath;
use crate::i18n::path_words;
use crate::locale::Lang;
use crate::tui::i18n::{Labels, fill};
use crate::tui::text::{width, wrap};
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

/// What the table is drawn from.
pub struct PathTable<'a> {
    pub labels: &'static Labels,
    pub lang: Lang,
    pub path: &'a EducationPath,
    /// Whether the source sentences show under the stages.
    pub sentences: bool,
    /// The key that shows or hides them, as the keymap has it.
    pub key: String,
}

/// A row of the table, in owned text.
#[derive(Clone)]
struct Row {
    who: Option<String>,
    stage: String,
    length: Option<String>,
    asked: String,
    /// The sentence, on the last row read from it.
    sentence: Option<String>,
}

fn cells(text: &str, w: usize) -> Vec<String> {
    wrap(&Line::raw(text.to_string()), w, 0)
        .into_iter()
        .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
        .collect()
}

fn pad(s: &str, w: usize) -> String {
    format!("{s}{}", " ".repeat(w.saturating_sub(width(s))))
}

fn lay_out(rows: &[Row], l: &'static Labels, t: Theme, w: usize) -> Vec<Line<'static>> {
    let p = &l.path_in;
    let mut out = Vec::new();
    let len_w = (rows.iter())
        .map(|r| width(r.length.as_deref().unwrap_or(p.not_stated)))
        .chain([width(p.col_length)])
        .max()
        .unwrap_or(0)
        .min(18);
    let asked_w = (rows.iter().map(|r| width(&r.asked)))
        .chain([width(p.col_asked)])
        .max()
        .unwrap_or(0)
        .min(16);
    let stage_w = w.saturating_sub(len_w + asked_w + 4);
    let table = stage_w >= 24;
    if table {
        out.push(Line::styled(
            format!(
                "{}  {}  {}",
                pad(p.col_stage, stage_w),
                pad(p.col_length, len_w),
                p.col_asked
            ),
            t.heading,
        ));
    }
    let mut who: Option<&str> = None;
    for r in rows {
        if r.who.as_deref() != who {
            who = r.who.as_deref();
            if let Some(name) = who {
                out.push(Line::styled(fill(p.for_who, &[("who", name)]), t.title));
            }
        }
        let length = r.length.clone().unwrap_or_else(|| p.not_stated.to_string());
        let len_style = if r.length.is_some() { t.title } else { t.muted };
        if table {
            let stage = cells(&r.stage, stage_w);
            let len = cells(&length, len_w);
            let asked = cells(&r.asked, asked_w);
            let n = stage.len().max(len.len()).max(asked.len());
            for i in 0..n {
                let get = |v: &Vec<String>| v.get(i).cloned().unwrap_or_default();
                out.push(Line::from(vec![
                    Span::styled(pad(&get(&stage), stage_w), t.base),
                    Span::raw("  "),
                    Span::styled(pad(&get(&len), len_w), len_style),
                    Span::raw("  "),
                    Span::styled(get(&asked), t.muted),
                ]));
            }
        } else {
            out.extend(wrap(
                &Line::from(vec![
                    Span::styled("• ", t.muted),
                    Span::raw(r.stage.clone()),
                ]),
                w,
                2,
            ));
            out.extend(wrap(
                &Line::from(vec![
                    Span::raw("  "),
                    Span::styled(length, len_style),
                    Span::styled(format!(" · {}", r.asked), t.muted),
                ]),
                w,
                2,
            ));
        }
        if let Some(s) = &r.sentence {
            out.extend(wrap(&Line::styled(format!("  “{s}”"), t.muted), w, 3));
        }
    }
    out
}

/// The path table and the tuition lines, written into `doc`.
pub fn section(doc: &mut Doc, a: &PathTable) {
    let (l, p) = (a.labels, &a.labels.path_in);
    let t = doc.theme();
    doc.heading(p.path_heading);
    let stages = &a.path.path;
    if stages.is_empty() {
        doc.muted(p.no_path);
    } else {
        let rows: Vec<Row> = (stages.iter().enumerate())
            .map(|(i, s)| Row {
                who: s.who.clone(),
                stage: path_words::stage_name(l, s),
                length: s.length.clone(),
                asked: path_words::asked(l, s),
                sentence: (a.sentences
                    && stages.get(i + 1).is_none_or(|n| n.sentence != s.sentence))
                .then(|| s.sentence.clone()),
            })
            .collect();
        doc.sized(move |w| lay_out(&rows, l, t, w));
        let hint = if a.sentences {
            p.sentences_shown
        } else {
            p.sentences_hidden
        };
        doc.muted(&hint.replace("{key}", &a.key));
        doc.muted(p.path_ours);
    }
    tuition(doc, a);
}

fn tuition(doc: &mut Doc, a: &PathTable) {
    let (l, p) = (a.labels, &a.labels.path_in);
    let path = a.path;
    if !path.path.iter().any(|s| s.university) {
        return;
    }
    doc.heading(p.tuition_heading);
    let mut level = None;
    for f in &path.tuition {
        if level != Some(&f.level) {
            level = Some(&f.level);
            doc.styled(&path_words::tuition_field(l, f), doc.theme().title);
        }
        doc.line(
            Line::from(vec![
                Span::raw("  "),
                Span::raw(path_words::tuition_line(l, a.lang, f)),
            ]),
            4,
        );
    }
    if let Some(stage) = &path.unmatched_university {
        doc.muted(&fill(p.tuition_unmatched, &[("stage", stage)]));
    }
    let figures: Vec<_> = path.tuition.iter().collect();
    if figures.iter().any(|f| f.amount.is_some()) {
        doc.muted(&format!(
            "{} {}",
            l.source_prefix,
            path_words::tuition_source(l, &figures)
        ));
    }
}
