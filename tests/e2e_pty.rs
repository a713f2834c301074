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
fn the_terminal_is_restored_after_sigint_sigterm_sighup_and_sigquit() {
    for signal in [
        Signal::SIGINT,
        Signal::SIGTERM,
        Signal::SIGHUP,
        Signal::SIGQUIT,
    ] {
        let mut session = started(false);
        let modes = tty_modes(&session);
        assert!(modes.contains(&"-icanon".into()), "{modes:?}");
        session
            .get_process_mut()
            .kill(signal)
            .expect("send the signal");
        // After the exit the modes are cooked again (checked through the pty in
        // `assert_restored`); right after the signal the explorer may already be gone, so
        // nothing is read in between.
        assert_restored(session, 128 + signal as i32);
    }
}

/// The pty's modes as `stty -a` words (e.g. `-icanon`, `echo`), read through the explorer's
/// standard input.
fn tty_modes(session: &Session) -> Vec<String> {
    let pid = session.get_process().pid();
    modes_of(std::path::Path::new(&format!("/proc/{pid}/fd/0")))
}

/// A terminal's modes as `stty -a` words.
fn modes_of(tty: &std::path::Path) -> Vec<String> {
    let out = Command::new("stty")
        .arg("-a")
        .arg("-F")
        .arg(tty)
        .output()
        .expect("run stty");
    String::from_utf8_lossy(&out.stdout)
        .split(|c: char| c.is_whitespace() || c == ';')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The process state letter of `/proc/PID/stat` (`T` = stopped).
fn process_state(session: &Session) -> char {
    let pid = session.get_process().pid();
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    stat.rsplit(')')
        .next()
        .and_then(|rest| rest.trim().chars().next())
        .unwrap_or('?')
}

fn wait_for_state(session: &Session, state: char) {
    let start = std::time::Instant::now();
    while process_state(session) != state {
        assert!(
            start.elapsed() < Duration::from_secs(3),
            "state {} not {state}",
            process_state(session)
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Ctrl-Z (a key in raw mode) and SIGTSTP: the explorer leaves full screen, gives back a
/// cooked terminal and stops; on SIGCONT (what `fg` sends) it re-enters raw mode and the
/// alternate screen and draws again.
#[test]
fn ctrl_z_and_sigtstp_suspend_and_sigcont_resumes() {
    for by_key in [true, false] {
        let mut session = started(false);
        if by_key {
            session.send("\x1a").expect("send Ctrl-Z");
        } else {
            session
                .get_process_mut()
                .kill(Signal::SIGTSTP)
                .expect("send SIGTSTP");
        }
        session
            .expect("\u{1b}[?1049l")
            .expect("the alternate screen is left");
        wait_for_state(&session, 'T');
        let modes = tty_modes(&session);
        assert!(
            modes.contains(&"icanon".into()) && modes.contains(&"echo".into()),
            "cooked while stopped: {modes:?}"
        );
        session
            .get_process_mut()
            .kill(Signal::SIGCONT)
            .expect("send SIGCONT");
        // expectrl takes a stopped-then-continued child for an ended one, so read by hand.
        let redrawn = read_until(&mut session, "Occupations");
        assert!(
            redrawn.contains("\u{1b}[?1049h"),
            "the alternate screen is entered again: {redrawn:?}"
        );
        let modes = tty_modes(&session);
        assert!(
            modes.contains(&"-icanon".into()) && modes.contains(&"-echo".into()),
            "raw again: {modes:?}"
        );
        session.send("q").expect("quit");
        assert_restored(session, 0);
    }
}

/// Read the pty until `needle` shows (3 seconds at most); returns what was read.
fn read_until(session: &mut Session, needle: &str) -> String {
    let start = std::time::Instant::now();
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    while !String::from_utf8_lossy(&seen).contains(needle) {
        assert!(
            start.elapsed() < Duration::from_secs(3),
            "{needle:?} not shown: {:?}",
            String::from_utf8_lossy(&seen)
        );
        match session.try_read(&mut buf) {
            Ok(n) => seen.extend_from_slice(&buf[..n]),
            Err(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    }
    String::from_utf8_lossy(&seen).into_owned()
}

/// A 100 KB bracketed paste is one edit and one search: the explorer answers within a second
/// and says the query was cut to its limit.
#[test]
fn a_100_kb_paste_is_answered_within_a_second() {
    let mut session = spawn_at_100x30(explorer());
    session.send("/").expect("focus the search");
    std::thread::sleep(Duration::from_millis(200));
    let mut paste = String::from("\x1b[200~ocularist ");
    paste.push_str(&"welder ".repeat(100 * 1024 / 7));
    paste.push_str("\x1b[201~");
    let start = std::time::Instant::now();
    session.send(&paste).expect("paste");
    session.set_expect_timeout(Some(Duration::from_secs(1)));
    session
        .expect("a query is limited to")
        .expect("the paste is answered within a second");
    assert!(
        start.elapsed() < Duration::from_secs(1),
        "{:?}",
        start.elapsed()
    );
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    session.send("\x03").expect("Ctrl-C");
    session.expect(Eof).expect("the explorer exits");
}

/// Closing the terminal (the pty's master end) ends the explorer promptly.
#[test]
fn closing_the_terminal_ends_the_explorer() {
    let session = spawn_at_100x30(explorer());
    let pid = session.get_process().pid();
    let start = std::time::Instant::now();
    // Dropping the session closes the master end of the pty.
    drop(session);
    while std::path::Path::new(&format!("/proc/{pid}/stat")).exists()
        && std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .is_ok_and(|s| !s.rsplit(')').next().unwrap_or("").trim().starts_with('Z'))
    {
        assert!(
            start.elapsed() < Duration::from_secs(3),
            "the explorer still runs after the terminal closed"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// `TERM=dumb` gets a message pointing to the commands, not full screen.
#[test]
fn a_dumb_terminal_gets_the_commands_not_full_screen() {
    let mut cmd = explorer();
    cmd.env("TERM", "dumb");
    let mut session = Session::spawn(cmd).expect("spawn");
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    let out = session.expect(Eof).expect("the explorer exits");
    let text = String::from_utf8_lossy(out.as_bytes()).into_owned();
    assert!(
        text.contains("cannot show the explorer (TERM is \"dumb\")"),
        "{text}"
    );
    assert!(text.contains("noc-explorer search QUERY"), "{text}");
    assert!(!text.contains("\u{1b}[?1049h"), "{text}");
    let status = session.get_process().wait().expect("wait");
    assert!(matches!(status, WaitStatus::Exited(_, 2)), "{status:?}");
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
        .expect(on_screen("Export", "a handout"))
        .expect("the export dialog opens");
    // The client's name, then the file (Tab, Ctrl-U clears the proposed one), then Enter.
    session.send("Ana").expect("type the client");
    pause();
    session.send("\t\x15").expect("the file field, cleared");
    let target = dir.path().join("handout.md");
    session
        .send(target.display().to_string())
        .expect("type the file");
    pause();
    session.send("\r").expect("write");
    session
        .expect("Exported to")
        .expect("the export is confirmed");
    let handout = std::fs::read_to_string(&target).expect("written where asked");
    assert!(handout.starts_with("# Occupations to explore for Ana, "));
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
/// `a` then `b` on the screen, whatever cursor moves and colours the renderer puts between
/// them (it skips cells that did not change since the last frame).
fn on_screen(a: &str, b: &str) -> Regex<String> {
    let b = b.replace(' ', r"(?:\x1b\[[0-9;?]*[A-Za-z]| )*");
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
    // The status bar's "close the help" (the list's section is longer now: the help's own
    // section is below the first screen); a cell that did not change is not sent again.
    session
        .expect(on_screen("close", "the help"))
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

/// A counsellor's presentation: a shortlist of three on file, `p` to present, `n` to its
/// first, `n` `n` to the last, `p` back one, `Esc` to the list, `q` to quit. Each occupation
/// is recognised by words of its title: the terminal only receives the cells that change, so
/// a word some of whose letters stood at the same place before arrives in pieces, and any
/// one of the title's words will do.
#[test]
fn presentation_steps_through_a_shortlist_of_three() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let list = dir.path().join("shortlist.ron");
    std::fs::write(&list, r#"(codes: ["32129", "31301", "72410"])"#).expect("write the shortlist");
    let mut cmd = explorer();
    cmd.arg("--shortlist").arg(&list);
    let mut session = spawn_at_100x30(cmd);
    let pause = || std::thread::sleep(Duration::from_millis(300));
    // `p` opens on the first of the shortlist (issue 28: it projected the selection).
    session.send("p").expect("presentation mode");
    session.expect("1/3").expect("first of three");
    // The title, then the card below it in the same frame. The card's labels stood at the
    // same place for the occupation before, so only its values arrive, some split as well:
    // 32129 is on the Healthcare and social services list, its pay in the lowest quarter.
    // One pattern for both, so a later redraw of the title cannot swallow the card.
    session
        .expect(Regex(
            r"(?s)(Other|medical|technologists|technicians).*?(Health|social|lowest|quarter)",
        ))
        .expect("32129 and its summary card are presented");
    session
        .expect("leave")
        .expect("the status bar says how to leave");
    pause();
    session.send("n").expect("next");
    session.expect("psychiatric").expect("31301 is presented");
    pause();
    session.send("n").expect("next");
    session
        .expect(Regex("Automotive|repairers|mechanics"))
        .expect("72410 is presented");
    pause();
    session.send("p").expect("previous");
    session
        .expect(Regex("Registered|psychiatric|nurses"))
        .expect("back to 31301");
    pause();
    session.send("\x1b").expect("leave the presentation");
    session.expect("Occupations").expect("the list is back");
    pause();
    session.send("q").expect("quit");
    exits_cleanly(session);
}

#[test]
fn a_fifo_as_keymap_or_theme_never_freezes_the_explorer() {
    for file in ["keymap.ron", "theme.ron"] {
        let home = tempfile::tempdir().expect("a temporary directory");
        let dir = home.path().join("noc-explorer");
        std::fs::create_dir_all(&dir).expect("the configuration folder");
        let fifo = std::ffi::CString::new(dir.join(file).to_str().unwrap()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
        let mut cmd = explorer();
        cmd.env("XDG_CONFIG_HOME", home.path());
        // Within 10 s: the first frame, with the file's problem on the status line.
        let mut session = spawn_at_100x30(cmd);
        session
            .expect("FIFO")
            .expect("the status line names the problem");
        session.send("q").expect("quit");
        session.expect(Eof).expect("the explorer exits");
    }
}

/// Bracketed paste, as a terminal sends it.
fn paste(session: &mut Session, text: &str) {
    session
        .send(format!("\x1b[200~{text}\x1b[201~"))
        .expect("paste");
}

#[test]
fn the_export_dialog_reads_home_takes_a_folder_and_accepts_pastes() {
    let home = tempfile::tempdir().expect("a home folder");
    let cwd = tempfile::tempdir().expect("a working folder");
    let pause = || std::thread::sleep(Duration::from_millis(300));
    let spawn = || {
        let mut cmd = explorer();
        cmd.current_dir(cwd.path()).env("HOME", home.path());
        spawn_at_100x30(cmd)
    };
    let mut session = spawn();
    session.send("e").expect("export");
    session
        .expect(on_screen("Export", "a handout"))
        .expect("the export dialog opens");
    paste(&mut session, "Ana\nSilva");
    pause();
    session.send("\t\x15").expect("the file field, cleared");
    session.send("~/hand.md").expect("type the file");
    pause();
    session.send("\r").expect("write");
    session
        .expect("Exported to")
        .expect("the export is confirmed");
    let handout = std::fs::read_to_string(home.path().join("hand.md")).expect("in the home");
    assert!(handout.starts_with("# Occupations to explore for Ana Silva, "));
    assert!(!cwd.path().join("~").exists());

    // A folder, pasted: the suggested file name in it.
    session.send("e").expect("export again");
    session
        .expect(on_screen("Export", "a handout"))
        .expect("the export dialog opens");
    session.send("\t\x15").expect("the file field, cleared");
    paste(&mut session, "$HOME");
    pause();
    session.send("\r").expect("write");
    session
        .expect("Exported to")
        .expect("the export is confirmed");
    let names: Vec<String> = std::fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("noc-") && n.ends_with(".md")),
        "{names:?}"
    );
    session.send("q").expect("quit");
    session.expect(Eof).expect("the explorer exits");
}

/// Another explorer saving: the lock beside `list`, held by this test; then 32129 marked in an
/// explorer whose save waits for it. Returns the lock (dropping it frees it) and the session.
fn marked_under_a_held_lock(list: &std::path::Path) -> (std::fs::File, Session) {
    use std::os::fd::AsRawFd;
    let lock_path = list.with_file_name(".shortlist.ron.lock");
    let lock = std::fs::File::create(lock_path).expect("lock file");
    // SAFETY: flock on a file descriptor this test owns.
    assert_eq!(unsafe { libc::flock(lock.as_raw_fd(), libc::LOCK_EX) }, 0);
    let mut cmd = explorer();
    cmd.arg("--shortlist").arg(list);
    let mut session = spawn_at_100x30(cmd);
    session.send("/").expect("send /");
    session.send("32129").expect("type the code");
    session.expect("32129").expect("the code is listed");
    session.send("\r").expect("send Enter");
    std::thread::sleep(Duration::from_millis(300));
    session.send(" ").expect("mark it");
    session.set_expect_timeout(Some(Duration::from_secs(3)));
    session
        .expect("another explorer is saving")
        .expect("the status line says why the save waits");
    (lock, session)
}

#[test]
fn a_held_shortlist_lock_never_freezes_the_explorer() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let list = dir.path().join("shortlist.ron");
    let (lock, mut session) = marked_under_a_held_lock(&list);
    // The interface still answers while the lock is held.
    session.send("3").expect("switch to Salary");
    session
        .expect("Job Bank")
        .expect("the Salary pane is drawn");
    drop(lock);
    session
        .expect(Regex("Shortlist[^\\n]*1"))
        .expect("the save went through once the lock was free");
    session.send("q").expect("quit");
    session.expect(Eof).expect("the explorer exits");
    let text = std::fs::read_to_string(&list).expect("the list was saved");
    assert!(text.contains("32129"), "{text}");
}

#[test]
fn quitting_while_another_explorer_keeps_the_lock_says_what_was_not_saved() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let list = dir.path().join("shortlist.ron");
    let (lock, mut session) = marked_under_a_held_lock(&list);
    // Quit with the lock still held: after five seconds of trying, the marks are named.
    session.send("q").expect("quit");
    session.set_expect_timeout(Some(Duration::from_secs(15)));
    session
        .expect("The shortlist was not saved")
        .expect("the lost save is said once the screen is back");
    session
        .expect("32129")
        .expect("with the codes to mark again");
    session.expect(Eof).expect("the explorer exits");
    drop(lock);
    assert!(
        !list.exists(),
        "nothing was written while the lock was held"
    );
}
