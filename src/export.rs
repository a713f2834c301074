//! Export occupations for a client to take home: a Markdown handout, a CSV table, or JSON
//! matching `show`. Files are never overwritten without `--force` (the app asks first).

use crate::facts::Facts;
use crate::model::{Dataset, UnitGroup, teer_summary};
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Markdown,
    Csv,
    Json,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Csv => "csv",
            ExportFormat::Json => "json",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{path} already exists; use --force to overwrite it")]
    Exists { path: String },
    #[error("{0}")]
    Write(crate::fswrite::WriteError),
    #[error("cannot build the CSV: {0}")]
    Csv(String),
}

pub fn render(
    ds: &Dataset,
    units: &[&UnitGroup],
    format: ExportFormat,
) -> Result<String, ExportError> {
    Ok(match format {
        ExportFormat::Markdown => markdown(ds, units),
        ExportFormat::Csv => csv(ds, units)?,
        ExportFormat::Json => {
            let values: Vec<_> = units
                .iter()
                .map(|u| crate::report::json_value(ds, u))
                .collect();
            serde_json::to_string_pretty(&values).unwrap_or_default() + "\n"
        }
    })
}

/// Write an export; an existing file is refused unless `force`.
pub fn write(path: &Path, text: &str, force: bool) -> Result<(), ExportError> {
    use crate::fswrite::{self, WriteError};
    fswrite::write(path, text.as_bytes(), force).map_err(|e| match e {
        WriteError::Exists { path } => ExportError::Exists { path },
        other => ExportError::Write(other),
    })
}

fn hierarchy_path(ds: &Dataset, unit: &UnitGroup) -> String {
    match ds.hierarchy(unit) {
        Some(h) => format!(
            "{} {} › {} {} › {} {}",
            h.broad_category.code,
            h.broad_category.title,
            h.major_group.code,
            h.major_group.title,
            h.minor_group.code,
            h.minor_group.title
        ),
        None => String::new(),
    }
}

fn markdown(ds: &Dataset, units: &[&UnitGroup]) -> String {
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
        (None, None) => "no projection".to_string(),
    };
    out.push_str(&format!("| Outlook (COPS 2024-2033) | {outlook} |\n"));
    let ai = match (f.ai.label, f.ai.percentile) {
        (Some(l), Some(p)) => format!("{l} (percentile {p} of GPT-4 exposure)"),
        _ => {
            f.ai.missing
                .clone()
                .unwrap_or_else(|| "no score".to_string())
        }
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

const CSV_HEADER: [&str; 16] = [
    "code",
    "title",
    "title_fr",
    "teer",
    "broad_category",
    "major_group",
    "example_titles",
    "has_profile",
    "score",
    "wage_year",
    "wage_median_hourly",
    "wage_low_hourly",
    "wage_high_hourly",
    "census_median_annual",
    "future_conditions",
    "job_openings_2024_2033",
];

fn csv(ds: &Dataset, units: &[&UnitGroup]) -> Result<String, ExportError> {
    let err = |e: csv::Error| ExportError::Csv(e.to_string());
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_HEADER).map_err(err)?;
    for unit in units {
        let class_title = |len: usize| {
            ds.class(&unit.code[..len])
                .map(|c| c.title.clone())
                .unwrap_or_default()
        };
        let f = crate::facts::for_unit(ds, unit);
        let opt = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v:.2}"));
        let wage = f.wages.national.as_ref();
        writer
            .write_record([
                unit.code.clone(),
                unit.title.clone(),
                unit.title_fr.clone(),
                unit.teer.to_string(),
                class_title(1),
                class_title(2),
                unit.example_titles.len().to_string(),
                ds.profile(&unit.code).is_some().to_string(),
                f.score.value.map_or(String::new(), |v| format!("{v:.1}")),
                f.wages.year.to_string(),
                opt(wage.map(|w| w.median)),
                opt(wage.map(|w| w.low)),
                opt(wage.map(|w| w.high)),
                f.wages
                    .census_median_annual
                    .map_or(String::new(), |v| v.to_string()),
                f.outlook.future_conditions.clone().unwrap_or_default(),
                f.outlook
                    .job_openings
                    .map_or(String::new(), |v| v.to_string()),
            ])
            .map_err(err)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| ExportError::Csv(e.to_string()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
