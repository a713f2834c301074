//! Figures pinned for a few occupations from different broad categories, the program rules at
//! their edges, coverage, and located errors for figures of unknown codes.

use noc_explorer::data::{self, DataError};
use noc_explorer::facts::{self, Facts};
use noc_explorer::model::Dataset;
use std::sync::OnceLock;

fn ds() -> &'static Dataset {
    static DS: OnceLock<Dataset> = OnceLock::new();
    DS.get_or_init(|| data::load_embedded().expect("the embedded data loads"))
}

fn facts(code: &str) -> Facts {
    let ds = ds();
    let unit = ds.unit(code).expect("known code");
    facts::for_unit(ds, unit)
}

fn eligible(f: &Facts, id: &str) -> Option<bool> {
    let r = f.immigration.programs.iter().find(|r| r.id == id);
    r.unwrap_or_else(|| panic!("no program {id}")).eligible
}

fn reason<'a>(f: &'a Facts, id: &str) -> &'a str {
    let r = f.immigration.programs.iter().find(|r| r.id == id);
    &r.unwrap_or_else(|| panic!("no program {id}")).reason
}

#[test]
fn orthotists_32129_wages_and_census() {
    let f = facts("32129");
    let n = f.wages.national.expect("national wage");
    assert_eq!((n.low, n.median, n.high), (17.00, 23.50, 34.50));
    assert_eq!(f.wages.year, 2024);
    assert_eq!(f.wages.census_median_annual, Some(48455));
    assert!(
        f.wages
            .provinces
            .iter()
            .any(|p| p.province == "Quebec" && p.median == 26.0)
    );
    assert_eq!(f.wages.trend[0].noc2016, "3219");
    assert_eq!(f.wages.trend[0].y2016.median, 19.0);
    assert_eq!(
        f.wages.national_annual.map(|a| a.median),
        Some(23.5 * 2080.0)
    );
    assert_eq!(f.wages.missing, None);
}

#[test]
fn orthotists_32129_outlook() {
    let o = facts("32129").outlook;
    assert_eq!(o.employment_2023, Some(7300));
    assert_eq!(o.job_openings, Some(2400));
    assert_eq!(o.job_seekers, Some(2500));
    assert_eq!(o.other_seekers, Some(-1000));
    assert_eq!(
        o.future_conditions.as_deref(),
        Some("Moderate risk of Shortage")
    );
    assert_eq!(
        o.future_conditions_fr.as_deref(),
        Some("Risque modéré de pénurie")
    );
    assert_eq!(
        o.recent_conditions.as_deref(),
        Some("Moderate signs of Shortage")
    );
}

#[test]
fn orthotists_32129_ai() {
    let ai = facts("32129").ai;
    let codes: Vec<&str> = ai.matches.iter().map(|m| m.onet.as_str()).collect();
    assert_eq!(codes, ["29-2091.00", "51-9082.00"]);
    // Unweighted mean of 0.2759 and 0.1379 (GPT-4 beta).
    let gpt4 = ai.gpt4_beta.expect("rated");
    assert!((gpt4 - (0.27586206896551724 + 0.13793103448275862) / 2.0).abs() < 1e-12);
    let tomlinson = ai.ai_applicability.expect("scored");
    assert!((tomlinson - (0.07013714375208072 + 0.04348085005803194) / 2.0).abs() < 1e-12);
    assert!(ai.percentile.is_some() && ai.label.is_some());
    assert!(ai.method.contains("unweighted mean"));
}

