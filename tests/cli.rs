//! The command line, run as the real binary.

use predicates::prelude::*;
use serde_json::Value;

mod common;

use common::{cmd, json, stdout};

#[test]
fn stats_counts_every_level_and_title() {
    let s = json(&["stats", "--format", "json"]);
    let expect = [
        ("broad_categories", 10),
        ("major_groups", 45),
        ("sub_major_groups", 89),
        ("minor_groups", 162),
        ("unit_groups", 516),
        ("example_titles", 27_935),
        ("french_titles", 516),
        ("noc2016_links", 585),
    ];
    for (key, n) in expect {
        assert_eq!(s[key], n, "{key}");
    }
    assert!(s["profiles"].as_u64().unwrap() >= 1);
}

#[test]
fn show_json_carries_the_official_content_and_the_profile() {
    let v = json(&["show", "32129", "--format", "json"]);
    assert_eq!(v["code"], "32129");
    assert_eq!(v["title"], "Other medical technologists and technicians");
    assert_eq!(v["teer"], 2);
    assert_eq!(v["hierarchy"]["broad_category"]["code"], "3");
    assert_eq!(
        v["hierarchy"]["major_group"]["title"],
        "Technical occupations in health"
    );
    assert_eq!(v["hierarchy"]["sub_major_group"]["code"], "321");
    assert_eq!(v["hierarchy"]["minor_group"]["code"], "3212");
    assert_eq!(v["noc2016"], serde_json::json!(["3219"]));
    let titles = v["example_titles"].as_array().unwrap();
    assert!(titles.iter().any(|t| t == "ocularist"));
    for key in [
        "definition",
        "main_duties",
        "employment_requirements",
        "additional_information",
        "inclusions",
        "exclusions",
        "illustrative_examples",
        "title_fr",
    ] {
        assert!(!v[key].is_null(), "{key}");
    }
    // The seed page's salary bands had no source; the curated profile no longer carries them.
    assert_eq!(v["profile"]["salary_bands"], serde_json::json!([]));
    assert_eq!(v["profile"]["code"], "32129");
}

#[test]
fn show_json_has_a_null_profile_where_none_is_curated() {
    let v = json(&["show", "72200", "--format", "json"]);
    assert!(v["profile"].is_null());
}

#[test]
fn show_markdown_and_text_name_the_occupation() {
    cmd()
        .args(["show", "32129", "--format", "markdown"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "# 32129 Other medical technologists and technicians",
        ));
    cmd()
        .args(["show", "32129"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Minor group: 3212 Medical technologists and technicians",
        ));
}

#[test]
fn an_unknown_code_fails_with_close_matches() {
    cmd()
        .args(["show", "32128"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no unit group has the code \"32128\"",
        ))
        .stderr(predicate::str::contains(
            "32129  Other medical technologists",
        ));
}

