//! The Nantong agreement's lists of violations (rules map §9.5, §10.5):
//! 第六十二条 items 1–5 (约谈、限期整改), 第六十五条（一）～（四） and the
//! final paragraph's list (解除并3年内不得申请), each act asked once as
//! "是否存在" (questions in `facts::compliance::nantong_violations`).
//!
//! Where one act stands in several tiers the item names every consequence
//! the first camera obstruction (（二）16 and 第六十四条 1-3 个月),
//! repeated obstruction or tampering (（四）9 and 第六十四条 3-6 个月/解除),
//! settling for other institutions (（四）6 merged into 末款2), obstructing
//! inspection (末款5 and 第十一条), a revoked licence (末款4 and 第十二条).
//!
//! 第六十二条6 「其他违反医保政策、本协议条款，情节轻微的」 names no act,
//! only a degree of gravity the agency decides: it is asked as whether the
//! agency has told the institution of such a finding, as the Jiangsu items
//! of the agencies' findings are.
//!
//! Not encoded: the catch-alls 第六十五条（一）4, （二）17, （三）6, （四）10
//! and 末款6. They name no act, only a degree of gravity (较严重 … 造成严重
//! 后果) that the agency decides and ties to a loss to be returned; every
//! act a self-audit can name is asked under its own item here or in the
//! Jiangsu and Nantong obligation lists.
//!
//! The seed and the rules map agree on every item quoted here.

use super::risks;
use crate::catalog::audit::{self, Scope};
use crate::catalog::builder::item;
use crate::catalog::checks;
use crate::catalog::risk::Consequence;
use crate::catalog::rule::{Ctx, Missing, Rule, Verdict};
use crate::facts::compliance::jiangsu as js;
use crate::facts::compliance::nantong_violations as q;
use crate::facts::compliance::scope;
use crate::sources::DocumentId;

type Checked = Result<Verdict, Missing>;

/// 第六十五条（二）16: any obstruction in the agreement period means the
/// first one happened.
fn camera_first(ctx: &Ctx) -> Checked {
    let n = ctx.get(&q::NT_A65_CAMERA_OBSTRUCTIONS)?;
    let label = q::NT_A65_CAMERA_OBSTRUCTIONS.info.label;
    Ok(match n {
        0 => Verdict::pass(format!("{label}：0 次。")),
        1 => Verdict::fail(format!("{label}：1 次（首次）。")),
        n => Verdict::fail(format!(
            "{label}：{n} 次。首次按本项处理，第二次起另属第六十五条（四）9。"
        )),
    })
}

/// 第六十五条（四）9: a second obstruction in the agreement period, or the
/// equipment moved, altered or damaged even once.
fn camera_repeated(ctx: &Ctx) -> Checked {
    let count = ctx.get(&q::NT_A65_CAMERA_OBSTRUCTIONS).map(|n| {
        let counted = format!("{}：{n} 次", q::NT_A65_CAMERA_OBSTRUCTIONS.info.label);
        if n >= 2 {
            Verdict::fail(format!("{counted}（二次及以上）。"))
                .failing_on(q::NT_A65_CAMERA_OBSTRUCTIONS.info.id)
        } else {
            Verdict::pass(format!("{counted}，未达二次。"))
        }
    });
    checks::all_of(vec![count, audit::absent(ctx, &q::NT_A65_VIDEO_TAMPERED)])
}

/// 第六十五条: how many suspensions in one agreement period terminate it.
static P_REPEATED_SUSPENSIONS: crate::catalog::params::Param = crate::catalog::params::Param {
    id: "nt.a65.terminate-repeated-suspension",
    unit: crate::catalog::params::Unit::Count("次"),
    bound: crate::catalog::params::Bound::Below,
    rows: &[crate::catalog::params::Row {
        from: None,
        value: 3,
        document: DocumentId::Nantong,
        article: "第六十五条",
        item: None,
        quote: "协议有效期内累计3次被暂停协议或暂停协议期间未按时限要求整改或整改不到位的",
        external: None,
    }],
};

