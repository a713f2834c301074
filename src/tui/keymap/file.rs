//! Reading `keymap.ron`: for each screen, action name -> keys. The embedded defaults name
//! every action of every screen; a user's file names only what it changes, and a bare action
//! name (`{"quit": ["x"]}`) means the main list.

use super::keys::{self, Key};
use super::{Context, ROWS};
use crate::tui::override_file::ConfigError;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(untagged)]
enum Entry {
    Keys(Vec<String>),
    Screen(BTreeMap<String, Vec<String>>),
}

const SHAPE: &str = "expected a list of keys like [\"x\", \"ctrl-c\"], or a screen name \
                     with its actions like \"search\": {\"accept\": [\"enter\"]}";

fn parse(text: &str, path: &str) -> Result<BTreeMap<String, Entry>, ConfigError> {
    ron::Options::default()
        .from_str(text)
        .map_err(|e| match e.code {
            ron::Error::Message(ref m) if m.contains("untagged") => ConfigError {
                at: crate::data::Location::new(path, e.span.start.line, e.span.start.col),
                message: SHAPE.to_string(),
            },
            _ => ConfigError::from_ron(path, &e),
        })
}

/// Where `"name"` is written, searching from byte `from`.
fn offset_of(text: &str, from: usize, name: &str) -> usize {
    let quoted = format!("\"{name}\"");
    text.get(from..)
        .and_then(|rest| rest.find(&quoted))
        .map_or(from, |i| from + i)
}

fn context_named(name: &str) -> Option<Context> {
    Context::ALL.into_iter().find(|c| c.name() == name)
}

/// One action given keys: (row in `ROWS`, keys, where it is written).
type Assignment = (usize, Vec<Key>);

fn assignments(text: &str, path: &str, bare_allowed: bool) -> Result<Vec<Assignment>, ConfigError> {
    let file = parse(text, path)?;
    let mut out = Vec::new();
    let mut one = |ctx: Context, name: &str, list: &[String], from: usize| {
        let at = offset_of(text, from, name);
        let Some(row) = ROWS.iter().position(|r| r.ctx == ctx && r.name == name) else {
            let known: Vec<&str> = ROWS
                .iter()
                .filter(|r| r.ctx == ctx)
                .map(|r| r.name)
                .collect();
            return Err(ConfigError::new(
                path,
                text,
                at,
                format!(
                    "unknown action \"{name}\" in the {} screen; expected one of: {}",
                    ctx.name(),
                    known.join(", ")
                ),
            ));
        };
        let mut parsed = Vec::with_capacity(list.len());
        for key in list {
            let key_at = offset_of(text, at, key);
            parsed.push(keys::parse(key).map_err(|m| ConfigError::new(path, text, key_at, m))?);
        }
        out.push((row, parsed));
        Ok(())
    };
    for (name, entry) in &file {
        let at = offset_of(text, 0, name);
        match entry {
            Entry::Keys(list) if bare_allowed => one(Context::List, name, list, 0)?,
            Entry::Keys(_) => {
                return Err(ConfigError::new(
                    path,
                    text,
                    at,
                    "expected a screen name with its actions",
                ));
            }
            Entry::Screen(actions) => {
                let Some(ctx) = context_named(name) else {
                    let names: Vec<&str> = Context::ALL.iter().map(|c| c.name()).collect();
                    return Err(ConfigError::new(
                        path,
                        text,
                        at,
                        format!(
                            "unknown screen \"{name}\"; expected one of: {}",
                            names.join(", ")
                        ),
                    ));
                };
                for (action, list) in actions {
                    one(ctx, action, list, at)?;
                }
            }
        }
    }
    Ok(out)
}

/// The defaults: every action of every screen must be given.
pub(super) fn defaults(text: &str, path: &str) -> Result<Vec<Vec<Key>>, ConfigError> {
    let mut keys: Vec<Option<Vec<Key>>> = vec![None; ROWS.len()];
    for (row, list) in assignments(text, path, false)? {
        keys[row] = Some(list);
    }
    keys.into_iter()
        .enumerate()
        .map(|(i, k)| {
            k.ok_or_else(|| {
                ConfigError::new(
                    path,
                    text,
                    0,
                    format!(
                        "the {} screen has no keys for \"{}\"",
                        ROWS[i].ctx.name(),
                        ROWS[i].name
                    ),
                )
            })
        })
        .collect()
}

/// Apply a user's file: each action named gets exactly the keys given, and those keys leave
/// whatever other action of the same screen had them.
pub(super) fn patch(keys: &mut [Vec<Key>], text: &str, path: &str) -> Result<(), ConfigError> {
    for (row, list) in assignments(text, path, true)? {
        let ctx = ROWS[row].ctx;
        for (other, other_keys) in keys.iter_mut().enumerate() {
            if other != row && ROWS[other].ctx == ctx {
                other_keys.retain(|k| !list.contains(k));
            }
        }
        keys[row] = list;
    }
    Ok(())
}
