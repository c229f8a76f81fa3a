//! What failing a Guangdong compliance item risks (rules map §10.0, §10.2):
//! the handling measures of 第三十七条, non-payment of 第三十一条, the
//! suspension of 第四十一条第2款, the termination of 第四十二条 (with the
//! conditions of its items （三）（五） where an item carries them), the
//! personnel and department measure of 第四十四条, and the bars on applying
//! again of 第九条. Guangdong fixes no amount of liquidated damages.

use crate::catalog::risk::{Consequence, Damages, Qualifier, Severity, Step};
use crate::sources::DocumentId;

/// 第九条（四）～（七）: a termination bars a new application for years,
/// by its reason.
pub static REAPPLICATION_BAR: Consequence = Consequence {
    id: "gd.a9.reapplication-bar",
    document: DocumentId::Guangdong,
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
    note: Some("只在协议被解除之后，按解除的原因：因违法违规被解除3年，因严重违反协议被解除1年，期满而责任未履行完毕的仍不予受理；属哪一类原因由经办机构认定。中止、到期终止、主动解除不触发。起算日原文未写，推定为解除生效日。负责人因严重违法违规致原机构被解除的，其任职机构另受5年限制（（七））。"),
};

/// 第三十一条: fees found in breach on review are not paid.
pub static NON_PAYMENT: Consequence = Consequence {
    id: "gd.a31.non-payment",
    document: DocumentId::Guangdong,
    article: "第三十一条",
    item: None,
    label: "违规医保费用不予支付",
    quote: "经审查核实违规的医保费用，经办机构不予支付",
    steps: &[Step {
        measure: "经办机构不予支付",
        when: &[Qualifier::fact("经审查核实违规的医保费用")],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: Some("不以协议约定为前提；已支付的，第三十七条（三）另可追回。"),
};

/// 第三十七条: the measures an agency may take on any breach of the
/// agreement, as the agreement provides.
/// Ranked "unspecified": the clause lists what an agency *may* do, as the
/// agreement provides, and fixes none of it for the item; a generic
/// possibility must not outrank a consequence the text makes mandatory.
pub static HANDLING: Consequence = Consequence {
    id: "gd.a37.handling",
    document: DocumentId::Guangdong,
    article: "第三十七条",
    item: None,
    label: "违反协议约定的处理",
    quote: "经办机构发现定点医疗机构存在违反协议约定情形的，可按协议约定相应采取以下处理",
    steps: &[
        Step {
            measure: "可按协议约定相应采取以下处理",
            when: &[Qualifier::discretion("可")],
            severity: Severity::Unspecified,
            damages: Damages::Unspecified,
        },
    ],
    note: Some("广东办法未定违约金金额或比例：本条所列处理（约谈、暂停或不予拨付费用、追回、违约金、中止人员或科室、中止或解除医保协议）是否采用、金额多少，以实际签订的医保协议约定为准。"),
};

/// 第四十一条第2款: the grounds on which the agency shall suspend.
pub static SUSPENSION: Consequence = Consequence {
    id: "gd.a41.suspension",
    document: DocumentId::Guangdong,
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
    note: Some("（二）数据未提供或不真实由机构自查；（一）日常检查、绩效考核发现重大风险，（三）协议约定，（四）法律法规兜底，由经办机构认定，以是否已被告知自查。中止期结束超过协议有效期的，协议自动终止（第四十一条第1款）。协议期内累计2次被中止即属第四十二条（一）应当解除。"),
};

/// 第四十二条: the grounds on which the agency shall terminate.
pub static TERMINATION: Consequence = Consequence {
    id: "gd.a42.termination",
    document: DocumentId::Guangdong,
    article: "第四十二条",
    item: None,
    label: "应当解除医保协议",
    quote: "定点医疗机构有以下情形之一的，经办机构应当解除医保协议，并向社会公布解除医保协议的医疗机构名单",
    steps: &[
        Step {
            measure: "经办机构应当解除医保协议，并向社会公布解除医保协议的医疗机构名单",
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
    note: Some("其他统筹区的协议同时解除（第四十三条第2款），处理适用全省（第四十九条）。（八）执法发现重大违法违规、（十三）协议约定、（十四）法律法规兜底由部门认定，以是否已被告知自查；（十二）主动提出解除且经办机构同意的，协议也按本条解除，但不是违约，不带第九条的回看期。"),
};

/// 第四十二条（三）: termination once fraud is established.
pub static TERMINATION_FRAUD: Consequence = Consequence {
    id: "gd.a42.fraud-termination",
    document: DocumentId::Guangdong,
    article: "第四十二条",
    item: Some("（三）"),
    label: "查实有欺诈骗保行为的应当解除",
    quote: "经医疗保障部门和其他有关部门查实有欺诈骗保行为的",
    steps: &[
        Step {
            measure: "经办机构应当解除医保协议",
            when: &[Qualifier::fact("经医疗保障部门和其他有关部门查实有欺诈骗保行为的")],
            severity: Severity::Termination,
            damages: Damages::None,
        },
    ],
    note: Some("本项行为本身不必然构成欺诈骗保：只有经医疗保障部门和其他有关部门查实有欺诈骗保行为的，才属第四十二条（三）应当解除；未查实的，按第三十七条的协议约定处理。"),
};

/// 第四十二条（五）: termination for obstruction, if grave.
pub static TERMINATION_OBSTRUCTION: Consequence = Consequence {
    id: "gd.a42.obstruction-termination",
    document: DocumentId::Guangdong,
    article: "第四十二条",
    item: Some("（五）"),
    label: "拒绝、阻挠或不配合检查且情节恶劣的应当解除",
    quote: "拒绝、阻挠或不配合医疗保障部门开展智能审核、绩效考核、服务评价、监督检查且情节恶劣的",
    steps: &[
        Step {
            measure: "经办机构应当解除医保协议",
            when: &[Qualifier::judged("情节恶劣的")],
            severity: Severity::Termination,
            damages: Damages::None,
        },
    ],
    note: Some("只在「情节恶劣」时应当解除；是否情节恶劣由医疗保障部门认定，未达此程度的按第三十七条的协议约定处理。"),
};

/// 第四十四条: measures against the persons or departments in breach.
pub static PERSONNEL: Consequence = Consequence {
    id: "gd.a44.personnel",
    document: DocumentId::Guangdong,
    article: "第四十四条",
    item: None,
    label: "对违规人员、科室中止或终止医保结算",
    quote: "经办机构可以对该人员、科室（部门）中止或终止医保结算",
    steps: &[Step {
        measure: "经办机构可以对该人员、科室（部门）中止或终止医保结算",
        when: &[Qualifier::discretion("可以")],
        severity: Severity::Suspension,
        damages: Damages::None,
    }],
    note: Some(
        "违规由部分人员、科室（部门）造成时适用，可与对机构的处理并用；另见第三十七条（五）。",
    ),
};

/// Every consequence of this document, for the catalog's integrity tests
/// and the rule list.
pub static ALL: &[&Consequence] = &[
    &REAPPLICATION_BAR,
    &NON_PAYMENT,
    &HANDLING,
    &SUSPENSION,
    &TERMINATION,
    &TERMINATION_FRAUD,
    &TERMINATION_OBSTRUCTION,
    &PERSONNEL,
];
