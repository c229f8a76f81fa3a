//! What the Nantong agreement says about applying: again, after 第六十五条
//! 末款's termination with 「且乙方3年内不得申请医保定点」, a bar on top of the
//! Jiangsu rules' own (第九条（五）（六））; and for a change (第十二条第1款),
//! the changed licences with stamped copies, and no change applied for
//! while the institution is investigated or suspended for a violation.

use crate::catalog::builder::rule;
use crate::catalog::checks;
use crate::catalog::rule::{Ctx, Missing, Rule, Verdict};
use crate::facts::questions as q;

/// The bar of 第六十五条末款. An institution never terminated for a
/// violation or a breach was not terminated under it either.
fn bar(ctx: &Ctx) -> Result<Verdict, Missing> {
    let violation = ctx.optional(&q::TERMINATED_FOR_VIOLATION);
    let breach = ctx.optional(&q::TERMINATED_FOR_BREACH);
    if ctx.optional(&q::TERMINATED_UNDER_NT_A65).is_none()
        && violation == Some(false)
        && breach == Some(false)
    {
        return Ok(Verdict::pass(
            "据申报，未曾因违法违规或严重违约被解除医保协议，也就未因第六十五条末款所列行为被解除。",
        ));
    }
    checks::lookback(
        ctx,
        &q::TERMINATED_UNDER_NT_A65,
        &q::TERMINATED_UNDER_NT_A65_ON,
        ctx.span(&super::periods::REAPPLICATION_BAR),
        None,
        "因南通协议第六十五条末款所列行为被解除服务协议",
    )
}

/// 第十二条第1款: no change while investigated or suspended for a violation.
fn change_blocked(ctx: &Ctx) -> Result<Verdict, Missing> {
    Ok(if ctx.get(&q::UNDER_VIOLATION_INVESTIGATION)? {
        Verdict::fail("本机构正因违规被调查或处于暂停处理期间：此期间不得申请变更。调查、暂停处理结束后即办理；其间变更备案的7个工作日（江苏细则的30个工作日）是否顺延，原文未写，须向医保经办机构确认⟦X-56⟧。")
    } else {
        Verdict::pass("据申报，本机构未因违规被调查，也不在暂停处理期间。")
    })
}

