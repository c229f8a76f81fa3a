//! Working days (工作日) in mainland China, as the rules map §8.0 and X-35
//! require: Monday–Friday, minus the days off and plus the make-up working
//! days (调休上班) of the State Council's notice for the year
//! ([`super::holidays`]).
//!
//! A year without a notice is estimated (weekends plus the fixed-date days
//! 元旦, 劳动节 5月1–2日, 国庆节 10月1–3日) and every result that uses such a
//! year says so; the last days of December of the last known year are
//! provisional, since the next year's 元旦 arrangement may reach back into
//! them. The tables are national: see [`LOCAL_DAYS_NOTE`].

use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;

use super::holidays::{self, MonthDay, Notice};

/// What kind of day a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DayKind {
    /// An ordinary Monday–Friday working day.
    Working,
    /// An ordinary Saturday or Sunday.
    Weekend,
    /// A day off of the named holiday (even when it falls on a weekday).
    Holiday { name: &'static str },
    /// A Saturday or Sunday worked in return for the named holiday.
    MakeUpWorkingDay { for_holiday: &'static str },
}

impl DayKind {
    /// Whether the day counts as a working day.
    pub const fn is_working(self) -> bool {
        matches!(self, DayKind::Working | DayKind::MakeUpWorkingDay { .. })
    }
}

/// On what a day's status rests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "basis", content = "notice", rename_all = "snake_case")]
pub enum Basis {
    /// The year's notice.
    Official(&'static Notice),
    /// The year's notice, but in the last days of December of the last
    /// known year, which the next year's 元旦 arrangement may still change.
    Provisional(&'static Notice),
    /// No notice for the year: the estimate of the reference.
    Estimated,
}

/// A date's status in the working-day calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DayStatus {
    pub date: NaiveDate,
    pub kind: DayKind,
    pub basis: Basis,
}

impl DayStatus {
    /// Whether the day counts as a working day.
    pub const fn is_working(&self) -> bool {
        self.kind.is_working()
    }
}

/// The status of `date`: from its year's notice when known, else estimated.
pub fn day_status(date: NaiveDate) -> DayStatus {
    let day = MonthDay::of(date);
    let (kind, basis) = match holidays::table(date.year()) {
        Some(table) => {
            let listed = table.breaks.iter().find_map(|b| {
                if b.covers(day) {
                    Some(DayKind::Holiday { name: b.name })
                } else if b.make_up.contains(&day) {
                    Some(DayKind::MakeUpWorkingDay {
                        for_holiday: b.name,
                    })
                } else {
                    None
                }
            });
            let basis = if holidays::is_provisional(date) {
                Basis::Provisional(&table.notice)
            } else {
                Basis::Official(&table.notice)
            };
            (listed.unwrap_or_else(|| by_weekday(date)), basis)
        }
        None => {
            let listed = holidays::ESTIMATED_DAYS_OFF
                .iter()
                .find(|b| b.covers(day))
                .map(|b| DayKind::Holiday { name: b.name });
            (listed.unwrap_or_else(|| by_weekday(date)), Basis::Estimated)
        }
    };
    DayStatus { date, kind, basis }
}

/// Whether `date` is a working day; see [`day_status`] for why and on what
/// basis.
pub fn is_working_day(date: NaiveDate) -> bool {
    day_status(date).is_working()
}

fn by_weekday(date: NaiveDate) -> DayKind {
    match date.weekday() {
        Weekday::Sat | Weekday::Sun => DayKind::Weekend,
        _ => DayKind::Working,
    }
}

/// How far a computed date can be relied on. The days that count are those
/// the computation looked at: after `start` up to the result for
/// [`add_working_days`], before `target` down to the result for
/// [`subtract_working_days`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Certainty {
    /// Every day looked at is fixed by a known notice.
    Official,
    /// Some day looked at lies in the provisional last days of December of
    /// the last known year; none lies in a year without a notice.
    Provisional,
    /// Some day looked at lies in a year without a notice (`years`, in
    /// order); `also_provisional` if the provisional December days were
    /// looked at too.
    Estimated {
        years: Vec<i32>,
        also_provisional: bool,
    },
}

/// A date computed by counting working days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WorkingDayResult {
    pub date: NaiveDate,
    pub certainty: Certainty,
    /// The notices whose tables the computation used, earliest first.
    pub notices: Vec<&'static Notice>,
}

