//! Checks shared by the Nantong items, or too long to stand in a rule.

use crate::catalog::audit::{self, Scope};
use crate::catalog::checks;
use crate::catalog::rule::{Ctx, Missing, Verdict};
use crate::facts::compliance::nantong::{self as q, RenewalState};
use crate::facts::compliance::scope as sc;
use crate::facts::compliance::{Decimal, Measure};
use crate::facts::questions as base;
use crate::facts::InstitutionKind;
use crate::report::Outcome;
use std::cmp::Ordering;

pub(super) type Checked = Result<Verdict, Missing>;

/// A part of an item that concerns only the institutions of `scope`; for
/// others it is not applicable (named by `what`).
pub(super) fn within(
    ctx: &Ctx,
    scope: Scope,
    what: &str,
    part: impl FnOnce(&Ctx) -> Checked,
) -> Checked {
    checks::only_if(
        scope.holds(ctx),
        || Verdict::not_applicable(format!("{what}只适用于{}，本机构不属于。", scope.label())),
        || part(ctx),
    )
}

/// The parts of one item together, in three-valued logic ([`checks::all_of`]).
pub(super) fn combine(parts: Vec<Checked>) -> Checked {
    checks::all_of(parts)
}

/// 第十八条第6款: the 15-day readmission rate, presumed (A − B) ÷ C
/// (rules map §11 X-23), against last year's average.
pub(super) fn readmission(ctx: &Ctx) -> Checked {
    let a = ctx.get(&q::ADMISSIONS_WITHIN_15_DAYS);
    let b = ctx.get(&q::READMISSION_PATIENTS);
    let c = ctx.get(&q::ADMISSIONS_TOTAL);
    let last = ctx.get(&q::READMISSION_LAST_YEAR);
    // Counts that cannot be of one population need review, whatever else
    // is unanswered.
    if let (Ok(a), Ok(c)) = (&a, &c) {
        if a > c {
            return Ok(Verdict::review(format!(
                "15天以内二次住院率：15天以内住院总人次（{a}）不应大于住院总人次（{c}），数据不一致，请核对统计口径⟦X-23⟧。"
            )));
        }
    }
    if let (Ok(a), Ok(b)) = (&a, &b) {
        if a < b {
            return Ok(Verdict::review(format!(
                "15天以内二次住院率按推定公式（A－B）÷C 计算：A（{a}）小于 B（{b}），结果为负数。“15天以内”是否也修饰住院总人数和住院总人次，原文不明⟦X-23⟧，三项须取自同一统计人群和期间；请按医保经办机构口径核对或向其确认。"
            )));
        }
    }
    let (a, b, c, last) = (a?, b?, c?, last?);
    if c == 0 {
        return Err(ctx.unusable(
            &q::ADMISSIONS_TOTAL.info,
            "住院总人次（C）为 0，无法计算15天以内二次住院率，请填写统计期间的实际数据。".into(),
        ));
    }
    if matches!(last, Measure::Ratio { denominator, .. } if denominator.is_zero()) {
        return Err(ctx.unusable(
            &q::READMISSION_LAST_YEAR.info,
            "上年平均水平的分母为 0，无法比较，请填写上年的实际比率。".into(),
        ));
    }
    let formula = format!("（{a} － {b}）÷ {c}");
    if a < b {
        return Ok(Verdict::review(format!(
            "15天以内二次住院率按推定公式（A－B）÷C 计算：{formula} 为负数。“15天以内”是否也修饰住院总人数和住院总人次，原文不明⟦X-23⟧，三项须取自同一统计人群和期间；请按医保经办机构口径核对或向其确认。"
        )));
    }
    if a > c || b > c {
        return Ok(Verdict::review(format!(
            "15天以内二次住院率：15天以内住院总人次（{a}）和住院总人数（{b}）都不应大于住院总人次（{c}），数据不一致，请核对统计口径⟦X-23⟧。"
        )));
    }
    let rate = Measure::Ratio {
        numerator: Decimal::whole(u64::from(a - b)),
        denominator: Decimal::whole(u64::from(c)),
    };
    let order = match last {
        Measure::Percent(p) => rate.compare_percent(p),
        Measure::Ratio {
            numerator,
            denominator,
        } => Some(
            (u128::from(a - b) * u128::from(denominator.units()))
                .cmp(&(u128::from(numerator.units()) * u128::from(c))),
        ),
    };
    let Some(order) = order else {
        return Err(ctx.unusable(
            &q::ADMISSIONS_TOTAL.info,
            "无法计算15天以内二次住院率。".into(),
        ));
    };
    let last_text = match last {
        Measure::Percent(p) => format!("{}%", p.text()),
        Measure::Ratio { .. } => last.arithmetic(),
    };
    let how = match order {
        Ordering::Less => "低于",
        Ordering::Equal => "等于",
        Ordering::Greater => "高于",
    };
    let kept = order != Ordering::Greater;
    let detail = format!(
        "15天以内二次住院率（推定公式（A－B）÷C）⟦X-23⟧：{formula} = {}；上年平均水平 {last_text}；{how}上年平均水平，要求不超过：{}。",
        rate.percent_text().unwrap_or_default(),
        if kept { "符合" } else { "不符合" }
    );
    Ok(if kept {
        Verdict::pass(detail)
    } else {
        Verdict::fail(detail)
    })
}

