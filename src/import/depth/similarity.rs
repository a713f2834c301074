//! `similarity.ron`: each unit group's OaSIS ratings as one vector and its closest unit groups
//! by the measure in `crate::similarity` (ours), computed once here so nothing heavy runs when
//! an occupation is shown.

use crate::import::Generated;
use crate::import::csvread::ImportError;
use crate::import::figures::generated;
use crate::model::depth::{Descriptor, OasisProfile};
use crate::model::similarity::{
    FAMILIES, RatedDescriptor, RatingTable, SIMILARITY, SimilarityFile, UnitRatings,
};
use crate::similarity::{Measure, NEAR};
use std::collections::BTreeMap;

pub const METHOD: &str = "Ours: each unit group's OaSIS 2023 ratings of skills, knowledge, abilities and work activities (the mean of its profiles' ratings; 0 where a profile does not rate a descriptor as relevant), each divided by the top of its scale and centred on the mean of all 516 unit groups; per family the cosine of the two vectors, averaged with weights skills 0.3, knowledge 0.3, abilities 0.2, work activities 0.2. It compares rated descriptors, not credentials.";

/// The top of the scale in the guide's words ("... on a scale of 1-5"), if it gives one.
fn scale_max(scale: Option<&str>) -> Option<u8> {
    scale?.rsplit('-').next()?.trim().parse().ok()
}

pub(super) fn generate(
    guide: &[Descriptor],
    profiles: &BTreeMap<String, OasisProfile>,
) -> Result<Generated, ImportError> {
    let rated = |id: &str| profiles.values().any(|p| p.ratings.contains_key(id));
    let descriptors: Vec<RatedDescriptor> = FAMILIES
        .iter()
        .flat_map(|(family, _)| guide.iter().filter(move |d| d.family == *family))
        .filter(|d| rated(&d.id))
        .map(|d| {
            let max = scale_max(d.scale.as_deref()).ok_or_else(|| {
                ImportError::Data(format!(
                    "{}: the guide gives no scale for {}",
                    SIMILARITY, d.id
                ))
            })?;
            Ok(RatedDescriptor {
                id: d.id.clone(),
                family: d.family.clone(),
                scale_max: max,
            })
        })
        .collect::<Result<_, ImportError>>()?;
    let mut by_unit: BTreeMap<&str, Vec<&OasisProfile>> = BTreeMap::new();
    for p in profiles.values() {
        by_unit.entry(p.unit()).or_default().push(p);
    }
    let units = by_unit
        .into_iter()
        .map(|(code, ps)| {
            let levels = descriptors
                .iter()
                .map(|d| {
                    let sum: u32 = ps
                        .iter()
                        .map(|p| u32::from(p.ratings.get(&d.id).copied().unwrap_or(0)))
                        .sum();
                    let tenths = (f64::from(sum) * 10.0 / ps.len() as f64).round() as u32;
                    format!("{:02}", tenths.min(99))
                })
                .collect();
            UnitRatings {
                code: code.to_string(),
                levels,
                near: Vec::new(),
            }
        })
        .collect();
    let mut file = SimilarityFile {
        method: METHOD.to_string(),
        descriptors,
        units,
    };
    let table = RatingTable::from_file(file.clone())
        .map_err(|i| ImportError::Data(format!("{SIMILARITY}: unit {i} has bad levels")))?;
    let measure = Measure::new(&table);
    for (i, unit) in file.units.iter_mut().enumerate() {
        unit.near = measure
            .closest(i, NEAR)
            .into_iter()
            .map(|(j, _)| table.codes[j].clone())
            .collect();
    }
    generated(SIMILARITY, &file)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_top_of_a_scale_is_read_from_the_guide() {
        assert_eq!(
            super::scale_max(Some("knowledge level on a scale of 1-3")),
            Some(3)
        );
        assert_eq!(
            super::scale_max(Some("proficiency level on a scale of 1-5")),
            Some(5)
        );
        assert_eq!(super::scale_max(None), None);
    }
}
