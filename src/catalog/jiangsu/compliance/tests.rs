use crate::catalog::testing::{cases, Case};
use crate::facts::compliance::jiangsu as q;
use crate::facts::compliance::scope as sq;
use crate::facts::compliance::Value;
use crate::facts::*;

const J: Jurisdiction = Jurisdiction::Jiangsu;

/// A designated institution, every item kept (the baseline's answers).
fn designated(p: &mut Profile) {
    p.application.kind = Some(ApplicationKind::Designated);
}

/// A designated institution answering `question` with `value`.
fn answer(p: &mut Profile, question: &'static str, value: Value) {
    designated(p);
    p.compliance.set(question, value);
}

/// A designated institution answering "是" (an act that happened).
fn yes(p: &mut Profile, question: &'static str) {
    answer(p, question, Value::YesNo(true));
}

/// A designated institution answering "否" (an obligation not kept).
fn no(p: &mut Profile, question: &'static str) {
    answer(p, question, Value::YesNo(false));
}

pub(crate) static CASES: &[Case] = cases! { J;
    "江苏第十五条第2款：在显著位置悬挂统一样式的定点标识，已落实": "js.a15.p2.sign-displayed", |p| designated(p) => Pass;
    "江苏第十五条第2款：在显著位置悬挂统一样式的定点标识，回答“否”的不符合": "js.a15.p2.sign-displayed", |p| no(p, q::SIGN_DISPLAYED.info.id) => Fail;
    "江苏第十七条第1款：实名就医并核验有效身份凭证，已落实": "js.a17.p1.real-name", |p| designated(p) => Pass;
    "江苏第十七条第1款：实名就医并核验有效身份凭证，回答“否”的不符合": "js.a17.p1.real-name", |p| no(p, q::REAL_NAME.info.id) => Fail;
    "江苏第十七条第1款：严格掌握出入院标准，已落实": "js.a17.p1.admission-criteria", |p| designated(p) => Pass;
    "江苏第十七条第1款：严格掌握出入院标准，回答“否”的不符合": "js.a17.p1.admission-criteria", |p| no(p, q::ADMISSION_CRITERIA.info.id) => Fail;
    "江苏第十七条第1款：无住院服务的机构不适用": "js.a17.p1.admission-criteria", |p| no(p, sq::INPATIENT_SERVICE.info.id) => NotApplicable;
    "江苏第十七条第1款：提供合理、必要的医药服务，已落实": "js.a17.p1.necessary-services", |p| designated(p) => Pass;
    "江苏第十七条第1款：提供合理、必要的医药服务，回答“否”的不符合": "js.a17.p1.necessary-services", |p| no(p, q::NECESSARY_SERVICES.info.id) => Fail;
    "江苏第十七条第1款：保存处方、病历等资料，已落实": "js.a17.p1.records-kept", |p| designated(p) => Pass;
    "江苏第十七条第1款：保存处方、病历等资料，回答“否”的不符合": "js.a17.p1.records-kept", |p| no(p, q::RECORDS_KEPT.info.id) => Fail;
    "江苏第十七条第1款：如实出具单据，检查检验互认，已落实": "js.a17.p1.receipts-and-results", |p| designated(p) => Pass;
    "江苏第十七条第1款：如实出具单据，检查检验互认，回答“否”的不符合": "js.a17.p1.receipts-and-results", |p| no(p, q::RECEIPTS_TRUE.info.id) => Fail;
    "江苏第十七条第1款：如实出具单据，检查检验互认，回答“否”的不符合": "js.a17.p1.receipts-and-results", |p| no(p, q::RESULTS_RECOGNISED.info.id) => Fail;
    "江苏第十七条第1款：基金支付的费用符合支付范围，已落实": "js.a17.p1.payment-scope", |p| designated(p) => Pass;
    "江苏第十七条第1款：基金支付的费用符合支付范围，回答“否”的不符合": "js.a17.p1.payment-scope", |p| no(p, q::WITHIN_PAYMENT_SCOPE.info.id) => Fail;
    "江苏第十七条第1款：支付范围外服务须经患者同意，已落实": "js.a17.p1.consent-out-of-scope", |p| designated(p) => Pass;
    "江苏第十七条第1款：支付范围外服务须经患者同意，回答“否”的不符合": "js.a17.p1.consent-out-of-scope", |p| no(p, q::CONSENT_OUT_OF_SCOPE.info.id) => Fail;
    "江苏第十七条（一）：不得分解住院、挂床住院，未发生": "js.a17.i1.split-or-idle-admission", |p| designated(p) => Pass;
    "江苏第十七条（一）：不得分解住院、挂床住院，存在的不符合": "js.a17.i1.split-or-idle-admission", |p| yes(p, q::SPLIT_ADMISSION.info.id) => Fail;
    "江苏第十七条（一）：无住院服务的机构不适用": "js.a17.i1.split-or-idle-admission", |p| no(p, sq::INPATIENT_SERVICE.info.id) => NotApplicable;
    "江苏第十七条（二）：不得过度诊疗、超量重复开药，未发生": "js.a17.i2.over-treatment", |p| designated(p) => Pass;
    "江苏第十七条（二）：不得过度诊疗、超量重复开药，存在的不符合": "js.a17.i2.over-treatment", |p| yes(p, q::OVER_TREATMENT.info.id) => Fail;
    "江苏第十七条（三）：不得重复、超标准、分解收费，未发生": "js.a17.i3.improper-charges", |p| designated(p) => Pass;
    "江苏第十七条（三）：不得重复、超标准、分解收费，存在的不符合": "js.a17.i3.improper-charges", |p| yes(p, q::IMPROPER_CHARGES.info.id) => Fail;
    "江苏第十七条（四）：不得串换药品、耗材、项目设施，未发生": "js.a17.i4.swapped-items", |p| designated(p) => Pass;
    "江苏第十七条（四）：不得串换药品、耗材、项目设施，存在的不符合": "js.a17.i4.swapped-items", |p| yes(p, q::SWAPPED_ITEMS.info.id) => Fail;
    "江苏第十七条（五）：不得诱导协助冒名、虚假就医，未发生": "js.a17.i5.false-visits", |p| designated(p) => Pass;
    "江苏第十七条（五）：不得诱导协助冒名、虚假就医，存在的不符合": "js.a17.i5.false-visits", |p| yes(p, q::FALSE_VISITS.info.id) => Fail;
    "江苏第十七条（六）：不得高套低靠编码、转嫁费用，未发生": "js.a17.i6.upcoding-or-cost-shifting", |p| designated(p) => Pass;
    "江苏第十七条（六）：不得高套低靠编码、转嫁费用，存在的不符合": "js.a17.i6.upcoding-or-cost-shifting", |p| yes(p, q::UPCODING.info.id) => Fail;
    "江苏第十七条（六）：无住院服务的机构不适用": "js.a17.i6.upcoding-or-cost-shifting", |p| no(p, sq::INPATIENT_SERVICE.info.id) => NotApplicable;
    "江苏第十七条（七）：不得推诿病人、未达标准令出院，未发生": "js.a17.i7.patients-turned-away", |p| designated(p) => Pass;
    "江苏第十七条（七）：不得推诿病人、未达标准令出院，存在的不符合": "js.a17.i7.patients-turned-away", |p| yes(p, q::PATIENTS_TURNED_AWAY.info.id) => Fail;
    "江苏第十七条（八）：造成基金损失的其他违规行为，未发生": "js.a17.i8.other-fund-loss", |p| designated(p) => Pass;
    "江苏第十七条（八）：造成基金损失的其他违规行为，存在的不符合": "js.a17.i8.other-fund-loss", |p| yes(p, q::OTHER_FUND_LOSS.info.id) => Fail;
    "江苏第十八条第1款：合理诊疗、规范收费、执行目录，已落实": "js.a18.p1.rational-care", |p| designated(p) => Pass;
    "江苏第十八条第1款：合理诊疗、规范收费、执行目录，回答“否”的不符合": "js.a18.p1.rational-care", |p| no(p, q::RATIONAL_CARE.info.id) => Fail;
    "江苏第十八条第1款：合理诊疗、规范收费、执行目录，回答“否”的不符合": "js.a18.p1.rational-care", |p| no(p, q::CATALOGUES_FOLLOWED.info.id) => Fail;
    "江苏第十八条第1款：优先配备使用谈判药品等，已落实": "js.a18.p1.listed-items-first", |p| designated(p) => Pass;
    "江苏第十八条第1款：优先配备使用谈判药品等，回答“否”的不符合": "js.a18.p1.listed-items-first", |p| no(p, q::LISTED_ITEMS_FIRST.info.id) => Fail;
    "江苏第十八条第1款：控制患者自费比例，已落实": "js.a18.p1.self-pay-controlled", |p| designated(p) => Pass;
    "江苏第十八条第1款：控制患者自费比例，回答“否”的不符合": "js.a18.p1.self-pay-controlled", |p| no(p, q::SELF_PAY_CONTROLLED.info.id) => Fail;
    "江苏第十八条第2款：不得为其他机构提供医保结算，未发生": "js.a18.p2.settlement-for-others", |p| designated(p) => Pass;
    "江苏第十八条第2款：不得为其他机构提供医保结算，存在的不符合": "js.a18.p2.settlement-for-others", |p| yes(p, q::SETTLEMENT_FOR_OTHERS.info.id) => Fail;
    "江苏第十八条第2款：不得将基金应付费用转为自费，未发生": "js.a18.p2.self-pay-demanded", |p| designated(p) => Pass;
    "江苏第十八条第2款：不得将基金应付费用转为自费，存在的不符合": "js.a18.p2.self-pay-demanded", |p| yes(p, q::SELF_PAY_DEMANDED.info.id) => Fail;
    "江苏第十八条第2款：不得把不予支付费用作医保欠费，未发生": "js.a18.p2.refused-fees-as-arrears", |p| designated(p) => Pass;
    "江苏第十八条第2款：不得把不予支付费用作医保欠费，存在的不符合": "js.a18.p2.refused-fees-as-arrears", |p| yes(p, q::REFUSED_FEES_AS_ARREARS.info.id) => Fail;
    "江苏第十九条第1款：直接结算并出具结算单据，已落实": "js.a19.p1.direct-settlement", |p| designated(p) => Pass;
    "江苏第十九条第1款：直接结算并出具结算单据，回答“否”的不符合": "js.a19.p1.direct-settlement", |p| no(p, q::DIRECT_SETTLEMENT.info.id) => Fail;
    "江苏第十九条第2款：提供转诊转院备案服务，已落实": "js.a19.p2.referral-filing", |p| designated(p) => Pass;
    "江苏第十九条第2款：提供转诊转院备案服务，回答“否”的不符合": "js.a19.p2.referral-filing", |p| no(p, q::REFERRAL_FILING.info.id) => Fail;
    "江苏第二十条：异地就医直接结算与配合检查，已落实": "js.a20.cross-region-settlement", |p| designated(p) => Pass;
    "江苏第二十条：异地就医直接结算与配合检查，回答“否”的不符合": "js.a20.cross-region-settlement", |p| no(p, q::CROSS_REGION_SETTLEMENT.info.id) => Fail;
    "江苏第二十条：异地就医直接结算与配合检查，回答“否”的不符合": "js.a20.cross-region-settlement", |p| no(p, q::CROSS_REGION_INSPECTION.info.id) => Fail;
    "江苏第二十条：未开通异地就医直接结算的机构不适用": "js.a20.cross-region-settlement", |p| answer(p, sq::SERVICES.info.id, Value::Choices(vec![])) => NotApplicable;
    "江苏第二十一条第1款：协同推进支付方式改革，已落实": "js.a21.p1.payment-reform", |p| designated(p) => Pass;
    "江苏第二十一条第1款：协同推进支付方式改革，回答“否”的不符合": "js.a21.p1.payment-reform", |p| no(p, q::PAYMENT_REFORM.info.id) => Fail;
    "江苏第二十一条第2款：执行阳光采购和带量采购，已落实": "js.a21.p2.procurement", |p| designated(p) => Pass;
    "江苏第二十一条第2款：执行阳光采购和带量采购，回答“否”的不符合": "js.a21.p2.procurement", |p| no(p, q::PROCUREMENT.info.id) => Fail;
    "江苏第二十一条第3款：执行医药价格政策，已落实": "js.a21.p3.price-policy", |p| designated(p) => Pass;
    "江苏第二十一条第3款：执行医药价格政策，回答“否”的不符合": "js.a21.p3.price-policy", |p| no(p, q::PRICE_POLICY.info.id) => Fail;
    "江苏第二十一条第4款：配合费用核查、绩效考核等，已落实": "js.a21.p4.cooperates", |p| designated(p) => Pass;
    "江苏第二十一条第4款：配合费用核查、绩效考核等，回答“否”的不符合": "js.a21.p4.cooperates", |p| no(p, q::COOPERATES.info.id) => Fail;
    "江苏第二十一条第5款：向社会公开医药费用信息，已落实": "js.a21.p5.costs-published", |p| designated(p) => Pass;
    "江苏第二十一条第5款：向社会公开医药费用信息，回答“否”的不符合": "js.a21.p5.costs-published", |p| no(p, q::COSTS_PUBLISHED.info.id) => Fail;
    "江苏第二十二条：医保培训与定期自查自纠，已落实": "js.a22.training-and-self-inspection", |p| designated(p) => Pass;
    "江苏第二十二条：医保培训与定期自查自纠，回答“否”的不符合": "js.a22.training-and-self-inspection", |p| no(p, q::FUND_TRAINING.info.id) => Fail;
    "江苏第二十二条：医保培训与定期自查自纠，回答“否”的不符合": "js.a22.training-and-self-inspection", |p| no(p, q::SELF_INSPECTION.info.id) => Fail;
    "江苏第二十三条第1款：及时传送全量数据并保证真实，已落实": "js.a23.p1.full-data", |p| designated(p) => Pass;
    "江苏第二十三条第1款：及时传送全量数据并保证真实，回答“否”的不符合": "js.a23.p1.full-data", |p| no(p, q::FULL_DATA.info.id) => Fail;
    "江苏第二十三条第1款：数据安全与参保人员隐私，已落实": "js.a23.p1.data-security", |p| designated(p) => Pass;
    "江苏第二十三条第1款：数据安全与参保人员隐私，回答“否”的不符合": "js.a23.p1.data-security", |p| no(p, q::DATA_SECURITY.info.id) => Fail;
    "江苏第三十五条第1款：重大信息变更逾期未申请，未发生": "js.a35.p1.change-not-applied", |p| designated(p) => Pass;
    "江苏第三十五条第1款：重大信息变更逾期未申请，存在的不符合": "js.a35.p1.change-not-applied", |p| yes(p, q::CHANGE_NOT_APPLIED.info.id) => Fail;
    "江苏第三十五条第2款：因违规被重新核发执业证照，未发生": "js.a35.p2.licence-reissued", |p| designated(p) => Pass;
    "江苏第三十五条第2款：因违规被重新核发执业证照，存在的不符合": "js.a35.p2.licence-reissued", |p| yes(p, q::LICENCE_REISSUED.info.id) => Fail;
    "江苏第四十二条（二）：未按规定保管财务账目凭证，未发生": "js.a42.i2.accounts-kept", |p| designated(p) => Pass;
    "江苏第四十二条（二）：未按规定保管财务账目凭证，存在的不符合": "js.a42.i2.accounts-kept", |p| yes(p, q::ACCOUNTS_NOT_KEPT.info.id) => Fail;
    "江苏第四十二条（四）：未按规定报告监管所需信息，未发生": "js.a42.i4.information-reported", |p| designated(p) => Pass;
    "江苏第四十二条（四）：未按规定报告监管所需信息，存在的不符合": "js.a42.i4.information-reported", |p| yes(p, q::INFO_NOT_REPORTED.info.id) => Fail;
    "江苏第四十三条（四）：以药换物，未发生": "js.a43.i4.drugs-for-goods", |p| designated(p) => Pass;
    "江苏第四十三条（四）：以药换物，存在的不符合": "js.a43.i4.drugs-for-goods", |p| yes(p, q::DRUGS_FOR_GOODS.info.id) => Fail;
    "江苏第四十三条（五）：为转卖药品、返现等提供便利，未发生": "js.a43.i5.resale-facilitated", |p| designated(p) => Pass;
    "江苏第四十三条（五）：为转卖药品、返现等提供便利，存在的不符合": "js.a43.i5.resale-facilitated", |p| yes(p, q::RESALE_FACILITATED.info.id) => Fail;
    "江苏第四十四条（一）：虚假证明材料、虚开费用单据，未发生": "js.a44.i1.false-documents", |p| designated(p) => Pass;
    "江苏第四十四条（一）：虚假证明材料、虚开费用单据，存在的不符合": "js.a44.i1.false-documents", |p| yes(p, q::FALSE_DOCUMENTS.info.id) => Fail;
    "江苏第四十四条（二）：伪造、销毁医学文书等资料，未发生": "js.a44.i2.records-forged", |p| designated(p) => Pass;
    "江苏第四十四条（二）：伪造、销毁医学文书等资料，存在的不符合": "js.a44.i2.records-forged", |p| yes(p, q::RECORDS_FORGED.info.id) => Fail;
    "江苏第四十四条（三）：虚构医药服务项目，未发生": "js.a44.i3.fictitious-services", |p| designated(p) => Pass;
    "江苏第四十四条（三）：虚构医药服务项目，存在的不符合": "js.a44.i3.fictitious-services", |p| yes(p, q::FICTITIOUS_SERVICES.info.id) => Fail;
    "江苏第四十四条（五）：拒绝、阻挠或严重不配合检查，未发生": "js.a44.i5.obstruction", |p| designated(p) => Pass;
    "江苏第四十四条（五）：拒绝、阻挠或严重不配合检查，存在的不符合": "js.a44.i5.obstruction", |p| yes(p, q::OBSTRUCTION.info.id) => Fail;
    "江苏第四十四条（六）：被注销并收回执业证照，未发生": "js.a44.i6.licence-revoked", |p| designated(p) => Pass;
    "江苏第四十四条（六）：被注销并收回执业证照，存在的不符合": "js.a44.i6.licence-revoked", |p| yes(p, q::LICENCE_REVOKED.info.id) => Fail;
    "江苏第四十四条（七）：检查考核发现重大风险，未发生": "js.a44.i7.major-risk-notified", |p| designated(p) => Pass;
    "江苏第四十四条（七）：检查考核发现重大风险，存在的不符合": "js.a44.i7.major-risk-notified", |p| yes(p, q::MAJOR_RISK_NOTIFIED.info.id) => Fail;
    "江苏第四十四条（八）：执法发现重大违法违规，未发生": "js.a44.i8.major-violation-notified", |p| designated(p) => Pass;
    "江苏第四十四条（八）：执法发现重大违法违规，存在的不符合": "js.a44.i8.major-violation-notified", |p| yes(p, q::MAJOR_VIOLATION_NOTIFIED.info.id) => Fail;
    "江苏第四十四条（九）：被媒体曝光造成重大舆情，未发生": "js.a44.i9.media-exposure", |p| designated(p) => Pass;
    "江苏第四十四条（九）：被媒体曝光造成重大舆情，存在的不符合": "js.a44.i9.media-exposure", |p| yes(p, q::MEDIA_EXPOSURE.info.id) => Fail;
    "江苏第四十四条（十）：其他骗取医保基金的行为，未发生": "js.a44.i10.other-fraud", |p| designated(p) => Pass;
    "江苏第四十四条（十）：其他骗取医保基金的行为，存在的不符合": "js.a44.i10.other-fraud", |p| yes(p, q::OTHER_FRAUD.info.id) => Fail;
    "江苏第十五条第2款：未回答的需补充信息": "js.a15.p2.sign-displayed", |p| { designated(p); p.compliance.clear(q::SIGN_DISPLAYED.info.id) } => NeedsInformation;
    "江苏第十八条第2款：为其他机构结算未回答的需补充信息": "js.a18.p2.settlement-for-others", |p| { designated(p); p.compliance.clear(q::SETTLEMENT_FOR_OTHERS.info.id) } => NeedsInformation;
    "江苏第二十二条：有内部管理制度和医保管理人员的符合": "js.a22.fund-management", |p| designated(p) => Pass;
    "江苏第二十二条：医保管理人员1人即有专门人员负责": "js.a22.fund-management", |p| { designated(p); p.staff.insurance_staff = Some(1) } => Pass;
    "江苏第二十二条、第四十二条（一）：没有专门机构或者人员的不符合": "js.a22.fund-management", |p| { designated(p); p.staff.insurance_staff = Some(0) } => Fail;
    "江苏第二十二条、第四十二条（一）：未建立内部管理制度的不符合": "js.a22.fund-management", |p| { designated(p); p.systems.internal_management = Some(false) } => Fail;
    "江苏第二十二条：医保管理人员人数未填的需补充信息": "js.a22.fund-management", |p| { designated(p); p.staff.insurance_staff = None } => NeedsInformation;
    "江苏第二十三条第1款：已按接口标准完成改造的符合": "js.a23.p1.interface-retrofit", |p| designated(p) => Pass;
    "江苏第二十三条第1款、第四十二条（九）：定点后尚未完成改造的不符合": "js.a23.p1.interface-retrofit", |p| { designated(p); p.it.interface_standard = Some(InterfaceStandard::Planned) } => Fail;
    "江苏第二十三条第1款：不具备接口标准的不符合": "js.a23.p1.interface-retrofit", |p| { designated(p); p.it.interface_standard = Some(InterfaceStandard::No) } => Fail;
    "江苏第二十三条第1款：改造状态未填的需补充信息": "js.a23.p1.interface-retrofit", |p| { designated(p); p.it.interface_standard = None } => NeedsInformation;
    "江苏第二十三条第2款：编码维护和医保码全流程均落实的符合": "js.a23.p2.codes-and-insurance-code", |p| designated(p) => Pass;
    "江苏第二十三条第2款：未维护更新医保信息业务编码的不符合": "js.a23.p2.codes-and-insurance-code", |p| no(p, q::CODES_MAINTAINED.info.id) => Fail;
    "江苏第二十三条第2款：未在就医购药全流程支持医保码的不符合": "js.a23.p2.codes-and-insurance-code", |p| { designated(p); p.it.insurance_code_full_process = Some(false) } => Fail;
};

#[test]
fn cases() {
    crate::catalog::testing::run(CASES);
}

/// 第四十条: an act of staff or departments may have their settlement
/// suspended or ended — possible (「可以」), never certain; an item that
/// is not such an act does not name it.
#[test]
fn staff_acts_name_the_measure_on_staff_or_departments_as_possible() {
    use crate::catalog::testing::{baseline, date, finding, AS_OF};
    let mut p = baseline(J);
    yes(&mut p, q::OVER_TREATMENT.info.id);
    let f = finding("js.a17.i2.over-treatment", &p, date(AS_OF));
    let staff: Vec<_> = f
        .risks
        .iter()
        .filter(|r| r.id == "js.a40.staff-or-department")
        .collect();
    assert_eq!(staff.len(), 1, "{:#?}", f.risks);
    assert!(!staff[0].certain);
    let mut p = baseline(J);
    yes(&mut p, q::MAJOR_RISK_NOTIFIED.info.id);
    let f = finding("js.a44.i7.major-risk-notified", &p, date(AS_OF));
    assert!(f.risks.iter().all(|r| r.id != "js.a40.staff-or-department"));
}
