//! Licensing: the NOC "Employment requirements" sentences about licences, registration,
//! certification, permits, endorsements, memberships or regulation, each classified.
//!
//! How a sentence is read:
//! - Only sentences count: an element of the text without a final full stop ("Registered
//!   nurses") is a heading and is skipped; an element with several sentences is split.
//! - Schooling is education, not licensing: "certificate program", "diploma or certificate",
//!   "... required to be eligible for trade certification", and words that name a person or a
//!   school ("a registered architect", "licensed practical nurses", "a certified flying
//!   school", "registrar") are taken out before the sentence is read.
//! - A sentence that still names a credential is `required` when it says require(d), must,
//!   mandatory or compulsory without hedging ("may", "usually", "often", "some ...", "most
//!   provinces", "certain"); "mandatory" and "compulsory" stand even beside "usually" unless
//!   limited to "some" places. It is `may_be_required` when the requirement is hedged,
//!   `voluntary` when it says voluntary or optional without a requirement, and `mentioned`
//!   otherwise ("Red Seal endorsement is also available", "regulated in Alberta").
//! - The provinces named in the required part ("compulsory in Quebec and Alberta and
//!   available, but voluntary, in ...") are kept.
//! - The overall status is the strongest sentence: required > may be required > voluntary >
//!   mentioned > none.

use super::credentials::{self, Credential};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LicensingKind {
    None,
    Mentioned,
    Voluntary,
    MayBeRequired,
    Required,
}

impl LicensingKind {
    pub const ALL: [LicensingKind; 5] = [
        LicensingKind::Required,
        LicensingKind::MayBeRequired,
        LicensingKind::Voluntary,
        LicensingKind::Mentioned,
        LicensingKind::None,
    ];

