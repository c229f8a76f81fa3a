//! The registry of document versions: each version of a source document
//! with the dates it is in force and the rules written for it, and each
//! jurisdiction's plan of the documents it applies.
//!
//! A report applies, for each document of its jurisdiction's plan, the
//! version in force on the day that governs each act (the submission of an
//! application, the event of a deadline, else the as-of date). Two versions
//! of one document sit side by side: a rule of the version in force that
//! day is applied, the same rule of the other version is left out. Adding a
//! version is one folder under src/catalog/, one row of [`VERSIONS`] and,
//! for a new document, one entry in [`PLAN`]; see docs/versions.md.

use chrono::NaiveDate;

use super::risk::Consequence;
use super::Rule;
use crate::facts::Jurisdiction;
use crate::report::Role;
use crate::sources::{DocumentId, Status};

/// One version of a source document and the rules that encode it.
pub struct Version {
    /// Stable id, e.g. `gd-2021`.
    pub id: &'static str,
    /// The document (its text, title and code) this version encodes.
    pub document: DocumentId,
    /// The dates in force, where they are not the document's own (its
    /// status): a later version of a document sets its own.
    pub window: Option<(NaiveDate, Option<NaiveDate>)>,
    /// The rules, by family.
    pub families: &'static [&'static [Rule]],
    /// The consequences its compliance items reference.
    pub consequences: &'static [&'static [&'static Consequence]],
}

impl Version {
    /// The version's rules, in family order.
    pub fn rules(&'static self) -> impl Iterator<Item = &'static Rule> {
        self.families.iter().flat_map(|f| f.iter())
    }

    /// The dates in force (both inclusive); `None` for a draft or an
    /// agreement template, which are never in force by themselves.
    pub fn in_force(&self) -> Option<(NaiveDate, Option<NaiveDate>)> {
        self.window.or(match self.document.document().status {
            Status::InForce { from, until } => Some((from, until)),
            Status::Draft | Status::Template => None,
        })
    }

    /// Whether the version is in force on `date`.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.in_force()
            .is_some_and(|(from, until)| date >= from && until.is_none_or(|u| date <= u))
    }

    /// Whether this version holds a rule with the id `id`.
    pub fn has_rule(&'static self, id: &str) -> bool {
        self.rules().any(|r| r.id == id)
    }
}

/// Every version of every document, by document in seed order, each
/// document's versions oldest first.
pub static VERSIONS: &[Version] = &[
    Version {
        id: "js-2024",
        document: DocumentId::Jiangsu,
        window: None,
        families: super::jiangsu::FAMILIES,
        consequences: super::jiangsu::CONSEQUENCES,
    },
    Version {
        id: "zs-draft",
        document: DocumentId::Zhongshan,
        window: None,
        families: super::zhongshan::FAMILIES,
        consequences: super::zhongshan::CONSEQUENCES,
    },
    Version {
        id: "gd-2021",
        document: DocumentId::Guangdong,
        window: None,
        families: super::guangdong::FAMILIES,
        consequences: super::guangdong::CONSEQUENCES,
    },
    Version {
        id: "jl-2026",
        document: DocumentId::Jilin,
        window: None,
        families: super::jilin::FAMILIES,
        consequences: super::jilin::CONSEQUENCES,
    },
    Version {
        id: "nt-template",
        document: DocumentId::Nantong,
        window: None,
        families: super::nantong::FAMILIES,
        consequences: super::nantong::CONSEQUENCES,
    },
];

/// The documents each jurisdiction applies, with their role (rules map
/// §1.3): Nantong applies for designation under the Jiangsu rules and keeps
/// the Nantong agreement's terms once signed; Jieyang and Zhongshan decide
/// under Guangdong's, Zhongshan's draft shown beside them.
pub static PLAN: &[(Jurisdiction, &[(DocumentId, Role)])] = &[
    (
        Jurisdiction::Jiangsu,
        &[(DocumentId::Jiangsu, Role::Decides)],
    ),
    (
        Jurisdiction::Nantong,
        &[
            (DocumentId::Jiangsu, Role::Decides),
            (DocumentId::Nantong, Role::Agreement),
        ],
    ),
    (
        Jurisdiction::Guangdong,
        &[(DocumentId::Guangdong, Role::Decides)],
    ),
    (
        Jurisdiction::Jieyang,
        &[(DocumentId::Guangdong, Role::Decides)],
    ),
    (
        Jurisdiction::Zhongshan,
        &[
            (DocumentId::Guangdong, Role::Decides),
            (DocumentId::Zhongshan, Role::DraftPreview),
        ],
    ),
    (Jurisdiction::Jilin, &[(DocumentId::Jilin, Role::Decides)]),
];

