//! The engine's entry points on JSON text, shared by the wasm boundary and
//! the command line: each takes text as the user gave it and returns either
//! a result or errors that name the field, in Chinese. Native tests cover
//! everything the wasm boundary carries.

use chrono::NaiveDate;
use serde::Serialize;

use crate::catalog::risk::Severity;
use crate::catalog::{self, Group, Rule};
use crate::engine::{self, QuestionGroup};
use crate::facts::{parse_profile, Choice, InputError, Jurisdiction};
use crate::report::{Citation, Ledger, LedgerEntry, LedgerStatus, MayApply, Report, Risk, Role};
use crate::sources::{self, DocumentId, Status};

/// What every entry point returns across the wasm boundary: a tagged union,
/// never an exception, so that a portal can handle input errors as data.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Envelope<T> {
    Success { value: T },
    Failure { errors: Vec<InputError> },
}

impl<T> From<Result<T, Vec<InputError>>> for Envelope<T> {
    fn from(result: Result<T, Vec<InputError>>) -> Envelope<T> {
        match result {
            Ok(value) => Envelope::Success { value },
            Err(errors) => Envelope::Failure { errors },
        }
    }
}

impl<T> From<Result<T, InputError>> for Envelope<T> {
    fn from(result: Result<T, InputError>) -> Envelope<T> {
        result.map_err(|e| vec![e]).into()
    }
}

/// Files and exports come with the full build only. The page's first
/// engine (built without the self-audit, feature `audit`) leaves them to
/// the full one, which the page fetches when they are needed: they would
/// add a fifth to what the page loads first. (The CLI, the npm package and
/// the single-file page are full builds.)
/// (Each caller tests [`catalog::HAS_AUDIT`] itself, so that the compiler
/// drops what follows from the first build.)
pub(crate) fn full_build_only() -> Vec<InputError> {
    vec![InputError::new(
        None,
        "本版本（页面先加载的精简引擎）不含自查文件与导出，须使用完整引擎。",
    )]
}

/// Reads the as-of date, `YYYY-MM-DD`.
///
/// # Errors
/// Names the field `as_of` when the text is not a valid date.
pub fn parse_as_of(text: &str) -> Result<NaiveDate, InputError> {
    let trimmed = text.trim();
    // Exactly four, two and two digits: no sign, no wider year (`-0-1-1`
    // and `+10000-01-01` are dates to chrono, not to an institution).
    let shape = trimmed.len() == 10
        && trimmed.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    shape
        .then(|| crate::dates::parse_date(trimmed))
        .flatten()
        .filter(|date| chrono::Datelike::year(date) >= 1)
        .ok_or_else(|| {
            InputError::new(
                Some("as_of"),
                format!("自查日期「{text}」无效：应为日期，格式 YYYY-MM-DD（如 2026-11-22）。"),
            )
        })
}

/// Checks a profile (JSON text) as of a date (`YYYY-MM-DD`).
///
/// # Errors
/// The profile's and the date's errors, each naming its field.
pub fn check(profile_json: &str, as_of: &str) -> Result<Report, Vec<InputError>> {
    let profile = parse_profile(profile_json);
    let as_of = parse_as_of(as_of);
    match (profile, as_of) {
        (Ok(profile), Ok(as_of)) => Ok(engine::check(&profile, as_of)),
        (profile, as_of) => Err([profile.err(), as_of.err()].into_iter().flatten().collect()),
    }
}

/// The report's dates as an iCalendar file, for a profile (JSON text) as of a date.
///
/// # Errors
/// The profile's and the date's errors, each naming its field.
pub fn calendar(profile_json: &str, as_of: &str) -> Result<String, Vec<InputError>> {
    if !catalog::HAS_AUDIT {
        return Err(full_build_only());
    }
    check(profile_json, as_of).map(|report| crate::report::render_ics(&report))
}

/// The calendar as [`calendar`] makes it, with its options: `now`, the
/// creation time written as DTSTAMP (`YYYY-MM-DDTHH:MM:SSZ`, as
/// JavaScript's `toISOString()` gives it, or a date; by default the as-of
/// date's midnight, UTC), and `include_past`, to keep dates before the
/// as-of date (by default left out).
///
/// # Errors
/// The profile's, the date's and `options.now`'s errors, each naming its field.
pub fn calendar_with(
    profile_json: &str,
    as_of: &str,
    now: Option<&str>,
    include_past: bool,
) -> Result<String, Vec<InputError>> {
    if !catalog::HAS_AUDIT {
        return Err(full_build_only());
    }
    let created = match now.map(|text| (text, utc_time(text))) {
        Some((text, None)) => Err(InputError::new(
            Some("options.now"),
            format!("日历选项 now「{text}」无效：应为 UTC 时间，如 2026-11-22T08:30:00Z（toISOString() 的写法），或日期。"),
        )),
        Some((_, time)) => Ok(time),
        None => Ok(None),
    };
    match (check(profile_json, as_of), created) {
        (Ok(report), Ok(created)) => {
            let mut options = crate::report::IcsOptions::for_report(&report);
            options.created = created.unwrap_or(options.created);
            options.include_past = include_past;
            Ok(crate::report::render_ics_with(&report, &options))
        }
        (Err(mut errors), created) => {
            errors.extend(created.err());
            Err(errors)
        }
        (Ok(_), Err(e)) => Err(vec![e]),
    }
}

/// A UTC time as `toISOString()` writes it (`2026-11-22T08:30:00.000Z`,
/// the fraction optional), or a date alone (its midnight). Read byte by
/// byte, which keeps the page's engine small.
fn utc_time(text: &str) -> Option<chrono::NaiveDateTime> {
    let date = crate::dates::parse_iso_date(text.get(..10)?)?;
    let bytes = text.as_bytes();
    if bytes.len() == 10 {
        return Some(date.and_time(chrono::NaiveTime::MIN));
    }
    let digit = |at: usize| {
        bytes
            .get(at)
            .filter(|b| b.is_ascii_digit())
            .map(|b| u32::from(b.saturating_sub(b'0')))
    };
    let two = |at: usize| Some(digit(at)? * 10 + digit(at.saturating_add(1))?);
    let fraction = bytes.get(19..bytes.len().saturating_sub(1))?;
    let fraction_ok = match fraction.split_first() {
        None => true,
        Some((b'.', rest)) => !rest.is_empty() && rest.iter().all(u8::is_ascii_digit),
        Some(_) => false,
    };
    if bytes.get(10) != Some(&b'T')
        || bytes.get(13) != Some(&b':')
        || bytes.get(16) != Some(&b':')
        || bytes.last() != Some(&b'Z')
        || !fraction_ok
    {
        return None;
    }
    date.and_hms_opt(two(11)?, two(14)?, two(17)?)
}

/// The findings as CSV for Excel (UTF-8 with BOM), for a profile as of a date.
///
/// # Errors
/// The profile's and the date's errors, each naming its field.
pub fn findings_csv(profile_json: &str, as_of: &str) -> Result<String, Vec<InputError>> {
    if !catalog::HAS_AUDIT {
        return Err(full_build_only());
    }
    check(profile_json, as_of).map(|report| crate::report::render_csv(&report))
}

/// The format of a saved self-check file.
pub const SAVED_FORMAT: &str = "dingdian-selfcheck/1";

