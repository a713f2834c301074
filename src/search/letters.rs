//! Which bytes a text holds, as one 64-bit mask: a quick test that a text cannot hold a word,
//! nor its letters in order, before searching it.
//!
//! Each letter `a`-`z` and digit has a bit of its own; every other ASCII byte shares one of 27
//! bits with others, and every byte of a non-ASCII character sets the last bit. So a text
//! whose mask lacks a bit of a word's mask lacks one of its bytes; and for a word of one
//! letter or digit, holding the bit is holding the word.

const fn bit(b: u8) -> u64 {
    match b {
        b'a'..=b'z' => 1 << (b - b'a'),
        b'0'..=b'9' => 1 << (26 + b - b'0'),
        0x80.. => 1 << 63,
        _ => 1 << (36 + b % 27),
    }
}

const BITS: [u64; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = bit(b as u8);
        b += 1;
    }
    table
};

/// The bits of every byte of `bytes`.
pub(super) fn mask(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0, |m, &b| m | BITS[b as usize])
}

/// The bits of every byte of `bytes` that may begin a word of its own (see
/// `folding::has_whole_word`): the first byte, and each byte after one that is neither an ASCII
/// letter or digit nor a hyphen or apostrophe. After a byte of a non-ASCII character the next
/// byte counts too, whatever that character is, so a word's first byte is always in the mask.
pub(super) fn word_starts(bytes: &[u8]) -> u64 {
    let mut m = 0;
    let mut starts = true;
    for &b in bytes {
        if starts {
            m |= BITS[b as usize];
        }
        starts = !(b.is_ascii_alphanumeric() || b == b'-' || b == b'\'');
    }
    m
}

/// The bits of the first byte of each word.
pub(super) fn first_bytes<'a>(words: impl IntoIterator<Item = &'a str>) -> u64 {
    words
        .into_iter()
        .filter_map(|w| w.bytes().next())
        .fold(0, |m, b| m | BITS[b as usize])
}

/// Whether `word` is one lowercase letter or digit: a text holds it exactly when its mask
/// holds the word's bit.
pub(super) fn is_exact(word: &str) -> bool {
    matches!(word.as_bytes(), [b'a'..=b'z' | b'0'..=b'9'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_lacking_a_byte_of_the_word_lacks_its_bit() {
        let text = mask("électricien (copie)".as_bytes());
        for word in ["elec", "cien", "(", "ci", "é"] {
            let w = mask(word.as_bytes());
            assert_eq!(text & w, w, "{word}");
        }
        for word in ["z", "x", "7", "elex"] {
            let w = mask(word.as_bytes());
            assert_ne!(text & w, w, "{word}");
        }
    }

    #[test]
    fn every_whole_word_begins_at_a_word_start() {
        let texts = [
            "électricien/électricienne (copie)",
            "teacher's aide - kindergarten",
            "forklift-mounted crane operator",
            "l'infirmière «auxiliaire»",
            "看護師 nurse",
        ];
        for text in texts {
            let starts = word_starts(text.as_bytes());
            let words = text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''));
            for word in words.filter(|w| !w.is_empty()) {
                if super::super::folding::has_whole_word(text, word) {
                    let first = first_bytes([word]);
                    assert_eq!(starts & first, first, "{word:?} in {text:?}");
                }
            }
        }
        let starts = word_starts(b"schoolteacher");
        assert_eq!(starts & first_bytes(["teacher"]), 0);
    }

    #[test]
    fn one_letter_words_have_bits_of_their_own() {
        let bits: Vec<u64> = (b'a'..=b'z').chain(b'0'..=b'9').map(bit).collect();
        for (i, a) in bits.iter().enumerate() {
            assert_eq!(a.count_ones(), 1);
            assert!(bits[i + 1..].iter().all(|b| a & b == 0));
            assert!((0..=255u8).filter(|&b| BITS[b as usize] == *a).count() == 1);
        }
        assert!(is_exact("e") && is_exact("7") && !is_exact("é") && !is_exact("el"));
    }
}
