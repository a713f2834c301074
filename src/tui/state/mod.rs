//! The explorer's state. `App::apply` is the only thing that changes it; drawing reads it.

mod depth;
mod examples;
pub mod export;
mod filters;
mod history;
mod mouse;
mod overlays;
mod pane;
mod reading;
mod search_index;
mod shortlist;
mod tree;

pub use crate::tui::context::COMPARE_MAX;
pub use export::{base64, osc52};
pub use filters::FILTER_ROWS;
pub use history::History;
pub use shortlist::CompareColumns;
pub use tree::TreePane;

use super::action::{Action, Tab};
pub use super::context::FactsTable;
use super::context::Measure;
use super::i18n::Labels;
use super::theme::Theme;
use crate::filter::{Filter, SortKey};
use crate::locale::Lang;
use crate::model::Dataset;
use crate::search::{Highlighter, Results, Searcher};
use crate::shortlist::Shortlist;
use ratatui::layout::Rect;
pub use search_index::LazyIndex;
use std::cell::RefCell;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    List,
    Search,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    /// Data sources and licences.
    Sources,
    Shortlist,
    Compare,
    Filters,
    /// Asking whether to overwrite the export dialog's file.
    Confirm,
    /// The export dialog: format, client, file.
    Export,
    /// The occupations whose codes the pane names.
    Links,
    /// Every example title of the occupation shown, with a filter.
    Examples,
}

pub struct App {
    /// Shared with the thread that parses the deep files after the first frame.
    pub ds: std::sync::Arc<Dataset>,
    /// The deep sections of the selected occupation (see `depth.rs`).
    depth: Option<crate::facts::depth::DepthFacts>,
    /// Where the selected occupation's skills carry, computed with `depth`.
    paths: Option<crate::facts::paths::PathsFacts>,
    /// The major group whose deep files a thread was last asked to parse (see `depth.rs`).
    deep_parsing: Option<String>,
    /// The figures of every unit group, in `ds.units` order, computed when asked for (see
    /// `FactsTable`); shared with the thread that fills it after the first frame.
    pub facts: std::sync::Arc<FactsTable>,
    /// Built by a thread after the first frame (see `LazyIndex`), with its typo vocabulary.
    pub index: std::sync::Arc<LazyIndex>,
    searcher: Searcher,
    /// Scratch space for highlighting the rows being drawn (matching needs a `&mut Matcher`;
    /// it holds no state that drawing could change).
    highlighter: RefCell<Highlighter>,
    pub lang: Lang,
    /// The keys in force: the defaults, perhaps patched by the user's `keymap.ron`.
    pub keymap: super::keymap::Keymap,
    pub labels: &'static Labels,
    pub theme: Theme,
    pub query: String,
    pub results: Results,
    /// Row of the list that is selected.
    pub selected: usize,
    /// First row of the list on screen.
    pub list_offset: usize,
    pub tab: Tab,
    /// First line of the pane on screen.
    pub scroll: u16,
    pub focus: Focus,
    pub overlay: Option<Overlay>,
    /// The terminal size the state was last laid out for.
    pub size: Rect,
    pub quit: bool,
    // the tools over the list
    pub shortlist: Shortlist,
    /// A shortlist save waits for another explorer's lock: retried while the app is idle.
    pub save_pending: bool,
    /// A one-off message for the status bar (cleared by the next key).
    pub message: Option<String>,
    pub filter: Filter,
    pub sort: SortKey,
    /// The list's rows: a position in `ds.units` and, while searching, the index of its hit.
    pub(super) rows: Vec<(usize, Option<usize>)>,
    pub tree: Option<TreePane>,
    pub present: bool,
    /// Cursor of the shortlist overlay or the filter panel.
    pub cursor: usize,
    pub overlay_scroll: u16,
    pub compare: CompareColumns,
    pub history: History,
    /// Occupations the filter hides because our files lack the figure it tests.
    pub hidden_for_lack: Vec<(crate::filter::LackedFigure, usize)>,
    /// The export dialog's choices, kept while it or the overwrite question is open.
    pub export_dialog: Option<export::ExportDialog>,
    /// Where `e` proposes to write (the documents directory, else the current one).
    pub export_dir: std::path::PathBuf,
    /// An OSC 52 sequence the event loop writes to the terminal, then clears.
    pub clipboard: Option<String>,
    /// The words typed in the example titles overlay.
    pub examples_filter: String,
    /// The order of where the skills carry (Outlook pane).
    pub paths_sort: crate::facts::paths::PathSort,
    /// The AI pane folds away the tasks of weakly linked US occupations.
    pub fold_weak: bool,
    /// The Education pane shows the NOC sentence under each stage of the path.
    pub path_sentences: bool,
    /// How tall content is, asked without naming it (see `context::Measure`).
    measure: &'static Measure,
}

