//! The forms a data file is prepared in, shared by `build.rs` (the embedded data) and the
//! crate (a `--data` directory's prepared copy): postcard for the unit groups and figures,
//! compact JSON for the rest where it converts safely. It names the figure, law, unit and Japanese types
//! through `super::` (each includer provides them), and uses no `crate::` paths.

/// Whether JSON made from `value` deserialises into the same thing the RON would.
pub fn json_safe(value: &ron::Value) -> bool {
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
pub fn typed_json(rel: &str, text: &str) -> Option<String> {
    fn via<T: serde::de::DeserializeOwned + serde::Serialize>(text: &str) -> Option<String> {
        let value: T = ron::Options::default().from_str(text).ok()?;
        serde_json::to_string(&value).ok()
    }
    match rel {
        super::figures::AI => via::<super::figures::AiFile>(text),
        super::figures::PROGRAMS => via::<super::figures::ProgramsFile>(text),
        super::law::LAW => via::<super::law::LawFile>(text),
        _ => None,
    }
}

/// The file in postcard's binary form, made from the crate's own type, for the files the
/// explorer's first frame waits for (the unit groups, the hierarchy, NOC 2016, the figures, the Japanese names): reading it is several
/// times faster than JSON. `None` for the other files, and for a file that does not parse
/// (its RON is then parsed at run time, which reports it).
pub fn to_binary(rel: &str, text: &str) -> Option<Vec<u8>> {
    fn via<T: serde::de::DeserializeOwned + serde::Serialize>(text: &str) -> Option<Vec<u8>> {
        let value: T = ron::Options::default().from_str(text).ok()?;
        postcard::to_stdvec(&value).ok()
    }
    let unit_file = rel
        .strip_prefix("noc/units/")
        .is_some_and(|name| !name.contains('/') && name.ends_with(".ron"));
    match rel {
        _ if unit_file => via::<super::units::UnitGroupFile>(text),
        super::classes::STRUCTURE => via::<super::classes::StructureFile>(text),
        super::classes::NOC2016 => via::<super::classes::Noc2016File>(text),
        super::figures::WAGES => via::<super::figures::WagesFile>(text),
        super::figures::CENSUS => via::<super::figures::CensusFile>(text),
        super::figures::OUTLOOK => via::<super::figures::OutlookFile>(text),
        super::figures::AI => via::<super::figures::AiFile>(text),
        super::figures::LMIA => via::<super::figures::LmiaFile>(text),
        super::figures::EE_CATEGORIES => via::<super::figures::EeCategoriesFile>(text),
        super::figures::PROGRAMS => via::<super::figures::ProgramsFile>(text),
        super::law::LAW => via::<super::law::LawFile>(text),
        super::path_lists::PROVINCIAL_LICENSING => {
            via::<super::path_lists::ProvincialLicensingFile>(text)
        }
        super::tuition::TUITION => via::<super::tuition::TuitionFile>(text),
        // The Japanese names, which the list and the search read at every start.
        super::japanese_names::TITLES => via::<super::japanese_names::JapaneseTitlesFile>(text),
        super::japanese_names::JOBTAG => via::<super::japanese_names::JobtagFile>(text),
        super::japanese_names::JOBTAG_LINKS => via::<super::japanese_names::JobtagLinksFile>(text),
        _ => None,
    }
}

/// The file as compact JSON, or `None` if it must be parsed as RON at run time.
pub fn to_json(rel: &str, text: &str) -> Option<String> {
    if let Some(json) = typed_json(rel, text) {
        return Some(json);
    }
    let value: ron::Value = ron::Options::default().from_str(text).ok()?;
    if !json_safe(&value) {
        return None;
    }
    serde_json::to_string(&value).ok()
}
