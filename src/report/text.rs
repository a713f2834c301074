//! Plain text: one occupation (`show`), search results and the dataset's counts.

use super::Stats;
use crate::model::{Dataset, UnitGroup, teer_summary};
use crate::search::Hit;
use serde_json::Value;

fn headline(unit: &UnitGroup) -> String {
    format!(
        "{} {} (TEER {}: {})",
        unit.code,
        unit.title,
        unit.teer,
        teer_summary(unit.teer)
    )
}

pub fn text(ds: &Dataset, unit: &UnitGroup) -> String {
    let mut out = format!("{}\n{}\n", headline(unit), unit.title_fr);
    for (heading, lines) in super::sections(ds, unit) {
        out.push_str(&format!("\n{heading}\n"));
        for line in lines {
            out.push_str(&format!("  {line}\n"));
        }
    }
    out
}

pub fn search_text(ds: &Dataset, hits: &[Hit]) -> String {
    let mut out = String::new();
    for hit in hits {
        let unit = &ds.units[hit.unit];
        out.push_str(&format!("{}  {}", unit.code, unit.title));
        if hit.matched != unit.title && hit.matched != unit.code {
            out.push_str(&format!("  (matched: {})", hit.matched));
            if let Some(note) = hit.kind.note() {
                out.push_str(&format!(" ({note})"));
            }
        }
        out.push('\n');
    }
    out
}

pub fn stats_text(s: &Stats) -> String {
    let value = serde_json::to_value(s).unwrap_or_default();
    let mut out = String::new();
    if let Value::Object(map) = value {
        for (key, v) in map {
            out.push_str(&format!("{:<18} {}\n", key.replace('_', " "), v));
        }
    }
    out
}
