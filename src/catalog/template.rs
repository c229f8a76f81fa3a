//! Checks of the clauses that Jiangsu, Guangdong and Jilin copy from the
//! national 暂行办法 (医疗机构、零售药店医疗保障定点管理暂行办法): one
//! function a clause, so that each document's rule names the clause's check
//! in one line and keeps its own citation, quote, advice and reading. Where
//! the documents word the clause differently (e.g. 行政处罚责任 or
//! 行政处罚法律责任), the words are the arguments; so are the periods, read
//! from each document's parameters.

use super::checks::{self, Liability};
use super::rule::{Ctx, Missing, Verdict};
use crate::dates::Span;
use crate::facts::questions as q;
use crate::report::Outcome;

type Checked = Result<Verdict, Missing>;

/// 不予受理: 未依法履行行政处罚责任.
pub fn penalty_unfulfilled(ctx: &Ctx) -> Checked {
    checks::ground_absent(
        ctx,
        &q::UNFULFILLED_ADMINISTRATIVE_PENALTY,
        "未依法履行行政处罚责任",
    )
}

/// 不予受理: 以弄虚作假等不正当手段申请定点, within `span` (3 years) of its
/// discovery (`event` in the document's words).
pub fn fraudulent_application(ctx: &Ctx, event: &str, span: Span) -> Checked {
    checks::lookback(
        ctx,
        &q::FRAUDULENT_APPLICATION,
        &q::FRAUDULENT_APPLICATION_DISCOVERED_ON,
        span,
        None,
        event,
    )
}

/// 不予受理: 因违法违规被解除协议未满`span`(3年), or after it while the
/// penalty (`liability`, in the document's words) is not fully met.
pub fn terminated_for_violation(
    ctx: &Ctx,
    liability: &'static str,
    event: &str,
    span: Span,
) -> Checked {
    checks::lookback(
        ctx,
        &q::TERMINATED_FOR_VIOLATION,
        &q::TERMINATED_FOR_VIOLATION_ON,
        span,
        Some(Liability {
            question: &q::VIOLATION_PENALTY_FULFILLED,
            name: liability,
        }),
        event,
    )
}

/// 不予受理: 因严重违反医保协议约定被解除协议未满`span`(1年), or after it
/// while 违约责任 is not fully met.
pub fn terminated_for_breach(ctx: &Ctx, span: Span) -> Checked {
    checks::lookback(
        ctx,
        &q::TERMINATED_FOR_BREACH,
        &q::TERMINATED_FOR_BREACH_ON,
        span,
        Some(Liability {
            question: &q::BREACH_LIABILITY_FULFILLED,
            name: "违约责任",
        }),
        "因严重违反医保协议约定被解除协议",
    )
}

/// 不予受理: 法定代表人、主要负责人或实际控制人被列入失信人名单.
pub fn leader_dishonest(ctx: &Ctx) -> Checked {
    checks::ground_absent(
        ctx,
        &q::LEADER_DISHONEST,
        "法定代表人、主要负责人或实际控制人被列入失信人名单",
    )
}

/// 不予受理 (吉林): 评估时被发现虚构、篡改申请材料或评估材料, within
/// `span` (3 years).
pub fn falsified_materials(ctx: &Ctx, span: Span) -> Checked {
    checks::lookback(
        ctx,
        &q::FALSIFIED_MATERIALS,
        &q::FALSIFIED_MATERIALS_DISCOVERED_ON,
        span,
        None,
        "评估时被发现虚构、篡改申请材料或评估材料",
    )
}

/// 基本条件: 符合法律法规和省级及以上医疗保障行政部门规定的其他条件.
pub fn other_conditions_met(ctx: &Ctx) -> Checked {
    checks::must_be_yes(
        ctx,
        &q::OTHER_CONDITIONS_MET,
        Outcome::Fail,
        "据申报，符合其他法定条件。",
        "申报不符合法律、法规、规章或省级及以上医疗保障行政部门规定的其他条件。",
    )
}

/// 申请材料: 纳入定点后使用医疗保障基金的预测性分析报告.
pub fn fund_forecast_report(ctx: &Ctx) -> Checked {
    checks::material(
        ctx,
        &q::MATERIAL_FUND_FORECAST_REPORT,
        "纳入定点后使用医疗保障基金的预测性分析报告",
    )
}

/// 申请材料: 与医疗保障有关的信息系统相关材料.
pub fn it_system_materials(ctx: &Ctx) -> Checked {
    checks::material(
        ctx,
        &q::MATERIAL_IT_SYSTEM,
        "与医疗保障有关的信息系统相关材料",
    )
}
