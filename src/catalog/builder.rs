//! The one way to write a rule: [`item!`] for an item of the compliance
//! self-audit, [`rule!`] for every other rule (eligibility, conditions,
//! refusal grounds, materials, deadlines, internet services).
//!
//! Both build a [`Rule`](super::Rule) from what differs from rule to rule,
//! in the order a rule author reads it against the text: citation, quote,
//! questions asked, check, scope, risks, parameters, advice, reading. What
//! every rule of a kind shares (the group, a designated institution, no
//! excerpts, no dates in force of its own, `&`/`.info` around each
//! question) is written here once, so that a rule is a handful of lines and
//! a reviewer sees only the words of the regulation and the decision taken
//! on them. Each expands to the plain struct literal it replaced: nothing
//! about a rule changes but how it is spelt (see DESIGN.md).
//!
//! ```ignore
//! item!(Jiangsu, "js.a15.p2.sign-displayed", "第十五条", Some("第2款"), "在显著位置悬挂统一样式的定点标识",
//!     quote: "定点医疗机构应当在显著位置悬挂统一样式的定点医疗机构标识",
//!     kept: q::SIGN_DISPLAYED,
//!     risks: [risks::HANDLING],
//!     advice: "在门诊大厅等显著位置悬挂医保部门提供的统一样式标识。",
//! )
//! ```
//!
//! Questions and check: `kept: q::X` (an obligation: "是" passes),
//! `absent: q::X` (a forbidden act: "否" passes), `all_kept: [q::X, …]`,
//! `rate_within: (q::X, P_Y)` (an indicator against its parameter) or
//! `count_at_least: (q::X, P_Y)` ask the question(s), list the parameter
//! and derive the check from them (an `asks: […]` before them lists the
//! questions the item reads first, e.g. whom it concerns), as `material:
//! (q::X, "名称")` does for a material of the application ([`rule!`]); any
//! other check is
//! `asks: [q::X, …], check: <fn or closure>`.
//!
//! Optional parts, where they stand: `applicant: RetailPharmacy` after the
//! citation (default: medical institutions); `excerpts:` after the quote;
//! `scope: […]` before `risks` (default: every designated institution), or
//! `audit: SHARED` in place of both for an [`Audit`](super::audit::Audit)
//! several items share; `only_on: [(consequence, [question, …]), …]` after
//! `risks`; `params: […]` before the advice; `reading:` last. A rule of
//! [`rule!`] names its group first and its kind of application after the
//! citation (`application: NewDesignation`, or `Any`). Every part ends
//! with a comma.

/// An item of the compliance self-audit of a designated institution (see
/// the module's documentation for its parts).
macro_rules! item {
    // The check, from the vocabulary or written out: its questions, its
    // parameters (before any listed under `params`) and the check itself.
    (@check $head:tt $(asks: [$($read:expr),* $(,)?],)? kept: $question:expr, $($rest:tt)*) => {
        $crate::catalog::builder::item!(@parts $head [] [$($($read,)*)? $question]
            (|ctx| $crate::catalog::audit::kept(ctx, &$question)) $($rest)*)
    };
    (@check $head:tt $(asks: [$($read:expr),* $(,)?],)? absent: $question:expr, $($rest:tt)*) => {
        $crate::catalog::builder::item!(@parts $head [] [$($($read,)*)? $question]
            (|ctx| $crate::catalog::audit::absent(ctx, &$question)) $($rest)*)
    };
    (@check $head:tt all_kept: [$($question:expr),+ $(,)?], $($rest:tt)*) => {
        $crate::catalog::builder::item!(@parts $head [] [$($question),+]
            (|ctx| $crate::catalog::audit::all_kept(ctx, &[$(&$question),+])) $($rest)*)
    };
    (@check $head:tt $(asks: [$($read:expr),* $(,)?],)? rate_within: ($question:expr, $param:expr), $($rest:tt)*) => {
        $crate::catalog::builder::item!(@parts $head [$param] [$($($read,)*)? $question]
            (|ctx| $crate::catalog::audit::rate_within(ctx, &$question, &$param)) $($rest)*)
    };
    (@check $head:tt $(asks: [$($read:expr),* $(,)?],)? count_at_least: ($question:expr, $param:expr), $($rest:tt)*) => {
        $crate::catalog::builder::item!(@parts $head [$param] [$($($read,)*)? $question]
            (|ctx| $crate::catalog::audit::count_at_least(ctx, &$question, &$param)) $($rest)*)
    };
    (@check $head:tt asks: [$($question:expr),* $(,)?], check: $check:expr, $($rest:tt)*) => {
        $crate::catalog::builder::item!(@parts $head [] [$($question),*] ($check) $($rest)*)
    };
    // Whom it concerns and what failing it risks, or a shared `Audit`.
    (@parts $head:tt [$($pre:expr),*] [$($question:expr),*] ($check:expr)
        $(scope: [$($scope:expr),* $(,)?],)?
        risks: [$($risk:expr),* $(,)?],
        $(only_on: [$(($only:expr, [$($on:expr),* $(,)?])),* $(,)?],)?
        $(params: [$($param:expr),* $(,)?],)?
        advice: $advice:expr,
        $(reading: $reading:expr,)?
    ) => {
        $crate::catalog::builder::item!(@rule $head [$($question),*] $check,
            &$crate::catalog::audit::Audit {
                scope: &[$($($scope),*)?],
                risks: &[$(&$risk),*],
                only_on: &[$($($crate::catalog::audit::OnlyOn {
                    consequence: &$only,
                    questions: &[$(&$on.info),*],
                }),*)?],
            },
            [$(&$pre,)* $($(&$param),*)?], $advice, [$($reading)?])
    };
    (@parts $head:tt [$($pre:expr),*] [$($question:expr),*] ($check:expr)
        audit: $audit:expr,
        $(params: [$($param:expr),* $(,)?],)?
        advice: $advice:expr,
        $(reading: $reading:expr,)?
    ) => {
        $crate::catalog::builder::item!(@rule $head [$($question),*] $check, &$audit,
            [$(&$pre,)* $($(&$param),*)?], $advice, [$($reading)?])
    };
    (@rule
        [$doc:ident, $id:literal, $article:literal, $item:expr, $title:expr, $quote:expr,
         [$($applicant:ident)?], [$($excerpts:expr)?]]
        [$($question:expr),*] $check:expr, $audit:expr,
        [$($param:expr),* $(,)?], $advice:expr, [$($reading:expr)?]
    ) => {
        $crate::catalog::Rule {
            id: $id,
            document: $crate::sources::DocumentId::$doc,
            article: $article,
            item: $item,
            title: $title,
            group: $crate::catalog::Group::Compliance,
            applicant: $crate::catalog::builder::rule!(@applicant $($applicant)?),
            application: Some($crate::facts::ApplicationKind::Designated),
            in_force: None,
            quote: $quote,
            excerpts: $crate::catalog::builder::rule!(@excerpts $($excerpts)?),
            asks: &[$(&$question.info),*],
            check: $check,
            audit: Some($audit),
            advice: $advice,
            params: &[$($param),*],
            reading: $crate::catalog::builder::rule!(@reading $($reading)?),
        }
    };
    // The citation, the quote, then the rest.
    (
        $doc:ident, $id:literal, $article:literal, $item:expr, $title:expr,
        $(applicant: $applicant:ident,)?
        quote: $quote:expr,
        $(excerpts: $excerpts:expr,)?
        $($rest:tt)*
    ) => {
        $crate::catalog::builder::item!(@check
            [$doc, $id, $article, $item, $title, $quote, [$($applicant)?], [$($excerpts)?]]
            $($rest)*)
    };
}

