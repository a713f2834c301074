//! End to end: the real binary in a pseudo-terminal, driven by keys like a person would.

#![cfg(unix)]

use expectrl::{Eof, Regex, Session, Signal, WaitStatus};
use std::process::Command;
use std::time::Duration;

/// The explorer's command with a known terminal, colours on, and the user's own shortlist
/// kept out of the tests.
fn explorer() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_noc-explorer"));
    cmd.env("TERM", "xterm-256color")
        .env_remove("NO_COLOR")
        .env(
            "XDG_DATA_HOME",
            std::env::temp_dir().join("noc-explorer-e2e"),
        )
        .env(
            "XDG_CONFIG_HOME",
            std::env::temp_dir().join("noc-explorer-e2e-config"),
        );
    cmd
}

/// Run `cmd` in a 100x30 pty and wait for the explorer's first frame.
fn spawn_at_100x30(cmd: Command) -> Session {
    let mut session = Session::spawn(cmd).expect("spawn the explorer in a pty");
    session
        .get_process_mut()
        .set_window_size(100, 30)
        .expect("set the pty size");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    session.expect("Occupations").expect("the explorer starts");
    session
}

#[test]
fn search_select_switch_tab_and_quit() {
    let mut session = spawn_at_100x30(explorer());
    session.send("/").expect("send /");
    session.send("ocularist").expect("type the query");
    session.expect("32129").expect("32129 is on screen");
    session
        .expect("Other medical technologists")
        .expect("its title is on screen");
    session.send("\r").expect("send Enter");
    // Give the explorer a moment to leave the search line before the next key.
    std::thread::sleep(Duration::from_millis(300));
    session.send("3").expect("switch to Salary");
    session
        .expect("Job Bank")
        .expect("the Salary pane is drawn");
    session.send("q").expect("quit");
    session.expect(Eof).expect("the explorer exits");
    let pid = session.get_process().pid();
    let status = session.get_process().wait().expect("wait for the explorer");
    assert_eq!(status, WaitStatus::Exited(pid, 0));
}

/// Start the explorer in a pty and wait for its first frame.
fn started(panic_on_purpose: bool) -> Session {
    // The pty starts with echo off; turn it on first so that "echo is back" after the
    // explorer exits shows that it restored the mode it found.
    let mut cmd = Command::new("sh");
    cmd.args([
        "-c",
        "stty echo && exec \"$0\"",
        env!("CARGO_BIN_EXE_noc-explorer"),
    ]);
    for (key, value) in explorer().get_envs() {
        match value {
            Some(value) => cmd.env(key, value),
            None => cmd.env_remove(key),
        };
    }
    if panic_on_purpose {
        cmd.env(noc_explorer::tui::PANIC_TEST_VAR, "1");
    }
    let session = spawn_at_100x30(cmd);
    if !panic_on_purpose {
        // In raw mode the terminal does not echo (a panicking run may be gone already).
        assert!(!session.get_process().get_echo().expect("read the pty mode"));
    }
    session
}

/// After the explorer is gone: echo is back (raw mode off), the last escape sequences left
/// the alternate screen and showed the cursor, and the exit code is `code`.
fn assert_restored(mut session: Session, code: i32) {
    let rest = session.expect(Eof).expect("the explorer exits");
    let tail = String::from_utf8_lossy(rest.as_bytes()).into_owned();
    assert!(
        tail.contains("\u{1b}[?1049l"),
        "alternate screen not left: {tail:?}"
    );
    assert!(tail.contains("\u{1b}[?25h"), "cursor not shown: {tail:?}");
    assert!(
        session.get_process().get_echo().expect("read the pty mode"),
        "raw mode still on"
    );
    let status = session.get_process().wait().expect("wait for the explorer");
    assert!(
        matches!(status, WaitStatus::Exited(_, c) if c == code),
        "{status:?}"
    );
}

#[test]
fn the_terminal_is_restored_after_a_panic() {
    // Rust's exit code for a panic in main's thread is 101.
    assert_restored(started(true), 101);
}

#[test]
fn the_terminal_is_restored_after_sigterm_and_sighup() {
    for signal in [Signal::SIGTERM, Signal::SIGHUP] {
        let mut session = started(false);
        session
            .get_process_mut()
            .kill(signal)
            .expect("send the signal");
        assert_restored(session, 0);
    }
}

