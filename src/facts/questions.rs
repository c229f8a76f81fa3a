//! The questions a profile answers: one per field, each with the JSON path
//! of its answer, its Chinese wording and the kind of answer it takes.
//!
//! Rules read facts only through these questions, so that a missing answer
//! becomes "needs information" naming the question, and so that the page's
//! questionnaire is generated from what the applicable rules ask.

use chrono::NaiveDate;
use serde::Serialize;

use super::choices::*;
use super::{Jurisdiction, Profile};

/// Where a question stands in the questionnaire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Application,
    Institution,
    Staff,
    Systems,
    It,
    Pharmacy,
    Internet,
    History,
    Materials,
    Procedure,
    /// 定点后自查: the services and qualifications items concern.
    Services,
    /// 定点后自查: obligations kept.
    Obligations,
    /// 定点后自查: forbidden acts and listed violations, whether any occurred.
    Conduct,
    /// 定点后自查: measured indicators.
    Indicators,
}

impl Section {
    pub const ALL: [Section; 14] = [
        Section::Application,
        Section::Institution,
        Section::Staff,
        Section::Systems,
        Section::It,
        Section::Pharmacy,
        Section::Internet,
        Section::History,
        Section::Materials,
        Section::Procedure,
        Section::Services,
        Section::Obligations,
        Section::Conduct,
        Section::Indicators,
    ];

