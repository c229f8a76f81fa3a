#![cfg(not(target_arch = "wasm32"))]
//! Golden reports: the whole report of each example as of 2026-11-22,
//! stored under tests/golden/ and reviewed as diffs. After an intended
//! change, refresh with `UPDATE_GOLDEN=1 cargo test --test golden` and
//! read the diff before committing.

use std::path::Path;

const AS_OF: &str = "2026-11-22";

fn compare(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("write golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run UPDATE_GOLDEN=1 cargo test --test golden",
            path.display()
        )
    });
    if expected != actual {
        let first = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(expected.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from its golden report at line {}:\n  golden: {}\n  now:    {}\nIf the change is intended, run UPDATE_GOLDEN=1 cargo test --test golden and review the diff.",
            first + 1,
            expected.lines().nth(first).unwrap_or("<end>"),
            actual.lines().nth(first).unwrap_or("<end>")
        );
    }
}

#[test]
fn every_example_report_matches_its_golden_report() {
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut names: Vec<_> = std::fs::read_dir(&examples)
        .expect("examples/")
        .map(|e| e.expect("entry").file_name().into_string().expect("name"))
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    for name in names {
        let profile = std::fs::read_to_string(examples.join(&name)).expect("example");
        let report = dingdian::api::check(&profile, AS_OF).expect("example is valid");
        let json = serde_json::to_string_pretty(&report).expect("JSON") + "\n";
        compare(&name, &json);
        if name == "nantong-hospital.json" {
            compare(
                "nantong-hospital.txt",
                &dingdian::report::render_text(&report),
            );
        }
    }
}
