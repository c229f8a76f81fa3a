//! The institution's facts: the documented JSON input of every check.
//!
//! Every answer is optional: a rule that needs an answer the profile does not
//! give reports "needs information" naming the question, never a guess.
//! Unknown fields and wrong types are refused with an error that names the
//! field (see [`parse`]).

pub mod choices;
pub mod compliance;
mod json;
mod parse;
pub mod questions;
pub mod schema;

pub use choices::*;
pub(crate) use json::{array_items, leaf, object_entries, Leaf};
#[cfg(test)]
pub(crate) use parse::set_answer;
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
    pub application: Application,
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
    #[serde(default)]
    pub materials: Materials,
    #[serde(default)]
    pub internet: Internet,
    #[serde(default)]
    pub pharmacy: Pharmacy,
    #[serde(default)]
    pub procedure: Procedure,
    /// The answers of the compliance self-audit of a designated institution.
    #[serde(default, skip_serializing_if = "compliance::Answers::is_empty")]
    // (Always empty without the self-audit: its writer stays out of that build.)
    #[cfg_attr(not(feature = "audit"), serde(skip))]
    pub compliance: compliance::Answers,
}

impl Profile {
    /// What the profile applies for; a new designation unless it says otherwise.
    pub fn application_kind(&self) -> ApplicationKind {
        self.application
            .kind
            .unwrap_or(ApplicationKind::NewDesignation)
    }

    /// Whether the applicant is a retail pharmacy (else a medical institution,
    /// also while the kind is not yet answered).
    pub fn is_pharmacy(&self) -> bool {
        self.institution
            .kind
            .is_some_and(InstitutionKind::is_pharmacy)
    }
}

/// What the institution applies for.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Application {
    /// 申请类别; a new designation when not given.
    pub kind: Option<ApplicationKind>,
    /// For an information change: what changes.
    pub changes: Option<Vec<ChangeKind>>,
}

/// The application materials in hand (true) or not (false).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Materials {
    /// 申请表 (新增定点 / 信息变更 as the application requires).
    pub application_form: Option<bool>,
    /// 执业证照复印件: practice licence, clinic record or military licence.
    pub licence_copy: Option<bool>,
    /// GD/ZS 第八条第2款: the agency can verify the licence by data sharing.
    pub licence_verifiable_by_data_sharing: Option<bool>,
    /// 事业单位法人证书、民办非企业单位登记证书或营业执照等证照复印件.
    pub legal_entity_certificate_copy: Option<bool>,
    /// 内部管理制度文本.
    pub internal_systems_text: Option<bool>,
    /// 财务制度文本.
    pub finance_system_text: Option<bool>,
    /// 信息系统相关材料.
    pub it_system_materials: Option<bool>,
    /// 纳入定点后使用医疗保障基金的预测性分析报告.
    pub fund_forecast_report: Option<bool>,
    /// ZS: 全体医务人员花名册（标注身份证号码、岗位等）及资质证书复印件.
    pub staff_roster: Option<bool>,
    /// ZS: physicians registered here as a site other than their first.
    pub non_first_site_physicians: Option<u32>,
    /// ZS: 非第一执业点注册医师与本机构签订的协议复印件.
    pub non_first_site_agreements: Option<bool>,
    /// 其他材料 the provincial (pharmacy: municipal) authority requires.
    pub other_local_materials: Option<bool>,
    /// JL pharmacy: 药品经营许可证复印件.
    pub drug_trading_licence_copy: Option<bool>,
    /// JL pharmacy: 营业执照复印件.
    pub business_licence_copy: Option<bool>,
    /// JL: 法定代表人（主要负责人、实际控制人）身份证复印件.
    pub legal_representative_id_copy: Option<bool>,
    /// JL pharmacy: 执业药师资格证书或药学技术人员相关证书及其劳动合同复印件.
    pub pharmacist_certificate_and_contract: Option<bool>,
    /// JL pharmacy: 医保专（兼）职管理人员的劳动合同材料.
    pub insurance_staff_contracts: Option<bool>,
    /// JL change: 市场监管、卫生健康、药监部门或民政等部门批准的变更文件.
    pub change_approval_documents: Option<bool>,
    /// JL change: 卫生健康部门出具的医疗机构级别等级变更佐证材料.
    pub grade_change_proof: Option<bool>,
    /// JL change: 变更后经营场所房屋产权证明或租赁合同.
    pub premises_proof: Option<bool>,
    /// NT change: 变更后的相关证照及复印件（加盖公章）.
    pub changed_licences_with_stamped_copies: Option<bool>,
}

