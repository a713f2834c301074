//! Folding text the way the matcher sees it (case and accents), and the word-level tests the
//! ranking uses: whole words, plurals, possessives and the head words a title is about.

/// Lower-case and strip accents, grapheme by grapheme (as the matcher sees text).
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(text, &mut folded);
    folded
}

/// `fold`, appending to `out`.
pub(super) fn fold_into(text: &str, out: &mut String) {
    // Most titles are ASCII, where this is all folding does; segmenting graphemes and looking
    // each character up in the folding tables was most of the cost of building the index.
    if text.is_ascii() && !text.contains('\r') {
        out.extend(text.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        out.push_str(&fold_graphemes(text));
    }
}

/// `fold` the general way: the first character of each grapheme, case-folded and unaccented.
pub(super) fn fold_graphemes(text: &str) -> String {
    nucleo_matcher::chars::graphemes(text)
        .map(|c| nucleo_matcher::chars::normalize(nucleo_matcher::chars::to_lower_case(c)))
        .map(super::japanese::fold_char)
        .collect()
}

/// Whether `word` (folded) and `text_word` are the same word, or one is the plural of the
/// other ("teacher", "teachers"; "bus", "buses").
pub(super) fn same_word(word: &str, text_word: &str) -> bool {
    let plural_of = |plural: &str, single: &str| {
        plural
            .strip_prefix(single)
            .is_some_and(|rest| rest == "s" || rest == "es")
    };
    word == text_word || plural_of(text_word, word) || plural_of(word, text_word)
}

/// Whether two folded texts are equal but for the plural of their last word.
pub(super) fn same_text(query: &str, text: &str) -> bool {
    if query == text {
        return true;
    }
    let (q_head, q_last) = query.rsplit_once(' ').unwrap_or(("", query));
    let (t_head, t_last) = text.rsplit_once(' ').unwrap_or(("", text));
    q_head == t_head && q_last.len() > 2 && same_word(q_last, t_last)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Whether `word` occurs in `text` as a word of its own: not inside a longer word, not joined
/// to another by a hyphen ("forklift-mounted") and not as a possessive ("doctor's office").
/// A plural ending counts as the same word ("teachers" for "teacher").
#[cfg(test)]
pub(super) fn has_whole_word(text: &str, word: &str) -> bool {
    has_whole_word_at(text, word, text.match_indices(word).map(|(at, _)| at))
}

/// `has_whole_word` where `found` gives where `word` starts in `text`, in order.
pub(super) fn has_whole_word_at(
    text: &str,
    word: &str,
    mut found: impl Iterator<Item = usize>,
) -> bool {
    found.any(|at| {
        let before = text[..at].chars().next_back();
        if before.is_some_and(|c| is_word_char(c) || c == '-' || c == '\'') {
            return false;
        }
        let rest = &text[at + word.len()..];
        let rest = rest
            .strip_prefix("es")
            .filter(|r| !r.starts_with(is_word_char))
            .or_else(|| {
                rest.strip_prefix('s')
                    .filter(|r| !r.starts_with(is_word_char))
            })
            .unwrap_or(rest);
        match rest.chars().next() {
            None => true,
            Some(c) => !(is_word_char(c) || c == '\'' || c == '\u{2019}' || c == '-'),
        }
    })
}

/// A title without what follows " - " or " (": "teacher - junior kindergarten" is "teacher".
fn main_phrase(text: &str) -> &str {
    let main = text.split(" - ").next().unwrap_or(text);
    main.split(" (").next().unwrap_or(main)
}

/// The words a title is about: the last word of each part of its main phrase ("Elementary
/// school and kindergarten teachers" is about schools and teachers; "doctor of medicine" is
/// about doctors; "teacher's aide - kindergarten" is about aides).
pub(super) fn head_words(text: &str) -> impl Iterator<Item = &str> {
    main_phrase(text)
        .split([',', '/'])
        .flat_map(|part| part.split(" and ").flat_map(|p| p.split(" or ")))
        .filter_map(|part| {
            let part = [" of ", " for ", " in ", " with ", " to ", " at "]
                .iter()
                .fold(part, |p, sep| p.split(sep).next().unwrap_or(p));
            part.split_whitespace().next_back()
        })
}

/// Whether `word` is the plain head of `text` (see `head_words`).
pub(super) fn is_head_word(text: &str, word: &str) -> bool {
    head_words(text).any(|head| same_word(word, head))
}

/// The words a French title is about: the first word of each part of its main phrase
/// ("Coordonnateurs/coordonnatrices et superviseurs/superviseures des soins infirmiers" is
/// about coordinators and supervisors, not nurses; "Infirmiers autorisés/infirmières
/// autorisées ..." is about nurses).
pub(super) fn french_head_words(text: &str) -> impl Iterator<Item = &str> {
    main_phrase(text)
        .split([',', '/'])
        .flat_map(|part| part.split(" et ").flat_map(|p| p.split(" ou ")))
        .filter_map(|part| part.split_whitespace().next())
}

/// Whether `word` is a head of the French title `text` (see `french_head_words`).
pub(super) fn is_french_head_word(text: &str, word: &str) -> bool {
    french_head_words(text).any(|head| same_word(word, head))
}

/// A query as the matcher reads it: each word's plural ending dropped ("line cooks" reads
/// "line cook", and in English "nannies" reads "nanny"). The matcher needs every typed letter
/// in a text, and titles name the singular: "line cooks" found "cook's helper" before "line
/// cook". Dropping a final "s" only widens what a word matches; ranking still prefers the
/// word as typed (plurals are the same word there). Words under five letters and endings
/// that are not plurals ("glass", "bus", "analysis") are left alone.
pub(super) fn singular_query(query: &str, english: bool) -> std::borrow::Cow<'_, str> {
    let singular = |word: &str| -> Option<String> {
        let lower = word.to_lowercase();
        if lower.chars().count() < 5
            || !lower.ends_with('s')
            || NOT_PLURAL.contains(&lower.as_str())
        {
            return None;
        }
        if english && lower.ends_with("ies") && lower.len() >= 6 {
            return Some(format!("{}y", &word[..word.len() - 3]));
        }
        if ["ss", "us", "is", "'s"].iter().any(|e| lower.ends_with(e)) {
            return None;
        }
        Some(word[..word.len() - 1].to_string())
    };
    // Words are runs of non-space characters; the spaces between them are kept as typed.
    let mut out = String::new();
    let mut changed = false;
    let mut rest = query;
    while !rest.is_empty() {
        let space = rest
            .find(|c: char| !c.is_whitespace())
            .unwrap_or(rest.len());
        out.push_str(&rest[..space]);
        rest = &rest[space..];
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..end];
        match singular(word) {
            Some(single) => {
                out.push_str(&single);
                changed = true;
            }
            None => out.push_str(word),
        }
        rest = &rest[end..];
    }
    if changed {
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(query)
    }
}

