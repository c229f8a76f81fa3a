// Generated from the Rust types by `cargo test --test published` (UPDATE_PUBLISHED=1). Do not edit.

/** 所在地区 */
export type JurisdictionCode = "jiangsu" | "nantong" | "guangdong" | "jieyang" | "zhongshan" | "jilin";

export interface ProfileApplication {
  /** 申请类别 */
  kind?: "new_designation" | "internet_supplement" | "information_change" | "renewal" | "designated" | null;
  /** 变更事项（可多选） */
  changes?: Array<"name" | "legal_representative" | "registered_address" | "bank_account" | "practice_scope" | "scale" | "nature" | "grade_category" | "business_mode" | "licence_reissued"> | null;
}

export interface ProfileInstitution {
  /** 机构名称 */
  name?: string | null;
  /** 机构类别 */
  kind?: "general_hospital" | "tcm_hospital" | "integrated_tcm_western_hospital" | "ethnic_medicine_hospital" | "specialist_hospital" | "rehabilitation_hospital" | "specialist_disease_prevention_institute" | "maternal_child_health_hospital" | "community_health_centre" | "community_health_station" | "central_health_centre" | "township_health_centre" | "street_health_centre" | "outpatient_department" | "clinic" | "health_post" | "village_clinic" | "independent_emergency_centre" | "hospice_centre" | "dialysis_centre" | "nursing_home" | "elderly_care_medical_unit" | "military_civilian_service" | "retail_pharmacy" | "other" | null;
  /** 所持执业证照 */
  licence?: "practice_licence" | "clinic_record_certificate" | "tcm_clinic_record_certificate" | "military_civilian_service_licence" | "none" | null;
  /** 正式运营开始日期（YYYY-MM-DD） */
  operating_since?: string | null;
  /** 床位数 */
  beds?: number | null;
  /** 主要执业范围 */
  main_scope?: "basic_medical" | "medical_cosmetology" | "assisted_reproduction" | "life_care" | "dental_implant" | "other_non_basic" | null;
  /** 申请表所填机构名称、地址、类别、诊疗科目、法定代表人、登记号是否与医疗机构执业许可证登记信息一致 */
  application_matches_licence?: boolean | null;
  /** 是否符合法律法规规章和省级及以上医疗保障行政部门规定的其他条件 */
  other_conditions_met?: boolean | null;
  /** 举办性质 */
  ownership?: "public" | "private" | null;
}

export interface ProfileStaff {
  /** 第一注册地在本机构的医师人数（持医师执业证书、乡村医生执业证书或中医（专长）医师资格证书） */
  physicians_first_registered_here?: number | null;
  /** 主要执业机构为本机构的医师人数（持医师执业证书、乡村医生执业证书或中医（专长）医师资格证书） */
  physicians_main_practice_here?: number | null;
  /** 是否由主要负责人负责医保工作 */
  principal_in_charge_of_insurance?: boolean | null;
  /** 专（兼）职医保管理人员人数 */
  insurance_staff?: number | null;
  /** 是否已设内部医保管理部门 */
  insurance_department?: boolean | null;
  /** 内部医保管理部门的专职工作人员人数 */
  insurance_department_full_time_staff?: number | null;
}

export interface ProfileSystems {
  /** 是否具有与医保政策对应的内部管理制度 */
  internal_management?: boolean | null;
  /** 是否具有符合医保协议管理要求的医保管理制度 */
  insurance_management?: boolean | null;
  /** 是否具有财务制度 */
  finance?: boolean | null;
  /** 是否具有统计信息管理制度 */
  statistics_information?: boolean | null;
  /** 是否具有医疗质量安全核心制度 */
  quality_safety_core?: boolean | null;
}

