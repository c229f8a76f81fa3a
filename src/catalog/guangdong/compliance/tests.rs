use crate::catalog::testing::{cases, run, Case};
use crate::facts::compliance::nantong::Occasion;
use crate::facts::compliance::{guangdong as q, scope, Value};
use crate::facts::*;

const G: Jurisdiction = Jurisdiction::Guangdong;

fn designated(p: &mut Profile) {
    p.application.kind = Some(ApplicationKind::Designated);
}

/// A designated institution answering the yes/no question `id`.
fn answer(p: &mut Profile, id: &'static str, yes: bool) {
    designated(p);
    p.compliance.set(id, Value::YesNo(yes));
}

/// A designated institution answering the occasion question `id`.
fn occasion(p: &mut Profile, id: &'static str, answer: Occasion) {
    designated(p);
    let index = Occasion::VALUES
        .iter()
        .position(|o| *o == answer)
        .unwrap_or(0);
    p.compliance.set(id, Value::Choice(index));
}

/// A designated institution suspended `n` times in the agreement's term.
fn suspended(p: &mut Profile, n: u32) {
    designated(p);
    p.compliance
        .set(q::GD_SUSPENSIONS_IN_TERM.info.id, Value::Count(n));
}

pub(crate) static CASES: &[Case] = cases! { G;
"广东第十六条：严格执行医保协议，合理诊疗收费，已落实的符合": "gd.a16.reasonable-care-and-charges", |p| designated(p) => Pass;
"广东第十六条：严格执行医保协议，合理诊疗收费，本问回答“否”的不符合": "gd.a16.reasonable-care-and-charges", |p| answer(p, q::GD_AGREEMENT_REASONABLE.info.id, false) => Fail;
"广东第十六条：严格执行医保目录，已落实的符合": "gd.a16.catalogues", |p| designated(p) => Pass;
"广东第十六条：严格执行医保目录，本问回答“否”的不符合": "gd.a16.catalogues", |p| answer(p, q::GD_CATALOGUES.info.id, false) => Fail;
"广东第十六条：优先配备使用医保目录药品，已落实的符合": "gd.a16.catalogue-drugs-first", |p| designated(p) => Pass;
"广东第十六条：优先配备使用医保目录药品，本问回答“否”的不符合": "gd.a16.catalogue-drugs-first", |p| answer(p, q::GD_CATALOGUE_DRUGS_FIRST.info.id, false) => Fail;
"广东第十六条：控制患者自费比例，已落实的符合": "gd.a16.self-pay-controlled", |p| designated(p) => Pass;
"广东第十六条：控制患者自费比例，本问回答“否”的不符合": "gd.a16.self-pay-controlled", |p| answer(p, q::GD_SELF_PAY_CONTROLLED.info.id, false) => Fail;
"广东第十六条：不为非定点机构提供医保结算，不存在该情形的符合": "gd.a16.no-settlement-for-non-designated", |p| designated(p) => Pass;
"广东第十六条：不为非定点机构提供医保结算，存在该情形的不符合": "gd.a16.no-settlement-for-non-designated", |p| answer(p, q::GD_SETTLEMENT_FOR_NON_DESIGNATED.info.id, true) => Fail;
"广东第十六条：不将拒付费用作医保欠费处理，不存在该情形的符合": "gd.a16.no-refused-costs-as-arrears", |p| designated(p) => Pass;
"广东第十六条：不将拒付费用作医保欠费处理，存在该情形的不符合": "gd.a16.no-refused-costs-as-arrears", |p| answer(p, q::GD_REFUSED_COSTS_AS_ARREARS.info.id, true) => Fail;
"广东第十七条第1款：实名就医并核验身份凭证，已落实的符合": "gd.a17.p1.real-name", |p| designated(p) => Pass;
"广东第十七条第1款：实名就医并核验身份凭证，本问回答“否”的不符合": "gd.a17.p1.real-name", |p| answer(p, q::GD_REAL_NAME.info.id, false) => Fail;
"广东第十七条第1款：按诊疗规范提供必要服务，已落实的符合": "gd.a17.p1.necessary-services", |p| designated(p) => Pass;
"广东第十七条第1款：按诊疗规范提供必要服务，本问回答“否”的不符合": "gd.a17.p1.necessary-services", |p| answer(p, q::GD_NECESSARY_SERVICES.info.id, false) => Fail;
"广东第十七条第1款：如实出具费用单据，已落实的符合": "gd.a17.p1.truthful-bills", |p| designated(p) => Pass;
"广东第十七条第1款：如实出具费用单据，本问回答“否”的不符合": "gd.a17.p1.truthful-bills", |p| answer(p, q::GD_TRUTHFUL_BILLS.info.id, false) => Fail;
"广东第十七条第1款：无分解住院、挂床住院，不存在该情形的符合": "gd.a17.p1.split-or-idle-admission", |p| designated(p) => Pass;
"广东第十七条第1款：无分解住院、挂床住院，存在该情形的不符合": "gd.a17.p1.split-or-idle-admission", |p| answer(p, q::GD_SPLIT_OR_IDLE_ADMISSION.info.id, true) => Fail;
"广东第十七条第1款：无过度诊疗、过度检查，不存在该情形的符合": "gd.a17.p1.overtreatment", |p| designated(p) => Pass;
"广东第十七条第1款：无过度诊疗、过度检查，存在该情形的不符合": "gd.a17.p1.overtreatment", |p| answer(p, q::GD_OVERTREATMENT.info.id, true) => Fail;
"广东第十七条第1款：无重复、超标准、分解收费，不存在该情形的符合": "gd.a17.p1.overcharging", |p| designated(p) => Pass;
"广东第十七条第1款：无重复、超标准、分解收费，存在该情形的不符合": "gd.a17.p1.overcharging", |p| answer(p, q::GD_OVERCHARGING.info.id, true) => Fail;
"广东第十七条第1款：无串换药品耗材项目，不存在该情形的符合": "gd.a17.p1.substitution", |p| designated(p) => Pass;
"广东第十七条第1款：无串换药品耗材项目，存在该情形的不符合": "gd.a17.p1.substitution", |p| answer(p, q::GD_SUBSTITUTION.info.id, true) => Fail;
"广东第十七条第1款：无诱导协助冒名虚假就医，不存在该情形的符合": "gd.a17.p1.induced-false-visits", |p| designated(p) => Pass;
"广东第十七条第1款：无诱导协助冒名虚假就医，存在该情形的不符合": "gd.a17.p1.induced-false-visits", |p| answer(p, q::GD_INDUCED_FALSE_VISITS.info.id, true) => Fail;
"广东第四十二条（三）：无虚构服务、伪造文书等骗保行为的符合": "gd.a42.i3.fraud", |p| designated(p) => Pass;
"广东第四十二条（三）：存在虚构服务、伪造文书骗保行为的不符合（查实后应当解除）": "gd.a42.i3.fraud", |p| answer(p, q::GD_FRAUD.info.id, true) => Fail;
"广东第十七条第2款：基金支付费用符合支付范围，已落实的符合": "gd.a17.p2.fund-costs-within-scope", |p| designated(p) => Pass;
"广东第十七条第2款：基金支付费用符合支付范围，本问回答“否”的不符合": "gd.a17.p2.fund-costs-within-scope", |p| answer(p, q::GD_FUND_COSTS_WITHIN_SCOPE.info.id, false) => Fail;
"广东第十七条第2款：目录外服务经患者同意，已落实的符合": "gd.a17.p2.consent-out-of-scope", |p| designated(p) => Pass;
"广东第十七条第2款：目录外服务经患者同意，本问回答“否”的不符合": "gd.a17.p2.consent-out-of-scope", |p| answer(p, q::GD_CONSENT_OUT_OF_SCOPE.info.id, false) => Fail;
"广东第十八条：掌握出入院诊断和指征，已落实的符合": "gd.a18.admission-indications", |p| designated(p) => Pass;
"广东第十八条：掌握出入院诊断和指征，本问回答“否”的不符合": "gd.a18.admission-indications", |p| answer(p, q::GD_ADMISSION_INDICATIONS.info.id, false) => Fail;
"广东第十八条：按协议约定的支付方式执行，已落实的符合": "gd.a18.payment-methods", |p| designated(p) => Pass;
"广东第十八条：按协议约定的支付方式执行，本问回答“否”的不符合": "gd.a18.payment-methods", |p| answer(p, q::GD_PAYMENT_METHODS.info.id, false) => Fail;
"广东第十八条：不以支付政策为由拒收患者，不存在该情形的符合": "gd.a18.no-refusal-for-payment-policy", |p| designated(p) => Pass;
"广东第十八条：不以支付政策为由拒收患者，存在该情形的不符合": "gd.a18.no-refusal-for-payment-policy", |p| answer(p, q::GD_REFUSED_FOR_PAYMENT_POLICY.info.id, true) => Fail;
"广东第十九条：执行集中采购并及时结算货款，已落实的符合": "gd.a19.central-procurement", |p| designated(p) => Pass;
"广东第十九条：执行集中采购并及时结算货款，第1问回答“否”的不符合": "gd.a19.central-procurement", |p| answer(p, q::GD_CENTRAL_PROCUREMENT.info.id, false) => Fail;
"广东第十九条：执行集中采购并及时结算货款，第2问回答“否”的不符合": "gd.a19.central-procurement", |p| answer(p, q::GD_PROCUREMENT_PAID_ON_TIME.info.id, false) => Fail;
"广东第十九条：在规定平台采购药品耗材，已落实的符合": "gd.a19.platform-purchase", |p| designated(p) => Pass;
"广东第十九条：在规定平台采购药品耗材，本问回答“否”的不符合": "gd.a19.platform-purchase", |p| answer(p, q::GD_PLATFORM_PURCHASE.info.id, false) => Fail;
"广东第十九条：真实记录进销存，已落实的符合": "gd.a19.inventory-records", |p| designated(p) => Pass;
"广东第十九条：真实记录进销存，本问回答“否”的不符合": "gd.a19.inventory-records", |p| answer(p, q::GD_INVENTORY_RECORDS.info.id, false) => Fail;
"广东第二十条：执行医药价格政策，已落实的符合": "gd.a20.price-policy", |p| designated(p) => Pass;
"广东第二十条：执行医药价格政策，本问回答“否”的不符合": "gd.a20.price-policy", |p| answer(p, q::GD_PRICE_POLICY.info.id, false) => Fail;
"广东第二十条：执行统一的医保支付标准，已落实的符合": "gd.a20.payment-standard", |p| designated(p) => Pass;
"广东第二十条：执行统一的医保支付标准，本问回答“否”的不符合": "gd.a20.payment-standard", |p| answer(p, q::GD_PAYMENT_STANDARD.info.id, false) => Fail;
"广东第二十一条：参加医保部门组织的培训，已落实的符合": "gd.a21.training-attended", |p| designated(p) => Pass;
"广东第二十一条：参加医保部门组织的培训，本问回答“否”的不符合": "gd.a21.training-attended", |p| answer(p, q::GD_TRAINING_ATTENDED.info.id, false) => Fail;
"广东第二十一条：组织医保政策培训学习，已落实的符合": "gd.a21.internal-training", |p| designated(p) => Pass;
"广东第二十一条：组织医保政策培训学习，本问回答“否”的不符合": "gd.a21.internal-training", |p| answer(p, q::GD_INTERNAL_TRAINING.info.id, false) => Fail;
"广东第二十一条：定期检查基金使用并纠正，已落实的符合": "gd.a21.regular-self-check", |p| designated(p) => Pass;
"广东第二十一条：定期检查基金使用并纠正，本问回答“否”的不符合": "gd.a21.regular-self-check", |p| answer(p, q::GD_REGULAR_SELF_CHECK.info.id, false) => Fail;
"广东第二十二条：悬挂统一格式的定点标识，已落实的符合": "gd.a22.sign-displayed", |p| designated(p) => Pass;
"广东第二十二条：悬挂统一格式的定点标识，本问回答“否”的不符合": "gd.a22.sign-displayed", |p| answer(p, q::GD_SIGN_DISPLAYED.info.id, false) => Fail;
"广东第二十二条：不私自制作、悬挂标识，不存在该情形的符合": "gd.a22.no-self-made-sign", |p| designated(p) => Pass;
"广东第二十二条：不私自制作、悬挂标识，存在该情形的不符合": "gd.a22.no-self-made-sign", |p| answer(p, q::GD_SELF_MADE_SIGN.info.id, true) => Fail;
"广东第二十三条第1款：及时报送结算清单并真实，已落实的符合": "gd.a23.p1.settlement-lists", |p| designated(p) => Pass;
"广东第二十三条第1款：及时报送结算清单并真实，本问回答“否”的不符合": "gd.a23.p1.settlement-lists", |p| answer(p, q::GD_SETTLEMENT_LISTS_REPORTED.info.id, false) => Fail;
"广东第二十三条第1款：如实报送采购价格和数量，已落实的符合": "gd.a23.p1.purchase-prices", |p| designated(p) => Pass;
"广东第二十三条第1款：如实报送采购价格和数量，本问回答“否”的不符合": "gd.a23.p1.purchase-prices", |p| answer(p, q::GD_PURCHASE_PRICES_REPORTED.info.id, false) => Fail;
"广东第二十三条第2款：报送监管和协议管理信息，已落实的符合": "gd.a23.p2.supervision-info", |p| designated(p) => Pass;
"广东第二十三条第2款：报送监管和协议管理信息，本问回答“否”的不符合": "gd.a23.p2.supervision-info", |p| answer(p, q::GD_SUPERVISION_INFO_REPORTED.info.id, false) => Fail;
"广东第二十三条第2款：向社会公开医药费用信息，已落实的符合": "gd.a23.p2.costs-published", |p| designated(p) => Pass;
"广东第二十三条第2款：向社会公开医药费用信息，本问回答“否”的不符合": "gd.a23.p2.costs-published", |p| answer(p, q::GD_COSTS_PUBLISHED.info.id, false) => Fail;
"广东第二十四条：配合审核稽核并接受检查，已落实的符合": "gd.a24.cooperates-with-audits", |p| designated(p) => Pass;
"广东第二十四条：配合审核稽核并接受检查，本问回答“否”的不符合": "gd.a24.cooperates-with-audits", |p| answer(p, q::GD_COOPERATES_WITH_AUDITS.info.id, false) => Fail;
"广东第二十五条：直接结算并提供结算单据，已落实的符合": "gd.a25.direct-settlement", |p| designated(p) => Pass;
"广东第二十五条：直接结算并提供结算单据，本问回答“否”的不符合": "gd.a25.direct-settlement", |p| answer(p, q::GD_DIRECT_SETTLEMENT.info.id, false) => Fail;
"广东第二十五条：提供转诊转院服务，已落实的符合": "gd.a25.referral", |p| designated(p) => Pass;
"广东第二十五条：提供转诊转院服务，本问回答“否”的不符合": "gd.a25.referral", |p| answer(p, q::GD_REFERRAL_SERVICE.info.id, false) => Fail;
"广东第二十六条：信息系统安全与隐私保护，已落实的符合": "gd.a26.data-security", |p| designated(p) => Pass;
"广东第二十六条：信息系统安全与隐私保护，本问回答“否”的不符合": "gd.a26.data-security", |p| answer(p, q::GD_DATA_SECURITY.info.id, false) => Fail;
"广东第二十六条：更换系统时保持有效对接，已落实的符合": "gd.a26.system-change-connected", |p| designated(p) => Pass;
"广东第二十六条：更换系统时保持有效对接，本问回答“否”的不符合": "gd.a26.system-change-connected", |p| answer(p, q::GD_SYSTEM_CHANGE_CONNECTED.info.id, false) => Fail;
"广东第三十三条第2款：工伤认定前先按医保结算，已落实的符合": "gd.a33.p2.work-injury-settlement", |p| designated(p) => Pass;
"广东第三十三条第2款：工伤认定前先按医保结算，本问回答“否”的不符合": "gd.a33.p2.work-injury-settlement", |p| answer(p, q::GD_WORK_INJURY_SETTLEMENT.info.id, false) => Fail;
"广东第四十一条（二）：按规定提供真实数据，不存在该情形的符合": "gd.a41.i2.data-provided-and-true", |p| designated(p) => Pass;
"广东第四十一条（二）：按规定提供真实数据，存在该情形的不符合": "gd.a41.i2.data-provided-and-true", |p| answer(p, q::GD_DATA_NOT_PROVIDED_OR_UNTRUE.info.id, true) => Fail;
"广东第四十二条（二）：未以弄虚作假取得定点，不存在该情形的符合": "gd.a42.i2.fraudulent-designation", |p| designated(p) => Pass;
"广东第四十二条（二）：未以弄虚作假取得定点，存在该情形的不符合": "gd.a42.i2.fraudulent-designation", |p| answer(p, q::GD_FRAUDULENT_DESIGNATION.info.id, true) => Fail;
"广东第四十二条（四）：不为中止期间机构结算，不存在该情形的符合": "gd.a42.i4.settlement-for-suspended", |p| designated(p) => Pass;
"广东第四十二条（四）：不为中止期间机构结算，存在该情形的不符合": "gd.a42.i4.settlement-for-suspended", |p| answer(p, q::GD_SETTLEMENT_FOR_SUSPENDED.info.id, true) => Fail;
"广东第四十二条（五）：不拒绝、阻挠医保检查，不存在该情形的符合": "gd.a42.i5.no-obstruction", |p| designated(p) => Pass;
"广东第四十二条（五）：不拒绝、阻挠医保检查，存在该情形的不符合": "gd.a42.i5.no-obstruction", |p| answer(p, q::GD_OBSTRUCTED_INSPECTION.info.id, true) => Fail;
"广东第四十二条（六）：重大信息变更已办理变更，不存在该情形的符合": "gd.a42.i6.change-registered", |p| designated(p) => Pass;
"广东第四十二条（六）：重大信息变更已办理变更，存在该情形的不符合": "gd.a42.i6.change-registered", |p| answer(p, q::GD_CHANGE_NOT_REGISTERED.info.id, true) => Fail;
"广东第四十二条（七）：停业歇业按规定报告，不存在该情形的符合": "gd.a42.i7.closure-reported", |p| designated(p) => Pass;
"广东第四十二条（七）：停业歇业按规定报告，存在该情形的不符合": "gd.a42.i7.closure-reported", |p| answer(p, q::GD_CLOSURE_NOT_REPORTED.info.id, true) => Fail;
"广东第四十二条（九）：执业证照未被吊销注销，不存在该情形的符合": "gd.a42.i9.licence-valid", |p| designated(p) => Pass;
"广东第四十二条（九）：执业证照未被吊销注销，存在该情形的不符合": "gd.a42.i9.licence-valid", |p| answer(p, q::GD_LICENCE_REVOKED.info.id, true) => Fail;
"广东第四十二条（十）：负责人能履约且无违法失信，不存在该情形的符合": "gd.a42.i10.leader-fit", |p| designated(p) => Pass;
"广东第四十二条（十）：负责人能履约且无违法失信，存在该情形的不符合": "gd.a42.i10.leader-fit", |p| answer(p, q::GD_LEADER_UNFIT_OR_DISHONEST.info.id, true) => Fail;
"广东第四十二条（十一）：履行医保行政处罚决定，不存在该情形的符合": "gd.a42.i11.penalty-fulfilled", |p| designated(p) => Pass;
"广东第四十二条（十一）：履行医保行政处罚决定，存在该情形的不符合": "gd.a42.i11.penalty-fulfilled", |p| answer(p, q::GD_INSURANCE_PENALTY_UNFULFILLED.info.id, true) => Fail;
"广东第三十九条：重大信息变更均在30个工作日内申请的符合": "gd.a39.major-change-applied", |p| designated(p) => Pass;
"广东第三十九条：重大信息变更逾期申请的不符合": "gd.a39.major-change-applied", |p| occasion(p, q::GD_MAJOR_CHANGES_APPLIED.info.id, Occasion::NotKept) => Fail;
"广东第三十九条：自查期间无重大信息变更的不适用": "gd.a39.major-change-applied", |p| occasion(p, q::GD_MAJOR_CHANGES_APPLIED.info.id, Occasion::NotArisen) => NotApplicable;
"广东第三十九条：重大信息变更一问未回答的需补充信息": "gd.a39.major-change-applied", |p| { designated(p); p.compliance.clear(q::GD_MAJOR_CHANGES_APPLIED.info.id) } => NeedsInformation;
"广东第三十九条：一般信息变更及时书面告知的符合": "gd.a39.general-change-notified", |p| designated(p) => Pass;
"广东第三十九条：一般信息变更未书面告知的不符合": "gd.a39.general-change-notified", |p| occasion(p, q::GD_GENERAL_CHANGES_NOTIFIED.info.id, Occasion::NotKept) => Fail;
"广东第三十九条：自查期间无一般信息变更的不适用": "gd.a39.general-change-notified", |p| occasion(p, q::GD_GENERAL_CHANGES_NOTIFIED.info.id, Occasion::NotArisen) => NotApplicable;
"广东第四十一条（一）：未被告知检查考核发现重大风险的符合": "gd.a41.i1.major-risk-notified", |p| designated(p) => Pass;
"广东第四十一条（一）：已被告知发现重大风险的，应当中止": "gd.a41.i1.major-risk-notified", |p| answer(p, q::GD_MAJOR_RISK_NOTIFIED.info.id, true) => Fail;
"广东第四十一条（三）：未被告知协议约定应当中止的符合": "gd.a41.i3.agreed-suspension-notified", |p| designated(p) => Pass;
"广东第四十一条（三）：已被告知按协议约定应当中止的": "gd.a41.i3.agreed-suspension-notified", |p| answer(p, q::GD_AGREED_SUSPENSION_NOTIFIED.info.id, true) => Fail;
"广东第四十一条（四）：未被告知依法应当中止的符合": "gd.a41.i4.legal-suspension-notified", |p| designated(p) => Pass;
"广东第四十一条（四）：已被告知依法应当中止的": "gd.a41.i4.legal-suspension-notified", |p| answer(p, q::GD_LEGAL_SUSPENSION_NOTIFIED.info.id, true) => Fail;
"广东第四十二条（八）：未被告知执法发现重大违法违规的符合": "gd.a42.i8.major-violation-notified", |p| designated(p) => Pass;
"广东第四十二条（八）：已被告知执法发现重大违法违规的，应当解除": "gd.a42.i8.major-violation-notified", |p| answer(p, q::GD_MAJOR_VIOLATION_NOTIFIED.info.id, true) => Fail;
"广东第四十二条（十二）：未主动提出解除的不适用": "gd.a42.i12.termination-agreed", |p| designated(p) => NotApplicable;
"广东第四十二条（十二）：主动提出解除并经同意的，协议解除但不是违约，需人工复核": "gd.a42.i12.termination-agreed", |p| answer(p, q::GD_TERMINATION_AGREED.info.id, true) => NeedsReview;
"广东第四十二条（十二）：拟于2027年3月1日解除并经同意的，列出解除之日": "gd.a42.i12.termination-agreed", |p| { answer(p, q::GD_TERMINATION_AGREED.info.id, true); p.procedure.planned_exit_on = Some(crate::catalog::testing::date("2027-03-01")) } => NeedsReview;
"广东第四十二条（十二）：未答是否主动提出解除的需补充信息": "gd.a42.i12.termination-agreed", |p| { designated(p); p.compliance.clear(q::GD_TERMINATION_AGREED.info.id) } => NeedsInformation;
"广东第四十二条（十三）：未被告知协议约定应当解除的符合": "gd.a42.i13.agreed-termination-notified", |p| designated(p) => Pass;
"广东第四十二条（十三）：已被告知按协议约定应当解除的": "gd.a42.i13.agreed-termination-notified", |p| answer(p, q::GD_AGREED_TERMINATION_NOTIFIED.info.id, true) => Fail;
"广东第四十二条（十四）：未被告知依法应当解除的符合": "gd.a42.i14.legal-termination-notified", |p| designated(p) => Pass;
"广东第四十二条（十四）：已被告知依法应当解除的": "gd.a42.i14.legal-termination-notified", |p| answer(p, q::GD_LEGAL_TERMINATION_NOTIFIED.info.id, true) => Fail;
"广东第十七条第1款：无住院服务的机构不适用分解住院、挂床住院一项": "gd.a17.p1.split-or-idle-admission", |p| answer(p, scope::INPATIENT_SERVICE.info.id, false) => NotApplicable;
"广东第十七条第1款：住院资质未回答的需补充信息": "gd.a17.p1.split-or-idle-admission", |p| { designated(p); p.compliance.clear(scope::INPATIENT_SERVICE.info.id) } => NeedsInformation;
"广东第十七条第1款：实名就医一问未回答的需补充信息": "gd.a17.p1.real-name", |p| { designated(p); p.compliance.clear(q::GD_REAL_NAME.info.id) } => NeedsInformation;
"广东第二十二条：揭阳机构同样适用，未悬挂统一格式标识的不符合": "gd.a22.sign-displayed", |p| { answer(p, q::GD_SIGN_DISPLAYED.info.id, false); p.jurisdiction = Jurisdiction::Jieyang } => Fail;
"广东第二十二条：中山机构按广东办法自查，已悬挂的符合": "gd.a22.sign-displayed", |p| { designated(p); p.jurisdiction = Jurisdiction::Zhongshan } => Pass;
"广东第二十二条：中山机构未悬挂统一格式标识的不符合": "gd.a22.sign-displayed", |p| { answer(p, q::GD_SIGN_DISPLAYED.info.id, false); p.jurisdiction = Jurisdiction::Zhongshan } => Fail;
"广东办法有效期至2027年6月1日：此后自查的结论为无规则数据": "gd.a16.catalogues" on "2027-06-02", |p| designated(p) => NotCovered;
"广东第四十二条（一）：协议期内未被中止的符合": "gd.a42.i1.suspended-twice", |p| suspended(p, 0) => Pass;
"广东第四十二条（一）：被中止1次且已整改到位的，未达2次": "gd.a42.i1.suspended-twice", |p| suspended(p, 1) => Pass;
"广东第四十二条（一）：被中止1次但中止期间未按要求整改的，应当解除": "gd.a42.i1.suspended-twice", |p| { suspended(p, 1); p.compliance.set(q::GD_SUSPENSION_NOT_RECTIFIED.info.id, Value::YesNo(true)) } => Fail;
"广东第四十二条（一）：恰好累计2次被中止的，「2次及以上」含本数": "gd.a42.i1.suspended-twice", |p| suspended(p, 2) => Fail;
"广东第四十二条（一）：累计3次被中止的不符合": "gd.a42.i1.suspended-twice", |p| suspended(p, 3) => Fail;
"广东第四十二条（一）：被中止1次而整改情况未回答的需补充信息": "gd.a42.i1.suspended-twice", |p| { suspended(p, 1); p.compliance.clear(q::GD_SUSPENSION_NOT_RECTIFIED.info.id) } => NeedsInformation;
"广东第四十二条（一）：中止次数未回答的需补充信息": "gd.a42.i1.suspended-twice", |p| { designated(p); p.compliance.clear(q::GD_SUSPENSIONS_IN_TERM.info.id) } => NeedsInformation;
};

