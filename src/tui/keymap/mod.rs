//! The one key table. It dispatches key presses to actions and feeds both the help overlay
//! and the status bar, so help can never drift from what the keys do.
//!
//! Which actions each screen has, and what help says about them, is code (`ROWS`); which
//! keys trigger them is data: `assets/keymap.ron`, patched by the user's own `keymap.ron`.

mod file;
pub mod keys;

use super::action::{Action, Tab};
use super::i18n::Labels;
use keys::Key;
pub use keys::name as key_name;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::sync::OnceLock;

/// Where a binding applies. `Global` bindings apply under every other context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    List,
    Search,
    Help,
    Shortlist,
    Compare,
    Filters,
    Tree,
    Present,
    Confirm,
    Export,
    Links,
    Examples,
}

impl Context {
    /// Every context, in the order help shows them.
    pub const ALL: [Context; 13] = [
        List, Search, Help, Shortlist, Compare, Filters, Tree, Present, Export, Confirm, Links,
        Examples, Global,
    ];

    /// The screen's name in `keymap.ron`.
    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::List => "list",
            Context::Search => "search",
            Context::Help => "help",
            Context::Shortlist => "shortlist",
            Context::Compare => "compare",
            Context::Filters => "filters",
            Context::Tree => "tree",
            Context::Present => "present",
            Context::Confirm => "confirm",
            Context::Export => "export",
            Context::Links => "links",
            Context::Examples => "examples",
        }
    }

    pub fn label(self, l: &Labels) -> &'static str {
        match self {
            Context::Global => l.ctx_global,
            Context::List => l.ctx_list,
            Context::Search => l.ctx_search,
            Context::Help => l.ctx_help,
            Context::Shortlist => l.tools.ctx_shortlist,
            Context::Compare => l.tools.ctx_compare,
            Context::Filters => l.tools.ctx_filters,
            Context::Tree => l.tools.ctx_tree,
            Context::Present => l.tools.ctx_present,
            Context::Confirm => l.tools.ctx_confirm,
            Context::Export => l.tools.ctx_export,
            Context::Links => l.tools.ctx_links,
            Context::Examples => l.tools.ctx_examples,
        }
    }
}

type Text = fn(&Labels) -> &'static str;

/// One action of one screen: its name in `keymap.ron` and what help says about it.
#[derive(Debug, Clone, Copy)]
pub struct Row {
    pub ctx: Context,
    pub name: &'static str,
    pub action: Action,
    /// What the help overlay says.
    pub help: Text,
    /// What the status bar says, for the actions that matter most (shown with their first key).
    pub status: Option<Text>,
}

const fn row(
    ctx: Context,
    name: &'static str,
    action: Action,
    help: Text,
    status: Option<Text>,
) -> Row {
    Row {
        ctx,
        name,
        action,
        help,
        status,
    }
}

use Context::{
    Compare, Confirm, Examples, Export, Filters, Global, Help, Links, List, Present, Search,
    Shortlist, Tree,
};
use KeyCode::Char;

