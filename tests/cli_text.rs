//! The command line's text: `show` in text and Markdown carries every section JSON has, NOC
//! 2016 codes, `stats` as sentences, help text on every argument, options only where they
//! apply, and dated, localised handouts. Run as the real binary.

use predicates::prelude::*;

mod common;

use common::{cmd, json, stdout};

/// The headings of the sections every format carries, in order.
const HEADINGS: [&str; 14] = [
    "Hierarchy",
    "Definition",
    "Main duties",
    "Employment requirements",
    "Wages",
    "Outlook",
    "Immigration",
    "Licensing",
    "AI exposure",
    "AI and the tasks of the job",
    "Work activities seen in AI use",
    "OaSIS profiles",
    "Skills, knowledge and abilities to build",
    "Score",
];

#[test]
fn show_32129_text_carries_wages_outlook_immigration_ai_and_score() {
    let text = stdout(&["show", "32129"]);
    let mut at = 0;
    for heading in HEADINGS {
        let line = format!("\n{heading}\n");
        let found = text[at..].find(&line);
        assert!(found.is_some(), "{heading} missing or out of order");
        at += found.unwrap();
    }
    for expected in [
        // wages, in users' words, with the annual estimate marked as ours
        "2024 national median $23.50 an hour (low $17.00, high $34.50)",
        "About $48,880 a year at the median (our estimate: hourly x 2,080 hours)",
        // outlook and its yearly series as a table
        "2,400 job openings 2024-2033",
        "  Year  Employment  Job openings  Job seekers  Immigrants among seekers",
        "  2033       8,100           300          300                       100",
        // immigration: reason, as-of, source; past category rows marked; LMIA a lower bound
        "Federal Skilled Worker Program (Express Entry): yes. Federal Skilled Worker Program (Express Entry) accepts TEER 2",
        "(as of IRPR consolidated to 2026-06-12; sources: Justice Canada, Immigration and Refugee Protection Regulations (SOR/2002-227), s. 75(2)(a) (2026-06-12)",
        "Express Entry category-based selection (2025, past list): yes [past list, no longer in force]",
        "At least 5 positions on ESDC's published list (2024Q3-2025Q1). A lower bound",
        // licensing with its deciding sentence
        "Licence or certification: may be required",
        "Deciding sentence: \"Certification by the National Examining Board of Ocularists is usually required.\"",
        // AI: exposure, the three groups with counts and shares, the tasks, activities
        "Exposure to GPT-4: low (percentile 31 among unit groups with a rating)",
        "E1 (an LLM alone could cut the time in half): 1 task, 3% of the tasks",
        "E2 (exposed with LLM-powered software): 7 tasks, 23% of the tasks; the human and GPT-4 labels disagree on 4",
        "    - Maintain patients' records. (29-2091.00 Orthotists and Prosthetists; GPT-4 says E1)",
        "Present research or technical information.                      0.65",
        // OaSIS
        "32129.02 Ocularists: Ocularists design, fabricate and fit ocular prostheses.",
        "S Social (strong):",
        // the score with its components
        "Overall score: 6.4 / 10",
        "Immigration access   10.0    0.20  10 = 6 Express Entry + 2 category",
        "Express Entry (FSW, CEC) · 2026 category: Healthcare and social services occupations (last round 2026-06-25, CRS 475)",
        "What CEC (IRPR s. 87.1) asks: language CLB 5 / NCLC 5; work experience 1 yr within 3 yr, in Canada; job offer not required.",
    ] {
        assert!(text.contains(expected), "missing: {expected}");
    }
    // Every figure section names its source.
    for section in text.split("\n\n").filter(|s| {
        [
            "Wages",
            "Outlook",
            "AI exposure",
            "OaSIS profiles",
            "Licensing",
        ]
        .iter()
        .any(|h| s.starts_with(h))
    }) {
        assert!(section.contains("  Source: "), "no source in:\n{section}");
    }
}

#[test]
fn show_markdown_carries_the_same_sections_as_text() {
    let md = stdout(&["show", "32129", "--format", "markdown"]);
    assert!(md.starts_with("# 32129 Other medical technologists and technicians\n"));
    for heading in HEADINGS {
        assert!(md.contains(&format!("\n## {heading}\n")), "## {heading}");
    }
    assert!(
        md.contains(
            "| Year | Employment | Job openings | Job seekers | Immigrants among seekers |"
        )
    );
    assert!(md.contains("| 2033 | 8,100 | 300 | 300 | 100 |"));
    assert!(md.contains("  - Maintain patients' records. (29-2091.00"));
    assert!(md.contains("*Source: Employment and Social Development Canada, Canadian Occupational Projection System (COPS) 2024-2033, yearly tables"));
}

