//! What failing a Jiangsu compliance item risks (rules map §10.1): the
//! handling measures of 第三十二条, the three grades of 第四十二～四十四条
//! and the general terms they share.

use crate::catalog::risk::{Consequence, Damages, Severity};
use crate::sources::DocumentId;

/// 第三十二条: the measures an agency may take on any breach of the
/// agreement, as the agreement provides; the item itself names none.
pub static HANDLING: Consequence = Consequence {
    id: "js.a32.handling",
    document: DocumentId::Jiangsu,
    article: "第三十二条",
    item: None,
    label: "按协议约定处理：约谈、暂停或不予拨付、追回、违约金、中止人员或部门、中止或解除协议",
    quote: "经办机构发现定点医疗机构存在违反协议约定情形的，可以按照协议约定相应采取以下处理方式",
    severity: Severity::Termination,
    damages: Damages::Unspecified,
    note: Some("细则未把本项列入第四十二～四十四条的违约情形；处理方式和违约金以实际签订的医保协议约定为准。"),
};

/// Every consequence of this document, for the catalog's integrity tests
/// and the rule list.
pub static ALL: &[&Consequence] = &[&HANDLING];