/// Every action of every screen, in the order help shows them.
#[rustfmt::skip]
pub static ROWS: &[Row] = &[
    row(List, "search", Action::FocusSearch, |l| l.h_search, Some(|l| l.s_search)),
    row(List, "clear-search", Action::ClearSearch, |l| l.h_clear, None),
    row(List, "down", Action::Down, |l| l.h_down, Some(|l| l.s_move)),
    row(List, "up", Action::Up, |l| l.h_up, Some(|l| l.s_move)),
    row(List, "top", Action::Top, |l| l.h_top, None),
    row(List, "bottom", Action::Bottom, |l| l.h_bottom, None),
    row(List, "page-down", Action::PageDown, |l| l.h_page_down, None),
    row(List, "page-up", Action::PageUp, |l| l.h_page_up, None),
    row(List, "next-tab", Action::NextTab, |l| l.h_next_tab, None),
    row(List, "prev-tab", Action::PrevTab, |l| l.h_prev_tab, None),
    row(List, "tab-1", Action::GoToTab(Tab::Overview), |l| l.h_tab, Some(|l| l.s_tabs)),
    row(List, "tab-2", Action::GoToTab(Tab::AiImpact), |l| l.h_tab, Some(|l| l.s_tabs)),
    row(List, "tab-3", Action::GoToTab(Tab::Salary), |l| l.h_tab, Some(|l| l.s_tabs)),
    row(List, "tab-4", Action::GoToTab(Tab::Education), |l| l.h_tab, Some(|l| l.s_tabs)),
    row(List, "tab-5", Action::GoToTab(Tab::Licensing), |l| l.h_tab, Some(|l| l.s_tabs)),
    row(List, "tab-6", Action::GoToTab(Tab::Immigration), |l| l.h_tab, Some(|l| l.s_tabs)),
    row(List, "tab-7", Action::GoToTab(Tab::Outlook), |l| l.h_tab, Some(|l| l.s_tabs)),
    row(List, "scroll-down", Action::ScrollDown, |l| l.h_scroll_down, Some(|l| l.s_scroll)),
    row(List, "scroll-up", Action::ScrollUp, |l| l.h_scroll_up, Some(|l| l.s_scroll)),
    row(List, "half-page-down", Action::HalfPageDown, |l| l.h_half_down, None),
    row(List, "half-page-up", Action::HalfPageUp, |l| l.h_half_up, None),
    row(List, "help", Action::ToggleHelp, |l| l.h_help, Some(|l| l.h_help)),
    row(List, "quit", Action::Quit, |l| l.h_quit, Some(|l| l.h_quit)),
    row(Search, "accept", Action::AcceptSearch, |l| l.h_accept, Some(|l| l.s_accept)),
    row(Search, "clear-search", Action::ClearSearch, |l| l.h_clear, Some(|l| l.s_clear)),
    row(Search, "backspace", Action::Backspace, |l| l.h_backspace, None),
    row(Search, "down", Action::Down, |l| l.h_down, Some(|l| l.s_move)),
    row(Search, "up", Action::Up, |l| l.h_up, Some(|l| l.s_move)),
    row(Search, "page-down", Action::PageDown, |l| l.h_page_down, None),
    row(Search, "page-up", Action::PageUp, |l| l.h_page_up, None),
    row(Help, "close-help", Action::CloseHelp, |l| l.h_close_help, Some(|l| l.h_close_help)),
    row(Global, "help", Action::ToggleHelp, |l| l.h_help, None),
    row(Global, "quit", Action::Quit, |l| l.h_quit, Some(|l| l.h_quit)),
    row(List, "sources", Action::ToggleSources, |l| l.h_sources, Some(|l| l.s_sources)),
    row(Help, "half-page-down", Action::HalfPageDown, |l| l.reviewed.h_screen_half_down, None),
    row(Help, "half-page-up", Action::HalfPageUp, |l| l.reviewed.h_screen_half_up, None),
    row(List, "mark", Action::ToggleMark, |l| l.tools.h_mark, Some(|l| l.tools.s_mark)),
    row(List, "shortlist", Action::ShowShortlist, |l| l.tools.h_shortlist, None),
    row(List, "compare", Action::Compare, |l| l.tools.h_compare, Some(|l| l.tools.s_compare)),
    row(List, "filters", Action::OpenFilters, |l| l.tools.h_filters, Some(|l| l.tools.s_filters)),
    row(List, "sort", Action::CycleSort, |l| l.tools.h_sort, Some(|l| l.tools.s_sort)),
    row(List, "tree", Action::ToggleTree, |l| l.tools.h_tree, None),
    row(List, "export", Action::Export, |l| l.tools.h_export, None),
    row(List, "present", Action::TogglePresent, |l| l.tools.h_present, None),
    row(List, "copy", Action::Copy, |l| l.tools.h_copy, None),
    row(List, "links", Action::ShowLinks, |l| l.tools.h_links, Some(|l| l.tools.s_links)),
    row(List, "paths-order", Action::CyclePathSort, |l| l.paths.h_order, None),
    row(List, "fold-weak", Action::FoldWeakLinks, |l| l.ai_links.h_fold, None),
    row(List, "path-sentences", Action::TogglePathSentences, |l| l.path_in.h_sentences, None),
    row(List, "examples", Action::ShowExamples, |l| l.tools.h_examples, Some(|l| l.tools.s_examples)),
    row(List, "back", Action::Back, |l| l.tools.h_back, None),
    row(List, "forward", Action::Forward, |l| l.tools.h_forward, None),
    row(List, "undo", Action::Undo, |l| l.tools.h_undo, None),
    row(Search, "clear-line", Action::ClearLine, |l| l.tools.h_clear_line, None),
    row(Search, "delete-word", Action::DeleteWord, |l| l.tools.h_delete_word, None),
    row(Links, "down", Action::Down, |l| l.tools.h_move, Some(|l| l.tools.h_move)),
    row(Links, "up", Action::Up, |l| l.tools.h_move, None),
    row(Links, "open", Action::Open, |l| l.tools.h_open, Some(|l| l.tools.h_open)),
    row(Links, "mark", Action::ToggleMark, |l| l.paths.h_mark_link, Some(|l| l.paths.h_mark_link)),
    row(Links, "close", Action::Close, |l| l.tools.h_close, Some(|l| l.tools.s_close)),
    row(Examples, "down", Action::Down, |l| l.tools.h_scroll, Some(|l| l.tools.h_scroll)),
    row(Examples, "up", Action::Up, |l| l.tools.h_scroll, None),
    row(Examples, "page-down", Action::PageDown, |l| l.h_page_down, None),
    row(Examples, "page-up", Action::PageUp, |l| l.h_page_up, None),
    row(Examples, "top", Action::Top, |l| l.tools.h_first_title, None),
    row(Examples, "bottom", Action::Bottom, |l| l.tools.h_last_title, None),
    row(Examples, "backspace", Action::Backspace, |l| l.h_backspace, None),
    row(Examples, "clear-line", Action::ClearLine, |l| l.tools.h_clear_filter, Some(|l| l.tools.h_clear_filter)),
    row(Examples, "close", Action::Close, |l| l.tools.h_close, Some(|l| l.tools.s_close)),
    row(Shortlist, "down", Action::Down, |l| l.tools.h_move, Some(|l| l.tools.h_move)),
    row(Shortlist, "up", Action::Up, |l| l.tools.h_move, None),
    row(Shortlist, "open", Action::Open, |l| l.tools.h_open, Some(|l| l.tools.h_open)),
    row(Shortlist, "remove", Action::ToggleMark, |l| l.tools.h_remove, Some(|l| l.tools.h_remove)),
    row(Shortlist, "compare", Action::Compare, |l| l.tools.h_compare, Some(|l| l.tools.s_compare)),
    row(Shortlist, "export", Action::Export, |l| l.tools.h_export, None),
    row(Shortlist, "present", Action::TogglePresent, |l| l.tools.h_present, Some(|l| l.tools.h_present)),
    row(Shortlist, "close", Action::Close, |l| l.tools.h_close, Some(|l| l.tools.s_close)),
    row(Compare, "down", Action::Down, |l| l.tools.h_scroll, Some(|l| l.tools.h_scroll)),
    row(Compare, "up", Action::Up, |l| l.tools.h_scroll, None),
    row(Compare, "right", Action::CompareRight, |l| l.tools.h_compare_right, Some(|l| l.tools.s_columns)),
    row(Compare, "left", Action::CompareLeft, |l| l.tools.h_compare_left, Some(|l| l.tools.s_columns)),
    row(Compare, "differences", Action::ToggleDifferences, |l| l.tools.h_differences, Some(|l| l.tools.s_differences)),
    row(Compare, "close", Action::Close, |l| l.tools.h_close, Some(|l| l.tools.s_close)),
    row(Filters, "down", Action::Down, |l| l.tools.h_move, Some(|l| l.tools.h_move)),
    row(Filters, "up", Action::Up, |l| l.tools.h_move, None),
    row(Filters, "next-value", Action::FilterNext, |l| l.tools.h_next_value, Some(|l| l.tools.h_next_value)),
    row(Filters, "prev-value", Action::FilterPrev, |l| l.tools.h_prev_value, None),
    row(Filters, "teer-0", Action::FilterTeer(0), |l| l.tools.h_teer, Some(|l| l.tools.h_teer)),
    row(Filters, "teer-1", Action::FilterTeer(1), |l| l.tools.h_teer, None),
    row(Filters, "teer-2", Action::FilterTeer(2), |l| l.tools.h_teer, None),
    row(Filters, "teer-3", Action::FilterTeer(3), |l| l.tools.h_teer, None),
    row(Filters, "teer-4", Action::FilterTeer(4), |l| l.tools.h_teer, None),
    row(Filters, "teer-5", Action::FilterTeer(5), |l| l.tools.h_teer, None),
    row(Filters, "reset", Action::FilterReset, |l| l.tools.h_reset, Some(|l| l.tools.h_reset)),
    row(Filters, "close", Action::Close, |l| l.tools.h_close, Some(|l| l.tools.s_close)),
    row(Tree, "down", Action::Down, |l| l.tools.h_move, Some(|l| l.tools.h_move)),
    row(Tree, "up", Action::Up, |l| l.tools.h_move, None),
    row(Tree, "expand", Action::Expand, |l| l.tools.h_expand, Some(|l| l.tools.h_expand)),
    row(Tree, "collapse", Action::Collapse, |l| l.tools.h_collapse, Some(|l| l.tools.h_collapse)),
    row(Tree, "close", Action::Close, |l| l.tools.h_close, Some(|l| l.tools.s_close)),
    row(Present, "scroll-down", Action::ScrollDown, |l| l.h_scroll_down, None),
    row(Present, "scroll-up", Action::ScrollUp, |l| l.h_scroll_up, None),
    row(Present, "next", Action::NextInShortlist, |l| l.tools.h_present_next, Some(|l| l.tools.s_next)),
    row(Present, "previous", Action::PrevInShortlist, |l| l.tools.h_present_prev, Some(|l| l.tools.s_prev)),
    row(Present, "close", Action::Close, |l| l.tools.h_present_leave, Some(|l| l.tools.s_leave)),
    row(Help, "scroll-down", Action::ScrollDown, |l| l.tools.h_scroll, None),
    row(Help, "scroll-up", Action::ScrollUp, |l| l.tools.h_scroll, None),
    row(Confirm, "yes", Action::ConfirmYes, |l| l.tools.h_yes, Some(|l| l.tools.h_yes)),
    row(Confirm, "no", Action::ConfirmNo, |l| l.tools.h_no, Some(|l| l.tools.h_no)),
    row(Export, "next-format", Action::DialogFormatNext, |l| l.tools.h_format_next, Some(|l| l.tools.h_format_next)),
    row(Export, "prev-format", Action::DialogFormatPrev, |l| l.tools.h_format_prev, None),
    row(Export, "next-field", Action::DialogNextField, |l| l.tools.h_next_field, Some(|l| l.tools.h_next_field)),
    row(Export, "prev-field", Action::DialogPrevField, |l| l.tools.h_prev_field, None),
    row(Export, "backspace", Action::Backspace, |l| l.h_backspace, None),
    row(Export, "clear-field", Action::DialogClearField, |l| l.tools.h_clear_field, None),
    row(Export, "write", Action::DialogSubmit, |l| l.tools.h_write, Some(|l| l.tools.h_write)),
    row(Export, "close", Action::Close, |l| l.tools.h_cancel, Some(|l| l.tools.h_cancel)),
];

