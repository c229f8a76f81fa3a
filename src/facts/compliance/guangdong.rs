//! The self-audit questions of the 广东暂行办法 (rules map §9.2, §10.2),
//! which Guangdong, Jieyang and Zhongshan institutions answer, and of what
//! the 中山征求意见稿 adds to the same articles (第二十二条, 第四十二条（六）
//! （九）, 第四十四条第2款), asked of Zhongshan institutions for the draft
//! preview only.
//!
//! Keys are prefixed `gd_` or `zs_`: the facts are worded as these texts
//! word them. The draft's sign in 「营业场所显著位置」 reuses the Jiangsu
//! question `sign_displayed` (the same fact). The draft's 第四十四条第2款
//! （十二） 「根据医保协议约定应当中止协议的」 reuses the Guangdong question of
//! 第四十一条第2款（三） (the same fact).
//!
//! The grounds of 第四十一条第2款（一）（三）（四） and 第四十二条（八）（十三）
//! （十四） are the agency's or other authorities' findings: they are asked
//! as 「是否已被告知……」, as the Jiangsu items of 第四十四条（七）（八） are.
//! Changes of information (第三十九条) arise only on an occasion and take an
//! [`Occasion`] answer.

use super::compliance_questions;
use super::nantong::Occasion;

compliance_questions! {
    // 第十六条
    GD_AGREEMENT_REASONABLE: yes_no = "gd_reasonable_care_and_charges", Obligations,
        "是否严格执行医保协议，做到合理诊疗、合理收费", "",
        pass = true;
    GD_CATALOGUES: yes_no = "gd_catalogues_followed", Obligations,
        "是否严格执行医保药品、医用耗材和医疗服务项目等目录", "",
        pass = true;
    GD_CATALOGUE_DRUGS_FIRST: yes_no = "gd_catalogue_drugs_first", Obligations,
        "是否优先配备、使用医保目录药品", "",
        pass = true;
    GD_SELF_PAY_CONTROLLED: yes_no = "gd_self_pay_controlled", Obligations,
        "是否采取措施控制患者自费比例", "如定期统计自费费用占比、目录外项目使用须审批。广东未规定具体比例，以医保协议约定为准。",
        pass = true;
    GD_SETTLEMENT_FOR_NON_DESIGNATED: yes_no = "gd_settlement_for_non_designated", Conduct,
        "自查期间是否存在为非定点医疗机构提供医保结算的情形", "如让非定点机构的病人或费用通过本机构的医保结算。",
        pass = false;
    GD_REFUSED_COSTS_AS_ARREARS: yes_no = "gd_refused_costs_as_arrears", Conduct,
        "是否存在将经办机构不予支付的费用、被扣除的质量保证金或支付的违约金作为医保欠费处理的情形", "如在账上把这些款项记作“医保欠费”。",
        pass = false;

    // 第十七条第1款
    GD_REAL_NAME: yes_no = "gd_real_name_verified", Obligations,
        "是否执行实名就医和购药管理规定，核验参保人员有效身份凭证", "",
        pass = true;
    GD_NECESSARY_SERVICES: yes_no = "gd_necessary_services", Obligations,
        "是否按照诊疗规范提供合理、必要的医药服务", "",
        pass = true;
    GD_TRUTHFUL_BILLS: yes_no = "gd_truthful_bills", Obligations,
        "是否向参保人员如实出具费用单据和相关资料", "",
        pass = true;
    GD_SPLIT_OR_IDLE_ADMISSION: yes_no = "gd_split_or_idle_admission", Conduct,
        "自查期间是否存在分解住院、挂床住院的情形", "",
        pass = false;
    GD_OVERTREATMENT: yes_no = "gd_overtreatment", Conduct,
        "是否存在违反诊疗规范过度诊疗、过度检查、分解处方、超量开药、重复开药的情形", "",
        pass = false;
    GD_OVERCHARGING: yes_no = "gd_overcharging", Conduct,
        "是否存在重复收费、超标准收费、分解项目收费的情形", "",
        pass = false;
    GD_SUBSTITUTION: yes_no = "gd_substitution", Conduct,
        "是否存在串换药品、医用耗材、诊疗项目和服务设施的情形", "",
        pass = false;
    GD_INDUCED_FALSE_VISITS: yes_no = "gd_induced_false_visits", Conduct,
        "是否存在诱导、协助他人冒名或者虚假就医、购药的情形", "",
        pass = false;
    GD_FRAUD: yes_no = "gd_fraud", Conduct,
        "是否存在虚构医药服务、伪造医学文书或票据等欺诈骗取医保基金的行为", "上面各项已问的分解住院、过度诊疗、重复收费、串换、诱导冒名就医等不在此重复；此处问其余以欺诈手段骗取医保基金的行为。",
        pass = false;

    // 第十七条第2款
    GD_FUND_COSTS_WITHIN_SCOPE: yes_no = "gd_fund_costs_within_scope", Obligations,
        "由医保基金支付的费用是否均符合规定的支付范围", "",
        pass = true;
    GD_CONSENT_OUT_OF_SCOPE: yes_no = "gd_consent_out_of_scope", Obligations,
        "提供医保基金支付范围以外的医药服务时，是否经参保人员或其近亲属、监护人同意（急诊、抢救等特殊情形除外）", "如签署自费项目知情同意书。",
        pass = true;

    // 第十八条
    GD_ADMISSION_INDICATIONS: yes_no = "gd_admission_indications", Obligations,
        "是否制定相应的内部管理措施，严格遵循诊疗规范，掌握出入院诊断和指征", "无住院服务的机构按遵循诊疗规范的情况填写。",
        pass = true;
    GD_PAYMENT_METHODS: yes_no = "gd_payment_methods", Obligations,
        "医疗费用是否按医保协议约定的支付方式（按项目、按病种、按疾病诊断相关分组、按床日、按人头等）执行", "",
        pass = true;
    GD_REFUSED_FOR_PAYMENT_POLICY: yes_no = "gd_refused_for_payment_policy", Conduct,
        "是否存在以医保支付政策为由拒收患者、转院或减少医疗服务的情形", "如以“医保额度用完”“病组超支”为由推诿病人或要求转院。",
        pass = false;

    // 第十九条
    GD_CENTRAL_PROCUREMENT: yes_no = "gd_central_procurement", Obligations,
        "是否按规定执行集中采购政策，优先使用集中采购中选的药品和耗材", "",
        pass = true;
    GD_PROCUREMENT_PAID_ON_TIME: yes_no = "gd_procurement_paid_on_time", Obligations,
        "是否及时结算集中采购的采购货款", "",
        pass = true;
    GD_PLATFORM_PURCHASE: yes_no = "gd_platform_purchase", Obligations,
        "医保支付的药品、耗材是否均在医疗保障行政部门规定的平台上采购", "",
        pass = true;
    GD_INVENTORY_RECORDS: yes_no = "gd_inventory_records", Obligations,
        "是否真实记录医保支付药品、耗材的“进、销、存”情况", "",
        pass = true;

    // 第二十条
    GD_PRICE_POLICY: yes_no = "gd_price_policy", Obligations,
        "是否严格执行医疗保障行政部门制定的医药价格政策", "指全部医药服务，不限于基本医疗服务。",
        pass = true;
    GD_PAYMENT_STANDARD: yes_no = "gd_payment_standard", Obligations,
        "是否执行统一的医保支付标准", "",
        pass = true;

    // 第二十一条
    GD_TRAINING_ATTENDED: yes_no = "gd_training_attended", Obligations,
        "是否参加医疗保障行政部门或经办机构组织的宣传和培训", "",
        pass = true;
    GD_INTERNAL_TRAINING: yes_no = "gd_internal_training", Obligations,
        "是否在本机构组织开展医疗保障相关政策培训学习", "",
        pass = true;
    GD_REGULAR_SELF_CHECK: yes_no = "gd_regular_self_check", Obligations,
        "是否定期检查本单位医保基金使用情况，并及时纠正不规范行为", "",
        pass = true;

    // 第二十二条
    GD_SIGN_DISPLAYED: yes_no = "gd_sign_displayed", Obligations,
        "是否悬挂统一格式的定点医疗机构标识", "标识按医保部门统一的格式。",
        pass = true;
    GD_SELF_MADE_SIGN: yes_no = "gd_self_made_sign", Conduct,
        "是否存在私自制作、悬挂定点医疗机构标识的情形", "",
        pass = false;

    // 第二十三条
    GD_SETTLEMENT_LISTS_REPORTED: yes_no = "gd_settlement_lists_reported", Obligations,
        "是否按规定及时向经办机构报送医保基金结算清单等信息，并对其真实性负责", "含疾病诊断及手术操作，药品、医用耗材、医疗服务项目费用结算明细，医师、护士等信息。",
        pass = true;
    GD_PURCHASE_PRICES_REPORTED: yes_no = "gd_purchase_prices_reported", Obligations,
        "是否按要求如实向经办机构报送药品、耗材的采购价格和数量", "",
        pass = true;
    GD_SUPERVISION_INFO_REPORTED: yes_no = "gd_supervision_info_reported", Obligations,
        "是否向医疗保障部门报送医保基金使用监督管理及协议管理所需信息", "",
        pass = true;
    GD_COSTS_PUBLISHED: yes_no = "gd_costs_published", Obligations,
        "是否向社会公开医药费用、费用结构等信息", "",
        pass = true;

    // 第二十四条
    GD_COOPERATES_WITH_AUDITS: yes_no = "gd_cooperates_with_audits", Obligations,
        "是否配合经办机构的医保费用审核、稽核检查、绩效考核等工作，接受医疗保障行政部门的监督检查，并按规定提供相关材料", "",
        pass = true;

    // 第二十五条
    GD_DIRECT_SETTLEMENT: yes_no = "gd_direct_settlement", Obligations,
        "是否按规定为参保人员直接结算医保费用，并提供费用结算单据和相关资料", "",
        pass = true;
    GD_REFERRAL_SERVICE: yes_no = "gd_referral_service", Obligations,
        "是否为符合规定的参保人员提供转诊转院服务", "",
        pass = true;

    // 第二十六条
    GD_DATA_SECURITY: yes_no = "gd_data_security", Obligations,
        "是否做好与医保有关的信息系统安全保障工作，遵守数据安全有关制度，保护参保人员隐私", "",
        pass = true;
    GD_SYSTEM_CHANGE_CONNECTED: yes_no = "gd_system_change_connected", Obligations,
        "更新、重新安装或更换信息系统时，是否保持接口标准与医保信息系统有效对接，并按规定传送医保结算和审核所需数据", "自查期间未更换信息系统的，按现行系统的对接和数据传送情况填写。",
        pass = true;

    // 第三十三条第2款
    GD_WORK_INJURY_SETTLEMENT: yes_no = "gd_work_injury_settlement", Obligations,
        "工伤职工在认定工伤前的医疗费用，是否先按基本医疗保险规定为其提供医疗服务和结算服务", "",
        pass = true;

    // 第四十一条第2款（二）
    GD_DATA_NOT_PROVIDED_OR_UNTRUE: yes_no = "gd_data_not_provided_or_untrue", Conduct,
        "是否存在未按规定向经办机构及医疗保障行政部门提供有关数据，或提供的数据不真实的情形", "",
        pass = false;

    // 第四十二条
    GD_SUSPENSIONS_IN_TERM: count = "gd_suspensions_in_term", Conduct,
        "本协议有效期内被经办机构中止医保协议的次数", "不含本机构主动申请并经同意的中止；没有填 0。",
        pass = 0;
    GD_SUSPENSION_NOT_RECTIFIED: yes_no = "gd_suspension_not_rectified", Conduct,
        "中止协议期间，是否存在未按要求整改或整改不到位的情形", "",
        pass = false, shown = |p| p.compliance.count(GD_SUSPENSIONS_IN_TERM.info.id).is_none_or(|n| n >= 1);
    GD_FRAUDULENT_DESIGNATION: yes_no = "gd_fraudulent_designation", Conduct,
        "取得现有定点资格时，是否存在弄虚作假等不正当手段（如提供虚假材料）", "",
        pass = false;
    GD_SETTLEMENT_FOR_SUSPENDED: yes_no = "gd_settlement_for_suspended", Conduct,
        "是否存在为处于中止医保协议期间的医疗机构提供医保费用结算的情形", "为非定点医疗机构结算见第十六条的问题。",
        pass = false;
    GD_OBSTRUCTED_INSPECTION: yes_no = "gd_obstructed_inspection", Conduct,
        "是否存在拒绝、阻挠医疗保障部门开展智能审核、绩效考核、服务评价、监督检查的情形", "一般的配合义务见第二十四条的问题。",
        pass = false;
    GD_CHANGE_NOT_REGISTERED: yes_no = "gd_change_not_registered", Conduct,
        "是否存在重大信息已变更但未向经办机构办理变更的情形", "重大信息：名称、法定代表人、主要负责人或实际控制人、注册地址、银行账户、诊疗科目、机构规模、机构性质、等级和类别（第三十九条）。",
        pass = false;
    GD_CLOSURE_NOT_REPORTED: yes_no = "gd_closure_not_reported", Conduct,
        "是否存在停业或歇业后未按规定向经办机构报告的情形", "",
        pass = false;
    GD_LICENCE_REVOKED: yes_no = "gd_licence_revoked", Conduct,
        "医疗机构执业许可证或中医诊所备案证是否已被吊销或注销", "",
        pass = false;
    GD_LEADER_UNFIT_OR_DISHONEST: yes_no = "gd_leader_unfit_or_dishonest", Conduct,
        "法定代表人、主要负责人或实际控制人是否存在不能履行协议约定，或有违法失信行为的情形", "",
        pass = false;
    GD_INSURANCE_PENALTY_UNFULFILLED: yes_no = "gd_insurance_penalty_unfulfilled", Conduct,
        "是否存在未依法履行医疗保障部门作出的行政处罚决定的情形", "有未缴清的罚款或未执行完毕的医保行政处罚决定，选“是”。",
        pass = false;

    // 第三十九条
    GD_MAJOR_CHANGES_APPLIED: choice<Occasion> = "gd_major_changes_applied", Obligations,
        "重大信息变更的，是否均自有关部门批准之日起30个工作日内向统筹区经办机构提出变更申请", "重大信息：名称、法定代表人、主要负责人或实际控制人、注册地址、银行账户、诊疗科目、机构规模、机构性质、等级和类别。自查期间无此类变更的选“不涉及”；变更后至今仍未办理的，另见第四十二条（六）的问题。",
        pass = Occasion::Kept;
    GD_GENERAL_CHANGES_NOTIFIED: choice<Occasion> = "gd_general_changes_notified", Obligations,
        "其他一般信息变更的，是否及时书面告知经办机构", "自查期间无一般信息变更的选“不涉及”。",
        pass = Occasion::Kept;

    // 第四十一条第2款（一）（三）（四）：经办机构或有关部门的认定
    GD_MAJOR_RISK_NOTIFIED: yes_no = "gd_major_risk_notified", Conduct,
        "是否已被告知：经办机构根据日常检查或绩效考核，发现本机构存在对医保基金安全和参保人员权益可能造成重大风险的问题", "这是经办机构的认定，机构不能自行判断；按是否已收到相关告知、通报或者处理意见填写。",
        pass = false;
    GD_AGREED_SUSPENSION_NOTIFIED: yes_no = "gd_agreed_suspension_notified", Conduct,
        "是否已被经办机构告知：本机构存在根据医保协议约定应当中止协议的情形", "按是否已收到经办机构依协议约定中止协议的告知或处理意见填写。",
        pass = false;
    GD_LEGAL_SUSPENSION_NOTIFIED: yes_no = "gd_legal_suspension_notified", Conduct,
        "是否已被告知：本机构存在法律、法规、规章规定的应当中止协议的其他情形", "兜底情形，由经办机构依法认定；按是否已收到相关告知或处理意见填写。",
        pass = false;

    // 第四十二条（八）（十二）（十三）（十四）
    GD_MAJOR_VIOLATION_NOTIFIED: yes_no = "gd_major_violation_notified", Conduct,
        "是否已被告知：医疗保障部门或有关部门在行政执法中，发现本机构存在重大违法违规行为且可能造成医疗保障基金重大损失", "这是执法部门的认定，机构不能自行判断；按是否已收到相关告知、通报或者处理决定填写。",
        pass = false;
    GD_TERMINATION_AGREED: yes_no = "gd_termination_agreed", Services,
        "本机构是否已主动提出解除医保协议，且经办机构已同意", "这不是违规：回答“是”的，协议按第四十二条（十二）解除。拟解除之日请填在“程序与协议日期”中。",
        pass = false;
    GD_AGREED_TERMINATION_NOTIFIED: yes_no = "gd_agreed_termination_notified", Conduct,
        "是否已被经办机构告知：本机构存在根据医保协议约定应当解除协议的情形", "按是否已收到经办机构依协议约定解除协议的告知或处理意见填写。",
        pass = false;
    GD_LEGAL_TERMINATION_NOTIFIED: yes_no = "gd_legal_termination_notified", Conduct,
        "是否已被告知：本机构存在法律、法规、规章规定的应当解除协议的其他情形", "兜底情形，由经办机构依法认定；按是否已收到相关告知或处理意见填写。",
        pass = false;

    // 中山征求意见稿 第三十九条第1款：公立与社会办分列
    ZS_PUBLIC_CHANGE_NOTIFIED: choice<Occasion> = "zs_public_change_notified", Obligations,
        "（公立医疗机构）名称、法定代表人、主要负责人或实际控制人、注册地址、银行账户、诊疗科目、机构规模、机构性质、等级和类别等信息变更的，是否均自有关部门批准之日起30个工作日内书面告知市医疗保障经办机构", "中山征求意见稿第三十九条第1款（未生效，仅预检）。自查期间无此类变更的选“不涉及”。",
        pass = Occasion::Kept;
    ZS_PRIVATE_MAJOR_CHANGE_APPLIED: choice<Occasion> = "zs_private_major_change_applied", Obligations,
        "（社会办医疗机构）名称、法定代表人、主要负责人或实际控制人、注册地址等重大信息变更的，是否均自有关部门批准之日起30个工作日内向市医疗保障经办机构提出变更申请", "中山征求意见稿第三十九条第1款（未生效，仅预检）。自查期间无此类变更的选“不涉及”。",
        pass = Occasion::Kept;
    ZS_PRIVATE_GENERAL_CHANGE_NOTIFIED: choice<Occasion> = "zs_private_general_change_notified", Obligations,
        "（社会办医疗机构）银行账户、诊疗科目、机构规模、机构性质、等级和类别等其他一般信息变更的，是否及时书面告知", "中山征求意见稿第三十九条第1款（未生效，仅预检）。自查期间无此类变更的选“不涉及”。",
        pass = Occasion::Kept;

    // 中山征求意见稿 第二十二条 增项
    ZS_POLICY_BOARD: yes_no = "zs_policy_board", Obligations,
        "是否设置社会医疗保险政策宣传栏", "中山征求意见稿第二十二条（未生效，仅预检）。",
        pass = true;
    ZS_COMPLAINT_HOTLINE: yes_no = "zs_complaint_hotline", Obligations,
        "是否公布市社会医疗保险咨询投诉电话", "中山征求意见稿第二十二条（未生效，仅预检）。",
        pass = true;
    ZS_SERVICE_WINDOW: yes_no = "zs_service_window", Obligations,
        "是否设置医保服务窗口，向参保人宣传和解释社会医疗保险有关政策", "中山征求意见稿第二十二条（未生效，仅预检）。",
        pass = true;
    ZS_PRICES_PUBLISHED: yes_no = "zs_prices_published", Obligations,
        "是否在显著位置公布本机构药品、医用耗材、医疗服务项目等价格或提供查询途径，并在价格变化时即时更新", "中山征求意见稿第二十二条（未生效，仅预检）。",
        pass = true;

    // 中山征求意见稿 第四十二条（六）（九）增补
    ZS_FALSE_CHANGE_INFORMATION: yes_no = "zs_false_change_information", Conduct,
        "办理信息变更备案手续时，是否存在提供虚假信息、材料的情形", "中山征求意见稿第四十二条（六）（未生效，仅预检）。",
        pass = false;
    ZS_LICENCE_EXPIRED: yes_no = "zs_licence_expired", Conduct,
        "医疗机构执业许可证或中医诊所备案证是否已过期失效", "中山征求意见稿第四十二条（九）（未生效，仅预检）；被吊销、注销见广东第四十二条（九）的问题。",
        pass = false;

    // 中山征求意见稿 第四十四条第2款 广东未列的情形
    ZS_FAKE_OR_SUBSTANDARD_DRUGS: yes_no = "zs_fake_or_substandard_drugs", Conduct,
        "是否存在使用假药、劣药的情形", "中山征求意见稿第四十四条第2款（未生效，仅预检）。",
        pass = false;
    ZS_COSTS_SHIFTED_TO_PATIENTS: yes_no = "zs_costs_shifted_to_patients", Conduct,
        "是否存在将应当由医保基金统筹支付的医疗费用转嫁给参保人个人支付的情形", "中山征求意见稿第四十四条第2款（未生效，仅预检）。",
        pass = false;
    ZS_SYSTEM_LENT: yes_no = "zs_system_lent", Conduct,
        "是否存在将医保信息系统提供给其他医疗机构使用的情形", "中山征求意见稿第四十四条第2款（未生效，仅预检）。",
        pass = false;
    ZS_UPCODING_OR_RECORDS_MISMATCH: yes_no = "zs_upcoding_or_records_mismatch", Conduct,
        "是否存在诊断升级、病历内容与实际情况不相符，或将不符合住院标准的参保人收住院治疗的情形", "中山征求意见稿第四十四条第2款（未生效，仅预检）；挂床住院、分解住院见广东第十七条的问题。",
        pass = false;
    ZS_SUSPENDED_PHYSICIAN: yes_no = "zs_suspended_physician", Conduct,
        "是否存在被中止医保服务资格的执业医师提供医保服务的情形", "中山征求意见稿第四十四条第2款（未生效，仅预检）。",
        pass = false;
}
