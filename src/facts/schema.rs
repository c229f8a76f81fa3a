//! The profile format as a JSON Schema (draft 2020-12), generated from the
//! questions every field is read through, so that a portal can validate a
//! profile on its own server with the same words the page uses.

use serde_json::{json, Map, Value};

use super::choices::{Choice, Jurisdiction};
use super::questions::{self, AnswerKind, QuestionInfo, Section};
use super::PROFILE_FORMAT;

/// The schema's identifier; it names the profile format version it describes.
pub const SCHEMA_ID: &str = "urn:dingdian:schema:profile:1";

fn enum_values(options: &[super::choices::ChoiceOption]) -> Vec<Value> {
    options.iter().map(|o| json!(o.value)).collect()
}

fn option_labels(options: &[super::choices::ChoiceOption]) -> String {
    options
        .iter()
        .map(|o| format!("{}：{}", o.value, o.label))
        .collect::<Vec<_>>()
        .join("；")
}

/// A `YYYY-MM-DD` date that exists (leap years included), for years 0000
/// to 9999: what the profile reader takes (`dates::parse_iso_date`). A
/// pattern rather than `"format": "date"`, which a validator checks only
/// with extra set-up (ajv-formats) and refuses in strict mode without it.
pub const DATE_PATTERN: &str = concat!(
    "^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])",
    "|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)",
    "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$"
);

/// Text without control characters (C0, DEL, C1: `char::is_control`) and
/// without a lone surrogate (`\ud800`, a JSON string that stands for no
/// character), both of which the reader refuses. Validators match patterns
/// on code points (ajv's `u` flag), where only a lone surrogate falls in
/// the surrogate range.
pub const TEXT_PATTERN: &str = "^[^\\u0000-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF]*$";

/// The bound of every number of a measure: the reader takes whole parts up
/// to a trillion, so anything below a trillion and one.
pub const MEASURE_BOUND: u64 = 1_000_000_000_001;

/// `{type}` or `null`: every answer may be `null`, which means "not answered".
fn nullable(kind: &str) -> Value {
    json!([kind, "null"])
}

fn property(q: &QuestionInfo) -> Value {
    let mut description = q.help.to_string();
    let mut p = match q.kind {
        AnswerKind::YesNo | AnswerKind::Checkbox => json!({ "$ref": "#/$defs/yes_no" }),
        AnswerKind::Date => json!({ "$ref": "#/$defs/date" }),
        AnswerKind::Count => json!({ "$ref": "#/$defs/count" }),
        AnswerKind::Text => json!({ "$ref": "#/$defs/text" }),
        AnswerKind::Choice { options } => {
            labels_into(&mut description, options);
            let mut values = enum_values(options);
            values.push(Value::Null);
            json!({ "type": nullable("string"), "enum": values })
        }
        AnswerKind::MultiChoice { options } => {
            labels_into(&mut description, options);
            json!({
                "type": nullable("array"),
                "items": { "type": "string", "enum": enum_values(options) }
            })
        }
        AnswerKind::Measure => {
            description.push_str(if description.is_empty() { "" } else { "\n" });
            description.push_str(
                "数值最多 4 位小数（JSON Schema 无法检查小数位数，引擎拒收更多位小数）。",
            );
            let number = json!({ "$ref": "#/$defs/measure_number" });
            json!({
                "oneOf": [
                    { "type": "null" },
                    {
                        "type": "object",
                        "required": ["numerator", "denominator"],
                        "properties": { "numerator": number, "denominator": number },
                        "additionalProperties": false
                    },
                    {
                        "type": "object",
                        "required": ["percent"],
                        "properties": { "percent": number },
                        "additionalProperties": false
                    }
                ]
            })
        }
    };
    if let Some(map) = p.as_object_mut() {
        map.insert("title".into(), json!(q.label));
        if !description.is_empty() {
            map.insert("description".into(), json!(description));
        }
    }
    p
}

/// Adds the options' Chinese names to a description (a standard annotation
/// rather than a keyword of our own, which strict validators refuse).
fn labels_into(description: &mut String, options: &[super::choices::ChoiceOption]) {
    if !description.is_empty() {
        description.push('\n');
    }
    description.push_str("选项：");
    description.push_str(&option_labels(options));
}

