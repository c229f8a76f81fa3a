//! Parameters: the thresholds, counts and periods rules read, as data. Each
//! is named, has a unit and the direction of its bound, and one or more
//! dated rows, each with its value and the words of the article it comes
//! from (verbatim, the value's text among them). A threshold that changes
//! is one more row with the day it takes effect; the rules, their titles
//! and details read the value in force on the date checked, and the
//! boundary cases are generated from it (tests below).

use chrono::NaiveDate;
use serde::Serialize;

use crate::dates::Span;
use crate::sources::DocumentId;

/// A named value rules read.
#[derive(Debug, Serialize)]
pub struct Param {
    /// Stable id, e.g. `nt.prescription-pass-rate`.
    pub id: &'static str,
    pub unit: Unit,
    /// How a measured value meets the bound.
    pub bound: Bound,
    /// The values over time, oldest first; the first applies from the
    /// start of its document's version.
    pub rows: &'static [Row],
}

/// One dated value of a parameter, cited and quoted.
#[derive(Debug, Serialize)]
pub struct Row {
    /// The first day the value applies; `None` for the first row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    pub value: u32,
    #[serde(skip)]
    pub document: DocumentId,
    pub article: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<&'static str>,
    /// The words the value comes from, verbatim from the article; they
    /// contain the value unless `external` says where it comes from.
    pub quote: &'static str,
    /// Where a value the article implies or borrows comes from (e.g. a
    /// regulation the article refers to), in Chinese.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external: Option<&'static str>,
}

/// What a parameter counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A share in percent.
    Percent,
    /// A count of something, named in Chinese (`套`, `次`, `年`, `人`).
    Count(&'static str),
    /// A period the date code reads as a [`Span`]: a look-back window, a
    /// deadline, a bar on applying again.
    Period(PeriodUnit),
}

/// The unit of a period parameter, as the texts count it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodUnit {
    /// 年.
    Years,
    /// 个月.
    Months,
    /// 日: calendar days.
    Days,
    /// 天: calendar days, in a text that writes 天 (南通协议「30天」).
    Tian,
    /// 个工作日.
    WorkingDays,
}

/// Which side of the value meets the rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// 「不低于」「至少」「以上」: the value itself and above.
    AtLeast,
    /// 「不超过」「以内」: the value itself and below.
    AtMost,
    /// 「累计N次及以上」 as a ground: fewer than the value; the value itself
    /// is the ground.
    Below,
}

impl Param {
    /// The row in force on `date`: the latest that has begun, else the first.
    pub fn row_on(&self, date: NaiveDate) -> Option<&'static Row>
    where
        Self: 'static,
    {
        self.rows
            .iter()
            .rev()
            .find(|r| r.from.is_none_or(|from| from <= date))
            .or_else(|| self.rows.first())
    }

    /// The value in force on `date` (0 for a parameter without rows, which
    /// the integrity test refuses).
    pub fn on(&'static self, date: NaiveDate) -> u32 {
        self.row_on(date).map_or(0, |r| r.value)
    }

    /// The value written as the texts write it, e.g. `95%`, `2年`,
    /// `3个月`, `10个工作日`.
    pub fn text(&self, value: u32) -> String {
        match self.unit {
            Unit::Percent => format!("{value}%"),
            Unit::Count(unit) => format!("{value}{unit}"),
            Unit::Period(PeriodUnit::Tian) => format!("{value}天"),
            Unit::Period(_) => self.span(value).chinese(),
        }
    }

    /// `value` as the span the date code counts. A parameter that is not a
    /// period reads as days; the catalog's tests refuse such a reading.
    pub fn span(&self, value: u32) -> Span {
        match self.unit {
            Unit::Period(PeriodUnit::Years) => Span::years(value),
            Unit::Period(PeriodUnit::Months) => Span::months(value),
            Unit::Period(PeriodUnit::WorkingDays) => Span::working_days(value),
            Unit::Period(PeriodUnit::Days | PeriodUnit::Tian) | Unit::Percent | Unit::Count(_) => {
                Span::days(value)
            }
        }
    }

    /// The period in force on `date`, as a [`Span`].
    pub fn span_on(&'static self, date: NaiveDate) -> Span {
        self.span(self.on(date))
    }

    /// Whether the parameter is a period.
    pub fn is_period(&self) -> bool {
        matches!(self.unit, Unit::Period(_))
    }
}

