//! The Licensing pane's official provincial facts: the entries of the provincial lists that
//! print the occupation's code (the chosen province's first), then the chosen province's gap or
//! silence and which provinces our data covers. A function of explicit arguments, not the App.

use super::Doc;
use crate::facts::path_in::ProvincialLicensing;
use crate::i18n::path_words;
use crate::tui::i18n::Labels;
use ratatui::text::{Line, Span};

pub fn section(doc: &mut Doc, l: &Labels, f: &ProvincialLicensing, chosen: Option<&str>) {
    let t = doc.theme();
    doc.heading(l.path_in.provincial_heading);
    // A chosen province the entries do not name leads with what our data says of it.
    let chosen_named = chosen.is_some_and(|c| f.official.iter().any(|o| o.province == c));
    if !chosen_named {
        for note in path_words::chosen_notes(l, f, chosen) {
            doc.styled(&note, t.title);
        }
    }
    for o in &f.official {
        let (line, source) = path_words::official(l, o);
        doc.line(
            Line::from(vec![
                Span::styled("• ", t.muted),
                Span::styled(line, t.title),
            ]),
            2,
        );
        if !o.note.is_empty() {
            doc.line(Line::styled(format!("  {}", o.note), t.base), 2);
        }
        doc.line(Line::styled(format!("  {source}"), t.muted), 2);
    }
    if let Some(coverage) = path_words::coverage(l, f) {
        doc.muted(&coverage);
    }
}
