//! Jiangsu deadlines and waiting periods (rules map §8): the agency's time
//! limits shown to plan, the institution's own deadlines to self-check.
//! Working days follow the State Council's holiday notices
//! (crate::dates::calendar); beyond the known years a date is an estimate
//! and says so. The waiting periods after a failed assessment and the
//! refusal grounds' look-back windows carry their dates in their own rules.
//!
//! The agency's payment and clearing limits (第二十九条第2款, 第三十一条,
//! rules map §8.4) are shown to a designated institution to plan; the annual
//! clearing needs no date, its finding gives the next 31 March.

// The rules for designated institutions belong to the self-audit build
// (feature `audit`); without it their helpers go unused.
#![cfg_attr(not(feature = "audit"), allow(dead_code, unused_imports))]

use crate::catalog::builder::rule;
use chrono::{Datelike, NaiveDate};

use super::periods;
use crate::catalog::rule::{Ctx, Missing, Rule, Verdict};
use crate::catalog::timing;
use crate::facts::questions as q;
use crate::facts::Ownership;
use crate::report::{DateKind, KeyDate};

type Checked = Result<Verdict, Missing>;

/// 第十二条: 20 working days from acceptance, restarted from the day the
/// supplemented materials are complete (rules map §11 X-10 `restart`).
fn assessment(ctx: &Ctx) -> Checked {
    // After a supplement the count restarts from it: the day of acceptance
    // no longer matters.
    let (start, from) = match ctx.optional(&q::SUPPLEMENT_COMPLETED_ON) {
        Some(completed) => (completed, "补齐材料之日"),
        None => (ctx.get(&q::ACCEPTED_ON)?, "受理之日"),
    };
    let span = ctx.span(&periods::ASSESSMENT);
    Ok(timing::dated(
        ctx,
        timing::span_after(
            DateKind::AgencyDeadline,
            "反馈评估结果的最迟日",
            start,
            span,
        ),
        &format!("自{from}起{}，经办机构反馈评估结果的最迟日", span.chinese()),
    ))
}

/// 第十三条: the public notice lasts 5 working days, its first day counted.
fn public_notice(ctx: &Ctx) -> Checked {
    let start = ctx.get(&q::PUBLIC_NOTICE_STARTED_ON)?;
    let span = ctx.span(&periods::PUBLIC_NOTICE);
    let date = match start.pred_opt() {
        Some(eve) => timing::span_after(DateKind::Milestone, "公示期届满日", eve, span),
        None => timing::span_after(DateKind::Milestone, "公示期届满日", start, span),
    };
    Ok(timing::dated(
        ctx,
        date,
        &format!("公示期（{}，首日计入）届满日", span.chinese()),
    ))
}

/// 第三十九条: three months' notice of a voluntary suspension or
/// termination; public institutions may not ask for either.
fn exit_notice(ctx: &Ctx) -> Checked {
    let planned = match ctx.get(&q::PLANNED_EXIT_ON) {
        Ok(date) => date,
        Err(Missing) => {
            return Ok(Verdict::not_applicable(
                "未填拟主动中止或解除医保协议之日；如有此计划，填写后计算提出申请的最迟日。不再续签的另见下一项。",
            ))
        }
    };
    let span = ctx.span(&periods::EXIT_NOTICE);
    if ctx.get(&q::OWNERSHIP)? == Ownership::Public {
        return Ok(Verdict::fail(format!(
            "公立医疗机构不得主动提出中止或者解除医保协议。不再续签不在禁止之列：期满不续签的，提前{}申请（见下一项）。",
            span.chinese()
        )));
    }
    Ok(timing::dated(
        ctx,
        timing::span_before(
            DateKind::Deadline,
            "提出中止或解除申请的最迟日",
            planned,
            span,
        ),
        &format!("提前{}提出申请的最迟日", span.chinese()),
    ))
}

