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

fn property(q: &QuestionInfo) -> Value {
    let mut p = match q.kind {
        AnswerKind::YesNo | AnswerKind::Checkbox => json!({ "type": "boolean" }),
        AnswerKind::Date => json!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        }),
        AnswerKind::Count => {
            json!({ "type": "integer", "minimum": 0, "maximum": 4_294_967_295u64 })
        }
        AnswerKind::Text => json!({ "type": "string" }),
        AnswerKind::Choice { options } => json!({
            "type": "string",
            "enum": enum_values(options),
            "x-labels": option_labels(options)
        }),
        AnswerKind::MultiChoice { options } => json!({
            "type": "array",
            "items": { "type": "string", "enum": enum_values(options) },
            "uniqueItems": false,
            "x-labels": option_labels(options)
        }),
        AnswerKind::Measure => {
            let number = json!({ "type": "number", "minimum": 0 });
            json!({
                "type": "object",
                "oneOf": [
                    {
                        "required": ["numerator", "denominator"],
                        "properties": { "numerator": number, "denominator": number },
                        "additionalProperties": false
                    },
                    {
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
        if !q.help.is_empty() {
            map.insert("description".into(), json!(q.help));
        }
    }
    p
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
        json!({ "const": PROFILE_FORMAT, "title": "格式标记（可省略）" }),
    );
    properties.insert(
        "jurisdiction".into(),
        json!({
            "type": "string",
            "enum": enum_values(Jurisdiction::OPTIONS),
            "title": "所在地区（必填）",
            "x-labels": option_labels(Jurisdiction::OPTIONS)
        }),
    );
    properties.extend(sections);
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "dingdian 机构信息（dingdian-profile/1）",
        "description": "医保定点自查的机构信息。除 jurisdiction 外各项均可省略：省略的项使相关结论为“需补充信息”。",
        "type": "object",
        "additionalProperties": false,
        "required": ["jurisdiction"],
        "properties": properties
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
