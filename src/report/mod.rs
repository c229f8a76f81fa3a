//! The report of a check: per finding its outcome, citation, quote, reasons
//! and advice; for the whole its jurisdiction, as-of date, the documents
//! applied and the catalog version. Serialised as the report JSON.

mod compare;
mod csv;
mod ics;
mod text;

pub use compare::{
    compare, compare_with_ledgers, Change, Comparison, FindingChange, Ledger, LedgerEntry,
    LedgerStatus,
};
pub use csv::{csv_field, push_field, render_csv};
pub use ics::{render_ics, render_ics_with, IcsOptions};
pub use text::render_text;

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::Serialize;

use crate::catalog::risk::{yuan, Consequence, Damages, Grade, Severity};
use crate::catalog::Group;
use crate::sources::{DocumentId, Status};

/// The version of the report format.
pub const REPORT_FORMAT: &str = "dingdian-report/1";

/// The outcome of one rule for one institution on one date. Never a silent
/// default: each value means something different.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The rule is met.
    Pass,
    /// The rule is not met.
    Fail,
    /// The rule does not concern this institution (e.g. the 100-bed rule for 20 beds).
    NotApplicable,
    /// An answer the rule needs is missing; the finding names the question.
    NeedsInformation,
    /// The outcome turns on a reading the documents leave open, or on a fact
    /// only a person can judge.
    NeedsReview,
    /// No rule data for this place on this date.
    NotCovered,
}

impl Outcome {
    pub const ALL: [Outcome; 6] = [
        Outcome::Pass,
        Outcome::Fail,
        Outcome::NotApplicable,
        Outcome::NeedsInformation,
        Outcome::NeedsReview,
        Outcome::NotCovered,
    ];

    /// The outcome in Chinese.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Pass => "符合",
            Outcome::Fail => "不符合",
            Outcome::NotApplicable => "不适用",
            Outcome::NeedsInformation => "需补充信息",
            Outcome::NeedsReview => "需人工复核",
            Outcome::NotCovered => "无规则数据",
        }
    }
}

/// A date that follows from the facts, with what it means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyDate {
    pub label: String,
    pub date: NaiveDate,
    /// What the date is for the institution.
    pub kind: DateKind,
    /// How sure the date is.
    pub basis: DateBasis,
    /// How it was computed, where that matters (working days per which
    /// notice, an estimate's limits), in Chinese.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// What the calendar (.ics) needs beyond the report: not serialised.
    #[serde(skip)]
    pub calendar: CalendarHint,
}

/// How a date goes into the calendar (`report::ics`), beyond its day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CalendarHint {
    /// A duty that recurs (「每月N日前」: every month; 「每季初N日前」: every
    /// three months): the calendar writes one event that repeats.
    pub every_months: Option<u8>,
    /// The same deadline under the other reading of the text, given right
    /// after the date of the default reading: one event with a note on it,
    /// not two events.
    pub other_reading: bool,
}

/// What a date is for the institution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// The last day by which the institution must act.
    Deadline,
    /// The last day by which the agency should act (shown to plan, not a duty of the institution).
    AgencyDeadline,
    /// The first day from which the institution may act (a waiting period's end).
    EarliestDate,
    /// A date of the agreement or the procedure (an end, a start).
    Milestone,
}

impl DateKind {
    pub fn label(self) -> &'static str {
        match self {
            DateKind::Deadline => "本机构截止日",
            DateKind::AgencyDeadline => "经办机构时限",
            DateKind::EarliestDate => "最早可办理日",
            DateKind::Milestone => "节点",
        }
    }
}

/// How sure a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    /// Calendar arithmetic, or working days of a year whose holiday notice is known.
    Official,
    /// Working days that touch the last days of the last known year, whose
    /// arrangement the next year's notice may still change.
    Provisional,
    /// Working days of a year with no notice: an estimate, not a deadline.
    Estimated,
}

impl DateBasis {
    /// What to write after a date that is not certain: `（暂定）`, `（估算）`.
    pub fn suffix(self) -> &'static str {
        match self {
            DateBasis::Official => "",
            DateBasis::Provisional => "（暂定）",
            DateBasis::Estimated => "（估算）",
        }
    }
}

