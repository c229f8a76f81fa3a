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
/// 120-bed general hospital operating since 2025-03-01 with a clean record,
/// every material in hand, every “互联网+” condition met, and (for cases
/// that turn it into a pharmacy) a pharmacy's conditions met too.
pub fn baseline(jurisdiction: Jurisdiction) -> Profile {
    Profile {
        format: None,
        jurisdiction,
        application: Application::default(),
        institution: Institution {
            name: Some("示例医院".to_string()),
            external_id: None,
            kind: Some(InstitutionKind::GeneralHospital),
            licence: Some(Licence::PracticeLicence),
            operating_since: Some(date("2025-03-01")),
            beds: Some(120),
            main_scope: Some(MainScope::BasicMedical),
            application_matches_licence: Some(true),
            other_conditions_met: Some(true),
            ownership: Some(Ownership::Private),
            independent_civil_liability: Some(true),
            village_integrated: None,
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
            under_violation_investigation: Some(false),
            ..History::default()
        },
        materials: Materials {
            application_form: Some(true),
            licence_copy: Some(true),
            licence_verifiable_by_data_sharing: Some(false),
            legal_entity_certificate_copy: Some(true),
            internal_systems_text: Some(true),
            finance_system_text: Some(true),
            it_system_materials: Some(true),
            fund_forecast_report: Some(true),
            staff_roster: Some(true),
            non_first_site_physicians: Some(0),
            non_first_site_agreements: None,
            other_local_materials: Some(true),
            drug_trading_licence_copy: Some(true),
            business_licence_copy: Some(true),
            legal_representative_id_copy: Some(true),
            pharmacist_certificate_and_contract: Some(true),
            insurance_staff_contracts: Some(true),
            change_approval_documents: Some(true),
            grade_change_proof: Some(true),
            premises_proof: Some(true),
            changed_licences_with_stamped_copies: Some(true),
        },
        internet: Internet {
            host_designated: Some(true),
            approved: Some(true),
            coding_and_databases: Some(true),
            data_exchange: Some(true),
            provides_services: Some(true),
            mobile_payment: Some(true),
            receipts: Some(true),
            settlement_voucher: Some(true),
            distinguishes_online: Some(true),
            real_name_authentication: Some(true),
            insurance_code_full_process: Some(true),
            keeps_records: Some(true),
            keeps_delivery_records: Some(true),
            traceable: Some(true),
            verifies_repeat_visits: Some(true),
            e_prescription_circulation: Some(true),
            filed_and_verified: Some(true),
        },
        procedure: Procedure::default(),
        compliance: {
            let mut answers = compliance::Answers::default();
            compliance::keep_all(&mut answers);
            answers
        },
        pharmacy: Pharmacy {
            drug_trading_licence: Some(true),
            physical_store: Some(true),
            operating_at_address_since: Some(date("2025-03-01")),
            pharmacist_qualified: Some(true),
            pharmacist_contract_start: Some(date("2025-01-01")),
            pharmacist_contract_end: Some(date("2027-12-31")),
            pharmacist_is_administrator: Some(false),
            insurance_administrators: Some(2),
            administrator_1_contract_start: Some(date("2025-01-01")),
            administrator_1_contract_end: Some(date("2027-12-31")),
            administrator_2_contract_start: Some(date("2025-06-01")),
            administrator_2_contract_end: Some(date("2028-05-31")),
            classified_storage: Some(true),
            insurance_drug_labels: Some(true),
            drug_management_system: Some(true),
            staff_management_system: Some(true),
            settlement_system: Some(true),
            drug_database: Some(true),
            application_matches_licences: Some(true),
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
