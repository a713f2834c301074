//! The command line: argument definitions and the non-interactive commands.

use crate::data::{self, LoadErrors};
pub use crate::locale::Lang;
use crate::model::Dataset;
use crate::report;
use crate::search::{SearchIndex, Searcher};
pub use crate::tui::ThemeName;
mod args;
mod export;
mod help;
mod paths;

pub use help::{command, lang_in_args};

pub use args::{Cli, Command, DataArg, LangArg, ListFormat, ShowFormat};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// The data a command reads: the embedded dataset or `--data`'s directory, whose prepared copy
/// holds the search index `search` makes (the command line hands it down: `data` never names
/// `search`).
fn load(dir: Option<&std::path::Path>) -> Result<Dataset, LoadErrors> {
    data::load(dir, SearchIndex::prepared_bytes)
}

/// An error at the edge: a message for the user and an exit code.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Data(#[from] LoadErrors),
    #[error("{message}")]
    NotFound { message: String },
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Other(String),
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            _ => 1,
        }
    }
}

/// Run the command line; returns the process exit code.
pub fn run(cli: Cli) -> Result<(), CliError> {
    let Some(command) = cli.command else {
        let theme = cli.theme.unwrap_or(ThemeName::Dark);
        return explorer(cli.data, cli.lang, theme, cli.shortlist);
    };
    // The explorer's own options, given before a command that would ignore them.
    let ignored = match &command {
        Command::Config { .. } => cli.shortlist.is_some().then_some("--shortlist"),
        _ if cli.shortlist.is_some() => Some("--shortlist"),
        _ if cli.theme.is_some() => Some("--theme"),
        _ => None,
    };
    if let Some(option) = ignored {
        return Err(CliError::Usage(format!(
            "noc-explorer: {option} applies to the interactive explorer only; see `noc-explorer --help`"
        )));
    }
    let data = |arg: DataArg| arg.data.or(cli.data.clone());
    let lang = |arg: LangArg| arg.lang.unwrap_or(cli.lang);
    match command {
        Command::Show {
            code,
            format,
            lang: l,
            data: d,
        } => show(&data(d), &code, format, lang(l)),
        Command::Search {
            query,
            limit,
            format,
            data: d,
            lang: l,
        } => search(&data(d), &query.join(" "), limit, format, lang(l)),
        Command::Validate {
            dir,
            lang: l,
            data: d,
        } => validate(dir.or(data(d)), lang(l)),
        Command::Paths {
            code,
            sort,
            limit,
            format,
            lang: l,
            data: d,
        } => paths::run(data(d).as_deref(), &code, sort, limit, format, lang(l)),
        Command::Config { theme } => print_out(&crate::tui::config::describe(
            theme.or(cli.theme).unwrap_or(ThemeName::Dark),
        )),
        Command::Export {
            codes,
            format,
            client,
            output,
            force,
            parents,
            lang: l,
            data: d,
        } => export::export(export::ExportArgs {
            codes,
            format,
            client,
            output,
            force,
            parents,
            lang: lang(l),
            data: data(d),
        }),
        Command::Stats {
            format,
            lang: l,
            data: d,
        } => {
            let ds = load(data(d).as_deref())?;
            let stats = report::stats(&ds);
            let text = match format {
                ListFormat::Json => {
                    serde_json::to_string_pretty(&stats)
                        .map_err(|e| CliError::Other(e.to_string()))?
                        + "\n"
                }
                ListFormat::Text => report::stats_text(&stats, lang(l)),
            };
            print_out(&text)
        }
    }
}

fn explorer(
    dir: Option<PathBuf>,
    lang: Lang,
    theme: ThemeName,
    shortlist: Option<PathBuf>,
) -> Result<(), CliError> {
    if !std::io::stdout().is_terminal() {
        return Err(CliError::Usage(
            "noc-explorer: the interactive explorer needs a terminal; standard output is not one.\n\
             Use a command instead (show, search, stats, validate): see `noc-explorer --help`."
                .into(),
        ));
    }
    if let Some(reason) = crate::tui::terminal::unsupported_reason() {
        return Err(CliError::Usage(crate::tui::terminal::unsupported_message(
            &reason,
        )));
    }
    let ds = load(dir.as_deref())?;
    crate::tui::run(ds, lang, theme, shortlist).map_err(|e| CliError::Other(e.to_string()))
}

