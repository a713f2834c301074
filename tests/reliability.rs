//! Issue 27's attack cases, each on the real binary with a 5-second limit (and, where memory
//! was the attack, no child past 200 MB): handouts that cannot carry code, writes that never
//! lose one, search syntax, codes bounded before any work.

#![cfg(unix)]

#[path = "common/hostile.rs"]
mod hostile;

use hostile::{assert_children_under_200_mb, cmd, data_copy};
use std::path::Path;
use std::process::Stdio;

/// Standard output, standard error and exit code of one run (5-second limit).
fn run(args: &[&str]) -> (String, String, i32) {
    output(cmd().args(args))
}

/// As `run`, for a command that is not an attack on time (a whole `stats` of a debug build on
/// a loaded machine): a minute.
fn run_slow(args: &[&str]) -> (String, String, i32) {
    let mut cmd = assert_cmd::Command::cargo_bin("noc-explorer").expect("binary built");
    output(cmd.timeout(std::time::Duration::from_secs(60)).args(args))
}

fn output(cmd: &mut assert_cmd::Command) -> (String, String, i32) {
    let out = cmd.output().expect("ran");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

/// The shipped data with the title of 32129 replaced.
fn data_titled(title: &str) -> tempfile::TempDir {
    let dir = data_copy();
    let path = dir.path().join("noc/units/32.ron");
    let text = std::fs::read_to_string(&path).unwrap().replace(
        "title: \"Other medical technologists and technicians\",",
        &format!("title: {title:?},"),
    );
    std::fs::write(&path, text).unwrap();
    dir
}

#[test]
fn csv_cells_a_spreadsheet_would_run_are_neutralised() {
    for client in [
        "=HYPERLINK(\"http://evil\",\"x\")",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\t=1+1",
    ] {
        let client_arg = format!("--client={client}");
        let (out, err, code) = run(&["export", "32129", "--format", "csv", &client_arg]);
        assert_eq!(code, 0, "{err}");
        let row = out.lines().nth(1).unwrap();
        // The client is the last cell: quoted, with a leading single quote.
        // (A client name's tab is a space, then trimmed: what is left still starts with `=`.)
        let cell = format!("\"'{}\"", client.trim_start().replace('"', "\"\""));
        assert!(row.ends_with(&cell), "{client:?}: {row}");
    }
    let dir = data_titled("=1+1 Other medical technologists");
    let data = dir.path().to_str().unwrap();
    let (out, err, code) = run(&["export", "32129", "--format", "csv", "--data", data]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(",\"'=1+1 Other medical technologists\","),
        "{out}"
    );
}

#[test]
fn markdown_handouts_carry_no_links_or_html_from_text_not_ours() {
    let (out, _, code) = run(&[
        "export",
        "32129",
        "--client",
        "[x](javascript:alert(1)) <img src=x onerror=alert(2)>",
    ]);
    assert_eq!(code, 0);
    let title = out.lines().next().unwrap();
    assert!(
        title.starts_with(
            "# Occupations to explore for \\[x\\](javascript:alert(1)) \\<img src=x onerror=alert(2)>, "
        ),
        "{title}"
    );
    let dir = data_titled("<img src=x onerror=alert(3)> see http://evil");
    let data = dir.path().to_str().unwrap();
    for args in [
        &["export", "32129", "--data", data][..],
        &["show", "32129", "--format", "markdown", "--data", data][..],
    ] {
        let (out, err, code) = run(args);
        assert_eq!(code, 0, "{err}");
        // Only escaped: no `<img` nor `http://` left once the escaped forms are taken out.
        let bare = out.replace("\\<img", "").replace("http\\://", "");
        assert!(
            !bare.contains("<img") && !bare.contains("http://evil"),
            "{out}"
        );
        assert!(out.contains("\\<img src=x onerror=alert(3)> see http\\://evil"));
    }
}

#[test]
fn a_client_name_over_the_limit_is_refused_with_the_limit() {
    let long = "a".repeat(10_000);
    let (out, err, code) = run(&["export", "32129", "--client", &long]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("a client name is limited to 80 characters (this one has 10000)"),
        "{err}"
    );
    let (out, _, code) = run(&["export", "32129", "--client", &"a".repeat(80)]);
    assert_eq!(code, 0);
    assert!(out.lines().next().unwrap().contains(&"a".repeat(80)));
}

#[test]
fn dash_as_output_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = cmd()
        .current_dir(dir.path())
        .args(["export", "32129", "-o", "-"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("# Occupations to explore"));
    assert!(!dir.path().join("-").exists());
}

#[test]
fn a_missing_parent_folder_is_an_error_unless_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("a/b/x.md");
    let out = cmd()
        .args(["export", "32129", "-o"])
        .arg(&target)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.contains("does not exist (--parents creates it)"),
        "{err}"
    );
    assert!(!dir.path().join("a").exists());
    cmd()
        .args(["export", "32129", "--parents", "-o"])
        .arg(&target)
        .assert()
        .success();
    assert!(target.is_file());
}

fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn new_files_follow_the_umask_and_force_keeps_the_mode_and_tells_of_hard_links() {
    let dir = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("noc-explorer");
    let new = dir.path().join("new.md");
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 027 && exec \"$0\" export 32129 -o \"$1\"")
        .arg(&bin)
        .arg(&new)
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(mode(&new), 0o640);

    let old = dir.path().join("old.md");
    std::fs::write(&old, "old").unwrap();
    std::fs::set_permissions(&old, std::os::unix::fs::PermissionsExt::from_mode(0o604)).unwrap();
    let twin = dir.path().join("twin.md");
    std::fs::hard_link(&old, &twin).unwrap();
    let out = cmd()
        .args(["export", "32129", "--force", "-o"])
        .arg(&old)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert_eq!(mode(&old), 0o604);
    assert!(
        err.contains("had 1 other hard link(s); they still hold the previous text"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&twin).unwrap(), "old");
}

#[test]
fn two_exports_started_together_never_both_write() {
    let bin = assert_cmd::cargo::cargo_bin("noc-explorer");
    let dir = tempfile::tempdir().unwrap();
    for round in 0..40 {
        let target = dir.path().join(format!("out{round}.md"));
        let spawn = || {
            std::process::Command::new(&bin)
                .args(["export", "32129", "-o"])
                .arg(&target)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let (a, b) = (spawn(), spawn());
        let outs = [a.wait_with_output().unwrap(), b.wait_with_output().unwrap()];
        let wrote = outs.iter().filter(|o| o.status.success()).count();
        assert_eq!(wrote, 1, "round {round}: {outs:?}");
        let refused = outs.iter().find(|o| !o.status.success()).unwrap();
        let err = String::from_utf8_lossy(&refused.stderr);
        assert!(
            err.contains("already exists; use --force")
                || err.contains("appeared while we wrote it"),
            "{err}"
        );
    }
}

#[test]
fn a_code_repeated_ten_thousand_times_is_one_occupation() {
    let mut args = vec!["export", "--format", "json"];
    args.extend(std::iter::repeat_n("32129", 10_000));
    let (out, err, code) = run(&args);
    assert_eq!(code, 0, "{err}");
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value.as_array().unwrap().len(), 1);
    assert_children_under_200_mb();
}

