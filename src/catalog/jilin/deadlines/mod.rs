//! Jilin deadlines and waiting periods (rules map §8.1 S2–S18, §8.3): the
//! agency's time limits shown to plan, the applicant's own deadlines to
//! self-check. Working days follow the State Council's holiday notices
//! (crate::dates::calendar); beyond the known years a date is an estimate
//! and says so.
//!
//! Where an article says 医药机构 the rule is written twice, once for
//! medical institutions and once (id with `pharmacy-`) for retail
//! pharmacies; the pharmacy's twin of 第四十八条 leaves out the sentence on
//! public medical institutions.
//!
//! 第四十六条第4款 gives no deadline of the applicant's: the violation
//! suspension's end (「原则上……不超过1年」) is shown as a milestone, with
//! the 验收 of 第2款 that follows it in the advice (rules map §11 ).
//!
//! Not encoded: the untimed duties of
//! 第三十五条 (「及时」反馈信息维护情况), 第三十七条 (一般信息「及时书面告知」;
//! the on-site assessment after an address change 「在规定时限内」) — rules
//! map §8.5; the waiting periods after a failed assessment (第二十九条（四）)
//! and the bars of 第二十九条, which carry their dates in their own rules.

// The rules for designated institutions belong to the self-audit build
// (feature `audit`); without it their helpers go unused.
#![cfg_attr(not(feature = "audit"), allow(dead_code, unused_imports))]

use crate::catalog::builder::rule;
use chrono::NaiveDate;

use crate::catalog::rule::{Ctx, Missing, Rule, Verdict};
use crate::catalog::timing;
use crate::dates::calendar;
use crate::dates::{chinese_date, Span};
use crate::facts::questions as q;
use crate::facts::{ChangeKind, Ownership};
use crate::report::{DateBasis, DateKind};

use super::periods;

type Checked = Result<Verdict, Missing>;

/// The working-day convention, for every reading that counts working days.
macro_rules! working_days {
    () => {
        "工作日按国务院办公厅放假调休安排计算，起算当日不计入⟦§8.0⟧；未含民族自治地方（如延边朝鲜族自治州）的地方性休息日，涉及此类统筹区的须按当地规定核实。"
    };
}

/// 第二十四条（二）: the applicant completes the materials within 5 working
/// days of the notice; late, the application counts as withdrawn.
fn supplement(ctx: &Ctx) -> Checked {
    let notified = match ctx.get(&q::SUPPLEMENT_NOTIFIED_ON) {
        Ok(date) => date,
        Err(Missing) => {
            return Ok(Verdict::not_applicable(format!(
                "未填「{}」；收到补正告知的，填写后计算补齐补正的最迟日。",
                q::SUPPLEMENT_NOTIFIED_ON.info.label
            )))
        }
    };
    let span = ctx.span(&periods::SUPPLEMENT);
    let deadline = match timing::span_after(DateKind::Deadline, "补齐补正的最迟日", notified, span)
    {
        Ok(date) => date,
        Err(verdict) => return Ok(verdict),
    };
    let completed = match ctx.get(&q::SUPPLEMENT_COMPLETED_ON) {
        Ok(date) => date,
        Err(Missing) => {
            return Ok(timing::dated(
                ctx,
                Ok(deadline),
                &format!("收到补正告知后{}内补齐补正的最迟日", span.chinese()),
            ))
        }
    };
    let last = format!("{}{}", chinese_date(deadline.date), deadline.basis.suffix());
    let verdict = if completed < notified {
        Verdict::review(format!(
            "补齐材料之日{}早于收到补正告知之日{}，请核对所填日期。",
            chinese_date(completed),
            chinese_date(notified)
        ))
    } else if completed <= deadline.date {
        Verdict::pass(format!(
            "已于{}补齐补正，未超过最迟日{last}。",
            chinese_date(completed)
        ))
    } else if deadline.basis == DateBasis::Official {
        Verdict::fail(format!(
            "于{}补齐补正，晚于最迟日{last}：按本项逾期视为放弃此次申请。经办机构仍已受理的，以其书面意见为准。",
            chinese_date(completed)
        ))
    } else {
        Verdict::review(format!(
            "于{}补齐补正，晚于最迟日{last}；该日期非确定日期，是否逾期须按当年放假安排核实（逾期视为放弃此次申请）。",
            chinese_date(completed)
        ))
    };
    Ok(verdict.with_key_date(deadline))
}

