//! Each Jilin rule, both ways, against the words of its article.

use crate::catalog::testing::{baseline, cases, date, run, Case};
use crate::engine::check;
use crate::facts::*;
use crate::report::{MayApply, Outcome};

const J: Jurisdiction = Jurisdiction::Jilin;

pub(crate) static CASES: &[Case] = cases! { J;
    "第十三条（一）：综合医院可以申请": "jl.a13.kind-listed", |p| () => Pass;
    "第十三条（三）：村卫生室（所）可以申请": "jl.a13.kind-listed", |p| p.institution.kind = Some(InstitutionKind::VillageClinic) => Pass;
    "第三十六条（三）：未实行乡村一体化管理的村卫生室按程序自行申请": "jl.a36.i3.village-clinic-integrated", |p| { p.institution.kind = Some(InstitutionKind::VillageClinic); p.institution.village_integrated = Some(false) } => Pass;
    "第三十六条（三）：乡村一体化管理的村卫生室由乡（镇）卫生院统一签约，不自行申请": "jl.a36.i3.village-clinic-integrated", |p| { p.institution.kind = Some(InstitutionKind::VillageClinic); p.institution.village_integrated = Some(true) } => Fail;
    "第三十六条（三）：村卫生室未答是否乡村一体化管理的需补充信息": "jl.a36.i3.village-clinic-integrated", |p| p.institution.kind = Some(InstitutionKind::VillageClinic) => NeedsInformation;
    "第三十六条（三）：综合医院不涉及": "jl.a36.i3.village-clinic-integrated", |p| () => NotApplicable;
    "第十三条（六）：养老机构内设的医疗机构可以申请": "jl.a13.kind-listed", |p| p.institution.kind = Some(InstitutionKind::ElderlyCareMedical) => Pass;
    "第十三条：经批准有为民服务资质的军队医疗机构可以申请": "jl.a13.kind-listed", |p| p.institution.kind = Some(InstitutionKind::Military) => Pass;
    "第十三条（六）以「；」结尾，清单可能不全：清单外的机构需人工复核": "jl.a13.kind-listed", |p| p.institution.kind = Some(InstitutionKind::Other) => NeedsReview;

    "第十三条：持医疗机构执业许可证可以申请": "jl.a13.licence", |p| () => Pass;
    "第十三条：持中医诊所备案证可以申请": "jl.a13.licence", |p| { p.institution.kind = Some(InstitutionKind::Clinic); p.institution.licence = Some(Licence::TcmClinicRecord) } => Pass;
    "第十三条：持诊所备案凭证可以申请": "jl.a13.licence", |p| { p.institution.kind = Some(InstitutionKind::Clinic); p.institution.licence = Some(Licence::ClinicRecord) } => Pass;
    "第十三条：未取得执业证照的不能申请": "jl.a13.licence", |p| p.institution.licence = Some(Licence::None) => Fail;
    "第十三条：军队医疗机构持为民服务许可证可以申请": "jl.a13.licence", |p| { p.institution.kind = Some(InstitutionKind::Military); p.institution.licence = Some(Licence::MilitaryLicence) } => Pass;
    "第十三条：军队医疗机构未经批准为民服务的不能申请": "jl.a13.licence", |p| p.institution.kind = Some(InstitutionKind::Military) => Fail;

    "第十四条（一）：2025年3月起运营，已满3个月": "jl.a14.i1.operating-3-months", |p| () => Pass;
    "第十四条（一）：2026年8月21日起运营，11月22日已满3个月": "jl.a14.i1.operating-3-months", |p| p.institution.operating_since = Some(date("2026-08-21")) => Pass;
    "第十四条（一）：2026年8月22日起运营，11月22日恰为届满日，取决于当日是否计入": "jl.a14.i1.operating-3-months", |p| p.institution.operating_since = Some(date("2026-08-22")) => NeedsReview;
    "第十四条（一）：2026年8月23日起运营，11月22日未满3个月": "jl.a14.i1.operating-3-months", |p| p.institution.operating_since = Some(date("2026-08-23")) => Fail;
    "第十四条（一）：尚未开始运营的不符合": "jl.a14.i1.operating-3-months", |p| p.institution.operating_since = Some(date("2026-12-01")) => Fail;
    "第十四条（一）：2026年1月1日规程施行之日，自2025年9月30日起运营的已满3个月": "jl.a14.i1.operating-3-months" on "2026-01-01", |p| p.institution.operating_since = Some(date("2025-09-30")) => Pass;
    "第十四条（一）：未填运营开始日期的需补充信息": "jl.a14.i1.operating-3-months", |p| p.institution.operating_since = None => NeedsInformation;

    "第十四条（二）：1名主要执业机构在本机构的医师即符合": "jl.a14.i2.physician-main-practice", |p| p.staff.physicians_main_practice_here = Some(1) => Pass;
    "第十四条（二）：没有主要执业机构在本机构的医师不符合": "jl.a14.i2.physician-main-practice", |p| p.staff.physicians_main_practice_here = Some(0) => Fail;
    "第十四条（二）以主要执业机构计：第一注册地在本机构的医师再多也不能代替": "jl.a14.i2.physician-main-practice", |p| { p.staff.physicians_first_registered_here = Some(5); p.staff.physicians_main_practice_here = Some(0) } => Fail;

    "第十四条（三）：主要负责人负责医保并有医保管理人员": "jl.a14.i3.principal-and-staff", |p| p.staff.insurance_staff = Some(1) => Pass;
    "第十四条（三）：主要负责人不负责医保工作的不符合": "jl.a14.i3.principal-and-staff", |p| p.staff.principal_in_charge_of_insurance = Some(false) => Fail;
    "第十四条（三）：没有专（兼）职医保管理人员的不符合": "jl.a14.i3.principal-and-staff", |p| p.staff.insurance_staff = Some(0) => Fail;

    "第十四条（三）：99张床位的不须设医保管理部门": "jl.a14.i3.department-100-beds", |p| { p.institution.beds = Some(99); p.staff.insurance_department = Some(false) } => NotApplicable;
    "第十四条（三）：“100张床位以上”含100张，设部门并有专职人员的符合": "jl.a14.i3.department-100-beds", |p| p.institution.beds = Some(100) => Pass;
    "第十四条（三）：100张床位未设医保管理部门的不符合": "jl.a14.i3.department-100-beds", |p| { p.institution.beds = Some(100); p.staff.insurance_department = Some(false) } => Fail;
    "第十四条（三）：设了部门但无专职工作人员的不符合": "jl.a14.i3.department-100-beds", |p| p.staff.insurance_department_full_time_staff = Some(0) => Fail;

    "第十四条（四）：四类制度齐全的符合": "jl.a14.i4.internal-systems", |p| () => Pass;
    "第十四条（四）：缺医保管理制度的不符合": "jl.a14.i4.internal-systems", |p| p.systems.insurance_management = Some(false) => Fail;
    "第十四条（四）：缺财务制度的不符合": "jl.a14.i4.internal-systems", |p| p.systems.finance = Some(false) => Fail;
    "第十四条（四）：缺统计信息管理制度的不符合": "jl.a14.i4.internal-systems", |p| p.systems.statistics_information = Some(false) => Fail;
    "第十四条（四）：缺医疗质量安全核心制度的不符合": "jl.a14.i4.internal-systems", |p| p.systems.quality_safety_core = Some(false) => Fail;
    "第十四条（四）不看江苏式笼统的“内部管理制度”：四类齐全即符合": "jl.a14.i4.internal-systems", |p| p.systems.internal_management = Some(false) => Pass;

    "第十四条（五）：已具备接口标准的符合": "jl.a14.i5.interface-standard", |p| () => Pass;
    "第十四条（五）写「具备」：改造尚未完成的不符合": "jl.a14.i5.interface-standard", |p| p.it.interface_standard = Some(InterfaceStandard::Planned) => Fail;
    "第十四条（五）：不具备接口标准也无改造计划的不符合": "jl.a14.i5.interface-standard", |p| p.it.interface_standard = Some(InterfaceStandard::No) => Fail;
    "第十四条（五）：已有效对接的符合": "jl.a14.i5.connected", |p| () => Pass;
    "第十四条（五）：尚未有效对接的不符合": "jl.a14.i5.connected", |p| p.it.connected = Some(false) => Fail;

    "第十四条（五）：四类信息均能上传的符合": "jl.a14.i5.uploads-to-platform", |p| () => Pass;
    "第十四条（五）：不能上传全量就诊人员结算信息的不符合": "jl.a14.i5.uploads-to-platform", |p| p.it.uploads_settlement_information = Some(false) => Fail;
    "第十四条（五）：不能上传医保结算清单的不符合": "jl.a14.i5.uploads-to-platform", |p| p.it.uploads_settlement_lists = Some(false) => Fail;
    "第十四条（五）「按照有关规定」同样修饰追溯码：不能上传药品耗材追溯码的不符合": "jl.a14.i5.uploads-to-platform", |p| p.it.uploads_traceability_codes = Some(false) => Fail;
    "第十四条（五）「按照有关规定」同样修饰进销存：不能上传进销存信息的不符合": "jl.a14.i5.uploads-to-platform", |p| p.it.uploads_inventory = Some(false) => Fail;
    "第十四条（五）：未答是否能上传进销存信息的需补充信息": "jl.a14.i5.uploads-to-platform", |p| p.it.uploads_inventory = None => NeedsInformation;

    "第十四条（五）：能联网直接结算的符合": "jl.a14.i5.direct-settlement", |p| () => Pass;
    "第十四条（五）：尚不能联网直接结算的不符合": "jl.a14.i5.direct-settlement", |p| p.it.direct_settlement = Some(false) => Fail;
    "第十四条（五）：已设立基础数据库的符合": "jl.a14.i5.base-databases", |p| () => Pass;
    "第十四条（五）：未设立基础数据库的不符合": "jl.a14.i5.base-databases", |p| p.it.base_databases = Some(false) => Fail;
    "第十四条（五）：使用国家统一医保编码的符合": "jl.a14.i5.national-codes", |p| () => Pass;
    "第十四条（五）：未使用国家统一医保编码的不符合": "jl.a14.i5.national-codes", |p| p.it.national_codes = Some(false) => Fail;
    "第十四条（五）只写国家统一编码：未用省统一编码不影响": "jl.a14.i5.national-codes", |p| p.it.provincial_codes = Some(false) => Pass;

    "第十四条（五）：已推动医保码全流程使用的符合": "jl.a14.i5.insurance-code-full-process", |p| () => Pass;
    "第十四条（五）「按要求推动」：尚未推动医保码全流程使用的，取决于当地要求": "jl.a14.i5.insurance-code-full-process", |p| p.it.insurance_code_full_process = Some(false) => NeedsReview;

    "第十四条（六）：申报符合其他条件的符合": "jl.a14.i6.other-conditions", |p| () => Pass;
    "第十四条（六）：申报不符合其他条件的不符合": "jl.a14.i6.other-conditions", |p| p.institution.other_conditions_met = Some(false) => Fail;

    "第十七条（一）：以基本医疗服务为主的可以受理": "jl.a17.i1.non-basic-main-scope", |p| () => Pass;
    "第十七条（一）：以医疗美容为主的不予受理": "jl.a17.i1.non-basic-main-scope", |p| p.institution.main_scope = Some(MainScope::Cosmetology) => Fail;
    "第十七条（一）：以生活照护为主的不予受理": "jl.a17.i1.non-basic-main-scope", |p| p.institution.main_scope = Some(MainScope::LifeCare) => Fail;
    "第十七条（一）：以种植牙为主的不予受理": "jl.a17.i1.non-basic-main-scope", |p| p.institution.main_scope = Some(MainScope::DentalImplant) => Fail;
    "第十七条（一）未列辅助生殖但为「等」开放列举：以辅助生殖为主的需人工复核": "jl.a17.i1.non-basic-main-scope", |p| p.institution.main_scope = Some(MainScope::AssistedReproduction) => NeedsReview;
    "第十七条（一）「等非基本医疗服务」：以其他非基本医疗服务为主的不予受理": "jl.a17.i1.non-basic-main-scope", |p| p.institution.main_scope = Some(MainScope::OtherNonBasic) => Fail;

    "第十七条（二）：执行医药价格政策的可以受理": "jl.a17.i2.price-policy", |p| () => Pass;
    "第十七条（二）：未执行医药价格政策的不予受理": "jl.a17.i2.price-policy", |p| p.history.price_policy_followed = Some(false) => Fail;
    "第十七条（三）：无未履行行政处罚的可以受理": "jl.a17.i3.administrative-penalty", |p| () => Pass;
    "第十七条（三）：有未履行的行政处罚责任的不予受理": "jl.a17.i3.administrative-penalty", |p| p.history.unfulfilled_administrative_penalty = Some(true) => Fail;

    "第十七条（四）：无弄虚作假记录的可以受理": "jl.a17.i4.fraudulent-application-3-years", |p| () => Pass;
    "第十七条（四）：2023年11月21日发现，至2026年11月22日已满3年": "jl.a17.i4.fraudulent-application-3-years", |p| { p.history.fraudulent_application = Some(true); p.history.fraudulent_application_discovered_on = Some(date("2023-11-21")) } => Pass;
    "第十七条（四）：2023年11月22日发现，2026年11月22日恰为届满日": "jl.a17.i4.fraudulent-application-3-years", |p| { p.history.fraudulent_application = Some(true); p.history.fraudulent_application_discovered_on = Some(date("2023-11-22")) } => NeedsReview;
    "第十七条（四）：2023年11月23日发现，至2026年11月22日未满3年不予受理": "jl.a17.i4.fraudulent-application-3-years", |p| { p.history.fraudulent_application = Some(true); p.history.fraudulent_application_discovered_on = Some(date("2023-11-23")) } => Fail;
    "第十七条（四）：发现了弄虚作假却未填日期的需补充信息": "jl.a17.i4.fraudulent-application-3-years", |p| p.history.fraudulent_application = Some(true) => NeedsInformation;

    "第十七条（五）：无违法违规解除记录的可以受理": "jl.a17.i5.terminated-for-violation-3-years", |p| () => Pass;
    "第十七条（五）：解除满3年且行政处罚法律责任已履行的可以受理": "jl.a17.i5.terminated-for-violation-3-years", |p| { p.history.terminated_for_violation = Some(true); p.history.terminated_for_violation_on = Some(date("2023-11-21")); p.history.violation_penalty_fulfilled = Some(true) } => Pass;
    "第十七条（五）：2026年11月22日恰为解除满3年之日": "jl.a17.i5.terminated-for-violation-3-years", |p| { p.history.terminated_for_violation = Some(true); p.history.terminated_for_violation_on = Some(date("2023-11-22")); p.history.violation_penalty_fulfilled = Some(true) } => NeedsReview;
    "第十七条（五）：2023年11月23日解除，至2026年11月22日未满3年不予受理": "jl.a17.i5.terminated-for-violation-3-years", |p| { p.history.terminated_for_violation = Some(true); p.history.terminated_for_violation_on = Some(date("2023-11-23")); p.history.violation_penalty_fulfilled = Some(true) } => Fail;
    "第十七条（五）：已满3年但行政处罚法律责任未完全履行的仍不予受理": "jl.a17.i5.terminated-for-violation-3-years", |p| { p.history.terminated_for_violation = Some(true); p.history.terminated_for_violation_on = Some(date("2020-01-01")); p.history.violation_penalty_fulfilled = Some(false) } => Fail;

    "第十七条（六）：无严重违约解除记录的可以受理": "jl.a17.i6.terminated-for-breach-1-year", |p| () => Pass;
    "第十七条（六）：解除满1年且违约责任已履行的可以受理": "jl.a17.i6.terminated-for-breach-1-year", |p| { p.history.terminated_for_breach = Some(true); p.history.terminated_for_breach_on = Some(date("2025-11-21")); p.history.breach_liability_fulfilled = Some(true) } => Pass;
    "第十七条（六）：2026年11月22日恰为解除满1年之日": "jl.a17.i6.terminated-for-breach-1-year", |p| { p.history.terminated_for_breach = Some(true); p.history.terminated_for_breach_on = Some(date("2025-11-22")); p.history.breach_liability_fulfilled = Some(true) } => NeedsReview;
    "第十七条（六）：2025年11月23日解除，至2026年11月22日未满1年不予受理": "jl.a17.i6.terminated-for-breach-1-year", |p| { p.history.terminated_for_breach = Some(true); p.history.terminated_for_breach_on = Some(date("2025-11-23")); p.history.breach_liability_fulfilled = Some(true) } => Fail;
    "第十七条（六）：已满1年但违约责任未完全履行的仍不予受理": "jl.a17.i6.terminated-for-breach-1-year", |p| { p.history.terminated_for_breach = Some(true); p.history.terminated_for_breach_on = Some(date("2025-01-01")); p.history.breach_liability_fulfilled = Some(false) } => Fail;

    "第十七条（七）：负责人无导致原机构被解除记录的可以受理": "jl.a17.i7.leader-caused-termination-5-years", |p| () => Pass;
    "第十七条（七）：负责人导致原医疗机构被解除已满5年的可以受理": "jl.a17.i7.leader-caused-termination-5-years", |p| { p.history.leader_caused_termination = Some(true); p.history.leader_previous_institution = Some(PreviousInstitution::MedicalInstitution); p.history.leader_termination_on = Some(date("2021-11-21")) } => Pass;
    "第十七条（七）：2026年11月22日恰为满5年之日": "jl.a17.i7.leader-caused-termination-5-years", |p| { p.history.leader_caused_termination = Some(true); p.history.leader_previous_institution = Some(PreviousInstitution::MedicalInstitution); p.history.leader_termination_on = Some(date("2021-11-22")) } => NeedsReview;
    "第十七条（七）：2021年11月23日原医疗机构被解除，至2026年11月22日未满5年不予受理": "jl.a17.i7.leader-caused-termination-5-years", |p| { p.history.leader_caused_termination = Some(true); p.history.leader_previous_institution = Some(PreviousInstitution::MedicalInstitution); p.history.leader_termination_on = Some(date("2021-11-23")) } => Fail;
    "第十七条（七）只写「原定点医疗机构」：原机构为零售药店的需人工复核": "jl.a17.i7.leader-caused-termination-5-years", |p| { p.history.leader_caused_termination = Some(true); p.history.leader_previous_institution = Some(PreviousInstitution::RetailPharmacy); p.history.leader_termination_on = Some(date("2022-01-01")) } => NeedsReview;

    "第十七条（八）：负责人未列入失信名单的可以受理": "jl.a17.i8.leader-dishonest", |p| () => Pass;
    "第十七条（八）：负责人被列入失信人名单的不予受理": "jl.a17.i8.leader-dishonest", |p| p.history.leader_dishonest = Some(true) => Fail;
    "第十七条（九）：无其他情形的可以受理": "jl.a17.i9.other-grounds", |p| () => Pass;
    "第十七条（九）：存在法律法规规定的其他情形的不予受理": "jl.a17.i9.other-grounds", |p| p.history.other_refusal_ground = Some(true) => Fail;

    "第十八条：申请所填基本信息与执业许可证登记信息相符的可以受理": "jl.a18.application-matches-licence", |p| () => Pass;
    "第十八条：基本信息与执业许可证登记信息不符的，默认按第二十四条（三）退回": "jl.a18.application-matches-licence", |p| p.institution.application_matches_licence = Some(false) => Fail;
    "第十八条：未答基本信息是否相符的需补充信息": "jl.a18.application-matches-licence", |p| p.institution.application_matches_licence = None => NeedsInformation;

    "第二十九条：评估时未被发现虚构、篡改材料的可以受理": "jl.a29.falsified-materials-3-years", |p| () => Pass;
    "第二十九条：2023年11月21日发现虚构材料，至2026年11月22日已满3年": "jl.a29.falsified-materials-3-years", |p| { p.history.falsified_materials = Some(true); p.history.falsified_materials_discovered_on = Some(date("2023-11-21")) } => Pass;
    "第二十九条：2023年11月22日发现，2026年11月22日恰为届满日": "jl.a29.falsified-materials-3-years", |p| { p.history.falsified_materials = Some(true); p.history.falsified_materials_discovered_on = Some(date("2023-11-22")) } => NeedsReview;
    "第二十九条：2023年11月23日发现，3年内不再受理": "jl.a29.falsified-materials-3-years", |p| { p.history.falsified_materials = Some(true); p.history.falsified_materials_discovered_on = Some(date("2023-11-23")) } => Fail;
    "第二十九条：被发现篡改材料却未填发现日期的需补充信息": "jl.a29.falsified-materials-3-years", |p| p.history.falsified_materials = Some(true) => NeedsInformation;

    "第二十九条（四）：未曾评估不合格的，整改期不适用": "jl.a29.i4.reapply-after-3-months", |p| () => NotApplicable;
    "第二十九条（四）：2026年8月21日送达不合格结果，11月22日已整改满3个月，可再次申请": "jl.a29.i4.reapply-after-3-months", |p| { p.history.assessment = Some(AssessmentRecord::FailedOnce); p.history.assessment_failure_notified_on = Some(date("2026-08-21")) } => Pass;
    "第二十九条（四）：2026年8月22日送达，11月22日恰为满3个月之日": "jl.a29.i4.reapply-after-3-months", |p| { p.history.assessment = Some(AssessmentRecord::FailedOnce); p.history.assessment_failure_notified_on = Some(date("2026-08-22")) } => NeedsReview;
    "第二十九条（四）：2026年8月23日送达，11月22日整改未满3个月，不能再次申请": "jl.a29.i4.reapply-after-3-months", |p| { p.history.assessment = Some(AssessmentRecord::FailedOnce); p.history.assessment_failure_notified_on = Some(date("2026-08-23")) } => Fail;
    "第二十九条（四）：再次评估仍不合格的，适用1年一项，整改期不适用": "jl.a29.i4.reapply-after-3-months", |p| { p.history.assessment = Some(AssessmentRecord::FailedAgain); p.history.assessment_failure_notified_on = Some(date("2026-03-01")) } => NotApplicable;

    "第二十九条（四）：未曾二次评估不合格的可以申请": "jl.a29.i4.second-failure-1-year", |p| () => Pass;
    "第二十九条（四）：再次评估不合格满1年的可以申请": "jl.a29.i4.second-failure-1-year", |p| { p.history.assessment = Some(AssessmentRecord::FailedAgain); p.history.assessment_failure_notified_on = Some(date("2025-11-21")) } => Pass;
    "第二十九条（四）：2026年11月22日恰为满1年之日": "jl.a29.i4.second-failure-1-year", |p| { p.history.assessment = Some(AssessmentRecord::FailedAgain); p.history.assessment_failure_notified_on = Some(date("2025-11-22")) } => NeedsReview;
    "第二十九条（四）：2025年11月23日送达，1年内不得再次申请": "jl.a29.i4.second-failure-1-year", |p| { p.history.assessment = Some(AssessmentRecord::FailedAgain); p.history.assessment_failure_notified_on = Some(date("2025-11-23")) } => Fail;
};

