//! The national days off and make-up working days (调休上班) of the years
//! whose State Council notice is known, copied from
//! `shared/reference/holidays-cn.md`, each year with its notice so that a
//! result can cite it; and the fixed-date days used to estimate the years
//! with no notice. The computation is in [`super::calendar`].
//!
//! Days are kept as month and day within their table's year: in 2024–2026
//! every day off and every make-up day falls inside its own year (the 2024
//! 元旦 weekend 2023-12-30/31 is an ordinary weekend, outside the known
//! range, and is not listed).

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// A State Council notice fixing one year's days off and make-up days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Notice {
    /// The year the notice arranges.
    pub year: i32,
    /// Title as published.
    pub title: &'static str,
    /// Document number, when the reference gives one.
    pub number: Option<&'static str>,
    /// Date of the notice, as written in Chinese.
    pub issued: &'static str,
}

impl Notice {
    /// The notice as a citation: `《…通知》（国办发明电〔2023〕7号）`, or with
    /// its date when no number is known.
    pub fn citation(&self) -> String {
        format!(
            "《{}》（{}）",
            self.title,
            self.number.unwrap_or(self.issued)
        )
    }
}

/// A day within a table's year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct MonthDay {
    pub month: u32,
    pub day: u32,
}

impl MonthDay {
    /// The month and day of `date`.
    pub fn of(date: NaiveDate) -> MonthDay {
        MonthDay {
            month: date.month(),
            day: date.day(),
        }
    }

    /// The date of this day in `year`; `None` if it has no such day.
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
    }
}

const fn md(month: u32, day: u32) -> MonthDay {
    MonthDay { month, day }
}

/// One row of a year's table: a run of days off and its make-up days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Break {
    /// The holiday as the notice names it (国庆节、中秋节 when merged).
    pub name: &'static str,
    /// First day off.
    pub first: MonthDay,
    /// Last day off (inclusive).
    pub last: MonthDay,
    /// Saturdays or Sundays worked in return (调休上班).
    pub make_up: &'static [MonthDay],
}

impl Break {
    /// Whether `day` is one of this break's days off.
    pub fn covers(&self, day: MonthDay) -> bool {
        self.first <= day && day <= self.last
    }
}

/// A known year: its notice and its breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct YearTable {
    pub notice: Notice,
    pub breaks: &'static [Break],
}

/// First year whose notice is in the tables.
pub const FIRST_KNOWN_YEAR: i32 = 2024;
/// Last year whose notice is in the tables.
pub const LAST_KNOWN_YEAR: i32 = 2026;
/// From this day of [`LAST_KNOWN_YEAR`] to 31 December the status is
/// provisional: the next year's 元旦 arrangement may reach back into it.
pub const PROVISIONAL_FROM: MonthDay = md(12, 25);

/// The known years, in order.
pub static YEARS: [YearTable; 3] = [
    YearTable {
        notice: Notice {
            year: 2024,
            title: "国务院办公厅关于2024年部分节假日安排的通知",
            number: Some("国办发明电〔2023〕7号"),
            issued: "2023年10月25日",
        },
        breaks: &[
            Break {
                name: "元旦",
                first: md(1, 1),
                last: md(1, 1),
                make_up: &[],
            },
            Break {
                name: "春节",
                first: md(2, 10),
                last: md(2, 17),
                make_up: &[md(2, 4), md(2, 18)],
            },
            Break {
                name: "清明节",
                first: md(4, 4),
                last: md(4, 6),
                make_up: &[md(4, 7)],
            },
            Break {
                name: "劳动节",
                first: md(5, 1),
                last: md(5, 5),
                make_up: &[md(4, 28), md(5, 11)],
            },
            Break {
                name: "端午节",
                first: md(6, 10),
                last: md(6, 10),
                make_up: &[],
            },
            Break {
                name: "中秋节",
                first: md(9, 15),
                last: md(9, 17),
                make_up: &[md(9, 14)],
            },
            Break {
                name: "国庆节",
                first: md(10, 1),
                last: md(10, 7),
                make_up: &[md(9, 29), md(10, 12)],
            },
        ],
    },
    YearTable {
        notice: Notice {
            year: 2025,
            title: "国务院办公厅关于2025年部分节假日安排的通知",
            number: Some("国办发明电〔2024〕12号"),
            issued: "2024年11月12日",
        },
        breaks: &[
            Break {
                name: "元旦",
                first: md(1, 1),
                last: md(1, 1),
                make_up: &[],
            },
            Break {
                name: "春节",
                first: md(1, 28),
                last: md(2, 4),
                make_up: &[md(1, 26), md(2, 8)],
            },
            Break {
                name: "清明节",
                first: md(4, 4),
                last: md(4, 6),
                make_up: &[],
            },
            Break {
                name: "劳动节",
                first: md(5, 1),
                last: md(5, 5),
                make_up: &[md(4, 27)],
            },
            Break {
                name: "端午节",
                first: md(5, 31),
                last: md(6, 2),
                make_up: &[],
            },
            Break {
                name: "国庆节、中秋节",
                first: md(10, 1),
                last: md(10, 8),
                make_up: &[md(9, 28), md(10, 11)],
            },
        ],
    },
    YearTable {
        notice: Notice {
            year: 2026,
            title: "国务院办公厅关于2026年部分节假日安排的通知",
            number: None,
            issued: "2025年11月4日",
        },
        breaks: &[
            Break {
                name: "元旦",
                first: md(1, 1),
                last: md(1, 3),
                make_up: &[md(1, 4)],
            },
            Break {
                name: "春节",
                first: md(2, 15),
                last: md(2, 23),
                make_up: &[md(2, 14), md(2, 28)],
            },
            Break {
                name: "清明节",
                first: md(4, 4),
                last: md(4, 6),
                make_up: &[],
            },
            Break {
                name: "劳动节",
                first: md(5, 1),
                last: md(5, 5),
                make_up: &[md(5, 9)],
            },
            Break {
                name: "端午节",
                first: md(6, 19),
                last: md(6, 21),
                make_up: &[],
            },
            Break {
                name: "中秋节",
                first: md(9, 25),
                last: md(9, 27),
                make_up: &[],
            },
            Break {
                name: "国庆节",
                first: md(10, 1),
                last: md(10, 7),
                make_up: &[md(9, 20), md(10, 10)],
            },
        ],
    },
];

