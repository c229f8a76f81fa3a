//! The catalog: every rule, grouped by the source document it comes from.
//!
//! Each rule keeps its citation, verbatim quote, applicability, check and
//! advice together (see [`Rule`]). The page's questionnaire, the CLI's rule
//! list and the README's rule table are generated from here.

pub mod audit;
pub(crate) mod builder;
pub mod checks;
mod guangdong;
mod jiangsu;
mod jilin;
mod nantong;
pub mod params;
pub mod readings;
pub mod registry;
pub mod risk;
mod rule;
pub mod template;
pub mod timing;
mod zhongshan;

#[cfg(test)]
mod logic_tests;
#[cfg(test)]
mod risk_tests;
#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;

pub use rule::{Applicant, Ctx, Excerpt, Group, Missing, Rule, Verdict};

#[cfg(test)]
use crate::sources::DocumentId;

/// The version of the catalog: changes whenever a rule, quote or threshold
/// changes, so that a report can be reproduced with the catalog it names.
pub const CATALOG_VERSION: &str = "2026.12.06.19";

/// A fingerprint of the rules' source code (checks, questions, texts),
/// made by build.rs: checks are code, so it enters every `rules_hash`, and
/// tests/changelog.rs holds it against the catalog version.
pub const CATALOG_SOURCE: &str = env!("DINGDIAN_CATALOG_SOURCE");

/// `items` in a build with the compliance self-audit (feature `audit`),
/// nothing in one without: then the items, their questions and their
/// strings are not in the module at all.
pub(crate) const fn audit_only<T>(items: &'static [T]) -> &'static [T] {
    if cfg!(feature = "audit") {
        items
    } else {
        &[]
    }
}

/// Every consequence of the catalog, by version and document order.
pub fn consequences() -> impl Iterator<Item = &'static risk::Consequence> {
    registry::versions()
        .flat_map(|v| v.consequences.iter())
        .flat_map(|list| list.iter().copied())
}

/// Whether this build has the compliance self-audit.
pub const HAS_AUDIT: bool = cfg!(feature = "audit");

/// Every rule of the catalog, in catalog order (by version, then family).
pub fn rules() -> impl Iterator<Item = &'static Rule> {
    registry::versions().flat_map(|v| v.rules())
}

/// Each family of rules with the document its version encodes.
#[cfg(test)]
fn families() -> impl Iterator<Item = (DocumentId, &'static [Rule])> {
    registry::versions().flat_map(|v| v.families.iter().map(move |f| (v.document, *f)))
}

/// A fingerprint of the rules a report applied: FNV-1a (64 bits) over the
/// catalog version and each rule's id, citation, quotes, applicability,
/// questions, advice and reading. With the catalog version it identifies
/// the rule set a result came from, so that an agency can reproduce it; it
/// is an identifier, not a security measure (checks are code: a change of a
/// check bumps [`CATALOG_VERSION`]).
pub fn fingerprint<'a>(rules: impl IntoIterator<Item = &'a Rule>) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut hash = OFFSET;
    let mut feed = |text: &str| {
        for byte in text.bytes().chain([0x1f]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(PRIME);
        }
    };
    feed(CATALOG_VERSION);
    feed(CATALOG_SOURCE);
    for rule in rules {
        feed(rule.id);
        feed(rule.document.code());
        feed(rule.article);
        feed(rule.item.unwrap_or(""));
        feed(rule.title);
        // As `{:?}` writes the four (the hash is defined on that text),
        // spelt out so that the `Option` and tuple `Debug` builders stay out
        // of the wasm module.
        let some =
            |inner: Option<String>| inner.map_or("None".to_string(), |i| format!("Some({i})"));
        let application = some(rule.application.map(|a| format!("{a:?}")));
        let in_force =
            some(rule.in_force.map(|(from, until)| {
                format!("({from:?}, {})", some(until.map(|u| format!("{u:?}"))))
            }));
        feed(&format!(
            "{:?}/{:?}/{application}/{in_force}",
            rule.group, rule.applicant
        ));
        feed(rule.quote);
        for excerpt in rule.excerpts {
            feed(excerpt.item.unwrap_or(""));
            feed(excerpt.quote);
        }
        for question in rule.asks {
            feed(question.id);
        }
        feed(rule.advice);
        feed(rule.reading.unwrap_or(""));
    }
    format!("fnv1a64:{hash:016x}")
}

/// The rule with the given id, if any.
pub fn rule(id: &str) -> Option<&'static Rule> {
    rules().find(|r| r.id == id)
}
