//! The engine: facts and an as-of date in, a report out. Pure: no clock, no
//! input or output; the same input gives the same report.

mod questionnaire;

pub use questionnaire::{
    coverage, questionnaire, ApplicationCoverage, QuestionGroup, QuestionPart, QuestionView,
};

use chrono::NaiveDate;

use crate::catalog::registry::{self, Version};
use crate::catalog::{self, Applicant, Ctx, Rule};
use crate::dates::chinese_date;
use crate::facts::{Choice, Jurisdiction, Profile, PROFILE_FORMAT};
use crate::report::{
    AppliedDocument, Citation, Conclusion, Finding, JurisdictionInfo, MissingAnswer, Outcome,
    Report, Risk, Role, REPORT_FORMAT,
};
use crate::sources::{self, DocumentId, Status};

/// The documents whose rules a jurisdiction's report applies, with their
/// role (`catalog::registry::PLAN`).
pub fn plan(jurisdiction: Jurisdiction) -> &'static [(DocumentId, Role)] {
    registry::plan(jurisdiction)
}

/// The rules a report for `profile` considers, with their version and
/// their document's role, in catalog order: every version of every planned
/// document (the version governing each act is chosen when it is judged).
pub fn rules_for(profile: &Profile) -> Vec<(&'static Rule, &'static Version, Role)> {
    let plan = plan(profile.jurisdiction);
    let applicant = Applicant::of(profile);
    let application = profile.application_kind();
    registry::versions()
        .filter_map(|v| {
            plan.iter()
                .find(|(doc, _)| *doc == v.document)
                .map(|&(_, role)| (v, role))
        })
        .flat_map(|(v, role)| v.rules().map(move |rule| (rule, v, role)))
        .filter(|(rule, _, _)| {
            rule.applicant == applicant && rule.application.is_none_or(|a| a == application)
        })
        .collect()
}

/// Checks `profile` as of `as_of` against every rule that applies to it.
pub fn check(profile: &Profile, as_of: NaiveDate) -> Report {
    let rules = rules_for(profile);
    let mut applied: Vec<&'static Rule> = Vec::with_capacity(rules.len());
    let mut findings: Vec<Finding> = Vec::with_capacity(rules.len());
    for (rule, version, role) in rules {
        // Of two versions of a document, only the one that governs the act.
        let (governing, _) = governing_date(rule, profile, as_of);
        if registry::version_on(version.document, governing)
            .is_some_and(|v| !std::ptr::eq(v, version))
        {
            continue;
        }
        applied.push(rule);
        findings.push(evaluate(rule, version, role, profile, as_of));
    }
    let rules_hash = catalog::fingerprint(applied);
    let documents = plan(profile.jurisdiction)
        .iter()
        .filter_map(|&(doc, role)| {
            registry::version_on(doc, as_of).map(|v| applied_document(v, role, as_of))
        })
        .collect();
    Report {
        format: REPORT_FORMAT,
        profile_format: PROFILE_FORMAT,
        catalog_version: catalog::CATALOG_VERSION,
        rules_hash,
        engine_version: env!("CARGO_PKG_VERSION"),
        jurisdiction: JurisdictionInfo {
            code: profile.jurisdiction,
            name: profile.jurisdiction.label(),
        },
        institution_name: profile.institution.name.clone(),
        as_of,
        documents,
        conclusion: Conclusion::from_findings(
            &findings,
            as_of,
            profile.application_kind() == crate::facts::ApplicationKind::Designated,
        ),
        findings,
    }
}

/// The dates a rule is in force: its own, else its version's. `None` for
/// drafts and templates, which are never in force by themselves.
fn in_force(rule: &Rule, version: &Version) -> Option<(NaiveDate, Option<NaiveDate>)> {
    rule.in_force.or_else(|| version.in_force())
}

/// Whether `rule` is in force on `date`.
pub fn rule_in_force_on(rule: &Rule, date: NaiveDate) -> bool {
    registry::version_of(rule)
        .and_then(|v| in_force(rule, v))
        .is_some_and(|(from, until)| date >= from && until.is_none_or(|u| date <= u))
}

/// The day whose rules govern a rule's act: the submission of the
/// application for its conditions, refusal grounds and materials; the
/// event of a deadline (the first date it reads that is answered); else
/// the as-of date. With what the day is, in Chinese, when it is not the
/// as-of date.
fn governing_date(
    rule: &Rule,
    profile: &Profile,
    as_of: NaiveDate,
) -> (NaiveDate, Option<&'static str>) {
    use crate::catalog::Group;
    use crate::facts::questions::{self, AnswerKind};
    match rule.group {
        Group::Eligibility | Group::Condition | Group::Refusal | Group::Materials => {
            match profile.procedure.submitted_on {
                Some(day) if day != as_of => (day, Some("申请提交日")),
                _ => (as_of, None),
            }
        }
        Group::Deadline => rule
            .asks
            .iter()
            .filter(|q| q.kind == AnswerKind::Date)
            .find_map(|q| questions::date_answer(q.id, profile).map(|d| (d, q.label)))
            .filter(|(day, _)| *day != as_of)
            .map_or((as_of, None), |(day, _)| (day, Some("该事项之日"))),
        Group::Compliance => (as_of, None),
    }
}

