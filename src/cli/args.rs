//! The command line's arguments: every option with its help text, each on the commands it
//! applies to (`--theme` and `--shortlist` on the explorer only, `--lang` where the output is
//! localised, `--data` where the dataset is loaded).

use super::{Lang, ThemeName};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "noc-explorer",
    version,
    about = "Explore Canada's National Occupational Classification (NOC 2021) in the terminal",
    long_about = "Explore Canada's 516 NOC 2021 occupations: search by title, example title, French title, \
                  NOC 2021 or NOC 2016 code. With no command, starts the interactive explorer; the \
                  options below are the explorer's (each command lists its own with --help)."
)]
pub struct Cli {
    /// Load the dataset from this directory of RON files instead of the embedded one
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
    /// Language of the interface, the help and everything the commands write (en, fr, ja)
    #[arg(long, value_enum, default_value_t = Lang::En)]
    pub lang: Lang,
    /// Colour theme of the interactive explorer (NO_COLOR is honoured) [default: dark]
    #[arg(long, value_enum)]
    pub theme: Option<ThemeName>,
    /// The counsellor's shortlist file (default: shortlist.ron in the platform's data
    /// directory)
    #[arg(long, value_name = "FILE")]
    pub shortlist: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `--data`, for the commands that load the dataset.
#[derive(Debug, Clone, Default, Args)]
pub struct DataArg {
    /// Load the dataset from this directory of RON files instead of the embedded one
    #[arg(long, value_name = "DIR")]
    pub data: Option<PathBuf>,
}

/// `--lang`, for the commands whose output is localised.
#[derive(Debug, Clone, Default, Args)]
pub struct LangArg {
    /// Language of what the command writes: headings, phrases, numbers and dates (JSON stays
    /// English)
    #[arg(long, value_enum)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// Plain text, sections and aligned tables
    Text,
    /// Markdown with headings, lists and tables
    Markdown,
    /// JSON (the stable contract for scripts)
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// Plain text
    Text,
    /// JSON (the stable contract for scripts)
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Show one occupation: the NOC text, wages, outlook, immigration, licensing, AI, OaSIS
    /// and the score, each with its source
    Show {
        /// A NOC 2021 unit group code (5 digits, e.g. 32129); a NOC 2016 code (4 digits, e.g.
        /// 3219) shows the unit groups it continues as
        #[arg(value_name = "CODE")]
        code: String,
        /// Output format
        #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
        format: ShowFormat,
        #[command(flatten)]
        lang: LangArg,
        #[command(flatten)]
        data: DataArg,
    },
    /// Search occupations by code, title, example title, French title or NOC 2016 code
    Search {
        /// Words of the query (quotes are not needed)
        #[arg(required = true, num_args = 1.., value_name = "QUERY")]
        query: Vec<String>,
        /// How many occupations to list at most (1 or more)
        #[arg(long, default_value_t = 20, value_parser = super::parse_limit, value_name = "N")]
        limit: usize,
        /// Output format
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        #[command(flatten)]
        data: DataArg,
        // The language the query is typed in (under French, French titles are matched first
        // and a word is never corrected into English) and of the lines around the results.
        #[command(flatten)]
        lang: LangArg,
    },
    /// Where an occupation's skills carry: its closest occupations by OaSIS ratings (our
    /// measure), with the TEER step, pay, outlook, AI exposure and licensing there
    Paths {
        /// A NOC 2021 unit group code (5 digits, e.g. 32120)
        #[arg(value_name = "CODE")]
        code: String,
        /// The order of the occupations listed
        #[arg(long, value_enum, default_value_t = super::paths::PathsSort::Closest)]
        sort: super::paths::PathsSort,
        /// How many occupations to list at most (1 or more)
        #[arg(long, default_value_t = 10, value_parser = super::parse_limit, value_name = "N")]
        limit: usize,
        /// Output format
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        #[command(flatten)]
        lang: LangArg,
        #[command(flatten)]
        data: DataArg,
    },
    /// Check a data directory (default: the embedded dataset) and your keymap.ron and
    /// theme.ron, and list every problem
    Validate {
        /// The data directory to check (default: --data, else the embedded dataset)
        #[arg(value_name = "DIR")]
        dir: Option<PathBuf>,
        #[command(flatten)]
        lang: LangArg,
        #[command(flatten)]
        data: DataArg,
    },
    /// Export occupations as a printable HTML or Markdown handout, a CSV table or JSON (default:
    /// standard output)
    Export {
        /// NOC 2021 unit group codes, one or more (e.g. 32129 31301); a NOC 2016 code that
        /// continues as one unit group exports that group; a code given twice is exported once
        #[arg(required = true, num_args = 1.., value_name = "CODE")]
        codes: Vec<String>,
        /// Output format: html (one printable page), markdown, csv or json
        #[arg(long, value_enum, default_value_t = crate::export::ExportFormat::Markdown)]
        format: crate::export::ExportFormat,
        /// The client the handout is for: it goes in the title with today's date (at most
        /// 80 characters)
        #[arg(long, value_name = "NAME")]
        client: Option<String>,
        /// Write to this file instead of standard output (`-` is standard output)
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Overwrite the output file if it exists (keeping its permissions)
        #[arg(long)]
        force: bool,
        /// Create the output file's missing folders
        #[arg(long)]
        parents: bool,
        #[command(flatten)]
        lang: LangArg,
        #[command(flatten)]
        data: DataArg,
    },
    /// Print the default keymap and colour theme, and where your own keymap.ron and
    /// theme.ron go (each may hold only what it changes)
    Config {
        /// The colour theme whose defaults to print
        #[arg(long, value_enum)]
        theme: Option<ThemeName>,
    },
    /// Count what the dataset holds and how many unit groups each data set covers
    Stats {
        /// Output format
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
        #[command(flatten)]
        lang: LangArg,
        #[command(flatten)]
        data: DataArg,
    },
}
