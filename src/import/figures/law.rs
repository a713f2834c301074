//! The immigration rules from the law: Justice Canada's XML of the IRPR (sections 75, 87.1,
//! 87.2 and 87.3: TEER categories, work experience, job offers, the TEER hierarchy, the
//! skilled trade groups) and of the IRPA (its consolidation date), the 96 trade unit groups
//! derived from s. 87.2(1) (checked here against the groups read from the XML), and the
//! minimum language levels quoted from canada.ca. Writes `figures/immigration_law.ron`.

use super::{bad, generated};
use crate::import::Generated;
use crate::import::csvread::{ImportError, Table, field};
use crate::model::law::{
    Experience, Instrument, LAW, LanguageMinimum, LawClass, LawFile, Offer, Source, TradeGroup,
};
use roxmltree::{Document, Node};
use std::path::Path;

pub const IRPR_XML: &str = "immigration/official/legislation/SOR-2002-227.xml";
pub const IRPA_XML: &str = "immigration/official/legislation/I-2.5.xml";
pub const FST_CSV: &str =
    "immigration/official/legislation/fst_skilled_trade_unit_groups_noc2021.csv";
pub const LANGUAGE_CSV: &str = "immigration/official/language/minimum_language_levels.csv";
const LIMS: &str = "http://justice.gc.ca/lims";

fn data(path: &Path, message: impl std::fmt::Display) -> ImportError {
    ImportError::Data(format!("{}: {message}", path.display()))
}

fn read(path: &Path) -> Result<String, ImportError> {
    let text = std::fs::read_to_string(path).map_err(|e| ImportError::io(path, e))?;
    Ok(text.trim_start_matches('\u{feff}').to_string())
}

/// A node's text with its markup dropped and whitespace collapsed.
pub(crate) fn text_of(node: Node) -> String {
    let raw: String = node
        .descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ");
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn label_of<'a>(node: Node<'a, '_>) -> Option<&'a str> {
    node.children()
        .find(|c| c.has_tag_name("Label"))
        .and_then(|l| l.text())
}

/// A provision by its path of labels: ["87.2", "(1)", "(a)"].
pub(crate) fn provision<'a>(doc: &'a Document, path: &[&str]) -> Option<Node<'a, 'a>> {
    let (first, rest) = path.split_first()?;
    let mut node = doc
        .descendants()
        .find(|n| n.has_tag_name("Section") && label_of(*n) == Some(first))?;
    for label in rest {
        node = node
            .children()
            .find(|c| c.is_element() && label_of(*c) == Some(label))?;
    }
    Some(node)
}

/// The class heading above a section ("Federal Skilled Trades Class").
fn heading_before(section: Node) -> Option<String> {
    let mut n = section.prev_sibling_element();
    while let Some(node) = n {
        if node.has_tag_name("Heading") {
            let title = node.children().find(|c| c.has_tag_name("TitleText"))?;
            return Some(text_of(title));
        }
        n = node.prev_sibling_element();
    }
    None
}

fn number_word(word: &str) -> Option<u8> {
    Some(match word {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        w => w.parse().ok()?,
    })
}

/// The TEER categories a paragraph lists: "TEER Category 0, 1, 2 or 3 of the ...".
pub(crate) fn teer_list(text: &str) -> Vec<u8> {
    let Some((_, after)) = text.split_once("TEER Category ") else {
        return Vec::new();
    };
    let list = after.split(" of the").next().unwrap_or(after);
    list.split([',', ' '])
        .filter_map(|w| w.parse::<u8>().ok())
        .filter(|t| *t <= 5)
        .collect()
}

/// The number in "at least one year" and in "within the 10 years" / "during the five years".
pub(crate) fn years(text: &str) -> Option<(u8, u8)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let at_least = words
        .windows(3)
        .find(|w| w[0] == "least" && w[2].starts_with("year"))
        .and_then(|w| number_word(w[1]))?;
    let within = words
        .windows(4)
        .find(|w| (w[0] == "within" || w[0] == "during") && w[1] == "the" && w[3] == "years")
        .and_then(|w| number_word(w[2]))?;
    Some((at_least, within))
}

/// The group codes a paragraph of s. 87.2(1) names, and those it excludes.
fn groups(text: &str) -> (Vec<String>, Vec<String>) {
    let (kept, excluded) = text.split_once("excluding").unwrap_or((text, ""));
    let codes = |t: &str| -> Vec<String> {
        let words: Vec<&str> = t.split_whitespace().collect();
        words
            .windows(2)
            .filter(|w| w[0] == "Group")
            .map(|w| w[1].trim_end_matches([',', ';', '.']).to_string())
            .filter(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_digit()))
            .collect()
    };
    (codes(kept), codes(excluded))
}