/// The conditions of a "互联网+" supplementary agreement (JS 第七条, GD/ZS 第七条, JL 第十五条).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Internet {
    /// The physical institution is already a designated institution.
    pub host_designated: Option<bool>,
    /// Approved by the health authority to set up an internet hospital or practise internet medicine.
    pub approved: Option<bool>,
    /// JL: can connect to the national unified coding and has the basic databases.
    pub coding_and_databases: Option<bool>,
    /// Can exchange data with the insurance information system.
    pub data_exchange: Option<bool>,
    /// JS: can provide “互联网+” medical services.
    pub provides_services: Option<bool>,
    /// Insurance mobile payment.
    pub mobile_payment: Option<bool>,
    /// GD/ZS/JL: electronic receipts or invoices, or paper receipts posted in time.
    pub receipts: Option<bool>,
    /// JS: an insurance settlement voucher for patients.
    pub settlement_voucher: Option<bool>,
    /// The system tells online from offline services apart.
    pub distinguishes_online: Option<bool>,
    /// Real-name authentication with the insurance e-voucher (医保码).
    pub real_name_authentication: Option<bool>,
    /// JS: the insurance code used through the whole visit (实名认证、移动支付等就医全流程应用).
    pub insurance_code_full_process: Option<bool>,
    /// Keeps electronic records, e-prescriptions and purchase records.
    pub keeps_records: Option<bool>,
    /// JS: also keeps transaction and delivery records (交易配送).
    pub keeps_delivery_records: Option<bool>,
    /// GD/ZS/JL: diagnosis, prescription and dispensing traceable end to end.
    pub traceable: Option<bool>,
    /// JL: verifies that the patient is a repeat visit.
    pub verifies_repeat_visits: Option<bool>,
    /// JL: electronic prescriptions can circulate (电子处方流转).
    pub e_prescription_circulation: Option<bool>,
    /// ZS draft: filed with the agency and verified (报备并核实通过).
    pub filed_and_verified: Option<bool>,
}

/// A Jilin retail pharmacy's conditions (JL 第十九条、第二十二条).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pharmacy {
    /// 已取得药品经营许可证.
    pub drug_trading_licence: Option<bool>,
    /// A physical store (JL 第二条「实体零售药店」).
    pub physical_store: Option<bool>,
    /// 在注册地址正式经营开始日期.
    pub operating_at_address_since: Option<NaiveDate>,
    /// A pharmacist with the certificate, registered at this pharmacy.
    pub pharmacist_qualified: Option<bool>,
    pub pharmacist_contract_start: Option<NaiveDate>,
    pub pharmacist_contract_end: Option<NaiveDate>,
    /// The pharmacist is also one of the two insurance administrators.
    pub pharmacist_is_administrator: Option<bool>,
    /// 熟悉医疗保障法律法规和相关制度规定的专（兼）职医保管理人员人数.
    pub insurance_administrators: Option<u32>,
    pub administrator_1_contract_start: Option<NaiveDate>,
    pub administrator_1_contract_end: Option<NaiveDate>,
    pub administrator_2_contract_start: Option<NaiveDate>,
    pub administrator_2_contract_end: Option<NaiveDate>,
    /// 按药品经营质量管理规范要求开展药品分类分区管理.
    pub classified_storage: Option<bool>,
    /// 对所售药品设立明确的医保用药标识.
    pub insurance_drug_labels: Option<bool>,
    /// 医保药品管理制度.
    pub drug_management_system: Option<bool>,
    /// 医保人员管理制度.
    pub staff_management_system: Option<bool>,
    /// 医保费用结算制度.
    pub settlement_system: Option<bool>,
    /// 建立医保药品等基础数据库的条件.
    pub drug_database: Option<bool>,
    /// JL 第二十二条: the filled-in data match the business and drug-trading licences.
    pub application_matches_licences: Option<bool>,
}

