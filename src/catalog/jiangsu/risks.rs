//! What failing a Jiangsu compliance item risks (rules map §10.1): the
//! handling measures of 第三十二条, the three grades of 第四十二～四十四条
//! and the general terms they share.
//!
//! 第四十四条 attaches, besides its grade, measures that are mandatory for
//! some items: 移交 for （一）（二）（三）（十）, 解除 for （四）（五）（六）（八）,
//! 中止 for （七）（九); each is its own consequence, named by those items.
//! 第四十五条 (违约金不折抵罚款、中止一日折抵暂停一日), 第四十八条 (违约金一般
//! 不超过损失的30%), 第三十七条 (中止期间不予结算) and 第三十八条 (解除后不再
//! 结算、公布名单) add nothing an item could fail on: they stand in the notes.

use crate::catalog::risk::{Base, Consequence, Damages, Qualifier, Severity, Step};
use crate::sources::DocumentId;

/// 第三十二条: the measures an agency may take on any breach of the
/// agreement, as the agreement provides; the item itself names none.
/// Ranked "unspecified": the clause lists what an agency *may* do, as the
/// agreement provides, and fixes none of it for the item; a generic
/// possibility must not outrank a consequence the text makes mandatory.
pub static HANDLING: Consequence = Consequence {
    id: "js.a32.handling",
    document: DocumentId::Jiangsu,
    article: "第三十二条",
    item: None,
    label: "违反协议约定的处理方式",
    quote: "经办机构发现定点医疗机构存在违反协议约定情形的，可以按照协议约定相应采取以下处理方式",
    steps: &[Step {
        measure: "可以按照协议约定相应采取以下处理方式",
        when: &[Qualifier::discretion("可以")],
        severity: Severity::Unspecified,
        damages: Damages::Unspecified,
    }],
    note: Some("细则未把本项列入第四十二～四十四条的违约情形；本条所列处理方式（约谈、暂停或者不予拨付费用、追回、违约金、中止人员或部门、中止或者解除医保协议）是否采用、违约金多少，以实际签订的医保协议约定为准。"),
};

