//! Test support for the rules: a complete passing profile per jurisdiction,
//! and cases that change one fact and state the outcome the article gives.

use chrono::NaiveDate;

use crate::engine;
use crate::facts::*;
use crate::report::{Finding, Outcome};

/// The as-of date the cases use unless they say otherwise.
pub const AS_OF: &str = "2026-11-22";

pub fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|e| panic!("test date {text}: {e}"))
}

/// A profile that meets every rule of its jurisdiction on [`AS_OF`]: a
/// 120-bed general hospital operating since 2025-03-01 with a clean record.
pub fn baseline(jurisdiction: Jurisdiction) -> Profile {
    Profile {
        format: None,
        jurisdiction,
        institution: Institution {
            name: Some("示例医院".to_string()),
            kind: Some(InstitutionKind::GeneralHospital),
            licence: Some(Licence::PracticeLicence),
            operating_since: Some(date("2025-03-01")),
            beds: Some(120),
            main_scope: Some(MainScope::BasicMedical),
            application_matches_licence: Some(true),
            other_conditions_met: Some(true),
        },
        staff: Staff {
            physicians_first_registered_here: Some(12),
            physicians_main_practice_here: Some(12),
            principal_in_charge_of_insurance: Some(true),
            insurance_staff: Some(3),
            insurance_department: Some(true),
            insurance_department_full_time_staff: Some(2),
        },
        systems: Systems {
            internal_management: Some(true),
            insurance_management: Some(true),
            finance: Some(true),
            statistics_information: Some(true),
            quality_safety_core: Some(true),
        },
        it: ItSystem {
            interface_standard: Some(InterfaceStandard::InPlace),
            connected: Some(true),
            transmits_all_patient_data: Some(true),
            direct_settlement: Some(true),
            base_databases: Some(true),
            national_codes: Some(true),
            provincial_codes: Some(true),
            uploads_settlement_information: Some(true),
            uploads_settlement_lists: Some(true),
            uploads_traceability_codes: Some(true),
            uploads_inventory: Some(true),
            insurance_code_full_process: Some(true),
        },
        history: History {
            price_policy_followed: Some(true),
            unfulfilled_administrative_penalty: Some(false),
            fraudulent_application: Some(false),
            terminated_for_violation: Some(false),
            terminated_for_breach: Some(false),
            leader_caused_termination: Some(false),
            leader_dishonest: Some(false),
            other_refusal_ground: Some(false),
            falsified_materials: Some(false),
            assessment: Some(AssessmentRecord::None),
            ..History::default()
        },
    }
}

/// One case of one rule: a sentence saying what the article gives, the
/// change from the baseline, the as-of date and the expected outcome.
#[derive(Clone, Copy)]
pub struct Case {
    /// The case as a sentence, citing the article.
    pub name: &'static str,
    pub rule: &'static str,
    pub jurisdiction: Jurisdiction,
    pub as_of: &'static str,
    pub set: fn(&mut Profile),
    pub expect: Outcome,
}

/// The finding of `rule` for `profile` as of `as_of`, through the engine.
pub fn finding(rule: &str, profile: &Profile, as_of: NaiveDate) -> Finding {
    let report = engine::check(profile, as_of);
    report
        .findings
        .into_iter()
        .find(|f| f.rule_id == rule)
        .unwrap_or_else(|| {
            panic!(
                "no finding for rule {rule} in a {:?} report",
                profile.jurisdiction
            )
        })
}

/// Runs every case and reports all that fail, each by its sentence.
pub fn run(cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        let mut profile = baseline(case.jurisdiction);
        (case.set)(&mut profile);
        let found = finding(case.rule, &profile, date(case.as_of));
        if found.outcome != case.expect {
            failures.push(format!(
                "{}\n  rule {}: expected {:?}, got {:?}: {}",
                case.name, case.rule, case.expect, found.outcome, found.detail
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Builds a table of [`Case`]s for one jurisdiction:
/// `"sentence": "rule-id" [on "date"], |p| change => Outcome;`
macro_rules! cases {
    ($jurisdiction:expr; $($name:literal : $rule:literal $(on $as_of:literal)?, |$p:ident| $change:expr => $expect:ident;)+) => {
        &[$($crate::catalog::testing::Case {
            name: $name,
            rule: $rule,
            jurisdiction: $jurisdiction,
            as_of: cases!(@as_of $($as_of)?),
            set: |$p: &mut $crate::facts::Profile| { let _ = &$p; let () = $change; },
            expect: $crate::report::Outcome::$expect,
        },)+]
    };
    (@as_of) => { $crate::catalog::testing::AS_OF };
    (@as_of $as_of:literal) => { $as_of };
}
pub(crate) use cases;
