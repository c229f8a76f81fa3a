//! Nantong agreement deadlines (rules map §8.3, §8.4 NT rows): the terms a
//! Nantong institution keeps once it has signed the template agreement,
//! shown beside Jiangsu's. Where both set a time limit, the stricter governs
//! the self-check and the signed agreement governs in the end (rules map
//! §11 ).
//!
//! The monthly and quarterly reporting days need no date: each finding gives
//! the next such day on or after the as-of date, under both readings of
//! 「前」 (rules map §11 X-44). The quarterly list of 第十九条 is checked for
//! 护理院 only: the questions cannot tell an institution with a 照护病区.
//! The monthly list of traffic-accident patients (第十六条第2款) is shown to
//! every designated institution: no question asks whether it has such
//! patients.
//!
//! The other agreement deadlines run from optional dates (an appraisal, an
//! investigation, an audit query, a planned move of the video equipment, a
//! suspension for rectification) and are not applicable without them.

// The rules for designated institutions belong to the self-audit build
// (feature `audit`); without it their helpers go unused.
#![cfg_attr(not(feature = "audit"), allow(dead_code, unused_imports))]

use crate::catalog::builder::rule;
use chrono::{Datelike, Months, NaiveDate};

use crate::catalog::rule::{Ctx, Missing, Rule, Verdict};
use crate::catalog::timing;
use crate::dates::calendar::{self, DayKind};
use crate::dates::chinese_date;
use crate::facts::questions as q;
use crate::facts::{Choice, InstitutionKind};
use crate::report::{DateKind, KeyDate};

use super::periods;

type Checked = Result<Verdict, Missing>;

/// 「每月（每季初）N日前」 under both readings of 「前」 (rules map §11 X-44).
macro_rules! before_reading {
    () => {
        "「前」默认不含当日（较保守，最迟为前一日）；行政文书中“X日前”通常读作含当日，两种读法的日期都显示。截止日逢休息日是否顺延原文未规定，不自动顺延⟦X-44⟧。以实际签订的协议和甲方通知为准。"
    };
}

/// 「每月N日前」 under both readings of 「前」 (rules map §11 X-44).
const MONTHLY_READING: &str = before_reading!();

/// How often a duty 「每月（每季初）N日前」 recurs.
#[derive(Clone, Copy)]
enum Cadence {
    /// 每月: every month.
    Monthly,
    /// 每季初: the first month of each quarter (January, April, July, October).
    Quarterly,
}

impl Cadence {
    fn due_in(self, month: u32) -> bool {
        match self {
            Cadence::Monthly => true,
            Cadence::Quarterly => month % 3 == 1,
        }
    }
    /// How the text names the period: 每月, 每季初.
    fn every(self) -> &'static str {
        match self {
            Cadence::Monthly => "每月",
            Cadence::Quarterly => "每季初",
        }
    }
    /// How many months apart the due days are.
    fn months(self) -> u8 {
        match self {
            Cadence::Monthly => 1,
            Cadence::Quarterly => 3,
        }
    }
    /// The current period: 本月, 本季.
    fn this(self) -> &'static str {
        match self {
            Cadence::Monthly => "本月",
            Cadence::Quarterly => "本季",
        }
    }
}

/// The first day `day` of a month the cadence is due in, on or after `from`.
fn next_due(from: NaiveDate, day: u32, cadence: Cadence) -> Option<NaiveDate> {
    let first = from.with_day(1)?;
    (0..12).find_map(|k| {
        let date = first.checked_add_months(Months::new(k))?.with_day(day)?;
        (date >= from && cadence.due_in(date.month())).then_some(date)
    })
}

/// `（周末）`, `（国庆节假期）` for a day that is not a working day.
fn day_off(date: NaiveDate) -> Option<String> {
    match calendar::day_status(date).kind {
        DayKind::Weekend => Some("周末".to_string()),
        DayKind::Holiday { name } => Some(format!("{name}假期")),
        DayKind::Working | DayKind::MakeUpWorkingDay { .. } => None,
    }
}

/// The next last day of a duty due 「每月`day`日前」, on or after the as-of
/// date: the day before under the default reading, the day itself under
/// the usual one. On the day itself this month's default date has just
/// passed: needs review.
fn monthly(ctx: &Ctx, day: u32, what: &str) -> Verdict {
    periodic(ctx, day, Cadence::Monthly, what)
}