pub static RULES: &[Rule] = &[
    rule!(Refusal, Nantong, "nt.a12.p1.no-change-while-investigated", "第十二条", Some("第1款"), "因违规被调查、暂停处理期间不得申请变更",
        application: InformationChange,
        quote: "乙方申请变更事项必须符合相关规定要求，因违规被调查、暂停处理期间不得申请变更",
        asks: [q::UNDER_VIOLATION_INVESTIGATION],
        check: change_blocked,
        advice: "调查、暂停处理结束后再申请变更；核准变更之日已过的，向医保经办机构说明情况并确认期限。",
        reading: "调查、暂停处理期间不得申请变更，期间内各项变更期限是否顺延原文未写：工具不提示“可以申请”，期限是否顺延须向医保经办机构确认⟦X-56⟧。",
    ),
    rule!(Materials, Nantong, "nt.a12.p1.changed-licences", "第十二条", Some("第1款"), "变更后的证照及复印件（加盖公章）",
        application: InformationChange,
        quote: "持变更后的医疗机构执业许可证、事业单位法人证书或民办非企业登记证书或营业执照等相关证照及复印件（加盖公章）至甲方办理变更备案手续",
        material: (q::MATERIAL_CHANGED_LICENCES_WITH_STAMPED_COPIES, "变更后的相关证照及复印件（复印件加盖公章）"),
        advice: "备齐变更后的医疗机构执业许可证、事业单位法人证书（民办非企业登记证书、营业执照）等证照和加盖公章的复印件，到医保经办机构办理变更备案，备案后及时办理协议变更手续。",
        reading: "协议写「持……证照及复印件（加盖公章）」：原件供核验、复印件加盖公章留存（推定）。江苏细则第三十五条未列变更材料，南通机构按本款和经办机构的要求准备⟦X-14、X-19⟧。",
    ),
    rule!(Refusal, Nantong, "nt.a65.reapplication-bar-3-years", "第六十五条", None, "因第六十五条所列行为被解除的{}内不得申请",
        application: NewDesignation,
        quote: "除按相应条款处理外，甲方一律解除其服务协议，且乙方3年内不得申请医保定点",
        asks: [
            q::TERMINATED_FOR_VIOLATION,
            q::TERMINATED_FOR_BREACH,
            q::TERMINATED_UNDER_NT_A65,
            q::TERMINATED_UNDER_NT_A65_ON,
        ],
        check: bar,
        params: [super::periods::REAPPLICATION_BAR],
        advice: "满{}后方可再次申请医保定点；江苏细则第九条的限制同时适用，取其较晚者。",
        reading: "「3年内」自解除生效之日起算（协议未写起算日，推定），满3年之次日起可申请；恰逢届满当日判为需人工复核。这是协议的约定，以实际签订的协议为准；江苏细则第九条（五）（六）另按解除原因限制3年或1年，两者都须满足。",
    ),
];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::{cases, date, run, Case};
    use crate::facts::*;

    const N: Jurisdiction = Jurisdiction::Nantong;

    pub(crate) static CASES: &[Case] = cases! { N;
        "南通协议第十二条第1款：未因违规被调查或暂停处理的，可以申请变更": "nt.a12.p1.no-change-while-investigated", |p| p.application.kind = Some(ApplicationKind::InformationChange) => Pass;
        "南通协议第十二条第1款：因违规被调查、暂停处理期间不得申请变更": "nt.a12.p1.no-change-while-investigated", |p| { p.application.kind = Some(ApplicationKind::InformationChange); p.history.under_violation_investigation = Some(true) } => Fail;
        "南通协议第十二条第1款：未答是否正被调查的需补充信息": "nt.a12.p1.no-change-while-investigated", |p| { p.application.kind = Some(ApplicationKind::InformationChange); p.history.under_violation_investigation = None } => NeedsInformation;
        "南通协议第十二条第1款：已备变更后证照及加盖公章的复印件": "nt.a12.p1.changed-licences", |p| p.application.kind = Some(ApplicationKind::InformationChange) => Pass;
        "南通协议第十二条第1款：缺变更后证照及复印件的须补齐": "nt.a12.p1.changed-licences", |p| { p.application.kind = Some(ApplicationKind::InformationChange); p.materials.changed_licences_with_stamped_copies = Some(false) } => Fail;
        "南通协议第六十五条末款：未因所列行为被解除的可以申请": "nt.a65.reapplication-bar-3-years", |p| p.history.terminated_under_nt_a65 = Some(false) => Pass;
        "南通协议第六十五条末款：2025年6月1日因所列行为被解除，3年内不得申请": "nt.a65.reapplication-bar-3-years", |p| { p.history.terminated_under_nt_a65 = Some(true); p.history.terminated_under_nt_a65_on = Some(date("2025-06-01")) } => Fail;
        "南通协议第六十五条末款：2023年11月22日被解除，自查日期恰满3年之日需复核": "nt.a65.reapplication-bar-3-years", |p| { p.history.terminated_under_nt_a65 = Some(true); p.history.terminated_under_nt_a65_on = Some(date("2023-11-22")) } => NeedsReview;
        "南通协议第六十五条末款：2023年11月21日被解除，已满3年": "nt.a65.reapplication-bar-3-years", |p| { p.history.terminated_under_nt_a65 = Some(true); p.history.terminated_under_nt_a65_on = Some(date("2023-11-21")) } => Pass;
        "南通协议第六十五条末款：被解除但未填日期的需补充信息": "nt.a65.reapplication-bar-3-years", |p| p.history.terminated_under_nt_a65 = Some(true) => NeedsInformation;
        "南通协议第六十五条末款：未因违法违规或严重违约被解除过的，不必再答": "nt.a65.reapplication-bar-3-years", |p| p.history.terminated_under_nt_a65 = None => Pass;
        "南通协议第六十五条末款：曾因严重违约被解除而未答是否属所列行为的需补充信息": "nt.a65.reapplication-bar-3-years", |p| { p.history.terminated_for_breach = Some(true); p.history.terminated_for_breach_on = Some(date("2025-06-01")) } => NeedsInformation;
    };

    #[test]
    fn cases() {
        run(CASES);
    }

    /// A Nantong institution terminated under 第六十五条 for serious breach is
    /// barred 3 years by the agreement though Jiangsu's 第九条（六） says 1.
    #[test]
    fn the_agreement_bars_three_years_where_jiangsu_says_one() {
        let mut p = crate::catalog::testing::baseline(N);
        p.history.terminated_for_breach = Some(true);
        p.history.terminated_for_breach_on = Some(date("2025-06-01"));
        p.history.breach_liability_fulfilled = Some(true);
        p.history.terminated_under_nt_a65 = Some(true);
        p.history.terminated_under_nt_a65_on = Some(date("2025-06-01"));
        let report = crate::engine::check(&p, date("2026-07-01"));
        let outcome = |id: &str| {
            report
                .findings
                .iter()
                .find(|f| f.rule_id == id)
                .map(|f| f.outcome)
        };
        assert_eq!(
            outcome("js.a9.i6.terminated-for-breach-1-year"),
            Some(crate::report::Outcome::Pass)
        );
        assert_eq!(
            outcome("nt.a65.reapplication-bar-3-years"),
            Some(crate::report::Outcome::Fail)
        );
        assert_eq!(report.conclusion.may_apply, crate::report::MayApply::No);
    }
}
