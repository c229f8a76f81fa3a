//! Reading a profile from JSON, with errors in Chinese that name the field.

use chrono::NaiveDate;
use serde::de::IgnoredAny;
use serde::Serialize;

use super::choices::{Choice, ChoiceOption, Jurisdiction};
use super::compliance::{Decimal, Measure, Value};
use super::json::{array_items, leaf, object_entries, scaled_number, unexpected, Leaf};
use super::questions::{self, AnswerKind, FIELDS};
use super::schema::MEASURE_BOUND;
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
/// Refuses text that is not JSON, a field the format does not have, a field
/// given twice, a value of the wrong type or outside its set, a missing
/// `jurisdiction`, and a `format` other than [`PROFILE_FORMAT`]; the error
/// names the field. Syntax comes first; then the first wrong field in the
/// order of the text is the one reported.
///
/// Each answer is checked against the kind of its question
/// ([`questions::all`]); the checked object then becomes a [`Profile`].
pub fn parse_profile(json: &str) -> Result<Profile, InputError> {
    // A byte-order mark, as Windows editors write one, is not content.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    serde_json::from_str::<IgnoredAny>(json).map_err(|e| not_json(&e))?;
    let whole = json.trim();
    let entries = object_entries(whole).ok_or_else(|| {
        InputError::new(
            None,
            format!(
                "机构信息应为一个 JSON 对象（{{ … }}），收到的是 {}。",
                unexpected(whole)
            ),
        )
    })?;
    let mut profile = Profile {
        format: None,
        jurisdiction: Jurisdiction::Jiangsu,
        application: Default::default(),
        institution: Default::default(),
        staff: Default::default(),
        systems: Default::default(),
        it: Default::default(),
        history: Default::default(),
        materials: Default::default(),
        internet: Default::default(),
        pharmacy: Default::default(),
        procedure: Default::default(),
        compliance: Default::default(),
    };
    let mut jurisdiction = None;
    let mut seen: Vec<String> = Vec::new();
    for (key, raw) in entries {
        if seen.contains(&key) {
            return Err(duplicate_field(&key));
        }
        match key.as_str() {
            "format" => match leaf(raw) {
                Leaf::Str(text) => profile.format = Some(text),
                Leaf::Null => {}
                _ => return Err(wrong_value("format", &received(raw))),
            },
            "jurisdiction" => {
                let index = choice_index(Jurisdiction::OPTIONS, raw)
                    .map_err(|received| wrong_value("jurisdiction", &received))?;
                jurisdiction = Jurisdiction::VALUES.get(index).copied();
            }
            name if is_section(name) => read_section(&mut profile, name, raw)?,
            _ => return Err(unknown_field(&key)),
        }
        seen.push(key);
    }
    profile.jurisdiction = jurisdiction.ok_or_else(|| missing_field("jurisdiction"))?;
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

/// Reads the answers of the section `name` (`institution`, …) into the
/// profile, each checked against the kind of its question.
fn read_section(profile: &mut Profile, name: &str, raw: &str) -> Result<(), InputError> {
    let entries = object_entries(raw).ok_or_else(|| wrong_value(name, &received(raw)))?;
    let mut seen: Vec<String> = Vec::new();
    for (key, raw) in entries {
        let path = join_path(name, &key);
        if seen.contains(&key) {
            return Err(duplicate_field(&path));
        }
        let question = questions::by_id(&path).ok_or_else(|| unknown_field(&path))?;
        if let Some(answer) = check_answer(&path, question.kind, raw)? {
            if name == "compliance" {
                profile.compliance.set(question.id, answer.into_value());
            } else {
                set(profile, &path, answer).ok_or_else(|| {
                    InputError::new(
                        Some(&path),
                        format!("内部错误：字段「{path}」无法读取，请向开发者报告。"),
                    )
                })?;
            }
        }
        seen.push(key);
    }
    Ok(())
}

/// A checked answer, before it is written into its field.
pub(crate) enum Answer {
    YesNo(bool),
    Count(u32),
    Date(NaiveDate),
    Text(String),
    /// The index of the option in the question's list.
    Choice(usize),
    Choices(Vec<usize>),
    Measure(Measure),
}

impl Answer {
    /// The answer as the compliance map keeps it.
    fn into_value(self) -> Value {
        match self {
            Answer::YesNo(b) => Value::YesNo(b),
            Answer::Count(n) => Value::Count(n),
            Answer::Date(d) => Value::Text(d.to_string()),
            Answer::Text(t) => Value::Text(t),
            Answer::Choice(i) => Value::Choice(i),
            Answer::Choices(is) => Value::Choices(is),
            Answer::Measure(m) => Value::Measure(m),
        }
    }
}

/// Reads a measured share: `{ "numerator": n, "denominator": d }` or
/// `{ "percent": p }`; errors name the part (e.g. `….denominator`).
fn read_measure(path: &str, raw: &str) -> Result<Measure, InputError> {
    let entries = object_entries(raw).unwrap_or_default();
    let mut numerator = None;
    let mut denominator = None;
    let mut percent = None;
    for (key, value) in entries {
        let part = join_path(path, &key);
        let slot = match key.as_str() {
            "numerator" => &mut numerator,
            "denominator" => &mut denominator,
            "percent" => &mut percent,
            _ => {
                return Err(InputError::new(
                    Some(&part),
                    format!("未知字段「{part}」：指标只能填写 numerator（分子）和 denominator（分母），或 percent（比率，百分数）。"),
                ))
            }
        };
        if slot.is_some() {
            return Err(duplicate_field(&part));
        }
        // By value, as JSON reads it (`1e2`, `94.50`, `-0`), exactly.
        let number = scaled_number(value, 4)
            .map(Decimal::ten_thousandths)
            .filter(|n| *n < Decimal::whole(MEASURE_BOUND))
            .ok_or_else(|| {
                InputError::new(
                    Some(&part),
                    format!(
                        "「{part}」填写有误：应为不小于 0 的数，最多 4 位小数，收到的是 {}。",
                        unexpected(value)
                    ),
                )
            })?;
        *slot = Some(number);
    }
    let label = questions::by_id(path).map_or(path, |q| q.label);
    match (numerator, denominator, percent) {
        (Some(numerator), Some(denominator), None) => Ok(Measure::Ratio { numerator, denominator }),
        (None, None, Some(p)) => Ok(Measure::Percent(p)),
        _ => Err(InputError::new(
            Some(path),
            format!("「{label}」（{path}）填写有误：请同时填写分子（numerator）和分母（denominator），或只填写比率（percent）。"),
        )),
    }
}

/// Where a question's answer is written: the field, reached through a
/// function of the profile, by the kind of its value.
#[derive(Clone, Copy)]
pub(crate) enum Field {
    YesNo(fn(&mut Profile) -> &mut Option<bool>),
    Count(fn(&mut Profile) -> &mut Option<u32>),
    Date(fn(&mut Profile) -> &mut Option<NaiveDate>),
    Text(fn(&mut Profile) -> &mut Option<String>),
    Choice(fn(&mut Profile) -> &mut dyn ChoiceField),
}

/// A field holding one value, or a list of values, of a closed set.
pub(crate) trait ChoiceField {
    fn set_options(&mut self, answer: Answer) -> Option<()>;
    /// Forgets the answer (for tests that try answers one by one).
    #[cfg(test)]
    fn clear(&mut self);
}

impl<T: Choice> ChoiceField for Option<T> {
    #[cfg(test)]
    fn clear(&mut self) {
        *self = None;
    }
    fn set_options(&mut self, answer: Answer) -> Option<()> {
        let Answer::Choice(index) = answer else {
            return None;
        };
        *self = Some(*T::VALUES.get(index)?);
        Some(())
    }
}

impl<T: Choice> ChoiceField for Option<Vec<T>> {
    #[cfg(test)]
    fn clear(&mut self) {
        *self = None;
    }
    fn set_options(&mut self, answer: Answer) -> Option<()> {
        let Answer::Choices(indices) = answer else {
            return None;
        };
        *self = Some(
            indices
                .into_iter()
                .map(|i| T::VALUES.get(i).copied())
                .collect::<Option<Vec<T>>>()?,
        );
        Some(())
    }
}

/// Writes `answer` into the field at `id`; `None` when no field has that
/// id or the answer is not of the field's kind.
fn set(profile: &mut Profile, id: &str, answer: Answer) -> Option<()> {
    let &(_, field) = FIELDS.iter().find(|(path, _)| *path == id)?;
    match (field, answer) {
        (Field::YesNo(field), Answer::YesNo(value)) => *field(profile) = Some(value),
        (Field::Count(field), Answer::Count(value)) => *field(profile) = Some(value),
        (Field::Date(field), Answer::Date(value)) => *field(profile) = Some(value),
        (Field::Text(field), Answer::Text(value)) => *field(profile) = Some(value),
        (Field::Choice(field), answer) => field(profile).set_options(answer)?,
        _ => return None,
    }
    Some(())
}

/// Sets the answer to the question `id` from its JSON text `raw`, or
/// forgets it for `None`: for tests that try many answers on one profile
/// without reading the whole profile again each time.
#[cfg(test)]
pub(crate) fn set_answer(profile: &mut Profile, id: &str, raw: Option<&str>) -> Option<()> {
    let question = questions::by_id(id)?;
    let answer = match raw {
        Some(raw) => check_answer(id, question.kind, raw).ok()?,
        None => None,
    };
    if id.starts_with("compliance.") {
        match answer {
            Some(answer) => profile.compliance.set(question.id, answer.into_value()),
            None => profile.compliance.clear(id),
        }
        return Some(());
    }
    match answer {
        Some(answer) => set(profile, id, answer),
        None => {
            let &(_, field) = FIELDS.iter().find(|(path, _)| *path == id)?;
            match field {
                Field::YesNo(field) => *field(profile) = None,
                Field::Count(field) => *field(profile) = None,
                Field::Date(field) => *field(profile) = None,
                Field::Text(field) => *field(profile) = None,
                Field::Choice(field) => field(profile).clear(),
            }
            Some(())
        }
    }
}

/// `，收到的是 …` for a value of the wrong kind.
fn received(raw: &str) -> String {
    format!("，收到的是 {}", unexpected(raw))
}

/// The error for a value at `path` that is not what its field takes.
fn wrong_value(path: &str, received: &str) -> InputError {
    let expectation = expectation_of(path);
    let label = questions::by_id(path)
        .map(|q| format!("「{}」（{}）", q.label, path))
        .unwrap_or_else(|| format!("字段「{path}」"));
    InputError::new(
        Some(path),
        format!("{label}填写有误：{expectation}{received}。"),
    )
}

/// The error for a value at `path` that cannot be read at all, and why.
fn wrong_value_because(path: &str, reason: &str) -> InputError {
    let label = questions::by_id(path)
        .map(|q| format!("「{}」（{}）", q.label, path))
        .unwrap_or_else(|| format!("字段「{path}」"));
    InputError::new(Some(path), format!("{label}填写有误：{reason}。"))
}

fn unknown_field(field: &str) -> InputError {
    let parent = field.rsplit_once('.').map_or("", |(p, _)| p);
    let known = known_fields(parent);
    let hint = if known.is_empty() {
        String::new()
    } else {
        format!("此处可用的字段有：{}。", known.join("、"))
    };
    InputError::new(
        Some(field),
        format!("未知字段「{field}」：本格式没有这一项（可能拼写有误）。{hint}"),
    )
}

fn duplicate_field(field: &str) -> InputError {
    let label = questions::by_id(field)
        .map(|q| format!("「{}」（{}）", q.label, field))
        .unwrap_or_else(|| format!("字段「{field}」"));
    InputError::new(
        Some(field),
        format!("{label}填写了两次：每个字段只能出现一次。"),
    )
}

fn missing_field(field: &str) -> InputError {
    InputError::new(
        Some(field),
        format!("缺少必填字段「{field}」{}。", describe_field(field)),
    )
}

/// Where in `options` the string `raw` stands, or the error's `received`.
fn choice_index(options: &[ChoiceOption], raw: &str) -> Result<usize, String> {
    match leaf(raw) {
        Leaf::Str(s) => options
            .iter()
            .position(|o| o.value == s.as_str())
            .ok_or_else(|| format!("，收到的是 \"{s}\"")),
        _ => Err(received(raw)),
    }
}

/// Checks the answer at `path` against the kind of its question: the
/// answer, `None` for `null` (no answer), or the error.
fn check_answer(path: &str, kind: AnswerKind, raw: &str) -> Result<Option<Answer>, InputError> {
    let wrong = |received: String| wrong_value(path, &received);
    let answer = match (kind, leaf(raw)) {
        (_, Leaf::Null) => return Ok(None),
        (AnswerKind::YesNo | AnswerKind::Checkbox, Leaf::Bool(b)) => Answer::YesNo(b),
        (AnswerKind::Measure, Leaf::Object) if crate::catalog::HAS_AUDIT => {
            Answer::Measure(read_measure(path, raw)?)
        }
        (AnswerKind::Text, Leaf::Str(text)) if has_control(&text) => {
            return Err(control_characters(path))
        }
        (AnswerKind::Text, Leaf::Str(text)) => Answer::Text(text),
        // A whole number however written (`100`, `100.0`, `1e2`, `-0`), as
        // JSON and the JSON Schema read it.
        (AnswerKind::Count, Leaf::Unsigned(_) | Leaf::Float) => {
            match scaled_number(raw, 0).and_then(|n| u32::try_from(n).ok()) {
                Some(count) => Answer::Count(count),
                None => return Err(wrong(received(raw))),
            }
        }
        (_, Leaf::BadStr) => {
            return Err(wrong_value_because(
                path,
                "文字中有不成对的 \\u 代理项（如 \\ud800），不是有效的字符",
            ))
        }
        (AnswerKind::Date, Leaf::Str(text)) => match crate::dates::parse_iso_date(&text) {
            Some(date) => Answer::Date(date),
            None => return Err(wrong(String::new())),
        },
        (AnswerKind::Choice { options }, _) => {
            Answer::Choice(choice_index(options, raw).map_err(wrong)?)
        }
        (AnswerKind::MultiChoice { options }, Leaf::Array) => {
            let items = array_items(raw).unwrap_or_default();
            let mut chosen = Vec::with_capacity(items.len());
            for (index, item) in items.into_iter().enumerate() {
                match choice_index(options, item) {
                    Ok(option) => chosen.push(option),
                    Err(received) => {
                        let label = questions::by_id(path).map_or(path, |q| q.label);
                        let listed: Vec<String> = options
                            .iter()
                            .map(|o| format!("{}（{}）", o.value, o.label))
                            .collect();
                        return Err(InputError::new(
                            Some(path),
                            format!(
                                "「{label}」（{path}）第 {} 项填写有误：应取自：{}{received}。",
                                index.saturating_add(1),
                                listed.join("、")
                            ),
                        ));
                    }
                }
            }
            Answer::Choices(chosen)
        }
        _ => return Err(wrong(received(raw))),
    };
    Ok(Some(answer))
}

/// Whether `text` holds a control character (C0, DEL or C1: line breaks,
/// tabs, terminal escapes), which no answer needs and which would let an
/// answer forge lines or hide text wherever it is shown.
pub(crate) fn has_control(text: &str) -> bool {
    text.chars().any(char::is_control)
}

/// The error for a text answer with control characters: the message names
/// the question by its Chinese label (what the user sees); `field` keeps
/// the path.
fn control_characters(path: &str) -> InputError {
    let label = questions::by_id(path).map_or(path, |q| q.label);
    InputError::new(
        Some(path),
        format!("「{label}」中含有控制字符（如换行、制表符或终端转义符），请删去后再填。"),
    )
}

/// Whether `name` is a section of the profile (the part of a question id
/// before the dot).
fn is_section(name: &str) -> bool {
    questions::all().any(|q| {
        q.id.split_once('.')
            .is_some_and(|(section, _)| section == name)
    })
}

/// The error for text that is not JSON, with the line and column.
fn not_json(error: &serde_json::Error) -> InputError {
    InputError::new(
        None,
        format!(
            "输入不是有效的 JSON（第 {} 行第 {} 列），请检查括号、引号和逗号。",
            error.line(),
            error.column()
        ),
    )
}

fn join_path(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_string()
    } else {
        format!("{parent}.{name}")
    }
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
        for q in questions::all() {
            if let Some((section, _)) = q.id.split_once('.') {
                if !fields.iter().any(|f| f == section) {
                    fields.push(section.to_string());
                }
            }
        }
        return fields;
    }
    questions::all()
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

    /// The fields table (made with the questions) covers every question:
    /// an answer written at a question's path is read into the field at
    /// that path (as the profile
    /// writes itself out again).
    #[test]
    fn every_question_is_read_into_the_field_at_its_path() {
        use serde_json::json;
        for q in questions::all() {
            let value = match q.kind {
                AnswerKind::YesNo | AnswerKind::Checkbox => json!(true),
                AnswerKind::Date => json!("2026-05-01"),
                AnswerKind::Count => json!(7),
                AnswerKind::Text => json!("某医院"),
                AnswerKind::Choice { options } => json!(options.last().map(|o| o.value)),
                AnswerKind::MultiChoice { options } => {
                    json!(options.iter().map(|o| o.value).collect::<Vec<_>>())
                }
                AnswerKind::Measure => json!({"numerator": 960, "denominator": 1000.5}),
            };
            let (section, field) = q.id.split_once('.').expect("section.field");
            let input = json!({ "jurisdiction": "jilin", section: { field: value.clone() } });
            let profile = parse_profile(&input.to_string())
                .unwrap_or_else(|e| panic!("{}: {}", q.id, e.message));
            let written: serde_json::Value = serde_json::from_str(
                &crate::facts::compliance::to_json(&profile).expect("profile JSON"),
            )
            .expect("profile JSON");
            assert_eq!(
                written.get(section).and_then(|s| s.get(field)),
                Some(&value),
                "{}: the fields table made by `questions!` does not write it back",
                q.id
            );
        }
    }

    #[test]
    fn duplicates_lone_surrogates_and_wrong_containers_name_the_field() {
        let e = error_of(r#"{"jurisdiction":"jilin","institution":{"beds":1,"beds":2}}"#);
        assert_eq!(e.field.as_deref(), Some("institution.beds"));
        assert!(e.message.contains("填写了两次"), "{}", e.message);
        let e = error_of(r#"{"jurisdiction":"jilin","jurisdiction":"jilin"}"#);
        assert_eq!(e.field.as_deref(), Some("jurisdiction"));
        let e = error_of(r#"{"jurisdiction":"jilin","institution":{"name":"\ud800"}}"#);
        assert_eq!(e.field.as_deref(), Some("institution.name"));
        assert!(e.message.contains("代理项"), "{}", e.message);
        let e = error_of(r#"{"jurisdiction":"jilin","institution":[]}"#);
        assert_eq!(e.field.as_deref(), Some("institution"));
        assert!(e.message.contains("收到的是 sequence"), "{}", e.message);
        let e = error_of(r#"{"jurisdiction":5}"#);
        assert_eq!(e.field.as_deref(), Some("jurisdiction"));
        assert!(e.message.contains("收到的是 integer `5`"), "{}", e.message);
        let e = error_of(r#"{"jurisdiction":"jilin","institution":{"kind":true}}"#);
        assert_eq!(e.field.as_deref(), Some("institution.kind"));
        let e = error_of(r#"{"jurisdiction":"jilin","application":{"changes":["name","x"]}}"#);
        assert_eq!(e.field.as_deref(), Some("application.changes"));
        assert!(e.message.contains("第 2 项"), "{}", e.message);
        assert!(e.message.contains("\"x\""), "{}", e.message);
        let e = error_of("[1]");
        assert_eq!(e.field, None);
        assert!(e.message.contains("JSON 对象"), "{}", e.message);
        let e = error_of(r#"{"jurisdiction":"jilin","institution":{"beds":1.50}}"#);
        assert!(e.message.contains("floating point `1.5`"), "{}", e.message);
        let e = error_of(r#"{"jurisdiction":"jilin","institution":{"beds":4294967296}}"#);
        assert!(e.message.contains("integer `4294967296`"), "{}", e.message);
    }

    #[test]
    fn a_byte_order_mark_before_the_profile_is_not_content() {
        let profile = parse_profile("\u{feff}{\"jurisdiction\":\"jilin\"}").expect("BOM");
        assert_eq!(profile.jurisdiction, Jurisdiction::Jilin);
        // Only at the start: inside, it is not JSON whitespace.
        assert_eq!(error_of("{\u{feff}\"jurisdiction\":\"jilin\"}").field, None);
    }

    #[test]
    fn control_characters_in_text_are_refused_naming_the_question() {
        for bad in [
            "\\u001f",
            "\\n",
            "\\u001b[8m",
            "\\u007f",
            "\\u0085",
            "\\u009f",
            "\\u0000",
        ] {
            let e = error_of(&format!(
                r#"{{"jurisdiction":"jilin","institution":{{"name":"甲{bad}乙"}}}}"#
            ));
            assert_eq!(e.field.as_deref(), Some("institution.name"), "{bad}");
            assert!(
                e.message.contains("「机构名称」中含有控制字符"),
                "{}",
                e.message
            );
            assert!(!e.message.contains("institution.name"), "{}", e.message);
        }
        // The characters just outside the control ranges are text.
        for good in [" ", "~", "\\u00a0", "\\u00ff", "\\u2028", "中"] {
            let profile = parse_profile(&format!(
                r#"{{"jurisdiction":"jilin","institution":{{"name":"甲{good}乙"}}}}"#
            ))
            .unwrap_or_else(|e| panic!("{good}: {e}"));
            assert!(profile.institution.name.is_some());
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

    /// Numbers are read by value, as JSON and the JSON Schema read them;
    /// dates only as `YYYY-MM-DD`, as the schema's pattern says.
    #[test]
    fn numbers_by_value_and_dates_only_as_the_schema_writes_them() {
        for beds in ["120", "120.0", "1.2e2", "12e1"] {
            let text = format!(r#"{{"jurisdiction":"jiangsu","institution":{{"beds":{beds}}}}}"#);
            let profile = parse_profile(&text).expect(&text);
            assert_eq!(profile.institution.beds, Some(120), "{beds}");
        }
        for beds in ["120.5", "-1", "4294967296", "1e30"] {
            let e = error_of(&format!(
                r#"{{"jurisdiction":"jiangsu","institution":{{"beds":{beds}}}}}"#
            ));
            assert_eq!(e.field.as_deref(), Some("institution.beds"), "{beds}");
        }
        let operating = |date: &str| {
            parse_profile(&format!(
                r#"{{"jurisdiction":"jiangsu","institution":{{"operating_since":"{date}"}}}}"#
            ))
        };
        assert!(operating("2026-01-05").is_ok());
        assert!(operating("2024-02-29").is_ok());
        if crate::catalog::HAS_AUDIT {
            let rate = |percent: &str| {
                parse_profile(&format!(
                    r#"{{"jurisdiction":"nantong","compliance":{{"nt_outpatient_upload_match_rate":{{"percent":{percent}}}}}}}"#
                ))
            };
            for percent in ["95", "9.5e1", "95.0000", "94.1234", "-0"] {
                assert!(rate(percent).is_ok(), "{percent}");
            }
            for percent in ["94.12345", "-1", "1e13", "1e-5"] {
                let e = rate(percent).expect_err(percent);
                assert_eq!(
                    e.field.as_deref(),
                    Some("compliance.nt_outpatient_upload_match_rate.percent"),
                    "{percent}"
                );
            }
        }
        for date in [
            "2026-1-5",
            "2026-01-5",
            " 2026-01-05",
            "+2026-01-05",
            "2026-02-29",
            "02026-01-05",
        ] {
            let e = operating(date).expect_err(date);
            assert_eq!(
                e.field.as_deref(),
                Some("institution.operating_since"),
                "{date}"
            );
        }
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