#[test]
fn export_takes_noc_2016_codes_as_show_does() {
    let (out, err, code) = run(&["export", "3219"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\n## 32129 Other medical technologists and technicians\n"));
    assert!(err.contains("3219 is a NOC 2016 code"), "{err}");
    assert!(err.contains("it continues as NOC 2021 32129"), "{err}");
    // Given with its successor: one occupation.
    let (out, _, _) = run(&["export", "3219", "32129"]);
    assert_eq!(out.matches("\n## 32129 ").count(), 1);
    // Split among several: refused with the list to choose from.
    let (_, err, code) = run(&["export", "1227"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("in NOC 2021 it is split among these unit groups"),
        "{err}"
    );
    assert!(err.contains("10019"), "{err}");
}

#[test]
fn punctuation_is_not_search_syntax() {
    for query in ["!", "^", "$", "'", "...", "! ^"] {
        let (out, err, code) = run(&["search", query]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            out,
            format!(
                "no occupation matches \"{query}\"\nthe query has no letter or digit to search \
                 for (punctuation such as ! ^ $ ' means nothing here)\n"
            )
        );
    }
    let (nurse, _, _) = run(&["search", "nurse"]);
    for query in ["!nurse", "^nurse", "nurse$", "'nurse"] {
        assert_eq!(run(&["search", query]).0, nurse, "{query}");
    }
}

#[test]
fn theme_before_a_command_is_refused_even_when_it_names_the_default() {
    for theme in ["dark", "light"] {
        let (out, err, code) = run(&["--theme", theme, "show", "32129"]);
        assert_eq!(code, 2);
        assert!(out.is_empty());
        assert!(
            err.contains("--theme applies to the interactive explorer only"),
            "{err}"
        );
    }
}

#[test]
fn a_full_standard_error_is_not_a_panic() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let status = std::process::Command::new(assert_cmd::cargo::cargo_bin("noc-explorer"))
        .args(["show", "abcde"])
        .stdout(Stdio::null())
        .stderr(full)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(1));
}

#[test]
fn a_code_of_twenty_thousand_digits_is_refused_at_once() {
    let digits = "1".repeat(20_000);
    for command in ["show", "export"] {
        let start = std::time::Instant::now();
        let (out, err, code) = run(&[command, &digits]);
        assert_eq!(code, 2, "{err}");
        assert!(out.is_empty());
        assert!(
            err.contains("a NOC code is 4 or 5 digits (e.g. 32129); this one has 20000 characters")
        );
        assert!(start.elapsed() < std::time::Duration::from_secs(2));
    }
    // Seven digits still suggest the nearest codes.
    let (_, err, code) = run(&["show", "3212999"]);
    assert_eq!(code, 1);
    assert!(err.contains("32129"), "{err}");
}

/// `validate DIR`: exit code and standard error, the folder's path cut to `D`.
fn validate(dir: &Path) -> (i32, String) {
    let out = cmd().arg("validate").arg(dir).output().expect("ran");
    let err = String::from_utf8_lossy(&out.stderr).replace(&dir.display().to_string(), "D");
    (out.status.code().unwrap_or(-1), err)
}

#[test]
fn data_walks_stay_out_of_kernel_views_and_links_out() {
    if Path::new("/proc/self").is_dir() {
        let out = cmd().args(["validate", "/proc"]).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "1 problem(s) in the data:\n  /proc: a view of the kernel (like /proc or /sys), not \
             a data folder\n"
        );
    }
    let dir = data_copy();
    std::os::unix::fs::symlink("/", dir.path().join("profiles/root")).unwrap();
    std::os::unix::fs::symlink("/proc", dir.path().join("proc")).unwrap();
    let (code, err) = validate(dir.path());
    assert_eq!(code, 1);
    let outside = std::fs::canonicalize(dir.path()).unwrap();
    let err = err.replace(&outside.display().to_string(), "D");
    assert_eq!(
        err,
        "2 problem(s) in the data:\n  D/profiles/root: a link to a folder outside D; not \
         followed\n  D/proc: a link to a folder outside D; not followed\n"
    );
    assert_children_under_200_mb();
}

#[test]
fn the_file_limit_never_hides_the_data_and_says_what_it_left_out() {
    let dir = data_copy();
    for i in 0..25_000 {
        std::fs::write(dir.path().join(format!("junk{i}.txt")), "").unwrap();
    }
    let (code, err) = validate(dir.path());
    assert_eq!(code, 1);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines[0], "1 problem(s) in the data:");
    assert!(
        lines[1].starts_with("  D: more than 20000 files and folders: ")
            && lines[1].ends_with(" were left out"),
        "{err}"
    );
    assert_eq!(lines.len(), 2, "{err}");
}

