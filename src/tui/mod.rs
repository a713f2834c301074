//! The interactive explorer: a ratatui app over the dataset and the search engine.
//!
//! Keys become [`Action`]s through the one table in [`keymap`]; [`App::apply`] is the only
//! place state changes; [`draw`] renders from `&App` (the real loop and the tests use it).

pub mod action;
pub mod config;
pub mod content;
pub mod context;
pub mod event;
/// The labels live below the interface (`crate::i18n`), shared with the reports.
pub use crate::i18n;
pub mod keymap;
pub mod layout;
pub mod override_file;
pub mod state;
pub mod terminal;
pub mod testing;
pub mod text;
pub mod theme;
pub mod view;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_ai_links;
#[cfg(test)]
mod tests_compare;
#[cfg(test)]
mod tests_depth;
#[cfg(test)]
mod tests_examples;
#[cfg(test)]
mod tests_facts;
#[cfg(test)]
mod tests_first_steps;
#[cfg(test)]
mod tests_help;
#[cfg(test)]
mod tests_navigation;
#[cfg(test)]
mod tests_numbers;
#[cfg(test)]
mod tests_present;
#[cfg(test)]
mod tests_tools;
#[cfg(test)]
mod tests_wording;

pub use action::{Action, Tab};
pub use state::App;
/// Drawing lives with the views; the loop, the tests and the benches draw through this.
pub use view::draw;

use crate::locale::Lang;
use crate::model::Dataset;
use ratatui::layout::Rect;
use theme::Theme;
pub use theme::ThemeName;

pub use terminal::shutdown_requested;

/// For the end-to-end test of terminal restoration: with this variable set to `1`, the
/// explorer panics right after drawing its first frame.
pub const PANIC_TEST_VAR: &str = "NOC_EXPLORER_TEST_PANIC";

/// Run the explorer until the user quits. The terminal is restored on every way out:
/// normal return, error (the guard's `Drop`), panic (the hook) and SIGINT/SIGTERM/SIGHUP (the
/// loop sees the flag and returns; the process then exits with 128 + the signal's number).
pub fn run(
    ds: Dataset,
    lang: Lang,
    theme: ThemeName,
    shortlist: Option<std::path::PathBuf>,
) -> std::io::Result<()> {
    terminal::watch_signals()?;
    terminal::start_watchdog();
    let mut terminal = terminal::enter()?;
    let _guard = TerminalGuard;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        terminal::restore();
        previous(info);
    }));
    let size = terminal.size()?;
    let config = config::load(config::dir().as_deref(), Theme::from_env(theme));
    let app = App::new(
        ds,
        lang,
        config.theme,
        Rect::new(0, 0, size.width, size.height),
        &content::MEASURE,
    );
    let mut app = open_shortlist(app, shortlist).with_config(config);
    app.export_dir = state::export::default_export_dir();
    if std::env::var(PANIC_TEST_VAR).is_ok_and(|v| v == "1") {
        terminal.draw(|frame| draw(frame, &app))?;
        panic!("{PANIC_TEST_VAR}=1: panicking on purpose after the first frame");
    }
    // After the first frame (drawn by the loop, once), in the background: the pages of the
    // embedded files decoded so far go back to the kernel; then the similarity table (and its
    // pages), the search index, every
    // occupation's figures (filters, sorts, compare), the typo vocabulary (else the first
    // misspelt word waits for it) and what every occupation reads of the deep files (the
    // OaSIS guide, parsed; where each occupation's work activities and yearly series lie). A
    // major group's OaSIS and task files are split when one of its occupations is first
    // selected; only the selected occupation's part of each file is decoded (and the last
    // few kept): keeping whole files held ~2.75 MB for the first occupation, and more for
    // each major group visited.
    let ds = std::sync::Arc::clone(&app.ds);
    let facts = std::sync::Arc::clone(&app.facts);
    let index = std::sync::Arc::clone(&app.index);
    let in_background = move || {
        std::thread::spawn(move || {
            crate::embedded_pages::release_pending();
            // Where the skills carry, which the selected occupation's deep sections show once
            // its major group's files are parsed.
            ds.similarity.get();
            crate::embedded_pages::release_pending();
            index.prepare_corrections();
            facts.all();
            ds.deep.parse_shared();
        });
    };
    let result = event::run_loop(&mut terminal, &mut app, in_background);
    terminal::exit_if_signalled();
    if app.save_pending {
        // Never lose marks in silence: once the screen is back, say what was not saved.
        terminal::restore();
        let codes = app.shortlist.codes();
        let n = codes.len().to_string();
        let line = crate::i18n::fill(
            app.labels.reliability.shortlist_unsaved,
            &[("n", &n), ("codes", &codes.join(" "))],
        );
        let _ = std::io::Write::write_all(&mut std::io::stderr(), format!("{line}\n").as_bytes());
    }
    result
}

/// Load the shortlist from `path` (or the platform's data directory); when neither works,
/// keep it in memory and say so.
pub fn open_shortlist(app: App, path: Option<std::path::PathBuf>) -> App {
    let c = &app.labels.tools;
    let path = match path.map(Ok).unwrap_or_else(crate::shortlist::default_path) {
        Ok(p) => p,
        Err(e) => {
            let msg = format!("{}: {e}", c.in_memory);
            let mut app = app.with_shortlist(crate::shortlist::Shortlist::in_memory(), &[]);
            app.message = Some(msg);
            return app;
        }
    };
    let loaded = crate::shortlist::Shortlist::load(&path, |code| app.ds.unit(code).is_some());
    match loaded {
        Ok((list, notes)) => app.with_shortlist(list, &notes),
        Err(e) => {
            let msg = format!("{}: {e}", c.in_memory);
            let mut app = app.with_shortlist(crate::shortlist::Shortlist::in_memory(), &[]);
            app.message = Some(msg);
            app
        }
    }
}

/// Restores the terminal when dropped, whatever path leaves `run`.
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        terminal::restore();
    }
}
