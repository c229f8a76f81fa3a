//! `dingdian batch`: many profiles, one per line (JSONL), checked with the
//! same rules; one result per line out, and a summary table for Excel.
//!
//! The batch streams: it reads a line, writes its result and its summary
//! row, and goes on, so that its memory does not grow with the number of
//! lines (DESIGN.md, "Why does the batch stream?"). A line is read as bytes
//! and decoded alone, so that one line that is not UTF-8 is reported with
//! its number and the others are still checked.

use std::io::{BufRead, Read, Write};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use serde::Serialize;

use crate::catalog::Group;
use crate::engine;
use crate::facts::{parse_profile, Choice, InputError, Profile};
use crate::report::{push_field, DateKind, MayApply, Outcome, Report};

/// The longest line read (16 MiB): a profile is a few kilobytes; a longer
/// line is reported and skipped rather than held in memory.
const MAX_LINE: u64 = 16 << 20;

/// What the JSONL holds for each profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Findings {
    /// The whole report, with every finding's quote and reasons.
    Full,
    /// The conclusion and the failing findings by rule id and outcome.
    Fail,
    /// The conclusion and every finding by rule id and outcome.
    All,
    /// The conclusion only.
    None,
}

/// How to run a batch.
pub struct BatchOptions {
    /// The as-of date, `YYYY-MM-DD`.
    pub as_of: String,
    pub findings: Findings,
    /// Progress shown on standard error, when it is a terminal.
    pub progress: Option<Progress>,
}

/// Why a batch stopped before its end.
#[derive(Debug)]
pub enum BatchError {
    /// The input could not be read further.
    Input(std::io::Error),
    /// The results could not be written.
    Output(std::io::Error),
    /// The summary could not be written.
    Summary(std::io::Error),
}

/// One line of the full output: the report, or why the line could not be used.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Line<'a> {
    Success {
        line: usize,
        #[serde(skip_serializing_if = "Option::is_none")]
        external_id: Option<&'a str>,
        report: &'a Report,
    },
    Failure {
        line: usize,
        errors: &'a [InputError],
    },
}

/// One line of the compact output (`--findings`): the conclusion, and the
/// findings by rule id, which `dingdian rules --format json` resolves for
/// the rules of `rules_hash`.
#[derive(Serialize)]
struct CompactLine<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    external_id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    institution_name: Option<&'a str>,
    jurisdiction: crate::facts::Jurisdiction,
    application_kind: crate::facts::ApplicationKind,
    as_of: NaiveDate,
    catalog_version: &'static str,
    rules_hash: &'a str,
    may_apply: MayApply,
    label: &'static str,
    counts: crate::report::Counts,
    materials: crate::report::Counts,
    #[serde(skip_serializing_if = "Option::is_none")]
    reapply_date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    findings: Option<Vec<CompactFinding>>,
}

#[derive(Serialize)]
struct CompactFinding {
    rule_id: &'static str,
    outcome: Outcome,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    draft: bool,
}

/// What a batch found, for the exit code.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub lines: usize,
    pub bad_lines: usize,
    /// Institutions with a failing item (see [`super::report_fails`]).
    pub failing: usize,
}

/// The summary's header row, in Chinese.
fn header() -> Vec<&'static str> {
    let mut header = vec![
        "行号",
        "机构编号",
        "机构名称",
        "地区",
        "申请类别",
        "自查日期",
        "结论",
    ];
    header.extend(Outcome::ALL.iter().map(|o| o.label()));
    header.extend([
        "缺申请材料",
        "不符合的规则",
        "最早可再申请日期",
        "规则目录版本",
        "规则指纹",
        "说明",
    ]);
    header
}

fn write_row<'a>(
    summary: &mut dyn Write,
    fields: impl IntoIterator<Item = &'a str>,
) -> std::io::Result<()> {
    let mut row = String::with_capacity(512);
    for (i, field) in fields.into_iter().enumerate() {
        if i > 0 {
            row.push(',');
        }
        push_field(&mut row, field);
    }
    row.push_str("\r\n");
    summary.write_all(row.as_bytes())
}

