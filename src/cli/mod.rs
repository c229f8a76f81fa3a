//! The `dingdian` command line: the same engine as the page, for agencies
//! and for scripts. Messages are in Chinese; input errors name the field.
//!
//! Exit codes: 0 when nothing fails, 1 when a finding fails (or, for
//! `verify`, when the file does not hold), 2 for input that cannot be used,
//! 3 when an output cannot be written (a closed pipe, a full disk).
//! Everything printed as text passes through [`terminal_safe`], so that no
//! input can move the cursor, hide text or forge a line.

mod batch;
mod markdown;
mod terminal;

pub use batch::{run_batch, BatchOptions, Findings, Tally};
pub use markdown::{
    consequences_markdown, document_markdown, profile_fields_markdown, readings_markdown,
    rules_markdown,
};
pub use terminal::terminal_safe;

use std::io::{BufRead, BufReader, Read, Write};

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
/// Exit code when an output cannot be written (or an input stops being
/// readable part-way): the results are incomplete, whatever they said.
pub const EXIT_IO: i32 = 3;

const USAGE: &str = "\
dingdian —— 医保定点申请自查（规则依据：江苏、广东、中山（征求意见稿）、吉林、南通）

用法：
  dingdian check <机构信息.json | -> [--as-of YYYY-MM-DD] [--format text|json|ics]
  dingdian batch <机构信息.jsonl | -> [--as-of YYYY-MM-DD] [--summary 汇总.csv] [--force]
                 [--findings fail|all|none]
  dingdian verify <自查文件.json | -> [--format text|json]
  dingdian schema
  dingdian rules [--jurisdiction 地区] [--format text|json|markdown]
  dingdian article <文件代码> <条>
  dingdian damages <违约后果编号> --base <违规费用（元）> [--nth 第几次]
  dingdian <命令> --help          各命令的说明
  dingdian --version | --help

地区：jiangsu 江苏、nantong 南通、guangdong 广东、jieyang 揭阳、zhongshan 中山、jilin 吉林
退出码：0 无不符合项；1 有不符合项（verify：文件与重新自查不一致）；2 输入无法使用；
       3 无法写出结果（如管道已关闭、磁盘已满）。
";

const CHECK_HELP: &str = "\
用法：dingdian check <机构信息.json | -> [--as-of YYYY-MM-DD] [--format text|json|ics]

按自查日期检查机构是否可以申请医保定点（或定点后是否守约），并计算各项时限。
  -                 从标准输入读取机构信息
  --as-of 日期      自查日期，格式 YYYY-MM-DD，缺省为今天（北京时间）
  --format 格式     text 中文报告（缺省）；json JSON 报告；ics 时限日历（iCalendar）

退出码：0 无不符合项；1 有不符合项（含缺申请材料）；2 输入无法使用；3 无法写出结果。
";

const BATCH_HELP: &str = "\
用法：dingdian batch <机构信息.jsonl | -> [--as-of YYYY-MM-DD] [--summary 汇总.csv] [--force]
                     [--findings fail|all|none]

批量核查：每行一份机构信息（JSON），每行输出一份结果（JSONL，写到标准输出），
汇总表（CSV，UTF-8 带 BOM，可用 Excel 打开）每家机构一行。逐行读、逐行写，
内存占用与行数无关。某行有误（含不是 UTF-8 的行）时报告行号并继续。
  --summary 文件    汇总表路径，缺省为 <输入>.summary.csv（标准输入时为 dingdian-summary.csv）；
                    不能是输入文件本身
  --force           汇总表已存在时替换它（缺省拒绝覆盖）
  --findings 范围   精简输出：不写完整报告，只写结论和规则编号与结果
                    （fail 只列不符合的规则；all 列出全部；none 不列）；
                    规则编号可用 dingdian rules --format json 查到条款与原文
  --as-of 日期      自查日期，缺省为今天（北京时间）
标准错误输出是终端时显示进度（已核查行数、速度、预计剩余时间）；被重定向时不显示。

退出码：0 全部可用且无不符合；1 有机构不符合；2 有行无法使用；3 无法写出结果。
";

const VERIFY_HELP: &str = "\
用法：dingdian verify <自查文件.json | -> [--format text|json]

核对机构出示的自查文件（页面“保存为自查文件”所存）：用本机的规则重新自查，
说明结论与规则指纹（rules_hash）是否与文件记录一致；规则目录变化后，列出结果
不同的规则。

退出码：0 一致；1 不一致（或文件未记录结论）；2 文件无法使用；3 无法写出结果。
";

