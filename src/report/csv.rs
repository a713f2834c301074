//! CSV: one row per occupation with the headline figures (`export --format csv`).

use crate::facts::LmiaCount;
use crate::model::{Dataset, UnitGroup};
use crate::report::HandoutHeader;
use crate::report::figures::source;

const CSV_HEADER: [&str; 26] = [
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
    "ai_exposure",
    "lmia_positions_at_least",
    "licensing",
    "wage_source",
    "census_source",
    "outlook_source",
    "ai_source",
    "lmia_source",
    "prepared_on",
    "client",
];

/// One CSV row per occupation with its headline figures.
/// Numbers stay plain ("77107", "23.50") so that a spreadsheet reads them in any language; the
/// source columns name each figure's publisher, data set and date. A cell a spreadsheet would
/// read as a formula is neutralised (see `cell`).
pub fn table(ds: &Dataset, units: &[&UnitGroup], header: &HandoutHeader) -> String {
    let mut out = String::new();
    push_row(&mut out, CSV_HEADER.map(String::from));
    for unit in units {
        let class_title = |len: usize| {
            ds.class(&unit.code[..len])
                .map(|c| c.title.clone())
                .unwrap_or_default()
        };
        let f = crate::facts::for_unit(ds, unit);
        let opt = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v:.2}"));
        let wage = f.wages.national.as_ref();
        push_row(
            &mut out,
            [
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
                f.ai.label.unwrap_or_default().to_string(),
                match &f.immigration.lmia_count {
                    LmiaCount::AtLeast { positions, .. } => positions.to_string(),
                    LmiaCount::NoneOnList { .. } => "0".into(),
                    LmiaCount::NotLoaded => String::new(),
                },
                f.licensing.status.id().to_string(),
                source(&f.wages.source),
                source(&f.wages.census_source),
                source(&f.outlook.source),
                source(&f.ai.source),
                match f.immigration.lmia_count {
                    LmiaCount::NotLoaded => String::new(),
                    _ => source(&crate::facts::LMIA_SOURCE),
                },
                header.date.clone(),
                header.client.clone().unwrap_or_default(),
            ],
        );
    }
    out
}

/// One CSV record: cells separated by commas, ended by a line break.
fn push_row<const N: usize>(out: &mut String, cells: [String; N]) {
    for (i, text) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&cell(text));
    }
    out.push('\n');
}

/// One CSV cell. A text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is a
/// formula to a spreadsheet (a client named `=HYPERLINK(...)`): as OWASP recommends, it gets
/// a leading single quote and the cell is quoted. Cells holding a comma, a quote or a line
/// break are quoted too, quotes doubled.
fn cell(text: &str) -> String {
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if formula || text.contains([',', '"', '\n', '\r']) {
        let quote = if formula { "'" } else { "" };
        format!("\"{quote}{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_a_spreadsheet_would_run_are_neutralised() {
        assert_eq!(
            cell("=HYPERLINK(\"http://e\",\"x\")"),
            "\"'=HYPERLINK(\"\"http://e\"\",\"\"x\"\")\""
        );
        for text in ["+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"] {
            assert_eq!(cell(text), format!("\"'{text}\""));
        }
        assert_eq!(cell("Ana Silva"), "Ana Silva");
        assert_eq!(cell("a, b"), "\"a, b\"");
        assert_eq!(cell("23.50"), "23.50");
    }
}
