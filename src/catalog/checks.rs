//! Checks shared by the documents' rules. A document's rule calls one of
//! these with its own parameters (its items, its threshold, its reading);
//! the wording that differs between documents stays in the rule.

use chrono::NaiveDate;

use super::rule::{Ctx, Excerpt, Missing, Verdict};
use crate::dates::{chinese_date, Period, Span, Standing, CONVENTION_NOTE};
use crate::facts::questions::{self as q, Question};
use crate::facts::{
    AssessmentRecord, Choice, InstitutionKind, InterfaceStandard, Licence, MainScope,
    PreviousInstitution,
};
use crate::report::Outcome;

type Checked = Result<Verdict, Missing>;

/// A part of a requirement that concerns only some institutions: `part`
/// when `concerned` holds, `outside` when it does not. When whom it
/// concerns is not answered, a part that passes passes either way (it is
/// met, or it does not apply); otherwise the answer is needed.
pub fn only_if(
    concerned: Result<bool, Missing>,
    outside: impl FnOnce() -> Verdict,
    part: impl FnOnce() -> Checked,
) -> Checked {
    match concerned {
        Ok(true) => part(),
        Ok(false) => Ok(outside()),
        Err(missing) => match part() {
            Ok(v) if matches!(v.outcome, Outcome::Pass | Outcome::NotApplicable) => Ok(v),
            _ => Err(missing),
        },
    }
}

/// The parts of one requirement together, in three-valued (Kleene) logic:
/// a part known to fail fails the whole, whatever the other parts (an
/// unanswered part decides nothing then); otherwise an unanswered part
/// leaves the whole open; otherwise a part needing review makes the whole
/// need it; the whole is not applicable when every part is, and passes
/// otherwise. Every part is read before this is called, so that all
/// unanswered questions are named at once. The verdict gives the deciding
/// parts' reasons, one after another, and their dates.
pub fn all_of(parts: Vec<Checked>) -> Checked {
    let known: Vec<&Verdict> = parts.iter().filter_map(|p| p.as_ref().ok()).collect();
    let with = |outcome: Outcome| known.iter().filter(move |v| v.outcome == outcome);
    let joined = |deciding: &mut dyn Iterator<Item = &&Verdict>| {
        let mut detail = Vec::new();
        let mut dates = Vec::new();
        for v in deciding {
            detail.push(v.detail.as_str());
            dates.extend(v.dates.iter().cloned());
        }
        (detail.concat(), dates)
    };
    let decide = |outcome: Outcome, deciding: &mut dyn Iterator<Item = &&Verdict>| {
        let deciding: Vec<&&Verdict> = deciding.collect();
        let failing = deciding
            .iter()
            .flat_map(|v| v.failing.iter().copied())
            .collect();
        let (detail, dates) = joined(&mut deciding.into_iter());
        Verdict {
            outcome,
            detail,
            cites: None,
            dates,
            failing,
        }
    };
    if with(Outcome::Fail).next().is_some() {
        return Ok(decide(Outcome::Fail, &mut with(Outcome::Fail)));
    }
    if parts.iter().any(Result::is_err) {
        return Err(Missing);
    }
    Ok(if with(Outcome::NeedsReview).next().is_some() {
        decide(Outcome::NeedsReview, &mut with(Outcome::NeedsReview))
    } else if known.iter().all(|v| v.outcome == Outcome::NotApplicable) {
        decide(Outcome::NotApplicable, &mut known.iter())
    } else {
        decide(Outcome::Pass, &mut known.iter())
    })
}

/// The verdict for a period that must have run its course by the as-of
/// date; `None` where the calendar ends before it does.
fn period_or_review(start: NaiveDate, span: Span) -> Result<Period, Verdict> {
    Period::new(start, span).ok_or_else(|| {
        Verdict::review(format!(
            "日期{}加{}超出可计算的日历范围，请核对所填日期。",
            chinese_date(start),
            span.chinese()
        ))
    })
}

/// The six items of 第五条 (JL 第十三条), word for word the same in JS, GD,
/// ZS and JL (rules map §2.1). The catalog integrity test checks them
/// against each document's own article.
pub const KIND_ITEMS: [Excerpt; 6] = [
    Excerpt {
        item: Some("（一）"),
        quote: "综合医院、中医医院、中西医结合医院、民族医医院、专科医院、康复医院",
    },
    Excerpt {
        item: Some("（二）"),
        quote: "专科疾病防治院（所、站）、妇幼保健院",
    },
    Excerpt {
        item: Some("（三）"),
        quote: "社区卫生服务中心（站）、中心卫生院、乡镇卫生院、街道卫生院、门诊部、诊所、卫生所（站）、村卫生室（所）",
    },
    Excerpt {
        item: Some("（四）"),
        quote: "独立设置的急救中心",
    },
    Excerpt {
        item: Some("（五）"),
        quote: "安宁疗护中心、血液透析中心、护理院",
    },
    Excerpt {
        item: Some("（六）"),
        quote: "养老机构内设的医疗机构",
    },
];

