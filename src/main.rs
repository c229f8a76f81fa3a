//! The `dingdian` command. The default as-of date is today in China
//! (UTC+8, no daylight saving), read here so that the library stays pure.

use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, FixedOffset, NaiveDate};

fn today_in_china() -> NaiveDate {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(0));
    let china = FixedOffset::east_opt(8 * 3600);
    DateTime::from_timestamp(seconds, 0)
        .zip(china)
        .map_or(NaiveDate::MIN, |(utc, tz)| {
            utc.with_timezone(&tz).date_naive()
        })
}

fn main() {
    use std::io::IsTerminal;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let stderr = std::io::stderr();
    let err_is_terminal = stderr.is_terminal();
    // One buffer for all results (a batch writes a line per profile); the
    // command flushes it and reports a write error (exit code 3).
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let code = dingdian::cli::run_with(
        &args,
        dingdian::cli::Streams {
            stdin: &mut std::io::stdin().lock(),
            out: &mut out,
            err: &mut stderr.lock(),
            err_is_terminal,
        },
        today_in_china(),
    );
    // Already flushed by the command; a second failure changes nothing.
    let _ = std::io::Write::flush(&mut out);
    std::process::exit(code);
}
