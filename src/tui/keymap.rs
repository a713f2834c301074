//! The one key table. It dispatches key presses to actions and feeds both the help overlay
//! and the status bar, so help can never drift from what the keys do.

use super::action::{Action, Tab};
use super::i18n::Labels;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a binding applies. `Global` bindings apply under every other context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    List,
    Search,
    Help,
    // counsellor tools
    Shortlist,
    Compare,
    Filters,
    Tree,
    Present,
    Confirm,
}

impl Context {
    pub fn label(self, l: &Labels) -> &'static str {
        match self {
            Context::Global => l.ctx_global,
            Context::List => l.ctx_list,
            Context::Search => l.ctx_search,
            Context::Help => l.ctx_help,
            Context::Shortlist => l.counsel.ctx_shortlist,
            Context::Compare => l.counsel.ctx_compare,
            Context::Filters => l.counsel.ctx_filters,
            Context::Tree => l.counsel.ctx_tree,
            Context::Present => l.counsel.ctx_present,
            Context::Confirm => l.counsel.ctx_confirm,
        }
    }
}

type Text = fn(&Labels) -> &'static str;

#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub code: KeyCode,
    /// Only CONTROL and ALT count; SHIFT is in the character itself (`J`, `G`).
    pub mods: KeyModifiers,
    pub ctx: Context,
    pub action: Action,
    /// What the help overlay says.
    pub help: Text,
    /// What the status bar says, for the bindings that matter most.
    pub status: Option<Text>,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

const fn b(
    code: KeyCode,
    mods: KeyModifiers,
    ctx: Context,
    action: Action,
    help: Text,
    status: Option<Text>,
) -> Binding {
    Binding {
        code,
        mods,
        ctx,
        action,
        help,
        status,
    }
}

use Context::{Compare, Confirm, Filters, Global, Help, List, Present, Search, Shortlist, Tree};
use KeyCode::{
    BackTab, Backspace, Char, Down, End, Enter, Esc, F, Home, Left, PageDown, PageUp, Right, Up,
};

