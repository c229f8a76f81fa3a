//! 南通市基本医疗保险定点医疗机构服务协议（试行） (NT): an agreement
//! template. Its terms bind a Nantong institution once signed, as signed;
//! applying for designation in Nantong follows the Jiangsu rules (rules map
//! §0.1, §11 X-19). Reports for Nantong show its terms beside Jiangsu's.

pub mod application;
pub mod compliance;
pub mod deadlines;
mod periods;
pub mod risks;
pub mod violations;

/// This version's rules by family (application conditions first, then the
/// “互联网+” agreement, materials, retail pharmacies, the compliance
/// self-audit, deadlines), for its row of the registry (`catalog::registry`).
pub static FAMILIES: &[&[crate::catalog::Rule]] = &[
    application::RULES,
    crate::catalog::audit_only(compliance::general::RULES),
    crate::catalog::audit_only(compliance::services::RULES),
    crate::catalog::audit_only(compliance::charges::RULES),
    crate::catalog::audit_only(compliance::systems::RULES),
    crate::catalog::audit_only(violations::RULES),
    deadlines::RULES,
];

/// The consequences its compliance items reference.
pub static CONSEQUENCES: &[&[&crate::catalog::risk::Consequence]] = &[
    crate::catalog::audit_only(risks::ALL),
    crate::catalog::audit_only(compliance::RISKS),
    crate::catalog::audit_only(violations::RISKS),
];

/// Every table of cases of this version's rules.
#[cfg(test)]
pub(crate) static CASES: &[&[crate::catalog::testing::Case]] = &[
    application::tests::CASES,
    compliance::tests::CASES,
    violations::tests::CASES,
    deadlines::tests::CASES,
];