impl App {
    /// An app over `ds`; `measure` is how it measures content (`content::MEASURE`).
    pub fn new(
        ds: Dataset,
        lang: Lang,
        theme: Theme,
        size: Rect,
        measure: &'static Measure,
    ) -> App {
        let rows = (0..ds.units.len()).map(|i| (i, None)).collect();
        let ds = std::sync::Arc::new(ds);
        let index = std::sync::Arc::new(LazyIndex::new(std::sync::Arc::clone(&ds)));
        App {
            facts: std::sync::Arc::new(FactsTable::new(std::sync::Arc::clone(&ds))),
            ds,
            depth: None,
            deep_parsing: None,
            paths: None,
            index,
            searcher: Searcher::for_language(lang),
            highlighter: RefCell::new(Highlighter::new()),
            lang,
            keymap: super::keymap::Keymap::defaults().clone(),
            labels: Labels::for_lang(lang),
            theme,
            query: String::new(),
            results: Results::default(),
            selected: 0,
            list_offset: 0,
            tab: Tab::Overview,
            scroll: 0,
            focus: Focus::List,
            overlay: None,
            size,
            quit: false,
            shortlist: Shortlist::in_memory(),
            save_pending: false,
            message: None,
            filter: Filter::default(),
            sort: SortKey::default(),
            rows,
            tree: None,
            present: false,
            cursor: 0,
            overlay_scroll: 0,
            compare: CompareColumns::default(),
            history: History::default(),
            hidden_for_lack: Vec::new(),
            export_dialog: None,
            export_dir: std::path::PathBuf::from("."),
            clipboard: None,
            examples_filter: String::new(),
            paths_sort: Default::default(),
            fold_weak: false,
            path_sentences: false,
            measure,
        }
    }

    /// Use the keys and colours of `config`; a problem with the user's files goes on the
    /// status line (after any message already there).
    pub fn with_config(mut self, config: super::config::Config) -> App {
        self.keymap = config.keymap;
        self.theme = config.theme;
        let problems = config
            .problems
            .iter()
            .map(|e| format!("{e} ({})", self.labels.config_defaults_used));
        let message: Vec<String> = self.message.take().into_iter().chain(problems).collect();
        if !message.is_empty() {
            self.message = Some(message.join(" · "));
        }
        self
    }

    // ----- changing --------------------------------------------------------------------

    /// Apply one action. The only way state changes.
    pub fn apply(&mut self, action: Action) {
        self.apply_action(action);
        if self.focus != Focus::Search {
            self.sync_depth_soon();
        }
        // The full figures of occupations no longer shown (once the thread that fills what
        // the filters read has let go of the table): a frame computes again any it asks for.
        if let Some(facts) = std::sync::Arc::get_mut(&mut self.facts) {
            facts.trim(super::context::FACTS_KEPT);
        }
    }

    fn apply_action(&mut self, action: Action) {
        if !matches!(action, Action::Resize(..)) {
            self.message = None;
        }
        if self.apply_navigation(action) || self.apply_overlay(action) {
            return;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::FocusSearch => self.start_search(),
            Action::AcceptSearch => self.focus = Focus::List,
            Action::ClearSearch => {
                self.remember_search(false);
                self.clear_search()
            }
            Action::Insert(c) => {
                let mut query = self.query.clone();
                query.push(c);
                if crate::query_limits::within(&query) {
                    self.query = query;
                    self.run_search();
                } else {
                    self.message = Some(crate::query_limits::message());
                }
            }
            Action::Backspace => {
                self.query.pop();
                self.run_search();
            }
            Action::Down => self.select(self.selected.saturating_add(1)),
            Action::Up => self.select(self.selected.saturating_sub(1)),
            Action::Top => self.select(0),
            Action::Bottom => self.select(usize::MAX),
            Action::PageDown => self.select(self.selected.saturating_add(self.page())),
            Action::PageUp => self.select(self.selected.saturating_sub(self.page())),
            Action::NextTab => self.set_tab(self.tab.next()),
            Action::PrevTab => self.set_tab(self.tab.prev()),
            Action::GoToTab(tab) => self.set_tab(tab),
            Action::ScrollDown | Action::ScrollUp | Action::HalfPageDown | Action::HalfPageUp
                if self.overlay == Some(Overlay::Sources) =>
            {
                self.scroll_sources(action)
            }
            Action::ScrollDown => self.scroll_by(1),
            Action::ScrollUp => self.scroll_by(-1),
            Action::HalfPageDown => self.scroll_by(self.half_page()),
            Action::HalfPageUp => self.scroll_by(-self.half_page()),
            Action::ToggleHelp => {
                self.overlay = match self.overlay {
                    Some(Overlay::Help) => None,
                    _ => Some(Overlay::Help),
                }
            }
            Action::CloseHelp => self.overlay = None,
            Action::Resize(w, h) => {
                self.size = Rect::new(0, 0, w, h);
                self.keep_selection_visible();
                self.scroll = self.scroll.min(self.max_scroll());
            }
            Action::Click(x, y) => self.click(x, y),
            Action::Wheel(x, y, delta) => self.wheel(x, y, delta),
            Action::ToggleSources => {
                self.overlay_scroll = 0;
                self.overlay = match self.overlay {
                    Some(_) => None,
                    None => Some(Overlay::Sources),
                }
            }
            _ => {}
        }
    }

