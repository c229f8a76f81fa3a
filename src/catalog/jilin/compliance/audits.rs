//! Whom each kind of Jilin item concerns and what failing it risks, shared
//! by the items of one article (and their pharmacy twins).

use super::super::risks;
use crate::catalog::audit::{Audit, OnlyOn};
use crate::facts::questions as base;

/// A breach of the agreement with no consequence of its own: 第四十四条.
pub(super) const OBLIGATION: Audit = Audit {
    scope: &[],
    risks: &[&risks::HANDLING],
    only_on: &[],
};

/// Data not uploaded or provided as the rules require: 第四十四条, and
/// 第四十六条（二） where the rules make it due.
pub(super) const DATA_OBLIGATION: Audit = Audit {
    scope: &[],
    risks: &[&risks::HANDLING, &risks::SUSPENSION],
    // 第四十六条（二）「未按规定……提供有关数据」: the uploads, not the
    // insurance code's use.
    only_on: &[OnlyOn {
        consequence: &risks::SUSPENSION,
        questions: &[
            &base::IT_UPLOADS_SETTLEMENT_INFORMATION.info,
            &base::IT_UPLOADS_SETTLEMENT_LISTS.info,
            &base::IT_UPLOADS_TRACEABILITY_CODES.info,
            &base::IT_UPLOADS_INVENTORY.info,
        ],
    }],
};

pub(super) const DATA: Audit = Audit {
    scope: &[],
    risks: &[&risks::SUSPENSION],
    only_on: &[],
};

/// The agency's findings of 第四十六条（一）（三）（四）: 应当中止.
pub(super) const SUSPENSION_GROUND: Audit = DATA;

pub(super) const PRE_CHANGE: Audit = Audit {
    scope: &[],
    risks: &[&risks::REFUSAL_OR_RECOVERY, &risks::HANDLING],
    only_on: &[],
};

pub(super) const STAFF: Audit = Audit {
    scope: &[],
    risks: &[&risks::PERSONNEL_SCORING, &risks::STAFF_SETTLEMENT],
    only_on: &[],
};

pub(super) const PHARMACY_STAFF: Audit = Audit {
    scope: &[],
    risks: &[&risks::PERSONNEL_SCORING],
    only_on: &[],
};

pub(super) const TERMINATION: Audit = Audit {
    scope: &[],
    risks: &[&risks::TERMINATION, &risks::REAPPLICATION_BAR],
    only_on: &[],
};

/// 第四十七条第2款（三）: fraud, terminated once found by the authorities.
pub(super) const FRAUD: Audit = Audit {
    scope: &[],
    risks: &[
        &risks::HANDLING,
        &risks::TERMINATION_FRAUD,
        &risks::REAPPLICATION_BAR,
    ],
    only_on: &[],
};

/// 第四十七条第2款（五）: obstruction, terminated where 情节恶劣.
pub(super) const OBSTRUCTION: Audit = Audit {
    scope: &[],
    risks: &[
        &risks::HANDLING,
        &risks::TERMINATION_OBSTRUCTION,
        &risks::REAPPLICATION_BAR,
    ],
    only_on: &[],
};

/// 第四十七条第3款（八）: the same for retail pharmacies.
pub(super) const PHARMACY_OBSTRUCTION: Audit = Audit {
    scope: &[],
    risks: &[
        &risks::HANDLING,
        &risks::PHARMACY_TERMINATION_OBSTRUCTION,
        &risks::PHARMACY_REAPPLICATION_BAR,
    ],
    only_on: &[],
};

pub(super) const PHARMACY_TERMINATION: Audit = Audit {
    scope: &[],
    risks: &[
        &risks::PHARMACY_TERMINATION,
        &risks::PHARMACY_REAPPLICATION_BAR,
    ],
    only_on: &[],
};

/// 第四十七条第2款（十二）: a termination asked for and agreed to.
pub(super) const AGREED_TERMINATION: Audit = Audit {
    scope: &[],
    risks: &[&risks::TERMINATION, &risks::VOLUNTARY_TERMINATION],
    only_on: &[],
};

/// 第四十七条第3款（十四）: the same for retail pharmacies.
pub(super) const PHARMACY_AGREED_TERMINATION: Audit = Audit {
    scope: &[],
    risks: &[&risks::PHARMACY_TERMINATION, &risks::VOLUNTARY_TERMINATION],
    only_on: &[],
};

/// 第三十八条第2款: licences cancelled and applied for anew.
pub(super) const LICENCES: Audit = Audit {
    scope: &[],
    risks: &[&risks::LICENCES_REAPPLIED],
    only_on: &[],
};

pub(super) const FRAUDULENT_APPLICATION: Audit = Audit {
    scope: &[],
    risks: &[
        &risks::TERMINATION,
        &risks::REAPPLICATION_BAR,
        &risks::FALSIFIED_MATERIALS_BAR,
    ],
    only_on: &[],
};

pub(super) const PHARMACY_FRAUDULENT_APPLICATION: Audit = Audit {
    scope: &[],
    risks: &[
        &risks::PHARMACY_TERMINATION,
        &risks::PHARMACY_REAPPLICATION_BAR,
        &risks::FALSIFIED_MATERIALS_BAR,
    ],
    only_on: &[],
};
