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
