//! The phrases built from data: the English equals the library's own words, and the French
//! and Japanese say the same things.

use super::Labels;
use super::wording::*;
use crate::facts::depth::{DepthGap, Status};
use crate::facts::{CensusFallback, LmiaCount, OutlookGap, WageGap};
use crate::locale::Lang;
use crate::rules::immigration::OnCategory;
use crate::rules::immigration::{LIST_DATES, Reason};
use crate::rules::licensing::LicensingKind;
use crate::rules::score::ScoreInput;

#[test]
fn english_phrases_match_the_library_words() {
    let en = Labels::for_lang(Lang::En);
    let reasons = [
        Reason::TradeGroup {
            code: "72200".into(),
            group: "72".into(),
        },
        Reason::TradeGroupExcluded {
            code: "72600".into(),
            group: "72".into(),
            excluded: "726".into(),
        },
        Reason::OutsideTradeGroups {
            code: "21232".into(),
        },
        Reason::OnLists {
            year: 2025,
            on: vec![OnCategory {
                category: "Trade".into(),
                lower_confidence: true,
            }],
        },
        Reason::BaseTeer {
            base: vec![0, 1, 2, 3],
            teer: 5,
        },
        Reason::LawNotLoaded,
        Reason::NotOnLists { year: 2024 },
        Reason::TeerIn {
            program: "Federal Skilled Worker".into(),
            teer: 4,
            allowed: vec![0, 1, 2, 3],
        },
        Reason::JobOfferTeerIn {
            teer: 4,
            allowed: vec![0, 1, 2, 3, 4],
        },
        Reason::JobOfferTeerIn {
            teer: 5,
            allowed: vec![2, 3],
        },
        Reason::CommunityPriority,
        Reason::Pnp { teer: 2 },
        Reason::Pnp { teer: 5 },
    ];
    for r in reasons {
        assert_eq!(reason(en, &r), r.describe());
    }
    // The LMIA reason in the interface drops the list of omissions the LMIA block gives.
    let lmia = Reason::Lmia {
        positions: Some(12),
        period: Some("2024Q3-2025Q1".into()),
    };
    assert!(
        reason(en, &lmia).contains("at least 12 positions for this occupation in 2024Q3-2025Q1")
    );
}

#[test]
fn score_inputs_in_english_match_the_library_words_and_translate() {
    let en = Labels::for_lang(Lang::En);
    let inputs = [
        ScoreInput::JobBankWage {
            year: 2024,
            median_hourly: 23.5,
            percentile: 48.0,
        },
        ScoreInput::OutlookConditions {
            period: "2024-2033",
            label: "Moderate risk of Shortage".into(),
            label_fr: Some("Risque modéré de pénurie".into()),
        },
        ScoreInput::AiExposure { percentile: 31 },
        crate::rules::score::immigration_points(true, None, false, Some(true)),
        crate::rules::score::immigration_points(true, Some(true), true, Some(false)),
        ScoreInput::Missing { what: "wage" },
        ScoreInput::NotLoaded { what: "wage" },
        ScoreInput::Missing {
            what: "COPS future conditions",
        },
        ScoreInput::Missing {
            what: "AI exposure rating",
        },
        ScoreInput::Missing {
            what: "immigration program rules",
        },
    ];
    let (fr, ja) = (Labels::for_lang(Lang::Fr), Labels::for_lang(Lang::Ja));
    for input in &inputs {
        assert_eq!(score_input(en, input), input.describe());
        for other in [fr, ja] {
            let text = score_input(other, input);
            for english in [
                "in our data",
                "percentile",
                "category unknown",
                "future conditions",
                "rescaled",
            ] {
                assert!(!text.contains(english), "{text}");
            }
        }
    }
    assert_eq!(
        score_input(fr, &inputs[1]),
        "conditions futures COPS 2024-2033 : « Risque modéré de pénurie » (SPPC)"
    );
}

