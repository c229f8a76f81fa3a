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
  /** 经办机构内部编号（选填） */
  external_id?: string | null;
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
  /** 本机构能否独立承担民事责任（能以自己的名义签订医保协议） */
  independent_civil_liability?: boolean | null;
  /** 本村卫生室是否实行乡村一体化管理（由乡（镇）卫生院代管理） */
  village_integrated?: boolean | null;
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
  /** 被解除的服务协议是否因南通协议第六十五条末款所列行为（虚构服务骗保、为其他机构结算、累计3次被暂停、证照被吊销、拒绝阻挠检查等）而解除 */
  terminated_under_nt_a65?: boolean | null;
  /** 因第六十五条末款所列行为被解除服务协议的日期（解除生效日）（YYYY-MM-DD） */
  terminated_under_nt_a65_on?: string | null;
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
  /** 本机构目前是否正因违规被调查，或处于暂停处理期间 */
  under_violation_investigation?: boolean | null;
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
  /** 拟主动中止或解除医保协议之日（无此计划不填）（YYYY-MM-DD） */
  planned_exit_on?: string | null;
  /** 拟期满不再续签的，医保协议期满之日（无此计划不填）（YYYY-MM-DD） */
  planned_non_renewal_on?: string | null;
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
  /** 变更后的医疗机构执业许可证、事业单位法人证书或民办非企业登记证书或营业执照等相关证照，及其复印件（加盖公章） */
  changed_licences_with_stamped_copies?: boolean | null;
}