#[test]
fn cases() {
    run(CASES);
}

/// 第四十二条（十二）: an agreed termination is no breach: for review,
/// with the termination certain and no bar on applying again; the day
/// of the exit, when given, is a milestone.
#[test]
fn an_agreed_termination_is_for_review_with_the_termination_and_no_bar() {
    use crate::catalog::testing::{baseline, date, finding, AS_OF};
    use crate::report::{DateKind, Outcome};
    let mut p = baseline(G);
    answer(&mut p, q::GD_TERMINATION_AGREED.info.id, true);
    p.procedure.planned_exit_on = Some(date("2027-03-01"));
    let f = finding("gd.a42.i12.termination-agreed", &p, date(AS_OF));
    assert_eq!(f.outcome, Outcome::NeedsReview);
    assert!(f.detail.contains("不是违约"), "{}", f.detail);
    assert!(f
        .risks
        .iter()
        .any(|r| r.id == "gd.a42.termination" && r.certain));
    assert!(
        f.risks.iter().all(|r| r.id != "gd.a9.reapplication-bar"),
        "{:#?}",
        f.risks
    );
    assert_eq!(f.dates.len(), 1);
    assert_eq!(f.dates[0].date, date("2027-03-01"));
    assert_eq!(f.dates[0].kind, DateKind::Milestone);
    // A termination the agency finds due under the agreement is a
    // breach: the termination is certain, the bar possible.
    let mut p = baseline(G);
    answer(&mut p, q::GD_AGREED_TERMINATION_NOTIFIED.info.id, true);
    let f = finding("gd.a42.i13.agreed-termination-notified", &p, date(AS_OF));
    assert_eq!(f.outcome, Outcome::Fail);
    assert!(f
        .risks
        .iter()
        .any(|r| r.id == "gd.a42.termination" && r.certain));
    assert!(f
        .risks
        .iter()
        .filter(|r| r.id == "gd.a9.reapplication-bar")
        .all(|r| !r.certain));
}

/// 第四十一条第2款（一）（三）（四）: each finding the agency has told of
/// brings the suspension its article makes certain.
#[test]
fn a_suspension_ground_told_of_brings_the_certain_suspension() {
    use crate::catalog::testing::{baseline, date, finding, AS_OF};
    for (rule, question) in [
        (
            "gd.a41.i1.major-risk-notified",
            q::GD_MAJOR_RISK_NOTIFIED.info.id,
        ),
        (
            "gd.a41.i3.agreed-suspension-notified",
            q::GD_AGREED_SUSPENSION_NOTIFIED.info.id,
        ),
        (
            "gd.a41.i4.legal-suspension-notified",
            q::GD_LEGAL_SUSPENSION_NOTIFIED.info.id,
        ),
    ] {
        let mut p = baseline(G);
        answer(&mut p, question, true);
        let f = finding(rule, &p, date(AS_OF));
        assert_eq!(f.risks[0].label, "经办机构应当中止医保协议", "{rule}");
        assert!(f.risks[0].certain, "{rule}");
    }
}
