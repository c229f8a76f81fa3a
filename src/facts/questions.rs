//! The questions a profile answers: one per field, each with the JSON path
//! of its answer, its Chinese wording and the kind of answer it takes.
//!
//! Rules read facts only through these questions, so that a missing answer
//! becomes "needs information" naming the question, and so that the page's
//! questionnaire is generated from what the applicable rules ask.

use chrono::NaiveDate;
use serde::Serialize;

use super::choices::*;
use super::Profile;

/// Where a question stands in the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Institution,
    Staff,
    Systems,
    It,
    History,
}

impl Section {
    pub const ALL: [Section; 5] = [
        Section::Institution,
        Section::Staff,
        Section::Systems,
        Section::It,
        Section::History,
    ];

    /// The section's heading on the page and in the CLI.
    pub fn title(self) -> &'static str {
        match self {
            Section::Institution => "机构基本情况",
            Section::Staff => "人员配备",
            Section::Systems => "内部管理制度",
            Section::It => "信息系统",
            Section::History => "过往记录（不予受理情形）",
        }
    }
}

/// The kind of answer a question takes, with what the page needs to ask it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum AnswerKind {
    /// 是 / 否.
    YesNo,
    /// A date, `YYYY-MM-DD`.
    Date,
    /// A whole number from 0.
    Count,
    /// Free text.
    Text,
    /// One value of a closed set.
    Choice { options: &'static [ChoiceOption] },
}

impl AnswerKind {
    /// What a valid answer looks like, in Chinese, for error messages.
    pub fn expectation(self) -> String {
        match self {
            AnswerKind::YesNo => "应为 true（是）或 false（否）".to_string(),
            AnswerKind::Date => "应为日期，格式 YYYY-MM-DD（如 2026-05-01）".to_string(),
            AnswerKind::Count => "应为不小于 0 的整数".to_string(),
            AnswerKind::Text => "应为文字".to_string(),
            AnswerKind::Choice { options } => {
                let listed: Vec<String> = options
                    .iter()
                    .map(|o| format!("{}（{}）", o.value, o.label))
                    .collect();
                format!("应为以下之一：{}", listed.join("、"))
            }
        }
    }
}

/// A question as the questionnaire and the reports see it.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct QuestionInfo {
    /// The JSON path of the answer in the profile, e.g. `institution.beds`.
    pub id: &'static str,
    pub section: Section,
    /// The question in Chinese.
    pub label: &'static str,
    /// What counts, where the documents leave it open, in Chinese.
    pub help: &'static str,
    pub kind: AnswerKind,
    /// Whether the question is asked given the answers so far.
    #[serde(skip)]
    pub shown: fn(&Profile) -> bool,
}

/// A question with typed access to its answer.
pub struct Question<T: 'static> {
    pub info: QuestionInfo,
    pub get: fn(&Profile) -> Option<T>,
}

fn always(_: &Profile) -> bool {
    true
}

fn has_inpatient_scale(p: &Profile) -> bool {
    p.institution.beds.is_some_and(|beds| beds >= 100)
}

macro_rules! questions {
    ($($name:ident : $ty:ty = $id:literal, $section:ident, $kind:expr, $label:literal, $help:literal, $get:expr $(, shown = $shown:expr)?;)+) => {
        $(
            pub static $name: Question<$ty> = Question {
                info: QuestionInfo {
                    id: $id,
                    section: Section::$section,
                    label: $label,
                    help: $help,
                    kind: $kind,
                    shown: questions!(@shown $($shown)?),
                },
                get: $get,
            };
        )+
        /// Every question, in questionnaire order.
        pub static ALL: &[&QuestionInfo] = &[$(&$name.info,)+];
    };
    (@shown) => { always };
    (@shown $shown:expr) => { $shown };
}

const fn choice<T: Choice>() -> AnswerKind {
    AnswerKind::Choice {
        options: T::OPTIONS,
    }
}

