use clap::FromArgMatches;
use std::process::ExitCode;

fn main() -> ExitCode {
    noc_explorer::cli::default_sigpipe();
    // The help is worded in the --lang language, read before parsing.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let matches =
        noc_explorer::cli::command(noc_explorer::cli::lang_in_args(&args)).get_matches_from(args);
    let cli = noc_explorer::cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    match noc_explorer::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            noc_explorer::cli::print_err(&format!("{e}\n"));
            ExitCode::from(e.exit_code())
        }
    }
}
