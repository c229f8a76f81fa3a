use crate::catalog::rule::Applicant;
use crate::catalog::testing::{baseline, cases, date, finding, run, Case, AS_OF};
use crate::facts::compliance::jilin as q;
use crate::facts::compliance::Value;
use crate::facts::*;
use crate::report::{DateKind, Outcome};

const J: Jurisdiction = Jurisdiction::Jilin;

/// A designated medical institution.
fn designated(p: &mut Profile) {
    p.application.kind = Some(ApplicationKind::Designated);
}

/// A designated retail pharmacy.
fn pharmacy(p: &mut Profile) {
    designated(p);
    p.institution.kind = Some(InstitutionKind::RetailPharmacy);
}

/// A designated medical institution answering `id` with `yes`.
fn yes_no(p: &mut Profile, id: &'static str, yes: bool) {
    designated(p);
    p.compliance.set(id, Value::YesNo(yes));
}

/// A designated pharmacy answering `id` with `yes`.
fn pharmacy_yes_no(p: &mut Profile, id: &'static str, yes: bool) {
    pharmacy(p);
    p.compliance.set(id, Value::YesNo(yes));
}

fn suspensions(p: &mut Profile, n: u32) {
    p.compliance.set(q::JL_SUSPENSIONS.info.id, Value::Count(n));
}

