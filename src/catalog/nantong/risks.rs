//! What failing a Nantong agreement item risks (rules map §10.5): the
//! tiers of 第六十二～六十五条 (T62, T63, T64a–f, T65-1～4, T65-X) and the
//! articles that carry their own consequence, each written step by step in
//! the agreement's words.
//!
//! Every tier of 第六十四、六十五条 follows 「甲方查实」: what the agency
//! may do once it has found the act, which is what a self-audit asks about.
//! Where one act falls in several tiers the items list them all. The
//! agreement says that 第六十五条末款's termination comes on top of the
//! other tiers (「除按相应条款处理外」); whether the tiers of 第六十四条
//! and 第六十五条 add up it does not say, and the finding says so.

use crate::catalog::risk::{Base, Consequence, Damages, Qualifier, Severity, Step};
use crate::sources::DocumentId;

const NT: DocumentId = DocumentId::Nantong;

/// 「再次」「第二次」 counted within one agreement period (presumed).
const REPEAT_READING: &str =
    "「再次违反」「第二次」的计数期间原文未规定，按协议期内计数（推定），以实际签订的协议为准。";

/// 第六十二条: 约谈、限期整改 where no fund loss was caused.
pub static T62: Consequence = Consequence {
    id: "nt.a62.interview",
    document: NT,
    article: "第六十二条",
    item: None,
    label: "未造成基金损失的违约情形",
    quote: "乙方有下列违约情形但未造成医保基金损失的，甲方可对乙方作出约谈、限期整改等处理",
    steps: &[Step {
        measure: "甲方可对乙方作出约谈、限期整改等处理",
        when: &[
            Qualifier::fact("未造成医保基金损失的"),
            Qualifier::discretion("可"),
        ],
        severity: Severity::Rectification,
        damages: Damages::None,
    }],
    note: Some("造成医保基金损失的，不属本条，按第六十五条处理。"),
};

/// Items with no consequence of their own (第六十二条 6).
pub static UNMAPPED: Consequence = Consequence {
    id: "nt.a62.unmapped",
    document: NT,
    article: "第六十二条",
    item: None,
    label: "协议未明确违约责任",
    quote: "其他违反医保政策、本协议条款，情节轻微的",
    steps: &[Step {
        measure: "甲方可对乙方作出约谈、限期整改等处理",
        when: &[
            Qualifier::judged("情节轻微的"),
            Qualifier::discretion("可"),
        ],
        severity: Severity::Unspecified,
        damages: Damages::None,
    }],
    note: Some("本条未列入第六十三、六十四条：协议未明确违约金；情节轻微且未造成基金损失的，可能适用第六十二条（约谈、限期整改）；造成基金损失的，可能适用第六十五条的兜底项。"),
};

/// 第六十三条: unilateral termination for the articles it lists.
pub static T63: Consequence = Consequence {
    id: "nt.a63.termination",
    document: NT,
    article: "第六十三条",
    item: None,
    label: "可单方解除协议",
    quote: "甲方认定情节严重或造成较恶劣影响且不在规定时间认真整改的，甲方可单方解除本协议",
    steps: &[Step {
        measure: "甲方可单方解除本协议",
        when: &[
            Qualifier::judged("情节严重或造成较恶劣影响"),
            Qualifier::fact("不在规定时间认真整改的"),
            Qualifier::discretion("可"),
        ],
        severity: Severity::Termination,
        damages: Damages::None,
    }],
    note: Some("解除本身不带3年内不得申请：只有第六十五条末款所列行为才有。"),
};