impl KeyDate {
    /// A date by plain calendar arithmetic.
    pub fn new(kind: DateKind, label: impl Into<String>, date: NaiveDate) -> KeyDate {
        KeyDate {
            label: label.into(),
            date,
            kind,
            basis: DateBasis::Official,
            note: None,
            calendar: CalendarHint::default(),
        }
    }

    /// The date of a duty that recurs every `months` months, from this one.
    pub fn every_months(mut self, months: u8) -> KeyDate {
        self.calendar.every_months = Some(months);
        self
    }

    /// This date is the deadline just before it under the text's other reading.
    pub fn other_reading(mut self) -> KeyDate {
        self.calendar.other_reading = true;
        self
    }
}

/// Where a finding's rule stands in its source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// Document code: `JS`, `ZS`, `GD`, `JL`, `NT`.
    pub document: DocumentId,
    /// Short name of the document, e.g. `江苏`.
    pub document_name: &'static str,
    /// The article as written in the seed, e.g. `第六条`.
    pub article: &'static str,
    /// The item or paragraph as written, e.g. `（一）`.
    pub item: Option<&'static str>,
    /// The whole citation for display: `江苏 第六条（一）`.
    pub text: String,
}

impl Citation {
    pub fn new(
        document: DocumentId,
        article: &'static str,
        item: Option<&'static str>,
    ) -> Citation {
        let document_name = document.document().short_name;
        Citation {
            document,
            document_name,
            article,
            item,
            text: format!("{document_name} {article}{}", item.unwrap_or("")),
        }
    }
}

/// A question a finding could not be decided without.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MissingAnswer {
    /// JSON path of the answer in the profile.
    pub id: &'static str,
    /// The question in Chinese.
    pub label: &'static str,
}

/// The outcome of one rule, with everything needed to act on it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule_id: &'static str,
    /// What the rule is about, its parameters' values filled in.
    pub title: Cow<'static, str>,
    pub group: Group,
    pub outcome: Outcome,
    pub citation: Citation,
    /// The words of the article, verbatim from the seed.
    pub quote: &'static str,
    /// Why this outcome, with the facts and dates that decided it.
    pub detail: String,
    /// What to do about it.
    pub advice: Cow<'static, str>,
    /// The reading taken where the text admits two, in plain words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<String>,
    /// The names of the readings the finding relies on (see `readings()`
    /// and docs/readings.md), e.g. `bar-starts-at-termination`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub readings: Vec<&'static str>,
    /// The questions to answer, for "needs information".
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<MissingAnswer>,
    /// Dates that follow from the facts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub dates: Vec<KeyDate>,
    /// True for a rule of a draft not in force: shown, not counted.
    pub draft: bool,
    /// For a rule decided under another document while a draft is pending:
    /// how the draft's words compare.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub draft_note: Option<String>,
    /// For a compliance item not kept (fail or needs review): the measures
    /// it may bring, certain first, gravest first (rules map §10).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    // (Always empty without the self-audit: its writer stays out of that build.)
    #[cfg_attr(not(feature = "audit"), serde(skip))]
    pub risks: Vec<Risk>,
    /// True when the rule's document was not in force on the day that
    /// governs the act (not a silence of the document): internal, to word
    /// the conclusion.
    #[serde(skip)]
    pub not_in_force: bool,
    /// Where the item's certain damages fall under two clauses, what the
    /// texts say of them together.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "audit"), serde(skip))]
    pub risk_note: Option<String>,
}

/// One measure a failed compliance item may bring, as a finding shows it:
/// a step of a consequence clause, in the clause's words, certain or only
/// possible (with the condition the clause states).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Risk {
    /// The consequence clause's id, e.g. `nt.a64.t64b`.
    pub id: &'static str,
    /// Which step of the clause (1 for the first).
    pub step: usize,
    /// The measure in the clause's own words.
    pub label: &'static str,
    /// A short name of the clause, e.g. `立即纠正、限期整改并支付违约金`.
    pub clause: &'static str,
    pub citation: Citation,
    /// The clause, verbatim from the seed.
    pub quote: &'static str,
    /// Whether the answers meet every qualifier of the clause: a certain
    /// measure follows from the failure; another is only possible.
    pub certain: bool,
    /// For a possible measure, the condition in the clause's words, e.g.
    /// `若经认定情节恶劣`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    pub grade: Grade,
    /// 高 / 中 / 低.
    pub grade_label: &'static str,
    pub severity: Severity,
    /// The class of the measure in Chinese, e.g. `解除协议`.
    pub severity_label: &'static str,
    /// The liquidated damages' formula, e.g. `违规费用×1，不足2000元按2000元计，最高5万元`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub damages: Option<String>,
    /// The reading taken where the text is unclear, or a caution.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
    /// Whether the damages turn on an amount (违规费用, loss or total) that
    /// `damages` can work out; the calculator's key is `id#step`.
    pub calculable: bool,
}