export interface ProfileCompliance {
  /** 是否具有住院服务资质并开展住院服务 */
  inpatient_service?: boolean | null;
  /** 是否持有母婴保健技术服务执业许可证或计划生育技术服务机构执业许可证 */
  maternity_licence?: boolean | null;
  /** 医疗机构级别 */
  level?: "tertiary" | "secondary" | "primary" | "below_primary" | null;
  /** 是否按规定应实施远程视频管理 */
  video_management?: boolean | null;
  /** 是否实行或参照公立医院医药价格改革 */
  price_reform?: boolean | null;
  /** 是否实施基本药物零差率 */
  zero_markup_drugs?: boolean | null;
  /** 是否按照通价费〔2018〕198号调整医疗服务价格（基层医疗卫生机构） */
  prices_adjusted_198?: boolean | null;
  /** 指标的统计期间 */
  period?: string | null;
  /** 本机构开展或具有资质的下列业务（可多选，都没有则不选） */
  services?: Array<"mobile_or_online" | "emergency_120" | "referral_out_of_city" | "special_outpatient" | "special_drugs" | "extension" | "health_checkup" | "single_disease" | "cross_region" | "rehabilitation" | "smart_monitoring" | "electronic_records"> | null;
  /** 是否在显著位置悬挂统一样式的定点医疗机构标识 */
  sign_displayed?: boolean | null;
  /** 是否执行实名就医和购药管理规定，核验参保人员有效身份凭证 */
  js_real_name_verified?: boolean | null;
  /** 是否严格掌握出入院标准 */
  js_admission_criteria?: boolean | null;
  /** 是否按照诊疗规范只提供合理、必要的医药服务 */
  js_necessary_services?: boolean | null;
  /** 是否完整保存处方、病历、治疗检查记录、费用明细、药品和医用耗材出入库记录等资料 */
  js_records_kept?: boolean | null;
  /** 是否向参保人员如实出具费用单据和相关资料 */
  js_receipts_true?: boolean | null;
  /** 是否按照国家和省有关规定对医疗检查检验结果实行互认与共享 */
  js_results_recognised?: boolean | null;
  /** 纳入医保基金结算的费用是否均符合规定的支付范围 */
  js_within_payment_scope?: boolean | null;
  /** 提供医保基金支付范围以外的医药服务，是否均经参保人员或者其近亲属、监护人同意 */
  js_consent_out_of_scope?: boolean | null;
  /** 自查期间是否存在分解住院、挂床住院 */
  js_split_or_idle_admission?: boolean | null;
  /** 自查期间是否存在违反诊疗规范过度诊疗、过度检查、分解处方、超量开药、重复开药 */
  js_over_treatment?: boolean | null;
  /** 自查期间是否存在重复收费、超标准收费、分解项目收费 */
  js_improper_charges?: boolean | null;
  /** 自查期间是否存在串换药品、医用耗材、诊疗项目和服务设施 */
  js_swapped_items?: boolean | null;
  /** 自查期间是否存在诱导、协助他人冒名或者虚假就医、购药 */
  js_false_visits?: boolean | null;
  /** 自查期间是否存在高套低靠病种（病组）编码或者转嫁住院费用 */
  js_upcoding_or_cost_shifting?: boolean | null;
  /** 自查期间是否存在推诿病人，或者未达出院标准要求患者出院 */
  js_patients_turned_away?: boolean | null;
  /** 自查期间是否存在造成医保基金损失的其他违法违规或者违约行为 */
  js_other_fund_loss?: boolean | null;
  /** 是否做到合理检查、合理用药、合理治疗、规范收费 */
  js_rational_care?: boolean | null;
  /** 是否严格执行医保药品、医用耗材、诊疗项目和服务设施等目录 */
  js_catalogues_followed?: boolean | null;
  /** 是否按照规定优先配备、优先使用国家医保谈判药品等列入基本医疗保险目录的药品、医用耗材、诊疗项目和服务设施 */
  js_listed_items_first?: boolean | null;
  /** 是否采取措施控制患者自费比例，降低群众医药费用负担 */
  js_self_pay_controlled?: boolean | null;
  /** 自查期间是否存在为其他定点医药机构、非定点医药机构或者处于中止医保协议期间的医药机构提供医保结算 */
  js_settlement_for_others?: boolean | null;
  /** 自查期间是否存在将应当由医保基金支付的费用要求患者自费 */
  js_self_pay_demanded?: boolean | null;
  /** 是否存在将经办机构不予支付的费用、被扣除的质量保证金或者支付的违约金等作为医保欠费处理 */
  js_refused_fees_as_arrears?: boolean | null;
  /** 是否按照规定为参保人员进行医保费用直接结算，并提供费用结算单据和相关资料 */
  js_direct_settlement?: boolean | null;
  /** 是否为符合规定的参保人员提供转诊转院备案服务 */
  js_referral_filing?: boolean | null;
  /** 是否按照规定为异地就医患者提供异地就医直接结算服务 */
  js_cross_region_settlement?: boolean | null;
  /** 是否积极配合就医地和参保地医保部门对异地就医费用的监督检查 */
  js_cross_region_inspection?: boolean | null;
  /** 是否执行医疗保障改革相关政策要求，协同推进多元复合式医保支付方式改革 */
  js_payment_reform?: boolean | null;
  /** 是否按照有关规定执行药品（医用耗材）阳光采购和带量采购政策 */
  js_procurement_policies?: boolean | null;
  /** 是否严格执行医疗保障行政部门制定的医药价格政策 */
  js_price_policy?: boolean | null;
  /** 是否配合医疗保障部门开展医保费用核查、绩效考核、政策宣传等工作 */
  js_cooperates_with_reviews?: boolean | null;
  /** 是否向社会公开医药费用、费用结构等信息 */
  js_costs_published?: boolean | null;
  /** 是否按要求组织开展医保基金相关政策法规培训 */
  js_fund_training?: boolean | null;
  /** 是否及时开展自查自纠，定期检查本单位医保基金使用情况 */
  js_self_inspection?: boolean | null;
  /** 是否通过医保信息系统及时传送医保基金结算清单、电子病历、智能监管、电子处方等全量数据，并保证真实 */
  js_full_data_transmitted?: boolean | null;
  /** 是否严格遵守数据安全有关制度，保护参保人员隐私 */
  js_data_security?: boolean | null;
  /** 是否按照要求录入、维护、更新医保信息业务编码，并在院内信息系统各环节应用 */
  js_codes_maintained?: boolean | null;
  /** 是否存在已获有关部门批准、但未在批准之日起30个工作日内向经办机构申请变更的重大信息变更 */
  js_change_not_applied?: boolean | null;
  /** 是否因违法违规违约被重新核发医疗机构执业许可证或者诊所备案凭证 */
  js_licence_reissued_for_violation?: boolean | null;
  /** 是否存在未按照规定保管财务账目、会计凭证的情形 */
  js_accounts_not_kept?: boolean | null;
  /** 是否存在未按照规定向医疗保障行政部门报告医保基金使用监督管理所需信息的情形 */
  js_info_not_reported?: boolean | null;
  /** 自查期间是否存在以药换物 */
  js_drugs_for_goods?: boolean | null;
  /** 自查期间是否存在为参保人员利用医保待遇转卖药品、接受返还现金或者实物、获得其他非法利益提供便利 */
  js_resale_facilitated?: boolean | null;
  /** 自查期间是否存在提供虚假证明材料，或者串通他人虚开费用单据 */
  js_false_documents?: boolean | null;
  /** 是否存在伪造、变造、隐匿、涂改、销毁医学文书、医学证明、会计凭证、电子信息等有关资料 */
  js_records_forged?: boolean | null;
  /** 自查期间是否存在虚构医药服务项目 */
  js_fictitious_services?: boolean | null;
  /** 是否存在拒绝、阻挠或者严重不配合医疗保障部门开展智能审核、绩效考核、监督检查等 */
  js_obstructed_supervision?: boolean | null;
  /** 是否因违反行业主管部门规定，机构被注销并收回医疗机构执业许可证或者诊所备案凭证 */
  js_licence_revoked?: boolean | null;
  /** 是否已被告知：经办机构根据日常检查和绩效考核，发现本机构存在可能对医保基金安全和参保人员权益造成重大风险的问题 */
  js_major_risk_notified?: boolean | null;
  /** 是否已被告知：医疗保障行政部门或者其他有关部门在行政执法中，发现本机构存在重大违法违规行为且可能造成医保基金损失 */
  js_major_violation_notified?: boolean | null;
  /** 是否因违法违规行为被媒体曝光，造成重大舆情 */
  js_media_exposure?: boolean | null;
  /** 是否存在其他骗取医保基金支出的行为 */
  js_other_fund_fraud?: boolean | null;
  /** 是否严格执行医保协议，做到合理诊疗、合理收费 */
  gd_reasonable_care_and_charges?: boolean | null;
  /** 是否严格执行医保药品、医用耗材和医疗服务项目等目录 */
  gd_catalogues_followed?: boolean | null;
  /** 是否优先配备、使用医保目录药品 */
  gd_catalogue_drugs_first?: boolean | null;
  /** 是否采取措施控制患者自费比例 */
  gd_self_pay_controlled?: boolean | null;
  /** 自查期间是否存在为非定点医疗机构提供医保结算的情形 */
  gd_settlement_for_non_designated?: boolean | null;
  /** 是否存在将经办机构不予支付的费用、被扣除的质量保证金或支付的违约金作为医保欠费处理的情形 */
  gd_refused_costs_as_arrears?: boolean | null;
  /** 是否执行实名就医和购药管理规定，核验参保人员有效身份凭证 */
  gd_real_name_verified?: boolean | null;
  /** 是否按照诊疗规范提供合理、必要的医药服务 */
  gd_necessary_services?: boolean | null;
  /** 是否向参保人员如实出具费用单据和相关资料 */
  gd_truthful_bills?: boolean | null;
  /** 自查期间是否存在分解住院、挂床住院的情形 */
  gd_split_or_idle_admission?: boolean | null;
  /** 是否存在违反诊疗规范过度诊疗、过度检查、分解处方、超量开药、重复开药的情形 */
  gd_overtreatment?: boolean | null;
  /** 是否存在重复收费、超标准收费、分解项目收费的情形 */
  gd_overcharging?: boolean | null;
  /** 是否存在串换药品、医用耗材、诊疗项目和服务设施的情形 */
  gd_substitution?: boolean | null;
  /** 是否存在诱导、协助他人冒名或者虚假就医、购药的情形 */
  gd_induced_false_visits?: boolean | null;
  /** 是否存在虚构医药服务、伪造医学文书或票据等欺诈骗取医保基金的行为 */
  gd_fraud?: boolean | null;
  /** 由医保基金支付的费用是否均符合规定的支付范围 */
  gd_fund_costs_within_scope?: boolean | null;
  /** 提供医保基金支付范围以外的医药服务时，是否经参保人员或其近亲属、监护人同意（急诊、抢救等特殊情形除外） */
  gd_consent_out_of_scope?: boolean | null;
  /** 是否制定相应的内部管理措施，严格遵循诊疗规范，掌握出入院诊断和指征 */
  gd_admission_indications?: boolean | null;
  /** 医疗费用是否按医保协议约定的支付方式（按项目、按病种、按疾病诊断相关分组、按床日、按人头等）执行 */
  gd_payment_methods?: boolean | null;
  /** 是否存在以医保支付政策为由拒收患者、转院或减少医疗服务的情形 */
  gd_refused_for_payment_policy?: boolean | null;
  /** 是否按规定执行集中采购政策，优先使用集中采购中选的药品和耗材 */
  gd_central_procurement?: boolean | null;
  /** 是否及时结算集中采购的采购货款 */
  gd_procurement_paid_on_time?: boolean | null;
  /** 医保支付的药品、耗材是否均在医疗保障行政部门规定的平台上采购 */
  gd_platform_purchase?: boolean | null;
  /** 是否真实记录医保支付药品、耗材的“进、销、存”情况 */
  gd_inventory_records?: boolean | null;
  /** 是否严格执行医疗保障行政部门制定的医药价格政策 */
  gd_price_policy?: boolean | null;
  /** 是否执行统一的医保支付标准 */
  gd_payment_standard?: boolean | null;
  /** 是否参加医疗保障行政部门或经办机构组织的宣传和培训 */
  gd_training_attended?: boolean | null;
  /** 是否在本机构组织开展医疗保障相关政策培训学习 */
  gd_internal_training?: boolean | null;
  /** 是否定期检查本单位医保基金使用情况，并及时纠正不规范行为 */
  gd_regular_self_check?: boolean | null;
  /** 是否悬挂统一格式的定点医疗机构标识 */
  gd_sign_displayed?: boolean | null;
  /** 是否存在私自制作、悬挂定点医疗机构标识的情形 */
  gd_self_made_sign?: boolean | null;
  /** 是否按规定及时向经办机构报送医保基金结算清单等信息，并对其真实性负责 */
  gd_settlement_lists_reported?: boolean | null;
  /** 是否按要求如实向经办机构报送药品、耗材的采购价格和数量 */
  gd_purchase_prices_reported?: boolean | null;
  /** 是否向医疗保障部门报送医保基金使用监督管理及协议管理所需信息 */
  gd_supervision_info_reported?: boolean | null;
  /** 是否向社会公开医药费用、费用结构等信息 */
  gd_costs_published?: boolean | null;
  /** 是否配合经办机构的医保费用审核、稽核检查、绩效考核等工作，接受医疗保障行政部门的监督检查，并按规定提供相关材料 */
  gd_cooperates_with_audits?: boolean | null;
  /** 是否按规定为参保人员直接结算医保费用，并提供费用结算单据和相关资料 */
  gd_direct_settlement?: boolean | null;
  /** 是否为符合规定的参保人员提供转诊转院服务 */
  gd_referral_service?: boolean | null;
  /** 是否做好与医保有关的信息系统安全保障工作，遵守数据安全有关制度，保护参保人员隐私 */
  gd_data_security?: boolean | null;
  /** 更新、重新安装或更换信息系统时，是否保持接口标准与医保信息系统有效对接，并按规定传送医保结算和审核所需数据 */
  gd_system_change_connected?: boolean | null;
  /** 工伤职工在认定工伤前的医疗费用，是否先按基本医疗保险规定为其提供医疗服务和结算服务 */
  gd_work_injury_settlement?: boolean | null;
  /** 是否存在未按规定向经办机构及医疗保障行政部门提供有关数据，或提供的数据不真实的情形 */
  gd_data_not_provided_or_untrue?: boolean | null;
  /** 本协议有效期内被经办机构中止医保协议的次数 */
  gd_suspensions_in_term?: number | null;
  /** 中止协议期间，是否存在未按要求整改或整改不到位的情形 */
  gd_suspension_not_rectified?: boolean | null;
  /** 取得现有定点资格时，是否存在弄虚作假等不正当手段（如提供虚假材料） */
  gd_fraudulent_designation?: boolean | null;
  /** 是否存在为处于中止医保协议期间的医疗机构提供医保费用结算的情形 */
  gd_settlement_for_suspended?: boolean | null;
  /** 是否存在拒绝、阻挠医疗保障部门开展智能审核、绩效考核、服务评价、监督检查的情形 */
  gd_obstructed_inspection?: boolean | null;
  /** 是否存在重大信息已变更但未向经办机构办理变更的情形 */
  gd_change_not_registered?: boolean | null;
  /** 是否存在停业或歇业后未按规定向经办机构报告的情形 */
  gd_closure_not_reported?: boolean | null;
  /** 医疗机构执业许可证或中医诊所备案证是否已被吊销或注销 */
  gd_licence_revoked?: boolean | null;
  /** 法定代表人、主要负责人或实际控制人是否存在不能履行协议约定，或有违法失信行为的情形 */
  gd_leader_unfit_or_dishonest?: boolean | null;
  /** 是否存在未依法履行医疗保障部门作出的行政处罚决定的情形 */
  gd_insurance_penalty_unfulfilled?: boolean | null;
  /** 重大信息变更的，是否均自有关部门批准之日起30个工作日内向统筹区经办机构提出变更申请 */
  gd_major_changes_applied?: "yes" | "no" | "not_arisen" | null;
  /** 其他一般信息变更的，是否及时书面告知经办机构 */
  gd_general_changes_notified?: "yes" | "no" | "not_arisen" | null;
  /** 是否已被告知：经办机构根据日常检查或绩效考核，发现本机构存在对医保基金安全和参保人员权益可能造成重大风险的问题 */
  gd_major_risk_notified?: boolean | null;
  /** 是否已被经办机构告知：本机构存在根据医保协议约定应当中止协议的情形 */
  gd_agreed_suspension_notified?: boolean | null;
  /** 是否已被告知：本机构存在法律、法规、规章规定的应当中止协议的其他情形 */
  gd_legal_suspension_notified?: boolean | null;
  /** 是否已被告知：医疗保障部门或有关部门在行政执法中，发现本机构存在重大违法违规行为且可能造成医疗保障基金重大损失 */
  gd_major_violation_notified?: boolean | null;
  /** 本机构是否已主动提出解除医保协议，且经办机构已同意 */
  gd_termination_agreed?: boolean | null;
  /** 是否已被经办机构告知：本机构存在根据医保协议约定应当解除协议的情形 */
  gd_agreed_termination_notified?: boolean | null;
  /** 是否已被告知：本机构存在法律、法规、规章规定的应当解除协议的其他情形 */
  gd_legal_termination_notified?: boolean | null;
  /** （公立医疗机构）名称、法定代表人、主要负责人或实际控制人、注册地址、银行账户、诊疗科目、机构规模、机构性质、等级和类别等信息变更的，是否均自有关部门批准之日起30个工作日内书面告知市医疗保障经办机构 */
  zs_public_change_notified?: "yes" | "no" | "not_arisen" | null;
  /** （社会办医疗机构）名称、法定代表人、主要负责人或实际控制人、注册地址等重大信息变更的，是否均自有关部门批准之日起30个工作日内向市医疗保障经办机构提出变更申请 */
  zs_private_major_change_applied?: "yes" | "no" | "not_arisen" | null;
  /** （社会办医疗机构）银行账户、诊疗科目、机构规模、机构性质、等级和类别等其他一般信息变更的，是否及时书面告知 */
  zs_private_general_change_notified?: "yes" | "no" | "not_arisen" | null;
  /** 是否设置社会医疗保险政策宣传栏 */
  zs_policy_board?: boolean | null;
  /** 是否公布市社会医疗保险咨询投诉电话 */
  zs_complaint_hotline?: boolean | null;
  /** 是否设置医保服务窗口，向参保人宣传和解释社会医疗保险有关政策 */
  zs_service_window?: boolean | null;
  /** 是否在显著位置公布本机构药品、医用耗材、医疗服务项目等价格或提供查询途径，并在价格变化时即时更新 */
  zs_prices_published?: boolean | null;
  /** 办理信息变更备案手续时，是否存在提供虚假信息、材料的情形 */
  zs_false_change_information?: boolean | null;
  /** 医疗机构执业许可证或中医诊所备案证是否已过期失效 */
  zs_licence_expired?: boolean | null;
  /** 是否存在使用假药、劣药的情形 */
  zs_fake_or_substandard_drugs?: boolean | null;
  /** 是否存在将应当由医保基金统筹支付的医疗费用转嫁给参保人个人支付的情形 */
  zs_costs_shifted_to_patients?: boolean | null;
  /** 是否存在将医保信息系统提供给其他医疗机构使用的情形 */
  zs_system_lent?: boolean | null;
  /** 是否存在诊断升级、病历内容与实际情况不相符，或将不符合住院标准的参保人收住院治疗的情形 */
  zs_upcoding_or_records_mismatch?: boolean | null;
  /** 是否存在被中止医保服务资格的执业医师提供医保服务的情形 */
  zs_suspended_physician?: boolean | null;
  /** 自查期间本机构是否处于中止医保协议期间，或医保协议已终止、解除 */
  jl_suspended_or_ended?: boolean | null;
  /** 自查期间是否发生股权变动、法定代表人变更或名称变更，且营业执照（法人证书）和执业（经营）许可证未重新申请 */
  jl_ownership_changed?: boolean | null;
  /** 自查期间是否因股权变动、法定代表人变更等注销营业执照（事业单位法人证书、民办非企业单位登记证书等）或执业（经营）许可证后重新申请 */
  jl_licences_reapplied?: boolean | null;
  /** 上述注销后重新申请是否因政策变动原因所致，并已由相关部门出具佐证材料 */
  jl_policy_change_evidenced?: boolean | null;
  /** 本机构是否已主动提出解除医保协议，且医保经办机构已同意 */
  jl_termination_agreed?: boolean | null;
  /** 是否遵守医疗保障法律、法规、规章及有关政策，按照规定向参保人员提供医药服务 */
  jl_laws_followed?: boolean | null;
  /** 医保协议生效后，是否在显著位置悬挂医保部门提供的统一样式定点医药机构标识 */
  jl_sign_displayed?: boolean | null;
  /** 是否已在国家医保信息业务编码标准数据库填报本机构基础信息和医保支付资格管理相关人员信息、取得医保代码，并在审核通过后及时向医保经办机构反馈信息维护情况 */
  jl_coding_filed?: boolean | null;
  /** 本机构和人员信息发生变化时，是否及时在编码标准数据库动态维护更新，并将退出本机构的人员信息归档处理 */
  jl_coding_maintained?: boolean | null;
  /** 重大信息变更的，是否均自有关部门批准之日起30个工作日内向医保经办机构提出变更申请 */
  jl_major_changes_applied?: boolean | null;
  /** 其他一般信息变更的，是否及时书面告知医保经办机构 */
  jl_general_changes_notified?: boolean | null;
  /** 变更注册地址（实际营业地址随之变更）的，是否提前5个工作日告知医保经办机构，并在完成变更后按规定时限申请现场评估 */
  jl_address_change_notified?: boolean | null;
  /** 变更后的经营主体能否提供变更前与医疗保障基金结算有关的数据、资料 */
  jl_pre_change_data?: boolean | null;
  /** 是否按规定保管医保相关材料，并在医保费用审核、协议履行核查、医保绩效考核时按要求提供 */
  jl_materials_kept?: boolean | null;
  /** 中止、终止或解除医保协议时，是否与医保经办机构共同做好在院、出院未结算、退费重结等参保人员的善后工作 */
  jl_aftercare?: boolean | null;
  /** 中止期间或终止、解除后，是否在营业场所显著位置公告、向参保人员解释说明，并不再悬挂定点医药机构标识 */
  jl_suspension_notice?: boolean | null;
  /** 是否存在医保支付资格被暂停或终止、或被中止（终止）医保结算的人员（科室），仍以其名义发生医保费用结算的情形 */
  jl_suspended_staff_settling?: boolean | null;
  /** 是否存在未按规定向医保行政部门及医保经办机构提供有关数据，或提供的数据不真实的情形 */
  jl_data_untrue?: boolean | null;
  /** 本协议有效期内被中止医保协议的次数 */
  jl_suspensions?: number | null;
  /** 被中止协议期间，是否存在未按要求整改或整改不到位的情形 */
  jl_suspension_not_rectified?: boolean | null;
  /** 是否存在以弄虚作假等不正当手段申请取得定点，或在评估中报送虚构、篡改的申请材料、评估材料的情形 */
  jl_fraudulent_application?: boolean | null;
  /** 是否存在欺诈骗取医疗保障基金的行为 */
  jl_fraud?: boolean | null;
  /** 是否存在为非定点医药机构、处于中止医保协议期间的医药机构或其他机构进行医保费用结算的情形 */
  jl_settled_for_others?: boolean | null;
  /** 是否存在拒绝、阻挠或不配合医保部门开展医保费用审核、智能审核、协议履行核查、绩效考核、服务评价、监督检查或现场检查的情形 */
  jl_obstructed?: boolean | null;
  /** 是否存在重大信息已发生变更但未向医保经办机构办理变更的情形 */
  jl_unregistered_change?: boolean | null;
  /** 是否存在停业或歇业后未按规定向医保经办机构报告的情形 */
  jl_unreported_closure?: boolean | null;
  /** 是否存在医疗机构执业许可证、中医诊所备案证或诊所备案凭证被吊销、注销的情形 */
  jl_practice_licence_revoked?: boolean | null;
  /** 法定代表人、主要负责人（企业负责人）或实际控制人是否存在不能履行医保协议约定，或有违法失信行为的情形 */
  jl_leader_default?: boolean | null;
  /** 是否存在未依法履行医疗保障行政部门作出的行政处罚决定的情形 */
  jl_unfulfilled_penalty?: boolean | null;
  /** 是否已被告知：医保经办机构根据日常检查或绩效考核，发现本机构存在对医疗保障基金安全和参保人员权益可能造成重大风险的问题 */
  jl_major_risk_notified?: boolean | null;
  /** 是否已被医保经办机构告知：本机构存在根据医保协议约定应当中止协议的情形 */
  jl_agreed_suspension_notified?: boolean | null;
  /** 是否已被告知：本机构存在法律、法规、规章规定的应当中止协议的其他情形 */
  jl_legal_suspension_notified?: boolean | null;
  /** 是否已被告知：医疗保障（行政）部门或有关部门在行政执法中，发现本机构存在重大违法违规行为且可能造成医疗保障基金重大损失 */
  jl_major_violation_notified?: boolean | null;
  /** 是否已被医保经办机构告知：本机构存在根据医保协议约定应当解除协议的情形 */
  jl_agreed_termination_notified?: boolean | null;
  /** 是否已被告知：本机构存在法律法规和规章规定的应当解除协议的其他情形 */
  jl_legal_termination_notified?: boolean | null;
  /** 是否发生重大药品质量安全事件 */
  jl_drug_quality_incident?: boolean | null;
  /** 是否存在以伪造、变造医保药品“进、销、存”票据和账目、伪造处方或参保人员费用清单等方式骗取医疗保障基金的情形 */
  jl_forged_records?: boolean | null;
  /** 是否存在将非医保药品或其他商品串换成医保药品，倒卖医保药品或套取医疗保障基金的情形 */
  jl_drug_swapping?: boolean | null;
  /** 是否存在将医保结算设备转借或赠与他人，或改变其使用场地的情形 */
  jl_device_lent?: boolean | null;
  /** 是否存在药品经营许可证或营业执照被吊销、注销的情形 */
  jl_pharmacy_licence_revoked?: boolean | null;
  /** 是否认真贯彻国家、省和本统筹地区基本医疗保险、生育保险、医疗救助、卫生健康、市场监管、药品监督、招标采购、医药价格收费等相关规定 */
  nt_policies_followed?: boolean | null;
  /** 是否按医疗执业许可、资质和医保规定的服务范围、基金使用范围提供医保服务 */
  nt_within_service_scope?: boolean | null;
  /** 是否已建立或明确医保管理服务部门，并明确机构领导分管医保工作 */
  nt_management_department?: boolean | null;
  /** 是否建立健全医疗（生育）保险考核、定期总结分析、费用控制、信息反馈等管理制度 */
  nt_management_systems?: boolean | null;
  /** 是否成立由主要负责同志任组长、分管同志任副组长的医疗保险工作领导小组，办公室设在医疗保险办公室 */
  nt_leading_group?: boolean | null;
  /** 医疗保险办公室是否为一级科室，并配足专职工作人员 */
  nt_insurance_office_first_level?: boolean | null;
  /** 是否采取积极有效措施控制医疗费用不合理增长，减轻参保人员个人负担 */
  nt_cost_growth_controlled?: boolean | null;
  /** 是否建立健全医师从事医保服务的各项管理制度，并对本单位医师的医保服务行为动态管理 */
  nt_physician_management?: boolean | null;
  /** 医师新增、减少等变更时，是否及时办理医保医师变更备案、向医保经办机构提供变更信息，并维护与医保医师库的对应 */
  nt_physician_changes_filed?: boolean | null;
  /** 是否设置医疗（生育）保险政策宣传栏，实行医保服务标准化管理，并公布监督举报电话 */
  nt_publicity?: boolean | null;
  /** 是否制定具体的医保政策培训计划并落实，医师和其他从业人员参加医疗（生育）保险政策培训并考核合格 */
  nt_training?: boolean | null;
  /** 是否认真按照公立医院医药价格改革政策规定执行 */
  nt_price_reform_followed?: boolean | null;
  /** 受到行政主管部门处理时，是否及时告知医保经办机构 */
  nt_sanctions_reported?: "yes" | "no" | "not_arisen" | null;
  /** 名称、执业地址、法定代表人、机构类别、诊疗项目、床位数、住院科室、主要设备设施、银行结算账户、医保管理部门负责人等变化时，是否及时提供材料并按规定申请变更或重新签约 */
  nt_changes_reported?: "yes" | "no" | "not_arisen" | null;
  /** 变更机构名称、法定代表人、执业地址等的，是否均在行政管理部门核准变更之日起7个工作日内办理变更备案 */
  nt_change_filed_in_7_working_days?: "yes" | "no" | "not_arisen" | null;
  /** 变更经营地址的，是否自提出变更之日起暂停医保服务，迁址后经医保经办机构验收合格才开通 */
  nt_move_accepted?: "yes" | "no" | "not_arisen" | null;
  /** 是否有效控制参保人员的住院个人负担率 */
  nt_inpatient_burden_controlled?: boolean | null;
  /** 是否按生育保险有关规定稳步降低剖宫产率 */
  nt_caesarean_rate_reduced?: boolean | null;
  /** 发现就医人员证件无效、人证不符或有骗保嫌疑的，是否不予医保结算并及时报告医保经办机构 */
  nt_fraud_suspicion_reported?: "yes" | "no" | "not_arisen" | null;
  /** 已对接南通医保App挂号就诊的，是否在医生工作站推送挂号人照片，医生进行人、照核对 */
  nt_app_photo_checked?: "yes" | "no" | "not_arisen" | null;
  /** 开展移动支付或互联网诊疗的医保挂号、结算时，是否评估和防范基金支付风险，确保人证相符诊治 */
  nt_mobile_payment_risk_controlled?: boolean | null;
  /** 对年龄大、行动不便委托他人代配药的参保人员，是否按规定上门巡诊并做好记录 */
  nt_proxy_home_visits?: boolean | null;
  /** 外伤病人（含自费病人）是否详细记录受伤原因、地点、时间、过程，自费转医保时认真审核备案 */
  nt_injury_recorded?: boolean | null;
  /** 住院病历中是否附有并保存参保病人的身份证复印件 */
  nt_id_copy_in_inpatient_records?: boolean | null;
  /** 120院前急救病历的保存年限（年） */
  nt_emergency_records_years?: number | null;
  /** 是否建立医疗损害、医疗事故和交通事故、意外伤害等医疗费用的医保管理制度，做好信息记录、医疗行为监控和费用审核 */
  nt_accident_cost_system?: boolean | null;
  /** 医疗事故涉及医保结算的是否在鉴定结束后15日内报送资料，交通事故、意外伤害名单是否每月20日前汇总报备 */
  nt_accident_reports_on_time?: "yes" | "no" | "not_arisen" | null;
  /** 是否做好诊疗登记工作 */
  nt_treatment_registration?: boolean | null;
  /** 是否建立并落实门诊就诊登记制度，对口腔、康复、推拿、理疗等治疗项目登记治疗记录（患者姓名、项目名称、治疗时间、治疗医师或技师） */
  nt_outpatient_registration_system?: boolean | null;
  /** 口腔、康复、推拿、理疗等治疗记录的保存年限（年） */
  nt_treatment_records_years?: number | null;
  /** 处方是否均有处方医师签字并加盖带本机构医师代码的处方章（电子处方按规定执行），经药师审核签字后发药 */
  nt_prescriptions_signed?: boolean | null;
  /** 处方合格率（含外配处方） */
  nt_prescription_pass_rate?: { numerator: number; denominator: number } | { percent: number } | null;
  /** 门诊处方（单独装订）的保存年限（年） */
  nt_outpatient_prescription_years?: number | null;
  /** 麻醉药品和第一类精神药品处方的保存年限（年） */
  nt_narcotic_prescription_years?: number | null;
  /** 住院病历的保存年限（年） */
  nt_inpatient_record_years?: number | null;
  /** 生育保险登记审核资料的保存年限（年） */
  nt_maternity_record_years?: number | null;
  /** 提供乙类药品、乙类医疗服务项目、特殊医用材料等需个人自付费用的项目，是否在使用前告知并经参保人员（家属）同意 */
  nt_copay_items_consent?: boolean | null;
  /** 参保人员住院政策范围外自费医疗费用占住院总费用的比例 */
  nt_out_of_policy_self_pay_rate?: { numerator: number; denominator: number } | { percent: number } | null;
  /** 建档立卡低收入人口住院政策范围外自费医疗费用占住院总费用的比例 */
  nt_low_income_out_of_policy_rate?: { numerator: number; denominator: number } | { percent: number } | null;
  /** 建档立卡低收入人口经各项结报后个人自付费用占政策范围内住院总费用的比例 */
  nt_low_income_self_paid_rate?: { numerator: number; denominator: number } | { percent: number } | null;
  /** 住院病区加床率（抽查口径） */
  nt_extra_bed_rate?: { numerator: number; denominator: number } | { percent: number } | null;
  /** 病区住院病人不在床率（抽查口径） */
  nt_absent_patient_rate?: { numerator: number; denominator: number } | { percent: number } | null;
  /** 是否执行双向转诊，将非急性期长期护理依赖、长期卧床需医疗护理康复的慢性伤病患者和疾病晚期姑息治疗等患者转至定点护理院或照护病区 */
  nt_two_way_referral?: boolean | null;
  /** 是否存在将费用管理或总量指标分解到参保患者个人，或以费用等为由要求未达出院标准的参保人员提前出院或自费住院 */
  nt_quota_split_or_early_discharge?: boolean | null;
  /** 是否存在因分解住院，将符合规定的医疗费用不用社会保障卡结算而向参保人员收取自费费用 */
  nt_split_admission_self_pay?: boolean | null;
  /** 15天以内二次住院率：15天以内住院总人次（A） */
  nt_admissions_within_15_days?: number | null;
  /** 15天以内二次住院率：住院总人数（B，同一人多次住院计1人） */
  nt_readmission_patients?: number | null;
  /** 15天以内二次住院率：住院总人次（C） */
  nt_admissions_total?: number | null;
  /** 上年15天以内二次住院率平均水平 */
  nt_readmission_rate_last_year?: { numerator: number; denominator: number } | { percent: number } | null;
  /** 参保人拒绝出院的，是否自通知其出院之日起停止医保结算，并向医保中心出具书面材料备查 */
  nt_refused_discharge_handled?: "yes" | "no" | "not_arisen" | null;
  /** 是否每季初10日前如实报送上季度住院参保患者中卧床病人名单 */
  nt_bedridden_list_on_time?: boolean | null;
  /** 收治住院参保患者的卧床率 */
  nt_bedridden_rate?: { numerator: number; denominator: number } | { percent: number } | null;
  /** 收治住院参保患者的临终关怀率 */
  nt_hospice_rate?: { numerator: number; denominator: number } | { percent: number } | null;
  /** 是否建立健全转诊转院制度，及时为符合条件的参保人员办理转诊转院手续且手续齐全 */
  nt_referral_system?: boolean | null;
  /** 是否认真做好参保患者转市外就医申请的审核把关和备案工作 */
  nt_out_of_city_referral_reviewed?: boolean | null;
  /** 是否按政策和准入标准做好门诊特殊病、慢性病、“两病”的诊断、准入和待遇审核，未将不符合规定的病种、费用纳入门诊支付范围 */
  nt_special_outpatient_managed?: boolean | null;
  /** 是否建立特药管理制度，按限定适应症使用特药并提供全程服务，口服剂型药品数量以盒为单位上传 */
  nt_special_drugs_managed?: boolean | null;
  /** 是否存在以费用总控、药占比等为由影响特药供应，或要求参保患者院外购买特药注射剂、要求住院患者持处方到院外购药 */
  nt_special_drugs_bought_outside?: boolean | null;
  /** 是否建立医保延伸业务管理制度，配备专人、设置专窗 */
  nt_extension_window?: boolean | null;
  /** 就医时是否询问确认参保身份，参保人员未及时刷卡记账的，是否提醒并负责协调刷卡记账 */
  nt_card_use_reminded?: boolean | null;
  /** 自费转医保住院结算是否认真审核（入出院日期准确录入、上传并与病历一致），急诊留观和住院期间外购药品、外出检查的费用是否一并记入住院费用 */
  nt_inpatient_fees_merged?: boolean | null;
  /** 住院患者确需外购药品或外出检查的，是否经患者或家属签字确认、经治医生申报、科室主任同意并报医保管理部门审核 */
  nt_external_purchase_approved?: boolean | null;
  /** 是否设立医疗保险经办业务专用窗口，配备专人和专用计算机设备，办理指定的延伸经办服务并做好信息保密 */
  nt_centre_extension_service?: boolean | null;
  /** 是否对辖区内定点社区卫生服务站一体化管理，定期检查其医保服务并做好检查记录，发现违规及时制止、督促纠正并向医保经办机构反馈 */
  nt_centre_manages_stations?: boolean | null;
  /** 是否主动接受并配合所属社区卫生服务中心的指导与管理，对中心日常检查管理中发现的问题认真整改 */
  nt_station_accepts_centre?: boolean | null;
  /** 是否与参保人员签约（《服务合约》）并在医保信息系统确认后才提供普通门诊统筹服务，签约、解约资料长期保存备核 */
  nt_family_doctor_contracts?: boolean | null;
  /** 被暂停医保服务或解除服务协议期间，参保人员要求解约的，是否及时指导并办理解约手续和系统解约确认 */
  nt_suspension_cancellations_handled?: "yes" | "no" | "not_arisen" | null;
  /** 医保支付标准是否不高于医保部门规定的非营利性一级医院价格标准 */
  nt_community_price_within_standard?: boolean | null;
  /** 实施一般诊疗费收费的，是否按疗程收取一般诊疗费，未分解收费或多收取 */
  nt_general_fee_by_course?: "yes" | "no" | "not_arisen" | null;
  /** 被医保经办机构拒付的医疗费用是否及时作相应财务处理，并按部署配合做好电子票据工作 */
  nt_refused_fees_accounted?: boolean | null;
  /** 是否存在以定点医疗机构名义违规广告宣传或违反医保政策的宣传，或以现金、礼券、生活用品等进行医疗消费促销 */
  nt_improper_promotion?: boolean | null;
  /** 体检后是否及时出具报告，将参保人员体检结论录入或上传医保（或指定）信息系统，并按规定时间书面报参检人员和医保经办机构 */
  nt_checkup_reports?: boolean | null;
  /** 是否存在以总控指标、药占比、次均费用等为由拒不采购、不使用《药品目录》内药品，或要求住院患者到门诊或院外购买目录内药品 */
  nt_catalogue_drugs_refused?: boolean | null;
  /** 对本机构诊疗范围内临床所需的国家谈判药品，是否做到应采尽采 */
  nt_negotiated_drugs_procured?: boolean | null;
  /** 药品和医用材料是否保存真实完整的购进和使用记录，并实行电算化进销存台账（含通用名称、期初期末库存、购货量、医保和非医保销售量、批号、有效期、供货单位等） */
  nt_inventory_ledger?: boolean | null;
  /** 是否每月10日前将药品购销存通过电子邮件报医保经办机构备案 */
  nt_inventory_report_on_time?: boolean | null;
  /** 是否严格掌握目录内药品的限定支付范围，并留存用药依据便于核查 */
  nt_restricted_payment_evidence?: boolean | null;
  /** 是否采取措施鼓励医保医师优先选用《药品目录》内甲类药品、国家基本药物、通过一致性评价的品种和集中招标采购中选药品，并按先口服后注射、先常释后缓（控）释、同类同剂型价格低廉者优先等原则选择药品 */
  nt_preferred_drugs_encouraged?: boolean | null;
  /** 出院带药是否限于与所患疾病治疗有关的药品（一般限口服药），并按处方管理办法执行 */
  nt_discharge_drugs?: boolean | null;
  /** 药品是否按实际进价零差率销售 */
  nt_zero_markup?: boolean | null;
  /** 医疗服务项目的医保支付标准是否不高于同类非营利性医疗机构政府指导价 */
  nt_service_price_within_guidance?: boolean | null;
  /** 使用的药品是否全部从省平台阳光采购、公开交易 */
  nt_drugs_from_provincial_platform?: boolean | null;
  /** 是否存在擅自提高收费标准、套用项目、自立项目，超诊疗范围收费，或对未经卫生、医保部门批准的项目收费 */
  nt_irregular_charges?: boolean | null;
  /** 是否按要求及时维护医疗服务项目价格数据库 */
  nt_price_database_maintained?: boolean | null;
  /** 是否严格执行取消医用耗材加成政策，医用耗材均在省阳光采购目录范围内采购 */
  nt_consumables_policy?: boolean | null;
  /** 是否建立特殊药品、医用材料（含植入类医疗器械）和诊疗项目管控制度，严格掌握适用范围并保存使用记录 */
  nt_special_items_control?: boolean | null;
  /** 是否存在将CT、MRI等大型医疗设备检查列为常规检查，擅自组合收费项目，或将临床“套餐式”检验作为常规检验 */
  nt_routine_large_equipment?: boolean | null;
  /** 提供超基本医疗保险报支标准的住院床位，是否事先告知并经参保人员（家属）同意后才收取超标准费用 */
  nt_bed_upgrade_consent?: boolean | null;
  /** 自查期间连续超出当期总量管理指标的最长月数 */
  nt_months_over_volume_target?: number | null;
  /** 是否将医疗费用发生额控制在年初下达的总量指标内，定期分析通报，执行确有困难时按规定事前预申报 */
  nt_volume_target_controlled?: boolean | null;
  /** 是否按单病种结算政策和临床路径开展服务，不推诿重症、不减少服务、不另收费用，符合规定的病例均纳入按病种收付费结算 */
  nt_single_disease_rules?: boolean | null;
  /** 按病种收付费临床路径退出率 */
  nt_single_disease_exit_rate?: { numerator: number; denominator: number } | { percent: number } | null;
  /** 无特殊情况时，是否存在要求参保人全额现金结算医疗费用 */
  nt_full_cash_demanded?: boolean | null;
  /** 参保人与本机构发生医疗纠纷并涉及医疗费用结算的，是否及时报告医保经办机构 */
  nt_disputes_reported?: "yes" | "no" | "not_arisen" | null;
  /** 是否每月5号前完成上月医疗、生育医疗费用明细表认证，每月20号前完成上月结算表认证 */
  nt_statements_certified_on_time?: boolean | null;
  /** 是否做好医疗、生育保险费用刷卡结算数据的日对账 */
  nt_daily_reconciliation?: boolean | null;
  /** 收治需康复治疗的参保人员时，是否先核实其既往统筹基金支付情况 */
  nt_rehab_history_checked?: boolean | null;
  /** 收到医保经办机构审核或稽核中发现违规情形的告知后，是否均在5个工作日内作出书面说明 */
  nt_audit_explained_in_5_working_days?: "yes" | "no" | "not_arisen" | null;
  /** 是否将智能监控规则嵌入医院信息系统并与医保智能监控系统有效对接，医疗服务和费用数据真实、准确、实时传输 */
  nt_monitoring_embedded?: boolean | null;
  /** 医保经办机构反馈的违约疑点是否及时处理，且不影响参保人结算 */
  nt_monitoring_suspicions_handled?: boolean | null;
  /** 是否按要求使用医保交互系统办理网上申报和业务，并妥善管理本机构CA证书 */
  nt_interaction_system_used?: boolean | null;
  /** 是否落实专人使用院端医保智能监控系统，并每季度向医保经办机构反馈使用情况 */
  nt_monitoring_feedback_quarterly?: boolean | null;
  /** 院端医保智能监控系统使用中需要增加或修改内容的，是否书面提交医保经办机构备案，经其确认后按规定流程调整 */
  nt_monitoring_changes_filed?: "yes" | "no" | "not_arisen" | null;
  /** 是否存在因指标管控推诿拒收病人，或将超过指标控制的医疗费用转嫁给参保人 */
  nt_quota_shifting?: boolean | null;
  /** 对辖区内定点社区卫生服务站医保服务的检查次数（检查最少的服务站、最少的一季，次） */
  nt_station_inspections_per_quarter?: number | null;
  /** 辖区内社区卫生服务站有违规行为时，是否存在本中心未尽管理职能，或发现后隐瞒不报 */
  nt_station_violations_unmanaged?: boolean | null;
  /** 是否通过专线与医保信息系统联网，与其他外部网络联网时采取有效的安全隔离措施 */
  nt_network_isolated?: boolean | null;
  /** 是否存在将医保刷卡、移动支付设备转借、赠与他人或改变使用场地 */
  nt_payment_devices_misused?: boolean | null;
  /** 是否指定部门及专人负责医保信息管理、配合联调测试，并将专职管理人员名单报医保经办机构或医保信息部门备案 */
  nt_it_staff_filed?: boolean | null;
  /** 是否加强病案、信息、财务等数据来源质量控制，保证医保基金结算清单等数据真实、准确、可追溯并按规定报送 */
  nt_data_quality?: boolean | null;
  /** 是否维护好医保药品、诊疗项目、医用耗材、疾病病种、医保医师、医保药师等基础数据库 */
  nt_base_databases_maintained?: boolean | null;
  /** 是否做好信息系统、相关设备和网络的维护，确保服务器、终端计算机上的医保数据及视频存储信息保密、安全 */
  nt_systems_maintained?: boolean | null;
  /** 是否存在人为篡改、作假向医保信息系统传输的参保人员就医、结算等信息 */
  nt_data_tampered?: boolean | null;
  /** 是否建立医生（护理）工作站，保证医嘱（护理）工作记录可追溯 */
  nt_ehr_workstation?: boolean | null;
  /** 是否制定信息系统故障应急预案，故障影响就医时及时通知并启动 */
  nt_contingency_plan?: boolean | null;
  /** 配备的远程视频管理设备（套） */
  nt_video_devices?: number | null;
  /** 是否在执业场所醒目位置设置医保服务视频管理提示，配置专用电源保证视频设备持续供电，设备正常运行、故障及时报修 */
  nt_video_notice_and_power?: boolean | null;
  /** 挂号、结算等服务过程是否全部纳入视频管理且画面、声音清晰可辨，需付现金的现金或移动支付与刷卡同步进行并保存移动支付记录 */
  nt_video_coverage?: boolean | null;
  /** 变更刷卡结算处或视频系统设备线路、位置的，是否提前7个工作日书面申请并经审核通过后才变更 */
  nt_video_change_applied?: "yes" | "no" | "not_arisen" | null;
  /** 是否建立并维护与医保项目代码对应一致的数据库（药品、诊疗项目、医用材料、疾病诊断、手术、科室、医师、待遇类别等），病种编码与ICD-10一致，维护、对应和上传的数据准确无误 */
  nt_code_database?: boolean | null;
  /** 上传的门诊诊断、处方医师与处方的符合率 */
  nt_outpatient_upload_match_rate?: { numerator: number; denominator: number } | { percent: number } | null;
  /** 住院规定项目在医疗服务行为发生后24小时内的上传率 */
  nt_inpatient_upload_24h_rate?: { numerator: number; denominator: number } | { percent: number } | null;
  /** 住院号、入出院时间、入出院诊断、经治医师代码和姓名等上传信息与住院病历的符合率 */
  nt_inpatient_upload_match_rate?: { numerator: number; denominator: number } | { percent: number } | null;
  /** 生育保险登记信息（末次月经日期、胎次、结婚证、生育服务证明、手术时间、新生儿数、病种等）是否准确无误并及时上传 */
  nt_maternity_upload?: boolean | null;
  /** 是否存在擅自接入视频监控系统的情形 */
  nt_video_unauthorised_access?: boolean | null;
  /** 是否存在无服务对象刷卡、为同一人刷多张社会保障卡、同一人社会保障卡多人刷、短时间内为同一人多次刷卡、刷卡结算需支付现金而未见参保人员支付现金等异常服务情形 */
  nt_abnormal_swiping?: boolean | null;
  /** 医务人员违反医疗（生育）保险规定的，是否按规定处理并将处理情况通报医保经办机构 */
  nt_staff_violations_handled?: "yes" | "no" | "not_arisen" | null;
  /** 被暂停医疗（生育）保险服务期间，是否在执业场所内明显位置公告停止医保服务的原因、期限等情况 */
  nt_suspension_announced?: "yes" | "no" | "not_arisen" | null;
  /** 自查期间本机构是否停业或歇业 */
  nt_closed?: boolean | null;
  /** 停业或歇业是否属特殊情况，并已报备、经医保经办机构核实 */
  nt_closure_reported_and_verified?: boolean | null;
  /** 协议期满后的续签情况 */
  nt_renewal_state?: "not_expired" | "renewed" | "agency_cause" | "own_cause" | null;
  /** 协议终止、解除或缓签的，是否与医保经办机构共同做好善后工作，保证参保人正常就医 */
  nt_aftercare?: "yes" | "no" | "not_arisen" | null;
  /** 是否为异地就医参保人员提供合理的医疗服务和费用结算，告知本机构联系方式，并对刷卡结算中的问题跟踪反馈、及时协调处理 */
  nt_cross_region_service?: boolean | null;
  /** 自查期间是否存在医疗费用异常的情形 */
  nt_a62_abnormal_costs?: boolean | null;
  /** 自查期间是否存在未按服务协议要求落实管理措施的情形 */
  nt_a62_measures_not_kept?: boolean | null;
  /** 自查期间是否存在未及时、准确、完整提供医保经办机构要求提供的资料的情形 */
  nt_a62_materials_not_provided?: boolean | null;
  /** 自查期间是否存在未保障参保人员知情同意权，不提供费用明细清单、出院病情证明等资料或不履行知情同意手续的情形 */
  nt_a62_informed_consent?: boolean | null;
  /** 自查期间是否存在未及时查处参保人员投诉和社会监督反映问题的情形 */
  nt_a62_complaints_not_handled?: boolean | null;
  /** 是否已被医保经办机构告知或认定：本机构有其他违反医保政策、服务协议条款，情节轻微的情形 */
  nt_a62_minor_other_notified?: boolean | null;
  /** 自查期间是否存在应使用社会保障卡刷卡结算而未刷卡结算的费用（含自费医疗费用） */
  nt_a65_card_not_used?: boolean | null;
  /** 自查期间是否存在过度、不合理医疗的情形 */
  nt_a65_excessive_care?: boolean | null;
  /** 自查期间是否存在收费项目对应错误或操作不当造成医保基金损失的情形 */
  nt_a65_item_mapping_error?: boolean | null;
  /** 自查期间是否存在空白处方等违反处方管理规定，或超使用范围、规定、规范、权限使用药品的情形 */
  nt_a65_prescription_rules?: boolean | null;
  /** 自查期间是否存在使用与疾病无关的药品，或进行与疾病无关的检查治疗的情形 */
  nt_a65_unrelated_treatment?: boolean | null;
  /** 自查期间是否存在药品购进、销售（使用）、库存不相符的情形 */
  nt_a65_stock_mismatch?: boolean | null;
  /** 自查期间是否存在未按规定审核生育保险待遇，或登记、录入信息错误的情形 */
  nt_a65_maternity_registration?: boolean | null;
  /** 自查期间是否存在违反物价规定收费，或记账与病历、实际不符，或多记多收费用的情形 */
  nt_a65_improper_charges?: boolean | null;
  /** 自查期间是否存在门诊人证不符的情形 */
  nt_a65_outpatient_identity_mismatch?: boolean | null;
  /** 自查期间是否存在未书写门诊病历，或医疗文件记录不详、不符、不完整、不及时，或不能提供病历等资料的情形 */
  nt_a65_medical_records?: boolean | null;
  /** 自查期间是否存在超出代配适用人群代配药，或未履行代配药登记、登记不实不全的情形 */
  nt_a65_proxy_dispensing?: boolean | null;
  /** 自查期间是否存在将未经批准的项目、不属于医保（生育保险）基金支付范围或超过医保支付标准的医疗费用列入基金结算的情形 */
  nt_a65_non_covered_billed?: boolean | null;
  /** 自查期间是否存在未开具或不提供有效医疗费用票据（含自费病人）的情形 */
  nt_a65_no_receipt?: boolean | null;
  /** 自查期间是否存在将不符合住院条件的人员收治住院，或空床、挂床住院的情形 */
  nt_a65_improper_admission?: boolean | null;
  /** 自查期间是否存在在执业场所存放、摆放生活用品、食品、保健品的情形 */
  nt_a65_personal_goods?: boolean | null;
  /** 自查期间是否存在故意分解门诊人次、超范围诊疗或其他非正常诊疗的情形 */
  nt_a65_split_visits?: boolean | null;
  /** 自查期间是否存在对医疗事故、交通事故、意外伤害等未按规定申报或隐瞒，造成医保基金损失的情形 */
  nt_a65_accident_not_reported?: boolean | null;
  /** 本协议期内遮挡摄像头、设置屏障、未经备案改变医保刷卡结算处位置、中断视频设备电源等造成离线、影像不清或监控不到位的次数 */
  nt_a65_camera_obstructions?: number | null;
  /** 自查期间是否存在收集留存参保人员社会保障卡，或将参保人员社会保障卡拿到其他定点单位刷卡结算的情形 */
  nt_a65_card_retained?: boolean | null;
  /** 自查期间是否存在将个人先付、自付费用变通为不付或少付的情形 */
  nt_a65_copay_waived?: boolean | null;
  /** 自查期间是否存在违规使用统筹费用及公务员门诊补助等的情形 */
  nt_a65_pooled_fund_misuse?: boolean | null;
  /** 自查期间是否存在以药换保健品或医疗器械用品等的情形 */
  nt_a65_drugs_for_health_products?: boolean | null;
  /** 自查期间是否存在私自安装、连接医保信息系统，或将分支机构、其他机构连接医保网络，或擅自变更医保网络线路的情形 */
  nt_a65_network_connection?: boolean | null;
  /** 自查期间是否存在虚假门诊、住院，或虚记医疗费用、空划记账留存医疗费用的情形 */
  nt_a65_false_claims?: boolean | null;
  /** 自查期间是否存在住院人证不符的情形 */
  nt_a65_inpatient_identity_mismatch?: boolean | null;
  /** 自查期间是否存在伪造、编造病历、处方、检查、治疗、病情证明、疾病评估表等资料的情形 */
  nt_a65_forged_records?: boolean | null;
  /** 自查期间是否存在提供虚假资料，或药品购销存严重不符的情形 */
  nt_a65_false_materials?: boolean | null;
  /** 自查期间是否存在采用换购物卡、有价证券及提取现金等形式套取、骗取医保（生育保险）基金的情形 */
  nt_a65_fund_cash_out?: boolean | null;
  /** 自查期间是否存在非法侵入、攻击医保网络的情形 */
  nt_a65_network_intrusion?: boolean | null;
  /** 自查期间是否存在擅自移动、改装、变更视频监控系统设备、线路，或破坏视频设备的情形 */
  nt_a65_video_tampered?: boolean | null;
  /** 自查期间是否存在通过伪造医疗文书、财务票据或凭证等方式，虚构“假住院、假就诊”骗取医保基金的情形 */
  nt_a65_fake_services?: boolean | null;
  /** 本协议期内被暂停协议（含暂停医疗保险服务、限期暂停整改）的次数 */
  nt_a65_suspensions?: number | null;
  /** 自查期间是否存在暂停协议期间未按时限要求整改或整改不到位的情形 */
  nt_a65_suspension_not_rectified?: boolean | null;
  /** 自查期间是否存在被吊销《医疗机构执业许可证》或《营业执照》的情形 */
  nt_a65_licence_revoked?: boolean | null;
  /** 自查期间是否存在拒绝、阻挠或不配合医保经办机构开展必要监督检查的情形 */
  nt_a65_obstructed_inspection?: boolean | null;
  /** 自查期间是否因违反卫健、价格等管理规定被行政处罚，涉及医疗保险、生育保险基金损失而未主动退回 */
  nt_a67_loss_not_returned?: boolean | null;
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
  compliance?: ProfileCompliance;
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

/** The options of `calendar()`. */
export interface CalendarOptions {
  /** 生成时间，写作每个日程的 DTSTAMP（UTC，如 `new Date().toISOString()`）；缺省为自查日期零时。 */
  now?: string;
  /** 是否保留自查日期之前的日期；缺省不保留。 */
  includePast?: boolean;
}

export type Outcome = "pass" | "fail" | "not_applicable" | "needs_information" | "needs_review" | "not_covered";
export type Group = "eligibility" | "condition" | "refusal" | "materials" | "deadline" | "compliance";

/** How grave a compliance item's consequence can be, least grave first. */
export type Severity =
  | "unspecified" | "rectification" | "recovery" | "damages"
  | "suspension" | "termination" | "termination_and_bar";

/** One consequence of failing a compliance item (rules map §10). */
/** 高 / 中 / 低: suspension and beyond high, money medium, the rest low; a possible measure one lower. */
export type Grade = "high" | "medium" | "low";

/**
 * One measure a failed compliance item may bring: a step of a consequence
 * clause, in the clause's own words, certain or only possible.
 */
export interface Risk {
  /** The consequence clause's id, e.g. "nt.a64.t64b". */
  id: string;
  /** Which step of the clause (1 for the first); the calculator's key is `${id}#${step}`. */
  step: number;
  /** The measure in the clause's own words. */
  label: string;
  /** A short name of the clause. */
  clause: string;
  citation: Citation;
  /** The clause, verbatim. */
  quote: string;
  /** Whether the answers meet every qualifier of the clause (else only possible). */
  certain: boolean;
  /** For a possible measure, the condition in the clause's words, e.g. "若经认定情节恶劣". */
  condition?: string;
  grade: Grade;
  /** 高 / 中 / 低 */
  grade_label: string;
  severity: Severity;
  severity_label: string;
  /** The liquidated damages' formula, in Chinese. */
  damages?: string;
  note?: string;
  /** Whether the damages turn on an amount that `damages()` works out. */
  calculable: boolean;
}

/** Liquidated damages worked out for an amount (`damages()`), in fen. */
export interface DamagesView {
  risk_id: string;
  step: number;
  formula: string;
  /** What the amount is counted on, e.g. "违规费用". */
  base_label: string;
  base_fen: number;
  nth: number;
  low_fen: number;
  high_fen: number;
  /** exact: one amount; range: the agency decides within it; readings: two readings of unclear text. */
  spread: "exact" | "range" | "readings";
  text: string;
}
export type DocumentCode = "JS" | "ZS" | "GD" | "JL" | "NT";
export type Role = "decides" | "draft_preview" | "agreement";
export type MayApply = "yes" | "no" | "undetermined" | "not_covered";
export type DateKind = "deadline" | "agency_deadline" | "earliest_date" | "milestone";
export type DateBasis = "official" | "provisional" | "estimated";
export type Change = "new" | "fixed" | "unchanged" | "changed";
export type Section =
  | "application" | "institution" | "staff" | "systems" | "it" | "pharmacy"
  | "internet" | "history" | "materials" | "procedure"
  | "services" | "obligations" | "conduct" | "indicators";

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
  /** Names of the readings the finding relies on; `labels().readings` explains each. */
  readings?: string[];
  missing?: MissingAnswer[];
  dates?: KeyDate[];
  draft: boolean;
  draft_note?: string;
  /** For a compliance item not kept: the measures it may bring, certain first, gravest first. */
  risks?: Risk[];
  /** Where the item's certain damages fall under two clauses, what the texts say of them together. */
  risk_note?: string;
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
  /**
   * The answer in Chinese, worded for what was checked: 可以申请 / 暂不能申请 /
   * 尚无法判断 for an application; 均已落实 / 存在未落实项 / 尚无法判断 for a
   * designated institution's self-audit. Show this rather than mapping `may_apply`.
   */
  label: string;
  may_apply: MayApply;
  summary: string;
  counts: Counts;
  materials: Counts;
  next_dates: KeyDate[];
  /** The compliance self-audit's summary, for a designated institution. */
  audit?: AuditSummary;
}

