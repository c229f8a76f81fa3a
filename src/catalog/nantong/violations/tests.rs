use crate::catalog::testing::{cases, Case};
use crate::facts::compliance::jiangsu as js;
use crate::facts::compliance::nantong_violations as q;
use crate::facts::compliance::{scope, Value};
use crate::facts::*;

const N: Jurisdiction = Jurisdiction::Nantong;

/// A designated institution.
fn designated(p: &mut Profile) {
    p.application.kind = Some(ApplicationKind::Designated);
}

/// A designated institution answering "是" to `question`.
fn yes(p: &mut Profile, question: &'static str) {
    designated(p);
    p.compliance.set(question, Value::YesNo(true));
}

/// A designated institution under video management.
fn video(p: &mut Profile) {
    designated(p);
    p.compliance
        .set(scope::VIDEO_MANAGEMENT.info.id, Value::YesNo(true));
}

/// Under video management, with `n` camera obstructions this period.
fn obstructions(p: &mut Profile, n: u32) {
    video(p);
    p.compliance
        .set(q::NT_A65_CAMERA_OBSTRUCTIONS.info.id, Value::Count(n));
}

/// `n` suspensions this agreement period.
fn suspended(p: &mut Profile, n: u32) {
    designated(p);
    p.compliance
        .set(q::NT_A65_SUSPENSIONS.info.id, Value::Count(n));
}