#[test]
fn orthotists_32129_immigration_and_lmia() {
    let f = facts("32129");
    assert_eq!(eligible(&f, "fsw"), Some(true));
    assert_eq!(eligible(&f, "cec"), Some(true));
    assert_eq!(eligible(&f, "fst"), Some(false));
    assert!(reason(&f, "fst").contains("outside the skilled trade groups the regulation lists"));
    assert_eq!(eligible(&f, "ee_categories_2025"), Some(true));
    assert!(
        reason(&f, "ee_categories_2025").contains("Healthcare and social services occupations")
    );
    assert_eq!(eligible(&f, "ee_categories_2024"), Some(false));
    // The 2026 Healthcare and social services list, as captured from IRCC's page.
    assert_eq!(eligible(&f, "ee_categories_2026"), Some(true));
    assert_eq!(eligible(&f, "pnp"), None);
    assert_eq!(eligible(&f, "rcip"), None);
    assert_eq!(eligible(&f, "lmia"), Some(true));
    assert!(reason(&f, "lmia").contains("wage"));
    let lmia = f.immigration.lmia.as_ref().expect("LMIA rows");
    assert_eq!((lmia.rows, lmia.positions, lmia.employers), (5, 5, 5));
    let provinces: Vec<(&str, u32)> = lmia
        .by_province
        .iter()
        .map(|p| (p.name.as_str(), p.positions))
        .collect();
    assert_eq!(provinces, [("Alberta", 2), ("Quebec", 3)]);
    assert_eq!(lmia.quarters, ["2024Q3", "2024Q4", "2025Q1"]);
    assert_eq!(lmia.top_employers.len(), 5);
}

#[test]
fn orthotists_32129_licensing_and_score() {
    let f = facts("32129");
    let lines: Vec<&str> = f
        .licensing
        .lines
        .iter()
        .map(|l| l.sentence.as_str())
        .collect();
    assert!(lines.iter().any(|l| l.contains("(CBCPO) may be required")));
    assert!(lines.iter().any(|l| l.contains("(CAPO) may be required")));
    assert_eq!(f.licensing.status.label(), "may be required");
    assert_eq!(f.score.components.len(), 4);
    assert!(f.score.components.iter().all(|c| c.value.is_some()));
    assert_eq!(f.score.components[3].value, Some(10.0));
    assert!(f.score.value.is_some_and(|v| (0.0..=10.0).contains(&v)));
}

#[test]
fn lower_confidence_rows_say_so() {
    // 32120 Medical laboratory technologists: 2023 healthcare row is flagged `lower`.
    let f = facts("32120");
    assert_eq!(eligible(&f, "ee_categories_2023"), Some(true));
    assert!(reason(&f, "ee_categories_2023").contains("lower confidence"));
}

#[test]
fn teer_3_versus_teer_4_for_express_entry() {
    let teer3 = facts("33102"); // Nurse aides, orderlies and patient service associates
    let teer4 = facts("44101"); // Home support workers, caregivers and related occupations
    assert_eq!(
        (eligible(&teer3, "fsw"), eligible(&teer3, "cec")),
        (Some(true), Some(true))
    );
    assert_eq!(
        (eligible(&teer4, "fsw"), eligible(&teer4, "cec")),
        (Some(false), Some(false))
    );
    assert_eq!(eligible(&teer4, "aip"), Some(true));
    assert_eq!(eligible(&facts("65310"), "aip"), Some(false)); // TEER 5
}

#[test]
fn federal_skilled_trades_groups_and_neighbours() {
    // IRPR s. 87.2(1): Major Groups 72 (not 726), 73, 82, 83, 92, 93 (not 932), Minor Group
    // 6320, Unit Group 62200, matched on the NOC 2021 code itself.
    for code in [
        "72106", "72200", "73300", "82010", "83100", "92100", "93100", "63200", "63201", "62200",
    ] {
        assert_eq!(eligible(&facts(code), "fst"), Some(true), "{code}");
    }
    // Air pilots (726) and aircraft assemblers (932) are excluded; hairstylists (6321x is
    // not 6320) and software developers are outside the groups; TEER 4 (44101) too.
    for code in [
        "72600", "93200", "63210", "21232", "32129", "44101", "62020",
    ] {
        assert_eq!(eligible(&facts(code), "fst"), Some(false), "{code}");
    }
    assert!(reason(&facts("72600"), "fst").contains("excludes group 726"));
}

#[test]
fn occupation_without_wage_says_so() {
    let f = facts("21220"); // Cybersecurity specialists
    assert_eq!(f.wages.national, None);
    assert!(
        f.wages
            .missing
            .as_deref()
            .is_some_and(|m| m.starts_with("No 2024 wage in the wage file this app uses (it keeps occupations with 2016, 2020 and 2024 figures). Instead: 2021 Census median employment income $"))
    );
    assert!(f.wages.census_median_annual.is_some());
    let pay = &f.score.components[0];
    assert!(pay.fallback);
    assert!(pay.input.starts_with(
        "fallback: no national 2024 wage in the wage file this app uses, so the 2021 Census"
    ));
}

