//! The compliance self-audit's shared parts (rules map §9): whom an item
//! concerns, and the checks most items share — an obligation kept, a
//! forbidden act absent, an indicator against its threshold, a count or a
//! retention period against its minimum. Each check states the answer and,
//! for indicators, the arithmetic, so the user sees why.

use std::cmp::Ordering;

use super::params::{Bound, Param, Unit};
use super::risk::Consequence;
use super::rule::{Ctx, Missing, Verdict};
use crate::facts::compliance::nantong::Occasion;
use crate::facts::compliance::scope::{self, Level, Service};
use crate::facts::compliance::{Decimal, Measure};
use crate::facts::questions::QuestionInfo;
use crate::facts::questions::{self as q, Question};
use crate::facts::{Choice, InstitutionKind, Ownership};
use crate::report::{DateKind, KeyDate};

type Checked = Result<Verdict, Missing>;

/// What makes a rule an item of the compliance self-audit.
pub struct Audit {
    /// The institutions the item concerns, all of which must hold (none:
    /// every designated institution). Checked before the item itself.
    pub scope: &'static [Scope],
    /// What failing the item risks, from the documents (rules map §10);
    /// shown with a failed finding and ordering the 整改 list.
    pub risks: &'static [&'static Consequence],
    /// Consequences of `risks` that follow only when the item fails on one
    /// of the given questions (e.g. NT 第十一条: the termination of 第六十五条
    /// for obstructing an inspection, not for late materials). Others
    /// follow from any failure.
    pub only_on: &'static [OnlyOn],
}

/// A consequence that follows only from some of an item's questions.
pub struct OnlyOn {
    pub consequence: &'static Consequence,
    pub questions: &'static [&'static QuestionInfo],
}

impl Audit {
    /// Whether `consequence` follows from a failure on `failing` (the
    /// questions that failed the item; empty when the check cannot tell,
    /// and then every consequence follows).
    pub fn follows(&self, consequence: &Consequence, failing: &[&str]) -> bool {
        self.only_on
            .iter()
            .filter(|o| std::ptr::eq(o.consequence, consequence))
            .all(|o| failing.is_empty() || o.questions.iter().any(|q| failing.contains(&q.id)))
    }
}

/// Whom an item concerns (rules map §9.4 适用对象标签, Appendix B).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// 具有住院服务资质的医疗机构.
    Inpatient,
    /// 取得母婴保健或计划生育技术服务执业许可证的医疗机构.
    Maternity,
    /// 一级及一级以下 (基层) institutions.
    Primary,
    /// 二、三级医院.
    SecondaryOrTertiary,
    /// Institutions that must be under video management.
    Video,
    /// Institutions implementing or following the public-hospital price
    /// reform (NT 第十条（三）).
    PriceReform,
    /// Institutions selling drugs at cost: price reform, or 基本药物零差率
    /// (NT 第三十六条).
    ZeroMarkup,
    /// 公立医疗机构.
    Public,
    /// 社区卫生服务中心 or 站.
    Community,
    /// 社区卫生服务中心.
    CommunityCentre,
    /// 社区卫生服务站.
    CommunityStation,
    /// 护理院.
    Nursing,
    /// Institutions providing a service.
    Provides(Service),
}

impl Scope {
    /// Whom the scope names, in Chinese, e.g. `具有住院服务资质的机构`.
    pub fn label(self) -> String {
        match self {
            Scope::Inpatient => "具有住院服务资质的机构".into(),
            Scope::Maternity => "持有母婴保健或计划生育技术服务执业许可证的机构".into(),
            Scope::Primary => "一级及一级以下（基层）医疗机构".into(),
            Scope::SecondaryOrTertiary => "二、三级医院".into(),
            Scope::Video => "按规定应实施视频管理的机构".into(),
            Scope::PriceReform => "实行或参照公立医院医药价格改革的机构".into(),
            Scope::ZeroMarkup => "实行或参照公立医院医药价格改革或实施基本药物零差率的机构".into(),
            Scope::Public => "公立医疗机构".into(),
            Scope::Community => "社区卫生服务中心、社区卫生服务站".into(),
            Scope::CommunityCentre => "社区卫生服务中心".into(),
            Scope::CommunityStation => "社区卫生服务站".into(),
            Scope::Nursing => "护理院".into(),
            Scope::Provides(service) => format!("开展“{}”的机构", service.label()),
        }
    }