pub static RULES: &[Rule] = &[
    item!(Nantong, "nt.a62.abnormal-costs", "第六十二条", None, "医疗费用异常",
        quote: "医疗费用异常的",
        asks: [q::NT_A62_ABNORMAL_COSTS],
        check: |ctx| audit::absent(ctx, &q::NT_A62_ABNORMAL_COSTS),
        risks: [risks::T62],
        advice: "分析费用异常原因，纠正不合理部分并留存说明材料。",
    ),
    item!(Nantong, "nt.a62.management-measures", "第六十二条", None, "未落实协议管理措施",
        quote: "未按本协议要求落实管理措施的",
        asks: [q::NT_A62_MEASURES_NOT_KEPT],
        check: |ctx| audit::absent(ctx, &q::NT_A62_MEASURES_NOT_KEPT),
        risks: [risks::T62],
        advice: "对照协议逐条列出管理措施，限期补齐未落实项。",
    ),
    item!(Nantong, "nt.a62.materials-not-provided", "第六十二条", None, "未及时完整提供资料",
        quote: "未及时、准确、完整提供甲方要求提供的资料的",
        asks: [q::NT_A62_MATERIALS_NOT_PROVIDED],
        check: |ctx| audit::absent(ctx, &q::NT_A62_MATERIALS_NOT_PROVIDED),
        risks: [risks::T62],
        advice: "建立资料报送台账，按经办机构要求的时限和内容报送。",
    ),
    item!(Nantong, "nt.a62.informed-consent", "第六十二条", None, "未保障参保人员知情同意",
        quote: "未保障参保人员知情同意权，不向其提供费用明细清单、出院病情证明等资料或不履行知情同意手续的",
        asks: [q::NT_A62_INFORMED_CONSENT],
        check: |ctx| audit::absent(ctx, &q::NT_A62_INFORMED_CONSENT),
        risks: [risks::T62],
        advice: "按规定提供费用明细清单、出院病情证明，自费项目签知情同意书。",
    ),
    item!(Nantong, "nt.a62.complaints-not-handled", "第六十二条", None, "未及时查处投诉和监督问题",
        quote: "未及时查处参保人员投诉和社会监督反映问题的",
        asks: [q::NT_A62_COMPLAINTS_NOT_HANDLED],
        check: |ctx| audit::absent(ctx, &q::NT_A62_COMPLAINTS_NOT_HANDLED),
        risks: [risks::T62],
        advice: "建立投诉登记和查处台账，明确责任人和办结时限。",
    ),
    item!(Nantong, "nt.a62.minor-other-notified", "第六十二条", None, "其他情节轻微的违约",
        quote: "其他违反医保政策、本协议条款，情节轻微的",
        asks: [q::NT_A62_MINOR_OTHER_NOTIFIED],
        check: |ctx| audit::absent(ctx, &q::NT_A62_MINOR_OTHER_NOTIFIED),
        risks: [risks::T62],
        advice: "按医保经办机构的告知纠正，留存整改记录。",
        reading: "兜底项：「情节轻微」由医保经办机构认定，机构不能自行判断，故问是否已被告知或认定；未被告知的按“否”。本条以未造成医保基金损失为前提，造成损失的按第六十五条处理。",
    ),
    item!(Nantong, "nt.a65.i1.card-not-used", "第六十五条", Some("（一）"), "应刷卡而未刷卡结算",
        quote: "应使用社会保障卡刷卡结算而未用社会保障卡结算发生的费用（含自费医疗费用）",
        asks: [q::NT_A65_CARD_NOT_USED],
        check: |ctx| audit::absent(ctx, &q::NT_A65_CARD_NOT_USED),
        risks: [risks::T65_1],
        advice: "参保人员就医一律刷卡（扫码）结算，不得改按自费收取。",
    ),
    item!(Nantong, "nt.a65.i1.excessive-care", "第六十五条", Some("（一）"), "过度、不合理医疗",
        quote: "过度、不合理医疗",
        asks: [q::NT_A65_EXCESSIVE_CARE],
        check: |ctx| audit::absent(ctx, &q::NT_A65_EXCESSIVE_CARE),
        risks: [risks::T65_1],
        advice: "开展处方和病历点评，对超出病情需要的诊疗限期纠正。",
    ),
    item!(Nantong, "nt.a65.i1.item-mapping-error", "第六十五条", Some("（一）"), "项目对应错误或操作不当",
        quote: "项目对应错误或操作不当造成基金损失",
        asks: [q::NT_A65_ITEM_MAPPING_ERROR],
        check: |ctx| audit::absent(ctx, &q::NT_A65_ITEM_MAPPING_ERROR),
        risks: [risks::T65_1],
        advice: "核对院内项目与医保编码的对应关系，退回多支付的基金。",
    ),
    item!(Nantong, "nt.a65.i2.prescription-rules", "第六十五条", Some("（二）"), "违反处方管理或超范围用药",
        quote: "空白处方等违反处方管理规定或超使用范围、规定、规范、权限使用药品",
        asks: [q::NT_A65_PRESCRIPTION_RULES],
        check: |ctx| audit::absent(ctx, &q::NT_A65_PRESCRIPTION_RULES),
        risks: [risks::T65_2],
        advice: "开展处方点评，杜绝空白处方，按说明书和医保限定范围用药。",
    ),
    item!(Nantong, "nt.a65.i2.unrelated-treatment", "第六十五条", Some("（二）"), "使用与疾病无关的药品检查",
        quote: "使用与疾病无关的药品，进行无关的检查治疗",
        asks: [q::NT_A65_UNRELATED_TREATMENT],
        check: |ctx| audit::absent(ctx, &q::NT_A65_UNRELATED_TREATMENT),
        risks: [risks::T65_2],
        advice: "核对诊断与用药、检查的对应关系，无关费用不得纳入医保结算。",
    ),
    item!(Nantong, "nt.a65.i2.stock-mismatch", "第六十五条", Some("（二）"), "药品购销存不符",
        quote: "药品购销存不符",
        asks: [q::NT_A65_STOCK_MISMATCH],
        check: |ctx| audit::absent(ctx, &q::NT_A65_STOCK_MISMATCH),
        risks: [risks::T65_2],
        advice: "定期盘点，核对药品进销存账、实物与医保结算数据。",
    ),
    item!(Nantong, "nt.a65.i2.maternity-registration", "第六十五条", Some("（二）"), "生育保险审核登记错误",
        quote: "未按规定审核生育保险待遇或登记、录入信息错误",
        asks: [scope::MATERNITY_LICENCE, q::NT_A65_MATERNITY_REGISTRATION],
        check: |ctx| audit::absent(ctx, &q::NT_A65_MATERNITY_REGISTRATION),
        scope: [Scope::Maternity],
        risks: [risks::T65_2],
        advice: "生育保险待遇逐例审核，登记信息录入后双人核对。",
    ),
    item!(Nantong, "nt.a65.i2.improper-charges", "第六十五条", Some("（二）"), "违规收费或记账不符",
        quote: "违反物价规定收费或记帐与病历、实际等不符或多记多收费用",
        asks: [q::NT_A65_IMPROPER_CHARGES],
        check: |ctx| audit::absent(ctx, &q::NT_A65_IMPROPER_CHARGES),
        risks: [risks::T65_2],
        advice: "对照价格政策清理收费项目，核对费用清单与病历医嘱。",
    ),
    item!(Nantong, "nt.a65.i2.outpatient-identity-mismatch", "第六十五条", Some("（二）"), "门诊人证不符",
        quote: "门诊人证不符",
        asks: [q::NT_A65_OUTPATIENT_IDENTITY_MISMATCH],
        check: |ctx| audit::absent(ctx, &q::NT_A65_OUTPATIENT_IDENTITY_MISMATCH),
        risks: [risks::T65_2],
        advice: "门诊就诊核验本人身份与社会保障卡，拒绝冒名就医。",
    ),
    item!(Nantong, "nt.a65.i2.drug-or-item-swap", "第六十五条", Some("（二）"), "以药易药、串换项目",
        quote: "以药易药、串换项目",
        asks: [js::SWAPPED_ITEMS],
        check: |ctx| audit::absent(ctx, &js::SWAPPED_ITEMS),
        risks: [risks::T65_2],
        advice: "按实际使用的药品和项目如实记账，禁止串换。",
    ),
    item!(Nantong, "nt.a65.i2.medical-records", "第六十五条", Some("（二）"), "病历缺失或记录不全",
        quote: "未书写门诊病历或医疗文件记录不详、不符、不完整、不及时或不能提供病历等资料",
        asks: [q::NT_A65_MEDICAL_RECORDS],
        check: |ctx| audit::absent(ctx, &q::NT_A65_MEDICAL_RECORDS),
        risks: [risks::T65_2],
        advice: "门诊病历逐例书写，定期抽查病历质量并及时归档。",
    ),
    item!(Nantong, "nt.a65.i2.proxy-dispensing", "第六十五条", Some("（二）"), "代配药违规",
        quote: "超代配适用人群、未履行代配药登记或登记不实、不全",
        asks: [q::NT_A65_PROXY_DISPENSING],
        check: |ctx| audit::absent(ctx, &q::NT_A65_PROXY_DISPENSING),
        risks: [risks::T65_2],
        advice: "只为规定的适用人群代配药，逐例完整登记代配信息。",
    ),
    item!(Nantong, "nt.a65.i2.non-covered-billed", "第六十五条", Some("（二）"), "范围外费用纳入基金结算",
        quote: "未经批准项目或不属于医疗（生育）保险基金支付范围或超过医保支付标准的医疗费用列入医疗（生育）保险基金结算",
        asks: [q::NT_A65_NON_COVERED_BILLED],
        check: |ctx| audit::absent(ctx, &q::NT_A65_NON_COVERED_BILLED),
        risks: [risks::T65_2],
        advice: "维护医保目录对照，范围外及超标准费用不得申报基金结算。",
    ),
    item!(Nantong, "nt.a65.i2.no-receipt", "第六十五条", Some("（二）"), "未开具有效费用票据",
        quote: "未开具或不提供有效医疗费用票据（含自费病人）",
        asks: [q::NT_A65_NO_RECEIPT],
        check: |ctx| audit::absent(ctx, &q::NT_A65_NO_RECEIPT),
        risks: [risks::T65_2],
        advice: "每笔收费（含自费病人）均开具并交付有效医疗费用票据。",
    ),
    item!(Nantong, "nt.a65.i2.improper-admission", "第六十五条", Some("（二）"), "不符合条件住院或空挂床",
        quote: "将不符合住院条件收治住院或空、挂床住院（违规费用按所涉人次×当月住院人次均费用计）",
        asks: [scope::INPATIENT_SERVICE, q::NT_A65_IMPROPER_ADMISSION],
        check: |ctx| audit::absent(ctx, &q::NT_A65_IMPROPER_ADMISSION),
        scope: [Scope::Inpatient],
        risks: [risks::T65_2],
        advice: "严格执行出入院标准，定期查房核对在床情况。",
    ),
    item!(Nantong, "nt.a65.i2.personal-goods", "第六十五条", Some("（二）"), "执业场所摆放生活用品",
        quote: "执业场所存放、摆放生活用品、食品、保健品",
        asks: [q::NT_A65_PERSONAL_GOODS],
        check: |ctx| audit::absent(ctx, &q::NT_A65_PERSONAL_GOODS),
        risks: [risks::T65_2],
        advice: "清理执业场所内的生活用品、食品、保健品。",
    ),
    item!(Nantong, "nt.a65.i2.split-visits", "第六十五条", Some("（二）"), "分解门诊人次或超范围诊疗",
        quote: "其他非正常诊疗或故意分解门诊人次（违规费用按所涉人次×当月人次均费用计）或超范围诊疗",
        asks: [q::NT_A65_SPLIT_VISITS],
        check: |ctx| audit::absent(ctx, &q::NT_A65_SPLIT_VISITS),
        risks: [risks::T65_2],
        advice: "一次就诊只计一个门诊人次，在核准的诊疗科目内执业。",
    ),
    item!(Nantong, "nt.a65.i2.accident-not-reported", "第六十五条", Some("（二）"), "事故伤害未申报或隐瞒",
        quote: "对医疗事故、交通事故、意外伤害等未按规定申报或隐瞒，造成基金损失的",
        asks: [q::NT_A65_ACCIDENT_NOT_REPORTED],
        check: |ctx| audit::absent(ctx, &q::NT_A65_ACCIDENT_NOT_REPORTED),
        risks: [risks::T65_2],
        advice: "建立外伤、事故病人登记核查制度，按规定申报。",
    ),
    item!(Nantong, "nt.a65.i2.camera-first", "第六十五条", Some("（二）"), "首次遮挡摄像头等",
        quote: "首次遮挡摄像头、设置屏障、未经备案改变医保刷卡结算处位置、中断视频设备电源等造成监控不到位的",
        asks: [scope::VIDEO_MANAGEMENT, q::NT_A65_CAMERA_OBSTRUCTIONS],
        check: camera_first,
        scope: [Scope::Video],
        risks: [risks::T65_2, risks::T64F_FIRST],
        advice: "立即恢复视频监控，确保摄像头无遮挡、电源不中断。",
        reading: "「首次」「二次及以上」按当前协议期计数（第六十四条写「协议期内」）⟦X-24⟧。首次的1倍违约金与第六十四条暂停医保服务1-3个月并列显示⟦X-26⟧；第二次起另属（四）9。",
    ),
    item!(Nantong, "nt.a65.i3.card-retained", "第六十五条", Some("（三）"), "留存社保卡或拿他处刷卡",
        quote: "收集留存参保人员社会保障卡或将参保人员社会保障卡拿到其他定点单位刷卡结算",
        asks: [q::NT_A65_CARD_RETAINED],
        check: |ctx| audit::absent(ctx, &q::NT_A65_CARD_RETAINED),
        risks: [risks::T65_3],
        advice: "就诊结算后即时归还社会保障卡，禁止留存和代刷。",
    ),
    item!(Nantong, "nt.a65.i3.copay-waived", "第六十五条", Some("（三）"), "个人自付费用不付或少付",
        quote: "个人先付、自付费用变通为不付或少付",
        asks: [q::NT_A65_COPAY_WAIVED],
        check: |ctx| audit::absent(ctx, &q::NT_A65_COPAY_WAIVED),
        risks: [risks::T65_3],
        advice: "按规定足额收取个人先付、自付费用，不得减免变通。",
    ),
    item!(Nantong, "nt.a65.i3.pooled-fund-misuse", "第六十五条", Some("（三）"), "违规使用统筹费用",
        quote: "违规使用统筹费用及公务员门诊补助等",
        asks: [q::NT_A65_POOLED_FUND_MISUSE],
        check: |ctx| audit::absent(ctx, &q::NT_A65_POOLED_FUND_MISUSE),
        risks: [risks::T65_3],
        advice: "核对统筹基金、公务员补助的支付范围，违规费用退回。",
    ),
    item!(Nantong, "nt.a65.i3.drugs-for-health-products", "第六十五条", Some("（三）"), "以药换保健品或器械用品",
        quote: "以药换保健品或医疗器械用品等",
        asks: [q::NT_A65_DRUGS_FOR_HEALTH_PRODUCTS],
        check: |ctx| audit::absent(ctx, &q::NT_A65_DRUGS_FOR_HEALTH_PRODUCTS),
        risks: [risks::T65_3],
        advice: "按实际提供的物品如实记账，保健品等不得纳入医保结算。",
    ),
    item!(Nantong, "nt.a65.i3.network-connection", "第六十五条", Some("（三）"), "私接医保系统或网络",
        quote: "私自安装、连接医疗保险信息系统或将分支机构、其它机构连接医保网络或擅自变更医疗保险网络线路",
        asks: [q::NT_A65_NETWORK_CONNECTION],
        check: |ctx| audit::absent(ctx, &q::NT_A65_NETWORK_CONNECTION),
        risks: [risks::T65_3],
        advice: "清查医保网络接入点，断开未经批准的连接并报备。",
    ),
    item!(Nantong, "nt.a65.i4.false-claims", "第六十五条", Some("（四）"), "虚假就诊或虚记费用",
        quote: "虚假门诊、住院或虚记医疗费用、空划记账留存医疗费用",
        asks: [q::NT_A65_FALSE_CLAIMS],
        check: |ctx| audit::absent(ctx, &q::NT_A65_FALSE_CLAIMS),
        risks: [risks::T65_4],
        advice: "核对结算记录与实际诊疗，虚记费用立即退回。",
    ),
    item!(Nantong, "nt.a65.i4.inpatient-identity-mismatch", "第六十五条", Some("（四）"), "住院人证不符",
        quote: "住院人证不符（违规费用为该行为已发生费用或已结算的费用）",
        asks: [scope::INPATIENT_SERVICE, q::NT_A65_INPATIENT_IDENTITY_MISMATCH],
        check: |ctx| audit::absent(ctx, &q::NT_A65_INPATIENT_IDENTITY_MISMATCH),
        scope: [Scope::Inpatient],
        risks: [risks::T65_4],
        advice: "入院时核验身份并留存证件复印件，住院期间复核人证一致。",
    ),
    item!(Nantong, "nt.a65.i4.forged-records", "第六十五条", Some("（四）"), "伪造编造病历等资料",
        quote: "伪造、编造病历、处方、检查、治疗、病情证明、疾病评估表等资料",
        asks: [q::NT_A65_FORGED_RECORDS],
        check: |ctx| audit::absent(ctx, &q::NT_A65_FORGED_RECORDS),
        risks: [risks::T65_4],
        advice: "医疗文书按实际诊疗书写，发现伪造立即纠正并追责。",
    ),
    item!(Nantong, "nt.a65.i4.false-materials", "第六十五条", Some("（四）"), "虚假资料或购销存严重不符",
        quote: "提供虚假资料，购销存严重不符",
        asks: [q::NT_A65_FALSE_MATERIALS],
        check: |ctx| audit::absent(ctx, &q::NT_A65_FALSE_MATERIALS),
        risks: [risks::T65_4],
        advice: "如实提供资料，全面盘点购销存并查明差异原因。",
        reading: "与（二）3「药品购销存不符」按程度区分：严重不符或提供虚假资料的按本项，一般不符按（二）3；「严重」原文未定标准，以甲方认定为准。",
    ),
    item!(Nantong, "nt.a65.i4.drugs-for-goods", "第六十五条", Some("（四）"), "以药易物",
        quote: "以药易物（换取洗发水、米、家用电器等物品）",
        asks: [js::DRUGS_FOR_GOODS],
        check: |ctx| audit::absent(ctx, &js::DRUGS_FOR_GOODS),
        risks: [risks::T65_4],
        advice: "禁止以医保药品名义换取生活物品，违规费用退回。",
    ),
    item!(Nantong, "nt.a65.i4.fund-cash-out", "第六十五条", Some("（四）"), "套取骗取医保基金",
        quote: "采用换购物卡、有价证券及提取现金等各种形式套取、骗取医疗（生育）保险基金",
        asks: [q::NT_A65_FUND_CASH_OUT],
        check: |ctx| audit::absent(ctx, &q::NT_A65_FUND_CASH_OUT),
        risks: [risks::T65_4],
        advice: "清查刷卡记录，杜绝刷卡换购物卡、有价证券或提现。",
    ),
    item!(Nantong, "nt.a65.i4.network-intrusion", "第六十五条", Some("（四）"), "非法侵入攻击医保网络",
        quote: "非法侵入、攻击医疗保险网络",
        asks: [q::NT_A65_NETWORK_INTRUSION],
        check: |ctx| audit::absent(ctx, &q::NT_A65_NETWORK_INTRUSION),
        risks: [risks::T65_4],
        advice: "落实网络安全管理，禁止未经授权访问医保网络。",
    ),
    item!(Nantong, "nt.a65.i4.camera-repeated-or-tampered", "第六十五条", Some("（四）"), "再次遮挡或改装视频设备",
        quote: "擅自移动、改装、变更视频系统设备、线路或破坏视频设备或二次及以上遮挡摄像头、设置屏障",
        asks: [scope::VIDEO_MANAGEMENT, q::NT_A65_CAMERA_OBSTRUCTIONS, q::NT_A65_VIDEO_TAMPERED],
        check: camera_repeated,
        scope: [Scope::Video],
        risks: [risks::T65_4, risks::T64F_REPEATED, risks::T64F_TAMPERED],
        only_on: [
            (risks::T64F_REPEATED, [q::NT_A65_CAMERA_OBSTRUCTIONS]),
            (risks::T64F_TAMPERED, [q::NT_A65_VIDEO_TAMPERED]),
        ],
        advice: "恢复视频设备原状；变更位置须提前7个工作日书面申请。",
        reading: "「二次及以上」按当前协议期计数⟦X-24⟧；擅自移动、改装、变更或破坏视频设备一次即属本项。3倍违约金与第六十四条暂停3-6个月或解除协议并列显示⟦X-26⟧。",
    ),
    item!(Nantong, "nt.a65.terminate-fake-services", "第六十五条", None, "伪造文书虚构假住院假就诊",
        quote: "通过伪造医疗文书、财务票据或凭证等方式，虚构医疗服务“假住院、假就诊”骗取医保基金的",
        asks: [q::NT_A65_FAKE_SERVICES],
        check: |ctx| audit::absent(ctx, &q::NT_A65_FAKE_SERVICES),
        risks: [risks::T65_X],
        advice: "立即停止，退回骗取的基金并主动向医保部门报告。",
        reading: "末款「除按相应条款处理外」：本行为同时属（四）1虚假门诊住院、（四）3伪造病历等，其3倍违约金由该两项列出。",
    ),
    item!(Nantong, "nt.a65.terminate-settlement-for-others", "第六十五条", None, "为其他机构提供医保结算",
        quote: "为非定点医疗机构、暂停协议机构等其他机构提供医疗费用结算的",
        asks: [js::SETTLEMENT_FOR_OTHERS],
        check: |ctx| audit::absent(ctx, &js::SETTLEMENT_FOR_OTHERS),
        risks: [risks::T65_X, risks::T65_4],
        advice: "医保结算只用于本机构本执业地址的就诊，禁止为他机构刷卡。",
        reading: "与（四）6「为非定点单位或其他定点单位提供……刷卡结算或提供方便造成恶劣影响」同一行为，合并一问：为其他机构结算即属末款2；「造成恶劣影响」由甲方认定，另列（四）3倍违约金⟦X-26⟧。",
    ),
    item!(Nantong, "nt.a65.terminate-repeated-suspension", "第六十五条", None, "累计{}暂停或暂停未整改",
        quote: "协议有效期内累计3次被暂停协议或暂停协议期间未按时限要求整改或整改不到位的",
        asks: [q::NT_A65_SUSPENSIONS, q::NT_A65_SUSPENSION_NOT_RECTIFIED],
        check: |ctx| audit::repeated_suspension(ctx, &q::NT_A65_SUSPENSIONS, &q::NT_A65_SUSPENSION_NOT_RECTIFIED, &P_REPEATED_SUSPENSIONS),
        risks: [risks::T65_X],
        params: [P_REPEATED_SUSPENSIONS],
        advice: "暂停期间按时限整改到位，避免协议期内再次被暂停。",
        reading: "按当前协议有效期计数，续签后重新计⟦X-18⟧。「暂停协议」含暂停医疗保险服务、限期暂停整改，江苏细则的中止也计入（暂停与中止是否合并计数原文未定，从严）。任一次暂停期间未按时限整改即属本项。",
    ),
    item!(Nantong, "nt.a65.terminate-licence-revoked", "第六十五条", None, "被吊销执业许可证或营业执照",
        quote: "被吊销《医疗机构执业许可证》或《营业执照》的",
        asks: [q::NT_A65_LICENCE_REVOKED],
        check: |ctx| audit::absent(ctx, &q::NT_A65_LICENCE_REVOKED),
        risks: [risks::T65_X, risks::A12_REVOKED],
        advice: "立即停止医保结算，书面告知经办机构并配合清算。",
    ),
    item!(Nantong, "nt.a65.terminate-obstruct-inspection", "第六十五条", None, "拒绝阻挠不配合监督检查",
        quote: "拒绝、阻挠或不配合经办机构开展必要监督检查的",
        asks: [q::NT_A65_OBSTRUCTED_INSPECTION],
        check: |ctx| audit::absent(ctx, &q::NT_A65_OBSTRUCTED_INSPECTION),
        risks: [risks::T65_X, risks::A11_OBSTRUCTION],
        advice: "指定专人对接检查，按要求及时提供病历、票据等资料。",
    ),
    item!(Nantong, "nt.a67.penalty-loss-returned", "第六十七条", None, "被行政处罚涉及的基金损失主动退回",
        quote: "乙方违反卫健、价格等管理规定被行政处罚的，涉及医疗保险、生育保险基金损失的，乙方应主动退回",
        asks: [q::NT_A67_LOSS_NOT_RETURNED],
        check: |ctx| audit::absent(ctx, &q::NT_A67_LOSS_NOT_RETURNED),
        risks: [risks::A67_NOT_RETURNED],
        advice: "被卫健、价格等部门处罚涉及医保基金损失的，主动核算并退回医保经办机构。",
    ),
];

