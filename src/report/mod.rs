//! Occupations as documents, one renderer per format: plain text, Markdown, JSON and CSV.
//! `show`, `search`, `stats`, `export` and the explorer's export all render through here.

pub mod card;
pub mod csv;
mod depth;
pub mod document;
pub(crate) mod figures;
pub mod html;
mod immigration_lists;
pub mod json;
pub mod markdown;
mod path_in;
pub mod paths;
mod svg;
pub mod text;

pub use json::{json_string, json_value, search_json};
pub use markdown::{HandoutHeader, MAX_CLIENT_CHARS, markdown};
pub use text::{search_text, stats_text, text};

use crate::facts::depth::DepthFacts;
use crate::i18n::{Labels, fill};
use crate::locale::{self, Lang};
use crate::model::{Class, Dataset, UnitGroup};
use document::{SUB, Section};
use serde::Serialize;

/// The classes above a unit group, broadest first, with their level: 0 broad category,
/// 1 major group, 2 sub-major group, 3 minor group. The one place the hierarchy line of every
/// format comes from.
pub fn classes<'a>(ds: &'a Dataset, unit: &UnitGroup) -> Vec<(usize, &'a Class)> {
    (0..4)
        .filter_map(|depth| Some((depth, ds.class(unit.code.get(..=depth)?)?)))
        .collect()
}

/// A class's title in the interface language: the official French one under French.
pub fn class_title(class: &Class, lang: Lang) -> &str {
    if lang == Lang::Fr && !class.title_fr.is_empty() {
        &class.title_fr
    } else {
        &class.title
    }
}

/// A unit group's titles in the interface language: the one that leads, then the other.
/// French leads with the official French title; Japanese adds our translation, marked
/// 非公式訳 (the English title leads, being the official one).
pub fn titles(ds: &Dataset, unit: &UnitGroup, l: &Labels) -> (String, Option<String>) {
    let fr = (!unit.title_fr.is_empty()).then(|| unit.title_fr.clone());
    match l.lang {
        Lang::Fr if fr.is_some() => (unit.title_fr.clone(), Some(unit.title.clone())),
        Lang::Ja => match ds.japanese_title(&unit.code) {
            Some(ja) => (
                unit.title.clone(),
                Some(format!("{ja}（{}）", l.depth.our_translation)),
            ),
            None => (unit.title.clone(), fr),
        },
        _ => (unit.title.clone(), fr),
    }
}

/// "32129 Other medical technologists and technicians (TEER 2: College or ...)".
pub fn headline(ds: &Dataset, unit: &UnitGroup, l: &Labels) -> String {
    fill(
        l.report.headline,
        &[
            ("code", &unit.code),
            ("title", &titles(ds, unit, l).0),
            ("teer", &teer(l, unit.teer)),
        ],
    )
}

/// "TEER 2: College or apprenticeship ...", "FÉER 2 : Collège ...".
pub fn teer(l: &Labels, teer: u8) -> String {
    fill(
        l.report.teer,
        &[
            ("n", &teer.to_string()),
            ("meaning", l.teer_meaning_of(teer)),
        ],
    )
}

fn hierarchy_lines(ds: &Dataset, unit: &UnitGroup, l: &Labels) -> Vec<String> {
    classes(ds, unit)
        .into_iter()
        .map(|(depth, class)| {
            format!(
                "{} {} {}",
                l.report.levels[depth],
                class.code,
                class_title(class, l.lang)
            )
        })
        .collect()
}

/// The main duties, with the duties under a sub-heading (one of the group's OaSIS profiles,
/// "Dietary technicians") made its sub-items, so no format flattens the sub-heading into
/// a duty.
pub fn duties(unit: &UnitGroup, depth: &DepthFacts) -> Vec<String> {
    let labels: Vec<String> = depth
        .oasis
        .profiles
        .iter()
        .map(|p| p.label.to_lowercase())
        .collect();
    let heading = |line: &str| labels.len() > 1 && labels.contains(&line.to_lowercase());
    let mut under = false;
    unit.main_duties
        .iter()
        .enumerate()
        .map(|(i, line)| {
            if heading(line) {
                under = true;
                line.to_string()
            } else if under && !(i == 0 && line.ends_with(':')) {
                format!("{SUB}{line}")
            } else {
                line.to_string()
            }
        })
        .collect()
}