#[test]
fn a_missing_yearly_series_is_said_to_be_missing_from_our_tables() {
    let text = stdout(&["show", "11202"]);
    assert!(text.contains(
        "no yearly job openings for this unit group in the COPS 2024-2033 tables this app uses (N/A in every year)"
    ));
}

#[test]
fn a_noc_2016_code_explains_and_shows_its_successor() {
    let text = stdout(&["show", "3219"]);
    assert!(text.starts_with(
        "3219 is a NOC 2016 code (Other medical technologists and technicians (except dental health)); it continues as NOC 2021 32129 Other medical technologists and technicians, shown below.\n"
    ));
    assert!(
        text.contains("The correspondence also links it to: 32124 Pharmacy technicians; 33103")
    );
    assert!(text.contains("\n32129 Other medical technologists and technicians (TEER 2"));
    assert!(text.contains("\nWages\n"));

    let text = stdout(&["show", "3012"]);
    assert!(text.contains("3012 is a NOC 2016 code (Registered nurses and registered psychiatric nurses); it continues as NOC 2021 31301"));
    assert!(text.contains("\n31301 Registered nurses and registered psychiatric nurses (TEER 1"));

    let md = stdout(&["show", "3219", "--format", "markdown"]);
    assert!(md.starts_with("> 3219 is a NOC 2016 code"));
    assert!(md.contains("\n# 32129 Other medical technologists and technicians\n"));

    // JSON stays the successor's object; the explanation goes to standard error.
    cmd()
        .args(["show", "3219", "--format", "json"])
        .assert()
        .success()
        .stderr(predicate::str::contains("3219 is a NOC 2016 code"));
    assert_eq!(json(&["show", "3219", "--format", "json"])["code"], "32129");
}

#[test]
fn a_noc_2016_code_split_without_a_successor_lists_the_unit_groups() {
    let text = stdout(&["show", "2174"]);
    assert_eq!(
        text,
        "2174 is a NOC 2016 code (Computer programmers and interactive media developers); in NOC 2021 it is split among these unit groups:\n  21230  Computer systems developers and programmers\n  21232  Software developers and programmers\n  21234  Web developers and programmers\nshow one with: noc-explorer show CODE\n"
    );
    let v = json(&["show", "2174", "--format", "json"]);
    assert_eq!(v["noc2016"]["code"], "2174");
    assert_eq!(v["noc2021"].as_array().unwrap().len(), 3);
}

#[test]
fn an_unknown_code_still_exits_1_with_close_matches() {
    cmd()
        .args(["show", "32199"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no unit group has the code \"32199\"",
        ))
        .stderr(predicate::str::contains("close matches:"));
}

#[test]
fn stats_text_reads_as_sentences_and_a_table() {
    let text = stdout(&["stats"]);
    assert!(text.starts_with(
        "The NOC 2021 classification in this dataset has 10 broad categories, 45 major groups, 89 sub-major groups, 162 minor groups and 516 unit groups.\n"
    ));
    assert!(text.contains("27,935 example titles"));
    assert!(text.contains("1 curated profile is ours"));
    assert!(text.contains("\n  OaSIS profiles                              516\n"));
    assert!(text.contains("\n  AI task labels                              507\n"));
    assert!(!text.contains('['), "no raw JSON array:\n{text}");
    assert!(!text.contains("\n1 unit groups") && !text.contains(" 1 unit groups"));
    // JSON keeps its keys.
    let v = json(&["stats", "--format", "json"]);
    for key in [
        "oasis",
        "skills",
        "interests",
        "ai_tasks",
        "outlook_yearly",
        "gaps",
        "unit_groups",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }
}

/// The lines of a help text's Arguments and Options sections that name an argument.
fn argument_lines(help: &str) -> Vec<String> {
    help.lines()
        .filter(|l| l.starts_with("  -") || l.starts_with("  <") || l.starts_with("  ["))
        .map(str::to_string)
        .collect()
}

#[test]
fn every_argument_has_help_text() {
    for sub in ["show", "search", "validate", "export", "config", "stats"] {
        // `-h`: one line per argument, its name then its help.
        let help = stdout(&[sub, "-h"]);
        let lines = argument_lines(&help);
        assert!(!lines.is_empty(), "{sub}");
        for line in lines {
            // "  --limit <N>  How many ..." : a name, two spaces or more, then the text.
            let text = line.trim_start().split_once("  ").map(|(_, t)| t.trim());
            assert!(
                text.is_some_and(|t| !t.is_empty()),
                "{sub}: no help for {line:?}"
            );
        }
    }
    let show = stdout(&["show", "--help"]);
    assert!(show.contains("<CODE>") && show.contains("NOC 2016 code"));
    let search = stdout(&["search", "-h"]);
    assert!(search.contains("--limit <N>") && search.contains("How many occupations"));
    assert!(search.contains("--format <FORMAT>  Output format"));
}

