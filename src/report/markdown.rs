//! Markdown: one occupation (`show --format markdown`) and the handout of several
//! (`export`, and `e` in the explorer).

use crate::facts::Facts;
use crate::model::{Dataset, UnitGroup, teer_summary};

pub fn markdown(ds: &Dataset, unit: &UnitGroup) -> String {
    let mut out = format!(
        "# {} {}\n\n*{}* · TEER {}: {}\n",
        unit.code,
        unit.title,
        unit.title_fr,
        unit.teer,
        teer_summary(unit.teer)
    );
    for (heading, lines) in super::sections(ds, unit) {
        out.push_str(&format!("\n## {heading}\n\n"));
        for line in lines {
            out.push_str(&format!("- {line}\n"));
        }
    }
    out
}

/// "1 Business, finance… › 11 Professional… › 111 Auditors…" (broad, major and minor).
fn hierarchy_path(ds: &Dataset, unit: &UnitGroup) -> String {
    super::classes(ds, unit)
        .into_iter()
        .filter(|(label, _)| *label != "Sub-major group")
        .map(|(_, class)| format!("{} {}", class.code, class.title))
        .collect::<Vec<_>>()
        .join(" › ")
}

/// The handout `export` writes: several occupations, their headline figures and sources.
pub fn handout(ds: &Dataset, units: &[&UnitGroup]) -> String {
    let mut out = String::from("# Occupations to explore\n\n");
    out.push_str(&format!(
        "{} occupation(s) from the National Occupational Classification (NOC) 2021.\n",
        units.len()
    ));
    for unit in units {
        out.push_str(&format!("\n## {} {}\n\n", unit.code, unit.title));
        out.push_str(&format!("*{}*\n\n", unit.title_fr));
        out.push_str(&format!(
            "- **TEER {}**: {}\n",
            unit.teer,
            teer_summary(unit.teer)
        ));
        out.push_str(&format!(
            "- **Where it sits**: {}\n",
            hierarchy_path(ds, unit)
        ));
        if !unit.example_titles.is_empty() {
            let examples: Vec<&str> = unit
                .illustrative_examples
                .iter()
                .take(6)
                .map(String::as_str)
                .collect();
            out.push_str(&format!(
                "- **Job titles**: {} (and {} more)\n",
                examples.join(", "),
                unit.example_titles.len().saturating_sub(examples.len())
            ));
        }
        out.push_str(&format!("\n{}\n", unit.definition));
        if !unit.employment_requirements.is_empty() {
            out.push_str("\n**Employment requirements**\n\n");
            for line in &unit.employment_requirements {
                out.push_str(&format!("- {line}\n"));
            }
        }
        if let Some(p) = ds.profile(&unit.code) {
            out.push_str(&format!(
                "\n**In short** (curated profile, as of {}): {}\n",
                p.as_of, p.summary
            ));
        }
        figures_markdown(&mut out, &crate::facts::for_unit(ds, unit));
    }
    out.push_str("\n---\n\n## Sources\n\n");
    for source in crate::facts::sources() {
        out.push_str(&format!(
            "- **{}**, {} ({}). {}\n",
            source.name, source.publisher, source.vintage, source.attribution
        ));
    }
    out.push_str(
        "\nImmigration rules change often: check IRCC and the provinces before acting on them.\n",
    );
    out
}

fn source_line(s: &crate::facts::SourceRef) -> String {
    format!("*Source: {}, {} ({}).*", s.publisher, s.dataset, s.vintage)
}

/// Headline figures and programs with reasons: what a client takes home.
fn figures_markdown(out: &mut String, f: &Facts) {
    out.push_str("\n**Headline figures**\n\n| | |\n|---|---|\n");
    let score = f
        .score
        .value
        .map_or("not enough data".to_string(), |v| format!("{v:.1} / 10"));
    out.push_str(&format!("| Overall score | {score} |\n"));
    match &f.wages.national {
        Some(w) => out.push_str(&format!(
            "| Wage {} (Job Bank, hourly) | median ${:.2}, range ${:.2} - ${:.2} |\n",
            f.wages.year, w.median, w.low, w.high
        )),
        None => out.push_str(&format!(
            "| Wage (Job Bank) | {} |\n",
            f.wages.missing.as_deref().unwrap_or("not loaded")
        )),
    }
    if let Some(census) = f.wages.census_median_annual {
        out.push_str(&format!(
            "| Census 2021 median employment income | ${census} a year (income year 2020) |\n"
        ));
    }
    let outlook = match (&f.outlook.future_conditions, f.outlook.job_openings) {
        (Some(c), Some(n)) => format!("{c}; {n} job openings 2024-2033"),
        (Some(c), None) => c.clone(),
        (None, Some(n)) => format!("{n} job openings 2024-2033"),
        (None, None) => {
            "no projection for this occupation in the outlook file this app uses".to_string()
        }
    };
    out.push_str(&format!("| Outlook (COPS 2024-2033) | {outlook} |\n"));
    let ai = match (f.ai.label, f.ai.percentile) {
        (Some(l), Some(p)) => format!("{l} (percentile {p} of GPT-4 exposure)"),
        _ => f.ai.missing.clone().unwrap_or_else(|| {
            "no exposure score for this occupation in the file this app uses".to_string()
        }),
    };
    out.push_str(&format!("| AI exposure | {ai} |\n"));
    out.push_str(&format!("\n{}\n", source_line(&f.wages.source)));
    out.push_str(&format!("{}\n", source_line(&f.outlook.source)));

    out.push_str("\n**Immigration programs**\n\n");
    for p in &f.immigration.programs {
        let mark = match p.eligible {
            Some(true) => "yes",
            Some(false) => "no",
            None => "unknown (?)",
        };
        out.push_str(&format!(
            "- **{}**: {mark}. {} (rules as of {})\n",
            p.name, p.reason, p.as_of
        ));
    }
    out.push_str(&format!("- {}\n", f.immigration.lmia_count.describe()));
}
