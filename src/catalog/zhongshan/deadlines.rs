//! Zhongshan draft deadlines (rules map §8): only where the draft's words
//! differ from Guangdong's. Zhongshan reports decide under the Guangdong
//! deadlines (`catalog::guangdong::deadlines`), and the engine notes for
//! each of them whether the draft has the same words; these rules are shown
//! beside them as a draft preview, not counted (rules map §1.3, §11 X-32).
//!
//! Same words as Guangdong, so no rule here: 第十条 (5 working days to ask
//! for supplements), 第十二条 (3 months' assessment, supplements not
//! counted; 7 working days' public notice), 第十三条「医保协议期限一般为1年」,
//! 第四十条 (renewal 3 months before expiry, here its 第2款), 第四十一条第2款
//! (180 days' suspension), 第四十三条 (3 months' notice; public institutions
//! may not ask to suspend or terminate; the draft adds 「经双方协商一致，同意
//! 解除医保协议的，医疗机构应做好参保人的善后工作」, a duty without a date).
//!
//! 第三十一条第1款 (payment within 30 working days of the declaration) has
//! Guangdong's words, so no rule here either; its 第2款, the refund of a
//! negative clearing within 30 days, is the draft's own.
//!
//! Draft-only deadlines from optional dates: 第三十一条第2款 (refund),
//! 第三十九条第2款 (the transition of at most 6 months after re-registration,
//! rules map §11 X-42) and 第四十四条末款 (the continuation request
//! 「在中止期满前10个工作日内」 after an imposed suspension, shown under both
//! readings of rules map §11 X-50).

// The rules for designated institutions belong to the self-audit build
// (feature `audit`); without it their helpers go unused.
#![cfg_attr(not(feature = "audit"), allow(dead_code, unused_imports))]

use crate::catalog::builder::rule;
use crate::catalog::rule::{Ctx, Excerpt, Missing, Rule, Verdict};
use crate::catalog::timing;
use crate::dates::chinese_date;
use crate::facts::questions as q;
use crate::facts::{ChangeKind, Choice, Ownership};
use crate::report::{DateKind, KeyDate};

use super::periods;

type Checked = Result<Verdict, Missing>;

/// 第三十九条: the changes of a private institution the draft names as
/// major (「名称、法定代表人、主要负责人或实际控制人、注册地址等重大信息」).
const MAJOR: [ChangeKind; 3] = [
    ChangeKind::Name,
    ChangeKind::LegalRepresentative,
    ChangeKind::RegisteredAddress,
];

/// 第三十九条: the changes of a private institution the draft names as
/// general (「银行账户、诊疗科目、机构规模、机构性质、等级和类别等其他一般信息」).
const GENERAL: [ChangeKind; 5] = [
    ChangeKind::BankAccount,
    ChangeKind::PracticeScope,
    ChangeKind::Scale,
    ChangeKind::Nature,
    ChangeKind::GradeCategory,
];

const A39_GENERAL: Excerpt = Excerpt {
    item: None,
    quote: "银行账户、诊疗科目、机构规模、机构性质、等级和类别等其他一般信息变更应及时书面告知",
};

fn labels(changes: &[ChangeKind]) -> String {
    changes
        .iter()
        .map(|k| k.label())
        .collect::<Vec<_>>()
        .join("、")
}

/// 第三十九条, public institutions: every listed change is reported in
/// writing within 30 working days of its approval. The 30 working days of
/// both halves of the article stay in code: the advice also names
/// Guangdong's 30 working days (the rule until the draft takes effect), and
/// one parameter filled into it could not tell the two apart.
fn public_notify(ctx: &Ctx) -> Checked {
    let ownership = ctx.get(&q::OWNERSHIP);
    let approved = ctx.get(&q::CHANGE_APPROVED_ON);
    if ownership? == Ownership::Private {
        return Ok(Verdict::not_applicable(
            "社会办定点医疗机构按第三十九条后半句办理：重大信息变更提出变更申请，一般信息变更及时书面告知。",
        ));
    }
    Ok(timing::dated(
        ctx,
        timing::working_days_after(
            DateKind::Deadline,
            "书面告知经办机构的最迟日",
            approved?,
            30,
        ),
        "公立医疗机构自批准之日起30个工作日内书面告知市医疗保障经办机构的最迟日",
    ))
}

