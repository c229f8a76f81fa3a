//! What failing a Nantong agreement item risks (rules map §10.5): the
//! tiers of 第六十二～六十五条 (T62, T63, T64a–f, T65-1～4, T65-X) and the
//! articles that carry their own consequence. Where one act falls in
//! several tiers the items list them all; the report shows them together
//! (rules map §10.6, X-26: a design choice, the agreement does not say the
//! tiers add up).

use crate::catalog::risk::{Consequence, Damages, Severity};
use crate::sources::DocumentId;

const NT: DocumentId = DocumentId::Nantong;

/// 「再次」「第二次」 counted within one agreement period (rules map §11 X-24).
const REPEAT_READING: &str =
    "「再次违反」的计数期间原文未规定，按协议期内计数（推定，X-24），以实际签订的协议为准。";

/// 第六十二条: 约谈、限期整改 where no fund loss was caused.
pub static T62: Consequence = Consequence {
    id: "nt.a62.interview",
    document: NT,
    article: "第六十二条",
    item: None,
    label: "约谈、限期整改（未造成基金损失时）",
    quote: "乙方有下列违约情形但未造成医保基金损失的，甲方可对乙方作出约谈、限期整改等处理",
    severity: Severity::Rectification,
    damages: Damages::None,
    note: None,
};

/// Items with no consequence of their own (rules map §11 X-21).
pub static UNMAPPED: Consequence = Consequence {
    id: "nt.a62.unmapped",
    document: NT,
    article: "第六十二条",
    item: None,
    label: "协议未明确违约责任：可能约谈、限期整改",
    quote: "其他违反医保政策、本协议条款，情节轻微的",
    severity: Severity::Unspecified,
    damages: Damages::None,
    note: Some("本条未列入第六十三、六十四条（X-21）；可能适用第六十二条（约谈、限期整改），造成基金损失的可能适用第六十五条兜底项。"),
};

/// 第六十三条: unilateral termination for the articles it lists.
pub static T63: Consequence = Consequence {
    id: "nt.a63.termination",
    document: NT,
    article: "第六十三条",
    item: None,
    label: "情节严重且不按时整改的，甲方可单方解除协议",
    quote: "甲方认定情节严重或造成较恶劣影响且不在规定时间认真整改的，甲方可单方解除本协议",
    severity: Severity::Termination,
    damages: Damages::None,
    note: Some("解除本身不带3年内不得申请（只有第六十五条末款所列行为才有），§10.6。"),
};

/// 第六十四条 T64a: the fees are not paid, and 「相应违约金」.
pub static T64A: Consequence = Consequence {
    id: "nt.a64.t64a",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "所发生的医疗费用不予支付，并支付相应违约金",
    quote: "所发生的医疗费用甲方不予支付，乙方并应向甲方支付相应违约金",
    severity: Severity::Damages,
    damages: Damages::Unspecified,
    note: Some("「相应违约金」原文未定金额（X-25）。"),
};

/// 第六十四条 T64b: 2000 yuan, then 5000 yuan and suspension, then suspension or termination.
pub static T64B: Consequence = Consequence {
    id: "nt.a64.t64b",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "立即纠正、限期整改并支付2000元违约金；再犯5000元，严重的暂停或解除",
    quote: "乙方应立即纠正、限期整改，并支付甲方2000元违约金。乙方不立即纠正整改或再次违反规定的，向甲方支付5000元违约金并限期暂停整改。情节严重或整改后仍达不到规定要求的，甲方有权暂停乙方医疗保险服务或提前解除服务协议",
    severity: Severity::Termination,
    damages: Damages::Fixed {
        first: 2000,
        repeated: 5000,
    },
    note: Some(REPEAT_READING),
};

