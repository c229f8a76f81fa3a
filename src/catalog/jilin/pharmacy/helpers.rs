//! Checks of the retail-pharmacy rules too long to stand in a rule, and the
//! labour-contract arithmetic the compliance items share.

use super::*;
use crate::catalog::checks;
use crate::catalog::rule::{Ctx, Missing, Verdict};
use crate::dates::{chinese_date, Span};
use crate::facts::questions::{self as q, Question};
use crate::facts::{ChangeKind, Choice};
use crate::report::{DateKind, KeyDate, Outcome};
use chrono::{Datelike, NaiveDate};

/// The changes 第三十七条（二） lists for a designated pharmacy.
pub(super) const ITEM_2_CHANGES: [ChangeKind; 5] = [
    ChangeKind::Name,
    ChangeKind::LegalRepresentative,
    ChangeKind::RegisteredAddress,
    ChangeKind::PracticeScope,
    ChangeKind::BusinessMode,
];

/// Major changes the first paragraph of 第三十七条 lists but （二） does not;
/// their materials follow （二）, with review (rules map §11 X-14b).
pub(super) const GENERAL_ONLY_CHANGES: [ChangeKind; 3] = [
    ChangeKind::Scale,
    ChangeKind::Nature,
    ChangeKind::GradeCategory,
];

/// Whether a contract end date stands for an open-ended contract (the
/// questionnaire asks for 9999-12-31).
pub(super) fn open_ended(end: NaiveDate) -> bool {
    end.year() == 9999 && end.month() == 12 && end.day() == 31
}

pub(super) fn end_text(end: NaiveDate) -> String {
    if open_ended(end) {
        "无固定期限".to_string()
    } else {
        chinese_date(end)
    }
}

/// One labour contract judged under 「签订1年以上劳动合同且在合同期内」
/// (also by the self-audit, `compliance/`).
#[derive(Clone)]
pub(in crate::catalog::jilin) struct Contract {
    pub(in crate::catalog::jilin) outcome: Outcome,
    pub(in crate::catalog::jilin) detail: String,
    /// The end date, unless the contract is open-ended.
    pub(in crate::catalog::jilin) ends: Option<NaiveDate>,
    pub(in crate::catalog::jilin) who: String,
}

/// 第十九条（二）（三）「签订1年以上劳动合同且在合同期内」: a term of at
/// least `span` (one year), and the as-of date within the contract (rules
/// map §11 X-31).
pub(in crate::catalog::jilin) fn contract(
    ctx: &Ctx,
    who: &str,
    start: &'static Question<NaiveDate>,
    end: &'static Question<NaiveDate>,
    span: Span,
) -> Result<Contract, Missing> {
    let length = span.chinese();
    let start = ctx.get(start);
    let end = ctx.get(end);
    // Three-valued: a contract that has ended, or not begun, by the as-of
    // date is not in its term, whatever the other date.
    let known_outside = match (start, end) {
        (Err(_), Ok(end)) if ctx.as_of > end && !open_ended(end) => Some(format!(
            "{who}劳动合同已于{}终止，自查日期{}不在合同期内",
            chinese_date(end),
            chinese_date(ctx.as_of)
        )),
        (Ok(start), Err(_)) if ctx.as_of < start => Some(format!(
            "{who}劳动合同自{}起，自查日期{}尚未开始，不在合同期内",
            chinese_date(start),
            chinese_date(ctx.as_of)
        )),
        _ => None,
    };
    if let Some(detail) = known_outside {
        return Ok(Contract {
            outcome: Outcome::Fail,
            detail,
            ends: end.ok().filter(|e| !open_ended(*e)),
            who: who.to_string(),
        });
    }
    let (start, end) = (start?, end?);
    let term = format!("{who}劳动合同{}至{}", chinese_date(start), end_text(end));
    let judged = |outcome: Outcome, detail: String| Contract {
        outcome,
        detail,
        ends: (!open_ended(end)).then_some(end),
        who: who.to_string(),
    };
    if end < start {
        return Ok(judged(
            Outcome::NeedsReview,
            format!("{term}：终止日期早于起始日期，请核对所填日期"),
        ));
    }
    // A contract that gives both dates states its own term, both days
    // included (「2026年3月1日至2027年2月28日」 is one year): it is at least a
    // year when it runs to the day before the start's anniversary or later.
    // Only a bare start date would need the Civil Code's count.
    let Some(year_end) = span.after(start) else {
        return Ok(judged(
            Outcome::NeedsReview,
            format!("{term}：起始日期加{length}超出可计算的日历范围，请核对所填日期"),
        ));
    };
    let last_day_of_a_year = year_end.pred_opt().unwrap_or(year_end);
    let mut problems = Vec::new();
    if end < last_day_of_a_year {
        problems.push(format!(
            "合同期限不足{length}（起止日均计入，须至少到{}）",
            chinese_date(last_day_of_a_year)
        ));
    }
    if ctx.as_of < start {
        problems.push(format!(
            "合同自{}起，自查日期{}尚未开始，不在合同期内",
            chinese_date(start),
            chinese_date(ctx.as_of)
        ));
    } else if ctx.as_of > end {
        problems.push(format!(
            "合同已于{}终止，自查日期{}不在合同期内",
            chinese_date(end),
            chinese_date(ctx.as_of)
        ));
    }
    Ok(if !problems.is_empty() {
        judged(Outcome::Fail, format!("{term}：{}", problems.join("；")))
    } else {
        judged(
            Outcome::Pass,
            format!(
                "{term}：期限满{length}，自查日期{}在合同期内",
                chinese_date(ctx.as_of)
            ),
        )
    })
}

