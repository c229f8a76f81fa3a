//! The catalog: every rule, grouped by the source document it comes from.
//!
//! Each rule keeps its citation, verbatim quote, applicability, check and
//! advice together (see [`Rule`]). The page's questionnaire, the CLI's rule
//! list and the README's rule table are generated from here.

pub mod checks;
mod guangdong;
mod jiangsu;
mod jilin;
mod nantong;
mod rule;
pub mod timing;
mod zhongshan;

#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;

pub use rule::{Applicant, Ctx, Excerpt, Group, Missing, Rule, Verdict};

use crate::sources::DocumentId;

/// The version of the catalog: changes whenever a rule, quote or threshold
/// changes, so that a report can be reproduced with the catalog it names.
pub const CATALOG_VERSION: &str = "2026.11.23";

/// The rules of each document, by family (application conditions first,
/// then the “互联网+” agreement, materials, retail pharmacies, deadlines), in document
/// order; within a family, in the order of the articles.
static FAMILIES: [(DocumentId, &[Rule]); 17] = [
    (DocumentId::Jiangsu, jiangsu::RULES),
    (DocumentId::Jiangsu, jiangsu::internet::RULES),
    (DocumentId::Jiangsu, jiangsu::deadlines::RULES),
    (DocumentId::Zhongshan, zhongshan::RULES),
    (DocumentId::Zhongshan, zhongshan::internet::RULES),
    (DocumentId::Zhongshan, zhongshan::materials::RULES),
    (DocumentId::Zhongshan, zhongshan::deadlines::RULES),
    (DocumentId::Guangdong, guangdong::RULES),
    (DocumentId::Guangdong, guangdong::internet::RULES),
    (DocumentId::Guangdong, guangdong::materials::RULES),
    (DocumentId::Guangdong, guangdong::deadlines::RULES),
    (DocumentId::Jilin, jilin::RULES),
    (DocumentId::Jilin, jilin::internet::RULES),
    (DocumentId::Jilin, jilin::materials::RULES),
    (DocumentId::Jilin, jilin::pharmacy::RULES),
    (DocumentId::Jilin, jilin::deadlines::RULES),
    (DocumentId::Nantong, nantong::deadlines::RULES),
];

/// Every rule of the catalog, in catalog order.
pub fn rules() -> impl Iterator<Item = &'static Rule> {
    FAMILIES.iter().flat_map(|(_, rules)| rules.iter())
}

/// Each family of rules with the document it belongs to.
#[cfg(test)]
fn families() -> impl Iterator<Item = (DocumentId, &'static [Rule])> {
    FAMILIES.iter().copied()
}

/// The rule with the given id, if any.
pub fn rule(id: &str) -> Option<&'static Rule> {
    rules().find(|r| r.id == id)
}
