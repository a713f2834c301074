//! The provincial lists one occupation is on or excluded from, the exclusion-based streams
//! that do not exclude it, and the community pilots that name it (low confidence).
//!
//! Not being on any list we hold is never "not eligible": most streams take occupations they
//! do not exclude, and our copies are a third party's captures of the official pages.

use crate::model::provincial::ProvincialList;
use crate::model::{Dataset, UnitGroup};
use serde::Serialize;

/// Province and territory codes in the order of `rules::licensing::PROVINCES`.
pub const PROVINCE_CODES: [&str; 13] = [
    "NL", "PE", "NS", "NB", "QC", "ON", "MB", "SK", "AB", "BC", "YT", "NT", "NU",
];

/// The code of a province named as our files name it ("British Columbia" -> "BC").
pub fn province_code(name: &str) -> Option<&'static str> {
    let bare = |s: &str| s.trim().trim_end_matches(" Territory").to_string();
    (crate::rules::licensing::PROVINCES.iter())
        .position(|p| bare(p) == bare(name))
        .map(|i| PROVINCE_CODES[i])
}

/// One list the occupation is on (the `show --format json` contract's `provincial[]`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProvincialFact {
    pub province: String,
    pub program: String,
    pub stream: String,
    /// The list's kind as the source calls it ("eligible", "targeted", "priority",
    /// "ineligible", "ineligible_conditional").
    pub list: String,
    /// "listed", "excluded" or "historical".
    pub status: String,
    /// The date the province gives, if any.
    pub effective: Option<String>,
    /// When the official page was captured (by a third-party carrier).
    pub captured: String,
    /// The official page or document.
    pub source: String,
    /// "second_capture" (a second capture of the official page agrees) or "carrier_only".
    pub check: String,
    /// A mark the source puts on this occupation ("conditional", "outside_gta_only",
    /// "added_after_second_capture").
    pub mark: Option<String>,
    /// Why the list is historical, in the carrier's words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub historical_note: Option<String>,
    /// Our short name of the list ("health", "in_demand", ...).
    pub tag: String,
    /// What our copy of the list may lack ("may_lack_codes").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caveat: Option<String>,
    /// The carrier's key of the list.
    pub key: String,
}

/// A stream that takes occupations it does not exclude, and does not exclude this one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OpenStream {
    pub province: String,
    pub program: String,
    /// The stream of the exclusion list, as the source names it.
    pub stream: String,
    /// The TEERs the stream takes when not excluded, as the source says.
    pub teers: Vec<u8>,
    pub captured: String,
    pub source: String,
    pub check: String,
    /// What our copy of the exclusion list may lack ("may_lack_codes"): then a code not on it
    /// may still be excluded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caveat: Option<String>,
}

/// A community pilot that names the occupation among its priority occupations.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PilotFact {
    pub community: String,
    pub province: String,
    pub pilot: String,
    pub captured: String,
    pub source: String,
    /// Always "low" (see the provincial PROVENANCE.md).
    pub confidence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct ProvincialFacts {
    pub rows: Vec<ProvincialFact>,
    pub open: Vec<OpenStream>,
    pub pilots: Vec<PilotFact>,
    /// Who carried the official pages to us (a third party, as `provinces_source` says).
    pub carrier: Option<String>,
    /// Whether the provincial lists and the community pilots loaded.
    pub loaded: bool,
    pub pilots_loaded: bool,
}

fn status_order(status: &str) -> u8 {
    match status {
        "listed" => 0,
        "excluded" => 1,
        _ => 2,
    }
}

fn fact(list: &ProvincialList, code: &str) -> ProvincialFact {
    ProvincialFact {
        province: list.province.clone(),
        program: list.program.clone(),
        stream: list.stream.clone(),
        list: list.kind.clone(),
        status: list.status.clone(),
        effective: Some(list.effective.clone()).filter(|e| !e.is_empty()),
        captured: list.captured.clone(),
        source: list.url.clone(),
        check: list.check.clone(),
        mark: list.marks.get(code).cloned(),
        historical_note: Some(list.historical_note.clone()).filter(|n| !n.is_empty()),
        tag: list.tag.clone(),
        caveat: Some(list.caveat.clone()).filter(|c| !c.is_empty()),
        key: list.key.clone(),
    }
}