/// The JSON Schema of the profile format, `dingdian-profile/1`.
pub fn profile_schema() -> Value {
    let mut sections: Map<String, Value> = Map::new();
    for section in Section::ALL {
        for q in questions::all().filter(|q| q.section == section) {
            let Some((object, field)) = q.id.split_once('.') else {
                continue;
            };
            let entry = sections.entry(object.to_string()).or_insert_with(
                || json!({ "type": "object", "additionalProperties": false, "properties": {} }),
            );
            if let Some(props) = entry.get_mut("properties").and_then(Value::as_object_mut) {
                props.insert(field.to_string(), property(q));
            }
        }
    }
    let mut properties = Map::new();
    properties.insert(
        "format".into(),
        json!({ "enum": [PROFILE_FORMAT, null], "title": "格式标记（可省略）" }),
    );
    let mut jurisdictions = String::new();
    labels_into(&mut jurisdictions, Jurisdiction::OPTIONS);
    properties.insert(
        "jurisdiction".into(),
        json!({
            "type": "string",
            "enum": enum_values(Jurisdiction::OPTIONS),
            "title": "所在地区（必填）",
            "description": jurisdictions
        }),
    );
    properties.extend(sections);
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "dingdian 机构信息（dingdian-profile/1）",
        "description": "医保定点自查的机构信息。除 jurisdiction 外各项均可省略或为 null：未答的项使相关结论为“需补充信息”。本 Schema 与引擎接受、拒收同样的机构信息，只有 JSON Schema 看不到的三处例外：同一对象中重复的字段名（解析后只剩一个，引擎拒收）；比率数值的小数位数（最多 4 位，引擎拒收更多位）；位数超出双精度浮点数的数值（校验器只见到舍入后的值，引擎按所写的精确值判断）。",
        "type": "object",
        "additionalProperties": false,
        "required": ["jurisdiction"],
        "properties": properties,
        "$defs": {
            "yes_no": { "type": nullable("boolean"), "description": "true（是）或 false（否）；null 为未答" },
            "date": { "type": nullable("string"), "pattern": DATE_PATTERN, "description": "日期 YYYY-MM-DD；null 为未答" },
            "count": { "type": nullable("integer"), "minimum": 0, "maximum": u32::MAX, "description": "不小于 0 的整数（100 与 100.0 相同）；null 为未答" },
            "text": { "type": nullable("string"), "pattern": TEXT_PATTERN, "description": "文字；null 为未答" },
            "measure_number": { "type": "number", "minimum": 0, "exclusiveMaximum": MEASURE_BOUND, "description": "不小于 0 的数，最多 4 位小数" }
        }
    })
}

/// The saved self-check file's identifier.
pub const SAVED_SCHEMA_ID: &str = "urn:dingdian:schema:selfcheck:1";

/// The members of a saved self-check file as this version writes them
/// (`api::SavedCheck`), each with its schema in [`saved_member`]; a test
/// checks them against what `api::save` writes.
pub const SAVED_MEMBERS: &[&str] = &["format", "as_of", "profile", "result"];

/// The members a saved file must have (`result` is written by newer
/// versions, for `verify`; older files lack it).
const SAVED_REQUIRED: &[&str] = &["format", "as_of", "profile"];

/// The schema of one member of a saved self-check file, by its name in
/// [`SAVED_MEMBERS`]; `None` for a name it does not know (a test checks
/// that every member has one).
fn saved_member(name: &str) -> Option<Value> {
    Some(match name {
        "format" => json!({ "const": crate::api::SAVED_FORMAT, "title": "格式标记" }),
        "as_of" => {
            json!({ "type": "string", "pattern": DATE_PATTERN, "title": "自查日期（YYYY-MM-DD）" })
        }
        "profile" => json!({ "$ref": "#/$defs/profile", "title": "机构信息" }),
        "result" => json!({
            "type": "object",
            "title": "保存时的结论（规则目录版本、规则指纹、结论与逐条结果），供经办机构核对"
        }),
        _ => return None,
    })
}

/// The JSON Schema of a saved self-check file (`dingdian-selfcheck/1`, what
/// `save()` writes and `readSaved()` reads), generated from its members and
/// the profile schema, which is inside it (`$defs`), so that it stands
/// alone. It describes the files this version writes: a file with members
/// of a newer version does not pass it.
pub fn saved_schema() -> Value {
    let mut properties = Map::new();
    for name in SAVED_MEMBERS {
        properties.insert(
            (*name).to_string(),
            saved_member(name).unwrap_or(Value::Null),
        );
    }
    // The profile schema's own definitions move up beside it, where its
    // references (`#/$defs/…`) find them in this document.
    let mut profile = profile_schema();
    let mut defs = Map::new();
    if let Some(map) = profile.as_object_mut() {
        map.remove("$schema");
        map.remove("$id");
        if let Some(Value::Object(inner)) = map.remove("$defs") {
            defs.extend(inner);
        }
    }
    defs.insert("profile".into(), profile);
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SAVED_SCHEMA_ID,
        "title": "dingdian 自查文件（dingdian-selfcheck/1）",
        "description": "页面“保存为自查文件”和 save() 写出、readSaved() 读取的文件：自查日期与机构信息。",
        "type": "object",
        "additionalProperties": false,
        "required": SAVED_REQUIRED,
        "properties": properties,
        "$defs": defs
    })
}

