//! The interface language and every way a number is written: counts, money, hourly wages and
//! decimals. Panes, compare, filters and the command line all format through here, so one
//! language never shows two styles ("2 400" in one place and "2,400" in another).
//!
//! English and Japanese write "$23.50" and "2,400"; French writes "23,50 $" and "2 400"
//! with no-break spaces, so a wrapped line never splits a number from its digits or sign
//! (a space groups thousands and the dollar sign follows the amount). Amounts are Canadian
//! dollars in every language, so Japanese keeps the "$" rather than "円".

use clap::ValueEnum;

/// The language of the interface labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum Lang {
    #[default]
    En,
    Fr,
    Ja,
}

impl Lang {
    fn thousands(self) -> char {
        match self {
            Lang::Fr => '\u{a0}',
            Lang::En | Lang::Ja => ',',
        }
    }

    fn decimal_mark(self) -> char {
        match self {
            Lang::Fr => ',',
            Lang::En | Lang::Ja => '.',
        }
    }
}

fn group_digits(lang: Lang, digits: &str) -> String {
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(lang.thousands());
        }
        grouped.push(c);
    }
    grouped
}

/// A count: "1,200" (English, Japanese) or "1 200" (French); negative numbers keep their sign.
pub fn number(lang: Lang, n: i64) -> String {
    let grouped = group_digits(lang, &n.unsigned_abs().to_string());
    if n < 0 {
        format!("-{grouped}")
    } else {
        grouped
    }
}

/// A decimal with a fixed number of places: "7.5" or "7,5"; thousands are grouped too.
pub fn decimal(lang: Lang, v: f64, places: usize) -> String {
    let text = format!("{:.*}", places, v.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    // "-0.0" is written "0.0".
    if v < 0.0 && text.bytes().any(|b| matches!(b, b'1'..=b'9')) {
        out.push('-');
    }
    out.push_str(&group_digits(lang, int));
    if !frac.is_empty() {
        out.push(lang.decimal_mark());
        out.push_str(frac);
    }
    out
}

fn dollars(lang: Lang, amount: &str) -> String {
    match lang {
        Lang::Fr => format!("{amount}\u{a0}$"),
        Lang::En | Lang::Ja => format!("${amount}"),
    }
}

/// Whole dollars: "$40,000" (English, Japanese) or "40 000 $" (French).
pub fn money(lang: Lang, amount: u32) -> String {
    dollars(lang, &number(lang, i64::from(amount)))
}

/// Whole dollars of any size, rounded: "$6,240,000,000".
pub fn whole_dollars(lang: Lang, amount: f64) -> String {
    dollars(lang, &decimal(lang, amount, 0))
}

/// Dollars and cents, e.g. an hourly wage: "$23.50" or "23,50 $".
pub fn cents(lang: Lang, amount: f64) -> String {
    dollars(lang, &decimal(lang, amount, 2))
}

/// A share as a whole percentage: "13%" (English, Japanese) or "13 %" (French, no-break).
pub fn percent(lang: Lang, share: f64) -> String {
    let whole = decimal(lang, share * 100.0, 0);
    match lang {
        Lang::Fr => format!("{whole}\u{a0}%"),
        Lang::En | Lang::Ja => format!("{whole}%"),
    }
}

/// A date given as ISO 8601 text ("2026-06-25"), written the language's way: ISO in English
/// and French, "2026年6月25日" in Japanese. Anything else is returned as it is.
pub fn date(lang: Lang, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    match (lang, parts.as_slice()) {
        (Lang::Ja, [y, m, d])
            if y.len() == 4 && m.len() == 2 && d.len() == 2 && iso.len() == 10 =>
        {
            match (m.parse::<u8>(), d.parse::<u8>()) {
                (Ok(m), Ok(d)) => format!("{y}年{m}月{d}日"),
                _ => iso.to_string(),
            }
        }
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_group_thousands_per_language() {
        assert_eq!(number(Lang::En, 2400), "2,400");
        assert_eq!(number(Lang::Ja, 1_234_567), "1,234,567");
        assert_eq!(number(Lang::Fr, 2400), "2\u{a0}400");
        assert_eq!(number(Lang::Fr, -12_500), "-12\u{a0}500");
        assert_eq!(number(Lang::En, 999), "999");
        assert_eq!(number(Lang::En, 0), "0");
    }

    #[test]
    fn money_puts_the_dollar_sign_where_each_language_does() {
        assert_eq!(money(Lang::En, 40_000), "$40,000");
        assert_eq!(money(Lang::Ja, 40_000), "$40,000");
        assert_eq!(money(Lang::Fr, 40_000), "40\u{a0}000\u{a0}$");
        assert_eq!(cents(Lang::En, 23.5), "$23.50");
        assert_eq!(cents(Lang::Ja, 23.5), "$23.50");
        assert_eq!(cents(Lang::Fr, 23.5), "23,50\u{a0}$");
        assert_eq!(cents(Lang::Fr, 1234.5), "1\u{a0}234,50\u{a0}$");
    }

    #[test]
    fn dates_are_iso_except_in_japanese() {
        assert_eq!(date(Lang::En, "2026-06-25"), "2026-06-25");
        assert_eq!(date(Lang::Fr, "2026-06-25"), "2026-06-25");
        assert_eq!(date(Lang::Ja, "2026-06-25"), "2026年6月25日");
        assert_eq!(date(Lang::Ja, "June 2026"), "June 2026");
    }

    #[test]
    fn decimals_use_the_language_mark() {
        assert_eq!(decimal(Lang::En, 7.46, 1), "7.5");
        assert_eq!(decimal(Lang::Fr, 7.46, 1), "7,5");
        assert_eq!(percent(Lang::En, 0.134), "13%");
        assert_eq!(percent(Lang::Fr, 0.135), "14\u{a0}%");
        assert_eq!(decimal(Lang::Fr, 0.123, 2), "0,12");
        assert_eq!(decimal(Lang::En, -0.04, 1), "0.0");
        assert_eq!(decimal(Lang::En, -1.26, 1), "-1.3");
        assert_eq!(decimal(Lang::En, 12.0, 0), "12");
    }
}
