//! Each Jiangsu rule, both ways, against the words of its article.

use crate::catalog::testing::{cases, date, run, Case};
use crate::facts::*;

const J: Jurisdiction = Jurisdiction::Jiangsu;

pub(crate) static CASES: &[Case] = cases! { J;
    "第五条（一）：综合医院可以申请": "js.a5.kind-listed", |p| () => Pass;
    "第五条（三）：诊所可以申请": "js.a5.kind-listed", |p| p.institution.kind = Some(InstitutionKind::Clinic) => Pass;
    "第五条：经批准有为民服务资质的军队医疗机构可以申请": "js.a5.kind-listed", |p| p.institution.kind = Some(InstitutionKind::Military) => Pass;
    "第五条为封闭列举：清单外的机构不能申请": "js.a5.kind-listed", |p| p.institution.kind = Some(InstitutionKind::Other) => Fail;

    "第五条：持医疗机构执业许可证可以申请": "js.a5.licence", |p| () => Pass;
    "第五条：持诊所备案凭证可以申请": "js.a5.licence", |p| p.institution.licence = Some(Licence::ClinicRecord) => Pass;
    "第五条未写中医诊所备案证：持该证者需人工复核": "js.a5.licence", |p| p.institution.licence = Some(Licence::TcmClinicRecord) => NeedsReview;
    "第五条：未取得执业证照的不能申请": "js.a5.licence", |p| p.institution.licence = Some(Licence::None) => Fail;
    "第五条：军队医疗机构持为民服务许可证可以申请": "js.a5.licence", |p| { p.institution.kind = Some(InstitutionKind::Military); p.institution.licence = Some(Licence::MilitaryLicence) } => Pass;
    "第五条：军队医疗机构未经批准为民服务的不能申请": "js.a5.licence", |p| p.institution.kind = Some(InstitutionKind::Military) => Fail;

    "第十四条第2款：能独立承担民事责任的，可以自己的名义签约": "js.a14.p2.independent-civil-liability", |p| () => Pass;
    "第十四条第2款：不能独立承担民事责任的，须确认由谁签约": "js.a14.p2.independent-civil-liability", |p| p.institution.independent_civil_liability = Some(false) => NeedsReview;
    "第十四条第2款：未回答的需补充信息": "js.a14.p2.independent-civil-liability", |p| p.institution.independent_civil_liability = None => NeedsInformation;
    "第十四条第2款：南通机构申请定点同样适用": "js.a14.p2.independent-civil-liability", |p| { p.jurisdiction = Jurisdiction::Nantong; p.institution.independent_civil_liability = Some(false) } => NeedsReview;

    "第六条（一）：2025年3月起运营，已满3个月": "js.a6.i1.operating-3-months", |p| () => Pass;
    "第六条（一）：2026年8月21日起运营，11月22日起满3个月": "js.a6.i1.operating-3-months", |p| p.institution.operating_since = Some(date("2026-08-21")) => Pass;
    "第六条（一）：2026年8月22日起运营，11月22日恰为届满日，取决于当日是否计入": "js.a6.i1.operating-3-months", |p| p.institution.operating_since = Some(date("2026-08-22")) => NeedsReview;
    "第六条（一）：2026年8月23日起运营，11月22日未满3个月": "js.a6.i1.operating-3-months", |p| p.institution.operating_since = Some(date("2026-08-23")) => Fail;
    "第六条（一）：尚未开始运营的不符合": "js.a6.i1.operating-3-months", |p| p.institution.operating_since = Some(date("2026-12-01")) => Fail;
    "第六条（一）：未填运营开始日期的需补充信息": "js.a6.i1.operating-3-months", |p| p.institution.operating_since = None => NeedsInformation;

    "第六条（二）：1名第一注册地在本机构的医师即符合": "js.a6.i2.physician-first-registered", |p| p.staff.physicians_first_registered_here = Some(1) => Pass;
    "第六条（二）：没有第一注册地在本机构的医师不符合": "js.a6.i2.physician-first-registered", |p| p.staff.physicians_first_registered_here = Some(0) => Fail;

    "第六条（三）：主要负责人负责医保并有医保管理人员": "js.a6.i3.principal-and-staff", |p| p.staff.insurance_staff = Some(1) => Pass;
    "第六条（三）：主要负责人不负责医保工作的不符合": "js.a6.i3.principal-and-staff", |p| p.staff.principal_in_charge_of_insurance = Some(false) => Fail;
    "第六条（三）：没有专（兼）职医保管理人员的不符合": "js.a6.i3.principal-and-staff", |p| p.staff.insurance_staff = Some(0) => Fail;

    "第六条（三）：99张床位的不须设医保管理部门": "js.a6.i3.department-100-beds", |p| { p.institution.beds = Some(99); p.staff.insurance_department = Some(false) } => NotApplicable;
    "第六条（三）：“100张床位以上”含100张，设部门并有专职人员的符合": "js.a6.i3.department-100-beds", |p| p.institution.beds = Some(100) => Pass;
    "第六条（三）：100张床位未设医保管理部门的不符合": "js.a6.i3.department-100-beds", |p| { p.institution.beds = Some(100); p.staff.insurance_department = Some(false) } => Fail;
    "第六条（三）：设了部门但无专职工作人员的不符合": "js.a6.i3.department-100-beds", |p| p.staff.insurance_department_full_time_staff = Some(0) => Fail;

    "第六条（四）：具有内部管理制度的符合": "js.a6.i4.internal-systems", |p| () => Pass;
    "第六条（四）：没有内部管理制度的不符合": "js.a6.i4.internal-systems", |p| p.systems.internal_management = Some(false) => Fail;

    "第六条（五）：已具备接口标准的符合": "js.a6.i5.interface-standard", |p| () => Pass;
    "第六条（五）：「能按照……进行信息系统改造」，改造尚未完成也符合": "js.a6.i5.interface-standard", |p| p.it.interface_standard = Some(InterfaceStandard::Planned) => Pass;
    "第六条（五）：不能改造的不符合": "js.a6.i5.interface-standard", |p| p.it.interface_standard = Some(InterfaceStandard::No) => Fail;
    "第六条（五）：使用国家统一编码的符合": "js.a6.i5.national-codes", |p| () => Pass;
    "第六条（五）：尚未使用国家统一编码，结论取决于「能」管到哪里": "js.a6.i5.national-codes", |p| p.it.national_codes = Some(false) => NeedsReview;
    "第六条（五）：已有效对接的符合": "js.a6.i5.connected", |p| () => Pass;
    "第六条（五）：尚未有效对接，结论取决于读法": "js.a6.i5.connected", |p| p.it.connected = Some(false) => NeedsReview;
    "第六条（五）：能传送全部就诊人员信息的符合": "js.a6.i5.transmits-patient-data", |p| () => Pass;
    "第六条（五）：尚不能传送全部就诊人员信息，结论取决于读法": "js.a6.i5.transmits-patient-data", |p| p.it.transmits_all_patient_data = Some(false) => NeedsReview;
    "第六条（五）：能直接联网结算的符合": "js.a6.i5.direct-settlement", |p| () => Pass;
    "第六条（五）：尚不能直接联网结算，结论取决于读法": "js.a6.i5.direct-settlement", |p| p.it.direct_settlement = Some(false) => NeedsReview;

    "第六条（六）：申报符合其他条件的符合": "js.a6.i6.other-conditions", |p| () => Pass;
    "第六条（六）：申报不符合其他条件的不符合": "js.a6.i6.other-conditions", |p| p.institution.other_conditions_met = Some(false) => Fail;

    "第九条（一）：以基本医疗服务为主的可以受理": "js.a9.i1.non-basic-main-scope", |p| () => Pass;
    "第九条（一）：以医疗美容为主的不予受理": "js.a9.i1.non-basic-main-scope", |p| p.institution.main_scope = Some(MainScope::Cosmetology) => Fail;
    "第九条（一）：江苏列有辅助生殖，以辅助生殖为主的不予受理": "js.a9.i1.non-basic-main-scope", |p| p.institution.main_scope = Some(MainScope::AssistedReproduction) => Fail;
    "第九条（一）：「等非基本医疗服务」，以其他非基本医疗服务为主的不予受理": "js.a9.i1.non-basic-main-scope", |p| p.institution.main_scope = Some(MainScope::OtherNonBasic) => Fail;

    "第九条（二）：执行医药价格政策的可以受理": "js.a9.i2.price-policy", |p| () => Pass;
    "第九条（二）：未执行医药价格政策的不予受理": "js.a9.i2.price-policy", |p| p.history.price_policy_followed = Some(false) => Fail;
    "第九条（三）：无未履行行政处罚的可以受理": "js.a9.i3.administrative-penalty", |p| () => Pass;
    "第九条（三）：有未履行的行政处罚责任的不予受理": "js.a9.i3.administrative-penalty", |p| p.history.unfulfilled_administrative_penalty = Some(true) => Fail;

    "第九条（四）：无弄虚作假记录的可以受理": "js.a9.i4.fraudulent-application-3-years", |p| () => Pass;
    "第九条（四）：2023年11月21日发现，至2026年11月22日已满3年": "js.a9.i4.fraudulent-application-3-years", |p| { p.history.fraudulent_application = Some(true); p.history.fraudulent_application_discovered_on = Some(date("2023-11-21")) } => Pass;
    "第九条（四）：2023年11月22日发现，2026年11月22日恰为届满日": "js.a9.i4.fraudulent-application-3-years", |p| { p.history.fraudulent_application = Some(true); p.history.fraudulent_application_discovered_on = Some(date("2023-11-22")) } => NeedsReview;
    "第九条（四）：2024年1月1日发现，未满3年不予受理": "js.a9.i4.fraudulent-application-3-years", |p| { p.history.fraudulent_application = Some(true); p.history.fraudulent_application_discovered_on = Some(date("2024-01-01")) } => Fail;
    "第九条（四）：发现了弄虚作假却未填日期的需补充信息": "js.a9.i4.fraudulent-application-3-years", |p| p.history.fraudulent_application = Some(true) => NeedsInformation;

    "第九条（五）：解除满3年且行政处罚法律责任已履行的可以受理": "js.a9.i5.terminated-for-violation-3-years", |p| { p.history.terminated_for_violation = Some(true); p.history.terminated_for_violation_on = Some(date("2023-11-21")); p.history.violation_penalty_fulfilled = Some(true) } => Pass;
    "第九条（五）：已满3年但行政处罚法律责任未完全履行的仍不予受理": "js.a9.i5.terminated-for-violation-3-years", |p| { p.history.terminated_for_violation = Some(true); p.history.terminated_for_violation_on = Some(date("2020-01-01")); p.history.violation_penalty_fulfilled = Some(false) } => Fail;
    "第九条（五）：解除未满3年的不予受理，不论责任是否履行": "js.a9.i5.terminated-for-violation-3-years", |p| { p.history.terminated_for_violation = Some(true); p.history.terminated_for_violation_on = Some(date("2024-06-01")) } => Fail;
    "第九条（五）：2026年11月22日恰为解除满3年之日": "js.a9.i5.terminated-for-violation-3-years", |p| { p.history.terminated_for_violation = Some(true); p.history.terminated_for_violation_on = Some(date("2023-11-22")); p.history.violation_penalty_fulfilled = Some(true) } => NeedsReview;

    "第九条（六）：无严重违约解除记录的可以受理": "js.a9.i6.terminated-for-breach-1-year", |p| () => Pass;
    "第九条（六）：解除满1年且违约责任已履行的可以受理": "js.a9.i6.terminated-for-breach-1-year", |p| { p.history.terminated_for_breach = Some(true); p.history.terminated_for_breach_on = Some(date("2025-11-21")); p.history.breach_liability_fulfilled = Some(true) } => Pass;
    "第九条（六）：解除未满1年的不予受理": "js.a9.i6.terminated-for-breach-1-year", |p| { p.history.terminated_for_breach = Some(true); p.history.terminated_for_breach_on = Some(date("2026-01-01")) } => Fail;
    "第九条（六）：已满1年但违约责任未完全履行的仍不予受理": "js.a9.i6.terminated-for-breach-1-year", |p| { p.history.terminated_for_breach = Some(true); p.history.terminated_for_breach_on = Some(date("2025-01-01")); p.history.breach_liability_fulfilled = Some(false) } => Fail;
    "第九条（六）：2026年11月22日恰为解除满1年之日": "js.a9.i6.terminated-for-breach-1-year", |p| { p.history.terminated_for_breach = Some(true); p.history.terminated_for_breach_on = Some(date("2025-11-22")); p.history.breach_liability_fulfilled = Some(true) } => NeedsReview;

    "第九条（七）：负责人导致原医疗机构被解除已满5年的可以受理": "js.a9.i7.leader-caused-termination-5-years", |p| { p.history.leader_caused_termination = Some(true); p.history.leader_previous_institution = Some(PreviousInstitution::MedicalInstitution); p.history.leader_termination_on = Some(date("2021-11-21")) } => Pass;
    "第九条（七）：负责人导致原医疗机构被解除未满5年的不予受理": "js.a9.i7.leader-caused-termination-5-years", |p| { p.history.leader_caused_termination = Some(true); p.history.leader_previous_institution = Some(PreviousInstitution::MedicalInstitution); p.history.leader_termination_on = Some(date("2022-01-01")) } => Fail;
    "第九条（七）：2026年11月22日恰为满5年之日": "js.a9.i7.leader-caused-termination-5-years", |p| { p.history.leader_caused_termination = Some(true); p.history.leader_previous_institution = Some(PreviousInstitution::MedicalInstitution); p.history.leader_termination_on = Some(date("2021-11-22")) } => NeedsReview;
    "第九条（七）只写「原定点医疗机构」：原机构为零售药店的需人工复核": "js.a9.i7.leader-caused-termination-5-years", |p| { p.history.leader_caused_termination = Some(true); p.history.leader_previous_institution = Some(PreviousInstitution::RetailPharmacy); p.history.leader_termination_on = Some(date("2022-01-01")) } => NeedsReview;

    "第九条（八）：负责人未列入失信名单的可以受理": "js.a9.i8.leader-dishonest", |p| () => Pass;
    "第九条（八）：负责人被列入失信人名单的不予受理": "js.a9.i8.leader-dishonest", |p| p.history.leader_dishonest = Some(true) => Fail;
    "第九条（九）：无其他情形的可以受理": "js.a9.i9.other-grounds", |p| () => Pass;
    "第九条（九）：存在其他法定情形的不予受理": "js.a9.i9.other-grounds", |p| p.history.other_refusal_ground = Some(true) => Fail;

    "第十三条：未曾评估不合格的，整改期不适用": "js.a13.p3.reassessment-after-3-months", |p| () => NotApplicable;
    "第十三条：首次不合格后由经办再组织评估，能否另行申请需确认": "js.a13.p3.reassessment-after-3-months", |p| { p.history.assessment = Some(AssessmentRecord::FailedOnce); p.history.assessment_failure_notified_on = Some(date("2026-10-01")) } => NeedsReview;
    "第十三条：未曾二次评估不合格的可以申请": "js.a13.p3.second-failure-1-year", |p| () => Pass;
    "第十三条：再次评估不合格满1年的可以申请": "js.a13.p3.second-failure-1-year", |p| { p.history.assessment = Some(AssessmentRecord::FailedAgain); p.history.assessment_failure_notified_on = Some(date("2025-11-21")) } => Pass;
    "第十三条：再次评估不合格未满1年的不得申请": "js.a13.p3.second-failure-1-year", |p| { p.history.assessment = Some(AssessmentRecord::FailedAgain); p.history.assessment_failure_notified_on = Some(date("2026-03-01")) } => Fail;
    "第十三条：2026年11月22日恰为满1年之日": "js.a13.p3.second-failure-1-year", |p| { p.history.assessment = Some(AssessmentRecord::FailedAgain); p.history.assessment_failure_notified_on = Some(date("2025-11-22")) } => NeedsReview;

    "第二条：江苏细则只适用于医疗机构，零售药店无规则数据": "js.a2.pharmacy-not-covered", |p| p.institution.kind = Some(InstitutionKind::RetailPharmacy) => NotCovered;
    "第七条只规定条件，互联网补充协议的申请材料无规则数据": "js.a7.internet-materials-not-listed", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => NotCovered;
    "第三十五条未列变更材料，无规则数据": "js.a35.change-materials-not-listed", |p| p.application.kind = Some(ApplicationKind::InformationChange) => NotCovered;
    "第三十六条未列续签材料，无规则数据": "js.a36.renewal-materials-not-listed", |p| p.application.kind = Some(ApplicationKind::Renewal) => NotCovered;

    "第八条（一）：已备申请表": "js.a8.i1.application-form", |p| () => Pass;
    "第八条（一）：缺申请表须补正": "js.a8.i1.application-form", |p| p.materials.application_form = Some(false) => Fail;
    "第八条（二）：已备执业证照复印件": "js.a8.i2.licence-copy", |p| () => Pass;
    "第八条（二）：江苏未规定数据共享免交，缺复印件须补正": "js.a8.i2.licence-copy", |p| { p.materials.licence_copy = Some(false); p.materials.licence_verifiable_by_data_sharing = Some(true) } => Fail;
    "第八条（三）：已备内部管理制度文本": "js.a8.i3.internal-systems-text", |p| p.materials.finance_system_text = Some(false) => Pass;
    "第八条（三）：缺内部管理制度文本须补正": "js.a8.i3.internal-systems-text", |p| p.materials.internal_systems_text = Some(false) => Fail;
    "第八条（四）：已备信息系统材料": "js.a8.i4.it-system-materials", |p| () => Pass;
    "第八条（四）：缺信息系统材料须补正": "js.a8.i4.it-system-materials", |p| p.materials.it_system_materials = Some(false) => Fail;
    "第八条（五）：已备基金使用预测性分析报告": "js.a8.i5.fund-forecast-report", |p| () => Pass;
    "第八条（五）：缺预测性分析报告须补正": "js.a8.i5.fund-forecast-report", |p| p.materials.fund_forecast_report = Some(false) => Fail;
};

#[test]
fn every_jiangsu_case_gives_the_outcome_its_article_states() {
    run(CASES);
}

#[test]
fn nantong_applies_under_the_same_jiangsu_rules() {
    let nantong: Vec<Case> = CASES
        .iter()
        .map(|c| Case {
            jurisdiction: Jurisdiction::Nantong,
            ..*c
        })
        .collect();
    run(&nantong);
}
