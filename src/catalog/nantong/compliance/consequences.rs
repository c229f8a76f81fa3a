//! The consequences that only one article of the Nantong agreement carries
//! (the tiers of 第六十三～六十五条 are in `risks.rs`).

use super::NT;
use crate::catalog::risk::{Consequence, Damages, Qualifier, Severity, Step};

/// 第二十五条第1款: prices above the standard are not paid.
pub static A25_NOT_PAID: Consequence = Consequence {
    id: "nt.a25.not-paid",
    document: NT,
    article: "第二十五条",
    item: Some("第1款"),
    label: "超过价格标准的费用不予支付",
    quote: "超过价格标准的费用，甲方不予支付",
    steps: &[Step {
        measure: "超过价格标准的费用，甲方不予支付",
        when: &[],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: None,
};

/// 第三十六条: drugs not sold at cost are refunded to the fund.
pub static A36_REFUND: Consequence = Consequence {
    id: "nt.a36.refund",
    document: NT,
    article: "第三十六条",
    item: None,
    label: "未按零差率销售的，退回医保基金",
    quote: "未按规定销售的，应退回医保基金",
    steps: &[Step {
        measure: "应退回医保基金",
        when: &[],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: None,
};

/// 第三十七条第2款: drugs bought off the platform by a public institution.
pub static A37_BUDGET: Consequence = Consequence {
    id: "nt.a37.budget-deduction",
    document: NT,
    article: "第三十七条",
    item: Some("第2款"),
    label: "网下采购药品的基金支付部分从年度医保预算中扣除",
    quote: "公立医疗机构网下采购药品需医保基金支付部分，经核定视情况从年度医保预算总额中扣除，疫情防控、急抢救等紧急情况除外",
    steps: &[Step {
        measure: "经核定视情况从年度医保预算总额中扣除",
        when: &[Qualifier::discretion("视情况")],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: Some("只适用于公立医疗机构。"),
};

/// 第三十八条: consumables outside the provincial catalogue.
pub static A38_NOT_PAID: Consequence = Consequence {
    id: "nt.a38.not-paid",
    document: NT,
    article: "第三十八条",
    item: None,
    label: "目录外耗材不予支付，网下采购的从预算中扣除",
    quote: "公立医疗机采购不在省阳光采购目录范围内的医用耗材，医保基金不予支付，网下采购医用耗材需医保基金支付部分，经核定视情从年度医保预算总额中扣除",
    steps: &[
        Step {
            measure: "医保基金不予支付",
            when: &[],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
        Step {
            measure: "经核定视情从年度医保预算总额中扣除",
            when: &[Qualifier::discretion("视情")],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
    ],
    note: Some("只适用于公立医疗机构（原文「公立医疗机采购」）。"),
};

/// 第四十二条第2款: the agency's measures on abnormal cost growth.
pub static A42_MEASURES: Consequence = Consequence {
    id: "nt.a42.cost-anomaly-measures",
    document: NT,
    article: "第四十二条",
    item: Some("第2款"),
    label: "书面预警、约谈、暂缓支付结算款或暂停医保服务",
    quote: "可采取书面预警提示、约谈相关单位负责人、暂缓支付结算款、暂停医保服务等措施",
    steps: &[Step {
        measure: "可采取书面预警提示、约谈相关单位负责人、暂缓支付结算款、暂停医保服务等措施",
        when: &[Qualifier::discretion("可")],
        severity: Severity::Suspension,
        damages: Damages::None,
    }],
    note: Some("这是医保经办机构对费用增长异常可采取的管理措施，不是违约金。"),
};

/// 第四十六条第1款: statements not certified on time.
pub static A46_MEASURES: Consequence = Consequence {
    id: "nt.a46.interview-deferral",
    document: NT,
    article: "第四十六条",
    item: Some("第1款"),
    label: "约谈相关负责人、暂缓支付医疗费用",
    quote: "未按规定执行的，甲方可采取约谈相关负责人、暂缓支付医疗费用等措施",
    steps: &[Step {
        measure: "甲方可采取约谈相关负责人、暂缓支付医疗费用等措施",
        when: &[Qualifier::discretion("可")],
        severity: Severity::Rectification,
        damages: Damages::None,
    }],
    note: None,
};

/// 第四十六条第3款: a rehabilitation patient's fund history not checked.
pub static A46_DUPLICATE: Consequence = Consequence {
    id: "nt.a46.duplicate-payment",
    document: NT,
    article: "第四十六条",
    item: Some("第3款"),
    label: "造成统筹基金重复支付的不予支付，并按规定处理",
    quote: "因核实不到位造成统筹基金重复支付的，甲方不予支付并按照有关规定处理",
    steps: &[Step {
        measure: "甲方不予支付并按照有关规定处理",
        when: &[],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: None,
};

/// 第四十七条第2款: no written explanation within 5 working days.
pub static A47_REFUSAL: Consequence = Consequence {
    id: "nt.a47.refusal",
    document: NT,
    article: "第四十七条",
    item: Some("第2款"),
    label: "逾期不说明的，可拒付有关费用",
    quote: "逾期不说明的，甲方可拒付有关费用",
    steps: &[Step {
        measure: "甲方可拒付有关费用",
        when: &[Qualifier::discretion("可")],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: None,
};

/// 第六十条第1款: items without a code are not paid.
pub static A60_NOT_PAID: Consequence = Consequence {
    id: "nt.a60.no-code-not-paid",
    document: NT,
    article: "第六十条",
    item: Some("第1款"),
    label: "无项目代码的项目费用不予支付",
    quote: "无项目代码的项目费用甲方不予支付",
    steps: &[Step {
        measure: "无项目代码的项目费用甲方不予支付",
        when: &[],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: None,
};

/// 第六十八条: staff violations not dealt with.
pub static A68_PHYSICIANS: Consequence = Consequence {
    id: "nt.a68.physician-qualification",
    document: NT,
    article: "第六十八条",
    item: None,
    label: "可暂停、取消违规医师医保服务资质并不予支付",
    quote: "乙方未按规定处理的，甲方可按规定暂停、取消违规医师的医疗保险服务资质，并按规定不予支付相应医疗保险医疗费用",
    steps: &[Step {
        measure: "甲方可按规定暂停、取消违规医师的医疗保险服务资质，并按规定不予支付相应医疗保险医疗费用",
        when: &[Qualifier::discretion("可")],
        severity: Severity::Suspension,
        damages: Damages::None,
    }],
    note: None,
};

/// 第六十九条: a suspension not announced.
pub static A69_NOTICE: Consequence = Consequence {
    id: "nt.a69.announcement",
    document: NT,
    article: "第六十九条",
    item: None,
    label: "未公告造成不良后果的由机构负责",
    quote: "因未公告或未解释说明造成不良后果的由乙方负责",
    steps: &[Step {
        measure: "由乙方负责",
        when: &[Qualifier::fact("因未公告或未解释说明造成不良后果的")],
        severity: Severity::Unspecified,
        damages: Damages::None,
    }],
    note: Some("同条：被暂停医保服务、解除协议或取消定点资质的，当年年度考核不合格。"),
};

/// 第七十二条第1款: the agreement ends (停业或歇业, not renewed, …).
pub static A72_ENDED: Consequence = Consequence {
    id: "nt.a72.termination",
    document: NT,
    article: "第七十二条",
    item: Some("第1款"),
    label: "本协议终止",
    quote: "有下列情形之一的，本协议终止",
    steps: &[Step {
        measure: "本协议终止",
        when: &[],
        severity: Severity::Termination,
        damages: Damages::None,
    }],
    note: Some("终止不是解除：不带第六十五条末款“3年内不得申请医保定点”的限制，江苏细则第九条的回看期也只对解除适用。终止、解除、缓签协议的，甲乙双方应共同做好善后工作，保证参保人正常就医（第2款）。"),
};

/// Consequences defined here (beyond `risks.rs`).
pub static RISKS: &[&Consequence] = &[
    &A25_NOT_PAID,
    &A36_REFUND,
    &A37_BUDGET,
    &A38_NOT_PAID,
    &A42_MEASURES,
    &A46_MEASURES,
    &A46_DUPLICATE,
    &A47_REFUSAL,
    &A60_NOT_PAID,
    &A68_PHYSICIANS,
    &A69_NOTICE,
    &A72_ENDED,
];
