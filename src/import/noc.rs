//! NOC 2021 structure, elements, French titles and the NOC 2016 correspondence.

use super::Generated;
use super::csvread::{ImportError, Table, clean, field};
use crate::data::files::{self, Noc2016File, StructureFile, UnitGroupFile};
use crate::model::{Class, Noc2016Class, UnitGroup};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// The official files the NOC part of the dataset is built from.
#[derive(Debug, Clone)]
pub struct NocSources {
    /// `noc_2021_version_1.0_-_classification_structure.csv` (English titles and definitions).
    pub structure: PathBuf,
    /// `noc_2021_version_1.0_-_elements.csv` (duties, requirements, example titles, ...).
    pub elements: PathBuf,
    /// `cannocdata_classes_en_fr.csv` (French titles and definitions).
    pub french: PathBuf,
    /// The NOC 2016 V1.3 -> NOC 2021 V1.0 correspondence.
    pub correspondence: PathBuf,
}

impl NocSources {
    /// The standard layout below `data/raw/`.
    pub fn in_raw_dir(raw: &Path) -> Self {
        NocSources {
            structure: raw.join("noc/noc_2021_version_1.0_-_classification_structure.csv"),
            elements: raw.join("noc/noc_2021_version_1.0_-_elements.csv"),
            french: raw.join("noc/cannocdata_classes_en_fr.csv"),
            correspondence: raw
                .join("noc2016/statcan_noc2016v1_3_to_noc2021v1_0_correspondence.csv"),
        }
    }
}

struct French {
    title: String,
    definition: String,
}

fn read_french(path: &Path) -> Result<HashMap<String, French>, ImportError> {
    let table = Table::read_utf8(path)?;
    let (code, title, def) = (
        table.column("code")?,
        table.column("name_french")?,
        table.column("description_french")?,
    );
    Ok(table
        .rows
        .iter()
        .map(|r| {
            let french = French {
                title: clean(field(r, title)),
                definition: clean(field(r, def)),
            };
            (field(r, code).trim().to_string(), french)
        })
        .collect())
}

/// Element lists of one unit group, in the source's order.
#[derive(Default)]
struct Elements {
    main_duties: Vec<String>,
    employment_requirements: Vec<String>,
    additional_information: Vec<String>,
    inclusions: Vec<String>,
    exclusions: Vec<String>,
    illustrative_examples: Vec<String>,
    example_titles: Vec<String>,
}

fn read_elements(path: &Path) -> Result<HashMap<String, Elements>, ImportError> {
    let table = Table::read_utf8(path)?;
    let code = table.column("Code - NOC 2021 V1.0")?;
    let kind = table.column("Element Type Label English")?;
    let text = table.column("Element Description English")?;
    let mut out: HashMap<String, Elements> = HashMap::new();
    for (i, row) in table.rows.iter().enumerate() {
        let e = out.entry(field(row, code).trim().to_string()).or_default();
        let list = match field(row, kind).trim() {
            "Main duties" => &mut e.main_duties,
            "Employment requirements" => &mut e.employment_requirements,
            "Additional information" => &mut e.additional_information,
            "Inclusion(s)" => &mut e.inclusions,
            "Exclusion(s)" => &mut e.exclusions,
            "Illustrative example(s)" => &mut e.illustrative_examples,
            "All examples" => &mut e.example_titles,
            other => {
                return Err(ImportError::Data(format!(
                    "{}: row {}: unknown element type {other:?}",
                    path.display(),
                    i + 2
                )));
            }
        };
        let value = clean(field(row, text));
        if !value.is_empty() {
            list.push(value);
        }
    }
    Ok(out)
}

fn read_correspondence(path: &Path) -> Result<Vec<Noc2016Class>, ImportError> {
    let table = Table::read_utf8(path)?;
    let (old, old_title, new, notes) = (
        table.column("NOC 2016 V1.3 Code")?,
        table.column("NOC 2016 V1.3 Title")?,
        table.column("NOC 2021 V1.0 Code")?,
        table.column("Notes")?,
    );
    let mut classes: BTreeMap<String, Noc2016Class> = BTreeMap::new();
    for row in &table.rows {
        let code = field(row, old).trim().to_string();
        let class = classes.entry(code.clone()).or_insert_with(|| Noc2016Class {
            code,
            title: clean(field(row, old_title)),
            noc2021: Vec::new(),
            continues_as: None,
            notes: clean(field(row, notes)),
        });
        let target = field(row, new).trim().to_string();
        if !class.noc2021.contains(&target) {
            class.noc2021.push(target);
        }
    }
    let mut out: Vec<Noc2016Class> = classes.into_values().collect();
    for class in &mut out {
        class.continues_as = if class.noc2021.len() == 1 {
            class.noc2021.first().cloned()
        } else {
            continues_as(&class.notes).filter(|c| class.noc2021.contains(c))
        };
    }
    Ok(out)
}

