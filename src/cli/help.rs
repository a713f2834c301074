//! The help pages in the interface language: the command tree of `args` with every about and
//! help text, the headings and the help flag worded from `assets/i18n` (`Labels::cli`).
//! English keeps the texts written beside the arguments.

use super::args::Cli;
use crate::i18n::{CliLabels, Labels};
use crate::locale::Lang;
use clap::{Arg, ArgAction, Command, CommandFactory};
use std::ffi::OsString;

/// The language asked for by `--lang L` or `--lang=L` anywhere in the arguments (English
/// when absent or unknown), read before parsing so that the help is worded in it.
pub fn lang_in_args(args: &[OsString]) -> Lang {
    let mut words = args.iter().filter_map(|a| a.to_str());
    while let Some(word) = words.next() {
        let value = match word.strip_prefix("--lang=") {
            Some(v) => Some(v),
            None if word == "--lang" => words.next(),
            None => None,
        };
        match value {
            Some("fr") => return Lang::Fr,
            Some("ja") => return Lang::Ja,
            Some(_) => return Lang::En,
            None => {}
        }
    }
    Lang::En
}

/// The command tree with its help worded in `lang`.
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command();
    if lang == Lang::En {
        return cmd;
    }
    localize(cmd, &Labels::for_lang(lang).cli, true)
}

fn about_of(c: &CliLabels, command: &str) -> &'static str {
    match command {
        "show" => c.show,
        "search" => c.search,
        "validate" => c.validate,
        "export" => c.export,
        "config" => c.config,
        "stats" => c.stats,
        "paths" => c.paths,
        _ => c.about,
    }
}

fn arg_help(c: &CliLabels, command: &str, id: &str) -> Option<&'static str> {
    Some(match (command, id) {
        (_, "data") => c.data,
        ("noc-explorer", "lang") => c.lang,
        (_, "lang") => c.lang_output,
        (_, "theme") if command == "config" => c.config_theme,
        (_, "theme") => c.theme,
        (_, "shortlist") => c.shortlist,
        ("export", "format") => c.export_format,
        (_, "format") => c.format,
        ("show", "code") => c.show_code,
        ("search", "query") => c.search_query,
        ("search", "limit") => c.search_limit,
        ("paths", "code") => c.paths_code,
        ("paths", "sort") => c.paths_sort,
        ("paths", "limit") => c.paths_limit,
        ("validate", "dir") => c.validate_dir,
        ("export", "codes") => c.export_codes,
        ("export", "client") => c.export_client,
        ("export", "output") => c.export_output,
        ("export", "force") => c.export_force,
        ("export", "parents") => c.export_parents,
        _ => return None,
    })
}

fn localize(mut cmd: Command, c: &'static CliLabels, root: bool) -> Command {
    let name = cmd.get_name().to_string();
    cmd = cmd
        .about(about_of(c, &name))
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            c.usage
        ))
        .subcommand_help_heading(c.commands)
        .subcommand_value_name(c.command)
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(c.help)
                .help_heading(c.options),
        );
    if root {
        cmd = cmd.long_about(c.long_about).disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(c.version)
                .help_heading(c.options),
        );
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .filter(|id| id != "help" && id != "version")
        .collect();
    for id in ids {
        let help = arg_help(c, &name, &id);
        cmd = cmd.mut_arg(&id, |a| {
            let heading = if a.is_positional() {
                c.arguments
            } else {
                c.options
            };
            // The default and the possible values, worded here: clap's own are English.
            let mut text = help.unwrap_or_default().to_string();
            if !a.get_action().takes_values() {
                return a.help_heading(heading).help(text);
            }
            let values: Vec<String> = a
                .get_possible_values()
                .iter()
                .map(|v| v.get_name().to_string())
                .collect();
            let defaults: Vec<String> = a
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            if !defaults.is_empty() {
                text.push_str(&format!(" [{} {}]", c.default_value, defaults.join(", ")));
            }
            if !values.is_empty() {
                text.push_str(&format!(" [{} {}]", c.possible_values, values.join(", ")));
            }
            a.help_heading(heading)
                .long_help(None::<&str>)
                .help(text)
                .hide_default_value(true)
                .hide_possible_values(true)
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for sub in subs {
        cmd = cmd.mut_subcommand(&sub, |s| localize(s, c, false));
    }
    cmd
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_read_before_parsing() {
        assert_eq!(
            lang_in_args(&args(&["x", "--lang", "fr", "show"])),
            Lang::Fr
        );
        assert_eq!(lang_in_args(&args(&["x", "show", "--lang=ja"])), Lang::Ja);
        assert_eq!(lang_in_args(&args(&["x", "--lang"])), Lang::En);
        assert_eq!(lang_in_args(&args(&["x", "search", "lang"])), Lang::En);
    }

    #[test]
    fn the_english_labels_are_the_help_written_beside_the_arguments() {
        let en = &Labels::for_lang(Lang::En).cli;
        let cmd = Cli::command();
        for sub in std::iter::once(&cmd).chain(cmd.get_subcommands()) {
            let name = sub.get_name();
            let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
            assert_eq!(about, about_of(en, name), "{name}");
            for arg in sub.get_arguments() {
                let id = arg.get_id().as_str();
                let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                assert_eq!(Some(help.as_str()), arg_help(en, name, id), "{name} --{id}");
            }
        }
    }

    #[test]
    fn every_help_text_is_worded_in_french_and_japanese() {
        for lang in [Lang::Fr, Lang::Ja] {
            let mut cmd = command(lang);
            cmd.build();
            let english = Cli::command();
            let mut pages = vec![cmd.render_help().to_string()];
            // clap's own `help` command stays as clap words it.
            for sub in cmd.get_subcommands_mut().filter(|s| s.get_name() != "help") {
                pages.push(sub.render_help().to_string());
            }
            for page in pages.iter().map(|p| {
                p.replace(
                    "Print this message or the help of the given subcommand(s)",
                    "",
                )
            }) {
                for word in [
                    "Usage:",
                    "Print help",
                    "Print version",
                    "Output format",
                    "Load the dataset",
                    "[default:",
                    "possible values",
                ] {
                    assert!(!page.contains(word), "{lang:?}: {word}\n{page}");
                }
            }
            // Every argument of every command has its help in the language.
            for sub in english.get_subcommands() {
                for arg in sub.get_arguments() {
                    let id = arg.get_id().as_str();
                    assert!(
                        arg_help(&Labels::for_lang(lang).cli, sub.get_name(), id).is_some(),
                        "{}: --{id}",
                        sub.get_name()
                    );
                }
            }
        }
    }
}
