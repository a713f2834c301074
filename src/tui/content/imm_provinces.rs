//! The Immigration pane's provinces: each provincial list the occupation is on or excluded
//! from (status, kind, dates, official page, how it was checked), the province chosen in the
//! filters first; the streams open to occupations they do not exclude; and the community
//! pilots that name it, marked low confidence. A function of the facts, the labels and the
//! theme only.

use super::Doc;
use crate::facts::provincial::{ProvincialFact, ProvincialFacts};
// A province's name by its code, as the path into the job and `show` give it.
use crate::i18n::path_words::province as province_name;
use crate::i18n::{Labels, fill};
use crate::locale;
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};

/// A web address as its site ("welcomebc.ca").
fn site(url: &str) -> &str {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    host.strip_prefix("www.").unwrap_or(host)
}

fn row_lines(doc: &mut Doc, r: &ProvincialFact, lead: bool, labels: &Labels, t: &Theme) {
    let (l, lang) = (&labels.lists, labels.lang);
    let historical = r.status == "historical";
    let name_style = if historical { t.muted } else { t.title };
    let mut head = vec![
        Span::styled("• ", t.muted),
        Span::styled(province_name(labels, &r.province), name_style),
        Span::styled(format!(" · {}: {}", r.program, r.stream), name_style),
    ];
    if lead {
        head.push(Span::styled(format!(" ({})", l.lead_mark), t.muted));
    }
    doc.line(Line::from(head), 2);
    let status_style = match r.status.as_str() {
        "listed" => t.bar,
        "excluded" => t.warning,
        _ => t.muted,
    };
    let mut facts = vec![
        Span::raw("  "),
        Span::styled(l.status(&r.status).to_string(), status_style),
        Span::styled(format!(" · {}", l.kind(&r.list)), t.base),
    ];
    if let Some(mark) = &r.mark {
        facts.push(Span::styled(format!(" · {}", l.mark(mark)), t.warning));
    }
    if let Some(date) = &r.effective {
        let effective = fill(l.effective, &[("date", &locale::date(lang, date))]);
        facts.push(Span::styled(format!(" · {effective}"), t.base));
    }
    if let Some(caveat) = &r.caveat {
        facts.push(Span::styled(format!(" · {}", l.caveat(caveat)), t.warning));
    }
    doc.line(Line::from(facts), 2);
    let captured = fill(l.captured, &[("date", &locale::date(lang, &r.captured))]);
    doc.line(
        Line::styled(
            format!(
                "  {} {} · {captured} · {}",
                l.source_page,
                site(&r.source),
                l.check(&r.check)
            ),
            t.muted,
        ),
        2,
    );
}

/// The provinces section of the Immigration pane; `lead` is the code of the province chosen
/// in the filters.
pub fn provinces_section(
    doc: &mut Doc,
    p: &ProvincialFacts,
    lead: Option<&str>,
    labels: &'static Labels,
    t: &Theme,
) {
    let (l, lang) = (&labels.lists, labels.lang);
    doc.heading(l.provinces_heading);
    if !p.loaded {
        doc.line(
            Line::styled(l.provinces_not_loaded.to_string(), t.warning),
            2,
        );
    } else {
        doc.muted(l.provinces_intro);
        if let Some(lead) = lead
            && !p.rows.iter().any(|r| r.province == lead)
        {
            let name = province_name(labels, lead);
            doc.line(
                Line::styled(fill(l.lead_not_on, &[("province", &name)]), t.title),
                0,
            );
        }
        if p.rows.is_empty() {
            doc.line(Line::styled(l.none_on_lists.to_string(), t.base), 2);
        }
        for r in p.led_by(lead) {
            row_lines(doc, r, Some(r.province.as_str()) == lead, labels, t);
        }
        if !p.open.is_empty() {
            doc.blank().styled(l.open_heading, t.title);
            for o in &p.open {
                let teers = match (o.teers.first(), o.teers.last()) {
                    (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
                    (Some(a), _) => a.to_string(),
                    _ => String::new(),
                };
                doc.line(
                    Line::from(vec![
                        Span::styled("• ", t.muted),
                        Span::styled(province_name(labels, &o.province), t.title),
                        Span::raw(format!(" · {}: {}", o.program, o.stream)),
                    ]),
                    2,
                );
                let captured = fill(l.captured, &[("date", &locale::date(lang, &o.captured))]);
                let mut open = vec![Span::styled(
                    format!("  {}", fill(l.open_line, &[("teers", &teers)])),
                    t.base,
                )];
                if let Some(caveat) = &o.caveat {
                    open.push(Span::styled(format!(" · {}", l.caveat(caveat)), t.warning));
                }
                doc.line(Line::from(open), 2);
                doc.line(
                    Line::styled(
                        format!(
                            "  {} {} · {captured} · {}",
                            l.source_page,
                            site(&o.source),
                            l.check(&o.check)
                        ),
                        t.muted,
                    ),
                    2,
                );
            }
        }
    }

    if let Some(carrier) = &p.carrier {
        let source = fill(l.provinces_source, &[("carrier", carrier)]);
        doc.muted(&format!("{} {source}", labels.source_prefix));
    }

    doc.blank().styled(l.pilots_heading, t.title);
    if !p.pilots_loaded {
        doc.line(Line::styled(l.pilots_not_loaded.to_string(), t.warning), 2);
        return;
    }
    doc.styled(l.pilots_caveat, t.warning);
    if p.pilots.is_empty() {
        doc.muted(l.pilots_none);
    }
    // One line per community, its pilots together; the chosen province first.
    let mut communities: Vec<(&str, &str, Vec<&str>, &str, &str)> = Vec::new();
    for c in &p.pilots {
        match communities.iter_mut().find(|x| x.0 == c.community) {
            Some(x) => x.2.push(&c.pilot),
            None => communities.push((
                &c.community,
                &c.province,
                vec![&c.pilot],
                &c.source,
                &c.captured,
            )),
        }
    }
    if let Some(lead) = lead {
        communities.sort_by_key(|c| c.1 != lead);
    }
    for (name, _, pilots, source, captured) in communities {
        let captured = fill(l.captured, &[("date", &locale::date(lang, captured))]);
        doc.line(
            Line::from(vec![
                Span::styled("• ", t.muted),
                Span::styled(name.to_string(), t.base),
                Span::styled(
                    format!(" ({}) · {} · {captured}", pilots.join(", "), site(source)),
                    t.muted,
                ),
            ]),
            2,
        );
    }
}
