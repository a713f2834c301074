//! Where everything goes, as pure functions of the terminal size. Drawing and mouse
//! hit-testing both use these, so a click always lands on what was drawn.

use super::action::Tab;
use super::i18n::Labels;
use super::text::width;
use ratatui::layout::Rect;

/// Below this size the explorer shows a short message instead of its screen.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// Rows of the header's inside (titles, TEER line).
const HEADER_ROWS: u16 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    /// The occupation list's block (search line, count, rows).
    pub left: Rect,
    pub header: Rect,
    pub tabs: Rect,
    pub pane: Rect,
    pub status: Rect,
}

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

pub fn areas(area: Rect) -> Areas {
    let status = Rect::new(
        area.x,
        area.bottom().saturating_sub(1),
        area.width,
        1.min(area.height),
    );
    let body_h = area.height.saturating_sub(1);
    let left_w = (area.width * 3 / 8).clamp(28.min(area.width), 56);
    let left = Rect::new(area.x, area.y, left_w, body_h);
    let right_x = area.x + left_w;
    let right_w = area.width - left_w;
    let header_h = (HEADER_ROWS + 2).min(body_h);
    let header = Rect::new(right_x, area.y, right_w, header_h);
    let tabs = Rect::new(
        right_x,
        area.y + header_h,
        right_w,
        1.min(body_h - header_h),
    );
    let pane_y = tabs.bottom();
    let pane = Rect::new(right_x, pane_y, right_w, area.y + body_h - pane_y);
    Areas {
        left,
        header,
        tabs,
        pane,
        status,
    }
}

/// The inside of the list block: search line, count line, optional "showing results for"
/// line, then the rows.
pub fn list_rows(left: Rect, corrected: bool) -> Rect {
    let inner = inset(left);
    let top = 2 + u16::from(corrected);
    Rect::new(
        inner.x,
        inner.y + top.min(inner.height),
        inner.width,
        inner.height.saturating_sub(top),
    )
}

/// Presentation mode: rows of the captions under the large figures.
pub const CAPTION_ROWS: u16 = 2;

/// Presentation mode: rows of the large type. Its 8x8 glyphs take a quarter of a cell per
/// pixel (4 rows), or on a large screen half a cell (8 rows), for the back of the room.
pub fn big_rows(area: Rect) -> u16 {
    if area.height >= 40 && area.width >= 120 {
        8
    } else {
        4
    }
}

/// Presentation mode: the first row of the text under the large figures (after the
/// shortlist position, the figures, their captions and a blank row).
pub fn present_body(area: Rect) -> u16 {
    area.y + 1 + big_rows(area) + CAPTION_ROWS + 1
}

/// Presentation mode: the tab bar and the pane under `body_rows` rows of text, when at least
/// three rows of the pane fit above the status bar.
pub fn present_pane(area: Rect, body_rows: usize) -> Option<(Rect, Rect)> {
    let y = present_body(area) as usize + body_rows + 1;
    let bottom = area.bottom().saturating_sub(1) as usize;
    if y + 4 > bottom {
        return None;
    }
    let y = y as u16;
    let tabs = Rect::new(area.x, y, area.width, 1);
    let pane = Rect::new(area.x, y + 1, area.width, bottom as u16 - y - 1);
    Some((tabs, pane))
}

/// The box of the example titles overlay: as tall as the screen allows, at most 80 wide.
pub fn examples_popup(area: Rect) -> Rect {
    centred(
        area,
        area.width.saturating_sub(2).min(80),
        area.height.saturating_sub(2),
    )
}

/// A `w` x `h` rectangle centred in `area` (no larger than it).
fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let (w, h) = (w.min(area.width), h.min(area.height));
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// The titles' rows in that box: under the filter line, above the `notes` lines saying
/// where the titles come from.
pub fn examples_rows(area: Rect, notes: u16) -> Rect {
    let inner = inset(examples_popup(area));
    Rect::new(
        inner.x + 1.min(inner.width),
        inner.y + 1.min(inner.height),
        inner.width.saturating_sub(2),
        inner.height.saturating_sub(1 + notes),
    )
}

