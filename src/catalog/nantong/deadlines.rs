//! Nantong agreement deadlines (rules map §8.3, §8.4 NT rows): the terms a
//! Nantong institution keeps once it has signed the template agreement,
//! shown beside Jiangsu's. Where both set a time limit, the stricter governs
//! the self-check and the signed agreement governs in the end (rules map
//! §11 ).
//!
//! The monthly reporting days need no date: each finding gives the next such
//! day on or after the as-of date, under both readings of 「前」 (rules map
//! §11 X-44).
//!
//! Not encoded: 第十九条 the quarterly list of bedridden patients of 护理院
//! and 照护病区 (the questions cannot tell an institution with a 照护病区);
//! 第十六条第2款 the monthly list of traffic-accident patients (only for
//! institutions that have such patients, which no question asks).

use chrono::{Datelike, Months, NaiveDate};

use crate::catalog::rule::{Applicant, Ctx, Group, Missing, Rule, Verdict};
use crate::catalog::timing;
use crate::dates::calendar::{self, DayKind};
use crate::dates::{chinese_date, Span};
use crate::facts::questions as q;
use crate::facts::{ApplicationKind, Choice, InstitutionKind};
use crate::report::{DateKind, KeyDate};
use crate::sources::DocumentId;

type Checked = Result<Verdict, Missing>;

/// 「每月N日前」 under both readings of 「前」 (rules map §11 X-44).
const MONTHLY_READING: &str = "「前」默认不含当日（较保守，最迟为前一日）；行政文书中“X日前”通常读作含当日，两种读法的日期都显示。截止日逢休息日是否顺延原文未规定，不自动顺延（规则映射 §11 X-44）。以实际签订的协议和甲方通知为准。";

