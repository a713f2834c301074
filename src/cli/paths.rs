//! `paths CODE`: where an occupation's skills carry, closest first or in the order asked.

use super::args::ListFormat;
use super::{CliError, not_found, print_out, print_out_as};
use crate::facts::paths::{self, PathSort};
use crate::locale::Lang;
use clap::ValueEnum;
use std::path::Path;

/// The orders `paths --sort` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PathsSort {
    /// By closeness of skills, knowledge, abilities and work activities (ours)
    Closest,
    /// Less exposed to AI first (GPT-4 rated exposure)
    Ai,
    /// Higher Job Bank median pay first
    Pay,
    /// Better COPS 2024-2033 outlook first (a shortage first)
    Outlook,
    /// Only those asking no higher TEER (reachable without more schooling), closest first
    Teer,
}

impl From<PathsSort> for PathSort {
    fn from(s: PathsSort) -> PathSort {
        match s {
            PathsSort::Closest => PathSort::Closest,
            PathsSort::Ai => PathSort::LessAi,
            PathsSort::Pay => PathSort::Pay,
            PathsSort::Outlook => PathSort::Outlook,
            PathsSort::Teer => PathSort::NoHigherTeer,
        }
    }
}

pub(super) fn run(
    dir: Option<&Path>,
    code: &str,
    sort: PathsSort,
    limit: usize,
    format: ListFormat,
    lang: Lang,
) -> Result<(), CliError> {
    let ds = super::load(dir)?;
    let code = code.trim();
    let unit = ds.unit(code).ok_or_else(|| not_found(&ds, code, lang))?;
    let facts = paths::for_unit(&ds, unit);
    match format {
        ListFormat::Json => {
            let mut value = serde_json::json!({ "code": unit.code, "title": unit.title });
            crate::report::paths::extend_json(&mut value, &facts);
            let order: Vec<String> = paths::sorted(&facts.paths, sort.into())
                .into_iter()
                .take(limit)
                .map(|p| p.code.clone())
                .collect();
            if let serde_json::Value::Object(map) = &mut value
                && let Some(serde_json::Value::Array(all)) = map.get_mut("paths")
            {
                all.retain(|p| order.iter().any(|c| p["code"] == c.as_str()));
                all.sort_by_key(|p| order.iter().position(|c| p["code"] == c.as_str()));
            }
            let text = serde_json::to_string_pretty(&value).unwrap_or_default() + "\n";
            print_out_as(&text, true)
        }
        ListFormat::Text => {
            let section = crate::report::paths::section(&facts, lang, sort.into(), limit);
            let head = format!("{} {}\n", unit.code, unit.title);
            let source = crate::i18n::Labels::for_lang(lang).source_prefix;
            print_out(&(head + &crate::report::document::to_text(&[section], source)))
        }
    }
}