/// The earliest date on which the institution may apply again: the date
/// the conclusion names once it has one (`conclusion.reapply.date`);
/// until then, the latest of the earliest dates of the failing grounds for
/// refusal, when every failing item is such a ground with such a date (a
/// failing condition has to be met first, on no date the rules can tell).
pub fn reapply_date(report: &Report) -> Option<NaiveDate> {
    if report.conclusion.may_apply != MayApply::No {
        return None;
    }
    if let Some(date) = serde_json::to_value(&report.conclusion)
        .ok()
        .and_then(|c| c.get("reapply")?.get("date")?.as_str().map(str::to_string))
        .and_then(|text| crate::dates::parse_date(&text))
    {
        return Some(date);
    }
    let failing = report
        .findings
        .iter()
        .filter(|f| !f.draft && f.outcome == Outcome::Fail);
    let mut latest: Option<NaiveDate> = None;
    for f in failing {
        if f.group != Group::Refusal {
            return None;
        }
        let date = f
            .dates
            .iter()
            .filter(|d| d.kind == DateKind::EarliestDate)
            .map(|d| d.date)
            .max()?;
        latest = Some(latest.map_or(date, |l| l.max(date)));
    }
    latest
}

/// Progress of a long batch on a terminal: lines done, rate and time left.
pub struct Progress {
    started: Instant,
    shown: Option<Instant>,
    /// The input's size in bytes, for the time left (unknown on a pipe).
    size: Option<u64>,
    read: u64,
}

impl Progress {
    pub fn new(size: Option<u64>) -> Progress {
        Progress {
            started: Instant::now(),
            shown: None,
            size: size.filter(|&s| s > 0),
            read: 0,
        }
    }

    /// Shows the progress at most five times a second.
    fn tick(&mut self, lines: usize, err: &mut dyn Write, last: bool) {
        let now = Instant::now();
        if !last
            && self
                .shown
                .is_some_and(|t| now.duration_since(t) < Duration::from_millis(200))
        {
            return;
        }
        self.shown = Some(now);
        let elapsed = now.duration_since(self.started).as_secs_f64();
        let rate = if elapsed > 0.0 {
            lines as f64 / elapsed
        } else {
            0.0
        };
        let left = match self.size {
            Some(size) if self.read > 0 && !last => {
                let rest = size.saturating_sub(self.read) as f64;
                let seconds = elapsed * rest / self.read as f64;
                format!("，预计还需 {}", duration_text(seconds))
            }
            _ => String::new(),
        };
        let end = if last { "\n" } else { "" };
        // \r returns to the start of the line; \x1b[K clears what was left of it.
        let _ = write!(
            err,
            "\r\x1b[K已核查 {lines} 行，每秒 {rate:.0} 行，用时 {}{left}{end}",
            duration_text(elapsed)
        );
        let _ = err.flush();
    }
}

fn duration_text(seconds: f64) -> String {
    let total = seconds.max(0.0).round() as u64;
    if total >= 3600 {
        format!("{} 小时 {} 分", total / 3600, total % 3600 / 60)
    } else if total >= 60 {
        format!("{} 分 {} 秒", total / 60, total % 60)
    } else {
        format!("{total} 秒")
    }
}

/// Reads the next line of `input` into `line` (without its line end),
/// at most [`MAX_LINE`] bytes: `Ok(None)` at the end, `Ok(Some(false))` for a
/// longer line (skipped to its end).
fn next_line(input: &mut dyn BufRead, line: &mut Vec<u8>) -> std::io::Result<Option<bool>> {
    line.clear();
    let read = input.take(MAX_LINE + 1).read_until(b'\n', line)?;
    if read == 0 {
        return Ok(None);
    }
    if line.last() == Some(&b'\n') {
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        return Ok(Some(true));
    }
    if (line.len() as u64) <= MAX_LINE {
        return Ok(Some(true));
    }
    // Too long: skip to the end of the line without keeping it.
    line.clear();
    loop {
        let buffer = input.fill_buf()?;
        if buffer.is_empty() {
            break;
        }
        match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => {
                input.consume(at + 1);
                break;
            }
            None => {
                let n = buffer.len();
                input.consume(n);
            }
        }
    }
    Ok(Some(false))
}

