//! The engine as a whole: documents in force, not covered, conclusions,
//! missing answers and the questionnaire.

use super::*;
use crate::catalog::testing::{baseline, date};
use crate::report::MayApply;

#[test]
fn a_complete_jiangsu_profile_may_apply() {
    let report = check(&baseline(Jurisdiction::Jiangsu), date("2026-11-22"));
    assert_eq!(
        report.conclusion.may_apply,
        MayApply::Yes,
        "{}",
        report.conclusion.summary
    );
    assert_eq!(report.conclusion.counts.fail, 0);
    assert!(report.conclusion.counts.pass > 20);
    assert_eq!(report.documents.len(), 1);
    assert!(report.documents[0].in_force_on_as_of);
}

#[test]
fn one_failed_condition_means_the_institution_may_not_apply_yet() {
    let mut profile = baseline(Jurisdiction::Jiangsu);
    profile.staff.physicians_first_registered_here = Some(0);
    let report = check(&profile, date("2026-11-22"));
    assert_eq!(report.conclusion.may_apply, MayApply::No);
    assert_eq!(report.conclusion.counts.fail, 1);
    assert!(
        report.conclusion.summary.contains("江苏 第六条（二）"),
        "{}",
        report.conclusion.summary
    );
}

#[test]
fn jiangsu_rules_are_not_covered_before_2024() {
    let report = check(&baseline(Jurisdiction::Jiangsu), date("2023-12-31"));
    assert_eq!(report.conclusion.may_apply, MayApply::NotCovered);
    assert!(report
        .findings
        .iter()
        .all(|f| f.outcome == Outcome::NotCovered));
    assert!(
        report.findings[0].detail.contains("2024年1月1日"),
        "{}",
        report.findings[0].detail
    );
    assert!(!report.documents[0].in_force_on_as_of);
    let first_day = check(&baseline(Jurisdiction::Jiangsu), date("2024-01-01"));
    assert!(first_day
        .findings
        .iter()
        .all(|f| f.outcome != Outcome::NotCovered));
}

#[test]
fn missing_answers_are_named_all_at_once_never_guessed() {
    let mut profile = baseline(Jurisdiction::Jiangsu);
    profile.staff.principal_in_charge_of_insurance = None;
    profile.staff.insurance_staff = None;
    let report = check(&profile, date("2026-11-22"));
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule_id == "js.a6.i3.principal-and-staff")
        .expect("finding");
    assert_eq!(finding.outcome, Outcome::NeedsInformation);
    let ids: Vec<&str> = finding.missing.iter().map(|m| m.id).collect();
    assert_eq!(
        ids,
        [
            "staff.principal_in_charge_of_insurance",
            "staff.insurance_staff"
        ]
    );
    assert_eq!(report.conclusion.may_apply, MayApply::Undetermined);
}

#[test]
fn an_empty_profile_needs_information_and_never_passes() {
    let profile = crate::facts::parse_profile(r#"{"jurisdiction":"jiangsu"}"#).expect("profile");
    let report = check(&profile, date("2026-11-22"));
    assert_eq!(report.conclusion.may_apply, MayApply::Undetermined);
    assert_eq!(report.conclusion.counts.pass, 0);
    assert!(report
        .findings
        .iter()
        .all(|f| f.outcome == Outcome::NeedsInformation && !f.missing.is_empty()));
}

#[test]
fn the_same_input_gives_the_same_report_byte_for_byte() {
    let profile = baseline(Jurisdiction::Nantong);
    let a = serde_json::to_string(&check(&profile, date("2026-11-22"))).expect("json");
    let b = serde_json::to_string(&check(&profile, date("2026-11-22"))).expect("json");
    assert_eq!(a, b);
}

#[test]
fn a_finding_of_an_article_five_kind_cites_the_item_that_lists_it() {
    let mut profile = baseline(Jurisdiction::Jiangsu);
    profile.institution.kind = Some(crate::facts::InstitutionKind::VillageClinic);
    let report = check(&profile, date("2026-11-22"));
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule_id == "js.a5.kind-listed")
        .expect("finding");
    assert_eq!(finding.citation.text, "江苏 第五条（三）");
    assert!(finding.quote.contains("村卫生室（所）"));
}

