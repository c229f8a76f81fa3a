use crate::catalog::testing::{baseline, cases, date, finding, run, Case};
use crate::facts::*;
use crate::report::{DateBasis, DateKind, Outcome};

const J: Jurisdiction = Jurisdiction::Jilin;

fn kind(p: &mut Profile, kind: ApplicationKind) {
    p.application.kind = Some(kind);
}

fn pharmacy(p: &mut Profile) {
    p.institution.kind = Some(InstitutionKind::RetailPharmacy);
}

fn moving(p: &mut Profile) {
    kind(p, ApplicationKind::InformationChange);
    p.application.changes = Some(vec![ChangeKind::RegisteredAddress]);
}

pub(crate) static CASES: &[Case] = cases! { J;
    "第二十四条（一）：11月20日审核通过，经办机构5个工作日内告知结果并预约评估": "jl.a24.i1.review-result-5-working-days", |p| p.procedure.review_passed_on = Some(date("2026-11-20")) => Pass;
    "第二十四条（一）：审核通过已久，经办机构的时限仍只作展示": "jl.a24.i1.review-result-5-working-days", |p| p.procedure.review_passed_on = Some(date("2026-09-01")) => Pass;
    "第二十四条（一）：未填审核通过之日的不适用": "jl.a24.i1.review-result-5-working-days", |p| () => NotApplicable;
    "第二十四条（一）零售药店：经办机构5个工作日内告知结果并预约评估": "jl.a24.i1.pharmacy-review-result-5-working-days", |p| { pharmacy(p); p.procedure.review_passed_on = Some(date("2026-11-20")) } => Pass;
    "第二十四条（一）零售药店：未填审核通过之日的不适用": "jl.a24.i1.pharmacy-review-result-5-working-days", |p| pharmacy(p) => NotApplicable;

    "第二十四条（二）：2026年9月18日收到材料，经办机构5个工作日内告知补正": "jl.a24.i2.supplement-notice-5-working-days", |p| p.procedure.submitted_on = Some(date("2026-09-18")) => Pass;
    "第二十四条（二）：未填收到材料之日的需补充信息": "jl.a24.i2.supplement-notice-5-working-days", |p| () => NeedsInformation;
    "第二十四条（二）零售药店：经办机构5个工作日内告知补正": "jl.a24.i2.pharmacy-supplement-notice-5-working-days", |p| { pharmacy(p); p.procedure.submitted_on = Some(date("2026-11-20")) } => Pass;
    "第二十四条（二）零售药店：未填收到材料之日的需补充信息": "jl.a24.i2.pharmacy-supplement-notice-5-working-days", |p| pharmacy(p) => NeedsInformation;

    "第二十四条（二）：11月20日收到补正告知，尚在5个工作日内": "jl.a24.i2.supplement-5-working-days", |p| p.procedure.supplement_notified_on = Some(date("2026-11-20")) => Pass;
    "第二十四条（二）：收到补正告知已超过5个工作日且未填补齐之日，须确认是否已按时补齐": "jl.a24.i2.supplement-5-working-days", |p| p.procedure.supplement_notified_on = Some(date("2026-11-02")) => NeedsReview;
    "第二十四条（二）：在5个工作日内补齐的按时": "jl.a24.i2.supplement-5-working-days", |p| { p.procedure.supplement_notified_on = Some(date("2026-11-02")); p.procedure.supplement_completed_on = Some(date("2026-11-09")) } => Pass;
    "第二十四条（二）：逾期补齐的视为放弃此次申请": "jl.a24.i2.supplement-5-working-days", |p| { p.procedure.supplement_notified_on = Some(date("2026-11-02")); p.procedure.supplement_completed_on = Some(date("2026-11-10")) } => Fail;
    "第二十四条（二）：补齐日早于告知日的须核对": "jl.a24.i2.supplement-5-working-days", |p| { p.procedure.supplement_notified_on = Some(date("2026-11-02")); p.procedure.supplement_completed_on = Some(date("2026-10-30")) } => NeedsReview;
    "第二十四条（二）：未收到补正告知的不适用": "jl.a24.i2.supplement-5-working-days", |p| () => NotApplicable;
    "第二十四条（二）零售药店：尚在补正期限内": "jl.a24.i2.pharmacy-supplement-5-working-days", |p| { pharmacy(p); p.procedure.supplement_notified_on = Some(date("2026-11-20")) } => Pass;
    "第二十四条（二）零售药店：逾期补齐的视为放弃此次申请": "jl.a24.i2.pharmacy-supplement-5-working-days", |p| { pharmacy(p); p.procedure.supplement_notified_on = Some(date("2026-11-02")); p.procedure.supplement_completed_on = Some(date("2026-11-13")) } => Fail;

    "第二十四条（三）：经办机构5个工作日内退回不符合条件的材料": "jl.a24.i3.return-materials-5-working-days", |p| p.procedure.submitted_on = Some(date("2026-11-16")) => Pass;
    "第二十四条（三）：未填收到材料之日的需补充信息": "jl.a24.i3.return-materials-5-working-days", |p| () => NeedsInformation;
    "第二十四条（三）零售药店：经办机构5个工作日内退回": "jl.a24.i3.pharmacy-return-materials-5-working-days", |p| { pharmacy(p); p.procedure.submitted_on = Some(date("2026-11-16")) } => Pass;
    "第二十四条（三）零售药店：未填收到材料之日的需补充信息": "jl.a24.i3.pharmacy-return-materials-5-working-days", |p| pharmacy(p) => NeedsInformation;

    "第二十六条：受理后40个工作日内完成评估": "jl.a26.assessment-40-working-days", |p| p.procedure.accepted_on = Some(date("2026-11-02")) => Pass;
    "第二十六条：补充材料时间不计入评估时限": "jl.a26.assessment-40-working-days", |p| { p.procedure.accepted_on = Some(date("2026-11-02")); p.procedure.supplement_notified_on = Some(date("2026-11-04")); p.procedure.supplement_completed_on = Some(date("2026-11-10")) } => Pass;
    "第二十六条：补正尚未补齐的先按40个工作日显示": "jl.a26.assessment-40-working-days", |p| { p.procedure.accepted_on = Some(date("2026-11-02")); p.procedure.supplement_notified_on = Some(date("2026-11-04")) } => Pass;
    "第二十六条：填了补齐之日而未填告知之日的需补充信息": "jl.a26.assessment-40-working-days", |p| { p.procedure.accepted_on = Some(date("2026-11-02")); p.procedure.supplement_completed_on = Some(date("2026-11-10")) } => NeedsInformation;
    "第二十六条：补齐日早于告知日的须核对": "jl.a26.assessment-40-working-days", |p| { p.procedure.accepted_on = Some(date("2026-11-02")); p.procedure.supplement_notified_on = Some(date("2026-11-10")); p.procedure.supplement_completed_on = Some(date("2026-11-04")) } => NeedsReview;
    "第二十六条：未填受理之日的需补充信息": "jl.a26.assessment-40-working-days", |p| () => NeedsInformation;
    "第二十六条零售药店：受理后40个工作日内完成评估": "jl.a26.pharmacy-assessment-40-working-days", |p| { pharmacy(p); p.procedure.accepted_on = Some(date("2026-11-02")) } => Pass;
    "第二十六条零售药店：未填受理之日的需补充信息": "jl.a26.pharmacy-assessment-40-working-days", |p| pharmacy(p) => NeedsInformation;

    "第二十九条（五）【推定】：公示截止后5个工作日内确定名单": "jl.a29.list-5-working-days", |p| p.procedure.public_notice_ended_on = Some(date("2026-11-20")) => Pass;
    "第二十九条（五）【推定】：未填公示结束之日的需补充信息": "jl.a29.list-5-working-days", |p| () => NeedsInformation;
    "第二十九条（五）【推定】零售药店：公示截止后5个工作日内确定名单": "jl.a29.pharmacy-list-5-working-days", |p| { pharmacy(p); p.procedure.public_notice_ended_on = Some(date("2026-11-20")) } => Pass;
    "第二十九条（五）【推定】零售药店：未填公示结束之日的需补充信息": "jl.a29.pharmacy-list-5-working-days", |p| pharmacy(p) => NeedsInformation;

    "第三十一条：按一般期限1年推算协议期满日": "jl.a31.agreement-term-1-year", |p| p.procedure.agreement_signed_on = Some(date("2026-03-01")) => Pass;
    "第三十一条：未填签订之日的需补充信息": "jl.a31.agreement-term-1-year", |p| () => NeedsInformation;
    "第三十一条零售药店：按一般期限1年推算协议期满日": "jl.a31.pharmacy-agreement-term-1-year", |p| { pharmacy(p); p.procedure.agreement_signed_on = Some(date("2026-03-01")) } => Pass;
    "第三十一条零售药店：未填签订之日的需补充信息": "jl.a31.pharmacy-agreement-term-1-year", |p| pharmacy(p) => NeedsInformation;

    "第三十二条：公示期结束后15个工作日内签订，尚在时限内": "jl.a32.signing-15-working-days", |p| p.procedure.public_notice_ended_on = Some(date("2026-11-20")) => Pass;
    "第三十二条：公示期结束已超过15个工作日仍未填签订之日，须确认是否已在约定时限内签订": "jl.a32.signing-15-working-days", |p| p.procedure.public_notice_ended_on = Some(date("2026-10-09")) => NeedsReview;
    "第三十二条：已签订医保协议的": "jl.a32.signing-15-working-days", |p| { p.procedure.public_notice_ended_on = Some(date("2026-10-09")); p.procedure.agreement_signed_on = Some(date("2026-10-20")) } => Pass;
    "第三十二条：未填公示结束之日的需补充信息": "jl.a32.signing-15-working-days", |p| () => NeedsInformation;
    "第三十二条零售药店：尚在15个工作日内": "jl.a32.pharmacy-signing-15-working-days", |p| { pharmacy(p); p.procedure.public_notice_ended_on = Some(date("2026-11-20")) } => Pass;
    "第三十二条零售药店：已超过15个工作日未签订，须确认": "jl.a32.pharmacy-signing-15-working-days", |p| { pharmacy(p); p.procedure.public_notice_ended_on = Some(date("2026-10-09")) } => NeedsReview;

    "第三十五条：签订后5个工作日内填报编码标准数据库，尚在时限内": "jl.a35.coding-database-5-working-days", |p| p.procedure.agreement_signed_on = Some(date("2026-11-20")) => Pass;
    "第三十五条：签订已超过5个工作日，须确认是否已填报": "jl.a35.coding-database-5-working-days", |p| p.procedure.agreement_signed_on = Some(date("2026-11-02")) => NeedsReview;
    "第三十五条：未填签订之日的需补充信息": "jl.a35.coding-database-5-working-days", |p| () => NeedsInformation;
    "第三十五条零售药店：尚在5个工作日内": "jl.a35.pharmacy-coding-database-5-working-days", |p| { pharmacy(p); p.procedure.agreement_signed_on = Some(date("2026-11-20")) } => Pass;
    "第三十五条零售药店：已超过5个工作日，须确认": "jl.a35.pharmacy-coding-database-5-working-days", |p| { pharmacy(p); p.procedure.agreement_signed_on = Some(date("2026-11-02")) } => NeedsReview;

    "第三十七条第1款：批准变更后30个工作日内申请，尚在时限内": "jl.a37.p1.change-30-working-days", |p| { kind(p, ApplicationKind::InformationChange); p.procedure.change_approved_on = Some(date("2026-11-02")) } => Pass;
    "第三十七条第1款：批准变更已超过30个工作日，须确认是否已按时申请": "jl.a37.p1.change-30-working-days", |p| { kind(p, ApplicationKind::InformationChange); p.procedure.change_approved_on = Some(date("2026-09-01")) } => NeedsReview;
    "第三十七条第1款零售药店：尚在30个工作日内": "jl.a37.p1.pharmacy-change-30-working-days", |p| { pharmacy(p); kind(p, ApplicationKind::InformationChange); p.procedure.change_approved_on = Some(date("2026-11-02")) } => Pass;
    "第三十七条第1款零售药店：未填批准之日的需补充信息": "jl.a37.p1.pharmacy-change-30-working-days", |p| { pharmacy(p); kind(p, ApplicationKind::InformationChange) } => NeedsInformation;

    "第三十七条末款：12月15日迁址，提前5个工作日告知尚来得及": "jl.a37.address-change-5-working-days-notice", |p| { moving(p); p.procedure.planned_move_on = Some(date("2026-12-15")) } => Pass;
    "第三十七条末款：11月25日迁址，提前5个工作日的最迟日已过": "jl.a37.address-change-5-working-days-notice", |p| { moving(p); p.procedure.planned_move_on = Some(date("2026-11-25")) } => NeedsReview;
    "第三十七条末款：变更注册地址而未填迁址日的需补充信息": "jl.a37.address-change-5-working-days-notice", |p| moving(p) => NeedsInformation;
    "第三十七条末款：只变更名称的不适用": "jl.a37.address-change-5-working-days-notice", |p| { kind(p, ApplicationKind::InformationChange); p.application.changes = Some(vec![ChangeKind::Name]) } => NotApplicable;
    "第三十七条末款：未填变更事项的需补充信息": "jl.a37.address-change-5-working-days-notice", |p| kind(p, ApplicationKind::InformationChange) => NeedsInformation;
    "第三十七条末款零售药店：提前5个工作日告知尚来得及": "jl.a37.pharmacy-address-change-5-working-days-notice", |p| { pharmacy(p); moving(p); p.procedure.planned_move_on = Some(date("2026-12-15")) } => Pass;
    "第三十七条末款零售药店：最迟日已过": "jl.a37.pharmacy-address-change-5-working-days-notice", |p| { pharmacy(p); moving(p); p.procedure.planned_move_on = Some(date("2026-11-25")) } => NeedsReview;

    "第三十九条：协议2027年3月31日期满，最迟2026年12月31日申请续签": "jl.a39.renewal-3-months", |p| { kind(p, ApplicationKind::Renewal); p.procedure.agreement_expires_on = Some(date("2027-03-31")) } => Pass;
    "第三十九条：期满前3个月已过，须确认是否已申请或由经办统一组织": "jl.a39.renewal-3-months", |p| { kind(p, ApplicationKind::Renewal); p.procedure.agreement_expires_on = Some(date("2027-01-31")) } => NeedsReview;
    "第三十九条零售药店：尚在期满前3个月之前": "jl.a39.pharmacy-renewal-3-months", |p| { pharmacy(p); kind(p, ApplicationKind::Renewal); p.procedure.agreement_expires_on = Some(date("2027-03-31")) } => Pass;
    "第三十九条零售药店：未填期满之日的需补充信息": "jl.a39.pharmacy-renewal-3-months", |p| { pharmacy(p); kind(p, ApplicationKind::Renewal) } => NeedsInformation;

    "第四十六条第3款：主动中止未满180日，尚可申请继续履行": "jl.a46.p3.suspension-180-days", |p| { kind(p, ApplicationKind::Designated); p.procedure.suspension_started_on = Some(date("2026-09-01")) } => Pass;
    "第四十六条第3款：主动中止已超过180日，须确认是否已申请继续履行": "jl.a46.p3.suspension-180-days", |p| { kind(p, ApplicationKind::Designated); p.procedure.suspension_started_on = Some(date("2026-03-01")) } => NeedsReview;
    "第四十六条第3款：未中止的不适用": "jl.a46.p3.suspension-180-days", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
    "第四十六条第3款零售药店：中止未满180日": "jl.a46.p3.pharmacy-suspension-180-days", |p| { pharmacy(p); kind(p, ApplicationKind::Designated); p.procedure.suspension_started_on = Some(date("2026-09-01")) } => Pass;
    "第四十六条第3款零售药店：未中止的不适用": "jl.a46.p3.pharmacy-suspension-180-days", |p| { pharmacy(p); kind(p, ApplicationKind::Designated) } => NotApplicable;

    "第四十六条第4款：违规被中止，原则上不超过1年": "jl.a46.p4.violation-suspension-1-year", |p| { kind(p, ApplicationKind::Designated); p.procedure.violation_suspension_started_on = Some(date("2026-03-01")) } => Pass;
    "第四十六条第4款：违规中止已超过1年，仍只作节点展示": "jl.a46.p4.violation-suspension-1-year" on "2027-03-01", |p| { kind(p, ApplicationKind::Designated); p.procedure.violation_suspension_started_on = Some(date("2026-01-05")) } => Pass;
    "第四十六条第4款：规程施行前（2025年3月1日）开始的违规中止，按当时的规定，不在规则数据中": "jl.a46.p4.violation-suspension-1-year", |p| { kind(p, ApplicationKind::Designated); p.procedure.violation_suspension_started_on = Some(date("2025-03-01")) } => NotCovered;
    "第四十六条第4款：未被中止的不适用": "jl.a46.p4.violation-suspension-1-year", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
    "第四十六条第4款零售药店：违规被中止，原则上不超过1年": "jl.a46.p4.pharmacy-violation-suspension-1-year", |p| { pharmacy(p); kind(p, ApplicationKind::Designated); p.procedure.violation_suspension_started_on = Some(date("2026-03-01")) } => Pass;
    "第四十六条第4款零售药店：未被中止的不适用": "jl.a46.p4.pharmacy-violation-suspension-1-year", |p| { pharmacy(p); kind(p, ApplicationKind::Designated) } => NotApplicable;

    "第四十八条：社会办机构拟于2027年6月1日解除，最迟2027年3月1日申请": "jl.a48.exit-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.institution.ownership = Some(Ownership::Private); p.procedure.planned_exit_on = Some(date("2027-06-01")) } => Pass;
    "第四十八条：公立医疗机构不得主动提出中止或解除": "jl.a48.exit-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.institution.ownership = Some(Ownership::Public); p.procedure.planned_exit_on = Some(date("2027-06-01")) } => Fail;
    "第四十八条：社会办机构提前不足3个月，须确认": "jl.a48.exit-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.procedure.planned_exit_on = Some(date("2027-01-31")) } => NeedsReview;
    "第四十八条：无退出计划的不适用": "jl.a48.exit-3-months-notice", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
    "第四十八条：公立医疗机构协议2027年3月31日期满不再续签，最迟2026年12月31日申请": "jl.a48.non-renewal-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.institution.ownership = Some(Ownership::Public); p.procedure.planned_non_renewal_on = Some(date("2027-03-31")) } => Pass;
    "第四十八条：不再续签的提前3个月已过，须确认": "jl.a48.non-renewal-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.procedure.planned_non_renewal_on = Some(date("2027-01-31")) } => NeedsReview;
    "第四十八条：无不再续签计划的不适用": "jl.a48.non-renewal-3-months-notice", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
    "第四十八条零售药店：协议期满不再续签的提前3个月": "jl.a48.pharmacy-non-renewal-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.institution.kind = Some(InstitutionKind::RetailPharmacy); p.procedure.planned_non_renewal_on = Some(date("2027-03-31")) } => Pass;
    "第四十八条零售药店：无不再续签计划的不适用": "jl.a48.pharmacy-non-renewal-3-months-notice", |p| { kind(p, ApplicationKind::Designated); p.institution.kind = Some(InstitutionKind::RetailPharmacy) } => NotApplicable;
    "第四十八条零售药店：拟于2027年6月1日解除，最迟2027年3月1日申请": "jl.a48.pharmacy-exit-3-months-notice", |p| { pharmacy(p); kind(p, ApplicationKind::Designated); p.procedure.planned_exit_on = Some(date("2027-06-01")) } => Pass;
    "第四十八条零售药店：提前不足3个月，须确认": "jl.a48.pharmacy-exit-3-months-notice", |p| { pharmacy(p); kind(p, ApplicationKind::Designated); p.procedure.planned_exit_on = Some(date("2027-01-31")) } => NeedsReview;
    "第四十八条零售药店：无退出计划的不适用": "jl.a48.pharmacy-exit-3-months-notice", |p| { pharmacy(p); kind(p, ApplicationKind::Designated) } => NotApplicable;

    "第四十九条第2款：11月20日收到告知，7日内陈述申辩尚来得及": "jl.a49.p2.defence-7-days", |p| { kind(p, ApplicationKind::Designated); p.procedure.defence_notified_on = Some(date("2026-11-20")) } => Pass;
    "第四十九条第2款：告知已超过7日，须确认是否已陈述申辩": "jl.a49.p2.defence-7-days", |p| { kind(p, ApplicationKind::Designated); p.procedure.defence_notified_on = Some(date("2026-09-28")) } => NeedsReview;
    "第四十九条第2款：未收到告知的不适用": "jl.a49.p2.defence-7-days", |p| kind(p, ApplicationKind::Designated) => NotApplicable;
    "第四十九条第2款零售药店：7日内尚来得及": "jl.a49.p2.pharmacy-defence-7-days", |p| { pharmacy(p); kind(p, ApplicationKind::Designated); p.procedure.defence_notified_on = Some(date("2026-11-20")) } => Pass;
    "第四十九条第2款零售药店：告知已超过7日，须确认": "jl.a49.p2.pharmacy-defence-7-days", |p| { pharmacy(p); kind(p, ApplicationKind::Designated); p.procedure.defence_notified_on = Some(date("2026-09-28")) } => NeedsReview;
};