fn show(dir: &Option<PathBuf>, code: &str, format: ShowFormat, lang: Lang) -> Result<(), CliError> {
    let code = check_code(code)?;
    let ds = load(dir.as_deref())?;
    let render = |unit| match format {
        ShowFormat::Text => report::text(&ds, unit, lang),
        ShowFormat::Markdown => report::markdown(&ds, unit, lang),
        ShowFormat::Json => report::json_string(&ds, unit),
    };
    let json = format == ShowFormat::Json;
    if let Some(unit) = ds.unit(code) {
        return print_out_as(&render(unit), json);
    }
    let Some(old) = ds.noc2016_class(code) else {
        return Err(not_found(&ds, code, lang));
    };
    let successor = successor(&ds, old);
    let note = noc2016_note(&ds, old, successor.map(|u| u.code.as_str()), false, lang);
    match (successor, format) {
        (Some(unit), ShowFormat::Json) => {
            print_err(&note);
            print_out_as(&render(unit), true)
        }
        (Some(unit), ShowFormat::Markdown) => {
            let note: String = note.lines().map(|l| format!("> {l}\n")).collect();
            print_out(&format!("{note}\n{}", render(unit)))
        }
        (Some(unit), ShowFormat::Text) => print_out(&format!("{note}\n{}", render(unit))),
        (None, ShowFormat::Json) => {
            let successors: Vec<_> = old
                .noc2021
                .iter()
                .filter_map(|c| ds.unit(c))
                .map(|u| serde_json::json!({ "code": u.code, "title": u.title }))
                .collect();
            let value = serde_json::json!({
                "noc2016": { "code": old.code, "title": old.title },
                "noc2021": successors,
            });
            let text = serde_json::to_string_pretty(&value).unwrap_or_default() + "\n";
            print_out_as(&text, true)
        }
        (None, _) => print_out(&note),
    }
}

/// The unit group a NOC 2016 code continues as, when there is one.
fn successor<'a>(
    ds: &'a Dataset,
    old: &crate::model::Noc2016Class,
) -> Option<&'a crate::model::UnitGroup> {
    old.continues_as
        .clone()
        .or_else(|| (old.noc2021.len() == 1).then(|| old.noc2021[0].clone()))
        .and_then(|c| ds.unit(&c))
}

/// The most characters a code may have: a NOC code is 4 or 5 digits, and a word typed in its
/// place is searched for close matches, so it is held to a search word's length.
const MAX_CODE_CHARS: usize = 100;

/// `code` trimmed, refused at once when it is longer than any code or query could be.
fn check_code(code: &str) -> Result<&str, CliError> {
    let code = code.trim();
    if code.chars().nth(MAX_CODE_CHARS).is_some() || !crate::query_limits::within(code) {
        return Err(CliError::Usage(format!(
            "noc-explorer: a NOC code is 4 or 5 digits (e.g. 32129); this one has {} \
             characters. To look for an occupation by name: noc-explorer search QUERY",
            code.chars().count()
        )));
    }
    Ok(code)
}