/// The working days `d` with `after < d <= through`; `None` for a span of
/// more than ten years (a date typed wrong).
fn working_days_in(after: NaiveDate, through: NaiveDate) -> Option<u32> {
    if (through - after).num_days() > 3660 {
        return None;
    }
    let mut count = 0;
    let mut day = after;
    while day < through {
        day = day.succ_opt()?;
        if calendar::is_working_day(day) {
            count += 1;
        }
    }
    Some(count)
}

/// 第二十六条: 40 working days from acceptance, the supplement time not
/// counted (rules map §11 X-10 `pause`): the working days after the notice
/// was received up to and including the day the materials were complete
/// are added to the 40.
fn assessment(ctx: &Ctx) -> Checked {
    let accepted = ctx.get(&q::ACCEPTED_ON)?;
    let limit = ctx.span(&periods::ASSESSMENT);
    let days = limit.chinese();
    let notified = ctx.get(&q::SUPPLEMENT_NOTIFIED_ON);
    let completed = ctx.get(&q::SUPPLEMENT_COMPLETED_ON);
    let (extra, what) = match (notified, completed) {
        (Err(Missing), Err(Missing)) => (
            0,
            format!("自受理之日起{days}，经办机构完成评估的最迟日"),
        ),
        (Err(Missing), Ok(_)) => return Err(Missing),
        (Ok(notified), Err(Missing)) => (
            0,
            format!(
                "{}收到补正告知、尚未填写补齐之日：自受理之日起{days}，经办机构完成评估的最迟日（补正期间不计入，补齐后按补正占用的工作日顺延）",
                chinese_date(notified)
            ),
        ),
        (Ok(notified), Ok(completed)) => {
            if completed < notified {
                return Ok(Verdict::review(format!(
                    "补齐材料之日{}早于收到补正告知之日{}，请核对所填日期。",
                    chinese_date(completed),
                    chinese_date(notified)
                )));
            }
            let Some(paused) = working_days_in(notified.max(accepted), completed) else {
                return Ok(Verdict::review(
                    "补正告知至补齐材料相隔超过十年，请核对所填日期。",
                ));
            };
            (
                paused,
                format!(
                    "自受理之日起{days}，另加补正占用的{paused}个工作日（{}收到告知至{}补齐），经办机构完成评估的最迟日",
                    chinese_date(notified),
                    chinese_date(completed)
                ),
            )
        }
    };
    Ok(timing::dated(
        ctx,
        timing::working_days_after(
            DateKind::AgencyDeadline,
            "经办机构完成评估的最迟日",
            accepted,
            limit.count.saturating_add(extra),
        ),
        &what,
    ))
}

/// 第三十二条: 15 working days after the public notice ends, a reminder;
/// the agreed time limit governs (rules map §11 X-13).
fn signing(ctx: &Ctx) -> Checked {
    let ended = ctx.get(&q::PUBLIC_NOTICE_ENDED_ON)?;
    let span = ctx.span(&periods::SIGNING);
    let date = timing::span_after(
        DateKind::Deadline,
        "签订医保协议的提醒截止日（以约定时限为准）",
        ended,
        span,
    );
    if let (Ok(signed), Ok(date)) = (ctx.get(&q::AGREEMENT_SIGNED_ON), &date) {
        return Ok(Verdict::pass(format!(
            "已于{}签订医保协议（公示期结束后{}为{}{}）。",
            chinese_date(signed),
            span.chinese(),
            chinese_date(date.date),
            date.basis.suffix()
        ))
        .with_key_date(date.clone()));
    }
    Ok(timing::dated(
        ctx,
        date,
        &format!(
            "公示期结束后{}（签订医保协议的提醒截止日，以约定时限为准）",
            span.chinese()
        ),
    ))
}

/// 第三十七条末款: tell the agency 5 working days before the registered
/// address changes; the planned move is the base date (rules map §11 X-51).
fn address_change(ctx: &Ctx) -> Checked {
    let changes = ctx.get(&q::APPLICATION_CHANGES)?;
    if !changes.contains(&ChangeKind::RegisteredAddress) {
        return Ok(Verdict::not_applicable(
            "本次变更不涉及注册地址，本款不适用。",
        ));
    }
    let span = ctx.span(&periods::ADDRESS_CHANGE);
    timing::from_answer(
        ctx,
        &q::PLANNED_MOVE_ON,
        &format!("提前{}告知医保经办机构的最迟日", span.chinese()),
        |d| timing::span_before(DateKind::Deadline, "告知变更注册地址的最迟日", d, span),
    )
}

