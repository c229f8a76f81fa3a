//! Consequences exactly as broad as their clauses: each measure follows
//! only from the questions it belongs to, a qualifier the agency judges
//! makes it possible rather than certain, and the headline of a finding is
//! the certain consequence. One test per example of the faithful-answers
//! review, each against the clause it quotes.

use super::testing::{baseline, date, finding, AS_OF};
use crate::facts::compliance::{
    guangdong as gd, jilin as jl, nantong as nt, nantong_violations as v, Value,
};
use crate::facts::{ApplicationKind, Jurisdiction, Profile};
use crate::report::{Finding, Outcome, Risk};

fn designated(jurisdiction: Jurisdiction) -> Profile {
    let mut p = baseline(jurisdiction);
    p.application.kind = Some(ApplicationKind::Designated);
    p
}

fn answered(jurisdiction: Jurisdiction, question: &'static str, yes: bool) -> Profile {
    let mut p = designated(jurisdiction);
    p.compliance.set(question, Value::YesNo(yes));
    p
}

fn risks_of<'a>(f: &'a Finding, id: &str) -> Vec<&'a Risk> {
    f.risks.iter().filter(|r| r.id == id).collect()
}

#[test]
fn late_materials_alone_fall_under_article_62_not_the_termination_of_article_65() {
    // NT 第十一条第3款: 「未及时、准确、完整提供资料」 is 第六十二条 3;
    // 第六十五条末款 5 needs 「拒绝、阻挠或不配合经办机构开展必要监督检查」.
    let late = answered(
        Jurisdiction::Nantong,
        v::NT_A62_MATERIALS_NOT_PROVIDED.info.id,
        true,
    );
    let f = finding("nt.a11.p3.inspections", &late, date(AS_OF));
    assert_eq!(f.outcome, Outcome::Fail);
    assert!(risks_of(&f, "nt.a65.t65-x").is_empty(), "{:#?}", f.risks);
    assert!(risks_of(&f, "nt.a11.obstruction").is_empty());
    assert!(!risks_of(&f, "nt.a62.interview").is_empty());
    let obstructed = answered(
        Jurisdiction::Nantong,
        v::NT_A65_OBSTRUCTED_INSPECTION.info.id,
        true,
    );
    let f = finding("nt.a11.p3.inspections", &obstructed, date(AS_OF));
    let termination = risks_of(&f, "nt.a65.t65-x");
    assert_eq!(termination.len(), 1);
    assert!(termination[0].certain);
    assert_eq!(f.risks[0].id, "nt.a65.t65-x", "the certain bar comes first");
    assert!(risks_of(&f, "nt.a62.interview").is_empty());
}

#[test]
fn not_cooperating_in_guangdong_risks_termination_only_if_found_egregious() {
    // GD 第二十四条 → 第四十二条（五）「……且情节恶劣的」.
    let p = answered(
        Jurisdiction::Guangdong,
        gd::GD_COOPERATES_WITH_AUDITS.info.id,
        false,
    );
    let f = finding("gd.a24.cooperates-with-audits", &p, date(AS_OF));
    let termination = risks_of(&f, "gd.a42.obstruction-termination");
    assert_eq!(termination.len(), 1);
    assert!(!termination[0].certain);
    assert_eq!(
        termination[0].condition.as_deref(),
        Some("若经认定情节恶劣")
    );
    assert_eq!(termination[0].grade_label, "中");
    let first_possible = f
        .risks
        .iter()
        .position(|r| !r.certain)
        .unwrap_or(f.risks.len());
    assert!(
        f.risks.iter().skip(first_possible).all(|r| !r.certain),
        "certain measures rank above possible ones: {:#?}",
        f.risks
    );
}

#[test]
fn overcharging_in_guangdong_brings_the_fraud_termination_only_once_found_to_be_fraud() {
    // GD 第十七条 acts → 第四十二条（三）「经医疗保障部门和其他有关部门查实有欺诈骗保行为的」.
    let p = answered(Jurisdiction::Guangdong, gd::GD_OVERCHARGING.info.id, true);
    let f = finding("gd.a17.p1.overcharging", &p, date(AS_OF));
    let fraud = risks_of(&f, "gd.a42.fraud-termination");
    assert_eq!(fraud.len(), 1);
    assert!(!fraud[0].certain);
    assert_eq!(
        fraud[0].condition.as_deref(),
        Some("若经医疗保障部门和其他有关部门查实有欺诈骗保行为")
    );
    // Fraud that is none of the listed acts has an item of its own.
    let p = answered(Jurisdiction::Guangdong, gd::GD_FRAUD.info.id, true);
    let f = finding("gd.a42.i3.fraud", &p, date(AS_OF));
    assert_eq!(f.outcome, Outcome::Fail);
    assert!(!risks_of(&f, "gd.a42.fraud-termination").is_empty());
}