fn top_codes(query: &str, n: usize) -> Vec<String> {
    let v = json(&[
        "search",
        query,
        "--format",
        "json",
        "--limit",
        &n.to_string(),
    ]);
    v.as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn search_puts_32129_first_for_its_title_its_code_and_its_old_code() {
    assert_eq!(top_codes("ocularist", 3)[0], "32129");
    assert_eq!(top_codes("32129", 3)[0], "32129");
    assert!(top_codes("3219", 3).contains(&"32129".to_string()));
}

#[test]
fn search_json_rows_say_what_matched() {
    let v = json(&["search", "ocularist", "--format", "json", "--limit", "1"]);
    let row = &v[0];
    assert_eq!(row["matched"], "ocularist");
    assert!(row["score"].as_u64().unwrap() > 0);
    assert_eq!(row["title"], "Other medical technologists and technicians");
}

#[test]
fn search_takes_several_words_and_corrects_typos() {
    cmd()
        .args(["search", "regstered", "nurse", "--limit", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "showing results for \"registered nurse\"",
        ))
        .stdout(predicate::str::contains("31301"));
}

#[test]
fn words_apart_by_a_tab_or_a_line_break_are_words() {
    for query in ["registered\tnurse", "registered\nnurse"] {
        let out = stdout(&["search", query, "--limit", "1"]);
        assert!(out.starts_with("31301"), "{query:?}: {out}");
    }
}

#[test]
fn search_says_what_matched_our_aliases_and_old_codes_included() {
    cmd()
        .args(["search", "PSW", "--limit", "2"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "(matched: PSW (our alias for “personal support worker”))",
        ));
    let out = cmd()
        .args(["search", "7241", "--limit", "6"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let first = text.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("72200  Electricians")
            && first.ends_with("(matched: NOC 2016 7241 → continues as)"),
        "{text}"
    );
    assert!(
        text.contains("(matched: NOC 2021 minor group 7241)"),
        "{text}"
    );
    // "uber" is a brand, not a misspelling of "user".
    cmd()
        .args(["search", "uber", "driver", "--limit", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains("75200"))
        .stdout(predicate::str::contains("showing results for").not());
}

#[test]
fn a_code_prefix_lists_its_unit_groups() {
    let codes = top_codes("321", 50);
    assert_eq!(codes.len(), 15);
    assert!(codes.iter().all(|c| c.starts_with("321")));
}

#[test]
fn without_a_terminal_the_explorer_explains_and_exits_2() {
    cmd()
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--help"));
}

#[test]
fn validate_accepts_the_embedded_dataset() {
    cmd()
        .arg("validate")
        .assert()
        .success()
        .stdout(predicate::str::contains("valid (516 unit groups"));
}

#[test]
fn validate_lists_every_problem_of_a_broken_directory_and_fails() {
    let dir = from_fixtures(&[
        ("valid/noc/structure.ron", "noc/structure.ron"),
        ("valid/noc/noc2016.ron", "noc/noc2016.ron"),
        ("invalid/teer_mismatch/noc/units/32.ron", "noc/units/32.ron"),
        (
            "invalid/profile_unknown_code/profiles/99999.ron",
            "profiles/99999.ron",
        ),
    ]);
    validate_fails_with(
        &dir,
        &[
            "2 problem(s)",
            "32.ron:3:19: unit group 32129 has teer: 3",
            "99999.ron:2:5: profile for unknown code 99999",
        ],
    );
    // The interactive app refuses a broken directory the same way instead of starting half-loaded.
    cmd()
        .arg("--data")
        .arg(dir.path())
        .args(["show", "32129"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("2 problem(s)"));
}

#[test]
fn data_loads_another_directory() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    let v: Value = serde_json::from_slice(
        &cmd()
            .arg("--data")
            .arg(&fixtures)
            .args(["stats", "--format", "json"])
            .assert()
            .success()
            .get_output()
            .stdout,
    )
    .unwrap();
    assert_eq!(v["unit_groups"], 2);
}

#[test]
fn show_json_carries_the_figures_of_32129_with_sources() {
    let v = json(&["show", "32129", "--format", "json"]);
    assert_eq!(v["wages"]["year"], 2024);
    assert_eq!(v["wages"]["national"]["median"], 23.5);
    assert_eq!(v["wages"]["census_median_annual"], 48_455);
    assert!(v["wages"]["source"]["publisher"].is_string());
    assert_eq!(v["outlook"]["job_openings"], 2_400);
    assert_eq!(
        v["outlook"]["future_conditions"],
        "Moderate risk of Shortage"
    );
    let matched: Vec<&str> = v["ai"]["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["onet"].as_str().unwrap())
        .collect();
    assert!(
        matched.contains(&"29-2091.00") && matched.contains(&"51-9082.00"),
        "{matched:?}"
    );
    let program = |id: &str| program(&v, id);
    assert_eq!(program("fsw")["eligible"], true);
    assert_eq!(program("cec")["eligible"], true);
    assert_eq!(program("fst")["eligible"], false);
    assert!(v["immigration"]["lmia"]["positions"].as_u64().unwrap() >= 1);
    let licensing = v["licensing"].to_string();
    assert!(
        licensing.contains("CBCPO") && licensing.contains("CAPO"),
        "{licensing}"
    );
    let score = v["score"]["value"].as_f64().unwrap();
    assert!((0.0..=10.0).contains(&score));
    assert_eq!(v["score"]["components"].as_array().unwrap().len(), 4);
}

#[test]
fn stats_reports_the_coverage_of_each_data_set() {
    let s = json(&["stats", "--format", "json"]);
    assert!(s["wages"].as_u64().unwrap() >= 447);
    assert_eq!(s["outlook"], 516);
    assert!(s["ai_exposure"].as_u64().unwrap() >= 500);
    assert!(s["lmia"].as_u64().unwrap() > 0);
    assert_eq!(s["immigration_rules"], 516);
}

#[test]
fn commands_write_nothing_but_the_file_named() {
    let cwd = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        cmd()
            .current_dir(cwd.path())
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", home.path().join("data"))
            .args(args)
            .assert()
            .success();
    };
    run(&["show", "32129", "--format", "json"]);
    run(&["search", "nurse"]);
    run(&["stats"]);
    run(&["validate"]);
    run(&[
        "export", "32129", "31301", "--format", "csv", "--output", "out.csv",
    ]);
    let listing = |dir: &std::path::Path| -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect()
    };
    assert_eq!(listing(cwd.path()), ["out.csv"]);
    assert!(listing(home.path()).is_empty());
}

#[test]
fn export_refuses_to_overwrite_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("handout.md");
    std::fs::write(&out, "keep me").unwrap();
    cmd()
        .args(["export", "32129", "--output"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("already exists; use --force"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    cmd()
        .args(["export", "32129", "--force", "--output"])
        .arg(&out)
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .starts_with("# Occupations to explore")
    );
}

#[test]
fn export_csv_parses_and_json_round_trips() {
    let out = cmd()
        .args(["export", "32129", "72200", "--format", "csv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][0], "32129");
    assert_eq!(reader.headers().unwrap().len(), rows[0].len());
    let exported = json(&["export", "32129", "--format", "json"]);
    let shown = json(&["show", "32129", "--format", "json"]);
    assert_eq!(exported[0], shown);
}

#[test]
fn export_markdown_handout_matches_its_snapshot() {
    let out = cmd()
        .args(["export", "32129", "72200"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    // The title carries today's date: the snapshot holds it as [date].
    let text = String::from_utf8(out).unwrap();
    let (title, rest) = text.split_once('\n').unwrap();
    let date = title.strip_prefix("# Occupations to explore, ").unwrap();
    // "5 December 2026": day, month, year.
    assert_eq!(date.split(' ').count(), 3, "{title}");
    insta::assert_snapshot!(format!("# Occupations to explore, [date]\n{rest}"));
}

/// Run `args` with standard output or standard error (`fd` 1 or 2) going to a pipe whose
/// reading end is already closed, as after `| head -1` has exited.
#[cfg(unix)]
fn with_closed_pipe(args: &[&str], fd: i32) -> std::process::Output {
    use std::os::fd::{FromRawFd, OwnedFd};
    let mut ends = [0; 2];
    // SAFETY: pipe fills two descriptors, each owned exactly once below.
    let (read, write) = unsafe {
        assert_eq!(libc::pipe(ends.as_mut_ptr()), 0);
        (OwnedFd::from_raw_fd(ends[0]), OwnedFd::from_raw_fd(ends[1]))
    };
    drop(read);
    let mut command = std::process::Command::new(assert_cmd::cargo::cargo_bin("noc-explorer"));
    command.args(args);
    if fd == 1 {
        command.stdout(write);
    } else {
        command.stderr(write).stdout(std::process::Stdio::null());
    }
    command.output().expect("ran")
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_the_process_quietly_on_stdout_and_stderr() {
    use std::os::unix::process::ExitStatusExt;
    // Standard output: `search nurse | head -1`.
    let out = with_closed_pipe(&["search", "nurse"], 1);
    assert_eq!(out.status.signal(), Some(libc::SIGPIPE), "{:?}", out.status);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Standard error: `validate BAD 2>&1 | head -1` (it used to panic, exit 101).
    let bad = tempfile::tempdir().unwrap();
    let out = with_closed_pipe(&["validate", bad.path().to_str().unwrap()], 2);
    assert_eq!(out.status.signal(), Some(libc::SIGPIPE), "{:?}", out.status);
}

#[test]
fn an_oversized_query_is_refused_at_once() {
    // 2,000 words; 1 MiB of words (16 of 64 KiB: one argument may not exceed 128 KiB); one
    // word over the character limit.
    for words in [
        vec!["nurse".to_string(); 2_000],
        vec!["w".repeat(64 * 1024); 16],
        vec!["x".repeat(201)],
    ] {
        let start = std::time::Instant::now();
        cmd()
            .arg("search")
            .args(&words)
            .timeout(std::time::Duration::from_secs(5))
            .assert()
            .code(2)
            .stdout("")
            .stderr(
                "noc-explorer: a query is limited to 200 characters and 20 words; use fewer \
                 words (a job title is enough)\n",
            );
        assert!(start.elapsed() < std::time::Duration::from_secs(2));
    }
    // At the limits, the query runs.
    cmd()
        .arg("search")
        .args(vec!["nurse"; 20])
        .assert()
        .success();
}

#[test]
fn limit_zero_is_refused_clearly() {
    cmd()
        .args(["search", "nurse", "--limit", "0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "invalid value '0' for '--limit <N>': must be at least 1",
        ));
}

fn program(v: &Value, id: &str) -> Value {
    v["immigration"]["programs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == id)
        .cloned()
        .unwrap_or(Value::Null)
}

#[test]
fn fst_follows_the_regulation_on_noc_2021_codes() {
    for (code, yes) in [
        ("73300", true),
        ("62200", true),
        ("63200", true),
        ("72200", true),
        ("83100", true),
        ("92100", true),
        ("93100", true),
        ("72600", false),
        ("93200", false),
        ("32129", false),
        ("21232", false),
    ] {
        let v = json(&["show", code, "--format", "json"]);
        let fst = program(&v, "fst");
        assert_eq!(fst["eligible"], yes, "{code}: {fst}");
        let law = &fst["sources"][0];
        assert!(
            law["title"].as_str().unwrap().contains("s. 87.2(1)") && law["official"] == true,
            "{code}"
        );
        assert!(
            fst["as_of"].as_str().unwrap().contains("2026-06-12"),
            "{code}"
        );
    }
}

#[test]
fn every_program_and_category_row_has_a_source_and_a_date() {
    let v = json(&["show", "72200", "--format", "json"]);
    for p in v["immigration"]["programs"].as_array().unwrap() {
        let sources = p["sources"].as_array().unwrap();
        assert!(!sources.is_empty(), "{p}");
        for s in sources {
            for key in ["publisher", "title", "as_of"] {
                assert!(!s[key].as_str().unwrap().is_empty(), "{p}");
            }
            assert!(s["official"].is_boolean(), "{p}");
        }
        assert!(!p["as_of"].as_str().unwrap().is_empty(), "{p}");
    }
    let y2023 = program(&v, "ee_categories_2023");
    assert_eq!(y2023["past"], true);
    assert_eq!(
        y2023["as_of"],
        "lists announced 2023-05-31; compiled from secondary sources"
    );
    let y2026 = program(&v, "ee_categories_2026");
    assert_eq!(y2026["eligible"], true);
    assert_eq!(y2026["past"], false);
    assert_eq!(y2026["as_of"], "IRCC's page, as captured on 2026-08-21");
    let language = v["immigration"]["language"].as_array().unwrap();
    assert!(
        language
            .iter()
            .any(|l| l["program"] == "CEC" && l["minimum"] == "CLB 5 / NCLC 5"),
        "{language:?}"
    );
}

#[test]
fn show_21232_never_says_no_wage_was_published() {
    let text = cmd().args(["show", "21232"]).output().unwrap();
    let md = cmd()
        .args(["show", "21232", "--format", "markdown"])
        .output()
        .unwrap();
    let js = cmd()
        .args(["show", "21232", "--format", "json"])
        .output()
        .unwrap();
    for out in [&text.stdout, &md.stdout, &js.stdout] {
        let s = String::from_utf8_lossy(out).to_lowercase();
        assert!(!s.contains("no job bank wage published"), "{s}");
        assert!(!s.contains("no wage published"));
    }
    let v: Value = serde_json::from_slice(&js.stdout).unwrap();
    assert_eq!(
        v["wages"]["gap"]["kind"], "not_in_wage_file",
        "{}",
        v["wages"]
    );
    assert!(v["wages"]["missing"].as_str().unwrap().starts_with(
        "No 2024 wage in the wage file this app uses (it keeps occupations with 2016, 2020 and 2024 figures). \
         Instead: 2021 Census median employment income $"
    ));
}

#[test]
fn lmia_counts_read_as_lower_bounds() {
    let v = json(&["show", "44100", "--format", "json"]);
    let count = &v["immigration"]["lmia_count"];
    // Home child care providers: employers of caregivers are left off ESDC's list by design.
    assert_eq!(count["kind"], "none_on_list", "{count}");
    let lmia = program(&v, "lmia");
    assert!(
        lmia["reason"]
            .as_str()
            .unwrap()
            .contains("shows none for this occupation"),
        "{lmia}"
    );
    assert!(
        lmia["reason"].as_str().unwrap().contains("lower bound"),
        "{lmia}"
    );
    cmd()
        .args(["export", "44100", "--format", "markdown"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "None on the published list (2024Q3-2025Q1). A lower bound: the list omits some employers by design",
        ));
    let v = json(&["show", "73300", "--format", "json"]);
    assert_eq!(v["immigration"]["lmia_count"]["kind"], "at_least");
    assert!(
        program(&v, "lmia")["reason"]
            .as_str()
            .unwrap()
            .contains("shows at least")
    );
}

#[test]
fn licensing_status_takes_the_five_values() {
    for (code, status) in [
        ("72200", "required"),
        ("31200", "required"),
        ("32129", "may_be_required"),
        ("63200", "voluntary"),
        ("21110", "mentioned"),
        ("12200", "none"),
    ] {
        let v = json(&["show", code, "--format", "json"]);
        assert_eq!(
            v["licensing"]["status"], status,
            "{code}: {}",
            v["licensing"]
        );
    }
    let v = json(&["show", "72200", "--format", "json"]);
    let provinces = v["licensing"]["lines"][0]["provinces"].to_string();
    assert!(
        provinces.contains("Newfoundland and Labrador") && provinces.contains("Alberta"),
        "{provinces}"
    );
    assert!(!provinces.contains("British Columbia"), "{provinces}");
}

#[test]
fn validate_rejects_a_nan_wage_and_an_escape_in_a_title() {
    let dir = from_fixtures(&[
        ("valid/noc/structure.ron", "noc/structure.ron"),
        ("valid/noc/noc2016.ron", "noc/noc2016.ron"),
        (
            "invalid/escape_in_title/noc/units/32.ron",
            "noc/units/32.ron",
        ),
        ("invalid/nan_wage/figures/wages.ron", "figures/wages.ron"),
    ]);
    validate_fails_with(
        &dir,
        &[
            "2 problem(s)",
            "32.ron:6:40: control character U+001B in the text",
            "wages.ron:7:17: the national median wage of 32129 is NaN; expected a finite number of 0 or more",
        ],
    );
}

#[test]
fn control_characters_in_a_query_are_printed_escaped() {
    let out = cmd()
        .args(["search", "zzqx\u{1b}[2J\u{202e}"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        !stdout.contains('\u{1b}') && !stdout.contains('\u{202e}'),
        "{stdout:?}"
    );
    assert!(stdout.contains("\\u{1b}[2J\\u{202e}"), "{stdout:?}");
    let out = cmd().args(["show", "9\u{1b}]0;x\u{7}"]).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        !stderr.contains('\u{1b}') && !stderr.contains('\u{7}'),
        "{stderr:?}"
    );
    assert!(stderr.contains("\\u{1b}]0;x\\u{7}"), "{stderr:?}");
}

#[test]
fn missing_optional_files_are_warnings_and_read_not_loaded() {
    // The valid fixture has units, structure, NOC 2016 codes and a profile, but no figures.
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    cmd()
        .arg("validate")
        .arg(&fixtures)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "figures/lmia.ron: not found; positive LMIA counts will read \"not loaded\"",
        ))
        .stderr(predicate::str::contains("noc2016.ron").not());
    let v: Value = serde_json::from_slice(
        &cmd()
            .arg("--data")
            .arg(&fixtures)
            .args(["show", "32129", "--format", "json"])
            .assert()
            .success()
            .get_output()
            .stdout,
    )
    .unwrap();
    assert_eq!(v["immigration"]["lmia_count"]["kind"], "not_loaded");
    assert_eq!(v["wages"]["gap"]["kind"], "not_loaded");
    assert!(
        v["wages"]["missing"]
            .as_str()
            .unwrap()
            .contains("not loaded")
    );
}

/// A temporary data directory made of fixture files: (path under tests/fixtures, path in it).
fn from_fixtures(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for (from, to) in files {
        let target = dir.path().join(to);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(fixtures.join(from), target).unwrap();
    }
    dir
}

/// `validate DIR` exits 1 and its standard error holds every message.
fn validate_fails_with(dir: &tempfile::TempDir, messages: &[&str]) {
    let out = cmd().arg("validate").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for m in messages {
        assert!(stderr.contains(m), "{m:?} not in {stderr}");
    }
}

#[test]
fn search_takes_the_language_it_is_typed_in() {
    // French under --lang fr: the Quebec title finds medical laboratory technologists, with
    // no correction into English ("technologist medical" before).
    let out = cmd()
        .args([
            "--lang",
            "fr",
            "search",
            "technologiste",
            "médical",
            "--limit",
            "3",
        ])
        .output()
        .expect("ran");
    let text = String::from_utf8_lossy(&out.stdout);
    // The official French title leads, as in the explorer.
    assert!(
        text.starts_with("32120  Technologues de laboratoires médicaux  (trouvé :"),
        "{text}"
    );
    assert!(!text.contains("technologist medical"), "{text}");
    assert!(
        text.contains("(trouvé : technologiste médical (notre alias pour"),
        "{text}"
    );
    // The reading of short forms is said, marked as ours, in the command's language.
    let out = cmd()
        .args(["search", "lab", "tech", "--limit", "3", "--lang", "fr"])
        .output()
        .expect("ran");
    let text = String::from_utf8_lossy(&out.stdout);
    // Not read under French (the short forms are English words): searched as typed.
    assert!(!text.contains("formes abrégées"), "{text}");
    let out = cmd()
        .args(["search", "lab", "tech", "--limit", "3"])
        .output()
        .expect("ran");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with(
            "(our short forms: lab = laboratory · tech = technician / technologist)\n33101"
        ),
        "{text}"
    );
}

#[test]
fn search_says_which_word_it_left_out_when_no_title_holds_them_all() {
    // Before: "no occupation matches" for a grocery store clerk.
    for (lang, said) in [
        ("en", "(left out “store”: no title holds every word)"),
        (
            "fr",
            "(« store » omis : aucun titre ne contient tous les mots)",
        ),
        (
            "ja",
            "(「store」を除いて検索（すべての語を含む職名はありません）)",
        ),
    ] {
        let out = cmd()
            .args([
                "--lang", lang, "search", "grocery", "store", "clerk", "--limit", "2",
            ])
            .output()
            .expect("ran");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(out.status.success(), "{text}");
        assert!(text.starts_with(said), "{lang}: {text}");
        assert!(text.contains("65102"), "{lang}: {text}");
    }
}
