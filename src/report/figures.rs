//! The figure sections of an occupation's document: wages, outlook (with the yearly series),
//! immigration, licensing and the score, worded in the interface language (`assets/i18n`,
//! `Labels::report`). Numbers are written for the language (`locale`); every section ends
//! with its source and as-of date.

use super::document::Section;
use crate::facts::depth::{YearlySection, YearlySeries};
use crate::facts::{Facts, SourceRef};
use crate::i18n::{Labels, fill, path_words, wording};
use crate::locale;

/// "Employment and Social Development Canada (Job Bank), Job Bank wages ... (2024 wages ...)".
pub fn source(s: &SourceRef) -> String {
    format!("{}, {} ({})", s.publisher, s.dataset, s.vintage)
}

/// A province's name in the interface language (the wage file's "Yukon Territory" too).
pub fn province(l: &Labels, name: &str) -> String {
    wording::province_name(l, name)
}

pub fn wages(f: &Facts, l: &Labels) -> Section {
    let (w, r, lang) = (&f.wages, &l.report, l.lang);
    let mut lines = Vec::new();
    match (&w.national, &w.national_annual) {
        (Some(h), Some(a)) => {
            lines.push(fill(
                r.wage_national,
                &[
                    ("year", &w.year.to_string()),
                    ("median", &locale::cents(lang, h.median)),
                    ("low", &locale::cents(lang, h.low)),
                    ("high", &locale::cents(lang, h.high)),
                ],
            ));
            lines.push(fill(
                r.wage_annual,
                &[
                    ("amount", &money(l, a.median)),
                    ("hours", &locale::number(lang, i64::from(w.hours_per_year))),
                ],
            ));
        }
        _ => lines.push(match &w.gap {
            Some(gap) => wording::wage_gap(l, gap).join(" "),
            None => l.phrases.wage_not_loaded.to_string(),
        }),
    }
    let mut s = Section::new(r.h_wages).lines(lines);
    let provinces: Vec<Vec<String>> = w
        .provinces
        .iter()
        .map(|p| {
            vec![
                province(l, &p.province),
                locale::cents(lang, p.low),
                locale::cents(lang, p.median),
                locale::cents(lang, p.high),
            ]
        })
        .collect();
    s = s.table(
        &[r.province_hourly, l.wage_low, l.wage_median, l.wage_high],
        provinces,
    );
    let trend: Vec<String> = w
        .trend
        .iter()
        .map(|t| {
            fill(
                r.wage_trend,
                &[
                    ("code", &t.noc2016),
                    ("y2016", &locale::cents(lang, t.y2016.median)),
                    ("y2020", &locale::cents(lang, t.y2020.median)),
                ],
            )
        })
        .collect();
    s = s.lines(trend).source(source(&w.source));
    if let Some(census) = w.census_median_annual {
        let mut line = fill(r.census_line, &[("amount", &locale::money(lang, census))]);
        if let Some(group) = &w.census_aggregate_of {
            line.push(' ');
            line.push_str(&wording::census_aggregate(l, group));
        }
        s = s.line(line).source(source(&w.census_source));
    }
    s
}

fn money(l: &Labels, amount: f64) -> String {
    locale::whole_dollars(l.lang, amount)
}

fn count(l: &Labels, n: Option<i64>) -> String {
    n.map_or("–".to_string(), |n| locale::number(l.lang, n))
}

/// A yearly series COPS leaves N/A in every year, in the interface language.
pub fn yearly_missing(l: &Labels, which: YearlySeries) -> String {
    let i = match which {
        YearlySeries::Employment => 0,
        YearlySeries::JobOpenings => 1,
        YearlySeries::JobSeekers => 2,
        YearlySeries::Immigrants => 3,
    };
    fill(
        l.depth.yearly_missing,
        &[("series", l.depth.yearly_series[i])],
    )
}

