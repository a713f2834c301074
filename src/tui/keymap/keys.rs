//! Keys as users write them in `keymap.ron` ("x", "ctrl-c", "F1", "pagedown", "shift-tab")
//! and as help and the status bar show them ("x", "Ctrl-c", "F1", "PgDn", "Shift-Tab").

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

/// A key press as the table holds it: only CONTROL and ALT count as modifiers; SHIFT is in
/// the character itself (`J`, `G`).
pub type Key = (KeyCode, KeyModifiers);

/// Read a key written like "x", "X", "ctrl-c", "alt-x", "F1", "pagedown" or "shift-tab".
pub fn parse(text: &str) -> Result<Key, String> {
    let mut mods = KeyModifiers::NONE;
    let mut shift = false;
    let mut rest = text;
    loop {
        let lower = rest.to_ascii_lowercase();
        let (flag, len) = if lower.starts_with("ctrl-") {
            (Some(KeyModifiers::CONTROL), 5)
        } else if lower.starts_with("alt-") {
            (Some(KeyModifiers::ALT), 4)
        } else if lower.starts_with("shift-") {
            (None, 6)
        } else {
            break;
        };
        // "ctrl--" is Ctrl and the minus key; a bare "-" stays a character.
        if rest.len() == len {
            break;
        }
        match flag {
            Some(m) => mods |= m,
            None => shift = true,
        }
        rest = &rest[len..];
    }
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some(c), None) if shift => KeyCode::Char(c.to_uppercase().next().unwrap_or(c)),
        (Some(c), None) => KeyCode::Char(c),
        _ => match rest.to_ascii_lowercase().as_str() {
            "tab" if shift => KeyCode::BackTab,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "backspace" => KeyCode::Backspace,
            "delete" | "del" => KeyCode::Delete,
            "insert" | "ins" => KeyCode::Insert,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pageup" | "pgup" => KeyCode::PageUp,
            "pagedown" | "pgdn" => KeyCode::PageDown,
            f => match f.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                Some(n @ 1..=24) => KeyCode::F(n),
                _ => {
                    return Err(format!(
                        "unknown key \"{text}\"; expected a character, a name like \"enter\", \
                         \"esc\", \"tab\", \"space\", \"pagedown\" or \"F1\", optionally after \
                         \"ctrl-\", \"alt-\" or \"shift-\""
                    ));
                }
            },
        },
    };
    Ok((code, mods))
}

/// How a key is written in help and the status bar.
pub fn name(code: KeyCode, mods: KeyModifiers) -> String {
    let base = match code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Down => "↓".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    let alt = if mods.contains(KeyModifiers::ALT) {
        "Alt-"
    } else {
        ""
    };
    let ctrl = if mods.contains(KeyModifiers::CONTROL) {
        "Ctrl-"
    } else {
        ""
    };
    format!("{ctrl}{alt}{base}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: KeyModifiers = KeyModifiers::NONE;

    #[test]
    fn keys_are_read_as_users_write_them() {
        assert_eq!(parse("x"), Ok((KeyCode::Char('x'), NONE)));
        assert_eq!(parse("G"), Ok((KeyCode::Char('G'), NONE)));
        assert_eq!(parse("shift-g"), Ok((KeyCode::Char('G'), NONE)));
        assert_eq!(parse("-"), Ok((KeyCode::Char('-'), NONE)));
        assert_eq!(
            parse("ctrl-c"),
            Ok((KeyCode::Char('c'), KeyModifiers::CONTROL))
        );
        assert_eq!(
            parse("Ctrl-Alt-x"),
            Ok((
                KeyCode::Char('x'),
                KeyModifiers::CONTROL | KeyModifiers::ALT
            ))
        );
        assert_eq!(parse("F1"), Ok((KeyCode::F(1), NONE)));
        assert_eq!(parse("pagedown"), Ok((KeyCode::PageDown, NONE)));
        assert_eq!(parse("shift-tab"), Ok((KeyCode::BackTab, NONE)));
        assert_eq!(parse("space"), Ok((KeyCode::Char(' '), NONE)));
        assert_eq!(
            parse("ctrl--"),
            Ok((KeyCode::Char('-'), KeyModifiers::CONTROL))
        );
    }

    #[test]
    fn an_unknown_key_says_what_was_expected() {
        let e = parse("hyper-x").unwrap_err();
        assert!(
            e.starts_with("unknown key \"hyper-x\"; expected a character"),
            "{e}"
        );
        assert!(parse("F0").is_err());
        assert!(parse("").is_err());
    }

    #[test]
    fn names_read_like_the_help() {
        assert_eq!(name(KeyCode::Char('c'), KeyModifiers::CONTROL), "Ctrl-c");
        assert_eq!(name(KeyCode::PageDown, NONE), "PgDn");
        assert_eq!(name(KeyCode::BackTab, NONE), "Shift-Tab");
        assert_eq!(name(KeyCode::Char(' '), NONE), "Space");
    }
}
