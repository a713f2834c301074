//! The command line: argument definitions and the non-interactive commands.

use crate::data::{self, LoadErrors};
pub use crate::locale::Lang;
use crate::model::Dataset;
use crate::report;
use crate::search::{SearchIndex, Searcher};
pub use crate::tui::ThemeName;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "noc-explorer",
    version,
    about = "Explore Canada's National Occupational Classification (NOC 2021) in the terminal",
    long_about = "Explore Canada's 516 NOC 2021 occupations: search by title, example title, French title, \
                  NOC 2021 or NOC 2016 code. With no command, starts the interactive explorer."
)]
pub struct Cli {
    /// Load the dataset from this directory of RON files instead of the embedded one
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Language of the interface labels
    #[arg(long, global = true, value_enum, default_value_t = Lang::En)]
    pub lang: Lang,
    /// Colour theme of the interactive explorer (NO_COLOR is honoured)
    #[arg(long, global = true, value_enum, default_value_t = ThemeName::Dark)]
    pub theme: ThemeName,
    /// The counsellor's shortlist file (default: shortlist.ron in the platform's data
    /// directory)
    #[arg(long, global = true, value_name = "FILE")]
    pub shortlist: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show one occupation by its NOC 2021 code
    Show {
        code: String,
        #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
        format: ShowFormat,
    },
    /// Search occupations by code, title, example title, French title or NOC 2016 code
    Search {
        /// Words of the query (quotes are not needed)
        #[arg(required = true, num_args = 1..)]
        query: Vec<String>,
        /// How many occupations to list at most (1 or more)
        #[arg(long, default_value_t = 20, value_parser = parse_limit)]
        limit: usize,
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Check a data directory (default: the embedded dataset) and list every problem
    Validate { dir: Option<PathBuf> },
    /// Export occupations as a Markdown handout, a CSV table or JSON (default: standard output)
    Export {
        #[arg(required = true, num_args = 1..)]
        codes: Vec<String>,
        #[arg(long, value_enum, default_value_t = crate::export::ExportFormat::Markdown)]
        format: crate::export::ExportFormat,
        /// Write to this file instead of standard output
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Overwrite the output file if it exists
        #[arg(long)]
        force: bool,
    },
    /// Print the default keymap and colour theme, and where your own keymap.ron and
    /// theme.ron go (each may hold only what it changes)
    Config,
    /// Count what the dataset holds
    Stats {
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
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
    match cli.command {
        None => {
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
            let ds = data::load(cli.data.as_deref())?;
            crate::tui::run(ds, cli.lang, cli.theme, cli.shortlist)
                .map_err(|e| CliError::Other(e.to_string()))
        }
        Some(Command::Show { code, format }) => {
            let ds = data::load(cli.data.as_deref())?;
            let unit = ds.unit(code.trim()).ok_or_else(|| not_found(&ds, &code))?;
            let text = match format {
                ShowFormat::Text => report::text(&ds, unit),
                ShowFormat::Markdown => report::markdown(&ds, unit),
                ShowFormat::Json => report::json_string(&ds, unit),
            };
            print_out_as(&text, format == ShowFormat::Json)
        }
        Some(Command::Search {
            query,
            limit,
            format,
        }) => {
            let query = query.join(" ");
            if !crate::query_limits::within(&query) {
                return Err(CliError::Usage(format!(
                    "noc-explorer: {}",
                    crate::query_limits::message()
                )));
            }
            let ds = data::load(cli.data.as_deref())?;
            let index = SearchIndex::new(&ds);
            let results = Searcher::new().search(&index, &query);
            let hits = &results.hits[..results.hits.len().min(limit)];
            let text = match format {
                ListFormat::Json => report::search_json(&ds, hits),
                ListFormat::Text => {
                    let mut out = String::new();
                    if let Some(c) = &results.corrected {
                        out.push_str(&format!("(showing results for \"{c}\")\n"));
                    }
                    if hits.is_empty() {
                        out.push_str(&format!("no occupation matches \"{query}\"\n"));
                    }
                    out + &report::search_text(&ds, hits)
                }
            };
            // The process ends here: freeing ~200,000 small allocations would only delay it.
            std::mem::forget((ds, index));
            print_out_as(&text, format == ListFormat::Json)
        }
        Some(Command::Validate { dir }) => {
            let dir = dir.or(cli.data);
            let ds = data::load(dir.as_deref())?;
            for warning in dir
                .as_deref()
                .map(data::missing_optional)
                .unwrap_or_default()
            {
                eprintln!("warning: {}", data::printable(&warning, false));
            }
            for warning in data::missing_deep_files(&ds) {
                eprintln!("warning: {warning}");
            }
            let what = dir.map_or("the embedded dataset".to_string(), |d| {
                d.display().to_string()
            });
            print_out(&format!(
                "{what}: valid ({} unit groups, {} example titles, {} profiles)\n",
                ds.units.len(),
                ds.example_title_count(),
                ds.profiles.len()
            ))?;
            validate_config()
        }
        Some(Command::Config) => print_out(&crate::tui::config::describe(cli.theme)),
        Some(Command::Export {
            codes,
            format,
            output,
            force,
        }) => {
            let ds = data::load(cli.data.as_deref())?;
            let units = codes
                .iter()
                .map(|c| ds.unit(c.trim()).ok_or_else(|| not_found(&ds, c)))
                .collect::<Result<Vec<_>, _>>()?;
            let text = crate::export::render(&ds, &units, format)
                .map_err(|e| CliError::Other(e.to_string()))?;
            let json = format == crate::export::ExportFormat::Json;
            let text = data::printable(&text, json).into_owned();
            match output {
                None => print_out(&text),
                Some(path) => {
                    crate::export::write(&path, &text, force)
                        .map_err(|e| CliError::Other(format!("noc-explorer: {e}")))?;
                    eprintln!("wrote {} occupation(s) to {}", units.len(), path.display());
                    Ok(())
                }
            }
        }
        Some(Command::Stats { format }) => {
            let ds = data::load(cli.data.as_deref())?;
            let stats = report::stats(&ds);
            let text = match format {
                ListFormat::Json => {
                    serde_json::to_string_pretty(&stats)
                        .map_err(|e| CliError::Other(e.to_string()))?
                        + "\n"
                }
                ListFormat::Text => report::stats_text(&stats),
            };
            print_out(&text)
        }
    }
}

fn parse_limit(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err("must be at least 1 (--limit 0 would list nothing)".into()),
        Ok(n) => Ok(n),
        Err(e) => Err(e.to_string()),
    }
}

/// Check the user's keymap.ron and theme.ron, if there are any.
fn validate_config() -> Result<(), CliError> {
    use crate::tui::{config, theme::Theme};
    let loaded = config::load(config::dir().as_deref(), Theme::dark());
    let mut out = String::new();
    for path in &loaded.used {
        out.push_str(&format!("{}: valid\n", path.display()));
    }
    print_out(&out)?;
    if loaded.problems.is_empty() {
        return Ok(());
    }
    let problems: Vec<String> = loaded.problems.iter().map(|e| e.to_string()).collect();
    Err(CliError::Other(format!(
        "{}\nthe explorer ignores these files and uses its default keys and colours",
        problems.join("\n")
    )))
}

fn not_found(ds: &Dataset, code: &str) -> CliError {
    let index = SearchIndex::new(ds);
    let mut searcher = Searcher::new();
    let code = code.trim();
    // Close matches: the longest prefix of the code that finds something, else a search.
    let mut hits = Vec::new();
    if code.bytes().all(|b| b.is_ascii_digit()) {
        for len in (1..code.len()).rev() {
            hits = searcher.search(&index, &code[..len]).hits;
            if !hits.is_empty() {
                break;
            }
        }
        // Among the codes sharing the longest prefix, the numerically nearest first.
        let target: i64 = code.parse().unwrap_or(0);
        hits.sort_by_key(|h| (ds.units[h.unit].code.parse::<i64>().unwrap_or(0) - target).abs());
    } else {
        hits = searcher.search(&index, code).hits;
    }
    let mut message = format!("noc-explorer: no unit group has the code \"{code}\"");
    if !hits.is_empty() {
        message.push_str("\nclose matches:");
        for hit in hits.iter().take(5) {
            let unit = &ds.units[hit.unit];
            message.push_str(&format!("\n  {}  {}", unit.code, unit.title));
        }
    }
    message.push_str("\nsearch with: noc-explorer search QUERY");
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
