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
    /// `Reflect.get`: a property of a JS object.
    #[wasm_bindgen(js_namespace = Reflect, js_name = get, catch)]
    fn reflect_get(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;
    /// A 整改台账 as `save` takes it: an object of rule id → line, or its
    /// JSON text (typed for TypeScript; converted like a profile).
    #[wasm_bindgen(typescript_type = "Ledger | string")]
    pub type LedgerArg;
    /// The browser's `JSON.stringify`.
    #[wasm_bindgen(js_namespace = JSON, js_name = stringify, catch)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;
    /// JavaScript's `String(value)`, for numbers given where text is expected.
    #[wasm_bindgen(js_name = String, catch)]
    fn js_string(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// Serialises to JSON text and lets the browser's `JSON.parse` build the
/// object: one serialiser for the native and the wasm boundary (the same
/// bytes as the CLI's JSON), which keeps the module small; the fast one
/// (`crate::json`), as a check's report is most of a check's time. Should
/// either step fail, the caller still gets a failure result, never `null`.
fn to_js<T: Serialize>(value: &T) -> JsValue {
    crate::json::to_string(value)
        .ok()
        .and_then(|text| json_parse(&text).ok())
        .or_else(|| {
            json_parse(r#"{"type":"failure","errors":[{"field":null,"message":"内部错误：结果无法转换为 JSON。"}]}"#).ok()
        })
        .unwrap_or(JsValue::NULL)
}

/// What a JavaScript value is, in Chinese, for an error message.
fn kind_of(value: &JsValue) -> &'static str {
    if value.is_undefined() {
        "undefined（未提供）"
    } else if value.is_null() {
        "null"
    } else if value.as_bool().is_some() {
        "布尔值"
    } else if value.as_f64().is_some() {
        "数字"
    } else if value.is_bigint() {
        "BigInt"
    } else if value.is_symbol() {
        "Symbol"
    } else if value.is_function() {
        "函数"
    } else {
        "对象"
    }
}

/// A text argument, or the error naming it (`field`, in Chinese `name`).
fn text_arg(value: &JsValue, field: &str, name: &str) -> Result<String, InputError> {
    value.as_string().ok_or_else(|| {
        InputError::new(
            Some(field),
            format!("{name}（{field}）应为文字，收到的是{}。", kind_of(value)),
        )
    })
}

/// A profile given either as JSON text or as a plain object.
fn json_text(input: &JsValue, field: &str) -> Result<String, InputError> {
    if let Some(text) = input.as_string() {
        return Ok(text);
    }
    let refuse = || {
        InputError::new(
            Some(field),
            format!(
                "「{field}」应为 JSON 文本或对象，收到的是{}。",
                kind_of(input)
            ),
        )
    };
    if input.is_undefined() || input.is_function() || input.is_symbol() {
        return Err(refuse());
    }
    json_stringify(input)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(refuse)
}

/// Both errors at once, as the native API reports a profile and a date.
fn both<A, B>(
    a: Result<A, InputError>,
    b: Result<B, InputError>,
) -> Result<(A, B), Vec<InputError>> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (a, b) => Err([a.err(), b.err()].into_iter().flatten().collect()),
    }
}

/// A profile (object or JSON text) and an as-of date, as `check` and the
/// other calls on a profile take them.
fn profile_and_date(
    profile: &JsValue,
    as_of: &JsValue,
) -> Result<(String, String), Vec<InputError>> {
    both(
        json_text(profile, "profile"),
        text_arg(as_of, "as_of", "自查日期"),
    )
}

/// The answer of an export the page's first engine leaves to the full one,
/// given before anything else so that the compiler drops the rest of the
/// export (its result type's serialiser included) from that build.
fn full_build_only() -> Option<JsValue> {
    (!crate::catalog::HAS_AUDIT).then(|| to_js(&Envelope::<()>::from(Err(api::full_build_only()))))
}

/// Checks a profile (object or JSON text) as of a date (`YYYY-MM-DD`).
#[wasm_bindgen(unchecked_return_type = "Result<Report>")]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "Profile | string | unknown")] profile: JsValue,
    #[wasm_bindgen(js_name = asOf, unchecked_param_type = "string | unknown")] as_of: JsValue,
) -> JsValue {
    let envelope: Envelope<_> = profile_and_date(&profile, &as_of)
        .and_then(|(p, d)| api::check(&p, &d))
        .into();
    to_js(&envelope)
}