/// 第六十四条 T64c: 体检, 2 % of the fees, floor 2000, cap 10万.
pub static T64C: Consequence = Consequence {
    id: "nt.a64.t64c",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "按参检人员体检总费用的2%支付违约金",
    quote: "按参检人员体检总费用的2%向甲方支付违约金，违约金不满2000元，按2000元计，最高为10万元",
    severity: Severity::Damages,
    damages: Damages::ShareOfTotal {
        percent: 2,
        floor: 2000,
        cap: 100_000,
    },
    note: None,
};

/// 第六十四条 T64d: 第五十五、五十六条 — suspension, termination, loss of qualification.
pub static T64D: Consequence = Consequence {
    id: "nt.a64.t64d",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "视情形暂停服务、解除协议、取消医保服务资质",
    quote: "甲方视情形分别予以暂停医疗保险服务、解除服务协议、取消医疗保险服务资质的处理",
    severity: Severity::Termination,
    damages: Damages::None,
    note: Some("造成基金损失的，另须依法赔偿损失并承担法律责任。"),
};

/// 第六十四条 T64e: 第六十条 — 5000 yuan if not corrected, doubled from the second time.
pub static T64E: Consequence = Consequence {
    id: "nt.a64.t64e",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "告知后不纠正或整改不到位的支付5000元违约金，第二次起加倍",
    quote: "不纠正整改或在规定期限内整改不到位的向甲方支付5000元的违约金，自第二次起加倍支付违约金",
    severity: Severity::Damages,
    damages: Damages::Fixed {
        first: 5000,
        repeated: 10_000,
    },
    note: Some("「加倍」按第二次及以后均为10000元（不逐次累乘），计数按协议期内（推定，X-24）。"),
};

/// 第六十四条 T64f: video management, the general sentence.
pub static T64F: Consequence = Consequence {
    id: "nt.a64.t64f",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "视情节限期暂停整改、暂停服务、解除协议、取消医保服务资质",
    quote: "甲方将视情节予以限期暂停整改、暂停医疗保险服务、解除服务协议、取消医保服务资质等处理",
    severity: Severity::Termination,
    damages: Damages::None,
    note: Some("原文写「违反本协议第六十条规定的」，视频管理内容在第五十九条：按第五十九条适用（X-20(a)）。"),
};

/// 第六十四条 T64f: the first obstruction of the cameras.
pub static T64F_FIRST: Consequence = Consequence {
    id: "nt.a64.t64f-first",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "首次遮挡摄像头等造成监控不到位：暂停医保服务1-3个月",
    quote: "乙方首次遮挡摄像头、设置屏障、未经备案改变医保刷卡结算处位置、中断视频设备电源等造成离线、影像不清、监控不到位等情形或擅自接入视频监控系统的，暂停医保服务1-3个月",
    severity: Severity::Suspension,
    damages: Damages::None,
    note: None,
};

/// 第六十四条 T64f: repeated obstruction, or moving the equipment.
pub static T64F_REPEATED: Consequence = Consequence {
    id: "nt.a64.t64f-repeated",
    document: NT,
    article: "第六十四条",
    item: None,
    label: "二次及以上遮挡暂停3-6个月；擅自移动、改装视频设备的解除协议",
    quote: "暂停医保服务3-6个月，情节严重、影响恶劣的解除服务协议；擅自移动、改装、变更视频监控系统设备、线路，或破坏视频设备的，解除服务协议",
    severity: Severity::Termination,
    damages: Damages::None,
    note: Some("「协议期内二次及以上」按协议期计数。"),
};

/// 第六十五条（一）: the fees are returned.
pub static T65_1: Consequence = Consequence {
    id: "nt.a65.t65-1",
    document: NT,
    article: "第六十五条",
    item: Some("（一）"),
    label: "退回违规费用",
    quote: "下列违规行为，乙方退回违规费用",
    severity: Severity::Recovery,
    damages: Damages::None,
    note: None,
};