export interface ProfileIt {
  /** 信息系统是否符合医保协议管理要求的技术和接口标准 */
  interface_standard?: "in_place" | "retrofit_planned" | "no" | null;
  /** 是否已实现与医保信息系统有效对接 */
  connected?: boolean | null;
  /** 能否按要求向医保信息系统传送全部就诊人员相关信息 */
  transmits_all_patient_data?: boolean | null;
  /** 能否为参保人员提供直接联网结算 */
  direct_settlement?: boolean | null;
  /** 是否已设立医保药品、诊疗项目、医疗服务设施、医用耗材、疾病病种、医务人员等基础数据库 */
  base_databases?: boolean | null;
  /** 是否按规定使用国家统一的医保信息业务编码 */
  national_codes?: boolean | null;
  /** 是否按规定使用省统一的医保编码 */
  provincial_codes?: boolean | null;
  /** 能否规范、准确、完整上传全量就诊人员结算信息至医保信息平台 */
  uploads_settlement_information?: boolean | null;
  /** 能否规范、准确、完整上传医保结算清单至医保信息平台 */
  uploads_settlement_lists?: boolean | null;
  /** 能否规范、准确、完整上传药品耗材追溯码至医保信息平台 */
  uploads_traceability_codes?: boolean | null;
  /** 能否规范、准确、完整上传进销存信息至医保信息平台 */
  uploads_inventory?: boolean | null;
  /** 是否已推动医保码在挂号、就诊、支付、取药、取报告等就医服务全流程使用 */
  insurance_code_full_process?: boolean | null;
}

export interface ProfileHistory {
  /** 基本医疗服务是否执行医疗保障行政部门制定的医药价格政策 */
  price_policy_followed?: boolean | null;
  /** 是否存在未依法履行的行政处罚责任 */
  unfulfilled_administrative_penalty?: boolean | null;
  /** 是否曾被发现以弄虚作假等不正当手段申请定点 */
  fraudulent_application?: boolean | null;
  /** 被发现弄虚作假之日（最近一次）（YYYY-MM-DD） */
  fraudulent_application_discovered_on?: string | null;
  /** 是否曾因违法违规被解除医保协议 */
  terminated_for_violation?: boolean | null;
  /** 因违法违规被解除医保协议的日期（最近一次，解除生效日）（YYYY-MM-DD） */
  terminated_for_violation_on?: string | null;
  /** 与该次解除相关的行政处罚（法律）责任是否已完全履行 */
  violation_penalty_fulfilled?: boolean | null;
  /** 是否曾因严重违反医保协议约定被解除医保协议 */
  terminated_for_breach?: boolean | null;
  /** 因严重违约被解除医保协议的日期（最近一次，解除生效日）（YYYY-MM-DD） */
  terminated_for_breach_on?: string | null;
  /** 与该次解除相关的违约责任是否已完全履行 */
  breach_liability_fulfilled?: boolean | null;
  /** 法定代表人、主要负责人或实际控制人是否曾因严重违法违规导致原定点机构被解除医保协议 */
  leader_caused_termination?: boolean | null;
  /** 原定点机构被解除医保协议的日期（最近一次，解除生效日）（YYYY-MM-DD） */
  leader_termination_on?: string | null;
  /** 被解除协议的原机构是 */
  leader_previous_institution?: "medical_institution" | "retail_pharmacy" | null;
  /** 法定代表人、主要负责人或实际控制人是否被列入失信人名单 */
  leader_dishonest?: boolean | null;
  /** 是否存在法律、法规（江苏另含规章）规定的其他不予受理情形 */
  other_refusal_ground?: boolean | null;
  /** 评估时是否曾被发现采取虚构、篡改等不正当手段报送申请材料或评估材料 */
  falsified_materials?: boolean | null;
  /** 被发现虚构、篡改材料之日（YYYY-MM-DD） */
  falsified_materials_discovered_on?: string | null;
  /** 此前申请定点的评估记录 */
  assessment?: "none" | "failed_once" | "failed_again" | null;
  /** 最近一次评估不合格结果告知送达之日（YYYY-MM-DD） */
  assessment_failure_notified_on?: string | null;
}

