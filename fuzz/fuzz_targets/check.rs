//! Fuzzes the JSON entry points as the page, a portal and the command line
//! call them: `api::check(profile, as_of)` (and everything drawn from a
//! report), `api::save`/`read_saved`/`compare`/`verify`, `api::questionnaire`
//! and the batch's line reader (`cli::run_batch`) on the raw bytes. The
//! input's first line is the as-of date, the rest the profile (or saved
//! file); any input must give a result or errors that name the field, never
//! a panic, never invalid JSON.
//! Run with `bash scripts/fuzz.sh`.
#![no_main]

use libfuzzer_sys::fuzz_target;

include!("body.rs");

fuzz_target!(|data: &[u8]| fuzz_one(data));