#[test]
fn a_folder_that_is_not_data_says_so_first_and_lists_at_most_fifty() {
    // A folder of other things (it was the repository root, whose count of files under
    // target/ decided whether the walk's file cap was reached).
    let dir = tempfile::tempdir().unwrap();
    for i in 0..80 {
        let sub = dir.path().join(format!("notes{}", i % 4));
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(sub.join(format!("n{i}.ron")), "()").unwrap();
    }
    let (code, err) = validate(dir.path());
    assert_eq!(code, 1);
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines[1].starts_with("  D/noc/structure.ron: a required file is missing"),
        "{err}"
    );
    assert!(lines.len() <= 52, "{}", lines.len());
    assert!(
        lines
            .last()
            .unwrap()
            .ends_with("more problem(s), not listed"),
        "{err}"
    );
}

/// The shipped data without some files.
fn data_without(rels: &[&str]) -> tempfile::TempDir {
    let dir = data_copy();
    for rel in rels {
        std::fs::remove_file(dir.path().join(rel)).unwrap();
    }
    dir
}

/// The overall score line of `show 32129`.
fn score_line(text: &str) -> String {
    text.lines()
        .find(|l| l.contains("Overall score:"))
        .unwrap_or_default()
        .trim()
        .to_string()
}

#[test]
fn a_missing_lmia_file_reads_not_loaded_in_show_stats_and_the_score() {
    let dir = data_without(&["figures/lmia.ron"]);
    let data = dir.path().to_str().unwrap();
    let (shown, err, code) = run_slow(&["show", "32129", "--data", data]);
    assert_eq!(code, 0, "{err}");
    assert!(!shown.contains("shows none for this occupation"), "{shown}");
    assert!(shown.contains("ESDC's published list of positive LMIAs is not loaded in our data"));
    assert!(shown.contains("+ LMIA not loaded (left out) of "));
    assert!(shown.contains(" known, rescaled to 10"));
    assert!(!shown.contains("0 LMIA"));
    // 32129 has LMIA positions in the full data, so its score without the list is its score
    // with the LMIA point left out, not with it counted as 0 (6.4 -> 6.1 before).
    let (full, _, _) = run_slow(&["show", "32129"]);
    assert_eq!(score_line(&shown), score_line(&full));
    let (stats, err, code) = run_slow(&["stats", "--data", data]);
    assert_eq!(code, 0, "{err}");
    let row = stats
        .lines()
        .find(|l| l.contains("Positive LMIAs on ESDC's list"));
    assert!(row.unwrap().ends_with(" not loaded"), "{stats}");
    assert!(
        stats.contains("- Positive LMIAs on ESDC's list: not loaded"),
        "{stats}"
    );
    assert!(!stats.contains("not on ESDC's published list"), "{stats}");
}

#[test]
fn missing_wage_category_and_noc_2016_files_read_not_loaded() {
    let dir = data_without(&[
        "figures/wages.ron",
        "figures/census_income.ron",
        "figures/ee_categories.ron",
        "noc/noc2016.ron",
    ]);
    let data = dir.path().to_str().unwrap();
    let (shown, err, code) = run_slow(&["show", "32129", "--data", data]);
    assert_eq!(code, 0, "{err}");
    assert!(
        shown.contains("wage: not loaded (the data file is missing)"),
        "{shown}"
    );
    assert!(shown.contains("category unknown (left out)"), "{shown}");
    assert!(!shown.contains("0 category"), "{shown}");
    let (stats, err, code) = run_slow(&["stats", "--data", data]);
    assert_eq!(code, 0, "{err}");
    assert!(
        stats.contains("- Job Bank wages (national or provincial): not loaded"),
        "{stats}"
    );
    let (_, err, code) = run_slow(&["show", "3219", "--data", data]);
    assert_eq!(code, 1);
    assert!(
        err.contains("the NOC 2016 correspondence (noc/noc2016.ron) is not loaded in this data"),
        "{err}"
    );
}

