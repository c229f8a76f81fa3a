//! Date arithmetic for periods of months and years, with the convention of
//! the rules map §8.0 made explicit.
//!
//! The seeds never say whether the first day of a period counts. The default
//! taken here is that of the Civil Code (民法典第二百零一条、第二百零二条): the
//! day of the event is not counted, and a period of months or years ends on
//! the corresponding day of the last month, or on that month's last day when
//! it has no such day. Under the other reading (first day counted) every
//! period ends one day earlier. Both are computed, so that a finding can say
//! which it took and turn to "needs review" on the one day they disagree.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;

pub mod calendar;
pub mod holidays;

/// A length of time as the documents state it: `3个月`, `1年`, `180日`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub count: u32,
    pub unit: Unit,
}

/// The unit of a [`Span`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// 日、天: calendar days.
    Days,
    /// 个月: calendar months.
    Months,
    /// 年: years of twelve months.
    Years,
    /// 个工作日: working days on the official calendar ([`calendar`]).
    WorkingDays,
}

impl Span {
    pub const fn days(count: u32) -> Span {
        Span {
            count,
            unit: Unit::Days,
        }
    }
    pub const fn months(count: u32) -> Span {
        Span {
            count,
            unit: Unit::Months,
        }
    }
    pub const fn years(count: u32) -> Span {
        Span {
            count,
            unit: Unit::Years,
        }
    }
    pub const fn working_days(count: u32) -> Span {
        Span {
            count,
            unit: Unit::WorkingDays,
        }
    }

    /// The span as the documents write it, e.g. `3个月`.
    pub fn chinese(self) -> String {
        match self.unit {
            Unit::Days => format!("{}日", self.count),
            Unit::Months => format!("{}个月", self.count),
            Unit::Years => format!("{}年", self.count),
            Unit::WorkingDays => format!("{}个工作日", self.count),
        }
    }

    /// `date` moved forward by the span; month ends clamp (1月31日 + 1个月 =
    /// 2月末); working days follow the official calendar (an estimate beyond
    /// the known years: [`crate::catalog`]'s timing says so). `None` only
    /// beyond the representable calendar.
    pub fn after(self, date: NaiveDate) -> Option<NaiveDate> {
        match self.unit {
            Unit::Days => date.checked_add_days(Days::new(u64::from(self.count))),
            Unit::Months => date.checked_add_months(Months::new(self.count)),
            Unit::Years => date.checked_add_months(Months::new(self.count.checked_mul(12)?)),
            Unit::WorkingDays => calendar::add_working_days(date, self.count)
                .ok()
                .map(|r| r.date),
        }
    }
}

/// When a period that starts with an event completes, under both readings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    /// The event the period runs from (运营开始日、解除日、发现日 …).
    pub start: NaiveDate,
    pub span: Span,
    /// Last day of the period, event day not counted (default).
    pub last_day: NaiveDate,
    /// First day after the period, event day not counted (default).
    pub complete_from: NaiveDate,
    /// First day after the period if the event day is counted.
    pub complete_from_if_first_day_counts: NaiveDate,
}

/// Where a date stands with respect to a [`Period`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// The period is still running under both readings.
    Running,
    /// The period has completed under both readings.
    Complete,
    /// Complete only if the event day counts: the outcome turns on the reading.
    TurnsOnReading,
}

impl Period {
    /// The period of `span` that starts with the event on `start`; `None`
    /// only beyond the representable calendar.
    pub fn new(start: NaiveDate, span: Span) -> Option<Period> {
        let last_day = span.after(start)?;
        Some(Period {
            start,
            span,
            last_day,
            complete_from: last_day.succ_opt()?,
            complete_from_if_first_day_counts: last_day,
        })
    }

    /// Where `date` stands.
    pub fn standing_on(&self, date: NaiveDate) -> Standing {
        if date >= self.complete_from {
            Standing::Complete
        } else if date >= self.complete_from_if_first_day_counts {
            Standing::TurnsOnReading
        } else {
            Standing::Running
        }
    }
}

/// A date as written in Chinese text: `2026年5月1日`.
pub fn chinese_date(date: NaiveDate) -> String {
    let mut out = year_text(date.year());
    out.push('年');
    out.push_str(&date.month().to_string());
    out.push('月');
    out.push_str(&date.day().to_string());
    out.push('日');
    out
}

/// A date as iCalendar writes it: `20260501`.
pub fn compact_date(date: NaiveDate) -> String {
    format!(
        "{}{:02}{:02}",
        year_text(date.year()),
        date.month(),
        date.day()
    )
}

/// The year as chrono's `%Y` writes it: four digits from 0 to 9999, else
/// signed (`-0001`, `+10000`).
fn year_text(year: i32) -> String {
    if (0..=9999).contains(&year) {
        format!("{year:04}")
    } else {
        format!("{year:+05}")
    }
}

/// Reads a date as chrono's `NaiveDate::parse_from_str(text, "%Y-%m-%d")`
/// does (the as-of date), without its formatting machinery: a year of one
/// to four digits or signed with any number, `-`, a month of one or two
/// digits, `-`, a day of one or two digits; whitespace may stand before
/// each number. `None` for anything else or a day that does not exist.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    read_date(text, false)
}