/// 第三十九条, private institutions: a major change needs a change
/// application within 30 working days of its approval; a general one a
/// timely written notice, without a number of days.
fn private_change(ctx: &Ctx) -> Checked {
    let ownership = ctx.get(&q::OWNERSHIP);
    let approved = ctx.get(&q::CHANGE_APPROVED_ON);
    let changes = ctx.get(&q::APPLICATION_CHANGES);
    if ownership? == Ownership::Public {
        return Ok(Verdict::not_applicable(
            "公立定点医疗机构按第三十九条前半句办理：所列信息变更均于30个工作日内书面告知。",
        ));
    }
    let changes = changes?;
    let major: Vec<ChangeKind> = changes
        .iter()
        .copied()
        .filter(|k| MAJOR.contains(k))
        .collect();
    let unlisted: Vec<ChangeKind> = changes
        .iter()
        .copied()
        .filter(|k| !MAJOR.contains(k) && !GENERAL.contains(k))
        .collect();
    if !major.is_empty() {
        return Ok(timing::dated(
            ctx,
            timing::working_days_after(DateKind::Deadline, "提出变更申请的最迟日", approved?, 30),
            &format!(
                "{}属重大信息，自批准之日起30个工作日内提出变更申请的最迟日",
                labels(&major)
            ),
        ));
    }
    if !unlisted.is_empty() {
        let date = match timing::working_days_after(
            DateKind::Deadline,
            "按重大信息计的变更申请最迟日",
            approved?,
            30,
        ) {
            Ok(date) => date,
            Err(verdict) => return Ok(verdict),
        };
        return Ok(Verdict::review(format!(
            "变更事项「{}」未列入第三十九条所列的重大信息或一般信息，须向经办机构确认按哪一类办理；按重大信息办理的，最迟于{}{}提出变更申请。",
            labels(&unlisted),
            chinese_date(date.date),
            date.basis.suffix()
        ))
        .with_key_date(date));
    }
    Ok(Verdict::not_applicable(format!(
        "所报变更「{}」属第三十九条所列一般信息：应及时书面告知经办机构（未规定天数），不适用30个工作日内提出变更申请的时限。",
        labels(&changes)
    ))
    .citing(A39_GENERAL))
}

/// 第四十四条末款: 「在中止期满前10个工作日内」 under both readings (rules
/// map §11 X-50): a window of the last 10 working days before the end, whose
/// first day is the 10th working day before it; or a latest day, that same
/// 10th working day. The day is one, its meaning two: shown as the window's
/// first day and as the latest day, the verdict from the latest day, which
/// meets both readings.
fn continuation_request(ctx: &Ctx) -> Checked {
    let ends = match ctx.get(&q::SUSPENSION_ENDS_ON) {
        Ok(date) => date,
        Err(Missing) => {
            return Ok(Verdict::not_applicable(format!(
                "未填「{}」；被中止医保协议的，填写后计算提交继续履行协议申请的日期。",
                q::SUSPENSION_ENDS_ON.info.label
            )))
        }
    };
    let span = ctx.span(&periods::CONTINUATION_REQUEST);
    let days = span.chinese();
    let first = match timing::span_before(
        DateKind::EarliestDate,
        &format!("提交继续履行协议申请的窗口首日（窗口读法：期满前最后{days}）"),
        ends,
        span,
    ) {
        Ok(date) => date,
        Err(verdict) => return Ok(verdict),
    };
    // The window's last day is the last working day before the end: a
    // reading of 「期满前」, not a period of the text, so not a parameter.
    let last = match timing::working_days_before(DateKind::EarliestDate, "", ends, 1) {
        Ok(date) => date,
        Err(verdict) => return Ok(verdict),
    };
    let latest = KeyDate {
        kind: DateKind::Deadline,
        label: format!(
            "提交继续履行协议申请的最迟日（最迟日读法：期满前第{}个工作日）",
            span.count
        ),
        ..first.clone()
    };
    let mut verdict = timing::dated(
        ctx,
        Ok(latest),
        &format!(
            "按“最迟于期满前第{}个工作日”读法，提交继续履行协议申请及整改报告的最迟日",
            span.count
        ),
    );
    let standing = if ctx.as_of < first.date {
        "早于窗口首日提交能否受理，须向经办机构确认"
    } else if ctx.as_of <= last.date {
        "自查日期在窗口内，按此读法现在提交仍按时"
    } else {
        "窗口也已结束"
    };
    verdict.detail.push_str(&format!(
        "按“期满前最后{days}为提交窗口”读法，窗口为{}{}至{}{}（中止期满日{}前的最后一个工作日），{standing}。在{}提交，两种读法都满足。逾期不申请的，终止医保协议。",
        chinese_date(first.date),
        first.basis.suffix(),
        chinese_date(last.date),
        last.basis.suffix(),
        chinese_date(ends),
        chinese_date(first.date),
    ));
    verdict.dates.insert(0, first);
    Ok(verdict)
}

