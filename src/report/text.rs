//! Plain text: one occupation (`show`), search results and the dataset's counts.

use super::Stats;
use crate::locale::{self, Lang};
use crate::model::{Dataset, UnitGroup, teer_summary};
use crate::search::{Hit, SearchIndex};

fn headline(unit: &UnitGroup) -> String {
    format!(
        "{} {} (TEER {}: {})",
        unit.code,
        unit.title,
        unit.teer,
        teer_summary(unit.teer)
    )
}

pub fn text(ds: &Dataset, unit: &UnitGroup, lang: Lang) -> String {
    let mut out = format!("{}\n{}\n", headline(unit), unit.title_fr);
    out.push_str(&super::document::to_text(&super::sections(ds, unit, lang)));
    out
}

/// The hits a line each: code, title and what matched (read from the index, which `search`
/// may have without the dataset).
pub fn search_text(index: &SearchIndex, hits: &[Hit]) -> String {
    let mut out = String::new();
    for hit in hits {
        let (code, title) = (index.code(hit.unit), index.title(hit.unit));
        out.push_str(&format!("{code}  {title}"));
        if hit.matched != title && hit.matched != code {
            out.push_str(&format!("  (matched: {})", hit.matched));
            if let Some(note) = hit.kind.note() {
                out.push_str(&format!(" ({note})"));
            }
        }
        out.push('\n');
    }
    out
}

/// "1 unit group", "516 unit groups".
fn count(lang: Lang, n: usize, one: &str, many: &str) -> String {
    let word = if n == 1 { one } else { many };
    format!("{} {word}", locale::number(lang, n as i64))
}

/// The dataset's counts as sentences and a coverage table.
pub fn stats_text(s: &Stats, lang: Lang) -> String {
    let n = |v: usize| locale::number(lang, v as i64);
    let c = &s.coverage;
    let d = &s.depth;
    let mut out = format!(
        "The NOC 2021 classification in this dataset has {}, {}, {}, {} and {}.\n",
        count(
            lang,
            s.broad_categories,
            "broad category",
            "broad categories"
        ),
        count(lang, s.major_groups, "major group", "major groups"),
        count(
            lang,
            s.sub_major_groups,
            "sub-major group",
            "sub-major groups"
        ),
        count(lang, s.minor_groups, "minor group", "minor groups"),
        count(lang, s.unit_groups, "unit group", "unit groups"),
    );
    out.push_str(&format!(
        "It lists {}, {} with a French title and {} to NOC 2016 codes; {}.\n",
        count(lang, s.example_titles, "example title", "example titles"),
        count(lang, s.french_titles, "unit group", "unit groups"),
        count(lang, s.noc2016_links, "link", "links"),
        count(
            lang,
            s.profiles,
            "curated profile is ours",
            "curated profiles are ours"
        ),
    ));
    out.push_str(&format!(
        "\nCoverage: how many of the {} each data set has figures for\n\n",
        count(lang, s.unit_groups, "unit group", "unit groups")
    ));
    // The data set each row counts (a file that did not load reads "not loaded", never 0).
    let rows: [(&str, &str, usize); 16] = [
        ("Job Bank wages (national or provincial)", "wages", c.wages),
        ("Job Bank national wage", "wages", c.wages_national),
        ("Census 2021 income", "census_income", c.census_income),
        ("COPS outlook", "outlook", c.outlook),
        (
            "COPS outlook with conditions",
            "outlook",
            c.outlook_conditions,
        ),
        ("COPS yearly series", "", d.outlook_yearly),
        ("GPT-4 exposure", "ai_exposure", c.ai_exposure),
        ("O*NET crosswalk", "ai_crosswalk", c.ai_crosswalk),
        ("AI task labels", "", d.ai_tasks),
        ("Positive LMIAs on ESDC's list", "lmia", c.lmia),
        (
            "Immigration rules evaluated",
            "immigration_rules",
            c.immigration_rules,
        ),
        (
            "Express Entry category lists",
            "ee_categories",
            c.ee_categories,
        ),
        ("OaSIS profiles", "", d.oasis),
        ("OaSIS skills", "", d.skills),
        ("OaSIS interests", "", d.interests),
        ("Curated profiles", "", s.profiles),
    ];
    let width = rows.iter().map(|(k, _, _)| k.len()).max().unwrap_or(0);
    for (label, id, v) in rows {
        let v = if id.is_empty() || c.loaded(id) {
            n(v)
        } else {
            "not loaded".to_string()
        };
        out.push_str(&format!("  {label:<width$}  {v:>6}\n"));
    }
    out.push_str(&format!(
        "\nThe immigration rules describe {}.\n",
        count(lang, c.programs, "program", "programs")
    ));
    if !c.gaps.is_empty() {
        out.push_str("\nWhy some unit groups have no figures in our data:\n");
        for gap in &c.gaps {
            out.push_str(&format!("  - {gap}\n"));
        }
    }
    out
}