impl Risk {
    /// One line: `[高] 措施（南通 第六十四条）；违约金：公式`, a possible
    /// measure led by its condition (the clause's note is not repeated).
    pub fn text(&self) -> String {
        let mut text = format!("[{}] ", self.grade_label);
        if let Some(condition) = &self.condition {
            text.push_str(&format!("{condition}："));
        }
        text.push_str(&format!("{}（{}）", self.label, self.citation.text));
        if let Some(damages) = &self.damages {
            text.push_str(&format!("；违约金：{damages}"));
        }
        text
    }

    /// Step `index` (from 0) of `c`, certain or not as `condition` says.
    pub fn of(c: &'static Consequence, index: usize, condition: Option<String>) -> Option<Risk> {
        let step = c.steps.get(index)?;
        let certain = condition.is_none();
        let grade = Grade::of(step.severity, certain);
        Some(Risk {
            id: c.id,
            step: index + 1,
            label: step.measure,
            clause: c.label,
            citation: Citation::new(c.document, c.article, c.item),
            quote: c.quote,
            certain,
            condition,
            grade,
            grade_label: grade.label(),
            severity: step.severity,
            severity_label: step.severity.label(),
            damages: step.damages.describe(),
            note: c.note,
            calculable: step.damages.base().is_some(),
        })
    }

    /// Every step of `c`, as the catalog lists them (conditions unmet).
    pub fn all_of(c: &'static Consequence) -> Vec<Risk> {
        (0..c.steps.len())
            .filter_map(|i| {
                let condition = c.steps.get(i)?.condition(|_| None);
                Risk::of(c, i, condition)
            })
            .collect()
    }

    /// Orders risks: certain before possible, then gravest first.
    pub fn order(risks: &mut [Risk]) {
        crate::sort::stable_sort_by(risks, |a, b| {
            b.certain
                .cmp(&a.certain)
                .then_with(|| b.severity.cmp(&a.severity))
        });
    }
}

/// The total liquidated damages the failed items risk, as far as the texts
/// fix them, in yuan: the certain measures only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Exposure {
    /// The least: for each item, its smallest certain fixed amount or floor.
    pub min: u64,
    /// The most: for each item, all its certain amounts or caps together;
    /// `None` when some amount has no cap.
    pub max: Option<u64>,
    /// Failed items whose certain damages the text does not fix (「相应违约金」,
    /// a share of a loss, an amount without cap): not in `min`/`max`.
    pub open: usize,
    /// In Chinese, e.g. `2000元～7万元；另有 3 项金额原文未定`.
    pub text: String,
}

/// The compliance self-audit's summary: what is not kept, and the 整改 list
/// ordered by what it risks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditSummary {
    /// In Chinese: how many items are not kept and the gravest risk.
    pub summary: String,
    /// Outcomes of the compliance findings.
    pub counts: Counts,
    /// The items to act on — failures, reviews, then items that need
    /// information — gravest certain risk first.
    pub remediation: Vec<Remediation>,
    /// The total liquidated damages the failed items risk, where any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exposure: Option<Exposure>,
}

/// One entry of the 整改 list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Remediation {
    pub rule_id: &'static str,
    pub title: Cow<'static, str>,
    pub citation: String,
    pub outcome: Outcome,
    /// The grade of the headline risk (高 / 中 / 低).
    pub grade: Grade,
    pub grade_label: &'static str,
    /// The headline risk's class.
    pub severity: Severity,
    pub severity_label: &'static str,
    /// Whether the headline risk follows from the failure (else it is only
    /// possible, and `risk` says on what condition).
    pub certain: bool,
    /// The headline risk: the gravest certain measure, else the gravest
    /// possible one, e.g. `支付甲方2000元违约金（南通 第六十四条）`; empty for
    /// an item that needs information.
    pub risk: String,
    /// For an item that needs information, the questions to answer.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<MissingAnswer>,
    pub advice: Cow<'static, str>,
}