/// The table of `year`, if its notice is known.
pub fn table(year: i32) -> Option<&'static YearTable> {
    YEARS.iter().find(|t| t.notice.year == year)
}

/// Whether `date` lies in the provisional last days of December of the last
/// known year.
pub fn is_provisional(date: NaiveDate) -> bool {
    date.year() == LAST_KNOWN_YEAR && MonthDay::of(date) >= PROVISIONAL_FROM
}

/// ESTIMATE ONLY, for years with no notice: the statutory days off on fixed
/// Gregorian dates. Lunar holidays, 清明节, the longer breaks, substitute days
/// and make-up days are not knowable before the notice and are left out.
pub static ESTIMATED_DAYS_OFF: [Break; 3] = [
    Break {
        name: "元旦",
        first: md(1, 1),
        last: md(1, 1),
        make_up: &[],
    },
    Break {
        name: "劳动节",
        first: md(5, 1),
        last: md(5, 2),
        make_up: &[],
    },
    Break {
        name: "国庆节",
        first: md(10, 1),
        last: md(10, 3),
        make_up: &[],
    },
];

/// The source of the fixed-date days used in estimates.
pub const ESTIMATE_SOURCE: &str = "《全国年节及纪念日放假办法》（2025年1月1日起施行的修订）";

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;
    use std::collections::BTreeSet;

    fn days_off(year: i32, b: &Break) -> Vec<NaiveDate> {
        let first = b.first.in_year(year).expect("valid first day");
        let last = b.last.in_year(year).expect("valid last day");
        first.iter_days().take_while(|d| *d <= last).collect()
    }

    #[test]
    fn every_make_up_day_falls_on_a_saturday_or_a_sunday() {
        for t in &YEARS {
            for b in t.breaks {
                for m in b.make_up {
                    let date = m.in_year(t.notice.year).expect("valid make-up day");
                    assert!(
                        matches!(date.weekday(), Weekday::Sat | Weekday::Sun),
                        "{date} ({}) is a weekday",
                        b.name
                    );
                }
            }
        }
    }

    #[test]
    fn every_day_off_is_listed_once_within_its_own_year_and_is_never_also_a_make_up_day() {
        for t in &YEARS {
            let year = t.notice.year;
            let mut off = BTreeSet::new();
            let mut make_up = BTreeSet::new();
            for b in t.breaks {
                assert!(b.first <= b.last, "{year} {} runs backwards", b.name);
                for d in days_off(year, b) {
                    assert_eq!(d.year(), year);
                    assert!(off.insert(d), "{d} listed twice");
                }
                for m in b.make_up {
                    let d = m.in_year(year).expect("valid make-up day");
                    assert!(make_up.insert(d), "{d} listed twice");
                }
            }
            assert!(
                off.is_disjoint(&make_up),
                "{year}: a day both off and worked"
            );
        }
    }

    #[test]
    fn the_breaks_have_the_lengths_the_reference_states() {
        let len = |year: i32, name: &str| {
            let t = table(year).expect("known year");
            let b = t.breaks.iter().find(|b| b.name == name).expect("break");
            days_off(year, b).len()
        };
        assert_eq!(len(2024, "春节"), 8);
        assert_eq!(len(2025, "春节"), 8);
        assert_eq!(len(2025, "国庆节、中秋节"), 8);
        assert_eq!(len(2026, "春节"), 9);
        assert_eq!(len(2026, "国庆节"), 7);
    }

    #[test]
    fn the_known_years_run_without_a_gap_from_the_first_to_the_last() {
        let years: Vec<i32> = YEARS.iter().map(|t| t.notice.year).collect();
        let expected: Vec<i32> = (FIRST_KNOWN_YEAR..=LAST_KNOWN_YEAR).collect();
        assert_eq!(years, expected);
        assert!(table(2023).is_none());
        assert!(table(2027).is_none());
    }

    #[test]
    fn each_notice_is_cited_by_number_or_by_date() {
        assert_eq!(
            table(2024).expect("2024").notice.citation(),
            "《国务院办公厅关于2024年部分节假日安排的通知》（国办发明电〔2023〕7号）"
        );
        assert_eq!(
            table(2025).expect("2025").notice.citation(),
            "《国务院办公厅关于2025年部分节假日安排的通知》（国办发明电〔2024〕12号）"
        );
        assert_eq!(
            table(2026).expect("2026").notice.citation(),
            "《国务院办公厅关于2026年部分节假日安排的通知》（2025年11月4日）"
        );
    }

    #[test]
    fn only_the_last_week_of_december_of_the_last_known_year_is_provisional() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("valid");
        assert!(!is_provisional(d(2026, 12, 24)));
        assert!(is_provisional(d(2026, 12, 25)));
        assert!(is_provisional(d(2026, 12, 31)));
        assert!(!is_provisional(d(2025, 12, 31)));
        assert!(!is_provisional(d(2027, 1, 1)));
    }
}
