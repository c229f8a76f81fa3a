//! The wasm boundary, run under wasm-bindgen-test (`wasm-pack test --node`):
//! it returns tagged unions, and its reports equal the native golden ones.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

fn json(value: &JsValue) -> serde_json::Value {
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .expect("a JSON value");
    serde_json::from_str(&text).expect("valid JSON")
}

#[wasm_bindgen_test]
fn check_in_wasm_gives_the_native_golden_report() {
    let profile = include_str!("../examples/nantong-hospital.json");
    let result = json(&dingdian::wasm::check(
        JsValue::from_str(profile),
        JsValue::from_str("2026-11-22"),
    ));
    assert_eq!(result["type"], "success");
    let golden: serde_json::Value =
        serde_json::from_str(include_str!("golden/nantong-hospital.json")).expect("golden");
    assert_eq!(result["value"], golden);
}

#[wasm_bindgen_test]
fn check_accepts_a_plain_object_as_well_as_text() {
    let object = js_sys::JSON::parse(r#"{"jurisdiction":"jilin"}"#).expect("object");
    let result = json(&dingdian::wasm::check(
        object,
        JsValue::from_str("2026-11-22"),
    ));
    assert_eq!(result["type"], "success");
    assert_eq!(result["value"]["jurisdiction"]["code"], "jilin");
}

#[wasm_bindgen_test]
fn bad_input_comes_back_as_errors_naming_the_field() {
    let result = json(&dingdian::wasm::check(
        JsValue::from_str(r#"{"jurisdiction":"jiangsu","institution":{"beds":-3}}"#),
        JsValue::from_str("2026-02-30"),
    ));
    assert_eq!(result["type"], "failure");
    assert_eq!(result["errors"][0]["field"], "institution.beds");
    assert_eq!(result["errors"][1]["field"], "as_of");
}

#[wasm_bindgen_test]
fn the_questionnaire_labels_and_articles_cross_the_boundary() {
    let q = json(&dingdian::wasm::questionnaire(JsValue::from_str(
        r#"{"jurisdiction":"jiangsu"}"#,
    )));
    assert_eq!(q["type"], "success");
    assert!(q["value"]
        .as_array()
        .is_some_and(|groups| !groups.is_empty()));
    let labels = json(&dingdian::wasm::labels());
    assert_eq!(labels["outcomes"][0]["label"], "符合");
    let article = json(&dingdian::wasm::article(
        JsValue::from_str("JL"),
        JsValue::from_str("第十四条"),
    ));
    assert_eq!(article["value"]["label"], "第十四条");
    let rules = json(&dingdian::wasm::rules(JsValue::from_str("shanghai")));
    assert_eq!(rules["type"], "failure");
    assert!(!dingdian::wasm::catalog_version().is_empty());
    let all = json(&dingdian::wasm::jurisdictions());
    assert_eq!(all.as_array().map(Vec::len), Some(6));
}

#[wasm_bindgen_test]
fn arguments_of_the_wrong_type_come_back_as_errors_naming_them() {
    let wrong = [
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::from_f64(5.0),
        JsValue::TRUE,
        js_sys::Symbol::for_("x").into(),
        js_sys::Date::new_0().into(),
    ];
    for value in &wrong {
        let date = json(&dingdian::wasm::check(
            JsValue::from_str(r#"{"jurisdiction":"jilin"}"#),
            value.clone(),
        ));
        assert_eq!(date["type"], "failure");
        assert_eq!(date["errors"][0]["field"], "as_of");
        let saved = json(&dingdian::wasm::read_saved(value.clone()));
        assert_eq!(saved["type"], "failure");
        let verified = json(&dingdian::wasm::verify(value.clone()));
        assert_eq!(verified["type"], "failure");
    }
    let both = json(&dingdian::wasm::compare(
        JsValue::NULL,
        JsValue::from_f64(1.0),
    ));
    assert_eq!(both["errors"][0]["field"], "before");
    assert_eq!(both["errors"][1]["field"], "after");
    let all = json(&dingdian::wasm::rules(JsValue::UNDEFINED));
    assert_eq!(all["type"], "success");
    let damages = json(&dingdian::wasm::damages(
        JsValue::from_str("nt.a65.t65-2"),
        JsValue::from_f64(1500.0),
        JsValue::UNDEFINED,
    ));
    assert_eq!(damages["type"], "success", "{damages}");
    assert_eq!(damages["value"]["low_fen"], 200_000, "2000元 in fen");
}
