//! The credentials a licensing sentence names: designations ("Certified Human Resources
//! Professional (CHRP)", "APR (Accredited in Public Relations)") and the bodies that issue
//! them ("the Canadian Board of Certification of Prosthetists and Orthotists (CBCPO)",
//! "Transport Canada"), with the abbreviation and the full name as the NOC text gives them.
//!
//! How a sentence is read:
//! - An abbreviation in parentheses takes the capitalised words before it as its full name
//!   ("of", "and", "for", "in", "the" and the French "de", "des", "du" may join them); a
//!   parenthesised list ("(CFA, CFP, CIM or others)") gives the abbreviations alone; an
//!   abbreviation followed by a capitalised phrase in parentheses takes that phrase.
//! - A name is a body when it holds a word such as Board, Association, Council, Institute,
//!   Society, College, Ordre, Chambre, Commission, Agency or Canada; otherwise a designation.
//! - A body without an abbreviation is found after "by", "with", "from" or "through" (and
//!   "the"), when the capitalised words that follow hold such a word.
//! - A designation is issued by the first body of its sentence, if any; a sentence naming
//!   bodies but no designation gives one credential per body, named by the sentence's own
//!   words ("Certification", "Registration"); a sentence naming neither gives its credential
//!   words ("provincial teaching certificate") with no issuer: the text names none.

use super::licensing::LicensingKind;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Credential {
    /// The designation or the credential as the sentence words it.
    pub name: String,
    /// The body the sentence names as its issuer (abbreviation and full name), if it names one.
    pub issuer: Option<String>,
    /// How firmly the sentence asks for it.
    pub required: LicensingKind,
    /// The provinces and territories the sentence names.
    pub provinces: Vec<&'static str>,
    pub sentence: String,
}

const BODY_WORDS: [&str; 17] = [
    "Board",
    "Association",
    "Council",
    "Institute",
    "Society",
    "College",
    "Collège",
    "Ordre",
    "Order",
    "Chambre",
    "Commission",
    "Agency",
    "Canada",
    "Federation",
    "Guild",
    "Superintendent",
    "Authority",
];

const JOINERS: [&str; 11] = [
    "of", "and", "for", "in", "de", "des", "du", "d'", "la", "on", "the",
];

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) || w.starts_with("l'")
}

fn is_body(name: &str) -> bool {
    // "Associate of the Institute of ...", "Certified ... Professional": a person's designation.
    let person = [
        "Associate",
        "Fellow",
        "Member",
        "Certified",
        "Chartered",
        "Registered",
    ];
    if person.iter().any(|p| name.starts_with(p)) {
        return false;
    }
    name.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| BODY_WORDS.contains(&w) || w == "l'Ordre")
}

/// An abbreviation: 2 to 9 characters, at least two capitals, no lowercase run longer than 3.
fn is_abbreviation(s: &str) -> bool {
    let s = s.trim();
    let caps = s.chars().filter(|c| c.is_uppercase()).count();
    (2..=9).contains(&s.chars().count())
        && caps >= 2
        && s.chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == ' ')
        && s.split(' ')
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// The capitalised words just before `end` (joined by the joiners), or "".
fn name_before(text: &str, end: usize) -> String {
    let words: Vec<&str> = text[..end].split_whitespace().collect();
    let mut start = words.len();
    while start > 0 {
        let w = words[start - 1].trim_end_matches(',');
        // A comma ends the name, unless it lists capitalised words inside it ("the Canadian
        // Translators, Terminologists and Interpreters Council").
        let listed = start >= 2 && is_cap(words[start - 2]) && is_cap(w);
        if words[start - 1].ends_with(',') && start != words.len() && !listed {
            break;
        }
        if is_cap(w) || (JOINERS.contains(&w) && start < words.len()) {
            start -= 1;
        } else {
            break;
        }
    }
    // A French body name holds lowercase words: go back to its "Ordre" or "Chambre".
    if let Some(i) = words[..start].iter().rposition(|w| {
        ["l'Ordre", "Ordre", "Chambre", "Collège"].contains(&w.trim_start_matches("l'"))
            || *w == "l'Ordre"
    }) && start - i <= 6
    {
        start = i;
    }
    while start < words.len() && JOINERS.contains(&words[start]) {
        start += 1;
    }
    if start < words.len() && matches!(words[start], "The" | "A" | "An" | "In") {
        start += 1;
    }
    let name = words[start..].join(" ");
    // "Completion of the Pharmacy Examining Board of Canada (PEBC)": the body starts after "the".
    let person = ["Associate", "Fellow", "Member"];
    match name.rsplit_once(" the ") {
        Some((_, body)) if is_body(body) && !person.iter().any(|p| name.starts_with(p)) => {
            body.to_string()
        }
        _ => name,
    }
}