/// Every key binding, in the order help shows them.
#[rustfmt::skip]
pub static KEYMAP: &[Binding] = &[
    b(Char('/'), NONE, List, Action::FocusSearch, |l| l.h_search, Some(|l| l.s_search)),
    b(Esc, NONE, List, Action::ClearSearch, |l| l.h_clear, None),
    b(Char('j'), NONE, List, Action::Down, |l| l.h_down, Some(|l| l.s_move)),
    b(Down, NONE, List, Action::Down, |l| l.h_down, None),
    b(Char('k'), NONE, List, Action::Up, |l| l.h_up, Some(|l| l.s_move)),
    b(Up, NONE, List, Action::Up, |l| l.h_up, None),
    b(Char('g'), NONE, List, Action::Top, |l| l.h_top, None),
    b(Home, NONE, List, Action::Top, |l| l.h_top, None),
    b(Char('G'), NONE, List, Action::Bottom, |l| l.h_bottom, None),
    b(End, NONE, List, Action::Bottom, |l| l.h_bottom, None),
    b(PageDown, NONE, List, Action::PageDown, |l| l.h_page_down, None),
    b(PageUp, NONE, List, Action::PageUp, |l| l.h_page_up, None),
    b(KeyCode::Tab, NONE, List, Action::NextTab, |l| l.h_next_tab, None),
    b(Char('l'), NONE, List, Action::NextTab, |l| l.h_next_tab, None),
    b(Right, NONE, List, Action::NextTab, |l| l.h_next_tab, None),
    b(BackTab, NONE, List, Action::PrevTab, |l| l.h_prev_tab, None),
    b(Char('h'), NONE, List, Action::PrevTab, |l| l.h_prev_tab, None),
    b(Left, NONE, List, Action::PrevTab, |l| l.h_prev_tab, None),
    b(Char('1'), NONE, List, Action::GoToTab(Tab::Overview), |l| l.h_tab, Some(|l| l.s_tabs)),
    b(Char('2'), NONE, List, Action::GoToTab(Tab::AiImpact), |l| l.h_tab, Some(|l| l.s_tabs)),
    b(Char('3'), NONE, List, Action::GoToTab(Tab::Salary), |l| l.h_tab, Some(|l| l.s_tabs)),
    b(Char('4'), NONE, List, Action::GoToTab(Tab::Education), |l| l.h_tab, Some(|l| l.s_tabs)),
    b(Char('5'), NONE, List, Action::GoToTab(Tab::Licensing), |l| l.h_tab, Some(|l| l.s_tabs)),
    b(Char('6'), NONE, List, Action::GoToTab(Tab::Immigration), |l| l.h_tab, Some(|l| l.s_tabs)),
    b(Char('7'), NONE, List, Action::GoToTab(Tab::Outlook), |l| l.h_tab, Some(|l| l.s_tabs)),
    b(Char('J'), NONE, List, Action::ScrollDown, |l| l.h_scroll_down, Some(|l| l.s_scroll)),
    b(Char('K'), NONE, List, Action::ScrollUp, |l| l.h_scroll_up, Some(|l| l.s_scroll)),
    b(Char('d'), CTRL, List, Action::HalfPageDown, |l| l.h_half_down, None),
    b(Char('u'), CTRL, List, Action::HalfPageUp, |l| l.h_half_up, None),
    b(Char('?'), NONE, List, Action::ToggleHelp, |l| l.h_help, Some(|l| l.h_help)),
    b(Char('q'), NONE, List, Action::Quit, |l| l.h_quit, Some(|l| l.h_quit)),
    b(Enter, NONE, Search, Action::AcceptSearch, |l| l.h_accept, Some(|l| l.s_accept)),
    b(Esc, NONE, Search, Action::ClearSearch, |l| l.h_clear, Some(|l| l.s_clear)),
    b(Backspace, NONE, Search, Action::Backspace, |l| l.h_backspace, None),
    b(Down, NONE, Search, Action::Down, |l| l.h_down, Some(|l| l.s_move)),
    b(Up, NONE, Search, Action::Up, |l| l.h_up, Some(|l| l.s_move)),
    b(PageDown, NONE, Search, Action::PageDown, |l| l.h_page_down, None),
    b(PageUp, NONE, Search, Action::PageUp, |l| l.h_page_up, None),
    b(Esc, NONE, Help, Action::CloseHelp, |l| l.h_close_help, Some(|l| l.h_close_help)),
    b(Char('?'), NONE, Help, Action::CloseHelp, |l| l.h_close_help, None),
    b(Char('q'), NONE, Help, Action::CloseHelp, |l| l.h_close_help, None),
    b(F(1), NONE, Global, Action::ToggleHelp, |l| l.h_help, None),
    b(Char('c'), CTRL, Global, Action::Quit, |l| l.h_quit, Some(|l| l.h_quit)),
    b(Char('i'), NONE, List, Action::ToggleSources, |l| l.h_sources, Some(|l| l.s_sources)),
    b(Char('i'), NONE, Help, Action::CloseHelp, |l| l.h_close_help, None),
    b(Char('d'), CTRL, Help, Action::HalfPageDown, |l| l.h_scroll_sources, None),
    b(Char('u'), CTRL, Help, Action::HalfPageUp, |l| l.h_scroll_sources, None),
    // counsellor tools
    b(Char(' '), NONE, List, Action::ToggleMark, |l| l.counsel.h_mark, Some(|l| l.counsel.s_mark)),
    b(Char('S'), NONE, List, Action::ShowShortlist, |l| l.counsel.h_shortlist, None),
    b(Char('c'), NONE, List, Action::Compare, |l| l.counsel.h_compare, Some(|l| l.counsel.s_compare)),
    b(Char('f'), NONE, List, Action::OpenFilters, |l| l.counsel.h_filters, Some(|l| l.counsel.s_filters)),
    b(Char('o'), NONE, List, Action::CycleSort, |l| l.counsel.h_sort, Some(|l| l.counsel.s_sort)),
    b(Char('t'), NONE, List, Action::ToggleTree, |l| l.counsel.h_tree, None),
    b(Char('e'), NONE, List, Action::Export, |l| l.counsel.h_export, None),
    b(Char('p'), NONE, List, Action::TogglePresent, |l| l.counsel.h_present, None),
    b(Char('y'), NONE, List, Action::Copy, |l| l.counsel.h_copy, None),
    b(Char('j'), NONE, Shortlist, Action::Down, |l| l.counsel.h_move, Some(|l| l.counsel.h_move)),
    b(Down, NONE, Shortlist, Action::Down, |l| l.counsel.h_move, None),
    b(Char('k'), NONE, Shortlist, Action::Up, |l| l.counsel.h_move, None),
    b(Up, NONE, Shortlist, Action::Up, |l| l.counsel.h_move, None),
    b(Enter, NONE, Shortlist, Action::Open, |l| l.counsel.h_open, Some(|l| l.counsel.h_open)),
    b(Char('x'), NONE, Shortlist, Action::ToggleMark, |l| l.counsel.h_remove, Some(|l| l.counsel.h_remove)),
    b(Char(' '), NONE, Shortlist, Action::ToggleMark, |l| l.counsel.h_remove, None),
    b(Char('c'), NONE, Shortlist, Action::Compare, |l| l.counsel.h_compare, Some(|l| l.counsel.s_compare)),
    b(Char('e'), NONE, Shortlist, Action::Export, |l| l.counsel.h_export, None),
    b(Esc, NONE, Shortlist, Action::Close, |l| l.counsel.h_close, Some(|l| l.counsel.s_close)),
    b(Char('S'), NONE, Shortlist, Action::Close, |l| l.counsel.h_close, None),
    b(Char('q'), NONE, Shortlist, Action::Close, |l| l.counsel.h_close, None),
    b(Char('j'), NONE, Compare, Action::Down, |l| l.counsel.h_scroll, Some(|l| l.counsel.h_scroll)),
    b(Down, NONE, Compare, Action::Down, |l| l.counsel.h_scroll, None),
    b(Char('k'), NONE, Compare, Action::Up, |l| l.counsel.h_scroll, None),
    b(Up, NONE, Compare, Action::Up, |l| l.counsel.h_scroll, None),
    b(Esc, NONE, Compare, Action::Close, |l| l.counsel.h_close, Some(|l| l.counsel.s_close)),
    b(Char('c'), NONE, Compare, Action::Close, |l| l.counsel.h_close, None),
    b(Char('q'), NONE, Compare, Action::Close, |l| l.counsel.h_close, None),
    b(Char('j'), NONE, Filters, Action::Down, |l| l.counsel.h_move, Some(|l| l.counsel.h_move)),
    b(Down, NONE, Filters, Action::Down, |l| l.counsel.h_move, None),
    b(Char('k'), NONE, Filters, Action::Up, |l| l.counsel.h_move, None),
    b(Up, NONE, Filters, Action::Up, |l| l.counsel.h_move, None),
    b(Char(' '), NONE, Filters, Action::FilterNext, |l| l.counsel.h_next_value, Some(|l| l.counsel.h_next_value)),
    b(Enter, NONE, Filters, Action::FilterNext, |l| l.counsel.h_next_value, None),
    b(Char('l'), NONE, Filters, Action::FilterNext, |l| l.counsel.h_next_value, None),
    b(Right, NONE, Filters, Action::FilterNext, |l| l.counsel.h_next_value, None),
    b(Char('h'), NONE, Filters, Action::FilterPrev, |l| l.counsel.h_prev_value, None),
    b(Left, NONE, Filters, Action::FilterPrev, |l| l.counsel.h_prev_value, None),
    b(Char('0'), NONE, Filters, Action::FilterTeer(0), |l| l.counsel.h_teer, Some(|l| l.counsel.h_teer)),
    b(Char('1'), NONE, Filters, Action::FilterTeer(1), |l| l.counsel.h_teer, None),
    b(Char('2'), NONE, Filters, Action::FilterTeer(2), |l| l.counsel.h_teer, None),
    b(Char('3'), NONE, Filters, Action::FilterTeer(3), |l| l.counsel.h_teer, None),
    b(Char('4'), NONE, Filters, Action::FilterTeer(4), |l| l.counsel.h_teer, None),
    b(Char('5'), NONE, Filters, Action::FilterTeer(5), |l| l.counsel.h_teer, None),
    b(Char('r'), NONE, Filters, Action::FilterReset, |l| l.counsel.h_reset, Some(|l| l.counsel.h_reset)),
    b(Esc, NONE, Filters, Action::Close, |l| l.counsel.h_close, Some(|l| l.counsel.s_close)),
    b(Char('f'), NONE, Filters, Action::Close, |l| l.counsel.h_close, None),
    b(Char('q'), NONE, Filters, Action::Close, |l| l.counsel.h_close, None),
    b(Char('j'), NONE, Tree, Action::Down, |l| l.counsel.h_move, Some(|l| l.counsel.h_move)),
    b(Down, NONE, Tree, Action::Down, |l| l.counsel.h_move, None),
    b(Char('k'), NONE, Tree, Action::Up, |l| l.counsel.h_move, None),
    b(Up, NONE, Tree, Action::Up, |l| l.counsel.h_move, None),
    b(Enter, NONE, Tree, Action::Expand, |l| l.counsel.h_expand, Some(|l| l.counsel.h_expand)),
    b(Char('l'), NONE, Tree, Action::Expand, |l| l.counsel.h_expand, None),
    b(Right, NONE, Tree, Action::Expand, |l| l.counsel.h_expand, None),
    b(Char('h'), NONE, Tree, Action::Collapse, |l| l.counsel.h_collapse, Some(|l| l.counsel.h_collapse)),
    b(Left, NONE, Tree, Action::Collapse, |l| l.counsel.h_collapse, None),
    b(Char('t'), NONE, Tree, Action::Close, |l| l.counsel.h_close, Some(|l| l.counsel.s_close)),
    b(Esc, NONE, Tree, Action::Close, |l| l.counsel.h_close, None),
    b(Char('j'), NONE, Present, Action::ScrollDown, |l| l.h_scroll_down, None),
    b(Down, NONE, Present, Action::ScrollDown, |l| l.h_scroll_down, None),
    b(Char('k'), NONE, Present, Action::ScrollUp, |l| l.h_scroll_up, None),
    b(Up, NONE, Present, Action::ScrollUp, |l| l.h_scroll_up, None),
    b(Char('p'), NONE, Present, Action::TogglePresent, |l| l.counsel.h_close, None),
    b(Esc, NONE, Present, Action::Close, |l| l.counsel.h_close, None),
    b(Char('j'), NONE, Help, Action::ScrollDown, |l| l.counsel.h_scroll, None),
    b(Down, NONE, Help, Action::ScrollDown, |l| l.counsel.h_scroll, None),
    b(Char('k'), NONE, Help, Action::ScrollUp, |l| l.counsel.h_scroll, None),
    b(Up, NONE, Help, Action::ScrollUp, |l| l.counsel.h_scroll, None),
    b(Char('y'), NONE, Confirm, Action::ConfirmYes, |l| l.counsel.h_yes, Some(|l| l.counsel.h_yes)),
    b(Char('n'), NONE, Confirm, Action::ConfirmNo, |l| l.counsel.h_no, Some(|l| l.counsel.h_no)),
    b(Esc, NONE, Confirm, Action::ConfirmNo, |l| l.counsel.h_no, None),
];