/// "3219 is a NOC 2016 code (...); it continues as NOC 2021 32129 ..." and the other unit
/// groups the correspondence links it to, in the interface language; `exported` says the
/// successor is exported in its place rather than shown below.
fn noc2016_note(
    ds: &Dataset,
    old: &crate::model::Noc2016Class,
    shown: Option<&str>,
    exported: bool,
    lang: Lang,
) -> String {
    let r = &crate::i18n::Labels::for_lang(lang).reviewed;
    let fill = crate::i18n::fill;
    let title = |c: &str| ds.unit(c).map_or(String::new(), |u| u.title.clone());
    let mut out = fill(r.noc2016_is, &[("code", &old.code), ("title", &old.title)]);
    match shown {
        Some(code) => {
            let place = if exported {
                r.noc2016_exported
            } else {
                r.noc2016_shown
            };
            out.push_str(&fill(
                r.noc2016_continues,
                &[("code", code), ("title", &title(code)), ("place", place)],
            ));
            out.push('\n');
            let others: Vec<String> = old
                .noc2021
                .iter()
                .filter(|c| c.as_str() != code)
                .map(|c| format!("{c} {}", title(c)))
                .collect();
            if !others.is_empty() {
                out.push_str(&fill(r.noc2016_also, &[("others", &others.join("; "))]));
                out.push('\n');
            }
        }
        None => {
            out.push_str(r.noc2016_split);
            out.push('\n');
            for c in &old.noc2021 {
                out.push_str(&format!("  {c}  {}\n", title(c)));
            }
            out.push_str(r.noc2016_show_one);
            out.push('\n');
        }
    }
    out
}

fn search(
    dir: &Option<PathBuf>,
    query: &str,
    limit: usize,
    format: ListFormat,
    lang: Lang,
) -> Result<(), CliError> {
    if !crate::query_limits::within(query) {
        return Err(CliError::Usage(format!(
            "noc-explorer: {}",
            crate::query_limits::message()
        )));
    }
    // The embedded dataset's index was prepared at build time: nothing else is loaded.
    // A directory's, from its prepared copy when one matches (made by the first load).
    let prepared = |d: &std::path::Path| {
        data::prepared::load::search_index_bytes(d).and_then(SearchIndex::from_bytes)
    };
    let index = match dir.as_deref().map_or_else(SearchIndex::embedded, prepared) {
        Some(index) => index,
        None => SearchIndex::for_dataset(&data::load_for(
            dir.as_deref(),
            data::Needs::Search,
            SearchIndex::prepared_bytes,
        )?),
    };
    let results = Searcher::for_language(lang).search(&index, query);
    let l = crate::i18n::Labels::for_lang(lang);
    let hits = &results.hits[..results.hits.len().min(limit)];
    let text = match format {
        ListFormat::Json => report::search_json(&index, hits),
        ListFormat::Text => {
            let mut out = String::new();
            if let Some(c) = &results.corrected {
                out.push_str(&format!("({} \"{c}\")\n", l.showing_results_for));
            }
            if let Some(forms) = &results.read_as {
                let line = crate::i18n::fill(l.search_words.read_as, &[("forms", forms)]);
                out.push_str(&format!("({line})\n"));
            }
            if let Some(word) = &results.without {
                let line = crate::i18n::fill(l.search_words.without, &[("word", word)]);
                out.push_str(&format!("({line})\n"));
            }
            if hits.is_empty() {
                out.push_str(&format!("{} \"{query}\"\n", l.no_matches));
                if results.unsearchable {
                    out.push_str(&format!("{}\n", l.search_words.unsearchable));
                }
            }
            out + &report::search_text(&index, hits, lang)
        }
    };
    // The process ends here: freeing the index's allocations would only delay it.
    std::mem::forget(index);
    print_out_as(&text, format == ListFormat::Json)
}

fn validate(dir: Option<PathBuf>, lang: Lang) -> Result<(), CliError> {
    let l = crate::i18n::Labels::for_lang(lang);
    let c = &l.cli;
    // The RON itself, checked whole: never a prepared copy.
    let ds = match dir.as_deref() {
        Some(d) => data::load_dir_ron(d)?,
        None => data::load_embedded()?,
    };
    for warning in dir
        .as_deref()
        .map(data::missing_optional)
        .unwrap_or_default()
    {
        print_err(&format!("{} {warning}\n", c.warning));
    }
    for warning in data::missing_deep_files(&ds) {
        print_err(&format!("{} {warning}\n", c.warning));
    }
    let what = dir.map_or(c.embedded.to_string(), |d| d.display().to_string());
    let nouns = &l.report.stats.nouns;
    let count = |n: usize, (one, many): (&str, &str)| {
        let template = if n == 1 { one } else { many };
        crate::i18n::fill(template, &[("n", &crate::locale::number(lang, n as i64))])
    };
    let line = crate::i18n::fill(
        c.valid,
        &[
            ("what", &what),
            ("units", &count(ds.units.len(), nouns[4])),
            ("titles", &count(ds.example_title_count(), nouns[5])),
            ("profiles", &count(ds.profiles.len(), nouns[9])),
        ],
    );
    print_out(&format!("{line}\n"))?;
    validate_config(c)
}