/// Why no date could be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CalendarError {
    /// More than [`MAX_WORKING_DAYS`] working days were asked for.
    TooManyDays { n: u32, max: u32 },
    /// The count ran past the first or last date chrono can represent.
    OutOfRange,
}

impl fmt::Display for CalendarError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalendarError::TooManyDays { n, max } => {
                write!(f, "工作日数{n}超出可计算范围（至多{max}个工作日）")
            }
            CalendarError::OutOfRange => f.write_str("日期超出可表示的日历范围"),
        }
    }
}

impl std::error::Error for CalendarError {}

/// The most working days one call counts (about 38 years). The documents'
/// periods are at most 40 working days; the cap bounds each call to some
/// 14,000 steps of one day, whatever `n` is.
pub const MAX_WORKING_DAYS: u32 = 10_000;

/// The `n`-th working day after `start` (`start` itself never counts): 5
/// working days after Friday 2026-09-18 is 2026-09-24. `n = 0` gives `start`
/// unchanged, working day or not, and looks at no day (so `Official`, citing
/// nothing).
///
/// One step per calendar day, at most [`MAX_WORKING_DAYS`] working days;
/// more, or running past the representable calendar, is an error.
pub fn add_working_days(start: NaiveDate, n: u32) -> Result<WorkingDayResult, CalendarError> {
    count(start, n, NaiveDate::succ_opt)
}

/// 提前 `n` 个工作日: the `n`-th working day before `target` (`target`
/// itself never counts), i.e. the latest date `d` such that the days from
/// `d` up to the day before `target` hold `n` working days. 提前5个工作日
/// before Monday 2026-03-09 is Monday 2026-03-02. The mirror of
/// [`add_working_days`]: adding `n` back to the result gives the first
/// working day on or after `target`. `n = 0` gives `target` unchanged.
///
/// Same bounds as [`add_working_days`].
pub fn subtract_working_days(target: NaiveDate, n: u32) -> Result<WorkingDayResult, CalendarError> {
    count(target, n, NaiveDate::pred_opt)
}

fn count(
    from: NaiveDate,
    n: u32,
    step: fn(&NaiveDate) -> Option<NaiveDate>,
) -> Result<WorkingDayResult, CalendarError> {
    if n > MAX_WORKING_DAYS {
        return Err(CalendarError::TooManyDays {
            n,
            max: MAX_WORKING_DAYS,
        });
    }
    let mut consulted = Consulted::default();
    let mut date = from;
    let mut left = n;
    while left > 0 {
        date = step(&date).ok_or(CalendarError::OutOfRange)?;
        let status = day_status(date);
        consulted.see(&status);
        if status.is_working() {
            left -= 1;
        }
    }
    Ok(consulted.result(date))
}

/// What the days looked at rested on.
#[derive(Default)]
struct Consulted {
    /// In order, each once.
    estimated_years: Vec<i32>,
    provisional: bool,
    notices: Vec<&'static Notice>,
}

impl Consulted {
    fn see(&mut self, status: &DayStatus) {
        match status.basis {
            Basis::Official(notice) => self.cite(notice),
            Basis::Provisional(notice) => {
                self.provisional = true;
                self.cite(notice);
            }
            Basis::Estimated => {
                let year = status.date.year();
                if let Err(at) = self.estimated_years.binary_search(&year) {
                    self.estimated_years.insert(at, year);
                }
            }
        }
    }

    fn cite(&mut self, notice: &'static Notice) {
        // Kept in order of year as they come, so that no sort is needed.
        if let Err(at) = self.notices.binary_search_by_key(&notice.year, |n| n.year) {
            self.notices.insert(at, notice);
        }
    }

    fn result(self, date: NaiveDate) -> WorkingDayResult {
        let certainty = if !self.estimated_years.is_empty() {
            Certainty::Estimated {
                years: self.estimated_years.into_iter().collect(),
                also_provisional: self.provisional,
            }
        } else if self.provisional {
            Certainty::Provisional
        } else {
            Certainty::Official
        };
        WorkingDayResult {
            date,
            certainty,
            notices: self.notices,
        }
    }
}