/// 第四十八条: three months' notice, 「原则上」; public medical institutions
/// may not ask to suspend or terminate.
fn exit_notice(ctx: &Ctx) -> Checked {
    let planned = match ctx.get(&q::PLANNED_EXIT_ON) {
        Ok(date) => date,
        Err(Missing) => return exit_notice_for(ctx),
    };
    if ctx.get(&q::OWNERSHIP)? == Ownership::Public {
        return Ok(Verdict::fail(format!(
            "公立医疗机构不得主动提出中止或解除医保协议（拟于{}）。不再续签不在禁止之列：期满不续签的，原则上提前{}申请（见下一项）。",
            chinese_date(planned),
            ctx.span(&periods::EXIT_NOTICE).chinese()
        )));
    }
    exit_notice_for(ctx)
}

/// 第四十八条 as it concerns every 医药机构: three months before the planned date.
fn exit_notice_for(ctx: &Ctx) -> Checked {
    timing::from_optional_event(
        ctx,
        &q::PLANNED_EXIT_ON,
        "提出中止或解除申请的最迟日",
        |d| {
            timing::span_before(
                DateKind::Deadline,
                "提出中止或解除申请的最迟日",
                d,
                ctx.span(&periods::EXIT_NOTICE),
            )
        },
    )
}

/// 第四十九条: 7 days from the notice to state a defence. Calendar days by
/// default; working days under the Administrative Penalty Law's reading
/// (rules map §11 X-35): both dates, the verdict from the earlier.
fn defence(ctx: &Ctx) -> Checked {
    let notified = match ctx.get(&q::DEFENCE_NOTIFIED_ON) {
        Ok(date) => date,
        Err(Missing) => {
            return Ok(Verdict::not_applicable(format!(
                "未填「{}」；收到告知的，填写后计算陈述申辩的最迟日。",
                q::DEFENCE_NOTIFIED_ON.info.label
            )))
        }
    };
    let days = ctx.span(&periods::DEFENCE);
    // The other reading counts the same number as working days.
    let working_days = Span::working_days(days.count);
    let (d, w) = (days.chinese(), working_days.chinese());
    let mut verdict = timing::dated(
        ctx,
        timing::span_after(
            DateKind::Deadline,
            &format!("陈述申辩的最迟日（{d}按自然日，默认）"),
            notified,
            days,
        ),
        &format!("告知后{d}（按自然日）陈述申辩的最迟日"),
    );
    if let Ok(working) = timing::span_after(
        DateKind::Deadline,
        &format!("陈述申辩的最迟日（{d}按工作日）"),
        notified,
        working_days,
    ) {
        verdict.detail.push_str(&format!(
            "若经办机构按《行政处罚法》第八十五条将「{d}」理解为{w}，最迟日为{}{}；以告知书写明的期限为准，按较早的日期准备。",
            chinese_date(working.date),
            working.basis.suffix()
        ));
        verdict = verdict.with_key_date(working);
    }
    Ok(verdict)
}

const REVIEW_RESULT: Rule = rule!(Deadline, Jilin, "jl.a24.i1.review-result-5-working-days", "第二十四条", Some("（一）"), "审核通过后告知结果并预约评估的时限",
    application: NewDesignation,
    quote: "审核通过的，医保经办机构应在审核通过之日起5个工作日内告知医药机构审核结果，并预约评估日期",
    asks: [q::REVIEW_PASSED_ON],
    check: |ctx| {
        timing::from_optional_event(
            ctx,
            &q::REVIEW_PASSED_ON,
            "经办机构告知审核结果并预约评估日期的最迟日",
            |d| {
                timing::working_days_after(
                    DateKind::AgencyDeadline,
                    "经办机构告知审核结果并预约评估日期的最迟日",
                    d,
                    ctx.param(&periods::REVIEW_RESULT),
                )
            },
        )
    },
    params: [periods::REVIEW_RESULT],
    advice: "此为经办机构的时限：届时未收到审核结果和评估预约的，可向医保经办机构询问；收到预约后按约定日期准备现场评估（评估时限见第二十六条）。",
    reading: concat!(
        "5个工作日自审核通过之日起算，审核通过当日不计入；审核通过之日以经办机构告知或系统记录为准，不知道的不填。",
        working_days!()
    ),
);