pub(crate) fn parse_limit(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err("must be at least 1 (--limit 0 would list nothing)".into()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

/// Check the user's keymap.ron and theme.ron, if there are any.
fn validate_config(c: &crate::i18n::CliLabels) -> Result<(), CliError> {
    use crate::tui::{config, theme::Theme};
    let loaded = config::load(config::dir().as_deref(), Theme::dark());
    let mut out = String::new();
    for path in &loaded.used {
        let path = path.display().to_string();
        out.push_str(&crate::i18n::fill(c.valid_file, &[("path", &path)]));
        out.push('\n');
    }
    print_out(&out)?;
    if loaded.problems.is_empty() {
        return Ok(());
    }
    let problems: Vec<String> = loaded.problems.iter().map(|e| e.to_string()).collect();
    Err(CliError::Other(format!(
        "{}\n{}",
        problems.join("\n"),
        c.config_ignored
    )))
}

fn not_found(ds: &Dataset, code: &str, lang: Lang) -> CliError {
    let r = &crate::i18n::Labels::for_lang(lang).reviewed;
    let index = SearchIndex::new(ds);
    let mut searcher = Searcher::new();
    let code = code.trim();
    // Close matches: the longest prefix of the code that finds something, else a search.
    let mut hits = Vec::new();
    if code.bytes().all(|b| b.is_ascii_digit()) {
        // A code is at most five digits: longer prefixes find nothing more.
        for len in (1..code.len().min(6)).rev() {
            hits = searcher.search(&index, &code[..len]).hits;
            if !hits.is_empty() {
                break;
            }
        }
        // Among the codes sharing the longest prefix, the numerically nearest first.
        let target: i64 = code[..code.len().min(5)].parse().unwrap_or(0);
        hits.sort_by_key(|h| (ds.units[h.unit].code.parse::<i64>().unwrap_or(0) - target).abs());
    } else {
        hits = searcher.search(&index, code).hits;
    }
    let mut message = crate::i18n::fill(r.no_code, &[("code", code)]);
    if code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit()) && ds.noc2016.is_empty() {
        message.push('\n');
        message.push_str(r.noc2016_not_loaded);
    }
    if !hits.is_empty() {
        message.push('\n');
        message.push_str(r.close_matches);
        for hit in hits.iter().take(5) {
            let unit = &ds.units[hit.unit];
            message.push_str(&format!("\n  {}  {}", unit.code, unit.title));
        }
    }
    message.push('\n');
    message.push_str(r.search_with);
    CliError::NotFound { message }
}

/// Let a closed pipe end the process the conventional way (killed by SIGPIPE, status 141 in
/// a shell) and quietly, on standard output and standard error alike. Rust ignores SIGPIPE by
/// default, which turns `| head -1` into a panic in `eprintln!`.
pub fn default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: setting a signal's disposition to its default at startup, before any thread.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Write to standard error with control characters escaped. A standard error that cannot be
/// written (full, closed) is ignored: there is nowhere left to say so, and no reason to panic.
pub fn print_err(text: &str) {
    let text = data::printable(text, false);
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Print with control characters escaped (see `data::printable`).
fn print_out(text: &str) -> Result<(), CliError> {
    print_out_as(text, false)
}

/// Print, treating a closed pipe (`| head`) as success; control characters in the text (data
/// or query) are escaped, JSON-style when `json`.
fn print_out_as(text: &str, json: bool) -> Result<(), CliError> {
    let text = data::printable(text, json);
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(CliError::from),
    }
}
