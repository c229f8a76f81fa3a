//! Deadlines and waiting periods as the documents state them: working days
//! on China's official calendar, months and years by the Civil Code, and
//! "提前" counted backwards. Each returns a [`KeyDate`] that says how sure it
//! is, or the verdict to give when the calendar cannot say.

use chrono::NaiveDate;

use super::rule::{Ctx, Missing, Verdict};
use crate::dates::calendar::{self, Certainty, WorkingDayResult};
use crate::dates::{chinese_date, Span};
use crate::facts::questions::Question;
use crate::report::{DateBasis, DateKind, KeyDate};

type Checked = Result<Verdict, Missing>;

fn from_working_days(kind: DateKind, label: String, result: WorkingDayResult) -> KeyDate {
    let basis = match result.certainty {
        Certainty::Official => DateBasis::Official,
        Certainty::Provisional => DateBasis::Provisional,
        Certainty::Estimated { .. } => DateBasis::Estimated,
    };
    KeyDate {
        label,
        date: result.date,
        kind,
        basis,
        note: result.note(),
        calendar: Default::default(),
    }
}

fn unreachable_date(start: NaiveDate, what: &str) -> Verdict {
    Verdict::review(format!(
        "自{}起的{what}超出可计算的日历范围，请核对所填日期。",
        chinese_date(start)
    ))
}

/// The `n`-th working day after `start` (`start` not counted): 「自……之日起N个工作日内」.
pub fn working_days_after(
    kind: DateKind,
    label: &str,
    start: NaiveDate,
    n: u32,
) -> Result<KeyDate, Verdict> {
    calendar::add_working_days(start, n)
        .map(|r| from_working_days(kind, label.to_string(), r))
        .map_err(|_| unreachable_date(start, &format!("{n}个工作日")))
}

/// The `n`-th working day before `target`: 「提前N个工作日」.
pub fn working_days_before(
    kind: DateKind,
    label: &str,
    target: NaiveDate,
    n: u32,
) -> Result<KeyDate, Verdict> {
    calendar::subtract_working_days(target, n)
        .map(|r| from_working_days(kind, label.to_string(), r))
        .map_err(|_| unreachable_date(target, &format!("提前{n}个工作日")))
}

/// The last day of a period of `span` from `start` (`start` not counted;
/// month ends clamp): 「自……起N个月（年、日）内」.
pub fn span_after(
    kind: DateKind,
    label: &str,
    start: NaiveDate,
    span: Span,
) -> Result<KeyDate, Verdict> {
    if span.unit == crate::dates::Unit::WorkingDays {
        return working_days_after(kind, label, start, span.count);
    }
    span.after(start)
        .map(|date| KeyDate::new(kind, label, date))
        .ok_or_else(|| unreachable_date(start, &span.chinese()))
}

/// `span` before `target`: 「期满前N个月」「提前N个月」 (month ends clamp).
pub fn span_before(
    kind: DateKind,
    label: &str,
    target: NaiveDate,
    span: Span,
) -> Result<KeyDate, Verdict> {
    let date = match span.unit {
        crate::dates::Unit::Days => {
            target.checked_sub_days(chrono::Days::new(u64::from(span.count)))
        }
        crate::dates::Unit::Months => target.checked_sub_months(chrono::Months::new(span.count)),
        crate::dates::Unit::Years => span
            .count
            .checked_mul(12)
            .and_then(|m| target.checked_sub_months(chrono::Months::new(m))),
        crate::dates::Unit::WorkingDays => {
            return working_days_before(kind, label, target, span.count)
        }
    };
    date.map(|d| KeyDate::new(kind, label, d))
        .ok_or_else(|| unreachable_date(target, &format!("提前{}", span.chinese())))
}