questions! {
    INSTITUTION_NAME: String = "institution.name", Institution, AnswerKind::Text,
        "机构名称", "仅用于报告抬头，不影响结论。",
        |p| p.institution.name.clone();
    INSTITUTION_KIND: InstitutionKind = "institution.kind", Institution, choice::<InstitutionKind>(),
        "机构类别", "按医疗机构执业许可证（或备案凭证）登记的类别选择。互联网医院不单独申请，依托其实体医疗机构申请补充协议。",
        |p| p.institution.kind;
    LICENCE: Licence = "institution.licence", Institution, choice::<Licence>(),
        "所持执业证照", "选择本机构已取得的执业许可证或备案凭证。",
        |p| p.institution.licence;
    OPERATING_SINCE: NaiveDate = "institution.operating_since", Institution, AnswerKind::Date,
        "正式运营开始日期", "文件未规定以何为证；请填能证明正式运营开始的日期（如执业登记后首次接诊、首笔收费日），并备好证据。",
        |p| p.institution.operating_since;
    BEDS: u32 = "institution.beds", Institution, AnswerKind::Count,
        "床位数", "无住院床位填 0。文件未定义按核定床位还是实际开放床位计，建议按执业许可证核定床位填写，并在评估时说明口径。",
        |p| p.institution.beds;
    MAIN_SCOPE: MainScope = "institution.main_scope", Institution, choice::<MainScope>(),
        "主要执业范围", "本机构以何种服务为主。文件未量化“主要”，请按实际业务构成如实选择。",
        |p| p.institution.main_scope;
    APPLICATION_MATCHES_LICENCE: bool = "institution.application_matches_licence", Institution, AnswerKind::YesNo,
        "申请表所填机构名称、地址、类别、诊疗科目、法定代表人、登记号是否与医疗机构执业许可证登记信息一致", "吉林规程第十八条要求受理时逐项核对这六项基本信息。",
        |p| p.institution.application_matches_licence;
    OTHER_CONDITIONS_MET: bool = "institution.other_conditions_met", Institution, AnswerKind::YesNo,
        "是否符合法律法规规章和省级及以上医疗保障行政部门规定的其他条件", "此为兜底条件，工具无法逐项列明；请对照当地医保部门公布的申请指引确认。",
        |p| p.institution.other_conditions_met;

    PHYSICIANS_FIRST_REGISTERED_HERE: u32 = "staff.physicians_first_registered_here", Staff, AnswerKind::Count,
        "第一注册地在本机构的医师人数（持医师执业证书、乡村医生执业证书或中医（专长）医师资格证书）", "只计第一注册地为本机构者；多点执业、第一注册地在其他机构的医师不计入。",
        |p| p.staff.physicians_first_registered_here;
    PHYSICIANS_MAIN_PRACTICE_HERE: u32 = "staff.physicians_main_practice_here", Staff, AnswerKind::Count,
        "主要执业机构为本机构的医师人数（持医师执业证书、乡村医生执业证书或中医（专长）医师资格证书）", "吉林规程以“主要执业机构”计，不以“第一注册地”计。",
        |p| p.staff.physicians_main_practice_here;
    PRINCIPAL_IN_CHARGE_OF_INSURANCE: bool = "staff.principal_in_charge_of_insurance", Staff, AnswerKind::YesNo,
        "是否由主要负责人负责医保工作", "建议以任命文件或分工文件为证。",
        |p| p.staff.principal_in_charge_of_insurance;
    INSURANCE_STAFF: u32 = "staff.insurance_staff", Staff, AnswerKind::Count,
        "专（兼）职医保管理人员人数", "专职、兼职均可计入。",
        |p| p.staff.insurance_staff;
    INSURANCE_DEPARTMENT: bool = "staff.insurance_department", Staff, AnswerKind::YesNo,
        "是否已设内部医保管理部门", "床位 100 张及以上（“以上”含本数）的医疗机构须设。",
        |p| p.staff.insurance_department, shown = has_inpatient_scale;
    INSURANCE_DEPARTMENT_FULL_TIME_STAFF: u32 = "staff.insurance_department_full_time_staff", Staff, AnswerKind::Count,
        "内部医保管理部门的专职工作人员人数", "只计专职人员。",
        |p| p.staff.insurance_department_full_time_staff, shown = has_inpatient_scale;

    SYSTEM_INTERNAL_MANAGEMENT: bool = "systems.internal_management", Systems, AnswerKind::YesNo,
        "是否具有与医保政策对应的内部管理制度", "以成文制度文本为准。",
        |p| p.systems.internal_management;
    SYSTEM_INSURANCE_MANAGEMENT: bool = "systems.insurance_management", Systems, AnswerKind::YesNo,
        "是否具有符合医保协议管理要求的医保管理制度", "以成文制度文本为准。",
        |p| p.systems.insurance_management;
    SYSTEM_FINANCE: bool = "systems.finance", Systems, AnswerKind::YesNo,
        "是否具有财务制度", "以成文制度文本为准。",
        |p| p.systems.finance;
    SYSTEM_STATISTICS_INFORMATION: bool = "systems.statistics_information", Systems, AnswerKind::YesNo,
        "是否具有统计信息管理制度", "以成文制度文本为准。",
        |p| p.systems.statistics_information;
    SYSTEM_QUALITY_SAFETY_CORE: bool = "systems.quality_safety_core", Systems, AnswerKind::YesNo,
        "是否具有医疗质量安全核心制度", "以成文制度文本为准。",
        |p| p.systems.quality_safety_core;

    IT_INTERFACE_STANDARD: InterfaceStandard = "it.interface_standard", It, choice::<InterfaceStandard>(),
        "信息系统是否符合医保协议管理要求的技术和接口标准", "已完成改造选“已具备”；能够改造但尚未完成选“能够改造，尚未完成”。",
        |p| p.it.interface_standard;
    IT_CONNECTED: bool = "it.connected", It, AnswerKind::YesNo,
        "是否已实现与医保信息系统有效对接", "",
        |p| p.it.connected;
    IT_TRANSMITS_ALL_PATIENT_DATA: bool = "it.transmits_all_patient_data", It, AnswerKind::YesNo,
        "能否按要求向医保信息系统传送全部就诊人员相关信息", "",
        |p| p.it.transmits_all_patient_data;
    IT_DIRECT_SETTLEMENT: bool = "it.direct_settlement", It, AnswerKind::YesNo,
        "能否为参保人员提供直接联网结算", "",
        |p| p.it.direct_settlement;
    IT_BASE_DATABASES: bool = "it.base_databases", It, AnswerKind::YesNo,
        "是否已设立医保药品、诊疗项目、医疗服务设施、医用耗材、疾病病种、医务人员等基础数据库", "六类均须设立。",
        |p| p.it.base_databases;
    IT_NATIONAL_CODES: bool = "it.national_codes", It, AnswerKind::YesNo,
        "是否按规定使用国家统一的医保信息业务编码", "",
        |p| p.it.national_codes;
    IT_PROVINCIAL_CODES: bool = "it.provincial_codes", It, AnswerKind::YesNo,
        "是否按规定使用省统一的医保编码", "广东办法要求使用“国家和省统一的医保编码”。",
        |p| p.it.provincial_codes;
    IT_UPLOADS_SETTLEMENT_INFORMATION: bool = "it.uploads_settlement_information", It, AnswerKind::YesNo,
        "能否规范、准确、完整上传全量就诊人员结算信息至医保信息平台", "",
        |p| p.it.uploads_settlement_information;
    IT_UPLOADS_SETTLEMENT_LISTS: bool = "it.uploads_settlement_lists", It, AnswerKind::YesNo,
        "能否规范、准确、完整上传医保结算清单至医保信息平台", "",
        |p| p.it.uploads_settlement_lists;
    IT_UPLOADS_TRACEABILITY_CODES: bool = "it.uploads_traceability_codes", It, AnswerKind::YesNo,
        "能否规范、准确、完整上传药品耗材追溯码至医保信息平台", "",
        |p| p.it.uploads_traceability_codes;
    IT_UPLOADS_INVENTORY: bool = "it.uploads_inventory", It, AnswerKind::YesNo,
        "能否规范、准确、完整上传进销存信息至医保信息平台", "",
        |p| p.it.uploads_inventory;
    IT_INSURANCE_CODE_FULL_PROCESS: bool = "it.insurance_code_full_process", It, AnswerKind::YesNo,
        "是否已推动医保码在挂号、就诊、支付、取药、取报告等就医服务全流程使用", "",
        |p| p.it.insurance_code_full_process;

    PRICE_POLICY_FOLLOWED: bool = "history.price_policy_followed", History, AnswerKind::YesNo,
        "基本医疗服务是否执行医疗保障行政部门制定的医药价格政策", "",
        |p| p.history.price_policy_followed;
    UNFULFILLED_ADMINISTRATIVE_PENALTY: bool = "history.unfulfilled_administrative_penalty", History, AnswerKind::YesNo,
        "是否存在未依法履行的行政处罚责任", "有尚未缴清的罚款或未执行完毕的处罚决定，选“是”。",
        |p| p.history.unfulfilled_administrative_penalty;
    FRAUDULENT_APPLICATION: bool = "history.fraudulent_application", History, AnswerKind::YesNo,
        "是否曾被发现以弄虚作假等不正当手段申请定点", "",
        |p| p.history.fraudulent_application;
    FRAUDULENT_APPLICATION_DISCOVERED_ON: NaiveDate = "history.fraudulent_application_discovered_on", History, AnswerKind::Date,
        "被发现弄虚作假之日（最近一次）", "回看期“自发现之日起”计算。",
        |p| p.history.fraudulent_application_discovered_on,
        shown = |p| p.history.fraudulent_application == Some(true);
    TERMINATED_FOR_VIOLATION: bool = "history.terminated_for_violation", History, AnswerKind::YesNo,
        "是否曾因违法违规被解除医保协议", "仅指“解除”；协议到期终止、主动申请解除不在此列。",
        |p| p.history.terminated_for_violation;
    TERMINATED_FOR_VIOLATION_ON: NaiveDate = "history.terminated_for_violation_on", History, AnswerKind::Date,
        "因违法违规被解除医保协议的日期（最近一次，解除生效日）", "文件未写起算日，工具按解除生效日起算（推定）。",
        |p| p.history.terminated_for_violation_on,
        shown = |p| p.history.terminated_for_violation == Some(true);
    VIOLATION_PENALTY_FULFILLED: bool = "history.violation_penalty_fulfilled", History, AnswerKind::YesNo,
        "与该次解除相关的行政处罚（法律）责任是否已完全履行", "",
        |p| p.history.violation_penalty_fulfilled,
        shown = |p| p.history.terminated_for_violation == Some(true);
    TERMINATED_FOR_BREACH: bool = "history.terminated_for_breach", History, AnswerKind::YesNo,
        "是否曾因严重违反医保协议约定被解除医保协议", "",
        |p| p.history.terminated_for_breach;
    TERMINATED_FOR_BREACH_ON: NaiveDate = "history.terminated_for_breach_on", History, AnswerKind::Date,
        "因严重违约被解除医保协议的日期（最近一次，解除生效日）", "文件未写起算日，工具按解除生效日起算（推定）。",
        |p| p.history.terminated_for_breach_on,
        shown = |p| p.history.terminated_for_breach == Some(true);
    BREACH_LIABILITY_FULFILLED: bool = "history.breach_liability_fulfilled", History, AnswerKind::YesNo,
        "与该次解除相关的违约责任是否已完全履行", "",
        |p| p.history.breach_liability_fulfilled,
        shown = |p| p.history.terminated_for_breach == Some(true);
    LEADER_CAUSED_TERMINATION: bool = "history.leader_caused_termination", History, AnswerKind::YesNo,
        "法定代表人、主要负责人或实际控制人是否曾因严重违法违规导致原定点机构被解除医保协议", "指该人本人的严重违法违规导致原机构被解除；原机构与本机构不同也须如实填写。",
        |p| p.history.leader_caused_termination;
    LEADER_TERMINATION_ON: NaiveDate = "history.leader_termination_on", History, AnswerKind::Date,
        "原定点机构被解除医保协议的日期（最近一次，解除生效日）", "文件未写起算日，工具按原机构协议解除生效日起算（推定）。",
        |p| p.history.leader_termination_on,
        shown = |p| p.history.leader_caused_termination == Some(true);
    LEADER_PREVIOUS_INSTITUTION: PreviousInstitution = "history.leader_previous_institution", History, choice::<PreviousInstitution>(),
        "被解除协议的原机构是", "",
        |p| p.history.leader_previous_institution,
        shown = |p| p.history.leader_caused_termination == Some(true);
    LEADER_DISHONEST: bool = "history.leader_dishonest", History, AnswerKind::YesNo,
        "法定代表人、主要负责人或实际控制人是否被列入失信人名单", "以自查当日的名单状态为准。",
        |p| p.history.leader_dishonest;
    OTHER_REFUSAL_GROUND: bool = "history.other_refusal_ground", History, AnswerKind::YesNo,
        "是否存在法律、法规（江苏另含规章）规定的其他不予受理情形", "此为兜底情形；如不确定，请向经办机构咨询。",
        |p| p.history.other_refusal_ground;
    FALSIFIED_MATERIALS: bool = "history.falsified_materials", History, AnswerKind::YesNo,
        "评估时是否曾被发现采取虚构、篡改等不正当手段报送申请材料或评估材料", "",
        |p| p.history.falsified_materials;
    FALSIFIED_MATERIALS_DISCOVERED_ON: NaiveDate = "history.falsified_materials_discovered_on", History, AnswerKind::Date,
        "被发现虚构、篡改材料之日", "文件未写起算日，工具按发现之日起算（推定）。",
        |p| p.history.falsified_materials_discovered_on,
        shown = |p| p.history.falsified_materials == Some(true);
    ASSESSMENT: AssessmentRecord = "history.assessment", History, choice::<AssessmentRecord>(),
        "此前申请定点的评估记录", "",
        |p| p.history.assessment;
    ASSESSMENT_FAILURE_NOTIFIED_ON: NaiveDate = "history.assessment_failure_notified_on", History, AnswerKind::Date,
        "最近一次评估不合格结果告知送达之日", "",
        |p| p.history.assessment_failure_notified_on,
        shown = |p| matches!(p.history.assessment, Some(AssessmentRecord::FailedOnce | AssessmentRecord::FailedAgain));
}

