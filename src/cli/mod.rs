//! The `dingdian` command line: the same engine as the page, for agencies
//! and for scripts. Messages are in Chinese; input errors name the field.
//!
//! Exit codes: 0 when nothing fails, 1 when a finding fails, 2 for input
//! that cannot be used.

mod batch;
mod markdown;

pub use batch::{run_batch, Tally};
pub use markdown::{
    consequences_markdown, document_markdown, profile_fields_markdown, readings_markdown,
    rules_markdown,
};

use std::io::{Read, Write};

use chrono::NaiveDate;

use crate::api;
use crate::facts::InputError;
use crate::report::{render_ics_with, render_text, IcsOptions, MayApply, Report};

/// Exit code when nothing fails.
pub const EXIT_OK: i32 = 0;
/// Exit code when at least one finding fails.
pub const EXIT_FAILED: i32 = 1;
/// Exit code for input that cannot be used.
pub const EXIT_BAD_INPUT: i32 = 2;

const USAGE: &str = "\
dingdian —— 医保定点申请自查（规则依据：江苏、广东、中山（征求意见稿）、吉林、南通）

用法：
  dingdian check <机构信息.json | -> [--as-of YYYY-MM-DD] [--format text|json|ics]
      按自查日期检查机构是否可以申请医保定点，并计算各项时限。--as-of 缺省为今天（北京时间）。
      --format ics 输出时限日历（iCalendar），可导入日历软件。
      退出码：0 无不符合项；1 有不符合项；2 输入无法使用。
  dingdian batch <机构信息.jsonl | -> [--as-of YYYY-MM-DD] [--summary 汇总.csv]
      批量核查：每行一份机构信息（JSON），每行输出一份结果（JSONL，写到标准输出），
      汇总表（CSV，可用 Excel 打开）写到 --summary 指定的文件（缺省为 <输入>.summary.csv）。
      某行有误时报告行号并继续。退出码：0 全部可用且无不符合；1 有机构不符合；2 有行无法使用。
  dingdian schema
      输出机构信息格式的 JSON Schema（dingdian-profile/1）。
  dingdian rules [--jurisdiction 地区] [--format text|json|markdown]
      列出规则目录（每条规则的编号、条款、原文与建议）。
  dingdian article <文件代码> <条>
      显示某条原文，如：dingdian article JS 第六条
  dingdian damages <违约后果编号> --base <违规费用（元）> [--nth 第几次]
      按违约后果的条款计算违约金（倍数、下限与上限；有两种读法时给出区间），
      如：dingdian damages nt.a65.t65-2 --base 1500。编号见报告中各项的 risks。
  dingdian --version | --help

地区：jiangsu 江苏、nantong 南通、guangdong 广东、jieyang 揭阳、zhongshan 中山、jilin 吉林
";

/// Runs the command line with `args` (without the program name), reading a
/// profile from `stdin` when the path is `-`. `today` is the default as-of
/// date, supplied by the caller so that this function stays pure.
pub fn run(
    args: &[String],
    stdin: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
    today: NaiveDate,
) -> i32 {
    match dispatch(args, stdin, out, err, today) {
        Ok(code) => code,
        Err(errors) => {
            for e in errors {
                let _ = writeln!(err, "错误：{}", e.message);
            }
            EXIT_BAD_INPUT
        }
    }
}

type Outcome = Result<i32, Vec<InputError>>;

fn usage_error(message: impl Into<String>) -> Vec<InputError> {
    vec![InputError::new(
        None,
        format!("{}\n\n{USAGE}", message.into()),
    )]
}

/// Splits `args` into positional arguments and `--name value` options.
struct Parsed {
    positional: Vec<String>,
    options: Vec<(String, String)>,
}

fn parse_args(args: &[String], known: &[&str]) -> Result<Parsed, Vec<InputError>> {
    let mut parsed = Parsed {
        positional: Vec::new(),
        options: Vec::new(),
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if let Some(name) = arg.strip_prefix("--") {
            let (name, value) = match name.split_once('=') {
                Some((n, v)) => (n.to_string(), v.to_string()),
                None => {
                    let value = iter
                        .next()
                        .ok_or_else(|| usage_error(format!("选项 --{name} 缺少取值。")))?;
                    (name.to_string(), value.clone())
                }
            };
            if !known.contains(&name.as_str()) {
                return Err(usage_error(format!("未知选项 --{name}。")));
            }
            parsed.options.push((name, value));
        } else {
            parsed.positional.push(arg.clone());
        }
    }
    Ok(parsed)
}

