//! Reading a profile from JSON, with errors in Chinese that name the field.

use serde::Serialize;

use super::choices::{Choice, Jurisdiction};
use super::questions::{self, AnswerKind};
use super::{Profile, PROFILE_FORMAT};

/// Why an input could not be used: the field (JSON path) and the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InputError {
    /// The JSON path of the offending field, e.g. `institution.beds`; `None`
    /// when the input is not JSON at all.
    pub field: Option<String>,
    /// The reason, in Chinese, naming the field and what is expected.
    pub message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for InputError {}

impl InputError {
    pub fn new(field: Option<&str>, message: impl Into<String>) -> InputError {
        InputError {
            field: field.map(str::to_string),
            message: message.into(),
        }
    }
}

/// Reads a profile from JSON text.
///
/// # Errors
/// Refuses text that is not JSON, a field the format does not have, a value
/// of the wrong type or outside its set, a missing `jurisdiction`, and a
/// `format` other than [`PROFILE_FORMAT`]; the error names the field.
pub fn parse_profile(json: &str) -> Result<Profile, InputError> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let profile: Profile = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|e| explain(e.path().to_string(), e.inner()))?;
    deserializer
        .end()
        .map_err(|e| explain(".".to_string(), &e))?;
    if let Some(format) = &profile.format {
        if format != PROFILE_FORMAT {
            return Err(InputError::new(
                Some("format"),
                format!("字段「format」为 \"{format}\"，本版本只能读取 \"{PROFILE_FORMAT}\"。"),
            ));
        }
    }
    Ok(profile)
}

/// Turns a serde error at `path` into a Chinese message naming the field.
fn explain(path: String, error: &serde_json::Error) -> InputError {
    use serde_json::error::Category;
    let text = error.to_string();
    let position = format!("（第 {} 行第 {} 列）", error.line(), error.column());
    match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => InputError::new(
            None,
            format!("输入不是有效的 JSON{position}，请检查括号、引号和逗号。"),
        ),
        Category::Data => explain_data(path, &text),
    }
}

fn explain_data(path: String, text: &str) -> InputError {
    let path = if path == "." { String::new() } else { path };
    if let Some(name) = between(text, "missing field `", "`") {
        let field = join_path(&path, name);
        return InputError::new(
            Some(&field),
            format!("缺少必填字段「{field}」{}。", describe_field(&field)),
        );
    }
    if let Some(name) = between(text, "unknown field `", "`") {
        let field = if path.ends_with(name) {
            path.clone()
        } else {
            join_path(&path, name)
        };
        let parent = field.rsplit_once('.').map_or("", |(p, _)| p);
        let known = known_fields(parent);
        let hint = if known.is_empty() {
            String::new()
        } else {
            format!("此处可用的字段有：{}。", known.join("、"))
        };
        return InputError::new(
            Some(&field),
            format!("未知字段「{field}」：本格式没有这一项（可能拼写有误）。{hint}"),
        );
    }
    let received = received_value(text);
    let expectation = expectation_of(&path);
    let label = questions::by_id(&path)
        .map(|q| format!("「{}」（{}）", q.label, path))
        .unwrap_or_else(|| format!("字段「{path}」"));
    InputError::new(
        Some(&path),
        format!("{label}填写有误：{expectation}{received}。"),
    )
}

fn join_path(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_string()
    } else {
        format!("{parent}.{name}")
    }
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let len = text.get(from..)?.find(end)?;
    text.get(from..from + len)
}

/// What the offending value was, as far as serde tells.
fn received_value(text: &str) -> String {
    if let Some(found) = between(text, "invalid type: ", ", expected") {
        return format!("，收到的是 {found}");
    }
    if let Some(found) = between(text, "unknown variant `", "`") {
        return format!("，收到的是 \"{found}\"");
    }
    if let Some(found) = between(text, "invalid value: ", ", expected") {
        return format!("，收到的是 {found}");
    }
    String::new()
}

fn expectation_of(path: &str) -> String {
    if path == "jurisdiction" {
        return AnswerKind::Choice {
            options: Jurisdiction::OPTIONS,
        }
        .expectation();
    }
    match questions::by_id(path) {
        Some(q) => q.kind.expectation(),
        None if path == "format" => format!("应为 \"{PROFILE_FORMAT}\""),
        None => "应为一个对象（{ … }）".to_string(),
    }
}

fn describe_field(field: &str) -> &'static str {
    match field {
        "jurisdiction" => "（适用地区，如 \"jiangsu\"、\"nantong\"、\"guangdong\"、\"jieyang\"、\"zhongshan\"、\"jilin\"）",
        _ => "",
    }
}

