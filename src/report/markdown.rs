//! Markdown: one occupation (`show --format markdown`) and the handout of several
//! (`export`, and `e` in the explorer), in the interface language.

use super::document::{escape, to_markdown};
use crate::i18n::{Labels, fill};
use crate::locale::{self, Lang};
use crate::model::{Dataset, UnitGroup};

pub fn markdown(ds: &Dataset, unit: &UnitGroup, lang: Lang) -> String {
    let l = Labels::for_lang(lang);
    let (title, second) = super::titles(ds, unit, l);
    let mut out = format!("# {} {}\n\n", unit.code, escape(&title));
    if let Some(second) = second {
        out.push_str(&format!("*{}* · ", escape(&second)));
    }
    out.push_str(&format!("{}\n", super::teer(l, unit.teer)));
    out.push_str(&to_markdown(
        &super::sections(ds, unit, lang),
        2,
        l.source_prefix,
    ));
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

    /// "Occupations to explore for Ana Silva, 25 November 2026", in the handout's language.
    pub fn title(&self) -> String {
        let r = &Labels::for_lang(self.lang).report;
        let date = locale::long_date(self.lang, &self.date);
        match &self.client {
            Some(c) => fill(r.handout_title_client, &[("client", c), ("date", &date)]),
            None => fill(r.handout_title, &[("date", &date)]),
        }
    }

    /// "3 occupations from the National Occupational Classification (NOC) 2021. ...".
    pub fn intro(&self, occupations: usize) -> String {
        let r = &Labels::for_lang(self.lang).report;
        let template = if occupations == 1 {
            r.handout_intro_one
        } else {
            r.handout_intro
        };
        fill(
            template,
            &[("n", &locale::number(self.lang, occupations as i64))],
        )
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

/// "1 Business, finance… › 11 Professional… › 111 Auditors…" (broad, major and minor), in
/// the interface language.
pub fn hierarchy_path(ds: &Dataset, unit: &UnitGroup, lang: Lang) -> String {
    super::classes(ds, unit)
        .into_iter()
        .filter(|(depth, _)| *depth != 2)
        .map(|(_, class)| format!("{} {}", class.code, super::class_title(class, lang)))
        .collect::<Vec<_>>()
        .join(" › ")
}

/// The handout `export` writes: a dated title, then every occupation with its answer card
/// first and the sections in the handout's order (`report::handout_sections`), each figure
/// with its source and as-of date, and the attribution lines at the end.
pub fn handout(ds: &Dataset, units: &[&UnitGroup], header: &HandoutHeader) -> String {
    let l = Labels::for_lang(header.lang);
    let mut out = format!("# {}\n\n", escape(&header.title()));
    out.push_str(&format!("{}\n", header.intro(units.len())));
    for unit in units {
        let (title, second) = super::titles(ds, unit, l);
        out.push_str(&format!("\n## {} {}\n\n", unit.code, escape(&title)));
        if let Some(second) = second {
            out.push_str(&format!("*{}* · ", escape(&second)));
        }
        out.push_str(&format!("{}\n\n", super::teer(l, unit.teer)));
        out.push_str(&fill(
            l.report.where_it_sits,
            &[("path", &escape(&hierarchy_path(ds, unit, header.lang)))],
        ));
        out.push('\n');
        out.push_str(&to_markdown(
            &super::card_sections(ds, unit, header.lang),
            3,
            l.source_prefix,
        ));
        out.push_str(&to_markdown(
            &super::handout_sections(ds, unit, header.lang),
            3,
            l.source_prefix,
        ));
    }
    out.push_str(&format!("\n---\n\n## {}\n\n", l.sources));
    for source in crate::facts::sources() {
        out.push_str(&format!(
            "- **{}**, {} ({}). {}\n",
            source.name, source.publisher, source.vintage, source.attribution
        ));
    }
    out.push_str(&format!("\n{}\n", l.rules_change));
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
        assert_eq!(
            h.title(),
            "Occupations to explore for Ana, 25 November 2026"
        );
        let fr = HandoutHeader {
            lang: Lang::Fr,
            ..h.clone()
        };
        assert_eq!(
            fr.title(),
            "Professions à explorer pour Ana, 25 novembre 2026"
        );
    }
}
