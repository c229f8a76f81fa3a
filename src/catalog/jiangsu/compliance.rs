//! Jiangsu: the obligations and forbidden acts a designated institution
//! keeps once it has signed (rules map §9.1), and the violations of
//! 第四十二～四十四条 as yes/no questions (§10.1). Each item names what
//! failing it risks (`risks.rs`). Nantong institutions apply these rules
//! too.
//!
//! Each act is asked once. Where an item of 第四十二～四十四条 is the same
//! act as an obligation or a forbidden act of 第十七～二十三条, the earlier
//! rule carries that item's consequence (noted at the rule) and the item has
//! no rule of its own: 第四十二条（一）→第二十二条, （三）（九）→第二十三条第1款,
//! （五）→第二十一条第5款, （六）→第十七条第1款, （七）→第十七条（七）,
//! （八）→第十八条; 第四十三条（一）～（四）（六）（七）→第十七条;
//! 第四十四条（一）→第十七条（五）, （四）→第十八条第2款. What those items add
//! (第四十二条（二）财务账目、会计凭证, （四）; 第四十三条（四）以药换物, （五）;
//! 第四十四条（一）虚假证明材料、虚开单据, （二）（三）（五）～（十）) has its own
//! rule. 第四十四条（七）（八） are the agencies' findings, not the
//! institution's acts: they ask whether the institution has been told of
//! such a finding.
//!
//! Seed and rules map agree on every quote of §9.1 and §10.1 (checked
//! against js.txt); no difference to record.

use super::risks;
use crate::catalog::audit::{self, Scope};
use crate::catalog::builder::item;
use crate::catalog::checks;
use crate::catalog::rule::{Ctx, Missing, Rule, Verdict};
use crate::facts::compliance::jiangsu as q;
use crate::facts::compliance::scope::{self as sq, Service};
use crate::facts::questions as base;
use crate::facts::{Choice, InterfaceStandard};

type Checked = Result<Verdict, Missing>;

/// 第二十二条 (and 第四十二条（一）): the internal management system and
/// someone in charge of the fund's use, both as the application asked them.
fn fund_management(ctx: &Ctx) -> Checked {
    let system = ctx.get(&base::SYSTEM_INTERNAL_MANAGEMENT).map(|system| {
        if system {
            Verdict::pass("已有内部管理制度。")
        } else {
            Verdict::fail("未建立与医保基金使用相关的内部管理制度。")
        }
    });
    let staff = ctx.get(&base::INSURANCE_STAFF).map(|staff| {
        if staff > 0 {
            Verdict::pass(format!("专（兼）职医保管理人员 {staff} 人。"))
        } else {
            Verdict::fail("专（兼）职医保管理人员为 0 人，没有专门机构或者人员负责。")
        }
    });
    checks::all_of(vec![system, staff])
}

/// 第二十三条第1款 (and 第四十二条（九）): the retrofit must be done once
/// designated; "able to retrofit" was enough only to apply.
fn interface_retrofitted(ctx: &Ctx) -> Checked {
    let state = ctx.get(&base::IT_INTERFACE_STANDARD)?;
    let answer = format!(
        "「{}」回答“{}”",
        base::IT_INTERFACE_STANDARD.info.label,
        state.label()
    );
    Ok(if state == InterfaceStandard::InPlace {
        Verdict::pass(format!("{answer}。"))
    } else {
        Verdict::fail(format!("{answer}：定点后须已按接口标准完成院内接口改造。"))
    })
}

