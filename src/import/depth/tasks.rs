//! O*NET task statements with the exposure labels of "GPTs are GPTs" (human and GPT-4), per
//! unit group through the Brookfield NOC 2021 -> O*NET crosswalk the AI figures already use.

use super::major_of;
use crate::import::Generated;
use crate::import::csvread::{ImportError, Table, clean, field};
use crate::import::figures::{bad, generated, pad_code};
use crate::model::depth::{Exposure, LabelledTask, OnetTasks, TASKS_DIR, TaskFile, UnitTasks};
use std::collections::BTreeMap;
use std::path::Path;

const LABELSET: &str = "ai/gpts_are_gpts_full_labelset.tsv";
const CROSSWALK: &str = "ai/brookfield_noc2021_onet26.csv";

fn exposure(text: &str) -> Option<Exposure> {
    match text.trim() {
        "E0" => Some(Exposure::E0),
        "E1" => Some(Exposure::E1),
        "E2" => Some(Exposure::E2),
        _ => None,
    }
}

/// O*NET-SOC code -> (title, labelled tasks in file order).
type Labels = BTreeMap<String, (String, Vec<LabelledTask>)>;

fn read_labels(raw: &Path) -> Result<Labels, ImportError> {
    let path = raw.join(LABELSET);
    let bytes = std::fs::read(&path).map_err(|e| ImportError::io(&path, e))?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .flexible(true)
        .from_reader(bytes.as_slice());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| ImportError::io(&path, e))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| ImportError::MissingColumn {
                path: path.clone(),
                column: name.to_string(),
            })
    };
    let (onet, task, title, human, gpt4) = (
        col("O*NET-SOC Code")?,
        col("Task")?,
        col("Title")?,
        col("human_exposure_agg")?,
        col("gpt4_exposure")?,
    );
    let mut out = Labels::new();
    for (i, row) in reader.records().enumerate() {
        let row = row.map_err(|e| bad(&path, i, e))?;
        let label = |c: usize| {
            exposure(field(&row, c)).ok_or_else(|| {
                bad(
                    &path,
                    i,
                    format!("{:?} is not E0, E1 or E2", field(&row, c)),
                )
            })
        };
        let entry = out
            .entry(field(&row, onet).trim().to_string())
            .or_insert_with(|| (clean(field(&row, title)), Vec::new()));
        entry.1.push(LabelledTask {
            task: clean(field(&row, task)),
            human: label(human)?,
            gpt4: label(gpt4)?,
        });
    }
    Ok(out)
}

pub(super) fn import(raw: &Path) -> Result<Vec<Generated>, ImportError> {
    let labels = read_labels(raw)?;
    let path = raw.join(CROSSWALK);
    let t = Table::read_utf8(&path)?;
    let (noc, onet, title) = (t.column("noc")?, t.column("onet")?, t.column("onet_title")?);
    let mut units: BTreeMap<String, Vec<OnetTasks>> = BTreeMap::new();
    for (i, row) in t.rows.iter().enumerate() {
        let code = pad_code(field(row, noc))
            .ok_or_else(|| bad(&path, i, format!("{:?} is not a NOC code", field(row, noc))))?;
        let onet = field(row, onet).trim().to_string();
        let occupations = units.entry(code).or_default();
        if occupations.iter().any(|o| o.onet == onet) {
            continue;
        }
        let (title, tasks) = match labels.get(&onet) {
            Some((title, tasks)) => (title.clone(), tasks.clone()),
            None => (clean(field(row, title)), Vec::new()),
        };
        occupations.push(OnetTasks { onet, title, tasks });
    }
    let mut by_major: BTreeMap<String, Vec<UnitTasks>> = BTreeMap::new();
    for (code, occupations) in units {
        by_major
            .entry(major_of(&code).to_string())
            .or_default()
            .push(UnitTasks { code, occupations });
    }
    by_major
        .into_iter()
        .map(|(major_group, units)| {
            generated(
                &format!("{TASKS_DIR}/{major_group}.ron"),
                &TaskFile { major_group, units },
            )
        })
        .collect()
}
