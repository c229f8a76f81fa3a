//! The Nantong agreement's obligations and thresholds (rules map §9.4,
//! rows NT-00a … NT-68): what a designated Nantong institution keeps under
//! the template agreement, each item naming what failing it risks
//! (`risks.rs`, and the consequences below that only one article carries).
//! The violation lists of 第六十二条、第六十五条 are in `violations.rs`.
//!
//! One rule per row of the map, split where a row holds a threshold (each
//! threshold is its own rule, so that its boundary is tested) or concerns
//! different institutions with different consequences. Where a row's parts
//! concern different institutions (e.g. 第十六条第1款: 住院病历 only with
//! inpatient service) the part outside the institution's scope is not
//! applicable and the rest is judged.
//!
//! A fact is asked once: where an item asks what a Jiangsu question or a
//! question of the violation lists (第六十二、六十五条, `nantong_violations`)
//! already asks, the rule reads that question (e.g. 第十一条 reads
//! 「拒绝、阻挠或不配合……监督检查」, 第十五条第3款 the 代配药登记 violation).
//!
//! Where the map and the seed differ, the seed is followed:
//! - NT-17 (第十六条第4款) lists 生育登记资料 「保存10年」: read as at least
//!   10 years (the seed fixes the period; keeping longer is not a breach).
//! - NT-22 (第十八条第1款) is written for 「乙方（定点医院、社区卫生服务中心）」;
//!   the map tags it 「定点医院、社区卫生服务中心」 without inpatient service.
//!   The duties (出入院、收治标准、加床率、不在床率) concern inpatients, so
//!   the items are scoped to institutions with inpatient service.
//! - NT-49: 第四十二条 is in T64a whole; its 第5款 also in T64b — both named.

use crate::catalog::builder::item;
use std::cmp::Ordering;

use super::risks;
use crate::catalog::audit::{self, occasion, Scope};
use crate::catalog::checks;
use crate::catalog::params::{Bound, Param, Row, Unit};
use crate::catalog::risk::{Consequence, Damages, Qualifier, Severity, Step};
use crate::catalog::rule::{Ctx, Missing, Rule, Verdict};
use crate::facts::compliance::nantong::{self as q, RenewalState};
use crate::facts::compliance::nantong_violations as v;
use crate::facts::compliance::scope::{self as sc, Service};
use crate::facts::compliance::{jiangsu as js, Decimal, Measure};
use crate::facts::questions as base;
use crate::facts::InstitutionKind;
use crate::report::Outcome;
use crate::sources::DocumentId;

type Checked = Result<Verdict, Missing>;

const NT: DocumentId = DocumentId::Nantong;

// ---------------------------------------------------------------------------
// Consequences that only one article of the agreement carries.