/// 第六十四条 T64a: the fees are not paid, and 「相应违约金」.
pub static T64A: Consequence = Consequence {
    id: "nt.a64.t64a",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "所发生的医疗费用不予支付并支付相应违约金",
    quote: "所发生的医疗费用甲方不予支付，乙方并应向甲方支付相应违约金",
    steps: &[
        Step {
            measure: "所发生的医疗费用甲方不予支付",
            when: &[],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
        Step {
            measure: "乙方并应向甲方支付相应违约金",
            when: &[],
            severity: Severity::Damages,
            damages: Damages::Unspecified,
        },
    ],
    note: Some("「相应违约金」原文未定金额。"),
};

/// 第六十四条 T64b: correct and 2000 yuan; 5000 yuan and a suspension to
/// correct when not corrected or repeated; suspension or termination
/// where grave.
pub static T64B: Consequence = Consequence {
    id: "nt.a64.t64b",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "立即纠正、限期整改并支付违约金",
    quote: "乙方应立即纠正、限期整改，并支付甲方2000元违约金。乙方不立即纠正整改或再次违反规定的，向甲方支付5000元违约金并限期暂停整改。情节严重或整改后仍达不到规定要求的，甲方有权暂停乙方医疗保险服务或提前解除服务协议",
    steps: &[
        Step {
            measure: "乙方应立即纠正、限期整改",
            when: &[],
            severity: Severity::Rectification,
            damages: Damages::None,
        },
        Step {
            measure: "支付甲方2000元违约金",
            when: &[],
            severity: Severity::Damages,
            damages: Damages::Fixed {
                yuan: 2000,
                doubles: false,
            },
        },
        Step {
            measure: "向甲方支付5000元违约金并限期暂停整改",
            when: &[Qualifier::fact("乙方不立即纠正整改或再次违反规定的")],
            severity: Severity::Suspension,
            damages: Damages::Fixed {
                yuan: 5000,
                doubles: false,
            },
        },
        Step {
            measure: "甲方有权暂停乙方医疗保险服务或提前解除服务协议",
            when: &[
                Qualifier::judged("情节严重或整改后仍达不到规定要求的"),
                Qualifier::discretion("有权"),
            ],
            severity: Severity::Termination,
            damages: Damages::None,
        },
    ],
    note: Some(REPEAT_READING),
};

/// 第六十四条 T64c: 体检, 2 % of the total, floor 2000, cap 10万.
pub static T64C: Consequence = Consequence {
    id: "nt.a64.t64c",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "按体检总费用的2%支付违约金",
    quote: "按参检人员体检总费用的2%向甲方支付违约金，违约金不满2000元，按2000元计，最高为10万元",
    steps: &[Step {
        measure:
            "按参检人员体检总费用的2%向甲方支付违约金，违约金不满2000元，按2000元计，最高为10万元",
        when: &[],
        severity: Severity::Damages,
        damages: Damages::Share {
            base: Base::CheckupTotal,
            from: 2,
            up_to: 2,
            floor: Some(2000),
            cap: Some(100_000),
        },
    }],
    note: None,
};

/// 第六十四条 T64d: 第五十五、五十六条 — suspension, termination, loss of
/// qualification as the case may be; a loss to the fund made good.
pub static T64D: Consequence = Consequence {
    id: "nt.a64.t64d",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "视情形暂停服务、解除协议或取消资质",
    quote: "甲方视情形分别予以暂停医疗保险服务、解除服务协议、取消医疗保险服务资质的处理。乙方给医疗保险基金造成损失的，须依法赔偿损失并承担法律责任",
    steps: &[
        Step {
            measure: "分别予以暂停医疗保险服务、解除服务协议、取消医疗保险服务资质的处理",
            when: &[Qualifier::discretion("视情形")],
            severity: Severity::Termination,
            damages: Damages::None,
        },
        Step {
            measure: "须依法赔偿损失并承担法律责任",
            when: &[Qualifier::fact("乙方给医疗保险基金造成损失的")],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
    ],
    note: None,
};

/// 第六十四条 T64e: 第六十条 — correct after notice; 5000 yuan when not
/// corrected, doubled from the second time.
pub static T64E: Consequence = Consequence {
    id: "nt.a64.t64e",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "告知后纠正；不纠正整改的支付违约金",
    quote: "甲方告知后，乙方应立即纠正并在规定期限内整改到位，不纠正整改或在规定期限内整改不到位的向甲方支付5000元的违约金，自第二次起加倍支付违约金",
    steps: &[
        Step {
            measure: "乙方应立即纠正并在规定期限内整改到位",
            when: &[],
            severity: Severity::Rectification,
            damages: Damages::None,
        },
        Step {
            measure: "向甲方支付5000元的违约金，自第二次起加倍支付违约金",
            when: &[Qualifier::fact(
                "甲方告知后，乙方应立即纠正并在规定期限内整改到位，不纠正整改或在规定期限内整改不到位的",
            )],
            severity: Severity::Damages,
            damages: Damages::Fixed {
                yuan: 5000,
                doubles: true,
            },
        },
    ],
    note: Some("违约金只在甲方告知后不纠正整改或在规定期限内整改不到位时支付：第一次5000元，第二次起加倍为10000元（不逐次累乘，推定）；计数按协议期内（推定）。"),
};

/// 第六十四条 T64f: video management, the general sentence.
pub static T64F: Consequence = Consequence {
    id: "nt.a64.t64f",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "视频管理违约的处理",
    quote: "甲方将视情节予以限期暂停整改、暂停医疗保险服务、解除服务协议、取消医保服务资质等处理",
    steps: &[Step {
        measure: "予以限期暂停整改、暂停医疗保险服务、解除服务协议、取消医保服务资质等处理",
        when: &[Qualifier::discretion("视情节")],
        severity: Severity::Termination,
        damages: Damages::None,
    }],
    note: Some(
        "原文写「违反本协议第六十条规定的」，视频管理内容在第五十九条：按第五十九条适用（推定）。",
    ),
};

/// 第六十四条 T64f: the first obstruction of the cameras.
pub static T64F_FIRST: Consequence = Consequence {
    id: "nt.a64.t64f-first",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "首次遮挡摄像头等：暂停医保服务",
    quote: "乙方首次遮挡摄像头、设置屏障、未经备案改变医保刷卡结算处位置、中断视频设备电源等造成离线、影像不清、监控不到位等情形或擅自接入视频监控系统的，暂停医保服务1-3个月",
    steps: &[Step {
        measure: "暂停医保服务1-3个月",
        when: &[],
        severity: Severity::Suspension,
        damages: Damages::None,
    }],
    note: None,
};

/// 第六十四条 T64f: obstruction repeated within the agreement period.
pub static T64F_REPEATED: Consequence = Consequence {
    id: "nt.a64.t64f-repeated",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "协议期内二次及以上遮挡摄像头等：暂停医保服务",
    quote: "协议期内二次及以上遮挡摄像头、设置屏障、未经备案改变医保刷卡结算处位置、中断视频设备电源等造成离线、影像不清、监控不到位等情形的，暂停医保服务3-6个月，情节严重、影响恶劣的解除服务协议",
    steps: &[
        Step {
            measure: "暂停医保服务3-6个月",
            when: &[],
            severity: Severity::Suspension,
            damages: Damages::None,
        },
        Step {
            measure: "解除服务协议",
            when: &[Qualifier::judged("情节严重、影响恶劣的")],
            severity: Severity::Termination,
            damages: Damages::None,
        },
    ],
    note: Some("「协议期内二次及以上」按当前协议期计数。"),
};

/// 第六十四条 T64f: the video equipment moved, altered or damaged.
pub static T64F_TAMPERED: Consequence = Consequence {
    id: "nt.a64.t64f-tampered",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "擅自移动、改装视频设备：解除服务协议",
    quote: "擅自移动、改装、变更视频监控系统设备、线路，或破坏视频设备的，解除服务协议，情节严重、影响恶劣的，取消医保服务资质",
    steps: &[
        Step {
            measure: "解除服务协议",
            when: &[],
            severity: Severity::Termination,
            damages: Damages::None,
        },
        Step {
            measure: "取消医保服务资质",
            when: &[Qualifier::judged("情节严重、影响恶劣的")],
            severity: Severity::Termination,
            damages: Damages::None,
        },
    ],
    note: None,
};

/// 第六十四条 T64f: unusual card swiping found in video management.
pub static T64F_ABNORMAL: Consequence = Consequence {
    id: "nt.a64.t64f-abnormal-swiping",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "视频管理中发现异常刷卡：可责令限期暂停整改",
    quote: "甲方在视频管理中发现乙方存在无服务对象刷卡、为同一人刷多张社会保障卡、同一人社会保障卡多人刷、短时间内为同一人多次刷卡、刷卡结算需支付现金的未见参保人员支付现金或其他非正常诊疗等异常服务情形的，可责令限期暂停整改，并视异常服务和核查情况按医疗（生育）保险政策有关规定处理",
    steps: &[
        Step {
            measure: "可责令限期暂停整改",
            when: &[
                Qualifier::fact("甲方在视频管理中发现"),
                Qualifier::discretion("可"),
            ],
            severity: Severity::Suspension,
            damages: Damages::None,
        },
        Step {
            measure: "视异常服务和核查情况按医疗（生育）保险政策有关规定处理",
            when: &[Qualifier::discretion("视异常服务和核查情况")],
            severity: Severity::Unspecified,
            damages: Damages::None,
        },
    ],
    note: Some("限期暂停整改为短期暂停医疗（生育）保险服务进行整改，暂停期一般不超过15个工作日（第七十五条第4款）。同一行为也属第六十五条所列情形的（如人证不符、收集留存社会保障卡），另按该条处理。"),
};

/// 第六十五条（一）: the fees are returned.
pub static T65_1: Consequence = Consequence {
    id: "nt.a65.t65-1",
    document: NT,
    article: "第六十五条",
    item: Some("（一）"),
    label: "退回违规费用",
    quote: "下列违规行为，乙方退回违规费用",
    steps: &[Step {
        measure: "乙方退回违规费用",
        when: &[],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: None,
};

/// 第六十五条（二）: the fees returned, and damages of once their amount as
/// the agency sees fit.
pub static T65_2: Consequence = Consequence {
    id: "nt.a65.t65-2",
    document: NT,
    article: "第六十五条",
    item: Some("（二）"),
    label: "退回违规费用并视违规情况支付1倍违约金",
    quote: "乙方退回违规费用，并视违规情况支付违规费用1倍的违约金，违约金不足2000元的按2000元计，最高为5万元",
    steps: &[
        Step {
            measure: "乙方退回违规费用",
            when: &[],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
        Step {
            measure: "支付违规费用1倍的违约金，违约金不足2000元的按2000元计，最高为5万元",
            when: &[Qualifier::discretion("视违规情况")],
            severity: Severity::Damages,
            damages: Damages::Multiple {
                base: Base::ViolatingFees,
                times: 1,
                floor: Some(2000),
                cap: Some(50_000),
                doubles: false,
            },
        },
    ],
    note: Some("违规费用按抽查比例放大计算后追回的，可不再支付违约金（第七十五条第3款）。"),
};

/// 第六十五条（三）: the fees returned and twice their amount.
pub static T65_3: Consequence = Consequence {
    id: "nt.a65.t65-3",
    document: NT,
    article: "第六十五条",
    item: Some("（三）"),
    label: "退回违规费用并支付2倍违约金",
    quote:
        "乙方除退回违规费用之外，还须支付2倍的违约金，违约金不满1万元的，按1万元计，最高为10万元",
    steps: &[
        Step {
            measure: "退回违规费用",
            when: &[],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
        Step {
            measure: "还须支付2倍的违约金，违约金不满1万元的，按1万元计，最高为10万元",
            when: &[],
            severity: Severity::Damages,
            damages: Damages::Multiple {
                base: Base::ViolatingFees,
                times: 2,
                floor: Some(10_000),
                cap: Some(100_000),
                doubles: false,
            },
        },
    ],
    note: Some("违规费用按抽查比例放大计算后追回的，可不再支付违约金（第七十五条第3款）。"),
};

/// 第六十五条（四）: the fees returned and three times their amount,
/// doubled from the second finding.
pub static T65_4: Consequence = Consequence {
    id: "nt.a65.t65-4",
    document: NT,
    article: "第六十五条",
    item: Some("（四）"),
    label: "退回违规费用并支付3倍违约金",
    quote: "乙方除退回违规费用之外，还须支付3倍的违约金，违约金不满2万元的，按2万元计，最高为20万元。查实二次及以上的违约金加倍",
    steps: &[
        Step {
            measure: "退回违规费用",
            when: &[],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
        Step {
            measure: "还须支付3倍的违约金，违约金不满2万元的，按2万元计，最高为20万元。查实二次及以上的违约金加倍",
            when: &[],
            severity: Severity::Damages,
            damages: Damages::Multiple {
                base: Base::ViolatingFees,
                times: 3,
                floor: Some(20_000),
                cap: Some(200_000),
                doubles: true,
            },
        },
    ],
    note: Some("「加倍」先按3倍套上下限再加倍（最高40万元），还是加倍后再套上下限（最高20万元），原文未定，两种读法都显示；计数按协议期内（推定）。"),
};

/// 第六十五条末款: termination and no application for 3 years, on top of
/// the other tiers.
pub static T65_X: Consequence = Consequence {
    id: "nt.a65.t65-x",
    document: NT,
    article: "第六十五条",
    item: None,
    label: "解除服务协议且3年内不得申请医保定点",
    quote: "除按相应条款处理外，甲方一律解除其服务协议，且乙方3年内不得申请医保定点",
    steps: &[Step {
        measure: "甲方一律解除其服务协议，且乙方3年内不得申请医保定点",
        when: &[],
        severity: Severity::TerminationAndBar,
        damages: Damages::None,
    }],
    note: Some("「除按相应条款处理外」：在其他各档的处理之外另行解除。"),
};

/// 第十一条: obstructing inspection.
pub static A11_OBSTRUCTION: Consequence = Consequence {
    id: "nt.a11.obstruction",
    document: NT,
    article: "第十一条",
    item: None,
    label: "阻挠、拒绝检查的处理",
    quote: "并可暂缓支付或不予支付相关医疗（生育）保险费用；对甲方书面通知后仍拒不履行应尽义务，则视作乙方单方自动解除本服务协议",
    steps: &[
        Step {
            measure: "暂缓支付或不予支付相关医疗（生育）保险费用",
            when: &[Qualifier::discretion("可")],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
        Step {
            measure: "视作乙方单方自动解除本服务协议",
            when: &[Qualifier::fact("对甲方书面通知后仍拒不履行应尽义务")],
            severity: Severity::Termination,
            damages: Damages::None,
        },
    ],
    note: None,
};

/// 第十二条: a move that fails its acceptance again after rectification.
pub static A12_MOVE: Consequence = Consequence {
    id: "nt.a12.move",
    document: NT,
    article: "第十二条",
    item: None,
    label: "迁址验收不合格的处理",
    quote: "不符合规定要求、验收不合格的，停止医疗保险服务；限期整改后，验收仍不合格的，解除服务协议、取消医疗保险服务资质",
    steps: &[
        Step {
            measure: "停止医疗保险服务",
            when: &[Qualifier::fact("不符合规定要求、验收不合格的")],
            severity: Severity::Suspension,
            damages: Damages::None,
        },
        Step {
            measure: "解除服务协议、取消医疗保险服务资质",
            when: &[Qualifier::fact("限期整改后，验收仍不合格的")],
            severity: Severity::Termination,
            damages: Damages::None,
        },
    ],
    note: None,
};

/// 第十二条: a licence revoked ends the agreement.
pub static A12_REVOKED: Consequence = Consequence {
    id: "nt.a12.revocation",
    document: NT,
    article: "第十二条",
    item: None,
    label: "证照被吊销的自动解除",
    quote: "乙方被吊销执业许可证等相应证照的，自吊销之日起自动解除本协议，如未按要求提前书面通知甲方造成基金损失的，甲方将依据相关规定追回基金损失",
    steps: &[
        Step {
            measure: "自吊销之日起自动解除本协议",
            when: &[],
            severity: Severity::Termination,
            damages: Damages::None,
        },
        Step {
            measure: "甲方将依据相关规定追回基金损失",
            when: &[Qualifier::fact("未按要求提前书面通知甲方造成基金损失的")],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
    ],
    note: None,
};

/// 第十七条第3款: the excess over the low-income limits is compensated to the patient.
pub static A17_COMPENSATION: Consequence = Consequence {
    id: "nt.a17.compensation",
    document: NT,
    article: "第十七条",
    item: Some("第3款"),
    label: "超过比例部分补偿患者",
    quote: "超过比例部分由乙方在费用结算后对患者进行补偿",
    steps: &[Step {
        measure: "超过比例部分由乙方在费用结算后对患者进行补偿",
        when: &[],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: Some("补偿句紧接10%句，是否也适用于8%项原文未明，需确认；按患者逐例计算（推定）。"),
};

/// 第十八条: half the fees of a split admission recovered.
pub static A18_SPLIT_ADMISSION: Consequence = Consequence {
    id: "nt.a18.split-admission-recovery",
    document: NT,
    article: "第十八条",
    item: None,
    label: "分解住院费用按50%追回",
    quote: "乙方因分解住院，将符合医疗（生育）保险规定的医疗费用不使用社会保障卡结算而向参保人员收取自费费用的，甲方对分解住院的费用按涉及总费用的50%予以追回",
    steps: &[Step {
        measure: "甲方对分解住院的费用按涉及总费用的50%予以追回",
        when: &[Qualifier::fact(
            "将符合医疗（生育）保险规定的医疗费用不使用社会保障卡结算而向参保人员收取自费费用的",
        )],
        severity: Severity::Recovery,
        damages: Damages::None,
    }],
    note: None,
};

/// 第二十三条第3款: a station that does not accept its centre's management.
pub static A23_STATION: Consequence = Consequence {
    id: "nt.a23.station-management",
    document: NT,
    article: "第二十三条",
    item: None,
    label: "不配合所属社区卫生服务中心管理的违约金",
    quote: "乙方需支付甲方2000元违约金，告知后不纠正、不整改的，第二次发生类似情形的，违约金加倍",
    steps: &[Step {
        measure: "乙方需支付甲方2000元违约金",
        when: &[],
        severity: Severity::Damages,
        damages: Damages::Fixed {
            yuan: 2000,
            doubles: true,
        },
    }],
    note: Some("告知后不纠正、不整改，第二次发生类似情形的，违约金加倍（4000元）。原文主体写「乙方（社区卫生服务中心）」，上下文为社区卫生服务站接受中心管理，按站适用（推定）。"),
};

/// 第五十条第2款: a centre whose station broke the rules, unmanaged or hidden.
pub static A50_CENTRE: Consequence = Consequence {
    id: "nt.a50.centre-management",
    document: NT,
    article: "第五十条",
    item: None,
    label: "未尽对社区卫生服务站管理职能的违约金",
    quote: "甲方查实乙方辖区内社区卫生服务站存在违规行为且乙方未尽到管理职能的，或乙方发现辖区内社区卫生服务站有违规行为但隐瞒不报的，乙方支付2000元违约金",
    steps: &[Step {
        measure: "乙方支付2000元违约金",
        when: &[Qualifier::fact(
            "甲方查实乙方辖区内社区卫生服务站存在违规行为且乙方未尽到管理职能的，或乙方发现辖区内社区卫生服务站有违规行为但隐瞒不报的",
        )],
        severity: Severity::Damages,
        damages: Damages::Fixed {
            yuan: 2000,
            doubles: false,
        },
    }],
    note: Some("检查次数不足本身未约定违约金；2000元仅当辖区的站有违规行为而中心未尽管理职能或隐瞒不报时。"),
};

/// 第六十六条: the general consultation fee charged in parts.
pub static A66_GENERAL_FEE: Consequence = Consequence {
    id: "nt.a66.general-fee",
    document: NT,
    article: "第六十六条",
    item: None,
    label: "一般诊疗费分解、多收的处理",
    quote: "其基金支付部分甲方不予支付，乙方并按规定支付1倍违约金；对告知后仍不纠正的，乙方支付2倍的违约金",
    steps: &[
        Step {
            measure: "其基金支付部分甲方不予支付",
            when: &[],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
        Step {
            measure: "乙方并按规定支付1倍违约金",
            when: &[],
            severity: Severity::Damages,
            damages: Damages::Multiple {
                base: Base::Unnamed,
                times: 1,
                floor: None,
                cap: None,
                doubles: false,
            },
        },
        Step {
            measure: "乙方支付2倍的违约金",
            when: &[Qualifier::fact("对告知后仍不纠正的")],
            severity: Severity::Damages,
            damages: Damages::Multiple {
                base: Base::Unnamed,
                times: 2,
                floor: None,
                cap: None,
                doubles: false,
            },
        },
    ],
    note: Some("倍数的基数原文未写：本工具请用户填写基数，推定为多收取的费用中基金支付的部分；无下限与上限。"),
};

/// 第六十七条: a loss to the fund after a health or price penalty, not
/// returned of the institution's own accord.
pub static A67_NOT_RETURNED: Consequence = Consequence {
    id: "nt.a67.not-returned",
    document: NT,
    article: "第六十七条",
    item: None,
    label: "被行政处罚涉及基金损失未主动退回的违约金",
    quote: "乙方不主动退回的，甲方发现后，乙方除退回损失的基金，还须支付所涉及保险基金1倍的违约金",
    steps: &[
        Step {
            measure: "乙方除退回损失的基金",
            when: &[],
            severity: Severity::Recovery,
            damages: Damages::None,
        },
        Step {
            measure: "还须支付所涉及保险基金1倍的违约金",
            when: &[],
            severity: Severity::Damages,
            damages: Damages::Multiple {
                base: Base::FundConcerned,
                times: 1,
                floor: None,
                cap: None,
                doubles: false,
            },
        },
    ],
    note: None,
};

/// Every consequence of the Nantong agreement, for the catalog's integrity
/// tests and the rule list.
pub static ALL: &[&Consequence] = &[
    &T62,
    &UNMAPPED,
    &T63,
    &T64A,
    &T64B,
    &T64C,
    &T64D,
    &T64E,
    &T64F,
    &T64F_FIRST,
    &T64F_REPEATED,
    &T64F_TAMPERED,
    &T64F_ABNORMAL,
    &T65_1,
    &T65_2,
    &T65_3,
    &T65_4,
    &T65_X,
    &A11_OBSTRUCTION,
    &A12_MOVE,
    &A12_REVOKED,
    &A17_COMPENSATION,
    &A18_SPLIT_ADMISSION,
    &A23_STATION,
    &A50_CENTRE,
    &A66_GENERAL_FEE,
    &A67_NOT_RETURNED,
];