#[test]
fn the_questionnaire_asks_what_the_rules_ask_and_hides_what_does_not_apply() {
    let mut profile = baseline(Jurisdiction::Jiangsu);
    profile.institution.beds = Some(20);
    let ids: Vec<&str> = questionnaire(&profile)
        .iter()
        .flat_map(|g| g.questions.iter().map(|q| q.id))
        .collect();
    assert!(ids.contains(&"institution.operating_since"));
    assert!(ids.contains(&"staff.physicians_first_registered_here"));
    assert!(
        !ids.contains(&"staff.physicians_main_practice_here"),
        "a Jilin question in Jiangsu"
    );
    assert!(
        !ids.contains(&"staff.insurance_department"),
        "asked below 100 beds"
    );
    assert!(
        !ids.contains(&"history.fraudulent_application_discovered_on"),
        "asked without fraud"
    );
    profile.institution.beds = Some(100);
    let ids: Vec<&str> = questionnaire(&profile)
        .iter()
        .flat_map(|g| g.questions.iter().map(|q| q.id))
        .collect();
    assert!(ids.contains(&"staff.insurance_department"));
    let why = questionnaire(&profile)
        .into_iter()
        .flat_map(|g| g.questions)
        .find(|q| q.id == "institution.operating_since")
        .expect("question");
    assert_eq!(why.asked_by, ["江苏 第六条（一）"]);
}

#[test]
fn the_rules_hash_names_the_rule_set_applied() {
    let jiangsu = check(&baseline(Jurisdiction::Jiangsu), date("2026-11-22"));
    let again = check(&baseline(Jurisdiction::Jiangsu), date("2025-01-01"));
    let jilin = check(&baseline(Jurisdiction::Jilin), date("2026-11-22"));
    assert!(jiangsu.rules_hash.starts_with("fnv1a64:") && jiangsu.rules_hash.len() == 24);
    assert_eq!(
        jiangsu.rules_hash, again.rules_hash,
        "same rules, other facts and date"
    );
    assert_ne!(jiangsu.rules_hash, jilin.rules_hash);
    let rules: Vec<_> = rules_for(&baseline(Jurisdiction::Jiangsu))
        .into_iter()
        .map(|(r, _)| r)
        .collect();
    let fewer = crate::catalog::fingerprint(rules.iter().skip(1).copied());
    assert_ne!(fewer, jiangsu.rules_hash, "one rule less changes the hash");
}

/// The questionnaire follows the items' scopes: once an institution says it
/// has no inpatient service, the inpatient items' questions go (the scope
/// question stays, so that the answer can change), and come back with "yes".
#[test]
fn the_questionnaire_hides_the_questions_of_items_outside_the_scope() {
    use crate::facts::compliance::{nantong, scope, Value};
    let asked = |p: &Profile| -> Vec<&'static str> {
        questionnaire(p)
            .into_iter()
            .flat_map(|g| g.questions.into_iter().map(|q| q.id))
            .collect()
    };
    let mut p = baseline(Jurisdiction::Nantong);
    p.application.kind = Some(crate::facts::ApplicationKind::Designated);
    let extra_beds = nantong::EXTRA_BED_RATE.info.id;
    let inpatient = scope::INPATIENT_SERVICE.info.id;
    assert!(asked(&p).contains(&extra_beds));
    p.compliance.set(inpatient, Value::YesNo(false));
    let without = asked(&p);
    assert!(!without.contains(&extra_beds), "{without:?}");
    assert!(without.contains(&inpatient));
    p.compliance.clear(inpatient);
    assert!(asked(&p).contains(&extra_beds), "unanswered hides nothing");
}

/// Inpatient service follows from no beds or a kind without beds: not
/// asked, and the inpatient items do not apply; otherwise it is asked.
#[test]
fn inpatient_service_is_asked_only_when_the_answers_do_not_tell() {
    use crate::facts::compliance::{nantong, scope};
    use crate::facts::InstitutionKind;
    let asked = |p: &Profile| -> Vec<&'static str> {
        questionnaire(p)
            .into_iter()
            .flat_map(|g| g.questions.into_iter().map(|q| q.id))
            .collect()
    };
    let inpatient = scope::INPATIENT_SERVICE.info.id;
    let extra_beds = nantong::EXTRA_BED_RATE.info.id;
    let mut p = baseline(Jurisdiction::Nantong);
    p.application.kind = Some(crate::facts::ApplicationKind::Designated);
    p.compliance.clear(inpatient);
    assert!(asked(&p).contains(&inpatient), "120 beds: asked");
    for change in [
        |p: &mut Profile| p.institution.beds = Some(0),
        |p: &mut Profile| {
            p.institution.beds = None;
            p.institution.kind = Some(InstitutionKind::Clinic);
        },
    ] {
        let mut q = p.clone();
        change(&mut q);
        let questions = asked(&q);
        assert!(!questions.contains(&inpatient), "{questions:?}");
        assert!(!questions.contains(&extra_beds));
        let report = check(&q, date("2026-11-22"));
        let f = report
            .findings
            .iter()
            .find(|f| f.rule_id == "nt.a18.p1.extra-bed-rate")
            .expect("the extra-bed item");
        assert_eq!(f.outcome, Outcome::NotApplicable, "{}", f.detail);
    }
}

