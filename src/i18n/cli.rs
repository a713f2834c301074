//! The command line's help in the interface language (`noc-explorer --lang fr --help`): what
//! each command and option does, and the headings of the help page.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CliLabels {
    pub usage: &'static str,
    pub arguments: &'static str,
    pub options: &'static str,
    pub commands: &'static str,
    /// The placeholder of a command in the usage line ("COMMAND").
    pub command: &'static str,
    /// Before an option's default and its possible values.
    pub default_value: &'static str,
    pub possible_values: &'static str,
    pub help: &'static str,
    pub version: &'static str,
    pub about: &'static str,
    pub long_about: &'static str,
    pub data: &'static str,
    pub lang: &'static str,
    pub theme: &'static str,
    pub shortlist: &'static str,
    /// `--lang` on a command.
    pub lang_output: &'static str,
    pub format: &'static str,
    pub show: &'static str,
    pub show_code: &'static str,
    pub search: &'static str,
    pub search_query: &'static str,
    pub search_limit: &'static str,
    pub validate: &'static str,
    pub validate_dir: &'static str,
    pub export: &'static str,
    pub export_codes: &'static str,
    pub export_format: &'static str,
    pub export_client: &'static str,
    pub export_output: &'static str,
    pub export_force: &'static str,
    pub export_parents: &'static str,
    pub config: &'static str,
    pub config_theme: &'static str,
    pub paths: &'static str,
    pub paths_code: &'static str,
    pub paths_sort: &'static str,
    pub paths_limit: &'static str,
    pub stats: &'static str,
    /// `validate`: "{what}: valid ({units}, {titles}, {profiles})", the counts worded with
    /// `report.stats.nouns`.
    pub valid: &'static str,
    pub embedded: &'static str,
    pub valid_file: &'static str,
    pub warning: &'static str,
    pub config_ignored: &'static str,
}