#[test]
fn a_broken_data_directory_is_reported_and_the_explorer_does_not_start() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let dir = tempfile::tempdir().expect("temporary directory");
    for (from, to) in [
        ("valid/noc/structure.ron", "noc/structure.ron"),
        ("valid/noc/noc2016.ron", "noc/noc2016.ron"),
        ("invalid/teer_mismatch/noc/units/32.ron", "noc/units/32.ron"),
        ("invalid/syntax_error/noc/noc2016.ron", "noc/noc2016.ron"),
    ] {
        let target = dir.path().join(to);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("mkdir");
        std::fs::copy(fixtures.join(from), target).expect("copy fixture");
    }
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_noc-explorer"));
    cmd.arg("--data")
        .arg(dir.path())
        .env("TERM", "xterm-256color");
    let mut session = Session::spawn(cmd).expect("spawn the explorer in a pty");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    let out = session.expect(Eof).expect("the explorer exits");
    let text = String::from_utf8_lossy(out.as_bytes()).into_owned();
    assert!(text.contains("2 problem(s)"), "{text}");
    assert!(
        text.contains("32.ron:3:19: unit group 32129 has teer: 3"),
        "{text}"
    );
    assert!(text.contains("noc2016.ron:3:35: Expected comma"), "{text}");
    assert!(
        !text.contains("\u{1b}[?1049h"),
        "the explorer must not start half-loaded"
    );
    let status = session.get_process().wait().expect("wait");
    assert!(matches!(status, WaitStatus::Exited(_, 1)), "{status:?}");
}

/// The counsellor's round trip: mark two, compare, export, quit, restart, the shortlist is
/// still there.
#[test]
fn shortlist_compare_export_and_restart() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let list = dir.path().join("shortlist.ron");
    let spawn = || {
        let mut cmd = explorer();
        cmd.current_dir(dir.path()).arg("--shortlist").arg(&list);
        spawn_at_100x30(cmd)
    };
    let pause = || std::thread::sleep(Duration::from_millis(300));
    let mut session = spawn();
    for code in ["32129", "31301"] {
        session.send("/").expect("send /");
        session.send(code).expect("type the code");
        session.expect(code).expect("the code is listed");
        session.send("\r").expect("send Enter");
        pause();
        session.send(" ").expect("mark it");
        session.expect("Marked").expect("the mark is confirmed");
        session.send("\x1b").expect("clear the search");
        pause();
    }
    session.send("c").expect("compare");
    session.expect("Compare").expect("the comparison opens");
    session
        .expect("32129")
        .expect("the first occupation is compared");
    session
        .expect("31301")
        .expect("the second occupation is compared");
    session.send("\x1b").expect("close compare");
    pause();
    session.send("e").expect("export");
    session
        .expect("Exported to")
        .expect("the export is confirmed");
    assert!(dir.path().join("noc-shortlist.md").exists());
    session.send("q").expect("quit");
    session.expect(Eof).expect("the explorer exits");

    let mut session = spawn();
    pause();
    session.send("S").expect("show the shortlist");
    session
        .expect("Shortlist (2)")
        .expect("the shortlist opens");
    session.expect("32129").expect("the first code is kept");
    session.expect("31301").expect("the second code is kept");
    session.send("q").expect("close the shortlist");
    pause();
    session.send("q").expect("quit");
    session.expect(Eof).expect("the explorer exits");
}

/// Text on screen with only escape sequences (colours, cursor moves) or spaces between `a`
/// and `b`: how "x quit" reaches the pty.
fn on_screen(a: &str, b: &str) -> Regex<String> {
    Regex(format!(r"{a}(?:\x1b\[[0-9;?]*[A-Za-z]| )*{b}"))
}

/// The explorer with `keymap` as the user's keymap.ron (in a temporary `XDG_CONFIG_HOME`),
/// at 100x30, after its first frame.
fn explorer_with_keymap(home: &std::path::Path, keymap: &str) -> Session {
    let dir = home.join("noc-explorer");
    std::fs::create_dir_all(&dir).expect("make the configuration directory");
    std::fs::write(dir.join("keymap.ron"), keymap).expect("write keymap.ron");
    let mut cmd = explorer();
    cmd.env("XDG_CONFIG_HOME", home);
    spawn_at_100x30(cmd)
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
