//! Drawing. Every view is a small struct of borrowed state with `impl Widget for &View`;
//! nothing here changes the `App`.

mod compare;
mod examples;
mod export;
mod header;
mod help;
mod list;
mod overlays;
mod present;
mod sources;
mod statusbar;
mod tabs;
mod too_small;

pub use compare::CompareView;
pub use examples::ExamplesView;
pub use export::ExportView;
pub use header::{HeaderView, score_gauge as header_score_gauge};
pub use help::HelpView;
pub use list::ListView;
pub use overlays::{ConfirmView, FiltersView, LinksView, ShortlistView, TreeView};
pub use present::PresentView;
pub use sources::SourcesView;
pub use statusbar::StatusBar;
pub use tabs::TabsView;
pub use too_small::TooSmallView;

use super::content::{self, Doc};
use super::layout;
use super::state::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{
    Block, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget,
};

/// The bordered pane of the current tab, scrolled to `app.scroll`.
pub struct PaneView<'a> {
    pub app: &'a App,
}

impl Widget for &PaneView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = &app.theme;
        let block = Block::bordered()
            .border_style(theme.border)
            .style(theme.base);
        block.render(area, buf);
        let Some(unit) = app.selected_unit() else {
            return;
        };
        render_doc(
            &content::pane_doc(&app.context(), unit, app.tab),
            app.scroll,
            area,
            buf,
        );
    }
}

/// Draw a document inside a bordered area with a scrollbar when it overflows.
fn render_doc(doc: &Doc, scroll: u16, area: Rect, buf: &mut Buffer) {
    let text = layout::pane_text(area);
    render_scrolled(&doc.lines(text.width as usize), scroll, text, area, buf);
}

/// Draw the lines of `lines` from `scroll` into `text`, with a scrollbar on the right edge of
/// `frame` (the bordered area around `text`) when they overflow.
pub(crate) fn render_scrolled(
    lines: &[ratatui::text::Line<'_>],
    scroll: u16,
    text: Rect,
    frame: Rect,
    buf: &mut Buffer,
) {
    let max = lines.len().saturating_sub(text.height as usize);
    let scroll = (scroll as usize).min(max);
    for (i, line) in lines
        .iter()
        .skip(scroll)
        .take(text.height as usize)
        .enumerate()
    {
        buf.set_line(text.x, text.y + i as u16, line, text.width);
    }
    if max > 0 {
        let mut state = ScrollbarState::new(max).position(scroll);
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .render(
                frame.inner(ratatui::layout::Margin {
                    horizontal: 0,
                    vertical: 1,
                }),
                buf,
                &mut state,
            );
    }
}