#[test]
fn wages_beyond_a_sane_range_and_titles_over_two_lines_are_refused() {
    let dir = data_copy();
    let wages = dir.path().join("figures/wages.ron");
    let text = std::fs::read_to_string(&wages).unwrap();
    let at = text.find("code: \"32129\"").unwrap();
    let median = at + text[at..].find("median: ").unwrap() + "median: ".len();
    let end = median + text[median..].find(',').unwrap();
    let text = format!("{}3000000.0{}", &text[..median], &text[end..]);
    std::fs::write(&wages, text).unwrap();
    let units = dir.path().join("noc/units/32.ron");
    let text = std::fs::read_to_string(&units).unwrap().replace(
        "title: \"Other medical technologists and technicians\",",
        "title: \"Other medical technologists\\n32101  Fake row\",",
    );
    std::fs::write(&units, text).unwrap();
    let (_, err, code) = run_slow(&["validate", dir.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("the national median wage of 32129 is \"3000000\"; expected an hourly wage of at most 1000 dollars"),
        "{err}"
    );
    assert!(
        err.contains("a title of 32129 is \"Other medical technologists\\n32101  Fake row\"; expected one line"),
        "{err}"
    );
    // Nothing else starts on data that does not load.
    let data = dir.path().to_str().unwrap();
    let (out, _, code) = run(&["search", "medical", "--data", data]);
    assert_eq!(code, 1);
    assert!(!out.contains("Fake row"));
}

/// `validate` with `file` of the configuration folder replaced by what `plant` makes there.
fn validate_config_with(file: &str, plant: impl Fn(&Path)) -> (i32, String) {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("noc-explorer");
    std::fs::create_dir_all(&dir).unwrap();
    plant(&dir.join(file));
    let out = cmd()
        .env("XDG_CONFIG_HOME", home.path())
        .arg("validate")
        .output()
        .expect("ran");
    let err = String::from_utf8_lossy(&out.stderr).replace(&dir.display().to_string(), "C");
    (out.status.code().unwrap_or(-1), err)
}

/// What a test puts at a path.
type Plant = dyn Fn(&Path);

#[test]
fn config_files_are_read_as_guardedly_as_data_files() {
    let sparse = |path: &Path| {
        let file = std::fs::File::create(path).unwrap();
        file.set_len(400 * 1024 * 1024).unwrap();
    };
    let cases: [(&str, &Plant, &str); 6] = [
        (
            "keymap.ron",
            &|p| hostile::mkfifo(p),
            "it is a FIFO (named pipe), not a regular file",
        ),
        (
            "theme.ron",
            &|p| hostile::mkfifo(p),
            "it is a FIFO (named pipe), not a regular file",
        ),
        (
            "keymap.ron",
            &sparse,
            "it is over the limit of 1048576 bytes",
        ),
        (
            "theme.ron",
            &sparse,
            "it is over the limit of 1048576 bytes",
        ),
        (
            "keymap.ron",
            &|p| std::os::unix::fs::symlink("/dev/zero", p).unwrap(),
            "it is a device, not a regular file",
        ),
        (
            "theme.ron",
            &|p| std::os::unix::fs::symlink("/dev/zero", p).unwrap(),
            "it is a device, not a regular file",
        ),
    ];
    for (file, plant, why) in cases {
        let (code, err) = validate_config_with(file, plant);
        assert_eq!(code, 1, "{file}: {err}");
        assert!(
            err.starts_with(&format!("C/{file}:1:1: {why}; expected a RON file\n")),
            "{file}: {err}"
        );
        assert!(err.contains("the explorer ignores these files"), "{err}");
    }
    assert_children_under_200_mb();
}
