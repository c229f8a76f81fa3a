//! The institution's facts: the documented JSON input of every check.
//!
//! Every answer is optional: a rule that needs an answer the profile does not
//! give reports "needs information" naming the question, never a guess.
//! Unknown fields and wrong types are refused with an error that names the
//! field (see [`parse`]).

pub mod choices;
mod parse;
pub mod questions;

pub use choices::*;
pub use parse::{parse_profile, InputError};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The version of the profile format this build reads.
pub const PROFILE_FORMAT: &str = "dingdian-profile/1";

/// Everything an institution says about itself for a self-check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Optional marker of the format, `dingdian-profile/1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// The place whose rules apply. Required.
    pub jurisdiction: Jurisdiction,
    #[serde(default)]
    pub institution: Institution,
    #[serde(default)]
    pub staff: Staff,
    #[serde(default)]
    pub systems: Systems,
    #[serde(default)]
    pub it: ItSystem,
    #[serde(default)]
    pub history: History,
}

/// Who the institution is and how it operates.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    /// 机构名称, shown in the report header only.
    pub name: Option<String>,
    pub kind: Option<InstitutionKind>,
    pub licence: Option<Licence>,
    /// 正式运营开始日期.
    pub operating_since: Option<NaiveDate>,
    /// 床位数 (0 for none).
    pub beds: Option<u32>,
    pub main_scope: Option<MainScope>,
    /// JL 第十八条: the application's basic data match the licence register.
    pub application_matches_licence: Option<bool>,
    /// Meets the other conditions of laws, regulations and provincial rules (第六条（六）).
    pub other_conditions_met: Option<bool>,
}

/// Physicians and insurance staff.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Staff {
    /// Qualified physicians whose first place of registration (第一注册地) is here.
    pub physicians_first_registered_here: Option<u32>,
    /// Qualified physicians whose main practice institution (主要执业机构) is here.
    pub physicians_main_practice_here: Option<u32>,
    /// The principal (主要负责人) is responsible for insurance work.
    pub principal_in_charge_of_insurance: Option<bool>,
    /// Full- or part-time insurance administrators (专（兼）职医保管理人员).
    pub insurance_staff: Option<u32>,
    /// An internal insurance department exists (内部医保管理部门).
    pub insurance_department: Option<bool>,
    /// Full-time staff of that department (专职工作人员).
    pub insurance_department_full_time_staff: Option<u32>,
}

/// Internal management systems (制度) in writing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Systems {
    /// JS: internal management systems matching insurance policy.
    pub internal_management: Option<bool>,
    pub insurance_management: Option<bool>,
    pub finance: Option<bool>,
    pub statistics_information: Option<bool>,
    pub quality_safety_core: Option<bool>,
}

/// The information system and its link to the insurance platform.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItSystem {
    pub interface_standard: Option<InterfaceStandard>,
    /// 与医保信息系统有效对接.
    pub connected: Option<bool>,
    /// 向医保信息系统传送全部就诊人员相关信息.
    pub transmits_all_patient_data: Option<bool>,
    /// 为参保人员提供直接联网结算.
    pub direct_settlement: Option<bool>,
    /// The six basic databases (药品、诊疗项目、医疗服务设施、医用耗材、疾病病种、医务人员).
    pub base_databases: Option<bool>,
    /// Uses the national unified insurance codes.
    pub national_codes: Option<bool>,
    /// Uses the provincial unified insurance codes (GD/ZS: 国家和省统一).
    pub provincial_codes: Option<bool>,
    /// JL: uploads settlement information of all patients.
    pub uploads_settlement_information: Option<bool>,
    /// JL: uploads insurance settlement lists (医保结算清单).
    pub uploads_settlement_lists: Option<bool>,
    /// JL: uploads drug and consumable traceability codes (追溯码).
    pub uploads_traceability_codes: Option<bool>,
    /// JL: uploads purchase, sale and stock records (进销存).
    pub uploads_inventory: Option<bool>,
    /// JL: uses the insurance code (医保码) through the whole visit.
    pub insurance_code_full_process: Option<bool>,
}

/// Past events that may bar an application (不予受理).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct History {
    /// Basic services follow the price policy of the insurance authority.
    pub price_policy_followed: Option<bool>,
    /// An administrative penalty has not been carried out as the law requires.
    pub unfulfilled_administrative_penalty: Option<bool>,
    /// Fraud or other improper means in applying were discovered.
    pub fraudulent_application: Option<bool>,
    pub fraudulent_application_discovered_on: Option<NaiveDate>,
    /// An agreement was terminated (解除) for violating laws or regulations.
    pub terminated_for_violation: Option<bool>,
    pub terminated_for_violation_on: Option<NaiveDate>,
    /// The administrative-penalty liability of that termination is fully met.
    pub violation_penalty_fulfilled: Option<bool>,
    /// An agreement was terminated for a serious breach of its terms.
    pub terminated_for_breach: Option<bool>,
    pub terminated_for_breach_on: Option<NaiveDate>,
    /// The liability for breach (违约责任) is fully met.
    pub breach_liability_fulfilled: Option<bool>,
    /// The legal representative, principal or controller caused, by serious
    /// violations, the termination of another designated institution's agreement.
    pub leader_caused_termination: Option<bool>,
    pub leader_termination_on: Option<NaiveDate>,
    pub leader_previous_institution: Option<PreviousInstitution>,
    /// The legal representative, principal or controller is on the list of dishonest persons.
    pub leader_dishonest: Option<bool>,
    /// Another ground for refusal under laws, regulations (JS: and rules) applies.
    pub other_refusal_ground: Option<bool>,
    /// JL 第二十九条: falsified application or assessment materials were found.
    pub falsified_materials: Option<bool>,
    pub falsified_materials_discovered_on: Option<NaiveDate>,
    /// Failed designation assessments.
    pub assessment: Option<AssessmentRecord>,
    /// The day the (last) failed result was delivered (结果告知送达之日).
    pub assessment_failure_notified_on: Option<NaiveDate>,
}
