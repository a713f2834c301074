//! Provincial nominee occupation lists and the community pilots' priority occupations, from
//! `immigration/provincial/` (see its PROVENANCE.md), into `immigration/provincial_lists.ron`
//! and `immigration/community_pilots.ron`.
//!
//! Ours, each from the PROVENANCE.md: which lists a second capture of the official page
//! confirms (`SECOND_CAPTURE`), which exclusion lists the province says leave every other
//! occupation open (`OPEN_TO_OTHERS`), and one correction: the carrier's `bc-health` list is the
//! Health Authority stream's list, not the targeted health-care draws' (applied only when its
//! codes equal that list in the official page text, which the import checks).

use super::Generated;
use super::csvread::{ImportError, Table, clean, field};
use super::figures::{bad, generated};
use crate::model::provincial::{
    COMMUNITY_PILOTS, Community, CommunityPilotsFile, PROVINCIAL_LISTS, ProvincialFile,
    ProvincialList,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

pub const PNP_CSV: &str = "immigration/provincial/pnp_occupation_lists.csv";
pub const PAGE_TEXT_CSV: &str = "immigration/provincial/pnp_lists_official_page_text_2026-06.csv";
pub const PILOTS_CSV: &str = "immigration/provincial/rcip_fcip_community_priority_occupations.csv";
/// The third party that carried the official pages to us.
const CARRIER: &str = "zhizhunbao/pnp-job-tracker";

/// Lists whose codes a second capture of the official page text agrees with (PROVENANCE.md,
/// "Cross-check ... against the official page text"); the others are the carrier's parse only.
const SECOND_CAPTURE: [&str; 17] = [
    "sk-health",
    "sk-tech",
    "sk-agri",
    "bc-health",
    "bc-construction",
    "bc-childcare",
    "bc-vet",
    "bc-education",
    "nb-ineligible",
    "nb-ineligible-food",
    "nb-aip-ineligible",
    "nb-aip-ineligible-food",
    "ns-critical",
    "ns-grad",
    "pe-oid",
    "oinp-in-demand",
    "oinp-tech",
];

/// Exclusion lists whose stream, the source says, takes the occupations of these TEERs not on
/// them: Alberta (Opportunity Stream: all other TEER 0-5 occupations) and Saskatchewan
/// (Occupations In-Demand and Express Entry: TEER 0-3 occupations not excluded).
const OPEN_TO_OTHERS: [(&str, &[u8]); 2] = [
    ("aaip-ineligible", &[0, 1, 2, 3, 4, 5]),
    ("sk-excluded", &[0, 1, 2, 3]),
];

/// Lists our copy may lack codes of: the SINP excluded list has 152 codes in every capture,
/// where reports of the May 2024 list say 158 (PROVENANCE.md, "Extra checks", unresolved).
const MAY_LACK_CODES: [&str; 1] = ["sk-excluded"];

/// Codes the carrier added after the second capture: (list, code, mark).
const LATER_ADDITIONS: [(&str, &str); 1] = [("ns-critical", "72410")];

/// The correction of `bc-health` (PROVENANCE.md addendum, item 1).
const BC_HEALTH: &str = "bc-health";
const BC_HEALTH_AUTHORITY: &str = "BC-HA";
const BC_HEALTH_STREAM: &str = "Skills Immigration: Health Authority stream - eligible occupations";

/// Our short name of a list (`ProvincialList::tag`), by the carrier's key.
fn tag(key: &str, kind: &str) -> Option<&'static str> {
    Some(match key.split_once('-')?.1 {
        _ if kind == "ineligible" => "excluded",
        _ if kind == "ineligible_conditional" => "excluded_conditional",
        "health" => "health",
        "tech" => "tech",
        "agri" => "agriculture",
        "construction" => "construction",
        "childcare" => "childcare",
        "vet" => "veterinary",
        "education" => "education",
        "indemand" | "indemand-rural" | "in-demand" | "oid" => "in_demand",
        "critical" => "critical",
        "grad" => "graduate",
        _ => return None,
    })
}

