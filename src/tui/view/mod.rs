//! Drawing. `draw` lays out the whole screen; every view is a small struct of borrowed state
//! with `impl Widget for &View`, and what a pane says comes from `content` through the
//! `Context` the state lends for the frame. Nothing here changes the `App`.

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
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::widgets::{
    Block, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget,
};

/// Draw the whole screen from the state.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    if layout::too_small(area) {
        frame.render_widget(&TooSmallView { app }, area);
        return;
    }
    if app.present {
        // Overlays open in presentation mode are drawn over it, not over the normal layout.
        frame.render_widget(&PresentView { app }, area);
        draw_overlay(frame, app, area);
        return;
    }
    let areas = layout::areas(area);
    if app.tree.is_some() {
        frame.render_widget(&TreeView { app }, areas.left);
    } else {
        frame.render_widget(&ListView { app }, areas.left);
    }
    frame.render_widget(&HeaderView::new(app), areas.header);
    frame.render_widget(&TabsView { app }, areas.tabs);
    frame.render_widget(&PaneView { app }, areas.pane);
    frame.render_widget(&StatusBar { app }, areas.status);
    draw_overlay(frame, app, area);
    if app.overlay.is_none() && app.tree.is_none() && app.focus == crate::tui::state::Focus::Search
    {
        let inner = layout::inset(areas.left);
        let typed =
            crate::tui::text::width(&app.query).min(inner.width.saturating_sub(3) as usize) as u16;
        frame.set_cursor_position(Position::new(inner.x + 2 + typed, inner.y));
    }
}

/// The overlay in front, if any, over the whole screen.
fn draw_overlay(frame: &mut Frame, app: &App, area: Rect) {
    use crate::tui::state::Overlay;
    match app.overlay {
        Some(Overlay::Help) => frame.render_widget(&HelpView { app }, area),
        Some(Overlay::Sources) => frame.render_widget(&SourcesView { app }, area),
        Some(Overlay::Shortlist) => frame.render_widget(&ShortlistView { app }, area),
        Some(Overlay::Compare) => frame.render_widget(&CompareView { app }, area),
        Some(Overlay::Filters) => frame.render_widget(&FiltersView { app }, area),
        Some(Overlay::Confirm) => frame.render_widget(&ConfirmView { app }, area),
        Some(Overlay::Export) => frame.render_widget(&ExportView { app }, area),
        Some(Overlay::Links) => frame.render_widget(&LinksView { app }, area),
        Some(Overlay::Examples) => {
            let view = ExamplesView { app };
            frame.render_widget(&view, area);
            frame.set_cursor_position(view.cursor(area));
        }
        None => {}
    }
}

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