/// One key of one row.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub code: KeyCode,
    /// Only CONTROL and ALT count; SHIFT is in the character itself (`J`, `G`).
    pub mods: KeyModifiers,
    pub ctx: Context,
    pub action: Action,
    pub help: Text,
    /// Set on the first key of a row that has a status-bar text.
    pub status: Option<Text>,
}

/// The keys in force: the embedded defaults, perhaps patched by the user's `keymap.ron`.
#[derive(Debug, Clone)]
pub struct Keymap {
    /// The keys of each row of `ROWS`, in the same order.
    keys: Vec<Vec<Key>>,
    bindings: Vec<Binding>,
}

impl Keymap {
    /// The default keymap as shipped (and as `noc-explorer config` prints it).
    pub const DEFAULT_TEXT: &'static str = include_str!("../../../assets/keymap.ron");

    /// The embedded defaults, parsed once.
    pub fn defaults() -> &'static Keymap {
        static DEFAULTS: OnceLock<Keymap> = OnceLock::new();
        DEFAULTS.get_or_init(|| {
            let keys = file::defaults(Keymap::DEFAULT_TEXT, "assets/keymap.ron")
                .unwrap_or_else(|e| panic!("the embedded keymap is checked by tests: {e}"));
            Keymap::from_keys(keys)
        })
    }

    fn from_keys(keys: Vec<Vec<Key>>) -> Keymap {
        let bindings = ROWS
            .iter()
            .zip(&keys)
            .flat_map(|(row, keys)| {
                keys.iter().enumerate().map(|(i, &(code, mods))| Binding {
                    code,
                    mods,
                    ctx: row.ctx,
                    action: row.action,
                    help: row.help,
                    status: if i == 0 { row.status } else { None },
                })
            })
            .collect();
        Keymap { keys, bindings }
    }

    /// This keymap with a user's `keymap.ron` (the text of the file at `path`) applied.
    pub fn patched(
        &self,
        text: &str,
        path: &str,
    ) -> Result<Keymap, super::override_file::ConfigError> {
        let mut keys = self.keys.clone();
        file::patch(&mut keys, text, path)?;
        Ok(Keymap::from_keys(keys))
    }

    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The action for a key press in a context, if the table has one. In the search line,
    /// plain characters not in the table are typed.
    pub fn lookup(&self, ctx: Context, key: &KeyEvent) -> Option<Action> {
        let mods = significant(key.modifiers);
        // The tree and presentation mode add to the list's keys rather than replace them.
        let fallback = match ctx {
            Tree | Present => List,
            _ => Global,
        };
        let table = &self.bindings;
        let found = table
            .iter()
            .filter(|b| b.ctx == ctx)
            .chain(table.iter().filter(|b| b.ctx == fallback))
            .chain(table.iter().filter(|b| b.ctx == Global))
            .find(|b| b.code == key.code && b.mods == mods)
            .map(|b| b.action);
        match (found, ctx, key.code) {
            (Some(a), _, _) => Some(a),
            (None, Search | Export | Examples, Char(c)) if mods.is_empty() => {
                Some(Action::Insert(c))
            }
            _ => None,
        }
    }

    /// The first key of each of `actions` in `ctx`, as help writes them: "j/k".
    pub fn first_keys(&self, ctx: Context, actions: &[Action]) -> String {
        let names: Vec<String> = actions
            .iter()
            .filter_map(|&a| {
                let b = self
                    .bindings
                    .iter()
                    .find(|b| b.ctx == ctx && b.action == a)?;
                Some(key_name(b.code, b.mods))
            })
            .collect();
        names.join("/")
    }

    /// The help overlay's sections, generated from the table.
    pub fn help_sections(&self, l: &Labels) -> Vec<(Context, Vec<Hint>)> {
        Context::ALL
            .into_iter()
            .map(|ctx| {
                let own = self.bindings.iter().filter(|b| b.ctx == ctx);
                (ctx, group(own.map(|b| (b, (b.help)(l)))))
            })
            .collect()
    }

    /// The status-bar hints for a context (its own bindings, then the global ones).
    pub fn status_hints(&self, ctx: Context, l: &Labels) -> Vec<Hint> {
        let own = self.bindings.iter().filter(|b| b.ctx == ctx);
        let global = self.bindings.iter().filter(|b| b.ctx == Global);
        let mut seen_quit = false;
        let hints = group(own.chain(global).filter_map(|b| Some((b, (b.status?)(l)))));
        // The screen's quit key and Ctrl-c share "quit": show the screen's key only.
        hints
            .into_iter()
            .filter_map(|mut h| {
                if h.text == l.h_quit {
                    if seen_quit {
                        return None;
                    }
                    seen_quit = true;
                    h.keys = h.first_key.clone();
                }
                Some(h)
            })
            .collect()
    }
}

