//! Two self-checks side by side: what was fixed, what is new.

use serde::Serialize;

use super::{Citation, Conclusion, Finding, Outcome, Report};

/// How a finding moved from the earlier self-check to the later one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// A new problem: it was met (or absent) and now is not.
    New,
    /// Fixed: it was not met and now is.
    Fixed,
    /// Still not met.
    Unchanged,
    /// Another change of outcome (e.g. needs information → needs review).
    Changed,
}

impl Change {
    pub fn label(self) -> &'static str {
        match self {
            Change::New => "新出现的问题",
            Change::Fixed => "已解决",
            Change::Unchanged => "仍未解决",
            Change::Changed => "结果有变化",
        }
    }
}

/// One rule's outcome in both self-checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingChange {
    pub rule_id: &'static str,
    pub title: std::borrow::Cow<'static, str>,
    pub citation: Citation,
    pub change: Change,
    pub before: Option<Outcome>,
    pub after: Option<Outcome>,
}

/// The comparison of two self-checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comparison {
    pub before: Conclusion,
    pub after: Conclusion,
    /// Every rule whose outcome is not met in either check, or that changed;
    /// new problems first, then fixed, then the rest.
    pub changes: Vec<FindingChange>,
}

fn open(outcome: Outcome) -> bool {
    matches!(
        outcome,
        Outcome::Fail | Outcome::NeedsInformation | Outcome::NeedsReview
    )
}

/// Compares an earlier report with a later one, rule by rule (drafts left out).
pub fn compare(before: &Report, after: &Report) -> Comparison {
    let decisive =
        |r: &Report| -> Vec<Finding> { r.findings.iter().filter(|f| !f.draft).cloned().collect() };
    let (old, new) = (decisive(before), decisive(after));
    let mut changes = Vec::new();
    let mut ids: Vec<&'static str> = new.iter().map(|f| f.rule_id).collect();
    for f in &old {
        if !ids.contains(&f.rule_id) {
            ids.push(f.rule_id);
        }
    }
    for id in ids {
        let was = old.iter().find(|f| f.rule_id == id);
        let now = new.iter().find(|f| f.rule_id == id);
        let (Some(any), b, a) = (now.or(was), was.map(|f| f.outcome), now.map(|f| f.outcome))
        else {
            continue;
        };
        let change = match (b.is_some_and(open), a.is_some_and(open)) {
            (false, true) => Change::New,
            (true, false) if a.is_some() => Change::Fixed,
            (true, true) if a == b => Change::Unchanged,
            _ if a != b => Change::Changed,
            _ => continue,
        };
        changes.push(FindingChange {
            rule_id: any.rule_id,
            title: any.title.clone(),
            citation: any.citation.clone(),
            change,
            before: b,
            after: a,
        });
    }
    crate::sort::stable_sort_by(&mut changes, |a, b| a.change.cmp(&b.change));
    Comparison {
        before: before.conclusion.clone(),
        after: after.conclusion.clone(),
        changes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::testing::{baseline, date};
    use crate::engine::check;
    use crate::facts::Jurisdiction;

    #[test]
    fn a_fixed_condition_and_a_new_problem_are_told_apart() {
        let mut earlier = baseline(Jurisdiction::Jiangsu);
        earlier.staff.physicians_first_registered_here = Some(0);
        let mut later = baseline(Jurisdiction::Jiangsu);
        later.history.leader_dishonest = Some(true);
        let as_of = date("2026-11-22");
        let c = compare(&check(&earlier, as_of), &check(&later, as_of));
        let of = |id: &str| c.changes.iter().find(|x| x.rule_id == id).map(|x| x.change);
        assert_eq!(
            of("js.a6.i2.physician-first-registered"),
            Some(Change::Fixed)
        );
        assert_eq!(of("js.a9.i8.leader-dishonest"), Some(Change::New));
        assert_eq!(
            of("js.a6.i1.operating-3-months"),
            None,
            "unchanged passes are left out"
        );
        assert_eq!(c.changes.first().map(|x| x.change), Some(Change::New));
    }

    #[test]
    fn a_problem_that_stays_is_listed_as_unchanged() {
        let mut profile = baseline(Jurisdiction::Jiangsu);
        profile.history.price_policy_followed = Some(false);
        let report = check(&profile, date("2026-11-22"));
        let c = compare(&report, &report);
        assert_eq!(
            c.changes.len(),
            c.changes
                .iter()
                .filter(|x| x.change == Change::Unchanged)
                .count()
        );
        assert!(c
            .changes
            .iter()
            .any(|x| x.rule_id == "js.a9.i2.price-policy"));
    }
}