export interface Remediation {
  rule_id: string;
  title: string;
  citation: string;
  outcome: Outcome;
  grade: Grade;
  grade_label: string;
  severity: Severity;
  severity_label: string;
  /** Whether the headline risk follows from the failure (else it is only possible). */
  certain: boolean;
  /** The headline risk, empty for an item that needs information. */
  risk: string;
  /** For an item that needs information, the questions to answer. */
  missing?: MissingAnswer[];
  advice: string;
}

/** The total liquidated damages the failed items risk for certain, in yuan. */
export interface Exposure {
  min: number;
  /** null when some amount has no cap. */
  max: number | null;
  /** Failed items whose certain damages the text does not fix. */
  open: number;
  text: string;
}

export interface AuditSummary {
  summary: string;
  counts: Counts;
  /** Failures and reviews, gravest certain risk first, then items that need information. */
  remediation: Remediation[];
  exposure?: Exposure;
}

export interface AppliedDocument {
  code: DocumentCode;
  /** The version applied on the as-of date, e.g. "gd-2021". */
  version: string;
  name: string;
  title: string;
  role: Role;
  status: Status;
  /** The version's dates in force (YYYY-MM-DD, both inclusive); absent for a draft or a template. */
  window?: { from: string; until?: string };
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
  | { type: "measure" }
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
  /** A forbidden act of the self-audit: true (存在) fails its item, false (不存在) keeps it. */
  forbidden?: true;
}

