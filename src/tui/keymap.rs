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
}

impl Context {
    pub fn label(self, l: &Labels) -> &'static str {
        match self {
            Context::Global => l.ctx_global,
            Context::List => l.ctx_list,
            Context::Search => l.ctx_search,
            Context::Help => l.ctx_help,
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

use Context::{Global, Help, List, Search};
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
    b(Char('j'), NONE, Help, Action::ScrollDown, |l| l.h_scroll_sources, Some(|l| l.s_scroll)),
    b(Down, NONE, Help, Action::ScrollDown, |l| l.h_scroll_sources, None),
    b(Char('k'), NONE, Help, Action::ScrollUp, |l| l.h_scroll_sources, Some(|l| l.s_scroll)),
    b(Up, NONE, Help, Action::ScrollUp, |l| l.h_scroll_sources, None),
    b(Char('d'), CTRL, Help, Action::HalfPageDown, |l| l.h_scroll_sources, None),
    b(Char('u'), CTRL, Help, Action::HalfPageUp, |l| l.h_scroll_sources, None),
];

fn significant(mods: KeyModifiers) -> KeyModifiers {
    mods & (KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// The action for a key press in a context, if the table has one. In the search line,
/// plain characters not in the table are typed.
pub fn lookup(ctx: Context, key: &KeyEvent) -> Option<Action> {
    let mods = significant(key.modifiers);
    let found = KEYMAP
        .iter()
        .filter(|b| b.ctx == ctx)
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
    [List, Search, Help, Global]
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
            for ctx in [List, Search, Help] {
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