#[test]
fn every_jilin_deadline_case_gives_the_outcome_its_article_states() {
    run(CASES);
}

const AS_OF: &str = crate::catalog::testing::AS_OF;

#[test]
fn five_working_days_follow_the_official_calendar() {
    let mut p = baseline(J);
    // Friday 18 September; Sunday 20 September is a make-up working day.
    p.procedure.submitted_on = Some(date("2026-09-18"));
    let f = finding(
        "jl.a24.i2.supplement-notice-5-working-days",
        &p,
        date(AS_OF),
    );
    assert_eq!(f.dates[0].date, date("2026-09-24"));
    assert_eq!(f.dates[0].kind, DateKind::AgencyDeadline);
    // Wednesday 30 September: 国庆节 1–7 October, Saturday 10 October worked.
    p.procedure.supplement_notified_on = Some(date("2026-09-30"));
    let f = finding("jl.a24.i2.supplement-5-working-days", &p, date(AS_OF));
    assert_eq!(f.dates[0].date, date("2026-10-13"));
    assert_eq!(f.dates[0].kind, DateKind::Deadline);
    assert_eq!(f.outcome, Outcome::NeedsReview);
    p.procedure.public_notice_ended_on = Some(date("2026-09-30"));
    let f = finding("jl.a29.list-5-working-days", &p, date(AS_OF));
    assert_eq!(f.dates[0].date, date("2026-10-13"));
}

