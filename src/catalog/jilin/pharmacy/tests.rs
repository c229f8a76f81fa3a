use crate::catalog::rule::Applicant;
use crate::catalog::testing::{baseline, cases, date, run, Case};
use crate::engine::check;
use crate::facts::*;
use crate::report::{MayApply, Outcome};

const J: Jurisdiction = Jurisdiction::Jilin;

/// Turns the baseline into a retail pharmacy.
fn pharmacy(p: &mut Profile) {
    p.institution.kind = Some(InstitutionKind::RetailPharmacy);
}

/// A pharmacy applying for an information change of `changes`.
fn change(p: &mut Profile, changes: &[ChangeKind]) {
    pharmacy(p);
    p.application.kind = Some(ApplicationKind::InformationChange);
    p.application.changes = Some(changes.to_vec());
}

pub(crate) static CASES: &[Case] = cases! { J;
    "第二条：有实体门店的零售药店可以申请": "jl.a2.pharmacy-physical-store", |p| pharmacy(p) => Pass;
    "第二条定义为「实体零售药店」：只有网店的需人工复核": "jl.a2.pharmacy-physical-store", |p| { pharmacy(p); p.pharmacy.physical_store = Some(false) } => NeedsReview;

    "第十九条：取得药品经营许可证的可以申请": "jl.a19.pharmacy-drug-trading-licence", |p| pharmacy(p) => Pass;
    "第十九条：未取得药品经营许可证的不能申请": "jl.a19.pharmacy-drug-trading-licence", |p| { pharmacy(p); p.pharmacy.drug_trading_licence = Some(false) } => Fail;
    "第十九条：未答是否取得药品经营许可证的需补充信息": "jl.a19.pharmacy-drug-trading-licence", |p| { pharmacy(p); p.pharmacy.drug_trading_licence = None } => NeedsInformation;

    "第十九条（一）：2025年3月起在注册地址经营，已满3个月": "jl.a19.i1.pharmacy-operating-3-months", |p| pharmacy(p) => Pass;
    "第十九条（一）：2026年8月21日起经营，11月22日已满3个月": "jl.a19.i1.pharmacy-operating-3-months", |p| { pharmacy(p); p.pharmacy.operating_at_address_since = Some(date("2026-08-21")) } => Pass;
    "第十九条（一）：2026年8月22日起经营，11月22日恰为届满日": "jl.a19.i1.pharmacy-operating-3-months", |p| { pharmacy(p); p.pharmacy.operating_at_address_since = Some(date("2026-08-22")) } => NeedsReview;
    "第十九条（一）：2026年8月23日起经营，11月22日未满3个月": "jl.a19.i1.pharmacy-operating-3-months", |p| { pharmacy(p); p.pharmacy.operating_at_address_since = Some(date("2026-08-23")) } => Fail;
    "第十九条（一）：尚未在注册地址开始经营的不符合": "jl.a19.i1.pharmacy-operating-3-months", |p| { pharmacy(p); p.pharmacy.operating_at_address_since = Some(date("2026-12-01")) } => Fail;
    "第十九条（一）看的是在注册地址经营的日期，不是医疗机构的运营日期": "jl.a19.i1.pharmacy-operating-3-months", |p| { pharmacy(p); p.institution.operating_since = Some(date("2020-01-01")); p.pharmacy.operating_at_address_since = Some(date("2026-10-01")) } => Fail;
    "第十九条（一）：未填在注册地址经营的开始日期的需补充信息": "jl.a19.i1.pharmacy-operating-3-months", |p| { pharmacy(p); p.pharmacy.operating_at_address_since = None } => NeedsInformation;

    "第十九条（二）：有合格药师、合同期限满1年且在合同期内": "jl.a19.i2.pharmacist-with-contract", |p| pharmacy(p) => Pass;
    "第十九条（二）：没有合格药师的不符合": "jl.a19.i2.pharmacist-with-contract", |p| { pharmacy(p); p.pharmacy.pharmacist_qualified = Some(false) } => Fail;
    "第十九条（二）“1年以上”含1年：2026年6月1日至2027年6月1日的合同符合": "jl.a19.i2.pharmacist-with-contract", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_start = Some(date("2026-06-01")); p.pharmacy.pharmacist_contract_end = Some(date("2027-06-01")) } => Pass;
    "第十九条（二）：合同写明2026年6月1日至2027年5月31日，起止日均计入，恰为1年的符合": "jl.a19.i2.pharmacist-with-contract", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_start = Some(date("2026-06-01")); p.pharmacy.pharmacist_contract_end = Some(date("2027-05-31")) } => Pass;
    "第十九条（二）：2026年6月1日至2027年5月30日，差1日不足1年的不符合": "jl.a19.i2.pharmacist-with-contract", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_start = Some(date("2026-06-01")); p.pharmacy.pharmacist_contract_end = Some(date("2027-05-30")) } => Fail;
    "第十九条（二）「在合同期内」：合同于自查日期前一日终止的不符合": "jl.a19.i2.pharmacist-with-contract", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_start = Some(date("2025-11-01")); p.pharmacy.pharmacist_contract_end = Some(date("2026-11-21")) } => Fail;
    "第十九条（二）「在合同期内」：合同终止日即自查日期的仍在合同期内": "jl.a19.i2.pharmacist-with-contract", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_start = Some(date("2025-11-01")); p.pharmacy.pharmacist_contract_end = Some(date("2026-11-22")) } => Pass;
    "第十九条（二）「在合同期内」：合同自查日期次日才开始的不符合": "jl.a19.i2.pharmacist-with-contract", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_start = Some(date("2026-11-23")); p.pharmacy.pharmacist_contract_end = Some(date("2028-11-22")) } => Fail;
    "第十九条（二）：无固定期限劳动合同（9999-12-31）符合": "jl.a19.i2.pharmacist-with-contract", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_start = Some(date("2026-01-01")); p.pharmacy.pharmacist_contract_end = Some(date("9999-12-31")) } => Pass;
    "第十九条（二）：合同终止日期早于起始日期的需核对": "jl.a19.i2.pharmacist-with-contract", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_start = Some(date("2026-06-01")); p.pharmacy.pharmacist_contract_end = Some(date("2025-06-01")) } => NeedsReview;
    "第十九条（二）：未填合同终止日期的需补充信息": "jl.a19.i2.pharmacist-with-contract", |p| { pharmacy(p); p.pharmacy.pharmacist_contract_end = None } => NeedsInformation;

    "第十九条（三）：2名医保管理人员即符合": "jl.a19.i3.pharmacy-two-administrators", |p| pharmacy(p) => Pass;
    "第十九条（三）：只有1名医保管理人员的不符合": "jl.a19.i3.pharmacy-two-administrators", |p| { pharmacy(p); p.pharmacy.insurance_administrators = Some(1) } => Fail;

    "第十九条（三）：2名医保管理人员合同均满1年且在合同期内": "jl.a19.i3.pharmacy-administrator-contracts", |p| pharmacy(p) => Pass;
    "第十九条（三）：第1名医保管理人员合同于自查日期前一日终止的不符合": "jl.a19.i3.pharmacy-administrator-contracts", |p| { pharmacy(p); p.pharmacy.administrator_1_contract_start = Some(date("2025-11-01")); p.pharmacy.administrator_1_contract_end = Some(date("2026-11-21")) } => Fail;
    "第十九条（三）“1年以上”含1年：第2名医保管理人员合同恰为1年的符合": "jl.a19.i3.pharmacy-administrator-contracts", |p| { pharmacy(p); p.pharmacy.administrator_2_contract_start = Some(date("2026-06-01")); p.pharmacy.administrator_2_contract_end = Some(date("2027-06-01")) } => Pass;
    "第十九条（三）：第2名医保管理人员合同2026年6月1日至2027年5月31日，起止日均计入，恰为1年的符合": "jl.a19.i3.pharmacy-administrator-contracts", |p| { pharmacy(p); p.pharmacy.administrator_2_contract_start = Some(date("2026-06-01")); p.pharmacy.administrator_2_contract_end = Some(date("2027-05-31")) } => Pass;
    "第十九条（三）：第2名医保管理人员合同不足1年的不符合": "jl.a19.i3.pharmacy-administrator-contracts", |p| { pharmacy(p); p.pharmacy.administrator_2_contract_start = Some(date("2026-06-01")); p.pharmacy.administrator_2_contract_end = Some(date("2027-05-30")) } => Fail;
    "第十九条（三）：第2名医保管理人员合同自查日期后才开始的不符合": "jl.a19.i3.pharmacy-administrator-contracts", |p| { pharmacy(p); p.pharmacy.administrator_2_contract_start = Some(date("2026-11-23")); p.pharmacy.administrator_2_contract_end = Some(date("2027-11-23")) } => Fail;
    "第十九条（三）：第2名医保管理人员为无固定期限劳动合同的符合": "jl.a19.i3.pharmacy-administrator-contracts", |p| { pharmacy(p); p.pharmacy.administrator_2_contract_end = Some(date("9999-12-31")) } => Pass;
    "第十九条（三）：未填第2名医保管理人员合同终止日期的需补充信息": "jl.a19.i3.pharmacy-administrator-contracts", |p| { pharmacy(p); p.pharmacy.administrator_2_contract_end = None } => NeedsInformation;

    "第十九条（三）：药师不计入医保管理人员的符合": "jl.a19.i3.pharmacist-not-administrator", |p| pharmacy(p) => Pass;
    "第十九条（三）未规定药师能否兼任：药师计为2名之一的需人工复核": "jl.a19.i3.pharmacist-not-administrator", |p| { pharmacy(p); p.pharmacy.pharmacist_is_administrator = Some(true) } => NeedsReview;
    "第十九条（三）：药师计入但除药师外仍有2名的，不论能否兼任均符合": "jl.a19.i3.pharmacist-not-administrator", |p| { pharmacy(p); p.pharmacy.pharmacist_is_administrator = Some(true); p.pharmacy.insurance_administrators = Some(3) } => Pass;

    "第十九条（四）：分类分区管理并有医保用药标识的符合": "jl.a19.i4.classified-storage-and-labels", |p| pharmacy(p) => Pass;
    "第十九条（四）：未开展药品分类分区管理的不符合": "jl.a19.i4.classified-storage-and-labels", |p| { pharmacy(p); p.pharmacy.classified_storage = Some(false) } => Fail;
    "第十九条（四）：未设立医保用药标识的不符合": "jl.a19.i4.classified-storage-and-labels", |p| { pharmacy(p); p.pharmacy.insurance_drug_labels = Some(false) } => Fail;

    "第十九条（五）：五类制度齐全的符合": "jl.a19.i5.pharmacy-systems", |p| pharmacy(p) => Pass;
    "第十九条（五）：缺医保药品管理制度的不符合": "jl.a19.i5.pharmacy-systems", |p| { pharmacy(p); p.pharmacy.drug_management_system = Some(false) } => Fail;
    "第十九条（五）：缺财务管理制度的不符合": "jl.a19.i5.pharmacy-systems", |p| { pharmacy(p); p.systems.finance = Some(false) } => Fail;
    "第十九条（五）：缺医保人员管理制度的不符合": "jl.a19.i5.pharmacy-systems", |p| { pharmacy(p); p.pharmacy.staff_management_system = Some(false) } => Fail;
    "第十九条（五）：缺统计信息管理制度的不符合": "jl.a19.i5.pharmacy-systems", |p| { pharmacy(p); p.systems.statistics_information = Some(false) } => Fail;
    "第十九条（五）：缺医保费用结算制度的不符合": "jl.a19.i5.pharmacy-systems", |p| { pharmacy(p); p.pharmacy.settlement_system = Some(false) } => Fail;
    "第十九条（五）不要求医疗质量安全核心制度：缺该制度不影响": "jl.a19.i5.pharmacy-systems", |p| { pharmacy(p); p.systems.quality_safety_core = Some(false) } => Pass;

    "第十九条（六）：已具备接口标准的符合": "jl.a19.i6.pharmacy-interface-standard", |p| pharmacy(p) => Pass;
    "第十九条（六）写「具备」：改造尚未完成的不符合": "jl.a19.i6.pharmacy-interface-standard", |p| { pharmacy(p); p.it.interface_standard = Some(InterfaceStandard::Planned) } => Fail;
    "第十九条（六）：已有效对接的符合": "jl.a19.i6.pharmacy-connected", |p| pharmacy(p) => Pass;
    "第十九条（六）：尚未有效对接的不符合": "jl.a19.i6.pharmacy-connected", |p| { pharmacy(p); p.it.connected = Some(false) } => Fail;
    "第十九条（六）：能上传追溯码和进销存信息的符合": "jl.a19.i6.pharmacy-uploads-to-platform", |p| pharmacy(p) => Pass;
    "第十九条（六）「按照有关规定」不免除上传：不能上传药品耗材追溯码的不符合": "jl.a19.i6.pharmacy-uploads-to-platform", |p| { pharmacy(p); p.it.uploads_traceability_codes = Some(false) } => Fail;
    "第十九条（六）：不能上传进销存信息的不符合": "jl.a19.i6.pharmacy-uploads-to-platform", |p| { pharmacy(p); p.it.uploads_inventory = Some(false) } => Fail;
    "第十九条（六）只列追溯码和进销存：不能上传医保结算清单不影响": "jl.a19.i6.pharmacy-uploads-to-platform", |p| { pharmacy(p); p.it.uploads_settlement_lists = Some(false) } => Pass;
    "第十九条（六）：能直接联网结算的符合": "jl.a19.i6.pharmacy-direct-settlement", |p| pharmacy(p) => Pass;
    "第十九条（六）：尚不能直接联网结算的不符合": "jl.a19.i6.pharmacy-direct-settlement", |p| { pharmacy(p); p.it.direct_settlement = Some(false) } => Fail;
    "第十九条（六）：具备建立医保药品等基础数据库条件的符合": "jl.a19.i6.pharmacy-drug-database", |p| pharmacy(p) => Pass;
    "第十九条（六）：不具备建立医保药品基础数据库条件的不符合": "jl.a19.i6.pharmacy-drug-database", |p| { pharmacy(p); p.pharmacy.drug_database = Some(false) } => Fail;
    "第十九条（六）只要求药品等数据库：医疗机构的六类基础数据库不影响": "jl.a19.i6.pharmacy-drug-database", |p| { pharmacy(p); p.it.base_databases = Some(false) } => Pass;
    "第十九条（六）：使用国家统一医保编码的符合": "jl.a19.i6.pharmacy-national-codes", |p| pharmacy(p) => Pass;
    "第十九条（六）：未使用国家统一医保编码的不符合": "jl.a19.i6.pharmacy-national-codes", |p| { pharmacy(p); p.it.national_codes = Some(false) } => Fail;

    "第十九条（七）：申报符合其他条件的符合": "jl.a19.i7.pharmacy-other-conditions", |p| pharmacy(p) => Pass;
    "第十九条（七）：申报不符合其他条件的不符合": "jl.a19.i7.pharmacy-other-conditions", |p| { pharmacy(p); p.institution.other_conditions_met = Some(false) } => Fail;

    "第二十一条（一）：无未履行行政处罚的可以受理": "jl.a21.i1.pharmacy-administrative-penalty", |p| pharmacy(p) => Pass;
    "第二十一条（一）：有未履行的行政处罚责任的不予受理": "jl.a21.i1.pharmacy-administrative-penalty", |p| { pharmacy(p); p.history.unfulfilled_administrative_penalty = Some(true) } => Fail;

    "第二十一条（二）：无弄虚作假记录的可以受理": "jl.a21.i2.pharmacy-fraudulent-application-3-years", |p| pharmacy(p) => Pass;
    "第二十一条（二）：2023年11月21日发现，至2026年11月22日已满3年": "jl.a21.i2.pharmacy-fraudulent-application-3-years", |p| { pharmacy(p); p.history.fraudulent_application = Some(true); p.history.fraudulent_application_discovered_on = Some(date("2023-11-21")) } => Pass;
    "第二十一条（二）：2023年11月22日发现，2026年11月22日恰为届满日": "jl.a21.i2.pharmacy-fraudulent-application-3-years", |p| { pharmacy(p); p.history.fraudulent_application = Some(true); p.history.fraudulent_application_discovered_on = Some(date("2023-11-22")) } => NeedsReview;
    "第二十一条（二）：2023年11月23日发现，未满3年不予受理": "jl.a21.i2.pharmacy-fraudulent-application-3-years", |p| { pharmacy(p); p.history.fraudulent_application = Some(true); p.history.fraudulent_application_discovered_on = Some(date("2023-11-23")) } => Fail;
    "第二十一条（二）：发现了弄虚作假却未填日期的需补充信息": "jl.a21.i2.pharmacy-fraudulent-application-3-years", |p| { pharmacy(p); p.history.fraudulent_application = Some(true) } => NeedsInformation;

    "第二十一条（三）：无违法违规解除记录的可以受理": "jl.a21.i3.pharmacy-terminated-for-violation-3-years", |p| pharmacy(p) => Pass;
    "第二十一条（三）：解除满3年且行政处罚法律责任已履行的可以受理": "jl.a21.i3.pharmacy-terminated-for-violation-3-years", |p| { pharmacy(p); p.history.terminated_for_violation = Some(true); p.history.terminated_for_violation_on = Some(date("2023-11-21")); p.history.violation_penalty_fulfilled = Some(true) } => Pass;
    "第二十一条（三）：2026年11月22日恰为解除满3年之日": "jl.a21.i3.pharmacy-terminated-for-violation-3-years", |p| { pharmacy(p); p.history.terminated_for_violation = Some(true); p.history.terminated_for_violation_on = Some(date("2023-11-22")); p.history.violation_penalty_fulfilled = Some(true) } => NeedsReview;
    "第二十一条（三）：2023年11月23日解除，未满3年不予受理": "jl.a21.i3.pharmacy-terminated-for-violation-3-years", |p| { pharmacy(p); p.history.terminated_for_violation = Some(true); p.history.terminated_for_violation_on = Some(date("2023-11-23")); p.history.violation_penalty_fulfilled = Some(true) } => Fail;
    "第二十一条（三）：已满3年但行政处罚法律责任未完全履行的仍不予受理": "jl.a21.i3.pharmacy-terminated-for-violation-3-years", |p| { pharmacy(p); p.history.terminated_for_violation = Some(true); p.history.terminated_for_violation_on = Some(date("2020-01-01")); p.history.violation_penalty_fulfilled = Some(false) } => Fail;

    "第二十一条（四）：无严重违约解除记录的可以受理": "jl.a21.i4.pharmacy-terminated-for-breach-1-year", |p| pharmacy(p) => Pass;
    "第二十一条（四）：解除满1年且违约责任已履行的可以受理": "jl.a21.i4.pharmacy-terminated-for-breach-1-year", |p| { pharmacy(p); p.history.terminated_for_breach = Some(true); p.history.terminated_for_breach_on = Some(date("2025-11-21")); p.history.breach_liability_fulfilled = Some(true) } => Pass;
    "第二十一条（四）：2026年11月22日恰为解除满1年之日": "jl.a21.i4.pharmacy-terminated-for-breach-1-year", |p| { pharmacy(p); p.history.terminated_for_breach = Some(true); p.history.terminated_for_breach_on = Some(date("2025-11-22")); p.history.breach_liability_fulfilled = Some(true) } => NeedsReview;
    "第二十一条（四）：2025年11月23日解除，未满1年不予受理": "jl.a21.i4.pharmacy-terminated-for-breach-1-year", |p| { pharmacy(p); p.history.terminated_for_breach = Some(true); p.history.terminated_for_breach_on = Some(date("2025-11-23")); p.history.breach_liability_fulfilled = Some(true) } => Fail;
    "第二十一条（四）：已满1年但违约责任未完全履行的仍不予受理": "jl.a21.i4.pharmacy-terminated-for-breach-1-year", |p| { pharmacy(p); p.history.terminated_for_breach = Some(true); p.history.terminated_for_breach_on = Some(date("2025-01-01")); p.history.breach_liability_fulfilled = Some(false) } => Fail;

    "第二十一条（五）：负责人无导致原药店被解除记录的可以受理": "jl.a21.i5.pharmacy-leader-caused-termination-5-years", |p| pharmacy(p) => Pass;
    "第二十一条（五）：负责人导致原零售药店被解除已满5年的可以受理": "jl.a21.i5.pharmacy-leader-caused-termination-5-years", |p| { pharmacy(p); p.history.leader_caused_termination = Some(true); p.history.leader_previous_institution = Some(PreviousInstitution::RetailPharmacy); p.history.leader_termination_on = Some(date("2021-11-21")) } => Pass;
    "第二十一条（五）：2026年11月22日恰为原药店解除满5年之日": "jl.a21.i5.pharmacy-leader-caused-termination-5-years", |p| { pharmacy(p); p.history.leader_caused_termination = Some(true); p.history.leader_previous_institution = Some(PreviousInstitution::RetailPharmacy); p.history.leader_termination_on = Some(date("2021-11-22")) } => NeedsReview;
    "第二十一条（五）：2021年11月23日原零售药店被解除，未满5年不予受理": "jl.a21.i5.pharmacy-leader-caused-termination-5-years", |p| { pharmacy(p); p.history.leader_caused_termination = Some(true); p.history.leader_previous_institution = Some(PreviousInstitution::RetailPharmacy); p.history.leader_termination_on = Some(date("2021-11-23")) } => Fail;
    "第二十一条（五）只写「原定点零售药店」：原机构为医疗机构的需人工复核": "jl.a21.i5.pharmacy-leader-caused-termination-5-years", |p| { pharmacy(p); p.history.leader_caused_termination = Some(true); p.history.leader_previous_institution = Some(PreviousInstitution::MedicalInstitution); p.history.leader_termination_on = Some(date("2024-01-01")) } => NeedsReview;

    "第二十一条（六）：负责人未列入失信名单的可以受理": "jl.a21.i6.pharmacy-leader-dishonest", |p| pharmacy(p) => Pass;
    "第二十一条（六）：法定代表人、企业负责人或实际控制人被列入失信人名单的不予受理": "jl.a21.i6.pharmacy-leader-dishonest", |p| { pharmacy(p); p.history.leader_dishonest = Some(true) } => Fail;
    "第二十一条（七）：无其他情形的可以受理": "jl.a21.i7.pharmacy-other-grounds", |p| pharmacy(p) => Pass;
    "第二十一条（七）：存在法律法规规定的其他情形的不予受理": "jl.a21.i7.pharmacy-other-grounds", |p| { pharmacy(p); p.history.other_refusal_ground = Some(true) } => Fail;

    "第二十二条：所填基本信息与营业执照、药品经营许可证相符的可以受理": "jl.a22.pharmacy-application-matches-licences", |p| pharmacy(p) => Pass;
    "第二十二条：基本信息不符的，默认按第二十四条（三）退回": "jl.a22.pharmacy-application-matches-licences", |p| { pharmacy(p); p.pharmacy.application_matches_licences = Some(false) } => Fail;
    "第二十二条看营业执照和药品经营许可证：医疗机构执业许可证一项不影响": "jl.a22.pharmacy-application-matches-licences", |p| { pharmacy(p); p.institution.application_matches_licence = Some(false) } => Pass;

    "第二十九条：评估时未被发现虚构、篡改材料的可以受理": "jl.a29.pharmacy-falsified-materials-3-years", |p| pharmacy(p) => Pass;
    "第二十九条：2023年11月21日发现虚构材料，至2026年11月22日已满3年": "jl.a29.pharmacy-falsified-materials-3-years", |p| { pharmacy(p); p.history.falsified_materials = Some(true); p.history.falsified_materials_discovered_on = Some(date("2023-11-21")) } => Pass;
    "第二十九条：2023年11月22日发现，2026年11月22日恰为届满日": "jl.a29.pharmacy-falsified-materials-3-years", |p| { pharmacy(p); p.history.falsified_materials = Some(true); p.history.falsified_materials_discovered_on = Some(date("2023-11-22")) } => NeedsReview;
    "第二十九条：2023年11月23日发现，3年内不再受理": "jl.a29.pharmacy-falsified-materials-3-years", |p| { pharmacy(p); p.history.falsified_materials = Some(true); p.history.falsified_materials_discovered_on = Some(date("2023-11-23")) } => Fail;

    "第二十九条（四）：未曾评估不合格的，整改期不适用": "jl.a29.i4.pharmacy-reapply-after-3-months", |p| pharmacy(p) => NotApplicable;
    "第二十九条（四）：2026年8月21日送达不合格结果，11月22日已整改满3个月": "jl.a29.i4.pharmacy-reapply-after-3-months", |p| { pharmacy(p); p.history.assessment = Some(AssessmentRecord::FailedOnce); p.history.assessment_failure_notified_on = Some(date("2026-08-21")) } => Pass;
    "第二十九条（四）：2026年8月22日送达，11月22日恰为满3个月之日": "jl.a29.i4.pharmacy-reapply-after-3-months", |p| { pharmacy(p); p.history.assessment = Some(AssessmentRecord::FailedOnce); p.history.assessment_failure_notified_on = Some(date("2026-08-22")) } => NeedsReview;
    "第二十九条（四）：2026年8月23日送达，整改未满3个月不能再次申请": "jl.a29.i4.pharmacy-reapply-after-3-months", |p| { pharmacy(p); p.history.assessment = Some(AssessmentRecord::FailedOnce); p.history.assessment_failure_notified_on = Some(date("2026-08-23")) } => Fail;

    "第二十九条（四）：未曾二次评估不合格的可以申请": "jl.a29.i4.pharmacy-second-failure-1-year", |p| pharmacy(p) => Pass;
    "第二十九条（四）：再次评估不合格满1年的可以申请": "jl.a29.i4.pharmacy-second-failure-1-year", |p| { pharmacy(p); p.history.assessment = Some(AssessmentRecord::FailedAgain); p.history.assessment_failure_notified_on = Some(date("2025-11-21")) } => Pass;
    "第二十九条（四）：2026年11月22日恰为满1年之日": "jl.a29.i4.pharmacy-second-failure-1-year", |p| { pharmacy(p); p.history.assessment = Some(AssessmentRecord::FailedAgain); p.history.assessment_failure_notified_on = Some(date("2025-11-22")) } => NeedsReview;
    "第二十九条（四）：2025年11月23日送达，1年内不得再次申请": "jl.a29.i4.pharmacy-second-failure-1-year", |p| { pharmacy(p); p.history.assessment = Some(AssessmentRecord::FailedAgain); p.history.assessment_failure_notified_on = Some(date("2025-11-23")) } => Fail;

    "第二十条（一）：已备新增定点零售药店申请表": "jl.a20.i1.pharmacy-application-form", |p| pharmacy(p) => Pass;
    "第二十条（一）：缺申请表": "jl.a20.i1.pharmacy-application-form", |p| { pharmacy(p); p.materials.application_form = Some(false) } => Fail;
    "第二十条（二）：已备药品经营许可证复印件": "jl.a20.i2.drug-trading-licence-copy", |p| pharmacy(p) => Pass;
    "第二十条（二）：缺药品经营许可证复印件": "jl.a20.i2.drug-trading-licence-copy", |p| { pharmacy(p); p.materials.drug_trading_licence_copy = Some(false) } => Fail;
    "第二十条（二）：已备营业执照复印件": "jl.a20.i2.business-licence-copy", |p| pharmacy(p) => Pass;
    "第二十条（二）：缺营业执照复印件": "jl.a20.i2.business-licence-copy", |p| { pharmacy(p); p.materials.business_licence_copy = Some(false) } => Fail;
    "第二十条（二）：已备法定代表人身份证复印件": "jl.a20.i2.legal-representative-id-copy", |p| pharmacy(p) => Pass;
    "第二十条（二）：缺法定代表人身份证复印件": "jl.a20.i2.legal-representative-id-copy", |p| { pharmacy(p); p.materials.legal_representative_id_copy = Some(false) } => Fail;
    "第二十条（三）：已备药师证书及劳动合同复印件": "jl.a20.i3.pharmacist-certificate-and-contract", |p| pharmacy(p) => Pass;
    "第二十条（三）：缺药师证书及劳动合同复印件": "jl.a20.i3.pharmacist-certificate-and-contract", |p| { pharmacy(p); p.materials.pharmacist_certificate_and_contract = Some(false) } => Fail;
    "第二十条（四）：已备医保管理人员劳动合同材料": "jl.a20.i4.insurance-staff-contracts", |p| pharmacy(p) => Pass;
    "第二十条（四）：缺医保管理人员劳动合同材料": "jl.a20.i4.insurance-staff-contracts", |p| { pharmacy(p); p.materials.insurance_staff_contracts = Some(false) } => Fail;
    "第二十条（五）：内部管理制度和财务制度文本均已备": "jl.a20.i5.pharmacy-systems-text", |p| pharmacy(p) => Pass;
    "第二十条（五）：缺内部管理制度文本": "jl.a20.i5.pharmacy-systems-text", |p| { pharmacy(p); p.materials.internal_systems_text = Some(false) } => Fail;
    "第二十条（五）：缺财务制度文本": "jl.a20.i5.pharmacy-systems-text", |p| { pharmacy(p); p.materials.finance_system_text = Some(false) } => Fail;
    "第二十条（六）：已备信息系统相关材料": "jl.a20.i6.pharmacy-it-system-materials", |p| pharmacy(p) => Pass;
    "第二十条（六）：缺信息系统相关材料": "jl.a20.i6.pharmacy-it-system-materials", |p| { pharmacy(p); p.materials.it_system_materials = Some(false) } => Fail;
    "第二十条（七）：已备基金使用预测性分析报告": "jl.a20.i7.pharmacy-fund-forecast-report", |p| pharmacy(p) => Pass;
    "第二十条（七）：缺基金使用预测性分析报告": "jl.a20.i7.pharmacy-fund-forecast-report", |p| { pharmacy(p); p.materials.fund_forecast_report = Some(false) } => Fail;
    "第二十条（八）：已按市级要求备齐其他材料": "jl.a20.i8.pharmacy-other-local-materials", |p| pharmacy(p) => Pass;
    "第二十条（八）：市级要求的其他材料文件未列明，未确认的需人工复核": "jl.a20.i8.pharmacy-other-local-materials", |p| { pharmacy(p); p.materials.other_local_materials = Some(false) } => NeedsReview;

    "第三十七条：变更名称属（二）所列": "jl.a37.pharmacy-change-kinds", |p| change(p, &[ChangeKind::Name]) => Pass;
    "第三十七条：变更银行账户属（三）所列": "jl.a37.pharmacy-change-kinds", |p| change(p, &[ChangeKind::BankAccount]) => Pass;
    "第三十七条：零售药店变更机构规模，总则列有而（二）未列，需人工复核": "jl.a37.pharmacy-change-kinds", |p| change(p, &[ChangeKind::Scale]) => NeedsReview;
    "第三十七条：零售药店变更机构性质，总则列有而（二）未列，需人工复核": "jl.a37.pharmacy-change-kinds", |p| change(p, &[ChangeKind::Nature, ChangeKind::Name]) => NeedsReview;
    "第三十七条：证照重新核发须确认是信息变更还是重新申请定点": "jl.a37.pharmacy-change-kinds", |p| change(p, &[ChangeKind::LicenceReissued]) => NeedsReview;
    "第三十七条：未选择变更事项的需人工复核": "jl.a37.pharmacy-change-kinds", |p| change(p, &[]) => NeedsReview;
    "第三十七条：未答变更事项的需补充信息": "jl.a37.pharmacy-change-kinds", |p| { change(p, &[]); p.application.changes = None } => NeedsInformation;

    "第三十七条（二）1.：变更名称，已备信息变更申请表": "jl.a37.i2.pharmacy-change-form", |p| change(p, &[ChangeKind::Name]) => Pass;
    "第三十七条（二）1.：变更法定代表人，缺信息变更申请表": "jl.a37.i2.pharmacy-change-form", |p| { change(p, &[ChangeKind::LegalRepresentative]); p.materials.application_form = Some(false) } => Fail;
    "第三十七条（二）：只变更银行账户的，（二）不适用": "jl.a37.i2.pharmacy-change-form", |p| change(p, &[ChangeKind::BankAccount]) => NotApplicable;
    "第三十七条（二）2.：变更经营范围，已备批准变更文件": "jl.a37.i2.pharmacy-change-approval-documents", |p| change(p, &[ChangeKind::PracticeScope]) => Pass;
    "第三十七条（二）2.：变更经营方式，缺批准变更文件": "jl.a37.i2.pharmacy-change-approval-documents", |p| { change(p, &[ChangeKind::BusinessMode]); p.materials.change_approval_documents = Some(false) } => Fail;
    "第三十七条（二）2.：只变更银行账户的不须批准变更文件": "jl.a37.i2.pharmacy-change-approval-documents", |p| { change(p, &[ChangeKind::BankAccount]); p.materials.change_approval_documents = Some(false) } => NotApplicable;
    "第三十七条（二）3.：已备药品经营许可证及变更页": "jl.a37.i2.pharmacy-drug-trading-licence-and-change-pages", |p| change(p, &[ChangeKind::Name]) => Pass;
    "第三十七条（二）3.：缺药品经营许可证及变更页": "jl.a37.i2.pharmacy-drug-trading-licence-and-change-pages", |p| { change(p, &[ChangeKind::Name]); p.materials.drug_trading_licence_copy = Some(false) } => Fail;
    "第三十七条（二）3.：变更机构规模的，材料按（二）检查": "jl.a37.i2.pharmacy-drug-trading-licence-and-change-pages", |p| { change(p, &[ChangeKind::Scale]); p.materials.drug_trading_licence_copy = Some(false) } => Fail;
    "第三十七条（二）4.：已备营业执照": "jl.a37.i2.pharmacy-business-licence", |p| change(p, &[ChangeKind::Name]) => Pass;
    "第三十七条（二）4.：缺营业执照": "jl.a37.i2.pharmacy-business-licence", |p| { change(p, &[ChangeKind::Name]); p.materials.business_licence_copy = Some(false) } => Fail;
    "第三十七条（二）5.：已备法定代表人身份证": "jl.a37.i2.pharmacy-legal-representative-id", |p| change(p, &[ChangeKind::LegalRepresentative]) => Pass;
    "第三十七条（二）5.：缺法定代表人身份证": "jl.a37.i2.pharmacy-legal-representative-id", |p| { change(p, &[ChangeKind::LegalRepresentative]); p.materials.legal_representative_id_copy = Some(false) } => Fail;
    "第三十七条（二）6.：变更注册地址，已备经营场所产权证明或租赁合同": "jl.a37.i2.pharmacy-premises-proof", |p| change(p, &[ChangeKind::RegisteredAddress]) => Pass;
    "第三十七条（二）6.：变更注册地址，缺经营场所产权证明或租赁合同": "jl.a37.i2.pharmacy-premises-proof", |p| { change(p, &[ChangeKind::RegisteredAddress]); p.materials.premises_proof = Some(false) } => Fail;
    "第三十七条（二）6.「变更地址需要提供」：只变更名称的不须提供": "jl.a37.i2.pharmacy-premises-proof", |p| { change(p, &[ChangeKind::Name]); p.materials.premises_proof = Some(false) } => NotApplicable;

    "第三十七条（三）：变更银行账户，已备信息变更申请表": "jl.a37.i3.pharmacy-bank-account-form", |p| change(p, &[ChangeKind::BankAccount]) => Pass;
    "第三十七条（三）：变更银行账户，缺信息变更申请表": "jl.a37.i3.pharmacy-bank-account-form", |p| { change(p, &[ChangeKind::BankAccount]); p.materials.application_form = Some(false) } => Fail;
    "第三十七条（三）：未变更银行账户的不适用": "jl.a37.i3.pharmacy-bank-account-form", |p| change(p, &[ChangeKind::Name]) => NotApplicable;
};

