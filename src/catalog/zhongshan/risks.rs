//! What failing a compliance item of the Zhongshan draft risks (rules map
//! §10.0, §10.2): the same handling measures, termination and bars as
//! Guangdong (第三十七条, 第四十二条, 第九条, the draft's own words), and the
//! draft's own order to rectify for 3–6 months (第四十四条第2款). A draft,
//! never in force: shown with the draft preview only (§11 X-32).

use crate::catalog::risk::{Consequence, Damages, Severity};
use crate::sources::DocumentId;

/// 第九条（四）～（七）, as in Guangdong: bars on applying again.
pub static REAPPLICATION_BAR: Consequence = Consequence {
    id: "zs.a9.reapplication-bar",
    document: DocumentId::Zhongshan,
    article: "第九条",
    item: None,
    label: "解除后限期不予受理定点申请（3年/1年/5年）",
    quote: "医疗机构存在下列情形之一的，不予受理定点申请",
    severity: Severity::TerminationAndBar,
    damages: Damages::None,
    note: Some("征求意见稿，与广东第九条同文。按解除原因：因违法违规被解除3年（（五）），因严重违反协议被解除1年（（六））；负责人致原机构被解除5年（（七））。仅“解除”触发（X-49）；起算日推定为解除生效日（X-8）；原因类别须人工确认（§10.1）。"),
};

/// 第三十七条, as in Guangdong: the measures the agreement provides.
/// Ranked "unspecified": the clause lists what an agency *may* do, as the
/// agreement provides, and fixes none of it for the item; a generic
/// possibility must not outrank a consequence the text makes mandatory.
pub static HANDLING: Consequence = Consequence {
    id: "zs.a37.handling",
    document: DocumentId::Zhongshan,
    article: "第三十七条",
    item: None,
    label: "按协议约定处理：约谈、不予拨付、追回、违约金、中止或解除协议",
    quote: "经办机构发现定点医疗机构存在违反协议约定情形的，可按协议约定相应采取以下处理",
    severity: Severity::Unspecified,
    damages: Damages::Unspecified,
    note: Some(
        "征求意见稿，与广东第三十七条同文；未定违约金金额或比例，以实际签订的医保协议约定为准。",
    ),
};

/// 第四十二条: the grounds on which the agency shall terminate.
pub static TERMINATION: Consequence = Consequence {
    id: "zs.a42.termination",
    document: DocumentId::Zhongshan,
    article: "第四十二条",
    item: None,
    label: "应当解除医保协议，解除后费用基金不再结算",
    quote: "协议解除后产生的医药费用，医疗保障基金不再结算",
    severity: Severity::Termination,
    damages: Damages::None,
    note: Some("征求意见稿：解除后报市医疗保障行政部门备案并向社会公布名单；（六）增「办理信息变更备案手续时提供虚假信息、材料」，（九）增「过期失效」，其余各项与广东同。"),
};

/// 第四十四条第2款: the draft's order to rectify for 3–6 months, during
/// which settlement may be suspended.
pub static RECTIFICATION_ORDER: Consequence = Consequence {
    id: "zs.a44.rectification-order",
    document: DocumentId::Zhongshan,
    article: "第四十四条",
    item: Some("第2款"),
    label: "责令整改3-6个月，整改期间可中止基金结算",
    quote: "视其情节轻重，经办机构可责令该机构或其违规科室整改3-6个月，整改期间可中止其医疗保障基金结算",
    severity: Severity::Suspension,
    damages: Damages::None,
    note: Some("征求意见稿（广东无此款）。与应当中止、应当解除的情形重叠：（三）欺诈骗保↔第四十二条（三），（八）不配合↔第四十一条第2款（二）、第四十二条（五），（九）系统给他机构使用↔第四十二条（四），（十二）↔第四十一条第2款（三）；各档后果同时列出，不只看整改（§10.2）。整改期间是否须按本条末款申请恢复，见 X-50(d)。"),
};

/// Every consequence of this document, for the catalog's integrity tests
/// and the rule list.
pub static ALL: &[&Consequence] = &[
    &REAPPLICATION_BAR,
    &HANDLING,
    &TERMINATION,
    &RECTIFICATION_ORDER,
];