#[test]
fn the_assessment_adds_the_supplement_time_across_the_spring_festival() {
    let mut p = baseline(J);
    p.procedure.accepted_on = Some(date("2026-01-26"));
    let f = finding("jl.a26.assessment-40-working-days", &p, date(AS_OF));
    // 春节 15–23 February off, 14 and 28 February worked.
    assert_eq!(f.dates[0].date, date("2026-03-27"));
    // Notice received Wednesday 28 January, complete Tuesday 3 February:
    // 29, 30 January, 2, 3 February = 4 working days added.
    p.procedure.supplement_notified_on = Some(date("2026-01-28"));
    p.procedure.supplement_completed_on = Some(date("2026-02-03"));
    let f = finding("jl.a26.assessment-40-working-days", &p, date(AS_OF));
    assert_eq!(f.dates[0].date, date("2026-04-02"));
    assert!(f.detail.contains("4个工作日"), "{}", f.detail);
}

#[test]
fn the_address_notice_counts_back_across_the_national_day_holiday() {
    let mut p = baseline(J);
    p.application.kind = Some(ApplicationKind::InformationChange);
    p.application.changes = Some(vec![ChangeKind::RegisteredAddress]);
    // Monday 12 October: 10 (make-up Saturday), 9, 8 October, then
    // 30 and 29 September.
    p.procedure.planned_move_on = Some(date("2026-10-12"));
    let f = finding(
        "jl.a37.address-change-5-working-days-notice",
        &p,
        date("2026-09-01"),
    );
    assert_eq!(f.dates[0].date, date("2026-09-29"));
    assert_eq!(f.outcome, Outcome::Pass);
}