/// The verdict on one or more contracts: a failure if any fails, review if
/// any turns on a reading; the end dates as milestones.
pub(super) fn contracts_verdict(lead: &str, contracts: Vec<Contract>) -> Verdict {
    let outcome = if contracts.iter().any(|c| c.outcome == Outcome::Fail) {
        Outcome::Fail
    } else if contracts.iter().any(|c| c.outcome == Outcome::NeedsReview) {
        Outcome::NeedsReview
    } else {
        Outcome::Pass
    };
    let details: Vec<&str> = contracts.iter().map(|c| c.detail.as_str()).collect();
    let mut detail = format!("{lead}{}。", details.join("；"));
    if outcome != Outcome::Fail {
        detail.push_str(
            "本工具按自查日期判断「在合同期内」；评估时仍须在合同期内，请按预计评估日期复核。",
        );
    }
    let mut verdict = Verdict {
        outcome,
        detail,
        cites: None,
        dates: Vec::new(),
        failing: Vec::new(),
    };
    for c in &contracts {
        if let Some(end) = c.ends {
            verdict = verdict.with_key_date(KeyDate::new(
                DateKind::Milestone,
                format!("{}劳动合同终止日（评估时须仍在合同期内）", c.who),
                end,
            ));
        }
    }
    verdict
}

pub(super) fn pharmacist(ctx: &Ctx) -> Checked {
    let qualified = ctx.get(&q::PHARMACIST_QUALIFIED);
    if qualified == Ok(false) {
        return Ok(Verdict::fail(
            "没有取得执业药师资格证书或具有药学、临床药学、中药学专业技术资格证书、且注册机构在本店的药师。",
        ));
    }
    let term = contract(
        ctx,
        "药师",
        &q::PHARMACIST_CONTRACT_START,
        &q::PHARMACIST_CONTRACT_END,
        ctx.span(&periods::PHARMACIST_CONTRACT),
    );
    if matches!(&term, Ok(c) if c.outcome == Outcome::Fail) {
        return contracts_or_missing("", vec![term]);
    }
    qualified?;
    contracts_or_missing("有1名符合资格、注册机构在本店的药师；", vec![term])
}

pub(super) fn administrator_contracts(ctx: &Ctx) -> Checked {
    let first = contract(
        ctx,
        "第1名医保管理人员",
        &q::ADMINISTRATOR_1_CONTRACT_START,
        &q::ADMINISTRATOR_1_CONTRACT_END,
        ctx.span(&periods::ADMINISTRATOR_CONTRACT),
    );
    let second = contract(
        ctx,
        "第2名医保管理人员",
        &q::ADMINISTRATOR_2_CONTRACT_START,
        &q::ADMINISTRATOR_2_CONTRACT_END,
        ctx.span(&periods::ADMINISTRATOR_CONTRACT),
    );
    contracts_or_missing("", vec![first, second])
}

/// [`contracts_verdict`] in three-valued logic: a contract known to fail
/// decides, whatever the others; otherwise every contract is needed.
pub(super) fn contracts_or_missing(
    lead: &str,
    contracts: Vec<Result<Contract, Missing>>,
) -> Checked {
    let failing: Vec<Contract> = contracts
        .iter()
        .filter_map(|c| c.as_ref().ok())
        .filter(|c| c.outcome == Outcome::Fail)
        .cloned()
        .collect();
    if !failing.is_empty() {
        return Ok(contracts_verdict(lead, failing));
    }
    let known: Result<Vec<Contract>, Missing> = contracts.into_iter().collect();
    Ok(contracts_verdict(lead, known?))
}

