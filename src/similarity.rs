//! How close two occupations are, from their OaSIS ratings (ours: a measure this project
//! chose, documented in the README, not an official link between occupations).
//!
//! For each family of descriptors (skills, knowledge, abilities, work activities) the two
//! rating vectors are centred on the mean rating of every unit group and compared by cosine:
//! what sets an occupation apart counts, not what every occupation rates high. The four cosines
//! are averaged with the weights in [`FAMILIES`]. Ratings are divided by their scale's top
//! first, so knowledge (1-3) weighs like the 1-5 scales.

use crate::model::similarity::{FAMILIES, RatingTable};

/// How many closest occupations the importer keeps for each one.
pub const NEAR: usize = 10;
/// How many shared strengths and gaps a pair lists.
pub const LISTED: usize = 3;

/// The families whose descriptors say what a person brings and can build (abilities are
/// largely given and work activities describe the job, so both weigh in the measure but are
/// not listed as shared strengths or gaps).
pub const LEARNABLE: [&str; 2] = ["Skills", "Knowledge"];

/// The mean of each descriptor over every unit group, and each descriptor's family position.
pub struct Measure<'a> {
    table: &'a RatingTable,
    means: Vec<f32>,
    family: Vec<Option<usize>>,
}

/// A descriptor both occupations rate high, or one the target rates higher.
#[derive(Debug, Clone, PartialEq)]
pub struct Rated {
    pub id: String,
    /// The level the target occupation asks, on the guide's scale.
    pub asked: f32,
    /// The level the occupation one comes from holds.
    pub held: f32,
    pub scale_max: u8,
}

impl<'a> Measure<'a> {
    pub fn new(table: &'a RatingTable) -> Measure<'a> {
        let n = table.descriptors.len();
        let mut means = vec![0.0f32; n];
        for i in 0..table.codes.len() {
            for (m, v) in means.iter_mut().zip(table.row(i)) {
                *m += v;
            }
        }
        let count = table.codes.len().max(1) as f32;
        means.iter_mut().for_each(|m| *m /= count);
        let family = table
            .descriptors
            .iter()
            .map(|d| FAMILIES.iter().position(|(f, _)| *f == d.family))
            .collect();
        Measure {
            table,
            means,
            family,
        }
    }

    fn scaled(&self, i: usize, d: usize) -> f64 {
        let max = f64::from(self.table.descriptors[d].scale_max.max(1));
        f64::from(self.table.row(i)[d] - self.means[d]) / max
    }

    /// The similarity of the unit groups at positions `a` and `b`, from -1 to 1.
    pub fn similarity(&self, a: usize, b: usize) -> f64 {
        let mut dot = [0.0f64; FAMILIES.len()];
        let mut na = [0.0f64; FAMILIES.len()];
        let mut nb = [0.0f64; FAMILIES.len()];
        for (d, f) in self.family.iter().enumerate() {
            let Some(f) = *f else { continue };
            let (x, y) = (self.scaled(a, d), self.scaled(b, d));
            dot[f] += x * y;
            na[f] += x * x;
            nb[f] += y * y;
        }
        let (mut sum, mut weights) = (0.0, 0.0);
        for (f, (_, w)) in FAMILIES.iter().enumerate() {
            if na[f] > 0.0 && nb[f] > 0.0 {
                sum += w * dot[f] / (na[f].sqrt() * nb[f].sqrt());
                weights += w;
            }
        }
        if weights > 0.0 { sum / weights } else { 0.0 }
    }

    /// The `k` closest unit groups to the one at `a`, closest first; ties by code.
    pub fn closest(&self, a: usize, k: usize) -> Vec<(usize, f64)> {
        let mut all: Vec<(usize, f64)> = (0..self.table.codes.len())
            .filter(|&b| b != a)
            .map(|b| (b, self.similarity(a, b)))
            .collect();
        all.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        all.truncate(k);
        all
    }

    fn rated(&self, d: usize, to: usize, from: usize) -> Rated {
        let desc = &self.table.descriptors[d];
        Rated {
            id: desc.id.clone(),
            asked: self.table.row(to)[d],
            held: self.table.row(from)[d],
            scale_max: desc.scale_max,
        }
    }

    fn personal(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.table.descriptors.len())
            .filter(|&d| LEARNABLE.contains(&self.table.descriptors[d].family.as_str()))
    }

