//! How closely each US O*NET occupation the crosswalk links to a unit group matches it: our
//! measure, from the words the O*NET title and tasks share with the NOC group's title,
//! example titles, definition and main duties. The crosswalk links 32120 (medical laboratory
//! technologists) to MRI technologists and dosimetrists too; ranking the links lets the pane
//! show the closest first and fold the weak ones away.

use crate::model::UnitGroup as Unit;
use crate::model::depth::OnetTasks;
use serde::Serialize;
use std::collections::HashSet;

/// A link whose closeness is under this share of the closest link's is weak. Ours.
pub const WEAK_SHARE: f64 = 0.6;

/// One O*NET occupation linked to the unit group, with our closeness measure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OnetLink {
    pub onet: String,
    pub title: String,
    /// 0 to 1: the title's words found in the NOC group's titles (weight 0.5) and the tasks'
    /// words found in its definition and duties (weight 0.5). Ours.
    pub closeness: f64,
    /// How many labelled tasks come from this occupation.
    pub tasks: usize,
    /// Closeness under [`WEAK_SHARE`] of the closest link's.
    pub weak: bool,
}

/// Words too common in titles and task statements to say anything about the match.
const STOP: &[&str] = &[
    "and",
    "the",
    "for",
    "with",
    "other",
    "all",
    "from",
    "into",
    "such",
    "may",
    "their",
    "this",
    "that",
    "are",
    "use",
    "using",
    "used",
    "perform",
    "performs",
    "including",
    "related",
    "or",
    "of",
    "to",
    "in",
    "on",
    "as",
    "by",
    "an",
    "a",
    "be",
    "at",
    "other",
    "worker",
    "workers",
    "occupation",
    "occupations",
    "specialist",
    "specialists",
];

/// The content words of `text`: folded, 3 letters or more, a plural's final `s` dropped.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(|w| {
            let w = w.to_lowercase();
            match w.strip_suffix('s') {
                Some(stem) if stem.len() >= 3 && !w.ends_with("ss") => stem.to_string(),
                _ => w,
            }
        })
        .filter(|w| !STOP.contains(&w.as_str()))
}

/// The share of `text`'s content words found in `vocab` (0 when it has none).
fn share(text: &str, vocab: &HashSet<String>) -> f64 {
    let (mut found, mut all) = (0usize, 0usize);
    for w in words(text) {
        all += 1;
        found += usize::from(vocab.contains(&w));
    }
    if all == 0 {
        0.0
    } else {
        found as f64 / all as f64
    }
}

/// The links of `unit` ranked closest first (crosswalk order among equals), weak ones marked.
pub fn rank(unit: &Unit, occupations: &[OnetTasks]) -> Vec<OnetLink> {
    let titles: HashSet<String> = std::iter::once(unit.title.as_str())
        .chain(unit.example_titles.iter())
        .flat_map(words)
        .collect();
    let duties: HashSet<String> = std::iter::once(unit.definition.as_str())
        .chain(unit.main_duties.iter().map(|d| d.as_str()))
        .chain(std::iter::once(unit.title.as_str()))
        .flat_map(words)
        .collect();
    let mut links: Vec<OnetLink> = occupations
        .iter()
        .map(|o| {
            let title = share(&o.title, &titles);
            let tasks = if o.tasks.is_empty() {
                0.0
            } else {
                o.tasks.iter().map(|t| share(&t.task, &duties)).sum::<f64>() / o.tasks.len() as f64
            };
            OnetLink {
                onet: o.onet.clone(),
                title: o.title.clone(),
                closeness: if o.tasks.is_empty() {
                    title
                } else {
                    0.5 * title + 0.5 * tasks
                },
                tasks: o.tasks.len(),
                weak: false,
            }
        })
        .collect();
    // A stable sort keeps the crosswalk's order among equals.
    links.sort_by(|a, b| b.closeness.total_cmp(&a.closeness));
    let best = links.first().map_or(0.0, |l| l.closeness);
    for l in &mut links {
        l.weak = l.closeness < best * WEAK_SHARE;
    }
    links
}

#[cfg(test)]
mod tests {
    use crate::facts::depth::for_unit;

    fn links(code: &str) -> Vec<(String, bool)> {
        let ds = crate::data::load_embedded().expect("the embedded dataset is valid");
        for_unit(&ds, code)
            .ai
            .links
            .iter()
            .map(|l| (format!("{} {:.2} {}", l.onet, l.closeness, l.title), l.weak))
            .collect()
    }

    /// 32120's crosswalk links ten US occupations in the order laboratory, nuclear medicine,
    /// MRI, dosimetry, phlebotomy: the laboratory ones must come first and the imaging and
    /// dosimetry ones be weak.
    #[test]
    fn medical_laboratory_technologists_rank_the_laboratory_links_first() {
        let l = links("32120");
        eprintln!("{l:#?}");
        assert!(
            l[0].0.starts_with("29-2011.00") || l[0].0.starts_with("29-2012.00"),
            "{l:#?}"
        );
        for (name, weak) in &l {
            if name.contains("Magnetic Resonance") || name.contains("Dosimetrists") {
                assert!(*weak, "{name} should be a weak link: {l:#?}");
            }
            if name.contains("Laboratory") {
                assert!(!*weak, "{name} should not be weak: {l:#?}");
            }
        }
    }
}
