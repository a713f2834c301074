//! The education path the NOC text states: each stage (school, program, supervised practice,
//! exam, licence) in the order a person goes through them, with its length as the text words
//! it and the sentence it is read from. Nothing is estimated: a stage whose sentence states no
//! length has none.
//!
//! How the employment requirements are read:
//! - An element without a final full stop ("Registered nurses") names who the stages after it
//!   are for; so does the subject of a sentence such as "Dietary technicians require ...".
//! - A sentence is cut at " and " and " or "; a piece that names no stage joins the piece
//!   before it ("a college program in prosthetics and orthotics technology"). A piece after
//!   " or " is an alternative; it joins the stage before it when both are of one kind and
//!   neither states a length ("a master's degree or doctorate").
//! - A piece is supervised practice ("supervised", "practical training", "work experience",
//!   "internship", "residency", "articling", "on-the-job training"), else an exam, else
//!   school ("secondary school"), else a program (program, degree, diploma, apprenticeship,
//!   college, university, courses), else a licence (licence, registration, certification,
//!   certificate, membership, endorsement).
//! - A length is a number of years, months or weeks as written: "two- to three-year", "three
//!   or four years", "up to four years".
//! - Within the stages for one group of people, sentences keep their order, except that a
//!   sentence whose first stage comes earlier in a path (school, program, practice, exam,
//!   licence) moves before one whose stages come later.

use super::licensing::{self, LicensingKind};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StageKind {
    School,
    Program,
    Practice,
    Exam,
    Licence,
}

impl StageKind {
    pub fn id(self) -> &'static str {
        match self {
            StageKind::School => "school",
            StageKind::Program => "program",
            StageKind::Practice => "practice",
            StageKind::Exam => "exam",
            StageKind::Licence => "licence",
        }
    }
}

/// How firmly the sentence asks for the stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Asked {
    Required,
    Usually,
    MayBe,
    Voluntary,
    /// The sentence states the stage without saying it is required.
    Stated,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stage {
    pub kind: StageKind,
    /// The stage in the text's words ("A two-year college program in prosthetics and orthotics
    /// technology").
    pub stage: String,
    /// The length as stated ("two- to three-year"); `None` when the text states none.
    pub length: Option<String>,
    pub asked: Asked,
    /// An alternative to the stage before it (joined by "or" in the text).
    pub alternative: bool,
    /// The group of people these stages are for, as the text names it; `None` for everyone.
    pub who: Option<String>,
    /// A university program (a degree), for which tuition by field of study is published.
    pub university: bool,
    /// A graduate program (master's or doctorate).
    pub graduate: bool,
    /// Provinces and territories the sentence names as requiring it (licences).
    pub provinces: Vec<&'static str>,
    pub sentence: String,
}

const PRACTICE: [&str; 9] = [
    "supervised",
    "practical training",
    "work experience",
    "internship",
    "residency",
    "articling",
    "on-the-job training",
    "years of experience",
    "clinical experience",
];
const SCHOOL: [&str; 2] = ["secondary school", "high school"];
const PROGRAM: [&str; 14] = [
    "program",
    "medical school",
    "school of",
    "degree",
    "diploma",
    "apprenticeship",
    "bachelor",
    "master's",
    "doctora",
    "college",
    "university",
    "courses",
    "course in",
    "ph.d",
];
const LICENCE: [&str; 8] = [
    "licen",
    "registration",
    "certification",
    "certificate",
    "membership",
    "endorsement",
    "red seal",
    "accreditation",
];

fn kind_of(piece: &str) -> Option<StageKind> {
    let p = piece.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| p.contains(w));
    if has(&["red seal endorsement", "endorsement is"]) {
        // "Red Seal endorsement ... upon completion of the Red Seal examination".
        Some(StageKind::Licence)
    } else if has(&PRACTICE) {
        Some(StageKind::Practice)
    } else if p.contains("exam") {
        Some(StageKind::Exam)
    } else if has(&SCHOOL) {
        Some(StageKind::School)
    } else if has(&LICENCE) && !has(&["program", "degree", "diploma"]) {
        Some(StageKind::Licence)
    } else if has(&PROGRAM) {
        Some(StageKind::Program)
    } else if has(&LICENCE) {
        Some(StageKind::Licence)
    } else {
        None
    }
}

const NUMBERS: [&str; 16] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "half", "several", "a", "an",
];
const UNITS: [&str; 3] = ["year", "month", "week"];

fn is_number(word: &str) -> bool {
    let w = word.trim_end_matches('-').to_lowercase();
    (!w.is_empty() && w.chars().all(|c| c.is_ascii_digit())) || NUMBERS[..13].contains(&w.as_str())
}

