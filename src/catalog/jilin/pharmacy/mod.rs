//! 吉林省医药机构医疗保障协议管理经办规程（试行） (JL), in force from
//! 2026-01-01: the rules for retail pharmacies (零售药店) applying for
//! designation, and for designated pharmacies changing their information.
//! JL is the only document of the tool that regulates pharmacies (rules map §5).
//!
//! Encoded: 第二条 (实体零售药店), 第十九条 lead-in and （一）～（七） conditions,
//! 第二十条（一）～（八） materials, 第二十一条（一）～（七） refusal grounds,
//! 第二十二条 the check of the filled-in data against the licences, the bars
//! of 第二十九条 that concern every 医药机构 (rules map §7.2 B1, B2, B5), and
//! the change materials of 第三十七条（二）（三）.
//!
//! Not encoded as rules: 第二十八条第2款 the assessment's checks of a
//! pharmacy (what the agency verifies, not a condition of its own; cited in
//! the advice); 第二十四条 the 5-working-day correction period and the
//! annual plan and quota of 第十条【推定】、第三十条 (as for medical
//! institutions, rules map §7.2 B6, B8); 第三十七条 last paragraph, the
//! suspension of settlement while the registered address changes (a duty
//! once designated, not a material).

use crate::catalog::builder::rule;

use crate::catalog::checks::{self, Liability, Reassessment};
use crate::catalog::rule::{Missing, Rule, Verdict};
use crate::dates::Span;
use crate::facts::questions as q;
use crate::facts::PreviousInstitution;
use crate::report::Outcome;

mod helpers;
use helpers::{
    administrator_contracts, bank_account_form, change_kinds, change_material, p_item, pharmacist,
    pharmacist_not_administrator, premises_proof,
};
pub(super) use helpers::{contract, Contract};

type Checked = Result<Verdict, Missing>;

const P6_ADVICE: &str = "在提出申请前完成：本条写「具备」，申请时即须具备；评估时还将核查与医保有关的信息系统是否具备开展直接联网结算的条件（第二十八条第2款（五）），系统评估时须已建立医保药品等基础数据库并按规定使用国家统一医保编码（第二十九条）。";

const CONTRACT_READING: &str = "「1年以上劳动合同」指合同期限（终止日期与起始日期之间），不是已履行的时长；“以上”含1年本数。合同写明起止日期的，自己确定了期限，起止日均计入：2026年6月1日至2027年5月31日恰为1年。「在合同期内」的判定时点原文未写：本工具按自查日期判断；评估时仍须在合同期内，请按预计评估日期复核⟦X-31⟧。";

const COPY_READING: &str = "第三十七条（二）第3、4、5项（「药品经营许可证及变更页」「营业执照」「法定代表人身份证」）未写“复印件”，（一）的对应项写了：交原件还是复印件原文未写，建议原件、复印件都带⟦X-14⟧。";

const GENERAL_ONLY_READING: &str = "第三十七条第1款总则列有“机构规模、机构性质、等级和类别”，（二）零售药店一项未列，（二）另列总则没有的“经营方式”。零售药店变更规模、性质（或等级和类别）的，按总则自有关部门批准之日起30个工作日内申请，材料按（二）准备（工具按（二）检查），并判为需人工复核⟦X-14⟧。";