impl WorkingDayResult {
    /// Whether the date rests on notices alone, with no provisional or
    /// estimated day.
    pub fn is_official(&self) -> bool {
        self.certainty == Certainty::Official
    }

    /// A Chinese sentence for findings: the notices used, and what is
    /// provisional or estimated. `None` when no day was looked at (`n = 0`).
    pub fn note(&self) -> Option<String> {
        let mut parts = Vec::new();
        if !self.notices.is_empty() {
            let cited: Vec<String> = self.notices.iter().map(|n| n.citation()).collect();
            parts.push(format!("工作日按{}的放假调休安排计算", cited.join("、")));
        }
        let provisional = match &self.certainty {
            Certainty::Official => false,
            Certainty::Provisional => true,
            Certainty::Estimated {
                years,
                also_provisional,
            } => {
                parts.push(estimate_sentence(years));
                *also_provisional
            }
        };
        if provisional {
            parts.push(provisional_sentence());
        }
        if parts.is_empty() {
            None
        } else {
            Some(format!("{}。", parts.join("；")))
        }
    }
}

/// `2027年未公布放假安排，按…估算，…仅供参考`, for the estimated `years`.
fn estimate_sentence(years: &[i32]) -> String {
    let past: Vec<i32> = years
        .iter()
        .copied()
        .filter(|y| *y < holidays::FIRST_KNOWN_YEAR)
        .collect();
    let future: Vec<i32> = years
        .iter()
        .copied()
        .filter(|y| *y > holidays::LAST_KNOWN_YEAR)
        .collect();
    let mut which = Vec::new();
    if !past.is_empty() {
        which.push(format!("{}的放假安排未收录", year_list(&past)));
    }
    if !future.is_empty() {
        which.push(format!("{}未公布放假安排", year_list(&future)));
    }
    format!(
        "{}，按周末及元旦、劳动节（5月1–2日）、国庆节（10月1–3日）估算，未含春节等农历节日、清明节及调休，可能相差数个工作日，仅供参考",
        which.join("，")
    )
}

/// `2027年`, `2027年、2028年`, `2027年至2030年` (the years are in order and,
/// within one computation, without gaps on either side of the known years).
fn year_list(years: &[i32]) -> String {
    match years {
        [] => String::new(),
        [one] => format!("{one}年"),
        [a, b] => format!("{a}年、{b}年"),
        [first, .., last] => format!("{first}年至{last}年"),
    }
}

fn provisional_sentence() -> String {
    let last = holidays::LAST_KNOWN_YEAR;
    format!(
        "{last}年12月{}日至31日的安排可能因{}年元旦放假调休而变化（{}年放假安排尚未公布），结果为暂定",
        holidays::PROVISIONAL_FROM.day,
        last + 1,
        last + 1
    )
}

