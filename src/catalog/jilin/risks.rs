//! What failing a Jilin compliance item risks (rules map §10.0, §10.3,
//! §10.4): the general handling of 第四十四条, the suspensions of 第四十六条,
//! the two termination lists of 第四十七条 (medical institutions, retail
//! pharmacies), the measures on persons and departments of 第五十一、五十二条,
//! the refusal or recovery of 第三十八条, and the bars on applying again
//! (第十七条, 第二十一条, 第二十九条).
//!
//! JL fixes no liquidated damages (§10.0): 第四十七条第4款 mentions 违约金
//! and 质量保证金 only when an institution under investigation asks to
//! terminate; amounts are as the agreement provides.
//!
//! 第三十八条第2款 (licences cancelled and applied for anew) and 第四十七条
//! 第4款 (a termination the institution asks for) end or review the
//! agreement without a breach; they are consequences of the items that ask
//! about those events.
//!
//! Not consequences here: 第四十九条 (notice and 7 days to state a defence,
//! a deadline in deadlines/), 第五十条第2款 (the institution's public
//! notice, an item of compliance/), 第四十条 (performance appraisal tied to
//! settlement, deposit refund and renewal).

use crate::catalog::risk::{Consequence, Damages, Qualifier, Severity, Step};
use crate::sources::DocumentId;

/// 第四十四条: the general clause for any breach of the agreement.
pub static HANDLING: Consequence = Consequence {
    id: "jl.a44.handling",
    document: DocumentId::Jilin,
    article: "第四十四条",
    item: None,
    label: "督促履行医保协议",
    quote: "定点医药机构违反医保协议的，医保经办机构可以督促其履行医保协议，按照规定进行处理",
    steps: &[
        Step {
            measure: "医保经办机构可以督促其履行医保协议，按照规定进行处理",
            when: &[Qualifier::discretion("可以")],
            severity: Severity::Rectification,
            damages: Damages::Unspecified,
        },
    ],
    note: Some("规程未列处理方式，也未规定违约金金额或比例：具体处理以医保协议约定为准。作出处理决定前，经办机构应告知事实、依据，机构可在告知后7日内陈述申辩（第四十九条）。"),
};

