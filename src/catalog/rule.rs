//! What a rule is: its citation, quote, applicability, check and advice in
//! one value, and the context a check reads the facts through.

use std::cell::RefCell;

use chrono::NaiveDate;
use serde::Serialize;

use super::audit::Audit;
use crate::facts::questions::{Question, QuestionInfo};
use crate::facts::{ApplicationKind, Profile};
use crate::report::{DateKind, KeyDate, Outcome};
use crate::sources::DocumentId;

/// One rule of the catalog.
pub struct Rule {
    /// Stable, readable id: `<document>.a<article>[.i<item>].<slug>`.
    pub id: &'static str,
    pub document: DocumentId,
    /// The article as written in the seed, e.g. `第六条`.
    pub article: &'static str,
    /// The item or paragraph as written, e.g. `（一）` or `第3款`.
    pub item: Option<&'static str>,
    /// What the rule is about, in a few Chinese words.
    pub title: &'static str,
    pub group: Group,
    /// Which applicants the rule concerns.
    pub applicant: Applicant,
    /// Which kind of application the rule concerns; `None` for every kind
    /// (e.g. a document's silence on retail pharmacies).
    pub application: Option<ApplicationKind>,
    /// Dates in force, where they differ from the document's (both inclusive).
    pub in_force: Option<(NaiveDate, Option<NaiveDate>)>,
    /// The words of the article the rule encodes, verbatim from the seed.
    pub quote: &'static str,
    /// Other items of the same article a check may cite instead (see
    /// [`Verdict::citing`]), each verbatim from the seed.
    pub excerpts: &'static [Excerpt],
    /// The questions the check reads.
    pub asks: &'static [&'static QuestionInfo],
    pub check: fn(&Ctx) -> Result<Verdict, Missing>,
    /// For an item of the compliance self-audit: whom it concerns and what
    /// failing it risks (rules map §9–§10); `None` for other rules.
    pub audit: Option<&'static Audit>,
    /// What to do when the rule is not met, in Chinese.
    pub advice: &'static str,
    /// The named, dated, cited values the check reads (thresholds, counts,
    /// periods); see [`super::params`].
    pub params: &'static [&'static super::params::Param],
    /// Where the text admits two readings: the one taken, and why (rules map §11).
    pub reading: Option<&'static str>,
}

impl Rule {
    /// The same rule for retail pharmacies, under its own id: for articles
    /// that say 医药机构 (Jilin), one rule literal serves both applicants.
    pub const fn for_pharmacies(self, id: &'static str) -> Rule {
        Rule {
            id,
            applicant: Applicant::RetailPharmacy,
            ..self
        }
    }

    /// The rule's compliance-item part, in a build with the self-audit; in
    /// one without (feature `audit`) never, so that the scope and risk code
    /// stays out of that module. Read it through here, not the field.
    pub fn audit_item(&self) -> Option<&'static Audit> {
        self.audit.filter(|_| super::HAS_AUDIT)
    }

    /// The rule's title for `date`: each `{}` in it is the value of the
    /// corresponding parameter then (e.g. `处方合格率不低于{}` → `…95%`), so
    /// that the number has one source.
    pub fn title_on(&self, date: NaiveDate) -> std::borrow::Cow<'static, str> {
        self.fill(self.title, date)
    }

    /// The rule's advice for `date`, its parameters' values filled in.
    pub fn advice_on(&self, date: NaiveDate) -> std::borrow::Cow<'static, str> {
        self.fill(self.advice, date)
    }

    fn fill(&self, text: &'static str, date: NaiveDate) -> std::borrow::Cow<'static, str> {
        if !text.contains("{}") {
            return std::borrow::Cow::Borrowed(text);
        }
        let mut filled = String::with_capacity(text.len() + 8);
        let mut params = self.params.iter();
        let mut last = None;
        let mut parts = text.split("{}").peekable();
        while let Some(part) = parts.next() {
            filled.push_str(part);
            if parts.peek().is_some() {
                // Past the last parameter, the last again: a period the
                // title names twice (未满3年或者已满3年).
                last = params.next().or(last);
                if let Some(p) = last {
                    filled.push_str(&p.text(p.on(date)));
                }
            }
        }
        std::borrow::Cow::Owned(filled)
    }

    /// Applies the rule: first whom it concerns (an audit item's scope, all
    /// answers read before any is found missing), then its check.
    pub fn judge(&self, ctx: &Ctx) -> Result<Verdict, Missing> {
        if let Some(audit) = self.audit_item() {
            if let Some(verdict) = super::audit::outside_scope(ctx, audit.scope)? {
                return Ok(verdict);
            }
        }
        (self.check)(ctx)
    }
}

