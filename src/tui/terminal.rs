//! The terminal's lifecycle: whether it can show the explorer, entering and leaving full
//! screen, and the signals that interrupt it.
//!
//! - SIGINT, SIGTERM, SIGHUP and SIGQUIT set a flag; the event loop returns, the terminal is restored
//!   and the process exits with 128 + the signal's number.
//! - Ctrl-Z (a key in raw mode) and SIGTSTP suspend: the terminal is restored, the process
//!   stops; on SIGCONT full screen comes back and everything is redrawn.
//! - When the terminal is gone (the parent exited) or a signal is not honoured within a
//!   second, a watchdog restores what it can and exits.

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, enable_raw_mode};
use std::io::{BufWriter, Stdout};
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

/// The explorer's terminal. Its output goes through a buffer that holds a whole frame, so a
/// frame reaches the terminal in one write: standard output's own buffer is 1 KiB, which cut
/// a first frame (~11 KiB) into a dozen writes.
pub type Term = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Bytes buffered before a write: more than a full frame at 400x100 with colours.
const FRAME_BUFFER: usize = 256 * 1024;

/// The termination signal received, or 0.
static SIGNALLED: AtomicI32 = AtomicI32::new(0);
/// Set by SIGTSTP: the loop suspends at its next turn.
static SUSPEND: AtomicBool = AtomicBool::new(false);
/// Set by SIGCONT: the screen may have been drawn over; redraw it whole.
static REDRAW: AtomicBool = AtomicBool::new(false);

/// Why the explorer cannot run in this terminal, if it cannot: `TERM` unset, empty or `dumb`.
pub fn unsupported_reason() -> Option<String> {
    match std::env::var("TERM") {
        Ok(term) if !term.is_empty() && term != "dumb" => None,
        Ok(term) if term == "dumb" => Some("TERM is \"dumb\"".into()),
        _ => Some("TERM is not set".into()),
    }
}

/// The message for a terminal that cannot show the explorer.
pub fn unsupported_message(reason: &str) -> String {
    format!(
        "noc-explorer: this terminal cannot show the explorer ({reason}).\n\
         Use a command instead (see `noc-explorer --help`):\n  \
         noc-explorer search QUERY\n  \
         noc-explorer show CODE\n  \
         noc-explorer export CODE...\n  \
         noc-explorer stats\n\
         or start it in a terminal that sets TERM, e.g. TERM=xterm-256color."
    )
}

/// Whether a termination signal asked the explorer to stop.
pub fn shutdown_requested() -> bool {
    SIGNALLED.load(Ordering::Relaxed) != 0
}

/// The termination signal received, if any.
pub fn signal_received() -> Option<i32> {
    Some(SIGNALLED.load(Ordering::Relaxed)).filter(|&n| n != 0)
}

/// Whether SIGTSTP asked the explorer to suspend (the request is taken).
pub fn suspend_requested() -> bool {
    SUSPEND.swap(false, Ordering::Relaxed)
}

/// Whether the screen must be redrawn whole after SIGCONT (the request is taken).
pub fn redraw_requested() -> bool {
    REDRAW.swap(false, Ordering::Relaxed)
}

#[cfg(unix)]
pub fn watch_signals() -> std::io::Result<()> {
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
        // SAFETY: the handler only stores to an atomic, which is async-signal-safe.
        unsafe {
            signal_hook::low_level::register(signal, move || {
                SIGNALLED.store(signal, Ordering::Relaxed)
            })?;
        }
    }
    // SAFETY: as above.
    unsafe {
        signal_hook::low_level::register(SIGTSTP, || SUSPEND.store(true, Ordering::Relaxed))?;
        signal_hook::low_level::register(SIGCONT, || REDRAW.store(true, Ordering::Relaxed))?;
    }
    Ok(())
}

#[cfg(not(unix))]
pub fn watch_signals() -> std::io::Result<()> {
    Ok(())
}

/// Enter full screen: raw mode and the alternate screen (with ratatui's panic hook), then
/// mouse reports and bracketed paste.
pub fn enter() -> std::io::Result<Term> {
    // What `ratatui::init` does, with the frame buffer (`Term`).
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        ratatui::restore();
        previous(info);
    }));
    enable_raw_mode()?;
    let entered = execute!(
        std::io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )
    .and_then(|()| {
        let out = BufWriter::with_capacity(FRAME_BUFFER, std::io::stdout());
        Terminal::new(CrosstermBackend::new(out))
    });
    if entered.is_err() {
        // Raw mode is on: give the terminal back as it was before saying why.
        restore();
    }
    entered
}

/// Leave full screen and give the terminal back as it was.
pub fn restore() {
    let _ = execute!(
        std::io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture,
        Show
    );
    ratatui::restore();
}

/// Suspend like a shell job: restore the terminal, stop, and on continuing re-enter full
/// screen and clear it so the next frame is drawn whole.
pub fn suspend(terminal: &mut Term) -> std::io::Result<()> {
    restore();
    #[cfg(unix)]
    // SAFETY: raising a signal on our own process.
    unsafe {
        libc::raise(libc::SIGSTOP);
    }
    enable_raw_mode()?;
    execute!(
        std::io::stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste
    )?;
    REDRAW.store(false, Ordering::Relaxed);
    redraw_whole(terminal)
}

/// Make the next frame draw every cell: draw a blank frame first, so the frame after it
/// differs from what ratatui believes is on screen everywhere. (`Terminal::clear` would ask
/// the terminal for the cursor position, which not every terminal answers.)
pub fn redraw_whole(terminal: &mut Term) -> std::io::Result<()> {
    execute!(std::io::stdout(), Clear(ClearType::All))?;
    terminal
        .draw(|frame| frame.render_widget(ratatui::widgets::Clear, frame.area()))
        .map(drop)
}

/// When a termination signal ended the loop: restore and exit with 128 + its number.
pub fn exit_if_signalled() {
    if let Some(n) = signal_received() {
        restore();
        std::process::exit(128 + n);
    }
}

/// A last resort when the terminal is gone. crossterm keeps reading a closed terminal's
/// end-of-file inside `poll`, so the event loop never regains control: when the process that
/// started us has exited (we were re-parented) or a termination signal was not honoured within
/// a second, restore what can be restored and exit.
#[cfg(unix)]
pub fn start_watchdog() {
    let parent = std::os::unix::process::parent_id();
    let spawned = std::thread::Builder::new()
        .name("terminal-watchdog".into())
        .spawn(move || {
            let mut signalled_for = 0;
            loop {
                std::thread::sleep(std::time::Duration::from_millis(500));
                let orphaned = std::os::unix::process::parent_id() != parent;
                signalled_for = if shutdown_requested() {
                    signalled_for + 1
                } else {
                    0
                };
                if orphaned || signalled_for >= 2 {
                    restore();
                    std::process::exit(signal_received().map_or(0, |n| 128 + n));
                }
            }
        });
    // Without the watchdog the explorer still works; only this last resort is missing.
    drop(spawned);
}

#[cfg(not(unix))]
pub fn start_watchdog() {}
