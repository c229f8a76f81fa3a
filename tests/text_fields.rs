#![cfg(not(target_arch = "wasm32"))]
//! Whatever text a user puts in a text answer stays data (issue 16): for
//! arbitrary Unicode, control characters included, in every text field,
//! `check`, `save`, `read_saved`, `compare`, `verify`, the findings CSV, the
//! batch's JSONL and summary CSV, and the .ics either carry the text through
//! unchanged or refuse it naming the field. Nothing returns `null` or
//! invalid JSON; nothing rewrites the text.

use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{json, Value};

use dingdian::facts::questions::{self, AnswerKind};

/// Every question that takes text.
fn text_fields() -> Vec<&'static questions::QuestionInfo> {
    questions::all()
        .filter(|q| q.kind == AnswerKind::Text)
        .collect()
}

/// Text of every kind: controls (C0, DEL, C1), the old decimal marker,
/// quotes, backslashes, formula starts, bidi controls, CJK, astral planes.
fn any_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        any::<char>().prop_map(String::from),
        (0u32..0x20).prop_map(|c| char::from_u32(c).map(String::from).unwrap_or_default()),
        (0x7fu32..0xa0).prop_map(|c| char::from_u32(c).map(String::from).unwrap_or_default()),
        Just("\u{1f}\u{1e}dingdian-decimal:".to_string()),
        Just("\u{1f}\u{1e}dingdian-decimal:5".to_string()),
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just("=HYPERLINK(\"x\")".to_string()),
        Just("+".to_string()),
        Just("-".to_string()),
        Just("@".to_string()),
        Just("\u{202e}".to_string()),
        Just("结论：可以申请".to_string()),
        Just("；,\n".to_string()),
        "[a-z0-9 ]{0,8}",
        "\\PC{0,6}",
    ];
    prop::collection::vec(pieces, 0..6).prop_map(|p| p.concat())
}

fn profile_with(path: &str, text: &str) -> String {
    let (section, field) = path.split_once('.').unwrap_or(("institution", path));
    json!({ "jurisdiction": "jiangsu", section: { field: text } }).to_string()
}