/// 第六十五条（二）: the fees returned and once their amount.
pub static T65_2: Consequence = Consequence {
    id: "nt.a65.t65-2",
    document: NT,
    article: "第六十五条",
    item: Some("（二）"),
    label: "退回违规费用并支付1倍违约金（2000元至5万元）",
    quote: "乙方退回违规费用，并视违规情况支付违规费用1倍的违约金，违约金不足2000元的按2000元计，最高为5万元",
    severity: Severity::Damages,
    damages: Damages::Multiple {
        times: 1,
        floor: 2000,
        cap: 50_000,
        repeat_doubles: false,
    },
    note: Some("违规费用按抽查比例放大计算后追回的，可不再支付违约金（第七十五条第3款，X-45）。"),
};

/// 第六十五条（三）: the fees returned and twice their amount.
pub static T65_3: Consequence = Consequence {
    id: "nt.a65.t65-3",
    document: NT,
    article: "第六十五条",
    item: Some("（三）"),
    label: "退回违规费用并支付2倍违约金（1万元至10万元）",
    quote:
        "乙方除退回违规费用之外，还须支付2倍的违约金，违约金不满1万元的，按1万元计，最高为10万元",
    severity: Severity::Damages,
    damages: Damages::Multiple {
        times: 2,
        floor: 10_000,
        cap: 100_000,
        repeat_doubles: false,
    },
    note: Some("违规费用按抽查比例放大计算后追回的，可不再支付违约金（第七十五条第3款，X-45）。"),
};

/// 第六十五条（四）: the fees returned and three times their amount, doubled on repeat.
pub static T65_4: Consequence = Consequence {
    id: "nt.a65.t65-4",
    document: NT,
    article: "第六十五条",
    item: Some("（四）"),
    label: "退回违规费用并支付3倍违约金（2万元至20万元），二次及以上加倍",
    quote: "乙方除退回违规费用之外，还须支付3倍的违约金，违约金不满2万元的，按2万元计，最高为20万元。查实二次及以上的违约金加倍",
    severity: Severity::Damages,
    damages: Damages::Multiple {
        times: 3,
        floor: 20_000,
        cap: 200_000,
        repeat_doubles: true,
    },
    note: Some("「加倍」先按3倍套上下限再加倍（最高40万元）还是加倍后再套上下限，原文未定，两种读法都显示（X-24）；计数按协议期内（推定）。"),
};

/// 第六十五条末款: termination and no application for 3 years.
pub static T65_X: Consequence = Consequence {
    id: "nt.a65.t65-x",
    document: NT,
    article: "第六十五条",
    item: None,
    label: "一律解除服务协议，且3年内不得申请医保定点",
    quote: "除按相应条款处理外，甲方一律解除其服务协议，且乙方3年内不得申请医保定点",
    severity: Severity::TerminationAndBar,
    damages: Damages::None,
    note: None,
};

/// 第十一条第4款: obstructing inspection.
pub static A11_OBSTRUCTION: Consequence = Consequence {
    id: "nt.a11.obstruction",
    document: NT,
    article: "第十一条",
    item: None,
    label: "暂缓或不予支付；书面通知后仍拒不履行视作单方自动解除协议",
    quote: "并可暂缓支付或不予支付相关医疗（生育）保险费用；对甲方书面通知后仍拒不履行应尽义务，则视作乙方单方自动解除本服务协议",
    severity: Severity::Termination,
    damages: Damages::None,
    note: None,
};

/// 第十二条: a move that fails acceptance twice; a licence revoked.
pub static A12_MOVE: Consequence = Consequence {
    id: "nt.a12.move-or-revocation",
    document: NT,
    article: "第十二条",
    item: None,
    label: "迁址验收仍不合格的解除协议、取消资质；执业许可证被吊销的自动解除",
    quote: "限期整改后，验收仍不合格的，解除服务协议、取消医疗保险服务资质。乙方被吊销执业许可证等相应证照的，自吊销之日起自动解除本协议",
    severity: Severity::Termination,
    damages: Damages::None,
    note: None,
};

