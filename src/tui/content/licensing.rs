//! Licensing: the NOC employment-requirement sentences about licences, registration and
//! certification, each classified (required, with the provinces named / may be required /
//! voluntary / mentioned / none), the sentence that decides the overall status, and the
//! curated credentials with their issuing bodies.

use super::{Doc, phrases};
use crate::model::UnitGroup;
use crate::rules::credentials::Credential;
use crate::rules::licensing::{LicensingKind, LicensingLine};
use crate::tui::context::Context;
use crate::tui::i18n::{Labels, fill};
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

pub struct LicensingPane<'a> {
    pub cx: &'a Context<'a>,
    pub unit: &'a UnitGroup,
}

/// "required in Quebec, Alberta" when the text names provinces, else the status alone.
fn line_label(l: &Labels, line: &LicensingLine) -> String {
    if line.kind == LicensingKind::Required && !line.provinces.is_empty() {
        fill(
            l.phrases.required_in,
            &[("provinces", &phrases::provinces(l, &line.provinces))],
        )
    } else {
        phrases::licensing_kind(l, line.kind).to_string()
    }
}

/// The credentials the NOC text names: name, status, the body named as issuer, provinces.
fn credentials_named(doc: &mut Doc, l: &Labels, t: &Theme, credentials: &[Credential]) {
    if credentials.is_empty() {
        return;
    }
    let p = &l.licensing_path;
    doc.blank().heading(p.credentials_named);
    for c in credentials {
        let style = if c.required == LicensingKind::Required {
            t.warning
        } else {
            t.muted
        };
        let name = if c.name.is_empty() {
            phrases::licensing_kind(l, c.required).to_string()
        } else {
            c.name.clone()
        };
        doc.line(
            Line::from(vec![
                Span::styled("• ", t.muted),
                Span::styled(name, t.title),
                Span::styled(
                    format!("  [{}]", phrases::licensing_kind(l, c.required)),
                    style,
                ),
            ]),
            2,
        );
        let issuer = crate::i18n::path_words::credential_issuer(l, c);
        let mut rest = vec![Span::raw(format!("  {issuer}"))];
        if let Some(provinces) = crate::i18n::path_words::credential_provinces(l, c) {
            rest.push(Span::styled(format!(" · {provinces}"), t.muted));
        }
        doc.line(Line::from(rest), 4);
    }
    if credentials.iter().any(|c| c.name.contains("Red Seal")) {
        doc.muted(p.red_seal_means);
    }
    doc.muted(p.credentials_ours);
}

impl LicensingPane<'_> {
    pub fn doc(&self) -> Doc {
        let (cx, l) = (self.cx, self.cx.labels);
        let t = &cx.theme;
        let mut doc = Doc::new(cx.theme);
        doc.heading(l.licensing_requirements);
        if let Some(lic) = cx.facts_of(self.unit).map(|f| &f.licensing) {
            let style = |k: LicensingKind| match k {
                LicensingKind::Required => t.warning,
                LicensingKind::MayBeRequired => t.title,
                _ => t.muted,
            };
            let status = lic
                .lines
                .iter()
                .find(|line| {
                    line.kind == lic.status && lic.deciding.as_ref() == Some(&line.sentence)
                })
                .map_or_else(
                    || phrases::licensing_kind(l, lic.status).to_string(),
                    |line| line_label(l, line),
                );
            doc.line(
                Line::from(vec![
                    Span::styled(format!("{} ", l.licensing_status), t.muted),
                    Span::styled(status, style(lic.status)),
                ]),
                2,
            );
            if lic.deciding.is_some() {
                doc.muted(l.phrases.deciding);
            }
            if lic.lines.is_empty() {
                doc.muted(l.licensing_none);
            }
            for line in &lic.lines {
                let bullet = if lic.deciding.as_ref() == Some(&line.sentence) {
                    Span::styled("▸ ", style(line.kind))
                } else {
                    Span::styled("• ", t.muted)
                };
                doc.blank();
                doc.line(
                    Line::from(vec![
                        bullet,
                        Span::styled(format!("[{}] ", line_label(l, line)), style(line.kind)),
                        Span::raw(line.sentence.clone()),
                    ]),
                    2,
                );
            }
            credentials_named(&mut doc, l, t, &lic.credentials);
            doc.blank()
                .muted(&format!("{} {}", l.source_prefix, lic.source));
        }
        doc.heading(l.credentials);
        let credentials = cx
            .ds
            .profile(&self.unit.code)
            .map(|p| p.credentials.as_slice())
            .unwrap_or(&[]);
        if credentials.is_empty() {
            doc.muted(l.credentials_missing);
        }
        for c in credentials {
            let (mark, style) = if c.required {
                (l.required, t.warning)
            } else {
                (l.optional, t.muted)
            };
            doc.line(
                Line::from(vec![
                    Span::styled("• ", t.muted),
                    Span::styled(c.name.clone(), t.title),
                    Span::styled(format!("  [{mark}]"), style),
                ]),
                2,
            );
            doc.line(
                Line::from(vec![
                    Span::styled(format!("  {} ", l.issued_by), t.muted),
                    Span::raw(c.issuer.clone()),
                ]),
                4,
            );
        }
        let chosen = cx.filter.province_code();
        let provincial = crate::facts::path_in::provincial_licensing(
            cx.ds.figures.licensing.as_ref(),
            &self.unit.code,
            chosen,
        );
        super::licensing_provinces::section(&mut doc, l, &provincial, chosen);
        doc
    }
}
