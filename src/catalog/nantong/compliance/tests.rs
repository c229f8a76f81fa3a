use crate::catalog::testing::{cases, Case};
use crate::facts::compliance::nantong::{self as q, Occasion};
use crate::facts::compliance::nantong_violations as v;
use crate::facts::compliance::scope::{self as sc, Service};
use crate::facts::compliance::{jiangsu as js, Decimal, Measure, Value};
use crate::facts::*;

const N: Jurisdiction = Jurisdiction::Nantong;

/// A designated institution (compliance items concern only those).
fn d(p: &mut Profile) {
    p.application.kind = Some(ApplicationKind::Designated);
}

fn set(p: &mut Profile, id: &'static str, value: Value) {
    d(p);
    p.compliance.set(id, value);
}

fn no(p: &mut Profile, id: &'static str) {
    set(p, id, Value::YesNo(false));
}

fn yes(p: &mut Profile, id: &'static str) {
    set(p, id, Value::YesNo(true));
}

fn ratio(p: &mut Profile, id: &'static str, numerator: u64, denominator: u64) {
    let m = Measure::Ratio {
        numerator: Decimal::whole(numerator),
        denominator: Decimal::whole(denominator),
    };
    set(p, id, Value::Measure(m));
}

fn percent(p: &mut Profile, id: &'static str, rate: u64) {
    set(
        p,
        id,
        Value::Measure(Measure::Percent(Decimal::whole(rate))),
    );
}

fn count(p: &mut Profile, id: &'static str, n: u32) {
    set(p, id, Value::Count(n));
}

fn occ(p: &mut Profile, id: &'static str, answer: Occasion) {
    let index = Occasion::VALUES
        .iter()
        .position(|o| *o == answer)
        .expect("option");
    set(p, id, Value::Choice(index));
}

fn renewal(p: &mut Profile, state: q::RenewalState) {
    let index = q::RenewalState::VALUES
        .iter()
        .position(|o| *o == state)
        .expect("option");
    set(p, q::RENEWAL.info.id, Value::Choice(index));
}

fn kind(p: &mut Profile, k: InstitutionKind) {
    d(p);
    p.institution.kind = Some(k);
}

fn services(p: &mut Profile, list: &[Service]) {
    let indices = list
        .iter()
        .map(|s| {
            Service::VALUES
                .iter()
                .position(|v| v == s)
                .expect("service")
        })
        .collect();
    set(p, sc::SERVICES.info.id, Value::Choices(indices));
}

fn no_inpatient(p: &mut Profile) {
    no(p, sc::INPATIENT_SERVICE.info.id);
}

fn level(p: &mut Profile, l: sc::Level) {
    let index = sc::Level::VALUES
        .iter()
        .position(|v| *v == l)
        .expect("level");
    set(p, sc::LEVEL.info.id, Value::Choice(index));
}

/// The 15-day readmission counts A, B, C and last year's average in percent.
fn readmissions(p: &mut Profile, a: u32, b: u32, c: u32, last: u64) {
    count(p, q::ADMISSIONS_WITHIN_15_DAYS.info.id, a);
    count(p, q::READMISSION_PATIENTS.info.id, b);
    count(p, q::ADMISSIONS_TOTAL.info.id, c);
    percent(p, q::READMISSION_LAST_YEAR.info.id, last);
}

#[test]
fn cases() {
    crate::catalog::testing::run(CASES);
}

/// 第六十四条: unauthorised access to the video system brings the
/// suspension of 1–3 months for certain; unusual swiping only the
/// possible 限期暂停整改 (「可」, once the agency finds it in the video).
#[test]
fn the_video_tiers_of_article_64_are_as_certain_as_their_words() {
    use crate::catalog::testing::{baseline, date, finding, AS_OF};
    let mut p = baseline(N);
    yes(&mut p, sc::VIDEO_MANAGEMENT.info.id);
    yes(&mut p, q::VIDEO_UNAUTHORISED_ACCESS.info.id);
    yes(&mut p, q::ABNORMAL_SWIPING.info.id);
    let f = finding("nt.a64.video-unauthorised-access", &p, date(AS_OF));
    assert_eq!(f.risks.len(), 1);
    assert_eq!(f.risks[0].label, "暂停医保服务1-3个月");
    assert!(f.risks[0].certain);
    let f = finding("nt.a64.abnormal-swiping", &p, date(AS_OF));
    assert!(!f.risks.is_empty());
    assert!(f.risks.iter().all(|r| !r.certain), "{:#?}", f.risks);
    assert!(f.risks[0]
        .condition
        .as_deref()
        .is_some_and(|c| c.contains("甲方在视频管理中发现")));
}

/// 第七十二条第1款: an agreement that ends (closed, or not renewed for
/// the institution's own reason) is for review with 「本协议终止」, never
/// a failure; not renewed for the agency's reason it goes on (第七十八条).
#[test]
fn an_agreement_that_ends_is_for_review_not_a_failure() {
    use crate::catalog::testing::{baseline, date, finding, AS_OF};
    use crate::report::Outcome;
    let mut p = baseline(N);
    renewal(&mut p, q::RenewalState::OwnCause);
    yes(&mut p, q::CLOSED.info.id);
    no(&mut p, q::CLOSURE_VERIFIED.info.id);
    for rule in ["nt.a72.p1.not-renewed", "nt.a72.p1.closure"] {
        let f = finding(rule, &p, date(AS_OF));
        assert_eq!(f.outcome, Outcome::NeedsReview, "{rule}");
        assert_eq!(f.risks.len(), 1, "{rule}");
        assert_eq!(f.risks[0].label, "本协议终止");
        assert!(f.risks[0].certain);
    }
    renewal(&mut p, q::RenewalState::AgencyCause);
    let f = finding("nt.a72.p1.not-renewed", &p, date(AS_OF));
    assert_eq!(f.outcome, Outcome::Pass);
    assert!(f.detail.contains("原协议继续生效"), "{}", f.detail);
}

/// An institution that is not designated gets none of the items.
#[test]
fn only_designated_institutions_get_the_items() {
    let p = crate::catalog::testing::baseline(N);
    assert!(crate::engine::rules_for(&p)
        .iter()
        .all(|(rule, _, _)| !super::rules().any(|r| r.id == rule.id)));
    let mut p = p;
    d(&mut p);
    let ids: Vec<_> = crate::engine::rules_for(&p)
        .iter()
        .map(|(r, _, _)| r.id)
        .collect();
    assert!(super::rules().all(|r| ids.contains(&r.id)));
}

