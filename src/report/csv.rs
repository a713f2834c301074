//! CSV: one row per occupation with the headline figures (`export --format csv`).

use crate::export::ExportError;
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
/// source columns name each figure's publisher, data set and date.
pub fn table(
    ds: &Dataset,
    units: &[&UnitGroup],
    header: &HandoutHeader,
) -> Result<String, ExportError> {
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
            ])
            .map_err(err)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| ExportError::Csv(e.to_string()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