export interface ProfilePharmacy {
  /** 是否具有符合医保协议管理要求的医保药品管理制度 */
  drug_management_system?: boolean | null;
  /** 是否具有医保人员管理制度 */
  staff_management_system?: boolean | null;
  /** 是否具有医保费用结算制度 */
  settlement_system?: boolean | null;
  /** 是否已取得药品经营许可证 */
  drug_trading_licence?: boolean | null;
  /** 是否为有实体门店的零售药店 */
  physical_store?: boolean | null;
  /** 在注册地址正式经营的开始日期（YYYY-MM-DD） */
  operating_at_address_since?: string | null;
  /** 是否至少有1名取得执业药师资格证书或具有药学、临床药学、中药学专业技术资格证书、且注册机构在本店的药师 */
  pharmacist_qualified?: boolean | null;
  /** 该药师劳动合同的起始日期（YYYY-MM-DD） */
  pharmacist_contract_start?: string | null;
  /** 该药师劳动合同的终止日期（YYYY-MM-DD） */
  pharmacist_contract_end?: string | null;
  /** 该药师是否同时算作下面的医保管理人员之一 */
  pharmacist_is_administrator?: boolean | null;
  /** 熟悉医疗保障法律法规和相关制度规定、负责管理医保费用的专（兼）职医保管理人员人数 */
  insurance_administrators?: number | null;
  /** 第1名医保管理人员劳动合同的起始日期（YYYY-MM-DD） */
  administrator_1_contract_start?: string | null;
  /** 第1名医保管理人员劳动合同的终止日期（YYYY-MM-DD） */
  administrator_1_contract_end?: string | null;
  /** 第2名医保管理人员劳动合同的起始日期（YYYY-MM-DD） */
  administrator_2_contract_start?: string | null;
  /** 第2名医保管理人员劳动合同的终止日期（YYYY-MM-DD） */
  administrator_2_contract_end?: string | null;
  /** 是否按药品经营质量管理规范要求开展药品分类分区管理 */
  classified_storage?: boolean | null;
  /** 是否对所售药品设立明确的医保用药标识 */
  insurance_drug_labels?: boolean | null;
  /** 是否具备建立医保药品等基础数据库的条件 */
  drug_database?: boolean | null;
  /** 申请材料所填机构名称、地址、法定代表人、经营方式、经营范围、统一社会信用代码是否与营业执照或药品经营许可证登记信息一致 */
  application_matches_licences?: boolean | null;
}

export interface ProfileInternet {
  /** 互联网医院所依托的实体医疗机构是否已是定点医疗机构 */
  host_designated?: boolean | null;
  /** 是否经（卫生健康）行业主管部门批准设置互联网医院或批准开展互联网诊疗活动 */
  approved?: boolean | null;
  /** 是否具备与国家统一医保信息业务编码对接的条件，以及药品、医用耗材、诊疗项目、医疗服务设施、疾病病种等基础信息数据库 */
  coding_and_databases?: boolean | null;
  /** 是否具备与医保信息系统数据交换的条件 */
  data_exchange?: boolean | null;
  /** 能否提供“互联网+”医疗服务业务 */
  provides_services?: boolean | null;
  /** 是否实现医保移动支付 */
  mobile_payment?: boolean | null;
  /** 能否为患者提供电子票据、电子发票或及时邮寄纸质票据 */
  receipts?: boolean | null;
  /** 能否为患者提供医保结算凭证 */
  settlement_voucher?: boolean | null;
  /** 信息系统能否区分常规线下医疗服务业务和“互联网+”医疗服务业务 */
  distinguishes_online?: boolean | null;
  /** 能否依托医保电子凭证（医保码）进行实名认证，确保就诊参保人真实身份 */
  real_name_authentication?: boolean | null;
  /** 开展“互联网+”医疗服务能否依托医保码进行实名认证、医保移动支付等就医全流程应用 */
  insurance_code_full_process?: boolean | null;
  /** 能否完整保留参保人诊疗过程中的电子病历、电子处方、购药记录等信息 */
  keeps_records?: boolean | null;
  /** 能否完整保留交易配送等信息 */
  keeps_delivery_records?: boolean | null;
  /** 能否实现诊疗、处方、配药等全程可追溯 */
  traceable?: boolean | null;
  /** 能否核验患者为复诊患者，掌握必要的就诊信息 */
  verifies_repeat_visits?: boolean | null;
  /** 能否实现电子处方流转 */
  e_prescription_circulation?: boolean | null;
  /** 是否已向经办机构报备并核实通过 */
  filed_and_verified?: boolean | null;
}