/// The document that governs an application is the one in force on the
/// day it is submitted, not on the day of the self-check.
#[test]
fn an_application_is_governed_by_the_rules_in_force_when_it_is_submitted() {
    // Guangdong: 「有效期延长至2027年6月1日」; checked before, submitted after.
    let mut p = baseline(Jurisdiction::Guangdong);
    p.procedure.submitted_on = Some(date("2027-06-05"));
    let report = check(&p, date("2027-05-20"));
    assert_eq!(report.conclusion.may_apply, MayApply::NotCovered);
    assert!(
        report.conclusion.summary.contains("申请提交日2027年6月5日"),
        "{}",
        report.conclusion.summary
    );
    assert!(report.conclusion.summary.contains("文件已失效"));
    assert!(!report.conclusion.summary.contains("文件未列申请材料清单"));
    p.procedure.submitted_on = Some(date("2027-05-25"));
    assert_eq!(
        check(&p, date("2027-05-20")).conclusion.may_apply,
        MayApply::Yes
    );
    // Jilin: 「自2026年1月1日起施行」; submitted before, checked after.
    let mut p = baseline(Jurisdiction::Jilin);
    p.procedure.submitted_on = Some(date("2025-12-29"));
    let report = check(&p, date("2026-01-02"));
    assert_eq!(report.conclusion.may_apply, MayApply::NotCovered);
    assert!(
        report.conclusion.summary.contains("文件未施行"),
        "{}",
        report.conclusion.summary
    );
    // Checked before it is in force, to be submitted after: its rules apply.
    p.procedure.submitted_on = Some(date("2026-01-05"));
    let report = check(&p, date("2025-12-20"));
    assert_ne!(
        report.conclusion.may_apply,
        MayApply::NotCovered,
        "{}",
        report.conclusion.summary
    );
}

/// A renewal whose deadlines are computed is not "no rule data", though
/// the documents list no conditions or materials for it.
#[test]
fn a_renewal_with_its_deadline_computed_has_an_answer() {
    let mut p = baseline(Jurisdiction::Jiangsu);
    p.application.kind = Some(crate::facts::ApplicationKind::Renewal);
    p.procedure.agreement_expires_on = Some(date("2027-03-31"));
    let report = check(&p, date("2026-11-22"));
    assert_eq!(
        report.conclusion.may_apply,
        MayApply::Yes,
        "{}",
        report.conclusion.summary
    );
    assert!(report.conclusion.summary.contains("已按文件计算"));
    p.procedure.agreement_expires_on = Some(date("2027-01-31"));
    let report = check(&p, date("2026-11-22"));
    assert_eq!(report.conclusion.may_apply, MayApply::Undetermined);
    p.procedure.agreement_expires_on = None;
    let report = check(&p, date("2026-11-22"));
    assert_ne!(report.conclusion.may_apply, MayApply::Yes);
}

#[test]
fn the_rules_hash_kept_for_a_rule_set_is_the_fingerprint_of_that_set() {
    use crate::facts::{ApplicationKind, InstitutionKind};
    // Twice over, so that the second round reads every hash kept by the
    // first; pharmacies after institutions of the same place and kind, so
    // that a key that left out the applicant would hand them the wrong one.
    for _ in 0..2 {
        for &jurisdiction in Jurisdiction::VALUES {
            for &kind in ApplicationKind::VALUES {
                for institution in [
                    InstitutionKind::CommunityHealthCentre,
                    InstitutionKind::RetailPharmacy,
                ] {
                    let mut profile = baseline(jurisdiction);
                    profile.application.kind = Some(kind);
                    profile.institution.kind = Some(institution);
                    let rules = rules_for(&profile);
                    let report = check(&profile, date("2026-11-22"));
                    assert_eq!(
                        report.rules_hash,
                        catalog::fingerprint(rules.iter().map(|(rule, _)| *rule)),
                        "{jurisdiction:?} {kind:?} {institution:?}"
                    );
                }
            }
        }
    }
}