/// A quoted item of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Excerpt {
    pub item: Option<&'static str>,
    pub quote: &'static str,
}

/// The part of the self-check a rule belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// 可申请定点的机构类型与证照.
    Eligibility,
    /// 申请定点的基本条件.
    Condition,
    /// 不予受理的情形 and other bars to applying again.
    Refusal,
    /// 申请材料.
    Materials,
    /// 时限与等待期: deadlines and waiting periods that follow from the dates.
    Deadline,
    /// 定点后合规自查: obligations, forbidden acts and indicators a
    /// designated institution keeps (rules map §9).
    Compliance,
}

impl Group {
    pub const ALL: [Group; 6] = [
        Group::Eligibility,
        Group::Condition,
        Group::Refusal,
        Group::Materials,
        Group::Compliance,
        Group::Deadline,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Group::Eligibility => "申请资格（机构类型与证照）",
            Group::Condition => "基本条件",
            Group::Refusal => "不予受理情形",
            Group::Materials => "申请材料",
            Group::Deadline => "时限与等待期",
            Group::Compliance => "定点后合规自查",
        }
    }
}

/// The applicants a rule concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Applicant {
    MedicalInstitution,
    RetailPharmacy,
}

impl Applicant {
    /// The applicant a profile describes: a retail pharmacy when its kind
    /// says so, else a medical institution (also while the kind is unanswered).
    pub fn of(profile: &Profile) -> Applicant {
        if profile.is_pharmacy() {
            Applicant::RetailPharmacy
        } else {
            Applicant::MedicalInstitution
        }
    }
}

/// Signals that a check needs an answer the profile does not give; the
/// questions are recorded in the [`Ctx`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Missing;

/// The facts and the as-of date, as a check sees them.
pub struct Ctx<'a> {
    pub profile: &'a Profile,
    pub as_of: NaiveDate,
    missing: RefCell<Vec<&'static QuestionInfo>>,
    read: RefCell<Vec<&'static str>>,
    params: RefCell<Vec<&'static str>>,
    spans: RefCell<Vec<&'static str>>,
    notes: RefCell<Vec<String>>,
}

impl<'a> Ctx<'a> {
    pub fn new(profile: &'a Profile, as_of: NaiveDate) -> Ctx<'a> {
        Ctx {
            profile,
            as_of,
            missing: RefCell::new(Vec::new()),
            read: RefCell::new(Vec::new()),
            params: RefCell::new(Vec::new()),
            spans: RefCell::new(Vec::new()),
            notes: RefCell::new(Vec::new()),
        }
    }

    /// The answer to `question`, or [`Missing`] (recording the question) when
    /// the profile does not give it. Read every answer a conclusion needs
    /// before using `?`, so that all missing ones are named at once.
    pub fn get<T: 'static>(&self, question: &'static Question<T>) -> Result<T, Missing> {
        self.read.borrow_mut().push(question.info.id);
        match (question.get)(self.profile) {
            Some(value) => Ok(value),
            None => {
                let mut missing = self.missing.borrow_mut();
                if !missing.iter().any(|q| q.id == question.info.id) {
                    missing.push(&question.info);
                }
                Err(Missing)
            }
        }
    }