/// 第五条: the institution's kind is one the article lists ([`KIND_ITEMS`]);
/// `lead` is the lead-in naming military institutions;
/// `unlisted` is the outcome for a kind not listed (a closed list fails; JL's
/// list, ending in「；」, may be incomplete and needs review).
pub fn kind_listed(ctx: &Ctx, lead: Excerpt, unlisted: Outcome) -> Checked {
    let kind = ctx.get(&q::INSTITUTION_KIND)?;
    if kind == InstitutionKind::Military {
        return Ok(Verdict::pass(
            "军队医疗机构经军队主管部门批准有为民服务资质的，可以申请医保定点。",
        )
        .citing(lead));
    }
    match kind
        .listed_item()
        .and_then(|i| KIND_ITEMS.get(usize::from(i).saturating_sub(1)))
    {
        Some(&excerpt) => Ok(Verdict::pass(format!(
            "机构类别「{}」属{}所列类型。",
            kind.label(),
            excerpt.item.unwrap_or("")
        ))
        .citing(excerpt)),
        None => Ok(Verdict {
            outcome: unlisted,
            detail: if unlisted == Outcome::Fail {
                "机构类别不在本条所列六项之内，本条为封闭列举，不能申请医保定点。".to_string()
            } else {
                "机构类别不在本条所列六项之内；本条第（六）项以「；」结尾，清单可能有遗漏，须人工确认。"
                    .to_string()
            },
            cites: Some(lead),
            dates: Vec::new(),
            failing: Vec::new(),
        }),
    }
}

/// 第五条: the institution holds a licence the article accepts. Military
/// institutions need the civilian-service licence. A licence of another kind
/// that the document does not name needs review (rules map §11 X-4).
pub fn licence_accepted(ctx: &Ctx, accepted: &[Licence], unnamed: &[Licence]) -> Checked {
    let kind = ctx.get(&q::INSTITUTION_KIND);
    let licence = ctx.get(&q::LICENCE);
    let named: Vec<&str> = accepted.iter().map(|l| l.label()).collect();
    // No licence at all fails whatever the kind.
    if licence == Ok(Licence::None) {
        return Ok(Verdict::fail(format!(
            "未取得本条所列证照（{}）。",
            named.join("或")
        )));
    }
    let (kind, licence) = (kind?, licence?);
    if kind == InstitutionKind::Military {
        return Ok(if licence == Licence::MilitaryLicence {
            Verdict::pass("军队医疗机构持有为民服务许可证。")
        } else {
            Verdict::fail(
                "军队医疗机构须经军队主管部门批准有为民服务资质（军队医疗机构为民服务许可证）。",
            )
        });
    }
    Ok(if accepted.contains(&licence) {
        Verdict::pass(format!("持有「{}」，属本条所列证照。", licence.label()))
    } else if unnamed.contains(&licence) {
        Verdict::review(format!(
            "持有「{}」，本文件只列明{}；是否接受须向经办机构确认，不自动判为符合或不符合。",
            licence.label(),
            named.join("或")
        ))
    } else {
        Verdict::fail(format!("未取得本条所列证照（{}）。", named.join("或")))
    })
}

/// 正式运营至少3个月 (and the like): the period from the start of operation
/// has run its course by the as-of date.
pub fn operating_at_least(ctx: &Ctx, since: &'static Question<NaiveDate>, span: Span) -> Checked {
    let start = ctx.get(since)?;
    if start > ctx.as_of {
        return Ok(Verdict::fail(format!(
            "正式运营开始日期{}晚于自查日期{}，尚未运营。",
            chinese_date(start),
            chinese_date(ctx.as_of)
        )));
    }
    let period = match period_or_review(start, span) {
        Ok(p) => p,
        Err(v) => return Ok(v),
    };
    let reached = |v: Verdict| {
        v.with_date(
            format!("最早满足“满{}”之日（默认口径）", span.chinese()),
            period.complete_from,
        )
    };
    Ok(match period.standing_on(ctx.as_of) {
        Standing::Complete => reached(Verdict::pass(format!(
            "自{}起正式运营，至自查日期{}已满{}。",
            chinese_date(start),
            chinese_date(ctx.as_of),
            span.chinese()
        ))),
        Standing::TurnsOnReading => reached(Verdict::review(format!(
            "自{}起正式运营，自查日期{}是否已满{}取决于运营当日是否计入：按默认口径（当日不计入）{}起才满，按当日计入口径当日已满。{}",
            chinese_date(start),
            chinese_date(ctx.as_of),
            span.chinese(),
            chinese_date(period.complete_from),
            CONVENTION_NOTE
        ))),
        Standing::Running => reached(Verdict::fail(format!(
            "自{}起正式运营，至自查日期{}未满{}；最早{}起满足（默认口径）。",
            chinese_date(start),
            chinese_date(ctx.as_of),
            span.chinese(),
            chinese_date(period.complete_from)
        ))),
    })
}

