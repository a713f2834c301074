//! The top of the Overview: what the job is (OaSIS lead statements or the NOC definition)
//! and a short card: the immigration answer in one line, median pay and where it ranks, the
//! outlook, and the share of tasks exposed to AI, with their sources and dates.

use super::{Doc, number, phrases, source_line};
use crate::facts::depth::{DepthFacts, ProfileFact, Status};
use crate::locale;
use crate::model::UnitGroup;
use crate::rules::score::ScoreInput;
use crate::tui::state::App;
use ratatui::text::{Line, Span};

pub fn what_it_is(app: &App, doc: &mut Doc, definition: &str, depth: Option<&DepthFacts>) {
    let (d, t) = (&app.labels.depth, &app.theme);
    doc.heading(d.what_it_is);
    let Some(oasis) = depth.map(|x| &x.oasis).filter(|o| !o.profiles.is_empty()) else {
        doc.para(definition);
        if let Some(o) = depth.map(|x| &x.oasis) {
            doc.muted(&phrases::depth_status(app.labels, &o.status));
        }
        return;
    };
    if let [only] = oasis.profiles.as_slice() {
        doc.para(only.lead.as_deref().unwrap_or(definition));
        doc.line(
            Line::from(vec![
                Span::styled(format!("{}  ", only.code), t.code),
                Span::styled(only.label.clone(), t.muted),
            ]),
            10,
        );
    } else {
        // Several profiles: the NOC definition's first sentence says what the group is and one
        // line names each profile; their lead statements and the whole definition follow the card.
        doc.para(super::first_sentence(definition));
        for p in &oasis.profiles {
            profile_line(app, doc, p);
        }
    }
    doc.muted(&source_line(app, &oasis.source));
}

/// A profile's code and label on one line.
fn profile_line(app: &App, doc: &mut Doc, p: &ProfileFact) {
    let t = &app.theme;
    doc.line(
        Line::from(vec![
            Span::styled(format!("{}  ", p.code), t.code),
            Span::styled(p.label.clone(), t.title),
        ]),
        10,
    );
}

/// The lead statements of a unit group's several OaSIS profiles, after the card.
pub fn profile_leads(app: &App, doc: &mut Doc, depth: Option<&DepthFacts>) {
    let (d, t) = (&app.labels.depth, &app.theme);
    let Some(oasis) = depth.map(|x| &x.oasis).filter(|o| o.profiles.len() > 1) else {
        return;
    };
    doc.heading(d.profiles);
    for p in &oasis.profiles {
        profile_line(app, doc, p);
        if let Some(lead) = &p.lead {
            doc.line(Line::styled(format!("{:10}{lead}", ""), t.base), 10);
        }
    }
    doc.muted(&source_line(app, &oasis.source));
}

fn glance(app: &App, doc: &mut Doc, label: &str, value: String) {
    let t = &app.theme;
    doc.line(
        Line::from(vec![
            Span::styled(format!("{label} "), t.muted),
            Span::styled(value, t.base),
        ]),
        2,
    );
}

pub fn at_a_glance(app: &App, unit: &UnitGroup, doc: &mut Doc, depth: Option<&DepthFacts>) {
    let (l, d) = (app.labels, &app.labels.depth);
    let Some(f) = app.facts_of(unit) else {
        return;
    };
    doc.heading(d.at_a_glance);
    // Immigration: the one-line answer (Express Entry programs, the category in force and its
    // last round, the provinces whose lists name it, the one chosen in the filters first),
    // then where it comes from.
    let lead = (app.filter.province.as_deref()).and_then(crate::i18n::lists::province_code);
    glance(
        app,
        doc,
        d.g_immigration,
        crate::i18n::answer::one_line(l, f, lead),
    );
    doc.line(
        Line::styled(
            format!("  {}", crate::i18n::answer::sources(l, f)),
            app.theme.muted,
        ),
        2,
    );

    // Pay: the median the score uses and where it ranks among the occupations.
    let pay = f.score.components.iter().find(|c| c.id == "pay");
    let rank = |p: f64| {
        let q = ((p / 25.0).floor() as usize).min(3);
        d.pay_rank
            .replacen("{}", d.quarters[q], 1)
            .replacen("{}", &format!("{p:.0}"), 1)
    };
    let pay_text = match pay.map(|c| &c.detail) {
        Some(ScoreInput::JobBankWage {
            year,
            median_hourly,
            percentile,
        }) => format!(
            "{}{} {} ({} {year}) · {}",
            super::hourly(app, *median_hourly),
            l.per_hour,
            l.wage_median.to_lowercase(),
            d.job_bank,
            rank(*percentile)
        ),
        Some(ScoreInput::CensusIncome {
            year,
            median_annual,
            percentile,
            ..
        }) => format!(
            "{}{} {} ({} {year}) · {}",
            super::money(app, *median_annual),
            l.per_year,
            l.wage_median.to_lowercase(),
            d.census,
            rank(*percentile)
        ),
        _ => f.wages.gap.as_ref().map_or_else(
            || l.no_data.to_string(),
            |gap| phrases::wage_gap(l, gap).join(" "),
        ),
    };
    glance(app, doc, d.g_pay, pay_text);

    // Outlook: the projected conditions and the ten-year openings and seekers.
    let o = &f.outlook;
    let future = phrases::conditions(
        l,
        o.future_conditions.as_ref(),
        o.future_conditions_fr.as_ref(),
    );
    let mut outlook = vec![future.unwrap_or_else(|| l.not_published.to_string())];
    if let (Some(open), Some(seek)) = (o.job_openings, o.job_seekers) {
        outlook.push(
            d.openings_for_seekers
                .replacen("{}", &number(app, open), 1)
                .replacen("{}", &number(app, seek), 1),
        );
    }
    outlook.push(format!("COPS {}", o.period));
    glance(app, doc, d.g_outlook, outlook.join(" · "));

    // AI: the share of the labelled tasks in each group.
    let ai = match depth.map(|x| &x.ai) {
        None => d.computing.to_string(),
        Some(ai) if ai.groups.is_empty() || ai.status != Status::Loaded => {
            phrases::depth_status(app.labels, &ai.status)
        }
        Some(ai) => {
            let share = |label: &str| {
                locale::percent(
                    app.lang,
                    ai.groups
                        .iter()
                        .find(|g| g.label == label)
                        .map_or(0.0, |g| g.share),
                )
            };
            let n: usize = ai.groups.iter().map(|g| g.count).sum();
            d.ai_share
                .replace("{e1}", &share("E1"))
                .replace("{e2}", &share("E2"))
                .replace("{e0}", &share("E0"))
                .replace("{n}", &number(app, n as i64))
        }
    };
    let ai = match depth {
        Some(x) if !x.ai.groups.is_empty() => {
            let who = x.ai.source.publisher.split(',').next().unwrap_or_default();
            format!("{ai} · {who}")
        }
        _ => ai,
    };
    glance(app, doc, d.g_ai, ai);
}
