//! The figure sections of an occupation's document: wages, outlook (with the yearly series),
//! immigration, licensing and the score. Numbers are written for the interface language
//! (`locale`); every section ends with its source and as-of date.

use super::document::Section;
use crate::facts::depth::YearlySection;
use crate::facts::{Facts, SourceRef};
use crate::locale::{self, Lang};

/// "Employment and Social Development Canada (Job Bank), Job Bank wages ... (2024 wages ...)".
pub fn source(s: &SourceRef) -> String {
    format!("{}, {} ({})", s.publisher, s.dataset, s.vintage)
}

pub fn wages(f: &Facts, lang: Lang) -> Section {
    let w = &f.wages;
    let mut lines = Vec::new();
    match (&w.national, &w.national_annual) {
        (Some(h), Some(a)) => {
            lines.push(format!(
                "{} national median {} an hour (low {}, high {})",
                w.year,
                locale::cents(lang, h.median),
                locale::cents(lang, h.low),
                locale::cents(lang, h.high)
            ));
            lines.push(format!(
                "About {} a year at the median (our estimate: hourly x {} hours)",
                money(lang, a.median),
                locale::number(lang, i64::from(w.hours_per_year))
            ));
        }
        _ => lines.push(
            w.missing
                .clone()
                .unwrap_or_else(|| "Wages: not loaded.".into()),
        ),
    }
    let mut s = Section::new("Wages").lines(lines);
    let provinces: Vec<Vec<String>> = w
        .provinces
        .iter()
        .map(|p| {
            vec![
                p.province.clone(),
                locale::cents(lang, p.low),
                locale::cents(lang, p.median),
                locale::cents(lang, p.high),
            ]
        })
        .collect();
    s = s.table(&["Province (hourly)", "Low", "Median", "High"], provinces);
    let trend: Vec<String> = w
        .trend
        .iter()
        .map(|t| {
            format!(
                "Median under NOC 2016 {}: {} an hour in 2016, {} in 2020",
                t.noc2016,
                locale::cents(lang, t.y2016.median),
                locale::cents(lang, t.y2020.median)
            )
        })
        .collect();
    s = s.lines(trend).source(source(&w.source));
    if let Some(census) = w.census_median_annual {
        let mut line = format!(
            "Census 2021: median employment income {} a year (income year 2020)",
            locale::money(lang, census)
        );
        if let Some(note) = &w.census_note {
            line.push_str(&format!(" ({note})"));
        }
        s = s.line(line).source(source(&w.census_source));
    }
    s
}

fn money(lang: Lang, amount: f64) -> String {
    locale::whole_dollars(lang, amount)
}

fn count(lang: Lang, n: Option<i64>) -> String {
    n.map_or("–".to_string(), |n| locale::number(lang, n))
}

pub fn outlook(f: &Facts, yearly: &YearlySection, lang: Lang) -> Section {
    let o = &f.outlook;
    let mut lines = Vec::new();
    if let Some(c) = &o.future_conditions {
        lines.push(format!("Labour market conditions {}: {c}", o.period));
    }
    if let Some(c) = &o.recent_conditions {
        lines.push(format!("Recent conditions: {c}"));
    }
    if let Some(n) = o.job_openings {
        lines.push(format!(
            "{} job openings {} (expansion {}, retirements {}, other replacement {})",
            locale::number(lang, n),
            o.period,
            count(lang, o.employment_growth),
            count(lang, o.retirements),
            count(lang, o.other_replacement)
        ));
    }
    if let Some(n) = o.job_seekers {
        lines.push(format!(
            "{} job seekers {} (school leavers {}, immigrants {}, others {})",
            locale::number(lang, n),
            o.period,
            count(lang, o.school_leavers),
            count(lang, o.immigration),
            count(lang, o.other_seekers)
        ));
    }
    if let Some(n) = o.employment_2023 {
        lines.push(format!("Employment in 2023: {}", locale::number(lang, n)));
    }
    if let Some(m) = &o.missing {
        lines.push(m.clone());
    }
    let mut s = Section::new("Outlook")
        .lines(lines)
        .source(source(&o.source));
    let rows: Vec<Vec<String>> = yearly
        .yearly
        .iter()
        .map(|y| {
            vec![
                y.year.to_string(),
                count(lang, y.employment),
                count(lang, y.job_openings),
                count(lang, y.job_seekers),
                count(lang, y.immigrants),
            ]
        })
        .collect();
    let has_rows = !rows.is_empty();
    s = s.table(
        &[
            "Year",
            "Employment",
            "Job openings",
            "Job seekers",
            "Immigrants among seekers",
        ],
        rows,
    );
    let mut notes: Vec<String> = yearly.missing.iter().map(|m| m.describe()).collect();
    if has_rows {
        notes.push("–: no figure for that year in the COPS tables (N/A)".into());
    } else {
        notes.push(format!("Yearly series: {}", yearly.status.text()));
    }
    s.lines(notes).source(source(&yearly.source))
}