/// The report's dates as an iCalendar (.ics) text; `options.now` is the
/// creation time (DTSTAMP), `options.includePast` keeps past dates.
#[wasm_bindgen(unchecked_return_type = "Result<string>")]
pub fn calendar(
    #[wasm_bindgen(unchecked_param_type = "Profile | string | unknown")] profile: JsValue,
    #[wasm_bindgen(js_name = asOf, unchecked_param_type = "string | unknown")] as_of: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CalendarOptions")] options: Option<JsValue>,
) -> JsValue {
    if let Some(refused) = full_build_only() {
        return refused;
    }
    // The two options read as properties (no JSON object to parse, which
    // keeps the page's engine small); a value of the wrong kind is refused.
    let option = |name: &str| {
        options
            .as_ref()
            .filter(|o| o.is_object())
            .and_then(|o| reflect_get(o, &JsValue::from_str(name)).ok())
            .filter(|v| !v.is_undefined() && !v.is_null())
    };
    let now = option("now").map(|v| v.as_string().unwrap_or_default());
    let past = option("includePast");
    let envelope: Envelope<_> = match (profile_and_date(&profile, &as_of), &past) {
        (Err(e), _) => Err(e).into(),
        (_, Some(p)) if p.as_bool().is_none() => Err(vec![InputError::new(
            Some("options.includePast"),
            "日历选项 includePast 应为 true 或 false。",
        )])
        .into(),
        (Ok((text, day)), _) => api::calendar_with(
            &text,
            &day,
            now.as_deref(),
            past.and_then(|p| p.as_bool()).unwrap_or(false),
        )
        .into(),
    };
    to_js(&envelope)
}

/// The findings as CSV for Excel (UTF-8 with byte-order mark).
#[wasm_bindgen(js_name = findingsCsv, unchecked_return_type = "Result<string>")]
pub fn findings_csv(
    #[wasm_bindgen(unchecked_param_type = "Profile | string | unknown")] profile: JsValue,
    #[wasm_bindgen(js_name = asOf, unchecked_param_type = "string | unknown")] as_of: JsValue,
) -> JsValue {
    if let Some(refused) = full_build_only() {
        return refused;
    }
    let envelope: Envelope<_> = profile_and_date(&profile, &as_of)
        .and_then(|(p, d)| api::findings_csv(&p, &d))
        .into();
    to_js(&envelope)
}

/// A self-check file (text) for a profile as of a date, with its 整改台账
/// (optional: a `Ledger`, rule id → line, or its JSON text).
#[wasm_bindgen(unchecked_return_type = "Result<string>")]
pub fn save(
    #[wasm_bindgen(unchecked_param_type = "Profile | string | unknown")] profile: JsValue,
    #[wasm_bindgen(js_name = asOf, unchecked_param_type = "string | unknown")] as_of: JsValue,
    ledger: Option<LedgerArg>,
) -> JsValue {
    if let Some(refused) = full_build_only() {
        return refused;
    }
    let ledger = match ledger.map(JsValue::from) {
        Some(ledger) if !ledger.is_undefined() && !ledger.is_null() => {
            json_text(&ledger, "ledger").map(Some)
        }
        _ => Ok(None),
    };
    let envelope: Envelope<_> = match (profile_and_date(&profile, &as_of), ledger) {
        (Ok((p, d)), Ok(ledger)) => api::save_with_ledger(&p, &d, ledger.as_deref()).into(),
        (Err(mut e), ledger) => {
            e.extend(ledger.err());
            Err(e).into()
        }
        (_, Err(e)) => Err(vec![e]).into(),
    };
    to_js(&envelope)
}

/// Reads a saved self-check file (text), or says which field is wrong.
#[wasm_bindgen(js_name = readSaved, unchecked_return_type = "Result<SavedCheck>")]
pub fn read_saved(
    #[wasm_bindgen(unchecked_param_type = "string | unknown")] text: JsValue,
) -> JsValue {
    if let Some(refused) = full_build_only() {
        return refused;
    }
    let envelope: Envelope<_> = text_arg(&text, "text", "自查文件内容")
        .map_err(|e| vec![e])
        .and_then(|t| api::read_saved(&t))
        .into();
    to_js(&envelope)
}

/// Re-runs a saved self-check file (text) with these rules: whether its
/// conclusion and `rules_hash` match, and which rules changed.
#[wasm_bindgen(unchecked_return_type = "Result<Verification>")]
pub fn verify(#[wasm_bindgen(unchecked_param_type = "string | unknown")] text: JsValue) -> JsValue {
    if let Some(refused) = full_build_only() {
        return refused;
    }
    let envelope: Envelope<_> = text_arg(&text, "text", "自查文件内容")
        .map_err(|e| vec![e])
        .and_then(|t| api::verify(&t))
        .into();
    to_js(&envelope)
}

