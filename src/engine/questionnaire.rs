//! The questionnaire: the questions the applicable rules ask, given the
//! answers so far. The page renders exactly this; nothing is asked by hand.

use serde::Serialize;

use super::rules_for;
use crate::catalog::{audit, Ctx, Rule};
use crate::facts::questions::{self, AnswerKind, QuestionInfo, Section};
use crate::facts::Profile;
use crate::report::Citation;
use crate::sources::DocumentId;

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
    /// A forbidden act of the self-audit: the question asks whether it
    /// occurred, so `true` (存在) fails its item and `false` (不存在) keeps
    /// it. The page answers these 存在 / 不存在, never 是 / 否.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub forbidden: bool,
}

/// A portion of a long section, to be answered on one screen: at most
/// [`PART_SIZE`] questions of one document, whole articles where possible.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionPart {
    /// Stable while the answers only add or remove questions elsewhere,
    /// e.g. `obligations-js-1`.
    pub id: String,
    /// E.g. `运行期义务 · 南通协议（2/3）`.
    pub title: String,
    /// The articles its questions come from, first to last by number, e.g.
    /// `第十五条～第二十三条` (empty for a section in one portion).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub articles: String,
    /// The ids of its questions, in questionnaire order.
    pub questions: Vec<&'static str>,
}

/// The questions of one section.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionGroup {
    pub section: Section,
    pub title: &'static str,
    pub questions: Vec<QuestionView>,
    /// The section in portions of at most [`PART_SIZE`] questions, for the
    /// self-audit's sections only; empty for the others.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<QuestionPart>,
}

/// The most questions a portion of the self-audit holds.
pub const PART_SIZE: usize = 30;

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
                (Bound::AtLeast, Unit::Count(_) | Unit::Period(_)) => format!("要求不少于{value}"),
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
    // One pass over the rules: each rule's citation once, and for each
    // question the rules that ask it (looking each question up in every
    // rule's list instead made this the slowest part of a page update).
    let mut by_question: Vec<(&'static str, Vec<(&'static Rule, usize)>)> = Vec::new();
    let mut cite_texts: Vec<String> = Vec::with_capacity(rules.len());
    for (at, (rule, asks)) in rules.iter().enumerate() {
        cite_texts.push(Citation::new(rule.document, rule.article, rule.item).text);
        for &id in asks {
            match by_question.iter_mut().find(|(q, _)| same_id(q, id)) {
                Some((_, list)) => list.push((*rule, at)),
                None => by_question.push((id, vec![(*rule, at)])),
            }
        }
    }
    let askers = |id: &str| {
        by_question
            .iter()
            .find(|(q, _)| same_id(q, id))
            .map_or(&[][..], |(_, list)| list.as_slice())
    };
    let asked_by = |q: &QuestionInfo| -> Vec<String> {
        let mut cites: Vec<String> = Vec::new();
        for &(_, at) in askers(q.id) {
            if let Some(text) = cite_texts.get(at) {
                if !cites.contains(text) {
                    cites.push(text.clone());
                }
            }
        }
        cites
    };
    let first_asker =
        |id: &str| -> Option<&'static Rule> { askers(id).first().map(|&(rule, _)| rule) };
    Section::ALL
        .into_iter()
        .map(|section| {
            let questions: Vec<QuestionView> = questions::all()
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
                        forbidden: is_forbidden_act(q),
                    })
                })
                .collect();
            // (Only the self-audit's sections come in portions: none in a build without it.)
            let parts = if cfg!(feature = "audit") && AUDIT_SECTIONS.contains(&section) {
                parts(section, &questions, &first_asker)
            } else {
                Vec::new()
            };
            QuestionGroup {
                section,
                title: section.title(),
                questions,
                parts,
            }
        })
        .filter(|g| !g.questions.is_empty())
        .collect()
}

/// What the catalog holds for one kind of application in one place.
#[derive(Debug, Clone, Serialize)]
pub struct ApplicationCoverage {
    /// The application kind, as `application.kind` takes it.
    pub kind: crate::facts::ApplicationKind,
    /// For a retail pharmacy (else a medical institution).
    pub pharmacy: bool,
    /// Whether any rule beyond dates decides it (conditions, materials,
    /// obligations); when not, the report says "no rule data" for them.
    pub rules: bool,
    /// Whether any deadline or waiting period is computed for it.
    pub deadlines: bool,
}