/// A self-check saved to a file: the as-of date, the profile, the 整改台账
/// and, in files written since `verify` exists, the result as it was when
/// saved.
#[derive(Debug, Clone, Serialize)]
pub struct SavedCheck {
    pub format: &'static str,
    pub as_of: NaiveDate,
    pub profile: crate::facts::Profile,
    /// What the check gave when the file was saved, for [`verify`]; absent
    /// from files saved before it was recorded.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<SavedResult>,
    /// Who fixes what by when, by rule id (left out when empty).
    #[serde(skip_serializing_if = "Ledger::is_empty")]
    pub ledger: Ledger,
    /// What reading the file passed over, in Chinese (a newer version's
    /// format or fields, ledger lines of rules this catalog does not have).
    /// Never written to a file.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<String>,
}

/// The result of a saved self-check as it was when saved: enough for an
/// agency to tell whether its own copy of the rules gives the same answer
/// ([`verify`]), and which rules differ when not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SavedResult {
    pub catalog_version: String,
    pub rules_hash: String,
    pub may_apply: MayApply,
    /// The conclusion's words (`暂不能申请`, `均已落实`, …).
    pub label: String,
    /// Each rule's outcome (draft findings included, marked).
    pub findings: Vec<SavedFinding>,
}

/// One rule's outcome in a [`SavedResult`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SavedFinding {
    pub rule_id: String,
    pub outcome: crate::report::Outcome,
}

impl SavedResult {
    /// The result of `report`, as a saved file records it.
    pub fn of(report: &Report) -> SavedResult {
        SavedResult {
            catalog_version: report.catalog_version.to_string(),
            rules_hash: report.rules_hash.clone(),
            may_apply: report.conclusion.may_apply,
            label: report.conclusion.label.to_string(),
            findings: report
                .findings
                .iter()
                .map(|f| SavedFinding {
                    rule_id: f.rule_id.to_string(),
                    outcome: f.outcome,
                })
                .collect(),
        }
    }
}

/// The JSON name of a value of a closed set (`"needs_information"`, …).
fn json_name<T: Serialize>(value: T) -> String {
    label_of(value, "").value
}

/// The error for a `result` member that is not as `save` writes it.
#[inline(never)]
fn wrong_saved_result(field: &str) -> InputError {
    InputError::new(
        Some(&format!("result.{field}")),
        format!("自查文件中保存时的结论（result.{field}）有误或缺失，文件可能被改动过。"),
    )
}

/// Reads the `result` member of a saved file.
fn read_saved_result(raw: &str) -> Result<SavedResult, InputError> {
    use crate::facts::{leaf, Leaf};
    use crate::report::Outcome;
    let wrong = wrong_saved_result;
    let entries = crate::facts::object_entries(raw).ok_or_else(|| wrong("result"))?;
    let member = |name: &str| {
        entries
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|&(_, raw)| raw)
    };
    let text = |name: &str| match member(name).map(leaf) {
        Some(Leaf::Str(text)) => Ok(text),
        _ => Err(wrong(name)),
    };
    if let Some(key) = entries.iter().map(|(key, _)| key).find(|k| {
        ![
            "catalog_version",
            "rules_hash",
            "may_apply",
            "label",
            "findings",
        ]
        .contains(&k.as_str())
    }) {
        return Err(wrong(key));
    }
    let may_apply_text = text("may_apply")?;
    let may_apply = [
        MayApply::Yes,
        MayApply::No,
        MayApply::Undetermined,
        MayApply::NotCovered,
    ]
    .into_iter()
    .find(|&m| json_name(m) == may_apply_text)
    .ok_or_else(|| wrong("may_apply"))?;
    let items = member("findings")
        .and_then(crate::facts::array_items)
        .ok_or_else(|| wrong("findings"))?;
    let mut findings = Vec::with_capacity(items.len());
    for item in items {
        let entries = crate::facts::object_entries(item).ok_or_else(|| wrong("findings"))?;
        let field = |name: &str| {
            entries
                .iter()
                .find(|(key, _)| key == name)
                .and_then(|&(_, raw)| match leaf(raw) {
                    Leaf::Str(text) => Some(text),
                    _ => None,
                })
        };
        let rule_id = field("rule_id").ok_or_else(|| wrong("findings"))?;
        let outcome_text = field("outcome").ok_or_else(|| wrong("findings"))?;
        let outcome = Outcome::ALL
            .into_iter()
            .find(|&o| json_name(o) == outcome_text)
            .ok_or_else(|| wrong("findings"))?;
        if entries.len() != 2 {
            return Err(wrong("findings"));
        }
        findings.push(SavedFinding { rule_id, outcome });
    }
    Ok(SavedResult {
        catalog_version: text("catalog_version")?,
        rules_hash: text("rules_hash")?,
        may_apply,
        label: text("label")?,
        findings,
    })
}

/// The longest text a ledger line's owner or note may hold, in characters.
const LEDGER_TEXT_MAX: usize = 500;

/// Reads a 整改台账 (a JSON object of rule id → line). Lines of rules the
/// catalog does not have, and fields a line does not know, are passed over
/// with a notice: they come from a newer version.
fn read_ledger(raw: &str, notices: &mut Vec<String>) -> Result<Ledger, Vec<InputError>> {
    use crate::facts::{leaf, object_entries, Leaf};
    let entries = object_entries(raw).ok_or_else(|| {
        vec![InputError::new(
            Some("ledger"),
            "整改台账（ledger）应为一个 JSON 对象。",
        )]
    })?;
    let mut ledger = Ledger::new();
    let mut errors = Vec::new();
    let mut unknown_rules = 0usize;
    let mut unknown_fields = 0usize;
    for (id, value) in entries {
        let Some(rule) = catalog::rules().find(|r| r.id == id) else {
            unknown_rules = unknown_rules.saturating_add(1);
            continue;
        };
        let field = |name: &str| format!("ledger.{id}.{name}");
        let title = rule.title;
        let Some(members) = object_entries(value) else {
            errors.push(InputError::new(
                Some(&format!("ledger.{id}")),
                format!("整改台账中「{title}」（ledger.{id}）一行应为一个 JSON 对象。"),
            ));
            continue;
        };
        let mut line = LedgerEntry {
            owner: None,
            due: None,
            status: LedgerStatus::NotStarted,
            note: None,
        };
        for (name, raw) in members {
            let text = match leaf(raw) {
                Leaf::Null => continue,
                Leaf::Str(text) => Some(text),
                _ => None,
            };
            match name.as_str() {
                "owner" | "note" => {
                    let what = if name == "owner" {
                        "责任人"
                    } else {
                        "整改证据"
                    };
                    match text {
                        Some(text) if text.chars().any(char::is_control) => {
                            errors.push(InputError::new(
                                Some(&field(&name)),
                                format!("整改台账中「{title}」的{what}（{}）含有控制字符（如换行、制表符），请删去。", field(&name)),
                            ))
                        }
                        Some(text) if text.chars().count() > LEDGER_TEXT_MAX => {
                            errors.push(InputError::new(
                                Some(&field(&name)),
                                format!("整改台账中「{title}」的{what}（{}）超过 {LEDGER_TEXT_MAX} 字。", field(&name)),
                            ))
                        }
                        Some(text) => {
                            let text = text.trim().to_string();
                            let slot = if name == "owner" { &mut line.owner } else { &mut line.note };
                            *slot = (!text.is_empty()).then_some(text);
                        }
                        None => errors.push(InputError::new(
                            Some(&field(&name)),
                            format!("整改台账中「{title}」的{what}（{}）应为文字。", field(&name)),
                        )),
                    }
                }
                "due" => match text
                    .as_deref()
                    .and_then(|t| crate::dates::parse_date(t.trim()))
                {
                    Some(date) => line.due = Some(date),
                    None => errors.push(InputError::new(
                        Some(&field("due")),
                        format!(
                            "整改台账中「{title}」的完成期限（{}）应为日期（如 2026-12-31）。",
                            field("due")
                        ),
                    )),
                },
                "status" => match text.as_deref().and_then(LedgerStatus::from_name) {
                    Some(status) => line.status = status,
                    None => errors.push(InputError::new(
                        Some(&field("status")),
                        format!(
                            "整改台账中「{title}」的状态（{}）应为未开始、整改中或已完成。",
                            field("status")
                        ),
                    )),
                },
                _ => unknown_fields = unknown_fields.saturating_add(1),
            }
        }
        ledger.insert(id, line);
    }
    if unknown_rules > 0 {
        notices.push(format!(
            "整改台账中有 {unknown_rules} 项对应的规则本版本没有（可能由较新版本保存），已略过。"
        ));
    }
    if unknown_fields > 0 {
        notices.push(format!(
            "整改台账中有 {unknown_fields} 处本版本不认识的内容，已略过。"
        ));
    }
    if errors.is_empty() {
        Ok(ledger)
    } else {
        Err(errors)
    }
}