impl Parsed {
    fn option(&self, name: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn format(&self, allowed: &[&str]) -> Result<String, Vec<InputError>> {
        let format = self.option("format").unwrap_or("text");
        if allowed.contains(&format) {
            Ok(format.to_string())
        } else {
            Err(vec![InputError::new(
                Some("format"),
                format!("输出格式「{format}」无效：应为 {}。", allowed.join("、")),
            )])
        }
    }
}

fn dispatch(
    args: &[String],
    stdin: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
    today: NaiveDate,
) -> Outcome {
    let Some((command, rest)) = args.split_first() else {
        let _ = out.write_all(USAGE.as_bytes());
        return Ok(EXIT_BAD_INPUT);
    };
    match command.as_str() {
        "check" => check(rest, stdin, out, today),
        "batch" => batch(rest, stdin, out, err, today),
        "schema" => {
            let schema = crate::facts::schema::profile_schema();
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&schema).unwrap_or_default()
            );
            Ok(EXIT_OK)
        }
        "rules" => rules(rest, out),
        "article" => article(rest, out),
        "damages" => damages(rest, out),
        "--help" | "-h" | "help" => {
            let _ = out.write_all(USAGE.as_bytes());
            Ok(EXIT_OK)
        }
        "--version" | "-V" => {
            let _ = writeln!(
                out,
                "dingdian {}（规则目录 {}）",
                env!("CARGO_PKG_VERSION"),
                crate::catalog::CATALOG_VERSION
            );
            Ok(EXIT_OK)
        }
        other => Err(usage_error(format!("未知命令「{other}」。"))),
    }
}

fn read_input(path: &str, stdin: &mut dyn Read) -> Result<String, Vec<InputError>> {
    let mut text = String::new();
    let result = if path == "-" {
        stdin.read_to_string(&mut text).map(|_| text)
    } else {
        std::fs::read_to_string(path)
    };
    result.map_err(|e| {
        vec![InputError::new(
            Some("profile"),
            format!("无法读取机构信息文件「{path}」：{}", io_reason(&e)),
        )]
    })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "文件不存在。".to_string(),
        std::io::ErrorKind::PermissionDenied => "没有读取权限。".to_string(),
        std::io::ErrorKind::InvalidData => "文件不是 UTF-8 编码的文本。".to_string(),
        _ => format!("{e}"),
    }
}

/// The calendar's options from the clock: created now (DTSTAMP, UTC).
fn calendar_now(report: &Report) -> IcsOptions {
    let mut options = IcsOptions::for_report(report);
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()
        .and_then(|d| i64::try_from(d.as_secs()).ok());
    if let Some(now) = seconds.and_then(|s| chrono::DateTime::from_timestamp(s, 0)) {
        options.created = now.naive_utc();
    }
    options
}

fn check(args: &[String], stdin: &mut dyn Read, out: &mut dyn Write, today: NaiveDate) -> Outcome {
    let parsed = parse_args(args, &["as-of", "format"])?;
    let format = parsed.format(&["text", "json", "ics"])?;
    let [path] = parsed.positional.as_slice() else {
        return Err(usage_error(
            "check 需要且只需要一个机构信息文件（或 - 表示标准输入）。",
        ));
    };
    let text = read_input(path, stdin)?;
    let as_of = parsed
        .option("as-of")
        .map(str::to_string)
        .unwrap_or_else(|| today.format("%Y-%m-%d").to_string());
    let report = api::check(&text, &as_of)?;
    let written = match format.as_str() {
        "json" => serde_json::to_string_pretty(&report)
            .map_err(std::io::Error::other)
            .and_then(|json| writeln!(out, "{json}")),
        "ics" => out.write_all(render_ics_with(&report, &calendar_now(&report)).as_bytes()),
        _ => out.write_all(render_text(&report).as_bytes()),
    };
    if let Err(e) = written {
        return Err(vec![InputError::new(None, format!("无法输出报告：{e}"))]);
    }
    Ok(if report.conclusion.may_apply == MayApply::No {
        EXIT_FAILED
    } else {
        EXIT_OK
    })
}