struct Reader<'a> {
    doc: Document<'a>,
    path: &'a Path,
}

impl Reader<'_> {
    fn text(&self, at: &[&str]) -> Result<String, ImportError> {
        provision(&self.doc, at)
            .map(text_of)
            .ok_or_else(|| data(self.path, format!("no provision {}", at.join(""))))
    }

    fn experience(&self, at: &[&str]) -> Result<Experience, ImportError> {
        let text = self.text(at)?;
        let (years, within_years) =
            years(&text).ok_or_else(|| data(self.path, format!("{}: no years", at.join(""))))?;
        Ok(Experience {
            years,
            within_years,
            in_canada: text.contains("acquired in Canada"),
            continuous: text.contains("over a continuous period"),
            at: at.join(""),
        })
    }

    fn class(
        &self,
        program: &str,
        section: &str,
        teer_at: &[&str],
    ) -> Result<LawClass, ImportError> {
        let node = provision(&self.doc, &[section])
            .ok_or_else(|| data(self.path, format!("no section {section}")))?;
        let heading = heading_before(node).unwrap_or_default();
        let teer = teer_list(&self.text(teer_at)?);
        Ok(LawClass {
            program: program.into(),
            section: section.into(),
            heading,
            teer,
            teer_at: teer_at.join(""),
            groups: Vec::new(),
            excluded_groups: Vec::new(),
            experience: self.experience(teer_at)?,
            offer: Offer::NotRequired,
            language_at: String::new(),
            same_level: Vec::new(),
            hierarchy_at: String::new(),
        })
    }
}

fn instrument(
    doc: &Document,
    path: &Path,
    short: &str,
    url: &str,
) -> Result<Instrument, ImportError> {
    let root = doc.root_element();
    let consolidated = root
        .attribute((LIMS, "pit-date"))
        .ok_or_else(|| data(path, "no lims:pit-date"))?;
    let find = |tag: &str| doc.descendants().find(|n| n.has_tag_name(tag)).map(text_of);
    let title = find("ShortTitle")
        .or_else(|| find("LongTitle"))
        .ok_or_else(|| data(path, "no title"))?;
    let citation = find("InstrumentNumber")
        .or_else(|| find("ConsolidatedNumber"))
        .ok_or_else(|| data(path, "no instrument number"))?;
    Ok(Instrument {
        citation,
        title,
        short: short.into(),
        url: url.into(),
        consolidated: consolidated.into(),
    })
}

/// The classes, and the trade groups of s. 87.2(1) included and excluded.
type Classes = (Vec<LawClass>, Vec<String>, Vec<String>);

fn classes(r: &Reader) -> Result<Classes, ImportError> {
    let mut fsw = r.class("fsw", "75", &["75", "(2)", "(a)"])?;
    fsw.language_at = "75(2)(d)".into();
    let mut cec = r.class("cec", "87.1", &["87.1", "(2)", "(a)"])?;
    cec.language_at = "87.1(2)(d), (e)".into();

    let mut fst = r.class("fst", "87.2", &["87.2", "(3)", "(b)"])?;
    let defs = provision(&r.doc, &["87.2", "(1)"]).ok_or_else(|| data(r.path, "no 87.2(1)"))?;
    let (mut include, mut exclude) = (Vec::new(), Vec::new());
    for p in defs.children().filter(|c| c.has_tag_name("Paragraph")) {
        let (i, e) = groups(&text_of(p));
        include.extend(i);
        exclude.extend(e);
    }
    if include.is_empty() {
        return Err(data(r.path, "87.2(1) names no group"));
    }
    fst.teer_at = "87.2(1)".into();
    fst.groups = include.clone();
    fst.excluded_groups = exclude.clone();
    fst.offer = Offer::OrCertificate {
        at: "87.2(3)(d)".into(),
    };
    fst.language_at = "87.2(3)(a)".into();

    let mut aip = r.class("aip", "87.3", &["87.3", "(3)", "(a)"])?;
    let duration = r.text(&["87.3", "(6)", "(a)", "(i)"])?;
    if !duration.contains("indeterminate") {
        return Err(data(
            r.path,
            "87.3(6)(a)(i) no longer asks for an indeterminate offer",
        ));
    }
    aip.offer = Offer::Required {
        at: "87.3(2)(d), (6)".into(),
        indeterminate_teer: teer_list(&duration),
        indeterminate_at: "87.3(6)(a)(i)".into(),
    };
    aip.language_at = "87.3(2)(f)".into();
    let same = r.text(&["87.3", "(7)", "(c)"])?;
    if !same.contains("same level") {
        return Err(data(
            r.path,
            "87.3(7)(c) no longer ranks TEERs at one level",
        ));
    }
    aip.same_level = same
        .split_whitespace()
        .filter_map(|w| w.parse::<u8>().ok())
        .collect();
    aip.hierarchy_at = "87.3(7)".into();
    Ok((vec![fsw, cec, fst, aip], include, exclude))
}

