//! Labels of the immigration lists: the Express Entry rounds of the occupation's categories
//! and programs, the provincial lists and the community pilots; and the phrases built from
//! them (the one-line answer's rounds and provinces parts).

use super::fill;
use crate::facts::provincial::ProvinceBrief;
use crate::facts::rounds::RoundsBrief;
use crate::locale::{self, Lang};
use serde::Deserialize;

pub use crate::facts::provincial::{PROVINCE_CODES, province_code};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListLabels {
    // The rounds.
    pub rounds_heading: &'static str,
    /// "{date}": the newest round we hold.
    pub rounds_intro: &'static str,
    pub rounds_not_loaded: &'static str,
    pub category_rounds: &'static str,
    pub no_category: &'static str,
    pub program_rounds: &'static str,
    /// "program-wide" (a table cell).
    pub program_rounds_short: &'static str,
    /// Round type, list, last round, CRS, invitations, rounds in 12 months.
    pub rounds_table: [&'static str; 6],
    pub no_pool: &'static str,
    /// "{year} list".
    pub list_year: &'static str,
    /// "past list ({years})".
    pub past_list: &'static str,
    /// "{date} · CRS {cutoff} · {invitations} invitations".
    pub last_round: &'static str,
    pub last_round_label: &'static str,
    /// "{count} rounds in the 12 months to {date}"; one; none.
    pub in_12_months: &'static str,
    pub in_12_months_one: &'static str,
    pub in_12_months_none: &'static str,
    /// "no round for the {year} list yet (our copy ends {as_of})".
    pub no_round_for_list: &'static str,
    /// "last {family} round of any version: {date}".
    pub family_last: &'static str,
    pub family_never: &'static str,
    /// "CRS cut-offs of its last {n} rounds, {from} to {to}: {min}–{max}".
    pub chart_caption: &'static str,
    pub not_held_since: &'static str,
    pub ircc_name: &'static str,
    /// "{publisher}, {title} (official) · as of {date}".
    pub rounds_source: &'static str,
    /// The families of round types (`model::ee_rounds::RoundType::family`) in words.
    pub families: Vec<(&'static str, &'static str)>,
    // The provinces.
    pub provinces_heading: &'static str,
    pub provinces_intro: &'static str,
    pub provinces_not_loaded: &'static str,
    pub none_on_lists: &'static str,
    /// "{province}: not on any of its lists we hold".
    pub lead_not_on: &'static str,
    /// "chosen in the filters".
    pub lead_mark: &'static str,
    /// Statuses: listed, excluded, historical.
    pub statuses: [&'static str; 3],
    /// List kinds in the order of `model::provincial::KINDS`.
    pub kinds: [&'static str; 5],
    /// "effective {date}", "captured {date}".
    pub effective: &'static str,
    pub captured: &'static str,
    /// Checks in the order of `model::provincial::CHECKS`.
    pub checks: [&'static str; 2],
    /// Marks the source puts on a code.
    pub marks: Vec<(&'static str, &'static str)>,
    /// What our copy of a list may lack.
    pub caveats: Vec<(&'static str, &'static str)>,
    pub open_heading: &'static str,
    /// "open to TEER {teers} occupations not on its exclusion list".
    pub open_line: &'static str,
    pub source_page: &'static str,
    /// Province, program and stream, status, kind, effective, captured, official page.
    pub provinces_table: [&'static str; 7],
    /// "Lists: the provinces' official pages, as captured by {carrier}".
    pub provinces_source: &'static str,
    /// Our short names of lists (`model::provincial::TAGS`).
    pub tags: Vec<(&'static str, &'static str)>,
    // The community pilots.
    pub pilots_heading: &'static str,
    pub pilots_caveat: &'static str,
    pub pilots_none: &'static str,
    pub pilots_not_loaded: &'static str,
    // The filter "on a provincial list".
    pub f_provincial: &'static str,
    /// "on a list of {province}".
    pub f_provincial_of: &'static str,
    pub f_provincial_any: &'static str,
    /// "{province}", "{held}": the filter finds nothing because our files hold no current
    /// list of the province that names occupations; `held` lists the provinces we do hold.
    pub f_provincial_none: &'static str,
    // The one-line answer's parts.
    /// "last round {date}, CRS {cutoff}".
    pub brief_last: &'static str,
    /// "no round for its list yet; last {date}".
    pub brief_none_since: &'static str,
    pub brief_never: &'static str,
    /// Between a province's lists ("health, tech") and between provinces ("; ").
    pub tag_separator: &'static str,
    pub province_separator: &'static str,
}

fn lookup(pairs: &[(&'static str, &'static str)], key: &str) -> Option<&'static str> {
    pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

impl ListLabels {
    /// A round family in words (the key itself if the labels lack it).
    pub fn family<'a>(&self, key: &'a str) -> &'a str {
        lookup(&self.families, key).unwrap_or(key)
    }

    pub fn tag<'a>(&self, key: &'a str) -> &'a str {
        lookup(&self.tags, key).unwrap_or(key)
    }

    pub fn mark<'a>(&self, key: &'a str) -> &'a str {
        lookup(&self.marks, key).unwrap_or(key)
    }

    pub fn caveat<'a>(&self, key: &'a str) -> &'a str {
        lookup(&self.caveats, key).unwrap_or(key)
    }

    pub fn status(&self, status: &str) -> &'static str {
        let i = ["listed", "excluded", "historical"]
            .iter()
            .position(|s| *s == status);
        self.statuses[i.unwrap_or(2)]
    }

    pub fn kind<'a>(&self, kind: &'a str) -> &'a str {
        let i = crate::model::provincial::KINDS
            .iter()
            .position(|k| *k == kind);
        i.map_or(kind, |i| self.kinds[i])
    }

    pub fn check(&self, check: &str) -> &'static str {
        self.checks[usize::from(check != "second_capture")]
    }

    /// "12 rounds in the 12 months to 2026-08-19".
    pub fn in_12_months(&self, lang: Lang, count: usize, to: &str) -> String {
        let template = match count {
            0 => self.in_12_months_none,
            1 => self.in_12_months_one,
            _ => self.in_12_months,
        };
        fill(
            template,
            &[
                ("count", &locale::number(lang, count as i64)),
                ("date", &locale::date(lang, to)),
            ],
        )
    }

    /// The rounds part of the one-line answer: "last round 2026-06-25, CRS 475".
    pub fn rounds_brief(&self, lang: Lang, brief: &RoundsBrief) -> String {
        match brief {
            RoundsBrief::Last { date, cutoff, .. } => fill(
                self.brief_last,
                &[
                    ("date", &locale::date(lang, date)),
                    ("cutoff", &cutoff.to_string()),
                ],
            ),
            RoundsBrief::NoneSince {
                since: Some(date), ..
            } => fill(
                self.brief_none_since,
                &[("date", &locale::date(lang, date))],
            ),
            RoundsBrief::NoneSince { since: None, .. } => self.brief_never.to_string(),
        }
    }

    /// The provinces part of the one-line answer: "BC health; SK health; MB in-demand".
    pub fn provinces_brief(&self, briefs: &[ProvinceBrief]) -> String {
        (briefs.iter())
            .map(|b| {
                let tags: Vec<&str> = b.tags.iter().map(|t| self.tag(t)).collect();
                format!("{} {}", b.province, tags.join(self.tag_separator))
            })
            .collect::<Vec<_>>()
            .join(self.province_separator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Labels;

    #[test]
    fn every_family_tag_mark_and_kind_is_worded_in_every_language() {
        let families = [
            "healthcare",
            "stem",
            "trade",
            "transport",
            "agriculture",
            "education",
            "physicians",
            "senior_managers",
            "researchers",
            "military",
            "french",
            "cec",
            "pnp",
            "general",
            "no_program",
            "fsw",
            "fst",
        ];
        let marks = [
            "conditional",
            "outside_gta_only",
            "added_after_second_capture",
        ];
        for lang in [Lang::En, Lang::Fr, Lang::Ja] {
            let l = &Labels::for_lang(lang).lists;
            for f in families {
                assert!(lookup(&l.families, f).is_some(), "{lang:?} family {f}");
            }
            for t in crate::model::provincial::TAGS {
                assert!(lookup(&l.tags, t).is_some(), "{lang:?} tag {t}");
            }
            for m in marks {
                assert!(lookup(&l.marks, m).is_some(), "{lang:?} mark {m}");
            }
            assert!(lookup(&l.caveats, "may_lack_codes").is_some(), "{lang:?}");
        }
    }

    #[test]
    fn the_briefs_read_as_values_worded() {
        let l = &Labels::for_lang(Lang::En).lists;
        let last = RoundsBrief::Last {
            category: "healthcare",
            date: "2026-06-25",
            cutoff: 475,
        };
        assert_eq!(
            l.rounds_brief(Lang::En, &last),
            "last round 2026-06-25, CRS 475"
        );
        let briefs = [
            ProvinceBrief {
                province: "BC",
                tags: vec!["health"],
            },
            ProvinceBrief {
                province: "SK",
                tags: vec!["health"],
            },
            ProvinceBrief {
                province: "MB",
                tags: vec!["in_demand"],
            },
        ];
        assert_eq!(
            l.provinces_brief(&briefs),
            "BC health; SK health; MB in-demand"
        );
        assert_eq!(province_code("British Columbia"), Some("BC"));
        assert_eq!(province_code("Yukon Territory"), Some("YT"));
    }
}