pub(crate) static CASES: &[Case] = cases! { N;
    "南通协议第六十二条1：本机构未见该情形": "nt.a62.abnormal-costs", |p| designated(p) => Pass;
    "南通协议第六十二条1：存在「医疗费用异常」的不符合": "nt.a62.abnormal-costs", |p| yes(p, q::NT_A62_ABNORMAL_COSTS.info.id) => Fail;
    "南通协议第六十二条2：本机构未见该情形": "nt.a62.management-measures", |p| designated(p) => Pass;
    "南通协议第六十二条2：存在「未落实协议管理措施」的不符合": "nt.a62.management-measures", |p| yes(p, q::NT_A62_MEASURES_NOT_KEPT.info.id) => Fail;
    "南通协议第六十二条3：本机构未见该情形": "nt.a62.materials-not-provided", |p| designated(p) => Pass;
    "南通协议第六十二条3：存在「未及时完整提供资料」的不符合": "nt.a62.materials-not-provided", |p| yes(p, q::NT_A62_MATERIALS_NOT_PROVIDED.info.id) => Fail;
    "南通协议第六十二条4：本机构未见该情形": "nt.a62.informed-consent", |p| designated(p) => Pass;
    "南通协议第六十二条4：存在「未保障参保人员知情同意」的不符合": "nt.a62.informed-consent", |p| yes(p, q::NT_A62_INFORMED_CONSENT.info.id) => Fail;
    "南通协议第六十二条5：本机构未见该情形": "nt.a62.complaints-not-handled", |p| designated(p) => Pass;
    "南通协议第六十二条5：存在「未及时查处投诉和监督问题」的不符合": "nt.a62.complaints-not-handled", |p| yes(p, q::NT_A62_COMPLAINTS_NOT_HANDLED.info.id) => Fail;
    "南通协议第六十二条6：未被告知有其他情节轻微的违约": "nt.a62.minor-other-notified", |p| designated(p) => Pass;
    "南通协议第六十二条6：已被告知有其他情节轻微的违约，可约谈、限期整改": "nt.a62.minor-other-notified", |p| yes(p, q::NT_A62_MINOR_OTHER_NOTIFIED.info.id) => Fail;
    "南通协议第六十五条（一）1：本机构未见该情形": "nt.a65.i1.card-not-used", |p| designated(p) => Pass;
    "南通协议第六十五条（一）1：存在「应刷卡而未刷卡结算」的不符合": "nt.a65.i1.card-not-used", |p| yes(p, q::NT_A65_CARD_NOT_USED.info.id) => Fail;
    "南通协议第六十五条（一）2：本机构未见该情形": "nt.a65.i1.excessive-care", |p| designated(p) => Pass;
    "南通协议第六十五条（一）2：存在「过度、不合理医疗」的不符合": "nt.a65.i1.excessive-care", |p| yes(p, q::NT_A65_EXCESSIVE_CARE.info.id) => Fail;
    "南通协议第六十五条（一）3：本机构未见该情形": "nt.a65.i1.item-mapping-error", |p| designated(p) => Pass;
    "南通协议第六十五条（一）3：存在「项目对应错误或操作不当」的不符合": "nt.a65.i1.item-mapping-error", |p| yes(p, q::NT_A65_ITEM_MAPPING_ERROR.info.id) => Fail;
    "南通协议第六十五条（二）1：本机构未见该情形": "nt.a65.i2.prescription-rules", |p| designated(p) => Pass;
    "南通协议第六十五条（二）1：存在「违反处方管理或超范围用药」的不符合": "nt.a65.i2.prescription-rules", |p| yes(p, q::NT_A65_PRESCRIPTION_RULES.info.id) => Fail;
    "南通协议第六十五条（二）2：本机构未见该情形": "nt.a65.i2.unrelated-treatment", |p| designated(p) => Pass;
    "南通协议第六十五条（二）2：存在「使用与疾病无关的药品检查」的不符合": "nt.a65.i2.unrelated-treatment", |p| yes(p, q::NT_A65_UNRELATED_TREATMENT.info.id) => Fail;
    "南通协议第六十五条（二）3：本机构未见该情形": "nt.a65.i2.stock-mismatch", |p| designated(p) => Pass;
    "南通协议第六十五条（二）3：存在「药品购销存不符」的不符合": "nt.a65.i2.stock-mismatch", |p| yes(p, q::NT_A65_STOCK_MISMATCH.info.id) => Fail;
    "南通协议第六十五条（二）4：本机构未见该情形": "nt.a65.i2.maternity-registration", |p| designated(p) => Pass;
    "南通协议第六十五条（二）4：存在「生育保险审核登记错误」的不符合": "nt.a65.i2.maternity-registration", |p| yes(p, q::NT_A65_MATERNITY_REGISTRATION.info.id) => Fail;
    "南通协议第六十五条（二）4：不属于适用对象的不适用": "nt.a65.i2.maternity-registration", |p| { yes(p, q::NT_A65_MATERNITY_REGISTRATION.info.id); p.compliance.set(scope::MATERNITY_LICENCE.info.id, Value::YesNo(false)) } => NotApplicable;
    "南通协议第六十五条（二）5：本机构未见该情形": "nt.a65.i2.improper-charges", |p| designated(p) => Pass;
    "南通协议第六十五条（二）5：存在「违规收费或记账不符」的不符合": "nt.a65.i2.improper-charges", |p| yes(p, q::NT_A65_IMPROPER_CHARGES.info.id) => Fail;
    "南通协议第六十五条（二）6：本机构未见该情形": "nt.a65.i2.outpatient-identity-mismatch", |p| designated(p) => Pass;
    "南通协议第六十五条（二）6：存在「门诊人证不符」的不符合": "nt.a65.i2.outpatient-identity-mismatch", |p| yes(p, q::NT_A65_OUTPATIENT_IDENTITY_MISMATCH.info.id) => Fail;
    "南通协议第六十五条（二）7：本机构未见该情形": "nt.a65.i2.drug-or-item-swap", |p| designated(p) => Pass;
    "南通协议第六十五条（二）7：存在「以药易药、串换项目」的不符合": "nt.a65.i2.drug-or-item-swap", |p| yes(p, js::SWAPPED_ITEMS.info.id) => Fail;
    "南通协议第六十五条（二）8：本机构未见该情形": "nt.a65.i2.medical-records", |p| designated(p) => Pass;
    "南通协议第六十五条（二）8：存在「病历缺失或记录不全」的不符合": "nt.a65.i2.medical-records", |p| yes(p, q::NT_A65_MEDICAL_RECORDS.info.id) => Fail;
    "南通协议第六十五条（二）9：本机构未见该情形": "nt.a65.i2.proxy-dispensing", |p| designated(p) => Pass;
    "南通协议第六十五条（二）9：存在「代配药违规」的不符合": "nt.a65.i2.proxy-dispensing", |p| yes(p, q::NT_A65_PROXY_DISPENSING.info.id) => Fail;
    "南通协议第六十五条（二）10：本机构未见该情形": "nt.a65.i2.non-covered-billed", |p| designated(p) => Pass;
    "南通协议第六十五条（二）10：存在「范围外费用纳入基金结算」的不符合": "nt.a65.i2.non-covered-billed", |p| yes(p, q::NT_A65_NON_COVERED_BILLED.info.id) => Fail;
    "南通协议第六十五条（二）11：本机构未见该情形": "nt.a65.i2.no-receipt", |p| designated(p) => Pass;
    "南通协议第六十五条（二）11：存在「未开具有效费用票据」的不符合": "nt.a65.i2.no-receipt", |p| yes(p, q::NT_A65_NO_RECEIPT.info.id) => Fail;
    "南通协议第六十五条（二）12：本机构未见该情形": "nt.a65.i2.improper-admission", |p| designated(p) => Pass;
    "南通协议第六十五条（二）12：存在「不符合条件住院或空挂床」的不符合": "nt.a65.i2.improper-admission", |p| yes(p, q::NT_A65_IMPROPER_ADMISSION.info.id) => Fail;
    "南通协议第六十五条（二）12：不属于适用对象的不适用": "nt.a65.i2.improper-admission", |p| { yes(p, q::NT_A65_IMPROPER_ADMISSION.info.id); p.compliance.set(scope::INPATIENT_SERVICE.info.id, Value::YesNo(false)) } => NotApplicable;
    "南通协议第六十五条（二）13：本机构未见该情形": "nt.a65.i2.personal-goods", |p| designated(p) => Pass;
    "南通协议第六十五条（二）13：存在「执业场所摆放生活用品」的不符合": "nt.a65.i2.personal-goods", |p| yes(p, q::NT_A65_PERSONAL_GOODS.info.id) => Fail;
    "南通协议第六十五条（二）14：本机构未见该情形": "nt.a65.i2.split-visits", |p| designated(p) => Pass;
    "南通协议第六十五条（二）14：存在「分解门诊人次或超范围诊疗」的不符合": "nt.a65.i2.split-visits", |p| yes(p, q::NT_A65_SPLIT_VISITS.info.id) => Fail;
    "南通协议第六十五条（二）15：本机构未见该情形": "nt.a65.i2.accident-not-reported", |p| designated(p) => Pass;
    "南通协议第六十五条（二）15：存在「事故伤害未申报或隐瞒」的不符合": "nt.a65.i2.accident-not-reported", |p| yes(p, q::NT_A65_ACCIDENT_NOT_REPORTED.info.id) => Fail;
    "南通协议第六十五条（三）1：本机构未见该情形": "nt.a65.i3.card-retained", |p| designated(p) => Pass;
    "南通协议第六十五条（三）1：存在「留存社保卡或拿他处刷卡」的不符合": "nt.a65.i3.card-retained", |p| yes(p, q::NT_A65_CARD_RETAINED.info.id) => Fail;
    "南通协议第六十五条（三）2：本机构未见该情形": "nt.a65.i3.copay-waived", |p| designated(p) => Pass;
    "南通协议第六十五条（三）2：存在「个人自付费用不付或少付」的不符合": "nt.a65.i3.copay-waived", |p| yes(p, q::NT_A65_COPAY_WAIVED.info.id) => Fail;
    "南通协议第六十五条（三）3：本机构未见该情形": "nt.a65.i3.pooled-fund-misuse", |p| designated(p) => Pass;
    "南通协议第六十五条（三）3：存在「违规使用统筹费用」的不符合": "nt.a65.i3.pooled-fund-misuse", |p| yes(p, q::NT_A65_POOLED_FUND_MISUSE.info.id) => Fail;
    "南通协议第六十五条（三）4：本机构未见该情形": "nt.a65.i3.drugs-for-health-products", |p| designated(p) => Pass;
    "南通协议第六十五条（三）4：存在「以药换保健品或器械用品」的不符合": "nt.a65.i3.drugs-for-health-products", |p| yes(p, q::NT_A65_DRUGS_FOR_HEALTH_PRODUCTS.info.id) => Fail;
    "南通协议第六十五条（三）5：本机构未见该情形": "nt.a65.i3.network-connection", |p| designated(p) => Pass;
    "南通协议第六十五条（三）5：存在「私接医保系统或网络」的不符合": "nt.a65.i3.network-connection", |p| yes(p, q::NT_A65_NETWORK_CONNECTION.info.id) => Fail;
    "南通协议第六十五条（四）1：本机构未见该情形": "nt.a65.i4.false-claims", |p| designated(p) => Pass;
    "南通协议第六十五条（四）1：存在「虚假就诊或虚记费用」的不符合": "nt.a65.i4.false-claims", |p| yes(p, q::NT_A65_FALSE_CLAIMS.info.id) => Fail;
    "南通协议第六十五条（四）2：本机构未见该情形": "nt.a65.i4.inpatient-identity-mismatch", |p| designated(p) => Pass;
    "南通协议第六十五条（四）2：存在「住院人证不符」的不符合": "nt.a65.i4.inpatient-identity-mismatch", |p| yes(p, q::NT_A65_INPATIENT_IDENTITY_MISMATCH.info.id) => Fail;
    "南通协议第六十五条（四）2：不属于适用对象的不适用": "nt.a65.i4.inpatient-identity-mismatch", |p| { yes(p, q::NT_A65_INPATIENT_IDENTITY_MISMATCH.info.id); p.compliance.set(scope::INPATIENT_SERVICE.info.id, Value::YesNo(false)) } => NotApplicable;
    "南通协议第六十五条（四）3：本机构未见该情形": "nt.a65.i4.forged-records", |p| designated(p) => Pass;
    "南通协议第六十五条（四）3：存在「伪造编造病历等资料」的不符合": "nt.a65.i4.forged-records", |p| yes(p, q::NT_A65_FORGED_RECORDS.info.id) => Fail;
    "南通协议第六十五条（四）4：本机构未见该情形": "nt.a65.i4.false-materials", |p| designated(p) => Pass;
    "南通协议第六十五条（四）4：存在「虚假资料或购销存严重不符」的不符合": "nt.a65.i4.false-materials", |p| yes(p, q::NT_A65_FALSE_MATERIALS.info.id) => Fail;
    "南通协议第六十五条（四）5：本机构未见该情形": "nt.a65.i4.drugs-for-goods", |p| designated(p) => Pass;
    "南通协议第六十五条（四）5：存在「以药易物」的不符合": "nt.a65.i4.drugs-for-goods", |p| yes(p, js::DRUGS_FOR_GOODS.info.id) => Fail;
    "南通协议第六十五条（四）7：本机构未见该情形": "nt.a65.i4.fund-cash-out", |p| designated(p) => Pass;
    "南通协议第六十五条（四）7：存在「套取骗取医保基金」的不符合": "nt.a65.i4.fund-cash-out", |p| yes(p, q::NT_A65_FUND_CASH_OUT.info.id) => Fail;
    "南通协议第六十五条（四）8：本机构未见该情形": "nt.a65.i4.network-intrusion", |p| designated(p) => Pass;
    "南通协议第六十五条（四）8：存在「非法侵入攻击医保网络」的不符合": "nt.a65.i4.network-intrusion", |p| yes(p, q::NT_A65_NETWORK_INTRUSION.info.id) => Fail;
    "南通协议第六十五条末款1：本机构未见该情形": "nt.a65.terminate-fake-services", |p| designated(p) => Pass;
    "南通协议第六十五条末款1：存在「伪造文书虚构假住院假就诊」的不符合": "nt.a65.terminate-fake-services", |p| yes(p, q::NT_A65_FAKE_SERVICES.info.id) => Fail;
    "南通协议第六十五条末款2：本机构未见该情形": "nt.a65.terminate-settlement-for-others", |p| designated(p) => Pass;
    "南通协议第六十五条末款2：存在「为其他机构提供医保结算」的不符合": "nt.a65.terminate-settlement-for-others", |p| yes(p, js::SETTLEMENT_FOR_OTHERS.info.id) => Fail;
    "南通协议第六十五条末款4：本机构未见该情形": "nt.a65.terminate-licence-revoked", |p| designated(p) => Pass;
    "南通协议第六十五条末款4：存在「被吊销执业许可证或营业执照」的不符合": "nt.a65.terminate-licence-revoked", |p| yes(p, q::NT_A65_LICENCE_REVOKED.info.id) => Fail;
    "南通协议第六十五条末款5：本机构未见该情形": "nt.a65.terminate-obstruct-inspection", |p| designated(p) => Pass;
    "南通协议第六十七条：被处罚涉及基金损失已主动退回的符合": "nt.a67.penalty-loss-returned", |p| designated(p) => Pass;
    "南通协议第六十七条：未主动退回的不符合，退回并付1倍违约金": "nt.a67.penalty-loss-returned", |p| yes(p, q::NT_A67_LOSS_NOT_RETURNED.info.id) => Fail;
    "南通协议第六十五条末款5：存在「拒绝阻挠不配合监督检查」的不符合": "nt.a65.terminate-obstruct-inspection", |p| yes(p, q::NT_A65_OBSTRUCTED_INSPECTION.info.id) => Fail;        "南通协议第六十五条（二）16：未被要求视频管理的机构不适用": "nt.a65.i2.camera-first", |p| designated(p) => NotApplicable;
    "南通协议第六十五条（二）16：视频管理机构协议期内未遮挡": "nt.a65.i2.camera-first", |p| obstructions(p, 0) => Pass;
    "南通协议第六十五条（二）16：首次遮挡摄像头的不符合": "nt.a65.i2.camera-first", |p| obstructions(p, 1) => Fail;
    "南通协议第六十五条（二）16：遮挡两次的，首次仍属本项": "nt.a65.i2.camera-first", |p| obstructions(p, 2) => Fail;
    "南通协议第六十五条（二）16：次数未填的需补充信息": "nt.a65.i2.camera-first", |p| { video(p); p.compliance.clear(q::NT_A65_CAMERA_OBSTRUCTIONS.info.id) } => NeedsInformation;
    "南通协议第六十五条（四）9：未被要求视频管理的机构不适用": "nt.a65.i4.camera-repeated-or-tampered", |p| designated(p) => NotApplicable;
    "南通协议第六十五条（四）9：协议期内仅遮挡一次，未达二次": "nt.a65.i4.camera-repeated-or-tampered", |p| obstructions(p, 1) => Pass;
    "南通协议第六十五条（四）9：协议期内遮挡二次的不符合": "nt.a65.i4.camera-repeated-or-tampered", |p| obstructions(p, 2) => Fail;
    "南通协议第六十五条（四）9：擅自移动、改装视频设备一次即不符合": "nt.a65.i4.camera-repeated-or-tampered", |p| { video(p); p.compliance.set(q::NT_A65_VIDEO_TAMPERED.info.id, Value::YesNo(true)) } => Fail;
    "南通协议第六十五条末款3：协议期内未被暂停": "nt.a65.terminate-repeated-suspension", |p| designated(p) => Pass;
    "南通协议第六十五条末款3：协议期内被暂停2次，未达累计3次": "nt.a65.terminate-repeated-suspension", |p| suspended(p, 2) => Pass;
    "南通协议第六十五条末款3：协议期内累计3次被暂停的不符合": "nt.a65.terminate-repeated-suspension", |p| suspended(p, 3) => Fail;
    "南通协议第六十五条末款3：暂停期间未按时限整改，一次即不符合": "nt.a65.terminate-repeated-suspension", |p| { suspended(p, 1); p.compliance.set(q::NT_A65_SUSPENSION_NOT_RECTIFIED.info.id, Value::YesNo(true)) } => Fail;
    "南通协议第六十五条末款3：暂停次数未填的需补充信息": "nt.a65.terminate-repeated-suspension", |p| { designated(p); p.compliance.clear(q::NT_A65_SUSPENSIONS.info.id) } => NeedsInformation;
    "南通协议第六十二条：是否存在医疗费用异常未回答的需补充信息": "nt.a62.abnormal-costs", |p| { designated(p); p.compliance.clear(q::NT_A62_ABNORMAL_COSTS.info.id) } => NeedsInformation;
};

#[test]
fn cases() {
    crate::catalog::testing::run(CASES);
}