/// To attach to any working-day result for a pooling area (统筹区) in an
/// ethnic autonomous area: the tables hold no local day off.
pub const LOCAL_DAYS_NOTE: &str = "工作日仅按全国统一的放假调休安排计算，未含民族自治地方（如延边朝鲜族自治州）的地方性休息日；涉及此类统筹区的期限须按当地规定核实。";

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    fn add(start: NaiveDate, n: u32) -> NaiveDate {
        add_working_days(start, n).expect("in range").date
    }

    fn sub(target: NaiveDate, n: u32) -> NaiveDate {
        subtract_working_days(target, n).expect("in range").date
    }

    // ---- the worked checks of holidays-cn.md ----

    #[test]
    fn five_working_days_after_friday_18_september_2026_count_the_make_up_sunday() {
        let r = add_working_days(d(2026, 9, 18), 5).expect("in range");
        assert_eq!(r.date, d(2026, 9, 24));
        assert_eq!(r.certainty, Certainty::Official);
        assert_eq!(add(d(2026, 9, 18), 1), d(2026, 9, 20));
    }

    #[test]
    fn five_working_days_after_wednesday_30_september_2026_end_on_13_october() {
        assert_eq!(add(d(2026, 9, 30), 5), d(2026, 10, 13));
        assert_eq!(add(d(2026, 9, 30), 3), d(2026, 10, 10));
        assert_eq!(add(d(2026, 9, 30), 4), d(2026, 10, 12));
    }

    #[test]
    fn twenty_working_days_after_friday_13_february_2026_end_on_19_march() {
        assert_eq!(add(d(2026, 2, 13), 1), d(2026, 2, 14));
        assert_eq!(add(d(2026, 2, 13), 2), d(2026, 2, 24));
        assert_eq!(add(d(2026, 2, 13), 5), d(2026, 2, 27));
        assert_eq!(add(d(2026, 2, 13), 6), d(2026, 2, 28));
        assert_eq!(add(d(2026, 2, 13), 7), d(2026, 3, 2));
        assert_eq!(add(d(2026, 2, 13), 20), d(2026, 3, 19));
    }

    // ---- every break and every make-up day of 2024–2026 ----

    /// A break: its name, first and last day off, the last working day
    /// before it and the first working day after it.
    struct Block {
        name: &'static str,
        first: NaiveDate,
        last: NaiveDate,
        before: NaiveDate,
        after: NaiveDate,
    }

    fn blocks() -> Vec<Block> {
        let b = |name, first, last, before, after| Block {
            name,
            first,
            last,
            before,
            after,
        };
        vec![
            // 2024: the working day before 元旦 is in 2023 and is checked apart.
            b(
                "元旦",
                d(2024, 1, 1),
                d(2024, 1, 1),
                d(2023, 12, 29),
                d(2024, 1, 2),
            ),
            b(
                "春节",
                d(2024, 2, 10),
                d(2024, 2, 17),
                d(2024, 2, 9),
                d(2024, 2, 18),
            ),
            b(
                "清明节",
                d(2024, 4, 4),
                d(2024, 4, 6),
                d(2024, 4, 3),
                d(2024, 4, 7),
            ),
            b(
                "劳动节",
                d(2024, 5, 1),
                d(2024, 5, 5),
                d(2024, 4, 30),
                d(2024, 5, 6),
            ),
            b(
                "端午节",
                d(2024, 6, 10),
                d(2024, 6, 10),
                d(2024, 6, 7),
                d(2024, 6, 11),
            ),
            b(
                "中秋节",
                d(2024, 9, 15),
                d(2024, 9, 17),
                d(2024, 9, 14),
                d(2024, 9, 18),
            ),
            b(
                "国庆节",
                d(2024, 10, 1),
                d(2024, 10, 7),
                d(2024, 9, 30),
                d(2024, 10, 8),
            ),
            // 2025
            b(
                "元旦",
                d(2025, 1, 1),
                d(2025, 1, 1),
                d(2024, 12, 31),
                d(2025, 1, 2),
            ),
            b(
                "春节",
                d(2025, 1, 28),
                d(2025, 2, 4),
                d(2025, 1, 27),
                d(2025, 2, 5),
            ),
            b(
                "清明节",
                d(2025, 4, 4),
                d(2025, 4, 6),
                d(2025, 4, 3),
                d(2025, 4, 7),
            ),
            b(
                "劳动节",
                d(2025, 5, 1),
                d(2025, 5, 5),
                d(2025, 4, 30),
                d(2025, 5, 6),
            ),
            b(
                "端午节",
                d(2025, 5, 31),
                d(2025, 6, 2),
                d(2025, 5, 30),
                d(2025, 6, 3),
            ),
            b(
                "国庆节、中秋节",
                d(2025, 10, 1),
                d(2025, 10, 8),
                d(2025, 9, 30),
                d(2025, 10, 9),
            ),
            // 2026
            b(
                "元旦",
                d(2026, 1, 1),
                d(2026, 1, 3),
                d(2025, 12, 31),
                d(2026, 1, 4),
            ),
            b(
                "春节",
                d(2026, 2, 15),
                d(2026, 2, 23),
                d(2026, 2, 14),
                d(2026, 2, 24),
            ),
            b(
                "清明节",
                d(2026, 4, 4),
                d(2026, 4, 6),
                d(2026, 4, 3),
                d(2026, 4, 7),
            ),
            b(
                "劳动节",
                d(2026, 5, 1),
                d(2026, 5, 5),
                d(2026, 4, 30),
                d(2026, 5, 6),
            ),
            b(
                "端午节",
                d(2026, 6, 19),
                d(2026, 6, 21),
                d(2026, 6, 18),
                d(2026, 6, 22),
            ),
            b(
                "中秋节",
                d(2026, 9, 25),
                d(2026, 9, 27),
                d(2026, 9, 24),
                d(2026, 9, 28),
            ),
            b(
                "国庆节",
                d(2026, 10, 1),
                d(2026, 10, 7),
                d(2026, 9, 30),
                d(2026, 10, 8),
            ),
        ]
    }

    #[test]
    fn every_day_of_every_break_is_a_named_day_off_even_on_a_weekday() {
        for b in blocks() {
            for day in b.first.iter_days().take_while(|x| *x <= b.last) {
                let s = day_status(day);
                assert_eq!(s.kind, DayKind::Holiday { name: b.name }, "{day}");
                assert!(!s.is_working(), "{day}");
                assert!(matches!(s.basis, Basis::Official(n) if n.year == day.year()));
            }
        }
        // weekdays inside breaks, by name
        assert!(!is_working_day(d(2026, 4, 6))); // Monday, 清明节
        assert!(!is_working_day(d(2025, 10, 8))); // Wednesday, 国庆节、中秋节
        assert!(!is_working_day(d(2024, 2, 16))); // Friday, 春节
        assert!(!is_working_day(d(2025, 6, 2))); // Monday, 端午节
    }

    #[test]
    fn one_working_day_after_the_last_working_day_before_each_break_is_the_first_after_it() {
        for b in blocks() {
            assert!(is_working_day(b.before), "{}: {}", b.name, b.before);
            assert!(is_working_day(b.after), "{}: {}", b.name, b.after);
            assert_eq!(add(b.before, 1), b.after, "{} {}", b.name, b.first);
            assert_eq!(sub(b.after, 1), b.before, "{} {}", b.name, b.first);
            // every day between them is off: the break or a plain weekend
            for day in b.before.iter_days().skip(1).take_while(|x| *x < b.after) {
                let kind = day_status(day).kind;
                let in_break = b.first <= day && day <= b.last;
                assert!(
                    if in_break {
                        kind == DayKind::Holiday { name: b.name }
                    } else {
                        kind == DayKind::Weekend
                    },
                    "{day}: {kind:?}"
                );
            }
        }
    }

    #[test]
    fn the_day_before_and_the_day_after_each_break_are_not_part_of_it() {
        for b in blocks() {
            let eve = day_status(b.first.pred_opt().expect("eve")).kind;
            let next = day_status(b.last.succ_opt().expect("next")).kind;
            assert!(
                !matches!(eve, DayKind::Holiday { .. }),
                "{}: {eve:?}",
                b.name
            );
            assert!(
                !matches!(next, DayKind::Holiday { .. }),
                "{}: {next:?}",
                b.name
            );
        }
        // 除夕 2024-02-09 is a working day under the notice
        assert_eq!(day_status(d(2024, 2, 9)).kind, DayKind::Working);
    }

    /// A make-up day, its holiday, and the working days either side of it.
    fn make_up_days() -> Vec<(NaiveDate, &'static str, NaiveDate, NaiveDate)> {
        vec![
            (d(2024, 2, 4), "春节", d(2024, 2, 2), d(2024, 2, 5)),
            (d(2024, 2, 18), "春节", d(2024, 2, 9), d(2024, 2, 19)),
            (d(2024, 4, 7), "清明节", d(2024, 4, 3), d(2024, 4, 8)),
            (d(2024, 4, 28), "劳动节", d(2024, 4, 26), d(2024, 4, 29)),
            (d(2024, 5, 11), "劳动节", d(2024, 5, 10), d(2024, 5, 13)),
            (d(2024, 9, 14), "中秋节", d(2024, 9, 13), d(2024, 9, 18)),
            (d(2024, 9, 29), "国庆节", d(2024, 9, 27), d(2024, 9, 30)),
            (d(2024, 10, 12), "国庆节", d(2024, 10, 11), d(2024, 10, 14)),
            (d(2025, 1, 26), "春节", d(2025, 1, 24), d(2025, 1, 27)),
            (d(2025, 2, 8), "春节", d(2025, 2, 7), d(2025, 2, 10)),
            (d(2025, 4, 27), "劳动节", d(2025, 4, 25), d(2025, 4, 28)),
            (
                d(2025, 9, 28),
                "国庆节、中秋节",
                d(2025, 9, 26),
                d(2025, 9, 29),
            ),
            (
                d(2025, 10, 11),
                "国庆节、中秋节",
                d(2025, 10, 10),
                d(2025, 10, 13),
            ),
            (d(2026, 1, 4), "元旦", d(2025, 12, 31), d(2026, 1, 5)),
            (d(2026, 2, 14), "春节", d(2026, 2, 13), d(2026, 2, 24)),
            (d(2026, 2, 28), "春节", d(2026, 2, 27), d(2026, 3, 2)),
            (d(2026, 5, 9), "劳动节", d(2026, 5, 8), d(2026, 5, 11)),
            (d(2026, 9, 20), "国庆节", d(2026, 9, 18), d(2026, 9, 21)),
            (d(2026, 10, 10), "国庆节", d(2026, 10, 9), d(2026, 10, 12)),
        ]
    }

    #[test]
    fn every_make_up_weekend_day_counts_as_a_working_day() {
        for (day, name, before, after) in make_up_days() {
            assert_eq!(
                day_status(day).kind,
                DayKind::MakeUpWorkingDay { for_holiday: name },
                "{day}"
            );
            assert!(is_working_day(day), "{day}");
            assert_eq!(add(before, 1), day, "{day}");
            assert_eq!(add(day, 1), after, "{day}");
            assert_eq!(sub(after, 1), day, "{day}");
            assert_eq!(sub(day, 1), before, "{day}");
        }
        // the other day of a make-up weekend stays off
        assert_eq!(day_status(d(2024, 2, 3)).kind, DayKind::Weekend);
        assert_eq!(day_status(d(2026, 9, 19)).kind, DayKind::Weekend);
    }

    #[test]
    fn the_known_years_have_the_working_days_their_statutory_holidays_leave() {
        // weekdays minus statutory days off: 262 − 11 in 2024 (old rules);
        // 261 − 13 in 2025 and 2026 (rules revised with effect from 2025)
        let working = |year| {
            d(year, 1, 1)
                .iter_days()
                .take_while(|x| x.year() == year)
                .filter(|x| is_working_day(*x))
                .count()
        };
        assert_eq!(working(2024), 251);
        assert_eq!(working(2025), 248);
        assert_eq!(working(2026), 248);
    }

    // ---- 提前 N 个工作日 ----

    #[test]
    fn five_working_days_ahead_of_an_ordinary_monday_is_the_monday_before() {
        let r = subtract_working_days(d(2026, 3, 9), 5).expect("in range");
        assert_eq!(r.date, d(2026, 3, 2));
        assert_eq!(r.certainty, Certainty::Official);
        // a Sunday target gives the same day as the Monday after it
        assert_eq!(sub(d(2026, 3, 8), 5), d(2026, 3, 2));
        // and adding back reaches the first working day on or after the target
        assert_eq!(add(d(2026, 3, 2), 5), d(2026, 3, 9));
    }

    #[test]
    fn five_working_days_ahead_of_monday_12_october_2026_reach_back_across_national_day() {
        // 10-10 (Sat, make-up), 10-09, 10-08, [10-01…10-07 off], 09-30, 09-29
        assert_eq!(sub(d(2026, 10, 12), 5), d(2026, 9, 29));
        assert_eq!(sub(d(2026, 10, 12), 4), d(2026, 9, 30));
        // seven working days ahead of 2026-03-02 cross 春节 and both make-up Saturdays
        // 02-28, 02-27, 02-26, 02-25, 02-24, [02-15…02-23 off], 02-14, 02-13
        assert_eq!(sub(d(2026, 3, 2), 7), d(2026, 2, 13));
    }

    // ---- n = 0, bounds ----

    #[test]
    fn zero_working_days_give_the_start_date_itself_even_when_it_is_a_day_off() {
        for day in [
            d(2026, 3, 8),
            d(2026, 10, 1),
            d(2027, 2, 6),
            d(2026, 12, 31),
        ] {
            for r in [add_working_days(day, 0), subtract_working_days(day, 0)] {
                let r = r.expect("in range");
                assert_eq!(r.date, day);
                assert_eq!(r.certainty, Certainty::Official);
                assert!(r.notices.is_empty());
                assert_eq!(r.note(), None);
            }
        }
    }

    #[test]
    fn a_huge_count_or_the_end_of_the_calendar_is_an_error_not_a_panic() {
        assert_eq!(
            add_working_days(d(2026, 1, 1), u32::MAX),
            Err(CalendarError::TooManyDays {
                n: u32::MAX,
                max: MAX_WORKING_DAYS
            })
        );
        assert!(subtract_working_days(d(2026, 1, 1), u32::MAX).is_err());
        assert_eq!(
            add_working_days(NaiveDate::MAX, 1),
            Err(CalendarError::OutOfRange)
        );
        assert_eq!(
            subtract_working_days(NaiveDate::MIN, 1),
            Err(CalendarError::OutOfRange)
        );
        // the largest allowed count still completes
        let far = add_working_days(d(2026, 1, 1), MAX_WORKING_DAYS).expect("in range");
        assert!(far.date.year() > 2060);
        assert!(matches!(far.certainty, Certainty::Estimated { .. }));
        assert!(CalendarError::OutOfRange.to_string().contains("日历范围"));
    }

    // ---- provisional and estimated ----

    #[test]
    fn crossing_from_31_december_2026_into_2027_is_an_estimate_for_2027() {
        // 2027-01-01 (Fri) is 元旦 in the estimate, then a weekend
        let r = add_working_days(d(2026, 12, 31), 1).expect("in range");
        assert_eq!(r.date, d(2027, 1, 4));
        assert_eq!(
            r.certainty,
            Certainty::Estimated {
                years: vec![2027],
                also_provisional: false
            }
        );
        assert!(r.notices.is_empty());
        assert_eq!(
            r.note().as_deref(),
            Some("2027年未公布放假安排，按周末及元旦、劳动节（5月1–2日）、国庆节（10月1–3日）估算，未含春节等农历节日、清明节及调休，可能相差数个工作日，仅供参考。")
        );
    }

    #[test]
    fn a_count_ending_in_the_last_days_of_december_2026_is_provisional() {
        // 2026-12-25 is a Friday
        let r = add_working_days(d(2026, 12, 18), 5).expect("in range");
        assert_eq!(r.date, d(2026, 12, 25));
        assert_eq!(r.certainty, Certainty::Provisional);
        let note = r.note().expect("note");
        assert!(note.contains("2026年12月25日至31日"), "{note}");
        assert!(note.contains("2027年放假安排尚未公布"), "{note}");
        assert!(note.contains("国务院办公厅关于2026年部分节假日安排的通知"));
        // one day fewer stops on 12-24 and is official
        let r = add_working_days(d(2026, 12, 18), 4).expect("in range");
        assert_eq!(r.date, d(2026, 12, 24));
        assert_eq!(r.certainty, Certainty::Official);
    }

    #[test]
    fn counting_back_from_2027_across_new_year_is_an_estimate_that_also_touches_provisional_days() {
        // 01-04 (Mon), [01-01 元旦 est., weekend], 12-31, 12-30, 12-29, 12-28
        let r = subtract_working_days(d(2027, 1, 5), 5).expect("in range");
        assert_eq!(r.date, d(2026, 12, 28));
        assert_eq!(
            r.certainty,
            Certainty::Estimated {
                years: vec![2027],
                also_provisional: true
            }
        );
        let note = r.note().expect("note");
        assert!(note.contains("2027年未公布放假安排"), "{note}");
        assert!(note.contains("结果为暂定"), "{note}");
        assert!(note.contains("2026年部分节假日安排"), "{note}");
    }

    #[test]
    fn a_count_across_two_known_years_cites_both_notices_in_order() {
        // 2025-12-31 + 1 = 2026-01-04 (make-up Sunday); 1 more from 12-30
        let r = add_working_days(d(2025, 12, 30), 2).expect("in range");
        assert_eq!(r.date, d(2026, 1, 4));
        assert_eq!(r.certainty, Certainty::Official);
        let years: Vec<i32> = r.notices.iter().map(|n| n.year).collect();
        assert_eq!(years, vec![2025, 2026]);
        assert_eq!(
            r.note().as_deref(),
            Some("工作日按《国务院办公厅关于2025年部分节假日安排的通知》（国办发明电〔2024〕12号）、《国务院办公厅关于2026年部分节假日安排的通知》（2025年11月4日）的放假调休安排计算。")
        );
    }

    #[test]
    fn the_2023_weekend_before_new_year_2024_is_estimated_and_so_flagged() {
        let r = add_working_days(d(2023, 12, 29), 1).expect("in range");
        assert_eq!(r.date, d(2024, 1, 2));
        assert_eq!(
            r.certainty,
            Certainty::Estimated {
                years: vec![2023],
                also_provisional: false
            }
        );
        let note = r.note().expect("note");
        assert!(
            note.contains("；2023年的放假安排未收录，按周末及元旦"),
            "{note}"
        );
        // from the Sunday itself only 2024 is looked at
        let r = add_working_days(d(2023, 12, 31), 1).expect("in range");
        assert_eq!(r.date, d(2024, 1, 2));
        assert_eq!(r.certainty, Certainty::Official);
    }

    #[test]
    fn a_year_without_a_notice_has_only_weekends_and_the_fixed_date_days_off() {
        let est = |y, m, day| {
            let s = day_status(d(y, m, day));
            assert_eq!(s.basis, Basis::Estimated);
            s.kind
        };
        assert_eq!(est(2027, 1, 1), DayKind::Holiday { name: "元旦" });
        assert_eq!(est(2027, 5, 3), DayKind::Working); // Monday
        assert_eq!(est(2028, 5, 1), DayKind::Holiday { name: "劳动节" });
        assert_eq!(est(2028, 5, 2), DayKind::Holiday { name: "劳动节" });
        assert_eq!(est(2027, 10, 1), DayKind::Holiday { name: "国庆节" });
        assert_eq!(est(2027, 10, 4), DayKind::Working); // Monday
        assert_eq!(est(2027, 2, 8), DayKind::Working); // no 春节 in the estimate
        assert_eq!(est(2027, 2, 6), DayKind::Weekend);
        assert_eq!(est(2023, 5, 2), DayKind::Holiday { name: "劳动节" });
        // a count across a fixed-date day off in an estimated year
        let r = add_working_days(d(2027, 9, 30), 1).expect("in range");
        assert_eq!(r.date, d(2027, 10, 4));
    }

    #[test]
    fn several_estimated_years_are_written_as_a_range() {
        let r = add_working_days(d(2026, 12, 31), 800).expect("in range");
        match &r.certainty {
            Certainty::Estimated { years, .. } => assert_eq!(years, &vec![2027, 2028, 2029, 2030]),
            other => panic!("not an estimate: {other:?}"),
        }
        assert!(r
            .note()
            .expect("note")
            .starts_with("2027年至2030年未公布放假安排"));
        assert_eq!(year_list(&[2027, 2028]), "2027年、2028年");
    }

    #[test]
    fn the_local_days_note_names_the_autonomous_areas_it_leaves_out() {
        assert!(LOCAL_DAYS_NOTE.contains("民族自治地方"));
        assert!(LOCAL_DAYS_NOTE.contains("延边"));
    }

    #[test]
    fn a_result_serializes_with_its_certainty_and_notices() {
        let r = add_working_days(d(2026, 9, 18), 5).expect("in range");
        let json = serde_json::to_value(&r).expect("json");
        assert_eq!(json["date"], "2026-09-24");
        assert_eq!(json["certainty"]["kind"], "official");
        assert_eq!(json["notices"][0]["year"], 2026);
        assert!(r.is_official());
    }
}
