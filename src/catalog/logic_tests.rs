//! Three-valued (Kleene) logic, checked over the whole catalog: an answer
//! left blank decides nothing once the known answers decide the outcome.
//!
//! For every case of every rule whose outcome is a pass or a failure, each
//! question the rule asks is left blank in turn. If the finding then needs
//! information, some answer to that question must lead to another outcome;
//! if every answer leads to the same pass or failure, the blank was not
//! needed and the rule should have concluded without it ("A and B" fails
//! as soon as A is known to fail; "A or B" passes as soon as A is known to
//! pass). The answers tried cover each question's kind: both booleans,
//! every option, counts and shares around the documents' thresholds, and
//! dates around the periods the documents count.

use chrono::{Days, Months, NaiveDate};
use serde_json::{json, Value};

use super::builder::rule;
use super::testing::{baseline, date, Case};
use super::*;
use crate::engine;
use crate::facts::questions::{self, AnswerKind, QuestionInfo};
use crate::facts::Profile;
use crate::report::Outcome;

/// The answers tried for a question left blank.
fn candidates(question: &QuestionInfo, as_of: NaiveDate) -> Vec<Value> {
    match question.kind {
        AnswerKind::YesNo | AnswerKind::Checkbox => vec![json!(true), json!(false)],
        AnswerKind::Text => vec![json!("某某")],
        AnswerKind::Choice { options } => options.iter().map(|o| json!(o.value)).collect(),
        AnswerKind::MultiChoice { options } => {
            let mut all = vec![json!([])];
            all.extend(options.iter().map(|o| json!([o.value])));
            all.push(Value::Array(
                options.iter().map(|o| json!(o.value)).collect(),
            ));
            all
        }
        AnswerKind::Count => [
            0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 19, 20, 29, 30, 31, 99, 100, 101, 500, 10_000,
        ]
        .iter()
        .map(|n| json!(n))
        .collect(),
        AnswerKind::Measure => {
            let mut all: Vec<Value> = [
                "0", "5", "7.9999", "8", "8.0001", "9.9999", "10", "10.0001", "50", "59.9999",
                "60", "60.0001", "94.9999", "95", "95.0001", "97.9999", "98", "98.0001", "99.9999",
                "100",
            ]
            .iter()
            .map(|p| json!({ "percent": p.parse::<f64>().unwrap_or(0.0) }))
            .collect();
            all.push(json!({ "numerator": 1, "denominator": 0 }));
            all.push(json!({ "numerator": 2, "denominator": 1 }));
            all
        }
        AnswerKind::Date => {
            let mut dates = vec![as_of];
            for days in [1u64, 2, 7, 15, 30, 31] {
                dates.extend(as_of.checked_sub_days(Days::new(days)));
                dates.extend(as_of.checked_add_days(Days::new(days)));
            }
            for months in [1u32, 2, 3, 6, 12, 24, 36, 60, 72] {
                for around in [
                    as_of.checked_sub_months(Months::new(months)),
                    as_of.checked_add_months(Months::new(months)),
                ]
                .into_iter()
                .flatten()
                {
                    dates.push(around);
                    dates.extend(around.checked_sub_days(Days::new(1)));
                    dates.extend(around.checked_add_days(Days::new(1)));
                    dates.extend(around.checked_sub_days(Days::new(45)));
                    dates.extend(around.checked_add_days(Days::new(45)));
                }
            }
            dates
                .into_iter()
                .map(|d| json!(d.format("%Y-%m-%d").to_string()))
                .collect()
        }
    }
}

/// The profile with the answer to `id` set to `value`, or blank for `None`.
fn with_answer(profile: &Profile, id: &str, value: Option<&Value>) -> Option<Profile> {
    let mut changed = profile.clone();
    let raw = value.map(Value::to_string);
    crate::facts::set_answer(&mut changed, id, raw.as_deref())?;
    Some(changed)
}

fn is_answered(profile: &Profile, id: &str) -> bool {
    with_answer(profile, id, None).is_some_and(|blank| blank != *profile)
}

/// The outcome and the dates it gives (a deadline "passes" with its date:
/// two answers giving different dates do not decide alike).
fn outcome_of(
    rule: &'static Rule,
    profile: &Profile,
    as_of: NaiveDate,
) -> (Outcome, Vec<crate::report::KeyDate>) {
    let finding = engine::evaluate_rule(rule, profile, as_of);
    (finding.outcome, finding.dates)
}