#[test]
fn the_defence_shows_seven_calendar_days_and_seven_working_days() {
    let mut p = baseline(J);
    p.application.kind = Some(ApplicationKind::Designated);
    p.procedure.defence_notified_on = Some(date("2026-09-28"));
    let f = finding("jl.a49.p2.defence-7-days", &p, date("2026-10-02"));
    assert_eq!(f.dates.len(), 2);
    assert_eq!(f.dates[0].date, date("2026-10-05"));
    // 29, 30 September, 8, 9, 10 (make-up Saturday), 12, 13 October.
    assert_eq!(f.dates[1].date, date("2026-10-13"));
    assert_eq!(f.outcome, Outcome::Pass);
    assert!(f.detail.contains("2026年10月13日"), "{}", f.detail);
    // Past the calendar-day date, still within the working-day one: the
    // earlier date decides.
    let f = finding("jl.a49.p2.defence-7-days", &p, date("2026-10-09"));
    assert_eq!(f.outcome, Outcome::NeedsReview);
}

#[test]
fn the_review_result_counts_five_working_days_across_the_national_day_holiday() {
    let mut p = baseline(J);
    // Wednesday 30 September: 8, 9, 10 (make-up Saturday), 12, 13 October.
    p.procedure.review_passed_on = Some(date("2026-09-30"));
    for id in [
        "jl.a24.i1.review-result-5-working-days",
        "jl.a24.i1.pharmacy-review-result-5-working-days",
    ] {
        if id.contains("pharmacy") {
            p.institution.kind = Some(InstitutionKind::RetailPharmacy);
        }
        let f = finding(id, &p, date(AS_OF));
        assert_eq!(f.outcome, Outcome::Pass, "{id}");
        assert_eq!(f.dates[0].date, date("2026-10-13"), "{id}");
        assert_eq!(f.dates[0].kind, DateKind::AgencyDeadline, "{id}");
    }
}