#[test]
fn obstruction_in_jilin_keeps_its_egregiousness_qualifier() {
    for (id, rule) in [
        (jl::JL_OBSTRUCTED.info.id, "jl.a47.i5.obstructed"),
        (jl::JL_OBSTRUCTED.info.id, "jl.a47.i8.pharmacy-obstructed"),
    ] {
        let mut p = answered(Jurisdiction::Jilin, id, true);
        if rule.contains("pharmacy") {
            p.institution.kind = Some(crate::facts::InstitutionKind::RetailPharmacy);
        }
        let f = finding(rule, &p, date(AS_OF));
        assert_eq!(f.outcome, Outcome::Fail, "{rule}");
        let termination: Vec<&Risk> = f
            .risks
            .iter()
            .filter(|r| r.label == "医保经办机构应当解除医保协议")
            .collect();
        assert_eq!(termination.len(), 1, "{rule}: {:#?}", f.risks);
        assert!(!termination[0].certain, "{rule}");
        assert_eq!(
            termination[0].condition.as_deref(),
            Some("若经认定情节恶劣")
        );
    }
}

#[test]
fn a_missing_notice_board_in_nantong_heads_with_its_certain_damages_not_termination() {
    // NT 第九条 → 第六十四条 T64b: 立即纠正、限期整改并支付2000元违约金；
    // 再犯5000元；情节严重的暂停或解除 (possible).
    let p = answered(Jurisdiction::Nantong, nt::PUBLICITY.info.id, false);
    let report = crate::engine::check(&p, date(AS_OF));
    let f = report
        .findings
        .iter()
        .find(|f| f.rule_id == "nt.a9.publicity")
        .expect("finding");
    assert_eq!(f.outcome, Outcome::Fail);
    let certain: Vec<&str> = f
        .risks
        .iter()
        .filter(|r| r.certain)
        .map(|r| r.label)
        .collect();
    assert!(certain.contains(&"支付甲方2000元违约金"), "{certain:?}");
    assert!(certain.contains(&"乙方应立即纠正、限期整改"), "{certain:?}");
    assert!(!certain.iter().any(|l| l.contains("解除")), "{certain:?}");
    let grave = f
        .risks
        .iter()
        .find(|r| r.label.contains("提前解除服务协议"))
        .expect("the graver step is said to be possible");
    assert!(!grave.certain);
    assert!(grave
        .condition
        .as_deref()
        .is_some_and(|c| c.contains("情节严重或整改后仍达不到规定要求")));
    let audit = report.conclusion.audit.expect("audit summary");
    let entry = audit
        .remediation
        .iter()
        .find(|r| r.rule_id == "nt.a9.publicity")
        .expect("on the 整改 list");
    assert!(entry.certain);
    assert_eq!(entry.risk, "支付甲方2000元违约金（南通协议 第六十四条）");
    assert_eq!(entry.grade_label, "中");
}

#[test]
fn an_act_under_two_clauses_says_whether_their_damages_add_up() {
    // NT 第十五条: retaining insured persons' cards falls under 第六十四条 T64b
    // (2000元) and 第六十五条（三）(2倍, 1万元 to 10万元); the agreement does not
    // say whether both are paid.
    let p = answered(Jurisdiction::Nantong, v::NT_A65_CARD_RETAINED.info.id, true);
    let f = finding("nt.a15.p1.identity-verified", &p, date(AS_OF));
    assert_eq!(f.outcome, Outcome::Fail);
    let note = f.risk_note.as_deref().expect("a note on the overlap");
    assert!(note.contains("原文未写明"), "{note}");
    assert!(
        note.contains("第六十四条") && note.contains("第六十五条"),
        "{note}"
    );
    // Without the retained cards (real-name checks not kept), 第六十五条（三）
    // does not follow: one clause, no note.
    let mut p = designated(Jurisdiction::Nantong);
    p.compliance.set(
        crate::facts::compliance::jiangsu::REAL_NAME.info.id,
        Value::YesNo(false),
    );
    let f = finding("nt.a15.p1.identity-verified", &p, date(AS_OF));
    assert_eq!(f.outcome, Outcome::Fail);
    assert!(risks_of(&f, "nt.a65.t65-3").is_empty(), "{:#?}", f.risks);
    assert_eq!(f.risk_note, None);
    // 「视违规情况」 leaves the 1× damages of 第六十五条（二） to the agency.
    let p = answered(
        Jurisdiction::Nantong,
        v::NT_A65_PRESCRIPTION_RULES.info.id,
        true,
    );
    let f = finding("nt.a65.i2.prescription-rules", &p, date(AS_OF));
    let damages = f
        .risks
        .iter()
        .find(|r| r.damages.is_some())
        .expect("damages");
    assert!(!damages.certain);
    assert_eq!(
        damages.condition.as_deref(),
        Some("由经办机构视违规情况决定")
    );
}