/// For each application kind, for a medical institution and for a retail
/// pharmacy, whether the catalog has rules and dates for it: so
/// that a menu can say before the choice that, e.g., 续签 has no rules yet.
/// Judged as of the day the deciding document took effect.
pub fn coverage(jurisdiction: crate::facts::Jurisdiction) -> Vec<ApplicationCoverage> {
    use crate::catalog::{Applicant, Group};
    use crate::facts::{ApplicationKind, Choice, Jurisdiction};
    let as_of = super::plan(jurisdiction)
        .iter()
        .find_map(|(doc, _)| match doc.document().status {
            crate::sources::Status::InForce { from, .. } => Some(from),
            _ => None,
        })
        .unwrap_or(chrono::NaiveDate::MIN);
    let code = Jurisdiction::OPTIONS
        .iter()
        .zip(Jurisdiction::VALUES)
        .find(|(_, j)| **j == jurisdiction)
        .map_or("", |(o, _)| o.value);
    let mut out = Vec::new();
    for pharmacy in [false, true] {
        for (&kind, option) in ApplicationKind::VALUES.iter().zip(ApplicationKind::OPTIONS) {
            let json = format!(
                r#"{{"jurisdiction":"{code}","application":{{"kind":"{}"}}{}}}"#,
                option.value,
                if pharmacy {
                    format!(r#","institution":{{"kind":"{}"}}"#, pharmacy_kind())
                } else {
                    String::new()
                }
            );
            let Ok(profile) = crate::facts::parse_profile(&json) else {
                continue;
            };
            if pharmacy && Applicant::of(&profile) != Applicant::RetailPharmacy {
                continue;
            }
            let rules = rules_for(&profile);
            let deadlines = rules.iter().any(|(r, _, _)| r.group == Group::Deadline);
            let decided = rules.iter().any(|&(rule, version, role)| {
                rule.group != Group::Deadline
                    && super::evaluate(rule, version, role, &profile, as_of).outcome
                        != crate::report::Outcome::NotCovered
            });
            out.push(ApplicationCoverage {
                kind,
                pharmacy,
                rules: decided,
                deadlines,
            });
        }
    }
    out
}

/// The JSON name of the retail pharmacy kind.
fn pharmacy_kind() -> &'static str {
    use crate::facts::{Choice, InstitutionKind};
    InstitutionKind::VALUES
        .iter()
        .zip(InstitutionKind::OPTIONS)
        .find(|(k, _)| **k == InstitutionKind::RetailPharmacy)
        .map_or("", |(_, o)| o.value)
}

/// Whether two question ids are the same question. Every id the engine
/// handles is the `id` field of one static [`QuestionInfo`] (ids are unique,
/// and rules and scopes hold references to those statics), so the text's
/// address and length decide, without comparing the characters: with
/// hundreds of ids sharing long prefixes (`compliance.nt_a65_…`), comparing
/// the text made the questionnaire slow. Tested below.
fn same_id(a: &str, b: &str) -> bool {
    std::ptr::eq(a.as_ptr(), b.as_ptr()) && a.len() == b.len()
}

/// The sections of the self-audit, which come in portions.
const AUDIT_SECTIONS: [Section; 4] = [
    Section::Services,
    Section::Obligations,
    Section::Conduct,
    Section::Indicators,
];

/// Whether `q` asks if a forbidden act occurred: a yes/no question among
/// the self-audit's listed violations (each read by `audit::absent`, where
/// 是 fails; tested below against the catalog's own keeping answers).
fn is_forbidden_act(q: &QuestionInfo) -> bool {
    q.section == Section::Conduct && q.kind == AnswerKind::YesNo
}

/// The short name of an audit section, for the titles of its portions.
fn short_title(section: Section) -> &'static str {
    match section {
        Section::Services => "机构业务与资质",
        Section::Obligations => "运行期义务",
        Section::Conduct => "违规行为",
        Section::Indicators => "指标",
        _ => section.title(),
    }
}

/// A question with the first rule that asks it.
type Asked<'a> = (&'a QuestionView, Option<&'static Rule>);