/// Reads a saved self-check file (`dingdian-selfcheck/1`). A file a newer
/// version wrote (a later format number, fields this version does not
/// know) is read as far as this version can, with notices.
///
/// # Errors
/// Names the offending field (`as_of`, `profile.…` as in the profile
/// format, or `ledger.…`) and the reason; a file of another kind is refused
/// as a whole.
pub fn read_saved(json: &str) -> Result<SavedCheck, Vec<InputError>> {
    if !catalog::HAS_AUDIT {
        return Err(full_build_only());
    }
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    serde_json::from_str::<serde::de::IgnoredAny>(json).map_err(|e| {
        vec![InputError::new(
            None,
            format!(
                "文件不是有效的 JSON（第 {} 行第 {} 列）。",
                e.line(),
                e.column()
            ),
        )]
    })?;
    let entries = crate::facts::object_entries(json)
        .ok_or_else(|| vec![InputError::new(None, "文件内容应为一个 JSON 对象。")])?;
    // A key given twice counts with its last value, as in a JSON object.
    let member = |name: &str| {
        entries
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|&(_, raw)| raw)
    };
    let string = |name: &str| match member(name).map(crate::facts::leaf) {
        Some(crate::facts::Leaf::Str(text)) => Some(text),
        _ => None,
    };
    let mut notices = Vec::new();
    let format = string("format");
    // A later version of this format: `dingdian-selfcheck/2` and on (digits
    // read by hand: a number parser would add to the wasm).
    let newer = format
        .as_deref()
        .and_then(|f| f.strip_prefix("dingdian-selfcheck/"))
        .filter(|n| {
            !n.is_empty()
                && n.len() < 6
                && n.bytes().all(|b| b.is_ascii_digit())
                && !n.starts_with('0')
                && *n != "1"
        });
    if let Some(version) = newer {
        notices.push(format!(
            "此文件由较新版本保存（自查文件第 {version} 版），本版本能读的内容已打开。"
        ));
    } else if format.as_deref() != Some(SAVED_FORMAT) {
        return Err(vec![InputError::new(
            Some("format"),
            format!("这不是 dingdian 保存的自查文件（format 应为 \"{SAVED_FORMAT}\"）。"),
        )]);
    }
    let unknown = entries
        .iter()
        .filter(|(key, _)| {
            !["format", "as_of", "profile", "result", "ledger"].contains(&key.as_str())
        })
        .count();
    if unknown > 0 {
        notices.push(format!(
            "文件中有 {unknown} 项本版本不认识的内容（可能由较新版本保存），已略过。"
        ));
    }
    let as_of = match string("as_of") {
        Some(text) => parse_as_of(&text).map_err(|e| vec![e])?,
        None => {
            return Err(vec![InputError::new(
                Some("as_of"),
                "缺少自查日期 as_of（YYYY-MM-DD）。",
            )])
        }
    };
    // The profile's own text, as written in the file, so that its errors
    // point into what the user wrote.
    let profile_text = member("profile")
        .ok_or_else(|| vec![InputError::new(Some("profile"), "缺少机构信息 profile。")])?;
    let profile = parse_profile(profile_text).map_err(|e| {
        vec![InputError {
            field: Some(match &e.field {
                Some(field) => format!("profile.{field}"),
                None => "profile".to_string(),
            }),
            message: format!("机构信息（profile）有误：{}", e.message),
        }]
    })?;
    let result = member("result")
        .filter(|raw| !matches!(crate::facts::leaf(raw), crate::facts::Leaf::Null))
        .map(read_saved_result)
        .transpose()
        .map_err(|e| vec![e])?;
    let ledger = match member("ledger") {
        Some(raw) if !matches!(crate::facts::leaf(raw), crate::facts::Leaf::Null) => {
            read_ledger(raw, &mut notices)?
        }
        _ => Ledger::new(),
    };
    Ok(SavedCheck {
        format: SAVED_FORMAT,
        as_of,
        profile,
        result,
        ledger,
        notices,
    })
}

/// Writes a self-check file for a profile (JSON text) as of a date, after
/// checking both: what `read_saved` reads back.
///
/// # Errors
/// The profile's and the date's errors, each naming its field.
pub fn save(profile_json: &str, as_of: &str) -> Result<String, Vec<InputError>> {
    save_with_ledger(profile_json, as_of, None)
}

/// [`save`] with the 整改台账 (JSON text of rule id → line, as
/// [`read_saved`] reads it).
///
/// # Errors
/// The profile's, the date's and the ledger's errors, each naming its field.
pub fn save_with_ledger(
    profile_json: &str,
    as_of: &str,
    ledger_json: Option<&str>,
) -> Result<String, Vec<InputError>> {
    if !catalog::HAS_AUDIT {
        return Err(full_build_only());
    }
    let profile = parse_profile(profile_json);
    let date = parse_as_of(as_of);
    let mut ignored = Vec::new();
    let ledger = match ledger_json {
        Some(text) if !text.trim().is_empty() => {
            serde_json::from_str::<serde::de::IgnoredAny>(text).map_err(|_| {
                vec![InputError::new(
                    Some("ledger"),
                    "整改台账（ledger）不是有效的 JSON。",
                )]
            })?;
            read_ledger(text, &mut ignored)
        }
        _ => Ok(Ledger::new()),
    };
    match (profile, date, ledger) {
        (Ok(profile), Ok(as_of), Ok(ledger)) => crate::json::to_string(&SavedCheck {
            format: SAVED_FORMAT,
            as_of,
            result: Some(SavedResult::of(&engine::check(&profile, as_of))),
            profile,
            ledger,
            notices: Vec::new(),
        })
        .map(|compact| indent_json(&compact) + "\n")
        .map_err(|_| vec![InputError::new(None, "无法写出自查文件。")]),
        (p, d, l) => Err([p.err(), d.err()]
            .into_iter()
            .flatten()
            .chain(l.err().into_iter().flatten())
            .collect()),
    }
}