/// The damages a failed finding risks for certain: the least and the most
/// (`None`: no cap), or `None` when no certain measure fixes an amount;
/// `open` when a certain measure names damages without fixing them.
fn certain_damages(finding: &Finding) -> (Option<(u64, Option<u64>)>, bool) {
    let mut lows = Vec::new();
    let mut high: Option<u64> = Some(0);
    let mut open = false;
    for risk in finding.risks.iter().filter(|r| r.certain) {
        let step = crate::catalog::consequences()
            .find(|c| c.id == risk.id)
            .and_then(|c| c.steps.get(risk.step.saturating_sub(1)));
        let Some(step) = step else { continue };
        match step.damages.bounds() {
            Some((low, up)) => {
                lows.push(low);
                high = match (high, up) {
                    (Some(h), Some(u)) => Some(h.saturating_add(u)),
                    _ => None,
                };
            }
            None if step.damages == Damages::Unspecified => open = true,
            None => {}
        }
    }
    let bounds = lows.iter().min().map(|&low| (low, high));
    (bounds, open)
}

impl AuditSummary {
    /// The summary of the compliance findings, if there are any.
    pub fn of(findings: &[Finding]) -> Option<AuditSummary> {
        if !crate::catalog::HAS_AUDIT {
            return None;
        }
        let audit: Vec<&Finding> = findings
            .iter()
            .filter(|f| !f.draft && f.group == crate::catalog::Group::Compliance)
            .collect();
        if audit.is_empty() {
            return None;
        }
        let counts = Counts::of_refs(&audit);
        let rank = |o: Outcome| match o {
            Outcome::Fail => 0,
            Outcome::NeedsReview => 1,
            _ => 2,
        };
        let mut remediation: Vec<Remediation> = audit
            .iter()
            .filter(|f| {
                matches!(
                    f.outcome,
                    Outcome::Fail | Outcome::NeedsReview | Outcome::NeedsInformation
                )
            })
            .map(|f| {
                let headline = f.risks.first();
                let severity = headline.map_or(Severity::Unspecified, |r| r.severity);
                let grade = headline.map_or(Grade::Low, |r| r.grade);
                Remediation {
                    rule_id: f.rule_id,
                    title: f.title.clone(),
                    citation: f.citation.text.clone(),
                    outcome: f.outcome,
                    grade,
                    grade_label: grade.label(),
                    severity,
                    severity_label: severity.label(),
                    certain: headline.is_some_and(|r| r.certain),
                    risk: headline.map_or_else(String::new, |r| match &r.condition {
                        Some(condition) => {
                            format!("{condition}：{}（{}）", r.label, r.citation.text)
                        }
                        None => format!("{}（{}）", r.label, r.citation.text),
                    }),
                    missing: f.missing.clone(),
                    advice: f.advice.clone(),
                }
            })
            .collect();
        crate::sort::stable_sort_by(&mut remediation, |a, b| {
            rank(a.outcome)
                .min(1)
                .cmp(&rank(b.outcome).min(1))
                .then_with(|| b.grade.cmp(&a.grade))
                .then_with(|| b.certain.cmp(&a.certain))
                .then_with(|| b.severity.cmp(&a.severity))
                .then_with(|| rank(a.outcome).cmp(&rank(b.outcome)))
        });
        let exposure = Exposure::of(&audit);
        let mut summary = if counts.fail > 0 {
            format!("合规自查：{} 项未落实或存在违规情形", counts.fail)
        } else {
            "合规自查：未发现未落实项".to_string()
        };
        if counts.needs_review > 0 {
            summary.push_str(&format!("，{} 项需人工复核", counts.needs_review));
        }
        if counts.needs_information > 0 {
            summary.push_str(&format!("，{} 项需补充信息", counts.needs_information));
        }
        if counts.not_covered > 0 {
            summary.push_str(&format!("，{} 项无规则数据", counts.not_covered));
        }
        summary.push('。');
        let open = counts.fail + counts.needs_review;
        if let Some(first) = remediation
            .first()
            .filter(|r| open > 0 && !r.risk.is_empty())
        {
            summary.push_str(&format!(
                "风险最高（{}）：{}——{}。",
                first.grade_label, first.title, first.risk
            ));
        } else if counts.fail == 0 && counts.needs_information == 0 && counts.pass > 0 {
            summary.push_str(&format!("适用的 {} 项均已落实。", counts.pass));
        }
        if let Some(exposure) = &exposure {
            summary.push_str(&format!("确定的违约金合计：{}。", exposure.text));
        }
        Some(AuditSummary {
            summary,
            counts,
            remediation,
            exposure,
        })
    }
}