/// Who the institution is and how it operates.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    /// 机构名称, shown in the report header only.
    pub name: Option<String>,
    /// The agency's own id of the institution (e.g. its insurance code):
    /// passed through to the batch's results and summary, read by no rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
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
    /// 公立 or 社会办.
    pub ownership: Option<Ownership>,
    /// JS 第十四条: the institution can bear civil liability on its own
    /// (it may sign the agreement itself).
    pub independent_civil_liability: Option<bool>,
    /// JL 第三十六条（三）: a village clinic under 乡村一体化管理, managed by
    /// its township health centre.
    pub village_integrated: Option<bool>,
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
    /// NT: an agreement was terminated for one of the acts of 第六十五条末款
    /// (「且乙方3年内不得申请医保定点」).
    pub terminated_under_nt_a65: Option<bool>,
    pub terminated_under_nt_a65_on: Option<NaiveDate>,
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
    /// NT 第十二条第1款: the institution is being investigated for a
    /// violation, or is in a suspension for one (调查、暂停处理期间).
    pub under_violation_investigation: Option<bool>,
}

/// The dates of the procedure and of the agreement, from which deadlines
/// and waiting periods follow.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// The day the agency received the application materials.
    pub submitted_on: Option<NaiveDate>,
    /// The day the agency accepted (受理) the application.
    pub accepted_on: Option<NaiveDate>,
    /// The day the institution received the notice to supplement materials.
    pub supplement_notified_on: Option<NaiveDate>,
    /// The day the materials were made complete.
    pub supplement_completed_on: Option<NaiveDate>,
    /// The first day of the public notice (公示) of the assessment result.
    pub public_notice_started_on: Option<NaiveDate>,
    /// JL: the last day of the public notice, as the agency announced it.
    pub public_notice_ended_on: Option<NaiveDate>,
    /// The day the institution was put on the list of institutions to sign with.
    pub listed_on: Option<NaiveDate>,
    /// The day the agreement was signed.
    pub agreement_signed_on: Option<NaiveDate>,
    /// The last day of the agreement's term.
    pub agreement_expires_on: Option<NaiveDate>,
    /// The day the authority approved the change of information.
    pub change_approved_on: Option<NaiveDate>,
    /// JL: the day the institution plans to move its registered address.
    pub planned_move_on: Option<NaiveDate>,
    /// The day a voluntary suspension of the agreement took effect.
    pub suspension_started_on: Option<NaiveDate>,
    /// The day from which the institution wants its agreement suspended or
    /// terminated (中止、解除).
    pub planned_exit_on: Option<NaiveDate>,
    /// The last day of an agreement the institution plans not to renew
    /// (不再续签), which public institutions may do too.
    pub planned_non_renewal_on: Option<NaiveDate>,
    /// JL: the day the agency told the institution of an intended measure.
    pub defence_notified_on: Option<NaiveDate>,
    /// JL: the day the agency's review of the application passed.
    pub review_passed_on: Option<NaiveDate>,
    /// The last day of a suspension of the agreement (ZS: to ask to resume).
    pub suspension_ends_on: Option<NaiveDate>,
    /// JL: the day a suspension for violations took effect.
    pub violation_suspension_started_on: Option<NaiveDate>,
    /// NT: the day a 限期暂停整改 began.
    pub rectification_suspension_started_on: Option<NaiveDate>,
    /// ZS: the day the institution registered anew after a change of its sponsor or nature.
    pub reregistered_on: Option<NaiveDate>,
    /// The day the institution declared (申报) insurance costs for payment.
    pub claim_declared_on: Option<NaiveDate>,
    /// ZS: the day the institution received a notice to refund after settlement.
    pub refund_notified_on: Option<NaiveDate>,
    /// NT: the day an investigation of the institution ended.
    pub investigation_ended_on: Option<NaiveDate>,
    /// NT: the day a medical-accident appraisal ended.
    pub appraisal_ended_on: Option<NaiveDate>,
    /// NT: the day the institution received the agency's notice of doubtful items in an audit.
    pub audit_query_notified_on: Option<NaiveDate>,
    /// NT: the day the institution plans to move a video camera or a card-payment desk.
    pub planned_video_change_on: Option<NaiveDate>,
}
