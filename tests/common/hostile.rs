//! Helpers for the tests that hand the real binary hostile input: a 5-second limit on every
//! run, a copy of the shipped data to spoil, special files, and the largest resident size of
//! any child so far.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::Path;
use std::time::Duration;

/// The binary, killed after 5 seconds.
pub fn cmd() -> Command {
    let mut cmd = Command::cargo_bin("noc-explorer").expect("binary built");
    cmd.timeout(Duration::from_secs(5));
    cmd
}

/// A copy of the shipped data (without the raw sources) in a temporary directory.
pub fn data_copy() -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap() {
            let entry = entry.unwrap();
            let name = entry.file_name();
            if name == "raw" {
                continue;
            }
            if entry.file_type().unwrap().is_dir() {
                copy(&entry.path(), &to.join(&name));
            } else if name.to_string_lossy().ends_with(".ron") {
                std::fs::copy(entry.path(), to.join(&name)).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("data"),
        dir.path(),
    );
    dir
}

pub fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

/// The largest resident size (KB) any child of this test process has had so far.
pub fn max_child_kb() -> i64 {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::zeroed();
    // SAFETY: getrusage fills the struct it is given.
    let usage = unsafe {
        assert_eq!(
            libc::getrusage(libc::RUSAGE_CHILDREN, usage.as_mut_ptr()),
            0
        );
        usage.assume_init()
    };
    usage.ru_maxrss
}

/// Assert no child so far grew past 200 MB.
pub fn assert_children_under_200_mb() {
    let max_kb = max_child_kb();
    assert!(max_kb < 200 * 1024, "a child used {max_kb} KB");
}