pub fn outlook(f: &Facts, yearly: &YearlySection, l: &Labels) -> Section {
    let (o, r, lang) = (&f.outlook, &l.report, l.lang);
    let mut lines = Vec::new();
    let future = wording::conditions(
        l,
        o.future_conditions.as_ref(),
        o.future_conditions_fr.as_ref(),
    );
    if let Some(c) = future {
        lines.push(fill(
            r.conditions_line,
            &[("period", o.period), ("label", &c)],
        ));
    }
    let recent = wording::conditions(
        l,
        o.recent_conditions.as_ref(),
        o.recent_conditions_fr.as_ref(),
    );
    if let Some(c) = recent {
        lines.push(format!("{} {c}", l.recent_conditions));
    }
    if let Some(n) = o.job_openings {
        lines.push(fill(
            r.openings_line,
            &[
                ("n", &locale::number(lang, n)),
                ("period", o.period),
                ("growth", &count(l, o.employment_growth)),
                ("retirements", &count(l, o.retirements)),
                ("other", &count(l, o.other_replacement)),
            ],
        ));
    }
    if let Some(n) = o.job_seekers {
        lines.push(fill(
            r.seekers_line,
            &[
                ("n", &locale::number(lang, n)),
                ("period", o.period),
                ("leavers", &count(l, o.school_leavers)),
                ("immigrants", &count(l, o.immigration)),
                ("others", &count(l, o.other_seekers)),
            ],
        ));
    }
    if let Some(n) = o.employment_2023 {
        lines.push(format!("{} {}", l.employment_2023, locale::number(lang, n)));
    }
    lines.extend(o.gap.map(|g| wording::outlook_gap(l, g).to_string()));
    let mut s = Section::new(r.h_outlook)
        .lines(lines)
        .source(source(&o.source));
    let rows: Vec<Vec<String>> = yearly
        .yearly
        .iter()
        .map(|y| {
            vec![
                y.year.to_string(),
                count(l, y.employment),
                count(l, y.job_openings),
                count(l, y.job_seekers),
                count(l, y.immigrants),
            ]
        })
        .collect();
    let has_rows = !rows.is_empty();
    s = s.table(&r.yearly_header, rows);
    let mut notes: Vec<String> = yearly
        .missing
        .iter()
        .map(|m| yearly_missing(l, *m))
        .collect();
    if has_rows {
        notes.push(r.no_figure.to_string());
    } else {
        notes.push(fill(
            r.yearly_status,
            &[("status", &wording::depth_status(l, &yearly.status))],
        ));
    }
    s.lines(notes).source(source(&yearly.source))
}

/// "yes", "no" or "depends (not in our data)" in the interface language.
pub fn answer(l: &Labels, eligible: Option<bool>) -> &'static str {
    match eligible {
        Some(true) => l.report.answers[0],
        Some(false) => l.report.answers[1],
        None => l.report.answers[2],
    }
}

/// A program's source: publisher, title and date; a third-party page marked so.
fn source_words(l: &Labels, s: &crate::model::figures::Source) -> String {
    if s.official {
        format!("{}, {} ({})", s.publisher, s.title, s.as_of)
    } else {
        let site = s.url.as_deref().unwrap_or(&s.publisher);
        format!("{site} {} ({})", l.law.third_party, s.as_of)
    }
}

/// One line a program: its answer, why, as of when and from where; then what each route
/// read from the regulation asks of the person.
pub fn immigration_lines(f: &Facts, l: &Labels) -> Vec<String> {
    let r = &l.report;
    let asks = f.immigration.requirements.iter().map(|q| {
        fill(
            r.route_asks,
            &[
                ("program", &q.program),
                ("section", &q.section),
                (
                    "language",
                    q.minimum.as_deref().unwrap_or(l.law.language_none),
                ),
                ("experience", &crate::i18n::law::experience(l, q)),
                ("offer", &crate::i18n::law::offer(l, q)),
            ],
        )
    });
    let programs = f.immigration.programs.iter().map(|p| {
        let reason = wording::reason(l, &p.why);
        let reason = if reason.is_empty() {
            p.reason.clone()
        } else {
            reason
        };
        let sources: Vec<String> = p.sources.iter().map(|s| source_words(l, s)).collect();
        fill(
            r.program_line,
            &[
                ("name", &wording::program_name(l, p)),
                ("answer", answer(l, p.eligible)),
                ("past", if p.past { r.past_marker } else { "" }),
                ("reason", &reason),
                ("as_of", &wording::as_of(l, p)),
                ("sources", &sources.join("; ")),
            ],
        )
    });
    // The one-line answer and where it comes from, then each program, then what each asks.
    let answer = [
        crate::i18n::answer::one_line(l, f, None),
        crate::i18n::answer::sources(l, f),
    ];
    answer.into_iter().chain(programs).chain(asks).collect()
}