/// Reads a date written exactly `YYYY-MM-DD` (four digits, two, two, as
/// the profile format and its JSON Schema say): the dates of a profile.
/// `None` for any other form (`2026-1-5`, `+2026-01-05`, spaces) or a day
/// that does not exist.
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let shape = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    if shape {
        parse_date(text)
    } else {
        None
    }
}

/// Reads a date as chrono's `str::parse::<NaiveDate>()` does (the dates of a
/// profile): as [`parse_date`], with whitespace also allowed before each
/// `-` and at the end.
pub fn parse_date_leniently(text: &str) -> Option<NaiveDate> {
    read_date(text, true)
}

fn read_date(text: &str, lenient: bool) -> Option<NaiveDate> {
    let (year, rest) = number(text, true, 4)?;
    let rest = literal_dash(rest, lenient)?;
    let (month, rest) = number(rest, false, 2)?;
    let rest = literal_dash(rest, lenient)?;
    let (day, rest) = number(rest, false, 2)?;
    let rest = if lenient { rest.trim_start() } else { rest };
    if !rest.is_empty() || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    NaiveDate::from_ymd_opt(
        i32::try_from(year).ok()?,
        u32::try_from(month).ok()?,
        u32::try_from(day).ok()?,
    )
}

fn literal_dash(text: &str, lenient: bool) -> Option<&str> {
    let text = if lenient { text.trim_start() } else { text };
    text.strip_prefix('-')
}

/// A number after optional whitespace: at most `width` digits, or, where
/// `signed`, any number of digits after `+` or `-`.
fn number(text: &str, signed: bool, width: usize) -> Option<(i64, &str)> {
    let text = text.trim_start();
    let (negative, digits, width) = match text.as_bytes().first() {
        Some(b'-') if signed => (true, text.get(1..)?, usize::MAX),
        Some(b'+') if signed => (false, text.get(1..)?, usize::MAX),
        _ => (false, text, width),
    };
    let count = digits
        .bytes()
        .take(width)
        .take_while(u8::is_ascii_digit)
        .count();
    if count == 0 {
        return None;
    }
    let mut value: i64 = 0;
    for digit in digits.bytes().take(count) {
        value = value
            .checked_mul(10)?
            .checked_add(i64::from(digit - b'0'))?;
    }
    Some((if negative { -value } else { value }, digits.get(count..)?))
}

/// The statement of the convention, for findings that use it.
pub const CONVENTION_NOTE: &str = "期间按《民法典》第二百零一条、第二百零二条计算：事件当日不计入，期间最后一日为到期月的对应日（无对应日取月末）；若按“当日计入”口径，则早一日届满。";

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn three_months_from_the_fifteenth_of_january_complete_on_the_sixteenth_of_april() {
        // rules map §8.2: 2026-01-15 送达 → 默认 2026-04-16，另一口径 2026-04-15
        let p = Period::new(d(2026, 1, 15), Span::months(3)).expect("period");
        assert_eq!(p.last_day, d(2026, 4, 15));
        assert_eq!(p.complete_from, d(2026, 4, 16));
        assert_eq!(p.complete_from_if_first_day_counts, d(2026, 4, 15));
        assert_eq!(p.standing_on(d(2026, 4, 14)), Standing::Running);
        assert_eq!(p.standing_on(d(2026, 4, 15)), Standing::TurnsOnReading);
        assert_eq!(p.standing_on(d(2026, 4, 16)), Standing::Complete);
    }

    #[test]
    fn a_month_end_without_a_corresponding_day_ends_on_the_last_day_of_the_month() {
        let p = Period::new(d(2025, 11, 30), Span::months(3)).expect("period");
        assert_eq!(p.last_day, d(2026, 2, 28));
        let leap = Period::new(d(2023, 11, 30), Span::months(3)).expect("period");
        assert_eq!(leap.last_day, d(2024, 2, 29));
    }

    #[test]
    fn a_year_from_a_leap_day_ends_on_the_twenty_eighth_of_february() {
        let p = Period::new(d(2024, 2, 29), Span::years(1)).expect("period");
        assert_eq!(p.last_day, d(2025, 2, 28));
        assert_eq!(p.complete_from, d(2025, 3, 1));
        let four = Period::new(d(2024, 2, 29), Span::years(4)).expect("period");
        assert_eq!(four.last_day, d(2028, 2, 29));
    }

    #[test]
    fn days_and_years_add_as_written() {
        assert_eq!(Span::days(180).after(d(2026, 1, 1)), Some(d(2026, 6, 30)));
        assert_eq!(Span::years(3).after(d(2023, 5, 10)), Some(d(2026, 5, 10)));
        assert_eq!(Span::years(5).chinese(), "5年");
        assert_eq!(Span::months(3).chinese(), "3个月");
        assert_eq!(Span::days(7).chinese(), "7日");
    }

    #[test]
    fn the_end_of_the_calendar_gives_no_period_rather_than_a_panic() {
        assert_eq!(Period::new(NaiveDate::MAX, Span::days(1)), None);
        assert_eq!(Span::years(u32::MAX).after(d(2026, 1, 1)), None);
    }

    #[test]
    fn dates_are_written_the_chinese_way() {
        assert_eq!(chinese_date(d(2026, 5, 1)), "2026年5月1日");
    }
}