/// The official content of an occupation (Statistics Canada's NOC text): in French the
/// official French definition and class titles; what we hold only in English is marked.
fn official(ds: &Dataset, unit: &UnitGroup, depth: &DepthFacts, l: &Labels) -> Vec<Section> {
    let r = &l.report;
    let english = r.official_english;
    let definition = if l.lang == Lang::Fr && !unit.definition_fr.is_empty() {
        Section::new(r.h_definition).line(unit.definition_fr.clone())
    } else {
        Section::new(r.h_definition)
            .official(english)
            .line(unit.definition.clone())
    };
    fn text<S: AsRef<str>>(heading: &str, english: &str, lines: &[S]) -> Section {
        Section::new(heading)
            .official(english)
            .lines(lines.iter().map(|s| s.as_ref().to_string()).collect())
    }
    let hierarchy_note = if l.lang == Lang::Fr { "" } else { english };
    let mut out = vec![
        Section::new(r.h_hierarchy)
            .official(hierarchy_note)
            .lines(hierarchy_lines(ds, unit, l)),
        definition,
        text(r.h_duties, english, &duties(unit, depth)),
        text(r.h_requirements, english, &unit.employment_requirements),
        text(r.h_additional, english, &unit.additional_information),
        text(r.h_inclusions, english, &unit.inclusions),
        text(r.h_exclusions, english, &unit.exclusions),
        text(r.h_examples, english, &unit.illustrative_examples),
    ];
    if !unit.example_titles.is_empty() {
        let list = unit
            .example_titles
            .iter()
            .take(12)
            .collect::<Vec<_>>()
            .join("; ");
        out.push(Section::new(r.h_titles).official(english).line(fill(
            r.titles_eg,
            &[
                (
                    "n",
                    &locale::number(l.lang, unit.example_titles.len() as i64),
                ),
                ("list", &list),
            ],
        )));
    }
    if !unit.noc2016.is_empty() {
        out.push(Section::new(r.h_noc2016).line(unit.noc2016.join(", ")));
    }
    // The NOC text above, from one source: said once, after its last section.
    let mut out = document::non_empty(out);
    if let Some(last) = out.pop() {
        out.push(last.source(r.noc_source));
    }
    if let Some(p) = ds.profile(&unit.code) {
        out.push(
            Section::new(r.h_profile)
                .official(r.ours_english)
                .line(fill(
                    r.profile_as_of,
                    &[("summary", &p.summary), ("date", &p.as_of)],
                )),
        );
    }
    out
}

/// Every section of an occupation, in the order of `show --format json`'s content: the
/// official text, wages, outlook (with the yearly series), immigration, licensing, AI
/// (exposure, tasks, activities), OaSIS (profiles, skills, fit, work context) and the score,
/// worded in `lang`.
pub fn sections(ds: &Dataset, unit: &UnitGroup, lang: Lang) -> Vec<Section> {
    let l = Labels::for_lang(lang);
    let f = crate::facts::for_unit(ds, unit);
    let d = crate::facts::depth::for_unit(ds, &unit.code);
    let mut out = official(ds, unit, &d, l);
    out.push(figures::wages(&f, l));
    out.push(figures::outlook(&f, &d.outlook, l));
    out.push(figures::immigration(&f, l));
    out.push(immigration_lists::rounds(&f, lang));
    out.push(immigration_lists::provincial(&f, lang));
    out.push(
        figures::licensing(&f, l)
            .lines(path_in::provincial_lines(l, &path_in::provincial(ds, unit))),
    );
    out.extend(path_in::sections(ds, unit, lang));
    let p = crate::facts::paths::for_unit(ds, unit);
    out.push(paths::section(
        &p,
        lang,
        Default::default(),
        crate::similarity::NEAR,
    ));
    out.extend(depth::ai(&f, &d, l));
    out.extend(depth::oasis(&d, l));
    out.push(figures::score(&f, l));
    document::non_empty(out)
}