#[test]
fn every_jilin_case_gives_the_outcome_its_article_states() {
    run(CASES);
}

#[test]
fn a_complete_jilin_profile_may_apply() {
    let report = check(&baseline(J), date("2026-11-22"));
    assert_eq!(
        report.conclusion.may_apply,
        MayApply::Yes,
        "{}",
        report.conclusion.summary
    );
    assert_eq!(report.conclusion.counts.fail, 0);
    assert_eq!(report.conclusion.counts.needs_review, 0);
    assert!(report.findings.iter().all(|f| f.rule_id.starts_with("jl.")));
    let conditions = report
        .findings
        .iter()
        .filter(|f| {
            f.group != crate::catalog::Group::Materials
                && f.group != crate::catalog::Group::Deadline
        })
        .count();
    assert_eq!(conditions, super::RULES.len());
}

#[test]
fn jilin_rules_are_not_covered_before_2026_and_all_apply_from_its_first_day() {
    let before = check(&baseline(J), date("2025-12-31"));
    assert_eq!(before.conclusion.may_apply, MayApply::NotCovered);
    assert!(!before.findings.is_empty());
    assert!(before
        .findings
        .iter()
        .all(|f| f.outcome == Outcome::NotCovered));
    assert!(
        before
            .findings
            .iter()
            .all(|f| f.detail.contains("2026年1月1日")),
        "{:?}",
        before.findings.first().map(|f| &f.detail)
    );
    let first_day = check(&baseline(J), date("2026-01-01"));
    assert!(first_day
        .findings
        .iter()
        .all(|f| f.outcome != Outcome::NotCovered));
}

#[test]
fn a_physician_count_by_first_registration_only_does_not_answer_the_jilin_question() {
    let mut profile = baseline(J);
    profile.staff.physicians_first_registered_here = Some(12);
    profile.staff.physicians_main_practice_here = None;
    let report = check(&profile, date("2026-11-22"));
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule_id == "jl.a14.i2.physician-main-practice")
        .expect("finding");
    assert_eq!(finding.outcome, Outcome::NeedsInformation);
    let ids: Vec<&str> = finding.missing.iter().map(|m| m.id).collect();
    assert_eq!(ids, ["staff.physicians_main_practice_here"]);
    assert_eq!(report.conclusion.may_apply, MayApply::Undetermined);
}