/** A portion of a long self-audit section, at most 30 questions, to answer on one screen. */
export interface QuestionPart {
  id: string;
  title: string;
  /** The articles its questions come from, e.g. "第十五条～第二十三条"; absent for a section in one portion. */
  articles?: string;
  /** The ids of its questions, in questionnaire order. */
  questions: string[];
}

export interface QuestionGroup {
  section: Section;
  title: string;
  questions: QuestionView[];
  /** The self-audit's sections in portions; absent for other sections. */
  parts?: QuestionPart[];
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

/** Whether the catalog has rules and dates for one kind of application in a place. */
export interface ApplicationCoverage {
  kind: NonNullable<ProfileApplication["kind"]>;
  /** For a retail pharmacy (else a medical institution). */
  pharmacy: boolean;
  /** Rules beyond dates decide it (else the report says there is no rule data). */
  rules: boolean;
  /** Deadlines or waiting periods are computed. */
  deadlines: boolean;
}

export interface JurisdictionView {
  code: JurisdictionCode;
  name: string;
  documents: DocumentView[];
  applications: ApplicationCoverage[];
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
  readings?: string[];
  /** The JSON paths of the answers the rule reads. */
  asks: string[];
  in_force?: [string, string | null];
  risks?: Risk[];
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
  audit_verdicts: Label[];
  severities: Label[];
  ledger_statuses: Label[];
  /** The glossary of readings findings cite by name. */
  readings: Reading[];
}

/** A reading the tool takes where a document is unclear, under a stable name. */
export interface Reading {
  name: string;
  title: string;
  text: string;
}

export type LedgerStatus = "not_started" | "in_progress" | "done";

/** One line of the 整改台账: who fixes a finding, by when, how far, with what evidence. */
export interface LedgerEntry {
  owner?: string;
  /** YYYY-MM-DD. */
  due?: string;
  status: LedgerStatus;
  note?: string;
}

/** The 整改台账, by rule id. */
export type Ledger = Record<string, LedgerEntry>;

/** A saved self-check file (dingdian-selfcheck/1). */
export interface SavedCheck {
  format: "dingdian-selfcheck/1";
  as_of: string;
  profile: Profile;
  ledger?: Ledger;
  /** What reading passed over (a newer version's fields), in Chinese; never written. */
  notices?: string[];
  /** The result when the file was saved (absent from files saved before it was recorded). */
  result?: SavedResult;
}

/** The result of a self-check as a saved file records it, for `verify`. */
export interface SavedResult {
  catalog_version: string;
  rules_hash: string;
  may_apply: MayApply;
  label: string;
  findings: { rule_id: string; outcome: Outcome }[];
}

/** A rule whose outcome differs between a saved self-check and the check run again. */
export interface VerifiedChange {
  rule_id: string;
  /** The rule's title in the current catalog (absent for a rule it no longer has). */
  title?: string;
  /** `null`: the rule was not applied when saved. */
  saved: Outcome | null;
  /** `null`: the rule is not applied now. */
  now: Outcome | null;
  text: string;
}

/** What re-running a saved self-check with this copy of the rules gives. */
export interface Verification {
  as_of: string;
  /** Whether the file recorded its result. */
  recorded: boolean;
  saved?: SavedResult;
  now: SavedResult;
  conclusion_matches: boolean | null;
  rules_hash_matches: boolean | null;
  changes: VerifiedChange[];
  /** In Chinese: whether the file holds, and why not. */
  summary: string;
}

export interface FindingChange {
  rule_id: string;
  title: string;
  citation: Citation;
  change: Change;
  before: Outcome | null;
  after: Outcome | null;
  ledger_before?: LedgerEntry;
  ledger_after?: LedgerEntry;
}

export interface Comparison {
  before: Conclusion;
  after: Conclusion;
  changes: FindingChange[];
  /** The 整改台账 to carry on with: the later one's lines and the earlier lines of findings still open. */
  carried?: Ledger;
}