#[test]
fn the_rules_files_word_notes_are_the_ones_translated() {
    let en = Labels::for_lang(Lang::En);
    let text = include_str!("../../data/programs.ron");
    for (i, (id, note)) in PROGRAM_AS_OF.iter().enumerate() {
        assert_eq!(en.law.program_as_of[i], *note);
        let at = text.find(&format!("id: \"{id}\"")).expect("the program");
        assert!(text[at..].contains(&format!("as_of: \"{note}\"")), "{id}");
    }
}

#[test]
fn english_list_dates_are_the_library_dates() {
    let en = Labels::for_lang(Lang::En);
    for (i, (_, date)) in LIST_DATES.iter().enumerate() {
        assert_eq!(en.phrases.list_as_of[i], *date);
    }
}

#[test]
fn gaps_read_as_what_our_files_lack_in_each_language() {
    let gap = WageGap::NotInWageFile {
        year: 2024,
        years: [2016, 2020, 2024],
        fallback: Some(CensusFallback {
            year: 2021,
            median_annual: 116000,
            aggregate_of: Some("00018".into()),
        }),
    };
    let en = wage_gap(Labels::for_lang(Lang::En), &gap);
    assert_eq!(
        en,
        [
            "No 2024 wage in the wage file this app uses (it keeps occupations with 2016, 2020 and 2024 figures).",
            "Instead: the 2021 Census median employment income, $116,000 a year.",
            "The Census suppresses this group; the figure is the 00018 aggregate.",
        ]
    );
    let ja = wage_gap(Labels::for_lang(Lang::Ja), &gap).join(" ");
    assert!(
        ja.contains("2024年の賃金はありません") && ja.contains("00018"),
        "{ja}"
    );
    let fr = lmia_count(
        Labels::for_lang(Lang::Fr),
        &LmiaCount::AtLeast {
            positions: 2400,
            period: "2024Q3-2025Q1".into(),
        },
    );
    assert_eq!(
        fr,
        "Au moins 2\u{a0}400 postes sur la liste publiée par EDSC (2024Q3-2025Q1)."
    );
    // The outlook's gap: one rule, the library's English words, and translated.
    for gap in [OutlookGap::NoProjection, OutlookGap::NoConditions] {
        assert_eq!(outlook_gap(Labels::for_lang(Lang::En), gap), gap.describe());
        for lang in [Lang::Fr, Lang::Ja] {
            assert_ne!(outlook_gap(Labels::for_lang(lang), gap), gap.describe());
        }
    }
}

#[test]
fn depth_gaps_read_the_same_as_the_library_in_english_and_are_translated() {
    let gaps = [
        DepthGap::NoCrosswalkRow,
        DepthGap::NoLabelledTasks(vec!["11-1011.00 Chief Executives".into()]),
        DepthGap::NoActivities,
        DepthGap::NoOasisProfile,
        DepthGap::NoYearlySeries,
    ];
    for gap in gaps {
        let status = Status::NoData(gap.clone());
        assert_eq!(
            depth_status(Labels::for_lang(Lang::En), &status),
            gap.describe()
        );
        for lang in [Lang::Fr, Lang::Ja] {
            let text = depth_status(Labels::for_lang(lang), &status);
            assert!(
                !text.is_empty() && text != gap.describe(),
                "{lang:?}: {text}"
            );
        }
    }
    let ja = depth_status(
        Labels::for_lang(Lang::Ja),
        &Status::NoData(DepthGap::NoLabelledTasks(vec!["X".into()])),
    );
    assert!(ja.contains('X') && !ja.contains("{reached}"), "{ja}");
    assert_eq!(
        depth_status(Labels::for_lang(Lang::En), &Status::NotLoaded),
        Status::NotLoaded.text()
    );
}

#[test]
fn provinces_are_named_in_the_interface_language() {
    let fr = Labels::for_lang(Lang::Fr);
    assert_eq!(
        provinces(fr, &["Quebec", "British Columbia"]),
        "Québec, Colombie-Britannique"
    );
    assert_eq!(licensing_kind(fr, LicensingKind::Voluntary), "volontaire");
}