const SUPPLEMENT_NOTICE: Rule = rule!(Deadline, Jilin, "jl.a24.i2.supplement-notice-5-working-days", "第二十四条", Some("（二）"), "经办机构一次性告知补正的时限",
    application: NewDesignation,
    quote: "对申请材料内容不全需补充材料的，医保经办机构自收到材料之日起5个工作日内一次性告知医药机构需补充材料内容",
    asks: [q::SUBMITTED_ON],
    check: |ctx| {
        timing::from_answer(ctx, &q::SUBMITTED_ON, "经办机构告知补正的最迟日", |d| {
            timing::working_days_after(
                DateKind::AgencyDeadline,
                "经办机构一次性告知补正的最迟日",
                d,
                ctx.param(&periods::SUPPLEMENT_NOTICE),
            )
        })
    },
    params: [periods::SUPPLEMENT_NOTICE],
    advice: "此为经办机构的时限：届时未收到补正告知的，可向医保经办机构询问审核进度；收到告知后须在{}内补齐。",
    reading: working_days!(),
);

const SUPPLEMENT: Rule = rule!(Deadline, Jilin, "jl.a24.i2.supplement-5-working-days", "第二十四条", Some("（二）"), "收到补正告知后补齐补正的时限",
    application: NewDesignation,
    quote: "医药机构应当在收到告知后5个工作日内补齐补正，逾期视为放弃此次申请",
    asks: [q::SUPPLEMENT_NOTIFIED_ON, q::SUPPLEMENT_COMPLETED_ON],
    check: supplement,
    params: [periods::SUPPLEMENT],
    advice: "收到补正告知后，在最迟日前按告知内容一次补齐；逾期视为放弃此次申请，须重新提出定点申请。",
    reading: concat!(
        "5个工作日自收到告知之日起算，收到当日不计入；补齐之日在最迟日当日或之前即为按时。只有申请人的补正期限是吉林规程特有的⟦X-43⟧。",
        working_days!()
    ),
);

const RETURN_MATERIALS: Rule = rule!(Deadline, Jilin, "jl.a24.i3.return-materials-5-working-days", "第二十四条", Some("（三）"), "不符合申请条件时退回材料的时限",
    application: NewDesignation,
    quote: "不符合申请条件的，医保经办机构自收到材料之日起5个工作日内退回申请材料，并告知不予受理的理由",
    asks: [q::SUBMITTED_ON],
    check: |ctx| {
        timing::from_answer(ctx, &q::SUBMITTED_ON, "经办机构退回材料的最迟日", |d| {
            timing::working_days_after(
                DateKind::AgencyDeadline,
                "经办机构退回申请材料的最迟日",
                d,
                ctx.param(&periods::RETURN_MATERIALS),
            )
        })
    },
    params: [periods::RETURN_MATERIALS],
    advice: "此为经办机构的时限：被退回的，按告知的不予受理理由整改后再申请；届时既未退回也未告知补正的，可询问审核进度。",
    reading: working_days!(),
);

const ASSESSMENT: Rule = rule!(Deadline, Jilin, "jl.a26.assessment-40-working-days", "第二十六条", None, "完成评估的时限（补充材料时间不计入）",
    application: NewDesignation,
    quote: "医保经办机构应当自受理医药机构申请之日起40个工作日内完成对该医药机构的评估，医药机构补充材料时间不计入评估时限",
    asks: [q::ACCEPTED_ON, q::SUPPLEMENT_NOTIFIED_ON, q::SUPPLEMENT_COMPLETED_ON],
    check: assessment,
    params: [periods::ASSESSMENT],
    advice: "此为经办机构的时限；补正时间不计入评估时限，尽量一次备齐材料并及早补正。",
    reading: concat!(
        "「补充材料时间不计入」按扣除（暂停）计算，不是重新起算⟦X-10⟧：补充材料时间原文未定义，本工具取收到补正告知的次日至补齐材料之日（含）之间的工作日数（只计受理之后的日子），加在40个工作日之后。",
        working_days!()
    ),
);