/// A period parameter with one row, in force from the start of its
/// document's version: `NAME = "id", 3 Months, AtLeast, Jiangsu, "第六条",
/// Some("（一）"), "quote"`. A period that changes later is written out as a
/// [`Param`] with a second [`Row`].
macro_rules! period {
    ($(#[$attr:meta])* $name:ident = $id:literal, $value:literal $unit:ident, $bound:ident,
        $document:ident, $article:literal, $item:expr, $quote:literal $(,)?) => {
        $(#[$attr])*
        pub(crate) static $name: $crate::catalog::params::Param = $crate::catalog::params::Param {
            id: $id,
            unit: $crate::catalog::params::Unit::Period(
                $crate::catalog::params::PeriodUnit::$unit,
            ),
            bound: $crate::catalog::params::Bound::$bound,
            rows: &[$crate::catalog::params::Row {
                from: None,
                value: $value,
                document: $crate::sources::DocumentId::$document,
                article: $article,
                item: $item,
                quote: $quote,
                external: None,
            }],
        };
    };
}
pub(crate) use period;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::testing::date;

    static DATED: Param = Param {
        id: "test.dated",
        unit: Unit::Percent,
        bound: Bound::AtLeast,
        rows: &[
            Row {
                from: None,
                value: 95,
                document: DocumentId::Nantong,
                article: "第十六条",
                item: None,
                quote: "95%",
                external: None,
            },
            Row {
                from: Some(crate::sources::ymd(2099, 1, 1)),
                value: 96,
                document: DocumentId::Nantong,
                article: "第十六条",
                item: None,
                quote: "96%",
                external: None,
            },
        ],
    };

    /// Jiangsu's 3 months of operation (第六条（一）), lengthened in this
    /// test only to 6 months from 2099: one more row, nothing else.
    static OPERATING: Param = Param {
        id: "test.operating",
        unit: Unit::Period(PeriodUnit::Months),
        bound: Bound::AtLeast,
        rows: &[
            Row {
                from: None,
                value: 3,
                document: DocumentId::Jiangsu,
                article: "第六条",
                item: Some("（一）"),
                quote: "正式运营至少3个月",
                external: None,
            },
            Row {
                from: Some(crate::sources::ymd(2099, 1, 1)),
                value: 6,
                document: DocumentId::Jiangsu,
                article: "第六条",
                item: Some("（一）"),
                quote: "正式运营至少6个月",
                external: None,
            },
        ],
    };

    static OPERATING_RULE: crate::catalog::Rule = crate::catalog::builder::rule!(
        Condition, Jiangsu, "test.operating", "第六条", Some("（一）"), "正式运营至少{}",
        application: NewDesignation,
        quote: "正式运营至少3个月",
        asks: [crate::facts::questions::OPERATING_SINCE],
        check: |ctx| crate::catalog::checks::operating_at_least(
            ctx,
            &crate::facts::questions::OPERATING_SINCE,
            ctx.span(&OPERATING),
        ),
        params: [OPERATING],
        advice: "待正式运营满{}后再提出申请。",
    );

    /// A period that changes is one dated row: on either side of its day
    /// the same answers meet or miss it, and the title and advice say
    /// which period applies.
    #[test]
    fn a_period_changed_from_a_date_governs_from_that_date() {
        use crate::report::Outcome;
        let mut p = crate::catalog::testing::baseline(crate::facts::Jurisdiction::Jiangsu);
        p.institution.operating_since = Some(date("2098-09-15"));
        let on = |day: &str| crate::engine::evaluate_rule(&OPERATING_RULE, &p, date(day));
        let before = on("2098-12-31");
        assert_eq!(before.outcome, Outcome::Pass, "{}", before.detail);
        assert_eq!(before.title, "正式运营至少3个月");
        assert_eq!(before.advice, "待正式运营满3个月后再提出申请。");
        let after = on("2099-01-01");
        assert_eq!(after.outcome, Outcome::Fail, "{}", after.detail);
        assert_eq!(after.title, "正式运营至少6个月");
        assert!(after.detail.contains("6个月"), "{}", after.detail);
        assert_eq!(OPERATING.span_on(date("2099-01-01")), Span::months(6));
    }

    #[test]
    fn the_row_in_force_on_a_date_gives_the_value() {
        assert_eq!(DATED.on(date("2026-11-22")), 95);
        assert_eq!(DATED.on(date("2098-12-31")), 95);
        assert_eq!(DATED.on(date("2099-01-01")), 96);
        assert_eq!(DATED.text(96), "96%");
        assert_eq!(
            Param {
                id: "x",
                unit: Unit::Count("套"),
                bound: Bound::AtLeast,
                rows: &[]
            }
            .text(2),
            "2套"
        );
        for (unit, text) in [
            (PeriodUnit::Years, "3年"),
            (PeriodUnit::Months, "3个月"),
            (PeriodUnit::Days, "3日"),
            (PeriodUnit::Tian, "3天"),
            (PeriodUnit::WorkingDays, "3个工作日"),
        ] {
            let param = Param {
                id: "x",
                unit: Unit::Period(unit),
                bound: Bound::AtMost,
                rows: &[],
            };
            assert_eq!(param.text(3), text);
            if unit != PeriodUnit::Tian {
                assert_eq!(param.span(3).chinese(), text);
            }
        }
    }
}