    /// The section's heading on the page and in the CLI.
    pub fn title(self) -> &'static str {
        match self {
            Section::Application => "申请类别",
            Section::Institution => "机构基本情况",
            Section::Staff => "人员配备",
            Section::Systems => "内部管理制度",
            Section::It => "信息系统",
            Section::Pharmacy => "零售药店",
            Section::Internet => "“互联网+”医保服务",
            Section::History => "过往记录（不予受理情形）",
            Section::Materials => "申请材料（勾选已备齐的）",
            Section::Procedure => "程序与协议日期（用于计算时限）",
            Section::Services => "定点后自查：机构业务与资质（决定哪些条款适用）",
            Section::Obligations => "定点后自查：运行期义务（是否落实）",
            Section::Conduct => "定点后自查：违规行为（是否存在）",
            Section::Indicators => "定点后自查：指标（填分子和分母，或直接填比率）",
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
    /// Any number of values of a closed set (a JSON array).
    MultiChoice { options: &'static [ChoiceOption] },
    /// A material in hand or not: ticked is true, unticked false.
    Checkbox,
    /// A measured share: `{ "numerator": n, "denominator": d }` or
    /// `{ "percent": p }`, non-negative numbers of up to four decimal places.
    Measure,
}

impl AnswerKind {
    /// What a valid answer looks like, in Chinese, for error messages.
    pub fn expectation(self) -> String {
        match self {
            AnswerKind::YesNo | AnswerKind::Checkbox => "应为 true（是）或 false（否）".to_string(),
            AnswerKind::Measure => "应为 { \"numerator\": 分子, \"denominator\": 分母 } 或 { \"percent\": 比率 }，数值不小于 0、最多 4 位小数".to_string(),
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
            AnswerKind::MultiChoice { options } => {
                let listed: Vec<String> = options
                    .iter()
                    .map(|o| format!("{}（{}）", o.value, o.label))
                    .collect();
                format!("应为数组，元素取自：{}", listed.join("、"))
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
        /// Every question of the application self-check, in questionnaire order.
        static BASE: &[&QuestionInfo] = &[$(&$name.info,)+];
        /// Every question with a test of whether a profile answers it.
        #[cfg(test)]
        static ANSWERED: &[(&QuestionInfo, fn(&Profile) -> bool)] =
            &[$((&$name.info, |p| ($name.get)(p).is_some()),)+];
    };
    (@shown) => { always };
    (@shown $shown:expr) => { $shown };
}

const fn choice<T: Choice>() -> AnswerKind {
    AnswerKind::Choice {
        options: T::OPTIONS,
    }
}

const fn choices<T: Choice>() -> AnswerKind {
    AnswerKind::MultiChoice {
        options: T::OPTIONS,
    }
}

fn is_pharmacy(p: &Profile) -> bool {
    p.is_pharmacy()
}

fn changes(p: &Profile, kinds: &[ChangeKind]) -> bool {
    p.application
        .changes
        .as_ref()
        .is_some_and(|c| c.iter().any(|k| kinds.contains(k)))
}

questions! {
    APPLICATION_KIND: ApplicationKind = "application.kind", Application, choice::<ApplicationKind>(),
        "申请类别", "未填时按“新增定点”检查。",
        |p| p.application.kind;
    APPLICATION_CHANGES: Vec<ChangeKind> = "application.changes", Application, choices::<ChangeKind>(),
        "变更事项（可多选）", "按有关部门批准的变更事项选择。",
        |p| p.application.changes.clone(),
        shown = |p| p.application_kind() == ApplicationKind::InformationChange;
    INSTITUTION_NAME: String = "institution.name", Institution, AnswerKind::Text,
        "机构名称", "仅用于报告抬头，不影响结论。",
        |p| p.institution.name.clone();
    EXTERNAL_ID: String = "institution.external_id", Institution, AnswerKind::Text,
        "经办机构内部编号（选填）", "经办机构批量核查时用来对应自己的机构记录（如医保机构编码），原样带到结果与汇总表中，不影响结论。",
        |p| p.institution.external_id.clone();
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
    INDEPENDENT_CIVIL_LIABILITY: bool = "institution.independent_civil_liability", Institution, AnswerKind::YesNo,
        "本机构能否独立承担民事责任（能以自己的名义签订医保协议）", "江苏细则第十四条：签订医保协议的双方均应当为能够独立承担民事责任的机构。具有法人资格或依法登记、能独立承担责任的机构选“是”；内设科室、由上级单位统一管理而不能独立承担的选“否”。",
        |p| p.institution.independent_civil_liability;
    VILLAGE_INTEGRATED: bool = "institution.village_integrated", Institution, AnswerKind::YesNo,
        "本村卫生室是否实行乡村一体化管理（由乡（镇）卫生院代管理）", "吉林规程第三十六条（三）：乡村一体化管理的村卫生室由代管理的乡（镇）卫生院统一签订医保协议；其他村卫生室按程序自行申请。",
        |p| p.institution.village_integrated,
        shown = |p| p.institution.kind == Some(InstitutionKind::VillageClinic);

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
    TERMINATED_UNDER_NT_A65: bool = "history.terminated_under_nt_a65", History, AnswerKind::YesNo,
        "被解除的服务协议是否因南通协议第六十五条末款所列行为（虚构服务骗保、为其他机构结算、累计3次被暂停、证照被吊销、拒绝阻挠检查等）而解除", "按该款，乙方3年内不得申请医保定点；未被解除过的选“否”。",
        |p| p.history.terminated_under_nt_a65,
        shown = |p| p.jurisdiction == Jurisdiction::Nantong
            && (p.history.terminated_for_violation != Some(false)
                || p.history.terminated_for_breach != Some(false));
    TERMINATED_UNDER_NT_A65_ON: NaiveDate = "history.terminated_under_nt_a65_on", History, AnswerKind::Date,
        "因第六十五条末款所列行为被解除服务协议的日期（解除生效日）", "协议未写起算日，工具按解除生效日起算（推定）。",
        |p| p.history.terminated_under_nt_a65_on,
        shown = |p| p.history.terminated_under_nt_a65 == Some(true);
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
    UNDER_VIOLATION_INVESTIGATION: bool = "history.under_violation_investigation", History, AnswerKind::YesNo,
        "本机构目前是否正因违规被调查，或处于暂停处理期间", "南通协议第十二条第1款：因违规被调查、暂停处理期间不得申请变更。",
        |p| p.history.under_violation_investigation;

    SYSTEM_DRUG_MANAGEMENT: bool = "pharmacy.drug_management_system", Pharmacy, AnswerKind::YesNo,
        "是否具有符合医保协议管理要求的医保药品管理制度", "以成文制度文本为准。",
        |p| p.pharmacy.drug_management_system;
    SYSTEM_STAFF_MANAGEMENT: bool = "pharmacy.staff_management_system", Pharmacy, AnswerKind::YesNo,
        "是否具有医保人员管理制度", "以成文制度文本为准。",
        |p| p.pharmacy.staff_management_system;
    SYSTEM_SETTLEMENT: bool = "pharmacy.settlement_system", Pharmacy, AnswerKind::YesNo,
        "是否具有医保费用结算制度", "以成文制度文本为准。",
        |p| p.pharmacy.settlement_system;
    PHARMACY_DRUG_TRADING_LICENCE: bool = "pharmacy.drug_trading_licence", Pharmacy, AnswerKind::YesNo,
        "是否已取得药品经营许可证", "",
        |p| p.pharmacy.drug_trading_licence;
    PHARMACY_PHYSICAL_STORE: bool = "pharmacy.physical_store", Pharmacy, AnswerKind::YesNo,
        "是否为有实体门店的零售药店", "吉林规程第二条：定点零售药店是“实体零售药店”；仅有网店者须人工确认。",
        |p| p.pharmacy.physical_store;
    PHARMACY_OPERATING_AT_ADDRESS_SINCE: NaiveDate = "pharmacy.operating_at_address_since", Pharmacy, AnswerKind::Date,
        "在注册地址正式经营的开始日期", "注册地址变更过的，文件未规定是否重新起算，请填在现注册地址开始经营的日期。",
        |p| p.pharmacy.operating_at_address_since;
    PHARMACIST_QUALIFIED: bool = "pharmacy.pharmacist_qualified", Pharmacy, AnswerKind::YesNo,
        "是否至少有1名取得执业药师资格证书或具有药学、临床药学、中药学专业技术资格证书、且注册机构在本店的药师", "",
        |p| p.pharmacy.pharmacist_qualified;
    PHARMACIST_CONTRACT_START: NaiveDate = "pharmacy.pharmacist_contract_start", Pharmacy, AnswerKind::Date,
        "该药师劳动合同的起始日期", "",
        |p| p.pharmacy.pharmacist_contract_start;
    PHARMACIST_CONTRACT_END: NaiveDate = "pharmacy.pharmacist_contract_end", Pharmacy, AnswerKind::Date,
        "该药师劳动合同的终止日期", "无固定期限劳动合同填 9999-12-31。",
        |p| p.pharmacy.pharmacist_contract_end;
    PHARMACIST_IS_ADMINISTRATOR: bool = "pharmacy.pharmacist_is_administrator", Pharmacy, AnswerKind::YesNo,
        "该药师是否同时算作下面的医保管理人员之一", "文件未规定药师能否兼任；工具默认须为不同人员。",
        |p| p.pharmacy.pharmacist_is_administrator;
    PHARMACY_INSURANCE_ADMINISTRATORS: u32 = "pharmacy.insurance_administrators", Pharmacy, AnswerKind::Count,
        "熟悉医疗保障法律法规和相关制度规定、负责管理医保费用的专（兼）职医保管理人员人数", "",
        |p| p.pharmacy.insurance_administrators;
    ADMINISTRATOR_1_CONTRACT_START: NaiveDate = "pharmacy.administrator_1_contract_start", Pharmacy, AnswerKind::Date,
        "第1名医保管理人员劳动合同的起始日期", "",
        |p| p.pharmacy.administrator_1_contract_start;
    ADMINISTRATOR_1_CONTRACT_END: NaiveDate = "pharmacy.administrator_1_contract_end", Pharmacy, AnswerKind::Date,
        "第1名医保管理人员劳动合同的终止日期", "无固定期限劳动合同填 9999-12-31。",
        |p| p.pharmacy.administrator_1_contract_end;
    ADMINISTRATOR_2_CONTRACT_START: NaiveDate = "pharmacy.administrator_2_contract_start", Pharmacy, AnswerKind::Date,
        "第2名医保管理人员劳动合同的起始日期", "",
        |p| p.pharmacy.administrator_2_contract_start;
    ADMINISTRATOR_2_CONTRACT_END: NaiveDate = "pharmacy.administrator_2_contract_end", Pharmacy, AnswerKind::Date,
        "第2名医保管理人员劳动合同的终止日期", "无固定期限劳动合同填 9999-12-31。",
        |p| p.pharmacy.administrator_2_contract_end;
    PHARMACY_CLASSIFIED_STORAGE: bool = "pharmacy.classified_storage", Pharmacy, AnswerKind::YesNo,
        "是否按药品经营质量管理规范要求开展药品分类分区管理", "",
        |p| p.pharmacy.classified_storage;
    PHARMACY_INSURANCE_DRUG_LABELS: bool = "pharmacy.insurance_drug_labels", Pharmacy, AnswerKind::YesNo,
        "是否对所售药品设立明确的医保用药标识", "",
        |p| p.pharmacy.insurance_drug_labels;
    PHARMACY_DRUG_DATABASE: bool = "pharmacy.drug_database", Pharmacy, AnswerKind::YesNo,
        "是否具备建立医保药品等基础数据库的条件", "",
        |p| p.pharmacy.drug_database;
    PHARMACY_APPLICATION_MATCHES_LICENCES: bool = "pharmacy.application_matches_licences", Pharmacy, AnswerKind::YesNo,
        "申请材料所填机构名称、地址、法定代表人、经营方式、经营范围、统一社会信用代码是否与营业执照或药品经营许可证登记信息一致", "吉林规程第二十二条要求受理时逐项核对。",
        |p| p.pharmacy.application_matches_licences;

    INTERNET_HOST_DESIGNATED: bool = "internet.host_designated", Internet, AnswerKind::YesNo,
        "互联网医院所依托的实体医疗机构是否已是定点医疗机构", "补充协议由已定点的实体医疗机构申请。",
        |p| p.internet.host_designated;
    INTERNET_APPROVED: bool = "internet.approved", Internet, AnswerKind::YesNo,
        "是否经（卫生健康）行业主管部门批准设置互联网医院或批准开展互联网诊疗活动", "",
        |p| p.internet.approved;
    INTERNET_CODING_AND_DATABASES: bool = "internet.coding_and_databases", Internet, AnswerKind::YesNo,
        "是否具备与国家统一医保信息业务编码对接的条件，以及药品、医用耗材、诊疗项目、医疗服务设施、疾病病种等基础信息数据库", "",
        |p| p.internet.coding_and_databases;
    INTERNET_DATA_EXCHANGE: bool = "internet.data_exchange", Internet, AnswerKind::YesNo,
        "是否具备与医保信息系统数据交换的条件", "",
        |p| p.internet.data_exchange;
    INTERNET_PROVIDES_SERVICES: bool = "internet.provides_services", Internet, AnswerKind::YesNo,
        "能否提供“互联网+”医疗服务业务", "",
        |p| p.internet.provides_services;
    INTERNET_MOBILE_PAYMENT: bool = "internet.mobile_payment", Internet, AnswerKind::YesNo,
        "是否实现医保移动支付", "",
        |p| p.internet.mobile_payment;
    INTERNET_RECEIPTS: bool = "internet.receipts", Internet, AnswerKind::YesNo,
        "能否为患者提供电子票据、电子发票或及时邮寄纸质票据", "三者具备其一即可。",
        |p| p.internet.receipts;
    INTERNET_SETTLEMENT_VOUCHER: bool = "internet.settlement_voucher", Internet, AnswerKind::YesNo,
        "能否为患者提供医保结算凭证", "",
        |p| p.internet.settlement_voucher;
    INTERNET_DISTINGUISHES_ONLINE: bool = "internet.distinguishes_online", Internet, AnswerKind::YesNo,
        "信息系统能否区分常规线下医疗服务业务和“互联网+”医疗服务业务", "",
        |p| p.internet.distinguishes_online;
    INTERNET_REAL_NAME_AUTHENTICATION: bool = "internet.real_name_authentication", Internet, AnswerKind::YesNo,
        "能否依托医保电子凭证（医保码）进行实名认证，确保就诊参保人真实身份", "",
        |p| p.internet.real_name_authentication;
    INTERNET_INSURANCE_CODE_FULL_PROCESS: bool = "internet.insurance_code_full_process", Internet, AnswerKind::YesNo,
        "开展“互联网+”医疗服务能否依托医保码进行实名认证、医保移动支付等就医全流程应用", "",
        |p| p.internet.insurance_code_full_process;
    INTERNET_KEEPS_RECORDS: bool = "internet.keeps_records", Internet, AnswerKind::YesNo,
        "能否完整保留参保人诊疗过程中的电子病历、电子处方、购药记录等信息", "",
        |p| p.internet.keeps_records;
    INTERNET_KEEPS_DELIVERY_RECORDS: bool = "internet.keeps_delivery_records", Internet, AnswerKind::YesNo,
        "能否完整保留交易配送等信息", "",
        |p| p.internet.keeps_delivery_records;
    INTERNET_TRACEABLE: bool = "internet.traceable", Internet, AnswerKind::YesNo,
        "能否实现诊疗、处方、配药等全程可追溯", "",
        |p| p.internet.traceable;
    INTERNET_VERIFIES_REPEAT_VISITS: bool = "internet.verifies_repeat_visits", Internet, AnswerKind::YesNo,
        "能否核验患者为复诊患者，掌握必要的就诊信息", "",
        |p| p.internet.verifies_repeat_visits;
    INTERNET_E_PRESCRIPTION_CIRCULATION: bool = "internet.e_prescription_circulation", Internet, AnswerKind::YesNo,
        "能否实现电子处方流转", "",
        |p| p.internet.e_prescription_circulation;
    INTERNET_FILED_AND_VERIFIED: bool = "internet.filed_and_verified", Internet, AnswerKind::YesNo,
        "是否已向经办机构报备并核实通过", "中山征求意见稿第七条：具备条件的，向经办机构报备并核实通过的，准予开展。",
        |p| p.internet.filed_and_verified;

    OWNERSHIP: Ownership = "institution.ownership", Institution, choice::<Ownership>(),
        "举办性质", "公立医疗机构不得主动提出中止或解除医保协议；中山征求意见稿对公立与社会办的信息变更规定不同。",
        |p| p.institution.ownership;

    SUBMITTED_ON: NaiveDate = "procedure.submitted_on", Procedure, AnswerKind::Date,
        "经办机构收到申请材料之日（已提交或计划提交）", "计划中的日期也可填写，以预排时间表。",
        |p| p.procedure.submitted_on;
    ACCEPTED_ON: NaiveDate = "procedure.accepted_on", Procedure, AnswerKind::Date,
        "经办机构受理申请之日", "江苏、广东、中山为即时受理，通常即收到材料之日；吉林按年度执行计划及时受理。",
        |p| p.procedure.accepted_on;
    SUPPLEMENT_NOTIFIED_ON: NaiveDate = "procedure.supplement_notified_on", Procedure, AnswerKind::Date,
        "收到补正告知之日（无补正不填）", "",
        |p| p.procedure.supplement_notified_on;
    SUPPLEMENT_COMPLETED_ON: NaiveDate = "procedure.supplement_completed_on", Procedure, AnswerKind::Date,
        "补齐材料之日（无补正不填）", "",
        |p| p.procedure.supplement_completed_on;
    PUBLIC_NOTICE_STARTED_ON: NaiveDate = "procedure.public_notice_started_on", Procedure, AnswerKind::Date,
        "评估合格后公示开始之日", "",
        |p| p.procedure.public_notice_started_on;
    PUBLIC_NOTICE_ENDED_ON: NaiveDate = "procedure.public_notice_ended_on", Procedure, AnswerKind::Date,
        "公示期结束之日（以经办机构公告为准）", "吉林规程未规定公示天数。",
        |p| p.procedure.public_notice_ended_on;
    LISTED_ON: NaiveDate = "procedure.listed_on", Procedure, AnswerKind::Date,
        "纳入拟签订医保协议医疗机构名单之日", "",
        |p| p.procedure.listed_on;
    AGREEMENT_SIGNED_ON: NaiveDate = "procedure.agreement_signed_on", Procedure, AnswerKind::Date,
        "医保协议签订之日", "",
        |p| p.procedure.agreement_signed_on;
    AGREEMENT_EXPIRES_ON: NaiveDate = "procedure.agreement_expires_on", Procedure, AnswerKind::Date,
        "医保协议期满之日（协议期限的最后一日）", "",
        |p| p.procedure.agreement_expires_on;
    CHANGE_APPROVED_ON: NaiveDate = "procedure.change_approved_on", Procedure, AnswerKind::Date,
        "有关部门批准（核准）变更之日", "",
        |p| p.procedure.change_approved_on;
    PLANNED_MOVE_ON: NaiveDate = "procedure.planned_move_on", Procedure, AnswerKind::Date,
        "计划变更注册地址（实际迁址）之日", "吉林规程第三十七条：变更注册地址的（实际营业地址不变的除外），应提前5个工作日告知。",
        |p| p.procedure.planned_move_on,
        shown = |p| changes(p, &[ChangeKind::RegisteredAddress]);
    SUSPENSION_STARTED_ON: NaiveDate = "procedure.suspension_started_on", Procedure, AnswerKind::Date,
        "主动中止医保协议生效之日（未中止不填）", "",
        |p| p.procedure.suspension_started_on;
    PLANNED_EXIT_ON: NaiveDate = "procedure.planned_exit_on", Procedure, AnswerKind::Date,
        "拟主动中止或解除医保协议之日（无此计划不填）", "不再续签的另填下一问。",
        |p| p.procedure.planned_exit_on;
    PLANNED_NON_RENEWAL_ON: NaiveDate = "procedure.planned_non_renewal_on", Procedure, AnswerKind::Date,
        "拟期满不再续签的，医保协议期满之日（无此计划不填）", "不再续签也须提前3个月申请；公立医疗机构不得主动中止或解除，但可以不再续签。",
        |p| p.procedure.planned_non_renewal_on;
    DEFENCE_NOTIFIED_ON: NaiveDate = "procedure.defence_notified_on", Procedure, AnswerKind::Date,
        "经办机构告知拟作处理（须陈述申辩）之日（未收到不填）", "",
        |p| p.procedure.defence_notified_on;

    REVIEW_PASSED_ON: NaiveDate = "procedure.review_passed_on", Procedure, AnswerKind::Date,
        "经办机构审核通过申请之日（未通过或未知不填）", "",
        |p| p.procedure.review_passed_on;
    SUSPENSION_ENDS_ON: NaiveDate = "procedure.suspension_ends_on", Procedure, AnswerKind::Date,
        "医保协议中止期满之日（未中止不填）", "",
        |p| p.procedure.suspension_ends_on;
    VIOLATION_SUSPENSION_STARTED_ON: NaiveDate = "procedure.violation_suspension_started_on", Procedure, AnswerKind::Date,
        "因违法违规违约被中止医保协议之日（无则不填）", "",
        |p| p.procedure.violation_suspension_started_on;
    RECTIFICATION_SUSPENSION_STARTED_ON: NaiveDate = "procedure.rectification_suspension_started_on", Procedure, AnswerKind::Date,
        "被限期暂停整改的开始之日（无则不填）", "",
        |p| p.procedure.rectification_suspension_started_on;
    REREGISTERED_ON: NaiveDate = "procedure.reregistered_on", Procedure, AnswerKind::Date,
        "因设置主体或机构性质变更而重新办理医疗机构注册之日（无则不填）", "",
        |p| p.procedure.reregistered_on;
    CLAIM_DECLARED_ON: NaiveDate = "procedure.claim_declared_on", Procedure, AnswerKind::Date,
        "申报医保费用之日（最近一次，无则不填）", "",
        |p| p.procedure.claim_declared_on;
    REFUND_NOTIFIED_ON: NaiveDate = "procedure.refund_notified_on", Procedure, AnswerKind::Date,
        "收到清算退款通知之日（无则不填）", "",
        |p| p.procedure.refund_notified_on;
    INVESTIGATION_ENDED_ON: NaiveDate = "procedure.investigation_ended_on", Procedure, AnswerKind::Date,
        "调查处理结束之日（无则不填）", "",
        |p| p.procedure.investigation_ended_on;
    APPRAISAL_ENDED_ON: NaiveDate = "procedure.appraisal_ended_on", Procedure, AnswerKind::Date,
        "医疗事故（损害）鉴定结束之日（无则不填）", "",
        |p| p.procedure.appraisal_ended_on;
    AUDIT_QUERY_NOTIFIED_ON: NaiveDate = "procedure.audit_query_notified_on", Procedure, AnswerKind::Date,
        "收到经办机构审核疑点告知之日（无则不填）", "",
        |p| p.procedure.audit_query_notified_on;
    PLANNED_VIDEO_CHANGE_ON: NaiveDate = "procedure.planned_video_change_on", Procedure, AnswerKind::Date,
        "计划变更视频监控位置或医保刷卡结算处位置之日（无则不填）", "",
        |p| p.procedure.planned_video_change_on;

    MATERIAL_APPLICATION_FORM: bool = "materials.application_form", Materials, AnswerKind::Checkbox,
        "申请表（按经办机构格式填写）", "新增定点用定点申请表；信息变更用信息变更申请表。",
        |p| p.materials.application_form;
    MATERIAL_LICENCE_COPY: bool = "materials.licence_copy", Materials, AnswerKind::Checkbox,
        "执业证照复印件（医疗机构执业许可证、诊所备案凭证、中医诊所备案证或军队医疗机构为民服务许可证）", "",
        |p| p.materials.licence_copy;
    MATERIAL_LICENCE_VERIFIABLE_BY_DATA_SHARING: bool = "materials.licence_verifiable_by_data_sharing", Materials, AnswerKind::YesNo,
        "当地经办机构能否通过数据共享查询、核验本机构的执业证照", "广东办法、中山征求意见稿第八条第2款：能通过数据共享核验的政府核发证照批文无需另行提供；请向经办机构确认。",
        |p| p.materials.licence_verifiable_by_data_sharing;
    MATERIAL_LEGAL_ENTITY_CERTIFICATE_COPY: bool = "materials.legal_entity_certificate_copy", Materials, AnswerKind::Checkbox,
        "事业单位法人证书、民办非企业单位登记证书或营业执照等证照复印件", "",
        |p| p.materials.legal_entity_certificate_copy;
    MATERIAL_INTERNAL_SYSTEMS_TEXT: bool = "materials.internal_systems_text", Materials, AnswerKind::Checkbox,
        "与医保政策对应的内部管理制度文本", "",
        |p| p.materials.internal_systems_text;
    MATERIAL_FINANCE_SYSTEM_TEXT: bool = "materials.finance_system_text", Materials, AnswerKind::Checkbox,
        "财务制度文本", "",
        |p| p.materials.finance_system_text;
    MATERIAL_IT_SYSTEM: bool = "materials.it_system_materials", Materials, AnswerKind::Checkbox,
        "与医保有关的信息系统相关材料", "",
        |p| p.materials.it_system_materials;
    MATERIAL_FUND_FORECAST_REPORT: bool = "materials.fund_forecast_report", Materials, AnswerKind::Checkbox,
        "纳入定点后使用医疗保障基金的预测性分析报告", "",
        |p| p.materials.fund_forecast_report;
    MATERIAL_STAFF_ROSTER: bool = "materials.staff_roster", Materials, AnswerKind::Checkbox,
        "机构全体医务人员花名册（标注身份证号码、岗位等）及相关资质证书复印件", "",
        |p| p.materials.staff_roster;
    MATERIAL_NON_FIRST_SITE_PHYSICIANS: u32 = "materials.non_first_site_physicians", Materials, AnswerKind::Count,
        "在本机构注册、但本机构不是其第一执业点的医师人数", "没有填 0。",
        |p| p.materials.non_first_site_physicians;
    MATERIAL_NON_FIRST_SITE_AGREEMENTS: bool = "materials.non_first_site_agreements", Materials, AnswerKind::Checkbox,
        "上述每名非第一执业点注册医师与本机构签订的协议复印件", "",
        |p| p.materials.non_first_site_agreements,
        shown = |p| p.materials.non_first_site_physicians.is_some_and(|n| n > 0);
    MATERIAL_OTHER_LOCAL: bool = "materials.other_local_materials", Materials, AnswerKind::Checkbox,
        "医疗保障行政部门按相关规定要求提供的其他材料（已按当地申请指引备齐）", "文件未列明具体材料，以当地经办机构公布的申请指引为准。",
        |p| p.materials.other_local_materials;
    MATERIAL_DRUG_TRADING_LICENCE_COPY: bool = "materials.drug_trading_licence_copy", Materials, AnswerKind::Checkbox,
        "药品经营许可证复印件（变更时：药品经营许可证及变更页）", "",
        |p| p.materials.drug_trading_licence_copy, shown = is_pharmacy;
    MATERIAL_BUSINESS_LICENCE_COPY: bool = "materials.business_licence_copy", Materials, AnswerKind::Checkbox,
        "营业执照复印件", "",
        |p| p.materials.business_licence_copy, shown = is_pharmacy;
    MATERIAL_LEGAL_REPRESENTATIVE_ID_COPY: bool = "materials.legal_representative_id_copy", Materials, AnswerKind::Checkbox,
        "法定代表人身份证复印件", "零售药店新增定点：法定代表人、主要负责人或实际控制人身份证复印件；不是同一人时建议一并提供。",
        |p| p.materials.legal_representative_id_copy;
    MATERIAL_PHARMACIST_CERTIFICATE_AND_CONTRACT: bool = "materials.pharmacist_certificate_and_contract", Materials, AnswerKind::Checkbox,
        "执业药师资格证书或药学技术人员相关证书及其劳动合同复印件", "",
        |p| p.materials.pharmacist_certificate_and_contract, shown = is_pharmacy;
    MATERIAL_INSURANCE_STAFF_CONTRACTS: bool = "materials.insurance_staff_contracts", Materials, AnswerKind::Checkbox,
        "医保专（兼）职管理人员的劳动合同材料", "",
        |p| p.materials.insurance_staff_contracts, shown = is_pharmacy;
    MATERIAL_CHANGE_APPROVAL_DOCUMENTS: bool = "materials.change_approval_documents", Materials, AnswerKind::Checkbox,
        "市场监管、卫生健康、药监部门或民政等部门批准的变更文件", "",
        |p| p.materials.change_approval_documents;
    MATERIAL_GRADE_CHANGE_PROOF: bool = "materials.grade_change_proof", Materials, AnswerKind::Checkbox,
        "卫生健康部门出具的医疗机构级别等级变更佐证材料", "仅等级变更时提供。",
        |p| p.materials.grade_change_proof,
        shown = |p| changes(p, &[ChangeKind::GradeCategory]);
    MATERIAL_PREMISES_PROOF: bool = "materials.premises_proof", Materials, AnswerKind::Checkbox,
        "变更后经营场所房屋产权证明或租赁合同", "仅变更地址时提供。",
        |p| p.materials.premises_proof,
        shown = |p| changes(p, &[ChangeKind::RegisteredAddress]);
    MATERIAL_CHANGED_LICENCES_WITH_STAMPED_COPIES: bool = "materials.changed_licences_with_stamped_copies", Materials, AnswerKind::Checkbox,
        "变更后的医疗机构执业许可证、事业单位法人证书或民办非企业登记证书或营业执照等相关证照，及其复印件（加盖公章）", "南通协议第十二条第1款：持变更后的证照及复印件（加盖公章）办理变更备案。",
        |p| p.materials.changed_licences_with_stamped_copies;
}

/// The questions of the application self-check (without the compliance
/// self-audit's).
pub fn base() -> impl Iterator<Item = &'static QuestionInfo> + Clone {
    BASE.iter().copied()
}

/// Every question, in questionnaire order: the application self-check's,
/// then the compliance self-audit's.
pub fn all() -> impl Iterator<Item = &'static QuestionInfo> + Clone {
    base().chain(super::compliance::questions())
}

/// Every date question, so that the engine can read the day of an act (the
/// day whose rules govern it) from any of them.
pub static DATES: [&Question<NaiveDate>; 41] = [
    &OPERATING_SINCE,
    &FRAUDULENT_APPLICATION_DISCOVERED_ON,
    &TERMINATED_FOR_VIOLATION_ON,
    &TERMINATED_UNDER_NT_A65_ON,
    &TERMINATED_FOR_BREACH_ON,
    &LEADER_TERMINATION_ON,
    &FALSIFIED_MATERIALS_DISCOVERED_ON,
    &ASSESSMENT_FAILURE_NOTIFIED_ON,
    &PHARMACY_OPERATING_AT_ADDRESS_SINCE,
    &PHARMACIST_CONTRACT_START,
    &PHARMACIST_CONTRACT_END,
    &ADMINISTRATOR_1_CONTRACT_START,
    &ADMINISTRATOR_1_CONTRACT_END,
    &ADMINISTRATOR_2_CONTRACT_START,
    &ADMINISTRATOR_2_CONTRACT_END,
    &SUBMITTED_ON,
    &ACCEPTED_ON,
    &SUPPLEMENT_NOTIFIED_ON,
    &SUPPLEMENT_COMPLETED_ON,
    &PUBLIC_NOTICE_STARTED_ON,
    &PUBLIC_NOTICE_ENDED_ON,
    &LISTED_ON,
    &AGREEMENT_SIGNED_ON,
    &AGREEMENT_EXPIRES_ON,
    &CHANGE_APPROVED_ON,
    &PLANNED_MOVE_ON,
    &SUSPENSION_STARTED_ON,
    &PLANNED_EXIT_ON,
    &PLANNED_NON_RENEWAL_ON,
    &DEFENCE_NOTIFIED_ON,
    &REVIEW_PASSED_ON,
    &SUSPENSION_ENDS_ON,
    &VIOLATION_SUSPENSION_STARTED_ON,
    &RECTIFICATION_SUSPENSION_STARTED_ON,
    &REREGISTERED_ON,
    &CLAIM_DECLARED_ON,
    &REFUND_NOTIFIED_ON,
    &INVESTIGATION_ENDED_ON,
    &APPRAISAL_ENDED_ON,
    &AUDIT_QUERY_NOTIFIED_ON,
    &PLANNED_VIDEO_CHANGE_ON,
];

/// The answer to the date question `id`, if it is one and answered.
pub fn date_answer(id: &str, profile: &Profile) -> Option<NaiveDate> {
    DATES
        .iter()
        .find(|q| q.info.id == id)
        .and_then(|q| (q.get)(profile))
}

/// The question whose answer lives at `id`, if any.
pub fn by_id(id: &str) -> Option<&'static QuestionInfo> {
    all().find(|q| q.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    #[test]
    fn every_date_question_is_listed_among_the_dates() {
        for q in all().filter(|q| q.kind == AnswerKind::Date) {
            assert!(
                DATES.iter().any(|d| d.info.id == q.id),
                "{} is a date question missing from DATES",
                q.id
            );
        }
    }

    fn sample(kind: AnswerKind) -> Value {
        match kind {
            AnswerKind::YesNo => json!(true),
            AnswerKind::Date => json!("2026-05-01"),
            AnswerKind::Count => json!(7),
            AnswerKind::Text => json!("某医院"),
            AnswerKind::Choice { options } => json!(options.last().map(|o| o.value)),
            AnswerKind::MultiChoice { options } => json!([options.first().map(|o| o.value)]),
            AnswerKind::Checkbox => json!(false),
            AnswerKind::Measure => json!({"numerator": 1, "denominator": 2}),
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
        let empty: Profile =
            serde_json::from_value(json!({"jurisdiction": "jiangsu"})).expect("empty");
        assert_eq!(ANSWERED.len(), BASE.len());
        for (info, answered) in ANSWERED {
            let profile: Profile = serde_json::from_value(profile_with(info.id, sample(info.kind)))
                .unwrap_or_else(|e| panic!("{}: {e}", info.id));
            assert!(answered(&profile), "{} reads another field", info.id);
            assert!(
                !answered(&empty),
                "{} is answered in an empty profile",
                info.id
            );
        }
    }

    #[test]
    fn question_ids_are_unique_and_found_by_id() {
        let mut seen = std::collections::HashSet::new();
        for q in all() {
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