/// A rule, a profile and a date to try, with the case's sentence.
struct Trial {
    rule: &'static Rule,
    profile: Profile,
    as_of: NaiveDate,
    name: &'static str,
}

fn trials(cases: &[Case]) -> Vec<Trial> {
    cases
        .iter()
        .filter_map(|case| {
            let mut profile = baseline(case.jurisdiction);
            (case.set)(&mut profile);
            Some(Trial {
                rule: rule(case.rule)?,
                profile,
                as_of: date(case.as_of),
                name: case.name,
            })
        })
        .collect()
}

/// The trials whose blank answers decide nothing, as sentences.
fn violations(trials: &[Trial]) -> Vec<String> {
    let mut found = Vec::new();
    for trial in trials {
        let (rule, as_of) = (trial.rule, trial.as_of);
        let decided = outcome_of(rule, &trial.profile, as_of);
        if !matches!(
            decided.0,
            Outcome::Pass | Outcome::Fail | Outcome::NeedsReview
        ) {
            continue;
        }
        // The case as given, then with every answer blanked that the
        // outcome does not need ("one part fails, the others blank").
        let given = trial.profile.clone();
        let mut reduced = given.clone();
        for question in rule.asks {
            if let Some(p) = with_answer(&reduced, question.id, None) {
                if outcome_of(rule, &p, as_of) == decided {
                    reduced = p;
                }
            }
        }
        for json in [&given, &reduced] {
            for question in rule.asks {
                if !is_answered(json, question.id) {
                    continue;
                }
                let Some(blank) = with_answer(json, question.id, None) else {
                    continue;
                };
                if outcome_of(rule, &blank, as_of).0 != Outcome::NeedsInformation {
                    continue;
                }
                let every_answer_decides_alike = candidates(question, as_of).iter().all(|value| {
                    with_answer(json, question.id, Some(value))
                        .is_none_or(|p| outcome_of(rule, &p, as_of) == decided)
                });
                if every_answer_decides_alike {
                    found.push(format!(
                        "{} ({}): with 「{}」 blank it needs information, yet every answer gives {:?}",
                        rule.id, trial.name, question.label, decided.0
                    ));
                }
            }
        }
    }
    found.sort();
    found.dedup();
    found
}

#[test]
fn a_blank_answer_decides_nothing_once_the_known_answers_decide() {
    let found = violations(&trials(&super::tests::all_cases()));
    assert!(
        found.is_empty(),
        "{} rule case(s) ask for an answer that cannot change the outcome:\n{}",
        found.len(),
        found.join("\n")
    );
}

/// A conjunction written the old way: it reads both answers and gives up
/// when either is blank, even when the other already fails it.
fn waits_for_both(ctx: &Ctx) -> Result<Verdict, Missing> {
    let principal = ctx.get(&questions::PRINCIPAL_IN_CHARGE_OF_INSURANCE);
    let staff = ctx.get(&questions::INSURANCE_STAFF);
    let (principal, staff) = (principal?, staff?);
    Ok(if principal && staff > 0 {
        Verdict::pass("both")
    } else {
        Verdict::fail("not both")
    })
}

static WAITS_FOR_BOTH: Rule = rule!(Condition, Jiangsu, "js.a6.i3.waits-for-both", "第六条", Some("（三）"), "test",
    application: Any,
    quote: "test",
    asks: [questions::PRINCIPAL_IN_CHARGE_OF_INSURANCE, questions::INSURANCE_STAFF],
    check: waits_for_both,
    advice: "test",
);

/// The sweep would notice a rule that waits for every answer.
#[test]
fn the_sweep_notices_a_conjunction_that_waits_for_every_answer() {
    let mut profile = baseline(crate::facts::Jurisdiction::Jiangsu);
    profile.staff.principal_in_charge_of_insurance = Some(false);
    let trial = Trial {
        rule: &WAITS_FOR_BOTH,
        profile,
        as_of: date(super::testing::AS_OF),
        name: "主要负责人未负责医保工作",
    };
    let found = violations(&[trial]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("专（兼）职") || found[0].contains("医保管理人员"),
        "{found:?}"
    );
}