/// The next last day of a duty due 「`cadence` `day`日前」 (monthly, or in
/// the first month of each quarter), as [`monthly`] explains.
fn periodic(ctx: &Ctx, day: u32, cadence: Cadence, what: &str) -> Verdict {
    let as_of = ctx.as_of;
    let eve = day.saturating_sub(1).max(1);
    let (Some(strict), Some(inclusive)) =
        (next_due(as_of, eve, cadence), next_due(as_of, day, cadence))
    else {
        return Verdict::review("自查日期超出可计算的日历范围，请核对。");
    };
    let on_the_day = as_of.day() == day && cadence.due_in(as_of.month());
    let mut detail = if on_the_day {
        format!(
            "{what}：自查日期{}恰为{}{day}日。按默认读法（「前」不含当日），{}最迟为{}月{eve}日，已过；按含当日的读法，今日为{}最后一日。请确认{}是否已按时完成。按默认读法下一个最迟日为{}。",
            chinese_date(as_of),
            cadence.every(),
            cadence.this(),
            as_of.month(),
            cadence.this(),
            cadence.this(),
            chinese_date(strict)
        )
    } else {
        format!(
            "{what}：按默认读法（「前」不含当日）下一个最迟日为{}；按含当日的读法为{}。",
            chinese_date(strict),
            chinese_date(inclusive)
        )
    };
    for date in [strict, inclusive] {
        if let Some(off) = day_off(date) {
            detail.push_str(&format!(
                "{}为休息日（{off}），原文未规定是否顺延，本工具不顺延。",
                chinese_date(date)
            ));
        }
    }
    let verdict = if on_the_day {
        Verdict::review(detail)
    } else {
        Verdict::pass(detail)
    };
    verdict
        .with_key_date(
            KeyDate::new(
                DateKind::Deadline,
                format!("{what}的最迟日（默认：「前」不含当日）"),
                strict,
            )
            .every_months(cadence.months()),
        )
        .with_key_date(
            KeyDate::new(
                DateKind::Deadline,
                format!("{what}的最迟日（含当日读法）"),
                inclusive,
            )
            .every_months(cadence.months())
            .other_reading(),
        )
}

/// 第三十一条第2款: the monthly drug report of 社区卫生服务站、门诊部、诊所.
fn drug_inventory(ctx: &Ctx) -> Checked {
    let kind = ctx.get(&q::INSTITUTION_KIND)?;
    Ok(match kind {
        InstitutionKind::CommunityHealthStation
        | InstitutionKind::OutpatientDepartment
        | InstitutionKind::Clinic => monthly(ctx, 10, "报送上月药品购销存备案"),
        _ => Verdict::not_applicable(format!(
            "本款只适用于定点社区卫生服务站、门诊部、诊所；本机构为「{}」。",
            kind.label()
        )),
    })
}

/// 第十九条: the quarterly list of bedridden patients, for 护理院 (the
/// 照护病区 of other institutions cannot be told from the profile).
fn bedridden_list(ctx: &Ctx) -> Checked {
    let kind = ctx.get(&q::INSTITUTION_KIND)?;
    Ok(match kind {
        InstitutionKind::NursingHome => periodic(
            ctx,
            10,
            Cadence::Quarterly,
            "报送上季度住院参保患者中卧床病人名单备核",
        ),
        _ => Verdict::not_applicable(format!(
            "本条适用于定点护理院和定点医疗机构照护病区；本机构为「{}」。设有照护病区的，照护病区须按本条每季初10日前报送卧床病人名单（本工具无法从机构类别判断是否设有照护病区）。",
            kind.label()
        )),
    })
}

