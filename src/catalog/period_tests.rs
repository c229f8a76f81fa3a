//! The periods of the catalog against their parameters: a period rule's
//! prose names the period its parameter gives, and every period and
//! contract term turns on the day its parameter gives (boundary cases
//! generated from the parameter).

use std::collections::BTreeSet;

use super::all_cases;
use crate::catalog::testing::{baseline, date};
use crate::catalog::*;
use crate::engine;
use crate::report::Outcome;

/// The words before a count in a period rule's prose that is not its
/// period: days counted from the answers, and periods of other articles or
/// documents the advice points to.
const OTHER_COUNTS: &[&str] = &[
    "占用的",
    "还有",
    "日期前",
    "南通协议在",
    "江苏细则第三十六条于协议期满前",
    "收到申请",
];

/// The prose of a rule that reads a period states the period the
/// parameter gives: its title, advice, dates' labels and details name no
/// other count of the same unit (a count of days the answers give, e.g.
/// 补正占用的N个工作日, aside). A period changed in its parameter but not in
/// a sentence, or the other way round, fails here.
#[test]
fn the_prose_of_a_period_rule_names_the_period_its_parameter_gives() {
    let mut seen = 0;
    let mut wrong = BTreeSet::new();
    for case in all_cases() {
        let Some(rule) = rule(case.rule) else {
            continue;
        };
        let periods: Vec<_> = rule.params.iter().filter(|p| p.is_period()).collect();
        if periods.is_empty() {
            continue;
        }
        let mut profile = baseline(case.jurisdiction);
        (case.set)(&mut profile);
        let as_of = date(case.as_of);
        let f = engine::evaluate_rule(rule, &profile, as_of);
        let mut texts = vec![f.title.to_string(), f.advice.to_string(), f.detail.clone()];
        texts.extend(f.dates.iter().map(|d| d.label.clone()));
        for param in &periods {
            let want = param.on(as_of);
            let unit = param
                .text(want)
                .trim_start_matches(|c: char| c.is_ascii_digit())
                .to_string();
            for text in &texts {
                for (i, _) in text.match_indices(&unit) {
                    let digits: String = text[..i]
                        .chars()
                        .rev()
                        .take_while(|c| c.is_ascii_digit())
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    let before = &text[..i - digits.len()];
                    // A year (2026年), a day of a month (3月1日), days counted
                    // from the answers, another period the advice points to.
                    if digits.is_empty()
                        || digits.len() == 4
                        || before.ends_with('月')
                        || OTHER_COUNTS.iter().any(|words| before.ends_with(words))
                    {
                        continue;
                    }
                    seen += 1;
                    if digits != want.to_string() {
                        wrong.insert(format!(
                            "{}: 「{text}」 names {digits}{unit}, its parameter {} gives {}",
                            rule.id,
                            param.id,
                            param.text(want)
                        ));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert!(seen > 50, "{seen}");
}

/// The boundary cases of every period, generated from its parameter: the
/// date a rule reports is the one the parameter counts from the answer
/// (after it, before it, or the day after a waiting period's last day), and
/// the outcome turns there: a deadline of the institution is met on its
/// last day and asks review the day after; a waiting period fails on the
/// day before its last day, turns on the reading that day and passes the
/// day after. Dates only shown (the agency's limits, milestones) turn no
/// outcome: for them the date itself is the boundary.
#[test]
fn every_period_turns_on_the_day_its_parameter_gives() {
    use crate::catalog::timing;
    use crate::facts::questions::date_answer;
    use crate::report::DateKind;
    let mut dated: BTreeSet<&str> = BTreeSet::new();
    let mut turned: BTreeSet<&str> = BTreeSet::new();
    let mut must_turn: BTreeSet<&str> = BTreeSet::new();
    let mut boundaries = 0;
    for case in all_cases() {
        let Some(rule) = rule(case.rule) else {
            continue;
        };
        let mut profile = baseline(case.jurisdiction);
        (case.set)(&mut profile);
        let as_of = date(case.as_of);
        let finding = engine::evaluate_rule(rule, &profile, as_of);
        let starts: Vec<_> = rule
            .asks
            .iter()
            .filter_map(|q| date_answer(q.id, &profile))
            .collect();
        let outcome = |day| engine::evaluate_rule(rule, &profile, day).outcome;
        for param in rule.params.iter().filter(|p| p.is_period()) {
            let span = param.span_on(as_of);
            for key in &finding.dates {
                for &start in &starts {
                    let after = timing::span_after(key.kind, "", start, span).map(|k| k.date);
                    let before = timing::span_before(key.kind, "", start, span).map(|k| k.date);
                    // A public notice counts its first day.
                    let first_day_counted = start
                        .pred_opt()
                        .and_then(|eve| timing::span_after(key.kind, "", eve, span).ok())
                        .map(|k| k.date);
                    let waiting_ends = after
                        .as_ref()
                        .ok()
                        .filter(|d| d.succ_opt() == Some(key.date));
                    if after != Ok(key.date)
                        && before != Ok(key.date)
                        && first_day_counted != Some(key.date)
                        && waiting_ends.is_none()
                    {
                        continue;
                    }
                    dated.insert(param.id);
                    boundaries += 1;
                    // The last day of the period the date closes.
                    let last = *waiting_ends.unwrap_or(&key.date);
                    let (Some(eve), Some(next)) = (last.pred_opt(), last.succ_opt()) else {
                        continue;
                    };
                    let turns = (outcome(eve), outcome(last), outcome(next));
                    if waiting_ends.is_some() && rule.group != Group::Deadline {
                        if turns
                            != (
                                Outcome::NeedsReview,
                                Outcome::NeedsReview,
                                Outcome::NeedsReview,
                            )
                        {
                            must_turn.insert(param.id);
                        }
                        if turns == (Outcome::Fail, Outcome::NeedsReview, Outcome::Pass) {
                            turned.insert(param.id);
                        }
                    } else if key.kind == DateKind::Deadline {
                        must_turn.insert(param.id);
                        if turns == (Outcome::Pass, Outcome::Pass, Outcome::NeedsReview) {
                            turned.insert(param.id);
                        }
                    }
                }
            }
        }
    }
    // A contract's term is shown by the dates answered, not computed: its
    // boundaries are generated in the next test.
    let periods: BTreeSet<&str> = rules()
        .filter(|r| contract_terms(r).is_empty())
        .flat_map(|r| r.params.iter())
        .filter(|p| p.is_period())
        .map(|p| p.id)
        .collect();
    let undated: Vec<_> = periods.difference(&dated).collect();
    assert!(undated.is_empty(), "no case shows the date of {undated:?}");
    let unturned: Vec<_> = must_turn.difference(&turned).collect();
    assert!(
        unturned.is_empty(),
        "no case turns on the boundary of {unturned:?}"
    );
    assert!(boundaries > 100, "{boundaries}");
    eprintln!(
        "{} periods, {} turn an outcome, {boundaries} boundaries",
        periods.len(),
        turned.len()
    );
}

/// The (start, end) questions of the contracts a rule asks about.
fn contract_terms(rule: &Rule) -> Vec<(&'static str, &'static str)> {
    rule.asks
        .iter()
        .filter(|q| q.id.ends_with("contract_start"))
        .filter_map(|start| {
            let end = start.id.replace("_start", "_end");
            let end = rule.asks.iter().find(|q| q.id == end)?;
            Some((start.id, end.id))
        })
        .collect()
}

/// A term a contract must run (吉林第十九条（二）（三）「签订1年以上劳动合同」),
/// generated from its parameter: a contract exactly that long (both days
/// counted) meets it, one a day shorter does not, one a day longer does;
/// for the application and the self-audit alike.
#[test]
fn every_contract_term_holds_on_both_sides_of_its_parameter() {
    let mut tried = BTreeSet::new();
    for case in all_cases().iter().filter(|c| c.expect == Outcome::Pass) {
        let Some(rule) = rule(case.rule) else {
            continue;
        };
        let terms = contract_terms(rule);
        let [param] = rule.params else { continue };
        if terms.is_empty() || !param.is_period() {
            continue;
        }
        let as_of = date(case.as_of);
        let start = as_of - chrono::Days::new(30);
        let last = param
            .span_on(as_of)
            .after(start)
            .and_then(|d| d.pred_opt())
            .expect("a date");
        let outcome = |end: chrono::NaiveDate| {
            let mut p = baseline(case.jurisdiction);
            (case.set)(&mut p);
            for (s, e) in &terms {
                crate::facts::set_answer(&mut p, s, Some(&format!("\"{start}\""))).expect("start");
                crate::facts::set_answer(&mut p, e, Some(&format!("\"{end}\""))).expect("end");
            }
            engine::evaluate_rule(rule, &p, as_of).outcome
        };
        let (Some(short), Some(long)) = (last.pred_opt(), last.succ_opt()) else {
            continue;
        };
        // Short: fails an application, asks review of a designated pharmacy.
        assert!(
            matches!(outcome(short), Outcome::Fail | Outcome::NeedsReview),
            "{} a day short",
            rule.id
        );
        assert_eq!(
            outcome(last),
            Outcome::Pass,
            "{} exactly {}",
            rule.id,
            param.text(param.on(as_of))
        );
        assert_eq!(outcome(long), Outcome::Pass, "{} a day longer", rule.id);
        tried.insert(param.id);
    }
    assert_eq!(tried.len(), 2, "{tried:?}");
}