/// The fields of a CSV text (RFC 4180), row by row.
fn csv_rows(csv: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = csv.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

/// The cell the CSV writer writes for `text`: the text itself, after a `'`
/// where a spreadsheet would take it for a formula.
fn cell_of(text: &str) -> String {
    let formula = text.starts_with([
        '=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠',
    ]);
    format!("{}{text}", if formula { "'" } else { "" })
}

/// The value of an iCalendar property, unfolded and unescaped.
fn ics_property(ics: &str, name: &str) -> Option<String> {
    let unfolded = ics.replace("\r\n ", "");
    let line = unfolded
        .split("\r\n")
        .find_map(|l| l.strip_prefix(&format!("{name}:")))?;
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    Some(out)
}

fn holds(path: &str, text: &str) {
    let profile = profile_with(path, text);
    let label = questions::by_id(path).map_or(path, |q| q.label);
    let report = match dingdian::api::check(&profile, "2026-11-22") {
        Err(errors) => {
            // Refused: only for a control character, naming the field.
            assert!(text.chars().any(char::is_control), "{text:?}: {errors:?}");
            assert_eq!(errors.len(), 1);
            assert_eq!(errors[0].field.as_deref(), Some(path));
            assert!(errors[0].message.contains(label), "{}", errors[0].message);
            for call in [
                dingdian::api::save(&profile, "2026-11-22").err(),
                dingdian::api::calendar(&profile, "2026-11-22").err(),
                dingdian::api::findings_csv(&profile, "2026-11-22").err(),
            ] {
                assert_eq!(
                    call.map(|e| e[0].field.clone()),
                    Some(Some(path.to_string()))
                );
            }
            return;
        }
        Ok(report) => report,
    };
    assert!(!text.chars().any(char::is_control), "{text:?} accepted");
    // The report as JSON: valid, the text unchanged.
    let json = dingdian::facts::compliance::to_json(&report).expect("JSON");
    let value: Value = serde_json::from_str(&json).expect("valid JSON");
    if path == "institution.name" {
        assert_eq!(value["institution_name"], text);
    }
    // Saved, read back, compared and verified: the same text.
    let saved = dingdian::api::save(&profile, "2026-11-22").expect("saves");
    let file: Value = serde_json::from_str(&saved).expect("a saved file is JSON");
    let (section, field) = path.split_once('.').expect("path");
    assert_eq!(file["profile"][section][field], text);
    let back = dingdian::api::read_saved(&saved).expect("reads back");
    let again: Value =
        serde_json::from_str(&dingdian::facts::compliance::to_json(&back.profile).expect("JSON"))
            .expect("JSON");
    assert_eq!(again[section][field], text);
    let comparison = dingdian::api::compare(&saved, &saved).expect("compares");
    assert!(serde_json::to_value(&comparison).is_ok());
    let verified = dingdian::api::verify(&saved).expect("verifies");
    assert_eq!(verified.conclusion_matches, Some(true));
    // The findings CSV parses into its header's width on every row.
    let csv = dingdian::api::findings_csv(&profile, "2026-11-22").expect("CSV");
    let rows = csv_rows(&csv);
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
    // The calendar names the institution as given.
    let ics = dingdian::api::calendar(&profile, "2026-11-22").expect("ics");
    assert!(ics
        .split("\r\n")
        .all(|l| l.len() <= 75 && !l.contains(['\r', '\n'])));
    if path == "institution.name" && !text.is_empty() {
        assert_eq!(
            ics_property(&ics, "X-WR-CALNAME").as_deref(),
            Some(format!("医保定点时限（{text}）").as_str())
        );
    }
    // The batch: one JSON line with the text, one summary row showing it.
    let options = dingdian::cli::BatchOptions {
        as_of: "2026-11-22".to_string(),
        findings: dingdian::cli::Findings::None,
        progress: None,
    };
    let (mut out, mut summary, mut err) = (Vec::new(), Vec::new(), Vec::new());
    let line = format!("{profile}\n");
    dingdian::cli::run_batch(
        &mut line.as_bytes(),
        &options,
        &mut out,
        &mut summary,
        &mut err,
    )
    .expect("batch");
    let out: Value = serde_json::from_slice(&out).expect("one JSON line");
    let rows = csv_rows(&String::from_utf8(summary).expect("UTF-8"));
    assert_eq!(rows.len(), 2);
    let column = match path {
        "institution.name" => Some(("institution_name", 2)),
        "institution.external_id" => Some(("external_id", 1)),
        _ => None,
    };
    if let Some((key, at)) = column {
        if !text.is_empty() {
            assert_eq!(out[key], text);
        }
        assert_eq!(rows[1][at], cell_of(text));
    }
}

proptest! {
    #![proptest_config(Config { cases: 64, ..Config::default() })]

    #[test]
    fn any_text_in_any_text_field_is_carried_through_or_refused_by_name(
        field in 0usize..64,
        text in any_text(),
    ) {
        let fields = text_fields();
        let q = fields[field % fields.len()];
        holds(q.id, &text);
    }
}

#[test]
fn the_edges_of_each_text_field_are_held() {
    let fields = text_fields();
    assert!(fields.iter().any(|q| q.id == "institution.external_id"));
    for q in fields {
        for text in [
            "",
            "\u{1f}\u{1e}dingdian-decimal:5",
            "\u{1b}[8m",
            "甲\n乙",
            "\u{7f}",
            "\u{9f}",
            "=1+1",
            "-3",
            "\u{a0}\u{202e}",
            "\"\\",
            "'\"",
            "'=1",
            "𝌆",
        ] {
            holds(q.id, text);
        }
    }
}