/// The fields that may stand under `parent` (`""` for the top level).
fn known_fields(parent: &str) -> Vec<String> {
    if parent.is_empty() {
        let mut fields = vec!["format".to_string(), "jurisdiction".to_string()];
        for q in questions::ALL {
            if let Some((section, _)) = q.id.split_once('.') {
                if !fields.iter().any(|f| f == section) {
                    fields.push(section.to_string());
                }
            }
        }
        return fields;
    }
    questions::ALL
        .iter()
        .filter_map(|q| q.id.strip_prefix(parent)?.strip_prefix('.'))
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(json: &str) -> InputError {
        match parse_profile(json) {
            Ok(profile) => panic!("accepted: {profile:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn a_minimal_profile_names_only_its_jurisdiction() {
        let profile = parse_profile(r#"{"jurisdiction":"jilin"}"#).expect("minimal profile");
        assert_eq!(profile.jurisdiction, Jurisdiction::Jilin);
        assert_eq!(profile.institution.beds, None);
    }

    #[test]
    fn an_unknown_field_is_refused_with_its_path_and_the_fields_that_exist() {
        let e = error_of(r#"{"jurisdiction":"jiangsu","institution":{"bedz":3}}"#);
        assert_eq!(e.field.as_deref(), Some("institution.bedz"));
        assert!(
            e.message.contains("未知字段「institution.bedz」"),
            "{}",
            e.message
        );
        assert!(e.message.contains("beds"), "{}", e.message);
        let top = error_of(r#"{"jurisdiction":"jiangsu","instituion":{}}"#);
        assert_eq!(top.field.as_deref(), Some("instituion"));
        assert!(top.message.contains("institution"), "{}", top.message);
    }

    #[test]
    fn a_wrong_type_is_refused_naming_the_question_and_what_is_expected() {
        let e = error_of(r#"{"jurisdiction":"jiangsu","institution":{"beds":"一百"}}"#);
        assert_eq!(e.field.as_deref(), Some("institution.beds"));
        assert!(e.message.contains("「床位数」"), "{}", e.message);
        assert!(e.message.contains("不小于 0 的整数"), "{}", e.message);
        assert!(e.message.contains("一百"), "{}", e.message);
        let negative = error_of(r#"{"jurisdiction":"jiangsu","institution":{"beds":-1}}"#);
        assert_eq!(negative.field.as_deref(), Some("institution.beds"));
    }

    #[test]
    fn a_bad_date_is_refused_with_the_expected_format() {
        let e = error_of(
            r#"{"jurisdiction":"jiangsu","institution":{"operating_since":"2026/05/01"}}"#,
        );
        assert_eq!(e.field.as_deref(), Some("institution.operating_since"));
        assert!(e.message.contains("YYYY-MM-DD"), "{}", e.message);
        let impossible = error_of(
            r#"{"jurisdiction":"jiangsu","institution":{"operating_since":"2026-02-30"}}"#,
        );
        assert_eq!(
            impossible.field.as_deref(),
            Some("institution.operating_since")
        );
    }

    #[test]
    fn an_unknown_choice_lists_the_allowed_values() {
        let e = error_of(r#"{"jurisdiction":"shanghai"}"#);
        assert_eq!(e.field.as_deref(), Some("jurisdiction"));
        assert!(e.message.contains("jiangsu（江苏）"), "{}", e.message);
        assert!(e.message.contains("shanghai"), "{}", e.message);
        let kind = error_of(r#"{"jurisdiction":"jilin","institution":{"kind":"spa"}}"#);
        assert_eq!(kind.field.as_deref(), Some("institution.kind"));
        assert!(kind.message.contains("综合医院"), "{}", kind.message);
    }

    #[test]
    fn a_missing_jurisdiction_and_broken_json_are_explained() {
        let e = error_of(r#"{"institution":{}}"#);
        assert_eq!(e.field.as_deref(), Some("jurisdiction"));
        assert!(
            e.message.contains("缺少必填字段「jurisdiction」"),
            "{}",
            e.message
        );
        let broken = error_of(r#"{"jurisdiction":"jilin",}"#);
        assert_eq!(broken.field, None);
        assert!(broken.message.contains("第 1 行"), "{}", broken.message);
        let trailing = error_of(r#"{"jurisdiction":"jilin"} x"#);
        assert_eq!(trailing.field, None);
    }

    #[test]
    fn another_format_version_is_refused() {
        let e = error_of(r#"{"format":"dingdian-profile/9","jurisdiction":"jilin"}"#);
        assert_eq!(e.field.as_deref(), Some("format"));
        assert!(parse_profile(r#"{"format":"dingdian-profile/1","jurisdiction":"jilin"}"#).is_ok());
    }
}