    fn scroll_sources(&mut self, action: Action) {
        let half = (self.size.height / 2).max(1) as i32;
        let delta = match action {
            Action::ScrollDown => 1,
            Action::ScrollUp => -1,
            Action::HalfPageDown => half,
            _ => -half,
        };
        let lines = (self.measure.sources_lines)(&self.context(), self.size);
        let height = super::layout::sources_text(self.size).height as usize;
        let max = lines.saturating_sub(height).min(u16::MAX as usize) as i32;
        self.overlay_scroll = (self.overlay_scroll as i32 + delta).clamp(0, max) as u16;
    }

    /// Pasted text: one edit of the search line and one search (see
    /// [`crate::query_limits::append_paste`]). Text is a payload, so it comes here rather than
    /// through the `Copy` [`Action`].
    pub fn paste(&mut self, text: &str) {
        if self.overlay == Some(Overlay::Export) {
            self.paste_into_dialog(text);
            return;
        }
        if self.overlay.is_some() || self.tree.is_some() {
            return;
        }
        self.focus = Focus::Search;
        let (query, clipped) = crate::query_limits::append_paste(&self.query, text);
        self.message = clipped.then(crate::query_limits::message);
        if query != self.query {
            self.query = query;
            self.run_search();
        }
    }

    pub(super) fn run_search(&mut self) {
        self.results = self.searcher.search(&self.index, &self.query);
        if self.results.unsearchable {
            self.message = Some(self.labels.reliability.query_unsearchable.to_string());
        }
        self.refresh_rows();
        self.selected = 0;
        self.list_offset = 0;
        self.scroll = 0;
    }

    /// Clear the filter, keeping the selected occupation selected in the full list.
    /// `/`: from the list a new search starts empty, as in fzf-style finders and vim (typing
    /// after an earlier query made "electriciansoftware developer"); the earlier query and
    /// filters stay one `u` away.
    fn start_search(&mut self) {
        if self.focus != Focus::Search && !self.query.is_empty() {
            let last = self.query.clone();
            self.remember_search(false);
            self.clear_search();
            let said = crate::i18n::fill(self.labels.first_steps.new_search, &[("query", &last)]);
            self.message = Some(said);
        }
        self.focus = Focus::Search;
    }

    pub(super) fn clear_search(&mut self) {
        let unit = self.row_unit(self.selected);
        self.query.clear();
        self.results = self.searcher.search(&self.index, "");
        self.refresh_rows();
        self.focus = Focus::List;
        if let Some(unit) = unit {
            self.select_unit(unit);
        } else {
            self.list_offset = 0;
            self.selected = 0;
        }
    }

    /// Select an occupation (a position in `ds.units`) if the list shows it, roughly
    /// centred. Returns whether it was found.
    pub(super) fn select_unit(&mut self, unit: usize) -> bool {
        let Some(row) = self.rows.iter().position(|r| r.0 == unit) else {
            return false;
        };
        self.list_offset = 0;
        self.selected = 0;
        self.select(row);
        let half = self.list_rows_area().height as usize / 2;
        self.list_offset = row.saturating_sub(half);
        self.keep_selection_visible();
        true
    }

    pub(super) fn select(&mut self, row: usize) {
        let last = self.row_count().saturating_sub(1);
        let row = row.min(last);
        if row != self.selected {
            self.scroll = 0;
        }
        self.selected = row;
        self.keep_selection_visible();
    }

    pub(super) fn set_tab(&mut self, tab: Tab) {
        if tab != self.tab {
            self.scroll = 0;
        }
        self.tab = tab;
    }

    fn page(&self) -> usize {
        (self.list_rows_area().height as usize).max(1)
    }

    pub(super) fn keep_selection_visible(&mut self) {
        let height = self.list_rows_area().height as usize;
        let count = self.row_count();
        if count == 0 {
            self.list_offset = 0;
            return;
        }
        if self.selected < self.list_offset {
            self.list_offset = self.selected;
            return;
        }
        // The earliest first row that still shows the selected row whole.
        let mut used = self.row_height(self.selected);
        let mut first = self.selected;
        while first > self.list_offset && used + self.row_height(first - 1) <= height {
            first -= 1;
            used += self.row_height(first);
        }
        if first > self.list_offset {
            self.list_offset = first;
        }
    }
}
