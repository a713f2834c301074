//! Microsoft "Working with AI": the intermediate work activities (IWA) with their published
//! per-IWA metrics, and which IWAs each 6-digit SOC occupation performs.

use crate::import::Generated;
use crate::import::csvread::{ImportError, Table, clean, field};
use crate::import::figures::{bad, generated, parse_decimal};
use crate::model::depth::{ACTIVITIES, Activity, ActivityFile};
use std::collections::BTreeMap;
use std::path::Path;

const METRICS: &str = "ai/microsoft_iwa_metrics.csv";
const SOC_TO_IWAS: &str = "ai/microsoft_soc_to_iwas.csv";

pub(super) fn import(raw: &Path) -> Result<Generated, ImportError> {
    let path = raw.join(METRICS);
    let t = Table::read_utf8(&path)?;
    let (id, title) = (t.column("IWA")?, t.column("title")?);
    let names = [
        "share_user",
        "share_ai",
        "completion_user",
        "completion_ai",
        "impact_scope_user",
        "impact_scope_ai",
    ];
    let cols = names
        .iter()
        .map(|n| t.column(n))
        .collect::<Result<Vec<_>, _>>()?;
    let mut activities = Vec::new();
    for (i, row) in t.rows.iter().enumerate() {
        let v = cols
            .iter()
            .map(|&c| match field(row, c).trim() {
                "" => Ok(None),
                t => parse_decimal(t).map(Some).map_err(|e| bad(&path, i, e)),
            })
            .collect::<Result<Vec<_>, _>>()?;
        activities.push(Activity {
            id: field(row, id).trim().to_string(),
            title: clean(field(row, title)),
            share_user: v[0],
            share_ai: v[1],
            completion_user: v[2],
            completion_ai: v[3],
            impact_scope_user: v[4],
            impact_scope_ai: v[5],
        });
    }
    activities.sort_by(|a, b| a.id.cmp(&b.id));
    let path = raw.join(SOC_TO_IWAS);
    let t = Table::read_utf8(&path)?;
    let (soc, iwa) = (t.column("SOC Code")?, t.column("IWA")?);
    let mut links: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in &t.rows {
        let list = links.entry(field(row, soc).trim().to_string()).or_default();
        let iwa = field(row, iwa).trim().to_string();
        if !list.contains(&iwa) {
            list.push(iwa);
        }
    }
    for list in links.values_mut() {
        list.sort();
    }
    generated(
        ACTIVITIES,
        &ActivityFile {
            activities,
            soc: links,
        },
    )
}