/// "June 13, 2026" -> "2026-06-13"; an ISO date or "" as it is.
fn iso_date(text: &str) -> Option<String> {
    use crate::locale::MONTHS_EN as MONTHS;
    let t = text.trim();
    if t.is_empty() || (t.len() == 10 && t.as_bytes()[4] == b'-' && t.as_bytes()[7] == b'-') {
        return Some(t.to_string());
    }
    let (month, rest) = t.split_once(' ')?;
    let (day, year) = rest.split_once(", ")?;
    let m = MONTHS.iter().position(|n| *n == month)? + 1;
    let (day, year): (u8, u16) = (day.parse().ok()?, year.parse().ok()?);
    Some(format!("{year:04}-{m:02}-{day:02}"))
}

fn five_digits(code: &str) -> bool {
    code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit())
}

/// The codes of one list of the official page text.
fn page_text_codes(raw: &Path, list_id: &str) -> Result<BTreeSet<String>, ImportError> {
    let t = Table::read_utf8(&raw.join(PAGE_TEXT_CSV))?;
    let (id, code) = (t.column("list_id")?, t.column("noc_code")?);
    Ok(t.rows
        .iter()
        .filter(|r| field(r, id).trim() == list_id)
        .map(|r| field(r, code).trim().to_string())
        .collect())
}

/// The mark a row's `flags` put on its code, in our words.
fn mark(flags: &str) -> Option<&'static str> {
    if flags.contains("conditional") {
        Some("conditional")
    } else if flags.contains("gtaRestricted=True") {
        Some("outside_gta_only")
    } else {
        None
    }
}

pub(super) fn import(raw: &Path) -> Result<Vec<Generated>, ImportError> {
    Ok(vec![import_lists(raw)?, import_pilots(raw)?])
}

fn import_lists(raw: &Path) -> Result<Generated, ImportError> {
    let path = raw.join(PNP_CSV);
    let t = Table::read_utf8(&path)?;
    let names = [
        "list_key",
        "province",
        "program",
        "stream",
        "list_type",
        "status",
        "noc2021",
        "flags",
        "official_url",
        "effective",
        "carrier_fetched",
    ];
    let mut cols = [0; 11];
    for (c, name) in cols.iter_mut().zip(names) {
        *c = t.column(name)?;
    }
    let mut lists: Vec<ProvincialList> = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let [
            key,
            province,
            program,
            stream,
            kind,
            status,
            code,
            flags,
            url,
            effective,
            fetched,
        ] = cols.map(|c| field(row, c).trim());
        if !five_digits(code) {
            return Err(bad(
                &path,
                i,
                format!("noc2021 {code:?} is not a five-digit code"),
            ));
        }
        if !crate::model::provincial::KINDS.contains(&kind) {
            return Err(bad(&path, i, format!("list_type {kind:?} is not known")));
        }
        let (status, note) = match status.strip_prefix("historical") {
            Some(note) => (
                "historical",
                note.trim_start_matches([':', ' ']).to_string(),
            ),
            None if status == "current" && kind.starts_with("ineligible") => {
                ("excluded", String::new())
            }
            None if status == "current" => ("listed", String::new()),
            None => return Err(bad(&path, i, format!("status {status:?} is not known"))),
        };
        let effective = iso_date(effective)
            .ok_or_else(|| bad(&path, i, format!("effective {effective:?} is not a date")))?;
        let tag = tag(key, kind).ok_or_else(|| {
            bad(
                &path,
                i,
                format!("list {key:?} has no tag in src/import/provincial.rs"),
            )
        })?;
        let list = match lists.iter_mut().find(|l| l.key == key) {
            Some(list) => list,
            None => {
                lists.push(ProvincialList {
                    key: key.to_string(),
                    province: province.to_string(),
                    program: clean(program),
                    stream: clean(stream),
                    tag: tag.to_string(),
                    kind: kind.to_string(),
                    status: status.to_string(),
                    historical_note: note,
                    effective,
                    captured: fetched.to_string(),
                    url: url.to_string(),
                    check: if SECOND_CAPTURE.contains(&key) {
                        "second_capture"
                    } else {
                        "carrier_only"
                    }
                    .to_string(),
                    open_to_teers: (OPEN_TO_OTHERS.iter())
                        .find(|(k, _)| *k == key)
                        .map(|(_, teers)| teers.to_vec())
                        .unwrap_or_default(),
                    caveat: if MAY_LACK_CODES.contains(&key) {
                        "may_lack_codes"
                    } else {
                        ""
                    }
                    .to_string(),
                    codes: Vec::new(),
                    marks: BTreeMap::new(),
                });
                lists.last_mut().expect("just pushed")
            }
        };
        if list.status != status || list.captured != fetched || list.url != url {
            return Err(bad(
                &path,
                i,
                format!("list {key} changes status, date or URL"),
            ));
        }
        list.codes.push(code.to_string());
        if let Some(m) = mark(flags) {
            list.marks.insert(code.to_string(), m.to_string());
        }
        if LATER_ADDITIONS.contains(&(key, code)) {
            list.marks
                .insert(code.to_string(), "added_after_second_capture".to_string());
        }
    }
    if let Some(list) = lists.iter_mut().find(|l| l.key == BC_HEALTH) {
        let ours: BTreeSet<String> = list.codes.iter().cloned().collect();
        if ours != page_text_codes(raw, BC_HEALTH_AUTHORITY)? {
            return Err(ImportError::Data(format!(
                "{}: {BC_HEALTH} no longer equals {BC_HEALTH_AUTHORITY} of the official page text: review the correction in src/import/provincial.rs",
                path.display()
            )));
        }
        list.stream = BC_HEALTH_STREAM.to_string();
        list.kind = "eligible".to_string();
    }
    for list in &mut lists {
        list.codes.sort();
        list.codes.dedup();
    }
    lists.sort_by(|a, b| (&a.province, &a.key).cmp(&(&b.province, &b.key)));
    let file = ProvincialFile {
        carrier: CARRIER.to_string(),
        lists,
    };
    generated(PROVINCIAL_LISTS, &file)
}