    /// The answer to `question` if given; unlike [`Ctx::get`], no answer is
    /// not missing (for what only adds to a finding's words).
    pub fn optional<T: 'static>(&self, question: &'static Question<T>) -> Option<T> {
        self.read.borrow_mut().push(question.info.id);
        (question.get)(self.profile)
    }

    /// The value of `param` in force on the as-of date, recorded as read.
    pub fn param(&self, param: &'static super::params::Param) -> u32 {
        self.params.borrow_mut().push(param.id);
        param.on(self.as_of)
    }

    /// The period `param` gives on the as-of date, as the date code counts
    /// it; recorded as read, and as read as a period.
    pub fn span(&self, param: &'static super::params::Param) -> crate::dates::Span {
        self.spans.borrow_mut().push(param.id);
        param.span(self.param(param))
    }

    /// The value `param` gives on the as-of date as the texts write it
    /// (`30天`, `3个月`), recorded as read.
    pub fn param_text(&self, param: &'static super::params::Param) -> String {
        param.text(self.param(param))
    }

    /// The ids of the parameters read as periods so far (see [`Ctx::span`]).
    pub fn spans_read(&self) -> Vec<&'static str> {
        self.spans.borrow().clone()
    }

    /// The ids of the parameters read so far.
    pub fn params_read(&self) -> Vec<&'static str> {
        self.params.borrow().clone()
    }

    /// Records that the answer to `question` is given but cannot be used
    /// (e.g. a zero denominator), and why: the finding needs information.
    pub fn unusable(&self, question: &'static QuestionInfo, why: String) -> Missing {
        let mut missing = self.missing.borrow_mut();
        if !missing.iter().any(|q| q.id == question.id) {
            missing.push(question);
        }
        self.notes.borrow_mut().push(why);
        Missing
    }

    /// Why answers given could not be used (see [`Ctx::unusable`]).
    pub fn notes(&self) -> Vec<String> {
        self.notes.borrow().clone()
    }

    /// The questions found unanswered so far.
    pub fn missing(&self) -> Vec<&'static QuestionInfo> {
        self.missing.borrow().clone()
    }

    /// The ids of the questions read so far.
    pub fn read(&self) -> Vec<&'static str> {
        self.read.borrow().clone()
    }
}

/// What a check concludes: an outcome with its reasons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub outcome: Outcome,
    /// Why, with the facts and dates that decided it, in Chinese.
    pub detail: String,
    /// An excerpt of [`Rule::excerpts`] the finding cites instead of the rule's quote.
    pub cites: Option<Excerpt>,
    /// Dates that follow from the facts (e.g. the day a bar stops applying).
    pub dates: Vec<KeyDate>,
    /// For a failure: the questions whose answers failed it, where the
    /// check knows them (empty: the item as a whole). A compliance item's
    /// consequences that follow only from some of its questions are chosen
    /// by these.
    pub failing: Vec<&'static str>,
}

impl Verdict {
    fn new(outcome: Outcome, detail: impl Into<String>) -> Verdict {
        Verdict {
            outcome,
            detail: detail.into(),
            cites: None,
            dates: Vec::new(),
            failing: Vec::new(),
        }
    }
    pub fn pass(detail: impl Into<String>) -> Verdict {
        Verdict::new(Outcome::Pass, detail)
    }
    pub fn fail(detail: impl Into<String>) -> Verdict {
        Verdict::new(Outcome::Fail, detail)
    }
    pub fn review(detail: impl Into<String>) -> Verdict {
        Verdict::new(Outcome::NeedsReview, detail)
    }
    pub fn not_applicable(detail: impl Into<String>) -> Verdict {
        Verdict::new(Outcome::NotApplicable, detail)
    }
    /// The document is silent on the question: no rule data, never a pass.
    pub fn not_covered(detail: impl Into<String>) -> Verdict {
        Verdict::new(Outcome::NotCovered, detail)
    }
    /// Cites `excerpt` (one of the rule's excerpts) instead of the rule's quote.
    pub fn citing(mut self, excerpt: Excerpt) -> Verdict {
        self.cites = Some(excerpt);
        self
    }
    /// Records that the answer to `question` failed the verdict.
    pub fn failing_on(mut self, question: &'static str) -> Verdict {
        self.failing.push(question);
        self
    }
    /// Adds the first day from which the institution may act.
    pub fn with_date(self, label: impl Into<String>, date: NaiveDate) -> Verdict {
        self.with_key_date(KeyDate::new(DateKind::EarliestDate, label, date))
    }
    /// Adds a date that follows from the facts.
    pub fn with_key_date(mut self, date: KeyDate) -> Verdict {
        self.dates.push(date);
        self
    }
}