/// The verdict for one computed date: the date itself, with how the
/// institution stands on the as-of date. A deadline of the institution that
/// has passed needs review (was it met?); every other date is information.
pub fn dated(ctx: &Ctx, date: Result<KeyDate, Verdict>, what: &str) -> Verdict {
    let date = match date {
        Ok(d) => d,
        Err(v) => return v,
    };
    let when = chinese_date(date.date);
    let days = (date.date - ctx.as_of).num_days();
    let estimate = match date.basis {
        DateBasis::Official => "",
        DateBasis::Provisional => "（暂定）",
        DateBasis::Estimated => "（估算，非确定日期）",
    };
    let verdict = match date.kind {
        DateKind::Deadline if days < 0 => Verdict::review(format!(
            "{what}为{when}{estimate}，已于自查日期前{}天届满：请确认是否已按时办理。",
            -days
        )),
        DateKind::Deadline => Verdict::pass(format!(
            "{what}为{when}{estimate}，距自查日期还有{days}天。"
        )),
        DateKind::EarliestDate if days > 0 => Verdict::pass(format!(
            "{what}为{when}{estimate}，距自查日期还有{days}天。"
        )),
        _ => Verdict::pass(format!("{what}为{when}{estimate}。")),
    };
    verdict.with_key_date(date)
}

/// A date computed from the answer to `from`: needs information while it
/// is unanswered.
pub fn from_answer(
    ctx: &Ctx,
    from: &'static Question<NaiveDate>,
    what: &str,
    compute: impl Fn(NaiveDate) -> Result<KeyDate, Verdict>,
) -> Checked {
    let start = ctx.get(from)?;
    Ok(dated(ctx, compute(start), what))
}

/// A date computed from an event the institution may not have had (a
/// suspension, a planned exit): not applicable while the date is not given,
/// as its question says (「未……不填」).
pub fn from_optional_event(
    ctx: &Ctx,
    from: &'static Question<NaiveDate>,
    what: &str,
    compute: impl Fn(NaiveDate) -> Result<KeyDate, Verdict>,
) -> Checked {
    match ctx.get(from) {
        Ok(start) => Ok(dated(ctx, compute(start), what)),
        Err(Missing) => Ok(Verdict::not_applicable(format!(
            "未填「{}」；如有此事项，填写后计算{what}。",
            from.info.label
        ))),
    }
}

/// 「不再续签医保协议的，应当提前3个月……提出申请」 (JS 第三十九条, GD 第四十三条,
/// JL 第四十八条): `span` (three months, each document's parameter) before
/// the last day of the agreement not renewed. Public institutions too: the
/// articles forbid them only to ask to suspend or terminate.
pub fn non_renewal_notice(ctx: &Ctx, span: Span) -> Checked {
    from_optional_event(
        ctx,
        &crate::facts::questions::PLANNED_NON_RENEWAL_ON,
        "提出不再续签申请的最迟日",
        |d| span_before(DateKind::Deadline, "提出不再续签申请的最迟日", d, span),
    )
}

