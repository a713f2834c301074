//! How long a search query may be. Titles are a few words; a query of hundreds of words
//! (a pasted document) would cost seconds of matching and find nothing better.

/// At most this many characters (not bytes) in a query.
pub const MAX_QUERY_CHARS: usize = 200;
/// At most this many words in a query.
pub const MAX_QUERY_WORDS: usize = 20;

/// Whether `query` is within both limits. Counting stops at the first excess, so a
/// megabyte of words costs no more than the limit.
pub fn within(query: &str) -> bool {
    query.chars().nth(MAX_QUERY_CHARS).is_none()
        && query.split_whitespace().nth(MAX_QUERY_WORDS).is_none()
}

/// `query` cut to the limits (whole characters; words beyond the limit dropped), and whether
/// anything was cut.
pub fn clip(query: &str) -> (String, bool) {
    let mut out = String::new();
    let mut words = 0;
    let mut in_word = false;
    for (chars, c) in query.chars().enumerate() {
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            if words > MAX_QUERY_WORDS {
                return (out.trim_end().to_string(), true);
            }
        }
        if chars == MAX_QUERY_CHARS {
            return (out, true);
        }
        out.push(c);
    }
    (out, false)
}

/// `query` with pasted text added: line breaks and tabs become spaces, other control
/// characters go, and the result is clipped to the limits (whether it was is returned).
pub fn append_paste(query: &str, pasted: &str) -> (String, bool) {
    let cleaned: String = pasted
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect();
    clip(&(query.to_string() + &cleaned))
}

/// The message for a query over the limits.
pub fn message() -> String {
    format!(
        "a query is limited to {MAX_QUERY_CHARS} characters and {MAX_QUERY_WORDS} words; \
         use fewer words (a job title is enough)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_clipped_by_characters_and_words() {
        assert_eq!(clip("nurse aide"), ("nurse aide".to_string(), false));
        let long = "é".repeat(MAX_QUERY_CHARS + 5);
        let (cut, clipped) = clip(&long);
        assert!(clipped && cut.chars().count() == MAX_QUERY_CHARS);
        let many = "a ".repeat(MAX_QUERY_WORDS + 3);
        let (cut, clipped) = clip(&many);
        assert!(clipped);
        assert_eq!(cut.split_whitespace().count(), MAX_QUERY_WORDS);
        assert!(within(&cut) && !within(&many) && !within(&long));
    }
}
