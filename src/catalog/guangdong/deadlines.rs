//! Guangdong deadlines and waiting periods (rules map §8): the agency's time
//! limits shown to plan, the institution's own deadlines to self-check.
//! Working days follow the State Council's holiday notices
//! (crate::dates::calendar); beyond the known years a date is an estimate
//! and says so. The waiting periods after a failed assessment carry their
//! dates in their own rules (第十二条, in the conditions family).
//!
//! The same rules decide in Jieyang and Zhongshan reports; for each finding
//! the engine notes whether the Zhongshan draft has the same words. The
//! draft's own deadlines, where its words differ, are in
//! `catalog::zhongshan::deadlines`.
//!
//! 第三十一条's payment within 30 working days of the declaration is the
//! agency's, shown to a designated institution to plan (rules map §8.4); the
//! Zhongshan draft's 第三十一条 has the same words, and adds a refund duty of
//! its own (`catalog::zhongshan::deadlines`).
//!
//! Not encoded: 第四十条第2款「固定协议不少于2年」(a way the agency may sign,
//! no date the institution must keep; mentioned in the renewal advice).

// The rules for designated institutions belong to the self-audit build
// (feature `audit`); without it their helpers go unused.
#![cfg_attr(not(feature = "audit"), allow(dead_code, unused_imports))]

use crate::catalog::builder::rule;
use chrono::{Days, NaiveDate};

use crate::catalog::rule::{Ctx, Excerpt, Missing, Rule, Verdict};
use crate::catalog::timing;
use crate::dates::chinese_date;

use super::periods;
use crate::facts::questions as q;
use crate::facts::Ownership;
use crate::report::DateKind;

type Checked = Result<Verdict, Missing>;

/// 第四十三条's second sentence, cited when a public institution plans to
/// suspend or leave the agreement.
const A43_PUBLIC: Excerpt = Excerpt {
    item: None,
    quote: "公立医疗机构不得主动提出中止或解除医保协议",
};

/// Whether the profile answers `question`, without reading it (an optional
/// date that decides whether its partner is needed).
fn given(ctx: &Ctx, question: &'static q::Question<NaiveDate>) -> bool {
    (question.get)(ctx.profile).is_some()
}

/// 第十二条: 3 months from acceptance, the time of supplementing the
/// materials not counted (rules map §11 X-10 `pause`). The seed does not
/// say when that time starts and ends; it is taken from the day the
/// supplement notice is received to the day the materials are complete,
/// and added to the end of the 3 months. Both dates are optional (no
/// supplement, none given); one without the other needs the other.
fn assessment(ctx: &Ctx) -> Checked {
    let accepted = ctx.get(&q::ACCEPTED_ON);
    let supplement =
        if given(ctx, &q::SUPPLEMENT_NOTIFIED_ON) || given(ctx, &q::SUPPLEMENT_COMPLETED_ON) {
            let notified = ctx.get(&q::SUPPLEMENT_NOTIFIED_ON);
            let completed = ctx.get(&q::SUPPLEMENT_COMPLETED_ON);
            Some((notified, completed))
        } else {
            None
        };
    let accepted = accepted?;
    let paused = match supplement {
        None => None,
        Some((notified, completed)) => {
            let (notified, completed) = (notified?, completed?);
            if completed < notified {
                return Ok(Verdict::review(format!(
                    "补齐材料之日（{}）早于收到补正告知之日（{}），请核对所填日期。",
                    chinese_date(completed),
                    chinese_date(notified)
                )));
            }
            let days = u64::try_from((completed - notified).num_days()).unwrap_or(0);
            Some((notified, completed, days))
        }
    };
    let label = "完成评估的最迟日";
    let span = ctx.span(&periods::ASSESSMENT);
    let date = timing::span_after(DateKind::AgencyDeadline, label, accepted, span);
    let (date, what) = match paused {
        None => (
            date,
            format!("自受理之日起{}，经办机构完成评估的最迟日", span.chinese()),
        ),
        Some((notified, completed, days)) => (
            date.and_then(|mut key| {
                key.date = key.date.checked_add_days(Days::new(days)).ok_or_else(|| {
                    Verdict::review("评估期限加补正时间后超出可计算的日历范围，请核对所填日期。")
                })?;
                Ok(key)
            }),
            format!(
                "自受理之日起{}，另加补正材料占用的{days}日（{}收到告知至{}补齐），经办机构完成评估的最迟日",
                span.chinese(),
                chinese_date(notified),
                chinese_date(completed)
            ),
        ),
    };
    Ok(timing::dated(ctx, date, &what))
}

