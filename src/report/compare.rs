//! Two self-checks side by side: what was fixed, what is new, and the
//! 整改台账 (who fixes what by when) carried from the earlier into the later.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Citation, Conclusion, Finding, Outcome, Report};

/// Where the work on one finding stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LedgerStatus {
    /// 未开始.
    NotStarted,
    /// 整改中.
    InProgress,
    /// 已完成.
    Done,
}

impl LedgerStatus {
    pub const ALL: [LedgerStatus; 3] = [
        LedgerStatus::NotStarted,
        LedgerStatus::InProgress,
        LedgerStatus::Done,
    ];

    /// The status as the page and the printed list write it.
    pub fn label(self) -> &'static str {
        match self {
            LedgerStatus::NotStarted => "未开始",
            LedgerStatus::InProgress => "整改中",
            LedgerStatus::Done => "已完成",
        }
    }

    /// The status from its JSON name (`not_started`, …).
    pub fn from_name(name: &str) -> Option<LedgerStatus> {
        match name {
            "not_started" => Some(LedgerStatus::NotStarted),
            "in_progress" => Some(LedgerStatus::InProgress),
            "done" => Some(LedgerStatus::Done),
            _ => None,
        }
    }
}

/// One line of the 整改台账: the work on one finding that needs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LedgerEntry {
    /// 责任人.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    /// 完成期限.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    pub status: LedgerStatus,
    /// 整改证据: what shows the work is done (a document, a record).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The 整改台账 of one self-check, by rule id: a list kept in key order
/// rather than a map (a few dozen lines, and less code in the wasm),
/// written as a JSON object.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger(Vec<(String, LedgerEntry)>);

impl Ledger {
    pub fn new() -> Ledger {
        Ledger(Vec::new())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The line of rule `id`, if any.
    pub fn get(&self, id: &str) -> Option<&LedgerEntry> {
        self.0
            .iter()
            .find(|(key, _)| key == id)
            .map(|(_, line)| line)
    }

    pub fn contains_key(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// Sets the line of rule `id`, keeping the lines in key order.
    pub fn insert(&mut self, id: String, line: LedgerEntry) {
        match self
            .0
            .binary_search_by(|(key, _)| key.as_str().cmp(id.as_str()))
        {
            Ok(at) => {
                if let Some(slot) = self.0.get_mut(at) {
                    slot.1 = line;
                }
            }
            Err(at) => self.0.insert(at, (id, line)),
        }
    }

    /// The lines, in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &LedgerEntry)> {
        self.0.iter().map(|(key, line)| (key, line))
    }
}

impl Serialize for Ledger {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, line) in &self.0 {
            map.serialize_entry(key, line)?;
        }
        map.end()
    }
}

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
    /// The 整改台账 line of this finding in the earlier self-check, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ledger_before: Option<LedgerEntry>,
    /// And in the later one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ledger_after: Option<LedgerEntry>,
}

/// The comparison of two self-checks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Comparison {
    pub before: Conclusion,
    pub after: Conclusion,
    /// Every rule whose outcome is not met in either check, or that changed;
    /// new problems first, then fixed, then the rest.
    pub changes: Vec<FindingChange>,
    /// The 整改台账 to carry on with after the later self-check: its own
    /// lines, and the earlier lines of findings still open in it (a line
    /// whose finding is no longer open is not carried).
    #[serde(skip_serializing_if = "Ledger::is_empty")]
    pub carried: Ledger,
}

fn open(outcome: Outcome) -> bool {
    matches!(
        outcome,
        Outcome::Fail | Outcome::NeedsInformation | Outcome::NeedsReview
    )
}

/// Compares an earlier report with a later one, rule by rule (drafts left
/// out), with the 整改台账 of each.
pub fn compare_with_ledgers(
    before: &Report,
    after: &Report,
    before_ledger: &Ledger,
    after_ledger: &Ledger,
) -> Comparison {
    let mut comparison = compare(before, after);
    for change in &mut comparison.changes {
        change.ledger_before = before_ledger.get(change.rule_id).cloned();
        change.ledger_after = after_ledger.get(change.rule_id).cloned();
    }
    let still_open = |id: &str| {
        after
            .findings
            .iter()
            .any(|f| f.rule_id == id && !f.draft && open(f.outcome))
    };
    let mut carried = after_ledger.clone();
    for (id, entry) in before_ledger.iter() {
        if still_open(id) && !carried.contains_key(id) {
            carried.insert(id.clone(), entry.clone());
        }
    }
    comparison.carried = carried;
    comparison
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
            ledger_before: None,
            ledger_after: None,
        });
    }
    crate::sort::stable_sort_by(&mut changes, |a, b| a.change.cmp(&b.change));
    Comparison {
        before: before.conclusion.clone(),
        after: after.conclusion.clone(),
        changes,
        carried: Ledger::new(),
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
    fn the_ledger_of_an_open_finding_is_carried_and_of_a_fixed_one_is_not() {
        let mut earlier = baseline(Jurisdiction::Jiangsu);
        earlier.staff.physicians_first_registered_here = Some(0);
        earlier.history.price_policy_followed = Some(false);
        let mut later = baseline(Jurisdiction::Jiangsu);
        later.history.price_policy_followed = Some(false);
        let as_of = date("2026-11-22");
        let line = |owner: &str| LedgerEntry {
            owner: Some(owner.to_string()),
            due: Some(date("2026-12-31")),
            status: LedgerStatus::InProgress,
            note: None,
        };
        let mut before_ledger = Ledger::new();
        before_ledger.insert("js.a9.i2.price-policy".to_string(), line("李四"));
        before_ledger.insert(
            "js.a6.i2.physician-first-registered".to_string(),
            line("张三"),
        );
        assert_eq!(
            before_ledger
                .iter()
                .map(|(k, _)| k.as_str())
                .collect::<Vec<_>>(),
            [
                "js.a6.i2.physician-first-registered",
                "js.a9.i2.price-policy"
            ],
            "kept in key order"
        );
        let c = compare_with_ledgers(
            &check(&earlier, as_of),
            &check(&later, as_of),
            &before_ledger,
            &Ledger::new(),
        );
        assert!(
            c.carried.contains_key("js.a9.i2.price-policy"),
            "still open"
        );
        assert!(
            !c.carried
                .contains_key("js.a6.i2.physician-first-registered"),
            "fixed: not carried"
        );
        let fixed = c
            .changes
            .iter()
            .find(|x| x.rule_id == "js.a6.i2.physician-first-registered")
            .expect("fixed");
        assert_eq!(
            fixed
                .ledger_before
                .as_ref()
                .and_then(|l| l.owner.as_deref()),
            Some("张三")
        );
        // The later self-check's own line wins over the earlier one.
        let mut after_ledger = Ledger::new();
        after_ledger.insert("js.a9.i2.price-policy".to_string(), line("王五"));
        let c = compare_with_ledgers(
            &check(&earlier, as_of),
            &check(&later, as_of),
            &before_ledger,
            &after_ledger,
        );
        assert_eq!(
            c.carried
                .get("js.a9.i2.price-policy")
                .and_then(|l| l.owner.as_deref()),
            Some("王五")
        );
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
