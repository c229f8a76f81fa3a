#![cfg(not(target_arch = "wasm32"))]
//! Replays the inputs under tests/fuzz-regressions/ through what the fuzz
//! target (fuzz/fuzz_targets/check.rs) checks: the crashes `scripts/fuzz.sh`
//! found (named `crash-…`, copied there by the script) and inputs at the
//! edges the fuzzer is pointed at (`edge-…`). Each file's first line is the
//! as-of date, the rest the profile or saved file.

use std::path::Path;

include!("../fuzz/fuzz_targets/body.rs");

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
        let outcome = std::panic::catch_unwind(|| fuzz_one(&data));
        assert!(outcome.is_ok(), "{} panics", file.display());
    }
}