impl Exposure {
    /// The certain damages of the failed findings together, if any item
    /// names damages.
    fn of(findings: &[&Finding]) -> Option<Exposure> {
        let mut min: u64 = 0;
        let mut max: Option<u64> = Some(0);
        let mut open = 0;
        let mut any = false;
        for f in findings.iter().filter(|f| f.outcome == Outcome::Fail) {
            let (bounds, unspecified) = certain_damages(f);
            if let Some((low, high)) = bounds {
                any = true;
                min = min.saturating_add(low);
                max = match (max, high) {
                    (Some(m), Some(h)) => Some(m.saturating_add(h)),
                    _ => None,
                };
            }
            if unspecified || bounds.is_some_and(|(_, high)| high.is_none()) {
                any = true;
                open += 1;
            }
        }
        if !any {
            return None;
        }
        let range = match max {
            Some(max) if max == min => yuan(min),
            Some(max) => format!("{}～{}", yuan(min), yuan(max)),
            None => format!("不少于{}，无上限", yuan(min)),
        };
        let text = if open > 0 {
            format!("{range}；另有 {open} 项违约金金额原文未定或无上限")
        } else {
            range
        };
        Some(Exposure {
            min,
            max,
            open,
            text,
        })
    }
}

/// How a document takes part in a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Its rules decide the outcome.
    Decides,
    /// A draft not in force: its rules are shown for preparation only.
    DraftPreview,
    /// An agreement template: its terms apply once signed, as signed.
    Agreement,
}

impl Role {
    pub fn label(self) -> &'static str {
        match self {
            Role::Decides => "据以判断",
            Role::DraftPreview => "征求意见稿，仅供预检",
            Role::Agreement => "协议范本，以实际签订的协议为准",
        }
    }
}

/// A document a report applied, and whether it was in force on the as-of date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppliedDocument {
    pub code: DocumentId,
    /// The version applied on the as-of date, e.g. `gd-2021`.
    pub version: &'static str,
    pub name: &'static str,
    pub title: &'static str,
    pub role: Role,
    pub status: Status,
    /// The version's dates in force (both inclusive); absent for a draft or
    /// an agreement template.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window: Option<Window>,
    pub in_force_on_as_of: bool,
    /// In Chinese: in force from when to when, or why not.
    pub note: String,
}

/// Dates in force, both inclusive; `until` absent when open-ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Window {
    pub from: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<NaiveDate>,
}

/// The answer to "may we apply?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MayApply {
    /// Every condition met, no ground for refusal.
    Yes,
    /// At least one condition unmet or one ground for refusal present.
    No,
    /// Nothing fails, but answers are missing or a person must judge.
    Undetermined,
    /// No rule data for this place on this date.
    NotCovered,
}

impl MayApply {
    pub fn label(self) -> &'static str {
        match self {
            MayApply::Yes => "可以申请",
            MayApply::No => "暂不能申请",
            MayApply::Undetermined => "尚无法判断",
            MayApply::NotCovered => "无规则数据",
        }
    }

    /// The same outcome worded for a compliance self-audit.
    pub fn audit_label(self) -> &'static str {
        match self {
            MayApply::Yes => "均已落实",
            MayApply::No => "存在未落实项",
            MayApply::Undetermined => "尚无法判断",
            MayApply::NotCovered => "无规则数据",
        }
    }
}

/// How many findings had each outcome (draft findings not counted).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub pass: usize,
    pub fail: usize,
    pub not_applicable: usize,
    pub needs_information: usize,
    pub needs_review: usize,
    pub not_covered: usize,
}

impl Counts {
    /// The outcomes of `findings`, drafts left out.
    pub fn of_refs(findings: &[&Finding]) -> Counts {
        let mut counts = Counts::default();
        for f in findings.iter().filter(|f| !f.draft) {
            *counts.slot(f.outcome) += 1;
        }
        counts
    }

