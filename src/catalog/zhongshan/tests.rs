//! Each rule of the Zhongshan draft, both ways, in Zhongshan reports (the
//! only reports that show the draft).

use crate::catalog::testing::{cases, date, run, Case};
use crate::facts::*;

const Z: Jurisdiction = Jurisdiction::Zhongshan;

pub(crate) static CASES: &[Case] = cases! { Z;
    "第十二条：未曾评估不合格的，申请再评不适用": "zs.a12.reassessment-on-request", |p| () => NotApplicable;
    "第十二条：再次评估已不合格的，适用1年内不得再次申请，本项不适用": "zs.a12.reassessment-on-request", |p| { p.history.assessment = Some(AssessmentRecord::FailedAgain); p.history.assessment_failure_notified_on = Some(date("2026-03-01")) } => NotApplicable;
    "第十二条：2026年8月21日送达，11月22日整改已满3个月，可申请再次评估": "zs.a12.reassessment-on-request", |p| { p.history.assessment = Some(AssessmentRecord::FailedOnce); p.history.assessment_failure_notified_on = Some(date("2026-08-21")) } => Pass;
    "第十二条：2026年8月22日送达，11月22日恰为满3个月之日": "zs.a12.reassessment-on-request", |p| { p.history.assessment = Some(AssessmentRecord::FailedOnce); p.history.assessment_failure_notified_on = Some(date("2026-08-22")) } => NeedsReview;
    "第十二条：2026年8月23日送达，11月22日整改未满3个月，尚不能申请再次评估": "zs.a12.reassessment-on-request", |p| { p.history.assessment = Some(AssessmentRecord::FailedOnce); p.history.assessment_failure_notified_on = Some(date("2026-08-23")) } => Fail;
    "第十二条：11月30日送达，到期月无对应日，2月28日恰为届满日": "zs.a12.reassessment-on-request" on "2027-02-28", |p| { p.history.assessment = Some(AssessmentRecord::FailedOnce); p.history.assessment_failure_notified_on = Some(date("2026-11-30")) } => NeedsReview;
    "第十二条：首次不合格却未填送达日期的需补充信息": "zs.a12.reassessment-on-request", |p| p.history.assessment = Some(AssessmentRecord::FailedOnce) => NeedsInformation;
};

#[test]
fn every_zhongshan_draft_case_gives_the_outcome_its_article_states() {
    run(CASES);
}
