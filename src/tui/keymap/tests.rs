use super::*;
use crate::tui::i18n::{EN, JA};
use KeyCode::Down;

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;

fn defaults() -> &'static Keymap {
    Keymap::defaults()
}

fn lookup(ctx: Context, key: &KeyEvent) -> Option<Action> {
    defaults().lookup(ctx, key)
}

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
        Action::NextInShortlist,
        Action::PrevInShortlist,
        Action::CompareRight,
        Action::CompareLeft,
        Action::ToggleDifferences,
        Action::ShowLinks,
        Action::Back,
        Action::Forward,
        Action::Undo,
        Action::ClearLine,
        Action::DeleteWord,
        Action::Copy,
        Action::Close,
    ];
    all.extend(Tab::ALL.map(Action::GoToTab));
    all
}

#[test]
fn every_action_is_reachable_by_a_key() {
    for action in commands() {
        let reachable = defaults().bindings().iter().any(|b| {
            let ctx = if b.ctx == Global { List } else { b.ctx };
            b.action == action && lookup(ctx, &key(b.code, b.mods)) == Some(action)
        });
        assert!(reachable, "{action:?} has no working key");
    }
}

#[test]
fn every_binding_dispatches_to_its_own_action() {
    for b in defaults().bindings() {
        for ctx in [
            List, Search, Help, Shortlist, Compare, Filters, Tree, Present, Confirm,
        ] {
            let shadowed = defaults()
                .bindings()
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
    for (i, a) in defaults().bindings().iter().enumerate() {
        for other in &defaults().bindings()[i + 1..] {
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
        let sections = defaults().help_sections(labels);
        for b in defaults().bindings() {
            let (_, hints) = sections.iter().find(|(c, _)| *c == b.ctx).expect("section");
            let name = key_name(b.code, b.mods);
            let listed = hints.iter().any(|h| {
                h.text == (b.help)(labels)
                    && (h.keys == name
                        || h.keys.split('/').any(|k| k == name)
                        || h.keys.contains('-') && matches!(b.code, Char(c) if c.is_ascii_digit()))
            });
            assert!(listed, "{name} missing from help");
        }
    }
}

#[test]
fn digits_collapse_into_a_range() {
    let hints = defaults().help_sections(&EN);
    let list = &hints[0].1;
    let has = |keys: &str, text: &str| list.iter().any(|h| h.keys == keys && h.text == text);
    assert!(has("1-7", EN.h_tab));
    assert!(has("j/↓", EN.h_down));
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
    let list = defaults().status_hints(List, &EN);
    assert!(list.iter().any(|h| h.keys == "/"));
    assert!(list.iter().any(|h| h.keys == "1-7"));
    assert_eq!(list.iter().filter(|h| h.text == EN.h_quit).count(), 1);
    let search = defaults().status_hints(Search, &EN);
    assert!(search.iter().any(|h| h.keys == "Enter"));
    assert!(search.iter().any(|h| h.keys == "Ctrl-c"));
}

fn patched(text: &str) -> Keymap {
    defaults()
        .patched(text, "keymap.ron")
        .unwrap_or_else(|e| panic!("{e}"))
}

fn patch_error(text: &str) -> String {
    defaults()
        .patched(text, "keymap.ron")
        .map(|_| ())
        .unwrap_err()
        .to_string()
}

#[test]
fn the_embedded_keymap_gives_every_action_of_every_screen() {
    // `defaults()` panics otherwise; also check nothing is left empty.
    for (row, keys) in ROWS.iter().zip(&defaults().keys) {
        assert!(!keys.is_empty(), "{} {}", row.ctx.name(), row.name);
    }
    // As many keys as the table had when it was Rust code, plus the export dialog's ten and
    // the links, presentation, compare and navigation keys, plus the example titles' key
    // and the ten of their overlay, plus the order of where the skills carry and the links
    // overlay's mark, plus presenting from the shortlist, plus folding the AI pane's weak
    // links, plus showing the education path's sentences.
    assert_eq!(defaults().bindings().len(), 169);
}

#[test]
fn the_smallest_keymap_file_makes_x_quit_and_help_say_so() {
    let km = patched(r#"{"quit": ["x"]}"#);
    assert_eq!(km.lookup(List, &key(Char('x'), NONE)), Some(Action::Quit));
    assert_eq!(km.lookup(List, &key(Char('q'), NONE)), None);
    // Ctrl-c is a global key and still quits.
    assert_eq!(km.lookup(List, &key(Char('c'), CTRL)), Some(Action::Quit));
    let sections = km.help_sections(&EN);
    let list = &sections.iter().find(|(c, _)| *c == List).expect("list").1;
    assert!(list.iter().any(|h| h.keys == "x" && h.text == EN.h_quit));
    let status = km.status_hints(List, &EN);
    assert!(status.iter().any(|h| h.keys == "x" && h.text == EN.h_quit));
}

#[test]
fn a_screen_section_patches_that_screen_and_takes_its_keys_from_other_actions() {
    let km = patched(r#"{"search": {"accept": ["enter", "ctrl-j"]}, "list": {"quit": ["j"]}}"#);
    assert_eq!(
        km.lookup(Search, &key(Char('j'), CTRL)),
        Some(Action::AcceptSearch)
    );
    assert_eq!(km.lookup(List, &key(Char('j'), NONE)), Some(Action::Quit));
    // "down" keeps its other key.
    assert_eq!(km.lookup(List, &key(Down, NONE)), Some(Action::Down));
}

#[test]
fn a_broken_keymap_file_says_where_and_what_was_expected() {
    assert_eq!(
        patch_error("{\"quit\": [\"x\"]"),
        "keymap.ron:1:14: Expected comma"
    );
    assert_eq!(
        patch_error("{\n  \"quiet\": [\"x\"]}"),
        "keymap.ron:2:3: unknown action \"quiet\" in the list screen; expected one of: search, \
         clear-search, down, up, top, bottom, page-down, page-up, next-tab, prev-tab, tab-1, \
         tab-2, tab-3, tab-4, tab-5, tab-6, tab-7, scroll-down, scroll-up, half-page-down, \
         half-page-up, help, quit, sources, mark, shortlist, compare, filters, sort, tree, \
         export, present, copy, links, paths-order, fold-weak, path-sentences, examples, back, forward, undo"
    );
    assert_eq!(
        patch_error("{\"quit\": [\"x\", \"hyper-q\"]}"),
        "keymap.ron:1:16: unknown key \"hyper-q\"; expected a character, a name like \"enter\", \
         \"esc\", \"tab\", \"space\", \"pagedown\" or \"F1\", optionally after \"ctrl-\", \"alt-\" \
         or \"shift-\""
    );
    let e = patch_error(r#"{"sidebar": {"quit": ["x"]}}"#);
    assert!(
        e.starts_with("keymap.ron:1:2: unknown screen \"sidebar\"; expected one of: list,"),
        "{e}"
    );
    let e = patch_error(r#"{"quit": "x"}"#);
    assert!(e.starts_with("keymap.ron:1:"), "{e}");
    assert!(e.contains("expected a list of keys"), "{e}");
}

#[test]
fn overlay_titles_name_the_keys_in_force() {
    assert_eq!(
        defaults().first_keys(Help, &[Action::ScrollDown, Action::ScrollUp]),
        "j/k"
    );
    let km = patched(r#"{"compare": {"down": ["n"], "up": ["p"]}}"#);
    assert_eq!(km.first_keys(Compare, &[Action::Down, Action::Up]), "n/p");
}
