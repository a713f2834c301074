//! Manitoba's regulated professions and compulsory trades, and the NOC's Red Seal mentions,
//! from `immigration/provincial/` (see its PROVENANCE.md), into
//! `figures/provincial_licensing.ron`. Codes are kept only as the official page prints them:
//! a profession whose fact sheet states no NOC code gets none (no match of ours).

use super::Generated;
use super::csvread::{ImportError, Table, field};
use super::figures::{bad, generated};
use crate::model::path_lists::{
    CompulsoryTrade, PROVINCIAL_LICENSING, ProvincialLicensingFile, RedSealMention,
    RegulatedProfession,
};
use std::path::Path;

pub const MB_REGULATED_CSV: &str = "immigration/provincial/mb_regulated_professions.csv";
pub const MB_TRADES_CSV: &str = "immigration/provincial/mb_compulsory_trades.csv";
pub const RED_SEAL_CSV: &str = "immigration/provincial/noc2021_red_seal_mentions_DERIVED.csv";

fn columns<const N: usize>(t: &Table, names: [&str; N]) -> Result<[usize; N], ImportError> {
    let mut cols = [0; N];
    for (c, name) in cols.iter_mut().zip(names) {
        *c = t.column(name)?;
    }
    Ok(cols)
}

fn code_ok(code: &str) -> bool {
    code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit())
}

/// "https://a/ (fetched ...); fact sheet https://b/" -> the fact sheet's address when there is
/// one, else the page's.
fn page_url(text: &str) -> String {
    let urls: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.starts_with("https://"))
        .collect();
    urls.last().copied().unwrap_or("").to_string()
}

fn regulated(raw: &Path) -> Result<Vec<RegulatedProfession>, ImportError> {
    let path = raw.join(MB_REGULATED_CSV);
    let t = Table::read_utf8(&path)?;
    let cols = columns(
        &t,
        [
            "province",
            "occupation_as_published",
            "regulatory_body",
            "noc2021_codes_official",
            "note",
            "official_url",
            "crawl_fetched",
        ],
    )?;
    let mut out = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let [province, name, regulator, codes, note, url, fetched] =
            cols.map(|c| field(row, c).trim());
        let codes: Vec<String> = codes.split_whitespace().map(str::to_string).collect();
        if let Some(c) = codes.iter().find(|c| !code_ok(c)) {
            return Err(bad(&path, i, format!("code {c:?} is not five digits")));
        }
        out.push(RegulatedProfession {
            province: province.to_string(),
            name: name.to_string(),
            regulator: regulator.to_string(),
            codes,
            note: note.to_string(),
            url: page_url(url),
            captured: fetched.get(..10).unwrap_or(fetched).to_string(),
        });
    }
    Ok(out)
}

fn trades(raw: &Path) -> Result<Vec<CompulsoryTrade>, ImportError> {
    let path = raw.join(MB_TRADES_CSV);
    let t = Table::read_utf8(&path)?;
    let cols = columns(
        &t,
        [
            "province",
            "noc2021",
            "trade_as_published",
            "certification",
            "regulator",
            "official_url",
            "crawl_fetched",
        ],
    )?;
    let mut out = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let [province, code, name, certification, regulator, url, fetched] =
            cols.map(|c| field(row, c).trim());
        if !code_ok(code) {
            return Err(bad(
                &path,
                i,
                format!("noc2021 {code:?} is not five digits"),
            ));
        }
        if certification != "compulsory" {
            return Err(bad(&path, i, format!("certification {certification:?}")));
        }
        out.push(CompulsoryTrade {
            province: province.to_string(),
            code: code.to_string(),
            name: name.to_string(),
            regulator: regulator.to_string(),
            url: page_url(url),
            captured: fetched.get(..10).unwrap_or(fetched).to_string(),
        });
    }
    Ok(out)
}

fn red_seal(raw: &Path) -> Result<Vec<RedSealMention>, ImportError> {
    let path = raw.join(RED_SEAL_CSV);
    let t = Table::read_utf8(&path)?;
    let [code, sentences] = columns(&t, ["noc2021", "red_seal_sentences"])?;
    let mut out = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let c = field(row, code).trim();
        if !code_ok(c) {
            return Err(bad(&path, i, format!("noc2021 {c:?} is not five digits")));
        }
        out.push(RedSealMention {
            code: c.to_string(),
            sentences: vec![super::clean(field(row, sentences))],
        });
    }
    out.sort_by(|a, b| a.code.cmp(&b.code));
    Ok(out)
}

pub(super) fn import(raw: &Path) -> Result<Generated, ImportError> {
    let regulated = regulated(raw)?;
    let trades = trades(raw)?;
    let mut covered: Vec<String> = (regulated.iter().map(|r| &r.province))
        .chain(trades.iter().map(|t| &t.province))
        .cloned()
        .collect();
    covered.sort();
    covered.dedup();
    let file = ProvincialLicensingFile {
        covered,
        regulated,
        trades,
        red_seal: red_seal(raw)?,
    };
    generated(PROVINCIAL_LICENSING, &file)
}
