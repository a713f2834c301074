use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    noc_explorer::cli::default_sigpipe();
    let cli = noc_explorer::cli::Cli::parse();
    match noc_explorer::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            noc_explorer::cli::print_err(&format!("{e}\n"));
            ExitCode::from(e.exit_code())
        }
    }
}
