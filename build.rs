//! Embeds every RON file under `data/` (except the raw sources) into the binary, so the app
//! needs no files at run time.
//!
//! Each file is also converted to compact JSON here, once, because deserialising JSON at start-up
//! is several times faster than parsing RON. The conversion goes through `ron::Value`, which
//! forgets what only the target type could tell (a unit enum variant and `()` both become a
//! unit), so a file holding anything ambiguous is embedded as RON only. At run time a file whose
//! JSON does not deserialise is parsed from its RON text, which also gives located errors.
//!
//! The files whose values `ron::Value` cannot carry (the unit variants of `figures/ai.ron`
//! and `programs.ron`) are parsed here with their own types, included from `src/model/`,
//! and written as JSON from those: nothing of the embedded dataset is parsed as RON at run
//! time (a test checks every embedded file has its JSON).

use std::path::{Path, PathBuf};

/// The figure files' types, shared with the crate (plain serde types, no crate imports).
#[allow(dead_code)]
#[path = "src/model/figures.rs"]
mod figures;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "raw") {
                collect(&path, out);
            }
        } else if path.extension().is_some_and(|e| e == "ron") {
            out.push(path);
        }
    }
}

/// Whether JSON made from `value` deserialises into the same thing the RON would.
fn json_safe(value: &ron::Value) -> bool {
    use ron::Value;
    match value {
        // A unit variant (`Fixed`), a unit struct or `()`: JSON would need the type to tell.
        Value::Unit => false,
        // `Some(None)` and `None` are both `null` in JSON.
        Value::Option(Some(inner)) => !matches!(**inner, Value::Option(_)) && json_safe(inner),
        Value::Option(None) => true,
        Value::Number(n) => n.into_f64().is_finite(),
        Value::Seq(items) => items.iter().all(json_safe),
        Value::Map(map) => map
            .iter()
            .all(|(k, v)| matches!(k, Value::String(_)) && json_safe(v)),
        Value::Bool(_) | Value::Char(_) | Value::String(_) | Value::Bytes(_) => true,
    }
}

/// JSON made from the file's own type, for the files `ron::Value` cannot carry.
fn typed_json(rel: &str, text: &str) -> Option<String> {
    fn via<T: serde::de::DeserializeOwned + serde::Serialize>(text: &str) -> Option<String> {
        let value: T = ron::Options::default().from_str(text).ok()?;
        serde_json::to_string(&value).ok()
    }
    match rel {
        figures::AI => via::<figures::AiFile>(text),
        figures::PROGRAMS => via::<figures::ProgramsFile>(text),
        _ => None,
    }
}

/// The file as compact JSON, or `None` if it must be parsed as RON at run time.
fn to_json(rel: &str, text: &str) -> Option<String> {
    if let Some(json) = typed_json(rel, text) {
        return Some(json);
    }
    let value: ron::Value = ron::Options::default().from_str(text).ok()?;
    if !json_safe(&value) {
        return None;
    }
    serde_json::to_string(&value).ok()
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this"));
    let data = root.join("data");
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/model/figures.rs");
    let mut paths = Vec::new();
    collect(&data, &mut paths);
    paths.sort();
    let json_dir = out.join("json");
    std::fs::create_dir_all(&json_dir).expect("create OUT_DIR/json");
    let mut code = String::from(
        "/// (path below data/, RON text, the same as JSON when it converts safely)\n\
         pub static FILES: &[(&str, &str, Option<&str>)] = &[\n",
    );
    for (i, path) in paths.iter().enumerate() {
        println!("cargo:rerun-if-changed={}", path.display());
        let rel = path
            .strip_prefix(&data)
            .expect("below data/")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let text = std::fs::read_to_string(path).ok();
        let json = match text.as_deref().and_then(|t| to_json(&rel, t)) {
            Some(json) => {
                let json_path = json_dir.join(format!("{i}.json"));
                std::fs::write(&json_path, json).expect("write JSON");
                format!("Some(include_str!({:?}))", json_path.display().to_string())
            }
            None => "None".to_string(),
        };
        code.push_str(&format!(
            "    ({rel:?}, include_str!({:?}), {json}),\n",
            path.display().to_string()
        ));
    }
    code.push_str("];\n");
    std::fs::write(out.join("embedded_data.rs"), code).expect("write embedded_data.rs");
}
