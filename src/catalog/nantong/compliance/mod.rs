//! The Nantong agreement's obligations and thresholds (rules map §9.4,
//! rows NT-00a … NT-68): what a designated Nantong institution keeps under
//! the template agreement, each item naming what failing it risks
//! (`risks.rs`, and `consequences.rs` for those only one article carries).
//! The violation lists of 第六十二条、第六十五条 are in `violations/`.
//!
//! The items are in four files by the agreement's chapters, each a family of
//! the registry row in this order: `general.rs` (第一章), `services.rs`
//! (第二章), `charges.rs` (第三～五章), `systems.rs` (第六～八章); their
//! thresholds are in `params.rs`, their longer checks in `helpers.rs`.
//!
//! One rule per row of the map, split where a row holds a threshold (each
//! threshold is its own rule, so that its boundary is tested) or concerns
//! different institutions with different consequences. Where a row's parts
//! concern different institutions (e.g. 第十六条第1款: 住院病历 only with
//! inpatient service) the part outside the institution's scope is not
//! applicable and the rest is judged.
//!
//! A fact is asked once: where an item asks what a Jiangsu question or a
//! question of the violation lists (第六十二、六十五条, `nantong_violations`)
//! already asks, the rule reads that question (e.g. 第十一条 reads
//! 「拒绝、阻挠或不配合……监督检查」, 第十五条第3款 the 代配药登记 violation).
//!
//! Where the map and the seed differ, the seed is followed:
//! - NT-17 (第十六条第4款) lists 生育登记资料 「保存10年」: read as at least
//!   10 years (the seed fixes the period; keeping longer is not a breach).
//! - NT-22 (第十八条第1款) is written for 「乙方（定点医院、社区卫生服务中心）」;
//!   the map tags it 「定点医院、社区卫生服务中心」 without inpatient service.
//!   The duties (出入院、收治标准、加床率、不在床率) concern inpatients, so
//!   the items are scoped to institutions with inpatient service.
//! - NT-49: 第四十二条 is in T64a whole; its 第5款 also in T64b — both named.

pub mod charges;
mod consequences;
pub mod general;
mod helpers;
mod params;
pub mod services;
pub mod systems;

#[cfg(test)]
use crate::catalog::rule::Rule;

pub use consequences::RISKS;

/// The agreement's document id, for the consequences and parameters.
const NT: crate::sources::DocumentId = crate::sources::DocumentId::Nantong;

/// 第六十三、六十四条 cite 「八条第二款」「十条第一款第二款第三款」 (X-20(c)).
const ITEM_AS_PARAGRAPH: &str = "第六十三、六十四条所称第八条、第十条的“第N款”，两条均以（一）（二）……分项，按第（N）项理解⟦X-20⟧。";

/// 第五十九条 (X-20 (a), (b)).
const VIDEO_READING: &str = "按“是否应实施视频管理”判断适用；第五十九条标题列社区卫生服务中心、第七十五条第6款未列，中心未落实的判“需复核”⟦X-20⟧。第六十四条写“第六十条”，按第五十九条适用⟦X-20⟧。";

/// 第十九条: 照护病区 cannot be told from the answers.
const NURSING_READING: &str = "本条适用于护理院和照护病区，工具无法识别照护病区，按护理院适用，设有照护病区的机构请自行对照；统计期间原文未定义，建议按季度⟦X-23⟧。未列入违约责任条款⟦X-21⟧。";

/// The items in the agreement's order, a part a group of chapters; the
/// registry row lists the parts in this order (`nantong::FAMILIES`).
#[cfg(test)]
pub(crate) fn rules() -> impl Iterator<Item = &'static Rule> {
    [
        general::RULES,
        services::RULES,
        charges::RULES,
        systems::RULES,
    ]
    .into_iter()
    .flatten()
}

#[cfg(test)]
pub(crate) mod tests;
