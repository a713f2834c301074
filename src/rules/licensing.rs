//! Licensing: the NOC "Employment requirements" sentences about licences, registration,
//! certification or regulation, each classified.
//!
//! A sentence is relevant when a word in it starts with `licen`, `regist`, `certif` or
//! `regulat` (but "a certified/registered/licensed X", which names a person, and "certificate
//! program", which is schooling, do not count). It is `may_be_required` when it hedges ("may",
//! "usually", "voluntary", "available", "can be", "optional", "some provinces", "vary", or
//! names a province), `required` when it says "require", "must", "mandatory" or "compulsory"
//! without hedging, and `mentioned` otherwise. The overall status is the strongest sentence
//! kind, or `none_found`. Province-specific requirements therefore count as "may be required":
//! the NOC text is national and says nothing of the reader's province.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LicensingKind {
    NoneFound,
    Mentioned,
    MayBeRequired,
    Required,
}

impl LicensingKind {
    pub fn label(self) -> &'static str {
        match self {
            LicensingKind::NoneFound => "none found",
            LicensingKind::Mentioned => "mentioned",
            LicensingKind::MayBeRequired => "may be required",
            LicensingKind::Required => "required",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LicensingLine {
    pub kind: LicensingKind,
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Licensing {
    pub status: LicensingKind,
    pub lines: Vec<LicensingLine>,
    pub source: String,
    /// Why the figure is national only.
    pub note: String,
}

const STEMS: [&str; 4] = ["licen", "regist", "certif", "regulat"];
const HEDGES: [&str; 12] = [
    "may ",
    "usually",
    "voluntary",
    "available",
    "can be",
    "optional",
    "some provinces",
    "certain provinces",
    "some jurisdictions",
    "in some",
    "may,",
    "is an asset",
];
const PROVINCES: [&str; 13] = [
    "quebec",
    "ontario",
    "british columbia",
    "alberta",
    "saskatchewan",
    "manitoba",
    "nova scotia",
    "new brunswick",
    "prince edward island",
    "newfoundland",
    "yukon",
    "northwest territories",
    "nunavut",
];
const REQUIRES: [&str; 4] = ["requir", "must", "mandatory", "compulsory"];

fn words(sentence: &str) -> Vec<String> {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether the sentence speaks of a licence, registration, certification or regulation.
pub fn is_relevant(sentence: &str) -> bool {
    let w = words(sentence);
    w.iter().enumerate().any(|(i, word)| {
        let stem = STEMS.iter().any(|s| word.starts_with(s));
        let person = matches!(word.as_str(), "certified" | "registered" | "licensed")
            && i > 0
            && matches!(w[i - 1].as_str(), "a" | "an");
        let schooling = word.starts_with("certificate")
            && w.get(i + 1).is_some_and(|n| n.starts_with("program"));
        stem && !person && !schooling
    })
}

/// Classify one relevant sentence.
pub fn classify(sentence: &str) -> LicensingKind {
    let lower = format!("{} ", sentence.to_lowercase());
    if HEDGES.iter().any(|h| lower.contains(h)) || PROVINCES.iter().any(|p| lower.contains(p)) {
        LicensingKind::MayBeRequired
    } else if REQUIRES.iter().any(|r| lower.contains(r)) {
        LicensingKind::Required
    } else {
        LicensingKind::Mentioned
    }
}

/// The licensing lines of a unit group's employment requirements.
pub fn licensing(employment_requirements: &[String]) -> Licensing {
    let lines: Vec<LicensingLine> = employment_requirements
        .iter()
        .filter(|s| is_relevant(s))
        .map(|s| LicensingLine {
            kind: classify(s),
            sentence: s.clone(),
        })
        .collect();
    let status = lines
        .iter()
        .map(|l| l.kind)
        .max()
        .unwrap_or(LicensingKind::NoneFound);
    Licensing {
        status,
        lines,
        source: "Statistics Canada, NOC 2021 Version 1.0, Employment requirements".into(),
        note: "National text only: which provinces regulate the occupation, and by which body, \
               is not in the data (no regulated-occupations list was available)."
            .into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_hedged_and_firm_sentences() {
        let may = "Certification by the Canadian Board of Certification of Prosthetists and Orthotists (CBCPO) may be required.";
        assert!(is_relevant(may));
        assert_eq!(classify(may), LicensingKind::MayBeRequired);
        let usually =
            "Certification by the National Examining Board of Ocularists is usually required.";
        assert_eq!(classify(usually), LicensingKind::MayBeRequired);
        let firm = "Licensure by a provincial or territorial regulatory body is required.";
        assert_eq!(classify(firm), LicensingKind::Required);
        let voluntary = "Trade certification is available, but voluntary, in Ontario.";
        assert_eq!(classify(voluntary), LicensingKind::MayBeRequired);
        let quebec = "In Quebec, membership in the professional order is required.";
        assert_eq!(classify(quebec), LicensingKind::MayBeRequired);
    }

    #[test]
    fn a_certified_person_is_not_a_credential() {
        assert!(!is_relevant(
            "Five years of training under a certified ocularist."
        ));
        assert!(!is_relevant("Completion of secondary school is required."));
    }

    #[test]
    fn status_is_the_strongest_line() {
        let reqs = vec![
            "A college diploma is required.".to_string(),
            "Registration with the association may be required.".to_string(),
            "A licence is required.".to_string(),
        ];
        let l = licensing(&reqs);
        assert_eq!(l.status, LicensingKind::Required);
        assert_eq!(l.lines.len(), 2);
        assert_eq!(licensing(&[]).status, LicensingKind::NoneFound);
    }
}
