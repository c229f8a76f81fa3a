//! Fuzzes the JSON entry points as the page, a portal and the command line
//! call them: `api::check(profile, as_of)` (and everything drawn from a
//! report), `api::read_saved` and `api::questionnaire`. The input's first
//! line is the as-of date, the rest the profile (or saved file); any input
//! must give a result or errors that name the field, never a panic.
//! Run with `bash scripts/fuzz.sh`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (as_of, profile) = text.split_once('\n').unwrap_or(("2026-11-22", text));
    match dingdian::api::check(profile, as_of) {
        Ok(report) => {
            let json = serde_json::to_string(&report).expect("a report is JSON");
            let again = dingdian::api::check(profile, as_of).expect("the same input again");
            assert_eq!(
                json,
                serde_json::to_string(&again).expect("JSON"),
                "not deterministic"
            );
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
});
