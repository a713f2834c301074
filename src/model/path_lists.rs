//! Official provincial licensing facts and the NOC's Red Seal mentions
//! (`figures/provincial_licensing.ron`), from `immigration/provincial/` (see its PROVENANCE.md):
//! Manitoba's regulated professions with their regulators, its compulsory trades, and the unit
//! groups whose NOC requirements mention Red Seal.

use serde::{Deserialize, Serialize};

pub const PROVINCIAL_LICENSING: &str = "figures/provincial_licensing.ron";

/// One regulated profession as a province publishes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegulatedProfession {
    /// Two-letter province code.
    pub province: String,
    /// The profession as published ("Registered nurse (RN)").
    pub name: String,
    /// The regulatory body as published.
    pub regulator: String,
    /// The NOC 2021 codes the province's own fact sheet states; empty when it states none (no
    /// match of ours is added).
    #[serde(default)]
    pub codes: Vec<String>,
    /// The source's note, as written; empty when none.
    #[serde(default)]
    pub note: String,
    /// The official page (the fact sheet when there is one).
    pub url: String,
    /// When the official page was captured (YYYY-MM-DD).
    pub captured: String,
}

/// One compulsory-certification trade as a province publishes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompulsoryTrade {
    pub province: String,
    /// The NOC 2021 code printed beside the trade.
    pub code: String,
    /// The trade as published ("Construction Electrician").
    pub name: String,
    pub regulator: String,
    pub url: String,
    pub captured: String,
}

/// A unit group whose NOC employment requirements mention Red Seal (derived from the NOC text,
/// not red-seal.ca's list).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedSealMention {
    pub code: String,
    /// The Red Seal sentences, verbatim.
    pub sentences: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvincialLicensingFile {
    /// The provinces whose official lists of regulated professions and compulsory trades are
    /// loaded; for any other province our data holds no such list.
    pub covered: Vec<String>,
    pub regulated: Vec<RegulatedProfession>,
    pub trades: Vec<CompulsoryTrade>,
    pub red_seal: Vec<RedSealMention>,
}

impl ProvincialLicensingFile {
    /// The regulated professions whose official codes include `code`.
    pub fn regulated_for<'a>(
        &'a self,
        code: &'a str,
    ) -> impl Iterator<Item = &'a RegulatedProfession> {
        self.regulated
            .iter()
            .filter(move |r| r.codes.iter().any(|c| c == code))
    }

    /// The compulsory trades printed with `code`.
    pub fn trades_for<'a>(&'a self, code: &'a str) -> impl Iterator<Item = &'a CompulsoryTrade> {
        self.trades.iter().filter(move |t| t.code == code)
    }
}
