//! Folding of Japanese text, so that the ways one word can be written match each other:
//! full-width ASCII (`ＰＧ`) as ASCII (`PG`), the ideographic space as a space, half-width
//! katakana (`ｶﾝｺﾞ`) as full-width katakana (`カンゴ`), and hiragana as katakana (`ほいく` as
//! `ホイク`). Kanji are left alone: a kana reading cannot be told from the data (`かんごし` does
//! not find `看護師`).

/// Half-width katakana U+FF61..=U+FF9F as full-width characters, in code point order.
const HALF_WIDTH: [char; 63] = [
    '。', '「', '」', '、', '・', 'ヲ', 'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ャ', 'ュ', 'ョ', 'ッ', 'ー',
    'ア', 'イ', 'ウ', 'エ', 'オ', 'カ', 'キ', 'ク', 'ケ', 'コ', 'サ', 'シ', 'ス', 'セ', 'ソ', 'タ',
    'チ', 'ツ', 'テ', 'ト', 'ナ', 'ニ', 'ヌ', 'ネ', 'ノ', 'ハ', 'ヒ', 'フ', 'ヘ', 'ホ', 'マ', 'ミ',
    'ム', 'メ', 'モ', 'ヤ', 'ユ', 'ヨ', 'ラ', 'リ', 'ル', 'レ', 'ロ', 'ワ', 'ン', '゛', '゜',
];

/// The half-width voiced and semi-voiced sound marks, which follow the kana they modify.
const HALF_VOICED: char = '\u{FF9E}';
const HALF_SEMI_VOICED: char = '\u{FF9F}';

/// One character folded on its own: full-width ASCII, hiragana and half-width katakana.
/// A half-width sound mark stays a (full-width) mark; `fold` joins it to its kana.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        // Hiragana ぁ..ゖ and the iteration marks ゝゞ sit 0x60 below their katakana.
        '\u{3041}'..='\u{3096}' | '\u{309D}' | '\u{309E}' => {
            char::from_u32(c as u32 + 0x60).unwrap_or(c)
        }
        '\u{FF61}'..='\u{FF9F}' => HALF_WIDTH[(c as u32 - 0xFF61) as usize],
        _ => c,
    }
}

/// The kana with a voiced (`semi == false`) or semi-voiced mark, if it has one.
fn voiced(kana: char, semi: bool) -> Option<char> {
    let c = kana as u32;
    let next = char::from_u32(c + 1);
    let after = char::from_u32(c + 2);
    match (kana, semi) {
        ('ウ', false) => Some('ヴ'),
        // カ..ト: each voiceable kana is followed by its voiced form (ッ sits among them).
        ('カ' | 'キ' | 'ク' | 'ケ' | 'コ' | 'サ' | 'シ' | 'ス' | 'セ' | 'ソ', false)
        | ('タ' | 'チ' | 'テ' | 'ト', false) => next,
        ('ツ', false) => next,
        // ハ..ホ: the voiced form, then the semi-voiced one.
        ('ハ' | 'ヒ' | 'フ' | 'ヘ' | 'ホ', false) => next,
        ('ハ' | 'ヒ' | 'フ' | 'ヘ' | 'ホ', true) => after,
        _ => None,
    }
}

/// Whether a text holds kana or CJK ideographs (where correcting English typos makes no sense).
pub fn has_japanese(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c,
            '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}'
            | '\u{F900}'..='\u{FAFF}' | '\u{FF66}'..='\u{FF9F}')
    })
}

/// Whether `fold` can change the text (it is all ASCII or free of the folded ranges).
pub fn needs_folding(text: &str) -> bool {
    text.chars().any(|c| fold_char(c) != c)
}

/// Fold a whole text: `fold_char` on each character, and a half-width kana followed by a
/// half-width sound mark (`ｶﾞ`) becomes one voiced kana (`ガ`).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let folded = fold_char(c);
        let half_kana = matches!(c, '\u{FF66}'..='\u{FF9D}');
        let mark = chars
            .peek()
            .copied()
            .filter(|&m| half_kana && (m == HALF_VOICED || m == HALF_SEMI_VOICED));
        match mark.and_then(|m| voiced(folded, m == HALF_SEMI_VOICED)) {
            Some(joined) => {
                out.push(joined);
                chars.next();
            }
            None => out.push(folded),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_ascii_becomes_ascii() {
        assert_eq!(fold("ＰＧ"), "PG");
        assert_eq!(fold("ＣＡＤオペレーター"), "CADオペレーター");
        assert_eq!(fold("ｗｅｂ　デザイナー"), "web デザイナー");
        assert_eq!(fold("１級"), "1級");
    }

    #[test]
    fn hiragana_becomes_katakana() {
        assert_eq!(fold("ほいくし"), "ホイクシ");
        assert_eq!(fold("せんべい製造工"), "センベイ製造工");
        assert_eq!(fold("とび"), "トビ");
        assert_eq!(fold("ぱてぃしえ"), "パティシエ");
        // Katakana and kanji are left as they are.
        assert_eq!(fold("看護師"), "看護師");
        assert_eq!(fold("プログラマー"), "プログラマー");
    }

    #[test]
    fn half_width_katakana_becomes_full_width() {
        assert_eq!(fold("ｶﾝｺﾞｼ"), "カンゴシ");
        assert_eq!(fold("ﾌﾟﾛｸﾞﾗﾏｰ"), "プログラマー");
        assert_eq!(fold("ﾊﾟﾃｨｼｴ"), "パティシエ");
        assert_eq!(fold("ｳﾞｧｲｵﾘﾝ"), "ヴァイオリン");
        assert_eq!(fold("ﾄﾗｯｸ"), "トラック");
        // A mark after a kana that takes none stays a mark.
        assert_eq!(fold("ｱﾞ"), "ア゛");
    }

    #[test]
    fn all_spellings_of_one_word_fold_alike() {
        let forms = ["トリマー", "とりまー", "ﾄﾘﾏｰ"];
        for form in forms {
            assert_eq!(fold(form), "トリマー", "{form}");
        }
    }

    #[test]
    fn other_text_is_unchanged() {
        for text in ["registered nurse", "infirmière", "Ünïcödé", "32129", ""] {
            assert_eq!(fold(text), text);
            assert!(!needs_folding(text));
        }
        assert!(needs_folding("ほ"));
    }

    #[test]
    fn japanese_is_detected() {
        assert!(has_japanese("看護師"));
        assert!(has_japanese("ほいくし"));
        assert!(has_japanese("ﾄﾗｯｸ"));
        assert!(!has_japanese("nurse"));
        assert!(!has_japanese("ＰＧ"));
    }
}
