//! Provincial nominee occupation lists and the community pilots' priority occupations
//! (`immigration/provincial_lists.ron`, `immigration/community_pilots.ron`).
//!
//! Kinds and statuses are plain strings checked at import and at load (`KINDS`, `STATUSES`),
//! so the embedded files convert to JSON.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub const PROVINCIAL_LISTS: &str = "immigration/provincial_lists.ron";
pub const COMMUNITY_PILOTS: &str = "immigration/community_pilots.ron";

/// List kinds as the source calls them.
pub const KINDS: [&str; 5] = [
    "eligible",
    "targeted",
    "priority",
    "ineligible",
    "ineligible_conditional",
];
/// What being on a list means for the occupation: on a list of occupations the stream takes or
/// targets, excluded from it, or on a list no longer in force.
pub const STATUSES: [&str; 3] = ["listed", "excluded", "historical"];
/// Our short names of lists (see `tag`).
pub const TAGS: [&str; 12] = [
    "health",
    "tech",
    "agriculture",
    "construction",
    "childcare",
    "veterinary",
    "education",
    "in_demand",
    "critical",
    "graduate",
    "excluded",
    "excluded_conditional",
];
/// How the list body was checked: a second capture of the official page agrees, or only the
/// carrier's parse of the official page or PDF is held.
pub const CHECKS: [&str; 2] = ["second_capture", "carrier_only"];

/// One provincial list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvincialList {
    /// The carrier's key ("sk-health").
    pub key: String,
    /// Two-letter province code.
    pub province: String,
    pub program: String,
    pub stream: String,
    /// Our short name of what the list is about ("health", "tech", "in_demand", "excluded"),
    /// for one-line summaries the interface words (`TAGS`).
    pub tag: String,
    /// One of `KINDS`.
    pub kind: String,
    /// One of `STATUSES` for every code on it.
    pub status: String,
    /// Why the list is historical, as the source's note says (empty when current).
    #[serde(default)]
    pub historical_note: String,
    /// The date the province gives, as written ("2024-05-01", "June 13, 2026"); empty when none.
    #[serde(default)]
    pub effective: String,
    /// When the carrier captured the official page (YYYY-MM-DD).
    pub captured: String,
    /// The official page or document.
    pub url: String,
    /// One of `CHECKS`.
    pub check: String,
    /// The TEERs of the occupations not on this (exclusion) list that the stream takes, as the
    /// source says; empty when the source does not say.
    #[serde(default)]
    pub open_to_teers: Vec<u8>,
    /// What our copy may lack ("may_lack_codes"), as the PROVENANCE.md says; empty when nothing.
    #[serde(default)]
    pub caveat: String,
    /// Codes on the list, sorted.
    pub codes: Vec<String>,
    /// Marks the source puts on some codes ("conditional", "outside the GTA only").
    #[serde(default)]
    pub marks: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvincialFile {
    /// Who carried the official pages to us (a third party, as `provinces_source` says).
    pub carrier: String,
    pub lists: Vec<ProvincialList>,
}

/// One community's priority occupations under the Rural or Francophone Community
/// Immigration Pilot (low confidence: see the provincial PROVENANCE.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Community {
    pub name: String,
    pub province: String,
    /// "RCIP" or "FCIP".
    pub pilot: String,
    pub url: String,
    pub captured: String,
    pub codes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommunityPilotsFile {
    pub carrier: String,
    /// "low": the provincial PROVENANCE.md finds 17 of 20 communities cut at exactly 25 rows
    /// and no second carrier; the interface shows these lists as indicative only.
    pub confidence: String,
    pub communities: Vec<Community>,
}

/// The immigration lists loaded with the dataset; `None` where a file did not load.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImmigrationLists {
    pub rounds: Option<super::ee_rounds::RoundsFile>,
    pub provincial: Option<ProvincialFile>,
    pub pilots: Option<CommunityPilotsFile>,
}
