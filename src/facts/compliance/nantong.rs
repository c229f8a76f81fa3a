//! The self-audit questions of the 南通服务协议范本 (rules map §9.4): the
//! agreement's obligations, asked so that "是" keeps them; its forbidden
//! acts, asked 「是否存在……」; its thresholds, asked as measures (numerator
//! over denominator, or a percentage) and counts (years kept, devices,
//! inspections).
//!
//! Nantong institutions answer the Jiangsu questions too: where an item of
//! the agreement asks a fact a Jiangsu question already asks (实名就医,
//! 出入院标准, 合理检查用药, 直接结算, 数据安全 …), the rule reads that
//! question (`super::jiangsu`); where it asks the fact of a listed violation
//! (未提供资料, 留存社保卡, 病历记录不全, 代配药登记, 生育待遇审核, 知情同意,
//! 处方与用药, 购销存不符, 减免自付, 阻挠检查, 伪造病历), the rule reads the
//! 第六十二、六十五条 question (`super::nantong_violations`); facts the application self-check asks
//! (医保管理人员, 主要负责人负责医保, 床位数, 财务制度, 国家医保编码) are read
//! from `crate::facts::questions`. Only the rest is asked here.
//!
//! Duties that arise only on an occasion (a change, a dispute, a
//! suspension) or with an optional service take an [`Occasion`] answer, so
//! that an institution without the occasion is not made to answer "是".

use crate::facts::choices::choice;
use crate::facts::InstitutionKind;

use super::compliance_questions;
use super::scope::{self, Service};

choice! {
    /// The answer to a duty that arises only on an occasion: kept, not
    /// kept, or the occasion did not arise in the period audited.
    Occasion {
        Kept = "yes": "是",
        NotKept = "no": "否",
        NotArisen = "not_arisen": "不涉及（自查期间未发生此类情形）",
    }
}

choice! {
    /// Where the agreement stands at the end of its term (第七十二条第1款4,
    /// 第七十八条): not yet expired, renewed, or not renewed, and on whose side.
    RenewalState {
        NotExpired = "not_expired": "协议尚未期满",
        Renewed = "renewed": "期满后已续签新协议",
        AgencyCause = "agency_cause": "期满未续签，原因在医保经办机构（含其作出缓签决定）",
        OwnCause = "own_cause": "期满未续签，非医保经办机构原因",
    }
}

/// 第三十一条第2款: 定点社区卫生服务站、门诊部、诊所.
fn station_or_clinic(p: &crate::facts::Profile) -> bool {
    p.institution.kind.is_none_or(|k| {
        matches!(
            k,
            InstitutionKind::CommunityHealthStation
                | InstitutionKind::OutpatientDepartment
                | InstitutionKind::Clinic
        )
    })
}

