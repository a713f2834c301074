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
//!
//! The unit groups, the figures and the Japanese names, which the explorer's first frame waits
//! for, are embedded in postcard's binary form instead of JSON, written from the crate's own
//! types (`src/model/units.rs`, `src/model/figures.rs`, `src/model/japanese.rs`): reading it
//! skips JSON's parsing (a test
//! checks each reads back equal to its RON).

use std::path::{Path, PathBuf};

/// The figure files' types, shared with the crate (plain serde types, no crate imports).
#[allow(dead_code)]
#[path = "src/model/figures.rs"]
mod figures;

/// The rules read from the law (`figures/immigration_law.ron`), shared with the crate.
#[allow(dead_code)]
#[path = "src/model/law.rs"]
mod law;

/// The provincial licensing lists and the tuition tables, named by the figures' types.
#[allow(dead_code)]
#[path = "src/model/path_lists.rs"]
mod path_lists;
#[allow(dead_code)]
#[path = "src/model/tuition.rs"]
mod tuition;

/// The hierarchy's and NOC 2016's types, likewise.
#[allow(dead_code)]
#[path = "src/model/classes.rs"]
mod classes;
/// The data's texts, read in place or copied, which the types above use.
#[allow(dead_code)]
#[path = "src/model/text.rs"]
mod text;
/// The unit groups' types, shared with the crate (no crate imports): the embedded unit groups
/// are written in their binary form from them.
#[allow(dead_code)]
#[path = "src/model/units.rs"]
mod units;

/// Our aliases and the Japanese names, as the model reads and assembles them.
#[allow(dead_code)]
#[path = "src/model/aliases.rs"]
mod aliases;
/// What the search index is made of, and its binary form, shared with the crate
/// (`src/search/prepared.rs` and the folding it uses; no crate imports).
#[allow(dead_code)]
#[path = "src/search/folding.rs"]
mod folding;
/// The JSON and binary forms of a data file, shared with the crate (`src/data/prepared/`),
/// which prepares a `--data` directory the same way.
#[allow(dead_code)]
#[path = "src/data/prepared/forms.rs"]
mod forms;
#[allow(dead_code)]
#[path = "src/search/japanese.rs"]
mod japanese;
#[allow(dead_code)]
#[path = "src/model/japanese.rs"]
mod japanese_names;
#[allow(dead_code)]
#[path = "src/search/letters.rs"]
mod letters;
#[allow(dead_code)]
#[path = "src/search/prepared.rs"]
mod prepared;

/// The fields of the data files that search reads (the rest of each record is ignored here;
/// the crate's own types, with every field, check the files).
mod search_input {
    use serde::Deserialize;

    #[derive(Deserialize)]
    pub struct UnitGroupFile {
        pub unit_groups: Vec<UnitGroup>,
    }

    #[derive(Deserialize)]
    pub struct UnitGroup {
        pub code: String,
        pub title: String,
        pub title_fr: String,
        #[serde(default)]
        pub example_titles: Vec<String>,
    }

    #[derive(Deserialize)]
    pub struct Noc2016File {
        pub classes: Vec<Noc2016Class>,
    }

    #[derive(Deserialize)]
    pub struct Noc2016Class {
        pub code: String,
        pub noc2021: Vec<String>,
        #[serde(default)]
        pub continues_as: Option<String>,
    }
}

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

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets this"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets this"));
    let data = root.join("data");
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/model/figures.rs");
    println!("cargo:rerun-if-changed=src/model/units.rs");
    println!("cargo:rerun-if-changed=src/model/classes.rs");
    println!("cargo:rerun-if-changed=src/model/text.rs");
    println!("cargo:rerun-if-changed=src/model/law.rs");
    println!("cargo:rerun-if-changed=src/data/prepared/forms.rs");
    for shared in ["folding", "japanese", "letters", "prepared"] {
        println!("cargo:rerun-if-changed=src/search/{shared}.rs");
    }
    forms_id(&root);
    let mut paths = Vec::new();
    collect(&data, &mut paths);
    paths.sort();
    let json_dir = out.join("json");
    std::fs::create_dir_all(&json_dir).expect("create OUT_DIR/json");
    let mut code = String::from(
        "/// (RON text, the same as JSON when it converts safely, the same in postcard's binary\n\
         /// form for the unit groups and figures), one per line of `PATHS`\n\
         pub static FILES: &[EmbeddedContent] = &[\n",
    );
    // The paths are one string, apart from the files' bytes: a path stored beside each
    // file's bytes made listing the files touch a page of every file (and the kernel maps the
    // pages around a touched one: ~5 MB of a start's resident memory).
    let mut all_paths = String::new();
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
        let binary = text.as_deref().and_then(|t| forms::to_binary(&rel, t));
        // A file with its binary form needs no JSON.
        let has_binary = binary.is_some();
        let binary = match binary {
            Some(bytes) => {
                let bin_path = json_dir.join(format!("{i}.postcard"));
                std::fs::write(&bin_path, bytes).expect("write postcard");
                format!("Some(include_bytes!({:?}))", bin_path.display().to_string())
            }
            None => "None".to_string(),
        };
        let json = match text
            .as_deref()
            .filter(|_| !has_binary)
            .and_then(|t| forms::to_json(&rel, t))
        {
            Some(json) => {
                let json_path = json_dir.join(format!("{i}.json"));
                std::fs::write(&json_path, json).expect("write JSON");
                format!("Some(include_str!({:?}))", json_path.display().to_string())
            }
            None => "None".to_string(),
        };
        code.push_str(&format!(
            "    (include_str!({:?}), {json}, {binary}),\n",
            path.display().to_string()
        ));
        all_paths.push_str(&rel);
        all_paths.push('\n');
    }
    code.push_str("];\n");
    code.push_str(&format!(
        "/// The path below data/ of each of `FILES`, one a line.\npub static PATHS: &str = {all_paths:?};\n"
    ));
    std::fs::write(out.join("embedded_data.rs"), code).expect("write embedded_data.rs");
    let index = search_index(&data).unwrap_or_default();
    std::fs::write(out.join("search_index.bin"), index).expect("write search_index.bin");
}

