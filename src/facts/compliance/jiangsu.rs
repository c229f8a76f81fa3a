//! The self-audit questions of the Jiangsu implementing rules (rules map
//! §9.1, §10.1). Nantong institutions answer these too (the Nantong
//! agreement's questions reuse them where the same fact is asked).
//!
//! Obligations are asked so that "是" keeps them; forbidden acts and the
//! violations of 第四十二～四十四条 as 「是否存在……」 ("是" = it happened).
//! A violation that is the same act as an item of 第十七条、第十八条 or an
//! obligation of 第二十一～二十三条 is asked once, there. Facts the
//! application self-check already asks (内部管理制度, 医保管理人员, 接口改造,
//! 医保码全流程) are read from `crate::facts::questions`, not asked again.

use super::compliance_questions;
use super::scope::{self, Service};

compliance_questions! {
    // 第十五条第2款
    SIGN_DISPLAYED: yes_no = "sign_displayed", Obligations,
        "是否在显著位置悬挂统一样式的定点医疗机构标识", "",
        pass = true;

    // 第十七条第1款
    REAL_NAME: yes_no = "js_real_name_verified", Obligations,
        "是否执行实名就医和购药管理规定，核验参保人员有效身份凭证", "",
        pass = true;
    ADMISSION_CRITERIA: yes_no = "js_admission_criteria", Obligations,
        "是否严格掌握出入院标准", "只问开展住院服务的机构。",
        pass = true;
    NECESSARY_SERVICES: yes_no = "js_necessary_services", Obligations,
        "是否按照诊疗规范只提供合理、必要的医药服务", "提供不必要的医药服务属第四十三条（二）所列违约情形。",
        pass = true;
    RECORDS_KEPT: yes_no = "js_records_kept", Obligations,
        "是否完整保存处方、病历、治疗检查记录、费用明细、药品和医用耗材出入库记录等资料", "细则未规定保存年限，按有关规定和协议约定执行。财务账目、会计凭证另问（第四十二条（二））。",
        pass = true;
    RECEIPTS_TRUE: yes_no = "js_receipts_true", Obligations,
        "是否向参保人员如实出具费用单据和相关资料", "",
        pass = true;
    RESULTS_RECOGNISED: yes_no = "js_results_recognised", Obligations,
        "是否按照国家和省有关规定对医疗检查检验结果实行互认与共享", "",
        pass = true;
    WITHIN_PAYMENT_SCOPE: yes_no = "js_within_payment_scope", Obligations,
        "纳入医保基金结算的费用是否均符合规定的支付范围", "将不属于医保基金支付范围的医药费用纳入基金结算，属第四十三条（六）所列违约情形。",
        pass = true;
    CONSENT_OUT_OF_SCOPE: yes_no = "js_consent_out_of_scope", Obligations,
        "提供医保基金支付范围以外的医药服务，是否均经参保人员或者其近亲属、监护人同意", "急诊、抢救等特殊情形除外。未提供过支付范围以外服务的选“是”。",
        pass = true;

    // 第十七条第2款
    SPLIT_ADMISSION: yes_no = "js_split_or_idle_admission", Conduct,
        "自查期间是否存在分解住院、挂床住院", "只问开展住院服务的机构。",
        pass = false;
    OVER_TREATMENT: yes_no = "js_over_treatment", Conduct,
        "自查期间是否存在违反诊疗规范过度诊疗、过度检查、分解处方、超量开药、重复开药", "",
        pass = false;
    IMPROPER_CHARGES: yes_no = "js_improper_charges", Conduct,
        "自查期间是否存在重复收费、超标准收费、分解项目收费", "",
        pass = false;
    SWAPPED_ITEMS: yes_no = "js_swapped_items", Conduct,
        "自查期间是否存在串换药品、医用耗材、诊疗项目和服务设施", "",
        pass = false;
    FALSE_VISITS: yes_no = "js_false_visits", Conduct,
        "自查期间是否存在诱导、协助他人冒名或者虚假就医、购药", "",
        pass = false;
    UPCODING: yes_no = "js_upcoding_or_cost_shifting", Conduct,
        "自查期间是否存在高套低靠病种（病组）编码或者转嫁住院费用", "只问开展住院服务的机构。",
        pass = false;
    PATIENTS_TURNED_AWAY: yes_no = "js_patients_turned_away", Conduct,
        "自查期间是否存在推诿病人，或者未达出院标准要求患者出院", "",
        pass = false;
    OTHER_FUND_LOSS: yes_no = "js_other_fund_loss", Conduct,
        "自查期间是否存在造成医保基金损失的其他违法违规或者违约行为", "指本自查表其他各问未列、但造成了医保基金损失的行为。",
        pass = false;

    // 第十八条第1款
    RATIONAL_CARE: yes_no = "js_rational_care", Obligations,
        "是否做到合理检查、合理用药、合理治疗、规范收费", "",
        pass = true;
    CATALOGUES_FOLLOWED: yes_no = "js_catalogues_followed", Obligations,
        "是否严格执行医保药品、医用耗材、诊疗项目和服务设施等目录", "",
        pass = true;
    LISTED_ITEMS_FIRST: yes_no = "js_listed_items_first", Obligations,
        "是否按照规定优先配备、优先使用国家医保谈判药品等列入基本医疗保险目录的药品、医用耗材、诊疗项目和服务设施", "",
        pass = true;
    SELF_PAY_CONTROLLED: yes_no = "js_self_pay_controlled", Obligations,
        "是否采取措施控制患者自费比例，降低群众医药费用负担", "",
        pass = true;

    // 第十八条第2款
    SETTLEMENT_FOR_OTHERS: yes_no = "js_settlement_for_others", Conduct,
        "自查期间是否存在为其他定点医药机构、非定点医药机构或者处于中止医保协议期间的医药机构提供医保结算", "属第四十四条（四）所列情形，经办机构应当解除医保协议。",
        pass = false;
    SELF_PAY_DEMANDED: yes_no = "js_self_pay_demanded", Conduct,
        "自查期间是否存在将应当由医保基金支付的费用要求患者自费", "",
        pass = false;
    REFUSED_FEES_AS_ARREARS: yes_no = "js_refused_fees_as_arrears", Conduct,
        "是否存在将经办机构不予支付的费用、被扣除的质量保证金或者支付的违约金等作为医保欠费处理", "",
        pass = false;

    // 第十九条
    DIRECT_SETTLEMENT: yes_no = "js_direct_settlement", Obligations,
        "是否按照规定为参保人员进行医保费用直接结算，并提供费用结算单据和相关资料", "",
        pass = true;
    REFERRAL_FILING: yes_no = "js_referral_filing", Obligations,
        "是否为符合规定的参保人员提供转诊转院备案服务", "",
        pass = true;

    // 第二十条
    CROSS_REGION_SETTLEMENT: yes_no = "js_cross_region_settlement", Obligations,
        "是否按照规定为异地就医患者提供异地就医直接结算服务", "只问已开通异地就医联网（直接）结算的机构。",
        pass = true, shown = |p| scope::provides(p, Service::CrossRegion);
    CROSS_REGION_INSPECTION: yes_no = "js_cross_region_inspection", Obligations,
        "是否积极配合就医地和参保地医保部门对异地就医费用的监督检查", "只问已开通异地就医联网（直接）结算的机构。",
        pass = true;

    // 第二十一条
    PAYMENT_REFORM: yes_no = "js_payment_reform", Obligations,
        "是否执行医疗保障改革相关政策要求，协同推进多元复合式医保支付方式改革", "",
        pass = true;
    PROCUREMENT: yes_no = "js_procurement_policies", Obligations,
        "是否按照有关规定执行药品（医用耗材）阳光采购和带量采购政策", "",
        pass = true;
    PRICE_POLICY: yes_no = "js_price_policy", Obligations,
        "是否严格执行医疗保障行政部门制定的医药价格政策", "含全部医药服务，不限于申请定点时所问的基本医疗服务。",
        pass = true;
    COOPERATES: yes_no = "js_cooperates_with_reviews", Obligations,
        "是否配合医疗保障部门开展医保费用核查、绩效考核、政策宣传等工作", "拒绝、阻挠或者严重不配合的情形另问（第四十四条（五））。",
        pass = true;
    COSTS_PUBLISHED: yes_no = "js_costs_published", Obligations,
        "是否向社会公开医药费用、费用结构等信息", "",
        pass = true;

    // 第二十二条（内部管理制度、专门人员见申请定点时的问题）
    FUND_TRAINING: yes_no = "js_fund_training", Obligations,
        "是否按要求组织开展医保基金相关政策法规培训", "",
        pass = true;
    SELF_INSPECTION: yes_no = "js_self_inspection", Obligations,
        "是否及时开展自查自纠，定期检查本单位医保基金使用情况", "",
        pass = true;

    // 第二十三条（接口改造、医保码全流程见申请定点时的问题）
    FULL_DATA: yes_no = "js_full_data_transmitted", Obligations,
        "是否通过医保信息系统及时传送医保基金结算清单、电子病历、智能监管、电子处方等全量数据，并保证真实", "",
        pass = true;
    DATA_SECURITY: yes_no = "js_data_security", Obligations,
        "是否严格遵守数据安全有关制度，保护参保人员隐私", "",
        pass = true;
    CODES_MAINTAINED: yes_no = "js_codes_maintained", Obligations,
        "是否按照要求录入、维护、更新医保信息业务编码，并在院内信息系统各环节应用", "",
        pass = true;

    // 第三十五条
    CHANGE_NOT_APPLIED: yes_no = "js_change_not_applied", Conduct,
        "是否存在已获有关部门批准、但未在批准之日起30个工作日内向经办机构申请变更的重大信息变更", "重大信息：名称、法定代表人、主要负责人或者实际控制人、注册地址、银行账户、诊疗科目、机构规模、机构性质等级、类别，重新核发执业许可证或者诊所备案凭证。",
        pass = false;
    LICENCE_REISSUED: yes_no = "js_licence_reissued_for_violation", Conduct,
        "是否因违法违规违约被重新核发医疗机构执业许可证或者诊所备案凭证", "",
        pass = false;

    // 第四十二条（其余各项见第十七、十八、二十一～二十三条的问题）
    ACCOUNTS_NOT_KEPT: yes_no = "js_accounts_not_kept", Conduct,
        "是否存在未按照规定保管财务账目、会计凭证的情形", "处方、病历等资料的保存另问（第十七条）。",
        pass = false;
    INFO_NOT_REPORTED: yes_no = "js_info_not_reported", Conduct,
        "是否存在未按照规定向医疗保障行政部门报告医保基金使用监督管理所需信息的情形", "",
        pass = false;

    // 第四十三条（其余各项见第十七条的问题）
    DRUGS_FOR_GOODS: yes_no = "js_drugs_for_goods", Conduct,
        "自查期间是否存在以药换物", "",
        pass = false;
    RESALE_FACILITATED: yes_no = "js_resale_facilitated", Conduct,
        "自查期间是否存在为参保人员利用医保待遇转卖药品、接受返还现金或者实物、获得其他非法利益提供便利", "",
        pass = false;

    // 第四十四条（（一）冒名虚假就医见第十七条，（四）见第十八条）
    FALSE_DOCUMENTS: yes_no = "js_false_documents", Conduct,
        "自查期间是否存在提供虚假证明材料，或者串通他人虚开费用单据", "",
        pass = false;
    RECORDS_FORGED: yes_no = "js_records_forged", Conduct,
        "是否存在伪造、变造、隐匿、涂改、销毁医学文书、医学证明、会计凭证、电子信息等有关资料", "",
        pass = false;
    FICTITIOUS_SERVICES: yes_no = "js_fictitious_services", Conduct,
        "自查期间是否存在虚构医药服务项目", "",
        pass = false;
    OBSTRUCTION: yes_no = "js_obstructed_supervision", Conduct,
        "是否存在拒绝、阻挠或者严重不配合医疗保障部门开展智能审核、绩效考核、监督检查等", "",
        pass = false;
    LICENCE_REVOKED: yes_no = "js_licence_revoked", Conduct,
        "是否因违反行业主管部门规定，机构被注销并收回医疗机构执业许可证或者诊所备案凭证", "",
        pass = false;
    MAJOR_RISK_NOTIFIED: yes_no = "js_major_risk_notified", Conduct,
        "是否已被告知：经办机构根据日常检查和绩效考核，发现本机构存在可能对医保基金安全和参保人员权益造成重大风险的问题", "这是经办机构的认定，机构不能自行判断；按是否已收到相关告知、通报或者处理意见填写。",
        pass = false;
    MAJOR_VIOLATION_NOTIFIED: yes_no = "js_major_violation_notified", Conduct,
        "是否已被告知：医疗保障行政部门或者其他有关部门在行政执法中，发现本机构存在重大违法违规行为且可能造成医保基金损失", "这是执法部门的认定，机构不能自行判断；按是否已收到相关告知、通报或者处理决定填写。",
        pass = false;
    MEDIA_EXPOSURE: yes_no = "js_media_exposure", Conduct,
        "是否因违法违规行为被媒体曝光，造成重大舆情", "是否属“重大舆情”由有关部门认定；有曝光且已引起医保或卫生健康部门过问的，选“是”。",
        pass = false;
    OTHER_FRAUD: yes_no = "js_other_fund_fraud", Conduct,
        "是否存在其他骗取医保基金支出的行为", "指本自查表其他各问未列的骗保行为。",
        pass = false;
}