export interface ProfileProcedure {
  /** 经办机构收到申请材料之日（已提交或计划提交）（YYYY-MM-DD） */
  submitted_on?: string | null;
  /** 经办机构受理申请之日（YYYY-MM-DD） */
  accepted_on?: string | null;
  /** 收到补正告知之日（无补正不填）（YYYY-MM-DD） */
  supplement_notified_on?: string | null;
  /** 补齐材料之日（无补正不填）（YYYY-MM-DD） */
  supplement_completed_on?: string | null;
  /** 评估合格后公示开始之日（YYYY-MM-DD） */
  public_notice_started_on?: string | null;
  /** 公示期结束之日（以经办机构公告为准）（YYYY-MM-DD） */
  public_notice_ended_on?: string | null;
  /** 纳入拟签订医保协议医疗机构名单之日（YYYY-MM-DD） */
  listed_on?: string | null;
  /** 医保协议签订之日（YYYY-MM-DD） */
  agreement_signed_on?: string | null;
  /** 医保协议期满之日（协议期限的最后一日）（YYYY-MM-DD） */
  agreement_expires_on?: string | null;
  /** 有关部门批准（核准）变更之日（YYYY-MM-DD） */
  change_approved_on?: string | null;
  /** 计划变更注册地址（实际迁址）之日（YYYY-MM-DD） */
  planned_move_on?: string | null;
  /** 主动中止医保协议生效之日（未中止不填）（YYYY-MM-DD） */
  suspension_started_on?: string | null;
  /** 拟主动中止、解除或不再续签医保协议之日（无此计划不填）（YYYY-MM-DD） */
  planned_exit_on?: string | null;
  /** 经办机构告知拟作处理（须陈述申辩）之日（未收到不填）（YYYY-MM-DD） */
  defence_notified_on?: string | null;
  /** 经办机构审核通过申请之日（未通过或未知不填）（YYYY-MM-DD） */
  review_passed_on?: string | null;
  /** 医保协议中止期满之日（未中止不填）（YYYY-MM-DD） */
  suspension_ends_on?: string | null;
  /** 因违法违规违约被中止医保协议之日（无则不填）（YYYY-MM-DD） */
  violation_suspension_started_on?: string | null;
  /** 被限期暂停整改的开始之日（无则不填）（YYYY-MM-DD） */
  rectification_suspension_started_on?: string | null;
  /** 因设置主体或机构性质变更而重新办理医疗机构注册之日（无则不填）（YYYY-MM-DD） */
  reregistered_on?: string | null;
  /** 申报医保费用之日（最近一次，无则不填）（YYYY-MM-DD） */
  claim_declared_on?: string | null;
  /** 收到清算退款通知之日（无则不填）（YYYY-MM-DD） */
  refund_notified_on?: string | null;
  /** 调查处理结束之日（无则不填）（YYYY-MM-DD） */
  investigation_ended_on?: string | null;
  /** 医疗事故（损害）鉴定结束之日（无则不填）（YYYY-MM-DD） */
  appraisal_ended_on?: string | null;
  /** 收到经办机构审核疑点告知之日（无则不填）（YYYY-MM-DD） */
  audit_query_notified_on?: string | null;
  /** 计划变更视频监控位置或医保刷卡结算处位置之日（无则不填）（YYYY-MM-DD） */
  planned_video_change_on?: string | null;
}