fn ron_file<T: serde::de::DeserializeOwned>(data: &Path, rel: &str) -> Option<T> {
    let text = std::fs::read_to_string(data.join(rel)).ok()?;
    ron::Options::default().from_str(&text).ok()
}

/// The embedded dataset's search index in its binary form (`src/search/prepared.rs`), or
/// `None` when a file it needs does not parse: the crate then builds the index at start
/// (and its tests report the file).
fn search_index(data: &Path) -> Option<Vec<u8>> {
    use search_input::*;
    use std::collections::{BTreeMap, HashMap};
    let mut units: Vec<UnitGroup> = Vec::new();
    let mut unit_files = Vec::new();
    collect(&data.join("noc/units"), &mut unit_files);
    unit_files.sort();
    for path in unit_files {
        let text = std::fs::read_to_string(&path).ok()?;
        let file: UnitGroupFile = ron::Options::default().from_str(&text).ok()?;
        units.extend(file.unit_groups);
    }
    // The dataset's order (`Dataset::new`: a stable sort by code).
    units.sort_by(|a, b| a.code.cmp(&b.code));
    let noc2016: Noc2016File = ron_file(data, "noc/noc2016.ron")?;
    let aliases: aliases::AliasFile = ron_file(data, aliases::ALIASES)?;
    let titles: japanese_names::JapaneseTitlesFile = ron_file(data, japanese_names::TITLES)?;
    let jobtag: japanese_names::JobtagFile = ron_file(data, japanese_names::JOBTAG)?;
    let links: japanese_names::JobtagLinksFile = ron_file(data, japanese_names::JOBTAG_LINKS)?;
    let outlook: figures::OutlookFile = ron_file(data, figures::OUTLOOK)?;
    // As the model keeps them (`data/japanese.rs`): the last record of a code wins.
    let titles: BTreeMap<String, String> = titles
        .titles
        .into_iter()
        .map(|t| (t.code, t.title))
        .collect();
    let links: HashMap<String, Vec<String>> =
        links.links.into_iter().map(|l| (l.ipd_id, l.noc)).collect();
    let names = japanese_names::JapaneseNames::new(titles, jobtag.occupations, &links);
    let employment: BTreeMap<&str, Option<i64>> = outlook
        .outlook
        .iter()
        .map(|r| (r.code.as_str(), r.employment_2023))
        .collect();
    let inputs: Vec<prepared::UnitTexts<'_>> = units
        .iter()
        .map(|u| prepared::UnitTexts {
            code: &u.code,
            title: &u.title,
            title_fr: &u.title_fr,
            example_titles: u.example_titles.iter().map(String::as_str).collect(),
            japanese_title: names.title(&u.code),
            jobtag_names: names
                .jobtag_for(&u.code)
                .flat_map(japanese_names::jobtag_names)
                .collect(),
            employment: employment
                .get(u.code.as_str())
                .copied()
                .flatten()
                .unwrap_or(0),
        })
        .collect();
    let example_titles = units.iter().map(|u| u.example_titles.len()).sum();
    let mut p = prepared::Prepared::with_units(&inputs, example_titles);
    let link_inputs: Vec<prepared::LinkInput<'_>> = (noc2016.classes.iter())
        .map(|c| {
            (
                c.code.as_str(),
                c.noc2021.as_slice(),
                c.continues_as.as_deref(),
            )
        })
        .collect();
    let alias_inputs: Vec<prepared::AliasInput<'_>> = (aliases.aliases.iter())
        .map(|a| (a.name.as_str(), a.means.as_str(), a.titles.as_slice()))
        .collect();
    p.finish(&inputs, &link_inputs, &alias_inputs);
    Some(prepared::to_bytes(&p))
}

/// A fingerprint of the sources that decide the prepared forms' layout (the postcard types,
/// the forms, the search index's binary form), for the crate's prepared copies of a `--data`
/// directory (`src/data/prepared/`): a copy made by a build with other types is not read.
fn forms_id(root: &Path) {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    for rel in [
        "src/model/figures.rs",
        "src/model/units.rs",
        "src/model/classes.rs",
        "src/model/text.rs",
        "src/model/law.rs",
        "src/model/path_lists.rs",
        "src/model/tuition.rs",
        "src/model/aliases.rs",
        "src/model/japanese.rs",
        "src/data/prepared/forms.rs",
        "src/search/prepared.rs",
        "src/search/folding.rs",
        "src/search/japanese.rs",
        "src/search/letters.rs",
    ] {
        println!("cargo:rerun-if-changed={rel}");
        std::fs::read(root.join(rel))
            .unwrap_or_default()
            .hash(&mut hasher);
    }
    println!(
        "cargo:rustc-env=NOC_PREPARED_FORMS_ID={:016x}",
        hasher.finish()
    );
}
