//! What each open route asks of the person, for one occupation: the minimum language level at
//! the occupation's TEER (quoted from IRCC's pages, fixed by the Minister under IRPR s. 74(1)),
//! the work experience and the job offer (from the IRPR sections, `figures/immigration_law.ron`).

use super::immigration::ProgramResult;
use crate::model::law::{Experience, LanguageMinimum, LawFile, Offer};
use crate::model::{Dataset, UnitGroup};
use serde::Serialize;

/// One route open to the occupation and what it asks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Requirement {
    /// "FSW", "CEC", "FST", "AIP".
    pub program: String,
    /// The IRPR section: "87.1".
    pub section: String,
    /// "CLB 5", "CLB 5 (speaking and listening); CLB 4 (reading and writing)"; `None` when our
    /// data has no level for this program and TEER.
    pub minimum: Option<String>,
    pub experience: Experience,
    pub offer: Offer,
    /// AIP: the TEER categories s. 87.3(7) ranks at one level, and the paragraph.
    pub same_level: Option<(Vec<u8>, String)>,
}

/// `{program, minimum}` of the JSON contract.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LanguageLevel {
    pub program: String,
    pub minimum: String,
}

/// The rows of the language file that apply to a program at a TEER.
pub fn language_rows<'a>(law: &'a LawFile, program: &str, teer: u8) -> Vec<&'a LanguageMinimum> {
    law.language
        .iter()
        .filter(|m| m.program == program && (m.teer.is_empty() || m.teer.contains(&teer)))
        .collect()
}

/// The level as "CLB 5", with "/ NCLC 5" when the page names the French scale too, and the
/// abilities when they are not all four.
fn minimum(rows: &[&LanguageMinimum]) -> Option<String> {
    if rows.is_empty() {
        return None;
    }
    let one = |m: &LanguageMinimum| {
        let mut s = format!("{} {}", m.scale, m.level);
        if m.scale == "CLB" && m.quote.contains("NCLC") {
            s.push_str(&format!(" / NCLC {}", m.level));
        }
        if !m.skills.starts_with("all 4") {
            s.push_str(&format!(" ({})", m.skills));
        }
        s
    };
    Some(rows.iter().map(|m| one(m)).collect::<Vec<_>>().join("; "))
}

/// The requirements of the IRPR classes open to the occupation (eligible in `programs`), in
/// the order of the regulation.
pub fn requirements(
    ds: &Dataset,
    unit: &UnitGroup,
    programs: &[ProgramResult],
) -> Vec<Requirement> {
    let Some(law) = ds.figures.law.as_ref() else {
        return Vec::new();
    };
    law.classes
        .iter()
        .filter(|c| {
            programs
                .iter()
                .any(|p| p.id == c.program && p.eligible == Some(true))
        })
        .map(|c| {
            let program = c.program.to_uppercase();
            let rows = language_rows(law, &program, unit.teer);
            Requirement {
                minimum: minimum(&rows),
                program,
                section: c.section.clone(),
                experience: c.experience.clone(),
                offer: c.offer.clone(),
                same_level: (!c.same_level.is_empty())
                    .then(|| (c.same_level.clone(), c.hierarchy_at.clone())),
            }
        })
        .collect()
}

/// The language minimums of the JSON contract, for the routes that have one.
pub fn language(reqs: &[Requirement]) -> Vec<LanguageLevel> {
    reqs.iter()
        .filter_map(|r| {
            r.minimum.as_ref().map(|m| LanguageLevel {
                program: r.program.clone(),
                minimum: m.clone(),
            })
        })
        .collect()
}

/// Whether a TEER 4 offer must be of indeterminate length under this offer rule.
pub fn indeterminate_at(offer: &Offer, teer: u8) -> bool {
    matches!(offer, Offer::Required { indeterminate_teer, .. } if indeterminate_teer.contains(&teer))
}