compliance_questions! {
    // 第一条
    POLICIES_FOLLOWED: yes_no = "nt_policies_followed", Obligations,
        "是否认真贯彻国家、省和本统筹地区基本医疗保险、生育保险、医疗救助、卫生健康、市场监管、药品监督、招标采购、医药价格收费等相关规定", "",
        pass = true;

    // 第三条第2款
    WITHIN_SERVICE_SCOPE: yes_no = "nt_within_service_scope", Obligations,
        "是否按医疗执业许可、资质和医保规定的服务范围、基金使用范围提供医保服务", "服务范围含按医疗保险诚信服务信用等级确定的范围。",
        pass = true;

    // 第六条
    MANAGEMENT_DEPARTMENT: yes_no = "nt_management_department", Obligations,
        "是否已建立或明确医保管理服务部门，并明确机构领导分管医保工作", "专（兼）职医保管理人员人数见申请定点时的问题。",
        pass = true;
    MANAGEMENT_SYSTEMS: yes_no = "nt_management_systems", Obligations,
        "是否建立健全医疗（生育）保险考核、定期总结分析、费用控制、信息反馈等管理制度", "",
        pass = true;
    LEADING_GROUP: yes_no = "nt_leading_group", Obligations,
        "是否成立由主要负责同志任组长、分管同志任副组长的医疗保险工作领导小组，办公室设在医疗保险办公室", "只问有住院服务的机构（第六条（一））。",
        pass = true;
    OFFICE_FIRST_LEVEL: yes_no = "nt_insurance_office_first_level", Obligations,
        "医疗保险办公室是否为一级科室，并配足专职工作人员", "床位100张以上（含100张）的有住院服务的机构须为一级科室（第六条（一））。",
        pass = true, shown = |p| scope::inpatient(p) && p.institution.beds.is_none_or(|b| b >= 100);

    // 第七条
    COST_GROWTH_CONTROLLED: yes_no = "nt_cost_growth_controlled", Obligations,
        "是否采取积极有效措施控制医疗费用不合理增长，减轻参保人员个人负担", "",
        pass = true;

    // 第八条（二）
    PHYSICIAN_MANAGEMENT: yes_no = "nt_physician_management", Obligations,
        "是否建立健全医师从事医保服务的各项管理制度，并对本单位医师的医保服务行为动态管理", "",
        pass = true;
    PHYSICIAN_CHANGES_FILED: yes_no = "nt_physician_changes_filed", Obligations,
        "医师新增、减少等变更时，是否及时办理医保医师变更备案、向医保经办机构提供变更信息，并维护与医保医师库的对应", "",
        pass = true;

    // 第九条
    PUBLICITY: yes_no = "nt_publicity", Obligations,
        "是否设置医疗（生育）保险政策宣传栏，实行医保服务标准化管理，并公布监督举报电话", "",
        pass = true;

    // 第十条（二）（三）
    TRAINING: yes_no = "nt_training", Obligations,
        "是否制定具体的医保政策培训计划并落实，医师和其他从业人员参加医疗（生育）保险政策培训并考核合格", "",
        pass = true;
    PRICE_REFORM_FOLLOWED: yes_no = "nt_price_reform_followed", Obligations,
        "是否认真按照公立医院医药价格改革政策规定执行", "只问实行公立医院医药价格改革的机构。",
        pass = true;

    // 第十条（四）
    SANCTIONS_REPORTED: choice<Occasion> = "nt_sanctions_reported", Obligations,
        "受到行政主管部门处理时，是否及时告知医保经办机构", "",
        pass = Occasion::Kept;
    CHANGES_REPORTED: choice<Occasion> = "nt_changes_reported", Obligations,
        "名称、执业地址、法定代表人、机构类别、诊疗项目、床位数、住院科室、主要设备设施、银行结算账户、医保管理部门负责人等变化时，是否及时提供材料并按规定申请变更或重新签约", "",
        pass = Occasion::Kept;

    // 第十二条
    CHANGE_FILED: choice<Occasion> = "nt_change_filed_in_7_working_days", Obligations,
        "变更机构名称、法定代表人、执业地址等的，是否均在行政管理部门核准变更之日起7个工作日内办理变更备案", "因违规被调查、暂停处理期间不得申请变更。截止日可在“时限与等待期”中按核准日计算。",
        pass = Occasion::Kept;
    MOVE_ACCEPTED: choice<Occasion> = "nt_move_accepted", Obligations,
        "变更经营地址的，是否自提出变更之日起暂停医保服务，迁址后经医保经办机构验收合格才开通", "",
        pass = Occasion::Kept;

    // 第十四条
    INPATIENT_BURDEN: yes_no = "nt_inpatient_burden_controlled", Obligations,
        "是否有效控制参保人员的住院个人负担率", "",
        pass = true;
    CAESAREAN_REDUCED: yes_no = "nt_caesarean_rate_reduced", Obligations,
        "是否按生育保险有关规定稳步降低剖宫产率", "",
        pass = true;

    // 第十五条
    FRAUD_REPORTED: choice<Occasion> = "nt_fraud_suspicion_reported", Obligations,
        "发现就医人员证件无效、人证不符或有骗保嫌疑的，是否不予医保结算并及时报告医保经办机构", "",
        pass = Occasion::Kept;
    APP_PHOTO: choice<Occasion> = "nt_app_photo_checked", Obligations,
        "已对接南通医保App挂号就诊的，是否在医生工作站推送挂号人照片，医生进行人、照核对", "未对接南通医保App挂号就诊的选“不涉及”。",
        pass = Occasion::Kept;
    MOBILE_RISK: yes_no = "nt_mobile_payment_risk_controlled", Obligations,
        "开展移动支付或互联网诊疗的医保挂号、结算时，是否评估和防范基金支付风险，确保人证相符诊治", "",
        pass = true;
    HOME_VISITS: yes_no = "nt_proxy_home_visits", Obligations,
        "对年龄大、行动不便委托他人代配药的参保人员，是否按规定上门巡诊并做好记录", "只问一级及一级以下（基层）医疗机构。",
        pass = true, shown = scope::primary;

    // 第十六条第1款
    INJURY_RECORDED: yes_no = "nt_injury_recorded", Obligations,
        "外伤病人（含自费病人）是否详细记录受伤原因、地点、时间、过程，自费转医保时认真审核备案", "",
        pass = true;
    ID_COPY_FILED: yes_no = "nt_id_copy_in_inpatient_records", Obligations,
        "住院病历中是否附有并保存参保病人的身份证复印件", "",
        pass = true, shown = scope::inpatient;
    EMERGENCY_RECORD_YEARS: count = "nt_emergency_records_years", Indicators,
        "120院前急救病历的保存年限（年）", "按本机构实际最短保存年限填写。",
        pass = 2;

    // 第十六条第2款
    ACCIDENT_SYSTEM: yes_no = "nt_accident_cost_system", Obligations,
        "是否建立医疗损害、医疗事故和交通事故、意外伤害等医疗费用的医保管理制度，做好信息记录、医疗行为监控和费用审核", "",
        pass = true;
    ACCIDENT_REPORTS: choice<Occasion> = "nt_accident_reports_on_time", Obligations,
        "医疗事故涉及医保结算的是否在鉴定结束后15日内报送资料，交通事故、意外伤害名单是否每月20日前汇总报备", "两项均按时的选“是”。截止日见“时限与等待期”。",
        pass = Occasion::Kept;

    // 第十六条第3款
    REGISTRATION: yes_no = "nt_treatment_registration", Obligations,
        "是否做好诊疗登记工作", "",
        pass = true;
    PRIMARY_REGISTRATION: yes_no = "nt_outpatient_registration_system", Obligations,
        "是否建立并落实门诊就诊登记制度，对口腔、康复、推拿、理疗等治疗项目登记治疗记录（患者姓名、项目名称、治疗时间、治疗医师或技师）", "只问一级及一级以下（基层）医疗机构。",
        pass = true, shown = scope::primary;
    TREATMENT_RECORD_YEARS: count = "nt_treatment_records_years", Indicators,
        "口腔、康复、推拿、理疗等治疗记录的保存年限（年）", "按实际最短保存年限填写。",
        pass = 2, shown = scope::primary;

    // 第十六条第4款
    PRESCRIPTIONS_SIGNED: yes_no = "nt_prescriptions_signed", Obligations,
        "处方是否均有处方医师签字并加盖带本机构医师代码的处方章（电子处方按规定执行），经药师审核签字后发药", "",
        pass = true;
    PRESCRIPTION_PASS_RATE: measure = "nt_prescription_pass_rate", Indicators,
        "处方合格率（含外配处方）", "分子：合格处方数；分母：统计或抽查的处方总数（均含外配处方）。",
        pass = super::Measure::Percent(super::Decimal::whole(97));
    OUTPATIENT_PRESCRIPTION_YEARS: count = "nt_outpatient_prescription_years", Indicators,
        "门诊处方（单独装订）的保存年限（年）", "按实际最短保存年限填写。一般保存2年，且不得少于《处方管理办法》规定的年限。",
        pass = 3;
    NARCOTIC_PRESCRIPTION_YEARS: count = "nt_narcotic_prescription_years", Indicators,
        "麻醉药品和第一类精神药品处方的保存年限（年）", "《处方管理办法》规定此类处方保存3年。不开具此类处方的，按本机构规定的年限填写。",
        pass = 3;
    INPATIENT_RECORD_YEARS: count = "nt_inpatient_record_years", Indicators,
        "住院病历的保存年限（年）", "",
        pass = 30;
    MATERNITY_RECORD_YEARS: count = "nt_maternity_record_years", Indicators,
        "生育保险登记审核资料的保存年限（年）", "",
        pass = 10;

    // 第十七条
    COPAY_CONSENT: yes_no = "nt_copay_items_consent", Obligations,
        "提供乙类药品、乙类医疗服务项目、特殊医用材料等需个人自付费用的项目，是否在使用前告知并经参保人员（家属）同意", "支付范围以外自费项目的告知同意见江苏细则第十七条的问题。",
        pass = true;
    OUT_OF_POLICY_RATE: measure = "nt_out_of_policy_self_pay_rate", Indicators,
        "参保人员住院政策范围外自费医疗费用占住院总费用的比例", "分子：自查期间参保人员住院期间政策范围之外的自费医疗费用合计；分母：同期参保人员住院总费用合计。",
        pass = super::Measure::Percent(super::Decimal::whole(6));
    LOW_INCOME_OUT_OF_POLICY_RATE: measure = "nt_low_income_out_of_policy_rate", Indicators,
        "建档立卡低收入人口住院政策范围外自费医疗费用占住院总费用的比例", "分子：建档立卡低收入人口住院期间政策范围之外的自费医疗费用合计；分母：同期其住院总费用合计。",
        pass = super::Measure::Percent(super::Decimal::whole(5));
    LOW_INCOME_SELF_PAID_RATE: measure = "nt_low_income_self_paid_rate", Indicators,
        "建档立卡低收入人口经各项结报后个人自付费用占政策范围内住院总费用的比例", "分子：经基本医保、大病保险、其他补充保险、医疗救助等结报后的个人自付费用；分母：政策范围内住院总费用。超过要求的部分由本机构结算后补偿患者。",
        pass = super::Measure::Percent(super::Decimal::whole(8));

    // 第十八条
    EXTRA_BED_RATE: measure = "nt_extra_bed_rate", Indicators,
        "住院病区加床率（抽查口径）", "分子：抽查时病区加床数；分母：抽查时病区核定床位数。协议未定义分母，按医保经办机构抽查口径填写。",
        pass = super::Measure::Percent(super::Decimal::whole(5));
    ABSENT_PATIENT_RATE: measure = "nt_absent_patient_rate", Indicators,
        "病区住院病人不在床率（抽查口径）", "分子：抽查时不在床的住院病人数；分母：抽查时病区在院住院病人数。按医保经办机构抽查口径填写。",
        pass = super::Measure::Percent(super::Decimal::whole(3));
    TWO_WAY_REFERRAL: yes_no = "nt_two_way_referral", Obligations,
        "是否执行双向转诊，将非急性期长期护理依赖、长期卧床需医疗护理康复的慢性伤病患者和疾病晚期姑息治疗等患者转至定点护理院或照护病区", "",
        pass = true;
    QUOTA_TO_PATIENTS: yes_no = "nt_quota_split_or_early_discharge", Conduct,
        "是否存在将费用管理或总量指标分解到参保患者个人，或以费用等为由要求未达出院标准的参保人员提前出院或自费住院", "",
        pass = false;
    SPLIT_SELF_PAY: yes_no = "nt_split_admission_self_pay", Conduct,
        "是否存在因分解住院，将符合规定的医疗费用不用社会保障卡结算而向参保人员收取自费费用", "",
        pass = false;
    ADMISSIONS_WITHIN_15_DAYS: count = "nt_admissions_within_15_days", Indicators,
        "15天以内二次住院率：15天以内住院总人次（A）", "职工、居民医保参保人员，按医保经办机构统计口径。推定公式（A－B）÷C，A、B、C须取自同一统计人群和期间。",
        pass = 120;
    READMISSION_PATIENTS: count = "nt_readmission_patients", Indicators,
        "15天以内二次住院率：住院总人数（B，同一人多次住院计1人）", "与A取同一统计人群和期间。",
        pass = 100;
    ADMISSIONS_TOTAL: count = "nt_admissions_total", Indicators,
        "15天以内二次住院率：住院总人次（C）", "同一统计期间的住院总人次。",
        pass = 1000;
    READMISSION_LAST_YEAR: measure = "nt_readmission_rate_last_year", Indicators,
        "上年15天以内二次住院率平均水平", "按医保经办机构公布或本机构上年同口径计算的比率；可填百分比，也可填分子、分母。",
        pass = super::Measure::Percent(super::Decimal::whole(3));
    REFUSED_DISCHARGE: choice<Occasion> = "nt_refused_discharge_handled", Obligations,
        "参保人拒绝出院的，是否自通知其出院之日起停止医保结算，并向医保中心出具书面材料备查", "",
        pass = Occasion::Kept;

    // 第十九条
    BEDRIDDEN_LIST: yes_no = "nt_bedridden_list_on_time", Obligations,
        "是否每季初10日前如实报送上季度住院参保患者中卧床病人名单", "截止日见“时限与等待期”。",
        pass = true;
    BEDRIDDEN_RATE: measure = "nt_bedridden_rate", Indicators,
        "收治住院参保患者的卧床率", "分子：卧床的住院参保患者数；分母：住院参保患者总数（同一统计期间，协议未定义期间，建议按季度）。",
        pass = super::Measure::Percent(super::Decimal::whole(70));
    HOSPICE_RATE: measure = "nt_hospice_rate", Indicators,
        "收治住院参保患者的临终关怀率", "分子：接受临终关怀服务的住院参保患者数；分母：住院参保患者总数（同一统计期间）。",
        pass = super::Measure::Percent(super::Decimal::whole(12));

    // 第二十条
    REFERRAL_SYSTEM: yes_no = "nt_referral_system", Obligations,
        "是否建立健全转诊转院制度，及时为符合条件的参保人员办理转诊转院手续且手续齐全", "",
        pass = true;
    OUT_OF_CITY_REFERRAL: yes_no = "nt_out_of_city_referral_reviewed", Obligations,
        "是否认真做好参保患者转市外就医申请的审核把关和备案工作", "",
        pass = true, shown = |p| scope::provides(p, Service::ReferralOutOfCity);

    // 第二十一条
    SPECIAL_OUTPATIENT: yes_no = "nt_special_outpatient_managed", Obligations,
        "是否按政策和准入标准做好门诊特殊病、慢性病、“两病”的诊断、准入和待遇审核，未将不符合规定的病种、费用纳入门诊支付范围", "",
        pass = true, shown = |p| scope::provides(p, Service::SpecialOutpatient);
    SPECIAL_DRUGS: yes_no = "nt_special_drugs_managed", Obligations,
        "是否建立特药管理制度，按限定适应症使用特药并提供全程服务，口服剂型药品数量以盒为单位上传", "",
        pass = true, shown = |p| scope::provides(p, Service::SpecialDrugs);
    SPECIAL_DRUGS_OUTSIDE: yes_no = "nt_special_drugs_bought_outside", Conduct,
        "是否存在以费用总控、药占比等为由影响特药供应，或要求参保患者院外购买特药注射剂、要求住院患者持处方到院外购药", "",
        pass = false, shown = |p| scope::provides(p, Service::SpecialDrugs);
    EXTENSION_WINDOW: yes_no = "nt_extension_window", Obligations,
        "是否建立医保延伸业务管理制度，配备专人、设置专窗", "",
        pass = true, shown = |p| scope::provides(p, Service::Extension);

    // 第二十二条
    CARD_REMINDED: yes_no = "nt_card_use_reminded", Obligations,
        "就医时是否询问确认参保身份，参保人员未及时刷卡记账的，是否提醒并负责协调刷卡记账", "",
        pass = true;
    INPATIENT_FEES_MERGED: yes_no = "nt_inpatient_fees_merged", Obligations,
        "自费转医保住院结算是否认真审核（入出院日期准确录入、上传并与病历一致），急诊留观和住院期间外购药品、外出检查的费用是否一并记入住院费用", "",
        pass = true, shown = scope::inpatient;
    EXTERNAL_PURCHASE_APPROVED: yes_no = "nt_external_purchase_approved", Obligations,
        "住院患者确需外购药品或外出检查的，是否经患者或家属签字确认、经治医生申报、科室主任同意并报医保管理部门审核", "",
        pass = true, shown = scope::inpatient;

    // 第二十三条
    CENTRE_EXTENSION: yes_no = "nt_centre_extension_service", Obligations,
        "是否设立医疗保险经办业务专用窗口，配备专人和专用计算机设备，办理指定的延伸经办服务并做好信息保密", "",
        pass = true;
    CENTRE_MANAGES_STATIONS: yes_no = "nt_centre_manages_stations", Obligations,
        "是否对辖区内定点社区卫生服务站一体化管理，定期检查其医保服务并做好检查记录，发现违规及时制止、督促纠正并向医保经办机构反馈", "",
        pass = true;
    STATION_ACCEPTS_CENTRE: yes_no = "nt_station_accepts_centre", Obligations,
        "是否主动接受并配合所属社区卫生服务中心的指导与管理，对中心日常检查管理中发现的问题认真整改", "",
        pass = true;

    // 第二十四条
    FAMILY_DOCTOR: yes_no = "nt_family_doctor_contracts", Obligations,
        "是否与参保人员签约（《服务合约》）并在医保信息系统确认后才提供普通门诊统筹服务，签约、解约资料长期保存备核", "",
        pass = true;
    SUSPENSION_CANCELLATIONS: choice<Occasion> = "nt_suspension_cancellations_handled", Obligations,
        "被暂停医保服务或解除服务协议期间，参保人员要求解约的，是否及时指导并办理解约手续和系统解约确认", "",
        pass = Occasion::Kept;

    // 第二十五条
    COMMUNITY_PRICE: yes_no = "nt_community_price_within_standard", Obligations,
        "医保支付标准是否不高于医保部门规定的非营利性一级医院价格标准", "",
        pass = true;
    GENERAL_FEE: choice<Occasion> = "nt_general_fee_by_course", Obligations,
        "实施一般诊疗费收费的，是否按疗程收取一般诊疗费，未分解收费或多收取", "未实施一般诊疗费收费的选“不涉及”。",
        pass = Occasion::Kept;

    // 第二十六条
    REFUSED_FEES_ACCOUNTED: yes_no = "nt_refused_fees_accounted", Obligations,
        "被医保经办机构拒付的医疗费用是否及时作相应财务处理，并按部署配合做好电子票据工作", "",
        pass = true;

    // 第二十七条
    IMPROPER_PROMOTION: yes_no = "nt_improper_promotion", Conduct,
        "是否存在以定点医疗机构名义违规广告宣传或违反医保政策的宣传，或以现金、礼券、生活用品等进行医疗消费促销", "",
        pass = false;

    // 第二十八条
    CHECKUP_REPORTS: yes_no = "nt_checkup_reports", Obligations,
        "体检后是否及时出具报告，将参保人员体检结论录入或上传医保（或指定）信息系统，并按规定时间书面报参检人员和医保经办机构", "",
        pass = true;

    // 第三十条
    CATALOGUE_DRUGS_REFUSED: yes_no = "nt_catalogue_drugs_refused", Conduct,
        "是否存在以总控指标、药占比、次均费用等为由拒不采购、不使用《药品目录》内药品，或要求住院患者到门诊或院外购买目录内药品", "",
        pass = false;
    NEGOTIATED_DRUGS: yes_no = "nt_negotiated_drugs_procured", Obligations,
        "对本机构诊疗范围内临床所需的国家谈判药品，是否做到应采尽采", "",
        pass = true;

    // 第三十一条
    INVENTORY_LEDGER: yes_no = "nt_inventory_ledger", Obligations,
        "药品和医用材料是否保存真实完整的购进和使用记录，并实行电算化进销存台账（含通用名称、期初期末库存、购货量、医保和非医保销售量、批号、有效期、供货单位等）", "购销存是否相符见第六十五条的问题。",
        pass = true;
    INVENTORY_REPORT: yes_no = "nt_inventory_report_on_time", Obligations,
        "是否每月10日前将药品购销存通过电子邮件报医保经办机构备案", "只问定点社区卫生服务站、门诊部、诊所。截止日见“时限与等待期”。",
        pass = true, shown = station_or_clinic;

    // 第三十二条
    RESTRICTED_PAYMENT_EVIDENCE: yes_no = "nt_restricted_payment_evidence", Obligations,
        "是否严格掌握目录内药品的限定支付范围，并留存用药依据便于核查", "",
        pass = true;

    // 第三十三条
    PREFERRED_DRUGS: yes_no = "nt_preferred_drugs_encouraged", Obligations,
        "是否采取措施鼓励医保医师优先选用《药品目录》内甲类药品、国家基本药物、通过一致性评价的品种和集中招标采购中选药品，并按先口服后注射、先常释后缓（控）释、同类同剂型价格低廉者优先等原则选择药品", "协议未约定本条的违约责任。",
        pass = true;

    // 第三十五条
    DISCHARGE_DRUGS: yes_no = "nt_discharge_drugs", Obligations,
        "出院带药是否限于与所患疾病治疗有关的药品（一般限口服药），并按处方管理办法执行", "",
        pass = true;

    // 第三十六条
    ZERO_MARKUP: yes_no = "nt_zero_markup", Obligations,
        "药品是否按实际进价零差率销售", "",
        pass = true;

    // 第三十七条
    SERVICE_PRICE_CEILING: yes_no = "nt_service_price_within_guidance", Obligations,
        "医疗服务项目的医保支付标准是否不高于同类非营利性医疗机构政府指导价", "只问未实施医药价格改革的机构；已按通价费〔2018〕198号调整医疗服务价格的基层医疗卫生机构按该文件执行，选“是”。",
        pass = true, shown = |p| p.compliance.yes_no(scope::PRICE_REFORM.info.id) != Some(true);
    DRUGS_FROM_PLATFORM: yes_no = "nt_drugs_from_provincial_platform", Obligations,
        "使用的药品是否全部从省平台阳光采购、公开交易", "疫情防控、急抢救等紧急情况除外。",
        pass = true, shown = scope::public;
    IRREGULAR_CHARGES: yes_no = "nt_irregular_charges", Conduct,
        "是否存在擅自提高收费标准、套用项目、自立项目，超诊疗范围收费，或对未经卫生、医保部门批准的项目收费", "重复、超标准、分解项目收费见江苏细则第十七条的问题。",
        pass = false;
    PRICE_DATABASE: yes_no = "nt_price_database_maintained", Obligations,
        "是否按要求及时维护医疗服务项目价格数据库", "",
        pass = true;

    // 第三十八条
    CONSUMABLES: yes_no = "nt_consumables_policy", Obligations,
        "是否严格执行取消医用耗材加成政策，医用耗材均在省阳光采购目录范围内采购", "",
        pass = true;

    // 第三十九条
    SPECIAL_ITEMS_CONTROL: yes_no = "nt_special_items_control", Obligations,
        "是否建立特殊药品、医用材料（含植入类医疗器械）和诊疗项目管控制度，严格掌握适用范围并保存使用记录", "",
        pass = true;

    // 第四十条
    ROUTINE_LARGE_EQUIPMENT: yes_no = "nt_routine_large_equipment", Conduct,
        "是否存在将CT、MRI等大型医疗设备检查列为常规检查，擅自组合收费项目，或将临床“套餐式”检验作为常规检验", "",
        pass = false;

    // 第四十一条
    BED_UPGRADE_CONSENT: yes_no = "nt_bed_upgrade_consent", Obligations,
        "提供超基本医疗保险报支标准的住院床位，是否事先告知并经参保人员（家属）同意后才收取超标准费用", "",
        pass = true;

    // 第四十二条
    MONTHS_OVER_TARGET: count = "nt_months_over_volume_target", Indicators,
        "自查期间连续超出当期总量管理指标的最长月数", "未超出的填0。",
        pass = 0;
    VOLUME_TARGET: yes_no = "nt_volume_target_controlled", Obligations,
        "是否将医疗费用发生额控制在年初下达的总量指标内，定期分析通报，执行确有困难时按规定事前预申报", "",
        pass = true;
    SINGLE_DISEASE: yes_no = "nt_single_disease_rules", Obligations,
        "是否按单病种结算政策和临床路径开展服务，不推诿重症、不减少服务、不另收费用，符合规定的病例均纳入按病种收付费结算", "",
        pass = true;
    SINGLE_DISEASE_EXIT_RATE: measure = "nt_single_disease_exit_rate", Indicators,
        "按病种收付费临床路径退出率", "分子：进入按病种收付费临床路径后退出的病例数；分母：进入临床路径的病例总数。",
        pass = super::Measure::Percent(super::Decimal::whole(6));

    // 第四十三条第1款
    FULL_CASH: yes_no = "nt_full_cash_demanded", Conduct,
        "无特殊情况时，是否存在要求参保人全额现金结算医疗费用", "信息系统故障期间按第五十八条实行现金（手工）结算的不属于此情形。减免个人自付费用见第六十五条的问题。",
        pass = false;

    // 第四十五条
    DISPUTES_REPORTED: choice<Occasion> = "nt_disputes_reported", Obligations,
        "参保人与本机构发生医疗纠纷并涉及医疗费用结算的，是否及时报告医保经办机构", "",
        pass = Occasion::Kept;

    // 第四十六条
    STATEMENTS_CERTIFIED: yes_no = "nt_statements_certified_on_time", Obligations,
        "是否每月5号前完成上月医疗、生育医疗费用明细表认证，每月20号前完成上月结算表认证", "截止日见“时限与等待期”。",
        pass = true;
    DAILY_RECONCILIATION: yes_no = "nt_daily_reconciliation", Obligations,
        "是否做好医疗、生育保险费用刷卡结算数据的日对账", "",
        pass = true;
    REHAB_HISTORY_CHECKED: yes_no = "nt_rehab_history_checked", Obligations,
        "收治需康复治疗的参保人员时，是否先核实其既往统筹基金支付情况", "",
        pass = true;

    // 第四十七条第2款
    AUDIT_EXPLAINED: choice<Occasion> = "nt_audit_explained_in_5_working_days", Obligations,
        "收到医保经办机构审核或稽核中发现违规情形的告知后，是否均在5个工作日内作出书面说明", "截止日可在“时限与等待期”中按收到告知之日计算。",
        pass = Occasion::Kept;

    // 第四十八条
    MONITORING_EMBEDDED: yes_no = "nt_monitoring_embedded", Obligations,
        "是否将智能监控规则嵌入医院信息系统并与医保智能监控系统有效对接，医疗服务和费用数据真实、准确、实时传输", "",
        pass = true;
    SUSPICIONS_HANDLED: yes_no = "nt_monitoring_suspicions_handled", Obligations,
        "医保经办机构反馈的违约疑点是否及时处理，且不影响参保人结算", "",
        pass = true;
    INTERACTION_SYSTEM: yes_no = "nt_interaction_system_used", Obligations,
        "是否按要求使用医保交互系统办理网上申报和业务，并妥善管理本机构CA证书", "",
        pass = true;
    MONITORING_FEEDBACK: yes_no = "nt_monitoring_feedback_quarterly", Obligations,
        "是否落实专人使用院端医保智能监控系统，并每季度向医保经办机构反馈使用情况", "",
        pass = true, shown = |p| scope::provides(p, Service::SmartMonitoring);
    MONITORING_CHANGES_FILED: choice<Occasion> = "nt_monitoring_changes_filed", Obligations,
        "院端医保智能监控系统使用中需要增加或修改内容的，是否书面提交医保经办机构备案，经其确认后按规定流程调整", "自查期间没有此类需求的选“不涉及”；变动幅度较大的，双方协商解决。",
        pass = Occasion::Kept, shown = |p| scope::provides(p, Service::SmartMonitoring);

    // 第四十九条
    QUOTA_SHIFTED: yes_no = "nt_quota_shifting", Conduct,
        "是否存在因指标管控推诿拒收病人，或将超过指标控制的医疗费用转嫁给参保人", "",
        pass = false;

    // 第五十条第2款
    STATION_INSPECTIONS: count = "nt_station_inspections_per_quarter", Indicators,
        "对辖区内定点社区卫生服务站医保服务的检查次数（检查最少的服务站、最少的一季，次）", "逐站逐季统计，填最少的次数。",
        pass = 1;
    STATION_VIOLATIONS_UNMANAGED: yes_no = "nt_station_violations_unmanaged", Conduct,
        "辖区内社区卫生服务站有违规行为时，是否存在本中心未尽管理职能，或发现后隐瞒不报", "",
        pass = false;

    // 第五十三条
    NETWORK_ISOLATED: yes_no = "nt_network_isolated", Obligations,
        "是否通过专线与医保信息系统联网，与其他外部网络联网时采取有效的安全隔离措施", "",
        pass = true;
    DEVICES_MISUSED: yes_no = "nt_payment_devices_misused", Conduct,
        "是否存在将医保刷卡、移动支付设备转借、赠与他人或改变使用场地", "",
        pass = false;
    IT_STAFF_FILED: yes_no = "nt_it_staff_filed", Obligations,
        "是否指定部门及专人负责医保信息管理、配合联调测试，并将专职管理人员名单报医保经办机构或医保信息部门备案", "",
        pass = true;
    DATA_QUALITY: yes_no = "nt_data_quality", Obligations,
        "是否加强病案、信息、财务等数据来源质量控制，保证医保基金结算清单等数据真实、准确、可追溯并按规定报送", "",
        pass = true;

    // 第五十五条
    BASE_DATABASES: yes_no = "nt_base_databases_maintained", Obligations,
        "是否维护好医保药品、诊疗项目、医用耗材、疾病病种、医保医师、医保药师等基础数据库", "",
        pass = true;

    // 第五十六条
    SYSTEMS_MAINTAINED: yes_no = "nt_systems_maintained", Obligations,
        "是否做好信息系统、相关设备和网络的维护，确保服务器、终端计算机上的医保数据及视频存储信息保密、安全", "",
        pass = true;

    // 第五十七条
    DATA_TAMPERED: yes_no = "nt_data_tampered", Conduct,
        "是否存在人为篡改、作假向医保信息系统传输的参保人员就医、结算等信息", "",
        pass = false;
    EHR_WORKSTATION: yes_no = "nt_ehr_workstation", Obligations,
        "是否建立医生（护理）工作站，保证医嘱（护理）工作记录可追溯", "只问实行电子病历管理的机构。",
        pass = true, shown = |p| scope::provides(p, Service::ElectronicRecords);

    // 第五十八条
    CONTINGENCY_PLAN: yes_no = "nt_contingency_plan", Obligations,
        "是否制定信息系统故障应急预案，故障影响就医时及时通知并启动", "",
        pass = true;

    // 第五十九条
    VIDEO_DEVICES: count = "nt_video_devices", Indicators,
        "配备的远程视频管理设备（套）", "",
        pass = 2;
    VIDEO_NOTICE_AND_POWER: yes_no = "nt_video_notice_and_power", Obligations,
        "是否在执业场所醒目位置设置医保服务视频管理提示，配置专用电源保证视频设备持续供电，设备正常运行、故障及时报修", "",
        pass = true;
    VIDEO_COVERAGE: yes_no = "nt_video_coverage", Obligations,
        "挂号、结算等服务过程是否全部纳入视频管理且画面、声音清晰可辨，需付现金的现金或移动支付与刷卡同步进行并保存移动支付记录", "",
        pass = true;
    VIDEO_CHANGE_APPLIED: choice<Occasion> = "nt_video_change_applied", Obligations,
        "变更刷卡结算处或视频系统设备线路、位置的，是否提前7个工作日书面申请并经审核通过后才变更", "申请截止日可在“时限与等待期”中按计划变更日计算。",
        pass = Occasion::Kept;

    // 第六十条
    CODE_DATABASE: yes_no = "nt_code_database", Obligations,
        "是否建立并维护与医保项目代码对应一致的数据库（药品、诊疗项目、医用材料、疾病诊断、手术、科室、医师、待遇类别等），病种编码与ICD-10一致，维护、对应和上传的数据准确无误", "",
        pass = true;
    OUTPATIENT_MATCH_RATE: measure = "nt_outpatient_upload_match_rate", Indicators,
        "上传的门诊诊断、处方医师与处方的符合率", "分子：上传的门诊诊断、处方医师与处方相符的处方数；分母：上传的门诊处方总数。",
        pass = super::Measure::Percent(super::Decimal::whole(98));
    INPATIENT_UPLOAD_RATE: measure = "nt_inpatient_upload_24h_rate", Indicators,
        "住院规定项目在医疗服务行为发生后24小时内的上传率", "分子：24小时内上传的规定项目数；分母：应上传的规定项目总数。",
        pass = super::Measure::Percent(super::Decimal::whole(100));
    INPATIENT_MATCH_RATE: measure = "nt_inpatient_upload_match_rate", Indicators,
        "住院号、入出院时间、入出院诊断、经治医师代码和姓名等上传信息与住院病历的符合率", "分子：与住院病历相符的上传项数（或病例数）；分母：上传的项数（或病例数）。",
        pass = super::Measure::Percent(super::Decimal::whole(99));
    MATERNITY_UPLOADED: yes_no = "nt_maternity_upload", Obligations,
        "生育保险登记信息（末次月经日期、胎次、结婚证、生育服务证明、手术时间、新生儿数、病种等）是否准确无误并及时上传", "",
        pass = true, shown = scope::maternity;

    // 第六十四条（视频管理）
    VIDEO_UNAUTHORISED_ACCESS: yes_no = "nt_video_unauthorised_access", Conduct,
        "是否存在擅自接入视频监控系统的情形", "指未经医保经办机构同意将其他设备、系统或线路接入医保视频监控系统。",
        pass = false;
    ABNORMAL_SWIPING: yes_no = "nt_abnormal_swiping", Conduct,
        "是否存在无服务对象刷卡、为同一人刷多张社会保障卡、同一人社会保障卡多人刷、短时间内为同一人多次刷卡、刷卡结算需支付现金而未见参保人员支付现金等异常服务情形", "第六十四条：医保经办机构在视频管理中发现的，可责令限期暂停整改。",
        pass = false;

    // 第六十八条
    STAFF_VIOLATIONS_HANDLED: choice<Occasion> = "nt_staff_violations_handled", Obligations,
        "医务人员违反医疗（生育）保险规定的，是否按规定处理并将处理情况通报医保经办机构", "",
        pass = Occasion::Kept;

    // 第六十九条、第二十四条第4款
    SUSPENSION_ANNOUNCED: choice<Occasion> = "nt_suspension_announced", Obligations,
        "被暂停医疗（生育）保险服务期间，是否在执业场所内明显位置公告停止医保服务的原因、期限等情况", "",
        pass = Occasion::Kept;

    // 第七十二条
    CLOSED: yes_no = "nt_closed", Services,
        "自查期间本机构是否停业或歇业", "第七十二条第1款2：乙方停业或歇业的，本协议终止（特殊情况报备经医保经办机构核实的除外）。",
        pass = false;
    CLOSURE_VERIFIED: yes_no = "nt_closure_reported_and_verified", Services,
        "停业或歇业是否属特殊情况，并已报备、经医保经办机构核实", "",
        pass = true, shown = |p| p.compliance.yes_no(CLOSED.info.id) != Some(false);
    RENEWAL: choice<RenewalState> = "nt_renewal_state", Services,
        "协议期满后的续签情况", "第七十二条第1款4：协议期满，非甲方（医保经办机构）原因未续签的，本协议终止；第七十八条：因甲方原因未签订新协议前，原协议继续生效。",
        pass = RenewalState::NotExpired;
    AFTERCARE: choice<Occasion> = "nt_aftercare", Obligations,
        "协议终止、解除或缓签的，是否与医保经办机构共同做好善后工作，保证参保人正常就医", "自查期间协议未终止、解除或缓签的选“不涉及”。",
        pass = Occasion::Kept;

    // 第七十六条
    CROSS_REGION_SERVICE: yes_no = "nt_cross_region_service", Obligations,
        "是否为异地就医参保人员提供合理的医疗服务和费用结算，告知本机构联系方式，并对刷卡结算中的问题跟踪反馈、及时协调处理", "",
        pass = true;
}
