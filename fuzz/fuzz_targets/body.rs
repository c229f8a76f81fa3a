// What the fuzz target checks for one input; included by
// fuzz/fuzz_targets/check.rs and by tests/fuzz_regressions.rs, so that the
// inputs kept under tests/fuzz-regressions/ are replayed by `cargo test`
// against exactly the fuzzer's assertions.

/// The question labels, which a message names instead of a path where the
/// page shows it to the user.
fn names_field(message: &str, field: &str) -> bool {
    let leaf = field
        .trim_start_matches("before.")
        .trim_start_matches("after.")
        .trim_start_matches("profile.");
    let side = match field.split('.').next() {
        Some("before") => "较早的自查",
        Some("after") => "较晚的自查",
        _ => field,
    };
    message.contains(field)
        || message.contains(leaf)
        || (side != field && message.contains(side))
        || dingdian::facts::questions::by_id(leaf).is_some_and(|q| message.contains(q.label))
}

fn check_errors(errors: &[dingdian::facts::InputError]) {
    assert!(!errors.is_empty());
    for e in errors {
        assert!(!e.message.is_empty());
        match e.field.as_deref() {
            Some(f) if f == "as_of" || f.ends_with(".as_of") => assert!(
                e.message.contains("自查日期") || e.message.contains("as_of"),
                "{e:?}"
            ),
            Some(field) => assert!(names_field(&e.message, field), "{e:?}"),
            None => assert!(e.message.contains("JSON"), "{e:?}"),
        }
    }
}

/// One input, as the fuzz target and `tests/fuzz_regressions.rs` run it.
pub fn fuzz_one(data: &[u8]) {
    // The batch reads raw bytes: every line gives one JSON result.
    let options = dingdian::cli::BatchOptions {
        as_of: "2026-11-22".to_string(),
        findings: dingdian::cli::Findings::All,
        progress: None,
    };
    let (mut out, mut summary, mut err) = (Vec::new(), Vec::new(), Vec::new());
    let tally = dingdian::cli::run_batch(&mut &data[..], &options, &mut out, &mut summary, &mut err)
        .expect("a batch into memory never fails");
    let out = String::from_utf8(out).expect("the results are UTF-8");
    assert_eq!(out.lines().count(), tally.lines);
    for line in out.lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("each result is JSON");
    }
    assert!(!String::from_utf8(err).expect("UTF-8").contains('\u{1b}'));

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
            serde_json::from_str::<serde_json::Value>(&saved).expect("a saved file is JSON");
            let back = dingdian::api::read_saved(&saved).expect("a saved file reads back");
            assert_eq!(
                serde_json::to_string(&back.profile).ok(),
                dingdian::api::read_saved(&dingdian::api::save(profile, as_of).expect("again"))
                    .ok()
                    .and_then(|b| serde_json::to_string(&b.profile).ok())
            );
            let verified = dingdian::api::verify(&saved).expect("a saved file verifies");
            assert_eq!(verified.conclusion_matches, Some(true));
            assert_eq!(verified.rules_hash_matches, Some(true));
            assert!(verified.changes.is_empty());
            let same = dingdian::api::compare(&saved, &saved).expect("compares with itself");
            assert!(same
                .changes
                .iter()
                .all(|c| c.change == dingdian::report::Change::Unchanged));
        }
        Err(errors) => check_errors(&errors),
    }
    if let Err(errors) = dingdian::api::read_saved(profile) {
        check_errors(&errors);
    }
    if let Err(errors) = dingdian::api::verify(profile) {
        check_errors(&errors);
    }
    if let Err(errors) = dingdian::api::compare(profile, profile) {
        check_errors(&errors);
    }
    let _ = dingdian::api::questionnaire(profile);
}
