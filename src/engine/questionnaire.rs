//! The questionnaire: the questions the applicable rules ask, given the
//! answers so far. The page renders exactly this; nothing is asked by hand.

use serde::Serialize;

use super::rules_for;
use crate::catalog::{audit, Ctx, Rule};
use crate::facts::questions::{self, AnswerKind, QuestionInfo, Section};
use crate::facts::Profile;
use crate::report::Citation;

/// One question as the page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionView {
    pub id: &'static str,
    pub label: &'static str,
    pub help: &'static str,
    pub kind: AnswerKind,
    /// The citations of the rules that ask it, e.g. `江苏 第六条（一）`.
    pub asked_by: Vec<String>,
    /// For a measured or counted answer, what the rule requires, from its
    /// parameter (e.g. `要求不低于95%`), so that the number has one source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requirement: Option<String>,
}

/// The questions of one section.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionGroup {
    pub section: Section,
    pub title: &'static str,
    pub questions: Vec<QuestionView>,
}

/// Asked whatever the rules: the name for the report header, and what the
/// institution is and applies for, which select the rules (a retail
/// pharmacy's rules do not ask the kind, yet the answer must stay changeable).
const ALWAYS_ASKED: [&str; 3] = [
    questions::INSTITUTION_NAME.info.id,
    questions::INSTITUTION_KIND.info.id,
    questions::APPLICATION_KIND.info.id,
];

/// What a rule asks given the answers so far: everything it declares, but
/// for a compliance item whose scope the answers already exclude (e.g. an
/// inpatient item once the institution has no inpatient service), only the
/// questions that decide the scope, so that the answer can still change.
fn still_asked(rule: &Rule, profile: &Profile) -> Vec<&'static str> {
    let all = || rule.asks.iter().map(|q| q.id).collect();
    let Some(audit) = rule.audit_item() else {
        return all();
    };
    // The date does not matter to a scope.
    let ctx = Ctx::new(profile, chrono::NaiveDate::MIN);
    match audit::outside_scope(&ctx, audit.scope) {
        Ok(Some(_)) => ctx.read(),
        _ => all(),
    }
}

/// What the rule measuring `q` requires, in Chinese, from its parameter:
/// the one parameter of a rule that asks `q` as its only answer of that kind.
fn requirement(q: &QuestionInfo, rules: &[(&Rule, Vec<&'static str>)]) -> Option<String> {
    use crate::catalog::params::{Bound, Unit};
    if !matches!(q.kind, AnswerKind::Measure | AnswerKind::Count) {
        return None;
    }
    rules.iter().find_map(|(rule, asks)| {
        let [param] = rule.params else { return None };
        let same_kind = rule.asks.iter().filter(|a| a.kind == q.kind).count();
        let fits = matches!(
            (param.unit, q.kind),
            (Unit::Percent, AnswerKind::Measure) | (Unit::Count(_), AnswerKind::Count)
        );
        (asks.contains(&q.id) && same_kind == 1 && fits).then(|| {
            // The newest value: the questionnaire is not for one date.
            let value = param.text(param.rows.last().map_or(0, |r| r.value));
            match (param.bound, param.unit) {
                (Bound::AtLeast, Unit::Percent) => format!("要求不低于{value}"),
                (Bound::AtLeast, Unit::Count(_)) => format!("要求不少于{value}"),
                (Bound::AtMost, _) => format!("要求不超过{value}"),
                (Bound::Below, _) => format!("达到{value}即属该项"),
            }
        })
    })
}

/// The questions to ask for `profile`: those the rules of its jurisdiction
/// ask, less those not shown given its answers so far (e.g. the department
/// questions below 100 beds) and those of compliance items outside the
/// institution's scope, in questionnaire order, with the questions of
/// [`ALWAYS_ASKED`].
pub fn questionnaire(profile: &Profile) -> Vec<QuestionGroup> {
    let rules: Vec<(&Rule, Vec<&'static str>)> = rules_for(profile)
        .into_iter()
        .map(|(rule, _, _)| (rule, still_asked(rule, profile)))
        .collect();
    let asked_by = |q: &QuestionInfo| -> Vec<String> {
        let mut cites: Vec<String> = Vec::new();
        for (rule, asks) in &rules {
            if asks.contains(&q.id) {
                let text = Citation::new(rule.document, rule.article, rule.item).text;
                if !cites.contains(&text) {
                    cites.push(text);
                }
            }
        }
        cites
    };
    Section::ALL
        .into_iter()
        .map(|section| QuestionGroup {
            section,
            title: section.title(),
            questions: questions::all()
                .filter(|q| q.section == section && (q.shown)(profile))
                .filter_map(|q| {
                    let cites = asked_by(q);
                    let always = ALWAYS_ASKED.contains(&q.id);
                    (always || !cites.is_empty()).then_some(QuestionView {
                        id: q.id,
                        label: q.label,
                        help: q.help,
                        kind: q.kind,
                        asked_by: cites,
                        requirement: requirement(q, &rules),
                    })
                })
                .collect(),
        })
        .filter(|g| !g.questions.is_empty())
        .collect()
}
