//! 中山市医疗机构医疗保障定点管理暂行办法（征求意见稿） (ZS): a draft, its
//! date of entry into force blank (第五十五条), so never in force. Reports for
//! Zhongshan decide under Guangdong's measures and show these rules beside
//! them as a draft preview, not counted (rules map §1.3, §11 X-32).
//!
//! Only where the draft's words differ from Guangdong's is a rule written
//! here; for every Guangdong finding in a Zhongshan report the engine notes
//! whether the draft has the same words. Within 第五、六、九、十二条 the
//! draft differs from Guangdong only in:
//! - 第十二条: re-assessment after a first failure「根据医疗机构申请」
//!   (encoded below);
//! - 第五条第2款「由经办机构」for「由统筹地区经办机构」, and 第十二条's
//!   filing with「市」for「同级」医疗保障行政部门 and「并向社会公布」after
//!   the list is drawn up: the agency's duties, not conditions on the
//!   applicant, so not encoded.
//!
//! Elsewhere in this folder: internet.rs (第七条 报备), materials.rs
//! (第八条, 第三十九条), deadlines.rs (第十三条 1个月内签约, 第三十九条).

pub mod compliance;
pub mod deadlines;
pub mod internet;
pub mod risks;

pub mod materials;
mod periods;

use crate::catalog::builder::rule;
use crate::catalog::checks::{self, Reassessment};
use crate::catalog::rule::Rule;
use crate::facts::questions as q;

pub static RULES: &[Rule] = &[
    rule!(Refusal, Zhongshan, "zs.a12.reassessment-on-request", "第十二条", None, "首次评估不合格，整改{}后可申请再次评估",
        application: NewDesignation,
        quote: "自评估结果告知送达之日起，整改3个月后可根据医疗机构申请再次组织评估",
        asks: [q::ASSESSMENT, q::ASSESSMENT_FAILURE_NOTIFIED_ON],
        check: |ctx| checks::after_first_failure(ctx, Reassessment::OnRequest, ctx.span(&periods::REASSESSMENT)),
        params: [periods::REASSESSMENT],
        advice: "按评估时提出的整改建议整改；自结果告知送达之日起满{}后，向经办机构提出再次评估的申请。征求意见稿生效前，仍按广东第十二条由经办机构再次组织评估。",
        reading: "征求意见稿改为「根据医疗机构申请再次组织评估」（广东为经办机构「再次组织评估」）：满3个月后由机构申请再评，是再评申请而不是新的定点申请。3个月按《民法典》第二百零一条计算，送达当日不计入，恰逢届满当日判为需人工复核⟦X-12⟧。本稿未生效，仅作预检⟦X-32⟧。",
    ),
];

/// This version's rules by family (application conditions first, then the
/// “互联网+” agreement, materials, retail pharmacies, the compliance
/// self-audit, deadlines), for its row of the registry (`catalog::registry`).
pub static FAMILIES: &[&[crate::catalog::Rule]] = &[
    RULES,
    internet::RULES,
    materials::RULES,
    crate::catalog::audit_only(compliance::RULES),
    deadlines::RULES,
];

/// The consequences its compliance items reference.
pub static CONSEQUENCES: &[&[&crate::catalog::risk::Consequence]] =
    &[crate::catalog::audit_only(risks::ALL)];

/// Every table of cases of this version's rules.
#[cfg(test)]
pub(crate) static CASES: &[&[crate::catalog::testing::Case]] = &[
    tests::CASES,
    internet::tests::CASES,
    materials::tests::CASES,
    compliance::tests::CASES,
    deadlines::tests::CASES,
];

#[cfg(test)]
pub(crate) mod tests;