/// Splits a section into portions of at most [`PART_SIZE`] questions: the
/// whole section when it is short enough; else by the document of the
/// first rule that asks each question, each document's run cut into equal
/// portions at article boundaries where one falls near the cut.
fn parts(
    section: Section,
    questions: &[QuestionView],
    first_asker: &dyn Fn(&str) -> Option<&'static Rule>,
) -> Vec<QuestionPart> {
    if questions.is_empty() {
        return Vec::new();
    }
    let ids = |qs: &[&QuestionView]| qs.iter().map(|q| q.id).collect::<Vec<_>>();
    if questions.len() <= PART_SIZE {
        return vec![QuestionPart {
            id: format!("{}-all", section_key(section)),
            title: short_title(section).to_string(),
            articles: String::new(),
            questions: questions.iter().map(|q| q.id).collect(),
        }];
    }
    // Runs of consecutive questions whose first asking rule is of one document.
    let mut runs: Vec<(Option<DocumentId>, Vec<Asked>)> = Vec::new();
    for q in questions {
        let rule = first_asker(q.id);
        let doc = rule.map(|r| r.document);
        match runs.last_mut() {
            Some((d, run)) if *d == doc => run.push((q, rule)),
            _ => runs.push((doc, vec![(q, rule)])),
        }
    }
    let mut out = Vec::new();
    let mut counters: Vec<(Option<DocumentId>, usize)> = Vec::new();
    for (doc, run) in runs {
        let portions = run.len().div_ceil(PART_SIZE).max(1);
        let target = run.len().div_ceil(portions);
        let mut current: Vec<Asked> = Vec::new();
        let mut flush = |current: &mut Vec<Asked>| {
            if current.is_empty() {
                return;
            }
            let n = match counters.iter_mut().find(|(d, _)| *d == doc) {
                Some((_, n)) => {
                    *n = n.saturating_add(1);
                    *n
                }
                None => {
                    counters.push((doc, 1));
                    1
                }
            };
            // The first and the last article by number (no sort: it would add to the wasm).
            let numbered = || {
                current
                    .iter()
                    .filter_map(|(_, rule)| rule.map(|r| (article_number(r.article), r.article)))
            };
            let articles = match (numbered().min(), numbered().max()) {
                (Some((_, a)), Some((_, b))) if a == b => a.to_string(),
                (Some((_, a)), Some((_, b))) => format!("{a}～{b}"),
                _ => String::new(),
            };
            let document = doc.map_or("", |d| d.document().short_name);
            let qs: Vec<&QuestionView> = current.iter().map(|(q, _)| *q).collect();
            out.push(QuestionPart {
                id: format!(
                    "{}-{}-{n}",
                    section_key(section),
                    doc.map_or("other", |d| d.code()).to_ascii_lowercase()
                ),
                title: if portions > 1 {
                    format!("{} · {document}（{n}/{portions}）", short_title(section))
                } else {
                    format!("{} · {document}", short_title(section))
                },
                articles,
                questions: ids(&qs),
            });
            current.clear();
        };
        for (q, rule) in run {
            let new_article = match (current.last(), rule) {
                (Some((_, Some(prev))), Some(rule)) => prev.article != rule.article,
                _ => true,
            };
            if current.len() >= PART_SIZE || (current.len() >= target && new_article) {
                flush(&mut current);
            }
            current.push((q, rule));
        }
        flush(&mut current);
    }
    out
}

/// The number of an article label such as `第六十五条` (0 if it has none),
/// for ordering the articles a portion covers.
fn article_number(label: &str) -> u32 {
    let mut total = 0u32;
    let mut digit = 0u32;
    for c in label.chars() {
        match c {
            '十' | '百' => {
                let unit = if c == '十' { 10 } else { 100 };
                total = total.saturating_add(digit.max(1).saturating_mul(unit));
                digit = 0;
            }
            '零' => digit = 0,
            '一' => digit = 1,
            '二' => digit = 2,
            '三' => digit = 3,
            '四' => digit = 4,
            '五' => digit = 5,
            '六' => digit = 6,
            '七' => digit = 7,
            '八' => digit = 8,
            '九' => digit = 9,
            _ => {}
        }
    }
    total.saturating_add(digit)
}

/// The section's JSON name, e.g. `obligations`.
fn section_key(section: Section) -> &'static str {
    match section {
        Section::Services => "services",
        Section::Obligations => "obligations",
        Section::Conduct => "conduct",
        Section::Indicators => "indicators",
        _ => "section",
    }
}