#[test]
fn options_appear_only_on_the_commands_they_apply_to() {
    for sub in ["show", "search", "validate", "export", "stats", "config"] {
        let help = stdout(&[sub, "--help"]);
        assert!(!help.contains("--shortlist"), "{sub}");
        assert_eq!(help.contains("--theme"), sub == "config", "{sub}");
        assert_eq!(
            help.contains("--lang"),
            matches!(sub, "show" | "export" | "stats" | "validate" | "search"),
            "{sub}"
        );
        assert_eq!(help.contains("--data"), sub != "config", "{sub}");
    }
    let top = stdout(&["--help"]);
    for option in ["--theme", "--shortlist", "--lang", "--data"] {
        assert!(top.contains(option), "{option}");
    }
    cmd()
        .args(["show", "32129", "--theme", "light"])
        .assert()
        .code(2);
    cmd()
        .args(["--shortlist", "x.ron", "show", "32129"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--shortlist applies to the interactive explorer only",
        ));
    cmd()
        .args(["--theme", "light", "search", "nurse"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--theme applies to the interactive explorer only",
        ));
    // Invocations that make sense keep working: options before the command, config's theme.
    cmd()
        .args(["--theme", "light", "config"])
        .assert()
        .success();
    cmd()
        .args(["config", "--theme", "light"])
        .assert()
        .success();
    let fr = stdout(&["--lang", "fr", "show", "32129"]);
    assert!(fr.contains("23,50\u{a0}$"));
    cmd()
        .args(["--data", "/nonexistent-dir", "show", "32129"])
        .assert()
        .code(1);
    cmd()
        .args(["show", "32129", "--data", "/nonexistent-dir"])
        .assert()
        .code(1);
}

fn today_title_prefix(client: Option<&str>) -> String {
    match client {
        Some(c) => format!("# Occupations to explore for {c}, "),
        None => "# Occupations to explore, ".to_string(),
    }
}

#[test]
fn export_puts_the_client_and_the_date_in_the_title() {
    let md = stdout(&["export", "32129", "--client", "Ana  Silva\n"]);
    let first = md.lines().next().unwrap();
    let date = first
        .strip_prefix(&today_title_prefix(Some("Ana Silva")))
        .unwrap_or_else(|| panic!("{first}"));
    // "5 December 2026": the date as English writes it.
    assert_eq!(date.split(' ').count(), 3, "{date}");
    assert!(md.contains("\n### Wages\n") && md.contains("\n### Score\n"));
    let md = stdout(&["export", "32129"]);
    assert!(md.starts_with(&today_title_prefix(None)));

    let csv = stdout(&[
        "export",
        "32129",
        "--format",
        "csv",
        "--client",
        "Ana Silva",
    ]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let col = |name: &str| &row[headers.iter().position(|h| h == name).unwrap()];
    assert_eq!(col("client"), "Ana Silva");
    let iso = col("prepared_on");
    let b = iso.as_bytes();
    assert!(iso.len() == 10 && b[4] == b'-' && b[7] == b'-', "{iso}");
    assert_eq!(
        noc_explorer::locale::long_date(noc_explorer::locale::Lang::En, iso),
        date
    );
    assert_eq!(col("wage_median_hourly"), "23.50");
    assert!(col("wage_source").contains("Job Bank"));
    assert!(col("lmia_source").contains("LMIA"));
}

#[test]
fn numbers_follow_the_language() {
    let fr = stdout(&["export", "32129", "--lang", "fr"]);
    for expected in [
        "23,50\u{a0}$ de l'heure",
        "48\u{a0}880\u{a0}$ par an",
        "2\u{a0}400 possibilités d'emploi",
        "| 2033 | 8\u{a0}100 |",
        "6,4 / 10",
    ] {
        assert!(fr.contains(expected), "fr: {expected}");
    }
    let en = stdout(&["export", "32129", "--lang", "en"]);
    for expected in [
        "$23.50 an hour",
        "$48,880 a year",
        "2,400 job openings",
        "6.4 / 10",
    ] {
        assert!(en.contains(expected), "en: {expected}");
    }
    let stats = stdout(&["stats", "--lang", "fr"]);
    assert!(
        stats.contains("27\u{a0}935 exemples d'appellations"),
        "{stats}"
    );
}

/// The wage file's "Yukon Territory" is named as every other province is, in the interface
/// language, in `show`'s wage table as in the Salary pane (it was left in English there).
#[test]
fn show_names_the_wage_files_yukon_territory_in_the_interface_language() {
    let ja = stdout(&["show", "13100", "--lang", "ja"]);
    assert!(!ja.contains("Yukon Territory"), "{ja}");
    assert!(
        ja.lines()
            .any(|l| l.trim_start().starts_with("ユーコン準州") && l.contains("$38.00")),
        "{ja}"
    );
}