/// The answer card that opens an occupation in a handout: what the job is (its single OaSIS
/// profile's lead statement, else the definition's first sentence, French under French),
/// then the four lines of `card::glance`.
pub fn card_sections(ds: &Dataset, unit: &UnitGroup, lang: Lang) -> Vec<Section> {
    let l = Labels::for_lang(lang);
    let f = crate::facts::for_unit(ds, unit);
    let d = crate::facts::depth::for_unit(ds, &unit.code);
    let french = lang == Lang::Fr && !unit.definition_fr.is_empty();
    let lead = match d.oasis.profiles.as_slice() {
        [only] if !french => only.lead.clone(),
        _ => None,
    };
    let what = match lead {
        Some(lead) => Section::new(l.depth.what_it_is)
            .official(l.report.official_english)
            .line(lead)
            .source(figures::source(&d.oasis.source)),
        None if french => Section::new(l.depth.what_it_is)
            .line(card::first_sentence(&unit.definition_fr).to_string()),
        None => Section::new(l.depth.what_it_is)
            .official(l.report.official_english)
            .line(card::first_sentence(&unit.definition).to_string()),
    };
    let glance = card::glance(l, &f, Some(&d), None)
        .into_iter()
        .map(|(label, value)| format!("{label} {value}"))
        .collect();
    vec![what, Section::new(l.depth.at_a_glance).lines(glance)]
}

/// The sections of an occupation in a handout's order: what a client came for first (duties,
/// skills to build, the path in, where the skills carry), then the figures with their
/// sources, then the rest of the NOC text. Sections another part of the app adds keep their
/// place after the path in.
pub fn handout_sections(ds: &Dataset, unit: &UnitGroup, lang: Lang) -> Vec<Section> {
    let l = Labels::for_lang(lang);
    let r = &l.report;
    let order = [
        r.h_duties,
        r.h_skills,
        r.h_requirements,
        r.h_additional,
        "",
        r.h_wages,
        r.h_outlook,
        r.h_immigration,
        l.lists.rounds_heading,
        l.lists.provinces_heading,
        r.h_licensing,
        r.h_ai_exposure,
        r.h_ai_tasks,
        r.h_activities,
        r.h_fit,
        r.h_context,
        r.h_profiles,
        r.h_score,
        r.h_definition,
        r.h_hierarchy,
        r.h_inclusions,
        r.h_exclusions,
        r.h_examples,
        r.h_titles,
        r.h_noc2016,
        r.h_profile,
    ];
    let rank = |s: &Section| {
        order
            .iter()
            .position(|h| *h == s.heading)
            .unwrap_or_else(|| order.iter().position(|h| h.is_empty()).unwrap_or(0))
    };
    let mut out = sections(ds, unit, lang);
    out.sort_by_key(rank);
    out
}

/// Today's date (UTC) as "YYYY-MM-DD", for handouts.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(secs / 86_400)
}

/// The proleptic Gregorian date of a day counted from 1970-01-01.
pub fn civil_date(days: u64) -> String {
    // Shift to a calendar starting 0000-03-01 so that leap days end each 4-year cycle.
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// What the dataset holds (`stats`).
#[derive(Debug, Serialize)]
pub struct Stats {
    #[serde(flatten)]
    pub coverage: crate::facts::Coverage,
    #[serde(flatten)]
    pub depth: crate::facts::depth::DepthCoverage,
    pub broad_categories: usize,
    pub major_groups: usize,
    pub sub_major_groups: usize,
    pub minor_groups: usize,
    pub unit_groups: usize,
    pub example_titles: usize,
    pub french_titles: usize,
    pub noc2016_links: usize,
    pub profiles: usize,
}

pub fn stats(ds: &Dataset) -> Stats {
    Stats {
        coverage: crate::facts::coverage(ds),
        depth: crate::facts::depth::coverage(ds),
        broad_categories: ds.broad_categories.len(),
        major_groups: ds.major_groups.len(),
        sub_major_groups: ds.sub_major_groups.len(),
        minor_groups: ds.minor_groups.len(),
        unit_groups: ds.units.len(),
        example_titles: ds.example_title_count(),
        french_titles: ds.units.iter().filter(|u| !u.title_fr.is_empty()).count(),
        noc2016_links: ds.units.iter().map(|u| u.noc2016.len()).sum(),
        profiles: ds.profiles.len(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn civil_dates_across_leap_years() {
        assert_eq!(super::civil_date(0), "1970-01-01");
        assert_eq!(super::civil_date(11_016), "2000-02-29");
        assert_eq!(super::civil_date(20_417), "2025-11-25");
        assert_eq!(super::civil_date(20_513), "2026-03-01");
    }
}