#[test]
fn senior_managers_census_fallback_names_the_aggregate() {
    for code in ["00013", "00014", "00015"] {
        let f = facts(code);
        if f.wages.national.is_none() {
            let pay = &f.score.components[0];
            assert!(pay.fallback, "{code}");
            assert!(
                pay.input.contains("the figure is the 00018 aggregate"),
                "{code}: {}",
                pay.input
            );
        }
    }
}

#[test]
fn category_lists_carry_their_own_sources_dates_and_past_marks() {
    let f = facts("72200");
    let row = |id: &str| {
        f.immigration
            .programs
            .iter()
            .find(|p| p.id == id)
            .unwrap()
            .clone()
    };
    let y2023 = row("ee_categories_2023");
    assert!(y2023.past && y2023.name.contains("past list"));
    assert_eq!(
        y2023.as_of,
        "lists announced 2023-05-31; compiled from secondary sources"
    );
    assert!(y2023.sources.len() > 1);
    assert!(y2023.sources.iter().any(|s| !s.official));
    let y2026 = row("ee_categories_2026");
    assert!(!y2026.past);
    // On the 2026 Trade list as captured from IRCC's page, official.
    assert_eq!(y2026.eligible, Some(true));
    assert!(
        y2026
            .sources
            .iter()
            .all(|s| s.official && s.publisher == "IRCC")
    );
    let imm = f
        .score
        .components
        .iter()
        .find(|c| c.id == "immigration")
        .unwrap();
    // 6 Express Entry + 2 category in force + AIP 1 + LMIA 1; the past lists add nothing.
    assert_eq!(imm.value, Some(10.0));
    assert!(imm.input.contains("2 category"), "{}", imm.input);
    // Aircraft mechanics: on the 2026 Transport list, in force.
    let t = facts("72404");
    assert_eq!(
        t.immigration
            .programs
            .iter()
            .find(|p| p.id == "ee_categories_2026")
            .unwrap()
            .eligible,
        Some(true)
    );
}

#[test]
fn outlook_na_is_left_out_of_the_score() {
    let f = facts("14112");
    assert_eq!(f.outlook.future_conditions, None);
    assert!(f.outlook.missing.is_some());
    assert_eq!(f.score.components[1].value, None);
    assert!(
        f.score
            .note
            .as_deref()
            .is_some_and(|n| n.contains("outlook"))
    );
}

#[test]
fn coverage_counts() {
    let c = facts::coverage(ds());
    assert_eq!(c.unit_groups, 516);
    assert_eq!(c.wages, 447);
    assert_eq!(c.outlook, 516);
    assert_eq!(c.census_income, 516);
    assert_eq!(c.ai_crosswalk, 515);
    assert_eq!(c.ai_exposure, 507);
    assert_eq!(c.immigration_rules, 516);
    assert_eq!(c.ee_categories, 130);
    assert!(c.lmia > 400);
    assert!(
        c.gaps
            .iter()
            .any(|g| g.starts_with("wages: 69 unit groups"))
    );
}

#[test]
fn sources_have_attributions() {
    let s = facts::sources();
    assert!(
        s.iter()
            .all(|s| !s.attribution.is_empty() && !s.licence.is_empty())
    );
    assert!(s.iter().any(|s| s.licence == "CC BY 4.0"));
    assert!(
        s.iter()
            .any(|s| s.attribution.contains("Open Government Licence – Canada"))
    );
}

#[test]
fn figures_for_unknown_codes_are_located_errors() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let (mut files, errors) = data::read_dir(&dir);
    assert!(errors.is_empty());
    let outlook = files
        .iter_mut()
        .find(|f| f.rel == "figures/outlook.ron")
        .expect("outlook file");
    outlook.text = outlook
        .text
        .replacen("code: \"32129\"", "code: \"39999\"", 1)
        .into();
    let line = outlook.text[..outlook.text.find("\"39999\"").unwrap_or(0)]
        .lines()
        .count();
    let err = data::parse_files(files, Vec::new()).expect_err("unknown code");
    let found = err.0.iter().find_map(|e| match e {
        DataError::UnknownFigureCode { at, code, .. } if code == "39999" => Some(at.clone()),
        _ => None,
    });
    let at = found.expect("an UnknownFigureCode error");
    assert!(at.path.ends_with("outlook.ron"));
    assert_eq!(at.line, line);
}