/// At least `min` people counted by `question`.
pub fn at_least(ctx: &Ctx, question: &'static Question<u32>, min: u32, who: &str) -> Checked {
    let n = ctx.get(question)?;
    Ok(if n >= min {
        Verdict::pass(format!("{who}{n}名，不少于{min}名。"))
    } else {
        Verdict::fail(format!("{who}{n}名，少于{min}名。"))
    })
}

/// A condition the institution meets when it answers yes. `if_no` is the
/// outcome when it answers no: a failure, or review where the outcome turns
/// on a reading (then `no_detail` says which).
pub fn must_be_yes(
    ctx: &Ctx,
    question: &'static Question<bool>,
    if_no: Outcome,
    yes_detail: &str,
    no_detail: &str,
) -> Checked {
    Ok(if ctx.get(question)? {
        Verdict::pass(yes_detail)
    } else {
        Verdict {
            outcome: if_no,
            detail: no_detail.to_string(),
            cites: None,
            dates: Vec::new(),
            failing: Vec::new(),
        }
    })
}

/// A condition that must already be met on the day of applying: 已{what}
/// when answered yes, a failure 尚未{what}；{why} when no. One check for the
/// items the documents list without a reading to weigh (GD 第六条（五）,
/// JL 第十四条（五）, JL 第十九条（六）).
pub fn held_when_applying(
    ctx: &Ctx,
    question: &'static Question<bool>,
    what: &str,
    why: &str,
) -> Checked {
    must_be_yes(
        ctx,
        question,
        Outcome::Fail,
        &format!("已{what}。"),
        &format!("尚未{what}；{why}。"),
    )
}

/// The names of the `items` answered no, after reading every answer (so
/// that all unanswered ones are named at once). Three-valued: one item
/// answered no decides, whatever the others; only when none is answered no
/// does an unanswered one leave the outcome open.
fn lacking<'a>(
    ctx: &Ctx,
    items: &[(&'static Question<bool>, &'a str)],
) -> Result<Vec<&'a str>, Missing> {
    let answers: Vec<Result<bool, Missing>> = items.iter().map(|(q, _)| ctx.get(q)).collect();
    let lacking: Vec<&str> = answers
        .iter()
        .zip(items)
        .filter(|(answer, _)| matches!(answer, Ok(false)))
        .map(|(_, (_, name))| *name)
        .collect();
    if lacking.is_empty() && answers.iter().any(Result::is_err) {
        return Err(Missing);
    }
    Ok(lacking)
}

fn names<'a>(items: &[(&'static Question<bool>, &'a str)]) -> Vec<&'a str> {
    items.iter().map(|(_, n)| *n).collect()
}