    fn slot(&mut self, outcome: Outcome) -> &mut usize {
        match outcome {
            Outcome::Pass => &mut self.pass,
            Outcome::Fail => &mut self.fail,
            Outcome::NotApplicable => &mut self.not_applicable,
            Outcome::NeedsInformation => &mut self.needs_information,
            Outcome::NeedsReview => &mut self.needs_review,
            Outcome::NotCovered => &mut self.not_covered,
        }
    }

    pub fn get(&self, outcome: Outcome) -> usize {
        let mut copy = *self;
        *copy.slot(outcome)
    }
}

/// The conclusion drawn from the findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conclusion {
    /// The answer in Chinese, worded for what was checked: 可以申请 /
    /// 暂不能申请 / 尚无法判断 for an application, 均已落实 / 存在未落实项 /
    /// 尚无法判断 for a designated institution's self-audit (never 暂不能申请).
    /// Every consumer shows this rather than mapping `may_apply` itself.
    pub label: &'static str,
    /// Whether the institution may apply: drawn from the eligibility,
    /// condition and refusal findings (from the materials findings when an
    /// application has no others, e.g. an information change).
    pub may_apply: MayApply,
    /// In Chinese: the answer, why, and what the materials lack.
    pub summary: String,
    /// Outcomes of the findings the answer is drawn from.
    pub counts: Counts,
    /// Outcomes of the materials findings: `fail` counts materials missing.
    pub materials: Counts,
    /// The next dates on or after the as-of date, soonest first (at most five).
    pub next_dates: Vec<KeyDate>,
    /// The compliance self-audit's summary, for a designated institution.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(not(feature = "audit"), serde(skip))]
    pub audit: Option<AuditSummary>,
}

fn titles(findings: &[&Finding], outcome: Outcome) -> String {
    let names: Vec<String> = findings
        .iter()
        .filter(|f| f.outcome == outcome)
        .map(|f| format!("{}（{}）", f.title, f.citation.text))
        .collect();
    names.join("；")
}

/// The answer and its reason, from the findings it is drawn from.
fn answer(findings: &[&Finding], counts: &Counts) -> (MayApply, String) {
    if findings.is_empty() || counts.not_covered == findings.len() {
        let reason = findings
            .iter()
            .find(|f| f.outcome == Outcome::NotCovered)
            .map_or(
                "所选地区、日期和申请类别没有规则数据",
                |f| f.detail.as_str(),
            );
        return (
            MayApply::NotCovered,
            format!("无法判断：{}。", reason.trim_end_matches('。')),
        );
    }
    if counts.fail > 0 {
        return (
            MayApply::No,
            format!(
                "有 {} 项不符合：{}。",
                counts.fail,
                titles(findings, Outcome::Fail)
            ),
        );
    }
    let mut parts = Vec::new();
    if counts.needs_information > 0 {
        parts.push(format!("有 {} 项需补充信息", counts.needs_information));
    }
    if counts.needs_review > 0 {
        parts.push(format!(
            "有 {} 项需人工复核（{}）",
            counts.needs_review,
            titles(findings, Outcome::NeedsReview)
        ));
    }
    if counts.not_covered > 0 {
        parts.push(format!("有 {} 项无规则数据", counts.not_covered));
    }
    if parts.is_empty() {
        (
            MayApply::Yes,
            format!("全部 {} 项适用的规定均符合。", counts.pass),
        )
    } else {
        (
            MayApply::Undetermined,
            format!("未发现不符合项，但{}。", parts.join("，")),
        )
    }
}