/// The capitalised words from `start` (joined by the joiners), or "".
fn name_after(text: &str, start: usize) -> String {
    let rest = &text[start..];
    // A French body's name holds lowercase words: it runs to the verb or the clause's end.
    if ["l'Ordre", "Ordre", "Chambre", "Collège"]
        .iter()
        .any(|w| rest.starts_with(w))
    {
        let end = [" is ", " are ", " may ", ",", ".", " to "]
            .iter()
            .filter_map(|m| rest.find(m))
            .min()
            .unwrap_or(rest.len());
        return rest[..end].trim().to_string();
    }
    let mut out: Vec<&str> = Vec::new();
    for w in text[start..].split_whitespace() {
        let bare = w.trim_end_matches([',', '.', ';']);
        if is_cap(bare) || (JOINERS.contains(&bare) && !out.is_empty()) {
            out.push(bare);
            if bare.len() != w.len() {
                break;
            }
        } else {
            break;
        }
    }
    while out.last().is_some_and(|w| JOINERS.contains(w)) {
        out.pop();
    }
    out.join(" ")
}

/// The designations and bodies a sentence names: (name, is a body).
fn named(sentence: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let push = |name: String, out: &mut Vec<(String, bool)>| {
        let name = name.trim().to_string();
        if !name.is_empty() && !out.iter().any(|(n, _)| n.contains(&name)) {
            let body = is_body(&name);
            out.push((name, body));
        }
    };
    let mut from = 0;
    while let Some(open) = sentence[from..].find('(').map(|i| from + i) {
        let Some(close) = sentence[open..].find(')').map(|i| open + i) else {
            break;
        };
        let inner = &sentence[open + 1..close];
        let parts: Vec<&str> = inner
            .split([','])
            .flat_map(|p| p.split(" or "))
            .flat_map(|p| p.split(" and "))
            .map(str::trim)
            .filter(|p| !p.is_empty() && *p != "others" && !p.starts_with("e.g"))
            .collect();
        if !parts.is_empty() && parts.iter().all(|p| is_abbreviation(p)) {
            if parts.len() == 1 {
                let full = name_before(sentence, open);
                if full.is_empty() {
                    push(parts[0].to_string(), &mut out);
                } else {
                    push(format!("{full} ({})", parts[0]), &mut out);
                }
            } else {
                for p in parts {
                    push(p.to_string(), &mut out);
                }
            }
        } else if is_cap(inner) && !inner.contains(',') {
            // "APR (Accredited in Public Relations)"
            let before = sentence[..open].split_whitespace().last().unwrap_or("");
            if is_abbreviation(before) {
                push(format!("{before} ({inner})"), &mut out);
            }
        }
        from = close + 1;
    }
    for lead in [
        "by the ",
        "with the ",
        "from the ",
        "through the ",
        "in the ",
        "by ",
        "with ",
        "from ",
        "in ",
    ] {
        let mut at = 0;
        while let Some(i) = sentence[at..].find(lead).map(|i| at + i) {
            let name = name_after(sentence, i + lead.len());
            // One word ("in Canada") is a place, not a body.
            if is_body(&name)
                && name.contains(' ')
                && !out.iter().any(|(n, _)| n.starts_with(&name))
            {
                push(name, &mut out);
            }
            at = i + lead.len();
        }
    }
    if !out.iter().any(|(_, body)| *body) {
        out.extend(generic_body(sentence).map(|b| (b, true)));
    }
    out
}