    /// The English label (the one place it is worded).
    pub fn label(self) -> &'static str {
        match self {
            LicensingKind::None => "none named",
            LicensingKind::Mentioned => "mentioned",
            LicensingKind::Voluntary => "voluntary",
            LicensingKind::MayBeRequired => "may be required",
            LicensingKind::Required => "required",
        }
    }

    /// The machine name, as in JSON (`may_be_required`).
    pub fn id(self) -> &'static str {
        match self {
            LicensingKind::None => "none",
            LicensingKind::Mentioned => "mentioned",
            LicensingKind::Voluntary => "voluntary",
            LicensingKind::MayBeRequired => "may_be_required",
            LicensingKind::Required => "required",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LicensingLine {
    pub kind: LicensingKind,
    pub sentence: String,
    /// Provinces and territories the requirement names (empty: none named).
    pub provinces: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Licensing {
    pub status: LicensingKind,
    /// The sentence that decides the status (the first of the strongest kind).
    pub deciding: Option<String>,
    pub lines: Vec<LicensingLine>,
    /// The designations, licences and memberships the lines name, with the body named as issuer.
    pub credentials: Vec<Credential>,
    pub source: String,
    /// Why the figure is national only.
    pub note: String,
}

/// The provinces and territories, in the order a sentence is searched (and the interface names them).
pub const PROVINCES: [&str; 13] = [
    "Newfoundland and Labrador",
    "Prince Edward Island",
    "Nova Scotia",
    "New Brunswick",
    "Quebec",
    "Ontario",
    "Manitoba",
    "Saskatchewan",
    "Alberta",
    "British Columbia",
    "Yukon",
    "Northwest Territories",
    "Nunavut",
];

/// Phrases about schooling or naming a person or school, taken out before reading.
const EDUCATION: [&str; 16] = [
    "certificate program",
    "program accredited by",
    "university certificate",
    "college certificate",
    "vocational certificate",
    "with a certificate in",
    "certificate or diploma",
    "courses certified by",
    "certification in a subject of instruction",
    "diploma or certificate",
    "registration administration",
    "regulatory experience",
    "certified general accounting",
    "chartered accounting",
    "certificate in management",
    "certificate in purchasing",
];

fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect()
}

/// The lowercase sentence with education phrases and person/school adjectives removed.
fn credential_text(sentence: &str) -> String {
    let mut s = sentence.to_lowercase();
    for p in EDUCATION {
        // Most phrases are not there: look before building a new string for each.
        if s.contains(p) {
            s = s.replace(p, " ");
        }
    }
    // "... usually required to be eligible for (tool and die) trade certification" and
    // "... required for trade certification": qualifying for a certificate, not a licence rule.
    for lead in [
        "to be eligible for",
        "eligible for",
        "required for trade",
        "required before",
    ] {
        while let Some(i) = s.find(lead) {
            let end = s[i..].find("certification").map_or(s.len(), |j| i + j + 13);
            s.replace_range(i..end, " ");
        }
    }
    let w = words(&s);
    let mut kept = Vec::with_capacity(w.len());
    for (i, word) in w.iter().enumerate() {
        let next = w.get(i + 1).copied().unwrap_or("");
        let person = match *word {
            "certified" => !matches!(next, "by" | "with" | "as" | "in" | "exposure"),
            "registered" => next != "with",
            "licensed" => !matches!(next, "by" | "embalmers"),
            "registrar" | "registrars" => true,
            _ => false,
        };
        if !person {
            kept.push(*word);
        }
    }
    kept.join(" ")
}

const CREDENTIALS: [&str; 10] = [
    "designation",
    "accredit",
    "licen",
    "regist",
    "certif",
    "permit",
    "endorsement",
    "membership",
    "regulat",
    "register",
];

fn names_credential(text: &str) -> bool {
    words(text).iter().any(|w| {
        CREDENTIALS.iter().any(|c| w.starts_with(c))
            && !matches!(*w, "regulatory" | "regulations" | "permitted")
    }) || text.contains("regulatory body")
        || text.contains("regulatory authority")
}

/// Whether the sentence speaks of a licence, registration, certification or regulation.
pub fn is_relevant(sentence: &str) -> bool {
    let end = sentence.trim_end().trim_end_matches(['"', '\u{201d}', ')']);
    end.ends_with('.') && names_credential(&credential_text(sentence))
}

fn has_word(w: &[&str], any: &[&str]) -> bool {
    w.iter().any(|x| any.contains(x))
}

/// Classify one relevant sentence.
pub fn classify(sentence: &str) -> LicensingKind {
    let text = credential_text(sentence);
    // "... require a restricted radio operator's licence and usually require airline operations
    // experience": a hedge in a later clause that names no credential does not reach it.
    let text = match ["and usually require"]
        .iter()
        .filter_map(|m| text.find(m))
        .min()
    {
        Some(i) if names_credential(&text[..i]) && !names_credential(&text[i..]) => {
            text[..i].to_string()
        }
        _ => text,
    };
    let w = words(&text);
    let some = text.contains("some provinces")
        || text.contains("in some")
        || text.contains("for some")
        || text.contains("by some")
        || text.contains("some employers")
        || text.contains("most provinces");
    let hedge = some
        || has_word(
            &w,
            &["may", "usually", "often", "certain", "can", "depending"],
        );
    let strong = has_word(&w, &["mandatory", "compulsory"]);
    let firm = strong
        || has_word(
            &w,
            &["require", "requires", "required", "requiring", "must"],
        );
    if (strong && !some) || (firm && !hedge) {
        LicensingKind::Required
    } else if firm {
        LicensingKind::MayBeRequired
    } else if has_word(&w, &["voluntary", "optional"]) {
        LicensingKind::Voluntary
    } else {
        LicensingKind::Mentioned
    }
}

/// The provinces named in the required part of a sentence (before "available"/"voluntary").
pub(crate) fn provinces(sentence: &str) -> Vec<&'static str> {
    let lower = sentence.to_lowercase();
    let end = ["available", "voluntary"]
        .iter()
        .filter_map(|m| lower.find(m))
        .min()
        .unwrap_or(sentence.len());
    let part = &sentence[..end.min(sentence.len())];
    PROVINCES.into_iter().filter(|p| part.contains(p)).collect()
}

/// Every province or territory a sentence names.
fn provinces_named(sentence: &str) -> Vec<&'static str> {
    PROVINCES
        .into_iter()
        .filter(|p| sentence.contains(p))
        .collect()
}

/// Split an element of the text into sentences (". " followed by a capital letter, but not
/// after an initial such as the "P." of "P. Eng.").
pub(crate) fn sentences(element: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = element.as_bytes();
    for i in 0..b.len() {
        let initial =
            i >= 1 && b[i - 1].is_ascii_uppercase() && (i == 1 || !b[i - 2].is_ascii_alphabetic());
        if b[i] == b'.'
            && !initial
            && b.get(i + 1) == Some(&b' ')
            && b.get(i + 2).is_some_and(u8::is_ascii_uppercase)
        {
            out.push(element[start..=i].trim());
            start = i + 2;
        }
    }
    out.push(element[start..].trim());
    out.retain(|s| !s.is_empty());
    out
}