pub(crate) static CASES: &[Case] = cases! { J;
    "吉林第四条第2款：遵守医保法规政策的符合": "jl.a4.p2.laws-followed", |p| designated(p) => Pass;
    "吉林第四条第2款：未遵守的不符合": "jl.a4.p2.laws-followed", |p| yes_no(p, q::JL_LAWS_FOLLOWED.info.id, false) => Fail;
    "吉林第四条第2款零售药店：遵守的符合": "jl.a4.p2.pharmacy-laws-followed", |p| pharmacy(p) => Pass;
    "吉林第四条第2款零售药店：未遵守的不符合": "jl.a4.p2.pharmacy-laws-followed", |p| pharmacy_yes_no(p, q::JL_LAWS_FOLLOWED.info.id, false) => Fail;

    "吉林第十四条（五）：四类数据仍能上传、已推动医保码的符合": "jl.a14.i5.uploads-kept", |p| designated(p) => Pass;
    "吉林第十四条（五）：不能上传医保结算清单的，申请条件未明定为持续义务，需人工复核": "jl.a14.i5.uploads-kept", |p| { designated(p); p.it.uploads_settlement_lists = Some(false) } => NeedsReview;
    "吉林第十四条（五）：医保码「按要求推动」尚未推动的需人工复核": "jl.a14.i5.uploads-kept", |p| { designated(p); p.it.insurance_code_full_process = Some(false) } => NeedsReview;
    "吉林第十四条（五）：未答上传进销存信息的需补充信息": "jl.a14.i5.uploads-kept", |p| { designated(p); p.it.uploads_inventory = None } => NeedsInformation;

    "吉林第十九条（二）：药师合同至2027年底，自查日在合同期内": "jl.a19.i2.pharmacist-contract-current", |p| pharmacy(p) => Pass;
    "吉林第十九条（二）：药师合同恰于自查当日终止，仍在合同期内": "jl.a19.i2.pharmacist-contract-current", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_end = Some(date("2026-11-22")); p.pharmacy.pharmacist_contract_start = Some(date("2025-11-01")) } => Pass;
    "吉林第十九条（二）：药师合同已于自查前一日终止，需人工复核": "jl.a19.i2.pharmacist-contract-current", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_end = Some(date("2026-11-21")); p.pharmacy.pharmacist_contract_start = Some(date("2025-11-01")) } => NeedsReview;
    "吉林第十九条（二）：续签合同自次日起，自查日尚未开始，需人工复核": "jl.a19.i2.pharmacist-contract-current", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_start = Some(date("2026-11-23")) } => NeedsReview;
    "吉林第十九条（二）：续签合同2026年6月1日至2027年5月31日，期限恰满1年": "jl.a19.i2.pharmacist-contract-current", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_start = Some(date("2026-06-01")); p.pharmacy.pharmacist_contract_end = Some(date("2027-05-31")) } => Pass;
    "吉林第十九条（二）：续签合同至2027年5月30日，期限差1日不足1年，需人工复核": "jl.a19.i2.pharmacist-contract-current", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_start = Some(date("2026-06-01")); p.pharmacy.pharmacist_contract_end = Some(date("2027-05-30")) } => NeedsReview;
    "吉林第十九条（二）：无固定期限合同的符合": "jl.a19.i2.pharmacist-contract-current", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_end = Some(date("9999-12-31")) } => Pass;
    "吉林第十九条（二）：已没有注册在本店的药师，需人工复核": "jl.a19.i2.pharmacist-contract-current", |p| { pharmacy(p); p.pharmacy.pharmacist_qualified = Some(false) } => NeedsReview;
    "吉林第十九条（二）：未填药师合同终止日期的需补充信息": "jl.a19.i2.pharmacist-contract-current", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_end = None } => NeedsInformation;

    "吉林第十九条（三）：2名医保管理人员均在合同期内": "jl.a19.i3.administrator-contracts-current", |p| pharmacy(p) => Pass;
    "吉林第十九条（三）：只剩1名医保管理人员，需人工复核": "jl.a19.i3.administrator-contracts-current", |p| { pharmacy(p); p.pharmacy.insurance_administrators = Some(1) } => NeedsReview;
    "吉林第十九条（三）：第2名医保管理人员合同已终止，需人工复核": "jl.a19.i3.administrator-contracts-current", |p| { pharmacy(p); p.pharmacy.administrator_2_contract_start = Some(date("2025-11-01")); p.pharmacy.administrator_2_contract_end = Some(date("2026-11-21")) } => NeedsReview;
    "吉林第十九条（三）：未填医保管理人员人数的需补充信息": "jl.a19.i3.administrator-contracts-current", |p| { pharmacy(p); p.pharmacy.insurance_administrators = None } => NeedsInformation;

    "吉林第十九条（四）：仍分类分区管理并设医保用药标识": "jl.a19.i4.labels-kept", |p| pharmacy(p) => Pass;
    "吉林第十九条（四）：医保用药标识不全的需人工复核": "jl.a19.i4.labels-kept", |p| { pharmacy(p); p.pharmacy.insurance_drug_labels = Some(false) } => NeedsReview;
    "吉林第十九条（五）：五类制度仍具备": "jl.a19.i5.systems-kept", |p| pharmacy(p) => Pass;
    "吉林第十九条（五）：缺医保费用结算制度的需人工复核": "jl.a19.i5.systems-kept", |p| { pharmacy(p); p.pharmacy.settlement_system = Some(false) } => NeedsReview;
    "吉林第十九条（六）：追溯码和进销存信息仍能上传": "jl.a19.i6.uploads-kept", |p| pharmacy(p) => Pass;
    "吉林第十九条（六）：不能上传追溯码的需人工复核": "jl.a19.i6.uploads-kept", |p| { pharmacy(p); p.it.uploads_traceability_codes = Some(false) } => NeedsReview;
    "吉林第十九条（六）：药店无医保码要求，未推动医保码不影响": "jl.a19.i6.uploads-kept", |p| { pharmacy(p); p.it.insurance_code_full_process = Some(false) } => Pass;

    "吉林第三十四条：已悬挂统一样式标识的符合": "jl.a34.sign-displayed", |p| designated(p) => Pass;
    "吉林第三十四条：未悬挂标识的不符合": "jl.a34.sign-displayed", |p| yes_no(p, q::JL_SIGN_DISPLAYED.info.id, false) => Fail;
    "吉林第三十四条：未回答的需补充信息": "jl.a34.sign-displayed", |p| { designated(p); p.compliance.clear(q::JL_SIGN_DISPLAYED.info.id) } => NeedsInformation;
    "吉林第三十四条零售药店：已悬挂的符合": "jl.a34.pharmacy-sign-displayed", |p| pharmacy(p) => Pass;
    "吉林第三十四条零售药店：未悬挂的不符合": "jl.a34.pharmacy-sign-displayed", |p| pharmacy_yes_no(p, q::JL_SIGN_DISPLAYED.info.id, false) => Fail;

    "吉林第三十五条第1款：已填报编码库并反馈的符合": "jl.a35.p1.coding-filed", |p| designated(p) => Pass;
    "吉林第三十五条第1款：未填报或未反馈的不符合": "jl.a35.p1.coding-filed", |p| yes_no(p, q::JL_CODING_FILED.info.id, false) => Fail;
    "吉林第三十五条第1款零售药店：已填报的符合": "jl.a35.p1.pharmacy-coding-filed", |p| pharmacy(p) => Pass;
    "吉林第三十五条第1款零售药店：未填报的不符合": "jl.a35.p1.pharmacy-coding-filed", |p| pharmacy_yes_no(p, q::JL_CODING_FILED.info.id, false) => Fail;
    "吉林第三十五条第2款：信息变化及时维护的符合": "jl.a35.p2.coding-maintained", |p| designated(p) => Pass;
    "吉林第三十五条第2款：退出人员未归档的不符合": "jl.a35.p2.coding-maintained", |p| yes_no(p, q::JL_CODING_MAINTAINED.info.id, false) => Fail;
    "吉林第三十五条第2款零售药店：及时维护的符合": "jl.a35.p2.pharmacy-coding-maintained", |p| pharmacy(p) => Pass;
    "吉林第三十五条第2款零售药店：未维护的不符合": "jl.a35.p2.pharmacy-coding-maintained", |p| pharmacy_yes_no(p, q::JL_CODING_MAINTAINED.info.id, false) => Fail;

    "吉林第三十七条第1款：重大变更按时申请、一般变更已告知": "jl.a37.p1.changes-reported", |p| designated(p) => Pass;
    "吉林第三十七条第1款：重大信息变更超过30个工作日才申请的不符合": "jl.a37.p1.changes-reported", |p| yes_no(p, q::JL_MAJOR_CHANGES_APPLIED.info.id, false) => Fail;
    "吉林第三十七条第1款：一般信息变更未书面告知的不符合": "jl.a37.p1.changes-reported", |p| yes_no(p, q::JL_GENERAL_CHANGES_NOTIFIED.info.id, false) => Fail;
    "吉林第三十七条第1款零售药店：按时申请的符合": "jl.a37.p1.pharmacy-changes-reported", |p| pharmacy(p) => Pass;
    "吉林第三十七条第1款零售药店：未按时申请的不符合": "jl.a37.p1.pharmacy-changes-reported", |p| pharmacy_yes_no(p, q::JL_MAJOR_CHANGES_APPLIED.info.id, false) => Fail;
    "吉林第三十七条末款：迁址已提前告知的符合": "jl.a37.address-change-notified", |p| designated(p) => Pass;
    "吉林第三十七条末款：迁址未提前5个工作日告知的不符合": "jl.a37.address-change-notified", |p| yes_no(p, q::JL_ADDRESS_CHANGE_NOTIFIED.info.id, false) => Fail;
    "吉林第三十七条末款零售药店：已提前告知的符合": "jl.a37.pharmacy-address-change-notified", |p| pharmacy(p) => Pass;
    "吉林第三十七条末款零售药店：未提前告知的不符合": "jl.a37.pharmacy-address-change-notified", |p| pharmacy_yes_no(p, q::JL_ADDRESS_CHANGE_NOTIFIED.info.id, false) => Fail;

    "吉林第三十八条第1款：未发生股权变动等变更的不适用": "jl.a38.p1.pre-change-data", |p| designated(p) => NotApplicable;
    "吉林第三十八条第1款：变更后能提供变更前结算数据的符合": "jl.a38.p1.pre-change-data", |p| yes_no(p, q::JL_OWNERSHIP_CHANGED.info.id, true) => Pass;
    "吉林第三十八条第1款：变更后不能提供变更前结算数据的不符合": "jl.a38.p1.pre-change-data", |p| { yes_no(p, q::JL_OWNERSHIP_CHANGED.info.id, true); p.compliance.set(q::JL_PRE_CHANGE_DATA.info.id, Value::YesNo(false)) } => Fail;
    "吉林第三十八条第1款：未答是否发生变更的需补充信息": "jl.a38.p1.pre-change-data", |p| { designated(p); p.compliance.clear(q::JL_OWNERSHIP_CHANGED.info.id) } => NeedsInformation;
    "吉林第三十八条第1款零售药店：未发生变更的不适用": "jl.a38.p1.pharmacy-pre-change-data", |p| pharmacy(p) => NotApplicable;
    "吉林第三十八条第1款零售药店：不能提供变更前数据的不符合": "jl.a38.p1.pharmacy-pre-change-data", |p| { pharmacy_yes_no(p, q::JL_OWNERSHIP_CHANGED.info.id, true); p.compliance.set(q::JL_PRE_CHANGE_DATA.info.id, Value::YesNo(false)) } => Fail;

    "吉林第四十二条：配合审核并保管提供材料的符合": "jl.a42.cooperation", |p| designated(p) => Pass;
    "吉林第四十二条：未按规定保管材料的不符合": "jl.a42.cooperation", |p| yes_no(p, q::JL_MATERIALS_KEPT.info.id, false) => Fail;
    "吉林第四十二条：存在不配合审核检查的不符合": "jl.a42.cooperation", |p| yes_no(p, q::JL_OBSTRUCTED.info.id, true) => Fail;
    "吉林第四十二条零售药店：配合的符合": "jl.a42.pharmacy-cooperation", |p| pharmacy(p) => Pass;
    "吉林第四十二条零售药店：未提供材料的不符合": "jl.a42.pharmacy-cooperation", |p| pharmacy_yes_no(p, q::JL_MATERIALS_KEPT.info.id, false) => Fail;

    "吉林第四十六条（二）：数据按规定提供且真实的符合": "jl.a46.i2.data-provided", |p| designated(p) => Pass;
    "吉林第四十六条（二）：提供数据不真实的应当中止": "jl.a46.i2.data-provided", |p| yes_no(p, q::JL_DATA_UNTRUE.info.id, true) => Fail;
    "吉林第四十六条（二）零售药店：数据真实的符合": "jl.a46.i2.pharmacy-data-provided", |p| pharmacy(p) => Pass;
    "吉林第四十六条（二）零售药店：未按规定提供数据的应当中止": "jl.a46.i2.pharmacy-data-provided", |p| pharmacy_yes_no(p, q::JL_DATA_UNTRUE.info.id, true) => Fail;

    "吉林第三十八条第2款：未注销证照重新申请的不适用": "jl.a38.p2.licences-reapplied", |p| designated(p) => NotApplicable;
    "吉林第三十八条第2款：因股权变动注销执业许可证后重新申请，医保协议终止，需人工复核": "jl.a38.p2.licences-reapplied", |p| { yes_no(p, q::JL_LICENCES_REAPPLIED.info.id, true); p.compliance.set(q::JL_POLICY_CHANGE_EVIDENCED.info.id, Value::YesNo(false)) } => NeedsReview;
    "吉林第三十八条第2款：因政策变动且有佐证材料的，可办理信息变更，协议继续有效": "jl.a38.p2.licences-reapplied", |p| yes_no(p, q::JL_LICENCES_REAPPLIED.info.id, true) => Pass;
    "吉林第三十八条第2款：重新申请而未答是否政策变动的需补充信息": "jl.a38.p2.licences-reapplied", |p| { yes_no(p, q::JL_LICENCES_REAPPLIED.info.id, true); p.compliance.clear(q::JL_POLICY_CHANGE_EVIDENCED.info.id) } => NeedsInformation;
    "吉林第三十八条第2款零售药店：未注销证照的不适用": "jl.a38.p2.pharmacy-licences-reapplied", |p| pharmacy(p) => NotApplicable;
    "吉林第三十八条第2款零售药店：注销药品经营许可证后重新申请，医保协议终止": "jl.a38.p2.pharmacy-licences-reapplied", |p| { pharmacy_yes_no(p, q::JL_LICENCES_REAPPLIED.info.id, true); p.compliance.set(q::JL_POLICY_CHANGE_EVIDENCED.info.id, Value::YesNo(false)) } => NeedsReview;

    "吉林第四十六条（一）：未被告知检查考核发现重大风险的符合": "jl.a46.i1.major-risk-notified", |p| designated(p) => Pass;
    "吉林第四十六条（一）：已被告知发现重大风险的，应当中止": "jl.a46.i1.major-risk-notified", |p| yes_no(p, q::JL_MAJOR_RISK_NOTIFIED.info.id, true) => Fail;
    "吉林第四十六条（一）零售药店：未被告知的符合": "jl.a46.i1.pharmacy-major-risk-notified", |p| pharmacy(p) => Pass;
    "吉林第四十六条（一）零售药店：已被告知的，应当中止": "jl.a46.i1.pharmacy-major-risk-notified", |p| pharmacy_yes_no(p, q::JL_MAJOR_RISK_NOTIFIED.info.id, true) => Fail;
    "吉林第四十六条（三）：未被告知协议约定应当中止的符合": "jl.a46.i3.agreed-suspension-notified", |p| designated(p) => Pass;
    "吉林第四十六条（三）：已被告知按协议约定应当中止的": "jl.a46.i3.agreed-suspension-notified", |p| yes_no(p, q::JL_AGREED_SUSPENSION_NOTIFIED.info.id, true) => Fail;
    "吉林第四十六条（三）零售药店：未被告知的符合": "jl.a46.i3.pharmacy-agreed-suspension-notified", |p| pharmacy(p) => Pass;
    "吉林第四十六条（三）零售药店：已被告知的，应当中止": "jl.a46.i3.pharmacy-agreed-suspension-notified", |p| pharmacy_yes_no(p, q::JL_AGREED_SUSPENSION_NOTIFIED.info.id, true) => Fail;
    "吉林第四十六条（四）：未被告知依法应当中止的符合": "jl.a46.i4.legal-suspension-notified", |p| designated(p) => Pass;
    "吉林第四十六条（四）：已被告知依法应当中止的": "jl.a46.i4.legal-suspension-notified", |p| yes_no(p, q::JL_LEGAL_SUSPENSION_NOTIFIED.info.id, true) => Fail;
    "吉林第四十六条（四）零售药店：未被告知的符合": "jl.a46.i4.pharmacy-legal-suspension-notified", |p| pharmacy(p) => Pass;
    "吉林第四十六条（四）零售药店：已被告知的，应当中止": "jl.a46.i4.pharmacy-legal-suspension-notified", |p| pharmacy_yes_no(p, q::JL_LEGAL_SUSPENSION_NOTIFIED.info.id, true) => Fail;

    "吉林第四十七条（八）：未被告知执法发现重大违法违规的符合": "jl.a47.i8.major-violation-notified", |p| designated(p) => Pass;
    "吉林第四十七条（八）：已被告知执法发现重大违法违规的，应当解除": "jl.a47.i8.major-violation-notified", |p| yes_no(p, q::JL_MAJOR_VIOLATION_NOTIFIED.info.id, true) => Fail;
    "吉林第四十七条第3款（十）零售药店：未被告知的符合": "jl.a47.i10.pharmacy-major-violation-notified", |p| pharmacy(p) => Pass;
    "吉林第四十七条第3款（十）零售药店：已被告知的，应当解除": "jl.a47.i10.pharmacy-major-violation-notified", |p| pharmacy_yes_no(p, q::JL_MAJOR_VIOLATION_NOTIFIED.info.id, true) => Fail;
    "吉林第四十七条（十二）：未主动提出解除的不适用": "jl.a47.i12.termination-agreed", |p| designated(p) => NotApplicable;
    "吉林第四十七条（十二）：主动提出解除并经同意的，协议解除但不是违约，需人工复核": "jl.a47.i12.termination-agreed", |p| yes_no(p, q::JL_TERMINATION_AGREED.info.id, true) => NeedsReview;
    "吉林第四十七条（十二）：未答是否主动提出解除的需补充信息": "jl.a47.i12.termination-agreed", |p| { designated(p); p.compliance.clear(q::JL_TERMINATION_AGREED.info.id) } => NeedsInformation;
    "吉林第四十七条第3款（十四）零售药店：未主动提出解除的不适用": "jl.a47.i14.pharmacy-termination-agreed", |p| pharmacy(p) => NotApplicable;
    "吉林第四十七条第3款（十四）零售药店：主动解除并经同意的，需人工复核": "jl.a47.i14.pharmacy-termination-agreed", |p| { pharmacy_yes_no(p, q::JL_TERMINATION_AGREED.info.id, true); p.procedure.planned_exit_on = Some(date("2027-03-01")) } => NeedsReview;
    "吉林第四十七条（十三）：未被告知协议约定应当解除的符合": "jl.a47.i13.agreed-termination-notified", |p| designated(p) => Pass;
    "吉林第四十七条（十三）：已被告知按协议约定应当解除的": "jl.a47.i13.agreed-termination-notified", |p| yes_no(p, q::JL_AGREED_TERMINATION_NOTIFIED.info.id, true) => Fail;
    "吉林第四十七条第3款（十五）零售药店：未被告知的符合": "jl.a47.i15.pharmacy-agreed-termination-notified", |p| pharmacy(p) => Pass;
    "吉林第四十七条第3款（十五）零售药店：已被告知的，应当解除": "jl.a47.i15.pharmacy-agreed-termination-notified", |p| pharmacy_yes_no(p, q::JL_AGREED_TERMINATION_NOTIFIED.info.id, true) => Fail;
    "吉林第四十七条（十四）：未被告知依法应当解除的符合": "jl.a47.i14.legal-termination-notified", |p| designated(p) => Pass;
    "吉林第四十七条（十四）：已被告知依法应当解除的": "jl.a47.i14.legal-termination-notified", |p| yes_no(p, q::JL_LEGAL_TERMINATION_NOTIFIED.info.id, true) => Fail;
    "吉林第四十七条第3款（十六）零售药店：未被告知的符合": "jl.a47.i16.pharmacy-legal-termination-notified", |p| pharmacy(p) => Pass;
    "吉林第四十七条第3款（十六）零售药店：已被告知的，应当解除": "jl.a47.i16.pharmacy-legal-termination-notified", |p| pharmacy_yes_no(p, q::JL_LEGAL_TERMINATION_NOTIFIED.info.id, true) => Fail;

    "吉林第四十七条（一）：协议期内未被中止的符合": "jl.a47.i1.repeated-suspension", |p| designated(p) => Pass;
    "吉林第四十七条（一）：被中止1次且已整改到位，未达2次": "jl.a47.i1.repeated-suspension", |p| { designated(p); suspensions(p, 1) } => Pass;
    "吉林第四十七条（一）：被中止1次但整改不到位，单次即应当解除": "jl.a47.i1.repeated-suspension", |p| { yes_no(p, q::JL_SUSPENSION_NOT_RECTIFIED.info.id, true); suspensions(p, 1) } => Fail;
    "吉林第四十七条（一）：累计被中止2次，恰达「2次及以上」": "jl.a47.i1.repeated-suspension", |p| { designated(p); suspensions(p, 2) } => Fail;
    "吉林第四十七条（一）：累计被中止3次的应当解除": "jl.a47.i1.repeated-suspension", |p| { designated(p); suspensions(p, 3) } => Fail;
    "吉林第四十七条（一）：被中止1次而未答整改情况的需补充信息": "jl.a47.i1.repeated-suspension", |p| { designated(p); suspensions(p, 1); p.compliance.clear(q::JL_SUSPENSION_NOT_RECTIFIED.info.id) } => NeedsInformation;
    "吉林第四十七条（一）：未被中止的不必回答整改情况": "jl.a47.i1.repeated-suspension", |p| { designated(p); p.compliance.clear(q::JL_SUSPENSION_NOT_RECTIFIED.info.id) } => Pass;
    "吉林第四十七条第3款（一）零售药店：被中止1次且已整改": "jl.a47.i1.pharmacy-repeated-suspension", |p| { pharmacy(p); suspensions(p, 1) } => Pass;
    "吉林第四十七条第3款（一）零售药店：未被中止的符合": "jl.a47.i1.pharmacy-repeated-suspension", |p| pharmacy(p) => Pass;
    "吉林第四十七条第3款（一）零售药店：累计被中止2次的应当解除": "jl.a47.i1.pharmacy-repeated-suspension", |p| { pharmacy(p); suspensions(p, 2) } => Fail;

    "吉林第四十七条（二）：未以弄虚作假手段取得定点的符合": "jl.a47.i2.fraudulent-application", |p| designated(p) => Pass;
    "吉林第四十七条（二）：以弄虚作假手段取得定点的应当解除": "jl.a47.i2.fraudulent-application", |p| yes_no(p, q::JL_FRAUDULENT_APPLICATION.info.id, true) => Fail;
    "吉林第四十七条第3款（三）零售药店：未弄虚作假的符合": "jl.a47.i3.pharmacy-fraudulent-application", |p| pharmacy(p) => Pass;
    "吉林第四十七条第3款（三）零售药店：报送篡改的评估材料的不符合": "jl.a47.i3.pharmacy-fraudulent-application", |p| pharmacy_yes_no(p, q::JL_FRAUDULENT_APPLICATION.info.id, true) => Fail;
    "吉林第四十七条（三）：无欺诈骗保行为的符合": "jl.a47.i3.fraud", |p| designated(p) => Pass;
    "吉林第四十七条（三）：存在欺诈骗保行为的应当解除": "jl.a47.i3.fraud", |p| yes_no(p, q::JL_FRAUD.info.id, true) => Fail;
    "吉林第四十七条（四）：未为其他机构结算的符合": "jl.a47.i4.settled-for-others", |p| designated(p) => Pass;
    "吉林第四十七条（四）：为非定点医疗机构结算的应当解除": "jl.a47.i4.settled-for-others", |p| yes_no(p, q::JL_SETTLED_FOR_OTHERS.info.id, true) => Fail;
    "吉林第四十七条第3款（六）零售药店：未为他人结算的符合": "jl.a47.i6.pharmacy-settled-for-others", |p| pharmacy(p) => Pass;
    "吉林第四十七条第3款（六）零售药店：为非定点零售药店结算的应当解除": "jl.a47.i6.pharmacy-settled-for-others", |p| pharmacy_yes_no(p, q::JL_SETTLED_FOR_OTHERS.info.id, true) => Fail;
    "吉林第四十七条（五）：未拒绝阻挠检查的符合": "jl.a47.i5.obstructed", |p| designated(p) => Pass;
    "吉林第四十七条（五）：拒绝监督检查的不符合": "jl.a47.i5.obstructed", |p| yes_no(p, q::JL_OBSTRUCTED.info.id, true) => Fail;
    "吉林第四十七条第3款（八）零售药店：配合检查的符合": "jl.a47.i8.pharmacy-obstructed", |p| pharmacy(p) => Pass;
    "吉林第四十七条第3款（八）零售药店：阻挠现场检查的不符合": "jl.a47.i8.pharmacy-obstructed", |p| pharmacy_yes_no(p, q::JL_OBSTRUCTED.info.id, true) => Fail;
    "吉林第四十七条（六）：重大信息变更均已办理的符合": "jl.a47.i6.unregistered-change", |p| designated(p) => Pass;
    "吉林第四十七条（六）：重大信息变更未办理的应当解除": "jl.a47.i6.unregistered-change", |p| yes_no(p, q::JL_UNREGISTERED_CHANGE.info.id, true) => Fail;
    "吉林第四十七条第3款（九）零售药店：变更已办理的符合": "jl.a47.i9.pharmacy-unregistered-change", |p| pharmacy(p) => Pass;
    "吉林第四十七条第3款（九）零售药店：变更未办理的应当解除": "jl.a47.i9.pharmacy-unregistered-change", |p| pharmacy_yes_no(p, q::JL_UNREGISTERED_CHANGE.info.id, true) => Fail;
    "吉林第四十七条（七）：停业歇业已报告的符合": "jl.a47.i7.unreported-closure", |p| designated(p) => Pass;
    "吉林第四十七条（七）：歇业后未报告的应当解除": "jl.a47.i7.unreported-closure", |p| yes_no(p, q::JL_UNREPORTED_CLOSURE.info.id, true) => Fail;
    "吉林第四十七条（九）：执业许可证有效的符合": "jl.a47.i9.licence-revoked", |p| designated(p) => Pass;
    "吉林第四十七条（九）：执业许可证被注销的应当解除": "jl.a47.i9.licence-revoked", |p| yes_no(p, q::JL_PRACTICE_LICENCE_REVOKED.info.id, true) => Fail;
    "吉林第四十七条第3款（十一）零售药店：证照有效的符合": "jl.a47.i11.pharmacy-licence-revoked", |p| pharmacy(p) => Pass;
    "吉林第四十七条第3款（十一）零售药店：营业执照被吊销的应当解除": "jl.a47.i11.pharmacy-licence-revoked", |p| pharmacy_yes_no(p, q::JL_PHARMACY_LICENCE_REVOKED.info.id, true) => Fail;
    "吉林第四十七条（十）：负责人能履约且无失信的符合": "jl.a47.i10.leader-default", |p| designated(p) => Pass;
    "吉林第四十七条（十）：法定代表人有违法失信行为的应当解除": "jl.a47.i10.leader-default", |p| yes_no(p, q::JL_LEADER_DEFAULT.info.id, true) => Fail;
    "吉林第四十七条第3款（十三）零售药店：负责人无失信的符合": "jl.a47.i13.pharmacy-leader-default", |p| pharmacy(p) => Pass;
    "吉林第四十七条第3款（十三）零售药店：企业负责人不能履约的应当解除": "jl.a47.i13.pharmacy-leader-default", |p| pharmacy_yes_no(p, q::JL_LEADER_DEFAULT.info.id, true) => Fail;
    "吉林第四十七条（十一）：已履行行政处罚决定的符合": "jl.a47.i11.unfulfilled-penalty", |p| designated(p) => Pass;
    "吉林第四十七条（十一）：未履行医保行政处罚决定的应当解除": "jl.a47.i11.unfulfilled-penalty", |p| yes_no(p, q::JL_UNFULFILLED_PENALTY.info.id, true) => Fail;
    "吉林第四十七条第3款（十二）零售药店：已履行的符合": "jl.a47.i12.pharmacy-unfulfilled-penalty", |p| pharmacy(p) => Pass;
    "吉林第四十七条第3款（十二）零售药店：未履行的应当解除": "jl.a47.i12.pharmacy-unfulfilled-penalty", |p| pharmacy_yes_no(p, q::JL_UNFULFILLED_PENALTY.info.id, true) => Fail;

    "吉林第四十七条第3款（二）：未发生重大药品质量安全事件的符合": "jl.a47.i2.pharmacy-drug-quality-incident", |p| pharmacy(p) => Pass;
    "吉林第四十七条第3款（二）：发生重大药品质量安全事件的应当解除": "jl.a47.i2.pharmacy-drug-quality-incident", |p| pharmacy_yes_no(p, q::JL_DRUG_QUALITY_INCIDENT.info.id, true) => Fail;
    "吉林第四十七条第3款（四）：无伪造进销存票据的符合": "jl.a47.i4.pharmacy-forged-records", |p| pharmacy(p) => Pass;
    "吉林第四十七条第3款（四）：伪造进销存票据骗保的应当解除": "jl.a47.i4.pharmacy-forged-records", |p| pharmacy_yes_no(p, q::JL_FORGED_RECORDS.info.id, true) => Fail;
    "吉林第四十七条第3款（五）：无串换倒卖的符合": "jl.a47.i5.pharmacy-drug-swapping", |p| pharmacy(p) => Pass;
    "吉林第四十七条第3款（五）：串换医保药品的应当解除": "jl.a47.i5.pharmacy-drug-swapping", |p| pharmacy_yes_no(p, q::JL_DRUG_SWAPPING.info.id, true) => Fail;
    "吉林第四十七条第3款（七）：结算设备未转借的符合": "jl.a47.i7.pharmacy-settlement-device", |p| pharmacy(p) => Pass;
    "吉林第四十七条第3款（七）：结算设备改变使用场地的应当解除": "jl.a47.i7.pharmacy-settlement-device", |p| pharmacy_yes_no(p, q::JL_DEVICE_LENT.info.id, true) => Fail;

    "吉林第五十条第1款：协议未中止、解除的不适用": "jl.a50.p1.aftercare", |p| designated(p) => NotApplicable;
    "吉林第五十条第1款：中止期间共同做好善后的符合": "jl.a50.p1.aftercare", |p| yes_no(p, q::JL_SUSPENDED_OR_ENDED.info.id, true) => Pass;
    "吉林第五十条第1款：解除后未做好善后的不符合": "jl.a50.p1.aftercare", |p| { yes_no(p, q::JL_SUSPENDED_OR_ENDED.info.id, true); p.compliance.set(q::JL_AFTERCARE.info.id, Value::YesNo(false)) } => Fail;
    "吉林第五十条第1款零售药店：未中止的不适用": "jl.a50.p1.pharmacy-aftercare", |p| pharmacy(p) => NotApplicable;
    "吉林第五十条第1款零售药店：中止期间未做好善后的不符合": "jl.a50.p1.pharmacy-aftercare", |p| { pharmacy_yes_no(p, q::JL_SUSPENDED_OR_ENDED.info.id, true); p.compliance.set(q::JL_AFTERCARE.info.id, Value::YesNo(false)) } => Fail;
    "吉林第五十条第2款：协议未中止、解除的不适用": "jl.a50.p2.suspension-notice", |p| designated(p) => NotApplicable;
    "吉林第五十条第2款：中止期间已公告并摘除标识的符合": "jl.a50.p2.suspension-notice", |p| yes_no(p, q::JL_SUSPENDED_OR_ENDED.info.id, true) => Pass;
    "吉林第五十条第2款：中止期间仍悬挂定点标识的不符合": "jl.a50.p2.suspension-notice", |p| { yes_no(p, q::JL_SUSPENDED_OR_ENDED.info.id, true); p.compliance.set(q::JL_SUSPENSION_NOTICE.info.id, Value::YesNo(false)) } => Fail;
    "吉林第五十条第2款：中止而未答公告情况的需补充信息": "jl.a50.p2.suspension-notice", |p| { yes_no(p, q::JL_SUSPENDED_OR_ENDED.info.id, true); p.compliance.clear(q::JL_SUSPENSION_NOTICE.info.id) } => NeedsInformation;
    "吉林第五十条第2款零售药店：未中止的不适用": "jl.a50.p2.pharmacy-suspension-notice", |p| pharmacy(p) => NotApplicable;
    "吉林第五十条第2款零售药店：解除后未公告的不符合": "jl.a50.p2.pharmacy-suspension-notice", |p| { pharmacy_yes_no(p, q::JL_SUSPENDED_OR_ENDED.info.id, true); p.compliance.set(q::JL_SUSPENSION_NOTICE.info.id, Value::YesNo(false)) } => Fail;

    "吉林第五十二条：被暂停资格人员未再结算的符合": "jl.a52.suspended-staff", |p| designated(p) => Pass;
    "吉林第五十二条：被暂停资格医师仍以其名义结算的不符合": "jl.a52.suspended-staff", |p| yes_no(p, q::JL_SUSPENDED_STAFF_SETTLING.info.id, true) => Fail;
    "吉林第五十二条零售药店：未再结算的符合": "jl.a52.pharmacy-suspended-staff", |p| pharmacy(p) => Pass;
    "吉林第五十二条零售药店：被暂停资格药师仍结算的不符合": "jl.a52.pharmacy-suspended-staff", |p| pharmacy_yes_no(p, q::JL_SUSPENDED_STAFF_SETTLING.info.id, true) => Fail;
};

