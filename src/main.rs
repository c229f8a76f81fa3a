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
    let args: Vec<String> = std::env::args().skip(1).collect();
    let code = dingdian::cli::run(
        &args,
        &mut std::io::stdin(),
        &mut std::io::stdout(),
        &mut std::io::stderr(),
        today_in_china(),
    );
    std::process::exit(code);
}