fn not_in_force_note(version: &Version, day: NaiveDate, by: Option<&str>) -> String {
    let d = version.document.document();
    let on = match by {
        Some(what) => format!("{what}{}", chinese_date(day)),
        None => format!("自查日期{}", chinese_date(day)),
    };
    let prefix = if by.is_some() {
        "适用的文件以行为之日在施行的为准："
    } else {
        ""
    };
    let status = match version.in_force() {
        Some((from, until)) => Status::InForce { from, until },
        None => d.status,
    };
    match status {
        Status::InForce { from, .. } if day < from => format!(
            "{prefix}《{}》自{}起施行，{on}早于施行日；此前适用的规则不在本工具的规则数据中（文件未施行）。",
            d.title,
            chinese_date(from)
        ),
        Status::InForce {
            until: Some(until), ..
        } => format!(
            "{prefix}《{}》有效期至{}，{on}已过（文件已失效）；是否再次延期或已有新规，须向医保部门确认。",
            d.title,
            chinese_date(until)
        ),
        Status::InForce { .. } => format!("{prefix}《{}》在{on}未施行。", d.title),
        Status::Draft => format!("《{}》为征求意见稿，施行日期空白，尚未生效。", d.title),
        Status::Template => format!("《{}》为协议范本，以实际签订的协议为准。", d.title),
    }
}

fn applied_document(version: &'static Version, role: Role, as_of: NaiveDate) -> AppliedDocument {
    let d = version.document.document();
    let in_force_on_as_of = version.in_force_on(as_of);
    let window = version.in_force();
    let note = match (in_force_on_as_of, window) {
        (true, Some((from, Some(until)))) => format!(
            "现行，{}起施行，有效期至{}",
            chinese_date(from),
            chinese_date(until)
        ),
        (true, Some((from, None))) => format!("现行，{}起施行", chinese_date(from)),
        _ => not_in_force_note(version, as_of, None),
    };
    AppliedDocument {
        code: version.document,
        version: version.id,
        name: d.short_name,
        title: d.title,
        role,
        status: d.status,
        window: window.map(|(from, until)| crate::report::Window { from, until }),
        in_force_on_as_of,
        note,
    }
}

/// The finding of one rule for `profile`, its document's role taken from
/// the jurisdiction's plan (for tests that try many answers on one rule).
#[cfg(test)]
pub(crate) fn evaluate_rule(rule: &'static Rule, profile: &Profile, as_of: NaiveDate) -> Finding {
    let role = plan(profile.jurisdiction)
        .iter()
        .find(|(doc, _)| *doc == rule.document)
        .map_or(Role::Decides, |&(_, role)| role);
    let version = registry::version_of(rule).unwrap_or(&registry::VERSIONS[0]);
    evaluate(rule, version, role, profile, as_of)
}