pub static RULES: &[Rule] = &[
    rule!(Deadline, Zhongshan, "zs.a13.sign-within-1-month", "第十三条", None, "纳入名单后{}内签订医保协议",
        application: NewDesignation,
        quote: "医疗机构自纳入拟签订医保协议医疗机构名单之日起1个月内不签订医保协议的，视作放弃定点医疗机构资格",
        asks: [q::LISTED_ON],
        check: |ctx| {
            timing::from_answer(ctx, &q::LISTED_ON, "签订医保协议的最迟日（逾期视作放弃定点医疗机构资格）", |d| {
                timing::span_after(DateKind::Deadline, "签订医保协议的最迟日", d, ctx.span(&periods::SIGNING))
            })
        },
        params: [periods::SIGNING],
        advice: "纳入拟签订医保协议医疗机构名单后，及早与市医疗保障经办机构协商，于最迟日前签订医保协议；逾期不签订的，视作放弃定点医疗机构资格。广东办法未规定签约期限，本稿生效前按广东执行。",
        reading: "“1个月内”自纳入名单之日的次日起算，到期月的对应日为最后一日，无对应日取月末⟦X-13⟧；纳入名单之日以经办机构公布为准。本稿为征求意见稿，未生效，仅作预检⟦X-32⟧。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Zhongshan, "zs.a31.p2.refund-30-days", "第三十一条", Some("第2款"), "清算结果为负数时退还费用的时限",
        application: Designated,
        quote: "定点医疗机构应当在收到退款通知后30天内，退还相应费用至指定账户",
        asks: [q::REFUND_NOTIFIED_ON],
        check: |ctx| {
            timing::from_optional_event(ctx, &q::REFUND_NOTIFIED_ON, "退还清算费用的最迟日", |d| {
                timing::span_after(DateKind::Deadline, "退还清算费用至指定账户的最迟日", d, ctx.span(&periods::REFUND))
            })
        },
        params: [periods::REFUND],
        advice: "清算结果为负数的，在收到退款通知后{}内将相应费用退还至指定账户；确因特殊情况无法如期退还的，在期限届满前与经办机构另行协商解决。广东办法无此款，本稿生效前以经办机构通知为准。",
        reading: "30天为自然日⟦X-35⟧，自收到退款通知之日起算，收到当日不计入；固定期间，最后一日逢休息日是否顺延原文未写，本工具不顺延⟦§8.0⟧。本稿为征求意见稿，未生效，仅作预检⟦X-32⟧。",
    ),
    rule!(Deadline, Zhongshan, "zs.a39.public-notify-30-working-days", "第三十九条", None, "公立机构信息变更书面告知的时限",
        application: InformationChange,
        quote: "公立定点医疗机构的名称、法定代表人、主要负责人或实际控制人、注册地址、银行账户、诊疗科目、机构规模、机构性质、等级和类别等信息变更时，应自有关部门批准之日起30个工作日内向市医疗保障经办机构书面告知",
        asks: [q::OWNERSHIP, q::CHANGE_APPROVED_ON],
        check: public_notify,
        advice: "公立定点医疗机构于最迟日前向市医疗保障经办机构书面告知变更（本稿不要求公立机构提出变更申请）。本稿生效前按广东第三十九条，于30个工作日内提出变更申请。",
        reading: "征求意见稿对公立机构改为「书面告知」，列举的信息不分重大与一般⟦X-14⟧。自批准之日起算，批准当日不计入；工作日按国务院办公厅放假调休安排计算，无通知的年份为估算。本稿未生效，仅作预检⟦X-32⟧。",
    ),
    rule!(Deadline, Zhongshan, "zs.a39.private-change-30-working-days", "第三十九条", None, "社会办机构重大信息变更申请的时限",
        application: InformationChange,
        quote: "社会办定点医疗机构的名称、法定代表人、主要负责人或实际控制人、注册地址等重大信息变更时，应自有关部门批准之日起30个工作日内向市医疗保障经办机构提出变更申请",
        excerpts: &[A39_GENERAL],
        asks: [q::OWNERSHIP, q::CHANGE_APPROVED_ON, q::APPLICATION_CHANGES],
        check: private_change,
        advice: "社会办定点医疗机构变更名称、法定代表人、主要负责人或实际控制人、注册地址的，于最迟日前向市医疗保障经办机构提出变更申请；银行账户、诊疗科目、机构规模、机构性质、等级和类别等一般信息变更，及时书面告知。本稿生效前按广东第三十九条，所列信息变更均于30个工作日内提出变更申请。",
        reading: "征求意见稿只把名称、法定代表人、主要负责人或实际控制人、注册地址列为社会办机构的重大信息，银行账户、诊疗科目、机构规模、机构性质、等级和类别改为一般信息（广东均为重大信息）⟦X-14⟧；两处都以「等」结尾，未列明的变更事项须向经办机构确认。自批准之日起算，批准当日不计入；工作日按国务院办公厅放假调休安排计算。本稿未生效，仅作预检⟦X-32⟧。",
    ),
    rule!(Deadline, Zhongshan, "zs.a39.p2.transition-6-months", "第三十九条", Some("第2款"), "重新注册后按原标准结算的过渡期（最长{}）",
        application: InformationChange,
        quote: "从重新注册到重新纳入医保定点的过渡期内仍按原有医保标准进行结算，过渡期最长不超过6个月",
        asks: [q::REREGISTERED_ON],
        check: |ctx| {
            timing::from_optional_event(ctx, &q::REREGISTERED_ON, "按原有医保标准结算的过渡期最长届满日", |d| {
                timing::span_after(DateKind::Milestone, &format!(
                    "过渡期最长届满日（{}）",
                    ctx.param_text(&periods::TRANSITION)
                ), d, ctx.span(&periods::TRANSITION))
            })
        },
        params: [periods::TRANSITION],
        advice: "因设置机构（主体）或机构性质变更而重新办理医疗机构注册的，及早提出医保定点申请，争取在过渡期届满前重新纳入医保定点；过渡期内按原有医保标准结算，届满仍未重新纳入的如何结算，本稿未写明，须向经办机构确认。申请定点过程中评估不合格的，自评估结果告知送达次日起停止开展医疗保障医疗服务，并配合经办机构做好参保人的善后工作。",
        reading: "过渡期自重新注册之日起算（当日不计入），到期月的对应日为最后一日，无对应日取月末；「最长不超过6个月」是上限，重新纳入医保定点之日过渡期即结束。只适用于注册地址、诊疗科目、机构规模和类别等信息保持不变的；评估不合格的停止服务自告知送达「次日」起，与其他条款“之日起”不同⟦X-42⟧。列在“定点后信息变更”下：本款是第三十九条信息变更的一款，起因是设置主体或机构性质的变更（机构性质是该条列举的变更事项），重新注册前机构仍是定点医疗机构，按信息变更自查时看到。本稿未生效，仅作预检⟦X-32⟧。",
    ),
    #[cfg(feature = "audit")]
    rule!(Deadline, Zhongshan, "zs.a44.p3.continuation-request-10-working-days", "第四十四条", Some("第3款"), "被中止协议后申请继续履行的时点（期满前{}内）",
        application: Designated,
        quote: "定点医疗机构被中止医保协议的，在中止期满前10个工作日内向经办机构提交继续履行协议申请及整改报告",
        asks: [q::SUSPENSION_ENDS_ON],
        check: continuation_request,
        params: [periods::CONTINUATION_REQUEST],
        advice: "被中止医保协议的，在中止期满前{}内（两种读法都满足的是期满前第{}当日）向经办机构提交继续履行协议申请及整改报告；市医疗保障经办机构收到申请20个工作日内核查确认，自确认改正有效之日起次月恢复医疗保险服务；期满至恢复之间的状态原文未写，按中止对待、不结算。逾期不申请或验收不合格的，终止医保协议。广东办法无此款，本稿生效前按广东第四十一条第1款（中止期结束未超过协议有效期的，协议可继续履行）。",
        reading: "本条末款（第3款）。「期满前10个工作日内」可读作期满前最后10个工作日这一窗口，也可读作最迟于期满前第10个工作日⟦X-50⟧：两种读法落在同一日，即期满日前第10个工作日，前者是窗口首日、后者是最迟日；两个日期都显示，结论按最迟日读法。期满至次月恢复之间的状态原文未写⟦X-50⟧，与第四十一条第1款“协议可继续履行”的关系原文未写；本工具只按被中止医保协议者处理，第2款整改期间被中止基金结算的机构是否也须申请，原文未写。主动中止的按第四十一条第2款（180日）。期满日为中止期满之日，工作日按国务院办公厅放假调休安排计算，无通知的年份为估算。本稿未生效，仅作预检⟦X-32⟧。",
    ),
];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::{baseline, cases, date, finding, run, Case};
    use crate::facts::*;
    use crate::report::{DateBasis, DateKind, Outcome};

    const Z: Jurisdiction = Jurisdiction::Zhongshan;

    fn change(p: &mut Profile, ownership: Ownership, changes: &[ChangeKind]) {
        p.application.kind = Some(ApplicationKind::InformationChange);
        p.institution.ownership = Some(ownership);
        p.application.changes = Some(changes.to_vec());
    }

    fn designated(p: &mut Profile) {
        p.application.kind = Some(ApplicationKind::Designated);
    }

    pub(crate) static CASES: &[Case] = cases! { Z;
        "第三十一条第2款：11月10日收到退款通知，30天内退还": "zs.a31.p2.refund-30-days", |p| { designated(p); p.procedure.refund_notified_on = Some(date("2026-11-10")) } => Pass;
        "第三十一条第2款：收到退款通知已超过30天，须确认是否已退还或另行协商": "zs.a31.p2.refund-30-days", |p| { designated(p); p.procedure.refund_notified_on = Some(date("2026-10-01")) } => NeedsReview;
        "第三十一条第2款：未收到退款通知的不适用": "zs.a31.p2.refund-30-days", |p| designated(p) => NotApplicable;

        "第三十九条第2款：重新注册后过渡期最长不超过6个月": "zs.a39.p2.transition-6-months", |p| { change(p, Ownership::Private, &[ChangeKind::Nature]); p.procedure.reregistered_on = Some(date("2026-09-01")) } => Pass;
        "第三十九条第2款：未重新注册的不适用": "zs.a39.p2.transition-6-months", |p| change(p, Ownership::Private, &[ChangeKind::Nature]) => NotApplicable;

        "第四十四条末款：中止2027年1月31日期满，尚未到期满前第10个工作日": "zs.a44.p3.continuation-request-10-working-days", |p| { designated(p); p.procedure.suspension_ends_on = Some(date("2027-01-31")) } => Pass;
        "第四十四条末款：期满前第10个工作日已过，须确认是否已提交继续履行申请": "zs.a44.p3.continuation-request-10-working-days", |p| { designated(p); p.procedure.suspension_ends_on = Some(date("2026-11-30")) } => NeedsReview;
        "第四十四条末款：未被中止的不适用": "zs.a44.p3.continuation-request-10-working-days", |p| designated(p) => NotApplicable;

        "第十三条：2026年11月10日纳入名单，12月10日前签订医保协议": "zs.a13.sign-within-1-month", |p| p.procedure.listed_on = Some(date("2026-11-10")) => Pass;
        "第十三条：纳入名单已超过1个月，须确认是否已签订，否则视作放弃": "zs.a13.sign-within-1-month", |p| p.procedure.listed_on = Some(date("2026-10-10")) => NeedsReview;
        "第十三条：未填纳入名单之日的需补充信息": "zs.a13.sign-within-1-month", |p| () => NeedsInformation;

        "第三十九条：公立机构批准变更后30个工作日内书面告知，尚在时限内": "zs.a39.public-notify-30-working-days", |p| { change(p, Ownership::Public, &[ChangeKind::BankAccount]); p.procedure.change_approved_on = Some(date("2026-11-02")) } => Pass;
        "第三十九条：公立机构批准变更已超过30个工作日，须确认是否已书面告知": "zs.a39.public-notify-30-working-days", |p| { change(p, Ownership::Public, &[ChangeKind::Name]); p.procedure.change_approved_on = Some(date("2026-09-01")) } => NeedsReview;
        "第三十九条：社会办机构不适用公立机构的书面告知": "zs.a39.public-notify-30-working-days", |p| { change(p, Ownership::Private, &[ChangeKind::Name]); p.procedure.change_approved_on = Some(date("2026-11-02")) } => NotApplicable;
        "第三十九条：公立机构未填批准之日的需补充信息": "zs.a39.public-notify-30-working-days", |p| change(p, Ownership::Public, &[ChangeKind::Name]) => NeedsInformation;

        "第三十九条：社会办机构变更名称，30个工作日内申请，尚在时限内": "zs.a39.private-change-30-working-days", |p| { change(p, Ownership::Private, &[ChangeKind::Name, ChangeKind::BankAccount]); p.procedure.change_approved_on = Some(date("2026-11-02")) } => Pass;
        "第三十九条：社会办机构变更注册地址已超过30个工作日，须确认是否已申请": "zs.a39.private-change-30-working-days", |p| { change(p, Ownership::Private, &[ChangeKind::RegisteredAddress]); p.procedure.change_approved_on = Some(date("2026-09-01")) } => NeedsReview;
        "第三十九条：社会办机构只变更银行账户，属一般信息，及时书面告知": "zs.a39.private-change-30-working-days", |p| { change(p, Ownership::Private, &[ChangeKind::BankAccount]); p.procedure.change_approved_on = Some(date("2026-09-01")) } => NotApplicable;
        "第三十九条：社会办机构变更事项未列入重大或一般信息的须确认": "zs.a39.private-change-30-working-days", |p| { change(p, Ownership::Private, &[ChangeKind::LicenceReissued]); p.procedure.change_approved_on = Some(date("2026-11-02")) } => NeedsReview;
        "第三十九条：公立机构不适用社会办机构的变更申请": "zs.a39.private-change-30-working-days", |p| { change(p, Ownership::Public, &[ChangeKind::Name]); p.procedure.change_approved_on = Some(date("2026-11-02")) } => NotApplicable;
        "第三十九条：社会办机构未填变更事项的需补充信息": "zs.a39.private-change-30-working-days", |p| { change(p, Ownership::Private, &[]); p.application.changes = None; p.procedure.change_approved_on = Some(date("2026-11-02")) } => NeedsInformation;
        "第三十九条：社会办机构重大信息变更未填批准之日的需补充信息": "zs.a39.private-change-30-working-days", |p| change(p, Ownership::Private, &[ChangeKind::LegalRepresentative]) => NeedsInformation;
    };

    #[test]
    fn every_zhongshan_draft_deadline_case_gives_the_outcome_its_article_states() {
        run(CASES);
    }

    #[test]
    fn the_draft_deadlines_are_those_of_the_calendar() {
        let mut p = baseline(Z);
        // 1 month from 2027-01-31: February has no 31st, so its last day.
        p.procedure.listed_on = Some(date("2027-01-31"));
        let f = finding("zs.a13.sign-within-1-month", &p, date("2026-11-22"));
        assert!(f.draft);
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates[0].date, date("2027-02-28"));
        // 30 working days from 2026-09-30 across 国庆节: 10-08, 10-09, 10-10
        // (make-up Saturday), then 10-12 .. 11-17.
        change(&mut p, Ownership::Public, &[ChangeKind::Name]);
        p.procedure.change_approved_on = Some(date("2026-09-30"));
        let f = finding(
            "zs.a39.public-notify-30-working-days",
            &p,
            date("2026-11-22"),
        );
        assert_eq!(f.outcome, Outcome::NeedsReview);
        assert_eq!(f.dates[0].date, date("2026-11-17"));
        change(&mut p, Ownership::Private, &[ChangeKind::Name]);
        p.procedure.change_approved_on = Some(date("2026-11-02"));
        let f = finding(
            "zs.a39.private-change-30-working-days",
            &p,
            date("2026-11-22"),
        );
        assert_eq!(f.dates[0].date, date("2026-12-14"));
        assert!(f.detail.contains("名称"), "{}", f.detail);
        change(&mut p, Ownership::Private, &[ChangeKind::Scale]);
        let f = finding(
            "zs.a39.private-change-30-working-days",
            &p,
            date("2026-11-22"),
        );
        assert_eq!(f.outcome, Outcome::NotApplicable);
        assert_eq!(
            f.quote,
            "银行账户、诊疗科目、机构规模、机构性质、等级和类别等其他一般信息变更应及时书面告知"
        );
        assert!(f.dates.is_empty());
    }

    #[test]
    fn the_continuation_window_counts_back_across_the_national_day_holiday() {
        let mut p = baseline(Z);
        p.application.kind = Some(ApplicationKind::Designated);
        // Suspension ends Friday 16 October 2026: 15, 14, 13, 12, 10 (make-up
        // Saturday), 9, 8 October; 1–7 October off; 30, 29, 28 September.
        p.procedure.suspension_ends_on = Some(date("2026-10-16"));
        let rule = "zs.a44.p3.continuation-request-10-working-days";
        let f = finding(rule, &p, date("2026-09-01"));
        assert!(f.draft);
        assert_eq!(f.outcome, Outcome::Pass);
        assert_eq!(f.dates.len(), 2);
        assert_eq!(f.dates[0].kind, DateKind::EarliestDate);
        assert_eq!(f.dates[0].date, date("2026-09-28"));
        assert_eq!(f.dates[1].kind, DateKind::Deadline);
        assert_eq!(f.dates[1].date, date("2026-09-28"));
        assert_eq!(f.dates[1].basis, DateBasis::Official);
        // The window runs to Thursday 15 October, the last working day before the end.
        assert!(f.detail.contains("2026年10月15日"), "{}", f.detail);
        assert!(f.detail.contains("早于窗口首日"), "{}", f.detail);
        // Within the window but past the latest day of the other reading.
        let f = finding(rule, &p, date("2026-10-09"));
        assert_eq!(f.outcome, Outcome::NeedsReview);
        assert!(f.detail.contains("自查日期在窗口内"), "{}", f.detail);
        // After the window too.
        let f = finding(rule, &p, date("2026-10-16"));
        assert_eq!(f.outcome, Outcome::NeedsReview);
        assert!(f.detail.contains("窗口也已结束"), "{}", f.detail);
        // On the day itself both readings are met.
        let f = finding(rule, &p, date("2026-09-28"));
        assert_eq!(f.outcome, Outcome::Pass);
    }

    #[test]
    fn the_refund_and_the_transition_are_calendar_periods() {
        let mut p = baseline(Z);
        p.application.kind = Some(ApplicationKind::Designated);
        p.procedure.refund_notified_on = Some(date("2026-11-10"));
        let f = finding("zs.a31.p2.refund-30-days", &p, date("2026-11-22"));
        assert_eq!(f.dates[0].date, date("2026-12-10"));
        assert_eq!(f.dates[0].kind, DateKind::Deadline);
        change(&mut p, Ownership::Private, &[ChangeKind::Nature]);
        p.procedure.reregistered_on = Some(date("2026-08-31"));
        let f = finding("zs.a39.p2.transition-6-months", &p, date("2026-11-22"));
        assert!(f.draft);
        assert_eq!(f.dates[0].date, date("2027-02-28"));
        assert_eq!(f.dates[0].kind, DateKind::Milestone);
        assert_eq!(f.dates[0].basis, DateBasis::Official);
    }

    #[test]
    fn the_draft_deadlines_are_previews_not_counted() {
        let mut p = baseline(Z);
        let before = crate::engine::check(&p, date("2026-11-22"));
        p.procedure.listed_on = Some(date("2026-10-10"));
        let after = crate::engine::check(&p, date("2026-11-22"));
        let f = after
            .findings
            .iter()
            .find(|f| f.rule_id == "zs.a13.sign-within-1-month");
        assert!(f.is_some_and(|f| f.draft && f.outcome == Outcome::NeedsReview));
        for o in Outcome::ALL {
            assert_eq!(
                before.conclusion.counts.get(o),
                after.conclusion.counts.get(o),
                "{o:?}"
            );
        }
        assert_eq!(before.conclusion.may_apply, after.conclusion.may_apply);
    }
}
