//! Guangdong: the obligations and forbidden acts a designated institution
//! keeps (rules map §9.2, 第十六～二十六条 and 第三十三条第2款), and the
//! grounds of 应当中止 (第四十一条第2款) and 应当解除 (第四十二条) that the
//! institution can answer in a self-audit (§10.2). Guangdong, Jieyang and
//! Zhongshan institutions are decided under these items; in Zhongshan
//! reports the engine notes whether the draft has the same words, and
//! `catalog::zhongshan::compliance` previews what the draft adds. Each item
//! names what failing it risks (`risks.rs`).
//!
//! The grounds the institution cannot tell by itself — 第四十一条第2款
//! （一）（三）（四） and 第四十二条（八）（十三）（十四）, the agency's or other
//! authorities' findings and the agreement's and the law's catch-alls — are
//! asked as 「是否已被告知……」, as the Jiangsu items of 第四十四条（七）（八）
//! are, each with the certain consequence of its article. 第四十二条（十二）
//! (a termination asked for and agreed) is not a breach: answered "是" it is
//! for review, never a failure, and carries the termination without the bar
//! of 第九条. 第四十二条（三）「查实有欺诈骗保行为」 is the same facts as the
//! acts of 第十七条第1款: not asked again, its consequence is attached to
//! those items; likewise 第四十二条（四）'s 「为非定点医疗机构」 half is asked
//! under 第十六条. 第三十九条 (GZ-C12): the 30 working days for a change are
//! also a deadline (`deadlines.rs`); the items ask whether changes were
//! applied for, and general ones notified, in time; a change still not
//! registered is 第四十二条（六）.
//!
//! Quotes: 第二十三条第1款 reads 「向统筹地区经办机构报送」 where the draft has
//! 「向经办机构报送」 (rules map §9.2 GZ-C08, 实质同); the quotes keep to the
//! words both share, so that the Zhongshan note says "same words". GD/ZS
//! 第十七条 have no counterpart of JS 第十七条第2款（六）～（八） (高套低靠,
//! 推诿病人、未达出院标准要求出院, the catch-all); 第十八条 covers only
//! 拒收、转院、减少服务.

use super::risks;
use crate::catalog::audit::{self, Scope};
use crate::catalog::builder::item;
use crate::catalog::rule::Rule;
use crate::facts::compliance::{guangdong as q, scope};
use crate::facts::questions as base;
use crate::sources::DocumentId;

/// 第四十二条（一）: how many suspensions in one agreement period terminate it.
static P_REPEATED_SUSPENSIONS: crate::catalog::params::Param = crate::catalog::params::Param {
    id: "gd.a42.i1.suspended-twice",
    unit: crate::catalog::params::Unit::Count("次"),
    bound: crate::catalog::params::Bound::Below,
    rows: &[crate::catalog::params::Row {
        from: None,
        value: 2,
        document: DocumentId::Guangdong,
        article: "第四十二条",
        item: Some("（一）"),
        quote: "协议有效期内累计2次及以上被中止协议或中止协议期间未按要求整改或整改不到位的",
        external: None,
    }],
};