/// The derived trade unit groups, each checked against the groups read from the XML.
fn trade_groups(
    raw: &Path,
    include: &[String],
    exclude: &[String],
) -> Result<Vec<TradeGroup>, ImportError> {
    let path = raw.join(FST_CSV);
    let t = Table::read_utf8(&path)?;
    let cols = [
        t.column("noc_code")?,
        t.column("irpr_paragraph")?,
        t.column("matched_group_code")?,
    ];
    let mut out = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let [code, paragraph, group] = cols.map(|c| field(row, c).trim());
        let inside = include.iter().any(|g| g == group) && code.starts_with(group);
        let excluded = exclude.iter().any(|g| code.starts_with(g.as_str()));
        if !inside || excluded {
            return Err(bad(
                &path,
                i,
                format!("{code} is not in a group of s. 87.2(1)"),
            ));
        }
        out.push(TradeGroup {
            code: code.into(),
            paragraph: paragraph.into(),
            group: group.into(),
        });
    }
    out.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(out)
}

fn language(raw: &Path) -> Result<Vec<LanguageMinimum>, ImportError> {
    let path = raw.join(LANGUAGE_CSV);
    let t = Table::read_utf8(&path)?;
    let cols = [
        "program",
        "teer_scope",
        "skills",
        "scale",
        "minimum_level",
        "official_page_quote",
        "official_page_url",
        "page_fetched_by_carrier",
        "legal_basis",
    ]
    .map(|c| t.column(c));
    let cols = cols.into_iter().collect::<Result<Vec<_>, _>>()?;
    let mut out = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let f: Vec<&str> = cols.iter().map(|c| field(row, *c).trim()).collect();
        let level = f[4]
            .parse()
            .map_err(|e| bad(&path, i, format!("minimum_level {:?}: {e}", f[4])))?;
        let teer = f[1]
            .split([',', ' ', '('])
            .map_while(|w| {
                if w == "all" || w == "trade" {
                    None
                } else {
                    Some(w)
                }
            })
            .filter_map(|w| w.parse::<u8>().ok())
            .collect();
        out.push(LanguageMinimum {
            program: f[0].into(),
            teer,
            skills: f[2].into(),
            scale: f[3].into(),
            level,
            quote: f[5].into(),
            legal_basis: f[8].into(),
            source: Source {
                publisher: "IRCC (canada.ca)".into(),
                title: format!("language test page, quoted as captured on {}", f[7]).into(),
                url: Some(f[6].into()),
                as_of: f[7].into(),
                official: true,
            },
        });
    }
    Ok(out)
}

pub(super) fn import(raw: &Path) -> Result<Generated, ImportError> {
    let irpr_path = raw.join(IRPR_XML);
    let irpr_text = read(&irpr_path)?;
    let doc = Document::parse(&irpr_text).map_err(|e| data(&irpr_path, e))?;
    let regulation = instrument(
        &doc,
        &irpr_path,
        "IRPR",
        "https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/",
    )?;
    let reader = Reader {
        doc,
        path: &irpr_path,
    };
    let (classes, include, exclude) = classes(&reader)?;
    let irpa_path = raw.join(IRPA_XML);
    let irpa_text = read(&irpa_path)?;
    let irpa = Document::parse(&irpa_text).map_err(|e| data(&irpa_path, e))?;
    let act = instrument(
        &irpa,
        &irpa_path,
        "IRPA",
        "https://laws-lois.justice.gc.ca/eng/acts/I-2.5/",
    )?;
    let file = LawFile {
        regulation,
        act,
        classes,
        trade_groups: trade_groups(raw, &include, &exclude)?,
        language: language(raw)?,
    };
    generated(LAW, &file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_teers_years_and_groups_from_the_wording() {
        assert_eq!(
            teer_list("listed in TEER Category 0, 1, 2 or 3 of the National Occupational"),
            vec![0, 1, 2, 3]
        );
        assert_eq!(
            years("within the 10 years before ... at least one year of full-time work"),
            Some((1, 10))
        );
        assert_eq!(
            years("during the five years before ... at least two years of full-time"),
            Some((2, 5))
        );
        assert_eq!(
            groups(
                "(a) Major Group 72, technical trades, excluding Sub-major Group 726, transportation"
            ),
            (vec!["72".to_string()], vec!["726".to_string()])
        );
        assert_eq!(
            groups("(g) Minor Group 6320, cooks").0,
            vec!["6320".to_string()]
        );
    }
}
