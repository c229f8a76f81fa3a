#![cfg(not(target_arch = "wasm32"))]
//! The fast JSON writer (`dingdian::json`) against the one it replaced
//! where speed matters (`facts::compliance::to_json`, serde_json with its
//! decimal marks): byte for byte the same text for every value that crosses
//! into JavaScript, from every example, and for generated text of any kind.

use std::collections::BTreeMap;
use std::path::Path;

use proptest::prelude::*;
use serde::Serialize;

use dingdian::api::{self, Envelope};
use dingdian::facts::compliance::to_json;

fn same<T: Serialize>(what: &str, value: &T) {
    let expected = to_json(value).expect("to_json");
    let written = dingdian::json::to_string(value).expect("json");
    assert!(written == expected, "{what}: the texts differ");
}

fn examples() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("examples/")
        .map(|e| e.expect("entry").file_name().into_string().expect("name"))
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let text = std::fs::read_to_string(dir.join(&n)).expect("example");
            (n, text)
        })
        .collect()
}

#[test]
fn every_value_of_every_example_is_written_as_before() {
    for (name, profile) in examples() {
        for as_of in ["2026-11-22", "2020-01-01", "2030-06-30"] {
            let report: Envelope<_> = api::check(&profile, as_of).into();
            same(&format!("{name} report {as_of}"), &report);
        }
        let questions: Envelope<_> = api::questionnaire(&profile).into();
        same(&format!("{name} questionnaire"), &questions);
        let saved = api::save(&profile, "2026-11-22").expect("saved");
        let read: Envelope<_> = api::read_saved(&saved).into();
        same(&format!("{name} saved"), &read);
        let compared: Envelope<_> = api::compare(&saved, &saved).into();
        same(&format!("{name} compared"), &compared);
        let csv: Envelope<_> = api::findings_csv(&profile, "2026-11-22").into();
        same(&format!("{name} csv"), &csv);
    }
    same("labels", &api::labels());
    same("jurisdictions", &api::jurisdictions());
    same("rules", &api::rules(None));
    let failure: Envelope<()> = api::check("{\"jurisdiction\": 5}", "2026-13-01")
        .map(|_| ())
        .into();
    same("errors", &failure);
}

#[test]
fn profiles_with_decimals_are_saved_as_before() {
    let profile = r#"{"jurisdiction":"nantong","application":{"kind":"designated"},
        "compliance":{"nt_prescription_pass_rate":{"numerator":949.25,"denominator":1000},
        "nt_outpatient_upload_match_rate":{"percent":95.5}}}"#;
    let saved =
        api::read_saved(&api::save(profile, "2026-11-22").expect("saves")).expect("reads back");
    let written = dingdian::json::to_string(&saved).expect("json");
    assert!(written.contains("\"numerator\":949.25"), "{written}");
    assert!(written.contains("95.5"), "{written}");
    same("decimals", &saved);
    let report: Envelope<_> = api::check(profile, "2026-11-22").into();
    same("decimals report", &report);
}

#[derive(Serialize)]
struct Nested {
    name: String,
    names: Vec<String>,
    by_name: BTreeMap<String, Option<String>>,
    number: i64,
}

proptest! {
    #[test]
    fn any_text_is_written_as_serde_json_writes_it(
        name in any::<String>(),
        names in proptest::collection::vec("[\\x00-\\x7f定点「」\\u{1f600}]{0,40}", 0..5),
        keys in proptest::collection::vec(any::<String>(), 0..4),
        number in any::<i64>(),
    ) {
        let value = Nested {
            by_name: keys.iter().map(|k| (k.clone(), Some(k.repeat(2)))).collect(),
            name,
            names,
            number,
        };
        prop_assert_eq!(
            dingdian::json::to_string(&value).expect("json"),
            serde_json::to_string(&value).expect("serde_json")
        );
    }
}
