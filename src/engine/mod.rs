//! The engine: facts and an as-of date in, a report out. Pure: no clock, no
//! input or output; the same input gives the same report.

mod questionnaire;

pub use questionnaire::{
    coverage, questionnaire, ApplicationCoverage, QuestionGroup, QuestionPart, QuestionView,
};

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

/// Checks `profile` as of `as_of` against every rule that applies to it.
pub fn check(profile: &Profile, as_of: NaiveDate) -> Report {
    let rules = rules_for(profile);
    let rules_hash = catalog::fingerprint(rules.iter().map(|(rule, _)| *rule));
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

fn not_in_force_note(doc: DocumentId, as_of: NaiveDate) -> String {
    let d = doc.document();
    match d.status {
        Status::InForce { from, .. } if as_of < from => format!(
            "《{}》自{}起施行，自查日期{}早于施行日；此前适用的规则不在本工具的规则数据中。",
            d.title,
            chinese_date(from),
            chinese_date(as_of)
        ),
        Status::InForce {
            until: Some(until), ..
        } => format!(
            "《{}》有效期至{}，自查日期{}已过；是否再次延期或已有新规，须向医保部门确认。",
            d.title,
            chinese_date(until),
            chinese_date(as_of)
        ),
        Status::InForce { .. } => format!("《{}》在自查日期未施行。", d.title),
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
        not_in_force_note(doc, as_of)
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
        reading: rule.reading,
        missing: Vec::new(),
        dates: Vec::new(),
        draft: role == Role::DraftPreview,
        draft_note: None,
        risks: Vec::new(),
    };
    if role == Role::Decides && !rule_in_force_on(rule, as_of) {
        finding.detail = not_in_force_note(rule.document, as_of);
        finding.advice = "向当地医保经办机构确认自查日期适用的规定。";
        return finding;
    }
    let ctx = Ctx::new(profile, as_of);
    match rule.judge(&ctx) {
        Ok(verdict) => {
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
            finding.risks = audit.risks.iter().map(|c| Risk::of(c)).collect();
            crate::sort::stable_sort_by(&mut finding.risks, |a, b| b.severity.cmp(&a.severity));
        }
    }
    if profile.jurisdiction == Jurisdiction::Zhongshan && role == Role::Decides {
        finding.draft_note = Some(zhongshan_draft_note(rule));
    }
    finding
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