fn batch(
    args: &[String],
    stdin: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
    today: NaiveDate,
) -> Outcome {
    let parsed = parse_args(args, &["as-of", "summary"])?;
    let [path] = parsed.positional.as_slice() else {
        return Err(usage_error(
            "batch 需要且只需要一个 JSONL 文件（或 - 表示标准输入）。",
        ));
    };
    let as_of = parsed
        .option("as-of")
        .map(str::to_string)
        .unwrap_or_else(|| today.format("%Y-%m-%d").to_string());
    api::parse_as_of(&as_of).map_err(|e| vec![e])?;
    let summary_path = parsed
        .option("summary")
        .map(str::to_string)
        .unwrap_or_else(|| {
            if path == "-" {
                "dingdian-summary.csv".to_string()
            } else {
                format!("{path}.summary.csv")
            }
        });
    let text = read_input(path, stdin)?;
    let mut summary = Vec::new();
    let tally = run_batch(&mut text.as_bytes(), &as_of, out, &mut summary, err)
        .map_err(|e| vec![InputError::new(None, format!("无法输出结果：{e}"))])?;
    std::fs::write(&summary_path, summary).map_err(|e| {
        vec![InputError::new(
            Some("summary"),
            format!("无法写出汇总表「{summary_path}」：{}", io_reason(&e)),
        )]
    })?;
    Ok(if tally.bad_lines > 0 {
        EXIT_BAD_INPUT
    } else if tally.may_not_apply > 0 {
        EXIT_FAILED
    } else {
        EXIT_OK
    })
}

fn rules(args: &[String], out: &mut dyn Write) -> Outcome {
    let parsed = parse_args(args, &["jurisdiction", "format"])?;
    let format = parsed.format(&["text", "json", "markdown"])?;
    let jurisdiction = parsed
        .option("jurisdiction")
        .map(api::parse_jurisdiction)
        .transpose()
        .map_err(|e| vec![e])?;
    let text = match format.as_str() {
        "json" => serde_json::to_string_pretty(&api::rules(jurisdiction)).unwrap_or_default(),
        "markdown" => rules_markdown(jurisdiction),
        _ => {
            let mut text = String::new();
            for rule in api::rules(jurisdiction) {
                text.push_str(&format!(
                    "{}  {}  {}\n    「{}」\n",
                    rule.id, rule.citation.text, rule.title, rule.quote
                ));
            }
            text
        }
    };
    let _ = writeln!(out, "{}", text.trim_end());
    Ok(EXIT_OK)
}

fn damages(args: &[String], out: &mut dyn Write) -> Outcome {
    let parsed = parse_args(args, &["base", "nth"])?;
    let [risk] = parsed.positional.as_slice() else {
        return Err(usage_error(
            "damages 需要违约后果编号，如：dingdian damages nt.a65.t65-2 --base 1500",
        ));
    };
    let base = parsed
        .option("base")
        .ok_or_else(|| usage_error("damages 需要 --base 金额（元，如违规费用）。"))?;
    let view = api::damages(risk, base, parsed.option("nth").unwrap_or("1"))?;
    let _ = writeln!(
        out,
        "{}（{}；{} {}，第 {} 次）",
        view.text,
        view.formula,
        view.base_label,
        crate::catalog::risk::yuan_fen(view.base_fen),
        view.nth
    );
    Ok(EXIT_OK)
}

fn article(args: &[String], out: &mut dyn Write) -> Outcome {
    let parsed = parse_args(args, &[])?;
    let [document, label] = parsed.positional.as_slice() else {
        return Err(usage_error(
            "article 需要文件代码和条，如：dingdian article JS 第六条",
        ));
    };
    let found = api::article(document, label).map_err(|e| vec![e])?;
    let presumed = if found.presumed {
        "（条号为推定）"
    } else {
        ""
    };
    let _ = writeln!(
        out,
        "《{}》{}{}\n{}",
        found.document_title, found.label, presumed, found.text
    );
    Ok(EXIT_OK)
}