/// 第四十六条: the cases in which the agency must suspend the agreement.
pub static SUSPENSION: Consequence = Consequence {
    id: "jl.a46.suspension",
    document: DocumentId::Jilin,
    article: "第四十六条",
    item: None,
    label: "应当中止医保协议",
    quote: "中止期间发生的医保费用不予结算。定点医药机构有下列情形之一的，医保经办机构应当中止协议",
    steps: &[
        Step {
            measure: "医保经办机构应当中止协议",
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
    note: Some("因违法违规违约被中止的，「原则上中止协议时间不超过1年」；中止期满经办机构验收，不合格的解除医保协议。所在统筹区中止的，其他统筹区的协议同时中止（第四十八条第2款）。协议有效期内累计2次及以上被中止的，应当解除（第四十七条（一））。（一）日常检查发现重大风险、（三）协议约定、（四）法律法规兜底由医保经办机构认定，以是否已被告知自查。"),
};

/// 第四十七条第2款: the 14 cases in which the agency must terminate a
/// medical institution's agreement.
pub static TERMINATION: Consequence = Consequence {
    id: "jl.a47.termination",
    document: DocumentId::Jilin,
    article: "第四十七条",
    item: Some("第2款"),
    label: "应当解除医保协议（定点医疗机构）",
    quote: "定点医疗机构有以下情形之一的，医保经办机构应当解除医保协议",
    steps: &[
        Step {
            measure: "医保经办机构应当解除医保协议",
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
    note: Some(
        "其他统筹区的协议同时解除（第四十八条第2款）。再次申请受第十七条回看期限制，按解除原因。",
    ),
};

/// 第四十七条第3款: the 16 cases in which the agency must terminate a retail
/// pharmacy's agreement.
pub static PHARMACY_TERMINATION: Consequence = Consequence {
    id: "jl.a47.pharmacy-termination",
    document: DocumentId::Jilin,
    article: "第四十七条",
    item: Some("第3款"),
    label: "应当解除医保协议（定点零售药店）",
    quote: "定点零售药店有下列情形之一的，医保经办机构应当解除医保协议",
    steps: &[
        Step {
            measure: "医保经办机构应当解除医保协议",
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
    note: Some(
        "其他统筹区的协议同时解除（第四十八条第2款）。再次申请受第二十一条回看期限制，按解除原因。",
    ),
};

/// 第三十八条第1款: the new operator cannot produce the settlement data of
/// before the change.
pub static REFUSAL_OR_RECOVERY: Consequence = Consequence {
    id: "jl.a38.refusal-or-recovery",
    document: DocumentId::Jilin,
    article: "第三十八条",
    item: Some("第1款"),
    label: "拒付或追回相关费用",
    quote: "变更后的经营主体不能提供变更前与医疗保障基金结算有关的数据、资料的，医保经办机构可拒付或追回相关费用",
    steps: &[
        Step {
            measure: "医保经办机构可拒付或追回相关费用",
            when: &[Qualifier::discretion("可")],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
    ],
    note: Some("变更后的经营主体「继续履约并承继违约责任」：变更前的违约也由其承担。"),
};

/// 第五十一条: a medical institution's persons or departments in breach.
pub static STAFF_SETTLEMENT: Consequence = Consequence {
    id: "jl.a51.staff-settlement",
    document: DocumentId::Jilin,
    article: "第五十一条",
    item: None,
    label: "对违规人员、科室中止或终止医保结算",
    quote: "定点医疗机构的部分人员、科室有违反医保协议或医疗保障法规政策的，医保经办机构可以对该人员、科室中止或终止医保结算",
    steps: &[
        Step {
            measure: "医保经办机构可以对该人员、科室中止或终止医保结算",
            when: &[Qualifier::discretion("可以")],
            severity: Severity::Suspension,
            damages: Damages::None,
        },
    ],
    note: Some("只对定点医疗机构。措施针对人员、科室，不是机构的协议；作出处理时经办机构须报告同级医疗保障行政部门（第五十三条）。"),
};

/// 第五十二条: the persons responsible are scored under the payment
/// qualification rules.
pub static PERSONNEL_SCORING: Consequence = Consequence {
    id: "jl.a52.personnel-scoring",
    document: DocumentId::Jilin,
    article: "第五十二条",
    item: None,
    label: "责任人员记分",
    quote: "按照医保支付资格管理要求进行记分，当记分达到一定分值，暂停或终止相关责任人员医保支付资格和费用结算",
    steps: &[
        Step {
            measure: "按照医保支付资格管理要求进行记分",
            when: &[],
            severity: Severity::Rectification,
            damages: Damages::None,
        },
        Step {
            measure: "暂停或终止相关责任人员医保支付资格和费用结算",
            when: &[Qualifier::fact("当记分达到一定分值")],
            severity: Severity::Suspension,
            damages: Damages::None,
        },
    ],
    note: Some("分值规程未规定，按医保支付资格管理的有关规定执行。措施针对相关责任人员（含零售药店人员），不是机构的协议。"),
};

/// 第十七条: a medical institution whose agreement was terminated may not
/// apply again for a time that depends on the reason.
pub static REAPPLICATION_BAR: Consequence = Consequence {
    id: "jl.a17.reapplication-bar",
    document: DocumentId::Jilin,
    article: "第十七条",
    item: Some("（五）"),
    label: "解除后限期不予受理定点申请（医疗机构）",
    quote: "因违法违规被解除协议未满3年或已满3年但未完全履行行政处罚法律责任的",
    steps: &[
        Step {
            measure: "不予受理定点申请",
            when: &[Qualifier::judged("因违法违规被解除协议未满3年或已满3年但未完全履行行政处罚法律责任的")],
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
    note: Some("只在协议被解除之后，按解除的原因：因违法违规被解除3年，因严重违反协议约定被解除1年，期满而责任未履行完毕的仍不予受理；属哪一类原因由经办机构认定。起算日原文未写，推定为解除生效日。"),
};

/// 第二十一条: the same bars for a retail pharmacy.
pub static PHARMACY_REAPPLICATION_BAR: Consequence = Consequence {
    id: "jl.a21.pharmacy-reapplication-bar",
    document: DocumentId::Jilin,
    article: "第二十一条",
    item: Some("（三）"),
    label: "解除后限期不予受理定点申请（零售药店）",
    quote: "因违法违规被解除医保协议未满3年或已满3年但未完全履行行政处罚法律责任的",
    steps: &[
        Step {
            measure: "不予受理定点申请",
            when: &[Qualifier::judged("因违法违规被解除医保协议未满3年或已满3年但未完全履行行政处罚法律责任的")],
            severity: Severity::TerminationAndBar,
            damages: Damages::None,
        },
        Step {
            measure: "不予受理定点申请",
            when: &[Qualifier::judged("因严重违反医保协议约定而被解除医保协议未满1年或已满1年但未完全履行违约责任的")],
            severity: Severity::TerminationAndBar,
            damages: Damages::None,
        },
    ],
    note: Some("只在协议被解除之后，按解除的原因：因违法违规被解除3年，因严重违反协议约定被解除1年；属哪一类原因由经办机构认定。起算日原文未写，推定为解除生效日。"),
};

/// 第二十九条: falsified application or assessment materials bar a new
/// application for 3 years.
pub static FALSIFIED_MATERIALS_BAR: Consequence = Consequence {
    id: "jl.a29.falsified-materials-bar",
    document: DocumentId::Jilin,
    article: "第二十九条",
    item: None,
    label: "虚构、篡改材料的3年内不再受理",
    quote: "评估时发现医药机构采取虚构、篡改等不正当手段报送申请材料或评估材料的，医保经办机构应当留存证据，3年内不再受理该医药机构的定点申请",
    steps: &[
        Step {
            measure: "3年内不再受理该医药机构的定点申请",
            when: &[],
            severity: Severity::TerminationAndBar,
            damages: Damages::None,
        },
    ],
    note: Some("已定点的机构以弄虚作假等不正当手段取得定点的，另属第四十七条应当解除的情形，两者并存。起算日原文未写，推定为发现之日。"),
};

/// 第四十七条第2款（三）: termination only once fraud is found by the
/// authorities.
pub static TERMINATION_FRAUD: Consequence = Consequence {
    id: "jl.a47.fraud-termination",
    document: DocumentId::Jilin,
    article: "第四十七条",
    item: Some("第2款"),
    label: "查实有欺诈骗保行为的应当解除",
    quote: "经医疗保障部门和其他有关部门查实有欺诈骗保行为的",
    steps: &[Step {
        measure: "医保经办机构应当解除医保协议",
        when: &[Qualifier::fact(
            "经医疗保障部门和其他有关部门查实有欺诈骗保行为的",
        )],
        severity: Severity::Termination,
        damages: Damages::None,
    }],
    note: Some(
        "以有关部门「查实」为要件：自查发现的行为，查实前按第四十四条督促履约、按照规定处理。",
    ),
};

/// 第四十七条第2款（五）: termination for obstruction only where it is
/// found 情节恶劣.
pub static TERMINATION_OBSTRUCTION: Consequence = Consequence {
    id: "jl.a47.obstruction-termination",
    document: DocumentId::Jilin,
    article: "第四十七条",
    item: Some("第2款"),
    label: "拒绝、阻挠或不配合检查且情节恶劣的应当解除（定点医疗机构）",
    quote: "拒绝、阻挠或不配合医疗保障部门开展智能审核、绩效考核、服务评价、监督检查且情节恶劣的",
    steps: &[
        Step {
            measure: "医保经办机构应当解除医保协议",
            when: &[Qualifier::judged("情节恶劣的")],
            severity: Severity::Termination,
            damages: Damages::None,
        },
    ],
    note: Some("只在「情节恶劣」时应当解除；是否情节恶劣由经办机构认定，未达此程度的按第四十四条督促履约、按照规定处理。"),
};

/// 第四十七条第3款（八）: the same for retail pharmacies.
pub static PHARMACY_TERMINATION_OBSTRUCTION: Consequence = Consequence {
    id: "jl.a47.pharmacy-obstruction-termination",
    document: DocumentId::Jilin,
    article: "第四十七条",
    item: Some("第3款"),
    label: "拒绝、阻挠或不配合检查，情节恶劣的应当解除（定点零售药店）",
    quote: "拒绝、阻挠或不配合医保经办机构开展现场检查、智能审核、绩效考核等，情节恶劣的",
    steps: &[
        Step {
            measure: "医保经办机构应当解除医保协议",
            when: &[Qualifier::judged("情节恶劣的")],
            severity: Severity::Termination,
            damages: Damages::None,
        },
    ],
    note: Some("只在「情节恶劣」时应当解除；是否情节恶劣由经办机构认定，未达此程度的按第四十四条督促履约、按照规定处理。"),
};

/// 第三十八条第2款: licences cancelled and applied for anew end the
/// agreement; the operator applies for designation again.
pub static LICENCES_REAPPLIED: Consequence = Consequence {
    id: "jl.a38.p2.agreement-ended",
    document: DocumentId::Jilin,
    article: "第三十八条",
    item: Some("第2款"),
    label: "证照注销后重新申请的，医保协议终止",
    quote: "定点医药机构因股权变动、法定代表人变更等注销营业执照（事业单位法人证书、民办非企业单位登记证书等）、医疗机构执业许可证（药品经营许可证、医疗器械经营许可证等）后重新申请的，与医保经办机构签订的医保协议终止，经营主体须重新申请医保定点",
    steps: &[Step {
        measure: "与医保经办机构签订的医保协议终止，经营主体须重新申请医保定点",
        when: &[],
        severity: Severity::Termination,
        damages: Damages::None,
    }],
    note: Some("协议终止不是解除，不触发第十七条、第二十一条的回看期。因政策变动原因导致上述情况的，经相关部门出具佐证材料后可办理信息变更业务，医保协议继续有效。"),
};

/// 第四十七条第4款: what an institution that asks to terminate may face.
pub static VOLUNTARY_TERMINATION: Consequence = Consequence {
    id: "jl.a47.voluntary-termination-review",
    document: DocumentId::Jilin,
    article: "第四十七条",
    item: Some("第4款"),
    label: "主动提出解除的，可复核结算费用",
    quote: "医药机构主动提出解除协议的，医保经办机构视既往协议履行情况、提出解除协议的原因，或有违法违规违约嫌疑、线索的，可对该机构1至2年内医保基金结算费用开展复核。其中定点医药机构因涉嫌违法违规违约处于核查期间，主动提出解除医保协议的，医保经办机构先行中止医保协议，待事实核查清楚后，按规定受理解除医保协议申请，符合不予支付或追回已支付的医保费用、支付违约金、扣除质量保证金等相关情形的，做好资金清算后解除医保协议",
    steps: &[
        Step {
            measure: "可对该机构1至2年内医保基金结算费用开展复核",
            when: &[Qualifier::discretion(
                "视既往协议履行情况、提出解除协议的原因，或有违法违规违约嫌疑、线索的",
            )],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
        Step {
            measure: "医保经办机构先行中止医保协议",
            when: &[Qualifier::fact("因涉嫌违法违规违约处于核查期间")],
            severity: Severity::Suspension,
            damages: Damages::None,
        },
        Step {
            measure: "做好资金清算后解除医保协议",
            when: &[Qualifier::fact(
                "符合不予支付或追回已支付的医保费用、支付违约金、扣除质量保证金等相关情形的",
            )],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
    ],
    note: Some("主动提出解除且经医保经办机构同意，本身不是违约，不触发再申请的回看期；违约金、质量保证金的金额以医保协议约定为准。"),
};

/// Every consequence of this document, for the catalog's integrity tests
/// and the rule list.
pub static ALL: &[&Consequence] = &[
    &TERMINATION_FRAUD,
    &TERMINATION_OBSTRUCTION,
    &PHARMACY_TERMINATION_OBSTRUCTION,
    &HANDLING,
    &SUSPENSION,
    &TERMINATION,
    &PHARMACY_TERMINATION,
    &REFUSAL_OR_RECOVERY,
    &STAFF_SETTLEMENT,
    &PERSONNEL_SCORING,
    &REAPPLICATION_BAR,
    &PHARMACY_REAPPLICATION_BAR,
    &FALSIFIED_MATERIALS_BAR,
    &LICENCES_REAPPLIED,
    &VOLUNTARY_TERMINATION,
];