/// Several systems or capabilities that must all be in place.
pub fn all_yes(ctx: &Ctx, items: &[(&'static Question<bool>, &str)]) -> Checked {
    let lacking = lacking(ctx, items)?;
    Ok(if lacking.is_empty() {
        Verdict::pass(format!("{}均已具备。", names(items).join("、")))
    } else {
        Verdict::fail(format!("尚不具备：{}。", lacking.join("、")))
    })
}

/// Several materials of one item, all required (e.g. 「内部管理制度和财务
/// 制度文本」): each one missing is named and goes on the 补正 list.
pub fn all_materials(ctx: &Ctx, items: &[(&'static Question<bool>, &str)]) -> Checked {
    let lacking = lacking(ctx, items)?;
    Ok(if lacking.is_empty() {
        Verdict::pass(format!("已备：{}。", names(items).join("、")))
    } else {
        Verdict::fail(format!(
            "缺：{}。须补齐后提交，否则经办机构将一次性告知补正。",
            lacking.join("、")
        ))
    })
}

/// 主要负责人负责医保工作，配备专（兼）职医保管理人员: both parts, each
/// failing it alone.
pub fn principal_and_staff(ctx: &Ctx) -> Checked {
    let principal = ctx.get(&q::PRINCIPAL_IN_CHARGE_OF_INSURANCE).map(|p| {
        if p {
            Verdict::pass("主要负责人负责医保工作。")
        } else {
            Verdict::fail("主要负责人未负责医保工作。")
        }
    });
    let staff = ctx.get(&q::INSURANCE_STAFF).map(|n| {
        if n > 0 {
            Verdict::pass(format!("配备专（兼）职医保管理人员{n}名。"))
        } else {
            Verdict::fail("未配备专（兼）职医保管理人员。")
        }
    });
    all_of(vec![principal, staff])
}

/// 100张床位以上的医疗机构应当设内部医保管理部门，安排专职工作人员: a
/// department not set up fails, whatever its staff.
pub fn department_from_100_beds(ctx: &Ctx) -> Checked {
    let beds = ctx.get(&q::BEDS)?;
    if beds < 100 {
        return Ok(Verdict::not_applicable(format!(
            "床位{beds}张，不足100张，本项不适用。"
        )));
    }
    let department = ctx.get(&q::INSURANCE_DEPARTMENT);
    let full_time = ctx.get(&q::INSURANCE_DEPARTMENT_FULL_TIME_STAFF);
    Ok(match (department, full_time) {
        (Ok(false), _) => Verdict::fail(format!(
            "床位{beds}张（100张以上含本数），须设内部医保管理部门并安排专职工作人员，尚未设立。"
        )),
        (Ok(true), Ok(0)) => Verdict::fail(format!(
            "床位{beds}张，已设内部医保管理部门，但未安排专职工作人员。"
        )),
        (Err(_), Ok(0)) => Verdict::fail(format!(
            "床位{beds}张（100张以上含本数），须安排专职工作人员，专职工作人员为0名。"
        )),
        (Ok(true), Ok(full_time)) => Verdict::pass(format!(
            "床位{beds}张，已设内部医保管理部门，专职工作人员{full_time}名。"
        )),
        (Err(missing), _) | (_, Err(missing)) => return Err(missing),
    })
}

/// The interface-standard item of 第六条（五）. Where the document reads
/// 「能按照……进行信息系统改造」(JS), a retrofit still planned meets it;
/// where it reads「具有」or「具备」, the standard must be in place.
pub fn interface_standard(ctx: &Ctx, planned_suffices: bool) -> Checked {
    Ok(match ctx.get(&q::IT_INTERFACE_STANDARD)? {
        InterfaceStandard::InPlace => {
            Verdict::pass("信息系统已符合医保协议管理要求的技术和接口标准。")
        }
        InterfaceStandard::Planned if planned_suffices => Verdict::pass(
            "本条写「能按照……进行信息系统改造」，申请时改造可尚未完成；但评估时将核查信息系统是否具备开展直接联网结算的条件（第十二条（五）），须在评估前完成。",
        ),
        InterfaceStandard::Planned => Verdict::fail(
            "本条要求申请时已「具有（具备）」符合接口标准的信息系统，改造尚未完成。",
        ),
        InterfaceStandard::No => Verdict::fail("信息系统不符合医保接口标准，也无改造计划。"),
    })
}

/// A refusal ground stated as a present fact (e.g. 被列入失信人名单):
/// answering yes means the ground applies.
pub fn ground_absent(ctx: &Ctx, ground_present: &'static Question<bool>, what: &str) -> Checked {
    Ok(if ctx.get(ground_present)? {
        Verdict::fail(format!("存在本项情形：{what}。在该情形消除前不予受理。"))
    } else {
        Verdict::pass(format!("据申报，不存在本项情形（{what}）。"))
    })
}

/// 第九条（二）: basic services follow the price policy.
pub fn price_policy(ctx: &Ctx) -> Checked {
    Ok(if ctx.get(&q::PRICE_POLICY_FOLLOWED)? {
        Verdict::pass("据申报，基本医疗服务执行医疗保障行政部门制定的医药价格政策。")
    } else {
        Verdict::fail("基本医疗服务未执行医疗保障行政部门制定的医药价格政策，不予受理。")
    })
}

/// 第九条（一）: the main scope is not a non-basic service. `listed` are the
/// services the document names; `unnamed` those it does not name (JL omits
/// 辅助生殖), which need review because its list is open (「等」).
pub fn non_basic_scope(ctx: &Ctx, listed: &[MainScope], unnamed: &[MainScope]) -> Checked {
    let scope = ctx.get(&q::MAIN_SCOPE)?;
    let label = scope.label();
    Ok(if scope == MainScope::BasicMedical {
        Verdict::pass("主要执业范围为基本医疗服务。")
    } else if unnamed.contains(&scope) {
        Verdict::review(format!(
            "主要执业范围为「{label}」：本文件未列举此项，但其列举以「等非基本医疗服务」结尾，是否属本项须人工确认。"
        ))
    } else if listed.contains(&scope) {
        Verdict::fail(format!(
            "主要执业范围为「{label}」，属本项列举的非基本医疗服务，不予受理。"
        ))
    } else {
        Verdict::fail(format!(
            "主要执业范围为「{label}」，属本项「等非基本医疗服务」，不予受理。"
        ))
    })
}

/// Which liability must be fully met after the window closes.
pub struct Liability {
    pub question: &'static Question<bool>,
    /// In the document's words, e.g. 行政处罚法律责任.
    pub name: &'static str,
}

/// A refusal ground with a look-back window: the event (`occurred`, on the
/// date `on`) bars an application until `span` has passed, and after that
/// as long as `liability` (if any) is not fully met.
pub fn lookback(
    ctx: &Ctx,
    occurred: &'static Question<bool>,
    on: &'static Question<NaiveDate>,
    span: Span,
    liability: Option<Liability>,
    event: &str,
) -> Checked {
    if !ctx.get(occurred)? {
        return Ok(Verdict::pass(format!("据申报，无{event}的记录。")));
    }
    let start = ctx.get(on)?;
    if start > ctx.as_of {
        return Ok(Verdict::review(format!(
            "{event}之日{}晚于自查日期{}：请核对日期。",
            chinese_date(start),
            chinese_date(ctx.as_of)
        )));
    }
    let period = match period_or_review(start, span) {
        Ok(p) => p,
        Err(v) => return Ok(v),
    };
    let clears = format!(
        "本项不再构成障碍之日（默认口径{}）",
        liability
            .as_ref()
            .map_or(String::new(), |l| format!("；另须{}已完全履行", l.name))
    );
    let dated = |v: Verdict| v.with_date(clears.clone(), period.complete_from);
    let since = format!("{event}之日为{}", chinese_date(start));
    match period.standing_on(ctx.as_of) {
        Standing::Running => Ok(dated(Verdict::fail(format!(
            "{since}，至自查日期{}未满{}；{}起方满（默认口径：当日不计入）。",
            chinese_date(ctx.as_of),
            span.chinese(),
            chinese_date(period.complete_from)
        )))),
        standing => {
            let fulfilled = match &liability {
                Some(l) => Some((ctx.get(l.question)?, l.name)),
                None => None,
            };
            if let Some((false, name)) = fulfilled {
                return Ok(dated(Verdict::fail(format!(
                    "{since}，虽已满或将满{}，但{name}未完全履行，仍不予受理。",
                    span.chinese()
                ))));
            }
            Ok(dated(if standing == Standing::TurnsOnReading {
                Verdict::review(format!(
                    "{since}，自查日期{}恰为期满之日：按默认口径（当日不计入）仍在{}内，按当日计入口径已满。{}",
                    chinese_date(ctx.as_of),
                    span.chinese(),
                    CONVENTION_NOTE
                ))
            } else {
                Verdict::pass(format!(
                    "{since}，至自查日期{}已满{}{}。",
                    chinese_date(ctx.as_of),
                    span.chinese(),
                    fulfilled.map_or(String::new(), |(_, name)| format!("，且{name}已完全履行"))
                ))
            }))
        }
    }
}

/// 第九条（七）: the legal representative, principal or controller caused
/// the termination of a designated institution of `same_kind` within
/// `span`. A termination of another kind of institution is not covered by
/// the words and needs review (rules map §11 X-8).
pub fn leader_lookback(ctx: &Ctx, same_kind: PreviousInstitution, span: Span) -> Checked {
    if !ctx.get(&q::LEADER_CAUSED_TERMINATION)? {
        return Ok(Verdict::pass(
            "据申报，法定代表人、主要负责人或实际控制人无因严重违法违规导致原定点机构被解除医保协议的记录。",
        ));
    }
    let previous = ctx.get(&q::LEADER_PREVIOUS_INSTITUTION)?;
    if previous != same_kind {
        return Ok(Verdict::review(format!(
            "原机构为{}，而本项只写「原{}」；原文未覆盖不同类别的原机构，须人工确认。",
            previous.label(),
            same_kind.label()
        )));
    }
    lookback(
        ctx,
        &q::LEADER_CAUSED_TERMINATION,
        &q::LEADER_TERMINATION_ON,
        span,
        None,
        "原定点机构被解除医保协议",
    )
}

/// How a document lets an institution come back after a first failed assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reassessment {
    /// JS/GD: the agency organises the re-assessment; whether a new
    /// application may be filed meanwhile is not written.
    OrganisedByAgency,
    /// ZS: re-assessment on the institution's request after 3 months.
    OnRequest,
    /// JL: a new application after 3 months.
    NewApplication,
}

/// After a first failed assessment: `span` (3 months) of rectification
/// from the delivery of the result (rules map §7.2 B5, §8.2).
pub fn after_first_failure(ctx: &Ctx, how: Reassessment, span: Span) -> Checked {
    let record = ctx.get(&q::ASSESSMENT)?;
    if record != AssessmentRecord::FailedOnce {
        return Ok(Verdict::not_applicable(match record {
            AssessmentRecord::None => "无评估不合格记录，本项不适用。",
            _ => "已再次评估仍不合格，适用“1年内不得再次申请”一项。",
        }));
    }
    let notified = ctx.get(&q::ASSESSMENT_FAILURE_NOTIFIED_ON)?;
    let period = match period_or_review(notified, span) {
        Ok(p) => p,
        Err(v) => return Ok(v),
    };
    let standing = period.standing_on(ctx.as_of);
    let months = span.chinese();
    let since = format!("评估不合格结果于{}告知送达", chinese_date(notified));
    let date_label = match how {
        Reassessment::OrganisedByAgency => "最早可再次组织评估之日（默认口径）",
        Reassessment::OnRequest => "最早可申请再次评估之日（默认口径）",
        Reassessment::NewApplication => "最早可再次申请之日（默认口径）",
    };
    let verdict = match (how, standing) {
        (Reassessment::OrganisedByAgency, _) => Verdict::review(format!(
            "{since}；整改{months}后由经办机构再次组织评估。原文未写整改期间或之后能否另行提出新的定点申请，须向经办机构确认。"
        )),
        (_, Standing::Running) => Verdict::fail(format!(
            "{since}，整改未满{months}；{}起方可{}。",
            chinese_date(period.complete_from),
            if how == Reassessment::OnRequest { "申请再次评估" } else { "再次申请" }
        )),
        (_, Standing::TurnsOnReading) => Verdict::review(format!(
            "{since}，自查日期恰为满{months}之日：按默认口径（当日不计入）次日起方可，按当日计入口径当日即可。{CONVENTION_NOTE}"
        )),
        (_, Standing::Complete) => Verdict::pass(format!("{since}，整改已满{months}。")),
    };
    Ok(verdict.with_date(date_label, period.complete_from))
}

/// 评估仍不合格的，1年内不得再次申请 (rules map §7.2 B2): `span` runs, by
/// presumption, from the delivery of the second failed result.
pub fn after_second_failure(ctx: &Ctx, span: Span) -> Checked {
    let record = ctx.get(&q::ASSESSMENT)?;
    if record != AssessmentRecord::FailedAgain {
        return Ok(Verdict::pass(match record {
            AssessmentRecord::None => "无评估不合格记录。",
            _ => "尚无“整改后再次评估仍不合格”的记录。",
        }));
    }
    let notified = ctx.get(&q::ASSESSMENT_FAILURE_NOTIFIED_ON)?;
    let period = match period_or_review(notified, span) {
        Ok(p) => p,
        Err(v) => return Ok(v),
    };
    let since = format!("再次评估不合格结果于{}告知送达", chinese_date(notified));
    let year = span.chinese();
    let verdict = match period.standing_on(ctx.as_of) {
        Standing::Running => Verdict::fail(format!(
            "{since}，{year}内不得再次申请；{}起方可再次申请（默认口径）。",
            chinese_date(period.complete_from)
        )),
        Standing::TurnsOnReading => Verdict::review(format!(
            "{since}，自查日期恰为满{year}之日：按默认口径（当日不计入）次日起方可申请，按当日计入口径当日即可。{CONVENTION_NOTE}"
        )),
        Standing::Complete => Verdict::pass(format!("{since}，已满{year}。")),
    };
    Ok(verdict.with_date("最早可再次申请之日（默认口径）", period.complete_from))
}

/// A material the application must include: in hand passes; missing fails
/// and goes on the 补正 list.
pub fn material(ctx: &Ctx, in_hand: &'static Question<bool>, name: &str) -> Checked {
    Ok(if ctx.get(in_hand)? {
        Verdict::pass(format!("已备：{name}。"))
    } else {
        Verdict::fail(format!(
            "缺：{name}。须补齐后提交，否则经办机构将一次性告知补正。"
        ))
    })
}

/// A government-issued licence the agency may verify itself by data sharing
/// (GD/ZS 第八条第2款「能通过数据共享查询、核验的，医疗机构无需另行提供」):
/// exempt when the agency can, else required.
pub fn material_unless_shared(ctx: &Ctx, in_hand: &'static Question<bool>, name: &str) -> Checked {
    if ctx.get(&q::MATERIAL_LICENCE_VERIFIABLE_BY_DATA_SHARING)? {
        return Ok(Verdict::not_applicable(format!(
            "免交：{name}可由经办机构通过数据共享查询、核验，无需另行提供（请向经办机构确认已实现共享核验）。"
        )));
    }
    material(ctx, in_hand, name)
}

/// The catch-all "other materials the authority requires": the documents do
/// not list them, so only the local application guide can say what they are.
pub fn other_local_materials(ctx: &Ctx, authority: &str) -> Checked {
    Ok(if ctx.get(&q::MATERIAL_OTHER_LOCAL)? {
        Verdict::pass(format!(
            "据申报，已按当地申请指引备齐{authority}要求的其他材料。"
        ))
    } else {
        Verdict::review(format!(
            "{authority}按相关规定要求提供的其他材料，文件未列明；须对照当地经办机构公布的申请指引确认是否还需材料。"
        ))
    })
}

/// Where a document says nothing on the matter: no rule data, never a pass.
pub fn silent(detail: &str) -> Checked {
    Ok(Verdict::not_covered(detail))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::testing::{baseline, date};
    use crate::facts::Jurisdiction;

    fn with(profile: &crate::facts::Profile, f: impl Fn(&Ctx) -> Checked) -> Verdict {
        let ctx = Ctx::new(profile, date("2026-11-22"));
        f(&ctx).expect("answered")
    }

    #[test]
    fn a_part_known_to_fail_decides_whatever_the_others() {
        let fail = || Ok(Verdict::fail("甲不符合。"));
        let pass = || Ok(Verdict::pass("乙符合。"));
        let review = || Ok(Verdict::review("丙待复核。"));
        let blank = || Err(Missing);
        let outcome = |parts: Vec<Checked>| all_of(parts).map(|v| v.outcome);
        assert_eq!(outcome(vec![blank(), fail(), blank()]), Ok(Outcome::Fail));
        assert_eq!(
            all_of(vec![pass(), fail(), review()]).map(|v| v.detail),
            Ok("甲不符合。".to_string()),
            "only the deciding parts are given as reasons"
        );
        assert_eq!(outcome(vec![pass(), blank()]), Err(Missing));
        assert_eq!(outcome(vec![review(), blank()]), Err(Missing));
        assert_eq!(outcome(vec![pass(), review()]), Ok(Outcome::NeedsReview));
        let na = || Ok(Verdict::not_applicable("不适用。"));
        assert_eq!(outcome(vec![na(), na()]), Ok(Outcome::NotApplicable));
        assert_eq!(outcome(vec![na(), pass()]), Ok(Outcome::Pass));
    }

    #[test]
    fn a_part_for_some_institutions_passes_unasked_only_when_kept() {
        let outside = || Verdict::not_applicable("不涉及。");
        let kept = || Ok(Verdict::pass("已落实。"));
        let broken = || Ok(Verdict::fail("未落实。"));
        let outcome = |c: Checked| c.map(|v| v.outcome);
        assert_eq!(
            outcome(only_if(Ok(true), outside, broken)),
            Ok(Outcome::Fail)
        );
        assert_eq!(
            outcome(only_if(Ok(false), outside, broken)),
            Ok(Outcome::NotApplicable)
        );
        assert_eq!(
            outcome(only_if(Err(Missing), outside, kept)),
            Ok(Outcome::Pass)
        );
        assert_eq!(
            outcome(only_if(Err(Missing), outside, broken)),
            Err(Missing)
        );
    }

    #[test]
    fn a_principal_not_in_charge_fails_even_with_the_staff_unanswered() {
        let mut p = baseline(Jurisdiction::Jiangsu);
        p.staff.principal_in_charge_of_insurance = Some(false);
        p.staff.insurance_staff = None;
        let v = with(&p, principal_and_staff);
        assert_eq!(v.outcome, Outcome::Fail);
        assert_eq!(v.detail, "主要负责人未负责医保工作。");
        p.staff.principal_in_charge_of_insurance = None;
        p.staff.insurance_staff = Some(0);
        assert_eq!(with(&p, principal_and_staff).outcome, Outcome::Fail);
        p.staff.insurance_staff = Some(2);
        let ctx = Ctx::new(&p, date("2026-11-22"));
        assert_eq!(principal_and_staff(&ctx), Err(Missing));
    }

    #[test]
    fn one_system_lacking_fails_with_the_others_unanswered() {
        let mut p = baseline(Jurisdiction::Guangdong);
        p.systems.insurance_management = Some(false);
        p.systems.finance = None;
        let items = [
            (&q::SYSTEM_INSURANCE_MANAGEMENT, "医保管理制度"),
            (&q::SYSTEM_FINANCE, "财务制度"),
        ];
        let v = with(&p, |ctx| all_yes(ctx, &items));
        assert_eq!(v.outcome, Outcome::Fail);
        assert_eq!(v.detail, "尚不具备：医保管理制度。");
        p.systems.insurance_management = Some(true);
        let ctx = Ctx::new(&p, date("2026-11-22"));
        assert_eq!(all_yes(&ctx, &items), Err(Missing));
    }

    /// A condition held on the day of applying: yes passes, no fails with
    /// the reason, blank asks.
    #[test]
    fn a_condition_held_when_applying_passes_on_yes_and_fails_on_no() {
        let mut p = baseline(Jurisdiction::Jilin);
        let check = |ctx: &Ctx| {
            held_when_applying(
                ctx,
                &q::IT_CONNECTED,
                "实现有效对接",
                "本条要求申请时即具备",
            )
        };
        p.it.connected = Some(true);
        let v = with(&p, check);
        assert_eq!(
            (v.outcome, v.detail.as_str()),
            (Outcome::Pass, "已实现有效对接。")
        );
        p.it.connected = Some(false);
        let v = with(&p, check);
        assert_eq!(
            (v.outcome, v.detail.as_str()),
            (Outcome::Fail, "尚未实现有效对接；本条要求申请时即具备。")
        );
        p.it.connected = None;
        assert_eq!(check(&Ctx::new(&p, date("2026-11-22"))), Err(Missing));
    }

    /// When every part is in place, the detail names each of them, for
    /// systems and for the materials of one item alike.
    #[test]
    fn all_in_place_names_every_part() {
        let mut p = baseline(Jurisdiction::Guangdong);
        p.systems.insurance_management = Some(true);
        p.systems.finance = Some(true);
        let items = [
            (&q::SYSTEM_INSURANCE_MANAGEMENT, "医保管理制度"),
            (&q::SYSTEM_FINANCE, "财务制度"),
        ];
        let v = with(&p, |ctx| all_yes(ctx, &items));
        assert_eq!(v.outcome, Outcome::Pass);
        assert_eq!(v.detail, "医保管理制度、财务制度均已具备。");
        let v = with(&p, |ctx| all_materials(ctx, &items));
        assert_eq!(v.outcome, Outcome::Pass);
        assert_eq!(v.detail, "已备：医保管理制度、财务制度。");
    }

    #[test]
    fn an_unlisted_kind_is_explained_as_a_closed_or_an_open_list() {
        let mut p = baseline(Jurisdiction::Jiangsu);
        p.institution.kind = Some(InstitutionKind::Other);
        let lead = Excerpt {
            item: None,
            quote: "lead",
        };
        let closed = with(&p, |ctx| kind_listed(ctx, lead, Outcome::Fail));
        assert_eq!(closed.outcome, Outcome::Fail);
        assert!(closed.detail.contains("封闭列举"), "{}", closed.detail);
        let open = with(&p, |ctx| kind_listed(ctx, lead, Outcome::NeedsReview));
        assert_eq!(open.outcome, Outcome::NeedsReview);
        assert!(open.detail.contains("清单可能有遗漏"), "{}", open.detail);
    }

    #[test]
    fn operation_starting_after_the_as_of_date_is_not_yet_operation() {
        let mut p = baseline(Jurisdiction::Jiangsu);
        p.institution.operating_since = Some(date("2026-11-23"));
        let later = with(&p, |ctx| {
            operating_at_least(ctx, &q::OPERATING_SINCE, Span::months(3))
        });
        assert_eq!(later.outcome, Outcome::Fail);
        assert!(later.detail.contains("尚未运营"), "{}", later.detail);
        p.institution.operating_since = Some(date("2026-11-22"));
        let today = with(&p, |ctx| {
            operating_at_least(ctx, &q::OPERATING_SINCE, Span::months(3))
        });
        assert_eq!(today.outcome, Outcome::Fail);
        assert!(today.detail.contains("未满3个月"), "{}", today.detail);
        assert!(!today.detail.contains("尚未运营"), "{}", today.detail);
    }

    #[test]
    fn a_non_basic_scope_says_whether_the_article_names_it() {
        let mut p = baseline(Jurisdiction::Jilin);
        let listed = [MainScope::Cosmetology];
        let unnamed = [MainScope::AssistedReproduction];
        let mut detail = |scope| {
            p.institution.main_scope = Some(scope);
            with(&p, |ctx| non_basic_scope(ctx, &listed, &unnamed))
        };
        let named = detail(MainScope::Cosmetology);
        assert_eq!(named.outcome, Outcome::Fail);
        assert!(named.detail.contains("本项列举"), "{}", named.detail);
        let other = detail(MainScope::OtherNonBasic);
        assert_eq!(other.outcome, Outcome::Fail);
        assert!(
            other.detail.contains("「等非基本医疗服务」，不予受理"),
            "{}",
            other.detail
        );
        assert_eq!(
            detail(MainScope::AssistedReproduction).outcome,
            Outcome::NeedsReview
        );
    }

    #[test]
    fn an_event_dated_after_the_as_of_date_is_questioned_not_counted() {
        let mut p = baseline(Jurisdiction::Jiangsu);
        p.history.fraudulent_application = Some(true);
        p.history.fraudulent_application_discovered_on = Some(date("2026-11-23"));
        let run = |p: &crate::facts::Profile| {
            with(p, |ctx| {
                lookback(
                    ctx,
                    &q::FRAUDULENT_APPLICATION,
                    &q::FRAUDULENT_APPLICATION_DISCOVERED_ON,
                    Span::years(3),
                    None,
                    "被发现",
                )
            })
        };
        let later = run(&p);
        assert_eq!(later.outcome, Outcome::NeedsReview);
        assert!(later.detail.contains("晚于自查日期"), "{}", later.detail);
        p.history.fraudulent_application_discovered_on = Some(date("2026-11-22"));
        let today = run(&p);
        assert_eq!(today.outcome, Outcome::Fail);
        assert!(!today.detail.contains("晚于"), "{}", today.detail);
    }

    #[test]
    fn without_a_failed_assessment_the_detail_says_so() {
        let p = baseline(Jurisdiction::Jiangsu);
        let first = with(&p, |ctx| {
            after_first_failure(ctx, Reassessment::NewApplication, Span::months(3))
        });
        assert_eq!(first.outcome, Outcome::NotApplicable);
        assert!(
            first.detail.contains("无评估不合格记录"),
            "{}",
            first.detail
        );
        let second = with(&p, |ctx| after_second_failure(ctx, Span::years(1)));
        assert_eq!(second.outcome, Outcome::Pass);
        assert_eq!(second.detail, "无评估不合格记录。");
        let mut once = baseline(Jurisdiction::Jiangsu);
        once.history.assessment = Some(AssessmentRecord::FailedOnce);
        once.history.assessment_failure_notified_on = Some(date("2026-10-01"));
        let second = with(&once, |ctx| after_second_failure(ctx, Span::years(1)));
        assert!(second.detail.contains("尚无"), "{}", second.detail);
        let mut twice = once.clone();
        twice.history.assessment = Some(AssessmentRecord::FailedAgain);
        let first = with(&twice, |ctx| {
            after_first_failure(ctx, Reassessment::NewApplication, Span::months(3))
        });
        assert!(
            first.detail.contains("1年内不得再次申请"),
            "{}",
            first.detail
        );
    }
}
