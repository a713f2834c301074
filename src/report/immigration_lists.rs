//! The Express Entry rounds and the provincial lists of one occupation as sections of `show`
//! (text and Markdown) and the handouts, worded from `assets/i18n` in the chosen language.

use super::document::Section;
use crate::facts::Facts;
use crate::i18n::{Labels, fill};
use crate::locale::{self, Lang};

/// The rounds of the occupation's category versions and of the programs open to it.
pub fn rounds(f: &Facts, lang: Lang) -> Section {
    let l = &Labels::for_lang(lang).lists;
    let r = &f.immigration.lists.rounds;
    let s = Section::new(l.rounds_heading);
    let Some(as_of) = r.as_of.as_deref().filter(|_| r.loaded) else {
        return s.line(l.rounds_not_loaded);
    };
    let date = |d: &str| locale::date(lang, d);
    let mut rows = Vec::new();
    let mut notes = vec![fill(l.rounds_intro, &[("date", &date(as_of))])];
    for row in &r.rows {
        let years: Vec<String> = row.list_years.iter().map(u16::to_string).collect();
        let list = match (row.kind, row.past) {
            ("program", _) => l.program_rounds_short.to_string(),
            (_, true) => fill(l.past_list, &[("years", &years.join(", "))]),
            (_, false) => fill(l.list_year, &[("year", &years.join(", "))]),
        };
        match (&row.last_date, row.last_cutoff, row.last_invitations) {
            (Some(d), Some(cutoff), Some(invitations)) => rows.push(vec![
                match l.family(&row.family) {
                    family if family == row.name => row.name.clone(),
                    family => format!("{family} ({})", row.name),
                },
                list,
                date(d),
                cutoff.to_string(),
                locale::number(lang, i64::from(invitations)),
                locale::number(lang, row.rounds_last_12_months as i64),
            ]),
            _ => {
                let family = l.family(&row.family);
                let since = match &row.none_since {
                    Some(d) => fill(l.family_last, &[("family", family), ("date", &date(d))]),
                    None => fill(l.family_never, &[("family", family)]),
                };
                let none = fill(
                    l.no_round_for_list,
                    &[("year", &years.join(", ")), ("as_of", &date(as_of))],
                );
                notes.push(format!("{family} ({list}): {none}; {since}"));
            }
        }
    }
    if !r.rows.iter().any(|r| r.kind == "category") {
        notes.push(l.no_category.to_string());
    }
    if !r.pool {
        notes.push(l.no_pool.to_string());
    }
    let mut s = s.lines(notes).table(&l.rounds_table, rows);
    if let Some(src) = &r.source {
        s = s.source(fill(
            l.rounds_source,
            &[
                ("publisher", &src.publisher),
                ("title", &src.title),
                ("date", &date(&src.as_of)),
            ],
        ));
    }
    s
}

/// The provincial lists the occupation is on or excluded from, the streams open to it as not
/// excluded, and the community pilots (low confidence).
pub fn provincial(f: &Facts, lang: Lang) -> Section {
    let labels = Labels::for_lang(lang);
    let l = &labels.lists;
    let p = &f.immigration.lists.provincial;
    let s = Section::new(l.provinces_heading);
    if !p.loaded {
        return s.line(l.provinces_not_loaded);
    }
    let date = |d: &str| locale::date(lang, d);
    let mut notes = vec![l.provinces_intro.to_string()];
    if p.rows.is_empty() {
        notes.push(l.none_on_lists.to_string());
    }
    let rows = (p.rows.iter())
        .map(|r| {
            let mut status = l.status(&r.status).to_string();
            for extra in [
                r.mark.as_deref().map(|m| l.mark(m)),
                r.caveat.as_deref().map(|c| l.caveat(c)),
            ]
            .into_iter()
            .flatten()
            {
                status = format!("{status} ({extra})");
            }
            vec![
                r.province.clone(),
                format!("{}: {}", r.program, r.stream),
                status,
                l.kind(&r.list).to_string(),
                r.effective.as_deref().map(date).unwrap_or_default(),
                date(&r.captured),
                format!("{} ({})", r.source, l.check(&r.check)),
            ]
        })
        .collect();
    let mut after = Vec::new();
    for o in &p.open {
        let teers = match (o.teers.first(), o.teers.last()) {
            (Some(a), Some(b)) if a != b => format!("{a}-{b}"),
            (Some(a), _) => a.to_string(),
            _ => String::new(),
        };
        let mut line = format!(
            "{} {}: {}: {} ({}; {})",
            o.province,
            o.program,
            o.stream,
            fill(l.open_line, &[("teers", &teers)]),
            o.source,
            fill(l.captured, &[("date", &date(&o.captured))]),
        );
        if let Some(c) = &o.caveat {
            line = format!("{line}; {}", l.caveat(c));
        }
        after.push(line);
    }
    if !p.open.is_empty() {
        after.insert(0, format!("{}:", l.open_heading));
    }
    if p.pilots_loaded {
        after.push(format!("{}: {}", l.pilots_heading, l.pilots_caveat));
        if p.pilots.is_empty() {
            after.push(l.pilots_none.to_string());
        }
        for c in &p.pilots {
            after.push(format!(
                "{} ({}, {}): {} ({})",
                c.community,
                c.province,
                c.pilot,
                c.source,
                fill(l.captured, &[("date", &date(&c.captured))]),
            ));
        }
    } else {
        after.push(l.pilots_not_loaded.to_string());
    }
    let carrier = p.carrier.clone().unwrap_or_default();
    s.lines(notes)
        .table(&l.provinces_table, rows)
        .lines(after)
        .source(fill(l.provinces_source, &[("carrier", &carrier)]))
}