#[test]
fn the_self_audit_lists_items_needing_information_and_totals_the_certain_damages() {
    let mut p = answered(Jurisdiction::Nantong, nt::PUBLICITY.info.id, false);
    p.compliance.clear(nt::LEADING_GROUP.info.id);
    let audit = crate::engine::check(&p, date(AS_OF))
        .conclusion
        .audit
        .expect("audit");
    let missing = audit
        .remediation
        .iter()
        .find(|r| r.outcome == Outcome::NeedsInformation)
        .expect("an item needing information is on the list");
    assert!(!missing.missing.is_empty());
    assert!(
        audit.remediation.last().map(|r| r.outcome) == Some(Outcome::NeedsInformation),
        "after the failures and reviews"
    );
    let exposure = audit.exposure.expect("exposure");
    assert_eq!(exposure.min, 2000);
    assert_eq!(exposure.max, Some(2000));
    assert_eq!(exposure.text, "2000元");
    assert!(
        audit.summary.contains("确定的违约金合计：2000元"),
        "{}",
        audit.summary
    );
}

/// A discretion the clause words with 「视……」 names it; a bare 「可」 is
/// the agency's choice in general.
#[test]
fn a_discretion_is_worded_from_the_clause() {
    use super::risk::Qualifier;
    assert_eq!(
        Qualifier::discretion("视违规情况").condition(),
        "由经办机构视违规情况决定"
    );
    assert_eq!(
        Qualifier::discretion("可").condition(),
        "由经办机构决定是否采取"
    );
    assert_eq!(
        Qualifier::judged("情节恶劣的").condition(),
        "若经认定情节恶劣"
    );
    assert_eq!(
        Qualifier::fact("造成医保基金损失").condition(),
        "若造成医保基金损失"
    );
}

/// A qualifier a question answers drops out of the condition once answered
/// yes, and stays while unanswered or answered no.
#[test]
fn an_answered_qualifier_leaves_the_condition_once_met() {
    use super::risk::{Damages, Met, Qualifier, Severity, Step};
    use crate::facts::questions::APPLICATION_MATCHES_LICENCE as ASKED;
    static WHEN: [Qualifier; 1] = [Qualifier::answered("造成损失", &ASKED)];
    let step = Step {
        measure: "暂停",
        when: &WHEN,
        severity: Severity::Suspension,
        damages: Damages::None,
    };
    assert_eq!(step.condition(|_| Some(true)), None);
    assert_eq!(step.condition(|_| None).as_deref(), Some("若造成损失"));
    assert_eq!(
        step.condition(|_| Some(false)).as_deref(),
        Some("若造成损失")
    );
    assert_eq!(step.met(|_| Some(true)), Met::Certain);
    assert_eq!(step.met(|_| None), Met::Possible);
    assert_eq!(step.met(|_| Some(false)), Met::No);
}

/// The calculator's formula is the step that fixes damages: NT 第六十五条
/// 2 fixes them in its second step; a clause without damages has none.
#[test]
fn the_damages_step_is_the_one_that_fixes_damages() {
    use super::nantong::risks::{T62, T65_2};
    use super::risk::Damages;
    let step = T65_2.damages_step().map(|s| s.measure);
    assert!(
        T65_2
            .steps
            .iter()
            .position(|s| Some(s.measure) == step)
            .is_some_and(|i| i >= 1),
        "{step:?}"
    );
    assert!(T65_2
        .damages_step()
        .is_some_and(|s| !matches!(s.damages, Damages::None)));
    assert!(T62.damages_step().is_none());
}

/// The catalog lists a clause's qualifiers once each, in its own words:
/// GD 第十一条's two bars on applying again.
#[test]
fn a_consequence_lists_its_qualifiers_in_the_clause_words() {
    use super::guangdong::risks::REAPPLICATION_BAR;
    assert_eq!(
        REAPPLICATION_BAR.qualifiers(),
        [
            "若经认定因违法违规被解除协议未满3年或已满3年但未完全履行行政处罚责任",
            "若经认定因严重违反医保协议约定而被解除协议未满1年或已满1年但未完全履行违约责任",
        ]
    );
}

/// JS 第四十条 leaves the measure on staff or departments to the
/// 医疗保障部门, and the condition says so (not 经办机构).
#[test]
fn a_discretion_names_the_body_its_clause_names() {
    use super::jiangsu::risks::STAFF_OR_DEPARTMENT;
    let step = &STAFF_OR_DEPARTMENT.steps[0];
    assert_eq!(
        step.condition(|_| None).as_deref(),
        Some("由医疗保障部门决定是否采取")
    );
    assert_eq!(
        super::risk::Qualifier::discretion("视情节").condition(),
        "由经办机构视情节决定"
    );
}