export interface ProfileMaterials {
  /** 申请表（按经办机构格式填写） */
  application_form?: boolean | null;
  /** 执业证照复印件（医疗机构执业许可证、诊所备案凭证、中医诊所备案证或军队医疗机构为民服务许可证） */
  licence_copy?: boolean | null;
  /** 当地经办机构能否通过数据共享查询、核验本机构的执业证照 */
  licence_verifiable_by_data_sharing?: boolean | null;
  /** 事业单位法人证书、民办非企业单位登记证书或营业执照等证照复印件 */
  legal_entity_certificate_copy?: boolean | null;
  /** 与医保政策对应的内部管理制度文本 */
  internal_systems_text?: boolean | null;
  /** 财务制度文本 */
  finance_system_text?: boolean | null;
  /** 与医保有关的信息系统相关材料 */
  it_system_materials?: boolean | null;
  /** 纳入定点后使用医疗保障基金的预测性分析报告 */
  fund_forecast_report?: boolean | null;
  /** 机构全体医务人员花名册（标注身份证号码、岗位等）及相关资质证书复印件 */
  staff_roster?: boolean | null;
  /** 在本机构注册、但本机构不是其第一执业点的医师人数 */
  non_first_site_physicians?: number | null;
  /** 上述每名非第一执业点注册医师与本机构签订的协议复印件 */
  non_first_site_agreements?: boolean | null;
  /** 医疗保障行政部门按相关规定要求提供的其他材料（已按当地申请指引备齐） */
  other_local_materials?: boolean | null;
  /** 药品经营许可证复印件（变更时：药品经营许可证及变更页） */
  drug_trading_licence_copy?: boolean | null;
  /** 营业执照复印件 */
  business_licence_copy?: boolean | null;
  /** 法定代表人身份证复印件 */
  legal_representative_id_copy?: boolean | null;
  /** 执业药师资格证书或药学技术人员相关证书及其劳动合同复印件 */
  pharmacist_certificate_and_contract?: boolean | null;
  /** 医保专（兼）职管理人员的劳动合同材料 */
  insurance_staff_contracts?: boolean | null;
  /** 市场监管、卫生健康、药监部门或民政等部门批准的变更文件 */
  change_approval_documents?: boolean | null;
  /** 卫生健康部门出具的医疗机构级别等级变更佐证材料 */
  grade_change_proof?: boolean | null;
  /** 变更后经营场所房屋产权证明或租赁合同 */
  premises_proof?: boolean | null;
}

/** 机构信息（dingdian-profile/1） */
export interface Profile {
  format?: "dingdian-profile/1";
  jurisdiction: JurisdictionCode;
  application?: ProfileApplication;
  institution?: ProfileInstitution;
  staff?: ProfileStaff;
  systems?: ProfileSystems;
  it?: ProfileIt;
  history?: ProfileHistory;
  pharmacy?: ProfilePharmacy;
  internet?: ProfileInternet;
  procedure?: ProfileProcedure;
  materials?: ProfileMaterials;
}

// ---------------------------------------------------------------------
// The engine's outputs, written by hand beside the Rust types they mirror
// (src/report, src/api.rs, src/engine/questionnaire.rs; source:
// types/api.d.ts.part). tests/node/types.test.mjs type-checks every golden
// report against them with tsc.

/** A fallible call's result: errors are data, never thrown. */
export type Result<T> =
  | { type: "success"; value: T }
  | { type: "failure"; errors: InputError[] };

/** Why an input could not be used: the field (JSON path) and the reason, in Chinese. */
export interface InputError {
  field: string | null;
  message: string;
}

export type Outcome = "pass" | "fail" | "not_applicable" | "needs_information" | "needs_review" | "not_covered";
export type Group = "eligibility" | "condition" | "refusal" | "materials" | "deadline";
export type DocumentCode = "JS" | "ZS" | "GD" | "JL" | "NT";
export type Role = "decides" | "draft_preview" | "agreement";
export type MayApply = "yes" | "no" | "undetermined" | "not_covered";
export type DateKind = "deadline" | "agency_deadline" | "earliest_date" | "milestone";
export type DateBasis = "official" | "provisional" | "estimated";
export type Change = "new" | "fixed" | "unchanged" | "changed";
export type Section =
  | "application" | "institution" | "staff" | "systems" | "it" | "pharmacy"
  | "internet" | "history" | "materials" | "procedure";

/** A document's status: in force between two dates, a draft, or an agreement template. */
export type Status =
  | { kind: "in_force"; from: string; until: string | null }
  | { kind: "draft" }
  | { kind: "template" };