#[test]
fn cases() {
    run(CASES);
}

fn designated_baseline(pharmacy_kind: bool) -> Profile {
    let mut p = baseline(J);
    if pharmacy_kind {
        pharmacy(&mut p);
    } else {
        designated(&mut p);
    }
    p
}

/// Each kind gets its own twin of an item, and a complete designated
/// profile keeps every Jilin item.
#[test]
fn each_kind_gets_its_own_items_and_a_complete_profile_keeps_them() {
    for (is_pharmacy, applicant) in [
        (false, Applicant::MedicalInstitution),
        (true, Applicant::RetailPharmacy),
    ] {
        let report = crate::engine::check(&designated_baseline(is_pharmacy), date(AS_OF));
        let ids: Vec<&str> = report.findings.iter().map(|f| f.rule_id).collect();
        for rule in super::RULES {
            assert_eq!(
                ids.contains(&rule.id),
                rule.applicant == applicant,
                "{} for {applicant:?}",
                rule.id
            );
        }
        for f in report
            .findings
            .iter()
            .filter(|f| super::RULES.iter().any(|r| r.id == f.rule_id))
        {
            assert!(
                matches!(f.outcome, Outcome::Pass | Outcome::NotApplicable),
                "{}: {:?} {}",
                f.rule_id,
                f.outcome,
                f.detail
            );
        }
    }
}