    /// Whether the institution is within the scope, read through `ctx`.
    pub fn holds(self, ctx: &Ctx) -> Result<bool, Missing> {
        let kind = || ctx.get(&q::INSTITUTION_KIND);
        Ok(match self {
            // No beds, or a kind without beds, tells without asking.
            Scope::Inpatient if scope::without_inpatient_service(ctx.profile) => false,
            Scope::Inpatient => ctx.get(&scope::INPATIENT_SERVICE)?,
            Scope::Maternity => ctx.get(&scope::MATERNITY_LICENCE)?,
            // Either part makes the institution 基层 (three-valued “or”).
            Scope::Primary => {
                let by_kind = kind().map(community_or_clinic);
                let by_level = ctx.get(&scope::LEVEL).map(Level::is_primary);
                match (by_kind, by_level) {
                    (Ok(true), _) | (_, Ok(true)) => true,
                    (Ok(false), Ok(false)) => false,
                    (Err(missing), _) | (_, Err(missing)) => return Err(missing),
                }
            }
            Scope::SecondaryOrTertiary => {
                matches!(ctx.get(&scope::LEVEL)?, Level::Secondary | Level::Tertiary)
            }
            Scope::Video => ctx.get(&scope::VIDEO_MANAGEMENT)?,
            Scope::PriceReform => ctx.get(&scope::PRICE_REFORM)?,
            // 第三十六条: price reform, or essential drugs at cost (three-valued “or”).
            Scope::ZeroMarkup => {
                let reform = ctx.get(&scope::PRICE_REFORM);
                let zero = ctx.get(&scope::ZERO_MARKUP_DRUGS);
                match (reform, zero) {
                    (Ok(true), _) | (_, Ok(true)) => true,
                    (Ok(false), Ok(false)) => false,
                    (Err(missing), _) | (_, Err(missing)) => return Err(missing),
                }
            }
            Scope::Public => ctx.get(&q::OWNERSHIP)? == Ownership::Public,
            Scope::Community => matches!(
                kind()?,
                InstitutionKind::CommunityHealthCentre | InstitutionKind::CommunityHealthStation
            ),
            Scope::CommunityCentre => kind()? == InstitutionKind::CommunityHealthCentre,
            Scope::CommunityStation => kind()? == InstitutionKind::CommunityHealthStation,
            Scope::Nursing => kind()? == InstitutionKind::NursingHome,
            Scope::Provides(service) => ctx.get(&scope::SERVICES)?.contains(&service),
        })
    }
}

/// The kinds NT 第十五条 names as 一级及一级以下 whatever their grade.
fn community_or_clinic(kind: InstitutionKind) -> bool {
    matches!(
        kind,
        InstitutionKind::CommunityHealthCentre
            | InstitutionKind::CommunityHealthStation
            | InstitutionKind::OutpatientDepartment
            | InstitutionKind::Clinic
    )
}

/// "Not applicable" when the institution is outside any of `scopes`, naming
/// the first it is outside; every scope is read before a missing answer is
/// reported, so all are named at once.
pub fn outside_scope(ctx: &Ctx, scopes: &[Scope]) -> Result<Option<Verdict>, Missing> {
    let mut outside = None;
    let mut missing = false;
    for &s in scopes {
        match s.holds(ctx) {
            Ok(true) => {}
            Ok(false) => {
                outside.get_or_insert(s);
            }
            Err(Missing) => missing = true,
        }
    }
    if let Some(s) = outside {
        return Ok(Some(Verdict::not_applicable(format!(
            "本项只适用于{}；按所填情况，本机构不属于。",
            s.label()
        ))));
    }
    if missing {
        return Err(Missing);
    }
    Ok(None)
}

/// An obligation: "是" keeps it.
pub fn kept(ctx: &Ctx, question: &'static Question<bool>) -> Checked {
    Ok(if ctx.get(question)? {
        Verdict::pass(format!("「{}」回答“是”。", question.info.label))
    } else {
        Verdict::fail(format!("「{}」回答“否”：未落实。", question.info.label))
            .failing_on(question.info.id)
    })
}