/// Consequences defined here (beyond `risks.rs`): none, the tiers are all there.
pub static RISKS: &[&Consequence] = &[];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::{cases, Case};
    use crate::facts::compliance::jiangsu as js;
    use crate::facts::compliance::nantong_violations as q;
    use crate::facts::compliance::{scope, Value};
    use crate::facts::*;

    const N: Jurisdiction = Jurisdiction::Nantong;

    /// A designated institution.
    fn designated(p: &mut Profile) {
        p.application.kind = Some(ApplicationKind::Designated);
    }

    /// A designated institution answering "是" to `question`.
    fn yes(p: &mut Profile, question: &'static str) {
        designated(p);
        p.compliance.set(question, Value::YesNo(true));
    }

    /// A designated institution under video management.
    fn video(p: &mut Profile) {
        designated(p);
        p.compliance
            .set(scope::VIDEO_MANAGEMENT.info.id, Value::YesNo(true));
    }

    /// Under video management, with `n` camera obstructions this period.
    fn obstructions(p: &mut Profile, n: u32) {
        video(p);
        p.compliance
            .set(q::NT_A65_CAMERA_OBSTRUCTIONS.info.id, Value::Count(n));
    }

    /// `n` suspensions this agreement period.
    fn suspended(p: &mut Profile, n: u32) {
        designated(p);
        p.compliance
            .set(q::NT_A65_SUSPENSIONS.info.id, Value::Count(n));
    }

    pub(crate) static CASES: &[Case] = cases! { N;
        "南通协议第六十二条1：本机构未见该情形": "nt.a62.abnormal-costs", |p| designated(p) => Pass;
        "南通协议第六十二条1：存在「医疗费用异常」的不符合": "nt.a62.abnormal-costs", |p| yes(p, q::NT_A62_ABNORMAL_COSTS.info.id) => Fail;
        "南通协议第六十二条2：本机构未见该情形": "nt.a62.management-measures", |p| designated(p) => Pass;
        "南通协议第六十二条2：存在「未落实协议管理措施」的不符合": "nt.a62.management-measures", |p| yes(p, q::NT_A62_MEASURES_NOT_KEPT.info.id) => Fail;
        "南通协议第六十二条3：本机构未见该情形": "nt.a62.materials-not-provided", |p| designated(p) => Pass;
        "南通协议第六十二条3：存在「未及时完整提供资料」的不符合": "nt.a62.materials-not-provided", |p| yes(p, q::NT_A62_MATERIALS_NOT_PROVIDED.info.id) => Fail;
        "南通协议第六十二条4：本机构未见该情形": "nt.a62.informed-consent", |p| designated(p) => Pass;
        "南通协议第六十二条4：存在「未保障参保人员知情同意」的不符合": "nt.a62.informed-consent", |p| yes(p, q::NT_A62_INFORMED_CONSENT.info.id) => Fail;
        "南通协议第六十二条5：本机构未见该情形": "nt.a62.complaints-not-handled", |p| designated(p) => Pass;
        "南通协议第六十二条5：存在「未及时查处投诉和监督问题」的不符合": "nt.a62.complaints-not-handled", |p| yes(p, q::NT_A62_COMPLAINTS_NOT_HANDLED.info.id) => Fail;
        "南通协议第六十二条6：未被告知有其他情节轻微的违约": "nt.a62.minor-other-notified", |p| designated(p) => Pass;
        "南通协议第六十二条6：已被告知有其他情节轻微的违约，可约谈、限期整改": "nt.a62.minor-other-notified", |p| yes(p, q::NT_A62_MINOR_OTHER_NOTIFIED.info.id) => Fail;
        "南通协议第六十五条（一）1：本机构未见该情形": "nt.a65.i1.card-not-used", |p| designated(p) => Pass;
        "南通协议第六十五条（一）1：存在「应刷卡而未刷卡结算」的不符合": "nt.a65.i1.card-not-used", |p| yes(p, q::NT_A65_CARD_NOT_USED.info.id) => Fail;
        "南通协议第六十五条（一）2：本机构未见该情形": "nt.a65.i1.excessive-care", |p| designated(p) => Pass;
        "南通协议第六十五条（一）2：存在「过度、不合理医疗」的不符合": "nt.a65.i1.excessive-care", |p| yes(p, q::NT_A65_EXCESSIVE_CARE.info.id) => Fail;
        "南通协议第六十五条（一）3：本机构未见该情形": "nt.a65.i1.item-mapping-error", |p| designated(p) => Pass;
        "南通协议第六十五条（一）3：存在「项目对应错误或操作不当」的不符合": "nt.a65.i1.item-mapping-error", |p| yes(p, q::NT_A65_ITEM_MAPPING_ERROR.info.id) => Fail;
        "南通协议第六十五条（二）1：本机构未见该情形": "nt.a65.i2.prescription-rules", |p| designated(p) => Pass;
        "南通协议第六十五条（二）1：存在「违反处方管理或超范围用药」的不符合": "nt.a65.i2.prescription-rules", |p| yes(p, q::NT_A65_PRESCRIPTION_RULES.info.id) => Fail;
        "南通协议第六十五条（二）2：本机构未见该情形": "nt.a65.i2.unrelated-treatment", |p| designated(p) => Pass;
        "南通协议第六十五条（二）2：存在「使用与疾病无关的药品检查」的不符合": "nt.a65.i2.unrelated-treatment", |p| yes(p, q::NT_A65_UNRELATED_TREATMENT.info.id) => Fail;
        "南通协议第六十五条（二）3：本机构未见该情形": "nt.a65.i2.stock-mismatch", |p| designated(p) => Pass;
        "南通协议第六十五条（二）3：存在「药品购销存不符」的不符合": "nt.a65.i2.stock-mismatch", |p| yes(p, q::NT_A65_STOCK_MISMATCH.info.id) => Fail;
        "南通协议第六十五条（二）4：本机构未见该情形": "nt.a65.i2.maternity-registration", |p| designated(p) => Pass;
        "南通协议第六十五条（二）4：存在「生育保险审核登记错误」的不符合": "nt.a65.i2.maternity-registration", |p| yes(p, q::NT_A65_MATERNITY_REGISTRATION.info.id) => Fail;
        "南通协议第六十五条（二）4：不属于适用对象的不适用": "nt.a65.i2.maternity-registration", |p| { yes(p, q::NT_A65_MATERNITY_REGISTRATION.info.id); p.compliance.set(scope::MATERNITY_LICENCE.info.id, Value::YesNo(false)) } => NotApplicable;
        "南通协议第六十五条（二）5：本机构未见该情形": "nt.a65.i2.improper-charges", |p| designated(p) => Pass;
        "南通协议第六十五条（二）5：存在「违规收费或记账不符」的不符合": "nt.a65.i2.improper-charges", |p| yes(p, q::NT_A65_IMPROPER_CHARGES.info.id) => Fail;
        "南通协议第六十五条（二）6：本机构未见该情形": "nt.a65.i2.outpatient-identity-mismatch", |p| designated(p) => Pass;
        "南通协议第六十五条（二）6：存在「门诊人证不符」的不符合": "nt.a65.i2.outpatient-identity-mismatch", |p| yes(p, q::NT_A65_OUTPATIENT_IDENTITY_MISMATCH.info.id) => Fail;
        "南通协议第六十五条（二）7：本机构未见该情形": "nt.a65.i2.drug-or-item-swap", |p| designated(p) => Pass;
        "南通协议第六十五条（二）7：存在「以药易药、串换项目」的不符合": "nt.a65.i2.drug-or-item-swap", |p| yes(p, js::SWAPPED_ITEMS.info.id) => Fail;
        "南通协议第六十五条（二）8：本机构未见该情形": "nt.a65.i2.medical-records", |p| designated(p) => Pass;
        "南通协议第六十五条（二）8：存在「病历缺失或记录不全」的不符合": "nt.a65.i2.medical-records", |p| yes(p, q::NT_A65_MEDICAL_RECORDS.info.id) => Fail;
        "南通协议第六十五条（二）9：本机构未见该情形": "nt.a65.i2.proxy-dispensing", |p| designated(p) => Pass;
        "南通协议第六十五条（二）9：存在「代配药违规」的不符合": "nt.a65.i2.proxy-dispensing", |p| yes(p, q::NT_A65_PROXY_DISPENSING.info.id) => Fail;
        "南通协议第六十五条（二）10：本机构未见该情形": "nt.a65.i2.non-covered-billed", |p| designated(p) => Pass;
        "南通协议第六十五条（二）10：存在「范围外费用纳入基金结算」的不符合": "nt.a65.i2.non-covered-billed", |p| yes(p, q::NT_A65_NON_COVERED_BILLED.info.id) => Fail;
        "南通协议第六十五条（二）11：本机构未见该情形": "nt.a65.i2.no-receipt", |p| designated(p) => Pass;
        "南通协议第六十五条（二）11：存在「未开具有效费用票据」的不符合": "nt.a65.i2.no-receipt", |p| yes(p, q::NT_A65_NO_RECEIPT.info.id) => Fail;
        "南通协议第六十五条（二）12：本机构未见该情形": "nt.a65.i2.improper-admission", |p| designated(p) => Pass;
        "南通协议第六十五条（二）12：存在「不符合条件住院或空挂床」的不符合": "nt.a65.i2.improper-admission", |p| yes(p, q::NT_A65_IMPROPER_ADMISSION.info.id) => Fail;
        "南通协议第六十五条（二）12：不属于适用对象的不适用": "nt.a65.i2.improper-admission", |p| { yes(p, q::NT_A65_IMPROPER_ADMISSION.info.id); p.compliance.set(scope::INPATIENT_SERVICE.info.id, Value::YesNo(false)) } => NotApplicable;
        "南通协议第六十五条（二）13：本机构未见该情形": "nt.a65.i2.personal-goods", |p| designated(p) => Pass;
        "南通协议第六十五条（二）13：存在「执业场所摆放生活用品」的不符合": "nt.a65.i2.personal-goods", |p| yes(p, q::NT_A65_PERSONAL_GOODS.info.id) => Fail;
        "南通协议第六十五条（二）14：本机构未见该情形": "nt.a65.i2.split-visits", |p| designated(p) => Pass;
        "南通协议第六十五条（二）14：存在「分解门诊人次或超范围诊疗」的不符合": "nt.a65.i2.split-visits", |p| yes(p, q::NT_A65_SPLIT_VISITS.info.id) => Fail;
        "南通协议第六十五条（二）15：本机构未见该情形": "nt.a65.i2.accident-not-reported", |p| designated(p) => Pass;
        "南通协议第六十五条（二）15：存在「事故伤害未申报或隐瞒」的不符合": "nt.a65.i2.accident-not-reported", |p| yes(p, q::NT_A65_ACCIDENT_NOT_REPORTED.info.id) => Fail;
        "南通协议第六十五条（三）1：本机构未见该情形": "nt.a65.i3.card-retained", |p| designated(p) => Pass;
        "南通协议第六十五条（三）1：存在「留存社保卡或拿他处刷卡」的不符合": "nt.a65.i3.card-retained", |p| yes(p, q::NT_A65_CARD_RETAINED.info.id) => Fail;
        "南通协议第六十五条（三）2：本机构未见该情形": "nt.a65.i3.copay-waived", |p| designated(p) => Pass;
        "南通协议第六十五条（三）2：存在「个人自付费用不付或少付」的不符合": "nt.a65.i3.copay-waived", |p| yes(p, q::NT_A65_COPAY_WAIVED.info.id) => Fail;
        "南通协议第六十五条（三）3：本机构未见该情形": "nt.a65.i3.pooled-fund-misuse", |p| designated(p) => Pass;
        "南通协议第六十五条（三）3：存在「违规使用统筹费用」的不符合": "nt.a65.i3.pooled-fund-misuse", |p| yes(p, q::NT_A65_POOLED_FUND_MISUSE.info.id) => Fail;
        "南通协议第六十五条（三）4：本机构未见该情形": "nt.a65.i3.drugs-for-health-products", |p| designated(p) => Pass;
        "南通协议第六十五条（三）4：存在「以药换保健品或器械用品」的不符合": "nt.a65.i3.drugs-for-health-products", |p| yes(p, q::NT_A65_DRUGS_FOR_HEALTH_PRODUCTS.info.id) => Fail;
        "南通协议第六十五条（三）5：本机构未见该情形": "nt.a65.i3.network-connection", |p| designated(p) => Pass;
        "南通协议第六十五条（三）5：存在「私接医保系统或网络」的不符合": "nt.a65.i3.network-connection", |p| yes(p, q::NT_A65_NETWORK_CONNECTION.info.id) => Fail;
        "南通协议第六十五条（四）1：本机构未见该情形": "nt.a65.i4.false-claims", |p| designated(p) => Pass;
        "南通协议第六十五条（四）1：存在「虚假就诊或虚记费用」的不符合": "nt.a65.i4.false-claims", |p| yes(p, q::NT_A65_FALSE_CLAIMS.info.id) => Fail;
        "南通协议第六十五条（四）2：本机构未见该情形": "nt.a65.i4.inpatient-identity-mismatch", |p| designated(p) => Pass;
        "南通协议第六十五条（四）2：存在「住院人证不符」的不符合": "nt.a65.i4.inpatient-identity-mismatch", |p| yes(p, q::NT_A65_INPATIENT_IDENTITY_MISMATCH.info.id) => Fail;
        "南通协议第六十五条（四）2：不属于适用对象的不适用": "nt.a65.i4.inpatient-identity-mismatch", |p| { yes(p, q::NT_A65_INPATIENT_IDENTITY_MISMATCH.info.id); p.compliance.set(scope::INPATIENT_SERVICE.info.id, Value::YesNo(false)) } => NotApplicable;
        "南通协议第六十五条（四）3：本机构未见该情形": "nt.a65.i4.forged-records", |p| designated(p) => Pass;
        "南通协议第六十五条（四）3：存在「伪造编造病历等资料」的不符合": "nt.a65.i4.forged-records", |p| yes(p, q::NT_A65_FORGED_RECORDS.info.id) => Fail;
        "南通协议第六十五条（四）4：本机构未见该情形": "nt.a65.i4.false-materials", |p| designated(p) => Pass;
        "南通协议第六十五条（四）4：存在「虚假资料或购销存严重不符」的不符合": "nt.a65.i4.false-materials", |p| yes(p, q::NT_A65_FALSE_MATERIALS.info.id) => Fail;
        "南通协议第六十五条（四）5：本机构未见该情形": "nt.a65.i4.drugs-for-goods", |p| designated(p) => Pass;
        "南通协议第六十五条（四）5：存在「以药易物」的不符合": "nt.a65.i4.drugs-for-goods", |p| yes(p, js::DRUGS_FOR_GOODS.info.id) => Fail;
        "南通协议第六十五条（四）7：本机构未见该情形": "nt.a65.i4.fund-cash-out", |p| designated(p) => Pass;
        "南通协议第六十五条（四）7：存在「套取骗取医保基金」的不符合": "nt.a65.i4.fund-cash-out", |p| yes(p, q::NT_A65_FUND_CASH_OUT.info.id) => Fail;
        "南通协议第六十五条（四）8：本机构未见该情形": "nt.a65.i4.network-intrusion", |p| designated(p) => Pass;
        "南通协议第六十五条（四）8：存在「非法侵入攻击医保网络」的不符合": "nt.a65.i4.network-intrusion", |p| yes(p, q::NT_A65_NETWORK_INTRUSION.info.id) => Fail;
        "南通协议第六十五条末款1：本机构未见该情形": "nt.a65.terminate-fake-services", |p| designated(p) => Pass;
        "南通协议第六十五条末款1：存在「伪造文书虚构假住院假就诊」的不符合": "nt.a65.terminate-fake-services", |p| yes(p, q::NT_A65_FAKE_SERVICES.info.id) => Fail;
        "南通协议第六十五条末款2：本机构未见该情形": "nt.a65.terminate-settlement-for-others", |p| designated(p) => Pass;
        "南通协议第六十五条末款2：存在「为其他机构提供医保结算」的不符合": "nt.a65.terminate-settlement-for-others", |p| yes(p, js::SETTLEMENT_FOR_OTHERS.info.id) => Fail;
        "南通协议第六十五条末款4：本机构未见该情形": "nt.a65.terminate-licence-revoked", |p| designated(p) => Pass;
        "南通协议第六十五条末款4：存在「被吊销执业许可证或营业执照」的不符合": "nt.a65.terminate-licence-revoked", |p| yes(p, q::NT_A65_LICENCE_REVOKED.info.id) => Fail;
        "南通协议第六十五条末款5：本机构未见该情形": "nt.a65.terminate-obstruct-inspection", |p| designated(p) => Pass;
        "南通协议第六十七条：被处罚涉及基金损失已主动退回的符合": "nt.a67.penalty-loss-returned", |p| designated(p) => Pass;
        "南通协议第六十七条：未主动退回的不符合，退回并付1倍违约金": "nt.a67.penalty-loss-returned", |p| yes(p, q::NT_A67_LOSS_NOT_RETURNED.info.id) => Fail;
        "南通协议第六十五条末款5：存在「拒绝阻挠不配合监督检查」的不符合": "nt.a65.terminate-obstruct-inspection", |p| yes(p, q::NT_A65_OBSTRUCTED_INSPECTION.info.id) => Fail;        "南通协议第六十五条（二）16：未被要求视频管理的机构不适用": "nt.a65.i2.camera-first", |p| designated(p) => NotApplicable;
        "南通协议第六十五条（二）16：视频管理机构协议期内未遮挡": "nt.a65.i2.camera-first", |p| obstructions(p, 0) => Pass;
        "南通协议第六十五条（二）16：首次遮挡摄像头的不符合": "nt.a65.i2.camera-first", |p| obstructions(p, 1) => Fail;
        "南通协议第六十五条（二）16：遮挡两次的，首次仍属本项": "nt.a65.i2.camera-first", |p| obstructions(p, 2) => Fail;
        "南通协议第六十五条（二）16：次数未填的需补充信息": "nt.a65.i2.camera-first", |p| { video(p); p.compliance.clear(q::NT_A65_CAMERA_OBSTRUCTIONS.info.id) } => NeedsInformation;
        "南通协议第六十五条（四）9：未被要求视频管理的机构不适用": "nt.a65.i4.camera-repeated-or-tampered", |p| designated(p) => NotApplicable;
        "南通协议第六十五条（四）9：协议期内仅遮挡一次，未达二次": "nt.a65.i4.camera-repeated-or-tampered", |p| obstructions(p, 1) => Pass;
        "南通协议第六十五条（四）9：协议期内遮挡二次的不符合": "nt.a65.i4.camera-repeated-or-tampered", |p| obstructions(p, 2) => Fail;
        "南通协议第六十五条（四）9：擅自移动、改装视频设备一次即不符合": "nt.a65.i4.camera-repeated-or-tampered", |p| { video(p); p.compliance.set(q::NT_A65_VIDEO_TAMPERED.info.id, Value::YesNo(true)) } => Fail;
        "南通协议第六十五条末款3：协议期内未被暂停": "nt.a65.terminate-repeated-suspension", |p| designated(p) => Pass;
        "南通协议第六十五条末款3：协议期内被暂停2次，未达累计3次": "nt.a65.terminate-repeated-suspension", |p| suspended(p, 2) => Pass;
        "南通协议第六十五条末款3：协议期内累计3次被暂停的不符合": "nt.a65.terminate-repeated-suspension", |p| suspended(p, 3) => Fail;
        "南通协议第六十五条末款3：暂停期间未按时限整改，一次即不符合": "nt.a65.terminate-repeated-suspension", |p| { suspended(p, 1); p.compliance.set(q::NT_A65_SUSPENSION_NOT_RECTIFIED.info.id, Value::YesNo(true)) } => Fail;
        "南通协议第六十五条末款3：暂停次数未填的需补充信息": "nt.a65.terminate-repeated-suspension", |p| { designated(p); p.compliance.clear(q::NT_A65_SUSPENSIONS.info.id) } => NeedsInformation;
        "南通协议第六十二条：是否存在医疗费用异常未回答的需补充信息": "nt.a62.abnormal-costs", |p| { designated(p); p.compliance.clear(q::NT_A62_ABNORMAL_COSTS.info.id) } => NeedsInformation;
    };

    #[test]
    fn cases() {
        crate::catalog::testing::run(CASES);
    }
}