/// The licensing lines of a unit group's employment requirements.
pub fn licensing(employment_requirements: &[impl AsRef<str>]) -> Licensing {
    let lines: Vec<LicensingLine> = employment_requirements
        .iter()
        .flat_map(|e| sentences(e.as_ref()))
        .filter(|s| is_relevant(s))
        .map(|s| {
            let kind = classify(s);
            LicensingLine {
                kind,
                sentence: s.to_string(),
                provinces: if kind == LicensingKind::Required {
                    provinces(s)
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    let status = lines
        .iter()
        .map(|l| l.kind)
        .max()
        .unwrap_or(LicensingKind::None);
    let credentials = lines
        .iter()
        .flat_map(|l| {
            // A required line keeps the provinces of its required part ("compulsory in ... and
            // available, but voluntary, in ..."); any other names every province it names.
            let named = if l.kind == LicensingKind::Required && !l.provinces.is_empty() {
                l.provinces.clone()
            } else {
                provinces_named(&l.sentence)
            };
            credentials::credentials(&l.sentence, l.kind, named)
        })
        .collect();
    Licensing {
        status,
        credentials,
        deciding: lines
            .iter()
            .find(|l| l.kind == status)
            .map(|l| l.sentence.clone()),
        lines,
        source: "Statistics Canada, NOC 2021 Version 1.0, Employment requirements".into(),
        note: "National text only: the bodies shown are those the NOC text names; the NOC text \
               names no licence where none is shown, and rules can differ by province."
            .into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_hedged_firm_and_voluntary_sentences() {
        let may = "Certification by the Canadian Board of Certification of Prosthetists and Orthotists (CBCPO) may be required.";
        assert!(is_relevant(may));
        assert_eq!(classify(may), LicensingKind::MayBeRequired);
        let usually =
            "Certification by the National Examining Board of Ocularists is usually required.";
        assert_eq!(classify(usually), LicensingKind::MayBeRequired);
        let firm = "Licensure by a provincial or territorial regulatory body is required.";
        assert_eq!(classify(firm), LicensingKind::Required);
        let voluntary = "Trade certification is available, but voluntary, in Ontario.";
        assert_eq!(classify(voluntary), LicensingKind::Voluntary);
        let quebec = "In Quebec, membership in the professional order is required.";
        assert_eq!(classify(quebec), LicensingKind::Required);
        let some = "Registration with provincial animal health technologists' or veterinary technicians' associations is available, and is mandatory in some provinces.";
        assert_eq!(classify(some), LicensingKind::MayBeRequired);
        let red_seal = "Red Seal endorsement is also available to qualified cooks upon successful completion of the interprovincial Red Seal examination.";
        assert_eq!(classify(red_seal), LicensingKind::Mentioned);
    }

    #[test]
    fn compulsory_in_named_provinces_keeps_the_names() {
        let s = "Trade certification for carpenters is compulsory in Quebec and available, but voluntary, in all other provinces and the territories.";
        let l = licensing(&[s.to_string()]);
        assert_eq!(l.status, LicensingKind::Required);
        assert_eq!(l.lines[0].provinces, vec!["Quebec"]);
    }

    #[test]
    fn schooling_and_headings_are_not_licensing() {
        assert!(!is_relevant("Registered nurses"));
        assert_eq!(
            sentences(
                "Registration as a Professional Engineer (P. Eng.) is usually required. A licence is required."
            ),
            vec![
                "Registration as a Professional Engineer (P. Eng.) is usually required.",
                "A licence is required."
            ]
        );
        assert!(!is_relevant(
            "Completion of a four-year apprenticeship program or A combination of over four years of work experience in the trade is usually required to be eligible for trade certification."
        ));
        assert!(!is_relevant(
            "Five years of training under a certified ocularist."
        ));
        assert!(!is_relevant(
            "Completion of two years (first level) of a recognized professional accounting program (e.g., Chartered Accounting, Certified General Accounting) is required."
        ));
        assert!(!is_relevant("Completion of secondary school is required."));
    }

    #[test]
    fn status_is_the_strongest_line_and_names_its_sentence() {
        let reqs = vec![
            "A college diploma is required.".to_string(),
            "Registration with the association may be required.".to_string(),
            "A licence is required.".to_string(),
        ];
        let l = licensing(&reqs);
        assert_eq!(l.status, LicensingKind::Required);
        assert_eq!(l.deciding.as_deref(), Some("A licence is required."));
        assert_eq!(l.lines.len(), 2);
        assert_eq!(licensing(&[] as &[&str]).status, LicensingKind::None);
        assert_eq!(
            LicensingKind::from_id("may_be_required"),
            Some(LicensingKind::MayBeRequired)
        );
    }
}