export interface Citation {
  document: DocumentCode;
  document_name: string;
  /** 如 "第六条" */
  article: string;
  /** 如 "（一）"、"第3款" */
  item: string | null;
  /** 如 "江苏 第六条（一）" */
  text: string;
}

export interface KeyDate {
  label: string;
  /** YYYY-MM-DD */
  date: string;
  kind: DateKind;
  basis: DateBasis;
  note?: string;
}

export interface MissingAnswer {
  /** The question's JSON path in the profile. */
  id: string;
  label: string;
}

export interface Finding {
  rule_id: string;
  title: string;
  group: Group;
  outcome: Outcome;
  citation: Citation;
  quote: string;
  detail: string;
  advice: string;
  reading?: string;
  missing?: MissingAnswer[];
  dates?: KeyDate[];
  draft: boolean;
  draft_note?: string;
}

export interface Counts {
  pass: number;
  fail: number;
  not_applicable: number;
  needs_information: number;
  needs_review: number;
  not_covered: number;
}

export interface Conclusion {
  may_apply: MayApply;
  summary: string;
  counts: Counts;
  materials: Counts;
  next_dates: KeyDate[];
}

export interface AppliedDocument {
  code: DocumentCode;
  name: string;
  title: string;
  role: Role;
  status: Status;
  in_force_on_as_of: boolean;
  note: string;
}

/** A self-check's report (dingdian-report/1). */
export interface Report {
  format: "dingdian-report/1";
  profile_format: "dingdian-profile/1";
  catalog_version: string;
  /** Fingerprint of the rules applied: with catalog_version, reproduces the result. */
  rules_hash: string;
  engine_version: string;
  jurisdiction: { code: JurisdictionCode; name: string };
  institution_name?: string;
  /** YYYY-MM-DD */
  as_of: string;
  documents: AppliedDocument[];
  conclusion: Conclusion;
  findings: Finding[];
}

export interface ChoiceOption {
  value: string;
  label: string;
}

export type AnswerKind =
  | { type: "yes_no" }
  | { type: "date" }
  | { type: "count" }
  | { type: "text" }
  | { type: "checkbox" }
  | { type: "choice"; options: ChoiceOption[] }
  | { type: "multi_choice"; options: ChoiceOption[] };

export interface QuestionView {
  /** The answer's JSON path in the profile. */
  id: string;
  label: string;
  help: string;
  kind: AnswerKind;
  /** Citations of the rules that ask it. */
  asked_by: string[];
}

export interface QuestionGroup {
  section: Section;
  title: string;
  questions: QuestionView[];
}

export interface DocumentView {
  code: DocumentCode;
  name: string;
  title: string;
  number: string | null;
  role: Role;
  status: Status;
  status_basis: string;
}

export interface JurisdictionView {
  code: JurisdictionCode;
  name: string;
  documents: DocumentView[];
}

export interface RuleView {
  id: string;
  citation: Citation;
  title: string;
  group: Group;
  group_title: string;
  quote: string;
  advice: string;
  reading?: string;
  /** The JSON paths of the answers the rule reads. */
  asks: string[];
  in_force?: [string, string | null];
}

export interface ArticleView {
  document: DocumentCode;
  document_title: string;
  label: string;
  presumed: boolean;
  text: string;
}

export interface Label {
  value: string;
  label: string;
}

export interface Labels {
  outcomes: Label[];
  groups: Label[];
  may_apply: Label[];
  date_kinds: Label[];
  date_bases: Label[];
  changes: Label[];
  roles: Label[];
}

/** A saved self-check file (dingdian-selfcheck/1). */
export interface SavedCheck {
  format: "dingdian-selfcheck/1";
  as_of: string;
  profile: Profile;
}

export interface FindingChange {
  rule_id: string;
  title: string;
  citation: Citation;
  change: Change;
  before: Outcome | null;
  after: Outcome | null;
}

export interface Comparison {
  before: Conclusion;
  after: Conclusion;
  changes: FindingChange[];
}
