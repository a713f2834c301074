//! OaSIS 2023 v1.0 (ESDC): profiles, lead statements, workplaces, Holland codes and every
//! rating, matched to the guide's descriptors; the guide itself as a descriptor table.

use super::major_of;
use crate::import::Generated;
use crate::import::csvread::{ImportError, Table, clean, field};
use crate::import::figures::{bad, generated};
use crate::model::depth::{
    Descriptor, OASIS_DIR, OASIS_GUIDE, OasisFile, OasisGuideFile, OasisProfile,
};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

const DIR: &str = "oasis";
const GUIDE: &str = "guide_oasis_2023_v1.0.csv";
/// The rating files and the guide category their columns belong to.
const RATINGS: [(&str, &str); 6] = [
    ("skills_oasis_2023_v1.0.csv", "Skills"),
    ("knowledges_oasis_2023_v1.0.csv", "Knowledge"),
    ("abilities_oasis_2023_v1.0.csv", "Abilities"),
    ("workactivities_oasis_2023_v1.0.csv", "Work Activities"),
    ("workcontext_oasis_2023_v1.0.csv", "Work Context"),
    (
        "personal-attributes_oasis_2023_v1.0.csv",
        "Personal Attributes",
    ),
];
/// Column headers that name a guide descriptor differently (ours: matched by reading both
/// definitions; the guide's name is the one shown).
const ALIASES: [(&str, &str); 7] = [
    ("Business Administration", "Business Management"),
    ("Client Services", "Client Service"),
    (
        "Vehicles and Machinery Operations",
        "Vehicle, Machinery and Equipment Operations",
    ),
    (
        "Estimate Quantifiable Charact. of Prod., Events or Info.",
        "Estimating the Quantifiable Characteristics",
    ),
    (
        "Evaluating Information to Determine Compliance with Standards",
        "Evaluating Information to Determine Compliance",
    ),
    ("Using New Relevant Knowledge", "Applying New Knowledge"),
    ("Work Schedule", "Type of Work Schedules"),
];

/// `31100.1` -> `31100.10`, `10010` -> `10010.00`.
pub(crate) fn profile_code(text: &str) -> Option<String> {
    let t = text.trim();
    let (int, frac) = t.split_once('.').unwrap_or((t, ""));
    let ok = |s: &str, max: usize| s.len() <= max && s.bytes().all(|b| b.is_ascii_digit());
    (!int.is_empty() && ok(int, 5) && ok(frac, 2)).then(|| format!("{int:0>5}.{frac:0<2}"))
}

fn code_of(path: &Path, i: usize, text: &str) -> Result<String, ImportError> {
    profile_code(text).ok_or_else(|| bad(path, i, format!("{text:?} is not an OaSIS code")))
}

/// Split the guide's description into definition and the sentence on the scale.
fn split_scale(description: &str) -> (String, Option<String>) {
    let d = clean(description);
    match d.find("This descriptor is measured by") {
        Some(at) => {
            let scale = d[at..]
                .trim_start_matches("This descriptor is measured by")
                .trim()
                .trim_end_matches('.')
                .replace("level level", "level");
            (d[..at].trim().to_string(), Some(scale))
        }
        None => (d, None),
    }
}

fn read_guide(raw: &Path) -> Result<Vec<Descriptor>, ImportError> {
    let path = raw.join(DIR).join(GUIDE);
    let t = Table::read_utf8(&path)?;
    let [code, name, kind, category, description] =
        ["Code", "Name", "Structure type", "Category", "Description"].map(|c| t.column(c));
    let (code, name, kind, category, description) = (code?, name?, kind?, category?, description?);
    let mut out = Vec::new();
    for row in &t.rows {
        if field(row, kind).trim() != "Descriptor" {
            continue;
        }
        let (definition, scale) = split_scale(field(row, description));
        out.push(Descriptor {
            id: field(row, code).trim().to_string(),
            family: clean(field(row, category)),
            name: clean(field(row, name)),
            definition,
            scale,
        });
    }
    Ok(out)
}

