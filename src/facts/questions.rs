//! The questions a profile answers: one per field, each with the JSON path
//! of its answer, its Chinese wording and the kind of answer it takes.
//!
//! Rules read facts only through these questions, so that a missing answer
//! becomes "needs information" naming the question, and so that the page's
//! questionnaire is generated from what the applicable rules ask.

use chrono::NaiveDate;
use serde::Serialize;

use super::choices::*;
use super::parse::Field;
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

/// Declares the questions of the application self-check, each once:
///
/// ```text
/// NAME: kind = section.field, Section, "问题", "说明" [, shown = predicate];
/// ```
///
/// The path `section.field` is both the answer's JSON path (the question's
/// id) and the [`Profile`] field the answer is read into and the rules read
/// it from; the kind (`yes_no`, `checkbox`, `count`, `date`, `text`,
/// `choice<T>`, `choices<T>`) gives the answer's type, the questionnaire's
/// kind and the reader's setter. The reader's table of fields
/// ([`FIELDS`]), the JSON Schema, the TypeScript types and the field list in
/// docs/ all follow from this one line.
macro_rules! questions {
    ($($name:ident : $kind:ident $(<$choice:ty>)? = $part:ident . $field:ident, $section:ident, $label:literal, $help:literal $(, shown = $shown:expr)?;)+) => {
        $(
            pub static $name: Question<questions!(@type $kind $($choice)?)> = Question {
                info: QuestionInfo {
                    id: concat!(stringify!($part), ".", stringify!($field)),
                    section: Section::$section,
                    label: $label,
                    help: $help,
                    kind: questions!(@kind $kind $($choice)?),
                    shown: questions!(@shown $($shown)?),
                },
                get: |p| questions!(@get $kind p.$part.$field),
            };
        )+
        /// Every question of the application self-check, in questionnaire order.
        static BASE: &[&QuestionInfo] = &[$(&$name.info,)+];
        /// Every question with a test of whether a profile answers it.
        #[cfg(test)]
        static ANSWERED: &[(&QuestionInfo, fn(&Profile) -> bool)] =
            &[$((&$name.info, |p| ($name.get)(p).is_some()),)+];
        /// The [`Profile`] field of each question id, for the reader (read
        /// by hand rather than through `serde::Deserialize`, which keeps
        /// serde's deserialising machinery and chrono's date parser out of
        /// the wasm module). A table rather than a `match` on the id, which
        /// takes less code.
        pub(crate) static FIELDS: &[(&str, Field)] = &[
            $((
                concat!(stringify!($part), ".", stringify!($field)),
                questions!(@field $kind |p| &mut p.$part.$field),
            ),)+
        ];
    };
    (@type yes_no) => { bool };
    (@type checkbox) => { bool };
    (@type count) => { u32 };
    (@type date) => { NaiveDate };
    (@type text) => { String };
    (@type choice $t:ty) => { $t };
    (@type choices $t:ty) => { Vec<$t> };
    (@kind yes_no) => { AnswerKind::YesNo };
    (@kind checkbox) => { AnswerKind::Checkbox };
    (@kind count) => { AnswerKind::Count };
    (@kind date) => { AnswerKind::Date };
    (@kind text) => { AnswerKind::Text };
    (@kind choice $t:ty) => { choice::<$t>() };
    (@kind choices $t:ty) => { choices::<$t>() };
    // Answers of types that own their text or list are cloned; others copied.
    (@get text $value:expr) => { $value.clone() };
    (@get choices $value:expr) => { $value.clone() };
    (@get $kind:ident $value:expr) => { $value };
    (@field yes_no $setter:expr) => { Field::YesNo($setter) };
    (@field checkbox $setter:expr) => { Field::YesNo($setter) };
    (@field count $setter:expr) => { Field::Count($setter) };
    (@field date $setter:expr) => { Field::Date($setter) };
    (@field text $setter:expr) => { Field::Text($setter) };
    (@field choice $setter:expr) => { Field::Choice($setter) };
    (@field choices $setter:expr) => { Field::Choice($setter) };
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
    APPLICATION_KIND: choice<ApplicationKind> = application.kind, Application,
        "申请类别", "未填时按“新增定点”检查。";
    APPLICATION_CHANGES: choices<ChangeKind> = application.changes, Application,
        "变更事项（可多选）", "按有关部门批准的变更事项选择。",
        shown = |p| p.application_kind() == ApplicationKind::InformationChange;
    INSTITUTION_NAME: text = institution.name, Institution,
        "机构名称", "仅用于报告抬头，不影响结论。";
    EXTERNAL_ID: text = institution.external_id, Institution,
        "经办机构内部编号（选填）", "经办机构批量核查时用来对应自己的机构记录（如医保机构编码），原样带到结果与汇总表中，不影响结论。";
    INSTITUTION_KIND: choice<InstitutionKind> = institution.kind, Institution,
        "机构类别", "按医疗机构执业许可证（或备案凭证）登记的类别选择。互联网医院不单独申请，依托其实体医疗机构申请补充协议。";
    LICENCE: choice<Licence> = institution.licence, Institution,
        "所持执业证照", "选择本机构已取得的执业许可证或备案凭证。";
    OPERATING_SINCE: date = institution.operating_since, Institution,
        "正式运营开始日期", "文件未规定以何为证；请填能证明正式运营开始的日期（如执业登记后首次接诊、首笔收费日），并备好证据。";
    BEDS: count = institution.beds, Institution,
        "床位数", "无住院床位填 0。文件未定义按核定床位还是实际开放床位计，建议按执业许可证核定床位填写，并在评估时说明口径。";
    MAIN_SCOPE: choice<MainScope> = institution.main_scope, Institution,
        "主要执业范围", "本机构以何种服务为主。文件未量化“主要”，请按实际业务构成如实选择。";
    APPLICATION_MATCHES_LICENCE: yes_no = institution.application_matches_licence, Institution,
        "申请表所填机构名称、地址、类别、诊疗科目、法定代表人、登记号是否与医疗机构执业许可证登记信息一致", "吉林规程第十八条要求受理时逐项核对这六项基本信息。";
    OTHER_CONDITIONS_MET: yes_no = institution.other_conditions_met, Institution,
        "是否符合法律法规规章和省级及以上医疗保障行政部门规定的其他条件", "此为兜底条件，工具无法逐项列明；请对照当地医保部门公布的申请指引确认。";
    INDEPENDENT_CIVIL_LIABILITY: yes_no = institution.independent_civil_liability, Institution,
        "本机构能否独立承担民事责任（能以自己的名义签订医保协议）", "江苏细则第十四条：签订医保协议的双方均应当为能够独立承担民事责任的机构。具有法人资格或依法登记、能独立承担责任的机构选“是”；内设科室、由上级单位统一管理而不能独立承担的选“否”。";
    VILLAGE_INTEGRATED: yes_no = institution.village_integrated, Institution,
        "本村卫生室是否实行乡村一体化管理（由乡（镇）卫生院代管理）", "吉林规程第三十六条（三）：乡村一体化管理的村卫生室由代管理的乡（镇）卫生院统一签订医保协议；其他村卫生室按程序自行申请。",
        shown = |p| p.institution.kind == Some(InstitutionKind::VillageClinic);

    PHYSICIANS_FIRST_REGISTERED_HERE: count = staff.physicians_first_registered_here, Staff,
        "第一注册地在本机构的医师人数（持医师执业证书、乡村医生执业证书或中医（专长）医师资格证书）", "只计第一注册地为本机构者；多点执业、第一注册地在其他机构的医师不计入。";
    PHYSICIANS_MAIN_PRACTICE_HERE: count = staff.physicians_main_practice_here, Staff,
        "主要执业机构为本机构的医师人数（持医师执业证书、乡村医生执业证书或中医（专长）医师资格证书）", "吉林规程以“主要执业机构”计，不以“第一注册地”计。";
    PRINCIPAL_IN_CHARGE_OF_INSURANCE: yes_no = staff.principal_in_charge_of_insurance, Staff,
        "是否由主要负责人负责医保工作", "建议以任命文件或分工文件为证。";
    INSURANCE_STAFF: count = staff.insurance_staff, Staff,
        "专（兼）职医保管理人员人数", "专职、兼职均可计入。";
    INSURANCE_DEPARTMENT: yes_no = staff.insurance_department, Staff,
        "是否已设内部医保管理部门", "床位 100 张及以上（“以上”含本数）的医疗机构须设。", shown = has_inpatient_scale;
    INSURANCE_DEPARTMENT_FULL_TIME_STAFF: count = staff.insurance_department_full_time_staff, Staff,
        "内部医保管理部门的专职工作人员人数", "只计专职人员。", shown = has_inpatient_scale;

    SYSTEM_INTERNAL_MANAGEMENT: yes_no = systems.internal_management, Systems,
        "是否具有与医保政策对应的内部管理制度", "以成文制度文本为准。";
    SYSTEM_INSURANCE_MANAGEMENT: yes_no = systems.insurance_management, Systems,
        "是否具有符合医保协议管理要求的医保管理制度", "以成文制度文本为准。";
    SYSTEM_FINANCE: yes_no = systems.finance, Systems,
        "是否具有财务制度", "以成文制度文本为准。";
    SYSTEM_STATISTICS_INFORMATION: yes_no = systems.statistics_information, Systems,
        "是否具有统计信息管理制度", "以成文制度文本为准。";
    SYSTEM_QUALITY_SAFETY_CORE: yes_no = systems.quality_safety_core, Systems,
        "是否具有医疗质量安全核心制度", "以成文制度文本为准。";

    IT_INTERFACE_STANDARD: choice<InterfaceStandard> = it.interface_standard, It,
        "信息系统是否符合医保协议管理要求的技术和接口标准", "已完成改造选“已具备”；能够改造但尚未完成选“能够改造，尚未完成”。";
    IT_CONNECTED: yes_no = it.connected, It,
        "是否已实现与医保信息系统有效对接", "";
    IT_TRANSMITS_ALL_PATIENT_DATA: yes_no = it.transmits_all_patient_data, It,
        "能否按要求向医保信息系统传送全部就诊人员相关信息", "";
    IT_DIRECT_SETTLEMENT: yes_no = it.direct_settlement, It,
        "能否为参保人员提供直接联网结算", "";
    IT_BASE_DATABASES: yes_no = it.base_databases, It,
        "是否已设立医保药品、诊疗项目、医疗服务设施、医用耗材、疾病病种、医务人员等基础数据库", "六类均须设立。";
    IT_NATIONAL_CODES: yes_no = it.national_codes, It,
        "是否按规定使用国家统一的医保信息业务编码", "";
    IT_PROVINCIAL_CODES: yes_no = it.provincial_codes, It,
        "是否按规定使用省统一的医保编码", "广东办法要求使用“国家和省统一的医保编码”。";
    IT_UPLOADS_SETTLEMENT_INFORMATION: yes_no = it.uploads_settlement_information, It,
        "能否规范、准确、完整上传全量就诊人员结算信息至医保信息平台", "";
    IT_UPLOADS_SETTLEMENT_LISTS: yes_no = it.uploads_settlement_lists, It,
        "能否规范、准确、完整上传医保结算清单至医保信息平台", "";
    IT_UPLOADS_TRACEABILITY_CODES: yes_no = it.uploads_traceability_codes, It,
        "能否规范、准确、完整上传药品耗材追溯码至医保信息平台", "";
    IT_UPLOADS_INVENTORY: yes_no = it.uploads_inventory, It,
        "能否规范、准确、完整上传进销存信息至医保信息平台", "";
    IT_INSURANCE_CODE_FULL_PROCESS: yes_no = it.insurance_code_full_process, It,
        "是否已推动医保码在挂号、就诊、支付、取药、取报告等就医服务全流程使用", "";

    PRICE_POLICY_FOLLOWED: yes_no = history.price_policy_followed, History,
        "基本医疗服务是否执行医疗保障行政部门制定的医药价格政策", "";
    UNFULFILLED_ADMINISTRATIVE_PENALTY: yes_no = history.unfulfilled_administrative_penalty, History,
        "是否存在未依法履行的行政处罚责任", "有尚未缴清的罚款或未执行完毕的处罚决定，选“是”。";
    FRAUDULENT_APPLICATION: yes_no = history.fraudulent_application, History,
        "是否曾被发现以弄虚作假等不正当手段申请定点", "";
    FRAUDULENT_APPLICATION_DISCOVERED_ON: date = history.fraudulent_application_discovered_on, History,
        "被发现弄虚作假之日（最近一次）", "回看期“自发现之日起”计算。",
        shown = |p| p.history.fraudulent_application == Some(true);
    TERMINATED_FOR_VIOLATION: yes_no = history.terminated_for_violation, History,
        "是否曾因违法违规被解除医保协议", "仅指“解除”；协议到期终止、主动申请解除不在此列。";
    TERMINATED_FOR_VIOLATION_ON: date = history.terminated_for_violation_on, History,
        "因违法违规被解除医保协议的日期（最近一次，解除生效日）", "文件未写起算日，工具按解除生效日起算（推定）。",
        shown = |p| p.history.terminated_for_violation == Some(true);
    TERMINATED_UNDER_NT_A65: yes_no = history.terminated_under_nt_a65, History,
        "被解除的服务协议是否因南通协议第六十五条末款所列行为（虚构服务骗保、为其他机构结算、累计3次被暂停、证照被吊销、拒绝阻挠检查等）而解除", "按该款，乙方3年内不得申请医保定点；未被解除过的选“否”。",
        shown = |p| p.jurisdiction == Jurisdiction::Nantong
            && (p.history.terminated_for_violation != Some(false)
                || p.history.terminated_for_breach != Some(false));
    TERMINATED_UNDER_NT_A65_ON: date = history.terminated_under_nt_a65_on, History,
        "因第六十五条末款所列行为被解除服务协议的日期（解除生效日）", "协议未写起算日，工具按解除生效日起算（推定）。",
        shown = |p| p.history.terminated_under_nt_a65 == Some(true);
    VIOLATION_PENALTY_FULFILLED: yes_no = history.violation_penalty_fulfilled, History,
        "与该次解除相关的行政处罚（法律）责任是否已完全履行", "",
        shown = |p| p.history.terminated_for_violation == Some(true);
    TERMINATED_FOR_BREACH: yes_no = history.terminated_for_breach, History,
        "是否曾因严重违反医保协议约定被解除医保协议", "";
    TERMINATED_FOR_BREACH_ON: date = history.terminated_for_breach_on, History,
        "因严重违约被解除医保协议的日期（最近一次，解除生效日）", "文件未写起算日，工具按解除生效日起算（推定）。",
        shown = |p| p.history.terminated_for_breach == Some(true);
    BREACH_LIABILITY_FULFILLED: yes_no = history.breach_liability_fulfilled, History,
        "与该次解除相关的违约责任是否已完全履行", "",
        shown = |p| p.history.terminated_for_breach == Some(true);
    LEADER_CAUSED_TERMINATION: yes_no = history.leader_caused_termination, History,
        "法定代表人、主要负责人或实际控制人是否曾因严重违法违规导致原定点机构被解除医保协议", "指该人本人的严重违法违规导致原机构被解除；原机构与本机构不同也须如实填写。";
    LEADER_TERMINATION_ON: date = history.leader_termination_on, History,
        "原定点机构被解除医保协议的日期（最近一次，解除生效日）", "文件未写起算日，工具按原机构协议解除生效日起算（推定）。",
        shown = |p| p.history.leader_caused_termination == Some(true);
    LEADER_PREVIOUS_INSTITUTION: choice<PreviousInstitution> = history.leader_previous_institution, History,
        "被解除协议的原机构是", "",
        shown = |p| p.history.leader_caused_termination == Some(true);
    LEADER_DISHONEST: yes_no = history.leader_dishonest, History,
        "法定代表人、主要负责人或实际控制人是否被列入失信人名单", "以自查当日的名单状态为准。";
    OTHER_REFUSAL_GROUND: yes_no = history.other_refusal_ground, History,
        "是否存在法律、法规（江苏另含规章）规定的其他不予受理情形", "此为兜底情形；如不确定，请向经办机构咨询。";
    FALSIFIED_MATERIALS: yes_no = history.falsified_materials, History,
        "评估时是否曾被发现采取虚构、篡改等不正当手段报送申请材料或评估材料", "";
    FALSIFIED_MATERIALS_DISCOVERED_ON: date = history.falsified_materials_discovered_on, History,
        "被发现虚构、篡改材料之日", "文件未写起算日，工具按发现之日起算（推定）。",
        shown = |p| p.history.falsified_materials == Some(true);
    ASSESSMENT: choice<AssessmentRecord> = history.assessment, History,
        "此前申请定点的评估记录", "";
    ASSESSMENT_FAILURE_NOTIFIED_ON: date = history.assessment_failure_notified_on, History,
        "最近一次评估不合格结果告知送达之日", "",
        shown = |p| matches!(p.history.assessment, Some(AssessmentRecord::FailedOnce | AssessmentRecord::FailedAgain));
    UNDER_VIOLATION_INVESTIGATION: yes_no = history.under_violation_investigation, History,
        "本机构目前是否正因违规被调查，或处于暂停处理期间", "南通协议第十二条第1款：因违规被调查、暂停处理期间不得申请变更。";

    SYSTEM_DRUG_MANAGEMENT: yes_no = pharmacy.drug_management_system, Pharmacy,
        "是否具有符合医保协议管理要求的医保药品管理制度", "以成文制度文本为准。";
    SYSTEM_STAFF_MANAGEMENT: yes_no = pharmacy.staff_management_system, Pharmacy,
        "是否具有医保人员管理制度", "以成文制度文本为准。";
    SYSTEM_SETTLEMENT: yes_no = pharmacy.settlement_system, Pharmacy,
        "是否具有医保费用结算制度", "以成文制度文本为准。";
    PHARMACY_DRUG_TRADING_LICENCE: yes_no = pharmacy.drug_trading_licence, Pharmacy,
        "是否已取得药品经营许可证", "";
    PHARMACY_PHYSICAL_STORE: yes_no = pharmacy.physical_store, Pharmacy,
        "是否为有实体门店的零售药店", "吉林规程第二条：定点零售药店是“实体零售药店”；仅有网店者须人工确认。";
    PHARMACY_OPERATING_AT_ADDRESS_SINCE: date = pharmacy.operating_at_address_since, Pharmacy,
        "在注册地址正式经营的开始日期", "注册地址变更过的，文件未规定是否重新起算，请填在现注册地址开始经营的日期。";
    PHARMACIST_QUALIFIED: yes_no = pharmacy.pharmacist_qualified, Pharmacy,
        "是否至少有1名取得执业药师资格证书或具有药学、临床药学、中药学专业技术资格证书、且注册机构在本店的药师", "";
    PHARMACIST_CONTRACT_START: date = pharmacy.pharmacist_contract_start, Pharmacy,
        "该药师劳动合同的起始日期", "";
    PHARMACIST_CONTRACT_END: date = pharmacy.pharmacist_contract_end, Pharmacy,
        "该药师劳动合同的终止日期", "无固定期限劳动合同填 9999-12-31。";
    PHARMACIST_IS_ADMINISTRATOR: yes_no = pharmacy.pharmacist_is_administrator, Pharmacy,
        "该药师是否同时算作下面的医保管理人员之一", "文件未规定药师能否兼任；工具默认须为不同人员。";
    PHARMACY_INSURANCE_ADMINISTRATORS: count = pharmacy.insurance_administrators, Pharmacy,
        "熟悉医疗保障法律法规和相关制度规定、负责管理医保费用的专（兼）职医保管理人员人数", "";
    ADMINISTRATOR_1_CONTRACT_START: date = pharmacy.administrator_1_contract_start, Pharmacy,
        "第1名医保管理人员劳动合同的起始日期", "";
    ADMINISTRATOR_1_CONTRACT_END: date = pharmacy.administrator_1_contract_end, Pharmacy,
        "第1名医保管理人员劳动合同的终止日期", "无固定期限劳动合同填 9999-12-31。";
    ADMINISTRATOR_2_CONTRACT_START: date = pharmacy.administrator_2_contract_start, Pharmacy,
        "第2名医保管理人员劳动合同的起始日期", "";
    ADMINISTRATOR_2_CONTRACT_END: date = pharmacy.administrator_2_contract_end, Pharmacy,
        "第2名医保管理人员劳动合同的终止日期", "无固定期限劳动合同填 9999-12-31。";
    PHARMACY_CLASSIFIED_STORAGE: yes_no = pharmacy.classified_storage, Pharmacy,
        "是否按药品经营质量管理规范要求开展药品分类分区管理", "";
    PHARMACY_INSURANCE_DRUG_LABELS: yes_no = pharmacy.insurance_drug_labels, Pharmacy,
        "是否对所售药品设立明确的医保用药标识", "";
    PHARMACY_DRUG_DATABASE: yes_no = pharmacy.drug_database, Pharmacy,
        "是否具备建立医保药品等基础数据库的条件", "";
    PHARMACY_APPLICATION_MATCHES_LICENCES: yes_no = pharmacy.application_matches_licences, Pharmacy,
        "申请材料所填机构名称、地址、法定代表人、经营方式、经营范围、统一社会信用代码是否与营业执照或药品经营许可证登记信息一致", "吉林规程第二十二条要求受理时逐项核对。";

    INTERNET_HOST_DESIGNATED: yes_no = internet.host_designated, Internet,
        "互联网医院所依托的实体医疗机构是否已是定点医疗机构", "补充协议由已定点的实体医疗机构申请。";
    INTERNET_APPROVED: yes_no = internet.approved, Internet,
        "是否经（卫生健康）行业主管部门批准设置互联网医院或批准开展互联网诊疗活动", "";
    INTERNET_CODING_AND_DATABASES: yes_no = internet.coding_and_databases, Internet,
        "是否具备与国家统一医保信息业务编码对接的条件，以及药品、医用耗材、诊疗项目、医疗服务设施、疾病病种等基础信息数据库", "";
    INTERNET_DATA_EXCHANGE: yes_no = internet.data_exchange, Internet,
        "是否具备与医保信息系统数据交换的条件", "";
    INTERNET_PROVIDES_SERVICES: yes_no = internet.provides_services, Internet,
        "能否提供“互联网+”医疗服务业务", "";
    INTERNET_MOBILE_PAYMENT: yes_no = internet.mobile_payment, Internet,
        "是否实现医保移动支付", "";
    INTERNET_RECEIPTS: yes_no = internet.receipts, Internet,
        "能否为患者提供电子票据、电子发票或及时邮寄纸质票据", "三者具备其一即可。";
    INTERNET_SETTLEMENT_VOUCHER: yes_no = internet.settlement_voucher, Internet,
        "能否为患者提供医保结算凭证", "";
    INTERNET_DISTINGUISHES_ONLINE: yes_no = internet.distinguishes_online, Internet,
        "信息系统能否区分常规线下医疗服务业务和“互联网+”医疗服务业务", "";
    INTERNET_REAL_NAME_AUTHENTICATION: yes_no = internet.real_name_authentication, Internet,
        "能否依托医保电子凭证（医保码）进行实名认证，确保就诊参保人真实身份", "";
    INTERNET_INSURANCE_CODE_FULL_PROCESS: yes_no = internet.insurance_code_full_process, Internet,
        "开展“互联网+”医疗服务能否依托医保码进行实名认证、医保移动支付等就医全流程应用", "";
    INTERNET_KEEPS_RECORDS: yes_no = internet.keeps_records, Internet,
        "能否完整保留参保人诊疗过程中的电子病历、电子处方、购药记录等信息", "";
    INTERNET_KEEPS_DELIVERY_RECORDS: yes_no = internet.keeps_delivery_records, Internet,
        "能否完整保留交易配送等信息", "";
    INTERNET_TRACEABLE: yes_no = internet.traceable, Internet,
        "能否实现诊疗、处方、配药等全程可追溯", "";
    INTERNET_VERIFIES_REPEAT_VISITS: yes_no = internet.verifies_repeat_visits, Internet,
        "能否核验患者为复诊患者，掌握必要的就诊信息", "";
    INTERNET_E_PRESCRIPTION_CIRCULATION: yes_no = internet.e_prescription_circulation, Internet,
        "能否实现电子处方流转", "";
    INTERNET_FILED_AND_VERIFIED: yes_no = internet.filed_and_verified, Internet,
        "是否已向经办机构报备并核实通过", "中山征求意见稿第七条：具备条件的，向经办机构报备并核实通过的，准予开展。";

    OWNERSHIP: choice<Ownership> = institution.ownership, Institution,
        "举办性质", "公立医疗机构不得主动提出中止或解除医保协议；中山征求意见稿对公立与社会办的信息变更规定不同。";

    SUBMITTED_ON: date = procedure.submitted_on, Procedure,
        "经办机构收到申请材料之日（已提交或计划提交）", "计划中的日期也可填写，以预排时间表。";
    ACCEPTED_ON: date = procedure.accepted_on, Procedure,
        "经办机构受理申请之日", "江苏、广东、中山为即时受理，通常即收到材料之日；吉林按年度执行计划及时受理。";
    SUPPLEMENT_NOTIFIED_ON: date = procedure.supplement_notified_on, Procedure,
        "收到补正告知之日（无补正不填）", "";
    SUPPLEMENT_COMPLETED_ON: date = procedure.supplement_completed_on, Procedure,
        "补齐材料之日（无补正不填）", "";
    PUBLIC_NOTICE_STARTED_ON: date = procedure.public_notice_started_on, Procedure,
        "评估合格后公示开始之日", "";
    PUBLIC_NOTICE_ENDED_ON: date = procedure.public_notice_ended_on, Procedure,
        "公示期结束之日（以经办机构公告为准）", "吉林规程未规定公示天数。";
    LISTED_ON: date = procedure.listed_on, Procedure,
        "纳入拟签订医保协议医疗机构名单之日", "";
    AGREEMENT_SIGNED_ON: date = procedure.agreement_signed_on, Procedure,
        "医保协议签订之日", "";
    AGREEMENT_EXPIRES_ON: date = procedure.agreement_expires_on, Procedure,
        "医保协议期满之日（协议期限的最后一日）", "";
    CHANGE_APPROVED_ON: date = procedure.change_approved_on, Procedure,
        "有关部门批准（核准）变更之日", "";
    PLANNED_MOVE_ON: date = procedure.planned_move_on, Procedure,
        "计划变更注册地址（实际迁址）之日", "吉林规程第三十七条：变更注册地址的（实际营业地址不变的除外），应提前5个工作日告知。",
        shown = |p| changes(p, &[ChangeKind::RegisteredAddress]);
    SUSPENSION_STARTED_ON: date = procedure.suspension_started_on, Procedure,
        "主动中止医保协议生效之日（未中止不填）", "";
    PLANNED_EXIT_ON: date = procedure.planned_exit_on, Procedure,
        "拟主动中止或解除医保协议之日（无此计划不填）", "不再续签的另填下一问。";
    PLANNED_NON_RENEWAL_ON: date = procedure.planned_non_renewal_on, Procedure,
        "拟期满不再续签的，医保协议期满之日（无此计划不填）", "不再续签也须提前3个月申请；公立医疗机构不得主动中止或解除，但可以不再续签。";
    DEFENCE_NOTIFIED_ON: date = procedure.defence_notified_on, Procedure,
        "经办机构告知拟作处理（须陈述申辩）之日（未收到不填）", "";

    REVIEW_PASSED_ON: date = procedure.review_passed_on, Procedure,
        "经办机构审核通过申请之日（未通过或未知不填）", "";
    SUSPENSION_ENDS_ON: date = procedure.suspension_ends_on, Procedure,
        "医保协议中止期满之日（未中止不填）", "";
    VIOLATION_SUSPENSION_STARTED_ON: date = procedure.violation_suspension_started_on, Procedure,
        "因违法违规违约被中止医保协议之日（无则不填）", "";
    RECTIFICATION_SUSPENSION_STARTED_ON: date = procedure.rectification_suspension_started_on, Procedure,
        "被限期暂停整改的开始之日（无则不填）", "";
    REREGISTERED_ON: date = procedure.reregistered_on, Procedure,
        "因设置主体或机构性质变更而重新办理医疗机构注册之日（无则不填）", "";
    CLAIM_DECLARED_ON: date = procedure.claim_declared_on, Procedure,
        "申报医保费用之日（最近一次，无则不填）", "";
    REFUND_NOTIFIED_ON: date = procedure.refund_notified_on, Procedure,
        "收到清算退款通知之日（无则不填）", "";
    INVESTIGATION_ENDED_ON: date = procedure.investigation_ended_on, Procedure,
        "调查处理结束之日（无则不填）", "";
    APPRAISAL_ENDED_ON: date = procedure.appraisal_ended_on, Procedure,
        "医疗事故（损害）鉴定结束之日（无则不填）", "";
    AUDIT_QUERY_NOTIFIED_ON: date = procedure.audit_query_notified_on, Procedure,
        "收到经办机构审核疑点告知之日（无则不填）", "";
    PLANNED_VIDEO_CHANGE_ON: date = procedure.planned_video_change_on, Procedure,
        "计划变更视频监控位置或医保刷卡结算处位置之日（无则不填）", "";

    MATERIAL_APPLICATION_FORM: checkbox = materials.application_form, Materials,
        "申请表（按经办机构格式填写）", "新增定点用定点申请表；信息变更用信息变更申请表。";
    MATERIAL_LICENCE_COPY: checkbox = materials.licence_copy, Materials,
        "执业证照复印件（医疗机构执业许可证、诊所备案凭证、中医诊所备案证或军队医疗机构为民服务许可证）", "";
    MATERIAL_LICENCE_VERIFIABLE_BY_DATA_SHARING: yes_no = materials.licence_verifiable_by_data_sharing, Materials,
        "当地经办机构能否通过数据共享查询、核验本机构的执业证照", "广东办法、中山征求意见稿第八条第2款：能通过数据共享核验的政府核发证照批文无需另行提供；请向经办机构确认。";
    MATERIAL_LEGAL_ENTITY_CERTIFICATE_COPY: checkbox = materials.legal_entity_certificate_copy, Materials,
        "事业单位法人证书、民办非企业单位登记证书或营业执照等证照复印件", "";
    MATERIAL_INTERNAL_SYSTEMS_TEXT: checkbox = materials.internal_systems_text, Materials,
        "与医保政策对应的内部管理制度文本", "";
    MATERIAL_FINANCE_SYSTEM_TEXT: checkbox = materials.finance_system_text, Materials,
        "财务制度文本", "";
    MATERIAL_IT_SYSTEM: checkbox = materials.it_system_materials, Materials,
        "与医保有关的信息系统相关材料", "";
    MATERIAL_FUND_FORECAST_REPORT: checkbox = materials.fund_forecast_report, Materials,
        "纳入定点后使用医疗保障基金的预测性分析报告", "";
    MATERIAL_STAFF_ROSTER: checkbox = materials.staff_roster, Materials,
        "机构全体医务人员花名册（标注身份证号码、岗位等）及相关资质证书复印件", "";
    MATERIAL_NON_FIRST_SITE_PHYSICIANS: count = materials.non_first_site_physicians, Materials,
        "在本机构注册、但本机构不是其第一执业点的医师人数", "没有填 0。";
    MATERIAL_NON_FIRST_SITE_AGREEMENTS: checkbox = materials.non_first_site_agreements, Materials,
        "上述每名非第一执业点注册医师与本机构签订的协议复印件", "",
        shown = |p| p.materials.non_first_site_physicians.is_some_and(|n| n > 0);
    MATERIAL_OTHER_LOCAL: checkbox = materials.other_local_materials, Materials,
        "医疗保障行政部门按相关规定要求提供的其他材料（已按当地申请指引备齐）", "文件未列明具体材料，以当地经办机构公布的申请指引为准。";
    MATERIAL_DRUG_TRADING_LICENCE_COPY: checkbox = materials.drug_trading_licence_copy, Materials,
        "药品经营许可证复印件（变更时：药品经营许可证及变更页）", "", shown = is_pharmacy;
    MATERIAL_BUSINESS_LICENCE_COPY: checkbox = materials.business_licence_copy, Materials,
        "营业执照复印件", "", shown = is_pharmacy;
    MATERIAL_LEGAL_REPRESENTATIVE_ID_COPY: checkbox = materials.legal_representative_id_copy, Materials,
        "法定代表人身份证复印件", "零售药店新增定点：法定代表人、主要负责人或实际控制人身份证复印件；不是同一人时建议一并提供。";
    MATERIAL_PHARMACIST_CERTIFICATE_AND_CONTRACT: checkbox = materials.pharmacist_certificate_and_contract, Materials,
        "执业药师资格证书或药学技术人员相关证书及其劳动合同复印件", "", shown = is_pharmacy;
    MATERIAL_INSURANCE_STAFF_CONTRACTS: checkbox = materials.insurance_staff_contracts, Materials,
        "医保专（兼）职管理人员的劳动合同材料", "", shown = is_pharmacy;
    MATERIAL_CHANGE_APPROVAL_DOCUMENTS: checkbox = materials.change_approval_documents, Materials,
        "市场监管、卫生健康、药监部门或民政等部门批准的变更文件", "";
    MATERIAL_GRADE_CHANGE_PROOF: checkbox = materials.grade_change_proof, Materials,
        "卫生健康部门出具的医疗机构级别等级变更佐证材料", "仅等级变更时提供。",
        shown = |p| changes(p, &[ChangeKind::GradeCategory]);
    MATERIAL_PREMISES_PROOF: checkbox = materials.premises_proof, Materials,
        "变更后经营场所房屋产权证明或租赁合同", "仅变更地址时提供。",
        shown = |p| changes(p, &[ChangeKind::RegisteredAddress]);
    MATERIAL_CHANGED_LICENCES_WITH_STAMPED_COPIES: checkbox = materials.changed_licences_with_stamped_copies, Materials,
        "变更后的医疗机构执业许可证、事业单位法人证书或民办非企业登记证书或营业执照等相关证照，及其复印件（加盖公章）", "南通协议第十二条第1款：持变更后的证照及复印件（加盖公章）办理变更备案。";
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