fn significant(mods: KeyModifiers) -> KeyModifiers {
    mods & (KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// The action for a key press in a context, if the table has one. In the search line,
/// plain characters not in the table are typed.
pub fn lookup(ctx: Context, key: &KeyEvent) -> Option<Action> {
    let mods = significant(key.modifiers);
    // The tree and presentation mode add to the list's keys rather than replace them.
    let fallback = match ctx {
        Tree | Present => List,
        _ => Global,
    };
    let found = KEYMAP
        .iter()
        .filter(|b| b.ctx == ctx)
        .chain(KEYMAP.iter().filter(|b| b.ctx == fallback))
        .chain(KEYMAP.iter().filter(|b| b.ctx == Global))
        .find(|b| b.code == key.code && b.mods == mods)
        .map(|b| b.action);
    match (found, ctx, key.code) {
        (Some(a), _, _) => Some(a),
        (None, Search, Char(c)) if mods.is_empty() => Some(Action::Insert(c)),
        _ => None,
    }
}

/// How a key is written in help and the status bar.
pub fn key_name(code: KeyCode, mods: KeyModifiers) -> String {
    let base = match code {
        Char(' ') => "Space".to_string(),
        Char(c) => c.to_string(),
        Down => "↓".into(),
        Up => "↑".into(),
        Left => "←".into(),
        Right => "→".into(),
        Home => "Home".into(),
        End => "End".into(),
        PageDown => "PgDn".into(),
        PageUp => "PgUp".into(),
        KeyCode::Tab => "Tab".into(),
        BackTab => "Shift-Tab".into(),
        Enter => "Enter".into(),
        Esc => "Esc".into(),
        Backspace => "Backspace".into(),
        F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{base}")
    } else {
        base
    }
}

/// One line of help or one status-bar hint: keys sharing a text, e.g. ("j/↓", "next occupation").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub keys: String,
    pub text: &'static str,
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

/// The help overlay's sections, generated from the table.
pub fn help_sections(l: &Labels) -> Vec<(Context, Vec<Hint>)> {
    [
        List, Search, Help, Shortlist, Compare, Filters, Tree, Present, Confirm, Global,
    ]
    .into_iter()
    .map(|ctx| {
        (
            ctx,
            group(
                KEYMAP
                    .iter()
                    .filter(|b| b.ctx == ctx)
                    .map(|b| (b, (b.help)(l))),
            ),
        )
    })
    .collect()
}

/// The status-bar hints for a context (its own bindings, then the global ones).
pub fn status_hints(ctx: Context, l: &Labels) -> Vec<Hint> {
    let own = KEYMAP.iter().filter(|b| b.ctx == ctx);
    let global = KEYMAP.iter().filter(|b| b.ctx == Global);
    let mut seen_quit = false;
    let hints = group(own.chain(global).filter_map(|b| Some((b, (b.status?)(l)))));
    // Ctrl-c and q share "quit": keep the plainer key only.
    hints
        .into_iter()
        .map(|mut h| {
            if h.text == l.h_quit {
                if seen_quit || h.keys.starts_with("q/") {
                    h.keys = "q".into();
                }
                seen_quit = true;
            }
            h
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::i18n::{EN, JA};

    fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    /// Every action a user can trigger by key, except typed characters.
    fn commands() -> Vec<Action> {
        let mut all = vec![
            Action::Quit,
            Action::FocusSearch,
            Action::AcceptSearch,
            Action::ClearSearch,
            Action::Backspace,
            Action::Down,
            Action::Up,
            Action::Top,
            Action::Bottom,
            Action::PageDown,
            Action::PageUp,
            Action::NextTab,
            Action::PrevTab,
            Action::ScrollDown,
            Action::ScrollUp,
            Action::HalfPageDown,
            Action::HalfPageUp,
            Action::ToggleHelp,
            Action::CloseHelp,
            Action::ToggleSources,
            Action::ToggleMark,
            Action::ShowShortlist,
            Action::Open,
            Action::Compare,
            Action::OpenFilters,
            Action::FilterNext,
            Action::FilterPrev,
            Action::FilterReset,
            Action::CycleSort,
            Action::ToggleTree,
            Action::Expand,
            Action::Collapse,
            Action::Export,
            Action::ConfirmYes,
            Action::ConfirmNo,
            Action::TogglePresent,
            Action::Copy,
            Action::Close,
        ];
        all.extend(Tab::ALL.map(Action::GoToTab));
        all
    }

    #[test]
    fn every_action_is_reachable_by_a_key() {
        for action in commands() {
            let reachable = KEYMAP.iter().any(|b| {
                let ctx = if b.ctx == Global { List } else { b.ctx };
                b.action == action && lookup(ctx, &key(b.code, b.mods)) == Some(action)
            });
            assert!(reachable, "{action:?} has no working key");
        }
    }

    #[test]
    fn every_binding_dispatches_to_its_own_action() {
        for b in KEYMAP {
            for ctx in [
                List, Search, Help, Shortlist, Compare, Filters, Tree, Present, Confirm,
            ] {
                let shadowed = KEYMAP
                    .iter()
                    .any(|o| o.ctx == ctx && o.code == b.code && o.mods == b.mods);
                if b.ctx == ctx || (b.ctx == Global && !shadowed) {
                    assert_eq!(
                        lookup(ctx, &key(b.code, b.mods)),
                        Some(b.action),
                        "{b:?} in {ctx:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_a_context() {
        for (i, a) in KEYMAP.iter().enumerate() {
            for other in &KEYMAP[i + 1..] {
                assert!(
                    !(a.ctx == other.ctx && a.code == other.code && a.mods == other.mods),
                    "{a:?}"
                );
            }
        }
    }

    #[test]
    fn help_lists_every_binding() {
        for labels in [&EN, &JA] {
            let sections = help_sections(labels);
            for b in KEYMAP {
                let (_, hints) = sections.iter().find(|(c, _)| *c == b.ctx).expect("section");
                let name = key_name(b.code, b.mods);
                let listed = hints.iter().any(|h| {
                    h.text == (b.help)(labels)
                        && (h.keys == name
                            || h.keys.split('/').any(|k| k == name)
                            || h.keys.contains('-')
                                && matches!(b.code, Char(c) if c.is_ascii_digit()))
                });
                assert!(listed, "{name} missing from help");
            }
        }
    }

    #[test]
    fn digits_collapse_into_a_range() {
        let hints = help_sections(&EN);
        let list = &hints[0].1;
        assert!(list.contains(&Hint {
            keys: "1-7".into(),
            text: EN.h_tab
        }));
        assert!(list.contains(&Hint {
            keys: "j/↓".into(),
            text: EN.h_down
        }));
    }

    #[test]
    fn typing_in_search_inserts_characters() {
        assert_eq!(
            lookup(Search, &key(Char('q'), NONE)),
            Some(Action::Insert('q'))
        );
        assert_eq!(
            lookup(Search, &key(Char('é'), KeyModifiers::SHIFT)),
            Some(Action::Insert('é'))
        );
        assert_eq!(lookup(Search, &key(Char('c'), CTRL)), Some(Action::Quit));
        assert_eq!(lookup(List, &key(Char('q'), NONE)), Some(Action::Quit));
        assert_eq!(
            lookup(List, &key(Char('J'), KeyModifiers::SHIFT)),
            Some(Action::ScrollDown)
        );
        assert_eq!(lookup(List, &key(Char('z'), NONE)), None);
    }

    #[test]
    fn status_bar_shows_the_keys_of_the_focus() {
        let list = status_hints(List, &EN);
        assert!(list.iter().any(|h| h.keys == "/"));
        assert!(list.iter().any(|h| h.keys == "1-7"));
        assert_eq!(list.iter().filter(|h| h.text == EN.h_quit).count(), 1);
        let search = status_hints(Search, &EN);
        assert!(search.iter().any(|h| h.keys == "Enter"));
        assert!(search.iter().any(|h| h.keys == "Ctrl-c"));
    }
}
