//! An occupation as a document: sections of lines, tables and source notes, rendered as
//! plain text (`show`) or Markdown (`show --format markdown`, handouts). One description of
//! what an occupation's document holds, two ways of writing it.

use unicode_width::UnicodeWidthStr;

/// One piece of a section.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Paragraph-like lines; a bullet each in Markdown.
    Lines(Vec<String>),
    /// A table with a header row; every row as long as the header.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
    },
    /// Where the figures above come from, and as of when.
    Source(String),
    /// A note on the text itself, e.g. that the passage is an official record we hold only in
    /// English (said once, at the top of its section).
    Note(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

impl Section {
    pub fn new(heading: impl Into<String>) -> Self {
        Section {
            heading: heading.into(),
            blocks: Vec::new(),
        }
    }

    pub fn lines(mut self, lines: Vec<String>) -> Self {
        if !lines.is_empty() {
            self.blocks.push(Block::Lines(lines));
        }
        self
    }

    pub fn line(self, line: impl Into<String>) -> Self {
        self.lines(vec![line.into()])
    }

    pub fn table(mut self, header: &[&str], rows: Vec<Vec<String>>) -> Self {
        if !rows.is_empty() {
            self.blocks.push(Block::Table {
                header: header.iter().map(|h| h.to_string()).collect(),
                rows,
            });
        }
        self
    }

    /// Mark the section's text as official English, with `note` in the interface language
    /// (nothing when the note is empty: English needs none).
    pub fn official(mut self, note: &str) -> Self {
        if !note.is_empty() {
            self.blocks.push(Block::Note(note.to_string()));
        }
        self
    }

    pub fn source(mut self, source: impl Into<String>) -> Self {
        self.blocks.push(Block::Source(source.into()));
        self
    }

    fn is_empty(&self) -> bool {
        self.blocks.iter().all(|b| {
            matches!(b, Block::Source(_) | Block::Note(_)) || b == &Block::Lines(Vec::new())
        })
    }
}

/// Drop the sections with nothing but a source note.
pub fn non_empty(sections: Vec<Section>) -> Vec<Section> {
    sections.into_iter().filter(|s| !s.is_empty()).collect()
}

/// Plain text: headings flush left, content indented by two spaces, tables aligned by
/// display width (CJK titles count two columns). `source` is "Source:" in the interface
/// language.
pub fn to_text(sections: &[Section], source: &str) -> String {
    let mut out = String::new();
    for section in sections {
        out.push_str(&format!("\n{}\n", section.heading));
        for block in &section.blocks {
            match block {
                Block::Lines(lines) => {
                    for line in lines {
                        match line.strip_prefix(SUB) {
                            Some(sub) => out.push_str(&format!("    - {sub}\n")),
                            None => out.push_str(&format!("  {line}\n")),
                        }
                    }
                }
                Block::Table { header, rows } => {
                    let widths: Vec<usize> = (0..header.len())
                        .map(|i| {
                            std::iter::once(header)
                                .chain(rows)
                                .map(|r| r.get(i).map_or(0, |c| c.width()))
                                .max()
                                .unwrap_or(0)
                        })
                        .collect();
                    // Figures right, text left; a header sits over its column's side.
                    let numeric: Vec<bool> = (0..header.len())
                        .map(|i| {
                            i > 0 && rows.iter().all(|r| r.get(i).is_some_and(|c| is_number(c)))
                        })
                        .collect();
                    for row in std::iter::once(header).chain(rows) {
                        let mut line = String::from(" ");
                        for (i, cell) in row.iter().enumerate() {
                            let pad = widths[i].saturating_sub(cell.width());
                            line.push(' ');
                            if numeric[i] {
                                line.push_str(&" ".repeat(pad));
                                line.push_str(cell);
                            } else {
                                line.push_str(cell);
                                line.push_str(&" ".repeat(pad));
                            }
                            line.push(' ');
                        }
                        out.push_str(line.trim_end());
                        out.push('\n');
                    }
                }
                Block::Source(s) => out.push_str(&format!("  {source} {s}\n")),
                Block::Note(n) => out.push_str(&format!("  [{n}]\n")),
            }
        }
    }
    out
}

/// Markdown with headings of `level` (2 for `show`, 3 inside a handout); `source` is
/// "Source:" in the interface language.
pub fn to_markdown(sections: &[Section], level: usize, source: &str) -> String {
    let hashes = "#".repeat(level);
    let mut out = String::new();
    for section in sections {
        out.push_str(&format!("\n{hashes} {}\n", section.heading));
        for block in &section.blocks {
            out.push('\n');
            match block {
                // One line reads as a paragraph, several as a list.
                Block::Lines(lines) if lines.len() == 1 => {
                    out.push_str(&format!("{}\n", escape(&lines[0])));
                }
                Block::Lines(lines) => {
                    for line in lines {
                        match line.strip_prefix(SUB) {
                            Some(sub) => out.push_str(&format!("  - {}\n", escape(sub))),
                            None => out.push_str(&format!("- {}\n", escape(line))),
                        }
                    }
                }
                Block::Table { header, rows } => {
                    out.push_str(&format!("| {} |\n", header.join(" | ")));
                    out.push_str(&format!("|{}\n", "---|".repeat(header.len())));
                    for row in rows {
                        let cells: Vec<String> =
                            row.iter().map(|c| escape(c).replace('|', "\\|")).collect();
                        out.push_str(&format!("| {} |\n", cells.join(" | ")));
                    }
                }
                Block::Source(s) => out.push_str(&format!("*{source} {}*\n", escape(s))),
                Block::Note(n) => out.push_str(&format!("> {}\n", escape(n))),
            }
        }
    }
    out
}

/// Text that is not ours (data, a client's name) as Markdown that renders as the same text:
/// asterisks ("O*NET") would start emphasis; brackets, `<` and backquotes would make links,
/// HTML or code (a `>` alone makes nothing mid-line); `http://` and `www.` would become live links in GitHub's
/// Markdown. Each is backslash-escaped (CommonMark lets any ASCII punctuation be).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let lower = text.to_ascii_lowercase();
    for (i, c) in text.char_indices() {
        let link_colon = c == ':' && lower[i..].starts_with("://");
        let www_dot = c == '.' && lower[..i].ends_with("www");
        if matches!(c, '\\' | '*' | '[' | ']' | '<' | '`') || link_colon || www_dot {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A line of a `Lines` block that starts with this is a sub-item of the line before.
pub const SUB: &str = "\u{1}";

/// A figure, aligned right in text tables: "2,400", "-1 000", "$23.50", "23,50 $", "31%", or
/// "–" (no figure).
fn is_number(cell: &str) -> bool {
    let t = cell.strip_prefix('-').unwrap_or(cell);
    cell == "–"
        || (t.bytes().any(|b| b.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_ascii_digit() || ",.$% \u{a0}\u{202f}".contains(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_not_ours_cannot_make_links_or_html() {
        assert_eq!(
            escape("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(escape("<img src=x>"), "\\<img src=x>");
        assert_eq!(
            escape("see http://e.x and WWW.e.x"),
            "see http\\://e.x and WWW\\.e.x"
        );
        assert_eq!(escape("O*NET `a` \\"), "O\\*NET \\`a\\` \\\\");
        assert_eq!(escape("Ana Silva, 2026-11-25"), "Ana Silva, 2026-11-25");
    }

    #[test]
    fn figures_align_right_and_codes_do_not() {
        for n in ["2,400", "-1 000", "$23.50", "23,50 $", "31%", "–", "7"] {
            assert!(is_number(n), "{n}");
        }
        for t in ["29-2091", "2024 Job Bank median", "E1", ""] {
            assert!(!is_number(t), "{t}");
        }
    }

    #[test]
    fn sub_items_indent_under_their_line() {
        let s = Section::new("T").lines(vec!["E1".into(), format!("{SUB}a task")]);
        assert_eq!(
            to_text(std::slice::from_ref(&s), "Source:"),
            "\nT\n  E1\n    - a task\n"
        );
        assert_eq!(
            to_markdown(&[s], 2, "Source:"),
            "\n## T\n\n- E1\n  - a task\n"
        );
    }

    #[test]
    fn text_tables_align_by_display_width() {
        let s = Section::new("T").table(
            &["Year", "Jobs"],
            vec![
                vec!["2024".into(), "1,200".into()],
                vec!["看護師".into(), "7".into()],
            ],
        );
        let text = to_text(&[s], "Source:");
        assert_eq!(
            text,
            "\nT\n  Year     Jobs\n  2024    1,200\n  看護師      7\n"
        );
    }

    #[test]
    fn markdown_tables_escape_pipes_and_sections_with_only_a_source_go() {
        let kept = Section::new("K").table(&["a"], vec![vec!["x|y".into()]]);
        let dropped = Section::new("D").source("somewhere");
        let sections = non_empty(vec![kept, dropped]);
        assert_eq!(sections.len(), 1);
        assert_eq!(
            to_markdown(&sections, 2, "Source:"),
            "\n## K\n\n| a |\n|---|\n| x\\|y |\n"
        );
    }
}