/// A video item (第五十九条) failed by a 社区卫生服务中心: 第五十九条's
/// heading names the centres, 第七十五条第6款 does not (rules map §11
/// X-20(b)), so the failure needs review rather than standing as a breach.
pub(super) fn video(ctx: &Ctx, checked: Checked) -> Checked {
    let verdict = checked?;
    if verdict.outcome != Outcome::Fail {
        return Ok(verdict);
    }
    Ok(match ctx.get(&base::INSTITUTION_KIND) {
        Ok(InstitutionKind::CommunityHealthCentre) => Verdict {
            failing: verdict.failing.clone(),
            ..Verdict::review(format!(
                "{}本机构为社区卫生服务中心：第五十九条标题列入社区卫生服务中心，第七十五条第6款的视频管理适用对象未列，是否适用及违约责任请向医保经办机构确认⟦X-20⟧。",
                verdict.detail
            ))
        },
        _ => verdict,
    })
}

/// 第六条（一）: the leading group, and for 100 beds and more a first-level office.
pub(super) fn leading_group(ctx: &Ctx) -> Checked {
    let group = audit::kept(ctx, &q::LEADING_GROUP);
    let beds = ctx.get(&base::BEDS);
    let office = checks::only_if(
        beds.map(|beds| beds >= 100),
        || {
            Verdict::not_applicable(format!(
                "床位 {} 张，不足100张，医疗保险办公室不须为一级科室。",
                beds.unwrap_or(0)
            ))
        },
        || {
            audit::kept(ctx, &q::OFFICE_FIRST_LEVEL).map(|mut v| {
                if let Ok(beds) = beds {
                    v.detail = format!("床位 {beds} 张（100张以上，含本数）：{}", v.detail);
                }
                v
            })
        },
    );
    combine(vec![group, office])
}

/// 第六条（二）: 门诊医疗机构, read as institutions without inpatient service.
pub(super) fn outpatient_principal(ctx: &Ctx) -> Checked {
    if ctx.get(&sc::INPATIENT_SERVICE)? {
        return Ok(Verdict::not_applicable(
            "本项适用于门诊医疗机构；本机构有住院服务，适用第六条（一）。",
        ));
    }
    audit::kept(ctx, &base::PRINCIPAL_IN_CHARGE_OF_INSURANCE)
}

