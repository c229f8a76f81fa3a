#![cfg(not(target_arch = "wasm32"))]
//! Every error a user of the command line can reach that tests/cli.rs does
//! not already cover: each exits 2 and says on standard error, in Chinese,
//! which input (file, option, field, line) is wrong and why, and nothing
//! goes to standard output.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn dingdian(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dingdian"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the dingdian binary runs");
    // The command may refuse its arguments before it reads: ignore the pipe.
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    child.wait_with_output().expect("dingdian finishes")
}

/// Runs a command that must fail on its input; returns its standard error.
fn refused(args: &[&str], stdin: &[u8]) -> String {
    let out = dingdian(args, stdin);
    let err = String::from_utf8(out.stderr).expect("UTF-8 errors");
    assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
    assert!(out.stdout.is_empty(), "{args:?} wrote a result");
    assert!(err.starts_with("错误："), "{args:?}: {err}");
    err
}

#[test]
fn a_profile_that_is_not_utf8_or_not_an_object_is_refused() {
    let err = refused(&["check", "-", "--as-of", "2026-11-22"], b"\xff\xfe{}");
    assert!(err.contains("UTF-8"), "{err}");
    let err = refused(&["check", "-", "--as-of", "2026-11-22"], b"[1, 2]");
    assert!(
        err.contains("JSON 对象") && err.contains("sequence"),
        "{err}"
    );
    let err = refused(&["check", "-", "--as-of", "2026-11-22"], b"");
    assert!(err.contains("不是有效的 JSON（第 1 行"), "{err}");
}

#[test]
fn each_wrong_answer_names_its_field_and_what_it_takes() {
    for (profile, words) in [
        (
            r#"{"jurisdiction":"jilin","institution":{"kind":"spa"}}"#,
            ["institution.kind", "应为以下之一"],
        ),
        (
            r#"{"jurisdiction":"jilin","institution":{"beds":-1}}"#,
            ["institution.beds", "不小于 0 的整数"],
        ),
        (
            r#"{"jurisdiction":"jilin","institution":{"operating_since":"2026-02-30"}}"#,
            ["institution.operating_since", "YYYY-MM-DD"],
        ),
        (
            r#"{"jurisdiction":"jilin","application":{"changes":"name"}}"#,
            ["application.changes", "应为数组"],
        ),
        (
            r#"{"jurisdiction":"jilin","history":{"leader_dishonest":"否"}}"#,
            ["history.leader_dishonest", "true（是）或 false（否）"],
        ),
        (
            r#"{"jurisdiction":"jilin","institution":{"beds":1,"beds":2}}"#,
            ["institution.beds", "两次"],
        ),
        (r#"{"institution":{}}"#, ["jurisdiction", "缺少必填字段"]),
        (
            r#"{"format":"dingdian-profile/2","jurisdiction":"jilin"}"#,
            ["format", "dingdian-profile/1"],
        ),
    ] {
        let err = refused(&["check", "-", "--as-of", "2026-11-22"], profile.as_bytes());
        for word in words {
            assert!(err.contains(word), "{profile}: {err}");
        }
    }
}

#[test]
fn wrong_options_and_arguments_say_which() {
    let err = refused(
        &["check", "examples/jilin-pharmacy.json", "--format", "pdf"],
        b"",
    );
    assert!(err.contains("输出格式「pdf」无效"), "{err}");
    let err = refused(&["check", "examples/jilin-pharmacy.json", "--as-of"], b"");
    assert!(err.contains("选项 --as-of 缺少取值"), "{err}");
    let err = refused(&["check", "a.json", "b.json"], b"");
    assert!(err.contains("只需要一个机构信息文件"), "{err}");
    let err = refused(&["frobnicate"], b"");
    assert!(err.contains("未知命令「frobnicate」"), "{err}");
    let err = refused(&["rules", "--format", "pdf"], b"");
    assert!(err.contains("输出格式「pdf」无效"), "{err}");
}

#[test]
fn a_wrong_document_or_article_is_named() {
    let err = refused(&["article", "XX", "第六条"], b"");
    assert!(err.contains("文件代码「XX」无效"), "{err}");
    let err = refused(&["article", "JS", "第九十九条"], b"");
    assert!(err.contains("没有「第九十九条」"), "{err}");
    let err = refused(&["article", "JS"], b"");
    assert!(err.contains("需要文件代码和条"), "{err}");
}

#[test]
fn a_batch_with_a_wrong_date_file_or_summary_path_is_refused() {
    let err = refused(
        &["batch", "examples/batch.jsonl", "--as-of", "2026-13-01"],
        b"",
    );
    assert!(err.contains("自查日期「2026-13-01」无效"), "{err}");
    let err = refused(&["batch", "examples/no-such.jsonl"], b"");
    assert!(
        err.contains("no-such.jsonl") && err.contains("文件不存在"),
        "{err}"
    );
    // The summary is opened before anything is checked: a path that cannot
    // be written is a wrong argument.
    let out = dingdian(
        &[
            "batch",
            "-",
            "--as-of",
            "2026-11-22",
            "--summary",
            "/nonexistent-dir/summary.csv",
        ],
        br#"{"jurisdiction":"jilin"}"#,
    );
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("无法写出汇总表「/nonexistent-dir/summary.csv」"),
        "{err}"
    );
}