/// Compares two saved self-check files (texts): fixed, new, unchanged.
#[wasm_bindgen(unchecked_return_type = "Result<Comparison>")]
pub fn compare(
    #[wasm_bindgen(unchecked_param_type = "string | unknown")] before: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | unknown")] after: JsValue,
) -> JsValue {
    if let Some(refused) = full_build_only() {
        return refused;
    }
    let envelope: Envelope<_> = both(
        text_arg(&before, "before", "较早的自查文件"),
        text_arg(&after, "after", "较晚的自查文件"),
    )
    .and_then(|(b, a)| api::compare(&b, &a))
    .into();
    to_js(&envelope)
}

/// The questions to ask for a (possibly partial) profile.
#[wasm_bindgen(unchecked_return_type = "Result<QuestionGroup[]>")]
pub fn questionnaire(
    #[wasm_bindgen(unchecked_param_type = "Profile | string | unknown")] profile: JsValue,
) -> JsValue {
    let envelope: Envelope<_> = json_text(&profile, "profile")
        .map_err(|e| vec![e])
        .and_then(|text| api::questionnaire(&text))
        .into();
    to_js(&envelope)
}

/// Every jurisdiction with the documents it applies.
#[wasm_bindgen(unchecked_return_type = "JurisdictionView[]")]
pub fn jurisdictions() -> JsValue {
    to_js(&api::jurisdictions())
}

/// The rules of the catalog, all (no argument, `undefined` or `null`) or
/// those of one jurisdiction.
#[wasm_bindgen(unchecked_return_type = "Result<RuleView[]>")]
pub fn rules(
    #[wasm_bindgen(unchecked_param_type = "JurisdictionCode | undefined | unknown")]
    jurisdiction: JsValue,
) -> JsValue {
    let envelope: Envelope<_> = if jurisdiction.is_undefined() || jurisdiction.is_null() {
        Ok(api::rules(None))
    } else {
        text_arg(&jurisdiction, "jurisdiction", "地区")
            .and_then(|code| api::parse_jurisdiction(&code))
            .map(|j| api::rules(Some(j)))
    }
    .into();
    to_js(&envelope)
}

/// The whole text of an article, e.g. `article("JS", "第六条")`.
#[wasm_bindgen(unchecked_return_type = "Result<ArticleView>")]
pub fn article(
    #[wasm_bindgen(unchecked_param_type = "DocumentCode | unknown")] document: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | unknown")] label: JsValue,
) -> JsValue {
    let envelope: Envelope<_> = both(
        text_arg(&document, "document", "文件代码"),
        text_arg(&label, "article", "条"),
    )
    .and_then(|(d, l)| api::article(&d, &l).map_err(|e| vec![e]))
    .into();
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

/// A whole number given as text or as a JavaScript number (its decimal
/// text, written by JavaScript so that the module carries no float
/// formatting).
fn number_arg(value: &JsValue, field: &str, name: &str) -> Result<String, InputError> {
    if value.as_f64().is_some() {
        if let Some(text) = js_string(value).ok().and_then(|t| t.as_string()) {
            return Ok(text);
        }
    }
    text_arg(value, field, name)
}

/// The liquidated damages of a consequence (a finding's `risks[].id`) for an
/// amount in yuan, the `nth` time: `damages("nt.a65.t65-2", "1500", "1")`.
#[wasm_bindgen(unchecked_return_type = "Result<DamagesView>")]
pub fn damages(
    #[wasm_bindgen(js_name = riskId, unchecked_param_type = "string | unknown")] risk_id: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | number | unknown")] base: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | number | unknown")] nth: JsValue,
) -> JsValue {
    let risk = text_arg(&risk_id, "risk", "违约后果编号");
    let base = number_arg(&base, "base", "违规费用（元）");
    let nth = if nth.is_undefined() {
        Ok("1".to_string())
    } else {
        number_arg(&nth, "nth", "第几次")
    };
    let envelope: Envelope<_> = match (risk, base, nth) {
        (Ok(r), Ok(b), Ok(n)) => api::damages(&r, &b, &n),
        (r, b, n) => Err([r.err(), b.err(), n.err()].into_iter().flatten().collect()),
    }
    .into();
    to_js(&envelope)
}