fn significant(mods: KeyModifiers) -> KeyModifiers {
    mods & (KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// One line of help or one status-bar hint: keys sharing a text, e.g. ("j/↓", "next occupation").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub keys: String,
    pub text: &'static str,
    first_key: String,
}

fn group<'a>(bindings: impl Iterator<Item = (&'a Binding, &'static str)>) -> Vec<Hint> {
    let mut out: Vec<(Vec<String>, &'static str)> = Vec::new();
    for (binding, text) in bindings {
        let name = key_name(binding.code, binding.mods);
        match out.iter_mut().find(|(_, t)| *t == text) {
            Some((keys, _)) => {
                if !keys.contains(&name) {
                    keys.push(name)
                }
            }
            None => out.push((vec![name], text)),
        }
    }
    out.into_iter()
        .map(|(keys, text)| Hint {
            keys: join_keys(&keys),
            text,
            first_key: keys[0].clone(),
        })
        .collect()
}

/// "j/↓"; a run of digits becomes "1-7".
fn join_keys(keys: &[String]) -> String {
    let digits: Vec<u32> = keys.iter().filter_map(|k| k.parse().ok()).collect();
    if keys.len() > 2 && digits.len() == keys.len() && digits.windows(2).all(|w| w[1] == w[0] + 1) {
        return format!("{}-{}", keys[0], keys[keys.len() - 1]);
    }
    keys.join("/")
}

#[cfg(test)]
mod tests;
