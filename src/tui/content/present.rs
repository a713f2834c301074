//! What presentation mode says about an occupation before the pane: the figures a room reads
//! in large type (code, overall score, national median pay), each with a caption naming its
//! source, then the title and the outlook and Express Entry in one line each. The view draws
//! the large type; this holds only text.

use crate::facts::Facts;
use crate::model::UnitGroup;
use crate::tui::state::App;
use ratatui::text::{Line, Span};

/// One figure in large type and the caption under it.
pub struct BigFigure {
    /// Drawn in large type: ASCII only (the large font has no other glyphs).
    pub big: Option<String>,
    /// Lines of small type under it: what the figure is, its source, or why it is missing.
    pub caption: Vec<String>,
}

pub struct Headline {
    pub figures: [BigFigure; 3],
    pub title: String,
    /// Outlook and Express Entry, one line each.
    pub lines: Vec<Line<'static>>,
    /// Where the occupation is in the shortlist ("2/3"), or that it is not in it.
    pub position: String,
}

/// The headline of `unit` for presentation mode.
pub fn headline(app: &App, unit: &UnitGroup, facts: &Facts) -> Headline {
    let (c, t) = (&app.labels.tools, &app.theme);
    let code = BigFigure {
        big: Some(unit.code.clone()),
        caption: vec!["NOC 2021".into(), format!("TEER {}", unit.teer)],
    };
    let score = BigFigure {
        big: facts
            .score
            .value
            .map(|v| crate::locale::decimal(app.lang, v, 1)),
        caption: match facts.score.value {
            Some(_) => vec![c.p_score.into(), c.p_our_formula.into()],
            None => vec![c.p_no_score.into()],
        },
    };
    let median = match facts.wages.national {
        Some(w) => BigFigure {
            big: Some(crate::locale::cents(app.lang, w.median)),
            caption: vec![
                c.p_median.into(),
                format!("Job Bank {}, {}", facts.wages.year, c.p_national),
            ],
        },
        None => BigFigure {
            big: None,
            caption: vec![c.p_median.into(), c.p_no_wage.into()],
        },
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(format!("TEER {} · ", unit.teer), t.muted),
        Span::styled(app.labels.teer_meaning_of(unit.teer).to_string(), t.base),
    ])];
    let o = &facts.outlook;
    let condition = super::phrases::conditions(
        app.labels,
        o.future_conditions.as_ref(),
        o.future_conditions_fr.as_ref(),
    );
    let mut outlook = vec![Span::styled(
        format!("{} {} (COPS): ", c.p_outlook, o.period),
        t.muted,
    )];
    match condition {
        Some(cond) => outlook.push(Span::styled(cond.clone(), t.title)),
        None => outlook.push(Span::styled(c.p_no_outlook.to_string(), t.warning)),
    }
    if let Some(n) = o.job_openings {
        outlook.push(Span::styled(
            format!(" · {} {}", crate::locale::number(app.lang, n), c.p_openings),
            t.base,
        ));
    }
    lines.push(Line::from(outlook));
    lines.push(Line::from(express_entry(app, facts)));
    Headline {
        figures: [code, score, median],
        title: app.primary_title(unit).to_string(),
        lines,
        position: position(app, &unit.code),
    }
}

/// "Express Entry: FSW ✓ · CEC ✓ · FST ✗ · 2025 category ✓ · 2026 category ?
/// (unknown in our data)": the three programs and the
/// category list in force, from the rules' results.
fn express_entry(app: &App, facts: &Facts) -> Vec<Span<'static>> {
    let (c, t) = (&app.labels.tools, &app.theme);
    let mark = |e: Option<bool>| match e {
        Some(true) => "✓".to_string(),
        Some(false) => "✗".to_string(),
        None => format!("? ({})", c.p_unknown),
    };
    let programs = &facts.immigration.programs;
    // The category lists of the last two years: the one in force may be incomplete in the
    // data, and then the year before says the most.
    let categories: Vec<_> = programs
        .iter()
        .filter(|p| p.id.starts_with("ee_categories_"))
        .collect();
    let recent = &categories[categories.len().saturating_sub(2)..];
    let mut parts = Vec::new();
    for p in programs {
        let name = match p.id.as_str() {
            "fsw" => "FSW".to_string(),
            "cec" => "CEC".to_string(),
            "fst" => "FST".to_string(),
            id => match id.strip_prefix("ee_categories_") {
                Some(year) if recent.iter().any(|r| r.id == p.id) => {
                    format!("{year} {}", c.p_category)
                }
                _ => continue,
            },
        };
        parts.push(format!("{name} {}", mark(p.eligible)));
    }
    vec![
        Span::styled(format!("{}: ", c.p_ee), t.muted),
        Span::styled(parts.join(" · "), t.title),
    ]
}

/// "shortlist 2/3", or that the occupation shown is not in it.
fn position(app: &App, code: &str) -> String {
    let c = &app.labels.tools;
    let codes = app.shortlist.codes();
    match codes.iter().position(|x| x == code) {
        Some(i) => format!("{} {}/{}", c.shortlist_title, i + 1, codes.len()),
        None if codes.is_empty() => c.p_empty.to_string(),
        None => format!("{} ({})", c.p_not_marked, codes.len()),
    }
}