/// Each rating column's descriptor id and whether it is the descriptor's second column.
fn match_columns(
    path: &Path,
    headers: &[String],
    family: &str,
    guide: &[Descriptor],
) -> Result<Vec<(String, bool)>, ImportError> {
    let by_name: HashMap<String, &str> = guide
        .iter()
        .filter(|d| d.family == family)
        .map(|d| (d.name.to_lowercase(), d.id.as_str()))
        .collect();
    let mut seen = HashMap::new();
    let mut out = Vec::new();
    for header in headers {
        let name = clean(header);
        let alias = |n: &str| {
            ALIASES
                .iter()
                .find(|(from, _)| *from == n)
                .map_or(n.to_string(), |(_, to)| to.to_string())
        };
        let find = |n: &str| by_name.get(&alias(n).to_lowercase()).copied();
        // A repeated column carries a digit suffix: `Time Pressure2`.
        let id = find(&name)
            .or_else(|| find(name.trim_end_matches(|c: char| c.is_ascii_digit()).trim()))
            .ok_or_else(|| {
                ImportError::Data(format!(
                    "{}: column {name:?} matches no {family} descriptor of the guide",
                    path.display()
                ))
            })?;
        let count = seen.entry(id).or_insert(0);
        *count += 1;
        out.push((id.to_string(), *count > 1));
    }
    Ok(out)
}

