//! The engine: facts and an as-of date in, a report out. Pure: no clock, no
//! input or output; the same input gives the same report.

mod questionnaire;

pub use questionnaire::{questionnaire, QuestionGroup, QuestionView};

use chrono::NaiveDate;

use crate::catalog::{self, Applicant, Ctx, Rule};
use crate::dates::chinese_date;
use crate::facts::{Choice, Jurisdiction, Profile, PROFILE_FORMAT};
use crate::report::{
    AppliedDocument, Citation, Conclusion, Finding, JurisdictionInfo, MissingAnswer, Outcome,
    Report, Risk, Role, REPORT_FORMAT,
};
use crate::sources::{self, DocumentId, Status};

/// The documents whose rules a jurisdiction's report applies (rules map §1.3):
/// Nantong applies for designation under the Jiangsu rules and keeps the
/// Nantong agreement's terms once signed; Jieyang and Zhongshan decide under
/// Guangdong's, Zhongshan's draft shown beside them.
pub fn plan(jurisdiction: Jurisdiction) -> &'static [(DocumentId, Role)] {
    match jurisdiction {
        Jurisdiction::Jiangsu => &[(DocumentId::Jiangsu, Role::Decides)],
        Jurisdiction::Nantong => &[
            (DocumentId::Jiangsu, Role::Decides),
            (DocumentId::Nantong, Role::Agreement),
        ],
        Jurisdiction::Guangdong | Jurisdiction::Jieyang => {
            &[(DocumentId::Guangdong, Role::Decides)]
        }
        Jurisdiction::Zhongshan => &[
            (DocumentId::Guangdong, Role::Decides),
            (DocumentId::Zhongshan, Role::DraftPreview),
        ],
        Jurisdiction::Jilin => &[(DocumentId::Jilin, Role::Decides)],
    }
}

/// The rules a report for `profile` considers, with their document's role,
/// in catalog order.
pub fn rules_for(profile: &Profile) -> Vec<(&'static Rule, Role)> {
    let plan = plan(profile.jurisdiction);
    let applicant = Applicant::of(profile);
    let application = profile.application_kind();
    catalog::rules()
        .filter(|rule| {
            rule.applicant == applicant && rule.application.is_none_or(|a| a == application)
        })
        .filter_map(|rule| {
            plan.iter()
                .find(|(doc, _)| *doc == rule.document)
                .map(|&(_, role)| (rule, role))
        })
        .collect()
}

/// The fingerprint of the rules a report for `profile` considers
/// (`catalog::fingerprint` of `rules`, which `rules_for` picks by
/// jurisdiction, applicant and application alone): hashing every rule's
/// text took a tenth of a check, so each set's is worked out once and kept
/// (a few dozen sets at most; the same input still gives the same report).
fn rules_hash(profile: &Profile, rules: &[(&'static Rule, Role)]) -> String {
    type Key = (Jurisdiction, Applicant, crate::facts::ApplicationKind);
    thread_local! {
        static KNOWN: std::cell::RefCell<Vec<(Key, String)>> = const {
            std::cell::RefCell::new(Vec::new())
        };
    }
    let key: Key = (
        profile.jurisdiction,
        Applicant::of(profile),
        profile.application_kind(),
    );
    KNOWN.with_borrow_mut(|known| {
        if let Some((_, hash)) = known.iter().find(|(k, _)| *k == key) {
            return hash.clone();
        }
        let hash = catalog::fingerprint(rules.iter().map(|(rule, _)| *rule));
        known.push((key, hash.clone()));
        hash
    })
}

/// Checks `profile` as of `as_of` against every rule that applies to it.
pub fn check(profile: &Profile, as_of: NaiveDate) -> Report {
    let rules = rules_for(profile);
    let rules_hash = rules_hash(profile, &rules);
    let findings: Vec<Finding> = rules
        .into_iter()
        .map(|(rule, role)| evaluate(rule, role, profile, as_of))
        .collect();
    let documents = plan(profile.jurisdiction)
        .iter()
        .map(|&(doc, role)| applied_document(doc, role, as_of))
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

/// The dates a rule is in force: its own, else its document's. `None` for
/// drafts and templates, which are never in force by themselves.
fn in_force(rule: &Rule) -> Option<(NaiveDate, Option<NaiveDate>)> {
    match (rule.in_force, rule.document.document().status) {
        (Some(range), _) => Some(range),
        (None, Status::InForce { from, until }) => Some((from, until)),
        (None, Status::Draft | Status::Template) => None,
    }
}

/// Whether `rule` is in force on `date`.
pub fn rule_in_force_on(rule: &Rule, date: NaiveDate) -> bool {
    in_force(rule).is_some_and(|(from, until)| date >= from && until.is_none_or(|u| date <= u))
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

fn not_in_force_note(doc: DocumentId, day: NaiveDate, by: Option<&str>) -> String {
    let d = doc.document();
    let on = match by {
        Some(what) => format!("{what}{}", chinese_date(day)),
        None => format!("自查日期{}", chinese_date(day)),
    };
    let prefix = if by.is_some() {
        "适用的文件以行为之日在施行的为准："
    } else {
        ""
    };
    match d.status {
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

fn applied_document(doc: DocumentId, role: Role, as_of: NaiveDate) -> AppliedDocument {
    let d = doc.document();
    let in_force_on_as_of = d.status.in_force_on(as_of);
    let note = if in_force_on_as_of {
        match d.status {
            Status::InForce {
                from,
                until: Some(until),
            } => format!(
                "现行，{}起施行，有效期至{}",
                chinese_date(from),
                chinese_date(until)
            ),
            Status::InForce { from, .. } => format!("现行，{}起施行", chinese_date(from)),
            _ => String::new(),
        }
    } else {
        not_in_force_note(doc, as_of, None)
    };
    AppliedDocument {
        code: doc,
        name: d.short_name,
        title: d.title,
        role,
        status: d.status,
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
    evaluate(rule, role, profile, as_of)
}

/// Applies one rule: "not covered" when its document decides but is not in
/// force on the date; otherwise the check's verdict, or "needs information"
/// naming every question it found unanswered.
fn evaluate(rule: &'static Rule, role: Role, profile: &Profile, as_of: NaiveDate) -> Finding {
    let mut finding = Finding {
        rule_id: rule.id,
        title: rule.title,
        group: rule.group,
        outcome: Outcome::NotCovered,
        citation: Citation::new(rule.document, rule.article, rule.item),
        quote: rule.quote,
        detail: String::new(),
        advice: rule.advice,
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
    if role == Role::Decides && !rule_in_force_on(rule, governing) {
        finding.detail = not_in_force_note(rule.document, governing, by);
        finding.not_in_force = true;
        finding.advice = "向当地医保经办机构确认自查日期适用的规定。";
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