pub fn immigration(f: &Facts, l: &Labels) -> Section {
    // A count from the list is a lower bound; a list that did not load is not one.
    let count = &f.immigration.lmia_count;
    let lmia = match count {
        crate::facts::LmiaCount::NotLoaded => wording::lmia_count(l, count),
        _ => format!(
            "{} {}",
            wording::lmia_count(l, count),
            l.phrases.lmia_lower_bound
        ),
    };
    Section::new(l.report.h_immigration)
        .lines(immigration_lines(f, l))
        .line(lmia)
        .line(l.report.alone_decides)
}

pub fn licensing(f: &Facts, l: &Labels) -> Section {
    let (lic, r) = (&f.licensing, &l.report);
    let mut lines = vec![fill(
        r.licence_status,
        &[("status", wording::licensing_kind(l, lic.status))],
    )];
    if let Some(d) = &lic.deciding {
        lines.push(fill(r.deciding_sentence, &[("sentence", d)]));
    }
    for line in lic
        .lines
        .iter()
        .filter(|x| Some(&x.sentence) != lic.deciding.as_ref())
    {
        lines.push(fill(
            r.quoted,
            &[
                ("kind", wording::licensing_kind(l, line.kind)),
                ("sentence", &line.sentence),
            ],
        ));
    }
    let p = &l.licensing_path;
    if !lic.credentials.is_empty() {
        lines.push(format!("{} ({})", p.credentials_named, p.credentials_ours));
    }
    for c in &lic.credentials {
        let mut line = format!(
            "{} [{}]: {}",
            c.name,
            wording::licensing_kind(l, c.required),
            path_words::credential_issuer(l, c)
        );
        if let Some(provinces) = path_words::credential_provinces(l, c) {
            line.push_str(&format!(" · {provinces}"));
        }
        lines.push(line);
    }
    if lic.credentials.iter().any(|c| c.name.contains("Red Seal")) {
        lines.push(p.red_seal_means.to_string());
    }
    lines.push(r.licensing_note.to_string());
    Section::new(r.h_licensing)
        .official(r.official_english)
        .lines(lines)
        .source(lic.source.clone())
}

pub fn score(f: &Facts, l: &Labels) -> Section {
    let (sc, r, lang) = (&f.score, &l.report, l.lang);
    let total = sc.value.map_or(r.score_none.to_string(), |v| {
        fill(r.score_total, &[("value", &locale::decimal(lang, v, 1))])
    });
    let rows: Vec<Vec<String>> = sc
        .components
        .iter()
        .map(|c| {
            let how = wording::score_how(l, c);
            vec![
                wording::score_component(l, c).to_string(),
                c.value.map_or("–".into(), |v| locale::decimal(lang, v, 1)),
                locale::decimal(lang, c.effective_weight, 2),
                format!("{} ({how})", wording::score_input(l, &c.detail)),
            ]
        })
        .collect();
    let mut s = Section::new(r.h_score)
        .line(total)
        .table(&r.score_header, rows);
    if sc.note.is_some() {
        let missing: Vec<&str> = sc
            .components
            .iter()
            .filter(|c| c.value.is_none())
            .map(|c| wording::score_component(l, c))
            .collect();
        s = s.line(fill(
            r.score_note,
            &[("list", &missing.join(l.phrases.list_separator))],
        ));
    }
    s.line(r.score_formula)
}