/// The first 31 March on or after `from`.
fn next_march_31(from: NaiveDate) -> Option<NaiveDate> {
    let this_year = NaiveDate::from_ymd_opt(from.year(), 3, 31)?;
    if from <= this_year {
        Some(this_year)
    } else {
        NaiveDate::from_ymd_opt(from.year().checked_add(1)?, 3, 31)
    }
}

/// 第三十一条: the clearing of the year before, 「原则上次年3月底前」, read as
/// including 31 March (rules map §8.4); the next such day on or after the
/// as-of date.
fn annual_clearing(ctx: &Ctx) -> Checked {
    let Some(date) = next_march_31(ctx.as_of) else {
        return Ok(Verdict::review("自查日期超出可计算的日历范围，请核对。"));
    };
    let year = date.year() - 1;
    Ok(timing::dated(
        ctx,
        Ok(KeyDate::new(
            DateKind::AgencyDeadline,
            format!("经办机构完成{year}年度医保费用清算的最迟日（原则上）"),
            date,
        )),
        &format!("经办机构原则上完成本机构{year}年度医保费用清算的最迟日"),
    ))
}

pub static RULES: &[Rule] = &[
    rule!(Deadline, Jiangsu, "js.a11.supplement-notice-5-working-days", "第十一条", None, "经办机构一次性告知补正的时限",
        application: NewDesignation,
        quote: "内容不全的，统筹地区经办机构自收到材料之日起5个工作日内一次性告知医疗机构补充",
        asks: [q::SUBMITTED_ON],
        check: |ctx| {
            timing::from_answer(ctx, &q::SUBMITTED_ON, "经办机构告知补正的最迟日", |d| {
                timing::span_after(DateKind::AgencyDeadline, "经办机构一次性告知补正的最迟日", d, ctx.span(&periods::SUPPLEMENT_NOTICE))
            })
        },
        params: [periods::SUPPLEMENT_NOTICE],
        advice: "此为经办机构的时限：届时未收到补正告知的，可向经办机构询问受理进度。",
        reading: "工作日按国务院办公厅放假调休安排计算，收到材料当日不计入⟦§8.0⟧。",
    ),
    rule!(Deadline, Jiangsu, "js.a12.assessment-20-working-days", "第十二条", None, "反馈评估结果的时限",
        application: NewDesignation,
        quote: "自受理申请材料之日起，反馈评估结果不超过20个工作日。医疗机构需要补充材料的，自申请材料补充完整之日起，重新开始计算评估时间",
        asks: [q::ACCEPTED_ON, q::SUPPLEMENT_COMPLETED_ON],
        check: assessment,
        params: [periods::ASSESSMENT],
        advice: "此为经办机构的时限；补正材料会使评估时间重新起算，尽量一次备齐。",
        reading: "补正后“重新开始计算”：自补齐之日起重新计满20个工作日⟦X-10⟧。",
    ),
    rule!(Deadline, Jiangsu, "js.a13.public-notice-5-working-days", "第十三条", None, "评估合格后的公示期",
        application: NewDesignation,
        quote: "向社会公示，公示期为5个工作日",
        asks: [q::PUBLIC_NOTICE_STARTED_ON],
        check: public_notice,
        params: [periods::PUBLIC_NOTICE],
        advice: "公示期间如有线索经核查属第九条情形，本次评估结果为不合格；公示期满后关注是否纳入拟签订协议名单。",
        reading: "公示首日计入公示期（发布当日即公示）；文件未写明，若首日不计入则届满日顺延一个工作日。",
    ),
    rule!(Deadline, Jiangsu, "js.a14.agreement-term-1-year", "第十四条", None, "医保协议期限（一般{}）",
        application: NewDesignation,
        quote: "医保协议定期签订，协议期限一般为1年",
        asks: [q::AGREEMENT_SIGNED_ON],
        check: |ctx| {
            timing::from_answer(ctx, &q::AGREEMENT_SIGNED_ON, &format!(
                "按一般期限{}推算的协议期满日",
                ctx.span(&periods::AGREEMENT_TERM).chinese()
            ), |d| {
                timing::span_after(DateKind::Milestone, "按一般期限推算的协议期满日", d, ctx.span(&periods::AGREEMENT_TERM))
            })
        },
        params: [periods::AGREEMENT_TERM],
        advice: "以协议文本约定的期限为准；期满前3个月提出续签申请（第三十六条）。",
        reading: "“一般为1年”，实际期限以协议约定为准；按签订日当日不计入推算。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Jiangsu, "js.a29.p2.payment-30-working-days", "第二十九条", Some("第2款"), "申报后拨付医保费用的时限（经办机构）",
        application: Designated,
        quote: "原则上应当在定点医疗机构申报后30个工作日内拨付符合规定的医保费用",
        asks: [q::CLAIM_DECLARED_ON],
        check: |ctx| {
            timing::from_optional_event(ctx, &q::CLAIM_DECLARED_ON, "经办机构原则上拨付符合规定的医保费用的最迟日", |d| {
                timing::span_after(DateKind::AgencyDeadline, "经办机构拨付医保费用的最迟日（原则上）", d, ctx.span(&periods::PAYMENT))
            })
        },
        params: [periods::PAYMENT],
        advice: "此为经办机构的时限，只及于符合规定的医保费用：届时未到账的，可向经办机构查询审核和拨付进度；经审核不予支付的费用不在其内。经办机构按协议约定预留不高于5%的医保服务质量保证金后拨付。",
        reading: "「原则上」30个工作日，自申报之日起算，申报当日不计入；工作日按国务院办公厅放假调休安排计算，无通知的年份为估算⟦§8.0⟧。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Jiangsu, "js.a31.annual-clearing-march-31", "第三十一条", None, "上年度医保费用清算的时限（经办机构，次年3月底前）",
        application: Designated,
        quote: "原则上次年3月底前完成医疗机构上年度医保费用的清算",
        asks: [],
        check: annual_clearing,
        advice: "此为经办机构的时限：年终清算与绩效考核结果挂钩（第三十条），届时关注清算结果；对清算结果有疑问的，及时与经办机构沟通。",
        reading: "「次年3月底前」读作含3月31日（与南通协议「每月N日前」的保守默认不同）⟦X-44⟧：显示自查日期当日或之后最近的3月31日，即上一年度清算的最迟日。固定日期截止，逢休息日不顺延⟦§8.0⟧。「原则上」，以经办机构实际安排为准。",
    ),
    rule!(Deadline, Jiangsu, "js.a35.change-30-working-days", "第三十五条", None, "重大信息变更申请的时限",
        application: InformationChange,
        quote: "应当自有关部门批准之日起30个工作日内向统筹地区经办机构提出变更申请",
        asks: [q::CHANGE_APPROVED_ON],
        check: |ctx| {
            timing::from_answer(ctx, &q::CHANGE_APPROVED_ON, "提出变更申请的最迟日", |d| {
                timing::span_after(DateKind::Deadline, "提出变更申请的最迟日", d, ctx.span(&periods::CHANGE))
            })
        },
        params: [periods::CHANGE],
        advice: "在最迟日前向统筹地区经办机构提出变更申请；南通机构另须按南通协议在7个工作日内办理变更备案。",
        reading: "自批准之日起算，批准当日不计入；工作日按国务院办公厅放假调休安排计算。",
    ),
    rule!(Deadline, Jiangsu, "js.a36.renewal-3-months", "第三十六条", None, "续签申请的时点",
        application: Renewal,
        quote: "续签应当由定点医疗机构于医保协议期满前3个月向经办机构提出申请或者由经办机构统一组织",
        asks: [q::AGREEMENT_EXPIRES_ON],
        check: |ctx| {
            timing::from_answer(ctx, &q::AGREEMENT_EXPIRES_ON, "提出续签申请的最迟日", |d| {
                timing::span_before(DateKind::Deadline, "提出续签申请的最迟日", d, ctx.span(&periods::RENEWAL))
            })
        },
        params: [periods::RENEWAL],
        advice: "于最迟日前提出续签申请，或确认经办机构将统一组织续签；未达成一致的，协议到期后自动终止。",
        reading: "“期满前3个月”读作最迟于期满日前3个月⟦X-15⟧；经办机构统一组织的，无须单独申请。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Jiangsu, "js.a37.p1.suspension-beyond-term", "第三十七条", Some("第1款"), "中止期满超过协议有效期的，协议终止",
        application: Designated,
        quote: "中止期结束，未超过医保协议有效期的，医保协议可以继续履行；超过医保协议有效期的，医保协议终止",
        asks: [q::SUSPENSION_ENDS_ON, q::AGREEMENT_EXPIRES_ON],
        check: |ctx| timing::suspension_within_term(ctx, "医保协议终止"),
        advice: "中止期满日在协议期满之后的，协议到期即终止：如需继续定点，在协议期满前3个月按第三十六条申请续签，或向经办机构确认须重新申请。",
        reading: "中止期满日与协议期满日均按所填日期比较：中止恰于协议期满之日届满的，未“超过”协议有效期。协议终止不是解除，不触发第九条的回看期⟦X-46、X-8⟧。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Jiangsu, "js.a37.p2.suspension-180-days", "第三十七条", Some("第2款"), "主动中止期间提出继续履行申请的时限",
        application: Designated,
        quote: "中止时间原则上不得超过180日，定点医疗机构在医保协议中止超过180日仍未提出继续履行医保协议申请的，原则上医保协议自动终止",
        asks: [q::SUSPENSION_STARTED_ON],
        check: |ctx| {
            timing::from_optional_event(ctx, &q::SUSPENSION_STARTED_ON, "提出继续履行申请的最迟日", |d| {
                timing::span_after(DateKind::Deadline, "提出继续履行医保协议申请的最迟日", d, ctx.span(&periods::SUSPENSION))
            })
        },
        params: [periods::SUSPENSION],
        advice: "在中止满{}前提出继续履行医保协议申请，否则原则上协议自动终止。",
        reading: "180日自中止生效之日起算（生效当日不计入），为自然日⟦X-54⟧；与同意中止之日不同时须确认。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Jiangsu, "js.a39.exit-3-months-notice", "第三十九条", None, "主动中止、解除协议的提前期",
        application: Designated,
        quote: "应当提前3个月向经办机构提出申请。公立医疗机构不得主动提出中止或者解除医保协议",
        asks: [q::PLANNED_EXIT_ON, q::OWNERSHIP],
        check: exit_notice,
        params: [periods::EXIT_NOTICE],
        advice: "社会办医疗机构至迟于拟中止、解除之日前{}提出申请；公立医疗机构不得主动提出中止或解除。",
        reading: "“提前3个月”自拟生效之日向前推算3个月（无对应日取月末）。",
    ),
    rule!(Deadline, Jiangsu, "js.a39.non-renewal-3-months-notice", "第三十九条", None, "不再续签协议的提前期",
        application: Designated,
        quote: "定点医疗机构请求中止、解除医保协议或者不再续签医保协议的，应当提前3个月向经办机构提出申请",
        asks: [q::PLANNED_NON_RENEWAL_ON],
        check: |ctx| timing::non_renewal_notice(ctx, ctx.span(&periods::EXIT_NOTICE)),
        params: [periods::EXIT_NOTICE],
        advice: "至迟于协议期满之日前{}向经办机构提出不再续签的申请；公立医疗机构同样可以不再续签。",
        reading: "“提前3个月”自协议期满之日向前推算3个月（无对应日取月末）。本条只禁止公立医疗机构主动提出中止或解除，不再续签不在禁止之列。",
    ),
];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::{cases, date, run, Case};
    use crate::facts::*;

    const J: Jurisdiction = Jurisdiction::Jiangsu;

    fn kind(p: &mut Profile, kind: ApplicationKind) {
        p.application.kind = Some(kind);
    }

    pub(crate) static CASES: &[Case] = cases! { J;
        "第十一条：2026年9月18日收到材料，5个工作日内（含9月20日调休）即9月24日前告知补正": "js.a11.supplement-notice-5-working-days", |p| p.procedure.submitted_on = Some(date("2026-09-18")) => Pass;
        "第十一条：未填收到材料之日的需补充信息": "js.a11.supplement-notice-5-working-days", |p| p.procedure.submitted_on = None => NeedsInformation;
        "第十二条：受理后20个工作日内反馈评估结果": "js.a12.assessment-20-working-days", |p| p.procedure.accepted_on = Some(date("2026-11-20")) => Pass;
        "第十二条：补齐材料后评估时间重新起算": "js.a12.assessment-20-working-days", |p| { p.procedure.accepted_on = Some(date("2026-09-01")); p.procedure.supplement_completed_on = Some(date("2026-11-16")) } => Pass;
        "第十二条：已补齐材料的，未填受理之日也可自补齐之日起算": "js.a12.assessment-20-working-days", |p| p.procedure.supplement_completed_on = Some(date("2026-11-16")) => Pass;
        "第十二条：未填受理之日也未补正的需补充信息": "js.a12.assessment-20-working-days", |p| () => NeedsInformation;
        "第十三条：公示期为5个工作日": "js.a13.public-notice-5-working-days", |p| p.procedure.public_notice_started_on = Some(date("2026-11-23")) => Pass;
        "第十三条：未填公示开始之日的需补充信息": "js.a13.public-notice-5-working-days", |p| () => NeedsInformation;
        "第十四条：按一般期限1年推算协议期满日": "js.a14.agreement-term-1-year", |p| p.procedure.agreement_signed_on = Some(date("2026-01-01")) => Pass;
        "第十四条：未填签订之日的需补充信息": "js.a14.agreement-term-1-year", |p| () => NeedsInformation;
        "第三十五条：批准变更后30个工作日内申请，尚在时限内": "js.a35.change-30-working-days", |p| { kind(p, ApplicationKind::InformationChange); p.procedure.change_approved_on = Some(date("2026-11-02")) } => Pass;
        "第三十五条：批准变更已超过30个工作日，须确认是否已按时申请": "js.a35.change-30-working-days", |p| { kind(p, ApplicationKind::InformationChange); p.procedure.change_approved_on = Some(date("2026-09-01")) } => NeedsReview;
        "第三十六条：协议2027年3月31日期满，最迟2026年12月31日申请续签": "js.a36.renewal-3-months", |p| { kind(p, ApplicationKind::Renewal); p.procedure.agreement_expires_on = Some(date("2027-03-31")) } => Pass;
        "第三十六条：期满前3个月已过，须确认是否已申请或由经办统一组织": "js.a36.renewal-3-months", |p| { kind(p, ApplicationKind::Renewal); p.procedure.agreement_expires_on = Some(date("2027-01-31")) } => NeedsReview;
        "第三十七条：主动中止未满180日，尚可申请继续履行": "js.a37.p2.suspension-180-days", |p| { kind(p, ApplicationKind::Designated); p.procedure.suspension_started_on = Some(date("2026-09-01")) } => Pass;
        "第三十七条：主动中止已超过180日，须确认是否已申请继续履行": "js.a37.p2.suspension-180-days", |p| { kind(p, ApplicationKind::Designated); p.procedure.suspension_started_on = Some(date("2026-03-01")) } => NeedsReview;
        "第三十七条：未中止的不适用": "js.a37.p2.suspension-180-days", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
        "第三十七条第1款：中止至2027年3月1日、协议2027年3月31日期满，中止期结束后可以继续履行": "js.a37.p1.suspension-beyond-term", |p| { kind(p, ApplicationKind::Designated); p.procedure.suspension_ends_on = Some(date("2027-03-01")); p.procedure.agreement_expires_on = Some(date("2027-03-31")) } => Pass;
        "第三十七条第1款：中止恰于协议期满之日届满，未超过协议有效期": "js.a37.p1.suspension-beyond-term", |p| { kind(p, ApplicationKind::Designated); p.procedure.suspension_ends_on = Some(date("2027-03-31")); p.procedure.agreement_expires_on = Some(date("2027-03-31")) } => Pass;
        "第三十七条第1款：中止期满晚于协议期满1日，医保协议终止": "js.a37.p1.suspension-beyond-term", |p| { kind(p, ApplicationKind::Designated); p.procedure.suspension_ends_on = Some(date("2027-04-01")); p.procedure.agreement_expires_on = Some(date("2027-03-31")) } => NeedsReview;
        "第三十七条第1款：中止而未填协议期满日的需补充信息": "js.a37.p1.suspension-beyond-term", |p| { kind(p, ApplicationKind::Designated); p.procedure.suspension_ends_on = Some(date("2027-03-01")) } => NeedsInformation;
        "第三十七条第1款：未中止的不适用": "js.a37.p1.suspension-beyond-term", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
        "第三十九条：社会办机构拟于2027年6月1日解除，最迟2027年3月1日申请": "js.a39.exit-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.institution.ownership = Some(Ownership::Private); p.procedure.planned_exit_on = Some(date("2027-06-01")) } => Pass;
        "第三十九条：公立医疗机构不得主动提出中止或解除": "js.a39.exit-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.institution.ownership = Some(Ownership::Public); p.procedure.planned_exit_on = Some(date("2027-06-01")) } => Fail;
        "第三十九条：无退出计划的不适用": "js.a39.exit-3-months-notice", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
        "第三十九条：公立医疗机构协议2027年3月31日期满不再续签，最迟2026年12月31日申请": "js.a39.non-renewal-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.institution.ownership = Some(Ownership::Public); p.procedure.planned_non_renewal_on = Some(date("2027-03-31")) } => Pass;
        "第三十九条：不再续签的提前3个月已过，须确认是否已申请": "js.a39.non-renewal-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.procedure.planned_non_renewal_on = Some(date("2027-01-31")) } => NeedsReview;
        "第三十九条：无不再续签计划的不适用": "js.a39.non-renewal-3-months-notice", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
        "第二十九条第2款：11月20日申报，经办机构原则上30个工作日内拨付": "js.a29.p2.payment-30-working-days", |p| { kind(p, ApplicationKind::Designated); p.procedure.claim_declared_on = Some(date("2026-11-20")) } => Pass;
        "第二十九条第2款：未填申报之日的不适用": "js.a29.p2.payment-30-working-days", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
        "第三十一条：下一个清算最迟日为2027年3月31日": "js.a31.annual-clearing-march-31", |p| kind(p, ApplicationKind::Designated) => Pass;
        "第三十一条：细则施行前的自查日期无规则数据": "js.a31.annual-clearing-march-31" on "2023-12-31", |p| kind(p, ApplicationKind::Designated) => NotCovered;
    };

    #[test]
    fn every_jiangsu_deadline_case_gives_the_outcome_its_article_states() {
        run(CASES);
    }

    #[test]
    fn the_dates_are_those_of_the_official_calendar() {
        use crate::catalog::testing::{baseline, finding};
        let mut p = baseline(J);
        p.procedure.submitted_on = Some(date("2026-09-18"));
        let f = finding(
            "js.a11.supplement-notice-5-working-days",
            &p,
            date("2026-11-22"),
        );
        assert_eq!(f.dates[0].date, date("2026-09-24"));
        p.procedure.public_notice_started_on = Some(date("2026-09-30"));
        let f = finding(
            "js.a13.public-notice-5-working-days",
            &p,
            date("2026-09-30"),
        );
        // 9-30 (day 1), 10-08, 10-09, 10-10 (make-up Saturday), 10-12.
        assert_eq!(f.dates[0].date, date("2026-10-12"));
        p.application.kind = Some(ApplicationKind::Renewal);
        p.procedure.agreement_expires_on = Some(date("2027-05-31"));
        let f = finding("js.a36.renewal-3-months", &p, date("2026-11-22"));
        assert_eq!(f.dates[0].date, date("2027-02-28"));
        p.application.kind = Some(ApplicationKind::InformationChange);
        p.procedure.change_approved_on = Some(date("2026-12-20"));
        let f = finding("js.a35.change-30-working-days", &p, date("2026-11-22"));
        assert_eq!(f.dates[0].basis, crate::report::DateBasis::Estimated);
        assert!(f.detail.contains("估算"), "{}", f.detail);
    }

    /// 第三十七条第1款: the milestone is the end of the suspension within
    /// the term, else the agreement's last day, when it ends.
    #[test]
    fn a_suspension_beyond_the_term_ends_the_agreement_on_its_last_day() {
        use crate::catalog::testing::{baseline, finding};
        use crate::report::{DateKind, Outcome};
        let mut p = baseline(J);
        p.application.kind = Some(ApplicationKind::Designated);
        p.procedure.agreement_expires_on = Some(date("2027-03-31"));
        p.procedure.suspension_ends_on = Some(date("2027-03-31"));
        let rule = "js.a37.p1.suspension-beyond-term";
        let f = finding(rule, &p, date("2026-11-22"));
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates[0].date, date("2027-03-31"));
        assert_eq!(f.dates[0].kind, DateKind::Milestone);
        p.procedure.suspension_ends_on = Some(date("2027-05-10"));
        let f = finding(rule, &p, date("2026-11-22"));
        assert_eq!(f.outcome, Outcome::NeedsReview);
        assert_eq!(f.dates[0].date, date("2027-03-31"));
        assert!(f.detail.contains("医保协议终止"), "{}", f.detail);
    }

    #[test]
    fn the_annual_clearing_is_due_by_the_next_31_march() {
        use crate::catalog::testing::{baseline, finding};
        use crate::report::{DateBasis, DateKind, Outcome};
        let mut p = baseline(J);
        p.application.kind = Some(ApplicationKind::Designated);
        let rule = "js.a31.annual-clearing-march-31";
        let f = finding(rule, &p, date("2026-11-22"));
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates[0].date, date("2027-03-31"));
        assert_eq!(f.dates[0].kind, DateKind::AgencyDeadline);
        assert_eq!(f.dates[0].basis, DateBasis::Official);
        assert!(f.detail.contains("2026年度"), "{}", f.detail);
        // 31 March itself is still within 「3月底前」.
        let f = finding(rule, &p, date("2027-03-31"));
        assert_eq!(f.dates[0].date, date("2027-03-31"));
        let f = finding(rule, &p, date("2027-04-01"));
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates[0].date, date("2028-03-31"));
        assert!(f.detail.contains("2027年度"), "{}", f.detail);
    }

    #[test]
    fn the_payment_counts_thirty_working_days_across_the_national_day_holiday() {
        use crate::catalog::testing::{baseline, finding};
        use crate::report::{DateBasis, Outcome};
        let mut p = baseline(J);
        p.application.kind = Some(ApplicationKind::Designated);
        // Wednesday 30 September: 10-08, 10-09, 10-10 (make-up Saturday),
        // then 10-12 .. 11-17 (the 30th working day).
        p.procedure.claim_declared_on = Some(date("2026-09-30"));
        let f = finding("js.a29.p2.payment-30-working-days", &p, date("2026-11-22"));
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates[0].date, date("2026-11-17"));
        assert_eq!(f.dates[0].basis, DateBasis::Official);
    }
}