/// A rule of the application phase or a deadline: its group, then as
/// [`item!`] without scope and risks (see the module's documentation).
macro_rules! rule {
    (@applicant) => { $crate::catalog::Applicant::MedicalInstitution };
    (@applicant $applicant:ident) => { $crate::catalog::Applicant::$applicant };
    (@application Any) => { None };
    (@application $kind:ident) => { Some($crate::facts::ApplicationKind::$kind) };
    (@excerpts) => { &[] };
    (@excerpts $excerpts:expr) => { $excerpts };
    (@reading) => { None };
    (@reading $reading:expr) => { Some($reading) };
    (
        $group:ident, $doc:ident, $id:literal, $article:literal, $item:expr, $title:expr,
        application: $application:ident,
        $(applicant: $applicant:ident,)?
        quote: $quote:expr,
        $(excerpts: $excerpts:expr,)?
        material: ($question:expr, $name:expr),
        $($rest:tt)*
    ) => {
        $crate::catalog::builder::rule!(
            $group, $doc, $id, $article, $item, $title,
            application: $application,
            $(applicant: $applicant,)?
            quote: $quote,
            $(excerpts: $excerpts,)?
            asks: [$question],
            check: |ctx| $crate::catalog::checks::material(ctx, &$question, $name),
            $($rest)*
        )
    };
    (
        $group:ident, $doc:ident, $id:literal, $article:literal, $item:expr, $title:expr,
        application: $application:ident,
        $(applicant: $applicant:ident,)?
        quote: $quote:expr,
        $(excerpts: $excerpts:expr,)?
        asks: [$($ask:expr),* $(,)?],
        check: $check:expr,
        $(params: [$($param:expr),* $(,)?],)?
        advice: $advice:expr,
        $(reading: $reading:expr,)?
    ) => {
        $crate::catalog::Rule {
            id: $id,
            document: $crate::sources::DocumentId::$doc,
            article: $article,
            item: $item,
            title: $title,
            group: $crate::catalog::Group::$group,
            applicant: $crate::catalog::builder::rule!(@applicant $($applicant)?),
            application: $crate::catalog::builder::rule!(@application $application),
            in_force: None,
            quote: $quote,
            excerpts: $crate::catalog::builder::rule!(@excerpts $($excerpts)?),
            asks: &[$(&$ask.info),*],
            check: $check,
            audit: None,
            advice: $advice,
            params: &[$($(&$param),*)?],
            reading: $crate::catalog::builder::rule!(@reading $($reading)?),
        }
    };
}

pub(crate) use item;
pub(crate) use rule;