pub static RULES: &[Rule] = &[
    item!(Guangdong, "gd.a16.reasonable-care-and-charges", "第十六条", None, "严格执行医保协议，合理诊疗收费",
        quote: "严格执行医保协议，合理诊疗、合理收费",
        asks: [q::GD_AGREEMENT_REASONABLE],
        check: |ctx| audit::kept(ctx, &q::GD_AGREEMENT_REASONABLE),
        risks: [risks::HANDLING, risks::NON_PAYMENT],
        advice: "对照医保协议和诊疗规范抽查病历与收费明细，纠正不合理项目。",
    ),
    item!(Guangdong, "gd.a16.catalogues", "第十六条", None, "严格执行医保目录",
        quote: "严格执行医保药品、医用耗材和医疗服务项目等目录",
        asks: [q::GD_CATALOGUES],
        check: |ctx| audit::kept(ctx, &q::GD_CATALOGUES),
        risks: [risks::HANDLING, risks::NON_PAYMENT],
        advice: "在信息系统中维护医保目录，设置目录外项目提示。",
    ),
    item!(Guangdong, "gd.a16.catalogue-drugs-first", "第十六条", None, "优先配备使用医保目录药品",
        quote: "优先配备使用医保目录药品",
        asks: [q::GD_CATALOGUE_DRUGS_FIRST],
        check: |ctx| audit::kept(ctx, &q::GD_CATALOGUE_DRUGS_FIRST),
        risks: [risks::HANDLING],
        advice: "药品遴选和采购中优先配备、使用医保目录药品。",
    ),
    item!(Guangdong, "gd.a16.self-pay-controlled", "第十六条", None, "控制患者自费比例",
        quote: "控制患者自费比例，提高医疗保障基金使用效率，减轻参保人医疗费用负担",
        asks: [q::GD_SELF_PAY_CONTROLLED],
        check: |ctx| audit::kept(ctx, &q::GD_SELF_PAY_CONTROLLED),
        risks: [risks::HANDLING],
        advice: "定期统计各科室自费费用占比，目录外项目使用须审批。",
    ),
    item!(Guangdong, "gd.a16.no-settlement-for-non-designated", "第十六条", None, "不为非定点机构提供医保结算",
        quote: "定点医疗机构不得为非定点医疗机构提供医保结算",
        asks: [q::GD_SETTLEMENT_FOR_NON_DESIGNATED],
        check: |ctx| audit::absent(ctx, &q::GD_SETTLEMENT_FOR_NON_DESIGNATED),
        risks: [risks::HANDLING, risks::NON_PAYMENT, risks::TERMINATION, risks::REAPPLICATION_BAR],
        advice: "立即停止代为结算，只为本机构发生的费用进行医保结算。",
    ),
    item!(Guangdong, "gd.a16.no-refused-costs-as-arrears", "第十六条", None, "不将拒付费用作医保欠费处理",
        quote: "不得将经办机构不予支付的费用、按医保协议约定被扣除的质量保证金以及支付的违约金等，作为医保欠费处理",
        asks: [q::GD_REFUSED_COSTS_AS_ARREARS],
        check: |ctx| audit::absent(ctx, &q::GD_REFUSED_COSTS_AS_ARREARS),
        risks: [risks::HANDLING],
        advice: "将拒付费用、被扣保证金和违约金单独核销，不挂医保欠费。",
    ),
    item!(Guangdong, "gd.a17.p1.real-name", "第十七条", Some("第1款"), "实名就医并核验身份凭证",
        quote: "执行实名就医和购药管理规定，核验参保人员有效身份凭证",
        asks: [q::GD_REAL_NAME],
        check: |ctx| audit::kept(ctx, &q::GD_REAL_NAME),
        risks: [risks::HANDLING, risks::PERSONNEL],
        advice: "挂号、住院、取药时核验医保电子凭证或社保卡与本人一致。",
    ),
    item!(Guangdong, "gd.a17.p1.necessary-services", "第十七条", Some("第1款"), "按诊疗规范提供必要服务",
        quote: "按照诊疗规范提供合理、必要的医药服务",
        asks: [q::GD_NECESSARY_SERVICES],
        check: |ctx| audit::kept(ctx, &q::GD_NECESSARY_SERVICES),
        risks: [risks::HANDLING, risks::NON_PAYMENT, risks::PERSONNEL],
        advice: "开展病历和处方点评，纠正不合理的检查和用药。",
    ),
    item!(Guangdong, "gd.a17.p1.truthful-bills", "第十七条", Some("第1款"), "如实出具费用单据",
        quote: "向参保人员如实出具费用单据和相关资料",
        asks: [q::GD_TRUTHFUL_BILLS],
        check: |ctx| audit::kept(ctx, &q::GD_TRUTHFUL_BILLS),
        risks: [
            risks::HANDLING,
            risks::PERSONNEL,
            risks::TERMINATION_FRAUD,
            risks::REAPPLICATION_BAR,
        ],
        advice: "核对费用清单与实际服务一致，如实出具单据和资料。",
    ),
    item!(Guangdong, "gd.a17.p1.split-or-idle-admission", "第十七条", Some("第1款"), "无分解住院、挂床住院",
        quote: "不得分解住院、挂床住院",
        asks: [q::GD_SPLIT_OR_IDLE_ADMISSION, scope::INPATIENT_SERVICE],
        check: |ctx| audit::absent(ctx, &q::GD_SPLIT_OR_IDLE_ADMISSION),
        scope: [Scope::Inpatient],
        risks: [
            risks::HANDLING,
            risks::NON_PAYMENT,
            risks::PERSONNEL,
            risks::TERMINATION_FRAUD,
            risks::REAPPLICATION_BAR,
        ],
        advice: "核查短期再入院和在床情况，违规病例停止结算并整改。",
    ),
    item!(Guangdong, "gd.a17.p1.overtreatment", "第十七条", Some("第1款"), "无过度诊疗、过度检查",
        quote: "不得违反诊疗规范过度诊疗、过度检查、分解处方、超量开药、重复开药",
        asks: [q::GD_OVERTREATMENT],
        check: |ctx| audit::absent(ctx, &q::GD_OVERTREATMENT),
        risks: [
            risks::HANDLING,
            risks::NON_PAYMENT,
            risks::PERSONNEL,
            risks::TERMINATION_FRAUD,
            risks::REAPPLICATION_BAR,
        ],
        advice: "开展处方和检查点评，设置超量、重复开药的系统拦截。",
    ),
    item!(Guangdong, "gd.a17.p1.overcharging", "第十七条", Some("第1款"), "无重复、超标准、分解收费",
        quote: "不得重复收费、超标准收费、分解项目收费",
        asks: [q::GD_OVERCHARGING],
        check: |ctx| audit::absent(ctx, &q::GD_OVERCHARGING),
        risks: [
            risks::HANDLING,
            risks::NON_PAYMENT,
            risks::PERSONNEL,
            risks::TERMINATION_FRAUD,
            risks::REAPPLICATION_BAR,
        ],
        advice: "按价格项目内涵核对收费，退还多收费用并纠正。",
    ),
    item!(Guangdong, "gd.a17.p1.substitution", "第十七条", Some("第1款"), "无串换药品耗材项目",
        quote: "不得串换药品、医用耗材、诊疗项目和服务设施",
        asks: [q::GD_SUBSTITUTION],
        check: |ctx| audit::absent(ctx, &q::GD_SUBSTITUTION),
        risks: [
            risks::HANDLING,
            risks::NON_PAYMENT,
            risks::PERSONNEL,
            risks::TERMINATION_FRAUD,
            risks::REAPPLICATION_BAR,
        ],
        advice: "核对进销存与结算记录，按实际使用的项目结算。",
    ),
    item!(Guangdong, "gd.a17.p1.induced-false-visits", "第十七条", Some("第1款"), "无诱导协助冒名虚假就医",
        quote: "不得诱导、协助他人冒名或者虚假就医、购药",
        asks: [q::GD_INDUCED_FALSE_VISITS],
        check: |ctx| audit::absent(ctx, &q::GD_INDUCED_FALSE_VISITS),
        risks: [
            risks::HANDLING,
            risks::NON_PAYMENT,
            risks::PERSONNEL,
            risks::TERMINATION_FRAUD,
            risks::REAPPLICATION_BAR,
        ],
        advice: "立即停止，核查涉事人员和结算记录，主动退回违规费用。",
    ),
    item!(Guangdong, "gd.a17.p2.fund-costs-within-scope", "第十七条", Some("第2款"), "基金支付费用符合支付范围",
        quote: "定点医疗机构应当确保医疗保障基金支付的费用符合规定的支付范围",
        asks: [q::GD_FUND_COSTS_WITHIN_SCOPE],
        check: |ctx| audit::kept(ctx, &q::GD_FUND_COSTS_WITHIN_SCOPE),
        risks: [risks::HANDLING, risks::NON_PAYMENT],
        advice: "设置限定支付范围的系统审核，超范围费用不纳入基金结算。",
    ),
    item!(Guangdong, "gd.a17.p2.consent-out-of-scope", "第十七条", Some("第2款"), "目录外服务经患者同意",
        quote: "除急诊、抢救等特殊情形外，提供医疗保障基金支付范围以外医药服务的，应当经参保人员或者其近亲属、监护人同意",
        asks: [q::GD_CONSENT_OUT_OF_SCOPE],
        check: |ctx| audit::kept(ctx, &q::GD_CONSENT_OUT_OF_SCOPE),
        risks: [risks::HANDLING],
        advice: "目录外项目事先告知并取得书面同意，急诊、抢救除外。",
    ),
    item!(Guangdong, "gd.a18.admission-indications", "第十八条", None, "掌握出入院诊断和指征",
        quote: "制定相应的内部管理措施，严格遵循诊疗规范，掌握出入院诊断和指征",
        asks: [q::GD_ADMISSION_INDICATIONS],
        check: |ctx| audit::kept(ctx, &q::GD_ADMISSION_INDICATIONS),
        risks: [risks::HANDLING, risks::PERSONNEL],
        advice: "制定出入院标准和内部管理措施，定期抽查住院病历。",
    ),
    item!(Guangdong, "gd.a18.payment-methods", "第十八条", None, "按协议约定的支付方式执行",
        quote: "医疗费用执行按项目、按病种、按疾病诊断相关分组、按床日、按人头等支付方式",
        asks: [q::GD_PAYMENT_METHODS],
        check: |ctx| audit::kept(ctx, &q::GD_PAYMENT_METHODS),
        risks: [risks::HANDLING, risks::NON_PAYMENT],
        advice: "对照医保协议核对各类病例的结算方式，纠正错用。",
    ),
    item!(Guangdong, "gd.a18.no-refusal-for-payment-policy", "第十八条", None, "不以支付政策为由拒收患者",
        quote: "不得以医保支付政策为由拒收患者、转院或减少医疗服务",
        asks: [q::GD_REFUSED_FOR_PAYMENT_POLICY],
        check: |ctx| audit::absent(ctx, &q::GD_REFUSED_FOR_PAYMENT_POLICY),
        risks: [risks::HANDLING, risks::PERSONNEL],
        advice: "明确禁止以医保额度、病组费用为由推诿患者。",
    ),
    item!(Guangdong, "gd.a19.central-procurement", "第十九条", None, "执行集中采购并及时结算货款",
        quote: "按规定执行集中采购政策，优先使用集中采购中选的药品和耗材，及时结算采购货款",
        asks: [q::GD_CENTRAL_PROCUREMENT, q::GD_PROCUREMENT_PAID_ON_TIME],
        check: |ctx| audit::all_kept(ctx, &[&q::GD_CENTRAL_PROCUREMENT, &q::GD_PROCUREMENT_PAID_ON_TIME]),
        risks: [risks::HANDLING],
        advice: "优先使用集采中选产品，按约定时限结清采购货款。",
    ),
    item!(Guangdong, "gd.a19.platform-purchase", "第十九条", None, "在规定平台采购药品耗材",
        quote: "医保支付的药品、耗材应当按规定在医疗保障行政部门规定的平台上采购",
        asks: [q::GD_PLATFORM_PURCHASE],
        check: |ctx| audit::kept(ctx, &q::GD_PLATFORM_PURCHASE),
        risks: [risks::HANDLING],
        advice: "医保支付的药品耗材全部通过规定平台采购。",
    ),
    item!(Guangdong, "gd.a19.inventory-records", "第十九条", None, "真实记录进销存",
        quote: "并真实记录“进、销、存”等情况",
        asks: [q::GD_INVENTORY_RECORDS],
        check: |ctx| audit::kept(ctx, &q::GD_INVENTORY_RECORDS),
        risks: [risks::HANDLING],
        advice: "建立药品耗材进销存台账，定期盘点并与结算数据核对。",
    ),
    item!(Guangdong, "gd.a20.price-policy", "第二十条", None, "执行医药价格政策",
        quote: "严格执行医疗保障行政部门制定的医药价格政策",
        asks: [q::GD_PRICE_POLICY],
        check: |ctx| audit::kept(ctx, &q::GD_PRICE_POLICY),
        risks: [risks::HANDLING, risks::NON_PAYMENT],
        advice: "对照现行价格文件核对收费标准，及时更新价格库。",
    ),
    item!(Guangdong, "gd.a20.payment-standard", "第二十条", None, "执行统一的医保支付标准",
        quote: "执行统一的医保支付标准",
        asks: [q::GD_PAYMENT_STANDARD],
        check: |ctx| audit::kept(ctx, &q::GD_PAYMENT_STANDARD),
        risks: [risks::HANDLING, risks::NON_PAYMENT],
        advice: "按医保部门公布的支付标准维护系统并及时更新。",
    ),
    item!(Guangdong, "gd.a21.training-attended", "第二十一条", None, "参加医保部门组织的培训",
        quote: "参加由医疗保障行政部门或经办机构组织的宣传和培训",
        asks: [q::GD_TRAINING_ATTENDED],
        check: |ctx| audit::kept(ctx, &q::GD_TRAINING_ATTENDED),
        risks: [risks::HANDLING],
        advice: "指派医保管理人员参加医保部门培训并留存记录。",
    ),
    item!(Guangdong, "gd.a21.internal-training", "第二十一条", None, "组织医保政策培训学习",
        quote: "组织开展医疗保障相关政策培训学习",
        asks: [q::GD_INTERNAL_TRAINING],
        check: |ctx| audit::kept(ctx, &q::GD_INTERNAL_TRAINING),
        risks: [risks::HANDLING],
        advice: "制定年度计划，组织全员医保政策培训并留存记录。",
    ),
    item!(Guangdong, "gd.a21.regular-self-check", "第二十一条", None, "定期检查基金使用并纠正",
        quote: "定期检查本单位医疗保障基金使用情况，及时纠正医疗保障基金使用不规范行为",
        asks: [q::GD_REGULAR_SELF_CHECK],
        check: |ctx| audit::kept(ctx, &q::GD_REGULAR_SELF_CHECK),
        risks: [risks::HANDLING],
        advice: "定期开展基金使用自查，建立问题清单并整改销号。",
    ),
    item!(Guangdong, "gd.a22.sign-displayed", "第二十二条", None, "悬挂统一格式的定点标识",
        quote: "悬挂统一格式的定点医疗机构标识",
        asks: [q::GD_SIGN_DISPLAYED],
        check: |ctx| audit::kept(ctx, &q::GD_SIGN_DISPLAYED),
        risks: [risks::HANDLING],
        advice: "悬挂医保部门统一格式的定点医疗机构标识。",
    ),
    item!(Guangdong, "gd.a22.no-self-made-sign", "第二十二条", None, "不私自制作、悬挂标识",
        quote: "不得私自制作、悬挂",
        asks: [q::GD_SELF_MADE_SIGN],
        check: |ctx| audit::absent(ctx, &q::GD_SELF_MADE_SIGN),
        risks: [risks::HANDLING],
        advice: "撤下自制标识，改挂医保部门统一格式的标识。",
    ),
    item!(Guangdong, "gd.a23.p1.settlement-lists", "第二十三条", Some("第1款"), "及时报送结算清单并真实",
        quote: "结算清单等信息，包括疾病诊断及手术操作，药品、医用耗材、医疗服务项目费用结算明细，医师、护士等信息，并对其真实性负责",
        asks: [q::GD_SETTLEMENT_LISTS_REPORTED],
        check: |ctx| audit::kept(ctx, &q::GD_SETTLEMENT_LISTS_REPORTED),
        risks: [risks::HANDLING, risks::SUSPENSION],
        advice: "按时上传结算清单，质控核对诊断、费用和医护信息。",
    ),
    item!(Guangdong, "gd.a23.p1.purchase-prices", "第二十三条", Some("第1款"), "如实报送采购价格和数量",
        quote: "经办机构报送药品、耗材的采购价格和数量",
        asks: [q::GD_PURCHASE_PRICES_REPORTED],
        check: |ctx| audit::kept(ctx, &q::GD_PURCHASE_PRICES_REPORTED),
        risks: [risks::HANDLING, risks::SUSPENSION],
        advice: "按要求定期如实报送药品耗材的采购价格和数量。",
    ),
    item!(Guangdong, "gd.a23.p2.supervision-info", "第二十三条", Some("第2款"), "报送监管和协议管理信息",
        quote: "向医疗保障部门报送医疗保障基金使用监督管理及协议管理所需信息",
        asks: [q::GD_SUPERVISION_INFO_REPORTED],
        check: |ctx| audit::kept(ctx, &q::GD_SUPERVISION_INFO_REPORTED),
        risks: [risks::HANDLING, risks::SUSPENSION],
        advice: "明确报送责任人，按医保部门要求报送所需信息。",
    ),
    item!(Guangdong, "gd.a23.p2.costs-published", "第二十三条", Some("第2款"), "向社会公开医药费用信息",
        quote: "向社会公开医药费用、费用结构等信息",
        asks: [q::GD_COSTS_PUBLISHED],
        check: |ctx| audit::kept(ctx, &q::GD_COSTS_PUBLISHED),
        risks: [risks::HANDLING],
        advice: "在院内公示栏或网站公开医药费用、费用结构信息。",
    ),
    item!(Guangdong, "gd.a24.cooperates-with-audits", "第二十四条", None, "配合审核稽核并接受检查",
        quote: "配合经办机构开展医保费用审核、稽核检查、绩效考核等工作，接受医疗保障行政部门的监督检查，并按规定提供相关材料",
        asks: [q::GD_COOPERATES_WITH_AUDITS],
        check: |ctx| audit::kept(ctx, &q::GD_COOPERATES_WITH_AUDITS),
        risks: [risks::HANDLING, risks::TERMINATION_OBSTRUCTION, risks::REAPPLICATION_BAR],
        advice: "指定专人对接审核、稽核和检查，按要求及时提供材料。",
    ),
    item!(Guangdong, "gd.a25.direct-settlement", "第二十五条", None, "直接结算并提供结算单据",
        quote: "按规定进行医保费用直接结算，提供费用结算单据和相关资料",
        asks: [q::GD_DIRECT_SETTLEMENT],
        check: |ctx| audit::kept(ctx, &q::GD_DIRECT_SETTLEMENT),
        risks: [risks::HANDLING],
        advice: "保证医保结算系统正常运行，结算后提供结算单据。",
    ),
    item!(Guangdong, "gd.a25.referral", "第二十五条", None, "提供转诊转院服务",
        quote: "为符合规定的参保人员提供转诊转院服务",
        asks: [q::GD_REFERRAL_SERVICE],
        check: |ctx| audit::kept(ctx, &q::GD_REFERRAL_SERVICE),
        risks: [risks::HANDLING],
        advice: "建立转诊转院流程，为符合规定的参保人员办理。",
    ),
    item!(Guangdong, "gd.a26.data-security", "第二十六条", None, "信息系统安全与隐私保护",
        quote: "做好与医保有关的信息系统安全保障工作，遵守数据安全有关制度，保护参保人员隐私",
        asks: [q::GD_DATA_SECURITY],
        check: |ctx| audit::kept(ctx, &q::GD_DATA_SECURITY),
        risks: [risks::HANDLING],
        advice: "落实信息安全和数据安全制度，控制患者信息访问权限。",
    ),
    item!(Guangdong, "gd.a26.system-change-connected", "第二十六条", None, "更换系统时保持有效对接",
        quote: "保持信息系统技术接口标准与医保信息系统有效对接，并按规定向医保信息系统传送医保结算和审核所需的有关数据",
        asks: [q::GD_SYSTEM_CHANGE_CONNECTED],
        check: |ctx| audit::kept(ctx, &q::GD_SYSTEM_CHANGE_CONNECTED),
        risks: [risks::HANDLING, risks::SUSPENSION],
        advice: "更换或升级系统前与医保部门联调，确认数据正常传送。",
    ),
    item!(Guangdong, "gd.a33.p2.work-injury-settlement", "第三十三条", Some("第2款"), "工伤认定前先按医保结算",
        quote: "工伤职工在认定工伤前的医疗费用，定点医疗机构应当先按照基本医疗保险规定为其提供医疗服务和结算服务",
        asks: [q::GD_WORK_INJURY_SETTLEMENT],
        check: |ctx| audit::kept(ctx, &q::GD_WORK_INJURY_SETTLEMENT),
        risks: [risks::HANDLING],
        advice: "工伤认定前先按基本医保规定为工伤职工提供服务和结算。",
    ),
    item!(Guangdong, "gd.a39.major-change-applied", "第三十九条", None, "重大信息变更30个工作日内申请",
        quote: "应当自有关部门批准之日起30个工作日内向统筹区经办机构提出变更申请",
        asks: [q::GD_MAJOR_CHANGES_APPLIED],
        check: |ctx| audit::occasion(ctx, &q::GD_MAJOR_CHANGES_APPLIED),
        risks: [risks::HANDLING],
        advice: "自有关部门批准之日起30个工作日内向统筹区经办机构提出变更申请（截止日见“时限与等待期”）；已逾期的立即补办。",
        reading: "本条只定时限，未定逾期的后果：按第三十七条协议约定处理。变更后至今仍未办理的，另属第四十二条（六）应当解除，见该项⟦X-14⟧。",
    ),
    item!(Guangdong, "gd.a39.general-change-notified", "第三十九条", None, "一般信息变更及时书面告知",
        quote: "其他一般信息变更应当及时书面告知",
        asks: [q::GD_GENERAL_CHANGES_NOTIFIED],
        check: |ctx| audit::occasion(ctx, &q::GD_GENERAL_CHANGES_NOTIFIED),
        risks: [risks::HANDLING],
        advice: "一般信息变更后及时书面告知经办机构，留存告知回执。",
        reading: "“及时”未定天数，按变更后尽快书面告知理解；未告知的按第三十七条协议约定处理。",
    ),
    item!(Guangdong, "gd.a41.i1.major-risk-notified", "第四十一条", Some("（一）"), "检查考核发现重大风险",
        quote: "根据日常检查或绩效考核，发现对医保基金安全和参保人员权益可能造成重大风险的",
        asks: [q::GD_MAJOR_RISK_NOTIFIED],
        check: |ctx| audit::absent(ctx, &q::GD_MAJOR_RISK_NOTIFIED),
        risks: [risks::SUSPENSION],
        advice: "按经办机构的意见整改，并提交书面整改报告。",
        reading: "本项是经办机构的认定，机构不能自行判断，故问是否已被告知此类认定；未被告知的按“否”。",
    ),
    item!(Guangdong, "gd.a41.i2.data-provided-and-true", "第四十一条", Some("（二）"), "按规定提供真实数据",
        quote: "未按规定向经办机构及医疗保障行政部门提供有关数据或提供数据不真实的",
        asks: [q::GD_DATA_NOT_PROVIDED_OR_UNTRUE],
        check: |ctx| audit::absent(ctx, &q::GD_DATA_NOT_PROVIDED_OR_UNTRUE),
        risks: [risks::HANDLING, risks::SUSPENSION],
        advice: "按规定报送数据，建立核对机制，更正不真实的数据。",
    ),
    item!(Guangdong, "gd.a41.i3.agreed-suspension-notified", "第四十一条", Some("（三）"), "协议约定应当中止的情形",
        quote: "根据协议约定应当中止协议的",
        asks: [q::GD_AGREED_SUSPENSION_NOTIFIED],
        check: |ctx| audit::absent(ctx, &q::GD_AGREED_SUSPENSION_NOTIFIED),
        risks: [risks::SUSPENSION],
        advice: "对照医保协议的中止条款核实情况，按经办机构的意见整改。",
        reading: "协议约定的中止情形以实际签订的医保协议为准，是否属之由经办机构认定，故问是否已被告知；未被告知的按“否”。",
    ),
    item!(Guangdong, "gd.a41.i4.legal-suspension-notified", "第四十一条", Some("（四）"), "法律法规规定应当中止的其他情形",
        quote: "法律、法规、规章规定的应当中止协议的其他情形",
        asks: [q::GD_LEGAL_SUSPENSION_NOTIFIED],
        check: |ctx| audit::absent(ctx, &q::GD_LEGAL_SUSPENSION_NOTIFIED),
        risks: [risks::SUSPENSION],
        advice: "向经办机构了解认定的依据，按要求整改。",
        reading: "兜底情形，没有具体内容，由经办机构依法认定，故问是否已被告知；未被告知的按“否”。",
    ),
    item!(Guangdong, "gd.a42.i1.suspended-twice", "第四十二条", Some("（一）"), "协议期内未累计{}被中止",
        quote: "协议有效期内累计2次及以上被中止协议或中止协议期间未按要求整改或整改不到位的",
        asks: [q::GD_SUSPENSIONS_IN_TERM, q::GD_SUSPENSION_NOT_RECTIFIED],
        check: |ctx| audit::repeated_suspension(ctx, &q::GD_SUSPENSIONS_IN_TERM, &q::GD_SUSPENSION_NOT_RECTIFIED, &P_REPEATED_SUSPENSIONS),
        risks: [risks::TERMINATION, risks::REAPPLICATION_BAR],
        params: [P_REPEATED_SUSPENSIONS],
        advice: "中止期间按要求整改到位，防止再次被中止。",
        reading: "「被中止协议」按经办机构作出的中止计，不含本机构主动申请并经同意的中止；次数按本协议有效期计，续签后重新计⟦X-18⟧。只被中止1次的，另看中止期间是否整改到位。",
    ),
    item!(Guangdong, "gd.a42.i2.fraudulent-designation", "第四十二条", Some("（二）"), "未以弄虚作假取得定点",
        quote: "以弄虚作假等不正当手段申请取得定点的",
        asks: [q::GD_FRAUDULENT_DESIGNATION],
        check: |ctx| audit::absent(ctx, &q::GD_FRAUDULENT_DESIGNATION),
        risks: [risks::TERMINATION, risks::REAPPLICATION_BAR],
        advice: "如有此情形，主动向经办机构说明情况并听取处理意见。",
    ),
    item!(Guangdong, "gd.a42.i3.fraud", "第四十二条", Some("（三）"), "无欺诈骗保行为",
        quote: "经医疗保障部门和其他有关部门查实有欺诈骗保行为的",
        asks: [q::GD_FRAUD],
        check: |ctx| audit::absent(ctx, &q::GD_FRAUD),
        risks: [
            risks::HANDLING,
            risks::NON_PAYMENT,
            risks::TERMINATION_FRAUD,
            risks::REAPPLICATION_BAR,
        ],
        advice: "立即停止，核查涉事人员和结算记录，主动退回违规费用，配合调查。",
        reading: "本项以有关部门「查实」为要件：自查按是否存在该行为作答，存在的判不符合；应当解除只在查实之后。",
    ),
    item!(Guangdong, "gd.a42.i4.settlement-for-suspended", "第四十二条", Some("（四）"), "不为中止期间机构结算",
        quote: "为非定点医疗机构或处于中止医保协议期间的医疗机构提供医保费用结算的",
        asks: [q::GD_SETTLEMENT_FOR_SUSPENDED],
        check: |ctx| audit::absent(ctx, &q::GD_SETTLEMENT_FOR_SUSPENDED),
        risks: [risks::NON_PAYMENT, risks::TERMINATION, risks::REAPPLICATION_BAR],
        advice: "立即停止代为结算，只为本机构发生的费用结算。",
        reading: "本项前半「为非定点医疗机构……结算」与第十六条同一事实，由 gd.a16.no-settlement-for-non-designated 询问并附本项后果；这里只问「处于中止医保协议期间的医疗机构」。",
    ),
    item!(Guangdong, "gd.a42.i5.no-obstruction", "第四十二条", Some("（五）"), "不拒绝、阻挠医保检查",
        quote: "拒绝、阻挠或不配合医疗保障部门开展智能审核、绩效考核、服务评价、监督检查且情节恶劣的",
        asks: [q::GD_OBSTRUCTED_INSPECTION],
        check: |ctx| audit::absent(ctx, &q::GD_OBSTRUCTED_INSPECTION),
        risks: [risks::HANDLING, risks::TERMINATION_OBSTRUCTION, risks::REAPPLICATION_BAR],
        advice: "配合智能审核、考核、评价和检查，及时提供资料。",
        reading: "「情节恶劣」由医疗保障部门认定，自查无从判断：存在拒绝、阻挠即判不符合，是否应当解除见后果说明；一般的不配合见第二十四条。",
    ),
    item!(Guangdong, "gd.a42.i6.change-registered", "第四十二条", Some("（六）"), "重大信息变更已办理变更",
        quote: "被发现重大信息发生变更但未办理变更的",
        asks: [q::GD_CHANGE_NOT_REGISTERED],
        check: |ctx| audit::absent(ctx, &q::GD_CHANGE_NOT_REGISTERED),
        risks: [risks::TERMINATION, risks::REAPPLICATION_BAR],
        advice: "自批准之日起30个工作日内向经办机构提出变更申请。",
    ),
    item!(Guangdong, "gd.a42.i7.closure-reported", "第四十二条", Some("（七）"), "停业歇业按规定报告",
        quote: "停业或歇业后未按规定向经办机构报告的",
        asks: [q::GD_CLOSURE_NOT_REPORTED],
        check: |ctx| audit::absent(ctx, &q::GD_CLOSURE_NOT_REPORTED),
        risks: [risks::TERMINATION, risks::REAPPLICATION_BAR],
        advice: "停业或歇业时按规定及时书面报告经办机构。",
    ),
    item!(Guangdong, "gd.a42.i9.licence-valid", "第四十二条", Some("（九）"), "执业证照未被吊销注销",
        quote: "被吊销、注销医疗机构执业许可证或中医诊所备案证的",
        asks: [q::GD_LICENCE_REVOKED],
        check: |ctx| audit::absent(ctx, &q::GD_LICENCE_REVOKED),
        risks: [risks::TERMINATION, risks::REAPPLICATION_BAR],
        advice: "证照被吊销、注销的，停止医保服务并告知经办机构。",
    ),
    item!(Guangdong, "gd.a42.i10.leader-fit", "第四十二条", Some("（十）"), "负责人能履约且无违法失信",
        quote: "法定代表人、主要负责人或实际控制人不能履行协议约定,或有违法失信行为的",
        asks: [q::GD_LEADER_UNFIT_OR_DISHONEST],
        check: |ctx| audit::absent(ctx, &q::GD_LEADER_UNFIT_OR_DISHONEST),
        risks: [risks::TERMINATION, risks::REAPPLICATION_BAR],
        advice: "核查负责人信用记录；不能履职的及时更换并办理变更。",
    ),
    item!(Guangdong, "gd.a42.i11.penalty-fulfilled", "第四十二条", Some("（十一）"), "履行医保行政处罚决定",
        quote: "未依法履行医疗保障部门作出的行政处罚决定的",
        asks: [q::GD_INSURANCE_PENALTY_UNFULFILLED],
        check: |ctx| audit::absent(ctx, &q::GD_INSURANCE_PENALTY_UNFULFILLED),
        risks: [risks::TERMINATION, risks::REAPPLICATION_BAR],
        advice: "按处罚决定书缴清罚款、履行处罚内容并留存凭证。",
    ),
    item!(Guangdong, "gd.a42.i8.major-violation-notified", "第四十二条", Some("（八）"), "执法发现重大违法违规",
        quote: "医疗保障部门或有关部门在行政执法中，发现定点医疗机构存在重大违法违规行为且可能造成医疗保障基金重大损失的",
        asks: [q::GD_MAJOR_VIOLATION_NOTIFIED],
        check: |ctx| audit::absent(ctx, &q::GD_MAJOR_VIOLATION_NOTIFIED),
        risks: [risks::TERMINATION, risks::REAPPLICATION_BAR],
        advice: "配合执法调查，整改并退回违规费用。",
        reading: "本项是执法部门的认定，机构不能自行判断，故问是否已被告知此类认定；未被告知的按“否”。",
    ),
    item!(Guangdong, "gd.a42.i12.termination-agreed", "第四十二条", Some("（十二）"), "主动解除协议并经同意",
        quote: "主动提出解除协议且经办机构同意的",
        asks: [q::GD_TERMINATION_AGREED, base::PLANNED_EXIT_ON],
        check: |ctx| audit::agreed_termination(ctx, &q::GD_TERMINATION_AGREED),
        risks: [risks::TERMINATION],
        advice: "与经办机构确认解除之日，做好在院、未结算参保人员的善后，解除后停止医保结算。",
        reading: "主动提出解除且经办机构同意的，协议按本项解除，但这不是违约：不判为不符合，而判为需人工复核，列出解除的后果（解除后产生的医药费用医保基金不再结算）；不列第九条的回看期，第九条只对因违法违规或严重违约被解除的适用⟦X-8⟧。公立医疗机构不得主动提出解除（第四十三条）。",
    ),
    item!(Guangdong, "gd.a42.i13.agreed-termination-notified", "第四十二条", Some("（十三）"), "协议约定应当解除的情形",
        quote: "根据医保协议约定应当解除协议的",
        asks: [q::GD_AGREED_TERMINATION_NOTIFIED],
        check: |ctx| audit::absent(ctx, &q::GD_AGREED_TERMINATION_NOTIFIED),
        risks: [risks::TERMINATION, risks::REAPPLICATION_BAR],
        advice: "对照医保协议的解除条款核实情况，向经办机构说明并听取处理意见。",
        reading: "协议约定的解除情形以实际签订的医保协议为准，是否属之由经办机构认定，故问是否已被告知；未被告知的按“否”。",
    ),
    item!(Guangdong, "gd.a42.i14.legal-termination-notified", "第四十二条", Some("（十四）"), "法律法规规定应当解除的其他情形",
        quote: "法律、法规、规章规定的应当解除协议的其他情形",
        asks: [q::GD_LEGAL_TERMINATION_NOTIFIED],
        check: |ctx| audit::absent(ctx, &q::GD_LEGAL_TERMINATION_NOTIFIED),
        risks: [risks::TERMINATION, risks::REAPPLICATION_BAR],
        advice: "向经办机构了解认定的依据，听取处理意见。",
        reading: "兜底情形，没有具体内容，由经办机构依法认定，故问是否已被告知；未被告知的按“否”。",
    ),
];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::{cases, run, Case};
    use crate::facts::compliance::nantong::Occasion;
    use crate::facts::compliance::{guangdong as q, scope, Value};
    use crate::facts::*;

    const G: Jurisdiction = Jurisdiction::Guangdong;

    fn designated(p: &mut Profile) {
        p.application.kind = Some(ApplicationKind::Designated);
    }

    /// A designated institution answering the yes/no question `id`.
    fn answer(p: &mut Profile, id: &'static str, yes: bool) {
        designated(p);
        p.compliance.set(id, Value::YesNo(yes));
    }

    /// A designated institution answering the occasion question `id`.
    fn occasion(p: &mut Profile, id: &'static str, answer: Occasion) {
        designated(p);
        let index = Occasion::VALUES
            .iter()
            .position(|o| *o == answer)
            .unwrap_or(0);
        p.compliance.set(id, Value::Choice(index));
    }

    /// A designated institution suspended `n` times in the agreement's term.
    fn suspended(p: &mut Profile, n: u32) {
        designated(p);
        p.compliance
            .set(q::GD_SUSPENSIONS_IN_TERM.info.id, Value::Count(n));
    }

    pub(crate) static CASES: &[Case] = cases! { G;
    "广东第十六条：严格执行医保协议，合理诊疗收费，已落实的符合": "gd.a16.reasonable-care-and-charges", |p| designated(p) => Pass;
    "广东第十六条：严格执行医保协议，合理诊疗收费，本问回答“否”的不符合": "gd.a16.reasonable-care-and-charges", |p| answer(p, q::GD_AGREEMENT_REASONABLE.info.id, false) => Fail;
    "广东第十六条：严格执行医保目录，已落实的符合": "gd.a16.catalogues", |p| designated(p) => Pass;
    "广东第十六条：严格执行医保目录，本问回答“否”的不符合": "gd.a16.catalogues", |p| answer(p, q::GD_CATALOGUES.info.id, false) => Fail;
    "广东第十六条：优先配备使用医保目录药品，已落实的符合": "gd.a16.catalogue-drugs-first", |p| designated(p) => Pass;
    "广东第十六条：优先配备使用医保目录药品，本问回答“否”的不符合": "gd.a16.catalogue-drugs-first", |p| answer(p, q::GD_CATALOGUE_DRUGS_FIRST.info.id, false) => Fail;
    "广东第十六条：控制患者自费比例，已落实的符合": "gd.a16.self-pay-controlled", |p| designated(p) => Pass;
    "广东第十六条：控制患者自费比例，本问回答“否”的不符合": "gd.a16.self-pay-controlled", |p| answer(p, q::GD_SELF_PAY_CONTROLLED.info.id, false) => Fail;
    "广东第十六条：不为非定点机构提供医保结算，不存在该情形的符合": "gd.a16.no-settlement-for-non-designated", |p| designated(p) => Pass;
    "广东第十六条：不为非定点机构提供医保结算，存在该情形的不符合": "gd.a16.no-settlement-for-non-designated", |p| answer(p, q::GD_SETTLEMENT_FOR_NON_DESIGNATED.info.id, true) => Fail;
    "广东第十六条：不将拒付费用作医保欠费处理，不存在该情形的符合": "gd.a16.no-refused-costs-as-arrears", |p| designated(p) => Pass;
    "广东第十六条：不将拒付费用作医保欠费处理，存在该情形的不符合": "gd.a16.no-refused-costs-as-arrears", |p| answer(p, q::GD_REFUSED_COSTS_AS_ARREARS.info.id, true) => Fail;
    "广东第十七条第1款：实名就医并核验身份凭证，已落实的符合": "gd.a17.p1.real-name", |p| designated(p) => Pass;
    "广东第十七条第1款：实名就医并核验身份凭证，本问回答“否”的不符合": "gd.a17.p1.real-name", |p| answer(p, q::GD_REAL_NAME.info.id, false) => Fail;
    "广东第十七条第1款：按诊疗规范提供必要服务，已落实的符合": "gd.a17.p1.necessary-services", |p| designated(p) => Pass;
    "广东第十七条第1款：按诊疗规范提供必要服务，本问回答“否”的不符合": "gd.a17.p1.necessary-services", |p| answer(p, q::GD_NECESSARY_SERVICES.info.id, false) => Fail;
    "广东第十七条第1款：如实出具费用单据，已落实的符合": "gd.a17.p1.truthful-bills", |p| designated(p) => Pass;
    "广东第十七条第1款：如实出具费用单据，本问回答“否”的不符合": "gd.a17.p1.truthful-bills", |p| answer(p, q::GD_TRUTHFUL_BILLS.info.id, false) => Fail;
    "广东第十七条第1款：无分解住院、挂床住院，不存在该情形的符合": "gd.a17.p1.split-or-idle-admission", |p| designated(p) => Pass;
    "广东第十七条第1款：无分解住院、挂床住院，存在该情形的不符合": "gd.a17.p1.split-or-idle-admission", |p| answer(p, q::GD_SPLIT_OR_IDLE_ADMISSION.info.id, true) => Fail;
    "广东第十七条第1款：无过度诊疗、过度检查，不存在该情形的符合": "gd.a17.p1.overtreatment", |p| designated(p) => Pass;
    "广东第十七条第1款：无过度诊疗、过度检查，存在该情形的不符合": "gd.a17.p1.overtreatment", |p| answer(p, q::GD_OVERTREATMENT.info.id, true) => Fail;
    "广东第十七条第1款：无重复、超标准、分解收费，不存在该情形的符合": "gd.a17.p1.overcharging", |p| designated(p) => Pass;
    "广东第十七条第1款：无重复、超标准、分解收费，存在该情形的不符合": "gd.a17.p1.overcharging", |p| answer(p, q::GD_OVERCHARGING.info.id, true) => Fail;
    "广东第十七条第1款：无串换药品耗材项目，不存在该情形的符合": "gd.a17.p1.substitution", |p| designated(p) => Pass;
    "广东第十七条第1款：无串换药品耗材项目，存在该情形的不符合": "gd.a17.p1.substitution", |p| answer(p, q::GD_SUBSTITUTION.info.id, true) => Fail;
    "广东第十七条第1款：无诱导协助冒名虚假就医，不存在该情形的符合": "gd.a17.p1.induced-false-visits", |p| designated(p) => Pass;
    "广东第十七条第1款：无诱导协助冒名虚假就医，存在该情形的不符合": "gd.a17.p1.induced-false-visits", |p| answer(p, q::GD_INDUCED_FALSE_VISITS.info.id, true) => Fail;
    "广东第四十二条（三）：无虚构服务、伪造文书等骗保行为的符合": "gd.a42.i3.fraud", |p| designated(p) => Pass;
    "广东第四十二条（三）：存在虚构服务、伪造文书骗保行为的不符合（查实后应当解除）": "gd.a42.i3.fraud", |p| answer(p, q::GD_FRAUD.info.id, true) => Fail;
    "广东第十七条第2款：基金支付费用符合支付范围，已落实的符合": "gd.a17.p2.fund-costs-within-scope", |p| designated(p) => Pass;
    "广东第十七条第2款：基金支付费用符合支付范围，本问回答“否”的不符合": "gd.a17.p2.fund-costs-within-scope", |p| answer(p, q::GD_FUND_COSTS_WITHIN_SCOPE.info.id, false) => Fail;
    "广东第十七条第2款：目录外服务经患者同意，已落实的符合": "gd.a17.p2.consent-out-of-scope", |p| designated(p) => Pass;
    "广东第十七条第2款：目录外服务经患者同意，本问回答“否”的不符合": "gd.a17.p2.consent-out-of-scope", |p| answer(p, q::GD_CONSENT_OUT_OF_SCOPE.info.id, false) => Fail;
    "广东第十八条：掌握出入院诊断和指征，已落实的符合": "gd.a18.admission-indications", |p| designated(p) => Pass;
    "广东第十八条：掌握出入院诊断和指征，本问回答“否”的不符合": "gd.a18.admission-indications", |p| answer(p, q::GD_ADMISSION_INDICATIONS.info.id, false) => Fail;
    "广东第十八条：按协议约定的支付方式执行，已落实的符合": "gd.a18.payment-methods", |p| designated(p) => Pass;
    "广东第十八条：按协议约定的支付方式执行，本问回答“否”的不符合": "gd.a18.payment-methods", |p| answer(p, q::GD_PAYMENT_METHODS.info.id, false) => Fail;
    "广东第十八条：不以支付政策为由拒收患者，不存在该情形的符合": "gd.a18.no-refusal-for-payment-policy", |p| designated(p) => Pass;
    "广东第十八条：不以支付政策为由拒收患者，存在该情形的不符合": "gd.a18.no-refusal-for-payment-policy", |p| answer(p, q::GD_REFUSED_FOR_PAYMENT_POLICY.info.id, true) => Fail;
    "广东第十九条：执行集中采购并及时结算货款，已落实的符合": "gd.a19.central-procurement", |p| designated(p) => Pass;
    "广东第十九条：执行集中采购并及时结算货款，第1问回答“否”的不符合": "gd.a19.central-procurement", |p| answer(p, q::GD_CENTRAL_PROCUREMENT.info.id, false) => Fail;
    "广东第十九条：执行集中采购并及时结算货款，第2问回答“否”的不符合": "gd.a19.central-procurement", |p| answer(p, q::GD_PROCUREMENT_PAID_ON_TIME.info.id, false) => Fail;
    "广东第十九条：在规定平台采购药品耗材，已落实的符合": "gd.a19.platform-purchase", |p| designated(p) => Pass;
    "广东第十九条：在规定平台采购药品耗材，本问回答“否”的不符合": "gd.a19.platform-purchase", |p| answer(p, q::GD_PLATFORM_PURCHASE.info.id, false) => Fail;
    "广东第十九条：真实记录进销存，已落实的符合": "gd.a19.inventory-records", |p| designated(p) => Pass;
    "广东第十九条：真实记录进销存，本问回答“否”的不符合": "gd.a19.inventory-records", |p| answer(p, q::GD_INVENTORY_RECORDS.info.id, false) => Fail;
    "广东第二十条：执行医药价格政策，已落实的符合": "gd.a20.price-policy", |p| designated(p) => Pass;
    "广东第二十条：执行医药价格政策，本问回答“否”的不符合": "gd.a20.price-policy", |p| answer(p, q::GD_PRICE_POLICY.info.id, false) => Fail;
    "广东第二十条：执行统一的医保支付标准，已落实的符合": "gd.a20.payment-standard", |p| designated(p) => Pass;
    "广东第二十条：执行统一的医保支付标准，本问回答“否”的不符合": "gd.a20.payment-standard", |p| answer(p, q::GD_PAYMENT_STANDARD.info.id, false) => Fail;
    "广东第二十一条：参加医保部门组织的培训，已落实的符合": "gd.a21.training-attended", |p| designated(p) => Pass;
    "广东第二十一条：参加医保部门组织的培训，本问回答“否”的不符合": "gd.a21.training-attended", |p| answer(p, q::GD_TRAINING_ATTENDED.info.id, false) => Fail;
    "广东第二十一条：组织医保政策培训学习，已落实的符合": "gd.a21.internal-training", |p| designated(p) => Pass;
    "广东第二十一条：组织医保政策培训学习，本问回答“否”的不符合": "gd.a21.internal-training", |p| answer(p, q::GD_INTERNAL_TRAINING.info.id, false) => Fail;
    "广东第二十一条：定期检查基金使用并纠正，已落实的符合": "gd.a21.regular-self-check", |p| designated(p) => Pass;
    "广东第二十一条：定期检查基金使用并纠正，本问回答“否”的不符合": "gd.a21.regular-self-check", |p| answer(p, q::GD_REGULAR_SELF_CHECK.info.id, false) => Fail;
    "广东第二十二条：悬挂统一格式的定点标识，已落实的符合": "gd.a22.sign-displayed", |p| designated(p) => Pass;
    "广东第二十二条：悬挂统一格式的定点标识，本问回答“否”的不符合": "gd.a22.sign-displayed", |p| answer(p, q::GD_SIGN_DISPLAYED.info.id, false) => Fail;
    "广东第二十二条：不私自制作、悬挂标识，不存在该情形的符合": "gd.a22.no-self-made-sign", |p| designated(p) => Pass;
    "广东第二十二条：不私自制作、悬挂标识，存在该情形的不符合": "gd.a22.no-self-made-sign", |p| answer(p, q::GD_SELF_MADE_SIGN.info.id, true) => Fail;
    "广东第二十三条第1款：及时报送结算清单并真实，已落实的符合": "gd.a23.p1.settlement-lists", |p| designated(p) => Pass;
    "广东第二十三条第1款：及时报送结算清单并真实，本问回答“否”的不符合": "gd.a23.p1.settlement-lists", |p| answer(p, q::GD_SETTLEMENT_LISTS_REPORTED.info.id, false) => Fail;
    "广东第二十三条第1款：如实报送采购价格和数量，已落实的符合": "gd.a23.p1.purchase-prices", |p| designated(p) => Pass;
    "广东第二十三条第1款：如实报送采购价格和数量，本问回答“否”的不符合": "gd.a23.p1.purchase-prices", |p| answer(p, q::GD_PURCHASE_PRICES_REPORTED.info.id, false) => Fail;
    "广东第二十三条第2款：报送监管和协议管理信息，已落实的符合": "gd.a23.p2.supervision-info", |p| designated(p) => Pass;
    "广东第二十三条第2款：报送监管和协议管理信息，本问回答“否”的不符合": "gd.a23.p2.supervision-info", |p| answer(p, q::GD_SUPERVISION_INFO_REPORTED.info.id, false) => Fail;
    "广东第二十三条第2款：向社会公开医药费用信息，已落实的符合": "gd.a23.p2.costs-published", |p| designated(p) => Pass;
    "广东第二十三条第2款：向社会公开医药费用信息，本问回答“否”的不符合": "gd.a23.p2.costs-published", |p| answer(p, q::GD_COSTS_PUBLISHED.info.id, false) => Fail;
    "广东第二十四条：配合审核稽核并接受检查，已落实的符合": "gd.a24.cooperates-with-audits", |p| designated(p) => Pass;
    "广东第二十四条：配合审核稽核并接受检查，本问回答“否”的不符合": "gd.a24.cooperates-with-audits", |p| answer(p, q::GD_COOPERATES_WITH_AUDITS.info.id, false) => Fail;
    "广东第二十五条：直接结算并提供结算单据，已落实的符合": "gd.a25.direct-settlement", |p| designated(p) => Pass;
    "广东第二十五条：直接结算并提供结算单据，本问回答“否”的不符合": "gd.a25.direct-settlement", |p| answer(p, q::GD_DIRECT_SETTLEMENT.info.id, false) => Fail;
    "广东第二十五条：提供转诊转院服务，已落实的符合": "gd.a25.referral", |p| designated(p) => Pass;
    "广东第二十五条：提供转诊转院服务，本问回答“否”的不符合": "gd.a25.referral", |p| answer(p, q::GD_REFERRAL_SERVICE.info.id, false) => Fail;
    "广东第二十六条：信息系统安全与隐私保护，已落实的符合": "gd.a26.data-security", |p| designated(p) => Pass;
    "广东第二十六条：信息系统安全与隐私保护，本问回答“否”的不符合": "gd.a26.data-security", |p| answer(p, q::GD_DATA_SECURITY.info.id, false) => Fail;
    "广东第二十六条：更换系统时保持有效对接，已落实的符合": "gd.a26.system-change-connected", |p| designated(p) => Pass;
    "广东第二十六条：更换系统时保持有效对接，本问回答“否”的不符合": "gd.a26.system-change-connected", |p| answer(p, q::GD_SYSTEM_CHANGE_CONNECTED.info.id, false) => Fail;
    "广东第三十三条第2款：工伤认定前先按医保结算，已落实的符合": "gd.a33.p2.work-injury-settlement", |p| designated(p) => Pass;
    "广东第三十三条第2款：工伤认定前先按医保结算，本问回答“否”的不符合": "gd.a33.p2.work-injury-settlement", |p| answer(p, q::GD_WORK_INJURY_SETTLEMENT.info.id, false) => Fail;
    "广东第四十一条（二）：按规定提供真实数据，不存在该情形的符合": "gd.a41.i2.data-provided-and-true", |p| designated(p) => Pass;
    "广东第四十一条（二）：按规定提供真实数据，存在该情形的不符合": "gd.a41.i2.data-provided-and-true", |p| answer(p, q::GD_DATA_NOT_PROVIDED_OR_UNTRUE.info.id, true) => Fail;
    "广东第四十二条（二）：未以弄虚作假取得定点，不存在该情形的符合": "gd.a42.i2.fraudulent-designation", |p| designated(p) => Pass;
    "广东第四十二条（二）：未以弄虚作假取得定点，存在该情形的不符合": "gd.a42.i2.fraudulent-designation", |p| answer(p, q::GD_FRAUDULENT_DESIGNATION.info.id, true) => Fail;
    "广东第四十二条（四）：不为中止期间机构结算，不存在该情形的符合": "gd.a42.i4.settlement-for-suspended", |p| designated(p) => Pass;
    "广东第四十二条（四）：不为中止期间机构结算，存在该情形的不符合": "gd.a42.i4.settlement-for-suspended", |p| answer(p, q::GD_SETTLEMENT_FOR_SUSPENDED.info.id, true) => Fail;
    "广东第四十二条（五）：不拒绝、阻挠医保检查，不存在该情形的符合": "gd.a42.i5.no-obstruction", |p| designated(p) => Pass;
    "广东第四十二条（五）：不拒绝、阻挠医保检查，存在该情形的不符合": "gd.a42.i5.no-obstruction", |p| answer(p, q::GD_OBSTRUCTED_INSPECTION.info.id, true) => Fail;
    "广东第四十二条（六）：重大信息变更已办理变更，不存在该情形的符合": "gd.a42.i6.change-registered", |p| designated(p) => Pass;
    "广东第四十二条（六）：重大信息变更已办理变更，存在该情形的不符合": "gd.a42.i6.change-registered", |p| answer(p, q::GD_CHANGE_NOT_REGISTERED.info.id, true) => Fail;
    "广东第四十二条（七）：停业歇业按规定报告，不存在该情形的符合": "gd.a42.i7.closure-reported", |p| designated(p) => Pass;
    "广东第四十二条（七）：停业歇业按规定报告，存在该情形的不符合": "gd.a42.i7.closure-reported", |p| answer(p, q::GD_CLOSURE_NOT_REPORTED.info.id, true) => Fail;
    "广东第四十二条（九）：执业证照未被吊销注销，不存在该情形的符合": "gd.a42.i9.licence-valid", |p| designated(p) => Pass;
    "广东第四十二条（九）：执业证照未被吊销注销，存在该情形的不符合": "gd.a42.i9.licence-valid", |p| answer(p, q::GD_LICENCE_REVOKED.info.id, true) => Fail;
    "广东第四十二条（十）：负责人能履约且无违法失信，不存在该情形的符合": "gd.a42.i10.leader-fit", |p| designated(p) => Pass;
    "广东第四十二条（十）：负责人能履约且无违法失信，存在该情形的不符合": "gd.a42.i10.leader-fit", |p| answer(p, q::GD_LEADER_UNFIT_OR_DISHONEST.info.id, true) => Fail;
    "广东第四十二条（十一）：履行医保行政处罚决定，不存在该情形的符合": "gd.a42.i11.penalty-fulfilled", |p| designated(p) => Pass;
    "广东第四十二条（十一）：履行医保行政处罚决定，存在该情形的不符合": "gd.a42.i11.penalty-fulfilled", |p| answer(p, q::GD_INSURANCE_PENALTY_UNFULFILLED.info.id, true) => Fail;
    "广东第三十九条：重大信息变更均在30个工作日内申请的符合": "gd.a39.major-change-applied", |p| designated(p) => Pass;
    "广东第三十九条：重大信息变更逾期申请的不符合": "gd.a39.major-change-applied", |p| occasion(p, q::GD_MAJOR_CHANGES_APPLIED.info.id, Occasion::NotKept) => Fail;
    "广东第三十九条：自查期间无重大信息变更的不适用": "gd.a39.major-change-applied", |p| occasion(p, q::GD_MAJOR_CHANGES_APPLIED.info.id, Occasion::NotArisen) => NotApplicable;
    "广东第三十九条：重大信息变更一问未回答的需补充信息": "gd.a39.major-change-applied", |p| { designated(p); p.compliance.clear(q::GD_MAJOR_CHANGES_APPLIED.info.id) } => NeedsInformation;
    "广东第三十九条：一般信息变更及时书面告知的符合": "gd.a39.general-change-notified", |p| designated(p) => Pass;
    "广东第三十九条：一般信息变更未书面告知的不符合": "gd.a39.general-change-notified", |p| occasion(p, q::GD_GENERAL_CHANGES_NOTIFIED.info.id, Occasion::NotKept) => Fail;
    "广东第三十九条：自查期间无一般信息变更的不适用": "gd.a39.general-change-notified", |p| occasion(p, q::GD_GENERAL_CHANGES_NOTIFIED.info.id, Occasion::NotArisen) => NotApplicable;
    "广东第四十一条（一）：未被告知检查考核发现重大风险的符合": "gd.a41.i1.major-risk-notified", |p| designated(p) => Pass;
    "广东第四十一条（一）：已被告知发现重大风险的，应当中止": "gd.a41.i1.major-risk-notified", |p| answer(p, q::GD_MAJOR_RISK_NOTIFIED.info.id, true) => Fail;
    "广东第四十一条（三）：未被告知协议约定应当中止的符合": "gd.a41.i3.agreed-suspension-notified", |p| designated(p) => Pass;
    "广东第四十一条（三）：已被告知按协议约定应当中止的": "gd.a41.i3.agreed-suspension-notified", |p| answer(p, q::GD_AGREED_SUSPENSION_NOTIFIED.info.id, true) => Fail;
    "广东第四十一条（四）：未被告知依法应当中止的符合": "gd.a41.i4.legal-suspension-notified", |p| designated(p) => Pass;
    "广东第四十一条（四）：已被告知依法应当中止的": "gd.a41.i4.legal-suspension-notified", |p| answer(p, q::GD_LEGAL_SUSPENSION_NOTIFIED.info.id, true) => Fail;
    "广东第四十二条（八）：未被告知执法发现重大违法违规的符合": "gd.a42.i8.major-violation-notified", |p| designated(p) => Pass;
    "广东第四十二条（八）：已被告知执法发现重大违法违规的，应当解除": "gd.a42.i8.major-violation-notified", |p| answer(p, q::GD_MAJOR_VIOLATION_NOTIFIED.info.id, true) => Fail;
    "广东第四十二条（十二）：未主动提出解除的不适用": "gd.a42.i12.termination-agreed", |p| designated(p) => NotApplicable;
    "广东第四十二条（十二）：主动提出解除并经同意的，协议解除但不是违约，需人工复核": "gd.a42.i12.termination-agreed", |p| answer(p, q::GD_TERMINATION_AGREED.info.id, true) => NeedsReview;
    "广东第四十二条（十二）：拟于2027年3月1日解除并经同意的，列出解除之日": "gd.a42.i12.termination-agreed", |p| { answer(p, q::GD_TERMINATION_AGREED.info.id, true); p.procedure.planned_exit_on = Some(crate::catalog::testing::date("2027-03-01")) } => NeedsReview;
    "广东第四十二条（十二）：未答是否主动提出解除的需补充信息": "gd.a42.i12.termination-agreed", |p| { designated(p); p.compliance.clear(q::GD_TERMINATION_AGREED.info.id) } => NeedsInformation;
    "广东第四十二条（十三）：未被告知协议约定应当解除的符合": "gd.a42.i13.agreed-termination-notified", |p| designated(p) => Pass;
    "广东第四十二条（十三）：已被告知按协议约定应当解除的": "gd.a42.i13.agreed-termination-notified", |p| answer(p, q::GD_AGREED_TERMINATION_NOTIFIED.info.id, true) => Fail;
    "广东第四十二条（十四）：未被告知依法应当解除的符合": "gd.a42.i14.legal-termination-notified", |p| designated(p) => Pass;
    "广东第四十二条（十四）：已被告知依法应当解除的": "gd.a42.i14.legal-termination-notified", |p| answer(p, q::GD_LEGAL_TERMINATION_NOTIFIED.info.id, true) => Fail;
    "广东第十七条第1款：无住院服务的机构不适用分解住院、挂床住院一项": "gd.a17.p1.split-or-idle-admission", |p| answer(p, scope::INPATIENT_SERVICE.info.id, false) => NotApplicable;
    "广东第十七条第1款：住院资质未回答的需补充信息": "gd.a17.p1.split-or-idle-admission", |p| { designated(p); p.compliance.clear(scope::INPATIENT_SERVICE.info.id) } => NeedsInformation;
    "广东第十七条第1款：实名就医一问未回答的需补充信息": "gd.a17.p1.real-name", |p| { designated(p); p.compliance.clear(q::GD_REAL_NAME.info.id) } => NeedsInformation;
    "广东第二十二条：揭阳机构同样适用，未悬挂统一格式标识的不符合": "gd.a22.sign-displayed", |p| { answer(p, q::GD_SIGN_DISPLAYED.info.id, false); p.jurisdiction = Jurisdiction::Jieyang } => Fail;
    "广东第二十二条：中山机构按广东办法自查，已悬挂的符合": "gd.a22.sign-displayed", |p| { designated(p); p.jurisdiction = Jurisdiction::Zhongshan } => Pass;
    "广东第二十二条：中山机构未悬挂统一格式标识的不符合": "gd.a22.sign-displayed", |p| { answer(p, q::GD_SIGN_DISPLAYED.info.id, false); p.jurisdiction = Jurisdiction::Zhongshan } => Fail;
    "广东办法有效期至2027年6月1日：此后自查的结论为无规则数据": "gd.a16.catalogues" on "2027-06-02", |p| designated(p) => NotCovered;
    "广东第四十二条（一）：协议期内未被中止的符合": "gd.a42.i1.suspended-twice", |p| suspended(p, 0) => Pass;
    "广东第四十二条（一）：被中止1次且已整改到位的，未达2次": "gd.a42.i1.suspended-twice", |p| suspended(p, 1) => Pass;
    "广东第四十二条（一）：被中止1次但中止期间未按要求整改的，应当解除": "gd.a42.i1.suspended-twice", |p| { suspended(p, 1); p.compliance.set(q::GD_SUSPENSION_NOT_RECTIFIED.info.id, Value::YesNo(true)) } => Fail;
    "广东第四十二条（一）：恰好累计2次被中止的，「2次及以上」含本数": "gd.a42.i1.suspended-twice", |p| suspended(p, 2) => Fail;
    "广东第四十二条（一）：累计3次被中止的不符合": "gd.a42.i1.suspended-twice", |p| suspended(p, 3) => Fail;
    "广东第四十二条（一）：被中止1次而整改情况未回答的需补充信息": "gd.a42.i1.suspended-twice", |p| { suspended(p, 1); p.compliance.clear(q::GD_SUSPENSION_NOT_RECTIFIED.info.id) } => NeedsInformation;
    "广东第四十二条（一）：中止次数未回答的需补充信息": "gd.a42.i1.suspended-twice", |p| { designated(p); p.compliance.clear(q::GD_SUSPENSIONS_IN_TERM.info.id) } => NeedsInformation;
    };

    #[test]
    fn cases() {
        run(CASES);
    }

    /// 第四十二条（十二）: an agreed termination is no breach: for review,
    /// with the termination certain and no bar on applying again; the day
    /// of the exit, when given, is a milestone.
    #[test]
    fn an_agreed_termination_is_for_review_with_the_termination_and_no_bar() {
        use crate::catalog::testing::{baseline, date, finding, AS_OF};
        use crate::report::{DateKind, Outcome};
        let mut p = baseline(G);
        answer(&mut p, q::GD_TERMINATION_AGREED.info.id, true);
        p.procedure.planned_exit_on = Some(date("2027-03-01"));
        let f = finding("gd.a42.i12.termination-agreed", &p, date(AS_OF));
        assert_eq!(f.outcome, Outcome::NeedsReview);
        assert!(f.detail.contains("不是违约"), "{}", f.detail);
        assert!(f
            .risks
            .iter()
            .any(|r| r.id == "gd.a42.termination" && r.certain));
        assert!(
            f.risks.iter().all(|r| r.id != "gd.a9.reapplication-bar"),
            "{:#?}",
            f.risks
        );
        assert_eq!(f.dates.len(), 1);
        assert_eq!(f.dates[0].date, date("2027-03-01"));
        assert_eq!(f.dates[0].kind, DateKind::Milestone);
        // A termination the agency finds due under the agreement is a
        // breach: the termination is certain, the bar possible.
        let mut p = baseline(G);
        answer(&mut p, q::GD_AGREED_TERMINATION_NOTIFIED.info.id, true);
        let f = finding("gd.a42.i13.agreed-termination-notified", &p, date(AS_OF));
        assert_eq!(f.outcome, Outcome::Fail);
        assert!(f
            .risks
            .iter()
            .any(|r| r.id == "gd.a42.termination" && r.certain));
        assert!(f
            .risks
            .iter()
            .filter(|r| r.id == "gd.a9.reapplication-bar")
            .all(|r| !r.certain));
    }

    /// 第四十一条第2款（一）（三）（四）: each finding the agency has told of
    /// brings the suspension its article makes certain.
    #[test]
    fn a_suspension_ground_told_of_brings_the_certain_suspension() {
        use crate::catalog::testing::{baseline, date, finding, AS_OF};
        for (rule, question) in [
            (
                "gd.a41.i1.major-risk-notified",
                q::GD_MAJOR_RISK_NOTIFIED.info.id,
            ),
            (
                "gd.a41.i3.agreed-suspension-notified",
                q::GD_AGREED_SUSPENSION_NOTIFIED.info.id,
            ),
            (
                "gd.a41.i4.legal-suspension-notified",
                q::GD_LEGAL_SUSPENSION_NOTIFIED.info.id,
            ),
        ] {
            let mut p = baseline(G);
            answer(&mut p, question, true);
            let f = finding(rule, &p, date(AS_OF));
            assert_eq!(f.risks[0].label, "经办机构应当中止医保协议", "{rule}");
            assert!(f.risks[0].certain, "{rule}");
        }
    }
}