/// 第二十八条: fees claimed in breach of the rules are not paid once the
/// agency has verified them, whether or not the fund lost anything.
pub static REFUSED_CLAIMS: Consequence = Consequence {
    id: "js.a28.refused-claims",
    document: DocumentId::Jiangsu,
    article: "第二十八条",
    item: None,
    label: "违规申报费用不予支付",
    quote: "定点医疗机构违规申报费用，经审查核实的，经办机构不予支付",
    steps: &[Step {
        measure: "经办机构不予支付",
        when: &[Qualifier::fact("经审查核实的")],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: Some("不以造成基金损失或协议约定为前提：违规申报的费用经审查核实即不予支付。"),
};

/// 第三十四条: an institution in grave breach or grave violation is to be
/// terminated; whether it is grave the agency decides.
pub static TERMINATION_GRAVE: Consequence = Consequence {
    id: "js.a34.termination",
    document: DocumentId::Jiangsu,
    article: "第三十四条",
    item: None,
    label: "严重违约或重大违法违规的解除",
    quote: "对不再符合定点医疗机构条件、严重违反医保协议或者发生重大违法违规行为等的医疗机构，经办机构应当及时解除医保协议",
    steps: &[Step {
        measure: "经办机构应当及时解除医保协议",
        when: &[Qualifier::judged("严重违反医保协议或者发生重大违法违规行为")],
        severity: Severity::Termination,
        damages: Damages::None,
    }],
    note: Some("是否构成“严重违反医保协议”或“重大违法违规行为”由经办机构认定；被解除后再申请定点受第九条限制。"),
};

/// 第四十二条 (JS-L1): talks; payments held back for a refusal to correct;
/// referral where that has serious effects.
pub static L1: Consequence = Consequence {
    id: "js.a42.l1",
    document: DocumentId::Jiangsu,
    article: "第四十二条",
    item: None,
    label: "第四十二条所列情形的处理",
    quote: "约谈医疗机构法定代表人、主要负责人或者实际控制人；拒不改正的，暂停或者不予拨付费用；拒不改正且造成严重影响的，应当及时移交医疗保障行政部门处理",
    steps: &[
        Step {
            measure: "约谈医疗机构法定代表人、主要负责人或者实际控制人",
            when: &[],
            severity: Severity::Rectification,
            damages: Damages::None,
        },
        Step {
            measure: "暂停或者不予拨付费用",
            when: &[Qualifier::fact("拒不改正的")],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
        Step {
            measure: "应当及时移交医疗保障行政部门处理",
            when: &[Qualifier::judged("拒不改正且造成严重影响的")],
            severity: Severity::Unspecified,
            damages: Damages::None,
        },
    ],
    note: Some("第四十二条不设违约金；各项处理“按照协议约定”。"),
};

/// 第四十三条 (JS-L2): talks; where the fund lost money, the fees and
/// damages of up to 20 % of the loss; staff or departments suspended on a
/// refusal to correct or grave effects; referral for fraud.
pub static L2: Consequence = Consequence {
    id: "js.a43.l2",
    document: DocumentId::Jiangsu,
    article: "第四十三条",
    item: None,
    label: "第四十三条所列情形的处理",
    quote: "约谈医疗机构法定代表人、主要负责人或者实际控制人；造成医保基金损失的，不予支付或者追回已支付的医保费用，并要求医疗机构支付不超过造成损失金额20%的违约金；拒不改正或者造成严重后果的，中止相关责任人员或者所在部门涉及医疗保障基金使用的医疗服务；以骗取医疗保障基金为目的的，应当及时移交医疗保障行政部门处理",
    steps: &[
        Step {
            measure: "约谈医疗机构法定代表人、主要负责人或者实际控制人",
            when: &[],
            severity: Severity::Rectification,
            damages: Damages::None,
        },
        Step {
            measure: "不予支付或者追回已支付的医保费用",
            when: &[Qualifier::fact("造成医保基金损失的")],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
        Step {
            measure: "要求医疗机构支付不超过造成损失金额20%的违约金",
            when: &[Qualifier::fact("造成医保基金损失的")],
            severity: Severity::Damages,
            damages: Damages::Share {
                base: Base::Loss,
                from: 0,
                up_to: 20,
                floor: None,
                cap: None,
            },
        },
        Step {
            measure: "中止相关责任人员或者所在部门涉及医疗保障基金使用的医疗服务",
            when: &[Qualifier::judged("拒不改正或者造成严重后果的")],
            severity: Severity::Suspension,
            damages: Damages::None,
        },
        Step {
            measure: "应当及时移交医疗保障行政部门处理",
            when: &[Qualifier::judged("以骗取医疗保障基金为目的的")],
            severity: Severity::Unspecified,
            damages: Damages::None,
        },
    ],
    note: Some("违约金不折抵罚款，中止一日折抵暂停一日（第四十五条）。"),
};

/// 第四十四条 (JS-L3): where the fund lost money, the fees and damages of
/// 20–30 % of the loss; staff or departments suspended; the agreement
/// suspended up to terminated where particularly grave.
pub static L3: Consequence = Consequence {
    id: "js.a44.l3",
    document: DocumentId::Jiangsu,
    article: "第四十四条",
    item: None,
    label: "第四十四条所列情形的处理",
    quote: "造成医保基金损失的，不予支付或者追回已支付的医保费用，并要求医疗机构支付造成损失金额20%以上不超过30%的违约金；中止相关责任人员或者所在部门涉及医疗保障基金使用的医疗服务；情节特别严重的，中止医疗机构协议直至解除协议",
    steps: &[
        Step {
            measure: "中止相关责任人员或者所在部门涉及医疗保障基金使用的医疗服务",
            when: &[],
            severity: Severity::Suspension,
            damages: Damages::None,
        },
        Step {
            measure: "不予支付或者追回已支付的医保费用",
            when: &[Qualifier::fact("造成医保基金损失的")],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
        Step {
            measure: "要求医疗机构支付造成损失金额20%以上不超过30%的违约金",
            when: &[Qualifier::fact("造成医保基金损失的")],
            severity: Severity::Damages,
            damages: Damages::Share {
                base: Base::Loss,
                from: 20,
                up_to: 30,
                floor: None,
                cap: None,
            },
        },
        Step {
            measure: "中止医疗机构协议直至解除协议",
            when: &[Qualifier::judged("情节特别严重的")],
            severity: Severity::Termination,
            damages: Damages::None,
        },
    ],
    note: Some("“中止相关责任人员或者所在部门……医疗服务”写在「造成医保基金损失的」一句的分号之后，按不以损失为前提理解。违约金为损失金额的20%～30%，由经办机构在区间内确定（第四十八条：一般不超过损失的30%）；违约金不折抵罚款，中止一日折抵暂停一日（第四十五条）。"),
};

/// 第四十四条第2款: items （一）（二）（三）（十） are referred to the
/// administrative department.
pub static REFERRAL: Consequence = Consequence {
    id: "js.a44.referral",
    document: DocumentId::Jiangsu,
    article: "第四十四条",
    item: Some("第2款"),
    label: "移交医疗保障行政部门处理",
    quote: "定点医疗机构实施本条第（一）、（二）、（三）、（十）项规定行为的，经办机构应当及时移交医疗保障行政部门处理",
    steps: &[Step {
        measure: "经办机构应当及时移交医疗保障行政部门处理",
        when: &[],
        severity: Severity::Unspecified,
        damages: Damages::None,
    }],
    note: Some("移交后由医疗保障行政部门依法处理，细则未写处理内容；行政罚款另计，违约金不折抵罚款（第四十五条）。"),
};

/// 第四十四条第3款: items （四）（五）（六）（八） terminate the agreement.
pub static MANDATORY_TERMINATION: Consequence = Consequence {
    id: "js.a44.mandatory-termination",
    document: DocumentId::Jiangsu,
    article: "第四十四条",
    item: Some("第3款"),
    label: "应当解除医保协议",
    quote: "定点医疗机构实施本条第（四）、（五）、（六）、（八）项规定行为之一的，经办机构应当解除医保协议",
    steps: &[Step {
        measure: "经办机构应当解除医保协议",
        when: &[],
        severity: Severity::Termination,
        damages: Damages::None,
    }],
    note: Some("解除后产生的医药费用医保基金不再结算，解除协议的机构名单向社会公布并抄送卫生健康部门（第三十八条）；再申请定点受第九条限制。"),
};

/// 第四十四条第4款: items （七）（九） suspend the agreement.
pub static MANDATORY_SUSPENSION: Consequence = Consequence {
    id: "js.a44.mandatory-suspension",
    document: DocumentId::Jiangsu,
    article: "第四十四条",
    item: Some("第4款"),
    label: "应当中止医保协议",
    quote: "定点医疗机构实施本条第（七）、（九）项规定行为之一的，经办机构应当中止医保协议",
    steps: &[Step {
        measure: "经办机构应当中止医保协议",
        when: &[],
        severity: Severity::Suspension,
        damages: Damages::None,
    }],
    note: Some("中止期间发生的医保费用不予结算（第三十七条）；细则未定中止期限；中止一日折抵暂停一日（第四十五条）。"),
};

/// 第九条（五）（六）: after a termination, a new application is refused for
/// 3 years (violation of law) or 1 year (grave breach).
pub static REAPPLICATION_BAR: Consequence = Consequence {
    id: "js.a9.reapplication-bar",
    document: DocumentId::Jiangsu,
    article: "第九条",
    item: None,
    label: "被解除后限期不予受理定点申请",
    quote: "因违法违规被解除医保协议未满3年或者已满3年但未完全履行行政处罚法律责任的；（六）因严重违反医保协议约定而被解除协议未满1年",
    steps: &[
        Step {
            measure: "不予受理定点申请",
            when: &[Qualifier::judged(
                "因违法违规被解除医保协议未满3年或者已满3年但未完全履行行政处罚法律责任的",
            )],
            severity: Severity::TerminationAndBar,
            damages: Damages::None,
        },
        Step {
            measure: "不予受理定点申请",
            when: &[Qualifier::judged("因严重违反医保协议约定而被解除协议未满1年")],
            severity: Severity::TerminationAndBar,
            damages: Damages::None,
        },
    ],
    note: Some("只在协议因本项被解除之后：适用哪一期限取决于解除的原因，违法违规3年（期满而行政处罚法律责任未履行完毕的仍不予受理），严重违约1年；第四十四条（四）（五）（六）（八）属哪一类原文未划分，由经办机构认定；起算日原文未写，按解除生效日。负责人另受第九条（七）5年限制。"),
};

/// 第四十条: the staff or departments in breach may have their settlement
/// suspended or ended, beside whatever the institution itself faces.
pub static STAFF_OR_DEPARTMENT: Consequence = Consequence {
    id: "js.a40.staff-or-department",
    document: DocumentId::Jiangsu,
    article: "第四十条",
    item: None,
    label: "对违约人员或者科室中止或者终止医保结算",
    quote: "定点医疗机构的部分人员或者科室有违反协议管理要求的，医疗保障部门可以对该人员或者科室中止或者终止医保结算",
    steps: &[Step {
        measure: "可以对该人员或者科室中止或者终止医保结算",
        when: &[Qualifier::discretion_by("可以", "医疗保障部门")],
        severity: Severity::Suspension,
        damages: Damages::None,
    }],
    note: Some("违约由部分人员或者科室造成时适用，由医疗保障部门决定；措施针对该人员或者科室的医保结算，不是机构的医保协议，可与对机构的处理并用。"),
};

/// Every consequence of this document, for the catalog's integrity tests
/// and the rule list.
pub static ALL: &[&Consequence] = &[
    &HANDLING,
    &REFUSED_CLAIMS,
    &TERMINATION_GRAVE,
    &L1,
    &L2,
    &L3,
    &REFERRAL,
    &MANDATORY_TERMINATION,
    &MANDATORY_SUSPENSION,
    &REAPPLICATION_BAR,
    &STAFF_OR_DEPARTMENT,
];
