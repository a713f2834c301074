//! Plain text: one occupation (`show`), search results and the dataset's counts.

use super::Stats;
use crate::i18n::{Labels, fill};
use crate::locale::{self, Lang};
use crate::model::{Dataset, UnitGroup};
use crate::search::{Hit, SearchIndex};
use unicode_width::UnicodeWidthStr;

pub fn text(ds: &Dataset, unit: &UnitGroup, lang: Lang) -> String {
    let l = Labels::for_lang(lang);
    let mut out = format!("{}\n", super::headline(ds, unit, l));
    if let Some(second) = super::titles(ds, unit, l).1 {
        out.push_str(&format!("{second}\n"));
    }
    out.push_str(&super::document::to_text(
        &super::sections(ds, unit, lang),
        l.source_prefix,
    ));
    out
}

/// The hits a line each: code, title and what matched (read from the index, which `search`
/// may have without the dataset); what matched is said in `lang`.
pub fn search_text(index: &SearchIndex, hits: &[Hit], lang: Lang) -> String {
    let l = Labels::for_lang(lang);
    let mut out = String::new();
    for hit in hits {
        // The official French title leads under French, as in the explorer.
        let french = (lang == Lang::Fr)
            .then(|| index.title_fr(hit.unit))
            .flatten();
        let (code, title) = (
            index.code(hit.unit),
            french.unwrap_or(index.title(hit.unit)),
        );
        out.push_str(&format!("{code}  {title}"));
        if hit.matched != title && hit.matched != code {
            let matched = l.search_words.matched(hit);
            out.push_str(&format!("  ({} {matched})", l.matched));
            if let Some(note) = hit.kind.note() {
                out.push_str(&format!(" ({note})"));
            }
        }
        out.push('\n');
    }
    out
}

/// "1 unit group", "516 unit groups": the template pair's singular or plural, filled.
fn count(lang: Lang, n: usize, (one, many): (&str, &str)) -> String {
    let template = if n == 1 { one } else { many };
    fill(template, &[("n", &locale::number(lang, n as i64))])
}

/// The dataset's counts as sentences and a coverage table, in the interface language.
pub fn stats_text(s: &Stats, lang: Lang) -> String {
    let l = Labels::for_lang(lang);
    let st = &l.report.stats;
    let n = |v: usize| locale::number(lang, v as i64);
    let c = &s.coverage;
    let d = &s.depth;
    let k = |i: usize, v: usize| count(lang, v, st.nouns[i]);
    let mut out = fill(
        st.classes,
        &[
            ("broad", &k(0, s.broad_categories)),
            ("major", &k(1, s.major_groups)),
            ("sub", &k(2, s.sub_major_groups)),
            ("minor", &k(3, s.minor_groups)),
            ("units", &k(4, s.unit_groups)),
        ],
    );
    out.push('\n');
    out.push_str(&fill(
        st.titles,
        &[
            ("titles", &k(5, s.example_titles)),
            ("french", &k(4, s.french_titles)),
            ("links", &k(6, s.noc2016_links)),
            ("profiles", &k(7, s.profiles)),
        ],
    ));
    out.push_str("\n\n");
    out.push_str(&fill(st.coverage, &[("units", &k(4, s.unit_groups))]));
    out.push_str("\n\n");
    let values = [
        c.wages,
        c.wages_national,
        c.census_income,
        c.outlook,
        c.outlook_conditions,
        d.outlook_yearly,
        c.ai_exposure,
        c.ai_crosswalk,
        d.ai_tasks,
        c.lmia,
        c.immigration_rules,
        c.ee_categories,
        d.oasis,
        d.skills,
        d.interests,
        s.profiles,
    ];
    // The data set each row counts (a file that did not load reads "not loaded", never 0).
    let ids = [
        "wages",
        "wages",
        "census_income",
        "outlook",
        "outlook",
        "",
        "ai_exposure",
        "ai_crosswalk",
        "",
        "lmia",
        "immigration_rules",
        "ee_categories",
        "",
        "",
        "",
        "",
    ];
    let width = st.rows.iter().map(|k| k.width()).max().unwrap_or(0);
    for ((label, v), id) in st.rows.iter().zip(values).zip(ids) {
        let pad = " ".repeat(width - label.width());
        let v = if id.is_empty() || c.loaded(id) {
            n(v)
        } else {
            st.not_loaded.to_string()
        };
        let vpad = " ".repeat(6usize.saturating_sub(v.width()));
        out.push_str(&format!("  {label}{pad}  {vpad}{v}\n"));
    }
    out.push('\n');
    out.push_str(&fill(st.programs, &[("programs", &k(8, c.programs))]));
    out.push('\n');
    let u = c.unit_groups;
    let gaps = [
        fill(
            st.gaps[0],
            &[
                ("units", &k(4, u.saturating_sub(c.wages))),
                ("provincial", &n(c.wages.saturating_sub(c.wages_national))),
            ],
        ),
        fill(
            st.gaps[1],
            &[(
                "units",
                &k(4, c.outlook.saturating_sub(c.outlook_conditions)),
            )],
        ),
        fill(
            st.gaps[2],
            &[
                ("units", &k(4, u.saturating_sub(c.ai_crosswalk))),
                ("unrated", &n(c.ai_crosswalk.saturating_sub(c.ai_exposure))),
            ],
        ),
        fill(st.gaps[3], &[("units", &k(4, u.saturating_sub(c.lmia)))]),
    ];
    out.push_str(&format!("\n{}\n", st.gaps_heading));
    // A file that did not load is said to be not loaded, never counted as missing figures.
    // Each data set named as its coverage row names it (not by its file's key).
    let files = [
        ("wages", 0),
        ("outlook", 3),
        ("ai_exposure", 6),
        ("lmia", 9),
    ];
    for (gap, (id, row)) in gaps.iter().zip(files) {
        let what = st.rows[row];
        if c.loaded(id) {
            out.push_str(&format!("  - {gap}\n"));
        } else {
            let status = l.depth.status_not_loaded;
            let line = fill(st.gap_not_loaded, &[("what", what), ("status", status)]);
            out.push_str(&format!("  - {line}\n"));
        }
    }
    out
}
