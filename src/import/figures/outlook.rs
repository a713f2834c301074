//! COPS 2024-2033 summary projections (ESDC), one record per unit group.

use super::{bad, generated, parse_count};
use crate::import::Generated;
use crate::import::csvread::{ImportError, Table, clean, field};
use crate::model::figures::{self, OutlookFile, OutlookRecord};
use std::path::Path;

pub const COPS_CSV: &str = "outlook/cops_2024_2033_summary.csv";

const COUNTS: [&str; 9] = [
    "Employment_emploi_2023",
    "Employment_Growth_croissance_emploi",
    "Retirements_retraites",
    "Other_Replacement_autre_remplacement",
    "Total_Job_Openings_Perspective_d'emploi",
    "School_Leavers_Sortants_scolaires",
    "Immigration",
    "Other_Seekers_autres_chercheurs",
    "Job_Seekers_Chercheurs_emploi",
];
const LABELS: [&str; 4] = [
    "Recent_Labour_Market_Conditions",
    "Conditions_récentes_sur_le_marché_du_travail",
    "Future_Labour_Market_Conditions",
    "Conditions_futures_sur_le_marché_du_travail",
];

pub(super) fn import(raw: &Path) -> Result<Generated, ImportError> {
    let path = raw.join(COPS_CSV);
    let t = Table::read_latin1(&path)?;
    let code_col = t.column("Code")?;
    let counts = COUNTS.map(|c| t.column(c));
    let labels = LABELS.map(|c| t.column(c));
    let mut count_cols = [0; 9];
    for (slot, col) in count_cols.iter_mut().zip(counts) {
        *slot = col?;
    }
    let mut label_cols = [0; 4];
    for (slot, col) in label_cols.iter_mut().zip(labels) {
        *slot = col?;
    }
    let mut outlook = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let code = field(row, code_col).trim();
        // Unit groups only: aggregates are "00000", "TEER_0", "NOC1_x", ...
        if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) || code == "00000" {
            continue;
        }
        let mut n = [None; 9];
        for (slot, &col) in n.iter_mut().zip(&count_cols) {
            *slot = parse_count(field(row, col)).map_err(|e| bad(&path, i, e))?;
        }
        let l = label_cols.map(|col| clean(field(row, col)));
        let [recent, recent_fr, future, future_fr] = l;
        outlook.push(OutlookRecord {
            code: code.to_string(),
            employment_2023: n[0],
            employment_growth: n[1],
            retirements: n[2],
            other_replacement: n[3],
            job_openings: n[4],
            school_leavers: n[5],
            immigration: n[6],
            other_seekers: n[7],
            job_seekers: n[8],
            recent_conditions: recent,
            recent_conditions_fr: recent_fr,
            future_conditions: future,
            future_conditions_fr: future_fr,
        });
    }
    outlook.sort_by(|a, b| a.code.cmp(&b.code));
    if let Some(w) = outlook.windows(2).find(|w| w[0].code == w[1].code) {
        return Err(ImportError::Data(format!(
            "{}: code {} appears twice",
            path.display(),
            w[0].code
        )));
    }
    generated(figures::OUTLOOK, &OutlookFile { outlook })
}