fn import_pilots(raw: &Path) -> Result<Generated, ImportError> {
    let path = raw.join(PILOTS_CSV);
    let t = Table::read_utf8(&path)?;
    let names = [
        "community",
        "province",
        "pilot",
        "noc2021",
        "title_match",
        "community_url",
        "carrier_fetched",
    ];
    let mut cols = [0; 7];
    for (c, name) in cols.iter_mut().zip(names) {
        *c = t.column(name)?;
    }
    let mut communities: Vec<Community> = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let [name, province, pilot, code, title_match, url, fetched] =
            cols.map(|c| field(row, c).trim());
        // The carrier's rows the PROVENANCE flags as not a NOC 2021 code, or with no code.
        if matches!(title_match, "CODE_NOT_IN_NOC2021" | "no_code") {
            continue;
        }
        if !five_digits(code) || !matches!(pilot, "RCIP" | "FCIP") {
            return Err(bad(&path, i, format!("code {code:?} or pilot {pilot:?}")));
        }
        let c = match communities
            .iter_mut()
            .find(|c| c.name == clean(name) && c.pilot == pilot)
        {
            Some(c) => c,
            None => {
                communities.push(Community {
                    name: clean(name),
                    province: province.to_string(),
                    pilot: pilot.to_string(),
                    url: url.to_string(),
                    captured: fetched.to_string(),
                    codes: Vec::new(),
                });
                communities.last_mut().expect("just pushed")
            }
        };
        c.codes.push(code.to_string());
    }
    for c in &mut communities {
        c.codes.sort();
        c.codes.dedup();
    }
    communities
        .sort_by(|a, b| (&a.province, &a.name, &a.pilot).cmp(&(&b.province, &b.name, &b.pilot)));
    let file = CommunityPilotsFile {
        carrier: CARRIER.to_string(),
        confidence: "low".to_string(),
        communities,
    };
    generated(COMMUNITY_PILOTS, &file)
}
