//! Code queries: a NOC 2021 code or code prefix, a NOC 2016 unit-group code (through the
//! official correspondence) and a NOC 2021 minor group (four digits).

use super::{Hit, MatchKind, SearchIndex};

pub(super) fn is_code_query(query: &str) -> bool {
    !query.is_empty() && query.len() <= 5 && query.bytes().all(|b| b.is_ascii_digit())
}

/// NOC 2016 code -> NOC 2021 unit, as the index keeps it.
#[derive(Debug, Clone)]
pub(super) struct Noc2016Link {
    pub code: String,
    pub unit: u32,
    /// Whether the 2016 class continues as this unit group.
    pub continues: bool,
}

const EXACT: u32 = 10_000;
const NOC2016_CONTINUES: u32 = 9_500;
const NOC2016_LINKED: u32 = 9_000;
const PREFIX: u32 = 8_000;

impl SearchIndex {
    /// Ranked hits of a code query: the exact NOC 2021 code; then, for four digits, the NOC
    /// 2021 successors of that NOC 2016 code (the one it continues as first); then the unit
    /// groups whose code starts with the query (for four digits: the minor group).
    pub(super) fn code_hits(&self, query: &str) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut seen = vec![false; self.codes.len()];
        let mut add = |unit: usize, score: u32, kind, matched: String| {
            if !std::mem::replace(&mut seen[unit], true) {
                hits.push(Hit {
                    unit,
                    score,
                    kind,
                    matched,
                    entry: None,
                });
            }
        };
        for (unit, code) in self.codes.iter().enumerate() {
            if code == query {
                add(unit, EXACT, MatchKind::Code, code.clone());
            }
        }
        // Only whole NOC 2016 codes: their prefixes would crowd out the 2021 ones.
        for link in self.noc2016.iter().filter(|l| l.code == query) {
            let (score, how) = if link.continues {
                (NOC2016_CONTINUES, "continues as")
            } else {
                (NOC2016_LINKED, "also linked")
            };
            add(
                link.unit as usize,
                score,
                MatchKind::Noc2016,
                format!("NOC 2016 {query} → {how}"),
            );
        }
        for (unit, code) in self.codes.iter().enumerate() {
            if code.starts_with(query) {
                if query.len() == 4 {
                    let label = format!("NOC 2021 minor group {query}");
                    add(unit, PREFIX, MatchKind::MinorGroup, label);
                } else {
                    add(unit, PREFIX, MatchKind::CodePrefix, code.clone());
                }
            }
        }
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.unit.cmp(&b.unit)));
        hits
    }
}