/// The changes 第三十七条（二） lists for a designated pharmacy.
pub static RULES: &[Rule] = &[
    rule!(Eligibility, Jilin, "jl.a2.pharmacy-physical-store", "第二条", None, "零售药店为实体零售药店",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "定点零售药店是指自愿与医疗保障经办机构签订医疗保障服务协议，为参保人员提供药械服务的实体零售药店",
        asks: [q::PHARMACY_PHYSICAL_STORE],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::PHARMACY_PHYSICAL_STORE,
                Outcome::NeedsReview,
                "为有实体门店的零售药店。",
                "没有实体门店（仅有网店）：本规程所称定点零售药店为「实体零售药店」，能否申请须向经办机构确认。",
            )
        },
        advice: "以实体门店（药品经营许可证登记的经营场所）申请；仅有网店的，先向统筹地区医保经办机构确认能否申请定点。",
        reading: "第二条把定点零售药店定义为「实体零售药店」，第十九条未再写实体要求：只有网店、无实体门店的不自动判为符合，也不自动判为不符合，判为需人工复核。",
    ),
    rule!(Eligibility, Jilin, "jl.a19.pharmacy-drug-trading-licence", "第十九条", None, "取得药品经营许可证",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "取得药品经营许可证，并同时符合以下条件的零售药店均可申请医疗保障定点",
        asks: [q::PHARMACY_DRUG_TRADING_LICENCE],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::PHARMACY_DRUG_TRADING_LICENCE,
                Outcome::Fail,
                "已取得药品经营许可证。",
                "尚未取得药品经营许可证，不能申请医疗保障定点。",
            )
        },
        advice: "先取得药品经营许可证再申请；申请时须提交其复印件（第二十条（二）），评估时将核查（第二十八条第2款（一））。",
    ),
    rule!(Condition, Jilin, "jl.a19.i1.pharmacy-operating-3-months", "第十九条", Some("（一）"), "在注册地址正式经营至少3个月",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "在注册地址正式经营至少3个月",
        asks: [q::PHARMACY_OPERATING_AT_ADDRESS_SINCE],
        check: |ctx| {
            checks::operating_at_least(ctx, &q::PHARMACY_OPERATING_AT_ADDRESS_SINCE, Span::months(3))
        },
        advice: "待在注册地址正式经营满3个月后再提出申请，并备好能证明在该地址开始经营日期的材料。",
        reading: "“满3个月”按《民法典》第二百零一条：经营当日不计入，到期月对应日届满，次日起满足；恰逢届满当日判为需人工复核。须在「注册地址」经营：注册地址变更过的，是否自新地址重新起算原文未写，本工具按在现注册地址开始经营之日计算，须向经办机构确认；正式经营以何为证原文也未定义⟦X-9⟧。",
    ),
    rule!(Condition, Jilin, "jl.a19.i2.pharmacist-with-contract", "第十九条", Some("（二）"), "至少1名注册在本店、签订1年以上劳动合同且在合同期内的药师",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "至少有1名取得执业药师资格证书或具有药学、临床药学、中药学专业技术资格证书的药师，且注册机构在该零售药店，药师须签订1年以上劳动合同且在合同期内",
        asks: [q::PHARMACIST_QUALIFIED, q::PHARMACIST_CONTRACT_START, q::PHARMACIST_CONTRACT_END],
        check: pharmacist,
        advice: "配备取得执业药师资格证书或药学、临床药学、中药学专业技术资格证书的药师，注册机构为本店，并与其签订期限1年以上的劳动合同；合同将到期的先续签，确保评估时仍在合同期内（评估时将核查证书及劳动合同，第二十八条第2款（二））。",
        reading: CONTRACT_READING,
    ),
    rule!(Condition, Jilin, "jl.a19.i3.pharmacy-two-administrators", "第十九条", Some("（三）"), "至少2名专（兼）职医保管理人员",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "至少有2名熟悉医疗保障法律法规和相关制度规定的专（兼）职医保管理人员负责管理医保费用",
        asks: [q::PHARMACY_INSURANCE_ADMINISTRATORS],
        check: |ctx| {
            checks::at_least(
                ctx,
                &q::PHARMACY_INSURANCE_ADMINISTRATORS,
                2,
                "熟悉医疗保障法律法规和相关制度规定、负责管理医保费用的专（兼）职医保管理人员",
            )
        },
        advice: "指定至少2名熟悉医疗保障法律法规和相关制度规定的专职或兼职人员负责管理医保费用，并与每人签订1年以上劳动合同。",
    ),
    rule!(Condition, Jilin, "jl.a19.i3.pharmacy-administrator-contracts", "第十九条", Some("（三）"), "2名医保管理人员签订1年以上劳动合同且在合同期内",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "至少有2名熟悉医疗保障法律法规和相关制度规定的专（兼）职医保管理人员负责管理医保费用，并签订1年以上劳动合同且在合同期内",
        asks: [
            q::ADMINISTRATOR_1_CONTRACT_START,
            q::ADMINISTRATOR_1_CONTRACT_END,
            q::ADMINISTRATOR_2_CONTRACT_START,
            q::ADMINISTRATOR_2_CONTRACT_END,
        ],
        check: administrator_contracts,
        advice: "与2名医保管理人员各签订期限1年以上的劳动合同；合同将到期的先续签，确保评估时仍在合同期内（评估时将核查其劳动合同，第二十八条第2款（三））。",
        reading: CONTRACT_READING,
    ),
    rule!(Condition, Jilin, "jl.a19.i3.pharmacist-not-administrator", "第十九条", Some("（三）"), "医保管理人员为药师以外的人员",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "至少有2名熟悉医疗保障法律法规和相关制度规定的专（兼）职医保管理人员负责管理医保费用",
        asks: [q::PHARMACIST_IS_ADMINISTRATOR, q::PHARMACY_INSURANCE_ADMINISTRATORS],
        check: pharmacist_not_administrator,
        advice: "按默认读法另配2名药师以外的医保管理人员；或事先向统筹地区医保经办机构确认第十九条（二）的药师能否兼任（三）的医保管理人员。",
        reading: "第十九条（二）的药师能否兼任（三）的2名医保管理人员之一，原文未规定。默认：须为不同人员；药师计入时，除药师外不足2名的判为需人工复核，不自动判为不符合⟦X-31⟧。",
    ),
    rule!(Condition, Jilin, "jl.a19.i4.classified-storage-and-labels", "第十九条", Some("（四）"), "药品分类分区管理并设立医保用药标识",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "按药品经营质量管理规范要求，开展药品分类分区管理，并对所售药品设立明确的医保用药标识",
        asks: [q::PHARMACY_CLASSIFIED_STORAGE, q::PHARMACY_INSURANCE_DRUG_LABELS],
        check: |ctx| {
            checks::all_yes(
                ctx,
                &[
                    (
                        &q::PHARMACY_CLASSIFIED_STORAGE,
                        "按药品经营质量管理规范要求开展药品分类分区管理",
                    ),
                    (&q::PHARMACY_INSURANCE_DRUG_LABELS, "对所售药品设立明确的医保用药标识"),
                ],
            )
        },
        advice: "按药品经营质量管理规范（GSP）分类分区陈列、储存药品，并对所售药品设立明确的医保用药标识；评估时将核查医保药品标识（第二十八条第2款（六））。",
    ),
    rule!(Condition, Jilin, "jl.a19.i5.pharmacy-systems", "第十九条", Some("（五）"), "具有医保药品管理、财务管理、医保人员管理、统计信息管理、医保费用结算制度",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "具有符合医保协议管理要求的医保药品管理制度、财务管理制度、医保人员管理制度、统计信息管理制度和医保费用结算制度",
        asks: [
            q::SYSTEM_DRUG_MANAGEMENT,
            q::SYSTEM_FINANCE,
            q::SYSTEM_STAFF_MANAGEMENT,
            q::SYSTEM_STATISTICS_INFORMATION,
            q::SYSTEM_SETTLEMENT,
        ],
        check: |ctx| {
            checks::all_yes(
                ctx,
                &[
                    (&q::SYSTEM_DRUG_MANAGEMENT, "医保药品管理制度"),
                    (&q::SYSTEM_FINANCE, "财务管理制度"),
                    (&q::SYSTEM_STAFF_MANAGEMENT, "医保人员管理制度"),
                    (&q::SYSTEM_STATISTICS_INFORMATION, "统计信息管理制度"),
                    (&q::SYSTEM_SETTLEMENT, "医保费用结算制度"),
                ],
            )
        },
        advice: "制定所缺的制度并形成文本：医保药品管理制度、财务管理制度、医保人员管理制度、统计信息管理制度、医保费用结算制度（申请时须提交内部管理制度和财务制度文本，第二十条（五））。",
        reading: "本项列举五类制度，以「和」收尾、无「等」字：五类均须具备。",
    ),
    rule!(Condition, Jilin, "jl.a19.i6.pharmacy-interface-standard", "第十九条", Some("（六）"), "具备符合要求的信息系统技术和接口标准",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "具备符合医保协议管理要求的信息系统技术和接口标准",
        asks: [q::IT_INTERFACE_STANDARD],
        check: |ctx| checks::interface_standard(ctx, false),
        advice: P6_ADVICE,
        reading: "吉林写「具备」，不同于江苏「能按照……进行信息系统改造」：申请时须已完成改造，仅能够改造而尚未完成的不符合⟦X-2⟧。",
    ),
    rule!(Condition, Jilin, "jl.a19.i6.pharmacy-connected", "第十九条", Some("（六）"), "与医保信息系统有效对接",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "实现与医保信息系统有效对接",
        asks: [q::IT_CONNECTED],
        check: |ctx| p_item(ctx, &q::IT_CONNECTED, "实现与医保信息系统有效对接"),
        advice: P6_ADVICE,
    ),
    rule!(Condition, Jilin, "jl.a19.i6.pharmacy-uploads-to-platform", "第十九条", Some("（六）"), "上传药品耗材追溯码、进销存信息至医保信息平台",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "按照有关规定，规范、准确、完整上传药品耗材追溯码、进销存信息等信息至医保信息平台",
        asks: [q::IT_UPLOADS_TRACEABILITY_CODES, q::IT_UPLOADS_INVENTORY],
        check: |ctx| {
            checks::all_yes(
                ctx,
                &[
                    (&q::IT_UPLOADS_TRACEABILITY_CODES, "上传药品耗材追溯码"),
                    (&q::IT_UPLOADS_INVENTORY, "上传进销存信息"),
                ],
            )
        },
        advice: "在申请前打通药品耗材追溯码和进销存信息的上传，做到规范、准确、完整；上传的码种与范围向统筹地区医保经办机构确认。",
        reading: "「按照有关规定」修饰上传的方式、范围与标准，不决定是否上传：本项同处第十九条「同时符合」的清单，吉林明示可选时写「有条件的」。默认：追溯码、进销存两类均须能上传，任一不能即不符合；另一读法（上传范围依当地规定，当地未作要求的不要求）不作默认⟦X-40⟧。",
    ),
    rule!(Condition, Jilin, "jl.a19.i6.pharmacy-direct-settlement", "第十九条", Some("（六）"), "能够为参保人员提供直接联网结算",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "为参保人员提供直接联网结算",
        asks: [q::IT_DIRECT_SETTLEMENT],
        check: |ctx| p_item(ctx, &q::IT_DIRECT_SETTLEMENT, "能够为参保人员提供直接联网结算"),
        advice: P6_ADVICE,
    ),
    rule!(Condition, Jilin, "jl.a19.i6.pharmacy-drug-database", "第十九条", Some("（六）"), "具备建立医保药品等基础数据库的条件",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "建立医保药品等基础数据库的条件",
        asks: [q::PHARMACY_DRUG_DATABASE],
        check: |ctx| p_item(ctx, &q::PHARMACY_DRUG_DATABASE, "具备建立医保药品等基础数据库的条件"),
        advice: "具备建立医保药品等基础数据库的条件，并在系统评估前建成（第二十九条系统评估：零售药店需建立医保药品等基础数据库）。",
        reading: "第十九条（六）只要求申请时具备「建立医保药品等基础数据库的条件」；第二十九条系统评估写「建立医保药品等基础数据库」，评估时须已建成。",
    ),
    rule!(Condition, Jilin, "jl.a19.i6.pharmacy-national-codes", "第十九条", Some("（六）"), "按规定使用国家统一的医保编码",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "按规定使用国家统一的医保编码",
        asks: [q::IT_NATIONAL_CODES],
        check: |ctx| p_item(ctx, &q::IT_NATIONAL_CODES, "按规定使用国家统一的医保编码"),
        advice: P6_ADVICE,
    ),
    rule!(Condition, Jilin, "jl.a19.i7.pharmacy-other-conditions", "第十九条", Some("（七）"), "符合其他法定条件",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "符合法律、法规、规章和省级及以上医疗保障行政部门规定的其他条件",
        asks: [q::OTHER_CONDITIONS_MET],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::OTHER_CONDITIONS_MET,
                Outcome::Fail,
                "据申报，符合其他法定条件。",
                "申报不符合法律、法规、规章或省级及以上医疗保障行政部门规定的其他条件。",
            )
        },
        advice: "对照统筹地区医保经办机构公布的申请条件（第二十三条）逐项核实其他条件。",
    ),
    rule!(Refusal, Jilin, "jl.a21.i1.pharmacy-administrative-penalty", "第二十一条", Some("（一）"), "无未依法履行的行政处罚责任",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "未依法履行行政处罚责任的",
        asks: [q::UNFULFILLED_ADMINISTRATIVE_PENALTY],
        check: |ctx| {
            checks::ground_absent(
                ctx,
                &q::UNFULFILLED_ADMINISTRATIVE_PENALTY,
                "未依法履行行政处罚责任",
            )
        },
        advice: "先履行完毕行政处罚决定（缴清罚款等），保留履行凭证，再申请。",
    ),
    rule!(Refusal, Jilin, "jl.a21.i2.pharmacy-fraudulent-application-3-years", "第二十一条", Some("（二）"), "弄虚作假申请定点，自发现之日起未满3年",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "以弄虚作假等不正当手段申请定点，自发现之日起未满3年的",
        asks: [q::FRAUDULENT_APPLICATION, q::FRAUDULENT_APPLICATION_DISCOVERED_ON],
        check: |ctx| {
            checks::lookback(
                ctx,
                &q::FRAUDULENT_APPLICATION,
                &q::FRAUDULENT_APPLICATION_DISCOVERED_ON,
                Span::years(3),
                None,
                "被发现以弄虚作假等不正当手段申请定点",
            )
        },
        advice: "自发现之日起满3年后方可再申请。",
        reading: "回看期按《民法典》第二百零一条：发现当日不计入，满3年之次日起不再构成障碍；恰逢届满当日判为需人工复核⟦§8.0⟧。",
    ),
    rule!(Refusal, Jilin, "jl.a21.i3.pharmacy-terminated-for-violation-3-years", "第二十一条", Some("（三）"), "因违法违规被解除协议未满3年或责任未履行完毕",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "因违法违规被解除医保协议未满3年或已满3年但未完全履行行政处罚法律责任的",
        asks: [
            q::TERMINATED_FOR_VIOLATION,
            q::TERMINATED_FOR_VIOLATION_ON,
            q::VIOLATION_PENALTY_FULFILLED,
        ],
        check: |ctx| {
            checks::lookback(
                ctx,
                &q::TERMINATED_FOR_VIOLATION,
                &q::TERMINATED_FOR_VIOLATION_ON,
                Span::years(3),
                Some(Liability {
                    question: &q::VIOLATION_PENALTY_FULFILLED,
                    name: "行政处罚法律责任",
                }),
                "因违法违规被解除医保协议",
            )
        },
        advice: "自解除之日起满3年，且行政处罚法律责任已完全履行后，方可再申请。",
        reading: "原文未写起算日，按协议解除生效日起算（推定）⟦X-8⟧；当日不计入。已满3年但行政处罚法律责任未完全履行的，不论时间仍不予受理。",
    ),
    rule!(Refusal, Jilin, "jl.a21.i4.pharmacy-terminated-for-breach-1-year", "第二十一条", Some("（四）"), "因严重违约被解除协议未满1年或违约责任未履行完毕",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "因严重违反医保协议约定而被解除医保协议未满1年或已满1年但未完全履行违约责任的",
        asks: [
            q::TERMINATED_FOR_BREACH,
            q::TERMINATED_FOR_BREACH_ON,
            q::BREACH_LIABILITY_FULFILLED,
        ],
        check: |ctx| {
            checks::lookback(
                ctx,
                &q::TERMINATED_FOR_BREACH,
                &q::TERMINATED_FOR_BREACH_ON,
                Span::years(1),
                Some(Liability {
                    question: &q::BREACH_LIABILITY_FULFILLED,
                    name: "违约责任",
                }),
                "因严重违反医保协议约定被解除医保协议",
            )
        },
        advice: "自解除之日起满1年，且违约责任（违约金等）已完全履行后，方可再申请。",
        reading: "原文未写起算日，按协议解除生效日起算（推定）⟦X-8⟧；当日不计入。已满1年但违约责任未完全履行的，仍不予受理。",
    ),
    rule!(Refusal, Jilin, "jl.a21.i5.pharmacy-leader-caused-termination-5-years", "第二十一条", Some("（五）"), "负责人导致原定点零售药店被解除协议未满5年",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "法定代表人、企业负责人或实际控制人曾因严重违法违规导致原定点零售药店被解除医保协议，未满5年的",
        asks: [
            q::LEADER_CAUSED_TERMINATION,
            q::LEADER_PREVIOUS_INSTITUTION,
            q::LEADER_TERMINATION_ON,
        ],
        check: |ctx| checks::leader_lookback(ctx, PreviousInstitution::RetailPharmacy, Span::years(5)),
        advice: "自原药店协议解除之日起满5年后方可申请，或更换法定代表人、企业负责人、实际控制人（须如实申报）。",
        reading: "「企业负责人」与第二十条（二）的「主要负责人」视为同一角色⟦X-30⟧。原文未写起算日，按原药店协议解除生效日起算（推定）；原机构为定点医疗机构时本项（「原定点零售药店」）未覆盖，判为需人工复核⟦X-8⟧。",
    ),
    rule!(Refusal, Jilin, "jl.a21.i6.pharmacy-leader-dishonest", "第二十一条", Some("（六）"), "负责人未被列入失信人名单",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "法定代表人、企业负责人或实际控制人被列入失信人名单的",
        asks: [q::LEADER_DISHONEST],
        check: |ctx| {
            checks::ground_absent(
                ctx,
                &q::LEADER_DISHONEST,
                "法定代表人、企业负责人或实际控制人被列入失信人名单",
            )
        },
        advice: "待相关人员移出失信人名单，或依法变更法定代表人、企业负责人、实际控制人后再申请。",
        reading: "「企业负责人」与第二十条（二）的「主要负责人」视为同一角色⟦X-30⟧。",
    ),
    rule!(Refusal, Jilin, "jl.a21.i7.pharmacy-other-grounds", "第二十一条", Some("（七）"), "无其他法定不予受理情形",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "法律法规规定的其他不予受理的情形",
        asks: [q::OTHER_REFUSAL_GROUND],
        check: |ctx| {
            checks::ground_absent(
                ctx,
                &q::OTHER_REFUSAL_GROUND,
                "法律法规规定的其他不予受理情形",
            )
        },
        advice: "向统筹地区医保经办机构咨询该情形的依据与消除方式。",
    ),
    rule!(Refusal, Jilin, "jl.a22.pharmacy-application-matches-licences", "第二十二条", None, "申请所填基本信息与营业执照或药品经营许可证登记信息相符",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "零售药店递交材料中所填机构名称、地址、法定代表人、经营方式、经营范围、统一社会信用代码等基本信息，是否与其营业执照或药品经营许可证登记信息相符",
        asks: [q::PHARMACY_APPLICATION_MATCHES_LICENCES],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::PHARMACY_APPLICATION_MATCHES_LICENCES,
                Outcome::Fail,
                "递交材料所填机构名称、地址、法定代表人、经营方式、经营范围、统一社会信用代码与营业执照或药品经营许可证登记信息相符。",
                "递交材料所填基本信息与营业执照或药品经营许可证登记信息不符：受理审核时按默认读法将退回申请材料并告知不予受理的理由（第二十四条（三））。",
            )
        },
        advice: "提交前逐项核对机构名称、地址、法定代表人、经营方式、经营范围、统一社会信用代码与营业执照、药品经营许可证登记信息；登记信息已变化的，先到市场监管、药监部门办理变更，或改正申请材料后再提交。",
        reading: "原文只写受理审核时核对这些基本信息是否相符，未写不符的后果。默认：按第二十四条（三）「不符合申请条件的……退回申请材料，并告知不予受理的理由」处理，判为不符合；另一可能是按第二十四条（二）一次性告知补正，补正期5个工作日，逾期视为放弃此次申请。",
    ),
    rule!(Refusal, Jilin, "jl.a29.pharmacy-falsified-materials-3-years", "第二十九条", None, "评估时发现虚构、篡改材料，3年内不再受理",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "评估时发现医药机构采取虚构、篡改等不正当手段报送申请材料或评估材料的，医保经办机构应当留存证据，3年内不再受理该医药机构的定点申请",
        asks: [q::FALSIFIED_MATERIALS, q::FALSIFIED_MATERIALS_DISCOVERED_ON],
        check: |ctx| {
            checks::lookback(
                ctx,
                &q::FALSIFIED_MATERIALS,
                &q::FALSIFIED_MATERIALS_DISCOVERED_ON,
                Span::years(3),
                None,
                "评估时被发现虚构、篡改申请材料或评估材料",
            )
        },
        advice: "自被发现之日起满3年后方可再申请；再次申请时如实报送全部材料。",
        reading: "本条适用于全部「医药机构」，零售药店同样适用。原文未写「3年内」的起算日，按评估时发现之日起算（推定，与第二十一条（二）「自发现之日起」一致）⟦X-8⟧；当日不计入，恰逢届满当日判为需人工复核。",
    ),
    rule!(Refusal, Jilin, "jl.a29.i4.pharmacy-reapply-after-3-months", "第二十九条", Some("（四）"), "首次评估不合格后整改3个月再申请",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "自结果告知送达之日起，整改3个月后可再次申请并组织评估",
        asks: [q::ASSESSMENT, q::ASSESSMENT_FAILURE_NOTIFIED_ON],
        check: |ctx| checks::after_first_failure(ctx, Reassessment::NewApplication),
        advice: "按评估时提出的整改建议整改；自结果告知送达之日起满3个月后再次提出定点申请（重新经受理审核）。",
        reading: "吉林须「再次申请」：整改满3个月前的再次申请不应被接受（称“不予受理”还是“退回”原文未写）；满3个月按《民法典》第二百零一条，送达当日不计入，恰逢届满当日判为需人工复核。",
    ),
    rule!(Refusal, Jilin, "jl.a29.i4.pharmacy-second-failure-1-year", "第二十九条", Some("（四）"), "再次评估仍不合格的，1年内不得再次申请",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "评估仍不合格的，1年内不得再次申请",
        asks: [q::ASSESSMENT, q::ASSESSMENT_FAILURE_NOTIFIED_ON],
        check: checks::after_second_failure,
        advice: "自再次评估不合格结果告知送达之日起满1年后方可再次申请。",
        reading: "原文未写起算日，按再次评估不合格结果告知送达之日起算（推定）⟦X-8⟧；当日不计入。",
    ),
    rule!(Materials, Jilin, "jl.a20.i1.pharmacy-application-form", "第二十条", Some("（一）"), "新增定点零售药店申请表",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "新增定点零售药店申请表",
        asks: [q::MATERIAL_APPLICATION_FORM],
        check: |ctx| checks::material(ctx, &q::MATERIAL_APPLICATION_FORM, "新增定点零售药店申请表"),
        advice: "向所在统筹地区医保经办机构领取或下载新增定点零售药店申请表，如实填写并加盖公章。",
    ),
    rule!(Materials, Jilin, "jl.a20.i2.drug-trading-licence-copy", "第二十条", Some("（二）"), "药品经营许可证复印件",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "药品经营许可证、营业执照和法定代表人、主要负责人或实际控制人身份证复印件",
        asks: [q::MATERIAL_DRUG_TRADING_LICENCE_COPY],
        check: |ctx| checks::material(ctx, &q::MATERIAL_DRUG_TRADING_LICENCE_COPY, "药品经营许可证复印件"),
        advice: "复印药品经营许可证（正、副本）；评估时将核查原件（第二十八条第2款（一））。",
    ),
    rule!(Materials, Jilin, "jl.a20.i2.business-licence-copy", "第二十条", Some("（二）"), "营业执照复印件",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "药品经营许可证、营业执照和法定代表人、主要负责人或实际控制人身份证复印件",
        asks: [q::MATERIAL_BUSINESS_LICENCE_COPY],
        check: |ctx| checks::material(ctx, &q::MATERIAL_BUSINESS_LICENCE_COPY, "营业执照复印件"),
        advice: "复印营业执照（正、副本）；评估时将核查原件（第二十八条第2款（一））。",
    ),
    rule!(Materials, Jilin, "jl.a20.i2.legal-representative-id-copy", "第二十条", Some("（二）"), "法定代表人（主要负责人、实际控制人）身份证复印件",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "药品经营许可证、营业执照和法定代表人、主要负责人或实际控制人身份证复印件",
        asks: [q::MATERIAL_LEGAL_REPRESENTATIVE_ID_COPY],
        check: |ctx| {
            checks::material(
                ctx,
                &q::MATERIAL_LEGAL_REPRESENTATIVE_ID_COPY,
                "法定代表人身份证复印件",
            )
        },
        advice: "复印法定代表人身份证（正反面）；主要负责人（企业负责人）或实际控制人与法定代表人不是同一人的，建议一并提供其身份证复印件（评估时核查「法定代表人、企业负责人或实际控制人身份证」，第二十八条第2款（一））。",
        reading: "「法定代表人、主要负责人或实际控制人身份证复印件」是三人任一还是（不是同一人时）各一份，原文未写。默认：须有法定代表人身份证复印件；主要负责人、实际控制人是他人时，建议一并提供，须向经办机构确认⟦X-30⟧。",
    ),
    rule!(Materials, Jilin, "jl.a20.i3.pharmacist-certificate-and-contract", "第二十条", Some("（三）"), "药师证书及劳动合同复印件",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "执业药师资格证书或药学技术人员相关证书及其劳动合同复印件",
        asks: [q::MATERIAL_PHARMACIST_CERTIFICATE_AND_CONTRACT],
        check: |ctx| {
            checks::material(
                ctx,
                &q::MATERIAL_PHARMACIST_CERTIFICATE_AND_CONTRACT,
                "执业药师资格证书或药学技术人员相关证书及其劳动合同复印件",
            )
        },
        advice: "复印药师的执业药师资格证书（或药学、临床药学、中药学专业技术资格证书）及其与本店签订的劳动合同。",
    ),
    rule!(Materials, Jilin, "jl.a20.i4.insurance-staff-contracts", "第二十条", Some("（四）"), "医保专（兼）职管理人员劳动合同材料",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "医保专（兼）职管理人员的劳动合同材料",
        asks: [q::MATERIAL_INSURANCE_STAFF_CONTRACTS],
        check: |ctx| {
            checks::material(
                ctx,
                &q::MATERIAL_INSURANCE_STAFF_CONTRACTS,
                "医保专（兼）职管理人员的劳动合同材料",
            )
        },
        advice: "准备至少2名医保专（兼）职管理人员与本店签订的劳动合同（第十九条（三））。",
    ),
    rule!(Materials, Jilin, "jl.a20.i5.pharmacy-systems-text", "第二十条", Some("（五）"), "内部管理制度和财务制度文本",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "与医疗保障政策对应的内部管理制度和财务制度文本",
        asks: [q::MATERIAL_INTERNAL_SYSTEMS_TEXT, q::MATERIAL_FINANCE_SYSTEM_TEXT],
        check: |ctx| {
            checks::all_materials(
                ctx,
                &[
                    (
                        &q::MATERIAL_INTERNAL_SYSTEMS_TEXT,
                        "与医疗保障政策对应的内部管理制度文本",
                    ),
                    (&q::MATERIAL_FINANCE_SYSTEM_TEXT, "财务制度文本"),
                ],
            )
        },
        advice: "整理成文的内部管理制度（医保药品管理、医保人员管理、统计信息管理、医保费用结算等，第十九条（五））和财务制度文本。",
    ),
    rule!(Materials, Jilin, "jl.a20.i6.pharmacy-it-system-materials", "第二十条", Some("（六）"), "信息系统相关材料",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "与医疗保障有关的信息系统相关材料",
        asks: [q::MATERIAL_IT_SYSTEM],
        check: |ctx| {
            checks::material(ctx, &q::MATERIAL_IT_SYSTEM, "与医疗保障有关的信息系统相关材料")
        },
        advice: "准备信息系统说明、接口改造与对接情况、追溯码和进销存上传情况等材料（第十九条（六））。",
    ),
    rule!(Materials, Jilin, "jl.a20.i7.pharmacy-fund-forecast-report", "第二十条", Some("（七）"), "基金使用预测性分析报告",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "纳入定点后使用医疗保障基金的预测性分析报告",
        asks: [q::MATERIAL_FUND_FORECAST_REPORT],
        check: |ctx| {
            checks::material(
                ctx,
                &q::MATERIAL_FUND_FORECAST_REPORT,
                "纳入定点后使用医疗保障基金的预测性分析报告",
            )
        },
        advice: "按客流量、销售结构和医保药品销售额测算纳入定点后的医保基金使用情况，形成分析报告。",
    ),
    rule!(Materials, Jilin, "jl.a20.i8.pharmacy-other-local-materials", "第二十条", Some("（八）"), "市级医疗保障行政部门要求的其他材料",
        application: NewDesignation,
        applicant: RetailPharmacy,
        quote: "市级医疗保障行政部门按相关规定要求提供的其他材料",
        asks: [q::MATERIAL_OTHER_LOCAL],
        check: |ctx| checks::other_local_materials(ctx, "市级医疗保障行政部门"),
        advice: "查阅所在市（州）医疗保障行政部门和统筹地区医保经办机构公布的零售药店定点申请指引（第二十三条），按其要求补充材料。",
        reading: "零售药店的兜底材料由「市级」医疗保障行政部门规定，医疗机构的对应项（第十六条（七））为「省级」：以所在市（州）的要求为准⟦X-29⟧。",
    ),
    rule!(Materials, Jilin, "jl.a37.pharmacy-change-kinds", "第三十七条", None, "变更事项属第三十七条（二）（三）所列",
        application: InformationChange,
        applicant: RetailPharmacy,
        quote: "定点医药机构的名称、法定代表人、主要负责人或实际控制人、注册地址、银行账户、诊疗科目（药品经营范围）、机构规模、机构性质、等级和类别等重大信息变更时，应自有关部门批准之日起30个工作日内向医保经办机构提出变更申请",
        asks: [q::APPLICATION_CHANGES],
        check: change_kinds,
        advice: "自有关部门批准之日起30个工作日内提出变更申请；变更事项不在（二）（三）所列的，事先向医保经办机构确认须提交的材料。",
        reading: GENERAL_ONLY_READING,
    ),
    rule!(Materials, Jilin, "jl.a37.i2.pharmacy-change-form", "第三十七条", Some("（二）"), "定点医药机构信息变更申请表",
        application: InformationChange,
        applicant: RetailPharmacy,
        quote: "定点零售药店变更名称、法定代表人、主要负责人或实际控制人、注册地址、经营范围、经营方式时应当提交以下材料：1.定点医药机构信息变更申请表",
        asks: [q::APPLICATION_CHANGES, q::MATERIAL_APPLICATION_FORM],
        check: |ctx| {
            change_material(
                ctx,
                &q::MATERIAL_APPLICATION_FORM,
                "定点医药机构信息变更申请表",
            )
        },
        advice: "向医保经办机构领取或下载定点医药机构信息变更申请表，如实填写并加盖公章。",
        reading: GENERAL_ONLY_READING,
    ),
    rule!(Materials, Jilin, "jl.a37.i2.pharmacy-change-approval-documents", "第三十七条", Some("（二）"), "有关部门批准的变更文件",
        application: InformationChange,
        applicant: RetailPharmacy,
        quote: "定点零售药店变更名称、法定代表人、主要负责人或实际控制人、注册地址、经营范围、经营方式时应当提交以下材料：1.定点医药机构信息变更申请表；2.市场监管、卫生健康、药监部门或民政等部门批准的变更文件",
        asks: [q::APPLICATION_CHANGES, q::MATERIAL_CHANGE_APPROVAL_DOCUMENTS],
        check: |ctx| {
            change_material(
                ctx,
                &q::MATERIAL_CHANGE_APPROVAL_DOCUMENTS,
                "市场监管、卫生健康、药监部门或民政等部门批准的变更文件",
            )
        },
        advice: "准备市场监管、药监等部门批准变更的文件；变更申请应自有关部门批准之日起30个工作日内提出。",
    ),
    rule!(Materials, Jilin, "jl.a37.i2.pharmacy-drug-trading-licence-and-change-pages", "第三十七条", Some("（二）"), "药品经营许可证及变更页",
        application: InformationChange,
        applicant: RetailPharmacy,
        quote: "药品经营许可证及变更页",
        asks: [q::APPLICATION_CHANGES, q::MATERIAL_DRUG_TRADING_LICENCE_COPY],
        check: |ctx| {
            change_material(
                ctx,
                &q::MATERIAL_DRUG_TRADING_LICENCE_COPY,
                "药品经营许可证及变更页",
            )
        },
        advice: "准备变更后的药品经营许可证及其变更页（原件与复印件）。",
        reading: COPY_READING,
    ),
    rule!(Materials, Jilin, "jl.a37.i2.pharmacy-business-licence", "第三十七条", Some("（二）"), "营业执照",
        application: InformationChange,
        applicant: RetailPharmacy,
        quote: "4.营业执照；",
        asks: [q::APPLICATION_CHANGES, q::MATERIAL_BUSINESS_LICENCE_COPY],
        check: |ctx| change_material(ctx, &q::MATERIAL_BUSINESS_LICENCE_COPY, "营业执照"),
        advice: "准备变更后的营业执照（原件与复印件）。",
        reading: COPY_READING,
    ),
    rule!(Materials, Jilin, "jl.a37.i2.pharmacy-legal-representative-id", "第三十七条", Some("（二）"), "法定代表人身份证",
        application: InformationChange,
        applicant: RetailPharmacy,
        quote: "5.法定代表人身份证",
        asks: [q::APPLICATION_CHANGES, q::MATERIAL_LEGAL_REPRESENTATIVE_ID_COPY],
        check: |ctx| {
            change_material(ctx, &q::MATERIAL_LEGAL_REPRESENTATIVE_ID_COPY, "法定代表人身份证")
        },
        advice: "准备（变更后的）法定代表人身份证（原件与复印件）。",
        reading: COPY_READING,
    ),
    rule!(Materials, Jilin, "jl.a37.i2.pharmacy-premises-proof", "第三十七条", Some("（二）"), "变更后经营场所房屋产权证明或租赁合同",
        application: InformationChange,
        applicant: RetailPharmacy,
        quote: "6.变更后经营场所房屋产权证明或租赁合同（变更地址需要提供）",
        asks: [q::APPLICATION_CHANGES, q::MATERIAL_PREMISES_PROOF],
        check: premises_proof,
        advice: "准备变更后经营场所的房屋产权证明或租赁合同。变更注册地址的（实际营业地址不变的除外），还须提前5个工作日告知医保经办机构，期间暂停医保基金结算，完成变更后在规定时限内申请现场评估（第三十七条末款）。",
        reading: "原文「变更地址需要提供」，所交为「变更后经营场所」的证明：本工具在变更注册地址时要求提供；只变更注册地址而经营场所不变时是否仍须提供，原文未写，须向经办机构确认。",
    ),
    rule!(Materials, Jilin, "jl.a37.i3.pharmacy-bank-account-form", "第三十七条", Some("（三）"), "变更银行账户：信息变更申请表",
        application: InformationChange,
        applicant: RetailPharmacy,
        quote: "定点医药机构变更银行账户时应当提交定点医药机构信息变更申请表",
        asks: [q::APPLICATION_CHANGES, q::MATERIAL_APPLICATION_FORM],
        check: bank_account_form,
        advice: "变更银行账户只须提交定点医药机构信息变更申请表；自有关部门批准（或账户变更）之日起30个工作日内提出。",
    ),
];

#[cfg(test)]
pub(crate) mod tests;
