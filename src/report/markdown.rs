//! Markdown: one occupation (`show --format markdown`) and the handout of several
//! (`export`, and `e` in the explorer).

use super::document::{escape, to_markdown};
use crate::locale::Lang;
use crate::model::{Dataset, UnitGroup, teer_summary};

pub fn markdown(ds: &Dataset, unit: &UnitGroup, lang: Lang) -> String {
    let mut out = format!(
        "# {} {}\n\n*{}* · TEER {}: {}\n",
        unit.code,
        escape(&unit.title),
        escape(&unit.title_fr),
        unit.teer,
        teer_summary(unit.teer)
    );
    out.push_str(&to_markdown(&super::sections(ds, unit, lang), 2));
    out
}

/// What a handout is for: the language of its numbers, the date it was made and, if given,
/// the client it was made for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HandoutHeader {
    pub lang: Lang,
    /// "2026-11-25".
    pub date: String,
    pub client: Option<String>,
}

impl HandoutHeader {
    /// Today's date, in the local sense of UTC (`crate::report::today`).
    pub fn today(lang: Lang, client: Option<&str>) -> Self {
        HandoutHeader {
            lang,
            date: super::today(),
            client: client.and_then(clean_client),
        }
    }

    /// "Occupations to explore for Ana Silva, 2026-11-25".
    pub fn title(&self) -> String {
        match &self.client {
            Some(c) => format!("Occupations to explore for {c}, {}", self.date),
            None => format!("Occupations to explore, {}", self.date),
        }
    }
}

/// The most characters of a client's name: the command line refuses more, the explorer's
/// dialog takes no more.
pub const MAX_CLIENT_CHARS: usize = 80;

/// A client's name as typed: control characters and surrounding spaces dropped, at most
/// `MAX_CLIENT_CHARS` characters (callers refuse longer names first), `None` when nothing is
/// left.
pub fn clean_client(name: &str) -> Option<String> {
    let cleaned: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(MAX_CLIENT_CHARS)
        .collect();
    let cleaned = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
    (!cleaned.is_empty()).then_some(cleaned)
}

/// "1 Business, finance… › 11 Professional… › 111 Auditors…" (broad, major and minor).
fn hierarchy_path(ds: &Dataset, unit: &UnitGroup) -> String {
    super::classes(ds, unit)
        .into_iter()
        .filter(|(label, _)| *label != "Sub-major group")
        .map(|(_, class)| format!("{} {}", class.code, escape(&class.title)))
        .collect::<Vec<_>>()
        .join(" › ")
}

/// The handout `export` writes: a dated title, then every occupation with the same sections
/// as `show`, each figure with its source and as-of date.
pub fn handout(ds: &Dataset, units: &[&UnitGroup], header: &HandoutHeader) -> String {
    let mut out = format!("# {}\n\n", escape(&header.title()));
    out.push_str(&format!(
        "{} from the National Occupational Classification (NOC) 2021. Figures are the latest \
         in this app's data; each names its source and date.\n",
        match units.len() {
            1 => "1 occupation".to_string(),
            n => format!(
                "{} occupations",
                crate::locale::number(header.lang, n as i64)
            ),
        }
    ));
    for unit in units {
        out.push_str(&format!("\n## {} {}\n\n", unit.code, escape(&unit.title)));
        out.push_str(&format!(
            "*{}* · TEER {}: {}\n\n",
            escape(&unit.title_fr),
            unit.teer,
            teer_summary(unit.teer)
        ));
        out.push_str(&format!("Where it sits: {}\n", hierarchy_path(ds, unit)));
        out.push_str(&to_markdown(&super::sections(ds, unit, header.lang), 3));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_name_is_one_clean_line() {
        assert_eq!(clean_client("  Ana\n Silva\t"), Some("Ana Silva".into()));
        assert_eq!(clean_client(" \x1b "), None);
        assert_eq!(clean_client(&"x".repeat(200)).unwrap().len(), 80);
        let h = HandoutHeader {
            lang: Lang::En,
            date: "2026-11-25".into(),
            client: clean_client("Ana"),
        };
        assert_eq!(h.title(), "Occupations to explore for Ana, 2026-11-25");
    }
}