pub static RULES: &[Rule] = &[
    item!(Jiangsu, "js.a15.p2.sign-displayed", "第十五条", Some("第2款"), "在显著位置悬挂统一样式的定点标识",
        quote: "定点医疗机构应当在显著位置悬挂统一样式的定点医疗机构标识",
        asks: [q::SIGN_DISPLAYED],
        check: |ctx| audit::kept(ctx, &q::SIGN_DISPLAYED),
        risks: [risks::HANDLING],
        advice: "在门诊大厅等显著位置悬挂医保部门提供的统一样式标识。",
    ),
    item!(Jiangsu, "js.a17.p1.real-name", "第十七条", Some("第1款"), "实名就医并核验有效身份凭证",
        quote: "执行实名就医和购药管理规定，核验参保人员有效身份凭证",
        asks: [q::REAL_NAME],
        check: |ctx| audit::kept(ctx, &q::REAL_NAME),
        risks: [risks::HANDLING, risks::STAFF_OR_DEPARTMENT],
        advice: "就诊、购药时核验医保电子凭证或社保卡等有效身份凭证。",
    ),
    item!(Jiangsu, "js.a17.p1.admission-criteria", "第十七条", Some("第1款"), "严格掌握出入院标准",
        quote: "严格掌握出入院标准",
        asks: [q::ADMISSION_CRITERIA, sq::INPATIENT_SERVICE],
        check: |ctx| audit::kept(ctx, &q::ADMISSION_CRITERIA),
        scope: [Scope::Inpatient],
        risks: [risks::HANDLING, risks::STAFF_OR_DEPARTMENT],
        advice: "按出入院标准收治和办理出院，病历写明入院指征和出院评估。",
    ),
    // Also 第四十三条（二）「提供其他不必要的医药服务」: carries its consequence.
    item!(Jiangsu, "js.a17.p1.necessary-services", "第十七条", Some("第1款"), "提供合理、必要的医药服务",
        quote: "按照诊疗规范提供合理、必要的医药服务",
        asks: [q::NECESSARY_SERVICES],
        check: |ctx| audit::kept(ctx, &q::NECESSARY_SERVICES),
        risks: [risks::L2, risks::STAFF_OR_DEPARTMENT],
        advice: "按诊疗规范开展检查治疗，定期点评并纠正不必要的项目。",
    ),
    // Also 第四十二条（二） for these records (财务账目、会计凭证: js.a42.i2).
    item!(Jiangsu, "js.a17.p1.records-kept", "第十七条", Some("第1款"), "保存处方、病历等资料",
        quote: "保存处方、病历、治疗检查记录、费用明细、药品和医用耗材出入库记录等资料",
        asks: [q::RECORDS_KEPT],
        check: |ctx| audit::kept(ctx, &q::RECORDS_KEPT),
        risks: [risks::L1],
        advice: "建立归档制度，完整保存处方、病历、费用明细和出入库记录等。",
    ),
    item!(Jiangsu, "js.a17.p1.receipts-and-results", "第十七条", Some("第1款"), "如实出具单据，检查检验互认",
        quote: "向参保人员如实出具费用单据和相关资料，按照国家和省有关规定对医疗检查检验结果实行互认与共享",
        asks: [q::RECEIPTS_TRUE, q::RESULTS_RECOGNISED],
        check: |ctx| audit::all_kept(ctx, &[&q::RECEIPTS_TRUE, &q::RESULTS_RECOGNISED]),
        risks: [risks::HANDLING, risks::STAFF_OR_DEPARTMENT],
        advice: "如实出具费用单据；按省、市规定落实检查检验结果互认共享。",
    ),
    // Also 第四十三条（六）「将不属于医疗保障基金支付范围的医药费用纳入医疗保障基金结算」.
    item!(Jiangsu, "js.a17.p1.payment-scope", "第十七条", Some("第1款"), "基金支付的费用符合支付范围",
        quote: "定点医疗机构应当确保医疗保障基金支付的费用符合规定的支付范围",
        asks: [q::WITHIN_PAYMENT_SCOPE],
        check: |ctx| audit::kept(ctx, &q::WITHIN_PAYMENT_SCOPE),
        risks: [risks::L2, risks::REFUSED_CLAIMS],
        advice: "结算前审核费用是否属支付范围，范围外费用不纳入医保结算。",
    ),
    // Also 第四十二条（六）.
    item!(Jiangsu, "js.a17.p1.consent-out-of-scope", "第十七条", Some("第1款"), "支付范围外服务须经患者同意",
        quote: "除急诊、抢救等特殊情形外，提供医疗保障基金支付范围以外的医药服务的，应当经参保人员或者其近亲属、监护人同意",
        asks: [q::CONSENT_OUT_OF_SCOPE],
        check: |ctx| audit::kept(ctx, &q::CONSENT_OUT_OF_SCOPE),
        risks: [risks::L1],
        advice: "提供支付范围外服务前取得患者或家属书面同意（急诊、抢救除外）。",
    ),
    // Also 第四十三条（一）.
    item!(Jiangsu, "js.a17.i1.split-or-idle-admission", "第十七条", Some("（一）"), "不得分解住院、挂床住院",
        quote: "分解住院、挂床住院",
        asks: [q::SPLIT_ADMISSION, sq::INPATIENT_SERVICE],
        check: |ctx| audit::absent(ctx, &q::SPLIT_ADMISSION),
        scope: [Scope::Inpatient],
        risks: [risks::L2, risks::REFUSED_CLAIMS, risks::STAFF_OR_DEPARTMENT],
        advice: "核查住院病例，杜绝分解住院、挂床住院，退回违规费用。",
    ),
    // Also 第四十三条（二）.
    item!(Jiangsu, "js.a17.i2.over-treatment", "第十七条", Some("（二）"), "不得过度诊疗、超量重复开药",
        quote: "违反诊疗规范过度诊疗、过度检查、分解处方、超量开药、重复开药",
        asks: [q::OVER_TREATMENT],
        check: |ctx| audit::absent(ctx, &q::OVER_TREATMENT),
        risks: [risks::L2, risks::REFUSED_CLAIMS, risks::STAFF_OR_DEPARTMENT],
        advice: "开展处方和检查点评，纠正过度诊疗、超量和重复开药。",
    ),
    // Also 第四十三条（三）.
    item!(Jiangsu, "js.a17.i3.improper-charges", "第十七条", Some("（三）"), "不得重复、超标准、分解收费",
        quote: "重复收费、超标准收费、分解项目收费",
        asks: [q::IMPROPER_CHARGES],
        check: |ctx| audit::absent(ctx, &q::IMPROPER_CHARGES),
        risks: [risks::L2, risks::REFUSED_CLAIMS, risks::STAFF_OR_DEPARTMENT],
        advice: "对照价格政策核查收费明细，退还重复、超标准、分解收费。",
    ),
    // Also 第四十三条（四）「串换药品、医用耗材、诊疗项目和服务设施」.
    item!(Jiangsu, "js.a17.i4.swapped-items", "第十七条", Some("（四）"), "不得串换药品、耗材、项目设施",
        quote: "串换药品、医用耗材、诊疗项目和服务设施",
        asks: [q::SWAPPED_ITEMS],
        check: |ctx| audit::absent(ctx, &q::SWAPPED_ITEMS),
        risks: [risks::L2, risks::REFUSED_CLAIMS, risks::STAFF_OR_DEPARTMENT],
        advice: "核对药品耗材出入库与结算记录，按实际项目编码收费。",
    ),
    // Also 第四十四条（一）「诱导、协助他人冒名或者虚假就医、购药」: its grade and its referral (第2款).
    item!(Jiangsu, "js.a17.i5.false-visits", "第十七条", Some("（五）"), "不得诱导协助冒名、虚假就医",
        quote: "诱导、协助他人冒名或者虚假就医、购药",
        asks: [q::FALSE_VISITS],
        check: |ctx| audit::absent(ctx, &q::FALSE_VISITS),
        risks: [risks::L3, risks::REFERRAL, risks::TERMINATION_GRAVE, risks::STAFF_OR_DEPARTMENT],
        advice: "立即停止并核查，严格实名核验，主动退回违规费用。",
    ),
    // Also 第四十三条（三）「转嫁住院费用」 and （四）「高套低靠病种（组）编码」.
    item!(Jiangsu, "js.a17.i6.upcoding-or-cost-shifting", "第十七条", Some("（六）"), "不得高套低靠编码、转嫁费用",
        quote: "高套低靠病种（病组）编码，转嫁住院费用",
        asks: [q::UPCODING, sq::INPATIENT_SERVICE],
        check: |ctx| audit::absent(ctx, &q::UPCODING),
        scope: [Scope::Inpatient],
        risks: [risks::L2, risks::REFUSED_CLAIMS, risks::STAFF_OR_DEPARTMENT],
        advice: "按病案首页如实编码病种（病组），不得转嫁住院费用。",
    ),
    // Also 第四十二条（七）.
    item!(Jiangsu, "js.a17.i7.patients-turned-away", "第十七条", Some("（七）"), "不得推诿病人、未达标准令出院",
        quote: "推诿病人、未达出院标准要求患者出院",
        asks: [q::PATIENTS_TURNED_AWAY],
        check: |ctx| audit::absent(ctx, &q::PATIENTS_TURNED_AWAY),
        risks: [risks::L1, risks::STAFF_OR_DEPARTMENT],
        advice: "按规定收治病人，达到出院标准方可办理出院。",
    ),
    // Also 第四十三条（七）.
    item!(Jiangsu, "js.a17.i8.other-fund-loss", "第十七条", Some("（八）"), "造成基金损失的其他违规行为",
        quote: "造成医疗保障基金损失的其他违法违规行为",
        asks: [q::OTHER_FUND_LOSS],
        check: |ctx| audit::absent(ctx, &q::OTHER_FUND_LOSS),
        risks: [risks::L2],
        advice: "查明损失原因和金额，主动退回并整改。",
        reading: "与第四十三条（七）「造成医疗保障基金损失的其他违约行为」合为一问，按第四十三条处理；以骗取基金为目的的，另见第四十四条（十）。",
    ),
    item!(Jiangsu, "js.a18.p1.rational-care", "第十八条", Some("第1款"), "合理诊疗、规范收费、执行目录",
        quote: "合理检查、合理用药、合理治疗、规范收费，严格执行医保药品、医用耗材、诊疗项目和服务设施等目录",
        asks: [q::RATIONAL_CARE, q::CATALOGUES_FOLLOWED],
        check: |ctx| audit::all_kept(ctx, &[&q::RATIONAL_CARE, &q::CATALOGUES_FOLLOWED]),
        risks: [risks::HANDLING],
        advice: "建立检查、用药、治疗和收费的院内审核，严格执行医保目录。",
    ),
    // Also 第四十二条（八）「未按照规定优先配备、优先使用……」.
    item!(Jiangsu, "js.a18.p1.listed-items-first", "第十八条", Some("第1款"), "优先配备使用谈判药品等",
        quote: "按照规定优先配备、优先使用国家医保谈判药品等列入基本医疗保险目录的药品、医用耗材、诊疗项目和服务设施",
        asks: [q::LISTED_ITEMS_FIRST],
        check: |ctx| audit::kept(ctx, &q::LISTED_ITEMS_FIRST),
        risks: [risks::L1],
        advice: "按规定配备国家谈判药品等目录内药品、耗材并优先使用。",
    ),
    item!(Jiangsu, "js.a18.p1.self-pay-controlled", "第十八条", Some("第1款"), "控制患者自费比例",
        quote: "控制患者自费比例，降低群众医药费用负担",
        asks: [q::SELF_PAY_CONTROLLED],
        check: |ctx| audit::kept(ctx, &q::SELF_PAY_CONTROLLED),
        risks: [risks::HANDLING],
        advice: "监测患者自费比例，优先使用目录内项目，控制自费负担。",
    ),
    // Also 第四十四条（四）: its grade, the mandatory termination (第3款) and the bar (第九条).
    item!(Jiangsu, "js.a18.p2.settlement-for-others", "第十八条", Some("第2款"), "不得为其他机构提供医保结算",
        quote: "不得为其他定点医药机构或非定点医药机构提供医保结算",
        asks: [q::SETTLEMENT_FOR_OTHERS],
        check: |ctx| audit::absent(ctx, &q::SETTLEMENT_FOR_OTHERS),
        risks: [risks::L3, risks::MANDATORY_TERMINATION, risks::REAPPLICATION_BAR],
        advice: "立即停止为其他机构结算，核查并退回相关费用。",
        reading: "即第四十四条（四），问题含第四十四条（四）所列「处于中止医保协议期间的医药机构」；经办机构应当解除医保协议。",
    ),
    // Also 第四十二条（八）「将应当由医疗保障基金支付的费用要求患者自费」.
    item!(Jiangsu, "js.a18.p2.self-pay-demanded", "第十八条", Some("第2款"), "不得将基金应付费用转为自费",
        quote: "不得将应当由医疗保障基金支付的费用要求患者自费",
        asks: [q::SELF_PAY_DEMANDED],
        check: |ctx| audit::absent(ctx, &q::SELF_PAY_DEMANDED),
        risks: [risks::L1],
        advice: "应由基金支付的费用一律按规定结算，已收取的退还患者。",
    ),
    item!(Jiangsu, "js.a18.p2.refused-fees-as-arrears", "第十八条", Some("第2款"), "不得把不予支付费用作医保欠费",
        quote: "被经办机构不予支付的费用、按照医保协议被扣除的质量保证金以及支付的违约金等作为医保欠费处理",
        asks: [q::REFUSED_FEES_AS_ARREARS],
        check: |ctx| audit::absent(ctx, &q::REFUSED_FEES_AS_ARREARS),
        risks: [risks::HANDLING],
        advice: "不予支付的费用、扣除的质保金和违约金不得计为医保欠费。",
    ),
    item!(Jiangsu, "js.a19.p1.direct-settlement", "第十九条", Some("第1款"), "直接结算并出具结算单据",
        quote: "按照规定进行医保费用直接结算，提供费用结算单据和相关资料",
        asks: [q::DIRECT_SETTLEMENT],
        check: |ctx| audit::kept(ctx, &q::DIRECT_SETTLEMENT),
        risks: [risks::HANDLING],
        advice: "按规定为参保人员直接结算，并提供结算单据和相关资料。",
    ),
    item!(Jiangsu, "js.a19.p2.referral-filing", "第十九条", Some("第2款"), "提供转诊转院备案服务",
        quote: "定点医疗机构应当为符合规定的参保人员提供转诊转院备案服务",
        asks: [q::REFERRAL_FILING],
        check: |ctx| audit::kept(ctx, &q::REFERRAL_FILING),
        risks: [risks::HANDLING],
        advice: "为符合规定的参保人员办理转诊转院备案。",
    ),
    item!(Jiangsu, "js.a20.cross-region-settlement", "第二十条", None, "异地就医直接结算与配合检查",
        quote: "具备条件的定点医疗机构应当按照规定为异地就医患者提供异地就医直接结算服务，积极配合就医地和参保地医保部门对异地就医相关医疗保障基金支付费用的监督检查",
        asks: [q::CROSS_REGION_SETTLEMENT, q::CROSS_REGION_INSPECTION, sq::SERVICES],
        check: |ctx| audit::all_kept(ctx, &[&q::CROSS_REGION_SETTLEMENT, &q::CROSS_REGION_INSPECTION]),
        scope: [Scope::Provides(Service::CrossRegion)],
        risks: [risks::HANDLING],
        advice: "按规定提供异地就医直接结算，配合就医地和参保地医保部门检查。",
        reading: "「具备条件的」读作已开通异地就医联网（直接）结算的机构（按业务清单所选）；未开通者本项不适用。是否“具备条件”以医保部门的认定为准。",
    ),
    item!(Jiangsu, "js.a21.p1.payment-reform", "第二十一条", Some("第1款"), "协同推进支付方式改革",
        quote: "遵照并执行医疗保障改革相关政策要求，协同推进多元复合式医保支付方式改革",
        asks: [q::PAYMENT_REFORM],
        check: |ctx| audit::kept(ctx, &q::PAYMENT_REFORM),
        risks: [risks::HANDLING],
        advice: "按当地支付方式改革要求执行按病种、按病组等结算规则。",
    ),
    item!(Jiangsu, "js.a21.p2.procurement", "第二十一条", Some("第2款"), "执行阳光采购和带量采购",
        quote: "按照有关规定执行药品（医用耗材）阳光采购和带量采购政策",
        asks: [q::PROCUREMENT],
        check: |ctx| audit::kept(ctx, &q::PROCUREMENT),
        risks: [risks::HANDLING],
        advice: "按规定在平台阳光采购，落实带量采购的约定采购量。",
    ),
    item!(Jiangsu, "js.a21.p3.price-policy", "第二十一条", Some("第3款"), "执行医药价格政策",
        quote: "严格执行医疗保障行政部门制定的医药价格政策",
        asks: [q::PRICE_POLICY],
        check: |ctx| audit::kept(ctx, &q::PRICE_POLICY),
        risks: [risks::HANDLING],
        advice: "对照医药价格政策核查收费项目和标准，及时调整。",
    ),
    item!(Jiangsu, "js.a21.p4.cooperates", "第二十一条", Some("第4款"), "配合费用核查、绩效考核等",
        quote: "配合医疗保障部门开展医保费用核查、绩效考核、政策宣传等工作",
        asks: [q::COOPERATES],
        check: |ctx| audit::kept(ctx, &q::COOPERATES),
        risks: [risks::HANDLING],
        advice: "指定专人对接医保部门的核查、考核和宣传，按时提供材料。",
    ),
    // Also 第四十二条（五）.
    item!(Jiangsu, "js.a21.p5.costs-published", "第二十一条", Some("第5款"), "向社会公开医药费用信息",
        quote: "向社会公开医药费用、费用结构等信息",
        asks: [q::COSTS_PUBLISHED],
        check: |ctx| audit::kept(ctx, &q::COSTS_PUBLISHED),
        risks: [risks::L1],
        advice: "通过公示栏、网站等向社会公开医药费用和费用结构。",
    ),
    // Also 第四十二条（一）.
    item!(Jiangsu, "js.a22.fund-management", "第二十二条", None, "基金使用内部制度与专门人员",
        quote: "建立健全与医疗保障基金使用相关的内部管理制度，合理、规范使用医保基金，明确专门机构或者人员负责医保基金使用管理工作",
        asks: [base::SYSTEM_INTERNAL_MANAGEMENT, base::INSURANCE_STAFF],
        check: fund_management,
        risks: [risks::L1],
        advice: "制定医保基金使用内部管理制度，明确专门机构或人员负责。",
        reading: "沿用申请定点时的问题：内部管理制度按“是否具有与医保政策对应的内部管理制度”，「专门机构或者人员」按专（兼）职医保管理人员不少于1人判断。",
    ),
    item!(Jiangsu, "js.a22.training-and-self-inspection", "第二十二条", None, "医保培训与定期自查自纠",
        quote: "按要求组织开展医保基金相关政策法规培训，及时开展自查自纠，定期检查本单位医疗保障基金使用情况",
        asks: [q::FUND_TRAINING, q::SELF_INSPECTION],
        check: |ctx| audit::all_kept(ctx, &[&q::FUND_TRAINING, &q::SELF_INSPECTION]),
        risks: [risks::HANDLING],
        advice: "制定年度培训和自查计划，定期检查医保基金使用情况。",
    ),
    // Also 第四十二条（九）.
    item!(Jiangsu, "js.a23.p1.interface-retrofit", "第二十三条", Some("第1款"), "完成院内接口改造",
        quote: "按照国家医疗保障标准规范做好院内接口改造",
        asks: [base::IT_INTERFACE_STANDARD],
        check: interface_retrofitted,
        risks: [risks::L1],
        advice: "按国家医疗保障标准规范尽快完成院内接口改造。",
        reading: "申请时可为“能够改造，尚未完成”⟦X-2⟧；定点后须已完成：第四十二条（九）把「未按照规定接口标准完成信息系统改造」列为违约情形。",
    ),
    // Also 第四十二条（三）.
    item!(Jiangsu, "js.a23.p1.full-data", "第二十三条", Some("第1款"), "及时传送全量数据并保证真实",
        quote: "及时传送医疗保障基金结算清单、电子病历、智能监管、电子处方等医疗保障基金使用监督管理所需全量数据，并对其真实性负责",
        asks: [q::FULL_DATA],
        check: |ctx| audit::kept(ctx, &q::FULL_DATA),
        risks: [risks::L1],
        advice: "核对上传数据的完整性和真实性，及时补传结算清单等数据。",
    ),
    item!(Jiangsu, "js.a23.p1.data-security", "第二十三条", Some("第1款"), "数据安全与参保人员隐私",
        quote: "严格遵守数据安全有关制度，保护参保人员隐私",
        asks: [q::DATA_SECURITY],
        check: |ctx| audit::kept(ctx, &q::DATA_SECURITY),
        risks: [risks::HANDLING],
        advice: "落实数据安全制度和权限管理，防止参保人员信息泄露。",
    ),
    item!(Jiangsu, "js.a23.p2.codes-and-insurance-code", "第二十三条", Some("第2款"), "医保编码维护与医保码应用",
        quote: "按照要求录入、维护、更新医疗保障信息业务编码，在院内信息系统各环节应用医疗保障信息业务编码，在院内就医购药全流程支持应用医保码",
        asks: [q::CODES_MAINTAINED, base::IT_INSURANCE_CODE_FULL_PROCESS],
        check: |ctx| audit::all_kept(ctx, &[&q::CODES_MAINTAINED, &base::IT_INSURANCE_CODE_FULL_PROCESS]),
        risks: [risks::HANDLING],
        advice: "维护更新医保信息业务编码，院内就医购药全流程支持医保码。",
    ),
    item!(Jiangsu, "js.a35.p1.change-not-applied", "第三十五条", Some("第1款"), "重大信息变更逾期未申请",
        quote: "应当自有关部门批准之日起30个工作日内向统筹地区经办机构提出变更申请",
        asks: [q::CHANGE_NOT_APPLIED],
        check: |ctx| audit::absent(ctx, &q::CHANGE_NOT_APPLIED),
        risks: [risks::HANDLING],
        advice: "立即向统筹地区经办机构提出变更申请，并说明逾期原因。",
        reading: "时限的日期在提出信息变更申请时计算（“时限与等待期”）；本项只问定点期间有无已逾期未申请的变更。南通机构另须按协议7个工作日内办理⟦X-14⟧。",
    ),
    item!(Jiangsu, "js.a35.p2.licence-reissued", "第三十五条", Some("第2款"), "因违规被重新核发执业证照",
        quote: "因违法违规违约，定点医疗机构重新核发医疗机构执业许可证或者诊所备案凭证的，经办机构应当按照本实施细则第四十四条的规定处理",
        asks: [q::LICENCE_REISSUED],
        check: |ctx| audit::absent(ctx, &q::LICENCE_REISSUED),
        risks: [risks::L3],
        advice: "及时报告经办机构，按第四十四条接受处理并整改。",
    ),
    item!(Jiangsu, "js.a42.i2.accounts-kept", "第四十二条", Some("（二）"), "未按规定保管财务账目凭证",
        quote: "未按照规定保管财务账目、会计凭证",
        asks: [q::ACCOUNTS_NOT_KEPT],
        check: |ctx| audit::absent(ctx, &q::ACCOUNTS_NOT_KEPT),
        risks: [risks::L1],
        advice: "按会计制度规范保管财务账目和会计凭证。",
    ),
    item!(Jiangsu, "js.a42.i4.information-reported", "第四十二条", Some("（四）"), "未按规定报告监管所需信息",
        quote: "未按照规定向医疗保障行政部门报告医疗保障基金使用监督管理所需信息的",
        asks: [q::INFO_NOT_REPORTED],
        check: |ctx| audit::absent(ctx, &q::INFO_NOT_REPORTED),
        risks: [risks::L1],
        advice: "按规定向医疗保障行政部门报送监督管理所需信息。",
    ),
    item!(Jiangsu, "js.a43.i4.drugs-for-goods", "第四十三条", Some("（四）"), "以药换物",
        quote: "以药换物的",
        asks: [q::DRUGS_FOR_GOODS],
        check: |ctx| audit::absent(ctx, &q::DRUGS_FOR_GOODS),
        risks: [risks::L2, risks::REFUSED_CLAIMS],
        advice: "立即停止以药换物，核查涉及的费用并退回。",
    ),
    item!(Jiangsu, "js.a43.i5.resale-facilitated", "第四十三条", Some("（五）"), "为转卖药品、返现等提供便利",
        quote: "为参保人员利用其享受医疗保障待遇的机会转卖药品，接受返还现金、实物，或者获得其他非法利益提供便利的",
        asks: [q::RESALE_FACILITATED],
        check: |ctx| audit::absent(ctx, &q::RESALE_FACILITATED),
        risks: [risks::L2],
        advice: "加强处方和购药监控，杜绝为转卖药品、返现提供便利。",
    ),
    item!(Jiangsu, "js.a44.i1.false-documents", "第四十四条", Some("（一）"), "虚假证明材料、虚开费用单据",
        quote: "提供虚假证明材料，或者串通他人虚开费用单据的",
        asks: [q::FALSE_DOCUMENTS],
        check: |ctx| audit::absent(ctx, &q::FALSE_DOCUMENTS),
        risks: [risks::L3, risks::REFERRAL, risks::TERMINATION_GRAVE],
        advice: "立即停止并核查，规范证明材料和费用单据的出具。",
    ),
    item!(Jiangsu, "js.a44.i2.records-forged", "第四十四条", Some("（二）"), "伪造、销毁医学文书等资料",
        quote: "伪造、变造、隐匿、涂改、销毁医学文书、医学证明、会计凭证、电子信息等有关资料的",
        asks: [q::RECORDS_FORGED],
        check: |ctx| audit::absent(ctx, &q::RECORDS_FORGED),
        risks: [risks::L3, risks::REFERRAL, risks::TERMINATION_GRAVE],
        advice: "保全原始资料，停止篡改和销毁，配合核查。",
    ),
    item!(Jiangsu, "js.a44.i3.fictitious-services", "第四十四条", Some("（三）"), "虚构医药服务项目",
        quote: "虚构医药服务项目的",
        asks: [q::FICTITIOUS_SERVICES],
        check: |ctx| audit::absent(ctx, &q::FICTITIOUS_SERVICES),
        risks: [risks::L3, risks::REFERRAL, risks::TERMINATION_GRAVE, risks::REFUSED_CLAIMS],
        advice: "立即停止，核查虚构项目的费用并全额退回。",
    ),
    item!(Jiangsu, "js.a44.i5.obstruction", "第四十四条", Some("（五）"), "拒绝、阻挠或严重不配合检查",
        quote: "拒绝、阻挠或者严重不配合医疗保障部门开展智能审核、绩效考核、监督检查等的",
        asks: [q::OBSTRUCTION],
        check: |ctx| audit::absent(ctx, &q::OBSTRUCTION),
        risks: [risks::L3, risks::MANDATORY_TERMINATION, risks::REAPPLICATION_BAR],
        advice: "配合智能审核、绩效考核和监督检查，按要求提供资料。",
    ),
    item!(Jiangsu, "js.a44.i6.licence-revoked", "第四十四条", Some("（六）"), "被注销并收回执业证照",
        quote: "因违反行业主管部门规定致机构注销并收回医疗机构执业许可证或者诊所备案凭证的",
        asks: [q::LICENCE_REVOKED],
        check: |ctx| audit::absent(ctx, &q::LICENCE_REVOKED),
        risks: [
            risks::L3,
            risks::MANDATORY_TERMINATION,
            risks::REAPPLICATION_BAR,
            risks::TERMINATION_GRAVE,
        ],
        advice: "与经办机构联系办理协议解除前的核查和清算。",
    ),
    item!(Jiangsu, "js.a44.i7.major-risk-notified", "第四十四条", Some("（七）"), "检查考核发现重大风险",
        quote: "根据日常检查和绩效考核，发现对医疗保障基金安全和参保人员权益可能造成重大风险的",
        asks: [q::MAJOR_RISK_NOTIFIED],
        check: |ctx| audit::absent(ctx, &q::MAJOR_RISK_NOTIFIED),
        risks: [risks::L3, risks::MANDATORY_SUSPENSION],
        advice: "按经办机构的意见整改，并提交书面整改报告。",
        reading: "本项是经办机构的发现，机构不能自行判断，故问是否已被告知此类发现；未被告知的按“否”。",
    ),
    item!(Jiangsu, "js.a44.i8.major-violation-notified", "第四十四条", Some("（八）"), "执法发现重大违法违规",
        quote: "医疗保障行政部门或者其他有关部门在行政执法中，发现定点医疗机构存在重大违法违规行为且可能造成医疗保障基金损失的",
        asks: [q::MAJOR_VIOLATION_NOTIFIED],
        check: |ctx| audit::absent(ctx, &q::MAJOR_VIOLATION_NOTIFIED),
        risks: [risks::L3, risks::MANDATORY_TERMINATION, risks::REAPPLICATION_BAR],
        advice: "配合执法调查，整改并退回违规费用。",
        reading: "本项是执法部门的发现，机构不能自行判断，故问是否已被告知此类发现；未被告知的按“否”。",
    ),
    item!(Jiangsu, "js.a44.i9.media-exposure", "第四十四条", Some("（九）"), "被媒体曝光造成重大舆情",
        quote: "因违法违规行为被媒体曝光，造成重大舆情的",
        asks: [q::MEDIA_EXPOSURE],
        check: |ctx| audit::absent(ctx, &q::MEDIA_EXPOSURE),
        risks: [risks::L3, risks::MANDATORY_SUSPENSION],
        advice: "如实说明情况，配合调查并整改，及时回应社会关切。",
        reading: "曝光是机构可知的事实，直接问是否发生；是否属“重大舆情”由有关部门认定，已引起医保或卫生健康部门过问的按“是”。",
    ),
    item!(Jiangsu, "js.a44.i10.other-fraud", "第四十四条", Some("（十）"), "其他骗取医保基金的行为",
        quote: "其他骗取医疗保障基金支出的行为",
        asks: [q::OTHER_FRAUD],
        check: |ctx| audit::absent(ctx, &q::OTHER_FRAUD),
        risks: [risks::L3, risks::REFERRAL, risks::TERMINATION_GRAVE],
        advice: "立即停止，退回骗取的基金并主动向医保部门报告。",
    ),
];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::{cases, Case};
    use crate::facts::compliance::jiangsu as q;
    use crate::facts::compliance::scope as sq;
    use crate::facts::compliance::Value;
    use crate::facts::*;

    const J: Jurisdiction = Jurisdiction::Jiangsu;

    /// A designated institution, every item kept (the baseline's answers).
    fn designated(p: &mut Profile) {
        p.application.kind = Some(ApplicationKind::Designated);
    }

    /// A designated institution answering `question` with `value`.
    fn answer(p: &mut Profile, question: &'static str, value: Value) {
        designated(p);
        p.compliance.set(question, value);
    }

    /// A designated institution answering "是" (an act that happened).
    fn yes(p: &mut Profile, question: &'static str) {
        answer(p, question, Value::YesNo(true));
    }

    /// A designated institution answering "否" (an obligation not kept).
    fn no(p: &mut Profile, question: &'static str) {
        answer(p, question, Value::YesNo(false));
    }

    pub(crate) static CASES: &[Case] = cases! { J;
        "江苏第十五条第2款：在显著位置悬挂统一样式的定点标识，已落实": "js.a15.p2.sign-displayed", |p| designated(p) => Pass;
        "江苏第十五条第2款：在显著位置悬挂统一样式的定点标识，回答“否”的不符合": "js.a15.p2.sign-displayed", |p| no(p, q::SIGN_DISPLAYED.info.id) => Fail;
        "江苏第十七条第1款：实名就医并核验有效身份凭证，已落实": "js.a17.p1.real-name", |p| designated(p) => Pass;
        "江苏第十七条第1款：实名就医并核验有效身份凭证，回答“否”的不符合": "js.a17.p1.real-name", |p| no(p, q::REAL_NAME.info.id) => Fail;
        "江苏第十七条第1款：严格掌握出入院标准，已落实": "js.a17.p1.admission-criteria", |p| designated(p) => Pass;
        "江苏第十七条第1款：严格掌握出入院标准，回答“否”的不符合": "js.a17.p1.admission-criteria", |p| no(p, q::ADMISSION_CRITERIA.info.id) => Fail;
        "江苏第十七条第1款：无住院服务的机构不适用": "js.a17.p1.admission-criteria", |p| no(p, sq::INPATIENT_SERVICE.info.id) => NotApplicable;
        "江苏第十七条第1款：提供合理、必要的医药服务，已落实": "js.a17.p1.necessary-services", |p| designated(p) => Pass;
        "江苏第十七条第1款：提供合理、必要的医药服务，回答“否”的不符合": "js.a17.p1.necessary-services", |p| no(p, q::NECESSARY_SERVICES.info.id) => Fail;
        "江苏第十七条第1款：保存处方、病历等资料，已落实": "js.a17.p1.records-kept", |p| designated(p) => Pass;
        "江苏第十七条第1款：保存处方、病历等资料，回答“否”的不符合": "js.a17.p1.records-kept", |p| no(p, q::RECORDS_KEPT.info.id) => Fail;
        "江苏第十七条第1款：如实出具单据，检查检验互认，已落实": "js.a17.p1.receipts-and-results", |p| designated(p) => Pass;
        "江苏第十七条第1款：如实出具单据，检查检验互认，回答“否”的不符合": "js.a17.p1.receipts-and-results", |p| no(p, q::RECEIPTS_TRUE.info.id) => Fail;
        "江苏第十七条第1款：如实出具单据，检查检验互认，回答“否”的不符合": "js.a17.p1.receipts-and-results", |p| no(p, q::RESULTS_RECOGNISED.info.id) => Fail;
        "江苏第十七条第1款：基金支付的费用符合支付范围，已落实": "js.a17.p1.payment-scope", |p| designated(p) => Pass;
        "江苏第十七条第1款：基金支付的费用符合支付范围，回答“否”的不符合": "js.a17.p1.payment-scope", |p| no(p, q::WITHIN_PAYMENT_SCOPE.info.id) => Fail;
        "江苏第十七条第1款：支付范围外服务须经患者同意，已落实": "js.a17.p1.consent-out-of-scope", |p| designated(p) => Pass;
        "江苏第十七条第1款：支付范围外服务须经患者同意，回答“否”的不符合": "js.a17.p1.consent-out-of-scope", |p| no(p, q::CONSENT_OUT_OF_SCOPE.info.id) => Fail;
        "江苏第十七条（一）：不得分解住院、挂床住院，未发生": "js.a17.i1.split-or-idle-admission", |p| designated(p) => Pass;
        "江苏第十七条（一）：不得分解住院、挂床住院，存在的不符合": "js.a17.i1.split-or-idle-admission", |p| yes(p, q::SPLIT_ADMISSION.info.id) => Fail;
        "江苏第十七条（一）：无住院服务的机构不适用": "js.a17.i1.split-or-idle-admission", |p| no(p, sq::INPATIENT_SERVICE.info.id) => NotApplicable;
        "江苏第十七条（二）：不得过度诊疗、超量重复开药，未发生": "js.a17.i2.over-treatment", |p| designated(p) => Pass;
        "江苏第十七条（二）：不得过度诊疗、超量重复开药，存在的不符合": "js.a17.i2.over-treatment", |p| yes(p, q::OVER_TREATMENT.info.id) => Fail;
        "江苏第十七条（三）：不得重复、超标准、分解收费，未发生": "js.a17.i3.improper-charges", |p| designated(p) => Pass;
        "江苏第十七条（三）：不得重复、超标准、分解收费，存在的不符合": "js.a17.i3.improper-charges", |p| yes(p, q::IMPROPER_CHARGES.info.id) => Fail;
        "江苏第十七条（四）：不得串换药品、耗材、项目设施，未发生": "js.a17.i4.swapped-items", |p| designated(p) => Pass;
        "江苏第十七条（四）：不得串换药品、耗材、项目设施，存在的不符合": "js.a17.i4.swapped-items", |p| yes(p, q::SWAPPED_ITEMS.info.id) => Fail;
        "江苏第十七条（五）：不得诱导协助冒名、虚假就医，未发生": "js.a17.i5.false-visits", |p| designated(p) => Pass;
        "江苏第十七条（五）：不得诱导协助冒名、虚假就医，存在的不符合": "js.a17.i5.false-visits", |p| yes(p, q::FALSE_VISITS.info.id) => Fail;
        "江苏第十七条（六）：不得高套低靠编码、转嫁费用，未发生": "js.a17.i6.upcoding-or-cost-shifting", |p| designated(p) => Pass;
        "江苏第十七条（六）：不得高套低靠编码、转嫁费用，存在的不符合": "js.a17.i6.upcoding-or-cost-shifting", |p| yes(p, q::UPCODING.info.id) => Fail;
        "江苏第十七条（六）：无住院服务的机构不适用": "js.a17.i6.upcoding-or-cost-shifting", |p| no(p, sq::INPATIENT_SERVICE.info.id) => NotApplicable;
        "江苏第十七条（七）：不得推诿病人、未达标准令出院，未发生": "js.a17.i7.patients-turned-away", |p| designated(p) => Pass;
        "江苏第十七条（七）：不得推诿病人、未达标准令出院，存在的不符合": "js.a17.i7.patients-turned-away", |p| yes(p, q::PATIENTS_TURNED_AWAY.info.id) => Fail;
        "江苏第十七条（八）：造成基金损失的其他违规行为，未发生": "js.a17.i8.other-fund-loss", |p| designated(p) => Pass;
        "江苏第十七条（八）：造成基金损失的其他违规行为，存在的不符合": "js.a17.i8.other-fund-loss", |p| yes(p, q::OTHER_FUND_LOSS.info.id) => Fail;
        "江苏第十八条第1款：合理诊疗、规范收费、执行目录，已落实": "js.a18.p1.rational-care", |p| designated(p) => Pass;
        "江苏第十八条第1款：合理诊疗、规范收费、执行目录，回答“否”的不符合": "js.a18.p1.rational-care", |p| no(p, q::RATIONAL_CARE.info.id) => Fail;
        "江苏第十八条第1款：合理诊疗、规范收费、执行目录，回答“否”的不符合": "js.a18.p1.rational-care", |p| no(p, q::CATALOGUES_FOLLOWED.info.id) => Fail;
        "江苏第十八条第1款：优先配备使用谈判药品等，已落实": "js.a18.p1.listed-items-first", |p| designated(p) => Pass;
        "江苏第十八条第1款：优先配备使用谈判药品等，回答“否”的不符合": "js.a18.p1.listed-items-first", |p| no(p, q::LISTED_ITEMS_FIRST.info.id) => Fail;
        "江苏第十八条第1款：控制患者自费比例，已落实": "js.a18.p1.self-pay-controlled", |p| designated(p) => Pass;
        "江苏第十八条第1款：控制患者自费比例，回答“否”的不符合": "js.a18.p1.self-pay-controlled", |p| no(p, q::SELF_PAY_CONTROLLED.info.id) => Fail;
        "江苏第十八条第2款：不得为其他机构提供医保结算，未发生": "js.a18.p2.settlement-for-others", |p| designated(p) => Pass;
        "江苏第十八条第2款：不得为其他机构提供医保结算，存在的不符合": "js.a18.p2.settlement-for-others", |p| yes(p, q::SETTLEMENT_FOR_OTHERS.info.id) => Fail;
        "江苏第十八条第2款：不得将基金应付费用转为自费，未发生": "js.a18.p2.self-pay-demanded", |p| designated(p) => Pass;
        "江苏第十八条第2款：不得将基金应付费用转为自费，存在的不符合": "js.a18.p2.self-pay-demanded", |p| yes(p, q::SELF_PAY_DEMANDED.info.id) => Fail;
        "江苏第十八条第2款：不得把不予支付费用作医保欠费，未发生": "js.a18.p2.refused-fees-as-arrears", |p| designated(p) => Pass;
        "江苏第十八条第2款：不得把不予支付费用作医保欠费，存在的不符合": "js.a18.p2.refused-fees-as-arrears", |p| yes(p, q::REFUSED_FEES_AS_ARREARS.info.id) => Fail;
        "江苏第十九条第1款：直接结算并出具结算单据，已落实": "js.a19.p1.direct-settlement", |p| designated(p) => Pass;
        "江苏第十九条第1款：直接结算并出具结算单据，回答“否”的不符合": "js.a19.p1.direct-settlement", |p| no(p, q::DIRECT_SETTLEMENT.info.id) => Fail;
        "江苏第十九条第2款：提供转诊转院备案服务，已落实": "js.a19.p2.referral-filing", |p| designated(p) => Pass;
        "江苏第十九条第2款：提供转诊转院备案服务，回答“否”的不符合": "js.a19.p2.referral-filing", |p| no(p, q::REFERRAL_FILING.info.id) => Fail;
        "江苏第二十条：异地就医直接结算与配合检查，已落实": "js.a20.cross-region-settlement", |p| designated(p) => Pass;
        "江苏第二十条：异地就医直接结算与配合检查，回答“否”的不符合": "js.a20.cross-region-settlement", |p| no(p, q::CROSS_REGION_SETTLEMENT.info.id) => Fail;
        "江苏第二十条：异地就医直接结算与配合检查，回答“否”的不符合": "js.a20.cross-region-settlement", |p| no(p, q::CROSS_REGION_INSPECTION.info.id) => Fail;
        "江苏第二十条：未开通异地就医直接结算的机构不适用": "js.a20.cross-region-settlement", |p| answer(p, sq::SERVICES.info.id, Value::Choices(vec![])) => NotApplicable;
        "江苏第二十一条第1款：协同推进支付方式改革，已落实": "js.a21.p1.payment-reform", |p| designated(p) => Pass;
        "江苏第二十一条第1款：协同推进支付方式改革，回答“否”的不符合": "js.a21.p1.payment-reform", |p| no(p, q::PAYMENT_REFORM.info.id) => Fail;
        "江苏第二十一条第2款：执行阳光采购和带量采购，已落实": "js.a21.p2.procurement", |p| designated(p) => Pass;
        "江苏第二十一条第2款：执行阳光采购和带量采购，回答“否”的不符合": "js.a21.p2.procurement", |p| no(p, q::PROCUREMENT.info.id) => Fail;
        "江苏第二十一条第3款：执行医药价格政策，已落实": "js.a21.p3.price-policy", |p| designated(p) => Pass;
        "江苏第二十一条第3款：执行医药价格政策，回答“否”的不符合": "js.a21.p3.price-policy", |p| no(p, q::PRICE_POLICY.info.id) => Fail;
        "江苏第二十一条第4款：配合费用核查、绩效考核等，已落实": "js.a21.p4.cooperates", |p| designated(p) => Pass;
        "江苏第二十一条第4款：配合费用核查、绩效考核等，回答“否”的不符合": "js.a21.p4.cooperates", |p| no(p, q::COOPERATES.info.id) => Fail;
        "江苏第二十一条第5款：向社会公开医药费用信息，已落实": "js.a21.p5.costs-published", |p| designated(p) => Pass;
        "江苏第二十一条第5款：向社会公开医药费用信息，回答“否”的不符合": "js.a21.p5.costs-published", |p| no(p, q::COSTS_PUBLISHED.info.id) => Fail;
        "江苏第二十二条：医保培训与定期自查自纠，已落实": "js.a22.training-and-self-inspection", |p| designated(p) => Pass;
        "江苏第二十二条：医保培训与定期自查自纠，回答“否”的不符合": "js.a22.training-and-self-inspection", |p| no(p, q::FUND_TRAINING.info.id) => Fail;
        "江苏第二十二条：医保培训与定期自查自纠，回答“否”的不符合": "js.a22.training-and-self-inspection", |p| no(p, q::SELF_INSPECTION.info.id) => Fail;
        "江苏第二十三条第1款：及时传送全量数据并保证真实，已落实": "js.a23.p1.full-data", |p| designated(p) => Pass;
        "江苏第二十三条第1款：及时传送全量数据并保证真实，回答“否”的不符合": "js.a23.p1.full-data", |p| no(p, q::FULL_DATA.info.id) => Fail;
        "江苏第二十三条第1款：数据安全与参保人员隐私，已落实": "js.a23.p1.data-security", |p| designated(p) => Pass;
        "江苏第二十三条第1款：数据安全与参保人员隐私，回答“否”的不符合": "js.a23.p1.data-security", |p| no(p, q::DATA_SECURITY.info.id) => Fail;
        "江苏第三十五条第1款：重大信息变更逾期未申请，未发生": "js.a35.p1.change-not-applied", |p| designated(p) => Pass;
        "江苏第三十五条第1款：重大信息变更逾期未申请，存在的不符合": "js.a35.p1.change-not-applied", |p| yes(p, q::CHANGE_NOT_APPLIED.info.id) => Fail;
        "江苏第三十五条第2款：因违规被重新核发执业证照，未发生": "js.a35.p2.licence-reissued", |p| designated(p) => Pass;
        "江苏第三十五条第2款：因违规被重新核发执业证照，存在的不符合": "js.a35.p2.licence-reissued", |p| yes(p, q::LICENCE_REISSUED.info.id) => Fail;
        "江苏第四十二条（二）：未按规定保管财务账目凭证，未发生": "js.a42.i2.accounts-kept", |p| designated(p) => Pass;
        "江苏第四十二条（二）：未按规定保管财务账目凭证，存在的不符合": "js.a42.i2.accounts-kept", |p| yes(p, q::ACCOUNTS_NOT_KEPT.info.id) => Fail;
        "江苏第四十二条（四）：未按规定报告监管所需信息，未发生": "js.a42.i4.information-reported", |p| designated(p) => Pass;
        "江苏第四十二条（四）：未按规定报告监管所需信息，存在的不符合": "js.a42.i4.information-reported", |p| yes(p, q::INFO_NOT_REPORTED.info.id) => Fail;
        "江苏第四十三条（四）：以药换物，未发生": "js.a43.i4.drugs-for-goods", |p| designated(p) => Pass;
        "江苏第四十三条（四）：以药换物，存在的不符合": "js.a43.i4.drugs-for-goods", |p| yes(p, q::DRUGS_FOR_GOODS.info.id) => Fail;
        "江苏第四十三条（五）：为转卖药品、返现等提供便利，未发生": "js.a43.i5.resale-facilitated", |p| designated(p) => Pass;
        "江苏第四十三条（五）：为转卖药品、返现等提供便利，存在的不符合": "js.a43.i5.resale-facilitated", |p| yes(p, q::RESALE_FACILITATED.info.id) => Fail;
        "江苏第四十四条（一）：虚假证明材料、虚开费用单据，未发生": "js.a44.i1.false-documents", |p| designated(p) => Pass;
        "江苏第四十四条（一）：虚假证明材料、虚开费用单据，存在的不符合": "js.a44.i1.false-documents", |p| yes(p, q::FALSE_DOCUMENTS.info.id) => Fail;
        "江苏第四十四条（二）：伪造、销毁医学文书等资料，未发生": "js.a44.i2.records-forged", |p| designated(p) => Pass;
        "江苏第四十四条（二）：伪造、销毁医学文书等资料，存在的不符合": "js.a44.i2.records-forged", |p| yes(p, q::RECORDS_FORGED.info.id) => Fail;
        "江苏第四十四条（三）：虚构医药服务项目，未发生": "js.a44.i3.fictitious-services", |p| designated(p) => Pass;
        "江苏第四十四条（三）：虚构医药服务项目，存在的不符合": "js.a44.i3.fictitious-services", |p| yes(p, q::FICTITIOUS_SERVICES.info.id) => Fail;
        "江苏第四十四条（五）：拒绝、阻挠或严重不配合检查，未发生": "js.a44.i5.obstruction", |p| designated(p) => Pass;
        "江苏第四十四条（五）：拒绝、阻挠或严重不配合检查，存在的不符合": "js.a44.i5.obstruction", |p| yes(p, q::OBSTRUCTION.info.id) => Fail;
        "江苏第四十四条（六）：被注销并收回执业证照，未发生": "js.a44.i6.licence-revoked", |p| designated(p) => Pass;
        "江苏第四十四条（六）：被注销并收回执业证照，存在的不符合": "js.a44.i6.licence-revoked", |p| yes(p, q::LICENCE_REVOKED.info.id) => Fail;
        "江苏第四十四条（七）：检查考核发现重大风险，未发生": "js.a44.i7.major-risk-notified", |p| designated(p) => Pass;
        "江苏第四十四条（七）：检查考核发现重大风险，存在的不符合": "js.a44.i7.major-risk-notified", |p| yes(p, q::MAJOR_RISK_NOTIFIED.info.id) => Fail;
        "江苏第四十四条（八）：执法发现重大违法违规，未发生": "js.a44.i8.major-violation-notified", |p| designated(p) => Pass;
        "江苏第四十四条（八）：执法发现重大违法违规，存在的不符合": "js.a44.i8.major-violation-notified", |p| yes(p, q::MAJOR_VIOLATION_NOTIFIED.info.id) => Fail;
        "江苏第四十四条（九）：被媒体曝光造成重大舆情，未发生": "js.a44.i9.media-exposure", |p| designated(p) => Pass;
        "江苏第四十四条（九）：被媒体曝光造成重大舆情，存在的不符合": "js.a44.i9.media-exposure", |p| yes(p, q::MEDIA_EXPOSURE.info.id) => Fail;
        "江苏第四十四条（十）：其他骗取医保基金的行为，未发生": "js.a44.i10.other-fraud", |p| designated(p) => Pass;
        "江苏第四十四条（十）：其他骗取医保基金的行为，存在的不符合": "js.a44.i10.other-fraud", |p| yes(p, q::OTHER_FRAUD.info.id) => Fail;
        "江苏第十五条第2款：未回答的需补充信息": "js.a15.p2.sign-displayed", |p| { designated(p); p.compliance.clear(q::SIGN_DISPLAYED.info.id) } => NeedsInformation;
        "江苏第十八条第2款：为其他机构结算未回答的需补充信息": "js.a18.p2.settlement-for-others", |p| { designated(p); p.compliance.clear(q::SETTLEMENT_FOR_OTHERS.info.id) } => NeedsInformation;
        "江苏第二十二条：有内部管理制度和医保管理人员的符合": "js.a22.fund-management", |p| designated(p) => Pass;
        "江苏第二十二条：医保管理人员1人即有专门人员负责": "js.a22.fund-management", |p| { designated(p); p.staff.insurance_staff = Some(1) } => Pass;
        "江苏第二十二条、第四十二条（一）：没有专门机构或者人员的不符合": "js.a22.fund-management", |p| { designated(p); p.staff.insurance_staff = Some(0) } => Fail;
        "江苏第二十二条、第四十二条（一）：未建立内部管理制度的不符合": "js.a22.fund-management", |p| { designated(p); p.systems.internal_management = Some(false) } => Fail;
        "江苏第二十二条：医保管理人员人数未填的需补充信息": "js.a22.fund-management", |p| { designated(p); p.staff.insurance_staff = None } => NeedsInformation;
        "江苏第二十三条第1款：已按接口标准完成改造的符合": "js.a23.p1.interface-retrofit", |p| designated(p) => Pass;
        "江苏第二十三条第1款、第四十二条（九）：定点后尚未完成改造的不符合": "js.a23.p1.interface-retrofit", |p| { designated(p); p.it.interface_standard = Some(InterfaceStandard::Planned) } => Fail;
        "江苏第二十三条第1款：不具备接口标准的不符合": "js.a23.p1.interface-retrofit", |p| { designated(p); p.it.interface_standard = Some(InterfaceStandard::No) } => Fail;
        "江苏第二十三条第1款：改造状态未填的需补充信息": "js.a23.p1.interface-retrofit", |p| { designated(p); p.it.interface_standard = None } => NeedsInformation;
        "江苏第二十三条第2款：编码维护和医保码全流程均落实的符合": "js.a23.p2.codes-and-insurance-code", |p| designated(p) => Pass;
        "江苏第二十三条第2款：未维护更新医保信息业务编码的不符合": "js.a23.p2.codes-and-insurance-code", |p| no(p, q::CODES_MAINTAINED.info.id) => Fail;
        "江苏第二十三条第2款：未在就医购药全流程支持医保码的不符合": "js.a23.p2.codes-and-insurance-code", |p| { designated(p); p.it.insurance_code_full_process = Some(false) } => Fail;
    };

    #[test]
    fn cases() {
        crate::catalog::testing::run(CASES);
    }

    /// 第四十条: an act of staff or departments may have their settlement
    /// suspended or ended — possible (「可以」), never certain; an item that
    /// is not such an act does not name it.
    #[test]
    fn staff_acts_name_the_measure_on_staff_or_departments_as_possible() {
        use crate::catalog::testing::{baseline, date, finding, AS_OF};
        let mut p = baseline(J);
        yes(&mut p, q::OVER_TREATMENT.info.id);
        let f = finding("js.a17.i2.over-treatment", &p, date(AS_OF));
        let staff: Vec<_> = f
            .risks
            .iter()
            .filter(|r| r.id == "js.a40.staff-or-department")
            .collect();
        assert_eq!(staff.len(), 1, "{:#?}", f.risks);
        assert!(!staff[0].certain);
        let mut p = baseline(J);
        yes(&mut p, q::MAJOR_RISK_NOTIFIED.info.id);
        let f = finding("js.a44.i7.major-risk-notified", &p, date(AS_OF));
        assert!(f.risks.iter().all(|r| r.id != "js.a40.staff-or-department"));
    }
}
