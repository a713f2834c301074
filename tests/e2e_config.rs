//! End to end: the user's keymap.ron in a temporary `XDG_CONFIG_HOME`, with the real binary
//! in a pseudo-terminal.

#![cfg(unix)]

use expectrl::{Eof, Regex, Session, WaitStatus};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// Text on screen with only escape sequences (colours, cursor moves) or spaces between `a`
/// and `b`: how "x quit" reaches the pty.
fn on_screen(a: &str, b: &str) -> Regex<String> {
    Regex(format!(r"{a}(?:\x1b\[[0-9;?]*[A-Za-z]| )*{b}"))
}

/// The explorer with `keymap` as the user's keymap.ron, at 100x30, after its first frame.
fn explorer_with_keymap(home: &Path, keymap: &str) -> Session {
    let dir = home.join("noc-explorer");
    std::fs::create_dir_all(&dir).expect("make the configuration directory");
    std::fs::write(dir.join("keymap.ron"), keymap).expect("write keymap.ron");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_noc-explorer"));
    cmd.env("TERM", "xterm-256color")
        .env_remove("NO_COLOR")
        .env("XDG_CONFIG_HOME", home)
        .env("XDG_DATA_HOME", home);
    let mut session = Session::spawn(cmd).expect("spawn the explorer in a pty");
    session
        .get_process_mut()
        .set_window_size(100, 30)
        .expect("set the pty size");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    session.expect("Occupations").expect("the explorer starts");
    session
}

fn exits_cleanly(mut session: Session) {
    session.expect(Eof).expect("the explorer exits");
    let pid = session.get_process().pid();
    let status = session.get_process().wait().expect("wait for the explorer");
    assert_eq!(status, WaitStatus::Exited(pid, 0));
}

#[test]
fn a_keymap_of_one_line_makes_x_quit_and_help_shows_it() {
    let home = tempfile::tempdir().expect("a temporary directory");
    let mut session = explorer_with_keymap(home.path(), r#"{"quit": ["x"]}"#);
    session
        .expect(on_screen("x", "quit"))
        .expect("the status bar shows x for quit");
    session.send("?").expect("open help");
    // The help's first section is the list's: "x   quit" comes before "close the help".
    session
        .expect(on_screen("x", "quit"))
        .expect("help lists x for quit");
    session
        .expect("close the help")
        .expect("the help overlay is drawn");
    session.send("\x1b").expect("close help");
    std::thread::sleep(Duration::from_millis(300));
    // q no longer quits the list.
    session.send("q").expect("send q");
    std::thread::sleep(Duration::from_millis(500));
    assert!(
        session.is_alive().expect("ask whether the explorer runs"),
        "q still quits"
    );
    session.send("x").expect("send x");
    exits_cleanly(session);
}

#[test]
fn a_broken_keymap_is_reported_and_the_defaults_are_used() {
    let home = tempfile::tempdir().expect("a temporary directory");
    let mut session = explorer_with_keymap(home.path(), r#"{"quit": ["x"]"#);
    session
        .expect("keymap.ron:1:14: Expected comma")
        .expect("the status line says where the file is broken");
    // The default q quits.
    session.send("q").expect("send q");
    exits_cleanly(session);
}
