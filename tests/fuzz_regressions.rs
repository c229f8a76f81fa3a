#![cfg(not(target_arch = "wasm32"))]
//! Replays the inputs under tests/fuzz-regressions/ through what the fuzz
//! target (fuzz/fuzz_targets/check.rs) checks: the crashes `scripts/fuzz.sh`
//! found (named `crash-…`, copied there by the script) and inputs at the
//! edges the fuzzer is pointed at (`edge-…`). Each file's first line is the
//! as-of date, the rest the profile or saved file.

use std::path::Path;

/// What the fuzz target asserts for one input.
fn replay(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (as_of, profile) = text.split_once('\n').unwrap_or(("2026-11-22", text));
    match dingdian::api::check(profile, as_of) {
        Ok(report) => {
            let json = serde_json::to_string(&report).expect("a report is JSON");
            let again = dingdian::api::check(profile, as_of).expect("the same input again");
            assert_eq!(json, serde_json::to_string(&again).expect("JSON"));
            let _ = dingdian::report::render_text(&report);
            let _ = dingdian::report::render_ics(&report);
            let _ = dingdian::report::render_csv(&report);
            let saved = dingdian::api::save(profile, as_of).expect("a checked profile saves");
            dingdian::api::read_saved(&saved).expect("a saved file reads back");
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            for e in errors {
                assert!(!e.message.is_empty());
                // The message names the field it is about.
                match e.field.as_deref() {
                    Some("as_of") => assert!(
                        e.message.contains("自查日期") || e.message.contains("as_of"),
                        "{e:?}"
                    ),
                    Some(field) => assert!(e.message.contains(field), "{e:?}"),
                    None => assert!(e.message.contains("JSON"), "{e:?}"),
                }
            }
        }
    }
    let _ = dingdian::api::read_saved(profile);
    let _ = dingdian::api::questionnaire(profile);
}

#[test]
fn every_input_the_fuzzer_kept_is_handled() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fuzz-regressions/")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty());
    for file in files {
        let data = std::fs::read(&file).expect("input");
        let outcome = std::panic::catch_unwind(|| replay(&data));
        assert!(outcome.is_ok(), "{} panics", file.display());
    }
}