/// 第十二条: the public notice lasts 7 working days, its first day counted.
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

/// 第四十三条: three months' notice of a voluntary suspension, termination
/// or non-renewal; public institutions may not ask to suspend or terminate.
fn exit_notice(ctx: &Ctx) -> Checked {
    let planned = match ctx.get(&q::PLANNED_EXIT_ON) {
        Ok(date) => date,
        Err(Missing) => return Ok(Verdict::not_applicable(
            "未填拟主动中止或解除医保协议之日；如有此计划，填写后计算提出申请的最迟日。不再续签的另见下一项。",
        )),
    };
    let span = ctx.span(&periods::EXIT_NOTICE);
    if ctx.get(&q::OWNERSHIP)? == Ownership::Public {
        return Ok(Verdict::fail(format!(
            "公立医疗机构不得主动提出中止或解除医保协议。不再续签不在禁止之列：期满不续签的，提前{}申请（见下一项）。",
            span.chinese()
        ))
        .citing(A43_PUBLIC));
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

pub static RULES: &[Rule] = &[
    rule!(Deadline, Guangdong, "gd.a10.supplement-notice-5-working-days", "第十条", None, "经办机构一次性告知补正的时限",
        application: NewDesignation,
        quote: "经办机构应当自收到材料之日起5个工作日内一次性告知医疗机构补充",
        asks: [q::SUBMITTED_ON],
        check: |ctx| {
            timing::from_answer(ctx, &q::SUBMITTED_ON, "经办机构告知补正的最迟日", |d| {
                timing::span_after(DateKind::AgencyDeadline, "经办机构一次性告知补正的最迟日", d, ctx.span(&periods::SUPPLEMENT_NOTICE))
            })
        },
        params: [periods::SUPPLEMENT_NOTICE],
        advice: "此为经办机构的时限：届时未收到补正告知的，可向经办机构询问受理进度；收到告知后尽快一次补齐（补正时间不计入第十二条的3个月评估期限）。",
        reading: "自收到材料之日起算，收到当日不计入；工作日按国务院办公厅放假调休安排计算，无通知的年份为估算⟦§8.0⟧。广东未规定医疗机构补正的期限⟦X-43⟧。",
    ),
    rule!(Deadline, Guangdong, "gd.a12.assessment-3-months", "第十二条", None, "完成评估的时限（{}，补正时间不计入）",
        application: NewDesignation,
        quote: "自受理申请材料之日起，应当在3个月内完成对医疗机构的评估，医疗机构补充材料时间不计入评估期限",
        asks: [q::ACCEPTED_ON, q::SUPPLEMENT_NOTIFIED_ON, q::SUPPLEMENT_COMPLETED_ON],
        check: assessment,
        params: [periods::ASSESSMENT],
        advice: "此为经办机构的时限；补充材料的时间不计入，会使完成评估的最迟日相应推后，尽量一次备齐。有补正的，同时填写收到补正告知之日和补齐材料之日。",
        reading: "补充材料时间「不计入」评估期限：按扣除（暂停）计算，不重新起算⟦X-10⟧。文件未写明补正时间的起止，本工具按收到补正告知之日至补齐材料之日的自然日数计（告知当日不计入），加在3个月期满日之后；3个月自受理之日的次日起算，到期月的对应日为最后一日，无对应日取月末。",
    ),
    rule!(Deadline, Guangdong, "gd.a12.public-notice-7-working-days", "第十二条", None, "评估合格后的公示期",
        application: NewDesignation,
        quote: "应当向社会公示，公示期为7个工作日",
        asks: [q::PUBLIC_NOTICE_STARTED_ON],
        check: public_notice,
        params: [periods::PUBLIC_NOTICE],
        advice: "公示期间未收到举报或举报经核查不影响评估结果的，纳入拟签订医保协议医疗机构名单；公示期满后关注名单公布并准备协商签订医保协议。",
        reading: "公示首日计入公示期（发布当日即公示）；文件未写明，若首日不计入则届满日顺延一个工作日。工作日按国务院办公厅放假调休安排计算。",
    ),
    rule!(Deadline, Guangdong, "gd.a13.agreement-term-1-year", "第十三条", None, "医保协议期限（一般{}）",
        application: NewDesignation,
        quote: "医保协议期限一般为1年",
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
        advice: "以协议文本约定的期限为准；于协议期满前3个月提出续签申请，或确认由经办机构统一组织续签（第四十条）。",
        reading: "“一般为1年”，实际期限以协议约定为准；按签订日当日不计入、到期年对应日推算（无对应日取月末）。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Guangdong, "gd.a31.payment-30-working-days", "第三十一条", None, "申报后拨付医保费用的时限（经办机构）",
        application: Designated,
        quote: "原则上，应当在定点医疗机构申报后30个工作日内拨付符合规定的医保费用",
        asks: [q::CLAIM_DECLARED_ON],
        check: |ctx| {
            timing::from_optional_event(ctx, &q::CLAIM_DECLARED_ON, "经办机构原则上拨付符合规定的医保费用的最迟日", |d| {
                timing::span_after(DateKind::AgencyDeadline, "经办机构拨付医保费用的最迟日（原则上）", d, ctx.span(&periods::PAYMENT))
            })
        },
        params: [periods::PAYMENT],
        advice: "此为经办机构的时限，只及于符合规定的医保费用：届时未到账的，可向经办机构查询审核和拨付进度；经审查核实违规的医保费用，经办机构不予支付。",
        reading: "「原则上」30个工作日，自申报之日起算，申报当日不计入；工作日按国务院办公厅放假调休安排计算，无通知的年份为估算⟦§8.0⟧。",
    ),
    rule!(Deadline, Guangdong, "gd.a39.change-30-working-days", "第三十九条", None, "重大信息变更申请的时限",
        application: InformationChange,
        quote: "应当自有关部门批准之日起30个工作日内向统筹区经办机构提出变更申请",
        asks: [q::CHANGE_APPROVED_ON],
        check: |ctx| {
            timing::from_answer(ctx, &q::CHANGE_APPROVED_ON, "提出变更申请的最迟日", |d| {
                timing::span_after(DateKind::Deadline, "提出变更申请的最迟日", d, ctx.span(&periods::CHANGE))
            })
        },
        params: [periods::CHANGE],
        advice: "名称、法定代表人、主要负责人或实际控制人、注册地址、银行账户、诊疗科目、机构规模、机构性质、等级和类别等重大信息变更的，在最迟日前向统筹区经办机构提出变更申请；其他一般信息变更应当及时书面告知（未规定天数）。重大信息变更未办理变更的，经办机构应当解除医保协议（第四十二条（六））。",
        reading: "自批准之日起算，批准当日不计入；工作日按国务院办公厅放假调休安排计算，无通知的年份为估算⟦§8.0⟧。",
    ),
    rule!(Deadline, Guangdong, "gd.a40.renewal-3-months", "第四十条", None, "续签申请的时点",
        application: Renewal,
        quote: "医保协议续签应当由定点医疗机构于协议期满前3个月向经办机构提出申请或由经办机构统一组织",
        asks: [q::AGREEMENT_EXPIRES_ON],
        check: |ctx| {
            timing::from_answer(ctx, &q::AGREEMENT_EXPIRES_ON, "提出续签申请的最迟日", |d| {
                timing::span_before(DateKind::Deadline, "提出续签申请的最迟日", d, ctx.span(&periods::RENEWAL))
            })
        },
        params: [periods::RENEWAL],
        advice: "于最迟日前提出续签申请，或确认经办机构将统一组织续签；未达成一致的，协议到期后自动终止。绩效考核达标的，经办机构可以采取固定协议和年度协议相结合的方式签订，固定协议不少于2年（第四十条第2款），可在续签协商时了解。",
        reading: "“期满前3个月”读作最迟于期满日前3个月⟦X-15⟧，向前推算无对应日取月末；经办机构统一组织的，无须单独申请。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Guangdong, "gd.a41.p1.suspension-beyond-term", "第四十一条", Some("第1款"), "中止期满超过协议有效期的，协议自动终止",
        application: Designated,
        quote: "中止期结束，未超过协议有效期的，协议可继续履行；超过协议有效期的，协议自动终止",
        asks: [q::SUSPENSION_ENDS_ON, q::AGREEMENT_EXPIRES_ON],
        check: |ctx| timing::suspension_within_term(ctx, "协议自动终止"),
        advice: "中止期满日在协议期满之后的，协议到期即自动终止：如需继续定点，在协议期满前3个月按第四十条申请续签，或向经办机构确认须重新申请。",
        reading: "中止期满日与协议期满日均按所填日期比较：中止恰于协议期满之日届满的，未“超过”协议有效期。协议自动终止不是解除，不触发第九条的回看期⟦X-46、X-8⟧。中山征求意见稿第四十一条第1款同文。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Guangdong, "gd.a41.p2.suspension-180-days", "第四十一条", Some("第2款"), "主动中止期间提出继续履行申请的时限",
        application: Designated,
        quote: "中止时间原则上不得超过180日，定点医疗机构在协议中止超过180日仍未提出继续履行协议申请的，协议自动终止",
        asks: [q::SUSPENSION_STARTED_ON],
        check: |ctx| {
            timing::from_optional_event(
                ctx,
                &q::SUSPENSION_STARTED_ON,
                "提出继续履行协议申请的最迟日（逾期的，协议自动终止：广东在“自动终止”前未写“原则上”）",
                |d| {
                    timing::span_after(DateKind::Deadline, "提出继续履行协议申请的最迟日", d, ctx.span(&periods::SUSPENSION))
                },
            )
        },
        params: [periods::SUSPENSION],
        advice: "在中止满{}前提出继续履行协议申请。广东写「协议自动终止」，不像江苏、吉林写“原则上医保协议自动终止”：中止超过{}仍未申请的，协议自动终止，不要指望例外。",
        reading: "180日为自然日，自中止生效之日起算（生效当日不计入）；文件未写明自经办机构同意之日还是中止生效之日起算，两日不同时须确认⟦X-17、X-54⟧。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Guangdong, "gd.a43.exit-3-months-notice", "第四十三条", None, "主动中止、解除协议的提前期",
        application: Designated,
        quote: "定点医疗机构请求中止、解除医保协议或不再续签医保协议的,应当提前3个月向经办机构提出申请",
        excerpts: &[A43_PUBLIC],
        asks: [q::PLANNED_EXIT_ON, q::OWNERSHIP],
        check: exit_notice,
        params: [periods::EXIT_NOTICE],
        advice: "社会办医疗机构至迟于拟中止、解除或不再续签之日前{}向经办机构提出申请；公立医疗机构不得主动提出中止或解除医保协议。",
        reading: "“提前3个月”自拟生效之日向前推算3个月（无对应日取月末）。",
    ),
    rule!(Deadline, Guangdong, "gd.a43.non-renewal-3-months-notice", "第四十三条", None, "不再续签协议的提前期",
        application: Designated,
        quote: "定点医疗机构请求中止、解除医保协议或不再续签医保协议的,应当提前3个月向经办机构提出申请",
        asks: [q::PLANNED_NON_RENEWAL_ON],
        check: |ctx| timing::non_renewal_notice(ctx, ctx.span(&periods::EXIT_NOTICE)),
        params: [periods::EXIT_NOTICE],
        advice: "至迟于协议期满之日前{}向经办机构提出不再续签的申请；公立医疗机构同样可以不再续签。",
        reading: "“提前3个月”自协议期满之日向前推算3个月（无对应日取月末）。本条只禁止公立医疗机构主动提出中止或解除，不再续签不在禁止之列。",
    ),
];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::{baseline, cases, date, finding, run, Case};
    use crate::facts::*;
    use crate::report::{DateBasis, Outcome};

    const G: Jurisdiction = Jurisdiction::Guangdong;

    fn kind(p: &mut Profile, kind: ApplicationKind) {
        p.application.kind = Some(kind);
    }

    pub(crate) static CASES: &[Case] = cases! { G;
        "第十条：2026年11月20日收到材料，5个工作日内告知补正": "gd.a10.supplement-notice-5-working-days", |p| p.procedure.submitted_on = Some(date("2026-11-20")) => Pass;
        "第十条：未填收到材料之日的需补充信息": "gd.a10.supplement-notice-5-working-days", |p| p.procedure.submitted_on = None => NeedsInformation;
        "第十二条：受理后3个月内完成评估": "gd.a12.assessment-3-months", |p| p.procedure.accepted_on = Some(date("2026-11-20")) => Pass;
        "第十二条：补充材料时间不计入评估期限": "gd.a12.assessment-3-months", |p| { p.procedure.accepted_on = Some(date("2026-09-01")); p.procedure.supplement_notified_on = Some(date("2026-09-08")); p.procedure.supplement_completed_on = Some(date("2026-10-08")) } => Pass;
        "第十二条：只填收到补正告知之日、未填补齐之日的需补充信息": "gd.a12.assessment-3-months", |p| { p.procedure.accepted_on = Some(date("2026-09-01")); p.procedure.supplement_notified_on = Some(date("2026-09-08")) } => NeedsInformation;
        "第十二条：只填补齐之日、未填收到补正告知之日的需补充信息": "gd.a12.assessment-3-months", |p| { p.procedure.accepted_on = Some(date("2026-09-01")); p.procedure.supplement_completed_on = Some(date("2026-10-08")) } => NeedsInformation;
        "第十二条：补齐之日早于告知之日的须核对": "gd.a12.assessment-3-months", |p| { p.procedure.accepted_on = Some(date("2026-09-01")); p.procedure.supplement_notified_on = Some(date("2026-10-08")); p.procedure.supplement_completed_on = Some(date("2026-09-08")) } => NeedsReview;
        "第十二条：未填受理之日的需补充信息": "gd.a12.assessment-3-months", |p| () => NeedsInformation;
        "第十二条：公示期为7个工作日": "gd.a12.public-notice-7-working-days", |p| p.procedure.public_notice_started_on = Some(date("2026-11-23")) => Pass;
        "第十二条：未填公示开始之日的需补充信息": "gd.a12.public-notice-7-working-days", |p| () => NeedsInformation;
        "第十三条：按一般期限1年推算协议期满日": "gd.a13.agreement-term-1-year", |p| p.procedure.agreement_signed_on = Some(date("2026-01-01")) => Pass;
        "第十三条：未填签订之日的需补充信息": "gd.a13.agreement-term-1-year", |p| () => NeedsInformation;
        "第三十一条：11月20日申报，经办机构原则上30个工作日内拨付": "gd.a31.payment-30-working-days", |p| { kind(p, ApplicationKind::Designated); p.procedure.claim_declared_on = Some(date("2026-11-20")) } => Pass;
        "第三十一条：拨付时限已过，经办机构的时限仍只作展示": "gd.a31.payment-30-working-days", |p| { kind(p, ApplicationKind::Designated); p.procedure.claim_declared_on = Some(date("2026-08-03")) } => Pass;
        "第三十一条：未填申报之日的不适用": "gd.a31.payment-30-working-days", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
        "第三十九条：批准变更后30个工作日内申请，尚在时限内": "gd.a39.change-30-working-days", |p| { kind(p, ApplicationKind::InformationChange); p.procedure.change_approved_on = Some(date("2026-11-02")) } => Pass;
        "第三十九条：批准变更已超过30个工作日，须确认是否已按时申请": "gd.a39.change-30-working-days", |p| { kind(p, ApplicationKind::InformationChange); p.procedure.change_approved_on = Some(date("2026-09-01")) } => NeedsReview;
        "第三十九条：未填批准之日的需补充信息": "gd.a39.change-30-working-days", |p| kind(p, ApplicationKind::InformationChange) => NeedsInformation;
        "第四十条：协议2027年3月31日期满，最迟2026年12月31日申请续签": "gd.a40.renewal-3-months", |p| { kind(p, ApplicationKind::Renewal); p.procedure.agreement_expires_on = Some(date("2027-03-31")) } => Pass;
        "第四十条：期满前3个月已过，须确认是否已申请或由经办统一组织": "gd.a40.renewal-3-months", |p| { kind(p, ApplicationKind::Renewal); p.procedure.agreement_expires_on = Some(date("2027-01-31")) } => NeedsReview;
        "第四十一条第2款：主动中止未满180日，尚可申请继续履行": "gd.a41.p2.suspension-180-days", |p| { kind(p, ApplicationKind::Designated); p.procedure.suspension_started_on = Some(date("2026-09-01")) } => Pass;
        "第四十一条第2款：主动中止已超过180日，协议自动终止，须确认是否已申请继续履行": "gd.a41.p2.suspension-180-days", |p| { kind(p, ApplicationKind::Designated); p.procedure.suspension_started_on = Some(date("2026-03-01")) } => NeedsReview;
        "第四十一条第2款：未中止的不适用": "gd.a41.p2.suspension-180-days", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
        "第四十一条第1款：中止至2027年3月1日、协议2027年3月31日期满，可继续履行": "gd.a41.p1.suspension-beyond-term", |p| { kind(p, ApplicationKind::Designated); p.procedure.suspension_ends_on = Some(date("2027-03-01")); p.procedure.agreement_expires_on = Some(date("2027-03-31")) } => Pass;
        "第四十一条第1款：中止恰于协议期满之日届满，未超过协议有效期": "gd.a41.p1.suspension-beyond-term", |p| { kind(p, ApplicationKind::Designated); p.procedure.suspension_ends_on = Some(date("2027-03-31")); p.procedure.agreement_expires_on = Some(date("2027-03-31")) } => Pass;
        "第四十一条第1款：中止期满晚于协议期满1日，协议自动终止": "gd.a41.p1.suspension-beyond-term", |p| { kind(p, ApplicationKind::Designated); p.procedure.suspension_ends_on = Some(date("2027-04-01")); p.procedure.agreement_expires_on = Some(date("2027-03-31")) } => NeedsReview;
        "第四十一条第1款：中止而未填协议期满日的需补充信息": "gd.a41.p1.suspension-beyond-term", |p| { kind(p, ApplicationKind::Designated); p.procedure.suspension_ends_on = Some(date("2027-03-01")) } => NeedsInformation;
        "第四十一条第1款：未中止的不适用": "gd.a41.p1.suspension-beyond-term", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
        "第四十三条：社会办机构拟于2027年6月1日解除，最迟2027年3月1日申请": "gd.a43.exit-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.institution.ownership = Some(Ownership::Private); p.procedure.planned_exit_on = Some(date("2027-06-01")) } => Pass;
        "第四十三条：社会办机构拟于2027年1月1日解除，提前3个月已过": "gd.a43.exit-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.institution.ownership = Some(Ownership::Private); p.procedure.planned_exit_on = Some(date("2027-01-01")) } => NeedsReview;
        "第四十三条：公立医疗机构不得主动提出中止或解除": "gd.a43.exit-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.institution.ownership = Some(Ownership::Public); p.procedure.planned_exit_on = Some(date("2027-06-01")) } => Fail;
        "第四十三条：有退出计划却未填举办性质的需补充信息": "gd.a43.exit-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.institution.ownership = None; p.procedure.planned_exit_on = Some(date("2027-06-01")) } => NeedsInformation;
        "第四十三条：无退出计划的不适用": "gd.a43.exit-3-months-notice", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
        "第四十三条：公立医疗机构协议2027年3月31日期满不再续签，最迟2026年12月31日申请": "gd.a43.non-renewal-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.institution.ownership = Some(Ownership::Public); p.procedure.planned_non_renewal_on = Some(date("2027-03-31")) } => Pass;
        "第四十三条：不再续签的提前3个月已过，须确认是否已申请": "gd.a43.non-renewal-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.procedure.planned_non_renewal_on = Some(date("2027-01-31")) } => NeedsReview;
        "第四十三条：无不再续签计划的不适用": "gd.a43.non-renewal-3-months-notice", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
    };

    #[test]
    fn every_guangdong_deadline_case_gives_the_outcome_its_article_states() {
        run(CASES);
    }

    #[test]
    fn jieyang_and_zhongshan_compute_the_same_guangdong_deadlines() {
        for jurisdiction in [Jurisdiction::Jieyang, Jurisdiction::Zhongshan] {
            let cases: Vec<Case> = CASES.iter().map(|c| Case { jurisdiction, ..*c }).collect();
            run(&cases);
        }
    }

    #[test]
    fn working_days_follow_the_2026_notice_across_national_day_and_spring_festival() {
        let mut p = baseline(G);
        // 9-30 not counted; 10-01..10-07 off; 10-08, 10-09, 10-10 (make-up
        // Saturday), 10-12, 10-13.
        p.procedure.submitted_on = Some(date("2026-09-30"));
        let f = finding(
            "gd.a10.supplement-notice-5-working-days",
            &p,
            date("2026-11-22"),
        );
        assert_eq!(f.dates[0].date, date("2026-10-13"));
        assert_eq!(f.dates[0].basis, DateBasis::Official);
        // 2-12 not counted; 2-13, 2-14 (make-up Saturday); 2-15..2-23 off;
        // 2-24, 2-25, 2-26.
        p.procedure.submitted_on = Some(date("2026-02-12"));
        let f = finding(
            "gd.a10.supplement-notice-5-working-days",
            &p,
            date("2026-11-22"),
        );
        assert_eq!(f.dates[0].date, date("2026-02-26"));
        // First day counted: 9-30, 10-08, 10-09, 10-10, 10-12, 10-13, 10-14.
        p.procedure.public_notice_started_on = Some(date("2026-09-30"));
        let f = finding(
            "gd.a12.public-notice-7-working-days",
            &p,
            date("2026-09-30"),
        );
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates[0].date, date("2026-10-14"));
    }

    #[test]
    fn the_payment_counts_thirty_working_days_across_the_spring_festival() {
        let mut p = baseline(G);
        p.application.kind = Some(ApplicationKind::Designated);
        // Thursday 5 February 2026: 2-06, 2-09..2-13, 2-14 (make-up Saturday)
        // (7); 2-15..2-23 off; 2-24..2-27, 2-28 (make-up Saturday) (12);
        // 3-02..3-20 (27); 3-23, 3-24, 3-25 (30).
        p.procedure.claim_declared_on = Some(date("2026-02-05"));
        let f = finding("gd.a31.payment-30-working-days", &p, date("2026-11-22"));
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates[0].date, date("2026-03-25"));
        assert_eq!(f.dates[0].basis, DateBasis::Official);
    }

    #[test]
    fn the_assessment_period_adds_the_supplement_time_and_clamps_at_month_end() {
        let mut p = baseline(G);
        p.procedure.accepted_on = Some(date("2026-11-30"));
        let f = finding("gd.a12.assessment-3-months", &p, date("2026-11-22"));
        assert_eq!(f.dates[0].date, date("2027-02-28"));
        // 2026-09-01 + 3 months = 2026-12-01, + 30 days (9-08 to 10-08) = 12-31.
        p.procedure.accepted_on = Some(date("2026-09-01"));
        p.procedure.supplement_notified_on = Some(date("2026-09-08"));
        p.procedure.supplement_completed_on = Some(date("2026-10-08"));
        let f = finding("gd.a12.assessment-3-months", &p, date("2026-11-22"));
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates[0].date, date("2026-12-31"));
        assert!(f.detail.contains("30日"), "{}", f.detail);
        // One supplement date without the other names only the other.
        p.procedure.supplement_completed_on = None;
        let f = finding("gd.a12.assessment-3-months", &p, date("2026-11-22"));
        assert_eq!(f.outcome, Outcome::NeedsInformation);
        let missing: Vec<_> = f.missing.iter().map(|m| m.id).collect();
        assert_eq!(missing, ["procedure.supplement_completed_on"]);
        // Without any supplement date, only acceptance is asked for.
        p.procedure.accepted_on = None;
        p.procedure.supplement_notified_on = None;
        let f = finding("gd.a12.assessment-3-months", &p, date("2026-11-22"));
        let missing: Vec<_> = f.missing.iter().map(|m| m.id).collect();
        assert_eq!(missing, ["procedure.accepted_on"]);
    }

    #[test]
    fn the_agreement_dates_are_those_of_the_calendar() {
        let mut p = baseline(G);
        p.procedure.agreement_signed_on = Some(date("2026-01-01"));
        let f = finding("gd.a13.agreement-term-1-year", &p, date("2026-11-22"));
        assert_eq!(f.dates[0].date, date("2027-01-01"));
        p.application.kind = Some(ApplicationKind::Renewal);
        p.procedure.agreement_expires_on = Some(date("2027-05-31"));
        let f = finding("gd.a40.renewal-3-months", &p, date("2026-11-22"));
        assert_eq!(f.dates[0].date, date("2027-02-28"));
        p.application.kind = Some(ApplicationKind::Designated);
        p.procedure.suspension_started_on = Some(date("2026-09-01"));
        let f = finding("gd.a41.p2.suspension-180-days", &p, date("2026-11-22"));
        assert_eq!(f.dates[0].date, date("2027-02-28"));
        assert!(f.detail.contains("原则上"), "{}", f.detail);
        p.procedure.planned_exit_on = Some(date("2027-06-01"));
        let f = finding("gd.a43.exit-3-months-notice", &p, date("2026-11-22"));
        assert_eq!(f.dates[0].date, date("2027-03-01"));
        p.institution.ownership = Some(Ownership::Public);
        let f = finding("gd.a43.exit-3-months-notice", &p, date("2026-11-22"));
        assert_eq!(f.outcome, Outcome::Fail);
        assert_eq!(f.quote, "公立医疗机构不得主动提出中止或解除医保协议");
    }

    #[test]
    fn working_days_into_2027_are_an_estimate_and_say_so() {
        let mut p = baseline(G);
        p.application.kind = Some(ApplicationKind::InformationChange);
        p.procedure.change_approved_on = Some(date("2026-12-20"));
        let f = finding("gd.a39.change-30-working-days", &p, date("2026-11-22"));
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates[0].basis, DateBasis::Estimated);
        assert!(f.detail.contains("估算"), "{}", f.detail);
        // 12-21..12-25, 12-28..12-31 (9); 2027-01-01 off by estimate;
        // 1-04..1-29 (29); 2-01 (30).
        assert_eq!(f.dates[0].date, date("2027-02-01"));
    }

    #[test]
    fn a_zhongshan_report_notes_where_the_draft_has_the_same_deadline_words() {
        let mut p = baseline(Jurisdiction::Zhongshan);
        p.procedure.accepted_on = Some(date("2026-11-20"));
        let f = finding("gd.a12.assessment-3-months", &p, date("2026-11-22"));
        assert!(
            f.draft_note
                .as_deref()
                .is_some_and(|n| n.contains("有相同文字")),
            "{:?}",
            f.draft_note
        );
        p.application.kind = Some(ApplicationKind::InformationChange);
        let f = finding("gd.a39.change-30-working-days", &p, date("2026-11-22"));
        assert!(
            f.draft_note
                .as_deref()
                .is_some_and(|n| n.contains("无相同文字")),
            "{:?}",
            f.draft_note
        );
        p.application.kind = Some(ApplicationKind::Designated);
        for id in [
            "gd.a31.payment-30-working-days",
            "gd.a41.p2.suspension-180-days",
            "gd.a43.exit-3-months-notice",
        ] {
            let f = finding(id, &p, date("2026-11-22"));
            assert!(
                f.draft_note
                    .as_deref()
                    .is_some_and(|n| n.contains("有相同文字")),
                "{id}: {:?}",
                f.draft_note
            );
        }
    }
}
