//! Every example title of an occupation (the Overview lists the first few), narrowed by the
//! words typed in the overlay's filter: a title is kept when it contains each word, case and
//! accents aside.

use super::Doc;
use crate::model::UnitGroup;
use crate::search::fold;
use crate::tui::context::Context;
use ratatui::text::Line;

/// The example titles of `unit` that contain every word of `filter`, in the NOC's order.
pub fn matching<'a>(unit: &'a UnitGroup, filter: &str) -> Vec<&'a str> {
    let words: Vec<String> = fold(filter)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    unit.example_titles
        .iter()
        .filter(|title| {
            let folded = fold(title);
            words.iter().all(|w| folded.contains(w.as_str()))
        })
        .collect()
}

/// The titles the overlay lists for the occupation shown, one bullet each, wrapped to `width`.
pub fn lines(cx: &Context, width: usize) -> Vec<Line<'static>> {
    let Some(unit) = cx.selected_unit() else {
        return Vec::new();
    };
    let titles = matching(unit, cx.examples_filter);
    let mut doc = Doc::new(cx.theme);
    if titles.is_empty() {
        doc.muted(cx.labels.tools.examples_none);
    }
    for title in titles {
        doc.bullet(title);
    }
    doc.lines(width)
}

#[cfg(test)]
mod tests {
    use super::matching;

    #[test]
    fn every_word_must_appear_case_and_accents_aside() {
        let ds = crate::data::load_embedded().expect("the embedded dataset is valid");
        let unit = ds.unit("73300").expect("73300 exists");
        let all = matching(unit, "");
        assert_eq!(all.len(), unit.example_titles.len());
        let dump = matching(unit, "DUMP  truck");
        assert!(!dump.is_empty());
        assert!(
            dump.iter()
                .all(|t| t.contains("dump") && t.contains("truck"))
        );
        assert!(matching(unit, "dump zzz").is_empty());
    }
}
