//! Checks of the Jilin items too long to stand in a rule.

use super::super::periods;
use super::super::pharmacy::{contract, Contract};
use super::*;
use crate::catalog::audit;
use crate::catalog::checks;
use crate::catalog::rule::{Ctx, Missing, Verdict};
use crate::facts::compliance::jilin as q;
use crate::facts::questions::{self as base, Question};
use crate::report::Outcome;
use crate::report::{DateKind, KeyDate};

/// Why an application condition no longer met is for review.
pub(super) const CARRIED_OVER: &str = "本项是申请定点的条件，规程未明文规定为定点后的持续义务，故判为需人工复核而非不符合；以医保协议约定为准，建议尽快恢复。";

/// An application condition checked again once designated: every item
/// read first; any no longer met is for review (see [`CARRIED_OVER`]).
pub(super) fn still_met(
    ctx: &Ctx,
    items: &[(&'static Question<bool>, &str)],
    note: &str,
) -> Checked {
    let answers: Vec<Result<bool, Missing>> = items.iter().map(|(q, _)| ctx.get(q)).collect();
    let lacking: Vec<&(&'static Question<bool>, &str)> = answers
        .iter()
        .zip(items)
        .filter(|(answer, _)| matches!(answer, Ok(false)))
        .map(|(_, item)| item)
        .collect();
    // Three-valued: one no longer met decides, whatever the others.
    if lacking.is_empty() && answers.iter().any(Result::is_err) {
        return Err(Missing);
    }
    Ok(if lacking.is_empty() {
        let names: Vec<&str> = items.iter().map(|(_, n)| *n).collect();
        Verdict::pass(format!("{}均仍具备。", names.join("、")))
    } else {
        let names: Vec<&str> = lacking.iter().map(|(_, n)| *n).collect();
        let mut verdict = Verdict::review(format!(
            "已不具备：{}。{note}{CARRIED_OVER}",
            names.join("、")
        ));
        verdict.failing = lacking.iter().map(|(q, _)| q.info.id).collect();
        verdict
    })
}

pub(super) fn hospital_uploads(ctx: &Ctx) -> Checked {
    still_met(
        ctx,
        &[
            (&base::IT_UPLOADS_SETTLEMENT_INFORMATION, "上传全量就诊人员结算信息"),
            (&base::IT_UPLOADS_SETTLEMENT_LISTS, "上传医保结算清单"),
            (&base::IT_UPLOADS_TRACEABILITY_CODES, "上传药品耗材追溯码"),
            (&base::IT_UPLOADS_INVENTORY, "上传进销存信息"),
            (
                &base::IT_INSURANCE_CODE_FULL_PROCESS,
                "推动医保码在就医服务全流程使用（「按要求推动」，以当地要求为准）",
            ),
        ],
        "未按规定向医保经办机构提供有关数据的，属第四十六条（二）应当中止的情形；上传范围按当地规定确认。",
    )
}

pub(super) fn pharmacy_uploads(ctx: &Ctx) -> Checked {
    still_met(
        ctx,
        &[
            (&base::IT_UPLOADS_TRACEABILITY_CODES, "上传药品耗材追溯码"),
            (&base::IT_UPLOADS_INVENTORY, "上传进销存信息"),
        ],
        "未按规定向医保经办机构提供有关数据的，属第四十六条（二）应当中止的情形；上传范围按当地规定确认。",
    )
}

/// The verdict on contracts (and other shortfalls): review if any is not
/// met, else a pass; each end date as a milestone to renew before.
pub(super) fn contracts_verdict(contracts: Vec<Contract>, mut shortfalls: Vec<String>) -> Verdict {
    // Judged as at the application (`pharmacy::contract`); whatever is not
    // met is carried over as review here.
    let mut parts = Vec::new();
    for c in &contracts {
        parts.push(c.detail.clone());
        if c.outcome != Outcome::Pass {
            shortfalls.push(c.detail.clone());
        }
    }
    let detail = parts.join("；");
    let mut verdict = if shortfalls.is_empty() {
        Verdict::pass(format!("{detail}。"))
    } else {
        Verdict::review(format!("{detail}。{CARRIED_OVER}"))
    };
    for c in &contracts {
        if let Some(end) = c.ends {
            verdict = verdict.with_key_date(KeyDate::new(
                DateKind::Milestone,
                format!("{}劳动合同终止日（到期前续签）", c.who),
                end,
            ));
        }
    }
    verdict
}

/// 第十九条（二）: the pharmacist still qualified, registered here and
/// within a contract of a year or more.
pub(super) fn pharmacist(ctx: &Ctx) -> Checked {
    let qualified = ctx.get(&base::PHARMACIST_QUALIFIED);
    let term = contract(
        ctx,
        "药师",
        &base::PHARMACIST_CONTRACT_START,
        &base::PHARMACIST_CONTRACT_END,
        ctx.span(&periods::PHARMACIST_CONTRACT),
    );
    // Three-valued: one shortfall known makes it a review whatever is
    // unanswered (nothing here can make it worse).
    let term_short = matches!(&term, Ok(c) if c.outcome != Outcome::Pass);
    if qualified == Ok(false) || term_short {
        let mut detail = String::new();
        if qualified == Ok(false) {
            detail.push_str(
                "已没有取得执业药师资格证书或药学专业技术资格证书、注册机构在本店的药师。",
            );
        }
        if let Ok(c) = &term {
            let v = contracts_verdict(vec![c.clone()], Vec::new());
            detail.push_str(&v.detail);
        }
        let mut verdict = Verdict::review(format!("{detail}{CARRIED_OVER}"));
        if let Ok(c) = term {
            verdict.dates = contracts_verdict(vec![c], Vec::new()).dates;
        }
        return Ok(verdict);
    }
    let (qualified, term) = (qualified?, term?);
    let mut shortfalls = Vec::new();
    let mut verdict_lead = String::new();
    if !qualified {
        shortfalls.push("没有符合资格、注册在本店的药师".to_string());
        verdict_lead
            .push_str("已没有取得执业药师资格证书或药学专业技术资格证书、注册机构在本店的药师。");
    }
    let mut verdict = contracts_verdict(vec![term], shortfalls);
    verdict.detail = format!("{verdict_lead}{}", verdict.detail);
    Ok(verdict)
}

/// 第十九条（三）: at least two administrators, each within a contract of a
/// year or more.
pub(super) fn administrators(ctx: &Ctx) -> Checked {
    let n = ctx.get(&base::PHARMACY_INSURANCE_ADMINISTRATORS);
    let first = contract(
        ctx,
        "第1名医保管理人员",
        &base::ADMINISTRATOR_1_CONTRACT_START,
        &base::ADMINISTRATOR_1_CONTRACT_END,
        ctx.span(&periods::ADMINISTRATOR_CONTRACT),
    );
    let second = contract(
        ctx,
        "第2名医保管理人员",
        &base::ADMINISTRATOR_2_CONTRACT_START,
        &base::ADMINISTRATOR_2_CONTRACT_END,
        ctx.span(&periods::ADMINISTRATOR_CONTRACT),
    );
    // Three-valued: one shortfall known makes it a review whatever is
    // unanswered.
    let short = |c: &Result<Contract, Missing>| matches!(c, Ok(c) if c.outcome != Outcome::Pass);
    if matches!(n, Ok(n) if n < 2) || short(&first) || short(&second) {
        let mut parts = Vec::new();
        if let Ok(n) = n {
            parts.push(if n < 2 {
                format!("医保管理人员{n}名，少于2名")
            } else {
                format!("医保管理人员{n}名")
            });
        }
        let known: Vec<Contract> = [first, second].into_iter().filter_map(Result::ok).collect();
        let contracts = contracts_verdict(known, vec![String::new()]);
        parts.push(contracts.detail.trim_end_matches(CARRIED_OVER).to_string());
        let mut verdict = Verdict::review(format!("{}{CARRIED_OVER}", parts.join("；")));
        verdict.dates = contracts.dates;
        return Ok(verdict);
    }
    let (n, first, second) = (n?, first?, second?);
    let mut shortfalls = Vec::new();
    let mut lead = format!("医保管理人员{n}名");
    if n < 2 {
        shortfalls.push(format!("医保管理人员{n}名，少于2名"));
        lead.push_str("，少于2名");
    }
    let mut verdict = contracts_verdict(vec![first, second], shortfalls);
    verdict.detail = format!("{lead}；{}", verdict.detail);
    Ok(verdict)
}

/// 第四十二条: materials kept and provided, and no refusal of the reviews
/// (the act 第四十七条（五）/（八） lists, asked once).
pub(super) fn cooperation(ctx: &Ctx) -> Checked {
    checks::all_of(vec![
        audit::kept(ctx, &q::JL_MATERIALS_KEPT),
        audit::absent(ctx, &q::JL_OBSTRUCTED),
    ])
}

/// 第三十八条第1款: only after a change of ownership, representative or name
/// with the licences kept.
pub(super) fn pre_change_data(ctx: &Ctx) -> Checked {
    if !ctx.get(&q::JL_OWNERSHIP_CHANGED)? {
        return Ok(Verdict::not_applicable(
            "自查期间未发生证照未重新申请的股权变动、法定代表人或名称变更，本项不适用。",
        ));
    }
    audit::kept(ctx, &q::JL_PRE_CHANGE_DATA)
}

/// 第三十八条第2款: licences cancelled and applied for anew end the
/// agreement, unless a policy change caused it and is evidenced. Not a
/// breach: for review (the agreement has ended), never a failure.
pub(super) fn licences_reapplied(ctx: &Ctx) -> Checked {
    if !ctx.get(&q::JL_LICENCES_REAPPLIED)? {
        return Ok(Verdict::not_applicable(
            "自查期间未因股权变动、法定代表人变更等注销证照后重新申请，本项不适用。",
        ));
    }
    Ok(if ctx.get(&q::JL_POLICY_CHANGE_EVIDENCED)? {
        Verdict::pass("证照注销后重新申请系因政策变动原因所致，已由相关部门出具佐证材料：可办理信息变更业务，医保协议继续有效。")
    } else {
        Verdict::review("因股权变动、法定代表人变更等注销证照后重新申请，且不属有佐证材料的政策变动：与医保经办机构签订的医保协议终止，经营主体须重新申请医保定点。这不是违约，不判为不符合；请确认协议状态，在重新定点前不以原协议结算。")
            .failing_on(q::JL_POLICY_CHANGE_EVIDENCED.info.id)
    })
}

/// 第五十条: only while the agreement is suspended, or once it has ended.
pub(super) fn when_suspended_or_ended(ctx: &Ctx, question: &'static Question<bool>) -> Checked {
    if !ctx.get(&q::JL_SUSPENDED_OR_ENDED)? {
        return Ok(Verdict::not_applicable(
            "自查期间医保协议未中止，也未终止、解除，本项不适用。",
        ));
    }
    audit::kept(ctx, question)
}
