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
        kept: q::SIGN_DISPLAYED,
        risks: [risks::HANDLING],
        advice: "在门诊大厅等显著位置悬挂医保部门提供的统一样式标识。",
    ),
    item!(Jiangsu, "js.a17.p1.real-name", "第十七条", Some("第1款"), "实名就医并核验有效身份凭证",
        quote: "执行实名就医和购药管理规定，核验参保人员有效身份凭证",
        kept: q::REAL_NAME,
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
        kept: q::NECESSARY_SERVICES,
        risks: [risks::L2, risks::STAFF_OR_DEPARTMENT],
        advice: "按诊疗规范开展检查治疗，定期点评并纠正不必要的项目。",
    ),
    // Also 第四十二条（二） for these records (财务账目、会计凭证: js.a42.i2).
    item!(Jiangsu, "js.a17.p1.records-kept", "第十七条", Some("第1款"), "保存处方、病历等资料",
        quote: "保存处方、病历、治疗检查记录、费用明细、药品和医用耗材出入库记录等资料",
        kept: q::RECORDS_KEPT,
        risks: [risks::L1],
        advice: "建立归档制度，完整保存处方、病历、费用明细和出入库记录等。",
    ),
    item!(Jiangsu, "js.a17.p1.receipts-and-results", "第十七条", Some("第1款"), "如实出具单据，检查检验互认",
        quote: "向参保人员如实出具费用单据和相关资料，按照国家和省有关规定对医疗检查检验结果实行互认与共享",
        all_kept: [q::RECEIPTS_TRUE, q::RESULTS_RECOGNISED],
        risks: [risks::HANDLING, risks::STAFF_OR_DEPARTMENT],
        advice: "如实出具费用单据；按省、市规定落实检查检验结果互认共享。",
    ),
    // Also 第四十三条（六）「将不属于医疗保障基金支付范围的医药费用纳入医疗保障基金结算」.
    item!(Jiangsu, "js.a17.p1.payment-scope", "第十七条", Some("第1款"), "基金支付的费用符合支付范围",
        quote: "定点医疗机构应当确保医疗保障基金支付的费用符合规定的支付范围",
        kept: q::WITHIN_PAYMENT_SCOPE,
        risks: [risks::L2, risks::REFUSED_CLAIMS],
        advice: "结算前审核费用是否属支付范围，范围外费用不纳入医保结算。",
    ),
    // Also 第四十二条（六）.
    item!(Jiangsu, "js.a17.p1.consent-out-of-scope", "第十七条", Some("第1款"), "支付范围外服务须经患者同意",
        quote: "除急诊、抢救等特殊情形外，提供医疗保障基金支付范围以外的医药服务的，应当经参保人员或者其近亲属、监护人同意",
        kept: q::CONSENT_OUT_OF_SCOPE,
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
        absent: q::OVER_TREATMENT,
        risks: [risks::L2, risks::REFUSED_CLAIMS, risks::STAFF_OR_DEPARTMENT],
        advice: "开展处方和检查点评，纠正过度诊疗、超量和重复开药。",
    ),
    // Also 第四十三条（三）.
    item!(Jiangsu, "js.a17.i3.improper-charges", "第十七条", Some("（三）"), "不得重复、超标准、分解收费",
        quote: "重复收费、超标准收费、分解项目收费",
        absent: q::IMPROPER_CHARGES,
        risks: [risks::L2, risks::REFUSED_CLAIMS, risks::STAFF_OR_DEPARTMENT],
        advice: "对照价格政策核查收费明细，退还重复、超标准、分解收费。",
    ),
    // Also 第四十三条（四）「串换药品、医用耗材、诊疗项目和服务设施」.
    item!(Jiangsu, "js.a17.i4.swapped-items", "第十七条", Some("（四）"), "不得串换药品、耗材、项目设施",
        quote: "串换药品、医用耗材、诊疗项目和服务设施",
        absent: q::SWAPPED_ITEMS,
        risks: [risks::L2, risks::REFUSED_CLAIMS, risks::STAFF_OR_DEPARTMENT],
        advice: "核对药品耗材出入库与结算记录，按实际项目编码收费。",
    ),
    // Also 第四十四条（一）「诱导、协助他人冒名或者虚假就医、购药」: its grade and its referral (第2款).
    item!(Jiangsu, "js.a17.i5.false-visits", "第十七条", Some("（五）"), "不得诱导协助冒名、虚假就医",
        quote: "诱导、协助他人冒名或者虚假就医、购药",
        absent: q::FALSE_VISITS,
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
        absent: q::PATIENTS_TURNED_AWAY,
        risks: [risks::L1, risks::STAFF_OR_DEPARTMENT],
        advice: "按规定收治病人，达到出院标准方可办理出院。",
    ),
    // Also 第四十三条（七）.
    item!(Jiangsu, "js.a17.i8.other-fund-loss", "第十七条", Some("（八）"), "造成基金损失的其他违规行为",
        quote: "造成医疗保障基金损失的其他违法违规行为",
        absent: q::OTHER_FUND_LOSS,
        risks: [risks::L2],
        advice: "查明损失原因和金额，主动退回并整改。",
        reading: "与第四十三条（七）「造成医疗保障基金损失的其他违约行为」合为一问，按第四十三条处理；以骗取基金为目的的，另见第四十四条（十）。",
    ),
    item!(Jiangsu, "js.a18.p1.rational-care", "第十八条", Some("第1款"), "合理诊疗、规范收费、执行目录",
        quote: "合理检查、合理用药、合理治疗、规范收费，严格执行医保药品、医用耗材、诊疗项目和服务设施等目录",
        all_kept: [q::RATIONAL_CARE, q::CATALOGUES_FOLLOWED],
        risks: [risks::HANDLING],
        advice: "建立检查、用药、治疗和收费的院内审核，严格执行医保目录。",
    ),
    // Also 第四十二条（八）「未按照规定优先配备、优先使用……」.
    item!(Jiangsu, "js.a18.p1.listed-items-first", "第十八条", Some("第1款"), "优先配备使用谈判药品等",
        quote: "按照规定优先配备、优先使用国家医保谈判药品等列入基本医疗保险目录的药品、医用耗材、诊疗项目和服务设施",
        kept: q::LISTED_ITEMS_FIRST,
        risks: [risks::L1],
        advice: "按规定配备国家谈判药品等目录内药品、耗材并优先使用。",
    ),
    item!(Jiangsu, "js.a18.p1.self-pay-controlled", "第十八条", Some("第1款"), "控制患者自费比例",
        quote: "控制患者自费比例，降低群众医药费用负担",
        kept: q::SELF_PAY_CONTROLLED,
        risks: [risks::HANDLING],
        advice: "监测患者自费比例，优先使用目录内项目，控制自费负担。",
    ),
    // Also 第四十四条（四）: its grade, the mandatory termination (第3款) and the bar (第九条).
    item!(Jiangsu, "js.a18.p2.settlement-for-others", "第十八条", Some("第2款"), "不得为其他机构提供医保结算",
        quote: "不得为其他定点医药机构或非定点医药机构提供医保结算",
        absent: q::SETTLEMENT_FOR_OTHERS,
        risks: [risks::L3, risks::MANDATORY_TERMINATION, risks::REAPPLICATION_BAR],
        advice: "立即停止为其他机构结算，核查并退回相关费用。",
        reading: "即第四十四条（四），问题含第四十四条（四）所列「处于中止医保协议期间的医药机构」；经办机构应当解除医保协议。",
    ),
    // Also 第四十二条（八）「将应当由医疗保障基金支付的费用要求患者自费」.
    item!(Jiangsu, "js.a18.p2.self-pay-demanded", "第十八条", Some("第2款"), "不得将基金应付费用转为自费",
        quote: "不得将应当由医疗保障基金支付的费用要求患者自费",
        absent: q::SELF_PAY_DEMANDED,
        risks: [risks::L1],
        advice: "应由基金支付的费用一律按规定结算，已收取的退还患者。",
    ),
    item!(Jiangsu, "js.a18.p2.refused-fees-as-arrears", "第十八条", Some("第2款"), "不得把不予支付费用作医保欠费",
        quote: "被经办机构不予支付的费用、按照医保协议被扣除的质量保证金以及支付的违约金等作为医保欠费处理",
        absent: q::REFUSED_FEES_AS_ARREARS,
        risks: [risks::HANDLING],
        advice: "不予支付的费用、扣除的质保金和违约金不得计为医保欠费。",
    ),
    item!(Jiangsu, "js.a19.p1.direct-settlement", "第十九条", Some("第1款"), "直接结算并出具结算单据",
        quote: "按照规定进行医保费用直接结算，提供费用结算单据和相关资料",
        kept: q::DIRECT_SETTLEMENT,
        risks: [risks::HANDLING],
        advice: "按规定为参保人员直接结算，并提供结算单据和相关资料。",
    ),
    item!(Jiangsu, "js.a19.p2.referral-filing", "第十九条", Some("第2款"), "提供转诊转院备案服务",
        quote: "定点医疗机构应当为符合规定的参保人员提供转诊转院备案服务",
        kept: q::REFERRAL_FILING,
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
        kept: q::PAYMENT_REFORM,
        risks: [risks::HANDLING],
        advice: "按当地支付方式改革要求执行按病种、按病组等结算规则。",
    ),
    item!(Jiangsu, "js.a21.p2.procurement", "第二十一条", Some("第2款"), "执行阳光采购和带量采购",
        quote: "按照有关规定执行药品（医用耗材）阳光采购和带量采购政策",
        kept: q::PROCUREMENT,
        risks: [risks::HANDLING],
        advice: "按规定在平台阳光采购，落实带量采购的约定采购量。",
    ),
    item!(Jiangsu, "js.a21.p3.price-policy", "第二十一条", Some("第3款"), "执行医药价格政策",
        quote: "严格执行医疗保障行政部门制定的医药价格政策",
        kept: q::PRICE_POLICY,
        risks: [risks::HANDLING],
        advice: "对照医药价格政策核查收费项目和标准，及时调整。",
    ),
    item!(Jiangsu, "js.a21.p4.cooperates", "第二十一条", Some("第4款"), "配合费用核查、绩效考核等",
        quote: "配合医疗保障部门开展医保费用核查、绩效考核、政策宣传等工作",
        kept: q::COOPERATES,
        risks: [risks::HANDLING],
        advice: "指定专人对接医保部门的核查、考核和宣传，按时提供材料。",
    ),
    // Also 第四十二条（五）.
    item!(Jiangsu, "js.a21.p5.costs-published", "第二十一条", Some("第5款"), "向社会公开医药费用信息",
        quote: "向社会公开医药费用、费用结构等信息",
        kept: q::COSTS_PUBLISHED,
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
        all_kept: [q::FUND_TRAINING, q::SELF_INSPECTION],
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
        kept: q::FULL_DATA,
        risks: [risks::L1],
        advice: "核对上传数据的完整性和真实性，及时补传结算清单等数据。",
    ),
    item!(Jiangsu, "js.a23.p1.data-security", "第二十三条", Some("第1款"), "数据安全与参保人员隐私",
        quote: "严格遵守数据安全有关制度，保护参保人员隐私",
        kept: q::DATA_SECURITY,
        risks: [risks::HANDLING],
        advice: "落实数据安全制度和权限管理，防止参保人员信息泄露。",
    ),
    item!(Jiangsu, "js.a23.p2.codes-and-insurance-code", "第二十三条", Some("第2款"), "医保编码维护与医保码应用",
        quote: "按照要求录入、维护、更新医疗保障信息业务编码，在院内信息系统各环节应用医疗保障信息业务编码，在院内就医购药全流程支持应用医保码",
        all_kept: [q::CODES_MAINTAINED, base::IT_INSURANCE_CODE_FULL_PROCESS],
        risks: [risks::HANDLING],
        advice: "维护更新医保信息业务编码，院内就医购药全流程支持医保码。",
    ),
    item!(Jiangsu, "js.a35.p1.change-not-applied", "第三十五条", Some("第1款"), "重大信息变更逾期未申请",
        quote: "应当自有关部门批准之日起30个工作日内向统筹地区经办机构提出变更申请",
        absent: q::CHANGE_NOT_APPLIED,
        risks: [risks::HANDLING],
        advice: "立即向统筹地区经办机构提出变更申请，并说明逾期原因。",
        reading: "时限的日期在提出信息变更申请时计算（“时限与等待期”）；本项只问定点期间有无已逾期未申请的变更。南通机构另须按协议7个工作日内办理⟦X-14⟧。",
    ),
    item!(Jiangsu, "js.a35.p2.licence-reissued", "第三十五条", Some("第2款"), "因违规被重新核发执业证照",
        quote: "因违法违规违约，定点医疗机构重新核发医疗机构执业许可证或者诊所备案凭证的，经办机构应当按照本实施细则第四十四条的规定处理",
        absent: q::LICENCE_REISSUED,
        risks: [risks::L3],
        advice: "及时报告经办机构，按第四十四条接受处理并整改。",
    ),
    item!(Jiangsu, "js.a42.i2.accounts-kept", "第四十二条", Some("（二）"), "未按规定保管财务账目凭证",
        quote: "未按照规定保管财务账目、会计凭证",
        absent: q::ACCOUNTS_NOT_KEPT,
        risks: [risks::L1],
        advice: "按会计制度规范保管财务账目和会计凭证。",
    ),
    item!(Jiangsu, "js.a42.i4.information-reported", "第四十二条", Some("（四）"), "未按规定报告监管所需信息",
        quote: "未按照规定向医疗保障行政部门报告医疗保障基金使用监督管理所需信息的",
        absent: q::INFO_NOT_REPORTED,
        risks: [risks::L1],
        advice: "按规定向医疗保障行政部门报送监督管理所需信息。",
    ),
    item!(Jiangsu, "js.a43.i4.drugs-for-goods", "第四十三条", Some("（四）"), "以药换物",
        quote: "以药换物的",
        absent: q::DRUGS_FOR_GOODS,
        risks: [risks::L2, risks::REFUSED_CLAIMS],
        advice: "立即停止以药换物，核查涉及的费用并退回。",
    ),
    item!(Jiangsu, "js.a43.i5.resale-facilitated", "第四十三条", Some("（五）"), "为转卖药品、返现等提供便利",
        quote: "为参保人员利用其享受医疗保障待遇的机会转卖药品，接受返还现金、实物，或者获得其他非法利益提供便利的",
        absent: q::RESALE_FACILITATED,
        risks: [risks::L2],
        advice: "加强处方和购药监控，杜绝为转卖药品、返现提供便利。",
    ),
    item!(Jiangsu, "js.a44.i1.false-documents", "第四十四条", Some("（一）"), "虚假证明材料、虚开费用单据",
        quote: "提供虚假证明材料，或者串通他人虚开费用单据的",
        absent: q::FALSE_DOCUMENTS,
        risks: [risks::L3, risks::REFERRAL, risks::TERMINATION_GRAVE],
        advice: "立即停止并核查，规范证明材料和费用单据的出具。",
    ),
    item!(Jiangsu, "js.a44.i2.records-forged", "第四十四条", Some("（二）"), "伪造、销毁医学文书等资料",
        quote: "伪造、变造、隐匿、涂改、销毁医学文书、医学证明、会计凭证、电子信息等有关资料的",
        absent: q::RECORDS_FORGED,
        risks: [risks::L3, risks::REFERRAL, risks::TERMINATION_GRAVE],
        advice: "保全原始资料，停止篡改和销毁，配合核查。",
    ),
    item!(Jiangsu, "js.a44.i3.fictitious-services", "第四十四条", Some("（三）"), "虚构医药服务项目",
        quote: "虚构医药服务项目的",
        absent: q::FICTITIOUS_SERVICES,
        risks: [risks::L3, risks::REFERRAL, risks::TERMINATION_GRAVE, risks::REFUSED_CLAIMS],
        advice: "立即停止，核查虚构项目的费用并全额退回。",
    ),
    item!(Jiangsu, "js.a44.i5.obstruction", "第四十四条", Some("（五）"), "拒绝、阻挠或严重不配合检查",
        quote: "拒绝、阻挠或者严重不配合医疗保障部门开展智能审核、绩效考核、监督检查等的",
        absent: q::OBSTRUCTION,
        risks: [risks::L3, risks::MANDATORY_TERMINATION, risks::REAPPLICATION_BAR],
        advice: "配合智能审核、绩效考核和监督检查，按要求提供资料。",
    ),
    item!(Jiangsu, "js.a44.i6.licence-revoked", "第四十四条", Some("（六）"), "被注销并收回执业证照",
        quote: "因违反行业主管部门规定致机构注销并收回医疗机构执业许可证或者诊所备案凭证的",
        absent: q::LICENCE_REVOKED,
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
        absent: q::MAJOR_RISK_NOTIFIED,
        risks: [risks::L3, risks::MANDATORY_SUSPENSION],
        advice: "按经办机构的意见整改，并提交书面整改报告。",
        reading: "本项是经办机构的发现，机构不能自行判断，故问是否已被告知此类发现；未被告知的按“否”。",
    ),
    item!(Jiangsu, "js.a44.i8.major-violation-notified", "第四十四条", Some("（八）"), "执法发现重大违法违规",
        quote: "医疗保障行政部门或者其他有关部门在行政执法中，发现定点医疗机构存在重大违法违规行为且可能造成医疗保障基金损失的",
        absent: q::MAJOR_VIOLATION_NOTIFIED,
        risks: [risks::L3, risks::MANDATORY_TERMINATION, risks::REAPPLICATION_BAR],
        advice: "配合执法调查，整改并退回违规费用。",
        reading: "本项是执法部门的发现，机构不能自行判断，故问是否已被告知此类发现；未被告知的按“否”。",
    ),
    item!(Jiangsu, "js.a44.i9.media-exposure", "第四十四条", Some("（九）"), "被媒体曝光造成重大舆情",
        quote: "因违法违规行为被媒体曝光，造成重大舆情的",
        absent: q::MEDIA_EXPOSURE,
        risks: [risks::L3, risks::MANDATORY_SUSPENSION],
        advice: "如实说明情况，配合调查并整改，及时回应社会关切。",
        reading: "曝光是机构可知的事实，直接问是否发生；是否属“重大舆情”由有关部门认定，已引起医保或卫生健康部门过问的按“是”。",
    ),
    item!(Jiangsu, "js.a44.i10.other-fraud", "第四十四条", Some("（十）"), "其他骗取医保基金的行为",
        quote: "其他骗取医疗保障基金支出的行为",
        absent: q::OTHER_FRAUD,
        risks: [risks::L3, risks::REFERRAL, risks::TERMINATION_GRAVE],
        advice: "立即停止，退回骗取的基金并主动向医保部门报告。",
    ),
];

#[cfg(test)]
pub(crate) mod tests;
