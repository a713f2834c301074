//! Drawing. Every view is a small struct of borrowed state with `impl Widget for &View`;
//! nothing here changes the `App`.

mod ai_impact;
mod compare;
mod doc;
mod education;
mod header;
mod help;
mod immigration;
mod licensing;
mod list;
mod outlook;
mod overlays;
mod overview;
mod present;
mod salary;
mod sources;
mod statusbar;
mod tabs;
mod too_small;

pub use ai_impact::AiImpactPane;
pub use compare::CompareView;
pub use doc::{Bar, Doc};
pub use education::EducationPane;
pub use header::{HeaderView, score_gauge as header_score_gauge};
pub use help::HelpView;
pub use immigration::ImmigrationPane;
pub use licensing::LicensingPane;
pub use list::ListView;
pub use outlook::OutlookPane;
pub use overlays::{ConfirmView, FiltersView, ShortlistView, TreeView};
pub use overview::OverviewPane;
pub use present::PresentView;
pub use salary::SalaryPane;
pub use sources::SourcesView;
pub use statusbar::StatusBar;
pub use tabs::TabsView;
pub use too_small::TooSmallView;

use super::action::Tab;
use super::layout;
use super::state::App;
use crate::model::UnitGroup;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{
    Block, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget,
};

/// The content of a tab for an occupation, before wrapping.
pub fn pane_doc(app: &App, unit: &UnitGroup, tab: Tab) -> Doc {
    match tab {
        Tab::Overview => OverviewPane { app, unit }.doc(),
        Tab::AiImpact => AiImpactPane { app, unit }.doc(),
        Tab::Salary => SalaryPane { app, unit }.doc(),
        Tab::Education => EducationPane { app, unit }.doc(),
        Tab::Licensing => LicensingPane { app, unit }.doc(),
        Tab::Immigration => ImmigrationPane { app, unit }.doc(),
        Tab::Outlook => OutlookPane { app, unit }.doc(),
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
        render_doc(&pane_doc(app, unit, app.tab), app.scroll, area, buf);
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

/// Implement `Widget` for a pane struct that has `fn doc(&self) -> Doc` and an `app` field.
macro_rules! pane_widget {
    ($pane:ident) => {
        impl ratatui::widgets::Widget for &$pane<'_> {
            fn render(self, area: ratatui::layout::Rect, buf: &mut ratatui::buffer::Buffer) {
                let block = ratatui::widgets::Block::bordered()
                    .border_style(self.app.theme.border)
                    .style(self.app.theme.base);
                ratatui::widgets::Widget::render(block, area, buf);
                super::render_doc(&self.doc(), self.app.scroll, area, buf);
            }
        }
    };
}
pub(crate) use pane_widget;

/// A line of `label: value` where both are plain strings.
pub fn label_value(label: &str, value: &str, app: &App) -> Line<'static> {
    Line::from(vec![
        ratatui::text::Span::styled(format!("{label} "), app.theme.muted),
        ratatui::text::Span::styled(value.to_string(), app.theme.base),
    ])
}

/// Whole dollars in the interface language (see `crate::locale`).
pub fn money(app: &App, amount: u32) -> String {
    crate::locale::money(app.lang, amount)
}

/// A count in the interface language; negative numbers keep their sign.
pub fn number(app: &App, n: i64) -> String {
    crate::locale::number(app.lang, n)
}

/// An hourly wage in the interface language: "$23.50" or "23,50 $".
pub fn hourly(app: &App, amount: f64) -> String {
    crate::locale::cents(app.lang, amount)
}

/// "Source: publisher, dataset (vintage)".
pub fn source_line(app: &App, s: &crate::facts::SourceRef) -> String {
    format!(
        "{} {}, {} ({})",
        app.labels.source_prefix, s.publisher, s.dataset, s.vintage
    )
}