/// Compact JSON laid out as `serde_json::to_string_pretty` lays it out (two
/// spaces a level, `"key": value`, `[]` and `{}` when empty). Done on the
/// text so that the wasm module carries one JSON serialiser, not two.
fn indent_json(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len().saturating_mul(2));
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if matches!(chars.peek(), Some('}' | ']')) {
                    out.extend(chars.next());
                } else {
                    depth = depth.saturating_add(1);
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// Compares two saved self-checks (files as written by the page): what the
/// later one fixed and what is new.
///
/// # Errors
/// Either file's errors, its field names prefixed with `before.` or `after.`.
pub fn compare(
    before_json: &str,
    after_json: &str,
) -> Result<crate::report::Comparison, Vec<InputError>> {
    if !catalog::HAS_AUDIT {
        return Err(full_build_only());
    }
    let prefix = |side: &str, errors: Vec<InputError>| -> Vec<InputError> {
        errors
            .into_iter()
            .map(|e| InputError {
                field: Some(match e.field {
                    Some(field) => format!("{side}.{field}"),
                    None => side.to_string(),
                }),
                message: format!(
                    "{}：{}",
                    if side == "before" {
                        "较早的自查"
                    } else {
                        "较晚的自查"
                    },
                    e.message
                ),
            })
            .collect()
    };
    let before = read_saved(before_json).map_err(|e| prefix("before", e));
    let after = read_saved(after_json).map_err(|e| prefix("after", e));
    match (before, after) {
        (Ok(b), Ok(a)) => Ok(crate::report::compare_with_ledgers(
            &engine::check(&b.profile, b.as_of),
            &engine::check(&a.profile, a.as_of),
            &b.ledger,
            &a.ledger,
        )),
        (b, a) => Err([b.err(), a.err()].into_iter().flatten().flatten().collect()),
    }
}

/// How a rule's outcome differs between a saved self-check and the check
/// run again now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerifiedChange {
    pub rule_id: String,
    /// The rule's title in the current catalog (`None` for a rule it no
    /// longer has).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'static str>,
    /// The outcome recorded in the file (`None`: the rule was not applied then).
    pub saved: Option<crate::report::Outcome>,
    /// The outcome now (`None`: the rule is not applied now).
    pub now: Option<crate::report::Outcome>,
    /// In Chinese, e.g. `江苏 第九条（八）：保存时 符合，现在 不符合`.
    pub text: String,
}

/// What re-running a saved self-check with this copy of the rules gives.
#[derive(Debug, Clone, Serialize)]
pub struct Verification {
    pub as_of: NaiveDate,
    /// Whether the file recorded its result (files saved before results
    /// were recorded can only be re-run, not compared).
    pub recorded: bool,
    /// The result recorded in the file, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saved: Option<SavedResult>,
    /// The result now.
    pub now: SavedResult,
    /// Whether the conclusion now is the one recorded (`None` if none was).
    pub conclusion_matches: Option<bool>,
    /// Whether the rules applied now are the ones recorded (`None` if none were).
    pub rules_hash_matches: Option<bool>,
    /// The rules whose outcome differs, was not applied then, or is not now.
    pub changes: Vec<VerifiedChange>,
    /// In Chinese: whether the file holds, and why not.
    pub summary: String,
}

/// Re-runs a saved self-check file (`dingdian-selfcheck/1`) with this copy
/// of the rules: whether its conclusion and its `rules_hash` are the ones
/// the file records and, where they differ, which rules give another outcome.
///
/// # Errors
/// The file's errors, as [`read_saved`] names them.
pub fn verify(saved_json: &str) -> Result<Verification, Vec<InputError>> {
    use crate::report::Outcome;
    if !catalog::HAS_AUDIT {
        return Err(full_build_only());
    }
    let saved = read_saved(saved_json)?;
    let report = engine::check(&saved.profile, saved.as_of);
    let now = SavedResult::of(&report);
    let Some(recorded) = saved.result else {
        let summary = format!(
            "该自查文件未记录保存时的结论（较早版本保存），无法核对；按本机规则（规则目录 {}）重新自查的结论为：{}。",
            now.catalog_version, now.label
        );
        return Ok(Verification {
            as_of: saved.as_of,
            recorded: false,
            saved: None,
            now,
            conclusion_matches: None,
            rules_hash_matches: None,
            changes: Vec::new(),
            summary,
        });
    };
    let conclusion_matches = recorded.may_apply == now.may_apply;
    let rules_hash_matches = recorded.rules_hash == now.rules_hash;
    let outcome_of =
        |list: &[SavedFinding], id: &str| list.iter().find(|f| f.rule_id == id).map(|f| f.outcome);
    let label = |o: Option<Outcome>| o.map_or("未适用", Outcome::label);
    let mut changes = Vec::new();
    let mut ids: Vec<&str> = recorded
        .findings
        .iter()
        .map(|f| f.rule_id.as_str())
        .collect();
    for f in &now.findings {
        if !ids.contains(&f.rule_id.as_str()) {
            ids.push(f.rule_id.as_str());
        }
    }
    for id in ids {
        let (before, after) = (
            outcome_of(&recorded.findings, id),
            outcome_of(&now.findings, id),
        );
        if before == after {
            continue;
        }
        let rule = catalog::rules().find(|r| r.id == id);
        let name = rule.map_or_else(
            || format!("规则 {id}（本机规则目录中已无此条）"),
            |r| {
                format!(
                    "{}（{}）",
                    r.title,
                    Citation::new(r.document, r.article, r.item).text
                )
            },
        );
        changes.push(VerifiedChange {
            rule_id: id.to_string(),
            title: rule.map(|r| r.title),
            saved: before,
            now: after,
            text: format!("{name}：保存时 {}，现在 {}", label(before), label(after)),
        });
    }
    let mut summary = if conclusion_matches {
        format!("结论一致：{}。", now.label)
    } else {
        format!(
            "结论不一致：文件记录为「{}」，按本机规则重新自查为「{}」。",
            recorded.label, now.label
        )
    };
    if rules_hash_matches {
        summary.push_str(&format!(
            "所用规则一致（规则目录 {}）。",
            now.catalog_version
        ));
    } else {
        summary.push_str(&format!(
            "所用规则不同：文件保存时为规则目录 {}（指纹 {}），本机为 {}（指纹 {}）",
            recorded.catalog_version, recorded.rules_hash, now.catalog_version, now.rules_hash
        ));
        summary.push_str(&if changes.is_empty() {
            "，各条结果相同。".to_string()
        } else {
            format!("，{} 条规则的结果不同。", changes.len())
        });
    }
    if rules_hash_matches && !changes.is_empty() {
        summary.push_str(&format!(
            "但有 {} 条规则的结果与文件记录不同，文件可能被改动过。",
            changes.len()
        ));
    }
    Ok(Verification {
        as_of: saved.as_of,
        recorded: true,
        saved: Some(recorded),
        now,
        conclusion_matches: Some(conclusion_matches),
        rules_hash_matches: Some(rules_hash_matches),
        changes,
        summary,
    })
}

/// The questionnaire for a (possibly partial) profile given as JSON text.
///
/// # Errors
/// The profile's error, naming its field.
pub fn questionnaire(profile_json: &str) -> Result<Vec<QuestionGroup>, Vec<InputError>> {
    let profile = parse_profile(profile_json).map_err(|e| vec![e])?;
    Ok(engine::questionnaire(&profile))
}

/// A value of a closed set with its Chinese label.
#[derive(Debug, Clone, Serialize)]
pub struct Label {
    /// The value as its JSON string (`"needs_information"`, …).
    pub value: String,
    pub label: &'static str,
}

/// The Chinese labels of outcomes, groups and conclusions, so that the page
/// shows the words the CLI shows.
#[derive(Debug, Clone, Serialize)]
pub struct Labels {
    pub outcomes: Vec<Label>,
    pub groups: Vec<Label>,
    pub may_apply: Vec<Label>,
    /// What each kind of date is for the institution.
    pub date_kinds: Vec<Label>,
    /// What to write after a date that is not certain.
    pub date_bases: Vec<Label>,
    /// How a finding moved between two self-checks.
    pub changes: Vec<Label>,
    /// How a document takes part in a report.
    pub roles: Vec<Label>,
    /// The conclusion worded for a compliance self-audit, by `may_apply` value.
    pub audit_verdicts: Vec<Label>,
    /// How grave a compliance item's consequence can be, least grave first.
    pub severities: Vec<Label>,
    /// The readings findings cite by name (`finding.readings`), each with
    /// a title and the reading in plain words: the glossary.
    pub readings: &'static [crate::catalog::readings::Reading],
    /// Where the work on a 整改台账 line stands.
    pub ledger_statuses: Vec<Label>,
}

