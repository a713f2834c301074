//! Express Entry rounds from IRCC's own feed (`immigration/official/rounds/ee_rounds_123_en.json`,
//! a byte copy) into `immigration/ee_rounds.ron`.
//!
//! Our one addition is `FAMILIES`: what each of IRCC's round types selects from. Category
//! rounds map to the category of the Express Entry lists (`figures/ee_categories.ron`) by a
//! key; program-wide rounds to their program. A round type the table lacks stops the import,
//! so a new one is mapped by a person, not guessed. The list years a category round selected
//! from are the years its rounds were held in (IRCC numbers versions, not years; every
//! version's rounds fall within the years of its lists in the data: Version 1 2023-2024,
//! Version 2 2025, the "2026-Version" rounds 2026).

use super::Generated;
use super::csvread::ImportError;
use super::figures::generated;
use crate::model::ee_rounds::{EE_ROUNDS, FeedSource, Round, RoundType, RoundsFile};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

pub const ROUNDS_JSON: &str = "immigration/official/rounds/ee_rounds_123_en.json";
const FEED_URL: &str =
    "https://www.canada.ca/content/dam/ircc/documents/json/ee_rounds_123_en.json";

/// IRCC's round type name -> (our family key, whether it selects from occupation lists).
pub const FAMILIES: [(&str, &str, bool); 22] = [
    ("Canadian Experience Class", "cec", false),
    ("Provincial Nominee Program", "pnp", false),
    ("French language proficiency (Version 1)", "french", false),
    (
        "French-Language proficiency 2026-Version 2",
        "french",
        false,
    ),
    ("General", "general", false),
    ("No Program Specified", "no_program", false),
    ("Federal Skilled Worker", "fsw", false),
    ("Federal Skilled Trades", "fst", false),
    ("Healthcare occupations (Version 1)", "healthcare", true),
    (
        "Healthcare and social services occupations (Version 2)",
        "healthcare",
        true,
    ),
    (
        "Healthcare and Social Services Occupations, 2026-Version 3",
        "healthcare",
        true,
    ),
    ("STEM occupations (Version 1)", "stem", true),
    ("Trade occupations (Version 1)", "trade", true),
    ("Trade occupations (Version 2)", "trade", true),
    ("Trades Occupations, 2026-Version 3", "trade", true),
    ("Transport occupations (Version 1)", "transport", true),
    ("Transport Occupations, 2026-Version 2", "transport", true),
    (
        "Agriculture and agri-food occupations (Version 1)",
        "agriculture",
        true,
    ),
    ("Education occupations (Version 1)", "education", true),
    (
        "Physicians with Canadian Work Experience, 2026-Version 1",
        "physicians",
        true,
    ),
    (
        "Senior managers with Canadian Work Experience, 2026-Version 1",
        "senior_managers",
        true,
    ),
    (
        "Skilled Military Recruits, 2026-Version 1",
        "military",
        true,
    ),
];

fn bad(path: &Path, number: &str, message: impl std::fmt::Display) -> ImportError {
    ImportError::Data(format!("{}: round {number}: {message}", path.display()))
}

/// A count as the feed writes it ("5,000").
fn count(path: &Path, number: &str, field: &str, text: &str) -> Result<u32, ImportError> {
    text.replace(',', "")
        .parse()
        .map_err(|e| bad(path, number, format!("{field} {text:?}: {e}")))
}

pub(super) fn import(raw: &Path) -> Result<Generated, ImportError> {
    let path = raw.join(ROUNDS_JSON);
    let text = std::fs::read_to_string(&path).map_err(|e| ImportError::io(&path, e))?;
    let value: Value = serde_json::from_str(&text).map_err(|e| ImportError::io(&path, e))?;
    let rows = value["rounds"]
        .as_array()
        .ok_or_else(|| ImportError::Data(format!("{}: no \"rounds\" array", path.display())))?;
    let mut names: Vec<&str> = Vec::new();
    let mut rounds = Vec::new();
    for row in rows {
        let field = |key: &str| row[key].as_str().unwrap_or("").trim();
        let number = field("drawNumber");
        let date = field("drawDate");
        let ok_date = date.len() == 10
            && date.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        if number.is_empty() || !ok_date {
            return Err(bad(path.as_path(), number, format!("date {date:?}")));
        }
        let name = field("drawName");
        if !FAMILIES.iter().any(|(n, _, _)| *n == name) {
            return Err(bad(
                &path,
                number,
                format!("round type {name:?} is not mapped in src/import/rounds.rs FAMILIES"),
            ));
        }
        let kind = match names.iter().position(|n| *n == name) {
            Some(k) => k,
            None => {
                names.push(name);
                names.len() - 1
            }
        };
        rounds.push(Round(
            number.to_string(),
            date.to_string(),
            kind as u16,
            count(&path, number, "drawSize", field("drawSize"))?,
            count(&path, number, "drawCRS", field("drawCRS"))?,
        ));
    }
    let types = names
        .iter()
        .enumerate()
        .map(|(k, name)| {
            let (_, family, occupational) = FAMILIES
                .iter()
                .find(|(n, _, _)| n == name)
                .copied()
                .unwrap_or(("", "", false));
            let years: BTreeSet<u16> = (rounds.iter())
                .filter(|r| occupational && r.kind() == k)
                .filter_map(|r| r.date().get(..4)?.parse().ok())
                .collect();
            RoundType {
                name: name.to_string(),
                family: family.to_string(),
                occupational,
                years: years.into_iter().collect(),
            }
        })
        .collect();
    let newest = rounds.iter().map(|r| r.date().to_string()).max();
    let file = RoundsFile {
        source: FeedSource {
            publisher: "IRCC".into(),
            title: "Express Entry rounds of invitations, ee_rounds_123_en.json".into(),
            url: FEED_URL.into(),
            as_of: newest.unwrap_or_default(),
            official: true,
        },
        types,
        rounds,
    };
    generated(EE_ROUNDS, &file)
}
