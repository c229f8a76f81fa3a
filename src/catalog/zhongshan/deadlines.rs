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
//! Not encoded, the profile having no answer to compute them from:
//! - 第三十九条第2款: the transition of at most 6 months「从重新注册到重新纳
//!   入医保定点」 after a change of the founding body or the nature of the
//!   institution (no question gives the re-registration date; rules map §11
//!   X-42);
//! - 第四十四条末款: the continuation request「在中止期满前10个工作日内」
//!   after a suspension for violations (no question gives the end of a
//!   suspension, and 「主动中止医保协议生效之日」 is a voluntary suspension,
//!   not one imposed; rules map §11 X-50).

use crate::catalog::rule::{Applicant, Ctx, Excerpt, Group, Missing, Rule, Verdict};
use crate::catalog::timing;
use crate::dates::Span;
use crate::facts::questions as q;
use crate::facts::{ApplicationKind, ChangeKind, Choice, Ownership};
use crate::report::DateKind;
use crate::sources::DocumentId;

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
/// writing within 30 working days of its approval.
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
            crate::dates::chinese_date(date.date),
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

pub static RULES: &[Rule] = &[
    Rule {
        id: "zs.a13.sign-within-1-month",
        document: DocumentId::Zhongshan,
        article: "第十三条",
        item: None,
        title: "纳入名单后1个月内签订医保协议",
        group: Group::Deadline,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "医疗机构自纳入拟签订医保协议医疗机构名单之日起1个月内不签订医保协议的，视作放弃定点医疗机构资格",
        excerpts: &[],
        asks: &[&q::LISTED_ON.info],
        check: |ctx| {
            timing::from_answer(ctx, &q::LISTED_ON, "签订医保协议的最迟日（逾期视作放弃定点医疗机构资格）", |d| {
                timing::span_after(DateKind::Deadline, "签订医保协议的最迟日", d, Span::months(1))
            })
        },
        advice: "纳入拟签订医保协议医疗机构名单后，及早与市医疗保障经办机构协商，于最迟日前签订医保协议；逾期不签订的，视作放弃定点医疗机构资格。广东办法未规定签约期限，本稿生效前按广东执行。",
        reading: Some("“1个月内”自纳入名单之日的次日起算，到期月的对应日为最后一日，无对应日取月末（规则映射 §8.0、§8.1 S13、§11 X-13）；纳入名单之日以经办机构公布为准。本稿为征求意见稿，未生效，仅作预检（§11 X-32）。"),
    },
    Rule {
        id: "zs.a39.public-notify-30-working-days",
        document: DocumentId::Zhongshan,
        article: "第三十九条",
        item: None,
        title: "公立机构信息变更书面告知的时限",
        group: Group::Deadline,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::InformationChange),
        in_force: None,
        quote: "公立定点医疗机构的名称、法定代表人、主要负责人或实际控制人、注册地址、银行账户、诊疗科目、机构规模、机构性质、等级和类别等信息变更时，应自有关部门批准之日起30个工作日内向市医疗保障经办机构书面告知",
        excerpts: &[],
        asks: &[&q::OWNERSHIP.info, &q::CHANGE_APPROVED_ON.info],
        check: public_notify,
        advice: "公立定点医疗机构于最迟日前向市医疗保障经办机构书面告知变更（本稿不要求公立机构提出变更申请）。本稿生效前按广东第三十九条，于30个工作日内提出变更申请。",
        reading: Some("征求意见稿对公立机构改为「书面告知」，列举的信息不分重大与一般（规则映射 §8.3、§11 X-14）。自批准之日起算，批准当日不计入；工作日按国务院办公厅放假调休安排计算，无通知的年份为估算。本稿未生效，仅作预检（§11 X-32）。"),
    },
    Rule {
        id: "zs.a39.private-change-30-working-days",
        document: DocumentId::Zhongshan,
        article: "第三十九条",
        item: None,
        title: "社会办机构重大信息变更申请的时限",
        group: Group::Deadline,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::InformationChange),
        in_force: None,
        quote: "社会办定点医疗机构的名称、法定代表人、主要负责人或实际控制人、注册地址等重大信息变更时，应自有关部门批准之日起30个工作日内向市医疗保障经办机构提出变更申请",
        excerpts: &[A39_GENERAL],
        asks: &[
            &q::OWNERSHIP.info,
            &q::CHANGE_APPROVED_ON.info,
            &q::APPLICATION_CHANGES.info,
        ],
        check: private_change,
        advice: "社会办定点医疗机构变更名称、法定代表人、主要负责人或实际控制人、注册地址的，于最迟日前向市医疗保障经办机构提出变更申请；银行账户、诊疗科目、机构规模、机构性质、等级和类别等一般信息变更，及时书面告知。本稿生效前按广东第三十九条，所列信息变更均于30个工作日内提出变更申请。",
        reading: Some("征求意见稿只把名称、法定代表人、主要负责人或实际控制人、注册地址列为社会办机构的重大信息，银行账户、诊疗科目、机构规模、机构性质、等级和类别改为一般信息（广东均为重大信息；规则映射 §11 X-14）；两处都以「等」结尾，未列明的变更事项须向经办机构确认。自批准之日起算，批准当日不计入；工作日按国务院办公厅放假调休安排计算。本稿未生效，仅作预检（§11 X-32）。"),
    },
];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::{baseline, cases, date, finding, run, Case};
    use crate::facts::*;
    use crate::report::Outcome;

    const Z: Jurisdiction = Jurisdiction::Zhongshan;

    fn change(p: &mut Profile, ownership: Ownership, changes: &[ChangeKind]) {
        p.application.kind = Some(ApplicationKind::InformationChange);
        p.institution.ownership = Some(ownership);
        p.application.changes = Some(changes.to_vec());
    }

    pub(crate) static CASES: &[Case] = cases! { Z;
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