/// A body the text names without a proper name: "by a provincial or territorial association
/// of professional engineers", "with a regulatory body", "by the provincial securities
/// commission" (up to the verb or the next clause).
fn generic_body(sentence: &str) -> Option<String> {
    const KINDS: [&str; 8] = [
        "association",
        "regulatory body",
        "regulatory governing body",
        "licensing authority",
        "institute",
        "law society",
        "order",
        "commission",
    ];
    let lower = sentence.to_lowercase();
    for lead in [
        "by a ",
        "by the ",
        "with a ",
        "with the ",
        "from a ",
        "in a ",
    ] {
        let mut at = 0;
        while let Some(i) = lower[at..].find(lead).map(|i| at + i) {
            let start = i + lead.len();
            let rest = &sentence[start..];
            let end = [
                " is ", " are ", " in the ", " may ", ",", ".", " to ", " for ",
            ]
            .iter()
            .filter_map(|m| rest.find(m))
            .min()
            .unwrap_or(rest.len());
            let phrase = rest[..end].trim();
            let p = phrase.to_lowercase();
            if KINDS.iter().any(|k| p.contains(k)) && phrase.split(' ').count() <= 10 {
                return Some(phrase.to_string());
            }
            at = start;
        }
    }
    None
}

/// The sentence's own words for its credential: up to five words before the first credential
/// word, from the start of its clause, without a leading article or verb.
fn credential_words(sentence: &str) -> String {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let is_credential = |w: &str| {
        let w = w.to_lowercase();
        [
            "licen",
            "certif",
            "regist",
            "membership",
            "permit",
            "designation",
            "accredit",
            "endorsement",
        ]
        .iter()
        .any(|c| w.starts_with(c))
            && !w.starts_with("certified")
            && !w.starts_with("registered")
    };
    let Some(end) = words.iter().position(|w| is_credential(w)) else {
        return String::new();
    };
    let mut start = end;
    while start > 0 && end - start < 5 {
        let w = words[start - 1];
        if w.ends_with(',')
            || matches!(
                w.to_lowercase().as_str(),
                "a" | "an"
                    | "the"
                    | "require"
                    | "requires"
                    | "may"
                    | "must"
                    | "and"
                    | "or"
                    | "hold"
                    | "obtain"
                    | "usually"
                    | "in"
                    | "with"
                    | "by"
                    | "have"
            )
        {
            break;
        }
        start -= 1;
    }
    // "Trade certification for construction electricians": the people it is for tell one
    // sentence's credential from the next one's.
    let mut last = end;
    if words.get(end + 1) == Some(&"for") {
        let stop = (end + 2..words.len().min(end + 9))
            .find(|&i| matches!(words[i], "is" | "are" | "may" | "must" | "was"));
        if let Some(stop) = stop {
            last = stop - 1;
        }
    }
    let phrase = words[start..=last].join(" ");
    let phrase = phrase.trim_end_matches([',', '.', ';']);
    let mut c = phrase.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The credentials one classified sentence names.
pub fn credentials(
    sentence: &str,
    kind: LicensingKind,
    provinces: Vec<&'static str>,
) -> Vec<Credential> {
    let names = named(sentence);
    let issuer = names.iter().find(|(_, body)| *body).map(|(n, _)| n.clone());
    let make = |name: String, issuer: Option<String>| Credential {
        name,
        issuer,
        required: kind,
        provinces: provinces.clone(),
        sentence: sentence.to_string(),
    };
    let designations: Vec<&String> = names
        .iter()
        .filter(|(_, body)| !body)
        .map(|(n, _)| n)
        .collect();
    if !designations.is_empty() {
        // With several designations, a body issues only the one whose abbreviation it bears
        // ("the CFA Institute" issues the CFA, not the CFP or CIM listed beside it).
        let single = designations.len() == 1;
        return designations
            .into_iter()
            .map(|d| {
                let abbr = d
                    .rsplit_once('(')
                    .map_or(d.as_str(), |(_, a)| a.trim_end_matches(')'));
                let own = names
                    .iter()
                    .find(|(n, body)| *body && n.split(' ').any(|w| w == abbr))
                    .map(|(n, _)| n.clone());
                make(
                    d.clone(),
                    own.or(if single { issuer.clone() } else { None }),
                )
            })
            .collect();
    }
    let words = credential_words(sentence);
    let bodies: Vec<&String> = names.iter().map(|(n, _)| n).collect();
    if bodies.is_empty() {
        return vec![make(words, None)];
    }
    bodies
        .into_iter()
        .map(|b| make(words.clone(), Some(b.clone())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<(String, Option<String>)> {
        credentials(s, LicensingKind::MayBeRequired, Vec::new())
            .into_iter()
            .map(|c| (c.name, c.issuer))
            .collect()
    }

    #[test]
    fn bodies_with_abbreviation_and_full_name_are_issuers() {
        assert_eq!(
            names(
                "Certification by the Canadian Board of Certification of Prosthetists and Orthotists (CBCPO) may be required."
            ),
            vec![(
                "Certification".into(),
                Some(
                    "Canadian Board of Certification of Prosthetists and Orthotists (CBCPO)".into()
                )
            )]
        );
        assert_eq!(
            names(
                "Certification by the National Examining Board of Ocularists is usually required."
            ),
            vec![(
                "Certification".into(),
                Some("National Examining Board of Ocularists".into())
            )]
        );
    }

    #[test]
    fn designations_are_named_with_their_abbreviation() {
        assert_eq!(
            names(
                "Practitioners in public relations may require an APR (Accredited in Public Relations) designation."
            ),
            vec![("APR (Accredited in Public Relations)".into(), None)]
        );
        let cfa = names(
            "The Chartered Financial Analyst (CFA) designation, available through a program conducted by the CFA Institute or an other recognized financial designations (CFP, CIM or others), is usually required.",
        );
        assert_eq!(cfa[0].0, "Chartered Financial Analyst (CFA)");
        assert_eq!(cfa[0].1.as_deref(), Some("CFA Institute"));
        assert!(cfa.iter().any(|c| c.0 == "CIM" && c.1.is_none()));
        assert_eq!(
            names(
                "In Quebec, membership with l'Ordre des évaluateurs agréés du Québec (OEAQ) is required to use the title chartered appraiser."
            ),
            vec![(
                "Membership".into(),
                Some("l'Ordre des évaluateurs agréés du Québec (OEAQ)".into())
            )]
        );
    }

    #[test]
    fn a_body_named_without_a_proper_name_is_the_issuer() {
        assert_eq!(
            names(
                "Licensing by a provincial or territorial association of professional engineers is required to approve engineering drawings and reports and to practise as a Professional Engineer (P.Eng.)."
            ),
            vec![(
                "Professional Engineer (P.Eng.)".into(),
                Some("provincial or territorial association of professional engineers".into())
            )]
        );
        assert_eq!(
            names(
                "Registration with a regulatory body is required in all provinces and territories."
            ),
            vec![("Registration".into(), Some("regulatory body".into()))]
        );
    }

    #[test]
    fn a_sentence_without_a_body_keeps_its_own_words() {
        assert_eq!(
            names("A provincial teaching certificate is usually required."),
            vec![("Provincial teaching certificate".into(), None)]
        );
    }
}