const LIST: Rule = rule!(Deadline, Jilin, "jl.a29.list-5-working-days", "第二十九条", None, "公示截止后确定新增定点名单的时限",
    application: NewDesignation,
    quote: "医保经办机构在公示期限截止后5个工作日内，收集、整理公示意见，确定新增定点医药机构名单",
    asks: [q::PUBLIC_NOTICE_ENDED_ON],
    check: |ctx| {
        timing::from_answer(
            ctx,
            &q::PUBLIC_NOTICE_ENDED_ON,
            "经办机构确定新增定点名单的最迟日",
            |d| {
                timing::working_days_after(
                    DateKind::AgencyDeadline,
                    "经办机构确定新增定点名单的最迟日",
                    d,
                    ctx.param(&periods::LIST),
                )
            },
        )
    },
    params: [periods::LIST],
    advice: "此为经办机构的时限：公示期满后留意新增定点医药机构名单，并准备协商谈判、签订医保协议。",
    reading: concat!(
        "本项在种子文本中缺项号，按顺序推定为第二十九条（五）【推定】⟦X-28⟧，故不标项号。吉林规程未规定公示天数⟦X-11⟧，公示期结束之日以经办机构公告为准。",
        working_days!()
    ),
);

const AGREEMENT_TERM: Rule = rule!(Deadline, Jilin, "jl.a31.agreement-term-1-year", "第三十一条", None, "医保协议期限（一般{}）",
    application: NewDesignation,
    quote: "协议期限一般为1年",
    asks: [q::AGREEMENT_SIGNED_ON],
    check: |ctx| {
        timing::from_answer(
            ctx,
            &q::AGREEMENT_SIGNED_ON,
            &format!(
                "按一般期限{}推算的协议期满日",
                ctx.span(&periods::AGREEMENT_TERM).chinese()
            ),
            |d| {
                timing::span_after(
                    DateKind::Milestone,
                    "按一般期限推算的协议期满日",
                    d,
                    ctx.span(&periods::AGREEMENT_TERM),
                )
            },
        )
    },
    params: [periods::AGREEMENT_TERM],
    advice: "以协议文本约定的期限为准；期满前3个月提出续签申请（第三十九条）。",
    reading: "“一般为1年”，实际期限以协议约定为准；按签订日当日不计入推算。",
);

const SIGNING: Rule = rule!(Deadline, Jilin, "jl.a32.signing-15-working-days", "第三十二条", None, "公示期结束后签订医保协议的时限",
    application: NewDesignation,
    quote: "公示期结束后15个工作日内，医保经办机构与评估合格且公示通过的医药机构协商谈判，达成一致的，双方自愿签订医保协议。双方可按照电子签章管理等有关规定，线上签订电子协议。医保协议应当由医保经办机构、定点医药机构双方的法定代表人或授权代表签订。因医药机构原因，未能在约定时限内签订医保协议的，视作自动放弃",
    asks: [q::PUBLIC_NOTICE_ENDED_ON, q::AGREEMENT_SIGNED_ON],
    check: signing,
    params: [periods::SIGNING],
    advice: "公示期结束后主动与医保经办机构协商，由法定代表人或授权代表在约定时限内签订医保协议；因本机构原因未能按时签订的，视作自动放弃。",
    reading: concat!(
        "15个工作日是经办机构协商谈判的期间；「约定时限」与15个工作日的关系原文未写明⟦X-13⟧：本工具以公示期结束后15个工作日作为提醒截止日，以约定时限为准。已填签订之日的，视为已签订。",
        working_days!()
    ),
);

const CODING_DATABASE: Rule = rule!(Deadline, Jilin, "jl.a35.coding-database-5-working-days", "第三十五条", None, "签订协议后填报医保编码标准数据库的时限",
    application: NewDesignation,
    quote: "签订医保协议后，定点医药机构应在5个工作日内在国家医保信息业务编码标准数据库按照要求填报本机构基础信息以及实施医保支付资格管理的相关人员信息，取得定点医药机构和相关资质人员的医保代码",
    asks: [q::AGREEMENT_SIGNED_ON],
    check: |ctx| {
        timing::from_answer(
            ctx,
            &q::AGREEMENT_SIGNED_ON,
            "填报编码标准数据库的最迟日",
            |d| {
                timing::working_days_after(
                    DateKind::Deadline,
                    "填报医保编码标准数据库的最迟日",
                    d,
                    ctx.param(&periods::CODING_DATABASE),
                )
            },
        )
    },
    params: [periods::CODING_DATABASE],
    advice: "签订医保协议后{}内，在国家医保信息业务编码标准数据库填报本机构基础信息和医保支付资格管理相关人员信息，取得医保代码；审核通过后及时向医保经办机构反馈信息维护情况。",
    reading: concat!(
        "列在“新增定点”下：这是签订医保协议（第四章）后紧接的一步，与签订日同属新增定点的时间表；续签时基础信息通常已在库，信息变化按本条第2款及时动态维护。5个工作日自签订之日起算，签订当日不计入。",
        working_days!()
    ),
);

