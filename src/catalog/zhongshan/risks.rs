//! What failing a compliance item of the Zhongshan draft risks (rules map
//! §10.0, §10.2): the same handling measures, termination and bars as
//! Guangdong (第三十七条, 第四十二条, 第九条, the draft's own words), and the
//! draft's own order to rectify for 3–6 months (第四十四条第2款). A draft,
//! never in force: shown with the draft preview only (§11 X-32).

use crate::catalog::risk::{Consequence, Damages, Qualifier, Severity, Step};
use crate::sources::DocumentId;

/// 第九条（四）～（七）, as in Guangdong: bars on applying again.
pub static REAPPLICATION_BAR: Consequence = Consequence {
    id: "zs.a9.reapplication-bar",
    document: DocumentId::Zhongshan,
    article: "第九条",
    item: None,
    label: "解除后限期不予受理定点申请",
    quote: "医疗机构存在下列情形之一的，不予受理定点申请",
    steps: &[
        Step {
            measure: "不予受理定点申请",
            when: &[Qualifier::judged("因违法违规被解除协议未满3年或已满3年但未完全履行行政处罚责任的")],
            severity: Severity::TerminationAndBar,
            damages: Damages::None,
        },
        Step {
            measure: "不予受理定点申请",
            when: &[Qualifier::judged("因严重违反医保协议约定而被解除协议未满1年或已满1年但未完全履行违约责任的")],
            severity: Severity::TerminationAndBar,
            damages: Damages::None,
        },
    ],
    note: Some("征求意见稿，与广东第九条同文。只在协议被解除之后，按解除的原因：因违法违规被解除3年，因严重违反协议被解除1年；属哪一类原因由经办机构认定；起算日推定为解除生效日。"),
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
    label: "违反协议约定的处理",
    quote: "经办机构发现定点医疗机构存在违反协议约定情形的，可按协议约定相应采取以下处理",
    steps: &[Step {
        measure: "可按协议约定相应采取以下处理",
        when: &[Qualifier::discretion("可")],
        severity: Severity::Unspecified,
        damages: Damages::Unspecified,
    }],
    note: Some("征求意见稿：本条所列处理是否采用、违约金多少，以实际签订的医保协议约定为准。"),
};

/// 第四十二条: the grounds on which the agency shall terminate.
pub static TERMINATION: Consequence = Consequence {
    id: "zs.a42.termination",
    document: DocumentId::Zhongshan,
    article: "第四十二条",
    item: None,
    label: "应当解除医保协议",
    quote: "定点医疗机构有以下情形之一的，经办机构应当解除医保协议，报市医疗保障行政部门备案并向社会公布解除医保协议的医疗机构名单",
    steps: &[
        Step {
            measure: "经办机构应当解除医保协议，报市医疗保障行政部门备案并向社会公布解除医保协议的医疗机构名单",
            when: &[],
            severity: Severity::Termination,
            damages: Damages::None,
        },
        Step {
            measure: "协议解除后产生的医药费用，医疗保障基金不再结算",
            when: &[],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
    ],
    note: Some("征求意见稿：（六）增「办理信息变更备案手续时提供虚假信息、材料」，（九）增「过期失效」。"),
};

/// 第四十一条第2款: the grounds on which the agency shall suspend, in the
/// draft's words (the same as Guangdong's).
pub static SUSPENSION: Consequence = Consequence {
    id: "zs.a41.suspension",
    document: DocumentId::Zhongshan,
    article: "第四十一条",
    item: Some("第2款"),
    label: "应当中止医保协议",
    quote: "定点医疗机构有下列情形之一的，经办机构应当中止医保协议",
    steps: &[
        Step {
            measure: "经办机构应当中止医保协议",
            when: &[],
            severity: Severity::Suspension,
            damages: Damages::None,
        },
        Step {
            measure: "中止期间发生的医保费用不予结算",
            when: &[],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
    ],
    note: Some("征求意见稿，与广东第四十一条同文。被中止的，在中止期满前10个工作日内提交继续履行协议申请及整改报告，逾期不申请或验收不合格的，终止医保协议（第四十四条末款）。"),
};

/// 第四十四条第2款: the draft's order to rectify for 3–6 months, during
/// which settlement may be suspended.
pub static RECTIFICATION_ORDER: Consequence = Consequence {
    id: "zs.a44.rectification-order",
    document: DocumentId::Zhongshan,
    article: "第四十四条",
    item: Some("第2款"),
    label: "责令整改并可中止基金结算",
    quote: "视其情节轻重，经办机构可责令该机构或其违规科室整改3-6个月，整改期间可中止其医疗保障基金结算",
    steps: &[
        Step {
            measure: "经办机构可责令该机构或其违规科室整改3-6个月",
            when: &[Qualifier::discretion("视其情节轻重")],
            severity: Severity::Rectification,
            damages: Damages::None,
        },
        Step {
            measure: "整改期间可中止其医疗保障基金结算",
            when: &[Qualifier::discretion("可")],
            severity: Severity::Suspension,
            damages: Damages::None,
        },
    ],
    note: Some("征求意见稿（广东无此款）。与应当中止、应当解除的情形重叠：（三）欺诈骗保与第四十二条（三），（八）不配合与第四十一条第2款（二）、第四十二条（五），（九）医保信息系统给他机构使用与第四十二条（四）相近，（十二）协议约定应当中止与第四十一条第2款（三）同一情形：各档后果一并列出。"),
};

/// Every consequence of this document, for the catalog's integrity tests
/// and the rule list.
pub static ALL: &[&Consequence] = &[
    &REAPPLICATION_BAR,
    &HANDLING,
    &TERMINATION,
    &SUSPENSION,
    &RECTIFICATION_ORDER,
];