fn pharmacy_baseline() -> Profile {
    let mut profile = baseline(J);
    pharmacy(&mut profile);
    profile
}

#[test]
fn every_jilin_pharmacy_case_gives_the_outcome_its_article_states() {
    run(CASES);
}

#[test]
fn a_complete_jilin_pharmacy_may_apply_under_pharmacy_rules_only() {
    let report = check(&pharmacy_baseline(), date("2026-11-22"));
    assert_eq!(
        report.conclusion.may_apply,
        MayApply::Yes,
        "{}",
        report.conclusion.summary
    );
    assert_eq!(report.conclusion.counts.fail, 0);
    assert_eq!(report.conclusion.counts.needs_review, 0);
    assert_eq!(report.conclusion.materials.fail, 0);
    assert!(!report.findings.is_empty());
    for finding in &report.findings {
        let rule = crate::catalog::rule(finding.rule_id);
        assert_eq!(
            rule.map(|r| r.applicant),
            Some(Applicant::RetailPharmacy),
            "{} is not a pharmacy rule",
            finding.rule_id
        );
    }
    let ids: Vec<&str> = report.findings.iter().map(|f| f.rule_id).collect();
    for rule in super::RULES
        .iter()
        .filter(|r| r.application == Some(ApplicationKind::NewDesignation))
    {
        assert!(ids.contains(&rule.id), "{} not applied", rule.id);
    }
    assert!(super::super::RULES.iter().all(|r| !ids.contains(&r.id)));
}