impl Conclusion {
    /// Draws the conclusion from the decisive (non-draft) findings;
    /// `audit` words it for a designated institution's self-audit.
    pub fn from_findings(findings: &[Finding], as_of: NaiveDate, audit: bool) -> Conclusion {
        use crate::catalog::Group;
        let decisive: Vec<&Finding> = findings
            .iter()
            .filter(|f| !f.draft && f.group != Group::Deadline)
            .collect();
        let (materials, others): (Vec<&Finding>, Vec<&Finding>) =
            decisive.iter().partition(|f| f.group == Group::Materials);
        let deadlines: Vec<&Finding> = findings
            .iter()
            .filter(|f| !f.draft && f.group == Group::Deadline)
            .collect();
        // Where the documents list no conditions or materials for this kind
        // of application (silence, not a document out of force) but its
        // deadlines are computed, the answer comes from the deadlines.
        let silent = |f: &&Finding| f.outcome == Outcome::NotCovered && !f.not_in_force;
        let from_deadlines = decisive.iter().all(silent)
            && deadlines.iter().any(|f| {
                !f.not_in_force
                    && !matches!(f.outcome, Outcome::NotApplicable | Outcome::NotCovered)
            });
        let deadline_basis: Vec<&Finding> = deadlines
            .iter()
            .copied()
            .filter(|f| f.outcome != Outcome::NotApplicable)
            .collect();
        let basis = if from_deadlines {
            &deadline_basis
        } else if others.is_empty() {
            &materials
        } else {
            &others
        };
        let counts = Counts::of_refs(basis);
        let material_counts = Counts::of_refs(&materials);
        let (may_apply, mut summary) = answer(basis, &counts);
        if from_deadlines {
            summary = if may_apply == MayApply::Yes {
                format!(
                    "文件未列此类申请的条件和材料；已按文件计算 {} 项时限，均未逾期。",
                    counts.pass
                )
            } else {
                format!("文件未列此类申请的条件和材料，按时限判断：{summary}")
            };
        }
        let out_of_force = !basis.is_empty() && basis.iter().all(|f| f.not_in_force);
        if !others.is_empty() && !materials.is_empty() && !out_of_force && !from_deadlines {
            let missing = material_counts.fail;
            let open = material_counts.needs_information + material_counts.needs_review;
            summary.push_str(&match (missing, open) {
                (0, 0) if material_counts.not_covered > 0 => {
                    "文件未列申请材料清单，按当地经办机构指引准备。".to_string()
                }
                (0, 0) => "申请材料已备齐。".to_string(),
                (0, open) => format!("申请材料有 {open} 项待确认。"),
                (missing, 0) => format!("申请材料缺 {missing} 项，见材料清单。"),
                (missing, open) => {
                    format!("申请材料缺 {missing} 项、{open} 项待确认，见材料清单。")
                }
            });
        }
        let mut next_dates: Vec<KeyDate> = findings
            .iter()
            .filter(|f| !f.draft)
            .flat_map(|f| f.dates.iter())
            .filter(|d| d.date >= as_of)
            .cloned()
            .collect();
        crate::sort::stable_sort_by(&mut next_dates, |a, b| {
            a.date.cmp(&b.date).then_with(|| a.label.cmp(&b.label))
        });
        next_dates.dedup();
        next_dates.truncate(5);
        if let Some(next) = next_dates.first() {
            summary.push_str(&format!(
                "最近的日期：{}{}（{}）。",
                crate::dates::chinese_date(next.date),
                next.basis.suffix(),
                next.label
            ));
        }
        let label = if audit {
            may_apply.audit_label()
        } else {
            may_apply.label()
        };
        let audit = AuditSummary::of(findings);
        if let Some(audit) = &audit {
            if others.iter().all(|f| f.group == Group::Compliance) {
                summary = audit.summary.clone();
                if let Some(next) = next_dates.first() {
                    summary.push_str(&format!(
                        "最近的日期：{}{}（{}）。",
                        crate::dates::chinese_date(next.date),
                        next.basis.suffix(),
                        next.label
                    ));
                }
            }
        }
        Conclusion {
            label,
            may_apply,
            summary,
            counts,
            materials: material_counts,
            next_dates,
            audit,
        }
    }
}

/// The name of the jurisdiction, as code and Chinese.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct JurisdictionInfo {
    pub code: crate::facts::Jurisdiction,
    pub name: &'static str,
}

/// The report of one self-check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// `dingdian-report/1`.
    pub format: &'static str,
    /// The profile format the input was read as.
    pub profile_format: &'static str,
    pub catalog_version: &'static str,
    /// Fingerprint of the rules this report applied (see `catalog::fingerprint`).
    pub rules_hash: String,
    pub engine_version: &'static str,
    pub jurisdiction: JurisdictionInfo,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub institution_name: Option<String>,
    pub as_of: NaiveDate,
    pub documents: Vec<AppliedDocument>,
    pub conclusion: Conclusion,
    pub findings: Vec<Finding>,
}
