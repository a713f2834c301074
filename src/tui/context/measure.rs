//! How state asks content how tall it is, without naming content: the few functions state
//! needs to clamp scrolling and find the codes a pane names, handed to `App::new` by whoever
//! builds the app (`tui::run`, the test harness: `content::MEASURE`). Each is a pure function
//! of a `Context`, so the heights are those the view draws.

use super::Context;
use crate::model::UnitGroup;
use crate::tui::action::Tab;
use ratatui::layout::Rect;
use ratatui::text::Line;

pub struct Measure {
    /// Every line of the pane of `tab` for `unit`, wrapped at a text width.
    pub pane_lines: fn(&Context, &UnitGroup, Tab, usize) -> Vec<Line<'static>>,
    /// How many rows the presentation's summary of `unit` takes at a text width.
    pub present_rows: fn(&Context, &UnitGroup, usize) -> usize,
    /// How many lines the sources overlay has at a screen size.
    pub sources_lines: fn(&Context, Rect) -> usize,
    /// How many lines the example titles overlay has at a text width.
    pub examples_lines: fn(&Context, usize) -> usize,
    /// How far the help overlay scrolls on a screen of a size.
    pub help_max_scroll: fn(&Context, Rect) -> usize,
    /// Compare's table at a text width, from a first column, perhaps without identical rows.
    pub compare: fn(&Context, usize, usize, bool) -> CompareSize,
}

/// How big compare's table is: what scrolling and shifting columns need of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CompareSize {
    pub header: usize,
    pub body: usize,
    /// The first occupation shown, and how many are shown of how many compared.
    pub first: usize,
    pub shown: usize,
    pub total: usize,
}