    /// What carries from `from` to `to`: the skills and knowledge `to` asks at a level `from`
    /// already holds (so nothing listed here is also a gap), those both rate above the mean of
    /// all occupations first, then by the level both hold.
    pub fn shared(&self, from: usize, to: usize) -> Vec<Rated> {
        let (held, asked) = (self.table.row(from), self.table.row(to));
        let common = |d: usize| held[d].min(asked[d]);
        let share = |d: usize| common(d) / f32::from(self.table.descriptors[d].scale_max.max(1));
        let above = |d: usize| common(d) > self.means[d];
        let mut ds: Vec<usize> = (self.personal())
            .filter(|&d| common(d) > 0.0 && held[d] >= asked[d])
            .collect();
        ds.sort_by(|&x, &y| {
            above(y)
                .cmp(&above(x))
                .then(share(y).total_cmp(&share(x)))
                .then(x.cmp(&y))
        });
        ds.into_iter()
            .take(LISTED)
            .map(|d| self.rated(d, to, from))
            .collect()
    }

    /// What `to` asks beyond what `from` holds: the largest differences, as a share of the scale.
    pub fn gaps(&self, from: usize, to: usize) -> Vec<Rated> {
        let gap = |d: usize| {
            let max = f32::from(self.table.descriptors[d].scale_max.max(1));
            (self.table.row(to)[d] - self.table.row(from)[d]) / max
        };
        let mut ds: Vec<usize> = self.personal().filter(|&d| gap(d) > 0.0).collect();
        ds.sort_by(|&x, &y| gap(y).total_cmp(&gap(x)).then(x.cmp(&y)));
        ds.into_iter()
            .take(LISTED)
            .map(|d| self.rated(d, to, from))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::similarity::{RatedDescriptor, SimilarityFile, UnitRatings};

    fn table(rows: &[(&str, &str)]) -> RatingTable {
        let families = ["Skills", "Skills", "Knowledge", "Knowledge"];
        RatingTable::from_file(SimilarityFile {
            method: String::new(),
            descriptors: families
                .iter()
                .enumerate()
                .map(|(i, f)| RatedDescriptor {
                    id: format!("D{i}"),
                    family: f.to_string(),
                    scale_max: if *f == "Knowledge" { 3 } else { 5 },
                })
                .collect(),
            units: rows
                .iter()
                .map(|(code, levels)| UnitRatings {
                    code: code.to_string(),
                    levels: levels.to_string(),
                    near: Vec::new(),
                })
                .collect(),
        })
        .expect("valid levels")
    }

    #[test]
    fn an_occupation_is_closest_to_the_one_rated_alike_and_never_to_itself() {
        let t = table(&[
            ("A", "50103010"),
            ("B", "45103010"),
            ("C", "10502550"),
            ("D", "20302020"),
        ]);
        let m = Measure::new(&t);
        let near = m.closest(0, 3);
        assert_eq!(near[0].0, 1, "{near:?}");
        assert!(near.iter().all(|(b, _)| *b != 0));
        assert!(m.similarity(0, 1) > m.similarity(0, 2));
        assert!((m.similarity(0, 1) - m.similarity(1, 0)).abs() < 1e-12);
    }

    #[test]
    fn gaps_are_what_the_target_asks_beyond_what_one_holds() {
        let t = table(&[("A", "20103010"), ("B", "45102010")]);
        let m = Measure::new(&t);
        let gaps = m.gaps(0, 1);
        assert_eq!(gaps[0].id, "D0");
        assert_eq!((gaps[0].held, gaps[0].asked), (2.0, 4.5));
        assert!(gaps.iter().all(|g| g.asked > g.held));
        // D0 is asked above the level held: a gap, so it does not carry; of the rest, the
        // largest share of its scale held by both comes first (D2: 2.0 of 3).
        let shared = m.shared(0, 1);
        assert!(shared.iter().all(|s| s.id != "D0"), "{:?}", shared[0].id);
        assert_eq!(shared[0].id, "D2");
        assert!(shared.iter().all(|s| s.held >= s.asked));
    }

    #[test]
    fn levels_that_are_not_two_digits_each_are_refused() {
        let bad = SimilarityFile {
            method: String::new(),
            descriptors: vec![RatedDescriptor {
                id: "D0".into(),
                family: "Skills".into(),
                scale_max: 5,
            }],
            units: vec![UnitRatings {
                code: "A".into(),
                levels: "3".into(),
                near: vec![],
            }],
        };
        assert_eq!(RatingTable::from_file(bad), Err(0));
    }
}