const OTHER_HELP: &str = "\
用法：
dingdian schema
    输出机构信息格式的 JSON Schema（dingdian-profile/1）。
dingdian rules [--jurisdiction 地区] [--format text|json|markdown]
    列出规则目录（每条规则的编号、条款、原文与建议）。
dingdian article <文件代码> <条>
    显示某条原文，如：dingdian article JS 第六条
dingdian damages <违约后果编号> --base <违规费用（元）> [--nth 第几次]
    按违约后果的条款计算违约金（倍数、下限与上限；有两种读法时给出区间），
    如：dingdian damages nt.a65.t65-2 --base 1500。编号见报告中各项的 risks。
";

/// Where the command reads and writes, and what it may know of them.
pub struct Streams<'a> {
    pub stdin: &'a mut dyn Read,
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    /// Whether standard error is a terminal: a batch shows its progress
    /// there only then.
    pub err_is_terminal: bool,
}

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
    run_with(
        args,
        Streams {
            stdin,
            out,
            err,
            err_is_terminal: false,
        },
        today,
    )
}

/// [`run`] with what the caller knows of the streams.
pub fn run_with(args: &[String], streams: Streams<'_>, today: NaiveDate) -> i32 {
    let Streams {
        stdin,
        out,
        err,
        err_is_terminal,
    } = streams;
    let result = dispatch(args, stdin, out, err, err_is_terminal, today);
    // Whatever is buffered must reach its file: a full disk shows here.
    let result = match (result, out.flush()) {
        (Ok(_), Err(e)) => Err(Failure::Io(output_error("结果", &e))),
        (result, _) => result,
    };
    match result {
        Ok(code) => code,
        Err(Failure::Input(errors, usage)) => {
            for e in errors {
                let _ = writeln!(err, "错误：{}", terminal_safe(&e.message, false));
            }
            if let Some(usage) = usage {
                let _ = write!(err, "\n{usage}");
            }
            EXIT_BAD_INPUT
        }
        Err(Failure::Io(message)) => {
            let _ = writeln!(err, "错误：{}", terminal_safe(&message, false));
            EXIT_IO
        }
    }
}