/// The question whose answer lives at `id`, if any.
pub fn by_id(id: &str) -> Option<&'static QuestionInfo> {
    ALL.iter().copied().find(|q| q.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn sample(kind: AnswerKind) -> Value {
        match kind {
            AnswerKind::YesNo => json!(true),
            AnswerKind::Date => json!("2026-05-01"),
            AnswerKind::Count => json!(7),
            AnswerKind::Text => json!("某医院"),
            AnswerKind::Choice { options } => json!(options.last().map(|o| o.value)),
        }
    }

    fn profile_with(id: &str, value: Value) -> Value {
        let mut root = json!({ "jurisdiction": "jiangsu" });
        let mut parts = id.split('.').peekable();
        let mut node = &mut root;
        while let Some(part) = parts.next() {
            if parts.peek().is_none() {
                node[part] = value.clone();
            } else {
                if node.get(part).is_none() {
                    node[part] = json!({});
                }
                node = &mut node[part];
            }
        }
        root
    }

    /// Each question's id is the JSON path of the field its accessor reads:
    /// an answer written at that path is the answer the rules see.
    #[test]
    fn every_question_reads_the_field_at_its_json_path() {
        macro_rules! check {
            ($($q:ident),+) => {$({
                let info = $q.info;
                let profile: Profile = serde_json::from_value(profile_with(info.id, sample(info.kind)))
                    .unwrap_or_else(|e| panic!("{}: {e}", info.id));
                assert!(($q.get)(&profile).is_some(), "{} reads another field", info.id);
                let empty: Profile = serde_json::from_value(json!({"jurisdiction": "jiangsu"})).expect("empty");
                assert!(($q.get)(&empty).is_none(), "{} is answered in an empty profile", info.id);
            })+};
        }
        check!(
            INSTITUTION_NAME,
            INSTITUTION_KIND,
            LICENCE,
            OPERATING_SINCE,
            BEDS,
            MAIN_SCOPE,
            APPLICATION_MATCHES_LICENCE,
            OTHER_CONDITIONS_MET,
            PHYSICIANS_FIRST_REGISTERED_HERE,
            PHYSICIANS_MAIN_PRACTICE_HERE,
            PRINCIPAL_IN_CHARGE_OF_INSURANCE,
            INSURANCE_STAFF,
            INSURANCE_DEPARTMENT,
            INSURANCE_DEPARTMENT_FULL_TIME_STAFF,
            SYSTEM_INTERNAL_MANAGEMENT,
            SYSTEM_INSURANCE_MANAGEMENT,
            SYSTEM_FINANCE,
            SYSTEM_STATISTICS_INFORMATION,
            SYSTEM_QUALITY_SAFETY_CORE,
            IT_INTERFACE_STANDARD,
            IT_CONNECTED,
            IT_TRANSMITS_ALL_PATIENT_DATA,
            IT_DIRECT_SETTLEMENT,
            IT_BASE_DATABASES,
            IT_NATIONAL_CODES,
            IT_PROVINCIAL_CODES,
            IT_UPLOADS_SETTLEMENT_INFORMATION,
            IT_UPLOADS_SETTLEMENT_LISTS,
            IT_UPLOADS_TRACEABILITY_CODES,
            IT_UPLOADS_INVENTORY,
            IT_INSURANCE_CODE_FULL_PROCESS,
            PRICE_POLICY_FOLLOWED,
            UNFULFILLED_ADMINISTRATIVE_PENALTY,
            FRAUDULENT_APPLICATION,
            FRAUDULENT_APPLICATION_DISCOVERED_ON,
            TERMINATED_FOR_VIOLATION,
            TERMINATED_FOR_VIOLATION_ON,
            VIOLATION_PENALTY_FULFILLED,
            TERMINATED_FOR_BREACH,
            TERMINATED_FOR_BREACH_ON,
            BREACH_LIABILITY_FULFILLED,
            LEADER_CAUSED_TERMINATION,
            LEADER_TERMINATION_ON,
            LEADER_PREVIOUS_INSTITUTION,
            LEADER_DISHONEST,
            OTHER_REFUSAL_GROUND,
            FALSIFIED_MATERIALS,
            FALSIFIED_MATERIALS_DISCOVERED_ON,
            ASSESSMENT,
            ASSESSMENT_FAILURE_NOTIFIED_ON
        );
        assert_eq!(
            ALL.len(),
            50,
            "a question was added: add it to this test too"
        );
    }

    #[test]
    fn question_ids_are_unique_and_found_by_id() {
        let mut seen = std::collections::HashSet::new();
        for q in ALL {
            assert!(seen.insert(q.id), "duplicate question id {}", q.id);
            assert_eq!(by_id(q.id).map(|found| found.id), Some(q.id));
            assert!(!q.label.is_empty());
        }
        assert!(by_id("institution.nothing").is_none());
    }

    #[test]
    fn the_department_questions_are_asked_from_one_hundred_beds() {
        let mut profile: Profile =
            serde_json::from_value(json!({"jurisdiction": "jiangsu"})).expect("profile");
        assert!(!(INSURANCE_DEPARTMENT.info.shown)(&profile));
        profile.institution.beds = Some(99);
        assert!(!(INSURANCE_DEPARTMENT.info.shown)(&profile));
        profile.institution.beds = Some(100);
        assert!((INSURANCE_DEPARTMENT.info.shown)(&profile));
        assert!((INSURANCE_DEPARTMENT_FULL_TIME_STAFF.info.shown)(&profile));
    }
}
