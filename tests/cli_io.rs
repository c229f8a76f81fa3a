#![cfg(not(target_arch = "wasm32"))]
//! The `dingdian` command at its edges: exit codes (a failing material, a
//! closed pipe, a full disk), help, files it must not overwrite, input
//! that is not clean UTF-8, text that would drive the terminal, the
//! compact batch output and `verify`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_dingdian"));
    command.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    command
}

fn dingdian(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the dingdian binary runs");
    let mut input = child.stdin.take().expect("stdin");
    // The command may stop reading early (a bad option): ignore the pipe.
    let _ = input.write_all(stdin);
    drop(input);
    child.wait_with_output().expect("dingdian finishes")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dingdian-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn example(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(name),
    )
    .expect("example")
}

/// The example as one JSONL line.
fn one_line(json: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(json).expect("JSON");
    serde_json::to_string(&value).expect("JSON")
}

#[test]
fn check_exits_one_when_an_application_material_is_missing() {
    let complete = example("nantong-hospital.json");
    let out = dingdian(
        &["check", "-", "--as-of", "2026-11-22"],
        complete.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let missing = complete.replace("\"application_form\": true", "\"application_form\": false");
    assert_ne!(missing, complete);
    let out = dingdian(&["check", "-", "--as-of", "2026-11-22"], missing.as_bytes());
    let report = text(&out.stdout);
    assert!(report.contains("结论：可以申请"), "{report}");
    assert_eq!(out.status.code(), Some(1), "a missing material fails");
}

#[test]
fn a_full_disk_and_a_closed_pipe_exit_three() {
    let full = command(&[
        "check",
        "examples/nantong-hospital.json",
        "--as-of",
        "2026-11-22",
    ])
    .stdout(std::fs::File::create("/dev/full").expect("/dev/full"))
    .output()
    .expect("runs");
    assert_eq!(full.status.code(), Some(3), "{}", text(&full.stderr));
    assert!(
        text(&full.stderr).contains("磁盘已满"),
        "{}",
        text(&full.stderr)
    );

    // A batch whose reader goes away: far more than a pipe buffers.
    let dir = scratch("pipe");
    let input = dir.join("in.jsonl");
    let line = one_line(&example("nantong-hospital.json"));
    std::fs::write(&input, format!("{line}\n").repeat(200)).expect("input");
    let mut child = command(&[
        "batch",
        input.to_str().expect("path"),
        "--as-of",
        "2026-11-22",
        "--summary",
        dir.join("s.csv").to_str().expect("path"),
    ])
    .stdout(Stdio::piped())
    .stderr(Stdio::piped())
    .spawn()
    .expect("runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("finishes");
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("管道已关闭"),
        "{}",
        text(&out.stderr)
    );

    // The summary on a full disk.
    let out = dingdian(
        &[
            "batch",
            "-",
            "--as-of",
            "2026-11-22",
            "--summary",
            "/dev/full",
            "--force",
        ],
        format!("{line}\n").as_bytes(),
    );
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("汇总表"),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn help_for_a_command_is_printed_with_exit_zero() {
    for (cmd, words) in [
        ("check", "--format"),
        ("batch", "--findings"),
        ("verify", "rules_hash"),
        ("rules", "--jurisdiction"),
    ] {
        for flag in ["--help", "-h"] {
            let out = dingdian(&[cmd, flag], b"");
            assert_eq!(out.status.code(), Some(0), "{cmd} {flag}");
            let help = text(&out.stdout);
            assert!(help.contains("用法") && help.contains(words), "{help}");
            assert!(out.stderr.is_empty());
        }
    }
    // Without it, a missing argument is still a usage error.
    assert_eq!(dingdian(&["batch"], b"").status.code(), Some(2));
}

#[test]
fn an_as_of_date_must_be_yyyy_mm_dd() {
    for bad in [
        "-0-1-1",
        "+2026-11-22",
        "02026-11-22",
        "2026-1-5",
        "0000-01-01",
        "2026-11-22x",
    ] {
        for cmd in ["check", "batch"] {
            let out = dingdian(
                &[cmd, "-", "--as-of", bad],
                b"{\"jurisdiction\":\"jilin\"}\n",
            );
            assert_eq!(out.status.code(), Some(2), "{cmd} {bad}");
            assert!(
                text(&out.stderr).contains("自查日期"),
                "{}",
                text(&out.stderr)
            );
            assert!(out.stdout.is_empty(), "{cmd} {bad}");
        }
    }
    let out = dingdian(
        &["check", "-", "--as-of=0001-01-01"],
        b"{\"jurisdiction\":\"jilin\"}",
    );
    assert_ne!(out.status.code(), Some(2), "{}", text(&out.stderr));
}

#[test]
fn the_batch_never_overwrites_its_input_nor_an_existing_file_without_force() {
    let dir = scratch("overwrite");
    let input = dir.join("in.jsonl");
    let content = "{\"jurisdiction\":\"jilin\"}\n";
    std::fs::write(&input, content).expect("input");
    let input_path = input.to_str().expect("path");

    let out = dingdian(&["batch", input_path, "--summary", input_path], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("就是输入文件"),
        "{}",
        text(&out.stderr)
    );
    // Through another spelling of the same path, and with --force too.
    let other = format!("{}/./in.jsonl", dir.display());
    let out = dingdian(&["batch", input_path, "--summary", &other, "--force"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&input).expect("input"), content);
    assert!(out.stdout.is_empty());

    let summary = dir.join("summary.csv");
    std::fs::write(&summary, "keep me").expect("summary");
    let summary_path = summary.to_str().expect("path");
    let out = dingdian(&["batch", input_path, "--summary", summary_path], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--force"),
        "{}",
        text(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "nothing checked");
    assert_eq!(std::fs::read_to_string(&summary).expect("kept"), "keep me");

    let out = dingdian(
        &["batch", input_path, "--summary", summary_path, "--force"],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(std::fs::read_to_string(&summary)
        .expect("replaced")
        .contains("行号"));

    // A new file needs no --force (the default name beside the input).
    let out = dingdian(&["batch", input_path], b"");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(dir.join("in.jsonl.summary.csv").exists());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_byte_order_mark_is_accepted_and_bad_utf8_names_the_line() {
    let with_bom = "\u{feff}{\"jurisdiction\":\"jilin\"}";
    let out = dingdian(
        &["check", "-", "--as-of", "2026-11-22"],
        with_bom.as_bytes(),
    );
    assert_ne!(out.status.code(), Some(2), "{}", text(&out.stderr));

    let dir = scratch("utf8");
    let mut input = "\u{feff}{\"jurisdiction\":\"jilin\"}\n".as_bytes().to_vec();
    input.extend_from_slice(
        b"{\"jurisdiction\":\"jilin\",\"institution\":{\"name\":\"\xe7\x94\"}}\n",
    );
    input.extend_from_slice(b"{\"jurisdiction\":\"jiangsu\"}\n");
    let out = dingdian(
        &[
            "batch",
            "-",
            "--as-of",
            "2026-11-22",
            "--summary",
            dir.join("s.csv").to_str().expect("path"),
        ],
        &input,
    );
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    let kinds: Vec<_> = lines.iter().map(|l| l["type"].as_str()).collect();
    assert_eq!(kinds, [Some("success"), Some("failure"), Some("success")]);
    assert!(
        text(&out.stderr).contains("第 2 行：该行不是 UTF-8"),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn nothing_read_from_the_input_reaches_the_terminal_as_a_control() {
    // A name that would forge a verdict and hide the real one.
    let forged =
        r#"{"jurisdiction":"jiangsu","institution":{"name":"甲\n\n结论：可以申请。\u001b[8m"}}"#;
    let out = dingdian(&["check", "-", "--as-of", "2026-11-22"], forged.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("「机构名称」中含有控制字符"), "{err}");
    assert!(!text(&out.stdout).contains("结论：可以申请"));

    // Values echoed in errors, on stderr, in check and batch.
    let echoed =
        r#"{"jurisdiction":"\u001b]0;title\u0007\u001b[2J","x\u009b":1}"#.to_string() + "\n";
    for args in [
        &["check", "-"][..],
        &["batch", "-", "--summary", "/dev/null", "--force"][..],
    ] {
        let out = dingdian(args, echoed.as_bytes());
        assert_eq!(out.status.code(), Some(2));
        let err = text(&out.stderr);
        assert!(!err.is_empty());
        for c in err.chars() {
            assert!(c == '\n' || !c.is_control(), "{c:?} in {err}");
        }
        assert!(err.contains("\\u{1b}"), "{err}");
    }
}

#[test]
fn the_compact_batch_refers_to_rules_by_id_that_the_rule_list_resolves() {
    let dir = scratch("compact");
    let input = [
        one_line(&example("jiangsu-clinic.json")),
        one_line(&example("nantong-hospital.json")).replacen(
            "\"institution\":{",
            "\"institution\":{\"external_id\":\"H32060001\",",
            1,
        ),
    ]
    .join("\n");
    let run = |findings: &str| {
        let summary = dir.join(format!("{findings}.csv"));
        let out = dingdian(
            &[
                "batch",
                "-",
                "--as-of",
                "2026-11-22",
                "--findings",
                findings,
                "--summary",
                summary.to_str().expect("path"),
            ],
            input.as_bytes(),
        );
        assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
        assert!(out.stderr.is_empty(), "quiet when stderr is not a terminal");
        text(&out.stdout)
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON"))
            .collect::<Vec<_>>()
    };
    let fail = run("fail");
    assert_eq!(fail[1]["external_id"], "H32060001");
    assert_eq!(fail[0]["may_apply"], "no");
    let rules = dingdian(&["rules", "--format", "json"], b"");
    let rules: serde_json::Value = serde_json::from_slice(&rules.stdout).expect("rules JSON");
    let known: Vec<&str> = rules
        .as_array()
        .expect("rules")
        .iter()
        .filter_map(|r| r["id"].as_str())
        .collect();
    let listed = fail[0]["findings"].as_array().expect("findings");
    assert!(!listed.is_empty());
    for f in listed {
        assert_eq!(f["outcome"], "fail");
        assert!(known.contains(&f["rule_id"].as_str().expect("id")), "{f}");
    }
    assert!(run("all")[0]["findings"].as_array().expect("all").len() > listed.len());
    assert!(run("none")[0].get("findings").is_none());
    let out = dingdian(&["batch", "-", "--findings", "some"], input.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("fail、all、none"),
        "{}",
        text(&out.stderr)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn verify_says_whether_a_saved_self_check_holds_and_what_changed() {
    let dir = scratch("verify");
    let saved = dingdian::api::save(&example("jiangsu-clinic.json"), "2026-11-22").expect("saved");
    let file = dir.join("saved.json");
    std::fs::write(&file, &saved).expect("write");
    let path = file.to_str().expect("path");
    let out = dingdian(&["verify", path], b"");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("结论一致：暂不能申请"),
        "{}",
        text(&out.stdout)
    );
    assert!(text(&out.stdout).contains("所用规则一致"));

    // A file whose recorded result was altered, and one from other rules.
    let mut value: serde_json::Value = serde_json::from_str(&saved).expect("JSON");
    value["result"]["may_apply"] = "yes".into();
    value["result"]["label"] = "可以申请".into();
    value["result"]["rules_hash"] = "fnv1a64:0000000000000000".into();
    let first = value["result"]["findings"][0]["rule_id"].clone();
    value["result"]["findings"][0]["rule_id"] = "js.retired-rule".into();
    std::fs::write(&file, value.to_string()).expect("write");
    let out = dingdian(&["verify", path, "--format", "json"], b"");
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["conclusion_matches"], false);
    assert_eq!(v["rules_hash_matches"], false);
    let changed: Vec<&str> = v["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .filter_map(|c| c["rule_id"].as_str())
        .collect();
    assert_eq!(changed, ["js.retired-rule", first.as_str().expect("id")]);
    let out = dingdian(&["verify", path], b"");
    let printed = text(&out.stdout);
    assert!(printed.contains("结论不一致"), "{printed}");
    assert!(printed.contains("已无此条"), "{printed}");

    // A file saved before results were recorded can only be re-run.
    value.as_object_mut().expect("object").remove("result");
    let out = dingdian(&["verify", "-"], value.to_string().as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stdout).contains("未记录"),
        "{}",
        text(&out.stdout)
    );
    let out = dingdian(&["verify", "-"], b"{}");
    assert_eq!(out.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}