/// 第十九条（二）（三） do not say whether the pharmacist may be one of the
/// two administrators (rules map §11 X-31): by default they are different people.
pub(super) fn pharmacist_not_administrator(ctx: &Ctx) -> Checked {
    let counted = ctx.get(&q::PHARMACIST_IS_ADMINISTRATOR);
    let n = ctx.get(&q::PHARMACY_INSURANCE_ADMINISTRATORS);
    let others = n.map(|n| n.saturating_sub(1));
    // Two others besides the pharmacist meet the item whether or not the
    // pharmacist is counted among them.
    if let (Ok(n), Ok(others @ 2..)) = (n, others) {
        if counted != Ok(false) {
            return Ok(Verdict::pass(format!(
                "除药师外仍有{others}名医保管理人员（共{n}名），不论药师能否兼任均满足2名；请以药师以外的2名人员填报医保管理人员的劳动合同。"
            )));
        }
    }
    if !counted? {
        return Ok(Verdict::pass(
            "药师不计入医保管理人员：医保管理人员为药师以外的人员。",
        ));
    }
    let (n, others) = (n?, others?);
    Ok(Verdict::review(format!(
        "药师同时计为{n}名医保管理人员之一：原文未规定药师能否兼任；按默认读法（须为不同人员），除药师外只有{others}名医保管理人员，不足2名。须向经办机构确认。"
    )))
}

/// A material of 第三十七条（二）: required when the changes include one
/// that （二） lists (or, with review, one of the first paragraph only).
pub(super) fn change_material(ctx: &Ctx, in_hand: &'static Question<bool>, name: &str) -> Checked {
    let changes = ctx.get(&q::APPLICATION_CHANGES)?;
    let concerned = changes
        .iter()
        .any(|k| ITEM_2_CHANGES.contains(k) || GENERAL_ONLY_CHANGES.contains(k));
    if !concerned {
        return Ok(Verdict::not_applicable(
            "变更事项不含第三十七条（二）所列事项（名称、法定代表人、主要负责人或实际控制人、注册地址、经营范围、经营方式），本项不适用。",
        ));
    }
    checks::material(ctx, in_hand, name)
}

/// 第三十七条（二）6.: only when the registered address changes.
pub(super) fn premises_proof(ctx: &Ctx) -> Checked {
    let changes = ctx.get(&q::APPLICATION_CHANGES)?;
    if !changes.contains(&ChangeKind::RegisteredAddress) {
        return Ok(Verdict::not_applicable(
            "未变更注册地址（经营场所），本项不适用。",
        ));
    }
    checks::material(
        ctx,
        &q::MATERIAL_PREMISES_PROOF,
        "变更后经营场所房屋产权证明或租赁合同",
    )
}

/// 第三十七条（三）: a change of bank account needs the form only.
pub(super) fn bank_account_form(ctx: &Ctx) -> Checked {
    let changes = ctx.get(&q::APPLICATION_CHANGES)?;
    if !changes.contains(&ChangeKind::BankAccount) {
        return Ok(Verdict::not_applicable("未变更银行账户，本项不适用。"));
    }
    checks::material(
        ctx,
        &q::MATERIAL_APPLICATION_FORM,
        "定点医药机构信息变更申请表",
    )
}

/// 第三十七条 first paragraph: whether every change is one （二） or （三) lists.
pub(super) fn change_kinds(ctx: &Ctx) -> Checked {
    let changes = ctx.get(&q::APPLICATION_CHANGES)?;
    if changes.is_empty() {
        return Ok(Verdict::review(
            "未选择变更事项：请按有关部门批准的变更事项选择，才能确定须提交的材料。",
        ));
    }
    let general_only: Vec<&str> = changes
        .iter()
        .filter(|k| GENERAL_ONLY_CHANGES.contains(k))
        .map(|k| k.label())
        .collect();
    let reissued = changes.contains(&ChangeKind::LicenceReissued);
    let mut notes = Vec::new();
    if !general_only.is_empty() {
        notes.push(format!(
            "「{}」列在本条第1款的重大信息中，但（二）零售药店一项未列：材料按（二）准备（工具按（二）检查），是否还需其他材料须向经办机构确认",
            general_only.join("、")
        ));
    }
    if reissued {
        notes.push(
            "证照重新核发：第三十八条规定证照注销后重新申请的，医保协议终止，须重新申请定点；因政策变动的经相关部门出具佐证材料后可办理信息变更。须向经办机构确认按哪种办理"
                .to_string(),
        );
    }
    Ok(if notes.is_empty() {
        let labels: Vec<&str> = changes.iter().map(|k| k.label()).collect();
        Verdict::pass(format!(
            "变更事项（{}）均属第三十七条（二）（三）所列，材料见各项。",
            labels.join("、")
        ))
    } else {
        Verdict::review(format!("{}。", notes.join("；")))
    })
}
