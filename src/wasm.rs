//! The wasm boundary: thin and typed. Each function converts its input to
//! the text the native API takes, calls it, and returns a plain JS object
//! (`{type: "success", value}` or `{type: "failure", errors}`); everything
//! it carries is built and tested natively in [`crate::api`].

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::api::{self, Envelope};
use crate::facts::InputError;

/// The TypeScript declarations of every input and output, generated from
/// the Rust types (see tests/published.rs).
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("../types/dingdian.d.ts");

#[wasm_bindgen]
extern "C" {
    /// The browser's `JSON.parse` (bound here rather than through js-sys,
    /// whose runtime support would add to the module).
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &str) -> Result<JsValue, JsValue>;
    /// A 整改台账 as `save` takes it: an object of rule id → line, or its
    /// JSON text (typed for TypeScript; converted like a profile).
    #[wasm_bindgen(typescript_type = "Ledger | string")]
    pub type LedgerArg;
    /// The browser's `JSON.stringify`.
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// Serialises to JSON text and lets the browser's `JSON.parse` build the
/// object: one serialiser for the native and the wasm boundary (the same
/// bytes as the CLI's JSON), which keeps the module small.
fn to_js<T: Serialize>(value: &T) -> JsValue {
    crate::facts::compliance::to_json(value)
        .ok()
        .and_then(|text| json_parse(&text).ok())
        .unwrap_or(JsValue::NULL)
}

/// A profile given either as JSON text or as a plain object.
fn json_text(input: &JsValue, field: &str) -> Result<String, InputError> {
    if let Some(text) = input.as_string() {
        return Ok(text);
    }
    json_stringify(input)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| InputError::new(Some(field), format!("「{field}」应为 JSON 文本或对象。")))
}

/// Checks a profile (object or JSON text) as of a date (`YYYY-MM-DD`).
#[wasm_bindgen(unchecked_return_type = "Result<Report>")]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "Profile | string")] profile: JsValue,
    as_of: &str,
) -> JsValue {
    let envelope: Envelope<_> = match json_text(&profile, "profile") {
        Ok(text) => api::check(&text, as_of).into(),
        Err(e) => Err(e).into(),
    };
    to_js(&envelope)
}

/// The report's dates as an iCalendar (.ics) text.
#[wasm_bindgen(unchecked_return_type = "Result<string>")]
pub fn calendar(
    #[wasm_bindgen(unchecked_param_type = "Profile | string")] profile: JsValue,
    as_of: &str,
) -> JsValue {
    let envelope: Envelope<_> = match json_text(&profile, "profile") {
        Ok(text) => api::calendar(&text, as_of).into(),
        Err(e) => Err(e).into(),
    };
    to_js(&envelope)
}

/// The findings as CSV for Excel (UTF-8 with byte-order mark).
#[wasm_bindgen(js_name = findingsCsv, unchecked_return_type = "Result<string>")]
pub fn findings_csv(
    #[wasm_bindgen(unchecked_param_type = "Profile | string")] profile: JsValue,
    as_of: &str,
) -> JsValue {
    let envelope: Envelope<_> = match json_text(&profile, "profile") {
        Ok(text) => api::findings_csv(&text, as_of).into(),
        Err(e) => Err(e).into(),
    };
    to_js(&envelope)
}

/// A self-check file (text) for a profile as of a date, with its 整改台账
/// (optional: a `Ledger`, rule id → line, or its JSON text).
#[wasm_bindgen(unchecked_return_type = "Result<string>")]
pub fn save(
    #[wasm_bindgen(unchecked_param_type = "Profile | string")] profile: JsValue,
    as_of: &str,
    ledger: Option<LedgerArg>,
) -> JsValue {
    let ledger = match ledger.map(JsValue::from) {
        Some(ledger) if !ledger.is_undefined() && !ledger.is_null() => {
            json_text(&ledger, "ledger").map(Some)
        }
        _ => Ok(None),
    };
    let envelope: Envelope<_> = match (json_text(&profile, "profile"), ledger) {
        (Ok(text), Ok(ledger)) => api::save_with_ledger(&text, as_of, ledger.as_deref()).into(),
        (Err(e), _) | (_, Err(e)) => Err(e).into(),
    };
    to_js(&envelope)
}

/// Reads a saved self-check file (text), or says which field is wrong.
#[wasm_bindgen(js_name = readSaved, unchecked_return_type = "Result<SavedCheck>")]
pub fn read_saved(text: &str) -> JsValue {
    let envelope: Envelope<_> = api::read_saved(text).into();
    to_js(&envelope)
}

/// Compares two saved self-check files (texts): fixed, new, unchanged.
#[wasm_bindgen(unchecked_return_type = "Result<Comparison>")]
pub fn compare(before: &str, after: &str) -> JsValue {
    let envelope: Envelope<_> = api::compare(before, after).into();
    to_js(&envelope)
}

/// The questions to ask for a (possibly partial) profile.
#[wasm_bindgen(unchecked_return_type = "Result<QuestionGroup[]>")]
pub fn questionnaire(
    #[wasm_bindgen(unchecked_param_type = "Profile | string")] profile: JsValue,
) -> JsValue {
    let envelope: Envelope<_> = match json_text(&profile, "profile") {
        Ok(text) => api::questionnaire(&text).into(),
        Err(e) => Err(e).into(),
    };
    to_js(&envelope)
}

/// Every jurisdiction with the documents it applies.
#[wasm_bindgen(unchecked_return_type = "JurisdictionView[]")]
pub fn jurisdictions() -> JsValue {
    to_js(&api::jurisdictions())
}

/// The rules of the catalog, all or those of one jurisdiction.
#[wasm_bindgen(unchecked_return_type = "Result<RuleView[]>")]
pub fn rules(
    #[wasm_bindgen(unchecked_param_type = "JurisdictionCode | undefined")] jurisdiction: Option<
        String,
    >,
) -> JsValue {
    let envelope: Envelope<_> = jurisdiction
        .as_deref()
        .map(api::parse_jurisdiction)
        .transpose()
        .map(api::rules)
        .into();
    to_js(&envelope)
}

/// The whole text of an article, e.g. `article("JS", "第六条")`.
#[wasm_bindgen(unchecked_return_type = "Result<ArticleView>")]
pub fn article(
    #[wasm_bindgen(unchecked_param_type = "DocumentCode")] document: &str,
    label: &str,
) -> JsValue {
    let envelope: Envelope<_> = api::article(document, label).into();
    to_js(&envelope)
}

/// The Chinese labels of outcomes, groups and conclusions.
#[wasm_bindgen(unchecked_return_type = "Labels")]
pub fn labels() -> JsValue {
    to_js(&api::labels())
}

/// The catalog version every report names.
#[wasm_bindgen(js_name = catalogVersion)]
pub fn catalog_version() -> String {
    crate::catalog::CATALOG_VERSION.to_string()
}

/// Whether this build has the compliance self-audit of designated
/// institutions (the page's first build does not; it fetches the full one
/// when the self-audit is chosen).
#[wasm_bindgen(js_name = hasAudit)]
pub fn has_audit() -> bool {
    crate::catalog::HAS_AUDIT
}

/// The liquidated damages of a consequence (a finding's `risks[].id`) for an
/// amount in yuan, the `nth` time: `damages("nt.a65.t65-2", "1500", "1")`.
#[wasm_bindgen(unchecked_return_type = "Result<DamagesView>")]
pub fn damages(#[wasm_bindgen(js_name = riskId)] risk_id: &str, base: &str, nth: &str) -> JsValue {
    let envelope: Envelope<_> = api::damages(risk_id, base, nth).into();
    to_js(&envelope)
}