/// The provincial facts of one occupation, by province, listed before excluded before
/// historical.
pub fn for_unit(ds: &Dataset, unit: &UnitGroup) -> ProvincialFacts {
    let lists = &ds.immigration_lists;
    let code = unit.code.as_str();
    let mut out = ProvincialFacts {
        loaded: lists.provincial.is_some(),
        pilots_loaded: lists.pilots.is_some(),
        carrier: lists.provincial.as_ref().map(|f| f.carrier.clone()),
        ..ProvincialFacts::default()
    };
    let on = |codes: &[String]| codes.binary_search_by(|c| c.as_str().cmp(code)).is_ok();
    for list in lists.provincial.iter().flat_map(|f| &f.lists) {
        if on(&list.codes) {
            out.rows.push(fact(list, code));
        } else if list.open_to_teers.contains(&unit.teer) && list.status == "excluded" {
            out.open.push(OpenStream {
                province: list.province.clone(),
                program: list.program.clone(),
                stream: list.stream.clone(),
                teers: list.open_to_teers.clone(),
                captured: list.captured.clone(),
                source: list.url.clone(),
                check: list.check.clone(),
                caveat: Some(list.caveat.clone()).filter(|c| !c.is_empty()),
            });
        }
    }
    out.rows.sort_by(|a, b| {
        (&a.province, status_order(&a.status), &a.key).cmp(&(
            &b.province,
            status_order(&b.status),
            &b.key,
        ))
    });
    for (c, confidence) in (lists.pilots.iter())
        .flat_map(|f| f.communities.iter().map(move |c| (c, &f.confidence)))
        .filter(|(c, _)| on(&c.codes))
    {
        out.pilots.push(PilotFact {
            community: c.name.clone(),
            province: c.province.clone(),
            pilot: c.pilot.clone(),
            captured: c.captured.clone(),
            source: c.url.clone(),
            confidence: confidence.clone(),
        });
    }
    out
}

/// One province's part of the one-line answer: the lists in force that name the occupation.
#[derive(Debug, Clone, PartialEq)]
pub struct ProvinceBrief<'a> {
    pub province: &'a str,
    /// Our short names of the lists ("health", "in_demand").
    pub tags: Vec<&'a str>,
}

impl ProvincialFacts {
    /// What the lists can and cannot say, in English (the JSON and `show`).
    pub fn missing(&self) -> String {
        if !self.loaded {
            return "The provincial lists are not loaded.".to_string();
        }
        "Not being on a list we hold does not mean not eligible: most provincial streams take \
         occupations they do not exclude, and these lists are a third party's captures of the \
         official pages (check the official page before relying on one)."
            .to_string()
    }

    /// The provinces whose lists in force name the occupation, with the province `lead`
    /// (the one chosen in the filters) first.
    pub fn brief(&self, lead: Option<&str>) -> Vec<ProvinceBrief<'_>> {
        let mut out: Vec<ProvinceBrief> = Vec::new();
        for r in self.rows.iter().filter(|r| r.status == "listed") {
            match out.iter_mut().find(|b| b.province == r.province) {
                Some(b) if !b.tags.contains(&r.tag.as_str()) => b.tags.push(&r.tag),
                Some(_) => {}
                None => out.push(ProvinceBrief {
                    province: &r.province,
                    tags: vec![&r.tag],
                }),
            }
        }
        if let Some(lead) = lead {
            out.sort_by_key(|b| b.province != lead);
        }
        out
    }

    /// The rows with the province `lead` first (stable otherwise).
    pub fn led_by(&self, lead: Option<&str>) -> Vec<&ProvincialFact> {
        let mut rows: Vec<&ProvincialFact> = self.rows.iter().collect();
        if let Some(lead) = lead {
            rows.sort_by_key(|r| r.province != lead);
        }
        rows
    }

    /// Whether a list in force of `province` names the occupation (the filter "on a
    /// provincial list of PROVINCE").
    pub fn listed_in(&self, province: &str) -> bool {
        (self.rows.iter()).any(|r| r.province == province && r.status == "listed")
    }

    /// The provinces (codes) whose lists in force name the occupation.
    /// The provinces whose exclusion lists name the occupation, in code order, once each.
    pub fn excluded_provinces(&self) -> Vec<&str> {
        let mut out: Vec<&str> = (self.rows.iter())
            .filter(|r| r.status == "excluded")
            .map(|r| r.province.as_str())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    pub fn listed_provinces(&self) -> Vec<String> {
        let mut out: Vec<String> = (self.rows.iter())
            .filter(|r| r.status == "listed")
            .map(|r| r.province.clone())
            .collect();
        out.dedup();
        out
    }
}