#[test]
fn a_contract_shows_its_end_date_to_renew_before() {
    let mut p = designated_baseline(true);
    p.pharmacy.pharmacist_contract_start = Some(date("2025-11-01"));
    p.pharmacy.pharmacist_contract_end = Some(date("2026-11-21"));
    let f = finding("jl.a19.i2.pharmacist-contract-current", &p, date(AS_OF));
    assert_eq!(f.outcome, Outcome::NeedsReview);
    assert!(f.detail.contains("2026年11月21日"), "{}", f.detail);
    assert!(f
        .dates
        .iter()
        .any(|d| d.date == date("2026-11-21") && d.kind == DateKind::Milestone));
    let f = finding("jl.a19.i3.administrator-contracts-current", &p, date(AS_OF));
    assert_eq!(f.dates.len(), 2);
}

/// 第三十八条第2款 and 第四十七条（十二）: the agreement ends without a
/// breach — for review, with the end certain and no bar on applying
/// again; 第四十七条第4款's review and clearing are possible only.
#[test]
fn an_agreement_ended_without_a_breach_is_for_review_without_a_bar() {
    let mut p = designated_baseline(false);
    p.compliance
        .set(q::JL_LICENCES_REAPPLIED.info.id, Value::YesNo(true));
    p.compliance
        .set(q::JL_POLICY_CHANGE_EVIDENCED.info.id, Value::YesNo(false));
    p.compliance
        .set(q::JL_TERMINATION_AGREED.info.id, Value::YesNo(true));
    let f = finding("jl.a38.p2.licences-reapplied", &p, date(AS_OF));
    assert_eq!(f.outcome, Outcome::NeedsReview);
    assert_eq!(f.risks.len(), 1);
    assert!(f.risks[0].certain);
    let f = finding("jl.a47.i12.termination-agreed", &p, date(AS_OF));
    assert_eq!(f.outcome, Outcome::NeedsReview);
    assert!(f
        .risks
        .iter()
        .any(|r| r.label == "医保经办机构应当解除医保协议" && r.certain));
    assert!(f
        .risks
        .iter()
        .filter(|r| r.id == "jl.a47.voluntary-termination-review")
        .all(|r| !r.certain));
    assert!(f.risks.iter().all(|r| r.id != "jl.a17.reapplication-bar"));
}

#[test]
fn two_suspensions_name_the_count_and_the_termination() {
    let mut p = designated_baseline(false);
    suspensions(&mut p, 2);
    let f = finding("jl.a47.i1.repeated-suspension", &p, date(AS_OF));
    assert!(f.detail.contains("2次"), "{}", f.detail);
    let rule = crate::catalog::rule("jl.a47.i1.pharmacy-repeated-suspension").expect("rule");
    let risks = rule.audit.expect("audit").risks;
    assert!(risks.iter().any(|r| r.id == "jl.a47.pharmacy-termination"));
    assert!(!risks.iter().any(|r| r.id == "jl.a47.termination"));
}
