//! The `export` command: codes read as `show` reads them (NOC 2016 codes continue as their
//! NOC 2021 unit group, a repeated code is one occupation), the client name checked, and the
//! handout written to standard output, to `-` (standard output too) or to a file.

use super::{CliError, Lang, check_code, not_found, print_err, print_out, successor};
use crate::data;
use crate::export::ExportFormat;
use crate::model::{Dataset, UnitGroup};
use crate::report::{self, MAX_CLIENT_CHARS};
use std::path::PathBuf;

/// What `export` was asked for.
pub struct ExportArgs {
    pub codes: Vec<String>,
    pub format: ExportFormat,
    pub client: Option<String>,
    pub output: Option<PathBuf>,
    pub force: bool,
    pub parents: bool,
    pub lang: Lang,
    pub data: Option<PathBuf>,
}

pub fn export(args: ExportArgs) -> Result<(), CliError> {
    // Everything the user typed is bounded before the dataset is loaded.
    for code in &args.codes {
        check_code(code)?;
    }
    if let Some(client) = &args.client {
        let chars = client.chars().count();
        if chars > MAX_CLIENT_CHARS {
            return Err(CliError::Usage(format!(
                "noc-explorer: a client name is limited to {MAX_CLIENT_CHARS} characters \
                 (this one has {chars}); use a shorter name or initials"
            )));
        }
    }
    let ds = super::load(args.data.as_deref())?;
    let units = units(&ds, &args.codes, args.lang)?;
    let header = report::HandoutHeader::today(args.lang, args.client.as_deref());
    let text = crate::export::render(&ds, &units, args.format, &header)
        .map_err(|e| CliError::Other(e.to_string()))?;
    let json = args.format == ExportFormat::Json;
    let text = data::printable(&text, json).into_owned();
    let path = match args.output {
        Some(path) if path.as_os_str() != "-" => path,
        _ => return print_out(&text),
    };
    if args.parents
        && let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).map_err(|e| {
            CliError::Other(format!(
                "noc-explorer: cannot create the folder {}: {e}",
                dir.display()
            ))
        })?;
    }
    let written = crate::export::write(&path, &text, args.force).map_err(|e| {
        let hint = match e {
            crate::export::ExportError::Write(crate::fswrite::WriteError::NoFolder { .. }) => {
                " (--parents creates it)"
            }
            _ => "",
        };
        CliError::Other(format!("noc-explorer: {e}{hint}"))
    })?;
    print_err(&format!(
        "wrote {} occupation(s) to {}\n",
        units.len(),
        path.display()
    ));
    if let Some(note) = written.note(&path) {
        print_err(&format!("note: {note}\n"));
    }
    Ok(())
}

/// The unit groups the codes name, each once, in the order first given. A NOC 2016 code
/// that continues as one unit group is that group (said on standard error); one split among
/// several is refused with the list to choose from.
fn units<'a>(
    ds: &'a Dataset,
    codes: &[String],
    lang: Lang,
) -> Result<Vec<&'a UnitGroup>, CliError> {
    let mut units: Vec<&UnitGroup> = Vec::new();
    for code in codes {
        let code = code.trim();
        let unit = match (ds.unit(code), ds.noc2016_class(code)) {
            (Some(unit), _) => unit,
            (None, Some(old)) => {
                let Some(unit) = successor(ds, old) else {
                    return Err(CliError::NotFound {
                        message: format!(
                            "noc-explorer: {}",
                            super::noc2016_note(ds, old, None, false, lang).trim_end()
                        ),
                    });
                };
                print_err(&super::noc2016_note(ds, old, Some(&unit.code), true, lang));
                unit
            }
            (None, None) => return Err(not_found(ds, code, lang)),
        };
        if !units.iter().any(|u| u.code == unit.code) {
            units.push(unit);
        }
    }
    Ok(units)
}
