//! Display-width text helpers: truncation, word wrapping and highlighting by grapheme.
//!
//! Widths come from `unicode-width`, never from `len()`; text is cut only between grapheme
//! clusters, so a wide (CJK) character or a base letter with its combining marks is never split.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Display width of a string in terminal cells.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Cut `s` to at most `max` cells, ending with `…` when something was cut.
pub fn truncate_to_width(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = width(g);
        if used + w > max - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// Pad `s` with spaces to exactly `cells` cells (truncating first if it is wider).
pub fn fit(s: &str, cells: usize) -> String {
    let mut out = truncate_to_width(s, cells);
    let w = width(&out);
    out.extend(std::iter::repeat_n(' ', cells.saturating_sub(w)));
    out
}

/// Spans for `text` cut to `max` cells, with the graphemes at `highlights` (sorted grapheme
/// indices, as the search engine returns them) in `hl` and the rest in `base`.
pub fn highlighted(
    text: &str,
    highlights: &[u32],
    max: usize,
    base: Style,
    hl: Style,
) -> Vec<Span<'static>> {
    let cut = width(text) > max;
    let budget = if cut { max.saturating_sub(1) } else { max };
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_hl = false;
    let mut next = highlights.iter().copied().peekable();
    let mut used = 0;
    for (i, g) in text.graphemes(true).enumerate() {
        let w = width(g);
        if used + w > budget {
            break;
        }
        used += w;
        while next.peek().is_some_and(|&h| (h as usize) < i) {
            next.next();
        }
        let is_hl = next.peek() == Some(&(i as u32));
        if is_hl != run_hl && !run.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                if run_hl { hl } else { base },
            ));
        }
        run_hl = is_hl;
        run.push_str(g);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_hl { hl } else { base }));
    }
    if cut && max > 0 {
        spans.push(Span::styled("…", base));
    }
    spans
}

struct Cell {
    g: String,
    style: Style,
    w: usize,
    /// A line may break after this grapheme.
    break_after: bool,
}

/// Word-wrap a styled line to `max` cells. Continuation lines start with `indent` spaces
/// (a hanging indent for bullets). Breaks at spaces and around wide characters (CJK text has
/// no spaces); a word longer than a line is cut between graphemes.
pub fn wrap(line: &Line<'_>, max: usize, indent: usize) -> Vec<Line<'static>> {
    let max = max.max(1);
    let indent = if indent * 3 > max * 2 { 0 } else { indent };
    let mut out = Vec::new();
    let mut cur: Vec<Cell> = Vec::new();
    let mut cur_w = 0;
    let mut lead = 0; // indent cells at the start of `cur`
    let mut graphemes = line
        .spans
        .iter()
        .flat_map(|span| {
            let style = line.style.patch(span.style);
            span.content.graphemes(true).map(move |g| (g, style))
        })
        .peekable();
    while let Some((g, style)) = graphemes.next() {
        let w = width(g);
        let next = graphemes.peek().map(|(n, _)| *n);
        let space = breakable(g, next);
        if space && cur.len() == lead && !out.is_empty() {
            continue; // no leading space on a continuation line
        }
        if cur_w + w > max {
            if space {
                // A space that does not fit ends the line and disappears.
                out.push(to_line(&cur));
                cur = indent_cells(indent);
                lead = indent;
                cur_w = indent;
                continue;
            }
            let split = cur
                .iter()
                .rposition(|c| c.break_after)
                .map(|i| i + 1)
                .filter(|&i| i > lead && i < cur.len() + 1);
            let rest: Vec<Cell> = match split {
                Some(i) => cur.split_off(i),
                None => Vec::new(),
            };
            out.push(to_line(&cur));
            cur = indent_cells(indent);
            lead = indent;
            cur.extend(
                rest.into_iter()
                    .skip_while(|c| c.g.chars().all(char::is_whitespace)),
            );
            cur_w = cur.iter().map(|c| c.w).sum();
        }
        if w == 2
            && !no_line_start(g)
            && let Some(prev) = cur.last_mut()
        {
            prev.break_after = true;
        }
        cur.push(Cell {
            g: g.to_string(),
            style,
            w,
            break_after: (space || w == 2) && !next.is_some_and(no_line_start),
        });
        cur_w += w;
    }
    if cur.len() > lead || out.is_empty() {
        out.push(to_line(&cur));
    }
    out
}

/// A space a line may break at: not a no-break space, nor the space French puts before
/// `:`, `;`, `!`, `?` and `»` (the mark must not start a line).
fn breakable(g: &str, next: Option<&str>) -> bool {
    let no_break = |c: char| matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}');
    g.chars().all(|c| c.is_whitespace() && !no_break(c)) && !next.is_some_and(no_line_start)
}

/// Marks that never start a line: closing punctuation in Latin text and the Japanese marks
/// kinsoku forbids at the start of a line.
fn no_line_start(g: &str) -> bool {
    matches!(
        g,
        ":" | ";"
            | "!"
            | "?"
            | "»"
            | ")"
            | ","
            | "."
            | "、"
            | "。"
            | "，"
            | "．"
            | "："
            | "；"
            | "）"
            | "」"
            | "』"
            | "】"
            | "ー"
            | "・"
    )
}