/// The profile format as TypeScript declarations, generated like the schema:
/// `Profile` and one interface per section, every field optional but
/// `jurisdiction`.
pub fn profile_typescript() -> String {
    use std::fmt::Write;
    fn union(options: &[super::choices::ChoiceOption]) -> String {
        options
            .iter()
            .map(|o| format!("\"{}\"", o.value))
            .collect::<Vec<_>>()
            .join(" | ")
    }
    fn pascal(snake: &str) -> String {
        snake
            .split('_')
            .map(|w| {
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default()
            })
            .collect()
    }
    let mut out = String::from(
        "// Generated from the Rust types by `cargo test --test published` (UPDATE_PUBLISHED=1). Do not edit.\n\n",
    );
    let _ = writeln!(
        out,
        "/** 所在地区 */\nexport type JurisdictionCode = {};\n",
        union(Jurisdiction::OPTIONS)
    );
    let mut sections: Vec<&str> = Vec::new();
    for q in questions::all() {
        if let Some((section, _)) = q.id.split_once('.') {
            if !sections.contains(&section) {
                sections.push(section);
            }
        }
    }
    for section in &sections {
        let _ = writeln!(out, "export interface Profile{} {{", pascal(section));
        for q in questions::all().filter(|q| q.id.split_once('.').map(|(s, _)| s) == Some(*section))
        {
            let field = q.id.split_once('.').map_or("", |(_, f)| f);
            let ty = match q.kind {
                AnswerKind::YesNo | AnswerKind::Checkbox => "boolean".to_string(),
                AnswerKind::Date => "string".to_string(),
                AnswerKind::Count => "number".to_string(),
                AnswerKind::Text => "string".to_string(),
                AnswerKind::Choice { options } => union(options),
                AnswerKind::MultiChoice { options } => format!("Array<{}>", union(options)),
                AnswerKind::Measure => {
                    "{ numerator: number; denominator: number } | { percent: number }".to_string()
                }
            };
            let date = if q.kind == AnswerKind::Date {
                "（YYYY-MM-DD）"
            } else {
                ""
            };
            let _ = writeln!(out, "  /** {}{date} */\n  {field}?: {ty} | null;", q.label);
        }
        let _ = writeln!(out, "}}\n");
    }
    let _ = writeln!(
        out,
        "/** 机构信息（{PROFILE_FORMAT}） */\nexport interface Profile {{\n  format?: \"{PROFILE_FORMAT}\";\n  jurisdiction: JurisdictionCode;"
    );
    for section in &sections {
        let _ = writeln!(out, "  {section}?: Profile{};", pascal(section));
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_has_a_property_at_its_path() {
        let schema = profile_schema();
        for q in questions::all() {
            let (object, field) = q.id.split_once('.').expect("section.field");
            let property = &schema["properties"][object]["properties"][field];
            assert!(property.is_object(), "{} missing from the schema", q.id);
            assert_eq!(property["title"], q.label);
        }
        assert_eq!(schema["required"], json!(["jurisdiction"]));
        assert_eq!(schema["$id"], SCHEMA_ID);
    }

    /// The saved file's schema has a member for each name the reader
    /// accepts, and those are the members `save` writes.
    #[test]
    fn the_saved_schema_has_the_members_save_writes_and_read_saved_reads() {
        let schema = saved_schema();
        for name in SAVED_MEMBERS {
            assert!(
                saved_member(name).is_some(),
                "no schema for the member {name}"
            );
        }
        let saved = crate::api::save(r#"{"jurisdiction":"jilin"}"#, "2026-11-22").expect("saved");
        let saved: Value = serde_json::from_str(&saved).expect("json");
        let written: Vec<&String> = saved.as_object().expect("object").keys().collect();
        let listed: Vec<&String> = schema["properties"]
            .as_object()
            .expect("members")
            .keys()
            .collect();
        assert_eq!(written, listed);
        assert_eq!(
            schema["$defs"]["profile"]["properties"],
            profile_schema()["properties"]
        );
    }

    /// The schema covers every field the Rust type has: a profile with every
    /// field set serialises to keys that all stand in the schema.
    #[test]
    fn the_schema_has_every_field_of_the_profile_type() {
        let full = serde_json::to_value(crate::catalog::testing::baseline(Jurisdiction::Jiangsu))
            .expect("json");
        let schema = profile_schema();
        for (section, fields) in full.as_object().expect("object") {
            let in_schema = &schema["properties"][section];
            assert!(in_schema.is_object(), "{section} missing from the schema");
            if let Some(fields) = fields.as_object() {
                for field in fields.keys() {
                    assert!(
                        in_schema["properties"][field].is_object(),
                        "{section}.{field} missing from the schema"
                    );
                }
            }
        }
    }
}