/// Several obligations of one item: all must be kept. Every answer is read
/// first, so that all unanswered ones are named at once; the failure lists
/// those not kept. Three-valued: one answered "否" fails the item whatever
/// the others; only when none is does an unanswered one leave it open.
pub fn all_kept(ctx: &Ctx, questions: &[&'static Question<bool>]) -> Checked {
    let answers: Vec<Result<bool, Missing>> = questions.iter().map(|q| ctx.get(q)).collect();
    let not_kept: Vec<String> = questions
        .iter()
        .zip(&answers)
        .filter(|(_, answer)| matches!(answer, Ok(false)))
        .map(|(question, _)| format!("「{}」", question.info.label))
        .collect();
    if !not_kept.is_empty() {
        return Ok(Verdict::fail(format!(
            "回答“否”：{}。",
            not_kept.join("、")
        )));
    }
    if answers.iter().any(Result::is_err) {
        return Err(Missing);
    }
    Ok(Verdict::pass(format!("{} 项均回答“是”。", questions.len())))
}

/// A forbidden act: the question asks whether it happened; "否" keeps the item.
pub fn absent(ctx: &Ctx, question: &'static Question<bool>) -> Checked {
    Ok(if ctx.get(question)? {
        Verdict::fail(format!("「{}」回答“是”：存在该情形。", question.info.label))
            .failing_on(question.info.id)
    } else {
        Verdict::pass(format!("「{}」回答“否”。", question.info.label))
    })
}

/// A duty that arises only on an occasion (a change, a dispute, a
/// suspension): "是" keeps it, "否" fails it, "不涉及" (the occasion did not
/// arise) makes it not applicable.
pub fn occasion(ctx: &Ctx, question: &'static Question<Occasion>) -> Checked {
    let label = question.info.label;
    Ok(match ctx.get(question)? {
        Occasion::Kept => Verdict::pass(format!("「{label}」回答“是”。")),
        Occasion::NotKept => {
            Verdict::fail(format!("「{label}」回答“否”：未落实。")).failing_on(question.info.id)
        }
        Occasion::NotArisen => Verdict::not_applicable(format!("「{label}」回答“不涉及”。")),
    })
}

/// A termination the institution asked for and the agency agreed to
/// (GD/ZS 第四十二条（十二）, JL 第四十七条（十二）、零售药店（十四））: not a
/// breach, so never a failure; the agreement ends, which a person must look
/// at (its date, the aftercare, what of the self-audit still applies), so
/// it is for review, with the day of the exit the institution gave.
pub fn agreed_termination(ctx: &Ctx, agreed: &'static Question<bool>) -> Checked {
    if !ctx.get(agreed)? {
        return Ok(Verdict::not_applicable(format!(
            "「{}」回答“否”：本项不适用。",
            agreed.info.label
        )));
    }
    let verdict = Verdict::review(format!(
        "「{}」回答“是”：协议按本项解除。这不是违约情形，不判为不符合，也不带再申请定点的回看期⟦X-8⟧；请与经办机构确认解除之日，并做好参保人员的善后工作。",
        agreed.info.label
    ));
    Ok(match ctx.optional(&q::PLANNED_EXIT_ON) {
        Some(day) => verdict.with_key_date(KeyDate::new(
            DateKind::Milestone,
            "协议解除之日（此后产生的医药费用，医保基金不再结算）",
            day,
        )),
        None => verdict,
    })
}

/// The rate of `question` against the percentage `param` on the as-of
/// date, in the direction of its bound (「≥」「不低于」 and 「≤」「以内」
/// 「不超过」 include the boundary).
pub fn rate_within(
    ctx: &Ctx,
    question: &'static Question<Measure>,
    param: &'static Param,
) -> Checked {
    let limit = Decimal::whole(u64::from(ctx.param(param)));
    rate(ctx, question, limit, param.bound == Bound::AtLeast)
}

fn rate(
    ctx: &Ctx,
    question: &'static Question<Measure>,
    limit: Decimal,
    at_least: bool,
) -> Checked {
    let measure = ctx.get(question)?;
    // Every indicator is a share: one above the whole is a slip in the
    // counting, to be checked, not a verdict on the threshold.
    let over_whole = match measure {
        Measure::Ratio {
            numerator,
            denominator,
        } => !denominator.is_zero() && numerator > denominator,
        Measure::Percent(p) => p > Decimal::whole(100),
    };
    if over_whole {
        return Ok(Verdict::review(format!(
            "{}：{}，超过100%，分子不应大于分母，请核对统计口径后重填。",
            question.info.label,
            measure.arithmetic()
        )));
    }
    let limit_text = format!("{}%", limit.text());
    let Some(order) = measure.compare_percent(limit) else {
        return Err(ctx.unusable(
            &question.info,
            format!(
                "「{}」的分母为 0，无法计算比率，请填写统计期间的实际数据。",
                question.info.label
            ),
        ));
    };
    let (bound, kept) = if at_least {
        ("不低于", order != Ordering::Less)
    } else {
        ("不超过", order != Ordering::Greater)
    };
    let how = match order {
        Ordering::Equal => format!("恰为 {limit_text}，含本数，"),
        Ordering::Less => format!("低于 {limit_text}，"),
        Ordering::Greater => format!("高于 {limit_text}，"),
    };
    let period = ctx
        .optional(&scope::PERIOD)
        .map_or_else(String::new, |p| format!("（统计期间：{p}）"));
    let detail = format!(
        "{}{period}：{}；{}要求{bound} {limit_text}：{}。",
        question.info.label,
        measure.arithmetic(),
        how,
        if kept { "符合" } else { "不符合" }
    );
    Ok(if kept {
        Verdict::pass(detail)
    } else {
        Verdict::fail(detail).failing_on(question.info.id)
    })
}

/// A count (e.g. of devices, inspections or years of retention) must be at
/// least the value of `param` on the as-of date; its unit names what is
/// counted, e.g. `套`, `次`, `年`.
pub fn count_at_least(
    ctx: &Ctx,
    question: &'static Question<u32>,
    param: &'static Param,
) -> Checked {
    let min = ctx.param(param);
    let unit = match param.unit {
        Unit::Count(unit) => unit,
        Unit::Percent => "%",
        Unit::Period(_) => "",
    };
    let n = ctx.get(question)?;
    let detail = format!(
        "{}：{n} {unit}；要求不少于 {min} {unit}。",
        question.info.label
    );
    Ok(if n >= min {
        Verdict::pass(detail)
    } else {
        Verdict::fail(detail).failing_on(question.info.id)
    })
}

/// 「协议有效期内累计N次及以上被中止（暂停）协议或中止（暂停）协议期间未按
/// 要求整改或整改不到位的」(GD/ZS 第四十二条（一）, JL 第四十七条（一）,
/// NT 第六十五条末款 3): `times` suspensions in the agreement's term fail;
/// fewer fail when one was not rectified (asked only if there was one).
/// Counted per agreement term (rules map §11 X-18).
pub fn repeated_suspension(
    ctx: &Ctx,
    count: &'static Question<u32>,
    not_rectified: &'static Question<bool>,
    param: &'static Param,
) -> Checked {
    let times = ctx.param(param);
    let n = ctx.get(count)?;
    let counted = format!("{}：{n} 次", count.info.label);
    if n >= times {
        return Ok(
            Verdict::fail(format!("{counted}，达到「累计{times}次」（含本数）。"))
                .failing_on(count.info.id),
        );
    }
    if n == 0 {
        return Ok(Verdict::pass(format!("{counted}。")));
    }
    Ok(if ctx.get(not_rectified)? {
        Verdict::fail(format!(
            "{counted}；「{}」回答“是”：单次即属本项。",
            not_rectified.info.label
        ))
        .failing_on(not_rectified.info.id)
    } else {
        Verdict::pass(format!(
            "{counted}，未达{times}次，且已按要求整改；再被中止（暂停）至{times}次即属本项。"
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::testing::{baseline, date, AS_OF};
    use crate::facts::compliance::{nantong, Value};
    use crate::facts::Jurisdiction;
    use crate::report::Outcome;

    fn ctx_outcome(
        set: impl Fn(&mut crate::facts::Profile),
        check: fn(&Ctx) -> Checked,
    ) -> (Outcome, String) {
        let mut p = baseline(Jurisdiction::Nantong);
        set(&mut p);
        let ctx = Ctx::new(&p, date(AS_OF));
        match check(&ctx) {
            Ok(v) => (v.outcome, v.detail),
            Err(Missing) => (Outcome::NeedsInformation, ctx.notes().join("")),
        }
    }

    #[test]
    fn scopes_read_their_answers_and_name_the_first_outside() {
        let mut p = baseline(Jurisdiction::Nantong);
        p.compliance
            .set(scope::INPATIENT_SERVICE.info.id, Value::YesNo(false));
        let ctx = Ctx::new(&p, date(AS_OF));
        let v = outside_scope(&ctx, &[Scope::Maternity, Scope::Inpatient]).expect("answered");
        let v = v.expect("outside");
        assert_eq!(v.outcome, Outcome::NotApplicable);
        assert!(v.detail.contains("具有住院服务资质的机构"), "{}", v.detail);
        assert!(outside_scope(&ctx, &[Scope::Maternity])
            .expect("answered")
            .is_none());
        p.compliance.clear(scope::MATERNITY_LICENCE.info.id);
        p.compliance.clear(scope::LEVEL.info.id);
        let ctx = Ctx::new(&p, date(AS_OF));
        assert!(outside_scope(&ctx, &[Scope::Maternity, Scope::SecondaryOrTertiary]).is_err());
        assert_eq!(ctx.missing().len(), 2);
        // A clinic is 基层 whatever level is answered.
        p.institution.kind = Some(InstitutionKind::Clinic);
        let ctx = Ctx::new(&p, date(AS_OF));
        assert_eq!(Scope::Primary.holds(&ctx), Ok(true));
        assert_eq!(Scope::Provides(Service::CrossRegion).holds(&ctx), Ok(true));
        assert_eq!(
            Scope::Provides(Service::HealthCheckup).holds(&ctx),
            Ok(false)
        );
        assert_eq!(Scope::Public.holds(&ctx), Ok(false));
        assert_eq!(Scope::Nursing.holds(&ctx), Ok(false));
    }

    #[test]
    fn rates_are_judged_on_both_sides_and_exactly_on_the_boundary() {
        let _ = nantong::QUESTIONS;
        let measure = |n: u64, d: u64| Measure::Ratio {
            numerator: Decimal::whole(n),
            denominator: Decimal::whole(d),
        };
        let with = |m: Measure| {
            move |p: &mut crate::facts::Profile| {
                p.compliance.set(TEST_RATE.info.id, Value::Measure(m));
            }
        };
        fn at_least(ctx: &Ctx) -> Checked {
            rate_within(ctx, &TEST_RATE, &test_params::AT_LEAST_95)
        }
        fn at_most(ctx: &Ctx) -> Checked {
            rate_within(ctx, &TEST_RATE, &test_params::AT_MOST_8)
        }
        assert_eq!(
            ctx_outcome(with(measure(95, 100)), at_least).0,
            Outcome::Pass
        );
        assert_eq!(
            ctx_outcome(with(measure(949, 1000)), at_least).0,
            Outcome::Fail
        );
        assert_eq!(ctx_outcome(with(measure(8, 100)), at_most).0, Outcome::Pass);
        let (o, detail) = ctx_outcome(with(measure(81, 1000)), at_most);
        assert_eq!(o, Outcome::Fail);
        assert!(
            detail.contains("81 ÷ 1000 = 8.1%") && detail.contains("不符合"),
            "{detail}"
        );
        let (o, detail) = ctx_outcome(with(measure(8, 0)), at_most);
        assert_eq!(o, Outcome::NeedsInformation);
        assert!(detail.contains("分母为 0"), "{detail}");
        // A share above the whole is a counting slip to check.
        assert_eq!(
            ctx_outcome(with(measure(101, 100)), at_least).0,
            Outcome::NeedsReview
        );
        assert_eq!(
            ctx_outcome(with(Measure::Percent(Decimal::whole(101))), at_most).0,
            Outcome::NeedsReview
        );
        assert_eq!(
            ctx_outcome(with(measure(100, 100)), at_least).0,
            Outcome::Pass
        );
        let (_, detail) = ctx_outcome(with(measure(95, 100)), at_least);
        assert!(
            detail.contains("恰为 95%，含本数") && detail.contains("：符合"),
            "{detail}"
        );
    }

    #[test]
    fn counts_and_yes_no_items_state_the_answer() {
        fn devices(ctx: &Ctx) -> Checked {
            count_at_least(ctx, &TEST_COUNT, &test_params::TWO_SETS)
        }
        let set = |n: u32| {
            move |p: &mut crate::facts::Profile| {
                p.compliance.set(TEST_COUNT.info.id, Value::Count(n))
            }
        };
        assert_eq!(ctx_outcome(set(2), devices).0, Outcome::Pass);
        assert_eq!(ctx_outcome(set(1), devices).0, Outcome::Fail);
        fn keep(ctx: &Ctx) -> Checked {
            kept(ctx, &TEST_FLAG)
        }
        fn forbid(ctx: &Ctx) -> Checked {
            absent(ctx, &TEST_FLAG)
        }
        fn both(ctx: &Ctx) -> Checked {
            all_kept(ctx, &[&TEST_FLAG, &TEST_FLAG])
        }
        let flag = |b: bool| {
            move |p: &mut crate::facts::Profile| {
                p.compliance.set(TEST_FLAG.info.id, Value::YesNo(b))
            }
        };
        assert_eq!(ctx_outcome(flag(true), keep).0, Outcome::Pass);
        assert_eq!(ctx_outcome(flag(false), keep).0, Outcome::Fail);
        assert_eq!(ctx_outcome(flag(true), forbid).0, Outcome::Fail);
        assert_eq!(ctx_outcome(flag(false), forbid).0, Outcome::Pass);
        assert_eq!(ctx_outcome(flag(true), both).0, Outcome::Pass);
        assert_eq!(ctx_outcome(flag(false), both).0, Outcome::Fail);
        assert_eq!(ctx_outcome(|_| {}, keep).0, Outcome::NeedsInformation);
    }

    /// Questions for these tests only (not in the registry).
    #[allow(dead_code)]
    mod test_questions {
        use crate::facts::compliance::{Decimal, Measure};
        crate::facts::compliance::compliance_questions! {
            TEST_RATE: measure = "test_rate", Indicators, "测试比率", "", pass = Measure::Percent(Decimal::whole(96));
            TEST_COUNT: count = "test_count", Indicators, "测试数量", "", pass = 2;
            TEST_FLAG: yes_no = "test_flag", Obligations, "测试", "", pass = true;
        }
    }
    use test_questions::{TEST_COUNT, TEST_FLAG, TEST_RATE};

    /// A threshold that changes is one dated row of its parameter: the same
    /// profile, checked on either side of the row's date, gives the old and
    /// the new outcome.
    #[test]
    fn a_dated_parameter_row_changes_the_outcome_from_its_day() {
        fn pass_rate(ctx: &Ctx) -> Checked {
            rate_within(ctx, &TEST_RATE, &test_params::RAISED_IN_2099)
        }
        let mut p = crate::catalog::testing::baseline(crate::facts::Jurisdiction::Nantong);
        p.compliance.set(
            TEST_RATE.info.id,
            Value::Measure(Measure::Ratio {
                numerator: Decimal::whole(955),
                denominator: Decimal::whole(1000),
            }),
        );
        let outcome = |day: &str| {
            let ctx = Ctx::new(&p, date(day));
            let verdict = pass_rate(&ctx).expect("answered");
            (verdict.outcome, verdict.detail)
        };
        let (before, detail) = outcome("2098-12-31");
        assert_eq!(before, Outcome::Pass, "{detail}");
        assert!(detail.contains("95%"), "{detail}");
        let (after, detail) = outcome("2099-01-01");
        assert_eq!(after, Outcome::Fail, "{detail}");
        assert!(detail.contains("96%"), "{detail}");
    }

    /// Parameters for these tests only.
    mod test_params {
        use crate::catalog::params::{Bound, Param, Row, Unit};
        use crate::sources::DocumentId;
        const fn row(value: u32, quote: &'static str) -> Row {
            Row {
                from: None,
                value,
                document: DocumentId::Nantong,
                article: "第一条",
                item: None,
                quote,
                external: None,
            }
        }
        pub static AT_LEAST_95: Param = Param {
            id: "test.at-least-95",
            unit: Unit::Percent,
            bound: Bound::AtLeast,
            rows: &[row(95, "95%")],
        };
        pub static AT_MOST_8: Param = Param {
            id: "test.at-most-8",
            unit: Unit::Percent,
            bound: Bound::AtMost,
            rows: &[row(8, "8%")],
        };
        pub static RAISED_IN_2099: Param = Param {
            id: "test.raised-in-2099",
            unit: Unit::Percent,
            bound: Bound::AtLeast,
            rows: &[
                row(95, "95%"),
                Row {
                    from: Some(crate::sources::ymd(2099, 1, 1)),
                    ..row(96, "96%")
                },
            ],
        };
        pub static TWO_SETS: Param = Param {
            id: "test.two-sets",
            unit: Unit::Count("套"),
            bound: Bound::AtLeast,
            rows: &[row(2, "2套")],
        };
    }
}