fn indent_cells(indent: usize) -> Vec<Cell> {
    (0..indent)
        .map(|_| Cell {
            g: " ".into(),
            style: Style::default(),
            w: 1,
            break_after: false,
        })
        .collect()
}

fn to_line(cells: &[Cell]) -> Line<'static> {
    let end = cells
        .iter()
        .rposition(|c| !c.g.chars().all(char::is_whitespace))
        .map_or(0, |i| i + 1);
    let mut spans: Vec<Span<'static>> = Vec::new();
    for c in &cells[..end] {
        match spans.last_mut() {
            Some(last) if last.style == c.style => last.content.to_mut().push_str(&c.g),
            _ => spans.push(Span::styled(c.g.clone(), c.style)),
        }
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(lines: &[Line<'_>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn truncation_keeps_short_text() {
        assert_eq!(truncate_to_width("ocularist", 9), "ocularist");
        assert_eq!(truncate_to_width("ocularist", 20), "ocularist");
    }

    #[test]
    fn truncation_adds_an_ellipsis() {
        assert_eq!(truncate_to_width("ocularist", 5), "ocul…");
        assert_eq!(truncate_to_width("ocularist", 1), "…");
        assert_eq!(truncate_to_width("ocularist", 0), "");
    }

    #[test]
    fn truncation_never_splits_a_wide_character() {
        // 日本語 is 6 cells; 5 cells leave room for 日 and the ellipsis only.
        let t = truncate_to_width("日本語テキスト", 5);
        assert_eq!(t, "日本…");
        assert!(width(&t) <= 5);
        let t = truncate_to_width("日本語テキスト", 6);
        assert_eq!(t, "日本…");
        assert_eq!(width(&truncate_to_width("キャリア見通し", 7)), 7);
    }

    #[test]
    fn truncation_keeps_combining_marks_with_their_letter() {
        // "e" + COMBINING ACUTE ACCENT is one grapheme of width 1.
        let s = "e\u{301}le\u{300}ve";
        assert_eq!(width(s), 5);
        let t = truncate_to_width(s, 3);
        assert_eq!(t, "e\u{301}l…");
        assert_eq!(truncate_to_width(s, 2), "e\u{301}…");
    }

    #[test]
    fn fit_pads_by_display_width() {
        assert_eq!(fit("給与", 6), "給与  ");
        assert_eq!(width(&fit("教育パス資格", 7)), 7);
    }

    #[test]
    fn highlight_marks_graphemes_not_bytes() {
        let hl = Style::default().bold();
        let spans = highlighted("élève", &[0, 2], 10, Style::default(), hl);
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["é", "l", "è", "ve"]);
        assert_eq!(spans[0].style, hl);
        assert_eq!(spans[2].style, hl);
        let spans = highlighted("眼科技術者", &[1], 6, Style::default(), hl);
        let texts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(texts, ["眼", "科", "…"]);
    }

    #[test]
    fn wrap_breaks_at_spaces_with_hanging_indent() {
        let lines = wrap(&Line::from("• one two three four"), 10, 2);
        assert_eq!(plain(&lines), ["• one two", "  three", "  four"]);
    }

    #[test]
    fn wrap_breaks_cjk_between_characters() {
        let lines = wrap(&Line::from("カナダの医療技術者"), 8, 0);
        assert_eq!(plain(&lines), ["カナダの", "医療技術", "者"]);
        assert!(lines.iter().all(|l| l.width() <= 8));
    }

    #[test]
    fn wrap_keeps_french_spaces_with_what_they_bind() {
        // A no-break space inside a number and the space before a colon never end a line.
        let lines = wrap(&Line::from("pour 159\u{a0}500 chercheurs"), 10, 0);
        assert_eq!(plain(&lines), ["pour", "159\u{a0}500", "chercheurs"]);
        let lines = wrap(&Line::from("la liste 2025 : Santé"), 13, 0);
        assert_eq!(plain(&lines), ["la liste", "2025 : Santé"]);
    }

    #[test]
    fn wrap_never_starts_a_japanese_line_with_closing_marks() {
        // "掲載: X" must not break before the colon; "。" never starts a line.
        let lines = wrap(&Line::from("リストに掲載: Health"), 12, 0);
        assert!(
            plain(&lines).iter().all(|l| !l.starts_with(':')),
            "{lines:?}"
        );
        let lines = wrap(&Line::from("カナダの技術者です。"), 8, 0);
        assert_eq!(plain(&lines), ["カナダの", "技術者で", "す。"]);
    }

    #[test]
    fn wrap_cuts_overlong_words() {
        let lines = wrap(&Line::from("abcdefghij"), 4, 0);
        assert_eq!(plain(&lines), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn wrap_keeps_the_space_between_words_when_a_line_is_exactly_full() {
        let lines = wrap(&Line::from("ab cd ef"), 5, 0);
        assert_eq!(plain(&lines), ["ab cd", "ef"]);
        let lines = wrap(&Line::from("abcde fg hi"), 5, 0);
        assert_eq!(plain(&lines), ["abcde", "fg hi"]);
    }

    #[test]
    fn wrap_keeps_empty_lines() {
        assert_eq!(wrap(&Line::from(""), 10, 0).len(), 1);
    }
}