/// 「中止期结束，未超过（医保）协议有效期的，（医保）协议可以继续履行；
/// 超过（医保）协议有效期的，（医保）协议（自动）终止」 (JS 第三十七条第1款,
/// GD/ZS 第四十一条第1款): the last day of a suspension against the last
/// day of the agreement. Not applicable without a suspension (its question
/// says 「未中止不填」); a suspension ending on the agreement's last day does
/// not exceed its term. `ends` names the termination in the article's words.
pub fn suspension_within_term(ctx: &Ctx, ends: &str) -> Checked {
    use crate::facts::questions::{AGREEMENT_EXPIRES_ON, SUSPENSION_ENDS_ON};
    let Ok(suspension_ends) = ctx.get(&SUSPENSION_ENDS_ON) else {
        return Ok(Verdict::not_applicable(format!(
            "未填「{}」；协议未中止的，本条不适用。",
            SUSPENSION_ENDS_ON.info.label
        )));
    };
    let expires = ctx.get(&AGREEMENT_EXPIRES_ON)?;
    let (end, last) = (chinese_date(suspension_ends), chinese_date(expires));
    Ok(if suspension_ends <= expires {
        Verdict::pass(format!(
            "中止期满日为{end}，未超过协议有效期（期满日{last}）：中止期结束后，协议可以继续履行。"
        ))
        .with_key_date(KeyDate::new(
            DateKind::Milestone,
            "中止期满日（未超过协议有效期，协议可以继续履行）",
            suspension_ends,
        ))
    } else {
        Verdict::review(format!(
            "中止期满日为{end}，超过协议有效期（期满日{last}）：{ends}，中止期结束后不能恢复履行；继续定点须按续签程序办理或重新申请，请向经办机构确认。"
        ))
        .with_key_date(KeyDate::new(
            DateKind::Milestone,
            "协议期满日（中止期满超过协议有效期，协议终止）",
            expires,
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::testing::date;
    use crate::report::Outcome;

    #[test]
    fn five_working_days_after_a_friday_before_a_make_up_sunday_end_on_thursday() {
        let d = working_days_after(DateKind::AgencyDeadline, "告知补正", date("2026-09-18"), 5)
            .expect("date");
        assert_eq!(d.date, date("2026-09-24"));
        assert_eq!(d.basis, DateBasis::Official);
    }

    #[test]
    fn working_days_into_2027_are_an_estimate_and_say_so() {
        let d = working_days_after(DateKind::Deadline, "变更申请", date("2026-12-20"), 30)
            .expect("date");
        assert_eq!(d.basis, DateBasis::Estimated);
        assert!(
            d.note.as_deref().is_some_and(|n| n.contains("2027年")),
            "{:?}",
            d.note
        );
    }

    #[test]
    fn months_before_an_expiry_at_a_month_end_clamp_to_the_month_end() {
        let d = span_before(
            DateKind::Deadline,
            "续签申请",
            date("2027-05-31"),
            Span::months(3),
        )
        .expect("date");
        assert_eq!(d.date, date("2027-02-28"));
        let after = span_after(
            DateKind::Milestone,
            "协议期满",
            date("2026-01-31"),
            Span::months(1),
        )
        .expect("date");
        assert_eq!(after.date, date("2026-02-28"));
        let days = span_before(
            DateKind::Deadline,
            "通知",
            date("2026-03-01"),
            Span::days(30),
        )
        .expect("date");
        assert_eq!(days.date, date("2026-01-30"));
    }

    #[test]
    fn a_date_reads_as_overdue_due_today_ahead_or_informational_by_its_kind() {
        let profile = crate::catalog::testing::baseline(crate::facts::Jurisdiction::Jiangsu);
        let ctx = Ctx::new(&profile, date("2026-11-22"));
        let on = |kind, day: &str| dated(&ctx, Ok(KeyDate::new(kind, "某日", date(day))), "某日");
        let overdue = on(DateKind::Deadline, "2026-11-21");
        assert_eq!(overdue.outcome, Outcome::NeedsReview);
        assert!(
            overdue.detail.contains("已于自查日期前1天届满"),
            "{}",
            overdue.detail
        );
        let today = on(DateKind::Deadline, "2026-11-22");
        assert_eq!(today.outcome, Outcome::Pass);
        assert!(today.detail.contains("还有0天"), "{}", today.detail);
        assert!(on(DateKind::Deadline, "2026-12-01")
            .detail
            .contains("还有9天"));
        assert!(on(DateKind::EarliestDate, "2026-11-23")
            .detail
            .contains("还有1天"));
        let reached = on(DateKind::EarliestDate, "2026-11-22");
        assert_eq!(reached.detail, "某日为2026年11月22日。");
        let past = on(DateKind::EarliestDate, "2026-11-01");
        assert_eq!(past.detail, "某日为2026年11月1日。");
        let agency = on(DateKind::AgencyDeadline, "2026-11-01");
        assert_eq!(agency.outcome, Outcome::Pass);
        assert_eq!(agency.detail, "某日为2026年11月1日。");
    }

    #[test]
    fn dates_beyond_the_calendar_are_refused_without_a_panic() {
        assert!(span_after(DateKind::Milestone, "x", NaiveDate::MAX, Span::days(1)).is_err());
        assert!(span_before(DateKind::Milestone, "x", NaiveDate::MIN, Span::years(1)).is_err());
        assert!(working_days_after(DateKind::Milestone, "x", NaiveDate::MAX, 1).is_err());
    }
}