#[test]
fn welders_72106_trades_category() {
    let f = facts("72106");
    let n = f.wages.national.expect("national wage");
    assert_eq!((n.low, n.median, n.high), (21.00, 29.06, 44.57));
    assert_eq!(f.wages.census_median_annual, Some(48921));
    assert_eq!(f.outlook.employment_2023, Some(90900));
    assert_eq!(f.outlook.job_openings, Some(25600));
    assert_eq!(f.outlook.other_seekers, Some(-13000));
    let onet: Vec<&str> = f.ai.matches.iter().map(|m| m.onet.as_str()).collect();
    assert_eq!(onet, ["51-4121.00", "51-4122.00"]);
    let lmia = f.immigration.lmia.as_ref().expect("LMIA rows");
    assert_eq!(
        (lmia.rows, lmia.positions, lmia.employers),
        (695, 1620, 559)
    );
    assert_eq!(eligible(&f, "ee_categories_2025"), Some(true));
    assert!(reason(&f, "ee_categories_2025").contains("Trade occupations"));
}

#[test]
fn home_support_44101_care_category() {
    let f = facts("44101");
    let n = f.wages.national.expect("national wage");
    assert_eq!((n.low, n.median, n.high), (15.55, 20.00, 25.63));
    assert_eq!(f.wages.census_median_annual, Some(32646));
    assert_eq!(
        f.outlook.future_conditions.as_deref(),
        Some("Strong risk of Shortage")
    );
    assert_eq!(f.outlook.job_seekers, Some(24600));
    let lmia = f.immigration.lmia.as_ref().expect("LMIA rows");
    assert_eq!((lmia.rows, lmia.positions, lmia.employers), (56, 137, 50));
    // TEER 4: no Express Entry, so its immigration component is AIP + LMIA only.
    let imm = &f.score.components[3];
    assert_eq!(imm.value, Some(2.0));
}

/// The 2026 answer of every occupation against the 2026 file as the importer read it from
/// `data/raw` (IRCC's page as captured): the categories in force are exactly the file's, so
/// 41301 (new), 63200 (left the Trade list), 63201 (joined it), 72410 (Transport), 31102 and
/// 21232 (not on STEM 2026) follow the file and not an earlier year.
#[test]
fn the_2026_categories_of_every_occupation_are_the_2026_file() {
    use std::collections::{BTreeMap, BTreeSet};
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/raw/immigration/official/categories/ee_cbs_2026_occupations_THIRD_PARTY_EXTRACT.csv"
    );
    let mut file: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut rows = csv::Reader::from_path(path).expect("the 2026 file");
    let head = rows.headers().unwrap().clone();
    let col = |name: &str| head.iter().position(|h| h == name).unwrap();
    let (code, name) = (col("noc_code"), col("category_name"));
    for row in rows.records() {
        let row = row.unwrap();
        file.entry(row[code].to_string())
            .or_default()
            .insert(row[name].to_string());
    }
    assert!(file.len() > 80, "{}", file.len());
    let mut wrong = Vec::new();
    for unit in &ds().units {
        let f = facts::for_unit(ds(), unit);
        let row = f
            .immigration
            .programs
            .iter()
            .find(|p| p.id == "ee_categories_2026")
            .expect("a 2026 row for every occupation");
        let ours: BTreeSet<String> = row.categories.iter().flatten().cloned().collect();
        let theirs = file.remove(&unit.code).unwrap_or_default();
        if ours != theirs || row.eligible != Some(!theirs.is_empty()) || row.past {
            wrong.push(format!("{}: ours {ours:?}, file {theirs:?}", unit.code));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert!(
        file.is_empty(),
        "codes of the file we hold no unit for: {file:?}"
    );
    for (code, on) in [
        ("41301", true),
        ("63200", false),
        ("63201", true),
        ("72410", true),
        ("31102", true),
        ("21232", false),
    ] {
        assert_eq!(
            facts(code)
                .immigration
                .programs
                .iter()
                .find(|p| p.id == "ee_categories_2026")
                .and_then(|p| p.eligible),
            Some(on),
            "{code}"
        );
    }
}
