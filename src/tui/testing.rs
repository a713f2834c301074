//! A harness for driving the explorer without a terminal: it feeds key events through the
//! same path as the real loop and renders into ratatui's `TestBackend`.

use super::event::handle_event;
use super::state::App;
use super::theme::Theme;
use crate::locale::Lang;
use crate::model::Dataset;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

pub struct Harness {
    pub app: App,
    pub terminal: Terminal<TestBackend>,
}

impl Harness {
    /// An app over `ds` at `width` x `height` with the dark theme.
    pub fn new(ds: Dataset, lang: Lang, width: u16, height: u16) -> Harness {
        let app = App::new(
            ds,
            lang,
            Theme::dark(),
            Rect::new(0, 0, width, height),
            &super::content::MEASURE,
        );
        Harness::from_app(app, width, height)
    }

    /// A harness around `app`, with a test terminal of `width` x `height`.
    pub fn from_app(mut app: App, width: u16, height: u16) -> Harness {
        // The real loop computes the first occupation's deep sections right after the first frame.
        app.sync_depth();
        let terminal =
            Terminal::new(TestBackend::new(width, height)).expect("a test terminal never fails");
        Harness { app, terminal }
    }

    /// An app over the embedded dataset.
    pub fn embedded(lang: Lang, width: u16, height: u16) -> Harness {
        let ds = crate::data::load_embedded().expect("the embedded dataset is valid");
        Harness::new(ds, lang, width, height)
    }

    /// An app over the embedded dataset whose shortlist lives in `file`, loaded the way
    /// `tui::run` loads it.
    pub fn with_shortlist_file(file: &std::path::Path, width: u16, height: u16) -> Harness {
        let ds = crate::data::load_embedded().expect("the embedded dataset is valid");
        let app = App::new(
            ds,
            Lang::En,
            Theme::dark(),
            Rect::new(0, 0, width, height),
            &super::content::MEASURE,
        );
        Harness::from_app(
            super::open_shortlist(app, Some(file.to_path_buf())),
            width,
            height,
        )
    }

    /// A key, then what the real loop does when the keys pause outside the search line:
    /// the selected occupation's deep sections (a move to a major group not parsed yet
    /// leaves them to a thread and the loop).
    pub fn key(&mut self, code: KeyCode, mods: KeyModifiers) -> &mut Self {
        handle_event(&mut self.app, &Event::Key(KeyEvent::new(code, mods)));
        if self.app.focus != super::state::Focus::Search {
            self.app.sync_depth();
        }
        self
    }

    pub fn press(&mut self, c: char) -> &mut Self {
        let mods = if c.is_uppercase() {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        self.key(KeyCode::Char(c), mods)
    }

    /// Press each character of `keys` in turn.
    pub fn type_str(&mut self, keys: &str) -> &mut Self {
        for c in keys.chars() {
            self.press(c);
        }
        self
    }

    pub fn event(&mut self, event: Event) -> &mut Self {
        if let Event::Resize(w, h) = event {
            self.terminal.backend_mut().resize(w, h);
        }
        handle_event(&mut self.app, &event);
        self
    }

    /// Select an occupation by searching its code, then return to the list.
    pub fn select_code(&mut self, code: &str) -> &mut Self {
        self.press('/')
            .type_str(code)
            .key(KeyCode::Enter, KeyModifiers::NONE)
    }

    /// Mark each of `codes` for the shortlist (search, Space, clear the search).
    pub fn mark(&mut self, codes: &[&str]) -> &mut Self {
        for code in codes {
            self.select_code(code)
                .press(' ')
                .key(KeyCode::Esc, KeyModifiers::NONE);
        }
        self
    }

    /// Choose a province in the filter panel by its English name (the panel's last row
    /// cycles through them), then close the panel.
    pub fn choose_province(&mut self, name: &str) -> &mut Self {
        self.press('f').type_str("jjjjjjj");
        for _ in 0..20 {
            if self.app.filter.province.as_deref() == Some(name) {
                break;
            }
            self.press(' ');
        }
        assert_eq!(self.app.filter.province.as_deref(), Some(name));
        self.key(KeyCode::Esc, KeyModifiers::NONE)
    }

    /// The code of the occupation shown.
    pub fn shown(&self) -> String {
        self.app
            .selected_unit()
            .map(|u| u.code.clone())
            .unwrap_or_default()
    }

    pub fn render(&mut self) -> &Buffer {
        let app = &self.app;
        self.terminal
            .draw(|f| super::view::draw(f, app))
            .expect("drawing to a test terminal never fails");
        self.terminal.backend().buffer()
    }

    /// The pane of the current tab alone, drawn at its size on screen: a pane snapshot does
    /// not change when the list or the header does.
    pub fn pane(&self) -> String {
        let pane = self.app.areas().pane;
        let mut buf = Buffer::empty(Rect::new(0, 0, pane.width, pane.height));
        let view = super::view::PaneView { app: &self.app };
        ratatui::widgets::Widget::render(&view, buf.area, &mut buf);
        buffer_text(&buf)
    }

    /// Every line of a pane of the selected occupation (not only what fits on screen),
    /// wrapped at `width`, one line of text per line of the document.
    pub fn document(&self, tab: super::action::Tab, width: usize) -> String {
        let unit = self.app.selected_unit().expect("an occupation is shown");
        let lines = super::content::pane_doc(&self.app.context(), unit, tab).lines(width);
        lines.iter().map(|l| format!("{l}\n")).collect()
    }

    /// The screen as text, one line per row (wide characters once, not with their filler).
    pub fn screen(&mut self) -> String {
        buffer_text(self.render())
    }
}

/// The rows of `area` with their styles: each row's text, then each run of cells sharing a
/// style as `col..col fg bg modifiers` (default styles left out), so a snapshot catches a
/// lost highlight or a selection drawn in the wrong colour, which text alone would miss.
pub fn styled_rows(buf: &Buffer, area: Rect) -> String {
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut text = String::new();
        let mut runs: Vec<(u16, u16, String)> = Vec::new();
        for x in area.left()..area.right() {
            let cell = &buf[(x, y)];
            text.push_str(cell.symbol());
            let style = describe_style(cell.fg, cell.bg, cell.modifier);
            match runs.last_mut() {
                Some((_, end, s)) if *s == style => *end = x,
                _ => runs.push((x, x, style)),
            }
        }
        out.push_str(text.trim_end());
        out.push('\n');
        for (start, end, style) in runs.into_iter().filter(|(_, _, s)| !s.is_empty()) {
            out.push_str(&format!("    {start}..{end} {style}\n"));
        }
    }
    out
}

fn describe_style(
    fg: ratatui::style::Color,
    bg: ratatui::style::Color,
    modifier: ratatui::style::Modifier,
) -> String {
    use ratatui::style::{Color, Modifier};
    let mut parts = Vec::new();
    if fg != Color::Reset {
        parts.push(format!("fg={fg}"));
    }
    if bg != Color::Reset {
        parts.push(format!("bg={bg}"));
    }
    if modifier != Modifier::empty() {
        parts.push(format!("{modifier:?}"));
    }
    parts.join(" ")
}

pub fn buffer_text(buf: &Buffer) -> String {
    let mut out = String::new();
    for y in buf.area.top()..buf.area.bottom() {
        let mut skip = 0;
        for x in buf.area.left()..buf.area.right() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            out.push_str(symbol);
            skip = symbol.width().saturating_sub(1);
        }
        out.push('\n');
    }
    out
}