const CHANGE: Rule = rule!(Deadline, Jilin, "jl.a37.p1.change-30-working-days", "第三十七条", Some("第1款"), "重大信息变更申请的时限",
    application: InformationChange,
    quote: "应自有关部门批准之日起30个工作日内向医保经办机构提出变更申请",
    asks: [q::CHANGE_APPROVED_ON],
    check: |ctx| {
        timing::from_answer(ctx, &q::CHANGE_APPROVED_ON, "提出变更申请的最迟日", |d| {
            timing::working_days_after(DateKind::Deadline, "提出变更申请的最迟日", d, ctx.param(&periods::CHANGE))
        })
    },
    params: [periods::CHANGE],
    advice: "在最迟日前向医保经办机构提出变更申请；其他一般信息变更应及时书面告知。重大信息变更未办理的，医保经办机构应当解除医保协议（第四十七条）。",
    reading: concat!(
        "自批准之日起算，批准当日不计入。变更注册地址的，另须在实际迁址前5个工作日告知（本条末款），两个日期都要满足⟦X-51⟧。",
        working_days!()
    ),
);

const ADDRESS_CHANGE: Rule = rule!(Deadline, Jilin, "jl.a37.address-change-5-working-days-notice", "第三十七条", None, "变更注册地址的提前告知",
    application: InformationChange,
    quote: "定点医药机构变更注册地址的（实际营业地址不变的除外），应提前5个工作日告知医保经办机构，医保经办机构暂停医疗保障基金结算",
    asks: [q::APPLICATION_CHANGES, q::PLANNED_MOVE_ON],
    check: address_change,
    params: [periods::ADDRESS_CHANGE],
    advice: "实际营业地址随注册地址变更的，至迟在最迟日告知医保经办机构（此后暂停医保基金结算）；完成变更后在规定时限内申请现场评估，评估不符合定点条件的，医保协议终止。实际营业地址不变的，不须提前告知。",
    reading: concat!(
        "本条末款。「提前5个工作日」倒推的基准日原文未写（有关部门批准日、登记变更日或实际迁址日）：本工具按计划的实际迁址日倒推⟦X-51⟧，即迁址日之前第5个工作日；本条第1款自批准之日起30个工作日内的变更申请另行计算。暂停结算的起点与现场评估申请的时限原文未量化，以经办机构通知为准。",
        working_days!()
    ),
);

const RENEWAL: Rule = rule!(Deadline, Jilin, "jl.a39.renewal-3-months", "第三十九条", None, "续签申请的时点",
    application: Renewal,
    quote: "续签应由定点医药机构于医保协议期满前3个月向医保经办机构提出申请或由医保经办机构统一组织",
    asks: [q::AGREEMENT_EXPIRES_ON],
    check: |ctx| {
        timing::from_answer(ctx, &q::AGREEMENT_EXPIRES_ON, "提出续签申请的最迟日", |d| {
            timing::span_before(
                DateKind::Deadline,
                "提出续签申请的最迟日",
                d,
                ctx.span(&periods::RENEWAL),
            )
        })
    },
    params: [periods::RENEWAL],
    advice: "于最迟日前提出续签申请，或确认医保经办机构将统一组织续签；未达成一致的，医保协议到期后自动终止。",
    reading: "“期满前3个月”读作最迟于期满日前3个月（无对应日取月末）⟦X-15⟧；医保经办机构统一组织的，无须单独申请。",
);

const SUSPENSION: Rule = rule!(Deadline, Jilin, "jl.a46.p3.suspension-180-days", "第四十六条", Some("第3款"), "主动中止期间提出继续履行申请的时限",
    application: Designated,
    quote: "可以中止医保协议但中止时间原则上不得超过180日，定点医药机构在医保协议中止超过180日仍未提出继续履行医保协议申请的，原则上医保协议自动终止",
    asks: [q::SUSPENSION_STARTED_ON],
    check: |ctx| {
        timing::from_optional_event(
            ctx,
            &q::SUSPENSION_STARTED_ON,
            "提出继续履行申请的最迟日",
            |d| {
                timing::span_after(
                    DateKind::Deadline,
                    "提出继续履行医保协议申请的最迟日",
                    d,
                    ctx.span(&periods::SUSPENSION),
                )
            },
        )
    },
    params: [periods::SUSPENSION],
    advice: "在中止满{}前提出继续履行医保协议申请，否则原则上协议自动终止；中止期满后医保经办机构可能组织验收，提前做好准备。",
    reading: "180日为自然日，自中止生效之日起算（生效当日不计入），与同意中止之日不同时须确认⟦X-54⟧。第2款中止期满后的验收是否也适用于主动中止，原文未写明⟦X-53⟧。",
);