fn label_of<T: Serialize>(value: T, label: &'static str) -> Label {
    Label {
        value: crate::json::to_string(&value)
            .ok()
            .and_then(|json| Some(json.strip_prefix('"')?.strip_suffix('"')?.to_string()))
            .unwrap_or_default(),
        label,
    }
}

/// The labels of every outcome, group and conclusion.
pub fn labels() -> Labels {
    use crate::report::{Change, DateBasis, DateKind, Outcome};
    Labels {
        outcomes: Outcome::ALL
            .iter()
            .map(|&o| label_of(o, o.label()))
            .collect(),
        groups: Group::ALL.iter().map(|&g| label_of(g, g.title())).collect(),
        may_apply: [
            MayApply::Yes,
            MayApply::No,
            MayApply::Undetermined,
            MayApply::NotCovered,
        ]
        .iter()
        .map(|&m| label_of(m, m.label()))
        .collect(),
        date_kinds: [
            DateKind::Deadline,
            DateKind::AgencyDeadline,
            DateKind::EarliestDate,
            DateKind::Milestone,
        ]
        .iter()
        .map(|&k| label_of(k, k.label()))
        .collect(),
        date_bases: [
            DateBasis::Official,
            DateBasis::Provisional,
            DateBasis::Estimated,
        ]
        .iter()
        .map(|&b| label_of(b, b.suffix()))
        .collect(),
        changes: [
            Change::New,
            Change::Fixed,
            Change::Unchanged,
            Change::Changed,
        ]
        .iter()
        .map(|&c| label_of(c, c.label()))
        .collect(),
        roles: [Role::Decides, Role::DraftPreview, Role::Agreement]
            .iter()
            .map(|&r| label_of(r, r.label()))
            .collect(),
        audit_verdicts: [
            MayApply::Yes,
            MayApply::No,
            MayApply::Undetermined,
            MayApply::NotCovered,
        ]
        .iter()
        .map(|&m| label_of(m, m.audit_label()))
        .collect(),
        severities: Severity::ALL
            .iter()
            .map(|&s| label_of(s, s.label()))
            .collect(),
        readings: crate::catalog::readings::READINGS,
        ledger_statuses: LedgerStatus::ALL
            .iter()
            .map(|&s| label_of(s, s.label()))
            .collect(),
    }
}

/// A document as listed for a jurisdiction.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentView {
    pub code: DocumentId,
    pub name: &'static str,
    pub title: &'static str,
    pub number: Option<&'static str>,
    pub role: Role,
    pub status: Status,
    pub status_basis: &'static str,
}

/// A jurisdiction and the documents its reports apply.
#[derive(Debug, Clone, Serialize)]
pub struct JurisdictionView {
    pub code: Jurisdiction,
    pub name: &'static str,
    pub documents: Vec<DocumentView>,
    /// For each kind of application (and applicant), whether the catalog
    /// has rules and dates for it here.
    pub applications: Vec<engine::ApplicationCoverage>,
}

/// Every jurisdiction the catalog covers, with its documents.
pub fn jurisdictions() -> Vec<JurisdictionView> {
    Jurisdiction::VALUES
        .iter()
        .map(|&j| JurisdictionView {
            code: j,
            name: j.label(),
            documents: engine::plan(j)
                .iter()
                .map(|&(doc, role)| {
                    let d = doc.document();
                    DocumentView {
                        code: doc,
                        name: d.short_name,
                        title: d.title,
                        number: d.number,
                        role,
                        status: d.status,
                        status_basis: d.status_basis,
                    }
                })
                .collect(),
            applications: engine::coverage(j),
        })
        .collect()
}

/// A rule as the catalog lists it.
#[derive(Debug, Clone, Serialize)]
pub struct RuleView {
    pub id: &'static str,
    pub citation: Citation,
    /// What the rule is about, its parameters' current values filled in.
    pub title: String,
    /// The parameters the rule reads: each with its dated, cited values.
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub params: &'static [&'static crate::catalog::params::Param],
    pub group: Group,
    pub group_title: &'static str,
    pub quote: &'static str,
    pub advice: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<String>,
    /// The names of the readings the rule relies on (see `labels().readings`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub readings: Vec<&'static str>,
    /// The JSON paths of the answers the rule reads.
    pub asks: Vec<&'static str>,
    /// Dates in force where the rule sets its own; else its document's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_force: Option<(NaiveDate, Option<NaiveDate>)>,
    /// For a compliance item: what failing it risks, gravest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(not(feature = "audit"), serde(skip))]
    pub risks: Vec<Risk>,
}

impl RuleView {
    pub fn of(rule: &'static Rule) -> RuleView {
        RuleView {
            id: rule.id,
            citation: Citation::new(rule.document, rule.article, rule.item),
            // The newest values: the list is not for one date.
            title: rule.title_on(NaiveDate::MAX).into_owned(),
            params: rule.params,
            group: rule.group,
            group_title: rule.group.title(),
            quote: rule.quote,
            advice: rule.advice_on(NaiveDate::MAX).into_owned(),
            reading: rule.reading.map(|r| crate::catalog::readings::resolve(r).0),
            readings: rule
                .reading
                .map(|r| crate::catalog::readings::resolve(r).1)
                .unwrap_or_default()
                .iter()
                .map(|r| r.name)
                .collect(),
            asks: rule.asks.iter().map(|q| q.id).collect(),
            in_force: rule.in_force,
            risks: {
                let mut risks: Vec<Risk> = rule
                    .audit_item()
                    .map_or(&[][..], |a| a.risks)
                    .iter()
                    .flat_map(|c| Risk::all_of(c))
                    .collect();
                Risk::order(&mut risks);
                risks
            },
        }
    }
}

/// The rules of the catalog, all or those a jurisdiction applies.
pub fn rules(jurisdiction: Option<Jurisdiction>) -> Vec<RuleView> {
    catalog::rules()
        .filter(|rule| {
            jurisdiction.is_none_or(|j| engine::plan(j).iter().any(|(d, _)| *d == rule.document))
        })
        .map(RuleView::of)
        .collect()
}

/// An article's whole text, for showing a finding's source offline.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleView {
    pub document: DocumentId,
    pub document_title: &'static str,
    pub label: String,
    pub presumed: bool,
    pub text: String,
}

/// The article `label` (e.g. `第六条`) of the document with code `document` (e.g. `JS`).
///
/// # Errors
/// Names the field (`document` or `article`) that matches nothing.
pub fn article(document: &str, label: &str) -> Result<ArticleView, InputError> {
    let doc = DocumentId::from_code(document).ok_or_else(|| {
        InputError::new(
            Some("document"),
            format!("文件代码「{document}」无效：应为 JS、ZS、GD、JL 或 NT。"),
        )
    })?;
    let found = sources::article(doc, label).ok_or_else(|| {
        InputError::new(
            Some("article"),
            format!("《{}》中没有「{label}」。", doc.document().title),
        )
    })?;
    Ok(ArticleView {
        document: doc,
        document_title: doc.document().title,
        label: found.label.clone(),
        presumed: found.presumed,
        text: found.text.clone(),
    })
}

