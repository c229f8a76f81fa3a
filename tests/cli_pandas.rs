#![cfg(not(target_arch = "wasm32"))]
//! The batch summary opens in pandas as an analyst opens it: UTF-8 with a
//! byte-order mark, the columns by their Chinese names, one row a line of
//! input, the institution's own id and the failing rules as text, and no
//! cell a spreadsheet would run as a formula. Needs python3 with pandas
//! (`scripts/setup.sh` installs it).

use std::process::Command;

#[test]
fn the_batch_summary_reads_in_pandas_with_its_columns() {
    let dir = std::env::temp_dir().join(format!("dingdian-pandas-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    let input = dir.join("in.jsonl");
    let summary = dir.join("summary.csv");
    let mut lines: Vec<String> = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/batch.jsonl"),
    )
    .expect("examples/batch.jsonl")
    .lines()
    .map(str::to_string)
    .collect();
    lines.push(
        r#"{"jurisdiction":"jiangsu","institution":{"name":"=HYPERLINK(\"x\")","external_id":"0032"},"history":{"terminated_for_violation":true,"terminated_for_violation_on":"2026-01-10"}}"#
            .to_string(),
    );
    std::fs::write(&input, lines.join("\n") + "\n").expect("input");
    let out = Command::new(env!("CARGO_BIN_EXE_dingdian"))
        .args([
            "batch",
            input.to_str().expect("path"),
            "--as-of",
            "2026-11-22",
        ])
        .args(["--summary", summary.to_str().expect("path")])
        .output()
        .expect("dingdian runs");
    assert_eq!(out.status.code(), Some(2), "the example has bad lines");

    let script = r#"
import sys, pandas as pd
df = pd.read_csv(sys.argv[1], encoding="utf-8-sig", dtype=str, keep_default_na=False)
expected = ["行号", "机构编号", "机构名称", "地区", "申请类别", "自查日期", "结论",
            "符合", "不符合", "不适用", "需补充信息", "需人工复核", "无规则数据",
            "缺申请材料", "不符合的规则", "最早可再申请日期", "规则目录版本", "规则指纹", "说明"]
assert list(df.columns) == expected, list(df.columns)
assert len(df) == int(sys.argv[2]), len(df)
assert (df["自查日期"].isin(["2026-11-22", ""])).all()
last = df.iloc[-1]
assert last["机构编号"] == "0032", last["机构编号"]
assert last["机构名称"] == "'=HYPERLINK(\"x\")", last["机构名称"]
assert last["结论"] == "暂不能申请", last["结论"]
assert "js." in last["不符合的规则"] and "江苏 第" in last["不符合的规则"], last["不符合的规则"]
assert last["最早可再申请日期"].startswith("20"), last["最早可再申请日期"]
assert last["规则指纹"].startswith("fnv1a64:"), last["规则指纹"]
bad = df[df["结论"] == "输入有误"]
assert len(bad) == 2 and (bad["说明"] != "").all()
counts = df[df["结论"] != "输入有误"][["符合", "不符合"]].astype(int)
assert (counts >= 0).all().all()
print("ok", len(df), "rows")
"#;
    let python = Command::new("python3")
        .args([
            "-c",
            script,
            summary.to_str().expect("path"),
            &lines.len().to_string(),
        ])
        .output()
        .expect("python3 runs (scripts/setup.sh installs it with pandas)");
    assert!(
        python.status.success(),
        "pandas check failed (run scripts/setup.sh if pandas is missing):\n{}{}",
        String::from_utf8_lossy(&python.stdout),
        String::from_utf8_lossy(&python.stderr)
    );
    std::fs::remove_dir_all(&dir).ok();
}