const VIOLATION_SUSPENSION: Rule = rule!(Deadline, Jilin, "jl.a46.p4.violation-suspension-1-year", "第四十六条", Some("第4款"), "因违法违规违约被中止协议的时长（原则上不超过{}）",
    application: Designated,
    quote: "定点医药机构因违法违规违约等情形被中止医保协议的，原则上中止协议时间不超过1年",
    asks: [q::VIOLATION_SUSPENSION_STARTED_ON],
    check: |ctx| {
        timing::from_optional_event(
            ctx,
            &q::VIOLATION_SUSPENSION_STARTED_ON,
            &format!(
                "违规中止原则上不超过{}的届满日（以中止决定为准）",
                ctx.span(&periods::VIOLATION_SUSPENSION).chinese()
            ),
            |d| {
                timing::span_after(
                    DateKind::Milestone,
                    &format!(
                        "违规中止原则上最长的届满日（{}）",
                        ctx.span(&periods::VIOLATION_SUSPENSION).chinese()
                    ),
                    d,
                    ctx.span(&periods::VIOLATION_SUSPENSION),
                )
            },
        )
    },
    params: [periods::VIOLATION_SUSPENSION],
    advice: "中止期间发生的医保费用不予结算。按要求整改：中止协议期满后医保经办机构进行验收，验收合格的继续履行医保协议（已超过协议有效期的，可按规定续签），验收不合格的解除医保协议（第2款）；中止期间未按要求整改或整改不到位的，也应当解除医保协议（第四十七条（一））。实际中止期限以医保经办机构的中止决定为准。",
    reading: "「原则上」不超过1年：自被中止之日起算，该日不计入，到期年的对应日为最后一日（2月29日起算的取2月28日）；这是中止的上限，不是机构的办理期限，实际期限以中止决定为准⟦X-17⟧。第2款中止期满后的验收适用于违规（应当）中止（是否也适用于主动中止见）⟦X-46、X-53⟧。",
);

const EXIT: Rule = rule!(Deadline, Jilin, "jl.a48.exit-3-months-notice", "第四十八条", None, "主动中止、解除的提前期",
    application: Designated,
    quote: "定点医药机构主动提出中止、解除医保协议或不再续签医保协议的，原则上应提前3个月向医保经办机构提出申请并提交申请表。公立医疗机构不得主动提出中止或解除医保协议",
    asks: [q::PLANNED_EXIT_ON, q::OWNERSHIP],
    check: exit_notice,
    params: [periods::EXIT_NOTICE],
    advice: "社会办医疗机构至迟于拟中止、解除之日前{}提出申请并提交申请表；公立医疗机构不得主动提出中止或解除。",
    reading: "「原则上」提前3个月：自拟生效之日向前推算3个月（无对应日取月末）。",
);

const NON_RENEWAL: Rule = rule!(Deadline, Jilin, "jl.a48.non-renewal-3-months-notice", "第四十八条", None, "不再续签的提前期",
    application: Designated,
    quote: "定点医药机构主动提出中止、解除医保协议或不再续签医保协议的，原则上应提前3个月向医保经办机构提出申请并提交申请表",
    asks: [q::PLANNED_NON_RENEWAL_ON],
    check: |ctx| timing::non_renewal_notice(ctx, ctx.span(&periods::EXIT_NOTICE)),
    params: [periods::EXIT_NOTICE],
    advice: "原则上至迟于协议期满之日前{}向医保经办机构提出不再续签的申请并提交申请表；公立医疗机构同样可以不再续签。",
    reading: "「原则上」提前3个月：自协议期满之日向前推算3个月（无对应日取月末）。本条只禁止公立医疗机构主动提出中止或解除，不再续签不在禁止之列。",
);