#[cfg(all(test, feature = "audit"))]
mod tests {
    use super::*;
    use crate::catalog::testing::{baseline, date};
    use crate::engine;
    use crate::facts::compliance::{self, Answers, Value};
    use crate::facts::{ApplicationKind, InstitutionKind, Jurisdiction};
    use crate::report::Outcome;

    fn audit(jurisdiction: Jurisdiction, kind: InstitutionKind) -> Profile {
        let mut p = baseline(jurisdiction);
        p.application.kind = Some(ApplicationKind::Designated);
        p.institution.kind = Some(kind);
        p
    }

    #[test]
    fn audit_sections_come_in_portions_of_at_most_thirty_covering_each_question_once() {
        for (jurisdiction, kind) in [
            (
                Jurisdiction::Nantong,
                InstitutionKind::CommunityHealthCentre,
            ),
            (Jurisdiction::Nantong, InstitutionKind::GeneralHospital),
            (Jurisdiction::Guangdong, InstitutionKind::GeneralHospital),
            (Jurisdiction::Jilin, InstitutionKind::RetailPharmacy),
        ] {
            let groups = questionnaire(&audit(jurisdiction, kind));
            let mut audit_questions = 0;
            for g in &groups {
                if !AUDIT_SECTIONS.contains(&g.section) {
                    assert!(g.parts.is_empty(), "{:?}", g.section);
                    continue;
                }
                audit_questions += g.questions.len();
                let flat: Vec<&str> = g.parts.iter().flat_map(|p| p.questions.clone()).collect();
                let asked: Vec<&str> = g.questions.iter().map(|q| q.id).collect();
                assert_eq!(flat, asked, "{jurisdiction:?} {:?}", g.section);
                for p in &g.parts {
                    assert!(
                        !p.questions.is_empty() && p.questions.len() <= PART_SIZE,
                        "{} has {}",
                        p.id,
                        p.questions.len()
                    );
                    assert!(!p.title.contains('§'), "{}", p.title);
                }
                let mut ids: Vec<&str> = g.parts.iter().map(|p| p.id.as_str()).collect();
                ids.dedup();
                assert_eq!(ids.len(), g.parts.len(), "part ids are unique");
            }
            assert!(audit_questions > 0, "{jurisdiction:?}");
        }
        // The Nantong centre has far more than 30 obligations: several portions, by document.
        let groups = questionnaire(&audit(
            Jurisdiction::Nantong,
            InstitutionKind::CommunityHealthCentre,
        ));
        let obligations = groups
            .iter()
            .find(|g| g.section == Section::Obligations)
            .expect("obligations");
        assert!(obligations.parts.len() >= 3, "{:?}", obligations.parts);
        assert_eq!(obligations.parts[0].title, "运行期义务 · 江苏");
        assert!(obligations.parts[0].articles.starts_with("第十五条～"));
        assert!(obligations
            .parts
            .iter()
            .any(|p| p.title == "运行期义务 · 南通协议（2/3）"));
    }

    /// [`same_id`]'s premise: each id a rule asks, or a scope reads, is the
    /// very text of its question's static.
    #[test]
    fn every_asked_id_is_the_text_of_its_question() {
        for rule in crate::catalog::rules() {
            for q in rule.asks {
                let own = questions::by_id(q.id).expect("a registered question");
                assert!(same_id(own.id, q.id), "{} in {}", q.id, rule.id);
            }
        }
        let mut p = audit(Jurisdiction::Nantong, InstitutionKind::Clinic);
        p.compliance.clear("compliance.inpatient_service");
        p.compliance
            .set("compliance.inpatient_service", Value::YesNo(false));
        for (rule, _, _) in rules_for(&p) {
            for id in still_asked(rule, &p) {
                let own = questions::by_id(id).expect("a registered question");
                assert!(same_id(own.id, id), "{id} read by {}", rule.id);
            }
        }
        // Equal text elsewhere is not the same question's id.
        let copy = String::from("compliance.inpatient_service");
        assert!(!same_id(&copy, "compliance.inpatient_service") || copy.is_empty());
    }

    #[test]
    fn article_numbers_order_the_articles_of_a_portion() {
        assert_eq!(article_number("第十一条"), 11);
        assert_eq!(article_number("第十六条"), 16);
        assert_eq!(article_number("第六十五条"), 65);
        assert_eq!(article_number("第一百零二条"), 102);
        assert_eq!(article_number("第二十条"), 20);
        assert_eq!(article_number("第九条"), 9);
        assert_eq!(article_number("附件"), 0);
    }