/// The first day `day` of a month on or after `from`.
fn next_monthly(from: NaiveDate, day: u32) -> Option<NaiveDate> {
    if from.day() <= day {
        from.with_day(day)
    } else {
        from.checked_add_months(Months::new(1))?.with_day(day)
    }
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
    let as_of = ctx.as_of;
    let eve = day.saturating_sub(1).max(1);
    let (Some(strict), Some(inclusive)) = (next_monthly(as_of, eve), next_monthly(as_of, day))
    else {
        return Verdict::review("自查日期超出可计算的日历范围，请核对。");
    };
    let mut detail = if as_of.day() == day {
        format!(
            "{what}：自查日期{}恰为每月{day}日。按默认读法（「前」不含当日），本月最迟为{}月{eve}日，已过；按含当日的读法，今日为本月最后一日。请确认本月是否已按时完成。按默认读法下一个最迟日为{}。",
            chinese_date(as_of),
            as_of.month(),
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
    let verdict = if as_of.day() == day {
        Verdict::review(detail)
    } else {
        Verdict::pass(detail)
    };
    verdict
        .with_key_date(KeyDate::new(
            DateKind::Deadline,
            format!("{what}的最迟日（默认：「前」不含当日）"),
            strict,
        ))
        .with_key_date(KeyDate::new(
            DateKind::Deadline,
            format!("{what}的最迟日（含当日读法）"),
            inclusive,
        ))
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

pub static RULES: &[Rule] = &[
    Rule {
        id: "nt.a12.p1.change-filing-7-working-days",
        document: DocumentId::Nantong,
        article: "第十二条",
        item: Some("第1款"),
        title: "变更备案的时限（南通协议）",
        group: Group::Deadline,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::InformationChange),
        in_force: None,
        quote: "协议期间，乙方变更机构名称、法定代表人、执业地址等内容的，应在行政管理部门核准变更之日起7个工作日内，持变更后的医疗机构执业许可证、事业单位法人证书或民办非企业登记证书或营业执照等相关证照及复印件（加盖公章）至甲方办理变更备案手续",
        excerpts: &[],
        asks: &[&q::CHANGE_APPROVED_ON.info],
        check: |ctx| {
            timing::from_answer(ctx, &q::CHANGE_APPROVED_ON, "按南通协议办理变更备案的最迟日", |d| {
                timing::working_days_after(DateKind::Deadline, "办理变更备案的最迟日（南通协议）", d, 7)
            })
        },
        advice: "在核准变更之日起7个工作日内，持变更后的证照及加盖公章的复印件到医保经办机构办理变更备案，备案后及时办理协议变更手续；因违规被调查、暂停处理期间不得申请变更，期限是否顺延须向经办机构确认。",
        reading: Some("南通机构同时受江苏细则第三十五条“自批准之日起30个工作日内提出变更申请”约束；两者冲突时按较短的7个工作日自查（规则映射 §11 X-14、X-19），以实际签订的协议为准。核准当日不计入，工作日按国务院办公厅放假调休安排计算。调查、暂停处理期间不得申请变更，期限是否中止计算原文未写（§11 X-56）。"),
    },
    Rule {
        id: "nt.a31.p2.drug-inventory-report-before-10th",
        document: DocumentId::Nantong,
        article: "第三十一条",
        item: Some("第2款"),
        title: "每月10日前报送药品购销存（社区卫生服务站、门诊部、诊所）",
        group: Group::Deadline,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::Designated),
        in_force: None,
        quote: "定点社区卫生服务站、门诊部、诊所，应在每月10日前将药品购销存通过电子邮件报甲方备案",
        excerpts: &[],
        asks: &[&q::INSTITUTION_KIND.info],
        check: drug_inventory,
        advice: "每月按时将药品购销存通过电子邮件报医保经办机构备案（协议写明的邮箱为ntybyp@163.com，以甲方最新通知为准），并逐步实现进销存数据实时上传。",
        reading: Some(MONTHLY_READING),
    },
    Rule {
        id: "nt.a46.p1.detail-statement-before-5th",
        document: DocumentId::Nantong,
        article: "第四十六条",
        item: Some("第1款"),
        title: "每月5号前认证上月费用明细表",
        group: Group::Deadline,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::Designated),
        in_force: None,
        quote: "在每月5号之前完成上月医疗、生育医疗费用明细表的认证",
        excerpts: &[],
        asks: &[],
        check: |ctx| Ok(monthly(ctx, 5, "认证上月医疗、生育医疗费用明细表")),
        advice: "每月在最迟日前于医保交互系统完成上月费用明细表的网上认证；未按规定执行的，甲方可约谈相关负责人、暂缓支付医疗费用。",
        reading: Some(MONTHLY_READING),
    },
    Rule {
        id: "nt.a46.p1.settlement-statement-before-20th",
        document: DocumentId::Nantong,
        article: "第四十六条",
        item: Some("第1款"),
        title: "每月20号前认证上月费用结算表",
        group: Group::Deadline,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::Designated),
        in_force: None,
        quote: "每月20号前完成上月医疗、生育医疗费用结算表的认证",
        excerpts: &[],
        asks: &[],
        check: |ctx| Ok(monthly(ctx, 20, "认证上月医疗、生育医疗费用结算表")),
        advice: "每月在最迟日前于医保交互系统完成上月费用结算表的网上认证；未按规定执行的，甲方可约谈相关负责人、暂缓支付医疗费用。",
        reading: Some(MONTHLY_READING),
    },
    Rule {
        id: "nt.a72.p2.termination-30-days-notice",
        document: DocumentId::Nantong,
        article: "第七十二条",
        item: Some("第2款"),
        title: "终止协议提前30天通知（南通协议）",
        group: Group::Deadline,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::Designated),
        in_force: None,
        quote: "协议履行期间，双方需终止协议的，应提前30天通知对方",
        excerpts: &[],
        asks: &[&q::PLANNED_EXIT_ON.info],
        check: |ctx| {
            timing::from_optional_event(ctx, &q::PLANNED_EXIT_ON, "按南通协议提前30天通知的最迟日", |d| {
                timing::span_before(DateKind::Deadline, "提前30天通知终止的最迟日（南通协议）", d, Span::days(30))
            })
        },
        advice: "南通机构按江苏细则第三十九条至迟提前3个月向经办机构提出申请（公立医疗机构不得主动提出中止或解除），该日期早于本条的30天，按3个月准备。",
        reading: Some("30天为自然日，自拟终止之日向前推算。本条是协议约定，叠加在江苏细则之上：南通机构主动中止、解除按江苏细则第三十九条提前3个月（规则映射 §11 X-16、X-19），本条的30天只作参考。甲方依约行使单方解除权、乙方因违规被解除的，不在此限。"),
    },
    Rule {
        id: "nt.a73.renewal-window-1-month",
        document: DocumentId::Nantong,
        article: "第七十三条",
        item: None,
        title: "协商续签的窗口（期满前1个月内）",
        group: Group::Deadline,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::Renewal),
        in_force: None,
        quote: "本协议期满前1个月内，甲乙双方可协商续签协议",
        excerpts: &[],
        asks: &[&q::AGREEMENT_EXPIRES_ON.info],
        check: |ctx| {
            timing::from_answer(ctx, &q::AGREEMENT_EXPIRES_ON, "按南通协议可协商续签的窗口首日", |d| {
                timing::span_before(DateKind::EarliestDate, "可协商续签的窗口首日（期满前1个月）", d, Span::months(1))
            })
        },
        advice: "续签申请按江苏细则第三十六条于协议期满前3个月提出（或由经办机构统一组织）；期满前1个月内与经办机构协商续签。",
        reading: Some("「期满前1个月内」是协商续签的窗口，不是申请截止：窗口自期满日前1个月的对应日（无对应日取月末）至期满日。续签申请的最迟日按江苏细则第三十六条为期满前3个月（规则映射 §11 X-15、X-19），以实际签订的协议为准。"),
    },
    Rule {
        id: "nt.a73.deferral-notice-2-months",
        document: DocumentId::Nantong,
        article: "第七十三条",
        item: None,
        title: "缓签协议的书面通知时限",
        group: Group::Deadline,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::Renewal),
        in_force: None,
        quote: "作出缓签协议决定的应在协议到期后二个月内书面通知乙方",
        excerpts: &[],
        asks: &[&q::AGREEMENT_EXPIRES_ON.info],
        check: |ctx| {
            timing::from_answer(ctx, &q::AGREEMENT_EXPIRES_ON, "经办机构书面通知缓签的最迟日", |d| {
                timing::span_after(DateKind::AgencyDeadline, "经办机构书面通知缓签的最迟日", d, Span::months(2))
            })
        },
        advice: "此为经办机构的时限：协议到期后未续签、也未收到缓签通知的，及时向经办机构确认协议状态和能否继续结算。",
        reading: Some("自协议到期之日起算，到期当日不计入，到期月对应日为最后一日（无对应日取月末）。到期后至缓签通知之间能否继续结算原文未写：因甲方原因未签订新协议的，原协议继续生效（第七十八条）；非甲方原因未续签的，协议终止（第七十二条第1款4），南通机构另受江苏细则第三十六条“未达成一致的，医保协议到期后自动终止”约束（规则映射 §11 X-52）。"),
    },
];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::{baseline, cases, date, finding, run, Case};
    use crate::facts::*;
    use crate::report::Outcome;

    const N: Jurisdiction = Jurisdiction::Nantong;

    fn kind(p: &mut Profile, kind: ApplicationKind) {
        p.application.kind = Some(kind);
    }

    fn clinic(p: &mut Profile) {
        kind(p, ApplicationKind::Designated);
        p.institution.kind = Some(InstitutionKind::Clinic);
    }

    pub(crate) static CASES: &[Case] = cases! { N;
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
}