pub static RULES: &[Rule] = &[
    rule!(Deadline, Nantong, "nt.a12.p1.change-filing-7-working-days", "第十二条", Some("第1款"), "变更备案的时限（南通协议）",
        application: InformationChange,
        quote: "协议期间，乙方变更机构名称、法定代表人、执业地址等内容的，应在行政管理部门核准变更之日起7个工作日内，持变更后的医疗机构执业许可证、事业单位法人证书或民办非企业登记证书或营业执照等相关证照及复印件（加盖公章）至甲方办理变更备案手续",
        asks: [q::CHANGE_APPROVED_ON],
        check: |ctx| {
            timing::from_answer(ctx, &q::CHANGE_APPROVED_ON, "按南通协议办理变更备案的最迟日", |d| {
                timing::working_days_after(DateKind::Deadline, "办理变更备案的最迟日（南通协议）", d, ctx.param(&periods::CHANGE_FILING))
            })
        },
        params: [periods::CHANGE_FILING],
        advice: "在核准变更之日起{}内，持变更后的证照及加盖公章的复印件到医保经办机构办理变更备案，备案后及时办理协议变更手续；因违规被调查、暂停处理期间不得申请变更，期限是否顺延须向经办机构确认。",
        reading: "南通机构同时受江苏细则第三十五条“自批准之日起30个工作日内提出变更申请”约束；两者冲突时按较短的7个工作日自查⟦X-14、X-19⟧，以实际签订的协议为准。核准当日不计入，工作日按国务院办公厅放假调休安排计算。调查、暂停处理期间不得申请变更，期限是否中止计算原文未写⟦X-56⟧。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Nantong, "nt.a16.p2.accident-materials-15-days", "第十六条", Some("第2款"), "医疗事故鉴定结束后报送资料的时限",
        application: Designated,
        quote: "对参保人员发生医疗事故涉及医疗保险费用结算的，应在鉴定结束后15日内，将有关资料按规定要求报送至甲方",
        asks: [q::APPRAISAL_ENDED_ON],
        check: |ctx| {
            timing::from_optional_event(ctx, &q::APPRAISAL_ENDED_ON, "医疗事故鉴定结束后报送有关资料的最迟日", |d| {
                timing::span_after(DateKind::Deadline, "报送医疗事故有关资料的最迟日", d, ctx.span(&periods::ACCIDENT_MATERIALS))
            })
        },
        params: [periods::ACCIDENT_MATERIALS],
        advice: "参保人员发生医疗事故涉及医疗保险费用结算的，在鉴定结束后{}内按规定要求将有关资料报送医保经办机构；根据鉴定结果应由本机构或第三人承担责任部分的医疗费用，医保不予支付。",
        reading: "15日为自然日⟦X-35⟧，自鉴定结束之日起算，该日不计入；最后一日逢休息日是否顺延原文未写，本工具不顺延⟦§8.0⟧。以实际签订的协议和甲方通知为准。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Nantong, "nt.a16.p2.accident-list-before-20th", "第十六条", Some("第2款"), "每月20日前报送交通事故、意外伤害名单",
        application: Designated,
        quote: "对参保人员发生交通事故、意外伤害的，应在每月20日前将名单汇总后报甲方备案",
        asks: [],
        check: |ctx| Ok(monthly(ctx, 20, "汇总交通事故、意外伤害参保人员名单报甲方备案")),
        advice: "有参保人员发生交通事故、意外伤害的，每月在最迟日前将名单汇总后报医保经办机构备案；应由第三人承担责任部分的医疗费用，医保不予支付。",
        reading: concat!(
            "只涉及有交通事故、意外伤害参保病人的机构；本工具不问是否有此类病人，对所有定点机构显示。名单汇总的期间（上月或截至报送日）原文未写，以甲方通知为准。",
            before_reading!()
        ),
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Nantong, "nt.a19.bedridden-list-quarterly-before-10th", "第十九条", None, "每季初10日前报送卧床病人名单（护理院、照护病区）",
        application: Designated,
        quote: "乙方应于每季初10日前，如实将上季度住院参保患者中卧床病人名单报甲方备核",
        asks: [q::INSTITUTION_KIND],
        check: bedridden_list,
        advice: "每季度第一个月（1月、4月、7月、10月）在最迟日前如实将上季度住院参保患者中卧床病人名单报医保经办机构备核；本条另要求收治住院参保患者的卧床率不低于60%、临终关怀率不低于10%。",
        reading: concat!(
            "本条标明「定点护理院、定点医疗机构照护病区适用」：本工具只对机构类别为护理院的判断；其他机构设有照护病区的，无法从机构类别判断，须自行按本条执行。「季初」读作每季度第一个月（1月、4月、7月、10月）。",
            before_reading!()
        ),
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Nantong, "nt.a31.p2.drug-inventory-report-before-10th", "第三十一条", Some("第2款"), "每月10日前报送药品购销存（社区卫生服务站、门诊部、诊所）",
        application: Designated,
        quote: "定点社区卫生服务站、门诊部、诊所，应在每月10日前将药品购销存通过电子邮件报甲方备案",
        asks: [q::INSTITUTION_KIND],
        check: drug_inventory,
        advice: "每月按时将药品购销存通过电子邮件报医保经办机构备案（协议写明的邮箱为ntybyp@163.com，以甲方最新通知为准），并逐步实现进销存数据实时上传。",
        reading: MONTHLY_READING,
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Nantong, "nt.a44.p3.payment-30-days-after-investigation", "第四十四条", Some("第3款"), "调查处理结束后支付结算费用的时限（甲方）",
        application: Designated,
        quote: "在调查处理结束后30天内再按规定支付应付的结算费用",
        asks: [q::INVESTIGATION_ENDED_ON],
        check: |ctx| {
            timing::from_optional_event(ctx, &q::INVESTIGATION_ENDED_ON, "调查处理结束后甲方支付应付结算费用的最迟日", |d| {
                timing::span_after(DateKind::AgencyDeadline, "甲方支付应付结算费用的最迟日", d, ctx.span(&periods::PAYMENT_AFTER_INVESTIGATION))
            })
        },
        params: [periods::PAYMENT_AFTER_INVESTIGATION],
        advice: "此为医保经办机构（甲方）的时限：检查或调查处理期间暂停或暂缓结算、支付的，调查处理结束后{}内按规定支付应付的结算费用；届时未到账的，可向经办机构查询。",
        reading: "30天为自然日⟦X-35⟧，自调查处理结束之日起算，该日不计入。调查处理结束之日以甲方通知为准。以实际签订的协议为准。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Nantong, "nt.a46.p1.detail-statement-before-5th", "第四十六条", Some("第1款"), "每月5号前认证上月费用明细表",
        application: Designated,
        quote: "在每月5号之前完成上月医疗、生育医疗费用明细表的认证",
        asks: [],
        check: |ctx| Ok(monthly(ctx, 5, "认证上月医疗、生育医疗费用明细表")),
        advice: "每月在最迟日前于医保交互系统完成上月费用明细表的网上认证；未按规定执行的，甲方可约谈相关负责人、暂缓支付医疗费用。",
        reading: MONTHLY_READING,
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Nantong, "nt.a46.p1.settlement-statement-before-20th", "第四十六条", Some("第1款"), "每月20号前认证上月费用结算表",
        application: Designated,
        quote: "每月20号前完成上月医疗、生育医疗费用结算表的认证",
        asks: [],
        check: |ctx| Ok(monthly(ctx, 20, "认证上月医疗、生育医疗费用结算表")),
        advice: "每月在最迟日前于医保交互系统完成上月费用结算表的网上认证；未按规定执行的，甲方可约谈相关负责人、暂缓支付医疗费用。",
        reading: MONTHLY_READING,
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Nantong, "nt.a47.p2.audit-explanation-5-working-days", "第四十七条", Some("第2款"), "审核疑点告知后书面说明的时限",
        application: Designated,
        quote: "乙方应当在收到告知后5个工作日之内向甲方做出书面说明。逾期不说明的，甲方可拒付有关费用",
        asks: [q::AUDIT_QUERY_NOTIFIED_ON],
        check: |ctx| {
            timing::from_optional_event(ctx, &q::AUDIT_QUERY_NOTIFIED_ON, "收到审核告知后书面说明的最迟日", |d| {
                timing::working_days_after(DateKind::Deadline, "向甲方做出书面说明的最迟日", d, ctx.param(&periods::AUDIT_EXPLANATION))
            })
        },
        params: [periods::AUDIT_EXPLANATION],
        advice: "收到医保经办机构审核、稽核发现的不符合支付规定或违规情形的告知后，在{}内向经办机构做出书面说明；逾期不说明的，甲方可拒付有关费用。",
        reading: "5个工作日自收到告知之日起算，收到当日不计入；工作日按国务院办公厅放假调休安排计算，无通知的年份为估算⟦§8.0⟧。以实际签订的协议和甲方告知为准。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Nantong, "nt.a59.p5.video-change-7-working-days-notice", "第五十九条", Some("第5款"), "变更刷卡结算处、视频设备位置的提前申请",
        application: Designated,
        quote: "乙方如需变更刷卡结算处及视频系统设备线路、位置的，应提前7个工作日向甲方书面申请变更。甲方审核通过后，方可变更",
        asks: [q::PLANNED_VIDEO_CHANGE_ON],
        check: |ctx| {
            timing::from_optional_event(ctx, &q::PLANNED_VIDEO_CHANGE_ON, &format!(
                "提前{}书面申请变更的最迟日",
                ctx.param_text(&periods::VIDEO_CHANGE)
            ), |d| {
                timing::working_days_before(DateKind::Deadline, "书面申请变更刷卡结算处、视频设备的最迟日", d, ctx.param(&periods::VIDEO_CHANGE))
            })
        },
        params: [periods::VIDEO_CHANGE],
        advice: "计划变更刷卡结算处或视频系统设备线路、位置的，至迟在最迟日向医保经办机构书面申请变更，审核通过后方可变更；擅自移动、改装、变更视频监控系统设备、线路的，解除服务协议；未经备案改变医保刷卡结算处位置的，暂停医保服务1-3个月，协议期内二次及以上的3-6个月（第六十四条）。",
        reading: "「提前7个工作日」自计划变更之日向前推算：计划变更之日之前的第7个工作日（该日不计入）；工作日按国务院办公厅放假调休安排计算，无通知的年份为估算⟦§8.0⟧。本条标明适用于按规定应实施视频管理的一级医院、社区卫生服务中心、社区卫生服务站、门诊部、诊所等：本工具不按机构类别筛选，填写了计划变更日即计算。以实际签订的协议为准。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Nantong, "nt.a72.p2.termination-30-days-notice", "第七十二条", Some("第2款"), "终止协议提前{}通知（南通协议）",
        application: Designated,
        quote: "协议履行期间，双方需终止协议的，应提前30天通知对方",
        asks: [q::PLANNED_EXIT_ON],
        check: |ctx| {
            timing::from_optional_event(ctx, &q::PLANNED_EXIT_ON, &format!(
                "按南通协议提前{}通知的最迟日",
                ctx.param_text(&periods::TERMINATION_NOTICE)
            ), |d| {
                timing::span_before(DateKind::Deadline, &format!(
                    "提前{}通知终止的最迟日（南通协议）",
                    ctx.param_text(&periods::TERMINATION_NOTICE)
                ), d, ctx.span(&periods::TERMINATION_NOTICE))
            })
        },
        params: [periods::TERMINATION_NOTICE],
        advice: "南通机构按江苏细则第三十九条至迟提前3个月向经办机构提出申请（公立医疗机构不得主动提出中止或解除），该日期早于本条的{}，按3个月准备。",
        reading: "30天为自然日，自拟终止之日向前推算。本条是协议约定，叠加在江苏细则之上：南通机构主动中止、解除按江苏细则第三十九条提前3个月⟦X-16、X-19⟧，本条的30天只作参考。甲方依约行使单方解除权、乙方因违规被解除的，不在此限。",
    ),
    rule!(Deadline, Nantong, "nt.a73.renewal-window-1-month", "第七十三条", None, "协商续签的窗口（期满前{}内）",
        application: Renewal,
        quote: "本协议期满前1个月内，甲乙双方可协商续签协议",
        asks: [q::AGREEMENT_EXPIRES_ON],
        check: |ctx| {
            timing::from_answer(ctx, &q::AGREEMENT_EXPIRES_ON, "按南通协议可协商续签的窗口首日", |d| {
                timing::span_before(DateKind::EarliestDate, &format!(
                    "可协商续签的窗口首日（期满前{}）",
                    ctx.param_text(&periods::RENEWAL_WINDOW)
                ), d, ctx.span(&periods::RENEWAL_WINDOW))
            })
        },
        params: [periods::RENEWAL_WINDOW],
        advice: "续签申请按江苏细则第三十六条于协议期满前3个月提出（或由经办机构统一组织）；期满前{}内与经办机构协商续签。",
        reading: "「期满前1个月内」是协商续签的窗口，不是申请截止：窗口自期满日前1个月的对应日（无对应日取月末）至期满日。续签申请的最迟日按江苏细则第三十六条为期满前3个月⟦X-15、X-19⟧，以实际签订的协议为准。",
    ),
    rule!(Deadline, Nantong, "nt.a73.deferral-notice-2-months", "第七十三条", None, "缓签协议的书面通知时限",
        application: Renewal,
        quote: "作出缓签协议决定的应在协议到期后二个月内书面通知乙方",
        asks: [q::AGREEMENT_EXPIRES_ON],
        check: |ctx| {
            timing::from_answer(ctx, &q::AGREEMENT_EXPIRES_ON, "经办机构书面通知缓签的最迟日", |d| {
                timing::span_after(DateKind::AgencyDeadline, "经办机构书面通知缓签的最迟日", d, ctx.span(&periods::DEFERRAL_NOTICE))
            })
        },
        params: [periods::DEFERRAL_NOTICE],
        advice: "此为经办机构的时限：协议到期后未续签、也未收到缓签通知的，及时向经办机构确认协议状态和能否继续结算。",
        reading: "自协议到期之日起算，到期当日不计入，到期月对应日为最后一日（无对应日取月末）。到期后至缓签通知之间能否继续结算原文未写：因甲方原因未签订新协议的，原协议继续生效（第七十八条）；非甲方原因未续签的，协议终止（第七十二条第1款4），南通机构另受江苏细则第三十六条“未达成一致的，医保协议到期后自动终止”约束⟦X-52⟧。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Nantong, "nt.a75.p4.rectification-suspension-15-working-days", "第七十五条", Some("第4款"), "限期暂停整改的暂停期（一般不超过{}）",
        application: Designated,
        quote: "本协议所称的限期暂停整改，为短期暂停医疗（生育）保险服务进行整改，暂停期一般不超过15个工作日",
        asks: [q::RECTIFICATION_SUSPENSION_STARTED_ON],
        check: |ctx| {
            timing::from_optional_event(ctx, &q::RECTIFICATION_SUSPENSION_STARTED_ON, &format!(
                "限期暂停整改一般不超过{}的届满日（以甲方通知为准）",
                ctx.param_text(&periods::RECTIFICATION_SUSPENSION)
            ), |d| {
                timing::working_days_after(DateKind::Milestone, &format!(
                    "暂停期一般最长的届满日（{}）",
                    ctx.param_text(&periods::RECTIFICATION_SUSPENSION)
                ), d, ctx.param(&periods::RECTIFICATION_SUSPENSION))
            })
        },
        params: [periods::RECTIFICATION_SUSPENSION],
        advice: "暂停期间按要求整改到位；暂停期满后甲方视整改情况确认是否继续履行服务协议（第六十九条）。暂停协议期间未按时限要求整改或整改不到位的，甲方解除服务协议，且3年内不得申请医保定点（第六十五条）。实际暂停期以甲方通知为准。",
        reading: "「一般不超过15个工作日」是暂停期的上限，不是机构的办理期限：自暂停开始之日起算，该日不计入（若开始当日计入，届满日提前一个工作日）；工作日按国务院办公厅放假调休安排计算，无通知的年份为估算⟦X-17⟧。视频违规的暂停（1-3个月、3-6个月，第六十四条）另计。以实际签订的协议和甲方通知为准。",
    ),
];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::{baseline, cases, date, finding, run, Case};
    use crate::facts::*;
    use crate::report::{DateBasis, DateKind, Outcome};

    const N: Jurisdiction = Jurisdiction::Nantong;

    fn kind(p: &mut Profile, kind: ApplicationKind) {
        p.application.kind = Some(kind);
    }

    fn clinic(p: &mut Profile) {
        kind(p, ApplicationKind::Designated);
        p.institution.kind = Some(InstitutionKind::Clinic);
    }

    fn designated_as(p: &mut Profile) {
        kind(p, ApplicationKind::Designated);
    }

    fn nursing_home(p: &mut Profile) {
        kind(p, ApplicationKind::Designated);
        p.institution.kind = Some(InstitutionKind::NursingHome);
    }

    pub(crate) static CASES: &[Case] = cases! { N;
        "南通协议第十六条第2款：11月20日鉴定结束，15日内报送医疗事故资料": "nt.a16.p2.accident-materials-15-days", |p| { designated_as(p); p.procedure.appraisal_ended_on = Some(date("2026-11-20")) } => Pass;
        "南通协议第十六条第2款：鉴定结束已超过15日，须确认是否已报送": "nt.a16.p2.accident-materials-15-days", |p| { designated_as(p); p.procedure.appraisal_ended_on = Some(date("2026-11-02")) } => NeedsReview;
        "南通协议第十六条第2款：无医疗事故鉴定的不适用": "nt.a16.p2.accident-materials-15-days", |p| designated_as(p) => NotApplicable;
        "南通协议第十六条第2款：每月20日前报送交通事故、意外伤害名单": "nt.a16.p2.accident-list-before-20th", |p| designated_as(p) => Pass;
        "南通协议第十六条第2款：自查日恰为20日，默认读法的最迟日已过，须确认": "nt.a16.p2.accident-list-before-20th" on "2026-11-20", |p| designated_as(p) => NeedsReview;

        "南通协议第十九条：护理院每季初10日前报送卧床病人名单": "nt.a19.bedridden-list-quarterly-before-10th", |p| nursing_home(p) => Pass;
        "南通协议第十九条：自查日恰为季初10日，默认读法的最迟日已过，须确认": "nt.a19.bedridden-list-quarterly-before-10th" on "2027-01-10", |p| nursing_home(p) => NeedsReview;
        "南通协议第十九条：非季初月的10日不是截止日": "nt.a19.bedridden-list-quarterly-before-10th" on "2026-11-10", |p| nursing_home(p) => Pass;
        "南通协议第十九条：综合医院按机构类别不适用（照护病区无法判断）": "nt.a19.bedridden-list-quarterly-before-10th", |p| designated_as(p) => NotApplicable;
        "南通协议第十九条：未填机构类别的需补充信息": "nt.a19.bedridden-list-quarterly-before-10th", |p| { designated_as(p); p.institution.kind = None } => NeedsInformation;

        "南通协议第四十四条第3款：调查处理结束后30天内甲方支付": "nt.a44.p3.payment-30-days-after-investigation", |p| { designated_as(p); p.procedure.investigation_ended_on = Some(date("2026-11-02")) } => Pass;
        "南通协议第四十四条第3款：无调查处理的不适用": "nt.a44.p3.payment-30-days-after-investigation", |p| designated_as(p) => NotApplicable;

        "南通协议第四十七条第2款：收到审核告知后5个工作日内书面说明，尚在时限内": "nt.a47.p2.audit-explanation-5-working-days", |p| { designated_as(p); p.procedure.audit_query_notified_on = Some(date("2026-11-20")) } => Pass;
        "南通协议第四十七条第2款：已超过5个工作日，逾期不说明的甲方可拒付": "nt.a47.p2.audit-explanation-5-working-days", |p| { designated_as(p); p.procedure.audit_query_notified_on = Some(date("2026-11-09")) } => NeedsReview;
        "南通协议第四十七条第2款：未收到审核告知的不适用": "nt.a47.p2.audit-explanation-5-working-days", |p| designated_as(p) => NotApplicable;

        "南通协议第五十九条第5款：12月15日变更视频设备位置，提前7个工作日申请尚来得及": "nt.a59.p5.video-change-7-working-days-notice", |p| { designated_as(p); p.procedure.planned_video_change_on = Some(date("2026-12-15")) } => Pass;
        "南通协议第五十九条第5款：11月25日变更，提前7个工作日的最迟日已过": "nt.a59.p5.video-change-7-working-days-notice", |p| { designated_as(p); p.procedure.planned_video_change_on = Some(date("2026-11-25")) } => NeedsReview;
        "南通协议第五十九条第5款：无变更计划的不适用": "nt.a59.p5.video-change-7-working-days-notice", |p| designated_as(p) => NotApplicable;

        "南通协议第七十五条第4款：限期暂停整改一般不超过15个工作日": "nt.a75.p4.rectification-suspension-15-working-days", |p| { designated_as(p); p.procedure.rectification_suspension_started_on = Some(date("2026-11-16")) } => Pass;
        "南通协议第七十五条第4款：未被限期暂停整改的不适用": "nt.a75.p4.rectification-suspension-15-working-days", |p| designated_as(p) => NotApplicable;

        "南通协议第十二条第1款：核准变更后7个工作日内办理变更备案，尚在时限内": "nt.a12.p1.change-filing-7-working-days", |p| { kind(p, ApplicationKind::InformationChange); p.procedure.change_approved_on = Some(date("2026-11-18")) } => Pass;
        "南通协议第十二条第1款：核准已超过7个工作日（江苏30个工作日尚未届满），须确认是否已备案": "nt.a12.p1.change-filing-7-working-days", |p| { kind(p, ApplicationKind::InformationChange); p.procedure.change_approved_on = Some(date("2026-11-02")) } => NeedsReview;
        "南通协议第十二条第1款：未填核准之日的需补充信息": "nt.a12.p1.change-filing-7-working-days", |p| kind(p, ApplicationKind::InformationChange) => NeedsInformation;

        "南通协议第三十一条第2款：诊所每月10日前报送药品购销存": "nt.a31.p2.drug-inventory-report-before-10th", |p| clinic(p) => Pass;
        "南通协议第三十一条第2款：自查日恰为10日，默认读法的最迟日已过，须确认": "nt.a31.p2.drug-inventory-report-before-10th" on "2026-12-10", |p| clinic(p) => NeedsReview;
        "南通协议第三十一条第2款：综合医院不适用": "nt.a31.p2.drug-inventory-report-before-10th", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
        "南通协议第三十一条第2款：未填机构类别的需补充信息": "nt.a31.p2.drug-inventory-report-before-10th", |p| { kind(p, ApplicationKind::Designated); p.institution.kind = None } => NeedsInformation;

        "南通协议第四十六条第1款：下一个明细表认证最迟日": "nt.a46.p1.detail-statement-before-5th", |p| kind(p, ApplicationKind::Designated) => Pass;
        "南通协议第四十六条第1款：自查日恰为5号，默认读法的最迟日已过，须确认": "nt.a46.p1.detail-statement-before-5th" on "2026-12-05", |p| kind(p, ApplicationKind::Designated) => NeedsReview;
        "南通协议第四十六条第1款：下一个结算表认证最迟日": "nt.a46.p1.settlement-statement-before-20th", |p| kind(p, ApplicationKind::Designated) => Pass;
        "南通协议第四十六条第1款：自查日恰为20号，须确认": "nt.a46.p1.settlement-statement-before-20th" on "2026-11-20", |p| kind(p, ApplicationKind::Designated) => NeedsReview;

        "南通协议第七十二条第2款：拟于2027年6月1日终止，提前30天通知": "nt.a72.p2.termination-30-days-notice", |p| { kind(p, ApplicationKind::Designated); p.procedure.planned_exit_on = Some(date("2027-06-01")) } => Pass;
        "南通协议第七十二条第2款：拟于12月10日终止，提前30天的最迟日已过": "nt.a72.p2.termination-30-days-notice", |p| { kind(p, ApplicationKind::Designated); p.procedure.planned_exit_on = Some(date("2026-12-10")) } => NeedsReview;
        "南通协议第七十二条第2款：无终止计划的不适用": "nt.a72.p2.termination-30-days-notice", |p| kind(p, ApplicationKind::Designated) => NotApplicable;

        "南通协议第七十三条：期满前1个月内可协商续签": "nt.a73.renewal-window-1-month", |p| { kind(p, ApplicationKind::Renewal); p.procedure.agreement_expires_on = Some(date("2027-03-31")) } => Pass;
        "南通协议第七十三条：未填期满之日的需补充信息": "nt.a73.renewal-window-1-month", |p| kind(p, ApplicationKind::Renewal) => NeedsInformation;
        "南通协议第七十三条：缓签的应在到期后二个月内书面通知": "nt.a73.deferral-notice-2-months", |p| { kind(p, ApplicationKind::Renewal); p.procedure.agreement_expires_on = Some(date("2026-12-31")) } => Pass;
        "南通协议第七十三条：未填期满之日的无法计算缓签通知时限": "nt.a73.deferral-notice-2-months", |p| kind(p, ApplicationKind::Renewal) => NeedsInformation;
    };

    #[test]
    fn every_nantong_deadline_case_gives_the_outcome_its_article_states() {
        run(CASES);
    }

    fn designated() -> Profile {
        let mut p = baseline(N);
        p.application.kind = Some(ApplicationKind::Designated);
        p
    }

    #[test]
    fn the_monthly_day_before_on_and_after_the_fifth() {
        let p = designated();
        let rule = "nt.a46.p1.detail-statement-before-5th";
        // The 4th: today under the default reading, tomorrow under the other.
        let f = finding(rule, &p, date("2026-06-04"));
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates[0].date, date("2026-06-04"));
        assert_eq!(f.dates[1].date, date("2026-06-05"));
        // The 5th: the default date of June has passed, today is the last
        // day under the other reading.
        let f = finding(rule, &p, date("2026-06-05"));
        assert_eq!(f.outcome, Outcome::NeedsReview);
        assert_eq!(f.dates[0].date, date("2026-07-04"));
        assert_eq!(f.dates[1].date, date("2026-06-05"));
        // The 25th: next month; 4 July 2026 is a Saturday, not moved.
        let f = finding(rule, &p, date("2026-06-25"));
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates[0].date, date("2026-07-04"));
        assert_eq!(f.dates[1].date, date("2026-07-05"));
        assert!(f.detail.contains("不顺延"), "{}", f.detail);
    }

    #[test]
    fn the_monthly_day_runs_into_the_next_year() {
        let p = designated();
        let f = finding(
            "nt.a46.p1.settlement-statement-before-20th",
            &p,
            date("2026-12-25"),
        );
        assert_eq!(f.dates[0].date, date("2027-01-19"));
        assert_eq!(f.dates[1].date, date("2027-01-20"));
    }

    #[test]
    fn the_nantong_change_filing_is_shorter_than_the_jiangsu_change_application() {
        let mut p = baseline(N);
        p.application.kind = Some(ApplicationKind::InformationChange);
        // Wednesday 30 September: 国庆节 1–7 October, Saturday 10 October worked.
        p.procedure.change_approved_on = Some(date("2026-09-30"));
        let nt = finding(
            "nt.a12.p1.change-filing-7-working-days",
            &p,
            date("2026-09-30"),
        );
        // 8, 9, 10, 12, 13, 14, 15 October.
        assert_eq!(nt.dates[0].date, date("2026-10-15"));
        let js = finding("js.a35.change-30-working-days", &p, date("2026-09-30"));
        assert!(js.dates[0].date > nt.dates[0].date);
    }

    #[test]
    fn the_renewal_window_and_the_deferral_notice() {
        let mut p = baseline(N);
        p.application.kind = Some(ApplicationKind::Renewal);
        p.procedure.agreement_expires_on = Some(date("2027-03-31"));
        let f = finding("nt.a73.renewal-window-1-month", &p, date("2026-11-22"));
        assert_eq!(f.dates[0].date, date("2027-02-28"));
        let f = finding("nt.a73.deferral-notice-2-months", &p, date("2026-11-22"));
        assert_eq!(f.dates[0].date, date("2027-05-31"));
    }

    #[test]
    fn the_video_change_counts_back_seven_working_days_across_the_spring_festival() {
        let mut p = designated();
        // Monday 2 March 2026: 28 February (make-up Saturday), 27, 26, 25,
        // 24 February; 15–23 February off; 14 (make-up Saturday), 13 February.
        p.procedure.planned_video_change_on = Some(date("2026-03-02"));
        let rule = "nt.a59.p5.video-change-7-working-days-notice";
        let f = finding(rule, &p, date("2026-02-01"));
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates[0].date, date("2026-02-13"));
        assert_eq!(f.dates[0].kind, DateKind::Deadline);
        assert_eq!(f.dates[0].basis, DateBasis::Official);
        let f = finding(rule, &p, date("2026-02-24"));
        assert_eq!(f.outcome, Outcome::NeedsReview);
    }

    #[test]
    fn the_quarterly_day_is_the_tenth_of_january_april_july_and_october() {
        let mut p = designated();
        p.institution.kind = Some(InstitutionKind::NursingHome);
        let rule = "nt.a19.bedridden-list-quarterly-before-10th";
        let f = finding(rule, &p, date("2026-11-22"));
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates.len(), 2);
        assert_eq!(f.dates[0].date, date("2027-01-09"));
        assert_eq!(f.dates[1].date, date("2027-01-10"));
        // Calendar dates, not working days: certain even in 2027.
        assert_eq!(f.dates[0].basis, DateBasis::Official);
        assert_eq!(f.dates[1].basis, DateBasis::Official);
        // 9 and 10 January 2027 are a Saturday and a Sunday, not moved.
        assert!(f.detail.contains("不顺延"), "{}", f.detail);
        // Early in a quarter's first month: this month.
        let f = finding(rule, &p, date("2026-04-03"));
        assert_eq!(f.dates[0].date, date("2026-04-09"));
        assert_eq!(f.dates[1].date, date("2026-04-10"));
        // On the 10th of a quarter's first month: the default date has passed.
        let f = finding(rule, &p, date("2026-07-10"));
        assert_eq!(f.outcome, Outcome::NeedsReview);
        assert_eq!(f.dates[0].date, date("2026-10-09"));
        assert_eq!(f.dates[1].date, date("2026-07-10"));
        assert!(f.detail.contains("本季"), "{}", f.detail);
        // A clinic is not a 护理院.
        p.institution.kind = Some(InstitutionKind::Clinic);
        let f = finding(rule, &p, date("2026-11-22"));
        assert_eq!(f.outcome, Outcome::NotApplicable);
        assert!(f.detail.contains("照护病区"), "{}", f.detail);
    }

    #[test]
    fn the_agreement_periods_from_optional_dates() {
        let mut p = designated();
        // 15 calendar days from Friday 20 November 2026.
        p.procedure.appraisal_ended_on = Some(date("2026-11-20"));
        let f = finding(
            "nt.a16.p2.accident-materials-15-days",
            &p,
            date("2026-11-22"),
        );
        assert_eq!(f.dates[0].date, date("2026-12-05"));
        // 30 calendar days, the agency's.
        p.procedure.investigation_ended_on = Some(date("2026-09-30"));
        let f = finding(
            "nt.a44.p3.payment-30-days-after-investigation",
            &p,
            date("2026-11-22"),
        );
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates[0].date, date("2026-10-30"));
        assert_eq!(f.dates[0].kind, DateKind::AgencyDeadline);
        // 5 working days from Wednesday 30 September: 8, 9, 10 (make-up
        // Saturday), 12, 13 October.
        p.procedure.audit_query_notified_on = Some(date("2026-09-30"));
        let f = finding(
            "nt.a47.p2.audit-explanation-5-working-days",
            &p,
            date("2026-10-09"),
        );
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates[0].date, date("2026-10-13"));
        // 15 working days from Monday 16 November 2026: 17 November .. 7 December.
        p.procedure.rectification_suspension_started_on = Some(date("2026-11-16"));
        let f = finding(
            "nt.a75.p4.rectification-suspension-15-working-days",
            &p,
            date("2026-11-22"),
        );
        assert_eq!(f.dates[0].date, date("2026-12-07"));
        assert_eq!(f.dates[0].kind, DateKind::Milestone);
    }
}