    #[test]
    fn coverage_says_where_only_dates_are_computed() {
        let jilin = coverage(Jurisdiction::Jilin);
        let of = |kind: ApplicationKind, pharmacy: bool| {
            jilin
                .iter()
                .find(|c| c.kind == kind && c.pharmacy == pharmacy)
                .map(|c| (c.rules, c.deadlines))
        };
        assert_eq!(
            of(ApplicationKind::NewDesignation, false),
            Some((true, true))
        );
        assert_eq!(of(ApplicationKind::Renewal, false), Some((false, true)));
        assert_eq!(
            of(ApplicationKind::NewDesignation, true),
            Some((true, true))
        );
        assert_eq!(of(ApplicationKind::Designated, false), Some((true, true)));
        // Only Jilin has pharmacy rules.
        assert!(coverage(Jurisdiction::Jiangsu)
            .iter()
            .filter(|c| c.pharmacy)
            .all(|c| !c.rules && !c.deadlines));
        assert!(coverage(Jurisdiction::Jiangsu)
            .iter()
            .any(|c| c.kind == ApplicationKind::NewDesignation && c.rules));
    }

    #[test]
    fn a_short_section_is_one_portion() {
        let groups = questionnaire(&audit(Jurisdiction::Jilin, InstitutionKind::RetailPharmacy));
        let services = groups
            .iter()
            .find(|g| g.section == Section::Services)
            .expect("services");
        assert_eq!(services.parts.len(), 1);
        assert_eq!(services.parts[0].title, "机构业务与资质");
        assert_eq!(services.parts[0].questions.len(), services.questions.len());
    }

    /// 存在 fails and 不存在 keeps, for every question marked forbidden: the
    /// catalog's keeping answer is false, and true fails some item.
    #[test]
    fn forbidden_acts_have_one_polarity_everywhere() {
        let mut kept = Answers::default();
        compliance::keep_all(&mut kept);
        let mut forbidden = 0;
        for (jurisdiction, kind) in [
            (Jurisdiction::Nantong, InstitutionKind::GeneralHospital),
            (Jurisdiction::Guangdong, InstitutionKind::GeneralHospital),
            (Jurisdiction::Zhongshan, InstitutionKind::GeneralHospital),
            (Jurisdiction::Jilin, InstitutionKind::GeneralHospital),
            (Jurisdiction::Jilin, InstitutionKind::RetailPharmacy),
        ] {
            let mut profile = audit(jurisdiction, kind);
            profile.compliance = kept.clone();
            // Counted acts once each, so that a follow-up (「中止期间未整改」,
            // asked after a suspension) decides its item too.
            for q in compliance::questions()
                .filter(|q| q.section == Section::Conduct && q.kind == AnswerKind::Count)
            {
                profile.compliance.set(q.id, Value::Count(1));
            }
            let as_of = date("2026-11-22");
            let clean = engine::check(&profile, as_of);
            let fails = |r: &crate::report::Report| {
                r.findings
                    .iter()
                    .filter(|f| f.outcome == Outcome::Fail)
                    .count()
            };
            for q in questionnaire(&profile)
                .into_iter()
                .flat_map(|g| g.questions)
                .filter(|q| q.forbidden)
            {
                forbidden += 1;
                assert_eq!(
                    profile.compliance.yes_no(q.id),
                    Some(false),
                    "{}: 不存在 keeps the item",
                    q.id
                );
                let mut present = profile.clone();
                present.compliance.set(q.id, Value::YesNo(true));
                assert!(
                    fails(&engine::check(&present, as_of)) > fails(&clean),
                    "{jurisdiction:?}: 存在 for {} fails an item",
                    q.id
                );
            }
            // A yes/no question that is not a forbidden act keeps its item with 是.
            for q in questionnaire(&profile)
                .into_iter()
                .flat_map(|g| g.questions)
                .filter(|q| {
                    !q.forbidden && q.kind == AnswerKind::YesNo && q.id.starts_with("compliance.")
                })
                .filter(|q| {
                    matches!(
                        questions::by_id(q.id).map(|i| i.section),
                        Some(Section::Obligations)
                    )
                })
            {
                assert_eq!(profile.compliance.yes_no(q.id), Some(true), "{}", q.id);
            }
        }
        assert!(forbidden > 50, "{forbidden} forbidden acts asked");
    }
}