/// Liquidated damages a consequence sets for an amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DamagesView {
    pub risk_id: &'static str,
    /// The step of the clause whose damages these are (1 for the first).
    pub step: usize,
    /// The formula, e.g. `违规费用×1，不足2000元按2000元计，最高5万元`.
    pub formula: String,
    /// What the amount is counted on, e.g. `违规费用`.
    pub base_label: &'static str,
    /// The amount the formula is applied to, in fen.
    pub base_fen: u64,
    /// Which time (1 for the first).
    pub nth: u32,
    /// The least and the most, in fen.
    pub low_fen: u64,
    pub high_fen: u64,
    /// `exact`, `range` (the agency decides within it) or `readings` (two
    /// readings of unclear text).
    pub spread: catalog::risk::Spread,
    /// In Chinese, e.g. `违约金 6万元`, `违约金 19.80元～29.70元（区间，由经办机构在区间内确定）`.
    pub text: String,
}

/// Reads an amount of yuan with up to two decimals (`1500`, `99.5`,
/// `1,200`), as fen.
fn read_yuan(text: &str) -> Option<u64> {
    let text: String = text
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '，')
        .collect();
    let (whole, cents) = match text.split_once('.') {
        Some((w, c)) => (w, c),
        None => (text.as_str(), ""),
    };
    if whole.is_empty() || cents.len() > 2 || !whole.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if !cents.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let whole: u64 = whole.parse().ok()?;
    let cents: u64 = if cents.is_empty() {
        0
    } else {
        format!("{cents:0<2}").parse().ok()?
    };
    whole.checked_mul(100)?.checked_add(cents)
}

/// The liquidated damages of the consequence `risk_id` (`id` or `id#step`;
/// without a step, the clause's first step that fixes damages) for `base`
/// yuan (违规费用, loss or total; up to two decimals) the `nth` time.
///
/// # Errors
/// Names the field: `risk` (no such consequence or step, or one whose text
/// fixes no amount), `base` (not an amount of yuan), `nth` (not 1 or more).
pub fn damages(risk_id: &str, base: &str, nth: &str) -> Result<DamagesView, Vec<InputError>> {
    if !catalog::HAS_AUDIT {
        return Err(vec![InputError::new(
            Some("risk"),
            "本版本不含定点后合规自查的违约后果。",
        )]);
    }
    let (id, step) = match risk_id.split_once('#') {
        Some((id, step)) => (id, step.parse::<usize>().ok().filter(|s| *s >= 1)),
        None => (risk_id, None),
    };
    let risk = catalog::consequences().find(|c| c.id == id);
    let chosen = risk.and_then(|c| match step {
        Some(step) => c.steps.get(step - 1).map(|s| (step, s)),
        None => c
            .steps
            .iter()
            .enumerate()
            .find(|(_, s)| !matches!(s.damages, catalog::risk::Damages::None))
            .map(|(i, s)| (i + 1, s)),
    });
    let base_value = read_yuan(base);
    let nth_value = nth.trim().parse::<u32>().ok().filter(|n| *n >= 1);
    let mut errors = Vec::new();
    if chosen.is_none() {
        errors.push(InputError::new(
            Some("risk"),
            format!("没有编号为「{risk_id}」的违约后果。"),
        ));
    }
    if base_value.is_none() {
        errors.push(InputError::new(
            Some("base"),
            format!("金额（元）应为不小于 0 的数，最多两位小数，收到的是「{base}」。"),
        ));
    }
    if nth_value.is_none() {
        errors.push(InputError::new(
            Some("nth"),
            format!("第几次应为不小于 1 的整数，收到的是「{nth}」。"),
        ));
    }
    let (Some(risk), Some((step_number, step)), Some(base_fen), Some(nth)) =
        (risk, chosen, base_value, nth_value)
    else {
        return Err(errors);
    };
    let (Some(formula), Some(amount)) =
        (step.damages.describe(), step.damages.amount(base_fen, nth))
    else {
        return Err(vec![InputError::new(
            Some("risk"),
            format!("「{}」原文未定违约金金额，无法计算。", risk.label),
        )]);
    };
    use catalog::risk::{yuan_fen, Spread};
    let text = match amount.spread {
        Spread::Exact => format!("违约金 {}", yuan_fen(amount.low_fen)),
        Spread::Range if amount.low_fen == 0 => format!(
            "违约金不超过 {}（由经办机构在此以内确定）",
            yuan_fen(amount.high_fen)
        ),
        Spread::Range => format!(
            "违约金 {}～{}（区间，由经办机构在区间内确定）",
            yuan_fen(amount.low_fen),
            yuan_fen(amount.high_fen)
        ),
        Spread::Readings => format!(
            "违约金 {}～{}（原文有两种读法，分别得出这两个数）",
            yuan_fen(amount.low_fen),
            yuan_fen(amount.high_fen)
        ),
    };
    Ok(DamagesView {
        risk_id: risk.id,
        step: step_number,
        formula,
        base_label: step
            .damages
            .base()
            .map_or("金额", catalog::risk::Base::label),
        base_fen,
        nth,
        low_fen: amount.low_fen,
        high_fen: amount.high_fen,
        spread: amount.spread,
        text,
    })
}