/// 第十七条第3款: the excess over the low-income limits is compensated to the patient.
pub static A17_COMPENSATION: Consequence = Consequence {
    id: "nt.a17.compensation",
    document: NT,
    article: "第十七条",
    item: Some("第3款"),
    label: "超过比例部分由机构在结算后补偿患者",
    quote: "超过比例部分由乙方在费用结算后对患者进行补偿",
    severity: Severity::Recovery,
    damages: Damages::None,
    note: Some("补偿句紧接10%句，是否也适用于8%项原文未明，需确认；按患者逐例计算（推定）。"),
};

/// 第十八条第5款: half the fees of a split admission recovered.
pub static A18_SPLIT_ADMISSION: Consequence = Consequence {
    id: "nt.a18.split-admission-recovery",
    document: NT,
    article: "第十八条",
    item: None,
    label: "分解住院且不刷卡向患者收自费的，按涉及总费用的50%追回",
    quote: "甲方对分解住院的费用按涉及总费用的50%予以追回",
    severity: Severity::Recovery,
    damages: Damages::None,
    note: Some("仅当分解住院且符合规定的费用不刷卡而向参保人员收取自费时适用。"),
};

/// 第二十三条第3款: a station that does not accept its centre's management.
pub static A23_STATION: Consequence = Consequence {
    id: "nt.a23.station-management",
    document: NT,
    article: "第二十三条",
    item: None,
    label: "不配合所属社区卫生服务中心管理的支付2000元违约金，第二次加倍",
    quote: "乙方需支付甲方2000元违约金，告知后不纠正、不整改的，第二次发生类似情形的，违约金加倍",
    severity: Severity::Damages,
    damages: Damages::Fixed {
        first: 2000,
        repeated: 4000,
    },
    note: Some("原文主体写「乙方（社区卫生服务中心）」，上下文为社区卫生服务站接受中心管理，按站适用（X-27）。"),
};

/// 第五十条第2款: a centre that fails to manage its stations or hides their violations.
pub static A50_CENTRE: Consequence = Consequence {
    id: "nt.a50.centre-management",
    document: NT,
    article: "第五十条",
    item: None,
    label: "辖区社区卫生服务站违规且中心未尽管理职能或隐瞒的，支付2000元违约金",
    quote: "甲方查实乙方辖区内社区卫生服务站存在违规行为且乙方未尽到管理职能的，或乙方发现辖区内社区卫生服务站有违规行为但隐瞒不报的，乙方支付2000元违约金",
    severity: Severity::Damages,
    damages: Damages::Fixed {
        first: 2000,
        repeated: 2000,
    },
    note: Some("检查次数不足本身未约定违约金（可能适用第六十二条）；2000元仅当站有违规且中心未尽管理职能或隐瞒时。"),
};

/// 第六十六条: 一般诊疗费 split or overcharged.
pub static A66_GENERAL_FEE: Consequence = Consequence {
    id: "nt.a66.general-fee",
    document: NT,
    article: "第六十六条",
    item: None,
    label: "基金支付部分不予支付并支付1倍违约金；告知后仍不纠正的2倍",
    quote: "其基金支付部分甲方不予支付，乙方并按规定支付1倍违约金；对告知后仍不纠正的，乙方支付2倍的违约金",
    severity: Severity::Damages,
    damages: Damages::Unspecified,
    note: Some("倍数的基数（多收取金额还是基金支付部分）原文未写，无上下限（§10.5）。"),
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
    &T65_1,
    &T65_2,
    &T65_3,
    &T65_4,
    &T65_X,
    &A11_OBSTRUCTION,
    &A12_MOVE,
    &A17_COMPENSATION,
    &A18_SPLIT_ADMISSION,
    &A23_STATION,
    &A50_CENTRE,
    &A66_GENERAL_FEE,
];
