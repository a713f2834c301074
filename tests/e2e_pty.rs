//! End to end: the real binary in a pseudo-terminal, driven by keys like a person would.

#![cfg(unix)]

use expectrl::{Eof, Session, WaitStatus};
use std::process::Command;
use std::time::Duration;

#[test]
fn search_select_switch_tab_and_quit() {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_noc-explorer"));
    cmd.env("TERM", "xterm-256color").env_remove("NO_COLOR");
    let mut session = Session::spawn(cmd).expect("spawn the explorer in a pty");
    session
        .get_process_mut()
        .set_window_size(100, 30)
        .expect("set the pty size");
    session.set_expect_timeout(Some(Duration::from_secs(10)));

    session.expect("Occupations").expect("the explorer starts");
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

/// The counsellor's round trip: mark two, compare, export, quit, restart, the shortlist is
/// still there.
#[test]
fn shortlist_compare_export_and_restart() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let list = dir.path().join("shortlist.ron");
    let spawn = || {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_noc-explorer"));
        cmd.env("TERM", "xterm-256color")
            .env_remove("NO_COLOR")
            .current_dir(dir.path())
            .arg("--shortlist")
            .arg(&list);
        let mut session = Session::spawn(cmd).expect("spawn the explorer in a pty");
        session
            .get_process_mut()
            .set_window_size(100, 30)
            .expect("set the pty size");
        session.set_expect_timeout(Some(Duration::from_secs(10)));
        session.expect("Occupations").expect("the explorer starts");
        session
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