/// A program's source in English: publisher, title and date; a third-party page marked so.
fn source_words(s: &crate::model::figures::Source) -> String {
    if s.official {
        format!("{}, {} ({})", s.publisher, s.title, s.as_of)
    } else {
        format!(
            "{} (third party, {})",
            s.url.as_deref().unwrap_or(&s.publisher),
            s.as_of
        )
    }
}

pub fn immigration(f: &Facts) -> Section {
    let mut lines = Vec::new();
    for p in &f.immigration.programs {
        let mark = match p.eligible {
            Some(true) => "yes",
            Some(false) => "no",
            None => "depends (not in our data)",
        };
        let past = if p.past {
            " [past list, no longer in force]"
        } else {
            ""
        };
        let sources: Vec<String> = p.sources.iter().map(source_words).collect();
        lines.push(format!(
            "{}: {mark}{past}. {} (as of {}; sources: {})",
            p.name,
            p.reason,
            p.as_of,
            sources.join("; ")
        ));
    }
    let en = crate::i18n::Labels::for_lang(crate::locale::Lang::En);
    lines.insert(
        0,
        format!(
            "In one line: {}.",
            crate::i18n::answer::one_line(en, f, None)
        ),
    );
    lines.insert(1, crate::i18n::answer::sources(en, f) + ".");
    for r in &f.immigration.requirements {
        lines.push(format!(
            "What {} (IRPR s. {}) asks: language {}; work experience {}; job offer {}.",
            r.program,
            r.section,
            r.minimum.as_deref().unwrap_or("not in our data"),
            crate::i18n::law::experience(en, r),
            crate::i18n::law::offer(en, r),
        ));
    }
    let mut s = Section::new("Immigration").lines(lines);
    s = s.line(f.immigration.lmia_count.describe());
    s.line(
        "The occupation alone decides none of these: each program has other requirements. \
         Rules change often; check IRCC and the provinces before acting on them.",
    )
}

pub fn licensing(f: &Facts) -> Section {
    let l = &f.licensing;
    let mut lines = vec![format!("Licence or certification: {}", l.status.label())];
    if let Some(d) = &l.deciding {
        lines.push(format!("Deciding sentence: \"{d}\""));
    }
    for line in l
        .lines
        .iter()
        .filter(|x| Some(&x.sentence) != l.deciding.as_ref())
    {
        lines.push(format!("{}: \"{}\"", line.kind.label(), line.sentence));
    }
    lines.push(l.note.clone());
    Section::new("Licensing")
        .lines(lines)
        .source(l.source.clone())
}

pub fn score(f: &Facts, lang: Lang) -> Section {
    let sc = &f.score;
    let total = sc.value.map_or(
        "Overall score: not enough data in our files".to_string(),
        |v| {
            format!(
                "Overall score: {} / 10 (our summary, not an official rating)",
                locale::decimal(lang, v, 1)
            )
        },
    );
    let rows: Vec<Vec<String>> = sc
        .components
        .iter()
        .map(|c| {
            vec![
                c.name.to_string(),
                c.value.map_or("–".into(), |v| locale::decimal(lang, v, 1)),
                locale::decimal(lang, c.effective_weight, 2),
                format!("{} ({})", c.input, c.how),
            ]
        })
        .collect();
    let mut s = Section::new("Score")
        .line(total)
        .table(&["Component", "Value", "Weight", "From"], rows);
    if let Some(note) = &sc.note {
        s = s.line(note.clone());
    }
    s.line(sc.formula.to_string())
}
