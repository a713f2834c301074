//! Licensing: the NOC employment-requirement sentences about licences, registration and
//! certification, each classified (required / may be required / mentioned), and the curated
//! credentials with their issuing bodies.

use super::Doc;
use crate::model::UnitGroup;
use crate::rules::licensing::LicensingKind;
use crate::tui::i18n::Labels;
use crate::tui::state::App;
use ratatui::text::{Line, Span};

pub struct LicensingPane<'a> {
    pub app: &'a App,
    pub unit: &'a UnitGroup,
}

fn kind_label(l: &Labels, kind: LicensingKind) -> &'static str {
    match kind {
        LicensingKind::Required => l.required,
        LicensingKind::MayBeRequired => l.may_be_required,
        LicensingKind::Mentioned => l.mentioned,
        LicensingKind::None => l.none_found,
        // English only until the new licensing pane lands (issue 12 hands it over).
        LicensingKind::Voluntary => kind.label(),
    }
}

impl LicensingPane<'_> {
    pub fn doc(&self) -> Doc {
        let (app, l) = (self.app, self.app.labels);
        let t = &app.theme;
        let mut doc = Doc::new(app.theme);
        doc.heading(l.licensing_requirements);
        if let Some(lic) = app.facts_of(self.unit).map(|f| &f.licensing) {
            let style = |k: LicensingKind| match k {
                LicensingKind::Required => t.warning,
                LicensingKind::MayBeRequired => t.title,
                _ => t.muted,
            };
            doc.line(
                Line::from(vec![
                    Span::styled(format!("{} ", l.licensing_status), t.muted),
                    Span::styled(kind_label(l, lic.status), style(lic.status)),
                ]),
                2,
            );
            if lic.lines.is_empty() {
                doc.muted(l.licensing_none);
            }
            for line in &lic.lines {
                doc.blank();
                doc.line(
                    Line::from(vec![
                        Span::styled("• ", t.muted),
                        Span::styled(format!("[{}] ", kind_label(l, line.kind)), style(line.kind)),
                        Span::raw(line.sentence.clone()),
                    ]),
                    2,
                );
            }
            doc.blank()
                .muted(&format!("{} {}", l.source_prefix, lic.source));
        }
        doc.heading(l.credentials);
        let credentials = app
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
        doc.blank().muted(l.regulators_not_in_data);
        doc
    }
}