/// The jurisdiction with the given code (`jiangsu`, …).
///
/// # Errors
/// Names the field `jurisdiction` and lists the codes that exist.
pub fn parse_jurisdiction(code: &str) -> Result<Jurisdiction, InputError> {
    Jurisdiction::VALUES
        .iter()
        .zip(Jurisdiction::OPTIONS)
        .find(|(_, o)| o.value == code)
        .map(|(&j, _)| j)
        .ok_or_else(|| {
            let known: Vec<String> = Jurisdiction::OPTIONS
                .iter()
                .map(|o| format!("{}（{}）", o.value, o.label))
                .collect();
            InputError::new(
                Some("jurisdiction"),
                format!("地区「{code}」无效：应为以下之一：{}。", known.join("、")),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_calendar_takes_its_creation_time_and_past_dates_as_options() {
        // Renewal: the application is due by 2026-12-31, past on 2027-01-15.
        let profile = r#"{"jurisdiction":"nantong","application":{"kind":"renewal"},
            "procedure":{"agreement_expires_on":"2027-03-31"}}"#;
        let as_of = "2027-01-15";
        let ics = calendar_with(profile, as_of, Some("2027-01-15T08:30:05.123Z"), false)
            .expect("calendar");
        assert!(ics.contains("DTSTAMP:20270115T083005Z\r\n"), "{ics}");
        assert!(
            !ics.contains("DTSTART;VALUE=DATE:20261231"),
            "past date left out"
        );
        assert!(ics.contains("DTSTART;VALUE=DATE:20270228"), "{ics}");
        let all = calendar_with(profile, as_of, Some("2027-01-15"), true).expect("calendar");
        assert!(all.contains("DTSTART;VALUE=DATE:20261231"));
        assert!(all.contains("DTSTAMP:20270115T000000Z"));
        assert_eq!(
            calendar(profile, as_of).ok(),
            calendar_with(profile, as_of, None, false).ok()
        );
        assert!(calendar_with(profile, as_of, Some("2027-01-15T08:30:00Z"), false).is_ok());
        for now in [
            "2027-06-01 08:30",
            "2027-06-01T25:00:00Z",
            "2027-06-01T08:30:00+08:00",
            "2027-06-01T08:30:00.Z",
            "2027-06-01T08:30:00",
            "2027-6-1",
            "",
        ] {
            let errors = calendar_with(profile, as_of, Some(now), false).expect_err(now);
            assert_eq!(errors[0].field.as_deref(), Some("options.now"), "{now}");
        }
        let both = calendar_with("{}", as_of, Some("x"), false).expect_err("both wrong");
        assert_eq!(both.len(), 2);
    }

    #[test]
    fn check_reports_errors_of_the_profile_and_the_date_together() {
        let errors = check(
            r#"{"jurisdiction":"jiangsu","institution":{"beds":"x"}}"#,
            "2026-13-01",
        )
        .expect_err("both wrong");
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_deref()).collect();
        assert_eq!(fields, [Some("institution.beds"), Some("as_of")]);
        assert!(errors[1].message.contains("2026-13-01"));
    }

    #[test]
    fn results_cross_the_boundary_as_tagged_unions() {
        let ok: Envelope<u8> = Ok::<u8, Vec<InputError>>(7).into();
        assert_eq!(
            serde_json::to_value(&ok).ok(),
            Some(serde_json::json!({"type": "success", "value": 7}))
        );
        let bad: Envelope<u8> = parse_as_of("x").map(|_| 0).into();
        let json = serde_json::to_value(&bad).expect("json");
        assert_eq!(json["type"], "failure");
        assert_eq!(json["errors"][0]["field"], "as_of");
    }

    #[test]
    fn a_saved_self_check_is_read_back_or_refused_naming_the_field() {
        let saved = read_saved(r#"{"format":"dingdian-selfcheck/1","as_of":"2026-11-22","profile":{"jurisdiction":"jilin"}}"#)
            .expect("saved file");
        assert_eq!(saved.as_of.to_string(), "2026-11-22");
        let field = |json: &str| read_saved(json).err().and_then(|e| e[0].field.clone());
        assert_eq!(field(r#"{"format":"other"}"#).as_deref(), Some("format"));
        assert_eq!(field("[1]"), None);
        assert_eq!(
            field(r#"{"format":"dingdian-selfcheck/1","as_of":"2026-11-22","profile":{"jurisdiction":"jilin","institution":{"beds":"x"}}}"#).as_deref(),
            Some("profile.institution.beds")
        );
        assert_eq!(
            field(r#"{"format":"dingdian-selfcheck/1","as_of":"11/22","profile":{"jurisdiction":"jilin"}}"#).as_deref(),
            Some("as_of")
        );
        // A field this version does not know (a newer version wrote it) is passed over, with a notice.
        let newer = read_saved(r#"{"format":"dingdian-selfcheck/1","as_of":"2026-11-22","profile":{"jurisdiction":"jilin"},"x":1}"#)
            .expect("opens");
        assert_eq!(newer.notices.len(), 1, "{:?}", newer.notices);
        assert!(newer.notices[0].contains("1 项本版本不认识的内容"));
        let later = read_saved(r#"{"format":"dingdian-selfcheck/3","as_of":"2026-11-22","profile":{"jurisdiction":"jilin"},"signatures":[]}"#)
            .expect("a later format opens");
        assert!(later.notices[0].contains("第 3 版"), "{:?}", later.notices);
        assert_eq!(later.format, SAVED_FORMAT);
        // Not ours at all, or the first version's number spelt otherwise: refused.
        assert_eq!(field(r#"{"format":"dingdian-selfcheck/x","as_of":"2026-11-22","profile":{"jurisdiction":"jilin"}}"#).as_deref(), Some("format"));
        assert_eq!(field(r#"{"format":"dingdian-selfcheck/0","as_of":"2026-11-22","profile":{"jurisdiction":"jilin"}}"#).as_deref(), Some("format"));
    }

    #[test]
    fn the_ledger_is_saved_read_back_and_checked_line_by_line() {
        let ledger = r#"{"js.a9.i2.price-policy":{"owner":"张三","due":"2026-12-31","status":"in_progress","note":"已修订收费公示"},
            "no.such.rule":{"owner":"x"},
            "js.a6.i1.operating-3-months":{"status":"done","colour":"red"}}"#;
        let text = save_with_ledger(r#"{"jurisdiction":"jiangsu"}"#, "2026-11-22", Some(ledger))
            .expect("saved");
        let back = read_saved(&text).expect("read back");
        assert_eq!(back.ledger.len(), 2, "the unknown rule is left out");
        let line = back.ledger.get("js.a9.i2.price-policy").expect("line");
        assert_eq!(line.owner.as_deref(), Some("张三"));
        assert_eq!(
            line.due.map(|d| d.to_string()).as_deref(),
            Some("2026-12-31")
        );
        assert_eq!(line.status, LedgerStatus::InProgress);
        assert_eq!(
            back.ledger
                .get("js.a6.i1.operating-3-months")
                .map(|l| l.status),
            Some(LedgerStatus::Done)
        );
        assert!(
            back.notices.is_empty(),
            "nothing left to pass over: {:?}",
            back.notices
        );
        assert!(!text.contains("notices"));
        // Reading a file with such lines says so.
        let file = format!(
            r#"{{"format":"dingdian-selfcheck/1","as_of":"2026-11-22","profile":{{"jurisdiction":"jiangsu"}},"ledger":{ledger}}}"#
        );
        let read = read_saved(&file).expect("opens");
        assert_eq!(read.notices.len(), 2, "{:?}", read.notices);
        // No ledger: none written.
        assert!(!save(r#"{"jurisdiction":"jiangsu"}"#, "2026-11-22")
            .expect("saved")
            .contains("ledger"));
        // Bad lines are refused naming the field.
        let fields = |ledger: &str| {
            save_with_ledger(r#"{"jurisdiction":"jiangsu"}"#, "2026-11-22", Some(ledger))
                .err()
                .map(|e| {
                    e.into_iter()
                        .map(|e| e.field.unwrap_or_default())
                        .collect::<Vec<_>>()
                })
        };
        assert_eq!(
            fields(
                r#"{"js.a9.i2.price-policy":{"owner":"a\u0007b","due":"2026-02-30","status":"later"}}"#
            ),
            Some(vec![
                "ledger.js.a9.i2.price-policy.owner".to_string(),
                "ledger.js.a9.i2.price-policy.due".to_string(),
                "ledger.js.a9.i2.price-policy.status".to_string()
            ])
        );
        assert_eq!(fields("[1]"), Some(vec!["ledger".to_string()]));
        assert_eq!(fields("{"), Some(vec!["ledger".to_string()]));
        let long = "长".repeat(LEDGER_TEXT_MAX + 1);
        assert!(fields(&format!(
            r#"{{"js.a9.i2.price-policy":{{"note":"{long}"}}}}"#
        ))
        .is_some());
        let fits = "长".repeat(LEDGER_TEXT_MAX);
        assert!(fields(&format!(
            r#"{{"js.a9.i2.price-policy":{{"note":"{fits}"}}}}"#
        ))
        .is_none());
    }

    #[test]
    fn jurisdictions_say_which_applications_have_rules() {
        let all = jurisdictions();
        let jilin = all
            .iter()
            .find(|j| j.code == Jurisdiction::Jilin)
            .expect("jilin");
        assert!(jilin.applications.iter().any(|a| a.pharmacy));
        let renewal = jilin
            .applications
            .iter()
            .find(|a| !a.pharmacy && a.kind == crate::facts::ApplicationKind::Renewal)
            .expect("renewal");
        assert!(!renewal.rules && renewal.deadlines);
    }

    #[test]
    fn saved_files_are_laid_out_as_serde_json_pretty_prints() {
        for example in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
            .expect("examples")
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
        {
            let text = std::fs::read_to_string(example.path()).expect("example");
            let saved = save(&text, "2026-11-22").expect("saved");
            let back = read_saved(&saved).expect("read back");
            let pretty = serde_json::to_string_pretty(&back).expect("pretty") + "\n";
            assert_eq!(saved, pretty, "{}", example.path().display());
        }
        let nested = r#"{"a":[],"b":{},"c":[1,{"d":"x\\\"{[,:"}],"e":{"f":null}}"#;
        let value: serde_json::Value = serde_json::from_str(nested).expect("json");
        assert_eq!(
            indent_json(nested),
            serde_json::to_string_pretty(&value).expect("pretty")
        );
    }

    #[test]
    fn a_saved_file_reads_back_as_what_was_saved() {
        let text = save(
            r#"{"jurisdiction":"jilin","institution":{"beds":30}}"#,
            "2026-11-22",
        )
        .expect("saved");
        let back = read_saved(&text).expect("read back");
        assert_eq!(back.profile.institution.beds, Some(30));
        assert_eq!(back.as_of.to_string(), "2026-11-22");
        assert!(save(
            r#"{"jurisdiction":"jilin","institution":{"beds":-1}}"#,
            "2026-11-22"
        )
        .is_err());
    }

    #[test]
    fn two_saved_self_checks_compare_or_name_the_file_in_error() {
        let before = r#"{"format":"dingdian-selfcheck/1","as_of":"2026-11-22","profile":{"jurisdiction":"jiangsu","history":{"leader_dishonest":true}}}"#;
        let after = r#"{"format":"dingdian-selfcheck/1","as_of":"2026-11-22","profile":{"jurisdiction":"jiangsu","history":{"leader_dishonest":false}}}"#;
        let c = compare(before, after).expect("comparison");
        assert!(c
            .changes
            .iter()
            .any(|x| x.rule_id == "js.a9.i8.leader-dishonest"
                && x.change == crate::report::Change::Fixed));
        let e = compare(before, "{}").expect_err("bad after");
        assert_eq!(e[0].field.as_deref(), Some("after.format"));
        // The earlier ledger line of a problem still open is carried on.
        let open_before = r#"{"format":"dingdian-selfcheck/1","as_of":"2026-11-22","profile":{"jurisdiction":"jiangsu","history":{"leader_dishonest":true}},"ledger":{"js.a9.i8.leader-dishonest":{"owner":"张三","status":"in_progress"}}}"#;
        let c = compare(open_before, before).expect("comparison");
        assert_eq!(
            c.carried
                .get("js.a9.i8.leader-dishonest")
                .and_then(|l| l.owner.as_deref()),
            Some("张三")
        );
        let c = compare(open_before, after).expect("comparison");
        assert!(c.carried.is_empty(), "fixed: nothing carried");
    }

    #[test]
    fn check_returns_a_report_for_good_input() {
        let report = check(r#"{"jurisdiction":"nantong"}"#, "2026-11-22").expect("report");
        assert_eq!(report.jurisdiction.name, "南通（江苏）");
        assert_eq!(report.as_of.to_string(), "2026-11-22");
    }

    #[test]
    fn every_jurisdiction_lists_the_documents_it_applies() {
        let all = jurisdictions();
        assert_eq!(all.len(), Jurisdiction::VALUES.len());
        let zs = all
            .iter()
            .find(|j| j.code == Jurisdiction::Zhongshan)
            .expect("zhongshan");
        let roles: Vec<_> = zs.documents.iter().map(|d| (d.code, d.role)).collect();
        assert_eq!(
            roles,
            [
                (DocumentId::Guangdong, Role::Decides),
                (DocumentId::Zhongshan, Role::DraftPreview)
            ]
        );
    }

    #[test]
    fn damages_are_worked_out_from_the_consequence_or_refused_naming_the_field() {
        let yuan = |v: &DamagesView| (v.low_fen / 100, v.high_fen / 100);
        let t65_2 = damages("nt.a65.t65-2", "1500", "1").expect("T65-2");
        assert_eq!(yuan(&t65_2), (2000, 2000));
        assert_eq!(t65_2.step, 2, "the step that fixes the damages");
        assert_eq!(t65_2.text, "违约金 2000元");
        let t65_4 = damages("nt.a65.t65-4", "50000", "2").expect("T65-4");
        assert_eq!(yuan(&t65_4), (200_000, 300_000));
        assert_eq!(
            t65_4.text,
            "违约金 20万元～30万元（原文有两种读法，分别得出这两个数）"
        );
        // JS 第四十四条: a discretionary range, never below 20% (99 × 20% = 19.80).
        let loss = damages("js.a44.l3", "99", "1").expect("JS L3");
        assert_eq!((loss.low_fen, loss.high_fen), (1_980, 2_970));
        assert_eq!(
            loss.text,
            "违约金 19.80元～29.70元（区间，由经办机构在区间内确定）"
        );
        assert_eq!(loss.base_label, "造成医保基金损失金额");
        // NT 第六十四条 T64e: 5000 yuan when not corrected after notice, doubled from the second time.
        let t64e = damages("nt.a64.t64e", "0", "2").expect("T64e");
        assert_eq!(yuan(&t64e), (10_000, 10_000));
        // NT 第六十六条: once, or twice when not corrected after notice (its third step).
        let once = damages("nt.a66.general-fee", "1200.50", "1").expect("NT 66");
        assert_eq!((once.low_fen, once.step), (120_050, 2));
        let twice = damages("nt.a66.general-fee#3", "1,200.50", "1").expect("NT 66 #3");
        assert_eq!(twice.low_fen, 240_100);
        // NT 第六十四条 T64c counts on the check-up total.
        let checkup = damages("nt.a64.t64c", "200000", "1").expect("T64c");
        assert_eq!(
            (yuan(&checkup), checkup.base_label),
            ((4000, 4000), "参检人员体检总费用")
        );
        let errors = damages("nt.nothing", "-5", "0").expect_err("three errors");
        let fields: Vec<_> = errors.iter().map(|e| e.field.as_deref()).collect();
        assert_eq!(fields, [Some("risk"), Some("base"), Some("nth")]);
        for bad in ["1.005", "1e3", "", "1.2.3", "-0"] {
            assert!(damages("nt.a65.t65-2", bad, "1").is_err(), "{bad}");
        }
        assert!(damages("nt.a65.t65-2#9", "1", "1").is_err());
        let unspecified = damages("nt.a64.t64a", "100", "1").expect_err("no amount");
        assert!(
            unspecified[0].message.contains("未定违约金"),
            "{:?}",
            unspecified
        );
    }

    #[test]
    fn labels_pair_each_json_value_with_its_chinese_words() {
        let labels = serde_json::to_value(labels()).expect("json");
        assert_eq!(labels["outcomes"][3]["value"], "needs_information");
        assert_eq!(labels["outcomes"][3]["label"], "需补充信息");
        assert_eq!(labels["groups"][2]["value"], "refusal");
        assert_eq!(labels["may_apply"][1]["label"], "暂不能申请");
    }

    #[test]
    fn rules_can_be_listed_per_jurisdiction() {
        let js = rules(Some(Jurisdiction::Jiangsu));
        assert!(!js.is_empty());
        assert!(js
            .iter()
            .all(|r| r.citation.document == DocumentId::Jiangsu));
        assert!(rules(None).len() >= js.len());
    }

    #[test]
    fn an_article_is_found_by_document_code_and_label_or_the_field_is_named() {
        let a6 = article("JS", "第六条").expect("article");
        assert!(a6.text.contains("正式运营至少3个月"));
        assert_eq!(
            article("XX", "第六条").map_err(|e| e.field).err(),
            Some(Some("document".into()))
        );
        assert_eq!(
            article("JS", "第九十九条").map_err(|e| e.field).err(),
            Some(Some("article".into()))
        );
    }

    #[test]
    fn a_jurisdiction_code_is_read_or_the_known_ones_are_listed() {
        assert_eq!(parse_jurisdiction("jilin").ok(), Some(Jurisdiction::Jilin));
        let e = parse_jurisdiction("beijing").expect_err("unknown");
        assert!(e.message.contains("jiangsu（江苏）"));
    }
}