/// The text of a line as read, or why it cannot be used.
fn decode(bytes: &[u8], first: bool, whole: bool) -> Result<&str, InputError> {
    if !whole {
        return Err(InputError::new(
            None,
            format!(
                "该行超过 {} MiB，不像一份机构信息，已跳过。",
                MAX_LINE >> 20
            ),
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        InputError::new(
            None,
            format!(
                "该行不是 UTF-8 编码的文本（第 {} 个字节起），请以 UTF-8 另存后再试。",
                e.valid_up_to().saturating_add(1)
            ),
        )
    })?;
    Ok(if first {
        text.strip_prefix('\u{feff}').unwrap_or(text)
    } else {
        text
    })
}

/// Checks every non-blank line of `input`, writing one JSON result per line
/// to `out` and one summary row per line to `summary` (CSV with BOM); a bad
/// line is reported on `err` with its number and the rest go on.
///
/// # Errors
/// Only an I/O error of the input or an output, saying which.
pub fn run_batch(
    input: &mut dyn BufRead,
    options: &BatchOptions,
    out: &mut dyn Write,
    summary: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<Tally, BatchError> {
    let as_of = crate::api::parse_as_of(&options.as_of);
    let mut progress = options.progress.as_ref().map(|p| Progress {
        started: p.started,
        shown: None,
        size: p.size,
        read: 0,
    });
    let mut tally = Tally::default();
    summary
        .write_all("\u{feff}".as_bytes())
        .and_then(|()| write_row(summary, header()))
        .map_err(BatchError::Summary)?;
    let mut number = 0usize;
    let mut bytes = Vec::new();
    let mut json = Vec::with_capacity(1 << 16);
    while let Some(whole) = next_line(input, &mut bytes).map_err(BatchError::Input)? {
        number += 1;
        if let Some(p) = progress.as_mut() {
            p.read = p.read.saturating_add(bytes.len() as u64 + 1);
        }
        let result = decode(&bytes, number == 1, whole).and_then(|text| {
            let text = text.trim();
            if text.is_empty() {
                return Ok(None);
            }
            let profile = parse_profile(text)?;
            let as_of = as_of.clone()?;
            Ok(Some((engine::check(&profile, as_of), profile)))
        });
        json.clear();
        match result {
            Ok(None) => continue,
            Ok(Some((report, profile))) => {
                tally.lines += 1;
                if super::report_fails(&report) {
                    tally.failing += 1;
                }
                write_success(&mut json, number, &report, &profile, options.findings)
                    .map_err(BatchError::Output)?;
                summary_row(summary, number, &report, &profile).map_err(BatchError::Summary)?;
            }
            Err(error) => {
                tally.lines += 1;
                tally.bad_lines += 1;
                let errors = [error];
                // Each message on one line, whatever the input held.
                for e in &errors {
                    writeln!(
                        err,
                        "第 {number} 行：{}",
                        super::terminal_safe(&e.message, false)
                    )
                    .map_err(BatchError::Output)?;
                }
                serde_json::to_writer(
                    &mut json,
                    &Line::Failure {
                        line: number,
                        errors: &errors,
                    },
                )
                .map_err(|e| BatchError::Output(e.into()))?;
                let mut row = vec![String::new(); header().len()];
                let last = row.len() - 1;
                if let Some(first) = row.first_mut() {
                    *first = number.to_string();
                }
                if let Some(verdict) = row.get_mut(6) {
                    *verdict = "输入有误".to_string();
                }
                if let Some(reason) = row.get_mut(last) {
                    reason.clone_from(&errors[0].message);
                }
                write_row(summary, row.iter().map(String::as_str)).map_err(BatchError::Summary)?;
            }
        }
        json.push(b'\n');
        out.write_all(&json).map_err(BatchError::Output)?;
        if let Some(p) = progress.as_mut() {
            p.tick(tally.lines, err, false);
        }
    }
    if let Some(p) = progress.as_mut() {
        p.tick(tally.lines, err, true);
    }
    summary.flush().map_err(BatchError::Summary)?;
    Ok(tally)
}

fn write_success(
    json: &mut Vec<u8>,
    number: usize,
    report: &Report,
    profile: &Profile,
    findings: Findings,
) -> std::io::Result<()> {
    let external_id = profile.institution.external_id.as_deref();
    let written = if findings == Findings::Full {
        serde_json::to_writer(
            &mut *json,
            &Line::Success {
                line: number,
                external_id,
                report,
            },
        )
    } else {
        let c = &report.conclusion;
        let only_failing = findings == Findings::Fail;
        let listed = (findings != Findings::None).then_some(move |f: &&crate::report::Finding| {
            !only_failing || f.outcome == Outcome::Fail
        });
        serde_json::to_writer(
            &mut *json,
            &CompactLine {
                kind: "success",
                line: number,
                external_id,
                institution_name: report.institution_name.as_deref(),
                jurisdiction: report.jurisdiction.code,
                application_kind: profile.application_kind(),
                as_of: report.as_of,
                catalog_version: report.catalog_version,
                rules_hash: &report.rules_hash,
                may_apply: c.may_apply,
                label: c.label,
                counts: c.counts,
                materials: c.materials,
                reapply_date: reapply_date(report),
                findings: listed.map(|keep| {
                    report
                        .findings
                        .iter()
                        .filter(keep)
                        .map(|f| CompactFinding {
                            rule_id: f.rule_id,
                            outcome: f.outcome,
                            draft: f.draft,
                        })
                        .collect()
                }),
            },
        )
    };
    written.map_err(std::io::Error::other)
}

fn summary_row(
    summary: &mut dyn Write,
    number: usize,
    report: &Report,
    profile: &Profile,
) -> std::io::Result<()> {
    let c = &report.conclusion;
    let failing: Vec<String> = report
        .findings
        .iter()
        .filter(|f| !f.draft && f.outcome == Outcome::Fail)
        .map(|f| format!("{}（{}）", f.rule_id, f.citation.text))
        .collect();
    let mut row = vec![
        number.to_string(),
        profile.institution.external_id.clone().unwrap_or_default(),
        report.institution_name.clone().unwrap_or_default(),
        report.jurisdiction.name.to_string(),
        profile.application_kind().label().to_string(),
        report.as_of.to_string(),
        c.label.to_string(),
    ];
    row.extend(Outcome::ALL.iter().map(|&o| c.counts.get(o).to_string()));
    row.push(c.materials.fail.to_string());
    row.push(failing.join("；"));
    row.push(reapply_date(report).map_or_else(String::new, |d| d.to_string()));
    row.push(report.catalog_version.to_string());
    row.push(report.rules_hash.clone());
    row.push(c.summary.clone());
    write_row(summary, row.iter().map(String::as_str))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(findings: Findings) -> BatchOptions {
        BatchOptions {
            as_of: "2026-11-22".to_string(),
            findings,
            progress: None,
        }
    }

    fn run(input: &[u8], findings: Findings) -> (Tally, Vec<serde_json::Value>, String, String) {
        let (mut out, mut summary, mut err) = (Vec::new(), Vec::new(), Vec::new());
        let tally = run_batch(
            &mut &input[..],
            &options(findings),
            &mut out,
            &mut summary,
            &mut err,
        )
        .expect("io");
        let out = String::from_utf8(out).expect("utf8");
        let lines = out
            .lines()
            .map(|l| serde_json::from_str(l).expect("json"))
            .collect();
        (
            tally,
            lines,
            String::from_utf8(summary).expect("utf8"),
            String::from_utf8(err).expect("utf8"),
        )
    }

    #[test]
    fn good_and_bad_lines_each_give_one_result_and_one_row() {
        let input = "{\"jurisdiction\":\"jiangsu\",\"institution\":{\"name\":\"甲\",\"external_id\":\"H3201\"}}\n\nnot json\n{\"jurisdiction\":\"jilin\",\"institution\":{\"beds\":\"x\"}}\n";
        let (tally, lines, summary, err) = run(input.as_bytes(), Findings::Full);
        assert_eq!(
            tally,
            Tally {
                lines: 3,
                bad_lines: 2,
                failing: 0
            }
        );
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[0]["type"], "success");
        assert_eq!(lines[0]["line"], 1);
        assert_eq!(lines[0]["external_id"], "H3201");
        assert_eq!(lines[1]["type"], "failure");
        assert_eq!(lines[1]["line"], 3);
        assert_eq!(lines[2]["errors"][0]["field"], "institution.beds");
        assert!(err.contains("第 3 行") && err.contains("第 4 行"), "{err}");
        assert!(summary.starts_with("\u{feff}\"行号\",\"机构编号\",\"机构名称\""));
        assert_eq!(summary.split("\r\n").filter(|l| !l.is_empty()).count(), 4);
        assert!(
            summary.contains(
                "\"1\",\"H3201\",\"甲\",\"江苏\",\"新增定点（申请医保定点）\",\"2026-11-22\""
            ),
            "{summary}"
        );
    }

    #[test]
    fn progress_is_shown_only_when_asked_for_a_terminal() {
        let input = "{\"jurisdiction\":\"jilin\"}\n".repeat(3);
        let (mut out, mut summary, mut err) = (Vec::new(), Vec::new(), Vec::new());
        let mut with = options(Findings::None);
        with.progress = Some(Progress::new(Some(input.len() as u64)));
        run_batch(
            &mut input.as_bytes(),
            &with,
            &mut out,
            &mut summary,
            &mut err,
        )
        .expect("io");
        let err = String::from_utf8(err).expect("utf8");
        assert!(err.starts_with("\r\u{1b}[K已核查 1 行，每秒 "), "{err:?}");
        assert!(
            err.ends_with("\n") && err.contains("已核查 3 行"),
            "{err:?}"
        );
        let (_, _, _, quiet) = run(input.as_bytes(), Findings::None);
        assert!(quiet.is_empty());
        assert_eq!(duration_text(59.4), "59 秒");
        assert_eq!(duration_text(61.0), "1 分 1 秒");
        assert_eq!(duration_text(3725.0), "1 小时 2 分");
    }

    #[test]
    fn a_line_that_is_not_utf8_is_reported_and_the_others_are_checked() {
        let mut input =
            b"{\"jurisdiction\":\"jilin\"}\n{\"jurisdiction\":\"ji\xfflin\"}\n".to_vec();
        input.extend_from_slice(b"{\"jurisdiction\":\"jiangsu\"}\r\n");
        let (tally, lines, summary, err) = run(&input, Findings::None);
        assert_eq!((tally.lines, tally.bad_lines), (3, 1));
        assert_eq!(lines[1]["type"], "failure");
        assert_eq!(lines[1]["line"], 2);
        assert!(lines[1]["errors"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("不是 UTF-8") && m.contains("第 20 个字节")));
        assert_eq!(lines[2]["type"], "success");
        assert!(err.contains("第 2 行：该行不是 UTF-8"), "{err}");
        assert_eq!(summary.split("\r\n").filter(|l| !l.is_empty()).count(), 4);
    }

    #[test]
    fn a_byte_order_mark_before_a_line_is_not_content() {
        // Files joined with `cat` carry a mark at the start of each.
        let input = "\u{feff}{\"jurisdiction\":\"jilin\"}\n\u{feff}{\"jurisdiction\":\"jilin\"}\n{\u{feff}}\n";
        let (tally, lines, _, _) = run(input.as_bytes(), Findings::None);
        assert_eq!(lines[0]["type"], "success");
        assert_eq!(lines[1]["type"], "success");
        assert_eq!(lines[2]["type"], "failure");
        assert_eq!(tally.bad_lines, 1);
    }

    #[test]
    fn a_line_too_long_is_skipped_without_being_held() {
        let mut input = Vec::new();
        input.extend(std::iter::repeat_n(b' ', (MAX_LINE + 10) as usize));
        input.extend_from_slice(b"\n{\"jurisdiction\":\"jilin\"}\n");
        let (tally, lines, _, _) = run(&input, Findings::None);
        assert_eq!((tally.lines, tally.bad_lines), (2, 1));
        assert_eq!(lines[1]["type"], "success");
        assert_eq!(lines[1]["line"], 2);
        // Just at the limit the line is read.
        let mut input = vec![b' '; MAX_LINE as usize - 30];
        input.extend_from_slice(b"{\"jurisdiction\":\"jilin\"}");
        let (tally, _, _, _) = run(&input, Findings::None);
        assert_eq!((tally.lines, tally.bad_lines), (1, 0));
    }

    #[test]
    fn the_compact_output_names_rules_by_id_with_the_rules_hash() {
        let input = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/jiangsu-clinic.json"
        ))
        .expect("example");
        let line = serde_json::to_string(
            &serde_json::from_str::<serde_json::Value>(&input).expect("json"),
        )
        .expect("one line");
        let (_, full, _, _) = run(line.as_bytes(), Findings::Full);
        let report = &full[0]["report"];
        let (_, fail, _, _) = run(line.as_bytes(), Findings::Fail);
        let (_, all, _, _) = run(line.as_bytes(), Findings::All);
        let (_, none, _, _) = run(line.as_bytes(), Findings::None);
        for compact in [&fail[0], &all[0], &none[0]] {
            assert_eq!(compact["rules_hash"], report["rules_hash"]);
            assert_eq!(compact["may_apply"], report["conclusion"]["may_apply"]);
            assert_eq!(compact["counts"], report["conclusion"]["counts"]);
            assert_eq!(compact["application_kind"], "new_designation");
        }
        let ids = |v: &serde_json::Value| -> Vec<String> {
            v["findings"]
                .as_array()
                .map(|a| a.iter().map(|f| f["rule_id"].to_string()).collect())
                .unwrap_or_default()
        };
        let failing: Vec<String> = report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter(|f| f["outcome"] == "fail")
            .map(|f| f["rule_id"].to_string())
            .collect();
        assert!(!failing.is_empty());
        assert_eq!(ids(&fail[0]), failing);
        assert_eq!(
            ids(&all[0]).len(),
            report["findings"].as_array().map_or(0, Vec::len)
        );
        assert!(none[0].get("findings").is_none());
        assert!(
            serde_json::to_string(&all[0]).expect("json").len() * 5
                < serde_json::to_string(&full[0]).expect("json").len()
        );
    }

    #[test]
    fn the_date_to_apply_again_is_the_latest_bar_when_only_bars_fail() {
        // Terminated for a violation 2026-01-10: barred for a period (JS).
        let barred = r#"{"jurisdiction":"jiangsu","history":{"terminated_for_violation":true,"terminated_for_violation_on":"2026-01-10"}}"#;
        let (_, lines, summary, _) = run(barred.as_bytes(), Findings::None);
        let date = lines[0]["reapply_date"].as_str().map(str::to_string);
        let report = crate::api::check(barred, "2026-11-22").expect("report");
        let bars: Vec<NaiveDate> = report
            .findings
            .iter()
            .filter(|f| f.outcome == Outcome::Fail)
            .flat_map(|f| f.dates.iter().filter(|d| d.kind == DateKind::EarliestDate))
            .map(|d| d.date)
            .collect();
        assert_eq!(
            date,
            bars.iter().max().map(ToString::to_string),
            "{summary}"
        );
        // A failing condition has no date: the column stays empty.
        let clinic = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/jiangsu-clinic.json"
        ))
        .expect("example");
        let report = crate::api::check(&clinic, "2026-11-22").expect("report");
        assert_eq!(reapply_date(&report), None);
    }
}