const EXIT_PHARMACY: Rule = rule!(Deadline, Jilin, "jl.a48.pharmacy-exit-3-months-notice", "第四十八条", None, "主动中止、解除的提前期",
    application: Designated,
    applicant: RetailPharmacy,
    quote: "定点医药机构主动提出中止、解除医保协议或不再续签医保协议的，原则上应提前3个月向医保经办机构提出申请并提交申请表",
    asks: [q::PLANNED_EXIT_ON],
    check: exit_notice_for,
    params: [periods::EXIT_NOTICE],
    advice: "至迟于拟中止、解除之日前{}向医保经办机构提出申请并提交申请表。",
    reading: "「原则上」提前3个月：自拟生效之日向前推算3个月（无对应日取月末）。",
);

const DEFENCE: Rule = rule!(Deadline, Jilin, "jl.a49.p2.defence-7-days", "第四十九条", Some("第2款"), "对协议处理决定陈述申辩的期限",
    application: Designated,
    quote: "定点医药机构对拟作出的协议处理决定有异议的，应当在医保经办机构告知7日内作出陈述和申辩，并提供申辩事实或证据",
    asks: [q::DEFENCE_NOTIFIED_ON],
    check: defence,
    params: [periods::DEFENCE],
    advice: "对拟作出的协议处理决定有异议的，在告知后{}内（按较早的自然日口径）书面陈述和申辩，并附申辩事实或证据。",
    reading: concat!(
        "「7日」未写“工作日”，默认按自然日（较早、较保守），告知当日不计入；《行政处罚法》第八十五条规定“七日”指工作日，而第三条称医保协议为行政协议，经办机构可能按7个工作日执行⟦X-35⟧：两个日期都显示，结论按较早的自然日口径。",
        working_days!()
    ),
);

pub static RULES: &[Rule] = &[
    REVIEW_RESULT,
    REVIEW_RESULT.for_pharmacies("jl.a24.i1.pharmacy-review-result-5-working-days"),
    SUPPLEMENT_NOTICE,
    SUPPLEMENT_NOTICE.for_pharmacies("jl.a24.i2.pharmacy-supplement-notice-5-working-days"),
    SUPPLEMENT,
    SUPPLEMENT.for_pharmacies("jl.a24.i2.pharmacy-supplement-5-working-days"),
    RETURN_MATERIALS,
    RETURN_MATERIALS.for_pharmacies("jl.a24.i3.pharmacy-return-materials-5-working-days"),
    ASSESSMENT,
    ASSESSMENT.for_pharmacies("jl.a26.pharmacy-assessment-40-working-days"),
    LIST,
    LIST.for_pharmacies("jl.a29.pharmacy-list-5-working-days"),
    AGREEMENT_TERM,
    AGREEMENT_TERM.for_pharmacies("jl.a31.pharmacy-agreement-term-1-year"),
    SIGNING,
    SIGNING.for_pharmacies("jl.a32.pharmacy-signing-15-working-days"),
    CODING_DATABASE,
    CODING_DATABASE.for_pharmacies("jl.a35.pharmacy-coding-database-5-working-days"),
    CHANGE,
    CHANGE.for_pharmacies("jl.a37.p1.pharmacy-change-30-working-days"),
    ADDRESS_CHANGE,
    ADDRESS_CHANGE.for_pharmacies("jl.a37.pharmacy-address-change-5-working-days-notice"),
    RENEWAL,
    RENEWAL.for_pharmacies("jl.a39.pharmacy-renewal-3-months"),
    #[cfg(feature = "audit")]
    SUSPENSION,
    #[cfg(feature = "audit")]
    SUSPENSION.for_pharmacies("jl.a46.p3.pharmacy-suspension-180-days"),
    #[cfg(feature = "audit")]
    VIOLATION_SUSPENSION,
    #[cfg(feature = "audit")]
    VIOLATION_SUSPENSION.for_pharmacies("jl.a46.p4.pharmacy-violation-suspension-1-year"),
    #[cfg(feature = "audit")]
    EXIT,
    EXIT_PHARMACY,
    NON_RENEWAL,
    NON_RENEWAL.for_pharmacies("jl.a48.pharmacy-non-renewal-3-months-notice"),
    #[cfg(feature = "audit")]
    DEFENCE,
    #[cfg(feature = "audit")]
    DEFENCE.for_pharmacies("jl.a49.p2.pharmacy-defence-7-days"),
];

#[cfg(test)]
pub(crate) mod tests;