/// 第二十五条第1款: prices above the standard are not paid.
pub static A25_NOT_PAID: Consequence = Consequence {
    id: "nt.a25.not-paid",
    document: NT,
    article: "第二十五条",
    item: Some("第1款"),
    label: "超过价格标准的费用不予支付",
    quote: "超过价格标准的费用，甲方不予支付",
    steps: &[Step {
        measure: "超过价格标准的费用，甲方不予支付",
        when: &[],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: None,
};

/// 第三十六条: drugs not sold at cost are refunded to the fund.
pub static A36_REFUND: Consequence = Consequence {
    id: "nt.a36.refund",
    document: NT,
    article: "第三十六条",
    item: None,
    label: "未按零差率销售的，退回医保基金",
    quote: "未按规定销售的，应退回医保基金",
    steps: &[Step {
        measure: "应退回医保基金",
        when: &[],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: None,
};

/// 第三十七条第2款: drugs bought off the platform by a public institution.
pub static A37_BUDGET: Consequence = Consequence {
    id: "nt.a37.budget-deduction",
    document: NT,
    article: "第三十七条",
    item: Some("第2款"),
    label: "网下采购药品的基金支付部分从年度医保预算中扣除",
    quote: "公立医疗机构网下采购药品需医保基金支付部分，经核定视情况从年度医保预算总额中扣除，疫情防控、急抢救等紧急情况除外",
    steps: &[Step {
        measure: "经核定视情况从年度医保预算总额中扣除",
        when: &[Qualifier::discretion("视情况")],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: Some("只适用于公立医疗机构。"),
};

/// 第三十八条: consumables outside the provincial catalogue.
pub static A38_NOT_PAID: Consequence = Consequence {
    id: "nt.a38.not-paid",
    document: NT,
    article: "第三十八条",
    item: None,
    label: "目录外耗材不予支付，网下采购的从预算中扣除",
    quote: "公立医疗机采购不在省阳光采购目录范围内的医用耗材，医保基金不予支付，网下采购医用耗材需医保基金支付部分，经核定视情从年度医保预算总额中扣除",
    steps: &[
        Step {
            measure: "医保基金不予支付",
            when: &[],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
        Step {
            measure: "经核定视情从年度医保预算总额中扣除",
            when: &[Qualifier::discretion("视情")],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
    ],
    note: Some("只适用于公立医疗机构（原文「公立医疗机采购」）。"),
};

/// 第四十二条第2款: the agency's measures on abnormal cost growth.
pub static A42_MEASURES: Consequence = Consequence {
    id: "nt.a42.cost-anomaly-measures",
    document: NT,
    article: "第四十二条",
    item: Some("第2款"),
    label: "书面预警、约谈、暂缓支付结算款或暂停医保服务",
    quote: "可采取书面预警提示、约谈相关单位负责人、暂缓支付结算款、暂停医保服务等措施",
    steps: &[Step {
        measure: "可采取书面预警提示、约谈相关单位负责人、暂缓支付结算款、暂停医保服务等措施",
        when: &[Qualifier::discretion("可")],
        severity: Severity::Suspension,
        damages: Damages::None,
    }],
    note: Some("这是医保经办机构对费用增长异常可采取的管理措施，不是违约金。"),
};

/// 第四十六条第1款: statements not certified on time.
pub static A46_MEASURES: Consequence = Consequence {
    id: "nt.a46.interview-deferral",
    document: NT,
    article: "第四十六条",
    item: Some("第1款"),
    label: "约谈相关负责人、暂缓支付医疗费用",
    quote: "未按规定执行的，甲方可采取约谈相关负责人、暂缓支付医疗费用等措施",
    steps: &[Step {
        measure: "甲方可采取约谈相关负责人、暂缓支付医疗费用等措施",
        when: &[Qualifier::discretion("可")],
        severity: Severity::Rectification,
        damages: Damages::None,
    }],
    note: None,
};

/// 第四十六条第3款: a rehabilitation patient's fund history not checked.
pub static A46_DUPLICATE: Consequence = Consequence {
    id: "nt.a46.duplicate-payment",
    document: NT,
    article: "第四十六条",
    item: Some("第3款"),
    label: "造成统筹基金重复支付的不予支付，并按规定处理",
    quote: "因核实不到位造成统筹基金重复支付的，甲方不予支付并按照有关规定处理",
    steps: &[Step {
        measure: "甲方不予支付并按照有关规定处理",
        when: &[],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: None,
};

/// 第四十七条第2款: no written explanation within 5 working days.
pub static A47_REFUSAL: Consequence = Consequence {
    id: "nt.a47.refusal",
    document: NT,
    article: "第四十七条",
    item: Some("第2款"),
    label: "逾期不说明的，可拒付有关费用",
    quote: "逾期不说明的，甲方可拒付有关费用",
    steps: &[Step {
        measure: "甲方可拒付有关费用",
        when: &[Qualifier::discretion("可")],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: None,
};

/// 第六十条第1款: items without a code are not paid.
pub static A60_NOT_PAID: Consequence = Consequence {
    id: "nt.a60.no-code-not-paid",
    document: NT,
    article: "第六十条",
    item: Some("第1款"),
    label: "无项目代码的项目费用不予支付",
    quote: "无项目代码的项目费用甲方不予支付",
    steps: &[Step {
        measure: "无项目代码的项目费用甲方不予支付",
        when: &[],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: None,
};

/// 第六十八条: staff violations not dealt with.
pub static A68_PHYSICIANS: Consequence = Consequence {
    id: "nt.a68.physician-qualification",
    document: NT,
    article: "第六十八条",
    item: None,
    label: "可暂停、取消违规医师医保服务资质并不予支付",
    quote: "乙方未按规定处理的，甲方可按规定暂停、取消违规医师的医疗保险服务资质，并按规定不予支付相应医疗保险医疗费用",
    steps: &[Step {
        measure: "甲方可按规定暂停、取消违规医师的医疗保险服务资质，并按规定不予支付相应医疗保险医疗费用",
        when: &[Qualifier::discretion("可")],
        severity: Severity::Suspension,
        damages: Damages::None,
    }],
    note: None,
};

/// 第六十九条: a suspension not announced.
pub static A69_NOTICE: Consequence = Consequence {
    id: "nt.a69.announcement",
    document: NT,
    article: "第六十九条",
    item: None,
    label: "未公告造成不良后果的由机构负责",
    quote: "因未公告或未解释说明造成不良后果的由乙方负责",
    steps: &[Step {
        measure: "由乙方负责",
        when: &[Qualifier::fact("因未公告或未解释说明造成不良后果的")],
        severity: Severity::Unspecified,
        damages: Damages::None,
    }],
    note: Some("同条：被暂停医保服务、解除协议或取消定点资质的，当年年度考核不合格。"),
};

/// 第七十二条第1款: the agreement ends (停业或歇业, not renewed, …).
pub static A72_ENDED: Consequence = Consequence {
    id: "nt.a72.termination",
    document: NT,
    article: "第七十二条",
    item: Some("第1款"),
    label: "本协议终止",
    quote: "有下列情形之一的，本协议终止",
    steps: &[Step {
        measure: "本协议终止",
        when: &[],
        severity: Severity::Termination,
        damages: Damages::None,
    }],
    note: Some("终止不是解除：不带第六十五条末款“3年内不得申请医保定点”的限制，江苏细则第九条的回看期也只对解除适用。终止、解除、缓签协议的，甲乙双方应共同做好善后工作，保证参保人正常就医（第2款）。"),
};

/// Consequences defined here (beyond `risks.rs`).
pub static RISKS: &[&Consequence] = &[
    &A25_NOT_PAID,
    &A36_REFUND,
    &A37_BUDGET,
    &A38_NOT_PAID,
    &A42_MEASURES,
    &A46_MEASURES,
    &A46_DUPLICATE,
    &A47_REFUSAL,
    &A60_NOT_PAID,
    &A68_PHYSICIANS,
    &A69_NOTICE,
    &A72_ENDED,
];

// ---------------------------------------------------------------------------
// Checks shared by the items below.

/// A part of an item that concerns only the institutions of `scope`; for
/// others it is not applicable (named by `what`).
fn within(ctx: &Ctx, scope: Scope, what: &str, part: impl FnOnce(&Ctx) -> Checked) -> Checked {
    checks::only_if(
        scope.holds(ctx),
        || Verdict::not_applicable(format!("{what}只适用于{}，本机构不属于。", scope.label())),
        || part(ctx),
    )
}

/// The parts of one item together, in three-valued logic ([`checks::all_of`]).
fn combine(parts: Vec<Checked>) -> Checked {
    checks::all_of(parts)
}

/// 第十八条第6款: the 15-day readmission rate, presumed (A − B) ÷ C
/// (rules map §11 X-23), against last year's average.
fn readmission(ctx: &Ctx) -> Checked {
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
fn video(ctx: &Ctx, checked: Checked) -> Checked {
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
fn leading_group(ctx: &Ctx) -> Checked {
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
fn outpatient_principal(ctx: &Ctx) -> Checked {
    if ctx.get(&sc::INPATIENT_SERVICE)? {
        return Ok(Verdict::not_applicable(
            "本项适用于门诊医疗机构；本机构有住院服务，适用第六条（一）。",
        ));
    }
    audit::kept(ctx, &base::PRINCIPAL_IN_CHARGE_OF_INSURANCE)
}

/// 第三十一条第2款: the monthly report of 社区卫生服务站、门诊部、诊所.
fn inventory_report(ctx: &Ctx) -> Checked {
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
fn service_price_ceiling(ctx: &Ctx) -> Checked {
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
fn closure(ctx: &Ctx) -> Checked {
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
fn renewal(ctx: &Ctx) -> Checked {
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
fn months_over_target(ctx: &Ctx) -> Checked {
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

// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// Parameters: the thresholds, counts and periods the items below read.

/// 第六条: 乙方应当建立或明确医保管理服务部门，明确机构领导分管医保工作…
static P_MANAGEMENT: Param = Param {
    id: "nt.a6.management",
    unit: Unit::Count("人"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 1,
        document: NT,
        article: "第六条",
        item: None,
        quote: "乙方应当建立或明确医保管理服务部门，明确机构领导分管医保工作，配优配强专（兼）职管理人员",
        external: Some("「配优配强专（兼）职管理人员」：至少1人（推定）"),
    }],
};

/// 第十六条第1款: 涉及 120急救的，须将院前急救病历留存备查，至少保存 2 …
static P_P1_EMERGENCY_RECORDS_2_YEARS: Param = Param {
    id: "nt.a16.p1.emergency-records-2-years",
    unit: Unit::Count("年"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 2,
        document: NT,
        article: "第十六条",
        item: Some("第1款"),
        quote: "涉及 120急救的，须将院前急救病历留存备查，至少保存 2 年",
        external: None,
    }],
};

/// 第十六条第3款: 登记记录内容包括患者姓名、治疗项目名称、治疗时间、治疗医师或…
static P_P3_TREATMENT_RECORDS_2_YEARS: Param = Param {
    id: "nt.a16.p3.treatment-records-2-years",
    unit: Unit::Count("年"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 2,
        document: NT,
        article: "第十六条",
        item: Some("第3款"),
        quote:
            "登记记录内容包括患者姓名、治疗项目名称、治疗时间、治疗医师或技师等，记录至少保存 2 年",
        external: None,
    }],
};

/// 第十六条第4款: 处方合格率（含外配处方）≥95%…
static P_P4_PRESCRIPTION_PASS_RATE: Param = Param {
    id: "nt.a16.p4.prescription-pass-rate",
    unit: Unit::Percent,
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 95,
        document: NT,
        article: "第十六条",
        item: Some("第4款"),
        quote: "处方合格率（含外配处方）≥95%",
        external: None,
    }],
};

/// 第十六条第4款: 门诊处方单独装订，一般保存 2 年备核…
static P_P4_OUTPATIENT_PRESCRIPTIONS_2_YEARS: Param = Param {
    id: "nt.a16.p4.outpatient-prescriptions-2-years",
    unit: Unit::Count("年"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 2,
        document: NT,
        article: "第十六条",
        item: Some("第4款"),
        quote: "门诊处方单独装订，一般保存 2 年备核",
        external: None,
    }],
};

/// 第十六条第4款: 且不得少于处方管理办法的规定年限…
static P_P4_NARCOTIC_PRESCRIPTIONS_3_YEARS: Param = Param {
    id: "nt.a16.p4.narcotic-prescriptions-3-years",
    unit: Unit::Count("年"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 3,
        document: NT,
        article: "第十六条",
        item: Some("第4款"),
        quote: "且不得少于处方管理办法的规定年限",
        external: Some("《处方管理办法》规定的保存年限：麻醉药品和第一类精神药品处方3年"),
    }],
};

/// 第十六条第4款: 住院病历至少保存 30 年…
static P_P4_INPATIENT_RECORDS_30_YEARS: Param = Param {
    id: "nt.a16.p4.inpatient-records-30-years",
    unit: Unit::Count("年"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 30,
        document: NT,
        article: "第十六条",
        item: Some("第4款"),
        quote: "住院病历至少保存 30 年",
        external: None,
    }],
};

/// 第十六条第4款: 生育保险登记审核资料按《社会保险业务档案管理规定（试行）》规…
static P_P4_MATERNITY_RECORDS_10_YEARS: Param = Param {
    id: "nt.a16.p4.maternity-records-10-years",
    unit: Unit::Count("年"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 10,
        document: NT,
        article: "第十六条",
        item: Some("第4款"),
        quote: "生育保险登记审核资料按《社会保险业务档案管理规定（试行）》规定保存 10 年",
        external: None,
    }],
};

/// 第十七条第2款: 应将参保人员住院期间政策范围之外自费医疗费用控制在住院总费用…
static P_P2_OUT_OF_POLICY_SELF_PAY: Param = Param {
    id: "nt.a17.p2.out-of-policy-self-pay",
    unit: Unit::Percent,
    bound: Bound::AtMost,
    rows: &[Row {
        from: None,
        value: 8,
        document: NT,
        article: "第十七条",
        item: Some("第2款"),
        quote: "应将参保人员住院期间政策范围之外自费医疗费用控制在住院总费用的 8%以内",
        external: None,
    }],
};

/// 第十七条第3款: 应将建档立卡低收入人口住院期间发生的政策范围之外的自费医疗费…
static P_P3_LOW_INCOME_OUT_OF_POLICY: Param = Param {
    id: "nt.a17.p3.low-income-out-of-policy",
    unit: Unit::Percent,
    bound: Bound::AtMost,
    rows: &[Row {
        from: None,
        value: 8,
        document: NT,
        article: "第十七条",
        item: Some("第3款"),
        quote: "应将建档立卡低收入人口住院期间发生的政策范围之外的自费医疗费用控制在住院总费用的 8%以内",
        external: None,
    }],
};

/// 第十七条第3款: 个人自付费用应控制在政策范围内住院总费用的 10%以内；超过…
static P_P3_LOW_INCOME_SELF_PAID: Param = Param {
    id: "nt.a17.p3.low-income-self-paid",
    unit: Unit::Percent,
    bound: Bound::AtMost,
    rows: &[Row {
        from: None,
        value: 10,
        document: NT,
        article: "第十七条",
        item: Some("第3款"),
        quote: "个人自付费用应控制在政策范围内住院总费用的 10%以内；超过比例部分由乙方在费用结算后对患者进行补偿",
        external: None,
    }],
};

/// 第十八条第1款: 抽查时，住院病区加床率不超过 10%…
static P_P1_EXTRA_BED_RATE: Param = Param {
    id: "nt.a18.p1.extra-bed-rate",
    unit: Unit::Percent,
    bound: Bound::AtMost,
    rows: &[Row {
        from: None,
        value: 10,
        document: NT,
        article: "第十八条",
        item: Some("第1款"),
        quote: "抽查时，住院病区加床率不超过 10%",
        external: None,
    }],
};

/// 第十八条第1款: 病区住院病人不在床率不超过 10%…
static P_P1_ABSENT_RATE: Param = Param {
    id: "nt.a18.p1.absent-rate",
    unit: Unit::Percent,
    bound: Bound::AtMost,
    rows: &[Row {
        from: None,
        value: 10,
        document: NT,
        article: "第十八条",
        item: Some("第1款"),
        quote: "病区住院病人不在床率不超过 10%",
        external: None,
    }],
};

/// 第十九条: 乙方收治住院参保患者的卧床率不得低于 60%…
static P_BEDRIDDEN_RATE: Param = Param {
    id: "nt.a19.bedridden-rate",
    unit: Unit::Percent,
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 60,
        document: NT,
        article: "第十九条",
        item: None,
        quote: "乙方收治住院参保患者的卧床率不得低于 60%",
        external: None,
    }],
};

/// 第十九条: 临终关怀率不得低于 10%…
static P_HOSPICE_RATE: Param = Param {
    id: "nt.a19.hospice-rate",
    unit: Unit::Percent,
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 10,
        document: NT,
        article: "第十九条",
        item: None,
        quote: "临终关怀率不得低于 10%",
        external: None,
    }],
};

/// 第四十二条第4款: 进入按病种收付费临床路径后，要严格控制退出率，确保退出率不超…
static P_P4_SINGLE_DISEASE_EXIT_RATE: Param = Param {
    id: "nt.a42.p4.single-disease-exit-rate",
    unit: Unit::Percent,
    bound: Bound::AtMost,
    rows: &[Row {
        from: None,
        value: 10,
        document: NT,
        article: "第四十二条",
        item: Some("第4款"),
        quote: "进入按病种收付费临床路径后，要严格控制退出率，确保退出率不超过 10%",
        external: None,
    }],
};

/// 第五十条第2款: 每季检查应不少于 1 次…
static P_P2_STATION_INSPECTIONS: Param = Param {
    id: "nt.a50.p2.station-inspections",
    unit: Unit::Count("次"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 1,
        document: NT,
        article: "第五十条",
        item: Some("第2款"),
        quote: "每季检查应不少于 1 次",
        external: None,
    }],
};

/// 第五十九条第3款: 配备的远程视频管理设备应不少于 2 套…
static P_P3_VIDEO_DEVICES: Param = Param {
    id: "nt.a59.p3.video-devices",
    unit: Unit::Count("套"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 2,
        document: NT,
        article: "第五十九条",
        item: Some("第3款"),
        quote: "配备的远程视频管理设备应不少于 2 套",
        external: None,
    }],
};

/// 第六十条第3款: 上传的门诊诊断、处方医师与处方的符合率≥95%…
static P_P3_OUTPATIENT_MATCH_RATE: Param = Param {
    id: "nt.a60.p3.outpatient-match-rate",
    unit: Unit::Percent,
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 95,
        document: NT,
        article: "第六十条",
        item: Some("第3款"),
        quote: "上传的门诊诊断、处方医师与处方的符合率≥95%",
        external: None,
    }],
};

/// 第六十条第3款: 最迟应在医疗服务行为发生后 24 小时内上传，要求规定项目的…
static P_P3_INPATIENT_UPLOAD_RATE: Param = Param {
    id: "nt.a60.p3.inpatient-upload-rate",
    unit: Unit::Percent,
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 100,
        document: NT,
        article: "第六十条",
        item: Some("第3款"),
        quote: "最迟应在医疗服务行为发生后 24 小时内上传，要求规定项目的上传率 100%",
        external: None,
    }],
};

/// 第六十条第3款: 录入上传须与住院病历相符，上传的符合率≥98%…
static P_P3_INPATIENT_MATCH_RATE: Param = Param {
    id: "nt.a60.p3.inpatient-match-rate",
    unit: Unit::Percent,
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 98,
        document: NT,
        article: "第六十条",
        item: Some("第3款"),
        quote: "录入上传须与住院病历相符，上传的符合率≥98%",
        external: None,
    }],
};

/// 第六十三、六十四条 cite 「八条第二款」「十条第一款第二款第三款」 (X-20(c)).
const ITEM_AS_PARAGRAPH: &str = "第六十三、六十四条所称第八条、第十条的“第N款”，两条均以（一）（二）……分项，按第（N）项理解⟦X-20⟧。";

/// 第五十九条 (X-20 (a), (b)).
const VIDEO_READING: &str = "按“是否应实施视频管理”判断适用；第五十九条标题列社区卫生服务中心、第七十五条第6款未列，中心未落实的判“需复核”⟦X-20⟧。第六十四条写“第六十条”，按第五十九条适用⟦X-20⟧。";

/// 第十九条: 照护病区 cannot be told from the answers.
const NURSING_READING: &str = "本条适用于护理院和照护病区，工具无法识别照护病区，按护理院适用，设有照护病区的机构请自行对照；统计期间原文未定义，建议按季度⟦X-23⟧。未列入违约责任条款⟦X-21⟧。";

pub static RULES: &[Rule] = &[
    item!(Nantong, "nt.a1.follow-regulations", "第一条", None, "贯彻医保及相关政策规定",
        quote: "认真贯彻国家、省以及本统筹地区基本医疗保险、生育保险、医疗救助、卫生健康、市场监管、药品监督、药品及医用耗材招标采购、医药价格收费政策和深化医改等相关规定",
        asks: [q::POLICIES_FOLLOWED],
        check: |ctx| audit::kept(ctx, &q::POLICIES_FOLLOWED),
        risks: [risks::T63, risks::T64B],
        advice: "组织学习医保、价格、招采等政策，建立政策执行台账。",
    ),
    item!(Nantong, "nt.a3.p2.service-scope", "第三条", Some("第2款"), "按许可和资质范围提供服务",
        quote: "乙方应当根据医疗执业许可、资质，按照医疗保险诚信服务信用等级等医保规定的服务范围和基金使用范围提供医保服务",
        asks: [q::WITHIN_SERVICE_SCOPE],
        check: |ctx| audit::kept(ctx, &q::WITHIN_SERVICE_SCOPE),
        risks: [risks::T64A],
        advice: "核对执业许可和医保服务范围，停止超范围的医保结算。",
    ),
    item!(Nantong, "nt.a6.management", "第六条", None, "医保管理部门、人员和制度",
        quote: "乙方应当建立或明确医保管理服务部门，明确机构领导分管医保工作，配优配强专（兼）职管理人员",
        asks: [q::MANAGEMENT_DEPARTMENT, base::INSURANCE_STAFF, q::MANAGEMENT_SYSTEMS, js::SELF_INSPECTION],
        check: |ctx| combine(vec![
            audit::kept(ctx, &q::MANAGEMENT_DEPARTMENT),
            audit::count_at_least(ctx, &base::INSURANCE_STAFF, &P_MANAGEMENT),
            audit::kept(ctx, &q::MANAGEMENT_SYSTEMS),
            audit::kept(ctx, &js::SELF_INSPECTION),
        ]),
        risks: [risks::T63, risks::T64B],
        params: [P_MANAGEMENT],
        advice: "明确医保部门和分管领导，配备管理人员，健全考核等制度并定期自查。",
    ),
    item!(Nantong, "nt.a6.i1.leading-group", "第六条", Some("（一）"), "医保领导小组和一级科室",
        quote: "100 张床位以上的医疗机构设立的医疗保险办公室须为一级科室",
        asks: [sc::INPATIENT_SERVICE, q::LEADING_GROUP, base::BEDS, q::OFFICE_FIRST_LEVEL],
        check: leading_group,
        scope: [Scope::Inpatient],
        risks: [risks::T63, risks::T64B],
        advice: "成立医保工作领导小组；床位100张以上的将医保办设为一级科室。",
        reading: "“100张床位以上”含100张⟦X-39⟧；床位数取申请定点时所填，核定床位或开放床位的口径原文未定义。",
    ),
    item!(Nantong, "nt.a6.i2.principal-in-charge", "第六条", Some("（二）"), "门诊机构主要负责人管医保",
        quote: "应由医疗机构主要负责人负责医疗保险工作，并配优配足专（兼）职管理人员具体负责医保事务",
        asks: [sc::INPATIENT_SERVICE, base::PRINCIPAL_IN_CHARGE_OF_INSURANCE],
        check: outpatient_principal,
        risks: [risks::T63, risks::T64B],
        advice: "以任命或分工文件明确主要负责人负责医保工作。",
        reading: "“门诊医疗机构”按无住院服务的机构理解；有住院服务的适用第（一）项，本项不适用。",
    ),
    item!(Nantong, "nt.a7.reasonable-care", "第七条", None, "合理必要服务并控制费用",
        quote: "为参保人员提供合理、必要的基本医疗服务，合规收费。采取积极有效措施，控制医疗费用不合理增长，减轻参保人员个人负担",
        asks: [js::NECESSARY_SERVICES, q::COST_GROWTH_CONTROLLED],
        check: |ctx| audit::all_kept(ctx, &[&js::NECESSARY_SERVICES, &q::COST_GROWTH_CONTROLLED]),
        risks: [risks::T63, risks::T64B],
        advice: "按诊疗规范提供必要服务，建立费用增长监测和控费措施。",
    ),
    item!(Nantong, "nt.a8.i2.physician-management", "第八条", Some("（二）"), "医保医师管理与变更备案",
        quote: "新增、减少等变更医师信息的，应做好医保医师信息的变更备案工作，及时向甲方提供变更信息",
        asks: [q::PHYSICIAN_MANAGEMENT, q::PHYSICIAN_CHANGES_FILED],
        check: |ctx| audit::all_kept(ctx, &[&q::PHYSICIAN_MANAGEMENT, &q::PHYSICIAN_CHANGES_FILED]),
        risks: [risks::T63, risks::T64B],
        advice: "建立医师医保服务管理制度；医师变动时及时备案并维护医师库。",
        reading: ITEM_AS_PARAGRAPH,
    ),
    item!(Nantong, "nt.a9.publicity", "第九条", None, "医保宣传栏和举报电话",
        quote: "乙方应当设置医疗（生育）保险政策宣传栏，实行医疗保险服务标准化管理，公布监督举报电话",
        asks: [q::PUBLICITY],
        check: |ctx| audit::kept(ctx, &q::PUBLICITY),
        risks: [risks::T64B],
        advice: "设置医保政策宣传栏并公布监督举报电话。",
    ),
    item!(Nantong, "nt.a10.i1.information", "第十条", Some("（一）"), "即时传输信息并保证真实",
        quote: "即时传输参保人员就医、结算及其他相关信息，保证材料和信息的真实、准确、完整、及时",
        asks: [js::FULL_DATA, v::NT_A62_MATERIALS_NOT_PROVIDED],
        check: |ctx| combine(vec![
            audit::kept(ctx, &js::FULL_DATA),
            audit::absent(ctx, &v::NT_A62_MATERIALS_NOT_PROVIDED),
        ]),
        risks: [risks::T64B],
        advice: "检查数据上传的时效，核对报送材料真实、完整。",
        reading: ITEM_AS_PARAGRAPH,
    ),
    item!(Nantong, "nt.a10.i2.training", "第十条", Some("（二）"), "医保政策培训并考核",
        quote: "制定具体的培训计划并落实到位。医师和其他从业人员应参加医疗（生育）保险政策培训并考核合格",
        asks: [q::TRAINING],
        check: |ctx| audit::kept(ctx, &q::TRAINING),
        risks: [risks::T64B],
        advice: "制定年度医保培训计划，组织全员培训并考核，留存记录。",
        reading: ITEM_AS_PARAGRAPH,
    ),
    item!(Nantong, "nt.a10.i3.price-reform", "第十条", Some("（三）"), "执行公立医院价格改革",
        quote: "实行公立医院医药价格改革的定点医疗机构，应认真按照公立医院医药价格改革政策规定执行",
        asks: [sc::PRICE_REFORM, q::PRICE_REFORM_FOLLOWED],
        check: |ctx| audit::kept(ctx, &q::PRICE_REFORM_FOLLOWED),
        scope: [Scope::PriceReform],
        risks: [risks::T64B],
        advice: "对照公立医院医药价格改革规定核查收费标准。",
        reading: ITEM_AS_PARAGRAPH,
    ),
    item!(Nantong, "nt.a10.i4.report-changes", "第十条", Some("（四）"), "受处理和信息变化及时告知",
        quote: "乙方受到行政主管部门处理时应及时告知甲方",
        asks: [q::SANCTIONS_REPORTED, q::CHANGES_REPORTED],
        check: |ctx| combine(vec![
            occasion(ctx, &q::SANCTIONS_REPORTED),
            occasion(ctx, &q::CHANGES_REPORTED),
        ]),
        risks: [risks::UNMAPPED],
        advice: "受行政处理或登记信息变化后及时书面告知医保经办机构。",
    ),
    item!(Nantong, "nt.a11.p3.inspections", "第十一条", Some("第3款"), "配合检查、不得阻挠",
        quote: "调查、检查过程中，当事人或者有关人员应当如实回答询问、协助调查或检查，不得阻挠或拒绝，不得销毁或者转移证据",
        asks: [v::NT_A62_MATERIALS_NOT_PROVIDED, v::NT_A65_OBSTRUCTED_INSPECTION],
        check: |ctx| combine(vec![
            audit::absent(ctx, &v::NT_A62_MATERIALS_NOT_PROVIDED),
            audit::absent(ctx, &v::NT_A65_OBSTRUCTED_INSPECTION),
        ]),
        risks: [risks::T62, risks::T63, risks::T64B, risks::A11_OBSTRUCTION, risks::T65_X],
        only_on: [
            (risks::T62, [v::NT_A62_MATERIALS_NOT_PROVIDED]),
            (risks::A11_OBSTRUCTION, [v::NT_A65_OBSTRUCTED_INSPECTION]),
            (risks::T65_X, [v::NT_A65_OBSTRUCTED_INSPECTION]),
        ],
        advice: "指定专人对接检查，及时提供资料，不得拒绝或阻挠。",
    ),
    item!(Nantong, "nt.a12.change-filing", "第十二条", None, "变更备案与迁址验收",
        quote: "乙方变更机构名称、法定代表人、执业地址等内容的，应在行政管理部门核准变更之日起 7 个工作日内",
        asks: [q::CHANGE_FILED, q::MOVE_ACCEPTED],
        check: |ctx| combine(vec![
            occasion(ctx, &q::CHANGE_FILED),
            occasion(ctx, &q::MOVE_ACCEPTED),
        ]),
        risks: [risks::T64B, risks::A12_MOVE],
        only_on: [(risks::T64B, [q::CHANGE_FILED]), (risks::A12_MOVE, [q::MOVE_ACCEPTED])],
        advice: "核准变更后7个工作日内备案（截止日见“时限与等待期”）。",
    ),
    item!(Nantong, "nt.a13.rational-care", "第十三条", None, "合理检查、治疗、用药",
        quote: "合理检查、合理治疗、合理用药、合规收费，不断提高医疗质量",
        asks: [js::RATIONAL_CARE],
        check: |ctx| audit::kept(ctx, &js::RATIONAL_CARE),
        risks: [risks::UNMAPPED],
        advice: "开展处方、检查点评，纠正不合理检查、用药和收费。",
    ),
    item!(Nantong, "nt.a14.p1.inpatient-burden", "第十四条", Some("第1款"), "控制住院个人负担率",
        quote: "有效控制参保人员的住院个人负担率",
        asks: [sc::INPATIENT_SERVICE, q::INPATIENT_BURDEN],
        check: |ctx| audit::kept(ctx, &q::INPATIENT_BURDEN),
        scope: [Scope::Inpatient],
        risks: [risks::T64A],
        advice: "按月监测住院个人负担率，分析偏高病例并整改。",
        reading: "本款前半句（费用增幅）与第七条控费同义，已在第七条一项自查；本项只查住院个人负担率，故按有住院服务适用。",
    ),
    item!(Nantong, "nt.a14.p2.caesarean-rate", "第十四条", Some("第2款"), "稳步降低剖宫产率",
        quote: "应按生育保险有关规定，稳步降低剖宫产率",
        asks: [sc::MATERNITY_LICENCE, q::CAESAREAN_REDUCED],
        check: |ctx| audit::kept(ctx, &q::CAESAREAN_REDUCED),
        scope: [Scope::Maternity],
        risks: [risks::T64A],
        advice: "监测剖宫产率，严格掌握剖宫产指征。",
        reading: "本款写「《母婴保健技术服务许可证》」，适用对象按第七十五条第5款（母婴保健或计划生育技术服务执业许可证）确定。",
    ),
    item!(Nantong, "nt.a15.p1.identity-verified", "第十五条", Some("第1款"), "核验人证、不留存社保卡",
        quote: "乙方应当在医师接诊、抽血、检查、治疗等环节对其身份与社会保障卡进行核验，发现证件无效、人证不符的，不得进行医疗保险费用结算",
        asks: [js::REAL_NAME, v::NT_A65_CARD_RETAINED, q::FRAUD_REPORTED, q::APP_PHOTO],
        check: |ctx| combine(vec![
            audit::kept(ctx, &js::REAL_NAME),
            audit::absent(ctx, &v::NT_A65_CARD_RETAINED),
            occasion(ctx, &q::FRAUD_REPORTED),
            occasion(ctx, &q::APP_PHOTO),
        ]),
        risks: [risks::T64B, risks::T65_3],
        only_on: [(risks::T65_3, [v::NT_A65_CARD_RETAINED])],
        advice: "在接诊、检查、治疗等环节核验人证，不留存社保卡。",
    ),
    item!(Nantong, "nt.a15.p2.mobile-online-risk", "第十五条", Some("第2款"), "移动支付和互联网诊疗防风险",
        quote: "须充分评估和防范给医疗保险基金带来的支付风险，采取有效措施，防范医保基金支付风险，确保人证相符诊治",
        asks: [sc::SERVICES, q::MOBILE_RISK],
        check: |ctx| audit::kept(ctx, &q::MOBILE_RISK),
        scope: [Scope::Provides(Service::MobileOrOnline)],
        risks: [risks::T64B],
        advice: "对移动支付和互联网诊疗设置实名核验和风险防控。",
    ),
    item!(Nantong, "nt.a15.p3.proxy-dispensing", "第十五条", Some("第3款"), "代配药登记制度",
        quote: "乙方应建立代配药登记制度，履行代配药手续",
        asks: [v::NT_A65_PROXY_DISPENSING],
        check: |ctx| audit::absent(ctx, &v::NT_A65_PROXY_DISPENSING),
        risks: [risks::T64B, risks::T65_2],
        advice: "建立代配药登记本，核验代配人身份并请其签字。",
    ),
    item!(Nantong, "nt.a15.p4.home-visits", "第十五条", Some("第4款"), "基层代配药上门巡诊",
        quote: "在做好代配药登记的前提下，应当按规定上门巡诊，确保人证相符诊治，并做好相关记录",
        asks: [base::INSTITUTION_KIND, sc::LEVEL, q::HOME_VISITS],
        check: |ctx| audit::kept(ctx, &q::HOME_VISITS),
        scope: [Scope::Primary],
        risks: [risks::T64B],
        advice: "对代配药的行动不便患者安排上门巡诊并记录。",
    ),
    item!(Nantong, "nt.a15.p5.maternity-review", "第十五条", Some("第5款"), "生育保险待遇审核登记",
        quote: "须对参保人员涉及享受生育保险待遇的相关项目和材料认真进行审核登记",
        asks: [sc::MATERNITY_LICENCE, v::NT_A65_MATERNITY_REGISTRATION],
        check: |ctx| audit::absent(ctx, &v::NT_A65_MATERNITY_REGISTRATION),
        scope: [Scope::Maternity],
        risks: [risks::T64B, risks::T65_2],
        advice: "指定专人审核生育保险待遇项目和材料并登记。",
    ),
    item!(Nantong, "nt.a15.p6.card-settlement", "第十五条", Some("第6款"), "符合规定的费用刷卡结算",
        quote: "符合医疗（生育）保险规定的医疗费用（包括意外伤害、生育及计划生育）均应刷卡直接结算",
        asks: [js::DIRECT_SETTLEMENT],
        check: |ctx| audit::kept(ctx, &js::DIRECT_SETTLEMENT),
        risks: [risks::T64B, risks::T65_1],
        advice: "对符合规定的费用一律刷卡（扫码）直接结算。",
    ),
    item!(Nantong, "nt.a16.p1.medical-records", "第十六条", Some("第1款"), "病历真实完整、不得伪造",
        quote: "病历记录应真实、准确、完整、清晰、及时，化验检查须有结果分析",
        asks: [v::NT_A65_MEDICAL_RECORDS, q::INJURY_RECORDED, sc::INPATIENT_SERVICE, q::ID_COPY_FILED, v::NT_A65_FORGED_RECORDS],
        check: |ctx| combine(vec![
            audit::absent(ctx, &v::NT_A65_MEDICAL_RECORDS),
            audit::kept(ctx, &q::INJURY_RECORDED),
            within(ctx, Scope::Inpatient, "住院病历附身份证复印件", |c| audit::kept(c, &q::ID_COPY_FILED)),
            audit::absent(ctx, &v::NT_A65_FORGED_RECORDS),
        ]),
        risks: [risks::T64A, risks::T64B, risks::T65_2, risks::T65_4],
        only_on: [(risks::T65_2, [v::NT_A65_MEDICAL_RECORDS]), (risks::T65_4, [v::NT_A65_FORGED_RECORDS])],
        advice: "开展病历质控，住院病历附身份证复印件，外伤详细记录。",
    ),
    item!(Nantong, "nt.a16.p1.emergency-records-2-years", "第十六条", Some("第1款"), "院前急救病历保存{}",
        quote: "涉及 120急救的，须将院前急救病历留存备查，至少保存 2 年",
        asks: [sc::SERVICES, q::EMERGENCY_RECORD_YEARS],
        check: |ctx| audit::count_at_least(ctx, &q::EMERGENCY_RECORD_YEARS, &P_P1_EMERGENCY_RECORDS_2_YEARS),
        scope: [Scope::Provides(Service::Emergency120)],
        risks: [risks::T64A, risks::T64B],
        params: [P_P1_EMERGENCY_RECORDS_2_YEARS],
        advice: "院前急救病历单独归档，保存不少于{}。",
    ),
    item!(Nantong, "nt.a16.p2.accidents", "第十六条", Some("第2款"), "事故医疗费用管理和报送",
        quote: "乙方应建立医疗损害司法鉴定、医疗事故技术鉴定和交通事故、意外伤害等（简称医疗、交通事故等）医疗费用的医保管理制度",
        asks: [q::ACCIDENT_SYSTEM, q::ACCIDENT_REPORTS],
        check: |ctx| combine(vec![
            audit::kept(ctx, &q::ACCIDENT_SYSTEM),
            occasion(ctx, &q::ACCIDENT_REPORTS),
        ]),
        risks: [risks::T64B, risks::T65_2],
        only_on: [(risks::T65_2, [q::ACCIDENT_REPORTS])],
        advice: "建立事故费用管理制度，按“时限与等待期”所列日期报送。",
        reading: "“每月20日前”默认不含当日、逢休息日不顺延，日期见“时限与等待期”第十六条第2款两项⟦X-44⟧。",
    ),
    item!(Nantong, "nt.a16.p3.registration", "第十六条", Some("第3款"), "诊疗登记和门诊登记制度",
        quote: "乙方应做好诊疗登记工作。基层医疗机构应建立并落实门诊就诊登记制度",
        asks: [q::REGISTRATION, base::INSTITUTION_KIND, sc::LEVEL, q::PRIMARY_REGISTRATION],
        check: |ctx| combine(vec![
            audit::kept(ctx, &q::REGISTRATION),
            within(ctx, Scope::Primary, "门诊就诊登记制度", |c| audit::kept(c, &q::PRIMARY_REGISTRATION)),
        ]),
        risks: [risks::T64B],
        advice: "做好诊疗登记；基层机构对理疗等治疗项目逐项登记。",
    ),
    item!(Nantong, "nt.a16.p3.treatment-records-2-years", "第十六条", Some("第3款"), "治疗记录保存{}",
        quote: "登记记录内容包括患者姓名、治疗项目名称、治疗时间、治疗医师或技师等，记录至少保存 2 年",
        asks: [base::INSTITUTION_KIND, sc::LEVEL, q::TREATMENT_RECORD_YEARS],
        check: |ctx| audit::count_at_least(ctx, &q::TREATMENT_RECORD_YEARS, &P_P3_TREATMENT_RECORDS_2_YEARS),
        scope: [Scope::Primary],
        risks: [risks::T64B],
        params: [P_P3_TREATMENT_RECORDS_2_YEARS],
        advice: "治疗登记记录归档保存不少于{}。",
    ),
    item!(Nantong, "nt.a16.p4.prescriptions-signed", "第十六条", Some("第4款"), "处方签字盖章、药师审核",
        quote: "乙方的处方需有处方医师签字并加盖带有本医疗机构医师代码的处方章（实行电子处方的须按相关规定执行），经药师审核验方签字后发药",
        asks: [q::PRESCRIPTIONS_SIGNED],
        check: |ctx| audit::kept(ctx, &q::PRESCRIPTIONS_SIGNED),
        risks: [risks::T64B, risks::T65_2],
        advice: "处方医师签字盖章，药师审核签字后再发药。",
    ),
    item!(Nantong, "nt.a16.p4.prescription-pass-rate", "第十六条", Some("第4款"), "处方合格率不低于{}",
        quote: "处方合格率（含外配处方）≥95%",
        asks: [sc::PERIOD, q::PRESCRIPTION_PASS_RATE],
        check: |ctx| audit::rate_within(ctx, &q::PRESCRIPTION_PASS_RATE, &P_P4_PRESCRIPTION_PASS_RATE),
        risks: [risks::T64B, risks::T65_2],
        params: [P_P4_PRESCRIPTION_PASS_RATE],
        advice: "开展处方点评（含外配处方），不合格处方逐张整改。",
    ),
    item!(Nantong, "nt.a16.p4.outpatient-prescriptions-2-years", "第十六条", Some("第4款"), "门诊处方保存{}",
        quote: "门诊处方单独装订，一般保存 2 年备核",
        asks: [q::OUTPATIENT_PRESCRIPTION_YEARS],
        check: |ctx| audit::count_at_least(ctx, &q::OUTPATIENT_PRESCRIPTION_YEARS, &P_P4_OUTPATIENT_PRESCRIPTIONS_2_YEARS),
        risks: [risks::T64B],
        params: [P_P4_OUTPATIENT_PRESCRIPTIONS_2_YEARS],
        advice: "门诊处方单独装订，保存不少于{}。",
    ),
    item!(Nantong, "nt.a16.p4.narcotic-prescriptions-3-years", "第十六条", Some("第4款"), "麻精处方保存{}",
        quote: "且不得少于处方管理办法的规定年限",
        asks: [q::NARCOTIC_PRESCRIPTION_YEARS],
        check: |ctx| audit::count_at_least(ctx, &q::NARCOTIC_PRESCRIPTION_YEARS, &P_P4_NARCOTIC_PRESCRIPTIONS_3_YEARS),
        risks: [risks::T64B],
        params: [P_P4_NARCOTIC_PRESCRIPTIONS_3_YEARS],
        advice: "麻醉药品和第一类精神药品处方保存不少于{}。",
        reading: "《处方管理办法》（种子文本外）规定麻醉药品和第一类精神药品处方保存3年；本款要求不少于该办法的年限，故按3年自查，以现行办法为准。",
    ),
    item!(Nantong, "nt.a16.p4.inpatient-records-30-years", "第十六条", Some("第4款"), "住院病历保存{}",
        quote: "住院病历至少保存 30 年",
        asks: [sc::INPATIENT_SERVICE, q::INPATIENT_RECORD_YEARS],
        check: |ctx| audit::count_at_least(ctx, &q::INPATIENT_RECORD_YEARS, &P_P4_INPATIENT_RECORDS_30_YEARS),
        scope: [Scope::Inpatient],
        risks: [risks::T64B],
        params: [P_P4_INPATIENT_RECORDS_30_YEARS],
        advice: "住院病历归档保存不少于{}。",
    ),
    item!(Nantong, "nt.a16.p4.maternity-records-10-years", "第十六条", Some("第4款"), "生育登记资料保存{}",
        quote: "生育保险登记审核资料按《社会保险业务档案管理规定（试行）》规定保存 10 年",
        asks: [sc::MATERNITY_LICENCE, q::MATERNITY_RECORD_YEARS],
        check: |ctx| audit::count_at_least(ctx, &q::MATERNITY_RECORD_YEARS, &P_P4_MATERNITY_RECORDS_10_YEARS),
        scope: [Scope::Maternity],
        risks: [risks::T64B],
        params: [P_P4_MATERNITY_RECORDS_10_YEARS],
        advice: "生育保险登记审核资料归档保存{}。",
    ),
    item!(Nantong, "nt.a16.p5.records-consistent", "第十六条", Some("第5款"), "病历收费与实际一致",
        quote: "处方、药品、医疗服务项目、票据、费用清单、收费等对应一致并与实际相符",
        asks: [v::NT_A65_IMPROPER_CHARGES],
        check: |ctx| audit::absent(ctx, &v::NT_A65_IMPROPER_CHARGES),
        risks: [risks::T64A, risks::T65_2],
        advice: "抽查病历与收费明细逐项核对，纠正不符和提前记账。",
    ),
    item!(Nantong, "nt.a17.p1.informed-consent", "第十七条", Some("第1款"), "费用清单和自付项目知情同意",
        quote: "使用前应向参保人员（家属）告知，并经参保人员（家属）同意后方可使用",
        asks: [v::NT_A62_INFORMED_CONSENT, q::COPAY_CONSENT, js::CONSENT_OUT_OF_SCOPE],
        check: |ctx| combine(vec![
            audit::absent(ctx, &v::NT_A62_INFORMED_CONSENT),
            audit::all_kept(ctx, &[&q::COPAY_CONSENT, &js::CONSENT_OUT_OF_SCOPE]),
        ]),
        risks: [risks::T62],
        advice: "提供住院日清单，自付、自费项目使用前签署知情同意书。",
    ),
    item!(Nantong, "nt.a17.p2.out-of-policy-self-pay", "第十七条", Some("第2款"), "住院范围外自费不超{}",
        quote: "应将参保人员住院期间政策范围之外自费医疗费用控制在住院总费用的 8%以内",
        asks: [sc::PERIOD, sc::INPATIENT_SERVICE, q::OUT_OF_POLICY_RATE],
        check: |ctx| audit::rate_within(ctx, &q::OUT_OF_POLICY_RATE, &P_P2_OUT_OF_POLICY_SELF_PAY),
        scope: [Scope::Inpatient],
        risks: [risks::UNMAPPED],
        params: [P_P2_OUT_OF_POLICY_SELF_PAY],
        advice: "按科室监测范围外自费占比，超过{}的分析原因并整改。",
        reading: "按自查期间合计计算（范围外自费合计÷住院总费用合计）；按单次住院还是按期间合计原文未规定（推定）。本条未列入违约责任条款⟦X-21⟧。",
    ),
    item!(Nantong, "nt.a17.p3.low-income-out-of-policy", "第十七条", Some("第3款"), "低收入人口范围外自费≤{}",
        quote: "应将建档立卡低收入人口住院期间发生的政策范围之外的自费医疗费用控制在住院总费用的 8%以内",
        asks: [sc::PERIOD, sc::INPATIENT_SERVICE, q::LOW_INCOME_OUT_OF_POLICY_RATE],
        check: |ctx| audit::rate_within(ctx, &q::LOW_INCOME_OUT_OF_POLICY_RATE, &P_P3_LOW_INCOME_OUT_OF_POLICY),
        scope: [Scope::Inpatient],
        risks: [risks::UNMAPPED, risks::A17_COMPENSATION],
        params: [P_P3_LOW_INCOME_OUT_OF_POLICY],
        advice: "对低收入人口限制使用范围外项目，按月监测占比。",
        reading: "按期间合计计算（推定）；补偿句紧接10%句，是否也适用于本项原文未明，需确认。未列入违约责任条款⟦X-21⟧。",
    ),
    item!(Nantong, "nt.a17.p3.low-income-self-paid", "第十七条", Some("第3款"), "低收入人口个人自付≤{}",
        quote: "个人自付费用应控制在政策范围内住院总费用的 10%以内；超过比例部分由乙方在费用结算后对患者进行补偿",
        asks: [sc::PERIOD, sc::INPATIENT_SERVICE, q::LOW_INCOME_SELF_PAID_RATE],
        check: |ctx| audit::rate_within(ctx, &q::LOW_INCOME_SELF_PAID_RATE, &P_P3_LOW_INCOME_SELF_PAID),
        scope: [Scope::Inpatient],
        risks: [risks::A17_COMPENSATION],
        params: [P_P3_LOW_INCOME_SELF_PAID],
        advice: "逐例核算低收入人口自付比例，超过{}的部分补偿患者。",
        reading: "按期间合计自查；补偿须按患者逐例计算（推定），期间合计达标不代表每位患者都未超过10%。",
    ),
    item!(Nantong, "nt.a18.p1.admission-standards", "第十八条", Some("第1款"), "执行出入院和收治标准",
        quote: "应当严格执行出、入院和重症监护病房收治标准，不得推诿和拒绝符合住院条件的参保人住院治疗",
        asks: [sc::INPATIENT_SERVICE, js::ADMISSION_CRITERIA, js::PATIENTS_TURNED_AWAY, v::NT_A65_IMPROPER_ADMISSION],
        check: |ctx| combine(vec![
            audit::kept(ctx, &js::ADMISSION_CRITERIA),
            audit::absent(ctx, &js::PATIENTS_TURNED_AWAY),
            audit::absent(ctx, &v::NT_A65_IMPROPER_ADMISSION),
        ]),
        scope: [Scope::Inpatient],
        risks: [risks::T63, risks::T64B, risks::T65_2],
        only_on: [(risks::T65_2, [v::NT_A65_IMPROPER_ADMISSION])],
        advice: "按出入院标准审核收治，定期抽查在院病人。",
        reading: "原文主体为“定点医院、社区卫生服务中心”，本款义务均涉及住院，按有住院服务的机构适用。",
    ),
    item!(Nantong, "nt.a18.p1.extra-bed-rate", "第十八条", Some("第1款"), "加床率不超过{}",
        quote: "抽查时，住院病区加床率不超过 10%",
        asks: [sc::PERIOD, sc::INPATIENT_SERVICE, q::EXTRA_BED_RATE],
        check: |ctx| audit::rate_within(ctx, &q::EXTRA_BED_RATE, &P_P1_EXTRA_BED_RATE),
        scope: [Scope::Inpatient],
        risks: [risks::T63, risks::T64B],
        params: [P_P1_EXTRA_BED_RATE],
        advice: "控制病区加床，加床率保持在{}以内。",
        reading: "“抽查时”口径，分母原文未定义，按抽查时病区核定床位数（推定）⟦X-23⟧；以医保经办机构抽查结果为准。",
    ),
    item!(Nantong, "nt.a18.p1.absent-rate", "第十八条", Some("第1款"), "不在床率不超过{}",
        quote: "病区住院病人不在床率不超过 10%",
        asks: [sc::PERIOD, sc::INPATIENT_SERVICE, q::ABSENT_PATIENT_RATE],
        check: |ctx| audit::rate_within(ctx, &q::ABSENT_PATIENT_RATE, &P_P1_ABSENT_RATE),
        scope: [Scope::Inpatient],
        risks: [risks::T63, risks::T64B],
        params: [P_P1_ABSENT_RATE],
        advice: "加强查房和请假管理，不在床率保持在{}以内。",
        reading: "“抽查时”口径，分母原文未定义，按抽查时病区在院病人数（推定）⟦X-23⟧；以医保经办机构抽查结果为准。",
    ),
    item!(Nantong, "nt.a18.p2.two-way-referral", "第十八条", Some("第2款"), "二三级医院双向转诊",
        quote: "二、三级医院应按照分级诊疗制度的要求，执行双向转诊规定",
        asks: [sc::LEVEL, q::TWO_WAY_REFERRAL],
        check: |ctx| audit::kept(ctx, &q::TWO_WAY_REFERRAL),
        scope: [Scope::SecondaryOrTertiary],
        risks: [risks::T63],
        advice: "建立双向转诊流程，将符合条件的患者转护理院或照护病区。",
    ),
    item!(Nantong, "nt.a18.p3.no-early-discharge", "第十八条", Some("第3款"), "不分解指标、不提前出院",
        quote: "不得将费用管理或总量指标分解到参保患者个人；不得以费用等为由要求未达到出院标准的参保人员提前出院或自费住院",
        asks: [sc::INPATIENT_SERVICE, q::QUOTA_TO_PATIENTS],
        check: |ctx| audit::absent(ctx, &q::QUOTA_TO_PATIENTS),
        scope: [Scope::Inpatient],
        risks: [risks::T63],
        advice: "取消按患者分解的费用指标，出院以出院标准为据。",
    ),
    item!(Nantong, "nt.a18.p4.no-split-admission", "第十八条", Some("第4款"), "不得分解住院",
        quote: "乙方不得分解住院，即不得将不符合出院条件的参保人员先办理出院再收治入院",
        asks: [sc::INPATIENT_SERVICE, js::SPLIT_ADMISSION, q::SPLIT_SELF_PAY],
        check: |ctx| combine(vec![
            audit::absent(ctx, &js::SPLIT_ADMISSION),
            audit::absent(ctx, &q::SPLIT_SELF_PAY),
        ]),
        scope: [Scope::Inpatient],
        risks: [risks::T63, risks::A18_SPLIT_ADMISSION],
        advice: "核查短期再入院病例，杜绝分解住院和挂床住院。",
    ),
    item!(Nantong, "nt.a18.p6.readmission-rate", "第十八条", Some("第6款"), "15天二次住院率不超上年",
        quote: "15 天以内二次住院率（即 15 天以内住院总人次-住院总人数/住院总人次*100％）应不超过上年平均水平",
        asks: [sc::INPATIENT_SERVICE, q::ADMISSIONS_WITHIN_15_DAYS, q::READMISSION_PATIENTS, q::ADMISSIONS_TOTAL, q::READMISSION_LAST_YEAR],
        check: readmission,
        scope: [Scope::Inpatient],
        risks: [risks::T63],
        advice: "按同口径统计15天再住院率，高于上年的逐例核查。",
        reading: "原文公式按运算顺序不成立，推定为（A－B）÷C⟦X-23⟧；三项须取自同一人群和期间，结果为负或数据矛盾时判“需复核”。",
    ),
    item!(Nantong, "nt.a18.p7.refused-discharge", "第十八条", Some("第7款"), "拒绝出院停止医保结算",
        quote: "参保人拒绝出院的，应当自通知其出院之日起，停止医疗保险费用结算，并向医保中心出具相关书面材料备查",
        asks: [sc::INPATIENT_SERVICE, q::REFUSED_DISCHARGE],
        check: |ctx| occasion(ctx, &q::REFUSED_DISCHARGE),
        scope: [Scope::Inpatient],
        risks: [risks::T63],
        advice: "书面通知出院，对拒不出院的停止医保结算并报备。",
    ),
    item!(Nantong, "nt.a19.bedridden-list", "第十九条", None, "每季报送卧床病人名单",
        quote: "乙方应于每季初 10 日前，如实将上季度住院参保患者中卧床病人名单报甲方备核",
        asks: [base::INSTITUTION_KIND, q::BEDRIDDEN_LIST],
        check: |ctx| audit::kept(ctx, &q::BEDRIDDEN_LIST),
        scope: [Scope::Nursing],
        risks: [risks::UNMAPPED],
        advice: "每季初按“时限与等待期”所列日期报送卧床病人名单。",
        reading: "本条适用于护理院和照护病区，工具无法识别照护病区，按护理院适用；“每季初10日前”默认不含当日⟦X-44⟧。未列入违约责任条款⟦X-21⟧。",
    ),
    item!(Nantong, "nt.a19.bedridden-rate", "第十九条", None, "卧床率不低于{}",
        quote: "乙方收治住院参保患者的卧床率不得低于 60%",
        asks: [sc::PERIOD, base::INSTITUTION_KIND, q::BEDRIDDEN_RATE],
        check: |ctx| audit::rate_within(ctx, &q::BEDRIDDEN_RATE, &P_BEDRIDDEN_RATE),
        scope: [Scope::Nursing],
        risks: [risks::UNMAPPED],
        params: [P_BEDRIDDEN_RATE],
        advice: "按收治标准收治长期卧床等患者，按季监测卧床率。",
        reading: NURSING_READING,
    ),
    item!(Nantong, "nt.a19.hospice-rate", "第十九条", None, "临终关怀率不低于{}",
        quote: "临终关怀率不得低于 10%",
        asks: [sc::PERIOD, base::INSTITUTION_KIND, q::HOSPICE_RATE],
        check: |ctx| audit::rate_within(ctx, &q::HOSPICE_RATE, &P_HOSPICE_RATE),
        scope: [Scope::Nursing],
        risks: [risks::UNMAPPED],
        params: [P_HOSPICE_RATE],
        advice: "按季监测临终关怀率，低于{}的调整收治结构。",
        reading: NURSING_READING,
    ),
    item!(Nantong, "nt.a20.referral", "第二十条", None, "转诊转院制度和市外备案",
        quote: "乙方应当建立健全转诊转院制度，及时为符合条件的参保人员办理转诊转院手续，转诊转院手续齐全",
        asks: [q::REFERRAL_SYSTEM, sc::SERVICES, q::OUT_OF_CITY_REFERRAL],
        check: |ctx| combine(vec![
            audit::kept(ctx, &q::REFERRAL_SYSTEM),
            within(ctx, Scope::Provides(Service::ReferralOutOfCity), "转市外备案审核", |c| audit::kept(c, &q::OUT_OF_CITY_REFERRAL)),
        ]),
        risks: [risks::T64A],
        advice: "建立转诊转院流程和审核台账，手续留档。",
    ),
    item!(Nantong, "nt.a21.special-services", "第二十一条", None, "特殊病、特药和延伸业务",
        quote: "不得将不符合规定的病种纳入门诊支付范围",
        asks: [sc::SERVICES, q::SPECIAL_OUTPATIENT, q::SPECIAL_DRUGS, q::SPECIAL_DRUGS_OUTSIDE, q::EXTENSION_WINDOW],
        check: |ctx| combine(vec![
            within(ctx, Scope::Provides(Service::SpecialOutpatient), "门诊特殊病、慢性病管理", |c| audit::kept(c, &q::SPECIAL_OUTPATIENT)),
            within(ctx, Scope::Provides(Service::SpecialDrugs), "特药管理", |c| combine(vec![
                audit::kept(c, &q::SPECIAL_DRUGS),
                audit::absent(c, &q::SPECIAL_DRUGS_OUTSIDE),
            ])),
            within(ctx, Scope::Provides(Service::Extension), "医保延伸业务", |c| audit::kept(c, &q::EXTENSION_WINDOW)),
        ]),
        risks: [risks::T64A],
        advice: "按资质逐项核查特殊病准入、特药使用和延伸业务专窗。",
    ),
    item!(Nantong, "nt.a22.settlement-and-inpatient-fees", "第二十二条", None, "刷卡记账和住院费用并入",
        quote: "入、出院日期必须准确录入、上传并与病历一致",
        asks: [q::CARD_REMINDED, sc::INPATIENT_SERVICE, q::INPATIENT_FEES_MERGED, q::EXTERNAL_PURCHASE_APPROVED],
        check: |ctx| combine(vec![
            audit::kept(ctx, &q::CARD_REMINDED),
            within(ctx, Scope::Inpatient, "住院费用审核与并入", |c| {
                audit::all_kept(c, &[&q::INPATIENT_FEES_MERGED, &q::EXTERNAL_PURCHASE_APPROVED])
            }),
        ]),
        risks: [risks::T64A],
        advice: "提醒刷卡记账；留观、外购药和外出检查费用并入住院费用。",
    ),
    item!(Nantong, "nt.a23.centre-extension-and-stations", "第二十三条", None, "中心延伸服务和站点管理",
        quote: "定期对辖区内定点社区卫生服务站的医疗保险服务情况进行检查，并做好检查记录",
        asks: [base::INSTITUTION_KIND, q::CENTRE_EXTENSION, q::CENTRE_MANAGES_STATIONS],
        check: |ctx| audit::all_kept(ctx, &[&q::CENTRE_EXTENSION, &q::CENTRE_MANAGES_STATIONS]),
        scope: [Scope::CommunityCentre],
        risks: [risks::UNMAPPED],
        advice: "设医保延伸专窗；定期检查辖区服务站并留存记录。",
        reading: "第二十三条未列入第六十三、六十四条，协议未约定违约金⟦X-21⟧；站点违规而中心未尽管理职能的2000元见第五十条第2款。",
    ),
    item!(Nantong, "nt.a23.p3.station-accepts-centre", "第二十三条", Some("第3款"), "服务站接受中心管理",
        quote: "应主动接受并积极配合所属社区卫生服务中心的指导与管理，对社区卫生服务中心日常检查管理中发现的问题，应认真整改",
        asks: [base::INSTITUTION_KIND, q::STATION_ACCEPTS_CENTRE],
        check: |ctx| audit::kept(ctx, &q::STATION_ACCEPTS_CENTRE),
        scope: [Scope::CommunityStation],
        risks: [risks::A23_STATION],
        advice: "配合所属中心检查，对发现的问题限期整改并反馈。",
        reading: "原文主体写“乙方（社区卫生服务中心）”，上下文为服务站接受中心管理，按社区卫生服务站适用⟦X-27⟧；“违约金加倍”按4000元理解，不逐次累乘⟦X-24⟧。",
    ),
    item!(Nantong, "nt.a24.family-doctor", "第二十四条", None, "家庭医生签约和解约管理",
        quote: "实行乙方及所属家庭医生（经备案登记的医保医师）在与参保人员签约后，方可提供普通门诊统筹服务",
        asks: [base::INSTITUTION_KIND, q::FAMILY_DOCTOR, q::SUSPENSION_CANCELLATIONS, q::SUSPENSION_ANNOUNCED],
        check: |ctx| combine(vec![
            audit::kept(ctx, &q::FAMILY_DOCTOR),
            occasion(ctx, &q::SUSPENSION_CANCELLATIONS),
            occasion(ctx, &q::SUSPENSION_ANNOUNCED),
        ]),
        scope: [Scope::Community],
        risks: [risks::T64B],
        advice: "先签约后提供门诊统筹，资料长期保存；被暂停时公告并办理解约。",
    ),
    item!(Nantong, "nt.a25.price-and-general-fee", "第二十五条", None, "价格标准和一般诊疗费",
        quote: "医保支付标准不高于医保部门规定的非营利性一级医院价格标准",
        asks: [base::INSTITUTION_KIND, q::COMMUNITY_PRICE, q::GENERAL_FEE],
        check: |ctx| combine(vec![
            audit::kept(ctx, &q::COMMUNITY_PRICE),
            occasion(ctx, &q::GENERAL_FEE),
        ]),
        scope: [Scope::Community],
        risks: [A25_NOT_PAID, risks::A66_GENERAL_FEE],
        advice: "收费不高于非营利性一级医院标准，按疗程收一般诊疗费。",
    ),
    item!(Nantong, "nt.a26.finance", "第二十六条", None, "财务制度和规范票据",
        quote: "向参保人员出具规范有效的医疗收费票据，开具项目真实、准确",
        asks: [base::SYSTEM_FINANCE, js::RECEIPTS_TRUE, q::REFUSED_FEES_ACCOUNTED],
        check: |ctx| audit::all_kept(ctx, &[&base::SYSTEM_FINANCE, &js::RECEIPTS_TRUE, &q::REFUSED_FEES_ACCOUNTED]),
        risks: [risks::T64B],
        advice: "健全财务制度，规范开具票据，及时处理拒付费用。",
    ),
    item!(Nantong, "nt.a27.no-improper-promotion", "第二十七条", None, "不得违规宣传和促销",
        quote: "不得以定点医疗机构的名义违规进行广告宣传或违反医疗（生育）保险政策的宣传；不得以现金、礼券及生活用品等进行医疗消费的促销活动",
        asks: [q::IMPROPER_PROMOTION],
        check: |ctx| audit::absent(ctx, &q::IMPROPER_PROMOTION),
        risks: [risks::T64B],
        advice: "清理宣传材料，停止以定点名义的广告和促销活动。",
    ),
    item!(Nantong, "nt.a28.checkup-reports", "第二十八条", None, "体检结论上传和报送",
        quote: "应将参保人员的体检结论录入或上传医保（或指定）信息系统，并按规定时间将体检结论及综合报告书面报参检人员及甲方",
        asks: [sc::SERVICES, q::CHECKUP_REPORTS],
        check: |ctx| audit::kept(ctx, &q::CHECKUP_REPORTS),
        scope: [Scope::Provides(Service::HealthCheckup)],
        risks: [risks::T64C],
        advice: "体检结论按时上传医保系统，并书面报参检人员和经办机构。",
    ),
    item!(Nantong, "nt.a29.catalogues-and-drug-use", "第二十九条", None, "执行目录、合理用药",
        quote: "不得超使用范围、规定、权限使用限制类、特药类药品或不合理用药",
        asks: [js::CATALOGUES_FOLLOWED, v::NT_A65_PRESCRIPTION_RULES],
        check: |ctx| combine(vec![
            audit::kept(ctx, &js::CATALOGUES_FOLLOWED),
            audit::absent(ctx, &v::NT_A65_PRESCRIPTION_RULES),
        ]),
        risks: [risks::T64A, risks::T64B, risks::T65_2],
        only_on: [(risks::T65_2, [v::NT_A65_PRESCRIPTION_RULES])],
        advice: "在系统中设置限制类药品权限和提示，开展处方点评。",
    ),
    item!(Nantong, "nt.a30.drug-supply", "第三十条", None, "保障目录药品和谈判药",
        quote: "不得以总控指标、药占比、次均费用等理由拒不采购、不使用《药品目录》内药品",
        asks: [q::CATALOGUE_DRUGS_REFUSED, q::NEGOTIATED_DRUGS],
        check: |ctx| combine(vec![
            audit::absent(ctx, &q::CATALOGUE_DRUGS_REFUSED),
            audit::kept(ctx, &q::NEGOTIATED_DRUGS),
        ]),
        risks: [risks::T64B],
        advice: "按临床需要配备目录药品，国家谈判药应采尽采。",
    ),
    item!(Nantong, "nt.a31.inventory", "第三十一条", None, "进销存台账和月报",
        quote: "按规定建立进销存台账。药品购销存实行电算化管理且管理系统正常运行",
        asks: [q::INVENTORY_LEDGER, v::NT_A65_STOCK_MISMATCH, base::INSTITUTION_KIND, q::INVENTORY_REPORT],
        check: |ctx| combine(vec![
            audit::kept(ctx, &q::INVENTORY_LEDGER),
            audit::absent(ctx, &v::NT_A65_STOCK_MISMATCH),
            inventory_report(ctx),
        ]),
        risks: [risks::T64B, risks::T65_2],
        only_on: [(risks::T65_2, [v::NT_A65_STOCK_MISMATCH])],
        advice: "进销存电算化并定期盘点；服务站、诊所每月按时报送。",
        reading: "月报只适用于社区卫生服务站、门诊部、诊所（按机构类别判断）；“每月10日前”默认不含当日，日期见“时限与等待期”⟦X-44⟧。",
    ),
    item!(Nantong, "nt.a32.restricted-payment", "第三十二条", None, "限定支付范围留存依据",
        quote: "乙方要严格掌握目录内部分药品的限定支付范围并留存用药依据便于甲方核查",
        asks: [q::RESTRICTED_PAYMENT_EVIDENCE],
        check: |ctx| audit::kept(ctx, &q::RESTRICTED_PAYMENT_EVIDENCE),
        risks: [risks::T64B],
        advice: "对限定支付药品在病历中记录用药依据。",
    ),
    item!(Nantong, "nt.a33.preferred-drugs", "第三十三条", None, "鼓励优先选用甲类、基本药物等",
        quote: "乙方应当采取措施鼓励医保医师提供医保服务时优先选用《药品目录》内甲类药品；优先选用国家基本药物；优先选用通过一致性评价的品种；优先选用集中招标采购中选药品",
        asks: [q::PREFERRED_DRUGS],
        check: |ctx| audit::kept(ctx, &q::PREFERRED_DRUGS),
        risks: [risks::UNMAPPED],
        advice: "制定合理用药引导措施（处方点评、用药目录提示等），鼓励优先选用甲类药品、基本药物、一致性评价和集采中选品种。",
        reading: "本条未列入第六十三、六十四条的违约责任条款：协议未明确违约金⟦X-21⟧。",
    ),
    item!(Nantong, "nt.a35.discharge-drugs", "第三十五条", None, "出院带药规范",
        quote: "不得违反相关规定或开具与本次住院所患疾病无关的药品",
        asks: [sc::INPATIENT_SERVICE, q::DISCHARGE_DRUGS],
        check: |ctx| audit::kept(ctx, &q::DISCHARGE_DRUGS),
        scope: [Scope::Inpatient],
        risks: [risks::T64A],
        advice: "出院带药限口服且与本次疾病相关，系统设置限量。",
    ),
    item!(Nantong, "nt.a36.zero-markup", "第三十六条", None, "药品零差率销售",
        quote: "其药物应按实际进价零差率销售",
        asks: [sc::PRICE_REFORM, sc::ZERO_MARKUP_DRUGS, q::ZERO_MARKUP],
        check: |ctx| audit::kept(ctx, &q::ZERO_MARKUP),
        scope: [Scope::ZeroMarkup],
        risks: [A36_REFUND],
        advice: "核对药品售价与进价一致，多收部分退回医保基金。",
    ),
    item!(Nantong, "nt.a37.pricing-and-charges", "第三十七条", None, "收费标准、阳光采购和规范收费",
        quote: "乙方不得擅自提高收费标准，不得超标准、套用项目、自立项目或分解重复等违规收费",
        asks: [sc::PRICE_REFORM, sc::PRICES_ADJUSTED_198, q::SERVICE_PRICE_CEILING, base::OWNERSHIP, q::DRUGS_FROM_PLATFORM, js::IMPROPER_CHARGES, q::IRREGULAR_CHARGES, q::PRICE_DATABASE],
        check: |ctx| combine(vec![
            service_price_ceiling(ctx),
            within(ctx, Scope::Public, "药品全部从省平台采购", |c| audit::kept(c, &q::DRUGS_FROM_PLATFORM)),
            audit::absent(ctx, &js::IMPROPER_CHARGES),
            audit::absent(ctx, &q::IRREGULAR_CHARGES),
            audit::kept(ctx, &q::PRICE_DATABASE),
        ]),
        risks: [risks::T64A, risks::T65_2, A37_BUDGET],
        only_on: [(risks::T65_2, [js::IMPROPER_CHARGES, q::IRREGULAR_CHARGES, q::SERVICE_PRICE_CEILING]), (A37_BUDGET, [q::DRUGS_FROM_PLATFORM])],
        advice: "对照价格文件逐项核查收费，公立机构药品全部从省平台采购。",
        reading: "政府指导价上限只适用于未实施价改的机构（按第十条（三）的价改问题判断；已按通价费〔2018〕198号调价的按该文件）；省平台采购只适用于公立机构。",
    ),
    item!(Nantong, "nt.a38.consumables", "第三十八条", None, "耗材零加成和阳光采购",
        quote: "公立医疗机构应严格执行取消医用耗材加成政策",
        asks: [base::OWNERSHIP, q::CONSUMABLES],
        check: |ctx| audit::kept(ctx, &q::CONSUMABLES),
        scope: [Scope::Public],
        risks: [A38_NOT_PAID],
        advice: "取消耗材加成，只采购省阳光采购目录内的耗材。",
    ),
    item!(Nantong, "nt.a39.special-items-control", "第三十九条", None, "特殊药品耗材项目管控",
        quote: "乙方应建立特殊药品、医用材料（含植入类医疗器械）和诊疗项目管控制度",
        asks: [q::SPECIAL_ITEMS_CONTROL],
        check: |ctx| audit::kept(ctx, &q::SPECIAL_ITEMS_CONTROL),
        risks: [risks::UNMAPPED],
        advice: "建立特殊药品、植入类耗材管控制度并保存使用记录。",
    ),
    item!(Nantong, "nt.a40.no-routine-large-equipment", "第四十条", None, "大型设备检查不作常规",
        quote: "不得将大型医疗设备检查项目列为常规检查",
        asks: [q::ROUTINE_LARGE_EQUIPMENT],
        check: |ctx| audit::absent(ctx, &q::ROUTINE_LARGE_EQUIPMENT),
        risks: [risks::T64B],
        advice: "严格掌握CT、MRI等检查指征，取消套餐式常规检验。",
    ),
    item!(Nantong, "nt.a41.bed-upgrade-consent", "第四十一条", None, "超标准床位告知同意",
        quote: "如未告知或未经参保人员（家属）同意，不得向参保人员收取超标准费用",
        asks: [sc::INPATIENT_SERVICE, q::BED_UPGRADE_CONSENT],
        check: |ctx| audit::kept(ctx, &q::BED_UPGRADE_CONSENT),
        scope: [Scope::Inpatient],
        risks: [risks::T64B],
        advice: "使用超标准床位前书面告知并取得同意。",
    ),
    item!(Nantong, "nt.a42.p2.months-over-target", "第四十二条", Some("第2款"), "连续超总量指标的月数",
        quote: "连续二个月以上超出当期总量管理指标",
        asks: [q::MONTHS_OVER_TARGET],
        check: months_over_target,
        risks: [A42_MEASURES],
        advice: "按月比对总量指标，超出时及时分析并申报调整。",
        reading: "“二个月以上”含二个月；这是医保经办机构可采取管理措施的情形，不是违约金。",
    ),
    item!(Nantong, "nt.a42.p3.volume-target", "第四十二条", Some("第3款"), "控制在年度总量指标内",
        quote: "将费用发生额控制在年初下达的总量指标内",
        asks: [q::VOLUME_TARGET],
        check: |ctx| audit::kept(ctx, &q::VOLUME_TARGET),
        risks: [risks::T64A],
        advice: "分解总量指标按月监控，执行困难的事前预申报。",
    ),
    item!(Nantong, "nt.a42.single-disease", "第四十二条", None, "单病种结算规范",
        quote: "不得推诿重症病人和减少服务，不得再收取或变相收取其他医疗费用",
        asks: [sc::SERVICES, q::SINGLE_DISEASE],
        check: |ctx| audit::kept(ctx, &q::SINGLE_DISEASE),
        scope: [Scope::Provides(Service::SingleDisease)],
        risks: [risks::T64A, risks::T64B],
        advice: "按临床路径开展单病种服务，符合条件的病例纳入结算。",
    ),
    item!(Nantong, "nt.a42.p4.single-disease-exit-rate", "第四十二条", Some("第4款"), "单病种退出率不超{}",
        quote: "进入按病种收付费临床路径后，要严格控制退出率，确保退出率不超过 10%",
        asks: [sc::PERIOD, sc::SERVICES, q::SINGLE_DISEASE_EXIT_RATE],
        check: |ctx| audit::rate_within(ctx, &q::SINGLE_DISEASE_EXIT_RATE, &P_P4_SINGLE_DISEASE_EXIT_RATE),
        scope: [Scope::Provides(Service::SingleDisease)],
        risks: [risks::T64A],
        params: [P_P4_SINGLE_DISEASE_EXIT_RATE],
        advice: "逐例审核退出临床路径的理由，退出率控制在{}以内。",
    ),
    item!(Nantong, "nt.a43.p1.cash-and-cross-region", "第四十三条", Some("第1款"), "不得要求现金结算或减免",
        quote: "无特殊情况，乙方不得要求参保人全额现金结算医疗费用，不得减免或变相减免医保范围内应由参保人个人承担的费用",
        asks: [q::FULL_CASH, v::NT_A65_COPAY_WAIVED, sc::SERVICES, js::CROSS_REGION_SETTLEMENT],
        check: |ctx| combine(vec![
            audit::absent(ctx, &q::FULL_CASH),
            audit::absent(ctx, &v::NT_A65_COPAY_WAIVED),
            within(ctx, Scope::Provides(Service::CrossRegion), "异地参保人员即时刷卡结算", |c| audit::kept(c, &js::CROSS_REGION_SETTLEMENT)),
        ]),
        risks: [risks::T64B, risks::T65_3],
        only_on: [(risks::T65_3, [v::NT_A65_COPAY_WAIVED])],
        advice: "停止减免个人自付；异地参保人员一律即时刷卡结算。",
    ),
    item!(Nantong, "nt.a44.excluded-costs", "第四十四条", None, "非医保范围费用不入结算",
        quote: "不得将不属于医疗保险基金结付范围或应由参保人员个人负担的医疗费用列入医疗保险基金结付",
        asks: [js::WITHIN_PAYMENT_SCOPE],
        check: |ctx| audit::kept(ctx, &js::WITHIN_PAYMENT_SCOPE),
        risks: [risks::T65_2],
        advice: "对工伤、第三人责任、自伤等费用设审核，不纳入医保。",
    ),
    item!(Nantong, "nt.a45.disputes-reported", "第四十五条", None, "医疗纠纷及时报告",
        quote: "参保人与乙方发生医疗纠纷并涉及医疗费用结算的，乙方应当及时报告甲方",
        asks: [q::DISPUTES_REPORTED],
        check: |ctx| occasion(ctx, &q::DISPUTES_REPORTED),
        risks: [risks::T63, risks::T64A],
        advice: "涉及医保结算的医疗纠纷发生后及时书面报告经办机构。",
    ),
    item!(Nantong, "nt.a46.statements-and-reconciliation", "第四十六条", None, "按时认证报表和日对账",
        quote: "在每月 5 号之前完成上月医疗、生育医疗费用明细表的认证，每月 20 号前完成上月医疗、生育医疗费用结算表的认证",
        asks: [q::STATEMENTS_CERTIFIED, q::DAILY_RECONCILIATION],
        check: |ctx| audit::all_kept(ctx, &[&q::STATEMENTS_CERTIFIED, &q::DAILY_RECONCILIATION]),
        risks: [A46_MEASURES, risks::UNMAPPED],
        advice: "按“时限与等待期”所列日期认证报表，每日对账。",
        reading: "“每月5号之前”“每月20号前”默认不含当日、逢休息日不顺延，日期见“时限与等待期”⟦X-44⟧。",
    ),
    item!(Nantong, "nt.a46.p3.rehab-history", "第四十六条", Some("第3款"), "康复患者先核实既往支付",
        quote: "在收治需进行康复治疗的参保人员时，应先核实该人员既往统筹基金支付情况",
        asks: [sc::SERVICES, q::REHAB_HISTORY_CHECKED],
        check: |ctx| audit::kept(ctx, &q::REHAB_HISTORY_CHECKED),
        scope: [Scope::Provides(Service::Rehabilitation)],
        risks: [risks::T63, A46_DUPLICATE],
        advice: "康复患者入院前查询既往统筹基金支付记录。",
    ),
    item!(Nantong, "nt.a47.p2.audit-explained", "第四十七条", Some("第2款"), "违规告知后5日内书面说明",
        quote: "乙方应当在收到告知后 5 个工作日之内向甲方做出书面说明",
        asks: [q::AUDIT_EXPLAINED],
        check: |ctx| occasion(ctx, &q::AUDIT_EXPLAINED),
        risks: [risks::T64B, A47_REFUSAL],
        advice: "收到告知后按“时限与等待期”所算日期书面说明。",
    ),
    item!(Nantong, "nt.a48.smart-monitoring", "第四十八条", None, "智能监控对接与反馈",
        quote: "将监控规则等嵌入医院信息系统，按要求将医院信息系统与医疗保险智能监控系统进行有效对接",
        asks: [q::MONITORING_EMBEDDED, q::SUSPICIONS_HANDLED, q::INTERACTION_SYSTEM, sc::SERVICES, q::MONITORING_FEEDBACK],
        check: |ctx| combine(vec![
            audit::all_kept(ctx, &[&q::MONITORING_EMBEDDED, &q::SUSPICIONS_HANDLED, &q::INTERACTION_SYSTEM]),
            within(ctx, Scope::Provides(Service::SmartMonitoring), "每季度反馈院端智能监控使用情况", |c| audit::kept(c, &q::MONITORING_FEEDBACK)),
        ]),
        risks: [risks::T63, risks::T64B],
        advice: "嵌入监控规则，及时处理疑点，按季反馈院端监控使用情况。",
    ),
    item!(Nantong, "nt.a48.p3.monitoring-changes-filed", "第四十八条", Some("第3款"), "院端监控内容变更书面备案",
        quote: "乙方使用中涉及增加或修改内容的需求，乙方需书面提交甲方备案，经甲方确认后按规定流程进行调整",
        asks: [sc::SERVICES, q::MONITORING_CHANGES_FILED],
        check: |ctx| occasion(ctx, &q::MONITORING_CHANGES_FILED),
        scope: [Scope::Provides(Service::SmartMonitoring)],
        risks: [risks::T63, risks::T64B],
        advice: "需增加或修改院端智能监控内容的，先书面提交医保经办机构备案，经确认后再按流程调整。",
        reading: "只适用于已建设实施院端智能监控系统的机构；变动幅度较大的，原文写“双方应协商解决”，不设期限。",
    ),
    item!(Nantong, "nt.a49.no-quota-shifting", "第四十九条", None, "不因指标推诿或转嫁",
        quote: "不得因指标管控推诿拒收病人或将超过指标控制的医疗费用转嫁给参保人",
        asks: [q::QUOTA_SHIFTED],
        check: |ctx| audit::absent(ctx, &q::QUOTA_SHIFTED),
        risks: [risks::T64B],
        advice: "指标管理不得落到拒收病人或向患者转嫁费用。",
    ),
    item!(Nantong, "nt.a50.p2.station-inspections", "第五十条", Some("第2款"), "每季检查服务站至少{}",
        quote: "每季检查应不少于 1 次",
        asks: [base::INSTITUTION_KIND, q::STATION_INSPECTIONS],
        check: |ctx| audit::count_at_least(ctx, &q::STATION_INSPECTIONS, &P_P2_STATION_INSPECTIONS),
        scope: [Scope::CommunityCentre],
        risks: [risks::UNMAPPED],
        params: [P_P2_STATION_INSPECTIONS],
        advice: "制定季度检查计划，每季至少检查每个服务站{}并记录。",
        reading: "是否逐站计算原文未明，按逐站（较严）填写检查最少的服务站、最少一季的次数；次数不足本身未约定违约金⟦X-21⟧。",
    ),
    item!(Nantong, "nt.a50.p2.station-violations", "第五十条", Some("第2款"), "服务站违规不得隐瞒",
        quote: "乙方发现辖区内社区卫生服务站有违规行为但隐瞒不报的",
        asks: [base::INSTITUTION_KIND, q::STATION_VIOLATIONS_UNMANAGED],
        check: |ctx| audit::absent(ctx, &q::STATION_VIOLATIONS_UNMANAGED),
        scope: [Scope::CommunityCentre],
        risks: [risks::A50_CENTRE],
        advice: "发现服务站违规及时制止并报告医保经办机构。",
    ),
    item!(Nantong, "nt.a53.information-management", "第五十三条", None, "专线联网和信息管理",
        quote: "通过专线与医保信息系统联网；乙方的信息系统与其他外部网络联网时要采用有效的安全隔离措施",
        asks: [q::NETWORK_ISOLATED, q::DEVICES_MISUSED, q::IT_STAFF_FILED, q::DATA_QUALITY],
        check: |ctx| combine(vec![
            audit::kept(ctx, &q::NETWORK_ISOLATED),
            audit::absent(ctx, &q::DEVICES_MISUSED),
            audit::kept(ctx, &q::IT_STAFF_FILED),
            audit::kept(ctx, &q::DATA_QUALITY),
        ]),
        risks: [risks::T63],
        advice: "专线联网并与外网隔离，专人管理，刷卡设备不外借。",
    ),
    item!(Nantong, "nt.a54.no-branch-settlement", "第五十四条", None, "不得为无资格机构结算",
        quote: "乙方不得擅自将不具备医保结算资格的分支机构或其他机构的医疗费用纳入申报结算范围",
        asks: [js::SETTLEMENT_FOR_OTHERS],
        check: |ctx| audit::absent(ctx, &js::SETTLEMENT_FOR_OTHERS),
        risks: [risks::UNMAPPED, risks::T65_3, risks::T65_4, risks::T65_X],
        advice: "清查结算数据来源，停止为分支或其他机构申报结算。",
    ),
    item!(Nantong, "nt.a55.codes-and-databases", "第五十五条", None, "医保编码和基础数据库",
        quote: "乙方应按规定使用国家统一的医保编码，维护好医保药品、诊疗项目、医用耗材、疾病病种、医保医师、医保药师等基础数据库",
        asks: [base::IT_NATIONAL_CODES, q::BASE_DATABASES],
        check: |ctx| audit::all_kept(ctx, &[&base::IT_NATIONAL_CODES, &q::BASE_DATABASES]),
        risks: [risks::T63, risks::T64D],
        advice: "使用国家医保编码，定期维护药品、医师等基础数据库。",
    ),
    item!(Nantong, "nt.a56.data-security", "第五十六条", None, "信息安全与保密",
        quote: "不得泄露参保人参保就医信息，切实做好信息数据安全保密工作",
        asks: [js::DATA_SECURITY, q::SYSTEMS_MAINTAINED],
        check: |ctx| audit::all_kept(ctx, &[&js::DATA_SECURITY, &q::SYSTEMS_MAINTAINED]),
        risks: [risks::T64D],
        advice: "落实信息安全管理，限定数据和视频存储的访问权限。",
    ),
    item!(Nantong, "nt.a57.data-integrity", "第五十七条", None, "上传信息不得篡改",
        quote: "不得人为篡改作假",
        asks: [q::DATA_TAMPERED, sc::SERVICES, q::EHR_WORKSTATION],
        check: |ctx| combine(vec![
            audit::absent(ctx, &q::DATA_TAMPERED),
            within(ctx, Scope::Provides(Service::ElectronicRecords), "医生（护理）工作站", |c| audit::kept(c, &q::EHR_WORKSTATION)),
        ]),
        risks: [risks::T64A, risks::UNMAPPED],
        advice: "保留上传日志，不改已上传数据；电子病历机构建工作站。",
        reading: "第1款列入第六十四条（不予支付并支付违约金）；第2款工作站要求未列入违约责任条款⟦X-21⟧。",
    ),
    item!(Nantong, "nt.a58.contingency-plan", "第五十八条", None, "信息系统应急预案",
        quote: "医保信息部门和乙方应当制定应急预案",
        asks: [q::CONTINGENCY_PLAN],
        check: |ctx| audit::kept(ctx, &q::CONTINGENCY_PLAN),
        risks: [risks::UNMAPPED],
        advice: "制定系统故障应急预案并演练，故障时及时通知。",
    ),
    item!(Nantong, "nt.a59.p3.video-devices", "第五十九条", Some("第3款"), "视频设备不少于{}",
        quote: "配备的远程视频管理设备应不少于 2 套",
        asks: [sc::VIDEO_MANAGEMENT, q::VIDEO_DEVICES, base::INSTITUTION_KIND],
        check: |ctx| video(ctx, audit::count_at_least(ctx, &q::VIDEO_DEVICES, &P_P3_VIDEO_DEVICES)),
        scope: [Scope::Video],
        risks: [risks::T64F],
        params: [P_P3_VIDEO_DEVICES],
        advice: "按要求配齐不少于{}远程视频管理设备。",
        reading: VIDEO_READING,
    ),
    item!(Nantong, "nt.a59.video-management", "第五十九条", None, "视频提示、画面和位置变更",
        quote: "将医疗（生育）保险挂号、结算等服务过程纳入视频管理，服务过程的画面、声音清晰可辨",
        asks: [sc::VIDEO_MANAGEMENT, q::VIDEO_NOTICE_AND_POWER, q::VIDEO_COVERAGE, q::VIDEO_CHANGE_APPLIED, base::INSTITUTION_KIND],
        check: |ctx| video(ctx, combine(vec![
            audit::kept(ctx, &q::VIDEO_NOTICE_AND_POWER),
            audit::kept(ctx, &q::VIDEO_COVERAGE),
            occasion(ctx, &q::VIDEO_CHANGE_APPLIED),
        ])),
        scope: [Scope::Video],
        risks: [risks::T64F, risks::T64F_FIRST],
        only_on: [(risks::T64F_FIRST, [q::VIDEO_CHANGE_APPLIED])],
        advice: "设提示和专用电源，保证画面声音清晰，变更前7个工作日申请。",
        reading: VIDEO_READING,
    ),
    item!(Nantong, "nt.a60.code-database", "第六十条", None, "项目代码对应和生育信息上传",
        quote: "乙方应按甲方要求，建立并维护与之对应一致的数据库和项目代码，无项目代码的项目费用甲方不予支付",
        asks: [q::CODE_DATABASE, sc::MATERNITY_LICENCE, q::MATERNITY_UPLOADED],
        check: |ctx| combine(vec![
            audit::kept(ctx, &q::CODE_DATABASE),
            within(ctx, Scope::Maternity, "生育保险登记信息上传", |c| audit::kept(c, &q::MATERNITY_UPLOADED)),
        ]),
        risks: [risks::T63, risks::T64E, A60_NOT_PAID],
        advice: "核对项目代码对照和ICD-10编码，生育登记信息及时上传。",
        reading: "第六十四条“自第二次起加倍”按10000元理解，不逐次累乘，计数按协议期内（推定）⟦X-24⟧。",
    ),
    item!(Nantong, "nt.a60.p3.outpatient-match-rate", "第六十条", Some("第3款"), "门诊上传符合率≥{}",
        quote: "上传的门诊诊断、处方医师与处方的符合率≥95%",
        asks: [sc::PERIOD, q::OUTPATIENT_MATCH_RATE],
        check: |ctx| audit::rate_within(ctx, &q::OUTPATIENT_MATCH_RATE, &P_P3_OUTPATIENT_MATCH_RATE),
        risks: [risks::T63, risks::T64E],
        params: [P_P3_OUTPATIENT_MATCH_RATE],
        advice: "抽查上传的门诊诊断、医师与处方是否一致并纠正。",
        reading: "分母原文未定义，按上传的门诊处方数（推定）⟦X-23⟧；以医保经办机构核查口径为准。",
    ),
    item!(Nantong, "nt.a60.p3.inpatient-upload-rate", "第六十条", Some("第3款"), "住院24小时上传率{}",
        quote: "最迟应在医疗服务行为发生后 24 小时内上传，要求规定项目的上传率 100%",
        asks: [sc::PERIOD, sc::INPATIENT_SERVICE, q::INPATIENT_UPLOAD_RATE],
        check: |ctx| audit::rate_within(ctx, &q::INPATIENT_UPLOAD_RATE, &P_P3_INPATIENT_UPLOAD_RATE),
        scope: [Scope::Inpatient],
        risks: [risks::T63, risks::T64E],
        params: [P_P3_INPATIENT_UPLOAD_RATE],
        advice: "住院费用设24小时内自动上传，每日核对漏传。",
    ),
    item!(Nantong, "nt.a60.p3.inpatient-match-rate", "第六十条", Some("第3款"), "住院上传符合率≥{}",
        quote: "录入上传须与住院病历相符，上传的符合率≥98%",
        asks: [sc::PERIOD, sc::INPATIENT_SERVICE, q::INPATIENT_MATCH_RATE],
        check: |ctx| audit::rate_within(ctx, &q::INPATIENT_MATCH_RATE, &P_P3_INPATIENT_MATCH_RATE),
        scope: [Scope::Inpatient],
        risks: [risks::T63, risks::T64E],
        params: [P_P3_INPATIENT_MATCH_RATE],
        advice: "出院前核对住院号、入出院时间、诊断与病历一致。",
    ),
    item!(Nantong, "nt.a64.video-unauthorised-access", "第六十四条", None, "擅自接入视频监控系统",
        quote: "擅自接入视频监控系统的，暂停医保服务1-3个月",
        asks: [sc::VIDEO_MANAGEMENT, q::VIDEO_UNAUTHORISED_ACCESS],
        check: |ctx| audit::absent(ctx, &q::VIDEO_UNAUTHORISED_ACCESS),
        scope: [Scope::Video],
        risks: [risks::T64F_FIRST],
        advice: "立即断开未经同意接入的设备或线路，恢复原状并向医保经办机构说明。",
        reading: "本句「首次」修饰遮挡摄像头等情形，「擅自接入视频监控系统」以「或」另列：一经查实即暂停医保服务1-3个月，原文未区分次数。只适用于按规定应实施视频管理的机构⟦X-20⟧。",
    ),
    item!(Nantong, "nt.a64.abnormal-swiping", "第六十四条", None, "无服务对象刷卡等异常刷卡",
        quote: "甲方在视频管理中发现乙方存在无服务对象刷卡、为同一人刷多张社会保障卡、同一人社会保障卡多人刷、短时间内为同一人多次刷卡、刷卡结算需支付现金的未见参保人员支付现金或其他非正常诊疗等异常服务情形的，可责令限期暂停整改",
        asks: [sc::VIDEO_MANAGEMENT, q::ABNORMAL_SWIPING],
        check: |ctx| audit::absent(ctx, &q::ABNORMAL_SWIPING),
        scope: [Scope::Video],
        risks: [risks::T64F_ABNORMAL],
        advice: "核查刷卡记录与视频，停止异常刷卡，现金支付与刷卡同步进行并留存记录。",
        reading: "本句的后果以医保经办机构「在视频管理中发现」为前提，故只对按规定应实施视频管理的机构自查；同一行为也属第六十五条所列情形的（如人证不符、留存社会保障卡），另见该条各项⟦X-20、X-26⟧。",
    ),
    item!(Nantong, "nt.a68.staff-violations", "第六十八条", None, "医务人员违规处理通报",
        quote: "乙方应按相关医疗（生育保险）管理规定处理，并将有关处理情况通报甲方",
        asks: [q::STAFF_VIOLATIONS_HANDLED],
        check: |ctx| occasion(ctx, &q::STAFF_VIOLATIONS_HANDLED),
        risks: [A68_PHYSICIANS],
        advice: "对违规医务人员按规定处理并书面通报经办机构。",
    ),
    item!(Nantong, "nt.a69.suspension-notice", "第六十九条", None, "暂停服务期间公告",
        quote: "乙方被暂停医疗（生育）保险服务期间，应在执业场所内明显位置公告停止医疗保险服务原因、期限等情况",
        asks: [q::SUSPENSION_ANNOUNCED],
        check: |ctx| occasion(ctx, &q::SUSPENSION_ANNOUNCED),
        risks: [A69_NOTICE],
        advice: "暂停期间在显著位置公告原因和期限，做好解释。",
    ),
    item!(Nantong, "nt.a72.p1.closure", "第七十二条", Some("第1款"), "停业或歇业的协议终止",
        quote: "乙方停业或歇业（特殊情况报备经甲方核实的除外）",
        asks: [q::CLOSED, q::CLOSURE_VERIFIED],
        check: closure,
        risks: [A72_ENDED],
        advice: "停业、歇业前向医保经办机构报备；属特殊情况的，经其核实后协议不终止。",
        reading: "停业或歇业终止协议，但不是违约：不判为不符合，而判为需人工复核，列出协议终止；特殊情况报备经医保经办机构核实的除外。",
    ),
    item!(Nantong, "nt.a72.p1.not-renewed", "第七十二条", Some("第1款"), "期满非甲方原因未续签的协议终止",
        quote: "协议期满，非甲方原因未与甲方续签协议的",
        asks: [q::RENEWAL],
        check: renewal,
        risks: [A72_ENDED],
        advice: "协议期满前1个月内与医保经办机构协商续签（江苏细则第三十六条：期满前3个月提出续签申请）。",
        reading: "期满后因甲方原因未签订新协议的，原协议继续生效（第七十八条）；非甲方原因未续签的，协议终止，不是违约，判为需人工复核。南通机构另受江苏细则第三十六条「未达成一致的，医保协议到期后自动终止」约束⟦X-52、X-19⟧。",
    ),
    item!(Nantong, "nt.a72.p2.aftercare", "第七十二条", Some("第2款"), "终止、解除、缓签时共同做好善后",
        quote: "终止、解除、缓签协议的，甲乙双方应共同做好善后工作，保证参保人正常就医",
        asks: [q::AFTERCARE],
        check: |ctx| occasion(ctx, &q::AFTERCARE),
        risks: [risks::UNMAPPED],
        advice: "协议终止、解除或缓签时，与医保经办机构逐一处理在院、未结算参保人员的费用，做好告知，保证参保人正常就医。",
        reading: "本款未列入第六十三、六十四条的违约责任条款：协议未明确违约金⟦X-21⟧。",
    ),
    item!(Nantong, "nt.a76.cross-region-service", "第七十六条", None, "异地就医服务",
        quote: "按规定为异地就医参保人员提供合理的医疗服务和费用结算，并告知乙方的联系方式",
        asks: [q::CROSS_REGION_SERVICE],
        check: |ctx| audit::kept(ctx, &q::CROSS_REGION_SERVICE),
        risks: [risks::T64B],
        advice: "公布异地就医联系人，跟踪处理异地刷卡结算问题。",
    ),
];

#[cfg(test)]
pub(crate) mod tests;
