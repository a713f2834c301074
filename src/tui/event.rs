//! The event loop: terminal events become actions (key presses only), actions change the
//! app, then the screen is drawn. Pending events are drained before each draw so a burst of
//! keys or wheel ticks costs one frame.

use super::action::Action;
use super::state::App;
use super::terminal;
use ratatui::crossterm::event::{
    self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};
use std::time::Duration;

/// Draw, wait for input, apply it; `after_first_frame` runs once the first frame is out.
pub fn run_loop(
    terminal: &mut terminal::Term,
    app: &mut App,
    after_first_frame: impl FnOnce(),
) -> std::io::Result<()> {
    let mut after_first_frame = Some(after_first_frame);
    while !app.quit && !super::terminal::shutdown_requested() {
        if terminal::redraw_requested() {
            terminal::redraw_whole(terminal)?;
        }
        terminal.draw(|frame| super::view::draw(frame, app))?;
        if let Some(then) = after_first_frame.take() {
            then();
        }
        if let Some(osc) = app.clipboard.take() {
            // OSC 52: the terminal puts the text on the clipboard (also over SSH).
            use std::io::Write;
            let backend = terminal.backend_mut();
            backend.write_all(osc.as_bytes())?;
            backend.flush()?;
        }
        // Wait for input, waking up now and then to notice a termination signal.
        let mut suspend = false;
        let mut caught_up = false;
        while !event::poll(Duration::from_millis(if app.depth_pending() {
            30
        } else {
            200
        }))? {
            if app.depth_pending() {
                // No key for a moment: compute what the selection needs, then redraw.
                app.sync_depth();
                caught_up = true;
                break;
            }
            // A shortlist save that waited for another explorer: try again, never block.
            if app.retry_save() {
                caught_up = true;
                break;
            }
            if super::terminal::shutdown_requested() {
                return Ok(());
            }
            if terminal::suspend_requested() {
                suspend = true;
                break;
            }
        }
        if caught_up {
            continue;
        }
        if !suspend {
            let first = event::read()?;
            suspend = is_suspend_key(&first);
            handle_event(app, &first);
            while !suspend
                && !app.quit
                && !super::terminal::shutdown_requested()
                && event::poll(Duration::ZERO)?
            {
                let next = event::read()?;
                suspend = is_suspend_key(&next);
                handle_event(app, &next);
            }
        }
        if suspend {
            terminal::suspend(terminal)?;
            let size = terminal.size()?;
            app.apply(Action::Resize(size.width, size.height));
        }
    }
    if app.save_pending && !super::terminal::shutdown_requested() {
        // Quitting with a save still waiting for another explorer: the frame says so, and the
        // lock is tried for five seconds at most.
        terminal.draw(|frame| super::view::draw(frame, app))?;
        for _ in 0..50 {
            if app.retry_save() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    Ok(())
}

/// Ctrl-Z: in raw mode the terminal sends it as a key, not as SIGTSTP.
fn is_suspend_key(event: &Event) -> bool {
    matches!(event, Event::Key(key) if key.kind == KeyEventKind::Press
        && key.code == KeyCode::Char('z')
        && key.modifiers.contains(KeyModifiers::CONTROL))
}

/// Turn one terminal event into actions and apply them.
pub fn handle_event(app: &mut App, event: &Event) {
    if let Event::Paste(text) = event {
        app.paste(text);
        return;
    }
    if let Some(action) = to_action(app, event) {
        app.apply(action);
    }
}

/// Apply a key press the way the real app does (used by tests too).
pub fn handle_key(app: &mut App, key: KeyEvent) {
    handle_event(app, &Event::Key(key));
}

pub fn to_action(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            // Ctrl-c quits from anywhere, whatever the table says.
            if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
                return Some(Action::Quit);
            }
            app.keymap.lookup(app.key_context(), key)
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollDown => Some(Action::Wheel(m.column, m.row, 1)),
            MouseEventKind::ScrollUp => Some(Action::Wheel(m.column, m.row, -1)),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}
