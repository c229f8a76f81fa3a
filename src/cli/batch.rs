//! `dingdian batch`: many profiles, one per line (JSONL), checked with the
//! same rules; one result per line out, and a summary table for Excel.

use std::io::{BufRead, Write};

use serde::Serialize;

use crate::api;
use crate::facts::InputError;
use crate::report::{MayApply, Outcome, Report};

/// One line of the output: the report, or why the line could not be used.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Line<'a> {
    Success {
        line: usize,
        report: &'a Report,
    },
    Failure {
        line: usize,
        errors: Vec<InputError>,
    },
}

/// What a batch found, for the exit code.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub lines: usize,
    pub bad_lines: usize,
    pub may_not_apply: usize,
}

fn csv_field(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

/// Checks every non-blank line of `input` as of `as_of`, writing one JSON
/// result per line to `out` and one summary row per line to `summary`
/// (CSV with BOM); a bad line is reported with its number and the rest go on.
///
/// # Errors
/// Only an I/O error of the input or an output.
pub fn run_batch(
    input: &mut dyn BufRead,
    as_of: &str,
    out: &mut dyn Write,
    summary: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<Tally> {
    let mut tally = Tally::default();
    let mut header = vec!["行号", "机构名称", "地区", "结论"];
    let labels: Vec<&str> = Outcome::ALL.iter().map(|o| o.label()).collect();
    header.extend(labels.iter());
    header.extend(["缺申请材料", "说明"]);
    write!(summary, "\u{feff}")?;
    writeln!(
        summary,
        "{}\r",
        header
            .iter()
            .map(|h| csv_field(h))
            .collect::<Vec<_>>()
            .join(",")
    )?;
    let mut number = 0;
    let mut buffer = String::new();
    loop {
        buffer.clear();
        if input.read_line(&mut buffer)? == 0 {
            break;
        }
        number += 1;
        let text = buffer.trim();
        if text.is_empty() {
            continue;
        }
        tally.lines += 1;
        match api::check(text, as_of) {
            Ok(report) => {
                if report.conclusion.may_apply == MayApply::No {
                    tally.may_not_apply += 1;
                }
                let json = serde_json::to_string(&Line::Success {
                    line: number,
                    report: &report,
                })
                .map_err(std::io::Error::other)?;
                writeln!(out, "{json}")?;
                let c = &report.conclusion;
                let mut row = vec![
                    number.to_string(),
                    report.institution_name.clone().unwrap_or_default(),
                    report.jurisdiction.name.to_string(),
                    c.label.to_string(),
                ];
                row.extend(Outcome::ALL.iter().map(|&o| c.counts.get(o).to_string()));
                row.push(c.materials.fail.to_string());
                row.push(c.summary.clone());
                writeln!(
                    summary,
                    "{}\r",
                    row.iter()
                        .map(|f| csv_field(f))
                        .collect::<Vec<_>>()
                        .join(",")
                )?;
            }
            Err(errors) => {
                tally.bad_lines += 1;
                for e in &errors {
                    writeln!(err, "第 {number} 行：{}", e.message)?;
                }
                let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
                let mut row = vec![
                    number.to_string(),
                    String::new(),
                    String::new(),
                    "输入有误".to_string(),
                ];
                row.extend(Outcome::ALL.iter().map(|_| String::new()));
                row.push(String::new());
                row.push(messages.join("；"));
                writeln!(
                    summary,
                    "{}\r",
                    row.iter()
                        .map(|f| csv_field(f))
                        .collect::<Vec<_>>()
                        .join(",")
                )?;
                let json = serde_json::to_string(&Line::Failure {
                    line: number,
                    errors,
                })
                .map_err(std::io::Error::other)?;
                writeln!(out, "{json}")?;
            }
        }
    }
    Ok(tally)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_and_bad_lines_each_give_one_result_and_one_row() {
        let input = "{\"jurisdiction\":\"jiangsu\",\"institution\":{\"name\":\"甲\"}}\n\nnot json\n{\"jurisdiction\":\"jilin\",\"institution\":{\"beds\":\"x\"}}\n";
        let (mut out, mut summary, mut err) = (Vec::new(), Vec::new(), Vec::new());
        let tally = run_batch(
            &mut input.as_bytes(),
            "2026-11-22",
            &mut out,
            &mut summary,
            &mut err,
        )
        .expect("io");
        assert_eq!(
            tally,
            Tally {
                lines: 3,
                bad_lines: 2,
                may_not_apply: 0
            }
        );
        let out = String::from_utf8(out).expect("utf8");
        let lines: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0]["type"], "success");
        assert_eq!(lines[0]["line"], 1);
        assert_eq!(lines[1]["type"], "failure");
        assert_eq!(lines[1]["line"], 3);
        assert_eq!(lines[2]["errors"][0]["field"], "institution.beds");
        let err = String::from_utf8(err).expect("utf8");
        assert!(err.contains("第 3 行") && err.contains("第 4 行"), "{err}");
        let summary = String::from_utf8(summary).expect("utf8");
        assert!(summary.starts_with("\u{feff}\"行号\",\"机构名称\""));
        assert_eq!(summary.split("\r\n").filter(|l| !l.is_empty()).count(), 4);
        assert!(summary.contains("\"1\",\"甲\",\"江苏\""));
    }
}
