//! The AI pane's tasks: the labelled O*NET tasks of the matched US occupations in three
//! groups (E1, E2, E0) with counts, shares and GPT-4 disagreements, then the work activities
//! ranked by observed AI applicability.

use super::{Doc, source_line};
use crate::facts::depth::{AiTasksSection, Status};
use crate::locale;
use crate::tui::action::Action;
use crate::tui::context::Context;
use crate::tui::keymap::Context as Keys;
use ratatui::text::{Line, Span};

/// The meaning of a group's label in the interface language.
fn meaning(cx: &Context, label: &str) -> &'static str {
    let m = &cx.labels.depth.meanings;
    match label {
        "E1" => m[0],
        "E2" => m[1],
        _ => m[2],
    }
}

pub fn tasks(cx: &Context, doc: &mut Doc, ai: &AiTasksSection) {
    let (d, t) = (&cx.labels.depth, &cx.theme);
    doc.heading(d.tasks_heading);
    doc.muted(d.exposure_line);
    if ai.status != Status::Loaded {
        doc.styled(
            &format!("⚠ {}", super::phrases::depth_status(cx.labels, &ai.status)),
            t.warning,
        );
    }
    let weak: Vec<&str> = ai
        .links
        .iter()
        .filter(|l| l.weak)
        .map(|l| l.onet.as_str())
        .collect();
    let folded = cx.fold_weak && !weak.is_empty();
    // Without any labelled task there is nothing to rank the links by but their titles.
    if !ai.links.is_empty() && !ai.groups.is_empty() {
        links(cx, doc, ai, weak.len());
    } else if !ai.onet.is_empty() {
        doc.muted(d.onet_reached);
        for (code, title) in &ai.onet {
            doc.line(
                Line::from(vec![
                    Span::styled(format!("{code}  "), t.code),
                    Span::styled(title.clone(), t.base),
                ]),
                12,
            );
        }
    }
    if !ai.groups.is_empty() {
        doc.muted(d.grouping);
    }
    for g in &ai.groups {
        let template = if g.count == 1 {
            d.group_count_one
        } else {
            d.group_count
        };
        let count = template
            .replace("{count}", &super::number(cx, g.count as i64))
            .replace("{share}", &locale::percent(cx.lang, g.share));
        let mut spans = vec![
            Span::styled(format!("{} ", g.label), t.title),
            Span::styled(meaning(cx, g.label).to_string(), t.heading),
            Span::styled(format!(" · {count}"), t.base),
        ];
        if g.disagreements > 0 {
            spans.push(Span::styled(
                format!(" · {} {}", g.disagreements, d.disagreements),
                t.muted,
            ));
        }
        doc.blank().line(Line::from(spans), 3);
        let mut hidden = 0;
        for task in ai.tasks.iter().filter(|x| x.human == g.label) {
            if folded && weak.contains(&task.onet.as_str()) {
                hidden += 1;
                continue;
            }
            let mut spans = vec![
                Span::styled("• ", t.muted),
                Span::styled(task.task.clone(), t.base),
                Span::styled(format!(" [{}]", task.onet), t.code),
            ];
            if task.disagree {
                spans.push(Span::styled(
                    format!(" {} {}", d.gpt4_says, task.gpt4),
                    t.warning,
                ));
            }
            doc.line(Line::from(spans), 2);
        }
        if hidden > 0 {
            doc.muted(
                &cx.labels
                    .ai_links
                    .folded
                    .replace("{n}", &hidden.to_string()),
            );
        }
    }
    doc.blank().muted(&source_line(cx, &ai.source));

    doc.heading(d.activities_heading);
    if ai.activities_status != Status::Loaded {
        doc.styled(
            &format!(
                "⚠ {}",
                super::phrases::depth_status(cx.labels, &ai.activities_status)
            ),
            t.warning,
        );
    } else {
        doc.muted(
            &d.activities_counted
                .replace("{counted}", &ai.activities_counted.to_string())
                .replace("{total}", &ai.activities_total.to_string()),
        );
        for a in &ai.activities {
            doc.line(
                Line::from(vec![
                    Span::styled(
                        format!(
                            "{:>5}  ",
                            crate::locale::decimal(cx.lang, a.applicability, 2)
                        ),
                        t.title,
                    ),
                    Span::styled(a.title.clone(), t.base),
                ]),
                7,
            );
        }
    }
    doc.muted(&source_line(cx, &ai.activities_source));
}

/// The linked US occupations, closest first, with the tasks each gives and the weak ones
/// marked; then the key that folds the weak links' tasks away or shows them.
fn links(cx: &Context, doc: &mut Doc, ai: &AiTasksSection, weak: usize) {
    let (l, t) = (&cx.labels.ai_links, &cx.theme);
    doc.muted(l.heading);
    for link in &ai.links {
        let line = l
            .line
            .replace("{tasks}", &super::number(cx, link.tasks as i64))
            .replace("{closeness}", &locale::decimal(cx.lang, link.closeness, 2));
        let mut spans = vec![
            Span::styled(format!("{}  ", link.onet), t.code),
            Span::styled(link.title.clone(), if link.weak { t.muted } else { t.base }),
            Span::styled(format!(" · {line}"), t.muted),
        ];
        if link.weak {
            spans.push(Span::styled(format!(" · {}", l.weak), t.warning));
        }
        doc.line(Line::from(spans), 12);
    }
    if weak > 0 {
        let key = cx.keymap.first_keys(Keys::List, &[Action::FoldWeakLinks]);
        let template = if cx.fold_weak {
            l.unfold_hint
        } else {
            l.fold_hint
        };
        doc.muted(
            &template
                .replace("{key}", &key)
                .replace("{n}", &weak.to_string()),
        );
    }
}
