//! Every figure in a curated profile carries a source.
//!
//! A figure is a salary band, an education cost, or a number of three or more digits, a
//! dollar amount or a percentage in the profile's text (codes such as 32129 and dates aside).
//! Bands and costs need a source whose note names them; a number in the text needs a source
//! whose name or note gives that number.

use noc_explorer::data;
use noc_explorer::model::Profile;

/// The numbers in `text` that are figures (not the profile's own code, not a date).
fn figures_in(text: &str, code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == ',') {
                i += 1;
            }
            let number: String = chars[start..i]
                .iter()
                .filter(|c| c.is_ascii_digit())
                .collect();
            let dollar = start > 0 && chars[start - 1] == '$';
            let percent = chars.get(i) == Some(&'%');
            let date = chars.get(i) == Some(&'-') && number.len() == 4;
            if (number.len() >= 3 || dollar || percent) && number != code && !date {
                out.push(number);
            }
        } else {
            i += 1;
        }
    }
    out
}

fn texts(p: &Profile) -> Vec<String> {
    let mut v = vec![p.summary.clone(), p.career_path.clone(), p.demand.clone()];
    let ai = &p.ai_impact;
    v.extend([
        ai.overview.clone(),
        ai.entry_level_effect.clone(),
        ai.career_shift.clone(),
    ]);
    for list in [
        &ai.tasks_taken_over,
        &ai.tasks_augmented,
        &ai.human_strengths,
        &ai.skills_to_learn,
        &p.suits,
        &p.not_suited,
        &p.growth_areas,
    ] {
        v.extend(list.iter().cloned());
    }
    v.extend(
        p.credentials
            .iter()
            .map(|c| format!("{} {}", c.name, c.issuer)),
    );
    v.extend(
        p.immigration_routes
            .iter()
            .map(|r| format!("{} {}", r.program, r.detail)),
    );
    v
}

fn source_gives(p: &Profile, needle: &str) -> bool {
    p.sources.iter().any(|s| {
        let text = format!("{} {}", s.name, s.note)
            .to_lowercase()
            .replace(',', "");
        text.contains(&needle.to_lowercase())
    })
}

fn unsourced(p: &Profile) -> Vec<String> {
    let mut out = Vec::new();
    if !p.salary_bands.is_empty() && !source_gives(p, "salary band") {
        out.push("salary bands".to_string());
    }
    if !p.education_paths.is_empty() && !source_gives(p, "education cost") {
        out.push("education costs".to_string());
    }
    for text in texts(p) {
        for n in figures_in(&text, &p.code) {
            if !source_gives(p, &n) {
                out.push(format!("{n} in {text:?}"));
            }
        }
    }
    out
}

#[test]
fn every_figure_in_a_curated_profile_carries_a_source() {
    let ds = data::load_embedded().expect("embedded data loads");
    assert!(!ds.profiles.is_empty());
    for p in ds.profiles.values() {
        assert!(!p.sources.is_empty(), "{}: no sources", p.code);
        assert_eq!(unsourced(p), Vec::<String>::new(), "{}", p.code);
    }
}

#[test]
fn the_32129_profile_drops_what_the_seed_page_claimed_without_a_source() {
    let ds = data::load_embedded().expect("embedded data loads");
    let p = &ds.profiles["32129"];
    assert!(p.salary_bands.is_empty());
    assert!(p.education_paths.is_empty());
    assert!(p.ai_impact.tasks_taken_over.is_empty());
    assert!(p.ai_impact.tasks_augmented.is_empty());
    assert!(
        !p.credentials
            .iter()
            .any(|c| c.name.to_lowercase().contains("licence to practise")),
    );
}

#[test]
fn the_check_catches_an_unsourced_figure() {
    let ds = data::load_embedded().expect("embedded data loads");
    let mut p = ds.profiles["32129"].clone();
    p.demand = "Pay rises to $95,000 within seven years.".to_string();
    assert_eq!(unsourced(&p).len(), 1, "{:?}", unsourced(&p));
    p.demand = "Employment reached 7,300.".to_string();
    assert_eq!(unsourced(&p).len(), 1, "{:?}", unsourced(&p));
}