/// The length the piece states, as written.
pub fn length(piece: &str) -> Option<String> {
    let words: Vec<&str> = piece.split_whitespace().collect();
    for (i, raw) in words.iter().enumerate() {
        let w = raw.trim_end_matches([',', '.', ';', ')']).to_lowercase();
        // "five-year", "two-year", "18-month"; "year"/"years" after numbers.
        let (number_inside, unit) = match w.rsplit_once('-') {
            Some((n, u)) if UNITS.iter().any(|x| u == *x || u == format!("{x}s")) => {
                (is_number(n), true)
            }
            _ => (false, UNITS.iter().any(|x| w == *x || w == format!("{x}s"))),
        };
        if !unit || w.contains("-old") {
            continue;
        }
        let mut start = i;
        let mut j = i;
        while j > 0 {
            let prev = words[j - 1].to_lowercase();
            if is_number(&prev) {
                start = j - 1;
            } else if !["to", "or", "up", "-"].contains(&prev.as_str()) {
                break;
            }
            j -= 1;
        }
        if start < i || number_inside {
            if start > 0 && words[start - 1].eq_ignore_ascii_case("up") {
                start -= 1;
            } else if start > 1
                && words[start - 1] == "to"
                && words[start - 2].eq_ignore_ascii_case("up")
            {
                start -= 2;
            }
            let text = words[start..=i].join(" ");
            return Some(text.trim_end_matches([',', '.', ';', ')']).to_string());
        }
    }
    None
}

fn asked(sentence: &str, kind: StageKind) -> Asked {
    if kind == StageKind::Licence {
        return match licensing::classify(sentence) {
            LicensingKind::Required => Asked::Required,
            LicensingKind::MayBeRequired if sentence.contains("usually") => Asked::Usually,
            LicensingKind::MayBeRequired => Asked::MayBe,
            LicensingKind::Voluntary => Asked::Voluntary,
            _ => Asked::Stated,
        };
    }
    let s = sentence.to_lowercase();
    if s.contains("may be required") || s.contains(" may ") {
        Asked::MayBe
    } else if s.contains("usually") || s.contains("generally") || s.contains("often") {
        Asked::Usually
    } else if s.contains("require") || s.contains("must") || s.contains("compulsory") {
        Asked::Required
    } else {
        Asked::Stated
    }
}

/// The subject of "Dietary technicians require ..." when it names people, not a stage.
fn subject(sentence: &str) -> Option<(&str, &str)> {
    for verb in [
        " usually require ",
        " require ",
        " must have ",
        " must complete ",
    ] {
        if let Some(at) = sentence.find(verb) {
            let who = &sentence[..at];
            if kind_of(who).is_none() && who.split_whitespace().count() <= 8 {
                return Some((who, &sentence[at + verb.len()..]));
            }
        }
    }
    None
}

/// The stage in the text's words: the predicate and "Completion of" taken off.
fn words_of(piece: &str) -> String {
    let whole = piece.trim().trim_end_matches('.').trim();
    let mut p = whole;
    // What the sentence says the stage is for ("to teach English ...", "for clinical nurse
    // specialists", "in all provinces and territories"), kept in parentheses.
    let mut purpose = "";
    for cut in [
        " is usually required",
        " are usually required",
        " is required",
        " are required",
        " may be required",
        " may also be required",
        " is compulsory",
        " is mandatory",
        " is available",
        " is also available",
        " is usually",
        " is often",
        " is generally",
        " is offered",
        " are offered",
    ] {
        if let Some(at) = p.find(cut) {
            let rest = whole[at + cut.len()..].trim_start();
            if ["for ", "to ", "in all "]
                .iter()
                .any(|w| rest.starts_with(w))
            {
                purpose = rest;
            }
            p = &p[..at];
        }
    }
    p = p
        .trim_end_matches(" and")
        .trim_end_matches(" or")
        .trim_end_matches(',');
    for lead in [
        "completion of ",
        "Completion of ",
        "successful completion of ",
    ] {
        if let Some(rest) = p.strip_prefix(lead) {
            p = rest;
        }
    }
    let mut c = p.chars();
    let mut out: String = c
        .next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default();
    if !purpose.is_empty() {
        out.push_str(&format!(" ({purpose})"));
    }
    out
}