/// Applies one rule: "not covered" when its document decides but is not in
/// force on the date; otherwise the check's verdict, or "needs information"
/// naming every question it found unanswered.
fn evaluate(
    rule: &'static Rule,
    version: &'static Version,
    role: Role,
    profile: &Profile,
    as_of: NaiveDate,
) -> Finding {
    let mut finding = Finding {
        rule_id: rule.id,
        title: rule.title_on(as_of),
        group: rule.group,
        outcome: Outcome::NotCovered,
        citation: Citation::new(rule.document, rule.article, rule.item),
        quote: rule.quote,
        detail: String::new(),
        advice: rule.advice_on(as_of),
        reading: None,
        readings: Vec::new(),
        missing: Vec::new(),
        dates: Vec::new(),
        draft: role == Role::DraftPreview,
        draft_note: None,
        risks: Vec::new(),
        not_in_force: false,
        risk_note: None,
    };
    let (governing, by) = governing_date(rule, profile, as_of);
    let in_force_then = in_force(rule, version)
        .is_some_and(|(from, until)| governing >= from && until.is_none_or(|u| governing <= u));
    if role == Role::Decides && !in_force_then {
        finding.detail = not_in_force_note(version, governing, by);
        finding.not_in_force = true;
        finding.advice = std::borrow::Cow::Borrowed("向当地医保经办机构确认自查日期适用的规定。");
        return with_readings(finding, rule.reading);
    }
    let ctx = Ctx::new(profile, as_of);
    let mut failing = Vec::new();
    match rule.judge(&ctx) {
        Ok(verdict) => {
            failing = verdict.failing;
            finding.outcome = verdict.outcome;
            finding.detail = verdict.detail;
            finding.dates = verdict.dates;
            if let Some(excerpt) = verdict.cites {
                finding.citation = Citation::new(rule.document, rule.article, excerpt.item);
                finding.quote = excerpt.quote;
            }
        }
        Err(catalog::Missing) => {
            let missing = ctx.missing();
            finding.outcome = Outcome::NeedsInformation;
            finding.detail = format!(
                "缺少判断所需的回答：{}。",
                missing
                    .iter()
                    .map(|q| format!("「{}」", q.label))
                    .collect::<Vec<_>>()
                    .join("、")
            );
            for note in ctx.notes() {
                finding.detail.push_str(&note);
            }
            finding.missing = missing
                .iter()
                .map(|q| MissingAnswer {
                    id: q.id,
                    label: q.label,
                })
                .collect();
        }
    }
    if let Some(audit) = rule.audit_item() {
        if matches!(finding.outcome, Outcome::Fail | Outcome::NeedsReview) {
            finding.risks = risks(audit, &failing, &ctx);
            finding.risk_note = overlap_note(&finding.risks);
        }
    }
    if profile.jurisdiction == Jurisdiction::Zhongshan && role == Role::Decides {
        finding.draft_note = Some(zhongshan_draft_note(rule));
    }
    with_readings(finding, rule.reading)
}

/// The finding with its reading and detail in plain words, and the names of
/// the readings their marks cite (`catalog::readings`).
fn with_readings(mut finding: Finding, reading: Option<&'static str>) -> Finding {
    use crate::catalog::readings::resolve;
    let mut names: Vec<&'static str> = Vec::new();
    let mut note = |found: Vec<&'static crate::catalog::readings::Reading>| {
        for r in found {
            if !names.contains(&r.name) {
                names.push(r.name);
            }
        }
    };
    if let Some(text) = reading {
        let (plain, found) = resolve(text);
        finding.reading = Some(plain);
        note(found);
    }
    if finding.detail.contains('⟦') {
        let (plain, found) = resolve(&finding.detail);
        finding.detail = plain;
        note(found);
    }
    finding.readings = names;
    finding
}

/// The measures a failed item brings: each step of each consequence that
/// follows from the questions it failed on, certain when the answers meet
/// its qualifiers, possible (with the clause's condition) when they may,
/// left out when an answer rules it out; certain first, gravest first.
fn risks(audit: &catalog::audit::Audit, failing: &[&str], ctx: &Ctx) -> Vec<Risk> {
    use catalog::risk::Met;
    let answer = |q: &'static crate::facts::questions::Question<bool>| ctx.optional(q);
    let mut risks: Vec<Risk> = Vec::new();
    for &consequence in audit.risks.iter().filter(|c| audit.follows(c, failing)) {
        for (index, step) in consequence.steps.iter().enumerate() {
            if step.met(answer) == Met::No {
                continue;
            }
            risks.extend(Risk::of(consequence, index, step.condition(answer)));
        }
    }
    Risk::order(&mut risks);
    risks
}

/// Where an item's certain measures fix damages under two or more clauses,
/// what the texts say of them together.
fn overlap_note(risks: &[Risk]) -> Option<String> {
    let mut clauses: Vec<&Risk> = Vec::new();
    for risk in risks.iter().filter(|r| r.certain && r.damages.is_some()) {
        if !clauses.iter().any(|c| c.id == risk.id) {
            clauses.push(risk);
        }
    }
    if clauses.len() < 2 {
        return None;
    }
    let named: Vec<String> = clauses
        .iter()
        .map(|r| format!("{}（{}）", r.clause, r.citation.text))
        .collect();
    Some(format!(
        "同一行为同时落入{}，原文未写明各档违约金是合并支付还是择一适用：合计的下限按其中较低的一档、上限按各档相加计。",
        named.join("与")
    ))
}

/// How the Zhongshan draft's article of the same number compares with the
/// Guangdong words a finding was decided on, read from the source texts.
fn zhongshan_draft_note(rule: &Rule) -> String {
    let same = sources::article(DocumentId::Zhongshan, rule.article)
        .is_some_and(|a| sources::contains_quote(&a.text, rule.quote));
    if same {
        format!(
            "中山征求意见稿{}有相同文字；该稿生效后结论不变。",
            rule.article
        )
    } else {
        format!(
            "中山征求意见稿{}无相同文字，生效后可能有差异（见征求意见稿预检）。",
            rule.article
        )
    }
}

#[cfg(test)]
mod tests;