/// Why a command stopped.
enum Failure {
    /// Input that cannot be used, and the help to print after it.
    Input(Vec<InputError>, Option<&'static str>),
    /// An output that cannot be written: what, and why.
    Io(String),
}

impl From<Vec<InputError>> for Failure {
    fn from(errors: Vec<InputError>) -> Failure {
        Failure::Input(errors, None)
    }
}

impl From<InputError> for Failure {
    fn from(error: InputError) -> Failure {
        Failure::Input(vec![error], None)
    }
}

type Outcome = Result<i32, Failure>;

fn usage_error(message: impl Into<String>, usage: &'static str) -> Failure {
    Failure::Input(vec![InputError::new(None, message)], Some(usage))
}

/// The message for an output that cannot be written.
fn output_error(what: &str, e: &std::io::Error) -> String {
    let reason = match e.kind() {
        std::io::ErrorKind::BrokenPipe => "接收输出的管道已关闭。".to_string(),
        std::io::ErrorKind::StorageFull => "磁盘已满。".to_string(),
        std::io::ErrorKind::PermissionDenied => "没有写入权限。".to_string(),
        _ => format!("{e}。"),
    };
    format!("无法写出{what}：{reason}")
}

/// Writes `text` to `out` as a terminal shows it safely.
fn print(out: &mut dyn Write, text: &str) -> Result<(), Failure> {
    out.write_all(terminal_safe(text, true).as_bytes())
        .map_err(|e| Failure::Io(output_error("结果", &e)))
}

/// Splits `args` into positional arguments, `--name value` options and
/// `--flag` switches.
struct Parsed {
    positional: Vec<String>,
    options: Vec<(String, String)>,
    flags: Vec<String>,
    help: bool,
}

fn parse_args(
    args: &[String],
    known: &[&str],
    switches: &[&str],
    usage: &'static str,
) -> Result<Parsed, Failure> {
    let mut parsed = Parsed {
        positional: Vec::new(),
        options: Vec::new(),
        flags: Vec::new(),
        help: false,
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "--help" || arg == "-h" {
            parsed.help = true;
        } else if arg == "-" {
            parsed.positional.push(arg.clone());
        } else if let Some(name) = arg.strip_prefix("--") {
            if switches.contains(&name) {
                parsed.flags.push(name.to_string());
                continue;
            }
            let (name, value) = match name.split_once('=') {
                Some((n, v)) => (n.to_string(), v.to_string()),
                None => {
                    let value = iter
                        .next()
                        .ok_or_else(|| usage_error(format!("选项 --{name} 缺少取值。"), usage))?;
                    (name.to_string(), value.clone())
                }
            };
            if !known.contains(&name.as_str()) {
                return Err(usage_error(format!("未知选项 --{name}。"), usage));
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

    fn flag(&self, name: &str) -> bool {
        self.flags.iter().any(|f| f == name)
    }

    fn choice(&self, name: &str, default: &str, allowed: &[&str]) -> Result<String, Failure> {
        let value = self.option(name).unwrap_or(default);
        if allowed.contains(&value) {
            Ok(value.to_string())
        } else {
            let what = if name == "format" {
                "输出格式"
            } else {
                "取值"
            };
            Err(InputError::new(
                Some(name),
                format!(
                    "--{name} 的{what}「{value}」无效：应为 {}。",
                    allowed.join("、")
                ),
            )
            .into())
        }
    }

    fn format(&self, allowed: &[&str]) -> Result<String, Failure> {
        self.choice("format", "text", allowed)
    }

    fn as_of(&self, today: NaiveDate) -> Result<String, Failure> {
        let as_of = self
            .option("as-of")
            .map(str::to_string)
            .unwrap_or_else(|| today.format("%Y-%m-%d").to_string());
        api::parse_as_of(&as_of)?;
        Ok(as_of)
    }
}

/// Prints `help` and succeeds when `--help` was given.
fn help_requested(parsed: &Parsed, help: &str, out: &mut dyn Write) -> Option<Outcome> {
    parsed.help.then(|| print(out, help).map(|()| EXIT_OK))
}

fn dispatch(
    args: &[String],
    stdin: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
    err_is_terminal: bool,
    today: NaiveDate,
) -> Outcome {
    let Some((command, rest)) = args.split_first() else {
        print(out, USAGE)?;
        return Ok(EXIT_BAD_INPUT);
    };
    match command.as_str() {
        "check" => check(rest, stdin, out, today),
        "batch" => batch(rest, stdin, out, err, err_is_terminal, today),
        "verify" => verify(rest, stdin, out),
        "schema" => {
            let parsed = parse_args(rest, &[], &[], OTHER_HELP)?;
            if let Some(done) = help_requested(&parsed, OTHER_HELP, out) {
                return done;
            }
            let schema = crate::facts::schema::profile_schema();
            let text = serde_json::to_string_pretty(&schema).unwrap_or_default();
            print(out, &format!("{text}\n"))?;
            Ok(EXIT_OK)
        }
        "rules" => rules(rest, out),
        "article" => article(rest, out),
        "damages" => damages(rest, out),
        "--help" | "-h" | "help" => {
            print(out, USAGE)?;
            Ok(EXIT_OK)
        }
        "--version" | "-V" => {
            print(
                out,
                &format!(
                    "dingdian {}（规则目录 {}）\n",
                    env!("CARGO_PKG_VERSION"),
                    crate::catalog::CATALOG_VERSION
                ),
            )?;
            Ok(EXIT_OK)
        }
        other => Err(usage_error(format!("未知命令「{other}」。"), USAGE)),
    }
}

/// The whole text of the file at `path` (`-`: standard input), without a
/// byte-order mark.
fn read_input(path: &str, what: &str, stdin: &mut dyn Read) -> Result<String, Failure> {
    let mut bytes = Vec::new();
    let result = if path == "-" {
        stdin.read_to_end(&mut bytes).map(|_| bytes)
    } else {
        std::fs::read(path)
    };
    let bytes = result.map_err(|e| {
        InputError::new(
            Some("input"),
            format!("无法读取{what}「{path}」：{}", io_reason(&e)),
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        InputError::new(
            Some("input"),
            format!(
                "{what}「{path}」不是 UTF-8 编码的文本（第 {} 个字节起），请以 UTF-8 另存后再试。",
                e.utf8_error().valid_up_to().saturating_add(1)
            ),
        )
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "文件不存在。".to_string(),
        std::io::ErrorKind::PermissionDenied => "没有读取权限。".to_string(),
        std::io::ErrorKind::InvalidData => "文件不是 UTF-8 编码的文本。".to_string(),
        std::io::ErrorKind::IsADirectory => "这是一个目录，不是文件。".to_string(),
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

/// Whether a report has a failing item that counts: a condition, a ground
/// for refusal, a compliance item or an application material (drafts do
/// not count).
pub fn report_fails(report: &Report) -> bool {
    let c = &report.conclusion;
    c.may_apply == MayApply::No || c.counts.fail > 0 || c.materials.fail > 0
}

fn check(args: &[String], stdin: &mut dyn Read, out: &mut dyn Write, today: NaiveDate) -> Outcome {
    let parsed = parse_args(args, &["as-of", "format"], &[], CHECK_HELP)?;
    if let Some(done) = help_requested(&parsed, CHECK_HELP, out) {
        return done;
    }
    let format = parsed.format(&["text", "json", "ics"])?;
    let [path] = parsed.positional.as_slice() else {
        return Err(usage_error(
            "check 需要且只需要一个机构信息文件（或 - 表示标准输入）。",
            CHECK_HELP,
        ));
    };
    let as_of = parsed.as_of(today)?;
    let text = read_input(path, "机构信息文件", stdin)?;
    let report = api::check(&text, &as_of)?;
    let written = match format.as_str() {
        // JSON escapes every control character itself.
        "json" => serde_json::to_string_pretty(&report)
            .map_err(std::io::Error::other)
            .and_then(|json| writeln!(out, "{json}")),
        // The calendar keeps its CRLF line ends; its text is escaped by
        // the iCalendar writer.
        "ics" => out.write_all(
            terminal::safe_keeping_crlf(&render_ics_with(&report, &calendar_now(&report)))
                .as_bytes(),
        ),
        _ => out.write_all(terminal_safe(&render_text(&report), true).as_bytes()),
    };
    written.map_err(|e| Failure::Io(output_error("报告", &e)))?;
    Ok(if report_fails(&report) {
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
    err_is_terminal: bool,
    today: NaiveDate,
) -> Outcome {
    let parsed = parse_args(
        args,
        &["as-of", "summary", "findings"],
        &["force"],
        BATCH_HELP,
    )?;
    if let Some(done) = help_requested(&parsed, BATCH_HELP, out) {
        return done;
    }
    let [path] = parsed.positional.as_slice() else {
        return Err(usage_error(
            "batch 需要且只需要一个 JSONL 文件（或 - 表示标准输入）。",
            BATCH_HELP,
        ));
    };
    let as_of = parsed.as_of(today)?;
    let findings = match parsed.option("findings") {
        None => Findings::Full,
        Some(_) => match parsed
            .choice("findings", "all", &["fail", "all", "none"])?
            .as_str()
        {
            "fail" => Findings::Fail,
            "none" => Findings::None,
            _ => Findings::All,
        },
    };
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
    // Open the input first: a missing input must not leave a summary behind.
    let (mut input, size): (Box<dyn BufRead + '_>, Option<u64>) = if path == "-" {
        (Box::new(BufReader::new(stdin)), None)
    } else {
        let file = std::fs::File::open(path).map_err(|e| {
            InputError::new(
                Some("input"),
                format!("无法读取机构信息文件「{path}」：{}", io_reason(&e)),
            )
        })?;
        let size = file.metadata().ok().map(|m| m.len());
        (Box::new(BufReader::with_capacity(1 << 16, file)), size)
    };
    let summary_file = open_summary(&summary_path, path, parsed.flag("force"))?;
    let mut summary = std::io::BufWriter::with_capacity(1 << 16, summary_file);
    let options = BatchOptions {
        as_of,
        findings,
        progress: err_is_terminal.then_some(batch::Progress::new(size)),
    };
    let tally = run_batch(&mut input, &options, out, &mut summary, err).map_err(|e| match e {
        batch::BatchError::Input(e) => {
            Failure::Io(format!("读取「{path}」时出错：{e}。已写出的结果不完整。"))
        }
        batch::BatchError::Output(e) => Failure::Io(output_error("结果", &e)),
        batch::BatchError::Summary(e) => {
            Failure::Io(output_error(&format!("汇总表「{summary_path}」"), &e))
        }
    })?;
    summary
        .into_inner()
        .map(drop)
        .map_err(|e| e.into_error())
        .map_err(|e| Failure::Io(output_error(&format!("汇总表「{summary_path}」"), &e)))?;
    Ok(if tally.bad_lines > 0 {
        EXIT_BAD_INPUT
    } else if tally.failing > 0 {
        EXIT_FAILED
    } else {
        EXIT_OK
    })
}

/// Opens the summary file for writing: never the input itself, and an
/// existing file only with `--force`.
fn open_summary(summary: &str, input: &str, force: bool) -> Result<std::fs::File, Failure> {
    let refuse = |message: String| -> Failure { InputError::new(Some("summary"), message).into() };
    if input != "-" && same_file(summary, input) {
        return Err(refuse(format!(
            "汇总表「{summary}」就是输入文件：写汇总表会毁掉输入，请用 --summary 另指一个文件。"
        )));
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    options.open(summary).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            refuse(format!(
                "汇总表「{summary}」已存在：为免覆盖未替换它。要替换请加 --force，或用 --summary 另指一个文件。"
            ))
        } else {
            // A path that cannot be opened is a wrong argument, found before
            // anything is written.
            let reason = match e.kind() {
                std::io::ErrorKind::NotFound => "所在目录不存在。".to_string(),
                _ => io_reason(&e).replace("读取", "写入"),
            };
            refuse(format!("无法写出汇总表「{summary}」：{reason}"))
        }
    })
}

/// Whether two paths name the same file (through links too).
fn same_file(a: &str, b: &str) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

fn verify(args: &[String], stdin: &mut dyn Read, out: &mut dyn Write) -> Outcome {
    let parsed = parse_args(args, &["format"], &[], VERIFY_HELP)?;
    if let Some(done) = help_requested(&parsed, VERIFY_HELP, out) {
        return done;
    }
    let format = parsed.format(&["text", "json"])?;
    let [path] = parsed.positional.as_slice() else {
        return Err(usage_error(
            "verify 需要且只需要一个自查文件（或 - 表示标准输入）。",
            VERIFY_HELP,
        ));
    };
    let text = read_input(path, "自查文件", stdin)?;
    let verification = api::verify(&text)?;
    if format == "json" {
        let json = serde_json::to_string_pretty(&verification).unwrap_or_default();
        print(out, &format!("{json}\n"))?;
    } else {
        let mut text = format!(
            "自查日期：{}\n{}\n",
            crate::dates::chinese_date(verification.as_of),
            verification.summary
        );
        for change in &verification.changes {
            text.push_str(&format!("  {}\n", change.text));
        }
        print(out, &text)?;
    }
    let holds = verification.conclusion_matches == Some(true)
        && verification.rules_hash_matches == Some(true)
        && verification.changes.is_empty();
    Ok(if holds { EXIT_OK } else { EXIT_FAILED })
}

fn rules(args: &[String], out: &mut dyn Write) -> Outcome {
    let parsed = parse_args(args, &["jurisdiction", "format"], &[], OTHER_HELP)?;
    if let Some(done) = help_requested(&parsed, OTHER_HELP, out) {
        return done;
    }
    let format = parsed.format(&["text", "json", "markdown"])?;
    let jurisdiction = parsed
        .option("jurisdiction")
        .map(api::parse_jurisdiction)
        .transpose()?;
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
    print(out, &format!("{}\n", text.trim_end()))?;
    Ok(EXIT_OK)
}

fn damages(args: &[String], out: &mut dyn Write) -> Outcome {
    let parsed = parse_args(args, &["base", "nth"], &[], OTHER_HELP)?;
    if let Some(done) = help_requested(&parsed, OTHER_HELP, out) {
        return done;
    }
    let [risk] = parsed.positional.as_slice() else {
        return Err(usage_error(
            "damages 需要违约后果编号，如：dingdian damages nt.a65.t65-2 --base 1500",
            OTHER_HELP,
        ));
    };
    let base = parsed
        .option("base")
        .ok_or_else(|| usage_error("damages 需要 --base 金额（元，如违规费用）。", OTHER_HELP))?;
    let view = api::damages(risk, base, parsed.option("nth").unwrap_or("1"))?;
    print(
        out,
        &format!(
            "{}（{}；{} {}，第 {} 次）\n",
            view.text,
            view.formula,
            view.base_label,
            crate::catalog::risk::yuan_fen(view.base_fen),
            view.nth
        ),
    )?;
    Ok(EXIT_OK)
}

fn article(args: &[String], out: &mut dyn Write) -> Outcome {
    let parsed = parse_args(args, &[], &[], OTHER_HELP)?;
    if let Some(done) = help_requested(&parsed, OTHER_HELP, out) {
        return done;
    }
    let [document, label] = parsed.positional.as_slice() else {
        return Err(usage_error(
            "article 需要文件代码和条，如：dingdian article JS 第六条",
            OTHER_HELP,
        ));
    };
    let found = api::article(document, label)?;
    let presumed = if found.presumed {
        "（条号为推定）"
    } else {
        ""
    };
    print(
        out,
        &format!(
            "《{}》{}{}\n{}\n",
            found.document_title, found.label, presumed, found.text
        ),
    )?;
    Ok(EXIT_OK)
}