#[test]
fn a_pharmacy_in_jiangsu_has_no_rule_data() {
    let mut profile = baseline(Jurisdiction::Jiangsu);
    pharmacy(&mut profile);
    let report = check(&profile, date("2026-11-22"));
    assert_eq!(report.conclusion.may_apply, MayApply::NotCovered);
    assert!(report
        .findings
        .iter()
        .any(|f| f.rule_id == "js.a2.pharmacy-not-covered" && f.outcome == Outcome::NotCovered));
}

#[test]
fn jilin_pharmacy_rules_are_not_covered_before_2026() {
    let report = check(&pharmacy_baseline(), date("2025-12-31"));
    assert_eq!(report.conclusion.may_apply, MayApply::NotCovered);
    assert!(!report.findings.is_empty());
    assert!(report
        .findings
        .iter()
        .all(|f| f.outcome == Outcome::NotCovered && f.detail.contains("2026年1月1日")));
    let first_day = check(&pharmacy_baseline(), date("2026-01-01"));
    assert!(first_day
        .findings
        .iter()
        .all(|f| f.outcome != Outcome::NotCovered));
}

#[test]
fn a_pharmacy_changing_its_name_with_every_material_may_apply() {
    let mut profile = pharmacy_baseline();
    change(&mut profile, &[ChangeKind::Name, ChangeKind::BankAccount]);
    let report = check(&profile, date("2026-11-22"));
    assert_eq!(
        report.conclusion.may_apply,
        MayApply::Yes,
        "{}",
        report.conclusion.summary
    );
    assert!(report
        .findings
        .iter()
        .all(|f| crate::catalog::rule(f.rule_id).map(|r| r.applicant)
            == Some(Applicant::RetailPharmacy)));
    let premises = report
        .findings
        .iter()
        .find(|f| f.rule_id == "jl.a37.i2.pharmacy-premises-proof")
        .map(|f| f.outcome);
    assert_eq!(premises, Some(Outcome::NotApplicable));
}

#[test]
fn a_contract_finding_shows_its_dates() {
    let mut profile = pharmacy_baseline();
    profile.pharmacy.pharmacist_contract_start = Some(date("2025-11-01"));
    profile.pharmacy.pharmacist_contract_end = Some(date("2026-11-21"));
    let report = check(&profile, date("2026-11-22"));
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule_id == "jl.a19.i2.pharmacist-with-contract")
        .expect("finding");
    assert_eq!(finding.outcome, Outcome::Fail);
    assert!(
        finding.detail.contains("2026年11月21日") && finding.detail.contains("2025年11月1日"),
        "{}",
        finding.detail
    );
    assert!(finding.dates.iter().any(|d| d.date == date("2026-11-21")));
}