/// Words ending in "ies" that are not plurals of a "y" word.
const NOT_PLURAL: &[&str] = &["series", "species"];

/// A folded name's words as our alias table compares them: each word singular and, for the
/// French names, masculine ("preposees" and "prepose", "technologiste medicale" and
/// "technologiste medical", "infirmiere" and "infirmier"). Used on both sides of a comparison
/// only: never shown.
pub(super) fn alias_words(folded: &str) -> String {
    folded
        .split_whitespace()
        .map(alias_word)
        .collect::<Vec<_>>()
        .join(" ")
}

fn alias_word(word: &str) -> String {
    let single = match word.strip_suffix('s') {
        Some(rest) if rest.len() >= 3 && !rest.ends_with('s') => rest,
        _ => word,
    };
    // Feminine endings of French job names, longest first.
    const ENDINGS: &[(&str, &str)] = &[
        ("ienne", "ien"),
        ("trice", "teur"),
        ("euse", "eur"),
        ("ere", "er"),
        ("ale", "al"),
        ("ive", "if"),
        ("ee", "e"),
    ];
    for (feminine, masculine) in ENDINGS {
        if let Some(stem) = single.strip_suffix(feminine)
            && stem.len() >= 2
        {
            return format!("{stem}{masculine}");
        }
    }
    single.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_leave_out_possessives_compounds_and_longer_words() {
        assert!(has_whole_word("elementary school teachers", "teacher"));
        assert!(has_whole_word("teacher - junior kindergarten", "teacher"));
        assert!(!has_whole_word("teacher's aide", "teacher"));
        assert!(!has_whole_word("doctor's office receptionist", "doctor"));
        assert!(!has_whole_word("mechanical engineer", "mechanic"));
        assert!(!has_whole_word("schoolteacher", "teacher"));
        assert!(has_whole_word("bus driver", "bus"));
        assert!(has_whole_word("buses", "bus"));
    }

    #[test]
    fn a_french_title_is_about_its_first_words() {
        let heads = |t: &'static str| french_head_words(t).collect::<Vec<_>>();
        assert_eq!(
            heads(
                "coordonnateurs/coordonnatrices et superviseurs/superviseures des soins infirmiers"
            ),
            [
                "coordonnateurs",
                "coordonnatrices",
                "superviseurs",
                "superviseures"
            ]
        );
        assert!(is_french_head_word(
            "infirmiers autorises/infirmieres autorisees et infirmiers psychiatriques autorises",
            "infirmier"
        ));
        assert!(!is_french_head_word(
            "coordonnateurs/coordonnatrices et superviseurs/superviseures des soins infirmiers",
            "infirmier"
        ));
    }

    #[test]
    fn head_words_are_what_a_title_is_about() {
        let heads = |t: &'static str| head_words(t).collect::<Vec<_>>();
        assert_eq!(
            heads("elementary school and kindergarten teachers"),
            ["school", "teachers"]
        );
        assert_eq!(heads("doctor of medicine (md)"), ["doctor"]);
        assert_eq!(heads("doctor's office receptionist"), ["receptionist"]);
        assert_eq!(heads("teacher - junior kindergarten"), ["teacher"]);
        assert_eq!(
            heads("nurse aides, orderlies and patient service associates"),
            ["aides", "orderlies", "associates"]
        );
        assert!(is_head_word(
            "taxi and limousine drivers and chauffeurs",
            "driver"
        ));
    }

    #[test]
    fn a_query_is_read_in_the_singular() {
        assert_eq!(singular_query("line cooks", true), "line cook");
        assert_eq!(singular_query("nannies", true), "nanny");
        assert_eq!(singular_query("Nannies", true), "Nanny");
        assert_eq!(singular_query("nannies", false), "nannie");
        assert_eq!(
            singular_query("infirmières auxiliaires", false),
            "infirmière auxiliaire"
        );
        for same in [
            "glass cutter",
            "bus",
            "analysis",
            "status",
            "series",
            "cook's",
            "nurse",
            "RNs",
            "sales",
        ] {
            let read = singular_query(same, true);
            assert!(read == same || same == "sales", "{same} -> {read}");
        }
        assert_eq!(singular_query("sales rep", true), "sale rep");
        assert_eq!(singular_query("line\tcooks ", true), "line\tcook ");
    }

    #[test]
    fn plurals_are_the_same_text() {
        assert!(same_text("electricians", "electrician"));
        assert!(same_text("truck driver", "truck drivers"));
        assert!(!same_text("truck driver", "bus drivers"));
        assert!(!same_text("as", "a"));
    }
}