#[test]
fn the_violation_suspension_ends_a_year_later_and_clamps_at_february() {
    let mut p = baseline(J);
    p.application.kind = Some(ApplicationKind::Designated);
    p.procedure.violation_suspension_started_on = Some(date("2026-03-01"));
    let f = finding("jl.a46.p4.violation-suspension-1-year", &p, date(AS_OF));
    assert_eq!(f.dates[0].date, date("2027-03-01"));
    assert_eq!(f.dates[0].kind, DateKind::Milestone);
    assert_eq!(f.dates[0].basis, DateBasis::Official);
    assert!(f.advice.contains("验收"), "{}", f.advice);
    p.procedure.violation_suspension_started_on = Some(date("2028-02-29"));
    let f = finding("jl.a46.p4.violation-suspension-1-year", &p, date(AS_OF));
    assert_eq!(f.dates[0].date, date("2029-02-28"));
}

#[test]
fn a_date_in_2027_is_an_estimate_and_says_so() {
    let mut p = baseline(J);
    p.application.kind = Some(ApplicationKind::InformationChange);
    p.procedure.change_approved_on = Some(date("2026-12-10"));
    let f = finding("jl.a37.p1.change-30-working-days", &p, date(AS_OF));
    assert_eq!(f.dates[0].basis, DateBasis::Estimated);
    assert!(f.detail.contains("估算"), "{}", f.detail);
}

#[test]
fn a_pharmacy_gets_the_pharmacy_rules_and_not_the_institution_ones() {
    let mut p = baseline(J);
    p.institution.kind = Some(InstitutionKind::RetailPharmacy);
    p.application.kind = Some(ApplicationKind::Designated);
    let report = crate::engine::check(&p, date(AS_OF));
    let ids: Vec<&str> = report.findings.iter().map(|f| f.rule_id).collect();
    assert!(ids.contains(&"jl.a48.pharmacy-exit-3-months-notice"));
    assert!(!ids.contains(&"jl.a48.exit-3-months-notice"));
}