pub(crate) static CASES: &[Case] = cases! { N;
    "南通第一条：贯彻医保等相关规定的符合": "nt.a1.follow-regulations", |p| d(p) => Pass;
    "南通第一条：未贯彻相关规定的不符合": "nt.a1.follow-regulations", |p| no(p, q::POLICIES_FOLLOWED.info.id) => Fail;
    "南通第三条第2款：按许可和资质范围提供医保服务的符合": "nt.a3.p2.service-scope", |p| d(p) => Pass;
    "南通第三条第2款：超出服务范围的不符合": "nt.a3.p2.service-scope", |p| no(p, q::WITHIN_SERVICE_SCOPE.info.id) => Fail;

    "南通第六条：部门、人员、制度、自查齐备的符合": "nt.a6.management", |p| d(p) => Pass;
    "南通第六条：没有专（兼）职医保管理人员的不符合": "nt.a6.management", |p| { d(p); p.staff.insurance_staff = Some(0) } => Fail;
    "南通第六条：未建立考核、费用控制等制度的不符合": "nt.a6.management", |p| no(p, q::MANAGEMENT_SYSTEMS.info.id) => Fail;
    "南通第六条：未定期自查自纠的不符合（读江苏问题）": "nt.a6.management", |p| no(p, js::SELF_INSPECTION.info.id) => Fail;
    "南通第六条：未明确医保部门的不符合": "nt.a6.management", |p| no(p, q::MANAGEMENT_DEPARTMENT.info.id) => Fail;
    "南通第六条（一）：120张床位、领导小组和一级科室齐备的符合": "nt.a6.i1.leading-group", |p| d(p) => Pass;
    "南通第六条（一）：99张床位的医保办不须为一级科室": "nt.a6.i1.leading-group", |p| { no(p, q::OFFICE_FIRST_LEVEL.info.id); p.institution.beds = Some(99) } => Pass;
    "南通第六条（一）：恰为100张床位（含本数）而医保办不是一级科室的不符合": "nt.a6.i1.leading-group", |p| { no(p, q::OFFICE_FIRST_LEVEL.info.id); p.institution.beds = Some(100) } => Fail;
    "南通第六条（一）：恰为100张床位且医保办为一级科室的符合": "nt.a6.i1.leading-group", |p| { yes(p, q::OFFICE_FIRST_LEVEL.info.id); p.institution.beds = Some(100) } => Pass;
    "南通第六条（一）：101张床位而医保办不是一级科室的不符合": "nt.a6.i1.leading-group", |p| { no(p, q::OFFICE_FIRST_LEVEL.info.id); p.institution.beds = Some(101) } => Fail;
    "南通第六条（一）：未成立医保工作领导小组的不符合": "nt.a6.i1.leading-group", |p| no(p, q::LEADING_GROUP.info.id) => Fail;
    "南通第六条（一）：无住院服务的不适用": "nt.a6.i1.leading-group", |p| no_inpatient(p) => NotApplicable;
    "南通第六条（二）：有住院服务的适用第（一）项": "nt.a6.i2.principal-in-charge", |p| d(p) => NotApplicable;
    "南通第六条（二）：门诊机构由主要负责人负责医保的符合": "nt.a6.i2.principal-in-charge", |p| no_inpatient(p) => Pass;
    "南通第六条（二）：门诊机构主要负责人不负责医保的不符合": "nt.a6.i2.principal-in-charge", |p| { no_inpatient(p); p.staff.principal_in_charge_of_insurance = Some(false) } => Fail;

    "南通第七条：合理必要服务并控费的符合": "nt.a7.reasonable-care", |p| d(p) => Pass;
    "南通第七条：未控制费用不合理增长的不符合": "nt.a7.reasonable-care", |p| no(p, q::COST_GROWTH_CONTROLLED.info.id) => Fail;
    "南通第七条：提供不必要服务的不符合（读江苏问题）": "nt.a7.reasonable-care", |p| no(p, js::NECESSARY_SERVICES.info.id) => Fail;
    "南通第八条（二）：医师变更及时备案的符合": "nt.a8.i2.physician-management", |p| d(p) => Pass;
    "南通第八条（二）：医师变更未备案的不符合": "nt.a8.i2.physician-management", |p| no(p, q::PHYSICIAN_CHANGES_FILED.info.id) => Fail;
    "南通第九条：设宣传栏、公布举报电话的符合": "nt.a9.publicity", |p| d(p) => Pass;
    "南通第九条：未设宣传栏的不符合": "nt.a9.publicity", |p| no(p, q::PUBLICITY.info.id) => Fail;
    "南通第十条（一）：信息即时传输、材料真实的符合": "nt.a10.i1.information", |p| d(p) => Pass;
    "南通第十条（一）：全量数据未及时上传的不符合（读江苏问题）": "nt.a10.i1.information", |p| no(p, js::FULL_DATA.info.id) => Fail;
    "南通第十条（一）：未及时、完整提供资料的不符合（读第六十二条问题）": "nt.a10.i1.information", |p| yes(p, v::NT_A62_MATERIALS_NOT_PROVIDED.info.id) => Fail;
    "南通第十条（二）：培训并考核合格的符合": "nt.a10.i2.training", |p| d(p) => Pass;
    "南通第十条（二）：未落实培训计划的不符合": "nt.a10.i2.training", |p| no(p, q::TRAINING.info.id) => Fail;
    "南通第十条（三）：执行价改政策的符合": "nt.a10.i3.price-reform", |p| d(p) => Pass;
    "南通第十条（三）：未执行价改政策的不符合": "nt.a10.i3.price-reform", |p| no(p, q::PRICE_REFORM_FOLLOWED.info.id) => Fail;
    "南通第十条（三）：未实行价改的不适用": "nt.a10.i3.price-reform", |p| no(p, sc::PRICE_REFORM.info.id) => NotApplicable;
    "南通第十条（四）：受处理和信息变化均及时告知的符合": "nt.a10.i4.report-changes", |p| d(p) => Pass;
    "南通第十条（四）：信息变化未及时提供材料的不符合": "nt.a10.i4.report-changes", |p| occ(p, q::CHANGES_REPORTED.info.id, Occasion::NotKept) => Fail;
    "南通第十条（四）：自查期间既未受处理也无变化的不涉及": "nt.a10.i4.report-changes", |p| { occ(p, q::CHANGES_REPORTED.info.id, Occasion::NotArisen); occ(p, q::SANCTIONS_REPORTED.info.id, Occasion::NotArisen) } => NotApplicable;
    "南通第十一条第3款：配合检查的符合": "nt.a11.p3.inspections", |p| d(p) => Pass;
    "南通第十一条第3款：阻挠检查的不符合（读第六十五条问题）": "nt.a11.p3.inspections", |p| yes(p, v::NT_A65_OBSTRUCTED_INSPECTION.info.id) => Fail;
    "南通第十一条第3款：未及时提供资料的不符合": "nt.a11.p3.inspections", |p| yes(p, v::NT_A62_MATERIALS_NOT_PROVIDED.info.id) => Fail;
    "南通第十二条：变更7个工作日内备案、迁址验收后开通的符合": "nt.a12.change-filing", |p| d(p) => Pass;
    "南通第十二条第1款：变更逾期备案的不符合": "nt.a12.change-filing", |p| occ(p, q::CHANGE_FILED.info.id, Occasion::NotKept) => Fail;
    "南通第十二条第2款：迁址未经验收即开通的不符合": "nt.a12.change-filing", |p| occ(p, q::MOVE_ACCEPTED.info.id, Occasion::NotKept) => Fail;
    "南通第十二条：自查期间无变更、未迁址的不涉及": "nt.a12.change-filing", |p| { occ(p, q::CHANGE_FILED.info.id, Occasion::NotArisen); occ(p, q::MOVE_ACCEPTED.info.id, Occasion::NotArisen) } => NotApplicable;
    "南通第十三条：合理检查治疗用药的符合（读江苏问题）": "nt.a13.rational-care", |p| d(p) => Pass;
    "南通第十三条：不合理检查用药的不符合": "nt.a13.rational-care", |p| no(p, js::RATIONAL_CARE.info.id) => Fail;
    "南通第十四条第1款：控制住院个人负担率的符合": "nt.a14.p1.inpatient-burden", |p| d(p) => Pass;
    "南通第十四条第1款：未控制住院个人负担率的不符合": "nt.a14.p1.inpatient-burden", |p| no(p, q::INPATIENT_BURDEN.info.id) => Fail;
    "南通第十四条第1款：无住院服务的不适用": "nt.a14.p1.inpatient-burden", |p| no_inpatient(p) => NotApplicable;
    "南通第十四条第2款：稳步降低剖宫产率的符合": "nt.a14.p2.caesarean-rate", |p| d(p) => Pass;
    "南通第十四条第2款：未控制剖宫产率的不符合": "nt.a14.p2.caesarean-rate", |p| no(p, q::CAESAREAN_REDUCED.info.id) => Fail;
    "南通第十四条第2款：无母婴保健许可证的不适用": "nt.a14.p2.caesarean-rate", |p| no(p, sc::MATERNITY_LICENCE.info.id) => NotApplicable;

    "南通第十五条第1款：核验人证、不留存社保卡的符合": "nt.a15.p1.identity-verified", |p| d(p) => Pass;
    "南通第十五条第1款：留存参保人员社保卡的不符合（读第六十五条问题）": "nt.a15.p1.identity-verified", |p| yes(p, v::NT_A65_CARD_RETAINED.info.id) => Fail;
    "南通第十五条第1款：未核验身份凭证的不符合（读江苏问题）": "nt.a15.p1.identity-verified", |p| no(p, js::REAL_NAME.info.id) => Fail;
    "南通第十五条第1款：发现骗保嫌疑未报告的不符合": "nt.a15.p1.identity-verified", |p| occ(p, q::FRAUD_REPORTED.info.id, Occasion::NotKept) => Fail;
    "南通第十五条第1款：未对接医保App的，照片核对不涉及": "nt.a15.p1.identity-verified", |p| occ(p, q::APP_PHOTO.info.id, Occasion::NotArisen) => Pass;
    "南通第十五条第2款：未开展移动支付或互联网诊疗的不适用": "nt.a15.p2.mobile-online-risk", |p| d(p) => NotApplicable;
    "南通第十五条第2款：开展移动支付并防范风险的符合": "nt.a15.p2.mobile-online-risk", |p| services(p, &[Service::MobileOrOnline]) => Pass;
    "南通第十五条第2款：开展移动支付未防范风险的不符合": "nt.a15.p2.mobile-online-risk", |p| { services(p, &[Service::MobileOrOnline]); no(p, q::MOBILE_RISK.info.id) } => Fail;
    "南通第十五条第3款：执行代配药登记的符合": "nt.a15.p3.proxy-dispensing", |p| d(p) => Pass;
    "南通第十五条第3款：未履行代配药登记的不符合（读第六十五条问题）": "nt.a15.p3.proxy-dispensing", |p| yes(p, v::NT_A65_PROXY_DISPENSING.info.id) => Fail;
    "南通第十五条第4款：二级综合医院不是基层医疗机构": "nt.a15.p4.home-visits", |p| d(p) => NotApplicable;
    "南通第十五条第4款：诊所按规定上门巡诊的符合": "nt.a15.p4.home-visits", |p| kind(p, InstitutionKind::Clinic) => Pass;
    "南通第十五条第4款：诊所未上门巡诊的不符合": "nt.a15.p4.home-visits", |p| { kind(p, InstitutionKind::Clinic); no(p, q::HOME_VISITS.info.id) } => Fail;
    "南通第十五条第4款：一级医院属基层医疗机构": "nt.a15.p4.home-visits", |p| { level(p, sc::Level::Primary); no(p, q::HOME_VISITS.info.id) } => Fail;
    "南通第十五条第5款：审核生育保险待遇的符合": "nt.a15.p5.maternity-review", |p| d(p) => Pass;
    "南通第十五条第5款：未审核生育保险待遇的不符合（读第六十五条问题）": "nt.a15.p5.maternity-review", |p| yes(p, v::NT_A65_MATERNITY_REGISTRATION.info.id) => Fail;
    "南通第十五条第5款：无生育保险资质的不适用": "nt.a15.p5.maternity-review", |p| no(p, sc::MATERNITY_LICENCE.info.id) => NotApplicable;
    "南通第十五条第6款：刷卡直接结算的符合（读江苏问题）": "nt.a15.p6.card-settlement", |p| d(p) => Pass;
    "南通第十五条第6款：未直接结算的不符合": "nt.a15.p6.card-settlement", |p| no(p, js::DIRECT_SETTLEMENT.info.id) => Fail;

    "南通第十六条第1款：病历完整、附身份证复印件的符合": "nt.a16.p1.medical-records", |p| d(p) => Pass;
    "南通第十六条第1款：伪造、编造病历的不符合（读第六十五条问题）": "nt.a16.p1.medical-records", |p| yes(p, v::NT_A65_FORGED_RECORDS.info.id) => Fail;
    "南通第十六条第1款：病历记录不完整、不及时的不符合": "nt.a16.p1.medical-records", |p| yes(p, v::NT_A65_MEDICAL_RECORDS.info.id) => Fail;
    "南通第十六条第1款：外伤未详细记录的不符合": "nt.a16.p1.medical-records", |p| no(p, q::INJURY_RECORDED.info.id) => Fail;
    "南通第十六条第1款：住院病历未附身份证复印件的不符合": "nt.a16.p1.medical-records", |p| no(p, q::ID_COPY_FILED.info.id) => Fail;
    "南通第十六条第1款：无住院服务的，身份证复印件一项不适用": "nt.a16.p1.medical-records", |p| { no_inpatient(p); no(p, q::ID_COPY_FILED.info.id) } => Pass;
    "南通第十六条第1款：不涉及120急救的不适用": "nt.a16.p1.emergency-records-2-years", |p| d(p) => NotApplicable;
    "南通第十六条第1款：院前急救病历只保存1年的不符合": "nt.a16.p1.emergency-records-2-years", |p| { services(p, &[Service::Emergency120]); count(p, q::EMERGENCY_RECORD_YEARS.info.id, 1) } => Fail;
    "南通第十六条第1款：院前急救病历恰保存2年的符合": "nt.a16.p1.emergency-records-2-years", |p| { services(p, &[Service::Emergency120]); count(p, q::EMERGENCY_RECORD_YEARS.info.id, 2) } => Pass;
    "南通第十六条第1款：院前急救病历保存3年的符合": "nt.a16.p1.emergency-records-2-years", |p| { services(p, &[Service::Emergency120]); count(p, q::EMERGENCY_RECORD_YEARS.info.id, 3) } => Pass;
    "南通第十六条第2款：有制度并按时报送的符合": "nt.a16.p2.accidents", |p| d(p) => Pass;
    "南通第十六条第2款：事故名单未按时报送的不符合": "nt.a16.p2.accidents", |p| occ(p, q::ACCIDENT_REPORTS.info.id, Occasion::NotKept) => Fail;
    "南通第十六条第2款：未建立事故费用管理制度的不符合": "nt.a16.p2.accidents", |p| no(p, q::ACCIDENT_SYSTEM.info.id) => Fail;
    "南通第十六条第2款：自查期间无事故患者的，报送不涉及": "nt.a16.p2.accidents", |p| occ(p, q::ACCIDENT_REPORTS.info.id, Occasion::NotArisen) => Pass;
    "南通第十六条第3款：做好诊疗登记的符合": "nt.a16.p3.registration", |p| d(p) => Pass;
    "南通第十六条第3款：未做诊疗登记的不符合": "nt.a16.p3.registration", |p| no(p, q::REGISTRATION.info.id) => Fail;
    "南通第十六条第3款：诊所未建门诊就诊登记制度的不符合": "nt.a16.p3.registration", |p| { kind(p, InstitutionKind::Clinic); no(p, q::PRIMARY_REGISTRATION.info.id) } => Fail;
    "南通第十六条第3款：二级医院不适用基层门诊登记制度": "nt.a16.p3.registration", |p| no(p, q::PRIMARY_REGISTRATION.info.id) => Pass;
    "南通第十六条第3款：二级医院不适用治疗记录保存": "nt.a16.p3.treatment-records-2-years", |p| d(p) => NotApplicable;
    "南通第十六条第3款：诊所治疗记录只保存1年的不符合": "nt.a16.p3.treatment-records-2-years", |p| { kind(p, InstitutionKind::Clinic); count(p, q::TREATMENT_RECORD_YEARS.info.id, 1) } => Fail;
    "南通第十六条第3款：诊所治疗记录恰保存2年的符合": "nt.a16.p3.treatment-records-2-years", |p| { kind(p, InstitutionKind::Clinic); count(p, q::TREATMENT_RECORD_YEARS.info.id, 2) } => Pass;
    "南通第十六条第3款：诊所治疗记录保存3年的符合": "nt.a16.p3.treatment-records-2-years", |p| { kind(p, InstitutionKind::Clinic); count(p, q::TREATMENT_RECORD_YEARS.info.id, 3) } => Pass;
    "南通第十六条第4款：处方签字盖章并经药师审核的符合": "nt.a16.p4.prescriptions-signed", |p| d(p) => Pass;
    "南通第十六条第4款：处方未经药师审核的不符合": "nt.a16.p4.prescriptions-signed", |p| no(p, q::PRESCRIPTIONS_SIGNED.info.id) => Fail;
    "南通第十六条第4款：处方合格率恰为95%（含本数）的符合": "nt.a16.p4.prescription-pass-rate", |p| ratio(p, q::PRESCRIPTION_PASS_RATE.info.id, 95, 100) => Pass;
    "南通第十六条第4款：处方合格率94.9%的不符合": "nt.a16.p4.prescription-pass-rate", |p| ratio(p, q::PRESCRIPTION_PASS_RATE.info.id, 949, 1000) => Fail;
    "南通第十六条第4款：处方合格率95.1%的符合": "nt.a16.p4.prescription-pass-rate", |p| ratio(p, q::PRESCRIPTION_PASS_RATE.info.id, 951, 1000) => Pass;
    "南通第十六条第4款：处方总数为0的无法计算": "nt.a16.p4.prescription-pass-rate", |p| ratio(p, q::PRESCRIPTION_PASS_RATE.info.id, 0, 0) => NeedsInformation;
    "南通第十六条第4款：合格处方数大于处方总数的需复核": "nt.a16.p4.prescription-pass-rate", |p| ratio(p, q::PRESCRIPTION_PASS_RATE.info.id, 1001, 1000) => NeedsReview;
    "南通第十六条第4款：门诊处方只保存1年的不符合": "nt.a16.p4.outpatient-prescriptions-2-years", |p| count(p, q::OUTPATIENT_PRESCRIPTION_YEARS.info.id, 1) => Fail;
    "南通第十六条第4款：门诊处方恰保存2年的符合": "nt.a16.p4.outpatient-prescriptions-2-years", |p| count(p, q::OUTPATIENT_PRESCRIPTION_YEARS.info.id, 2) => Pass;
    "南通第十六条第4款：门诊处方保存3年的符合": "nt.a16.p4.outpatient-prescriptions-2-years", |p| count(p, q::OUTPATIENT_PRESCRIPTION_YEARS.info.id, 3) => Pass;
    "南通第十六条第4款：麻精处方只保存2年的不符合处方管理办法": "nt.a16.p4.narcotic-prescriptions-3-years", |p| count(p, q::NARCOTIC_PRESCRIPTION_YEARS.info.id, 2) => Fail;
    "南通第十六条第4款：麻精处方恰保存3年的符合": "nt.a16.p4.narcotic-prescriptions-3-years", |p| count(p, q::NARCOTIC_PRESCRIPTION_YEARS.info.id, 3) => Pass;
    "南通第十六条第4款：麻精处方保存4年的符合": "nt.a16.p4.narcotic-prescriptions-3-years", |p| count(p, q::NARCOTIC_PRESCRIPTION_YEARS.info.id, 4) => Pass;
    "南通第十六条第4款：住院病历只保存29年的不符合": "nt.a16.p4.inpatient-records-30-years", |p| count(p, q::INPATIENT_RECORD_YEARS.info.id, 29) => Fail;
    "南通第十六条第4款：住院病历恰保存30年的符合": "nt.a16.p4.inpatient-records-30-years", |p| count(p, q::INPATIENT_RECORD_YEARS.info.id, 30) => Pass;
    "南通第十六条第4款：住院病历保存31年的符合": "nt.a16.p4.inpatient-records-30-years", |p| count(p, q::INPATIENT_RECORD_YEARS.info.id, 31) => Pass;
    "南通第十六条第4款：无住院服务的，住院病历保存不适用": "nt.a16.p4.inpatient-records-30-years", |p| no_inpatient(p) => NotApplicable;
    "南通第十六条第4款：生育登记资料只保存9年的不符合": "nt.a16.p4.maternity-records-10-years", |p| count(p, q::MATERNITY_RECORD_YEARS.info.id, 9) => Fail;
    "南通第十六条第4款：生育登记资料恰保存10年的符合": "nt.a16.p4.maternity-records-10-years", |p| count(p, q::MATERNITY_RECORD_YEARS.info.id, 10) => Pass;
    "南通第十六条第4款：生育登记资料保存11年的符合": "nt.a16.p4.maternity-records-10-years", |p| count(p, q::MATERNITY_RECORD_YEARS.info.id, 11) => Pass;
    "南通第十六条第4款：无生育保险资质的，生育登记资料不适用": "nt.a16.p4.maternity-records-10-years", |p| no(p, sc::MATERNITY_LICENCE.info.id) => NotApplicable;
    "南通第十六条第5款：病历收费与实际一致的符合": "nt.a16.p5.records-consistent", |p| d(p) => Pass;
    "南通第十六条第5款：记账与病历、实际不符的不符合（读第六十五条问题）": "nt.a16.p5.records-consistent", |p| yes(p, v::NT_A65_IMPROPER_CHARGES.info.id) => Fail;

    "南通第十七条第1款：提供清单并履行告知同意的符合": "nt.a17.p1.informed-consent", |p| d(p) => Pass;
    "南通第十七条第1款：乙类自付项目未告知同意的不符合": "nt.a17.p1.informed-consent", |p| no(p, q::COPAY_CONSENT.info.id) => Fail;
    "南通第十七条第1款：范围外自费项目未经同意的不符合（读江苏问题）": "nt.a17.p1.informed-consent", |p| no(p, js::CONSENT_OUT_OF_SCOPE.info.id) => Fail;
    "南通第十七条第1款：不提供费用明细清单的不符合（读第六十二条问题）": "nt.a17.p1.informed-consent", |p| yes(p, v::NT_A62_INFORMED_CONSENT.info.id) => Fail;
    "南通第十七条第2款：范围外自费恰为8%（以内含本数）的符合": "nt.a17.p2.out-of-policy-self-pay", |p| ratio(p, q::OUT_OF_POLICY_RATE.info.id, 8, 100) => Pass;
    "南通第十七条第2款：范围外自费8.1%的不符合": "nt.a17.p2.out-of-policy-self-pay", |p| ratio(p, q::OUT_OF_POLICY_RATE.info.id, 81, 1000) => Fail;
    "南通第十七条第2款：范围外自费7.9%的符合": "nt.a17.p2.out-of-policy-self-pay", |p| ratio(p, q::OUT_OF_POLICY_RATE.info.id, 79, 1000) => Pass;
    "南通第十七条第2款：住院总费用为0的无法计算": "nt.a17.p2.out-of-policy-self-pay", |p| ratio(p, q::OUT_OF_POLICY_RATE.info.id, 0, 0) => NeedsInformation;
    "南通第十七条第2款：无住院服务的不适用": "nt.a17.p2.out-of-policy-self-pay", |p| no_inpatient(p) => NotApplicable;
    "南通第十七条第3款：低收入人口范围外自费恰为8%的符合": "nt.a17.p3.low-income-out-of-policy", |p| ratio(p, q::LOW_INCOME_OUT_OF_POLICY_RATE.info.id, 8, 100) => Pass;
    "南通第十七条第3款：低收入人口范围外自费8.1%的不符合": "nt.a17.p3.low-income-out-of-policy", |p| ratio(p, q::LOW_INCOME_OUT_OF_POLICY_RATE.info.id, 81, 1000) => Fail;
    "南通第十七条第3款：低收入人口范围外自费7.9%的符合": "nt.a17.p3.low-income-out-of-policy", |p| ratio(p, q::LOW_INCOME_OUT_OF_POLICY_RATE.info.id, 79, 1000) => Pass;
    "南通第十七条第3款：无低收入人口住院费用的无法计算": "nt.a17.p3.low-income-out-of-policy", |p| ratio(p, q::LOW_INCOME_OUT_OF_POLICY_RATE.info.id, 0, 0) => NeedsInformation;
    "南通第十七条第3款：无住院服务的，低收入人口范围外自费不适用": "nt.a17.p3.low-income-out-of-policy", |p| no_inpatient(p) => NotApplicable;
    "南通第十七条第3款：低收入人口个人自付恰为10%的符合": "nt.a17.p3.low-income-self-paid", |p| ratio(p, q::LOW_INCOME_SELF_PAID_RATE.info.id, 10, 100) => Pass;
    "南通第十七条第3款：低收入人口个人自付10.1%的不符合": "nt.a17.p3.low-income-self-paid", |p| ratio(p, q::LOW_INCOME_SELF_PAID_RATE.info.id, 101, 1000) => Fail;
    "南通第十七条第3款：低收入人口个人自付9.9%的符合": "nt.a17.p3.low-income-self-paid", |p| ratio(p, q::LOW_INCOME_SELF_PAID_RATE.info.id, 99, 1000) => Pass;
    "南通第十七条第3款：政策范围内住院总费用为0的无法计算": "nt.a17.p3.low-income-self-paid", |p| ratio(p, q::LOW_INCOME_SELF_PAID_RATE.info.id, 0, 0) => NeedsInformation;
    "南通第十七条第3款：无住院服务的，个人自付比例不适用": "nt.a17.p3.low-income-self-paid", |p| no_inpatient(p) => NotApplicable;

    "南通第十八条第1款：执行收治标准的符合（读江苏问题）": "nt.a18.p1.admission-standards", |p| d(p) => Pass;
    "南通第十八条第1款：未严格掌握出入院标准的不符合": "nt.a18.p1.admission-standards", |p| no(p, js::ADMISSION_CRITERIA.info.id) => Fail;
    "南通第十八条第1款：推诿病人的不符合": "nt.a18.p1.admission-standards", |p| yes(p, js::PATIENTS_TURNED_AWAY.info.id) => Fail;
    "南通第十八条第1款：空床、挂床住院的不符合（读第六十五条问题）": "nt.a18.p1.admission-standards", |p| yes(p, v::NT_A65_IMPROPER_ADMISSION.info.id) => Fail;
    "南通第十八条第1款：无住院服务的不适用": "nt.a18.p1.admission-standards", |p| no_inpatient(p) => NotApplicable;
    "南通第十八条第1款：加床率恰为10%（不超过含本数）的符合": "nt.a18.p1.extra-bed-rate", |p| ratio(p, q::EXTRA_BED_RATE.info.id, 10, 100) => Pass;
    "南通第十八条第1款：加床率10.1%的不符合": "nt.a18.p1.extra-bed-rate", |p| ratio(p, q::EXTRA_BED_RATE.info.id, 101, 1000) => Fail;
    "南通第十八条第1款：加床率9.9%的符合": "nt.a18.p1.extra-bed-rate", |p| ratio(p, q::EXTRA_BED_RATE.info.id, 99, 1000) => Pass;
    "南通第十八条第1款：抽查床位数为0的无法计算加床率": "nt.a18.p1.extra-bed-rate", |p| ratio(p, q::EXTRA_BED_RATE.info.id, 3, 0) => NeedsInformation;
    "南通第十八条第1款：无住院服务的，加床率不适用": "nt.a18.p1.extra-bed-rate", |p| no_inpatient(p) => NotApplicable;
    "南通第十八条第1款：不在床率恰为10%的符合": "nt.a18.p1.absent-rate", |p| ratio(p, q::ABSENT_PATIENT_RATE.info.id, 10, 100) => Pass;
    "南通第十八条第1款：不在床率10.1%的不符合": "nt.a18.p1.absent-rate", |p| ratio(p, q::ABSENT_PATIENT_RATE.info.id, 101, 1000) => Fail;
    "南通第十八条第1款：不在床率9.9%的符合": "nt.a18.p1.absent-rate", |p| ratio(p, q::ABSENT_PATIENT_RATE.info.id, 99, 1000) => Pass;
    "南通第十八条第1款：抽查在院病人数为0的无法计算不在床率": "nt.a18.p1.absent-rate", |p| ratio(p, q::ABSENT_PATIENT_RATE.info.id, 0, 0) => NeedsInformation;
    "南通第十八条第1款：无住院服务的，不在床率不适用": "nt.a18.p1.absent-rate", |p| no_inpatient(p) => NotApplicable;
    "南通第十八条第2款：二级医院执行双向转诊的符合": "nt.a18.p2.two-way-referral", |p| d(p) => Pass;
    "南通第十八条第2款：二级医院未执行双向转诊的不符合": "nt.a18.p2.two-way-referral", |p| no(p, q::TWO_WAY_REFERRAL.info.id) => Fail;
    "南通第十八条第2款：一级医院不适用": "nt.a18.p2.two-way-referral", |p| level(p, sc::Level::Primary) => NotApplicable;
    "南通第十八条第3款：未分解指标、未要求提前出院的符合": "nt.a18.p3.no-early-discharge", |p| d(p) => Pass;
    "南通第十八条第3款：以费用为由要求提前出院的不符合": "nt.a18.p3.no-early-discharge", |p| yes(p, q::QUOTA_TO_PATIENTS.info.id) => Fail;
    "南通第十八条第3款：无住院服务的不适用": "nt.a18.p3.no-early-discharge", |p| no_inpatient(p) => NotApplicable;
    "南通第十八条第4款：无分解住院的符合": "nt.a18.p4.no-split-admission", |p| d(p) => Pass;
    "南通第十八条第4款：分解住院的不符合（读江苏问题）": "nt.a18.p4.no-split-admission", |p| yes(p, js::SPLIT_ADMISSION.info.id) => Fail;
    "南通第十八条第5款：分解住院并向参保人收取自费的不符合": "nt.a18.p4.no-split-admission", |p| yes(p, q::SPLIT_SELF_PAY.info.id) => Fail;
    "南通第十八条第4款：无住院服务的不适用": "nt.a18.p4.no-split-admission", |p| no_inpatient(p) => NotApplicable;
    "南通第十八条第6款：二次住院率4.9%低于上年5%的符合": "nt.a18.p6.readmission-rate", |p| readmissions(p, 149, 100, 1000, 5) => Pass;
    "南通第十八条第6款：二次住院率恰等于上年5%的符合": "nt.a18.p6.readmission-rate", |p| readmissions(p, 150, 100, 1000, 5) => Pass;
    "南通第十八条第6款：二次住院率5.1%高于上年5%的不符合": "nt.a18.p6.readmission-rate", |p| readmissions(p, 151, 100, 1000, 5) => Fail;
    "南通第十八条第6款：上年按分子分母填50/1000，本年恰等于的符合": "nt.a18.p6.readmission-rate", |p| { readmissions(p, 150, 100, 1000, 5); ratio(p, q::READMISSION_LAST_YEAR.info.id, 50, 1000) } => Pass;
    "南通第十八条第6款：上年按分子分母填50/1000，本年5.1%的不符合": "nt.a18.p6.readmission-rate", |p| { readmissions(p, 151, 100, 1000, 5); ratio(p, q::READMISSION_LAST_YEAR.info.id, 50, 1000) } => Fail;
    "南通第十八条第6款：住院总人次为0的无法计算": "nt.a18.p6.readmission-rate", |p| readmissions(p, 0, 0, 0, 5) => NeedsInformation;
    "南通第十八条第6款：上年比率分母为0的无法比较": "nt.a18.p6.readmission-rate", |p| { readmissions(p, 150, 100, 1000, 5); ratio(p, q::READMISSION_LAST_YEAR.info.id, 5, 0) } => NeedsInformation;
    "南通第十八条第6款：按推定公式得负数的需复核⟦X-23⟧": "nt.a18.p6.readmission-rate", |p| readmissions(p, 90, 100, 1000, 5) => NeedsReview;
    "南通第十八条第6款：15天以内住院人次大于住院总人次的需复核": "nt.a18.p6.readmission-rate", |p| readmissions(p, 1200, 100, 1000, 5) => NeedsReview;
    "南通第十八条第6款：无住院服务的不适用": "nt.a18.p6.readmission-rate", |p| no_inpatient(p) => NotApplicable;
    "南通第十八条第7款：拒绝出院后停止结算的符合": "nt.a18.p7.refused-discharge", |p| d(p) => Pass;
    "南通第十八条第7款：拒绝出院后继续医保结算的不符合": "nt.a18.p7.refused-discharge", |p| occ(p, q::REFUSED_DISCHARGE.info.id, Occasion::NotKept) => Fail;
    "南通第十八条第7款：自查期间无人拒绝出院的不涉及": "nt.a18.p7.refused-discharge", |p| occ(p, q::REFUSED_DISCHARGE.info.id, Occasion::NotArisen) => NotApplicable;

    "南通第十九条：综合医院按护理院口径不适用": "nt.a19.bedridden-list", |p| d(p) => NotApplicable;
    "南通第十九条：护理院按时报送卧床病人名单的符合": "nt.a19.bedridden-list", |p| kind(p, InstitutionKind::NursingHome) => Pass;
    "南通第十九条：护理院未按时报送的不符合": "nt.a19.bedridden-list", |p| { kind(p, InstitutionKind::NursingHome); no(p, q::BEDRIDDEN_LIST.info.id) } => Fail;
    "南通第十九条：护理院卧床率恰为60%（不低于含本数）的符合": "nt.a19.bedridden-rate", |p| { kind(p, InstitutionKind::NursingHome); ratio(p, q::BEDRIDDEN_RATE.info.id, 60, 100) } => Pass;
    "南通第十九条：护理院卧床率59.9%的不符合": "nt.a19.bedridden-rate", |p| { kind(p, InstitutionKind::NursingHome); ratio(p, q::BEDRIDDEN_RATE.info.id, 599, 1000) } => Fail;
    "南通第十九条：护理院卧床率60.1%的符合": "nt.a19.bedridden-rate", |p| { kind(p, InstitutionKind::NursingHome); ratio(p, q::BEDRIDDEN_RATE.info.id, 601, 1000) } => Pass;
    "南通第十九条：住院参保患者数为0的无法计算卧床率": "nt.a19.bedridden-rate", |p| { kind(p, InstitutionKind::NursingHome); ratio(p, q::BEDRIDDEN_RATE.info.id, 0, 0) } => NeedsInformation;
    "南通第十九条：综合医院的卧床率不适用": "nt.a19.bedridden-rate", |p| d(p) => NotApplicable;
    "南通第十九条：护理院临终关怀率恰为10%的符合": "nt.a19.hospice-rate", |p| { kind(p, InstitutionKind::NursingHome); ratio(p, q::HOSPICE_RATE.info.id, 10, 100) } => Pass;
    "南通第十九条：护理院临终关怀率9.9%的不符合": "nt.a19.hospice-rate", |p| { kind(p, InstitutionKind::NursingHome); ratio(p, q::HOSPICE_RATE.info.id, 99, 1000) } => Fail;
    "南通第十九条：护理院临终关怀率10.1%的符合": "nt.a19.hospice-rate", |p| { kind(p, InstitutionKind::NursingHome); ratio(p, q::HOSPICE_RATE.info.id, 101, 1000) } => Pass;
    "南通第十九条：住院参保患者数为0的无法计算临终关怀率": "nt.a19.hospice-rate", |p| { kind(p, InstitutionKind::NursingHome); ratio(p, q::HOSPICE_RATE.info.id, 1, 0) } => NeedsInformation;
    "南通第十九条：综合医院的临终关怀率不适用": "nt.a19.hospice-rate", |p| d(p) => NotApplicable;

    "南通第二十条：建立转诊转院制度的符合": "nt.a20.referral", |p| d(p) => Pass;
    "南通第二十条：未建立转诊转院制度的不符合": "nt.a20.referral", |p| no(p, q::REFERRAL_SYSTEM.info.id) => Fail;
    "南通第二十条：有转市外备案资格而未审核把关的不符合": "nt.a20.referral", |p| { services(p, &[Service::ReferralOutOfCity]); no(p, q::OUT_OF_CITY_REFERRAL.info.id) } => Fail;
    "南通第二十条：无转市外备案资格的，该项不适用": "nt.a20.referral", |p| no(p, q::OUT_OF_CITY_REFERRAL.info.id) => Pass;
    "南通第二十一条：无特殊病、特药、延伸业务资质的不适用": "nt.a21.special-services", |p| d(p) => NotApplicable;
    "南通第二十一条：延伸业务未设专窗的不符合": "nt.a21.special-services", |p| { services(p, &[Service::SpecialOutpatient, Service::SpecialDrugs, Service::Extension]); no(p, q::EXTENSION_WINDOW.info.id) } => Fail;
    "南通第二十一条：要求患者院外购买特药注射剂的不符合": "nt.a21.special-services", |p| { services(p, &[Service::SpecialDrugs]); yes(p, q::SPECIAL_DRUGS_OUTSIDE.info.id) } => Fail;
    "南通第二十一条：特药管理规范的符合": "nt.a21.special-services", |p| services(p, &[Service::SpecialDrugs]) => Pass;
    "南通第二十二条：提醒刷卡、住院费用一并记入的符合": "nt.a22.settlement-and-inpatient-fees", |p| d(p) => Pass;
    "南通第二十二条：未提醒刷卡记账的不符合": "nt.a22.settlement-and-inpatient-fees", |p| no(p, q::CARD_REMINDED.info.id) => Fail;
    "南通第二十二条：外购药品费用未并入住院费用的不符合": "nt.a22.settlement-and-inpatient-fees", |p| no(p, q::INPATIENT_FEES_MERGED.info.id) => Fail;
    "南通第二十二条：无住院服务的，住院费用一项不适用": "nt.a22.settlement-and-inpatient-fees", |p| { no_inpatient(p); no(p, q::EXTERNAL_PURCHASE_APPROVED.info.id) } => Pass;
    "南通第二十三条：综合医院不适用社区中心延伸服务": "nt.a23.centre-extension-and-stations", |p| d(p) => NotApplicable;
    "南通第二十三条：社区中心设专窗并检查服务站的符合": "nt.a23.centre-extension-and-stations", |p| kind(p, InstitutionKind::CommunityHealthCentre) => Pass;
    "南通第二十三条：社区中心未检查辖区服务站的不符合": "nt.a23.centre-extension-and-stations", |p| { kind(p, InstitutionKind::CommunityHealthCentre); no(p, q::CENTRE_MANAGES_STATIONS.info.id) } => Fail;
    "南通第二十三条第3款：服务站接受中心管理的符合⟦X-27⟧": "nt.a23.p3.station-accepts-centre", |p| kind(p, InstitutionKind::CommunityHealthStation) => Pass;
    "南通第二十三条第3款：服务站不配合中心管理的不符合": "nt.a23.p3.station-accepts-centre", |p| { kind(p, InstitutionKind::CommunityHealthStation); no(p, q::STATION_ACCEPTS_CENTRE.info.id) } => Fail;
    "南通第二十三条第3款：社区中心本身不适用⟦X-27⟧": "nt.a23.p3.station-accepts-centre", |p| kind(p, InstitutionKind::CommunityHealthCentre) => NotApplicable;
    "南通第二十四条：综合医院不适用家庭医生签约": "nt.a24.family-doctor", |p| d(p) => NotApplicable;
    "南通第二十四条：服务站先签约后服务的符合": "nt.a24.family-doctor", |p| kind(p, InstitutionKind::CommunityHealthStation) => Pass;
    "南通第二十四条：社区中心未签约即提供门诊统筹的不符合": "nt.a24.family-doctor", |p| { kind(p, InstitutionKind::CommunityHealthCentre); no(p, q::FAMILY_DOCTOR.info.id) } => Fail;
    "南通第二十四条第4款：暂停期间未办理解约的不符合": "nt.a24.family-doctor", |p| { kind(p, InstitutionKind::CommunityHealthCentre); occ(p, q::SUSPENSION_CANCELLATIONS.info.id, Occasion::NotKept) } => Fail;
    "南通第二十四条第4款：未被暂停的，解约和公告不涉及": "nt.a24.family-doctor", |p| { kind(p, InstitutionKind::CommunityHealthCentre); occ(p, q::SUSPENSION_CANCELLATIONS.info.id, Occasion::NotArisen); occ(p, q::SUSPENSION_ANNOUNCED.info.id, Occasion::NotArisen) } => Pass;
    "南通第二十五条：社区中心价格和一般诊疗费合规的符合": "nt.a25.price-and-general-fee", |p| kind(p, InstitutionKind::CommunityHealthCentre) => Pass;
    "南通第二十五条：收费高于非营利性一级医院标准的不符合": "nt.a25.price-and-general-fee", |p| { kind(p, InstitutionKind::CommunityHealthCentre); no(p, q::COMMUNITY_PRICE.info.id) } => Fail;
    "南通第二十五条：一般诊疗费未按疗程收取的不符合": "nt.a25.price-and-general-fee", |p| { kind(p, InstitutionKind::CommunityHealthStation); occ(p, q::GENERAL_FEE.info.id, Occasion::NotKept) } => Fail;
    "南通第二十五条：综合医院不适用": "nt.a25.price-and-general-fee", |p| d(p) => NotApplicable;
    "南通第二十六条：财务制度和票据规范的符合": "nt.a26.finance", |p| d(p) => Pass;
    "南通第二十六条：没有财务制度的不符合": "nt.a26.finance", |p| { d(p); p.systems.finance = Some(false) } => Fail;
    "南通第二十六条：未如实出具票据的不符合（读江苏问题）": "nt.a26.finance", |p| no(p, js::RECEIPTS_TRUE.info.id) => Fail;
    "南通第二十六条：拒付费用未作财务处理的不符合": "nt.a26.finance", |p| no(p, q::REFUSED_FEES_ACCOUNTED.info.id) => Fail;
    "南通第二十七条：无违规宣传促销的符合": "nt.a27.no-improper-promotion", |p| d(p) => Pass;
    "南通第二十七条：以礼券促销的不符合": "nt.a27.no-improper-promotion", |p| yes(p, q::IMPROPER_PROMOTION.info.id) => Fail;
    "南通第二十八条：不开展体检的不适用": "nt.a28.checkup-reports", |p| d(p) => NotApplicable;
    "南通第二十八条：体检结论按时上传报送的符合": "nt.a28.checkup-reports", |p| services(p, &[Service::HealthCheckup]) => Pass;
    "南通第二十八条：体检结论未上传的不符合": "nt.a28.checkup-reports", |p| { services(p, &[Service::HealthCheckup]); no(p, q::CHECKUP_REPORTS.info.id) } => Fail;
    "南通第二十九条：执行目录、合理用药的符合": "nt.a29.catalogues-and-drug-use", |p| d(p) => Pass;
    "南通第二十九条：未执行目录的不符合（读江苏问题）": "nt.a29.catalogues-and-drug-use", |p| no(p, js::CATALOGUES_FOLLOWED.info.id) => Fail;
    "南通第二十九条第2款：超权限使用药品的不符合（读第六十五条问题）": "nt.a29.catalogues-and-drug-use", |p| yes(p, v::NT_A65_PRESCRIPTION_RULES.info.id) => Fail;
    "南通第三十条：保障目录药品和谈判药的符合": "nt.a30.drug-supply", |p| d(p) => Pass;
    "南通第三十条：以药占比为由不采购目录药品的不符合": "nt.a30.drug-supply", |p| yes(p, q::CATALOGUE_DRUGS_REFUSED.info.id) => Fail;
    "南通第三十条第2款：谈判药未应采尽采的不符合": "nt.a30.drug-supply", |p| no(p, q::NEGOTIATED_DRUGS.info.id) => Fail;
    "南通第三十一条：综合医院有电算化台账的符合（月报不适用）": "nt.a31.inventory", |p| no(p, q::INVENTORY_REPORT.info.id) => Pass;
    "南通第三十一条：未实行电算化台账的不符合": "nt.a31.inventory", |p| no(p, q::INVENTORY_LEDGER.info.id) => Fail;
    "南通第三十一条：购销存不符的不符合（读第六十五条问题）": "nt.a31.inventory", |p| yes(p, v::NT_A65_STOCK_MISMATCH.info.id) => Fail;
    "南通第三十一条第2款：诊所按时月报的符合": "nt.a31.inventory", |p| kind(p, InstitutionKind::Clinic) => Pass;
    "南通第三十一条第2款：诊所未每月10日前报送的不符合": "nt.a31.inventory", |p| { kind(p, InstitutionKind::Clinic); no(p, q::INVENTORY_REPORT.info.id) } => Fail;
    "南通第三十二条：留存限定支付用药依据的符合": "nt.a32.restricted-payment", |p| d(p) => Pass;
    "南通第三十二条：未留存用药依据的不符合": "nt.a32.restricted-payment", |p| no(p, q::RESTRICTED_PAYMENT_EVIDENCE.info.id) => Fail;
    "南通第三十五条：出院带药规范的符合": "nt.a35.discharge-drugs", |p| d(p) => Pass;
    "南通第三十五条：开具无关出院带药的不符合": "nt.a35.discharge-drugs", |p| no(p, q::DISCHARGE_DRUGS.info.id) => Fail;
    "南通第三十五条：无住院服务的不适用": "nt.a35.discharge-drugs", |p| no_inpatient(p) => NotApplicable;
    "南通第三十六条：价改机构零差率销售的符合": "nt.a36.zero-markup", |p| d(p) => Pass;
    "南通第三十六条：价改机构未按零差率销售的不符合": "nt.a36.zero-markup", |p| no(p, q::ZERO_MARKUP.info.id) => Fail;
    "南通第三十六条：未实施价改、也未实施零差率的不适用": "nt.a36.zero-markup", |p| no(p, sc::PRICE_REFORM.info.id) => NotApplicable;
    "南通第三十六条：未实施价改而实施基本药物零差率的，按进价销售的符合": "nt.a36.zero-markup", |p| { no(p, sc::PRICE_REFORM.info.id); yes(p, sc::ZERO_MARKUP_DRUGS.info.id) } => Pass;
    "南通第三十六条：实施基本药物零差率而未按进价销售的不符合": "nt.a36.zero-markup", |p| { no(p, sc::PRICE_REFORM.info.id); yes(p, sc::ZERO_MARKUP_DRUGS.info.id); no(p, q::ZERO_MARKUP.info.id) } => Fail;
    "南通第三十七条：价改民营机构收费规范的符合": "nt.a37.pricing-and-charges", |p| d(p) => Pass;
    "南通第三十七条第1款：未价改机构支付标准高于政府指导价的不符合": "nt.a37.pricing-and-charges", |p| { no(p, sc::PRICE_REFORM.info.id); no(p, q::SERVICE_PRICE_CEILING.info.id) } => Fail;
    "南通第三十七条第1款：未价改机构不高于政府指导价的符合": "nt.a37.pricing-and-charges", |p| no(p, sc::PRICE_REFORM.info.id) => Pass;
    "南通第三十七条第1款：实施零差率但未价改、未按198号调价的乡镇卫生院仍受政府指导价上限约束": "nt.a37.pricing-and-charges", |p| { no(p, sc::PRICE_REFORM.info.id); yes(p, sc::ZERO_MARKUP_DRUGS.info.id); no(p, q::SERVICE_PRICE_CEILING.info.id) } => Fail;
    "南通第三十七条第1款：按通价费〔2018〕198号调价的基层机构不受政府指导价上限约束": "nt.a37.pricing-and-charges", |p| { no(p, sc::PRICE_REFORM.info.id); yes(p, sc::PRICES_ADJUSTED_198.info.id); no(p, q::SERVICE_PRICE_CEILING.info.id) } => Pass;
    "南通第三十七条第2款：公立机构药品未全部从省平台采购的不符合": "nt.a37.pricing-and-charges", |p| { no(p, q::DRUGS_FROM_PLATFORM.info.id); p.institution.ownership = Some(Ownership::Public) } => Fail;
    "南通第三十七条：自立项目收费的不符合": "nt.a37.pricing-and-charges", |p| yes(p, q::IRREGULAR_CHARGES.info.id) => Fail;
    "南通第三十七条：重复、分解收费的不符合（读江苏问题）": "nt.a37.pricing-and-charges", |p| yes(p, js::IMPROPER_CHARGES.info.id) => Fail;
    "南通第三十七条：未维护价格数据库的不符合": "nt.a37.pricing-and-charges", |p| no(p, q::PRICE_DATABASE.info.id) => Fail;
    "南通第三十八条：公立机构取消耗材加成的符合": "nt.a38.consumables", |p| { d(p); p.institution.ownership = Some(Ownership::Public) } => Pass;
    "南通第三十八条：公立机构采购目录外耗材的不符合": "nt.a38.consumables", |p| { no(p, q::CONSUMABLES.info.id); p.institution.ownership = Some(Ownership::Public) } => Fail;
    "南通第三十八条：民营机构不适用": "nt.a38.consumables", |p| d(p) => NotApplicable;
    "南通第三十九条：建立特殊药品耗材管控制度的符合": "nt.a39.special-items-control", |p| d(p) => Pass;
    "南通第三十九条：未建立管控制度的不符合": "nt.a39.special-items-control", |p| no(p, q::SPECIAL_ITEMS_CONTROL.info.id) => Fail;
    "南通第四十条：大型设备检查不作常规的符合": "nt.a40.no-routine-large-equipment", |p| d(p) => Pass;
    "南通第四十条：将CT列为常规检查的不符合": "nt.a40.no-routine-large-equipment", |p| yes(p, q::ROUTINE_LARGE_EQUIPMENT.info.id) => Fail;
    "南通第四十一条：超标准床位告知同意的符合": "nt.a41.bed-upgrade-consent", |p| d(p) => Pass;
    "南通第四十一条：未告知即收超标准床位费的不符合": "nt.a41.bed-upgrade-consent", |p| no(p, q::BED_UPGRADE_CONSENT.info.id) => Fail;
    "南通第四十一条：无住院服务的不适用": "nt.a41.bed-upgrade-consent", |p| no_inpatient(p) => NotApplicable;

    "南通第四十二条第2款：连续1个月超指标的未达“二个月以上”": "nt.a42.p2.months-over-target", |p| count(p, q::MONTHS_OVER_TARGET.info.id, 1) => Pass;
    "南通第四十二条第2款：恰连续2个月超指标（以上含本数）的不符合": "nt.a42.p2.months-over-target", |p| count(p, q::MONTHS_OVER_TARGET.info.id, 2) => Fail;
    "南通第四十二条第2款：连续3个月超指标的不符合": "nt.a42.p2.months-over-target", |p| count(p, q::MONTHS_OVER_TARGET.info.id, 3) => Fail;
    "南通第四十二条第3款：控制在总量指标内的符合": "nt.a42.p3.volume-target", |p| d(p) => Pass;
    "南通第四十二条第3款：超出总量指标的不符合": "nt.a42.p3.volume-target", |p| no(p, q::VOLUME_TARGET.info.id) => Fail;
    "南通第四十二条：无单病种结算的不适用": "nt.a42.single-disease", |p| d(p) => NotApplicable;
    "南通第四十二条：单病种结算规范的符合": "nt.a42.single-disease", |p| services(p, &[Service::SingleDisease]) => Pass;
    "南通第四十二条：单病种另收费用的不符合": "nt.a42.single-disease", |p| { services(p, &[Service::SingleDisease]); no(p, q::SINGLE_DISEASE.info.id) } => Fail;
    "南通第四十二条第4款：退出率恰为10%（不超过含本数）的符合": "nt.a42.p4.single-disease-exit-rate", |p| { services(p, &[Service::SingleDisease]); ratio(p, q::SINGLE_DISEASE_EXIT_RATE.info.id, 10, 100) } => Pass;
    "南通第四十二条第4款：退出率10.1%的不符合": "nt.a42.p4.single-disease-exit-rate", |p| { services(p, &[Service::SingleDisease]); ratio(p, q::SINGLE_DISEASE_EXIT_RATE.info.id, 101, 1000) } => Fail;
    "南通第四十二条第4款：退出率9.9%的符合": "nt.a42.p4.single-disease-exit-rate", |p| { services(p, &[Service::SingleDisease]); ratio(p, q::SINGLE_DISEASE_EXIT_RATE.info.id, 99, 1000) } => Pass;
    "南通第四十二条第4款：进入路径病例为0的无法计算": "nt.a42.p4.single-disease-exit-rate", |p| { services(p, &[Service::SingleDisease]); ratio(p, q::SINGLE_DISEASE_EXIT_RATE.info.id, 0, 0) } => NeedsInformation;
    "南通第四十二条第4款：无单病种结算的不适用": "nt.a42.p4.single-disease-exit-rate", |p| d(p) => NotApplicable;
    "南通第四十三条第1款：不要求全额现金、异地即时结算的符合": "nt.a43.p1.cash-and-cross-region", |p| d(p) => Pass;
    "南通第四十三条第1款：要求全额现金结算的不符合": "nt.a43.p1.cash-and-cross-region", |p| yes(p, q::FULL_CASH.info.id) => Fail;
    "南通第四十三条第1款：减免个人自付的不符合（读第六十五条问题）": "nt.a43.p1.cash-and-cross-region", |p| yes(p, v::NT_A65_COPAY_WAIVED.info.id) => Fail;
    "南通第四十三条第1款：拒绝异地参保人员刷卡的不符合（读江苏问题）": "nt.a43.p1.cash-and-cross-region", |p| no(p, js::CROSS_REGION_SETTLEMENT.info.id) => Fail;
    "南通第四十三条第1款：未开通异地联网结算的，异地一项不适用": "nt.a43.p1.cash-and-cross-region", |p| { services(p, &[]); no(p, js::CROSS_REGION_SETTLEMENT.info.id) } => Pass;
    "南通第四十四条：纳入结算的费用均属支付范围的符合": "nt.a44.excluded-costs", |p| d(p) => Pass;
    "南通第四十四条：将第三人负担费用纳入医保的不符合": "nt.a44.excluded-costs", |p| no(p, js::WITHIN_PAYMENT_SCOPE.info.id) => Fail;
    "南通第四十五条：医疗纠纷及时报告的符合": "nt.a45.disputes-reported", |p| d(p) => Pass;
    "南通第四十五条：医疗纠纷未报告的不符合": "nt.a45.disputes-reported", |p| occ(p, q::DISPUTES_REPORTED.info.id, Occasion::NotKept) => Fail;
    "南通第四十五条：无医疗纠纷的不涉及": "nt.a45.disputes-reported", |p| occ(p, q::DISPUTES_REPORTED.info.id, Occasion::NotArisen) => NotApplicable;
    "南通第四十六条：按时认证报表并日对账的符合": "nt.a46.statements-and-reconciliation", |p| d(p) => Pass;
    "南通第四十六条第1款：报表未按时认证的不符合": "nt.a46.statements-and-reconciliation", |p| no(p, q::STATEMENTS_CERTIFIED.info.id) => Fail;
    "南通第四十六条第2款：未日对账的不符合": "nt.a46.statements-and-reconciliation", |p| no(p, q::DAILY_RECONCILIATION.info.id) => Fail;
    "南通第四十六条第3款：非康复机构不适用": "nt.a46.p3.rehab-history", |p| d(p) => NotApplicable;
    "南通第四十六条第3款：康复机构先核实既往支付的符合": "nt.a46.p3.rehab-history", |p| services(p, &[Service::Rehabilitation]) => Pass;
    "南通第四十六条第3款：康复机构未核实的不符合": "nt.a46.p3.rehab-history", |p| { services(p, &[Service::Rehabilitation]); no(p, q::REHAB_HISTORY_CHECKED.info.id) } => Fail;
    "南通第四十七条第2款：5个工作日内书面说明的符合": "nt.a47.p2.audit-explained", |p| d(p) => Pass;
    "南通第四十七条第2款：逾期未说明的不符合": "nt.a47.p2.audit-explained", |p| occ(p, q::AUDIT_EXPLAINED.info.id, Occasion::NotKept) => Fail;
    "南通第四十七条第2款：未收到告知的不涉及": "nt.a47.p2.audit-explained", |p| occ(p, q::AUDIT_EXPLAINED.info.id, Occasion::NotArisen) => NotApplicable;
    "南通第三十三条：采取措施鼓励优先选用甲类药品、基本药物等的符合": "nt.a33.preferred-drugs", |p| d(p) => Pass;
    "南通第三十三条：未采取鼓励措施的不符合（协议未定违约责任）": "nt.a33.preferred-drugs", |p| no(p, q::PREFERRED_DRUGS.info.id) => Fail;
    "南通第四十八条第3款：院端监控内容变更已书面备案的符合": "nt.a48.p3.monitoring-changes-filed", |p| d(p) => Pass;
    "南通第四十八条第3款：院端监控内容修改未书面备案的不符合": "nt.a48.p3.monitoring-changes-filed", |p| occ(p, q::MONITORING_CHANGES_FILED.info.id, Occasion::NotKept) => Fail;
    "南通第四十八条第3款：没有增加或修改需求的不涉及": "nt.a48.p3.monitoring-changes-filed", |p| occ(p, q::MONITORING_CHANGES_FILED.info.id, Occasion::NotArisen) => NotApplicable;
    "南通第四十八条第3款：未建院端智能监控的不适用": "nt.a48.p3.monitoring-changes-filed", |p| { services(p, &[]); occ(p, q::MONITORING_CHANGES_FILED.info.id, Occasion::NotKept) } => NotApplicable;
    "南通第四十八条：智能监控对接并按季反馈的符合": "nt.a48.smart-monitoring", |p| d(p) => Pass;
    "南通第四十八条第3款：院端监控未按季反馈的不符合": "nt.a48.smart-monitoring", |p| no(p, q::MONITORING_FEEDBACK.info.id) => Fail;
    "南通第四十八条第1款：监控规则未嵌入的不符合": "nt.a48.smart-monitoring", |p| no(p, q::MONITORING_EMBEDDED.info.id) => Fail;
    "南通第四十八条第3款：未建院端监控的，按季反馈不适用": "nt.a48.smart-monitoring", |p| { services(p, &[]); no(p, q::MONITORING_FEEDBACK.info.id) } => Pass;
    "南通第四十九条：不因指标推诿的符合": "nt.a49.no-quota-shifting", |p| d(p) => Pass;
    "南通第四十九条：因指标管控推诿病人的不符合": "nt.a49.no-quota-shifting", |p| yes(p, q::QUOTA_SHIFTED.info.id) => Fail;
    "南通第五十条第2款：社区中心某季未检查服务站的不符合": "nt.a50.p2.station-inspections", |p| { kind(p, InstitutionKind::CommunityHealthCentre); count(p, q::STATION_INSPECTIONS.info.id, 0) } => Fail;
    "南通第五十条第2款：每季恰检查1次的符合": "nt.a50.p2.station-inspections", |p| { kind(p, InstitutionKind::CommunityHealthCentre); count(p, q::STATION_INSPECTIONS.info.id, 1) } => Pass;
    "南通第五十条第2款：每季检查2次的符合": "nt.a50.p2.station-inspections", |p| { kind(p, InstitutionKind::CommunityHealthCentre); count(p, q::STATION_INSPECTIONS.info.id, 2) } => Pass;
    "南通第五十条第2款：综合医院不适用": "nt.a50.p2.station-inspections", |p| d(p) => NotApplicable;
    "南通第五十条第2款：社区中心未隐瞒服务站违规的符合": "nt.a50.p2.station-violations", |p| kind(p, InstitutionKind::CommunityHealthCentre) => Pass;
    "南通第五十条第2款：社区中心隐瞒服务站违规的不符合": "nt.a50.p2.station-violations", |p| { kind(p, InstitutionKind::CommunityHealthCentre); yes(p, q::STATION_VIOLATIONS_UNMANAGED.info.id) } => Fail;
    "南通第五十条第2款：服务站本身不适用": "nt.a50.p2.station-violations", |p| kind(p, InstitutionKind::CommunityHealthStation) => NotApplicable;

    "南通第五十三条：专线联网、专人管理的符合": "nt.a53.information-management", |p| d(p) => Pass;
    "南通第五十三条：外网联网未隔离的不符合": "nt.a53.information-management", |p| no(p, q::NETWORK_ISOLATED.info.id) => Fail;
    "南通第五十三条：转借刷卡设备的不符合": "nt.a53.information-management", |p| yes(p, q::DEVICES_MISUSED.info.id) => Fail;
    "南通第五十四条：未为无资格机构结算的符合": "nt.a54.no-branch-settlement", |p| d(p) => Pass;
    "南通第五十四条：为分支机构申报结算的不符合（读江苏问题）": "nt.a54.no-branch-settlement", |p| yes(p, js::SETTLEMENT_FOR_OTHERS.info.id) => Fail;
    "南通第五十五条：使用国家编码并维护数据库的符合": "nt.a55.codes-and-databases", |p| d(p) => Pass;
    "南通第五十五条：未使用国家统一医保编码的不符合": "nt.a55.codes-and-databases", |p| { d(p); p.it.national_codes = Some(false) } => Fail;
    "南通第五十五条：基础数据库未维护的不符合": "nt.a55.codes-and-databases", |p| no(p, q::BASE_DATABASES.info.id) => Fail;
    "南通第五十六条：信息安全保密的符合": "nt.a56.data-security", |p| d(p) => Pass;
    "南通第五十六条：未遵守数据安全制度的不符合（读江苏问题）": "nt.a56.data-security", |p| no(p, js::DATA_SECURITY.info.id) => Fail;
    "南通第五十六条：视频存储信息未保密的不符合": "nt.a56.data-security", |p| no(p, q::SYSTEMS_MAINTAINED.info.id) => Fail;
    "南通第五十七条：上传信息未篡改、已建工作站的符合": "nt.a57.data-integrity", |p| d(p) => Pass;
    "南通第五十七条第1款：篡改上传信息的不符合": "nt.a57.data-integrity", |p| yes(p, q::DATA_TAMPERED.info.id) => Fail;
    "南通第五十七条第2款：电子病历机构未建工作站的不符合": "nt.a57.data-integrity", |p| no(p, q::EHR_WORKSTATION.info.id) => Fail;
    "南通第五十七条第2款：未实行电子病历的，工作站一项不适用": "nt.a57.data-integrity", |p| { services(p, &[]); no(p, q::EHR_WORKSTATION.info.id) } => Pass;
    "南通第五十八条：制定应急预案的符合": "nt.a58.contingency-plan", |p| d(p) => Pass;
    "南通第五十八条：未制定应急预案的不符合": "nt.a58.contingency-plan", |p| no(p, q::CONTINGENCY_PLAN.info.id) => Fail;

    "南通第五十九条：不实施视频管理的不适用": "nt.a59.p3.video-devices", |p| d(p) => NotApplicable;
    "南通第五十九条第3款：视频设备只有1套的不符合": "nt.a59.p3.video-devices", |p| { yes(p, sc::VIDEO_MANAGEMENT.info.id); count(p, q::VIDEO_DEVICES.info.id, 1) } => Fail;
    "南通第五十九条第3款：视频设备恰为2套的符合": "nt.a59.p3.video-devices", |p| { yes(p, sc::VIDEO_MANAGEMENT.info.id); count(p, q::VIDEO_DEVICES.info.id, 2) } => Pass;
    "南通第五十九条第3款：视频设备3套的符合": "nt.a59.p3.video-devices", |p| { yes(p, sc::VIDEO_MANAGEMENT.info.id); count(p, q::VIDEO_DEVICES.info.id, 3) } => Pass;
    "南通第五十九条第3款：社区中心视频设备不足的需复核⟦X-20⟧": "nt.a59.p3.video-devices", |p| { kind(p, InstitutionKind::CommunityHealthCentre); yes(p, sc::VIDEO_MANAGEMENT.info.id); count(p, q::VIDEO_DEVICES.info.id, 1) } => NeedsReview;
    "南通第五十九条：视频管理规范的符合": "nt.a59.video-management", |p| yes(p, sc::VIDEO_MANAGEMENT.info.id) => Pass;
    "南通第五十九条第4款：画面不清、未纳入视频的不符合": "nt.a59.video-management", |p| { yes(p, sc::VIDEO_MANAGEMENT.info.id); no(p, q::VIDEO_COVERAGE.info.id) } => Fail;
    "南通第五十九条第5款：未提前申请即变更刷卡结算处位置的不符合": "nt.a59.video-management", |p| { yes(p, sc::VIDEO_MANAGEMENT.info.id); occ(p, q::VIDEO_CHANGE_APPLIED.info.id, Occasion::NotKept) } => Fail;
    "南通第五十九条第5款：未变更位置的，申请一项不涉及": "nt.a59.video-management", |p| { yes(p, sc::VIDEO_MANAGEMENT.info.id); occ(p, q::VIDEO_CHANGE_APPLIED.info.id, Occasion::NotArisen) } => Pass;
    "南通第五十九条：社区中心未设视频提示的需复核⟦X-20⟧": "nt.a59.video-management", |p| { kind(p, InstitutionKind::CommunityHealthCentre); yes(p, sc::VIDEO_MANAGEMENT.info.id); no(p, q::VIDEO_NOTICE_AND_POWER.info.id) } => NeedsReview;
    "南通第五十九条：不实施视频管理的，视频管理不适用": "nt.a59.video-management", |p| d(p) => NotApplicable;
    "南通第六十条：代码对应、生育信息上传的符合": "nt.a60.code-database", |p| d(p) => Pass;
    "南通第六十条第1款：项目代码未对应的不符合": "nt.a60.code-database", |p| no(p, q::CODE_DATABASE.info.id) => Fail;
    "南通第六十条第3款：生育登记信息未及时上传的不符合": "nt.a60.code-database", |p| no(p, q::MATERNITY_UPLOADED.info.id) => Fail;
    "南通第六十条第3款：无生育保险资质的，生育信息一项不适用": "nt.a60.code-database", |p| { no(p, sc::MATERNITY_LICENCE.info.id); no(p, q::MATERNITY_UPLOADED.info.id) } => Pass;
    "南通第六十条第3款：门诊上传符合率恰为95%的符合": "nt.a60.p3.outpatient-match-rate", |p| ratio(p, q::OUTPATIENT_MATCH_RATE.info.id, 95, 100) => Pass;
    "南通第六十条第3款：门诊上传符合率94.9%的不符合": "nt.a60.p3.outpatient-match-rate", |p| ratio(p, q::OUTPATIENT_MATCH_RATE.info.id, 949, 1000) => Fail;
    "南通第六十条第3款：门诊上传符合率95.1%的符合": "nt.a60.p3.outpatient-match-rate", |p| ratio(p, q::OUTPATIENT_MATCH_RATE.info.id, 951, 1000) => Pass;
    "南通第六十条第3款：上传门诊处方为0的无法计算": "nt.a60.p3.outpatient-match-rate", |p| ratio(p, q::OUTPATIENT_MATCH_RATE.info.id, 0, 0) => NeedsInformation;
    "南通第六十条第3款：住院24小时上传率恰为100%的符合": "nt.a60.p3.inpatient-upload-rate", |p| ratio(p, q::INPATIENT_UPLOAD_RATE.info.id, 1000, 1000) => Pass;
    "南通第六十条第3款：住院24小时上传率99.9%的不符合": "nt.a60.p3.inpatient-upload-rate", |p| ratio(p, q::INPATIENT_UPLOAD_RATE.info.id, 999, 1000) => Fail;
    "南通第六十条第3款：住院上传率填100%的符合": "nt.a60.p3.inpatient-upload-rate", |p| percent(p, q::INPATIENT_UPLOAD_RATE.info.id, 100) => Pass;
    "南通第六十条第3款：上传项数大于应上传项数的需复核": "nt.a60.p3.inpatient-upload-rate", |p| ratio(p, q::INPATIENT_UPLOAD_RATE.info.id, 1001, 1000) => NeedsReview;
    "南通第六十条第3款：应上传项数为0的无法计算": "nt.a60.p3.inpatient-upload-rate", |p| ratio(p, q::INPATIENT_UPLOAD_RATE.info.id, 0, 0) => NeedsInformation;
    "南通第六十条第3款：无住院服务的，住院上传率不适用": "nt.a60.p3.inpatient-upload-rate", |p| no_inpatient(p) => NotApplicable;
    "南通第六十条第3款：住院上传符合率恰为98%的符合": "nt.a60.p3.inpatient-match-rate", |p| ratio(p, q::INPATIENT_MATCH_RATE.info.id, 98, 100) => Pass;
    "南通第六十条第3款：住院上传符合率97.9%的不符合": "nt.a60.p3.inpatient-match-rate", |p| ratio(p, q::INPATIENT_MATCH_RATE.info.id, 979, 1000) => Fail;
    "南通第六十条第3款：住院上传符合率98.1%的符合": "nt.a60.p3.inpatient-match-rate", |p| ratio(p, q::INPATIENT_MATCH_RATE.info.id, 981, 1000) => Pass;
    "南通第六十条第3款：上传住院病例为0的无法计算": "nt.a60.p3.inpatient-match-rate", |p| ratio(p, q::INPATIENT_MATCH_RATE.info.id, 0, 0) => NeedsInformation;
    "南通第六十条第3款：无住院服务的，住院符合率不适用": "nt.a60.p3.inpatient-match-rate", |p| no_inpatient(p) => NotApplicable;
    "南通第六十八条：医务人员违规处理并通报的符合": "nt.a68.staff-violations", |p| d(p) => Pass;
    "南通第六十四条：未擅自接入视频监控系统的符合": "nt.a64.video-unauthorised-access", |p| yes(p, sc::VIDEO_MANAGEMENT.info.id) => Pass;
    "南通第六十四条：擅自接入视频监控系统的，暂停医保服务1-3个月": "nt.a64.video-unauthorised-access", |p| { yes(p, sc::VIDEO_MANAGEMENT.info.id); yes(p, q::VIDEO_UNAUTHORISED_ACCESS.info.id) } => Fail;
    "南通第六十四条：不实施视频管理的，擅自接入一项不适用": "nt.a64.video-unauthorised-access", |p| d(p) => NotApplicable;
    "南通第六十四条：无异常刷卡的符合": "nt.a64.abnormal-swiping", |p| yes(p, sc::VIDEO_MANAGEMENT.info.id) => Pass;
    "南通第六十四条：为同一人刷多张社会保障卡等异常刷卡的不符合": "nt.a64.abnormal-swiping", |p| { yes(p, sc::VIDEO_MANAGEMENT.info.id); yes(p, q::ABNORMAL_SWIPING.info.id) } => Fail;
    "南通第六十四条：不实施视频管理的，异常刷卡一项不适用": "nt.a64.abnormal-swiping", |p| d(p) => NotApplicable;
    "南通第七十二条第1款：未停业或歇业的不适用": "nt.a72.p1.closure", |p| d(p) => NotApplicable;
    "南通第七十二条第1款：特殊情况停业已报备经甲方核实的，协议不终止": "nt.a72.p1.closure", |p| yes(p, q::CLOSED.info.id) => Pass;
    "南通第七十二条第1款：歇业且未报备核实的，协议终止，需人工复核": "nt.a72.p1.closure", |p| { yes(p, q::CLOSED.info.id); no(p, q::CLOSURE_VERIFIED.info.id) } => NeedsReview;
    "南通第七十二条第1款：停业而未答是否报备核实的需补充信息": "nt.a72.p1.closure", |p| { yes(p, q::CLOSED.info.id); p.compliance.clear(q::CLOSURE_VERIFIED.info.id) } => NeedsInformation;
    "南通第七十二条第1款：协议尚未期满的不适用": "nt.a72.p1.not-renewed", |p| d(p) => NotApplicable;
    "南通第七十二条第1款：期满已续签的符合": "nt.a72.p1.not-renewed", |p| renewal(p, q::RenewalState::Renewed) => Pass;
    "南通第七十八条：因甲方原因未签订新协议的，原协议继续生效": "nt.a72.p1.not-renewed", |p| renewal(p, q::RenewalState::AgencyCause) => Pass;
    "南通第七十二条第1款：期满非甲方原因未续签的，协议终止，需人工复核": "nt.a72.p1.not-renewed", |p| renewal(p, q::RenewalState::OwnCause) => NeedsReview;
    "南通第七十二条第2款：终止、解除、缓签时共同做好善后的符合": "nt.a72.p2.aftercare", |p| d(p) => Pass;
    "南通第七十二条第2款：终止后未做好善后的不符合（协议未定违约责任）": "nt.a72.p2.aftercare", |p| occ(p, q::AFTERCARE.info.id, Occasion::NotKept) => Fail;
    "南通第七十二条第2款：协议未终止、解除或缓签的不涉及": "nt.a72.p2.aftercare", |p| occ(p, q::AFTERCARE.info.id, Occasion::NotArisen) => NotApplicable;
    "南通第六十八条：医务人员违规未处理的不符合": "nt.a68.staff-violations", |p| occ(p, q::STAFF_VIOLATIONS_HANDLED.info.id, Occasion::NotKept) => Fail;
    "南通第六十八条：无医务人员违规的不涉及": "nt.a68.staff-violations", |p| occ(p, q::STAFF_VIOLATIONS_HANDLED.info.id, Occasion::NotArisen) => NotApplicable;
    "南通第六十九条：暂停期间公告的符合": "nt.a69.suspension-notice", |p| d(p) => Pass;
    "南通第六十九条：暂停期间未公告的不符合": "nt.a69.suspension-notice", |p| occ(p, q::SUSPENSION_ANNOUNCED.info.id, Occasion::NotKept) => Fail;
    "南通第六十九条：未被暂停的不涉及": "nt.a69.suspension-notice", |p| occ(p, q::SUSPENSION_ANNOUNCED.info.id, Occasion::NotArisen) => NotApplicable;
    "南通第七十六条：做好异地就医服务的符合": "nt.a76.cross-region-service", |p| d(p) => Pass;
    "南通第七十六条：未跟踪处理异地结算问题的不符合": "nt.a76.cross-region-service", |p| no(p, q::CROSS_REGION_SERVICE.info.id) => Fail;
};