/// Where the next " and " / " or " cuts `text`, from `from`: (at, joiner length, is "or").
/// A joiner between two numbers ("three or four years") does not cut.
fn next_cut(text: &str, from: usize) -> Option<(usize, usize, bool)> {
    let mut from = from;
    loop {
        let and = text[from..].find(" and ").map(|a| (from + a, 5, false));
        let or = text[from..].find(" or ").map(|o| (from + o, 4, true));
        let cut = match (and, or) {
            (Some(a), Some(o)) => Some(if a.0 < o.0 { a } else { o }),
            (a, o) => a.or(o),
        }?;
        let before = text[..cut.0].split_whitespace().last().unwrap_or("");
        let after = text[cut.0 + cut.1..]
            .split_whitespace()
            .next()
            .unwrap_or("");
        if is_number(before) && is_number(after) {
            from = cut.0 + cut.1;
            continue;
        }
        return Some(cut);
    }
}

/// Cut a sentence at " and " / " or ", keeping whether " or " came before each piece.
fn pieces(text: &str) -> Vec<(bool, &str)> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut alternative = false;
    while let Some((at, len, alt)) = next_cut(rest, 0) {
        out.push((alternative, rest[..at].trim_end_matches(',')));
        alternative = alt;
        rest = &rest[at + len..];
    }
    out.push((alternative, rest));
    out
}

/// The stages of one sentence.
fn sentence_stages(sentence: &str, who: &Option<String>) -> Vec<Stage> {
    let body = subject(sentence).map_or(sentence, |(_, rest)| rest);
    // A licence sentence is one stage unless it also names practice or an exam.
    let whole_licence = kind_of(sentence) == Some(StageKind::Licence)
        || (licensing::is_relevant(sentence)
            && !matches!(
                kind_of(sentence),
                Some(StageKind::Practice | StageKind::Exam)
            )
            && !PROGRAM.iter().any(|w| sentence.to_lowercase().contains(w)));
    let parts: Vec<(bool, String)> = if whole_licence {
        vec![(false, body.to_string())]
    } else {
        let mut joined: Vec<(bool, String)> = Vec::new();
        for (alt, piece) in pieces(body) {
            let joiner = if alt { " or " } else { " and " };
            match (kind_of(piece), joined.last_mut()) {
                (None, Some(last)) => {
                    last.1 = format!("{}{joiner}{piece}", last.1);
                }
                (Some(k), Some(last))
                    if alt
                        && kind_of(&last.1) == Some(k)
                        && length(&last.1).is_none()
                        && length(piece).is_none() =>
                {
                    last.1 = format!("{}{joiner}{piece}", last.1);
                }
                _ => joined.push((alt, piece.to_string())),
            }
        }
        joined
    };
    parts
        .into_iter()
        .filter_map(|(alternative, piece)| {
            let kind = if whole_licence {
                StageKind::Licence
            } else {
                kind_of(&piece)?
            };
            let lower = piece.to_lowercase();
            let graduate = ["master", "doctora", "ph.d", "graduate degree"]
                .iter()
                .any(|w| lower.contains(w));
            let university = kind == StageKind::Program
                && (graduate
                    || ["bachelor", "university", "degree", "medical school"]
                        .iter()
                        .any(|w| lower.contains(w)));
            let asked = asked(sentence, kind);
            Some(Stage {
                kind,
                stage: words_of(&piece),
                length: length(&piece),
                asked,
                alternative,
                who: who.clone(),
                university,
                graduate,
                provinces: if kind == StageKind::Licence && asked == Asked::Required {
                    licensing::provinces(sentence)
                } else {
                    Vec::new()
                },
                sentence: sentence.to_string(),
            })
        })
        .collect()
}

/// The education path of a unit group's employment requirements.
pub fn path(employment_requirements: &[impl AsRef<str>]) -> Vec<Stage> {
    let mut out: Vec<Stage> = Vec::new();
    // Sentences of the current group of people, each with its stages.
    let mut group: Vec<Vec<Stage>> = Vec::new();
    let mut who: Option<String> = None;
    let flush = |group: &mut Vec<Vec<Stage>>, out: &mut Vec<Stage>| {
        group.sort_by_key(|s| s.first().map(|x| x.kind));
        out.extend(group.drain(..).flatten());
    };
    for element in employment_requirements {
        let e = element.as_ref().trim();
        if !e.ends_with('.') {
            flush(&mut group, &mut out);
            who = Some(e.to_string());
            continue;
        }
        for s in licensing::sentences(e) {
            if let Some((subject, _)) = subject(s)
                && who.as_deref() != Some(subject)
            {
                flush(&mut group, &mut out);
                who = Some(subject.to_string());
            }
            let stages = sentence_stages(s, &who);
            if !stages.is_empty() {
                group.push(stages);
            }
        }
    }
    flush(&mut group, &mut out);
    out
}

#[cfg(test)]
mod tests;