/// The inside of a bordered block.
pub fn inset(r: Rect) -> Rect {
    Rect::new(
        r.x + 1.min(r.width),
        r.y + 1.min(r.height),
        r.width.saturating_sub(2),
        r.height.saturating_sub(2),
    )
}

/// The text area of the pane: inside the border, one column of padding on each side.
pub fn pane_text(pane: Rect) -> Rect {
    let inner = inset(pane);
    Rect::new(
        inner.x + 1,
        inner.y,
        inner.width.saturating_sub(2),
        inner.height,
    )
}

/// One tab's label and where it starts, relative to the tab row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TabCell {
    pub tab: Tab,
    pub x: u16,
    pub text: String,
}

/// Lay out the tab row in `width` cells, from the most to the least verbose form that fits:
/// "1 Overview", "Overview", short names with the active tab in full, short names, then
/// numbers with the active tab's short name.
pub fn tab_cells(l: &Labels, active: Tab, width: u16) -> Vec<TabCell> {
    // From the widest form to the narrowest; the short names without their padding come
    // before numbers, so 80 columns still read "Overview│AI│Salary│Educ.│…".
    type Form<'a> = &'a dyn Fn(Tab, usize) -> String;
    let forms: [(Form, &str); 6] = [
        (&|_, i| format!("{} {}", i + 1, l.tabs[i]), " "),
        (&|_, i| l.tabs[i].to_string(), " "),
        (
            &|t, i| {
                if t == active {
                    l.tabs[i]
                } else {
                    l.tabs_short[i]
                }
                .to_string()
            },
            " ",
        ),
        (&|_, i| l.tabs_short[i].to_string(), " "),
        (&|_, i| l.tabs_short[i].to_string(), ""),
        (
            &|t, i| {
                if t == active {
                    l.tabs_short[i].to_string()
                } else {
                    (i + 1).to_string()
                }
            },
            " ",
        ),
    ];
    let mut last = Vec::new();
    for (form, pad) in forms {
        let mut x = 0usize;
        let mut cells = Vec::new();
        for (i, &tab) in Tab::ALL.iter().enumerate() {
            let text = format!("{pad}{}{pad}", form(tab, i));
            cells.push(TabCell {
                tab,
                x: x as u16,
                text: text.clone(),
            });
            x += super::text::width(&text) + 1; // one cell of separator
        }
        if x.saturating_sub(1) <= width as usize {
            return cells;
        }
        last = cells;
    }
    last
}

/// Which tab a column of the tab row falls on.
pub fn tab_at(cells: &[TabCell], column: u16) -> Option<Tab> {
    cells
        .iter()
        .find(|c| column >= c.x && column < c.x + width(&c.text) as u16)
        .map(|c| c.tab)
}

/// The sources overlay's rectangle within the screen.
pub fn sources_rect(area: Rect) -> Rect {
    centred(
        area,
        area.width.saturating_sub(4).min(100),
        area.height.saturating_sub(2),
    )
}

/// The sources overlay's text inside the border (one cell of padding each side).
pub fn sources_text(area: Rect) -> Rect {
    let r = sources_rect(area);
    Rect::new(
        r.x + 2,
        r.y + 1,
        r.width.saturating_sub(4),
        r.height.saturating_sub(2),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::i18n::{EN, JA};

    #[test]
    fn the_screen_is_tiled_without_gaps() {
        for (w, h) in [(60, 16), (80, 24), (100, 30), (160, 48)] {
            let a = areas(Rect::new(0, 0, w, h));
            assert_eq!(a.left.width + a.header.width, w);
            assert_eq!(a.header.height + a.tabs.height + a.pane.height, h - 1);
            assert_eq!(a.left.height, h - 1);
            assert_eq!(a.status.y, h - 1);
        }
    }

    #[test]
    fn tabs_fit_their_row() {
        for l in [&EN, &JA] {
            for w in [32u16, 48, 60, 100] {
                let cells = tab_cells(l, Tab::Salary, w);
                let last = cells.last().expect("cells");
                assert!(last.x as usize + width(&last.text) <= w as usize, "{w}");
                assert_eq!(tab_at(&cells, last.x), Some(Tab::Outlook));
            }
        }
    }
}
