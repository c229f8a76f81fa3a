#![cfg(not(target_arch = "wasm32"))]
//! The `dingdian` command as a user runs it: on the examples, on bad input,
//! and its exit codes.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn dingdian(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dingdian"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the dingdian binary runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("dingdian finishes")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

#[test]
fn a_complete_nantong_hospital_may_apply_and_exits_zero() {
    let out = dingdian(
        &[
            "check",
            "examples/nantong-hospital.json",
            "--as-of",
            "2026-11-22",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(report.contains("结论：可以申请"), "{report}");
    assert!(report.contains("江苏 第六条（一）"), "{report}");
    assert!(report.contains("原文：「正式运营至少3个月」"), "{report}");
}

#[test]
fn a_clinic_open_less_than_three_months_may_not_apply_and_exits_one() {
    let out = dingdian(
        &[
            "check",
            "examples/jiangsu-clinic.json",
            "--as-of=2026-11-22",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let report = text(&out.stdout);
    assert!(report.contains("结论：暂不能申请"), "{report}");
    assert!(report.contains("最早2026年12月2日起满足"), "{report}");
}

#[test]
fn json_output_is_the_report_with_citations_and_catalog_version() {
    let out = dingdian(
        &[
            "check",
            "examples/nantong-hospital.json",
            "--as-of",
            "2026-11-22",
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(report["format"], "dingdian-report/1");
    assert_eq!(report["jurisdiction"]["code"], "nantong");
    assert_eq!(report["as_of"], "2026-11-22");
    assert_eq!(report["documents"][0]["code"], "JS");
    assert!(report["catalog_version"]
        .as_str()
        .is_some_and(|v| !v.is_empty()));
    let finding = &report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["rule_id"] == "js.a6.i1.operating-3-months")
        .expect("operating finding")
        .clone();
    assert_eq!(finding["citation"]["document"], "JS");
    assert_eq!(finding["citation"]["article"], "第六条");
    assert_eq!(finding["citation"]["item"], "（一）");
    assert_eq!(finding["quote"], "正式运营至少3个月");
    assert_eq!(finding["outcome"], "pass");
}

#[test]
fn a_profile_can_be_read_from_standard_input() {
    let out = dingdian(
        &["check", "-", "--as-of", "2026-11-22", "--format", "json"],
        Some(r#"{"jurisdiction":"jiangsu"}"#),
    );
    assert_eq!(out.status.code(), Some(0));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["conclusion"]["may_apply"], "undetermined");
}

#[test]
fn bad_input_exits_two_with_a_chinese_error_naming_the_field() {
    let out = dingdian(
        &["check", "-", "--as-of", "2026-11-22"],
        Some(r#"{"jurisdiction":"jiangsu","institution":{"beds":"很多"}}"#),
    );
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("「床位数」（institution.beds）填写有误"),
        "{err}"
    );
    assert!(out.stdout.is_empty());

    let unknown = dingdian(
        &["check", "-"],
        Some(r#"{"jurisdiction":"jiangsu","staf":{}}"#),
    );
    assert_eq!(unknown.status.code(), Some(2));
    assert!(text(&unknown.stderr).contains("未知字段「staf」"));

    let date = dingdian(
        &[
            "check",
            "examples/nantong-hospital.json",
            "--as-of",
            "2026/11/22",
        ],
        None,
    );
    assert_eq!(date.status.code(), Some(2));
    assert!(text(&date.stderr).contains("自查日期「2026/11/22」无效"));

    let missing = dingdian(&["check", "examples/no-such-file.json"], None);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("文件不存在"));

    let usage = dingdian(&["check"], None);
    assert_eq!(usage.status.code(), Some(2));
    assert!(text(&usage.stderr).contains("用法"));

    let option = dingdian(
        &[
            "check",
            "examples/nantong-hospital.json",
            "--asof",
            "2026-11-22",
        ],
        None,
    );
    assert_eq!(option.status.code(), Some(2));
    assert!(text(&option.stderr).contains("未知选项 --asof"));
}

#[test]
fn every_example_is_a_valid_profile_with_a_conclusion() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut seen = 0;
    for entry in std::fs::read_dir(examples).expect("examples/") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let out = dingdian(
            &[
                "check",
                path.to_str().expect("path"),
                "--as-of",
                "2026-11-22",
                "--format",
                "json",
            ],
            None,
        );
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{}: {}",
            path.display(),
            text(&out.stderr)
        );
        seen += 1;
    }
    assert!(seen >= 6, "one example per jurisdiction");
}

#[test]
fn the_rule_list_and_an_article_can_be_printed() {
    let rules = dingdian(
        &["rules", "--jurisdiction", "jilin", "--format", "json"],
        None,
    );
    assert_eq!(rules.status.code(), Some(0));
    let list: serde_json::Value = serde_json::from_slice(&rules.stdout).expect("JSON");
    assert!(list
        .as_array()
        .is_some_and(|l| l.iter().all(|r| r["citation"]["document"] == "JL")));

    let article = dingdian(&["article", "JS", "第六条"], None);
    assert_eq!(article.status.code(), Some(0));
    assert!(text(&article.stdout).contains("正式运营至少3个月"));

    let bad = dingdian(&["rules", "--jurisdiction", "shanghai"], None);
    assert_eq!(bad.status.code(), Some(2));
    assert!(text(&bad.stderr).contains("地区「shanghai」无效"));
}

#[test]
fn a_batch_checks_every_line_reports_bad_ones_by_number_and_writes_a_summary() {
    let dir = std::env::temp_dir().join(format!("dingdian-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let summary = dir.join("summary.csv");
    let out = dingdian(
        &[
            "batch",
            "examples/batch.jsonl",
            "--as-of",
            "2026-11-22",
            "--summary",
            summary.to_str().expect("path"),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2), "bad lines give exit 2");
    let lines: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON value per line"))
        .collect();
    assert_eq!(lines.len(), 5);
    let kinds: Vec<_> = lines
        .iter()
        .map(|l| (l["line"].as_u64(), l["type"].as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            (Some(1), Some("success")),
            (Some(2), Some("success")),
            (Some(3), Some("failure")),
            (Some(4), Some("failure")),
            (Some(5), Some("success")),
        ]
    );
    assert_eq!(lines[0]["report"]["conclusion"]["may_apply"], "yes");
    assert_eq!(lines[2]["errors"][0]["field"], "institution.beds");
    let err = text(&out.stderr);
    assert!(err.contains("第 3 行") && err.contains("第 4 行"), "{err}");
    let csv = std::fs::read_to_string(&summary).expect("summary written");
    assert!(csv.starts_with('\u{feff}'));
    assert_eq!(csv.lines().count(), 6);
    assert!(
        csv.contains("\"南通市某综合医院\",\"南通（江苏）\",\"新增定点（申请医保定点）\",\"2026-11-22\",\"可以申请\""),
        "{csv}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_schema_command_prints_the_published_schema() {
    let out = dingdian(&["schema"], None);
    assert_eq!(out.status.code(), Some(0));
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let published: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/dingdian-profile-1.schema.json"),
        )
        .expect("published schema"),
    )
    .expect("JSON");
    assert_eq!(printed, published);
}

#[test]
fn a_self_audit_names_the_risks_and_the_damages_are_worked_out() {
    let out = dingdian(
        &[
            "check",
            "examples/nantong-centre-audit.json",
            "--as-of",
            "2026-11-22",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let report = text(&out.stdout);
    assert!(report.contains("结论：存在未落实项"), "{report}");
    assert!(report.contains("949 ÷ 1000 = 94.9%"), "{report}");
    assert!(
        report.contains("风险：[中] 支付甲方2000元违约金（南通协议 第六十四条）；违约金：2000元"),
        "{report}"
    );
    assert!(
        report.contains("风险：[低] 由经办机构视违规情况决定：支付违规费用1倍的违约金"),
        "{report}"
    );

    let out = dingdian(&["damages", "nt.a65.t65-2", "--base", "1500"], None);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        text(&out.stdout).starts_with("违约金 2000元"),
        "{}",
        text(&out.stdout)
    );
    let out = dingdian(
        &["damages", "nt.a65.t65-4", "--base=50000", "--nth", "2"],
        None,
    );
    assert!(text(&out.stdout).starts_with("违约金 20万元～30万元（原文有两种读法"));
    let out = dingdian(&["damages", "js.a44.l3", "--base", "99"], None);
    assert!(
        text(&out.stdout).starts_with("违约金 19.80元～29.70元（区间"),
        "{}",
        text(&out.stdout)
    );
    let out = dingdian(&["damages", "nt.a65.t65-2", "--base", "-1"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("金额（元）应为不小于 0 的数"));
}