/// The code after "continues as" in a correspondence note.
/// A unit group's list of official texts.
fn texts(list: Vec<String>) -> Vec<crate::model::text::Text> {
    list.into_iter().map(Into::into).collect()
}

fn continues_as(notes: &str) -> Option<String> {
    let rest = &notes[notes.find("continues as ")? + "continues as ".len()..];
    let code: String = rest.chars().take_while(char::is_ascii_digit).collect();
    (code.len() == 5).then_some(code)
}

/// Build the NOC part of the dataset: `noc/structure.ron`, `noc/noc2016.ron`, `noc/units/NN.ron`.
pub fn import_noc(src: &NocSources) -> Result<Vec<Generated>, ImportError> {
    let french = read_french(&src.french)?;
    let mut elements = read_elements(&src.elements)?;
    let correspondence = read_correspondence(&src.correspondence)?;
    let mut predecessors: HashMap<&str, Vec<String>> = HashMap::new();
    for class in &correspondence {
        for target in &class.noc2021 {
            predecessors
                .entry(target.as_str())
                .or_default()
                .push(class.code.clone());
        }
    }

    let table = Table::read_utf8(&src.structure)?;
    let (code_col, title_col, def_col) = (
        table.column("Code - NOC 2021 V1.0")?,
        table.column("Class title")?,
        table.column("Class definition")?,
    );
    let mut levels: [Vec<Class>; 4] = Default::default();
    let mut units: BTreeMap<String, Vec<UnitGroup>> = BTreeMap::new();
    for row in &table.rows {
        let code = field(row, code_col).trim().to_string();
        let fr = french.get(&code);
        let title = clean(field(row, title_col));
        let definition = clean(field(row, def_col));
        let title_fr = fr.map(|f| f.title.clone()).unwrap_or_default();
        let definition_fr = fr.map(|f| f.definition.clone()).unwrap_or_default();
        match code.len() {
            1..=4 => levels[code.len() - 1].push(Class {
                code,
                title,
                title_fr,
                definition: definition.into(),
                definition_fr: definition_fr.into(),
            }),
            5 => {
                let e = elements.remove(&code).unwrap_or_default();
                let mut noc2016 = predecessors.remove(code.as_str()).unwrap_or_default();
                noc2016.sort();
                let unit = UnitGroup {
                    teer: code.as_bytes()[1] - b'0',
                    code: code.clone(),
                    title,
                    title_fr,
                    definition: definition.into(),
                    definition_fr: definition_fr.into(),
                    main_duties: texts(e.main_duties),
                    employment_requirements: e.employment_requirements,
                    additional_information: texts(e.additional_information),
                    inclusions: texts(e.inclusions),
                    exclusions: texts(e.exclusions),
                    illustrative_examples: texts(e.illustrative_examples),
                    example_titles: e.example_titles.into(),
                    noc2016,
                };
                units.entry(code[..2].to_string()).or_default().push(unit);
            }
            _ => {
                return Err(ImportError::Data(format!(
                    "{}: unexpected code {code:?}",
                    src.structure.display()
                )));
            }
        }
    }
    let ron = |e: ron::Error| ImportError::Data(format!("serialising RON: {e}"));
    let [
        broad_categories,
        major_groups,
        sub_major_groups,
        minor_groups,
    ] = levels;
    let mut out = vec![
        Generated {
            rel: files::STRUCTURE.to_string(),
            text: files::to_ron(&StructureFile {
                broad_categories,
                major_groups,
                sub_major_groups,
                minor_groups,
            })
            .map_err(ron)?,
        },
        Generated {
            rel: files::NOC2016.to_string(),
            text: files::to_ron(&Noc2016File {
                classes: correspondence,
            })
            .map_err(ron)?,
        },
    ];
    for (major_group, mut unit_groups) in units {
        unit_groups.sort_by(|a, b| a.code.cmp(&b.code));
        out.push(Generated {
            rel: format!("{}/{major_group}.ron", files::UNITS_DIR),
            text: files::to_ron(&UnitGroupFile {
                major_group,
                unit_groups,
            })
            .map_err(ron)?,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::continues_as;

    #[test]
    fn reads_the_continuing_code_from_a_note() {
        assert_eq!(
            continues_as("3219 continues as 32129 and part split off to emerging items 32124"),
            Some("32129".to_string())
        );
        assert_eq!(continues_as("1228 expired and is distributed"), None);
    }
}