/// Every version, the test-only ones included in unit tests.
pub fn versions() -> impl Iterator<Item = &'static Version> + Clone {
    let test_only: &'static [Version] = {
        #[cfg(test)]
        {
            tests::FAKE_VERSIONS
        }
        #[cfg(not(test))]
        {
            &[]
        }
    };
    VERSIONS.iter().chain(test_only.iter())
}

/// The documents `jurisdiction` applies, with their role.
pub fn plan(jurisdiction: Jurisdiction) -> &'static [(DocumentId, Role)] {
    PLAN.iter()
        .find(|(j, _)| *j == jurisdiction)
        .map_or(&[], |(_, plan)| plan)
}

/// The version of `document` that governs `date`: the one in force, else
/// the latest that began before it (a document lapsed), else the first.
pub fn version_on(document: DocumentId, date: NaiveDate) -> Option<&'static Version> {
    let of_document = || versions().filter(move |v| v.document == document);
    of_document()
        .find(|v| v.in_force_on(date))
        .or_else(|| {
            of_document()
                .filter(|v| v.in_force().is_some_and(|(from, _)| from <= date))
                .last()
        })
        .or_else(|| of_document().next())
}

/// The version `rule` belongs to.
pub fn version_of(rule: &Rule) -> Option<&'static Version> {
    let at: *const Rule = rule;
    versions().find(|v| v.families.iter().any(|f| f.as_ptr_range().contains(&at)))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::catalog::builder::rule;
    use crate::catalog::checks;
    use crate::catalog::testing::{baseline, date};
    use crate::dates::Span;
    use crate::facts::questions as q;
    use crate::report::Outcome;

    /// A version of the Guangdong measures that exists only in tests: in
    /// force from 2099, it asks 6 months of operation where 2021's asks 3,
    /// under the same rule id. It shows how a successor sits beside its
    /// predecessor (docs/versions.md).
    pub(crate) static FAKE_VERSIONS: &[Version] = &[Version {
        id: "gd-2099-test",
        document: DocumentId::Guangdong,
        window: Some((crate::sources::ymd(2099, 1, 1), None)),
        families: &[FAKE_RULES],
        consequences: &[],
    }];

    static FAKE_RULES: &[Rule] = &[
        rule!(Condition, Guangdong, "gd.a6.i1.operating-3-months", "第六条", Some("（一）"), "正式运营至少6个月（测试用版本）",
            application: Any,
            quote: "正式运营至少3个月",
            asks: [q::OPERATING_SINCE],
            check: |ctx| checks::operating_at_least(ctx, &q::OPERATING_SINCE, Span::months(6)),
            advice: "测试用版本。",
        ),
    ];

    fn finding(profile: &crate::facts::Profile, as_of: &str) -> crate::report::Finding {
        crate::engine::check(profile, date(as_of))
            .findings
            .into_iter()
            .find(|f| f.rule_id == "gd.a6.i1.operating-3-months")
            .expect("the rule")
    }

    #[test]
    fn two_versions_of_a_document_sit_side_by_side_and_each_governs_its_dates() {
        let mut p = baseline(Jurisdiction::Guangdong);
        // In 2027 the 2021 measures govern: 3 months.
        p.institution.operating_since = Some(date("2027-01-10"));
        let f = finding(&p, "2027-05-20");
        assert_eq!(f.outcome, Outcome::Pass, "{}", f.detail);
        assert_eq!(f.title, "正式运营至少3个月");
        // Between the two, no version is in force: not covered.
        assert_eq!(finding(&p, "2050-01-01").outcome, Outcome::NotCovered);
        // From 2099 the test version governs the same rule id: 6 months.
        p.institution.operating_since = Some(date("2098-10-01"));
        let f = finding(&p, "2099-02-01");
        assert_eq!(f.outcome, Outcome::Fail, "{}", f.detail);
        assert_eq!(f.title, "正式运营至少6个月（测试用版本）");
        let report = crate::engine::check(&p, date("2099-02-01"));
        assert_eq!(
            report
                .findings
                .iter()
                .filter(|f| f.rule_id == "gd.a6.i1.operating-3-months")
                .count(),
            1,
            "one finding per rule id"
        );
        let applied = &report.documents[0];
        assert_eq!(applied.version, "gd-2099-test");
        assert_eq!(
            version_on(DocumentId::Guangdong, date("2027-05-20")).map(|v| v.id),
            Some("gd-2021")
        );
    }
}