pub(super) fn import(raw: &Path) -> Result<Vec<Generated>, ImportError> {
    let dir = raw.join(DIR);
    let guide = read_guide(raw)?;
    let mut profiles: BTreeMap<String, OasisProfile> = BTreeMap::new();

    let labels_path = dir.join("labels_oasis_2023_v1.0.csv");
    let t = Table::read_utf8(&labels_path)?;
    let (c, l) = (t.column("OaSIS profile code")?, t.column("Label")?);
    for (i, row) in t.rows.iter().enumerate() {
        let code = code_of(&labels_path, i, field(row, c))?;
        profiles.insert(
            code.clone(),
            OasisProfile {
                code,
                label: clean(field(row, l)),
                lead: None,
                workplaces: Vec::new(),
                interests: Vec::new(),
                ratings: BTreeMap::new(),
                second_ratings: BTreeMap::new(),
            },
        );
    }
    let profile = |path: &Path, i: usize, text: &str| -> Result<String, ImportError> {
        let code = code_of(path, i, text)?;
        if profiles.contains_key(&code) {
            Ok(code)
        } else {
            Err(bad(path, i, format!("{code} is not in the labels file")))
        }
    };
    let mut leads = Vec::new();
    let path = dir.join("lead-statement_oasis_2023_v1.0.csv");
    let t = Table::read_utf8(&path)?;
    let (c, s) = (t.column("OaSIS profile code")?, t.column("Lead statement")?);
    for (i, row) in t.rows.iter().enumerate() {
        leads.push((profile(&path, i, field(row, c))?, clean(field(row, s))));
    }
    let mut workplaces = Vec::new();
    let path = dir.join("workplaces-employers_oasis_2023_v1.0.csv");
    let t = Table::read_utf8(&path)?;
    let (c, w) = (
        t.column("OaSIS profile code")?,
        t.column("Workplace/employer name")?,
    );
    for (i, row) in t.rows.iter().enumerate() {
        workplaces.push((profile(&path, i, field(row, c))?, clean(field(row, w))));
    }
    let mut interests = Vec::new();
    let path = dir.join("interests_oasis_2023_v1.0.csv");
    let t = Table::read_utf8(&path)?;
    let (c, l) = (t.column("OaSIS Code")?, t.column("OaSIS Label")?);
    let hs = [1, 2, 3]
        .iter()
        .map(|n| t.column(&format!("Holland Codes - {n}")))
        .collect::<Result<Vec<_>, _>>()?;
    for (i, row) in t.rows.iter().enumerate() {
        // The interests file codes a few profiles differently from every other file
        // (`14404.01` for 14404.00 Dispatchers): take the profile of the same unit group
        // with the same label when there is exactly one.
        let code = profile(&path, i, field(row, c)).or_else(|e| {
            let code = code_of(&path, i, field(row, c))?;
            let label = clean(field(row, l));
            let unit = &code[..5];
            let same: Vec<&String> = profiles
                .values()
                .filter(|p| p.unit() == unit && p.label == label)
                .map(|p| &p.code)
                .collect();
            match same.as_slice() {
                [one] => Ok((*one).clone()),
                _ => Err(e),
            }
        })?;
        for &h in &hs {
            let v = field(row, h).trim();
            if v.is_empty() {
                continue;
            }
            if !matches!(
                v.to_ascii_uppercase().as_str(),
                "R" | "I" | "A" | "S" | "E" | "C"
            ) {
                return Err(bad(&path, i, format!("{v:?} is not a Holland code")));
            }
            interests.push((code.clone(), v.to_string()));
        }
    }
    let mut ratings = Vec::new();
    for (file, family) in RATINGS {
        let path = dir.join(file);
        let t = Table::read_utf8(&path)?;
        let c = t.column("OaSIS Code - Final")?;
        let headers: Vec<String> = t.headers().iter().skip(2).cloned().collect();
        let columns = match_columns(&path, &headers, family, &guide)?;
        for (i, row) in t.rows.iter().enumerate() {
            let code = profile(&path, i, field(row, c))?;
            for (j, (id, second)) in columns.iter().enumerate() {
                let text = field(row, j + 2).trim();
                let value = text
                    .parse::<u8>()
                    .map_err(|_| bad(&path, i, format!("{text:?} is not a rating")))?;
                ratings.push((code.clone(), id.clone(), value, *second));
            }
        }
    }
    for (code, lead) in leads {
        if let Some(p) = profiles.get_mut(&code) {
            p.lead = Some(lead);
        }
    }
    for (code, w) in workplaces {
        if let Some(p) = profiles.get_mut(&code) {
            p.workplaces.push(w);
        }
    }
    for (code, h) in interests {
        if let Some(p) = profiles.get_mut(&code) {
            p.interests.push(h);
        }
    }
    for (code, id, value, second) in ratings {
        if let Some(p) = profiles.get_mut(&code) {
            let map = if second {
                &mut p.second_ratings
            } else {
                &mut p.ratings
            };
            map.insert(id, value);
        }
    }

    let similarity = super::similarity::generate(&guide, &profiles)?;
    let mut by_major: BTreeMap<String, Vec<OasisProfile>> = BTreeMap::new();
    for p in profiles.into_values() {
        by_major
            .entry(major_of(p.unit()).to_string())
            .or_default()
            .push(p);
    }
    let mut out = vec![
        generated(OASIS_GUIDE, &OasisGuideFile { descriptors: guide })?,
        similarity,
    ];
    for (major_group, profiles) in by_major {
        let rel = format!("{OASIS_DIR}/{major_group}.ron");
        out.push(generated(
            &rel,
            &OasisFile {
                major_group,
                profiles,
            },
        )?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_normalised() {
        assert_eq!(profile_code("31100.1").as_deref(), Some("31100.10"));
        assert_eq!(profile_code("10010").as_deref(), Some("10010.00"));
        assert_eq!(profile_code("00010.00").as_deref(), Some("00010.00"));
        assert_eq!(profile_code("abc"), None);
    }

    #[test]
    fn the_scale_sentence_is_split_off() {
        let (d, s) = split_scale(
            "The ability to x. This descriptor is measured by proficiency level level on a scale of 1-5",
        );
        assert_eq!(d, "The ability to x.");
        assert_eq!(s.as_deref(), Some("proficiency level on a scale of 1-5"));
    }
}