/// 第三十一条第2款: the monthly report of 社区卫生服务站、门诊部、诊所.
pub(super) fn inventory_report(ctx: &Ctx) -> Checked {
    let kind = ctx.get(&base::INSTITUTION_KIND);
    checks::only_if(
        kind.map(|kind| {
            matches!(
                kind,
                InstitutionKind::CommunityHealthStation
                    | InstitutionKind::OutpatientDepartment
                    | InstitutionKind::Clinic
            )
        }),
        || Verdict::not_applicable("每月报送药品购销存只适用于社区卫生服务站、门诊部、诊所。"),
        || audit::kept(ctx, &q::INVENTORY_REPORT),
    )
}

/// 第三十七条第1款: the ceiling for institutions outside the price reform.
pub(super) fn service_price_ceiling(ctx: &Ctx) -> Checked {
    // 「未实施医药价格改革和未按照通价费〔2018〕198号调整医疗服务价格的」:
    // either answer "是" puts the institution outside (three-valued).
    let reform = ctx.get(&sc::PRICE_REFORM);
    let adjusted = ctx.get(&sc::PRICES_ADJUSTED_198);
    let concerned = match (reform, adjusted) {
        (Ok(true), _) | (_, Ok(true)) => Ok(false),
        (Ok(false), Ok(false)) => Ok(true),
        (Err(missing), _) | (_, Err(missing)) => Err(missing),
    };
    checks::only_if(
        concerned,
        || {
            Verdict::not_applicable(
                "政府指导价上限只适用于未实施医药价格改革、也未按通价费〔2018〕198号调整医疗服务价格的机构；本机构按价格改革或该文件的规定收费。",
            )
        },
        || audit::kept(ctx, &q::SERVICE_PRICE_CEILING),
    )
}

/// 第七十二条第1款2: closing ends the agreement, unless it is a special
/// case reported and verified. Not a breach: for review, never a failure.
pub(super) fn closure(ctx: &Ctx) -> Checked {
    if !ctx.get(&q::CLOSED)? {
        return Ok(Verdict::not_applicable(
            "自查期间未停业或歇业，本项不适用。",
        ));
    }
    Ok(if ctx.get(&q::CLOSURE_VERIFIED)? {
        Verdict::pass("停业或歇业属特殊情况，已报备并经医保经办机构核实：协议不因此终止。")
    } else {
        Verdict::review("停业或歇业，且不属已报备、经医保经办机构核实的特殊情况：本协议终止（第七十二条第1款2）。这不是违约，不判为不符合；请向医保经办机构确认协议状态，恢复营业后能否医保结算以其答复为准。")
    })
}

/// 第七十二条第1款4 and 第七十八条: an agreement not renewed for a reason
/// on the institution's side ends; one not renewed for the agency's reason
/// goes on until a new one is signed.
pub(super) fn renewal(ctx: &Ctx) -> Checked {
    Ok(match ctx.get(&q::RENEWAL)? {
        RenewalState::NotExpired => Verdict::not_applicable("协议尚未期满，本项不适用。"),
        RenewalState::Renewed => Verdict::pass("协议期满后已续签新协议。"),
        RenewalState::AgencyCause => Verdict::pass(
            "协议期满后因医保经办机构原因尚未签订新协议：按第七十八条，签订新协议前原协议继续生效⟦X-52⟧。",
        ),
        RenewalState::OwnCause => Verdict::review(
            "协议期满，非医保经办机构原因未续签：本协议终止（第七十二条第1款4）。这不是违约，不判为不符合；原协议终止后不能再据以结算，继续定点须与医保经办机构协商续签或重新申请⟦X-52⟧。",
        ),
    })
}

/// 第四十二条第2款: 「连续二个月以上」 (two included) over the volume target.
pub(super) fn months_over_target(ctx: &Ctx) -> Checked {
    let months = ctx.get(&q::MONTHS_OVER_TARGET)?;
    let detail = format!(
        "{}：{months} 个月；“连续二个月以上”（含二个月）的，医保经办机构可采取预警、约谈、暂缓支付、暂停医保服务等措施。",
        q::MONTHS_OVER_TARGET.info.label
    );
    Ok(if months >= 2 {
        Verdict::fail(detail)
    } else {
        Verdict::pass(detail)
    })
}
