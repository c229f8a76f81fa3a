//! Jilin: the obligations a designated 医药机构 keeps once it has signed
//! (rules map §9.3 JL-C01～JL-C09), and the cases of 第四十六条（应当中止）
//! and 第四十七条（应当解除） a self-audit can answer, as yes/no questions
//! (§10.3, §10.4). Each item names what failing it risks (`risks.rs`).
//!
//! Where the article says 定点医药机构 the item is written twice: for
//! medical institutions, and (id with `pharmacy-`) for retail pharmacies,
//! both reading the same question. 第四十七条 has two lists: the medical
//! institutions' 14 items and the pharmacies' 16, each rule citing its own
//! list's item; the same act is asked once for both.
//!
//! Application conditions checked again once designated (JL-C06 第十四条
//! （五）, JL-C06P 第十九条（六）, JL-C07 第十九条（二）～（五）) read the
//! application-phase questions as they are; JL makes none of them a running
//! obligation in words, so a condition no longer met is for review, not a
//! failure (the readings say so).
//!
//! The agency's and other authorities' findings and the catch-alls —
//! 第四十六条（一）（三）（四）, 第四十七条第2款（八）（十三）（十四） and 第3款
//! （十）（十五）（十六） — are asked as 「是否已被告知……」, each with the
//! certain consequence of its article. A termination asked for and agreed
//! (第2款（十二）, 第3款（十四）) and licences cancelled and applied for
//! anew (第三十八条第2款) end the agreement without a breach: answered
//! "是" they are for review, never a failure, with no bar on applying
//! again. 第四十七条第2款（七） 停业歇业未报告 has no pharmacy counterpart. The
//! deadlines of 第三十五条第1款 (5 working days), 第三十七条, 第三十九条,
//! 第四十六条第3、4款, 第四十八条 and 第四十九条 (7日陈述申辩) are in
//! deadlines/. 第四十八条第1款's bar on public institutions asking to
//! suspend or terminate is checked there too.
//!
//! Seed versus map: the seed lost the numbers of 第十条、第十一条 (presumed
//! by the article parser) and of 第二十九条（一）（二）（五） (rules map §11
//! the bar of 第二十九条 is cited without an item. 第五十条's first
//! paragraph is split by a page break in the seed; the paragraph numbers
//! here follow the map (第2款 = 「定点医药机构在中止医保协议期间……」).
//! Three pharmacy items of 第四十七条 word their act exactly as an item of
//! the medical institutions' list does (（三）（九）（十二）): their quotes
//! begin with their own label so that they point into the pharmacies' list.

use crate::catalog::audit;
use crate::catalog::builder::item;
use crate::catalog::rule::{Missing, Rule, Verdict};
use crate::facts::compliance::jilin as q;
use crate::facts::questions as base;

mod twins;
use twins::{
    ADDRESS_CHANGE, AFTERCARE, AGREED_SUSPENSION, CHANGES, CODING_FILED, CODING_MAINTAINED,
    COOPERATION, DATA_PROVIDED, FRAUDULENT, LAWS, LEADER, LEGAL_SUSPENSION, LICENCES_REAPPLIED,
    MAJOR_RISK, OBSTRUCTED, PENALTY, PRE_CHANGE_DATA, REPEATED_SUSPENSION, SETTLED_FOR_OTHERS,
    SIGN, SUSPENDED_STAFF, SUSPENSION_NOTICE, UNREGISTERED_CHANGE,
};

mod helpers;
use helpers::{
    administrators, cooperation, hospital_uploads, licences_reapplied, pharmacist,
    pharmacy_uploads, pre_change_data, still_met, when_suspended_or_ended,
};

mod audits;
use audits::{
    AGREED_TERMINATION, DATA, DATA_OBLIGATION, FRAUD, FRAUDULENT_APPLICATION, LICENCES, OBLIGATION,
    OBSTRUCTION, PHARMACY_AGREED_TERMINATION, PHARMACY_FRAUDULENT_APPLICATION,
    PHARMACY_OBSTRUCTION, PHARMACY_STAFF, PHARMACY_TERMINATION, PRE_CHANGE, STAFF,
    SUSPENSION_GROUND, TERMINATION,
};

type Checked = Result<Verdict, Missing>;

pub static RULES: &[Rule] = &[
    LAWS,
    LAWS.for_pharmacies("jl.a4.p2.pharmacy-laws-followed"),
    item!(Jilin, "jl.a14.i5.uploads-kept", "第十四条", Some("（五）"), "持续按规定上传医保数据",
        quote: "按照有关规定，规范、准确、完整上传全量就诊人员结算信息、医保结算清单、药品耗材追溯码、进销存信息等信息至医保信息平台",
        asks: [
            base::IT_UPLOADS_SETTLEMENT_INFORMATION,
            base::IT_UPLOADS_SETTLEMENT_LISTS,
            base::IT_UPLOADS_TRACEABILITY_CODES,
            base::IT_UPLOADS_INVENTORY,
            base::IT_INSURANCE_CODE_FULL_PROCESS,
        ],
        check: hospital_uploads,
        audit: DATA_OBLIGATION,
        advice: "打通四类数据上传，并按当地要求推动医保码全流程应用。",
        reading: "申请条件，规程未明定为运行期义务：不再具备的判为需人工复核。四类数据默认均须上传，医保码「按要求推动」以当地要求为准⟦X-40⟧。",
    ),
    item!(Jilin, "jl.a19.i2.pharmacist-contract-current", "第十九条", Some("（二）"), "药师仍在劳动合同期内",
        applicant: RetailPharmacy,
        quote: "药师须签订1年以上劳动合同且在合同期内",
        asks: [
            base::PHARMACIST_QUALIFIED,
            base::PHARMACIST_CONTRACT_START,
            base::PHARMACIST_CONTRACT_END,
        ],
        check: pharmacist,
        audit: OBLIGATION,
        params: [super::periods::PHARMACIST_CONTRACT],
        advice: "药师合同到期前续签{}以上劳动合同，或及时补配药师。",
        reading: "「在合同期内」的判定时点原文未写⟦X-31⟧：定点后按自查日期判断，合同期限须满1年。申请条件未明定为运行期义务，不符合的判为需人工复核。",
    ),
    item!(Jilin, "jl.a19.i3.administrator-contracts-current", "第十九条", Some("（三）"), "2名医保管理人员在合同期内",
        applicant: RetailPharmacy,
        quote: "负责管理医保费用，并签订1年以上劳动合同且在合同期内",
        asks: [
            base::PHARMACY_INSURANCE_ADMINISTRATORS,
            base::ADMINISTRATOR_1_CONTRACT_START,
            base::ADMINISTRATOR_1_CONTRACT_END,
            base::ADMINISTRATOR_2_CONTRACT_START,
            base::ADMINISTRATOR_2_CONTRACT_END,
        ],
        check: administrators,
        audit: OBLIGATION,
        params: [super::periods::ADMINISTRATOR_CONTRACT],
        advice: "合同到期前续签{}以上劳动合同，保持至少2名医保管理人员。",
        reading: "「在合同期内」的判定时点原文未写⟦X-31⟧：定点后按自查日期判断，合同期限须满1年。申请条件未明定为运行期义务，不符合的判为需人工复核。",
    ),
    item!(Jilin, "jl.a19.i4.labels-kept", "第十九条", Some("（四）"), "分类分区管理和医保用药标识",
        applicant: RetailPharmacy,
        quote: "开展药品分类分区管理，并对所售药品设立明确的医保用药标识",
        asks: [base::PHARMACY_CLASSIFIED_STORAGE, base::PHARMACY_INSURANCE_DRUG_LABELS],
        check: |ctx| {
            still_met(
                ctx,
                &[
                    (&base::PHARMACY_CLASSIFIED_STORAGE, "药品分类分区管理"),
                    (&base::PHARMACY_INSURANCE_DRUG_LABELS, "医保用药标识"),
                ],
                "",
            )
        },
        audit: OBLIGATION,
        advice: "新上架药品及时设立医保用药标识，保持分类分区陈列。",
        reading: "申请条件，规程未明定为运行期义务：不再具备的判为需人工复核，不判不符合。",
    ),
    item!(Jilin, "jl.a19.i5.systems-kept", "第十九条", Some("（五）"), "五类医保管理制度持续有效",
        applicant: RetailPharmacy,
        quote: "医保药品管理制度、财务管理制度、医保人员管理制度、统计信息管理制度和医保费用结算制度",
        asks: [
            base::SYSTEM_DRUG_MANAGEMENT,
            base::SYSTEM_FINANCE,
            base::SYSTEM_STAFF_MANAGEMENT,
            base::SYSTEM_STATISTICS_INFORMATION,
            base::SYSTEM_SETTLEMENT,
        ],
        check: |ctx| {
            still_met(
                ctx,
                &[
                    (&base::SYSTEM_DRUG_MANAGEMENT, "医保药品管理制度"),
                    (&base::SYSTEM_FINANCE, "财务管理制度"),
                    (&base::SYSTEM_STAFF_MANAGEMENT, "医保人员管理制度"),
                    (&base::SYSTEM_STATISTICS_INFORMATION, "统计信息管理制度"),
                    (&base::SYSTEM_SETTLEMENT, "医保费用结算制度"),
                ],
                "",
            )
        },
        audit: OBLIGATION,
        advice: "补齐或修订所缺制度，并按制度执行。",
        reading: "申请条件，规程未明定为运行期义务：不再具备的判为需人工复核，不判不符合。",
    ),
    item!(Jilin, "jl.a19.i6.uploads-kept", "第十九条", Some("（六）"), "持续上传追溯码和进销存信息",
        applicant: RetailPharmacy,
        quote: "按照有关规定，规范、准确、完整上传药品耗材追溯码、进销存信息等信息至医保信息平台",
        asks: [base::IT_UPLOADS_TRACEABILITY_CODES, base::IT_UPLOADS_INVENTORY],
        check: pharmacy_uploads,
        audit: DATA_OBLIGATION,
        advice: "打通追溯码和进销存信息上传，做到规范、准确、完整。",
        reading: "申请条件，规程未明定为运行期义务：不再具备的判为需人工复核。两类默认均须上传，范围按当地规定⟦X-40⟧；药店无结算清单、医保码要求。",
    ),
    SIGN,
    SIGN.for_pharmacies("jl.a34.pharmacy-sign-displayed"),
    CODING_FILED,
    CODING_FILED.for_pharmacies("jl.a35.p1.pharmacy-coding-filed"),
    CODING_MAINTAINED,
    CODING_MAINTAINED.for_pharmacies("jl.a35.p2.pharmacy-coding-maintained"),
    CHANGES,
    CHANGES.for_pharmacies("jl.a37.p1.pharmacy-changes-reported"),
    ADDRESS_CHANGE,
    ADDRESS_CHANGE.for_pharmacies("jl.a37.pharmacy-address-change-notified"),
    PRE_CHANGE_DATA,
    PRE_CHANGE_DATA.for_pharmacies("jl.a38.p1.pharmacy-pre-change-data"),
    COOPERATION,
    COOPERATION.for_pharmacies("jl.a42.pharmacy-cooperation"),
    LICENCES_REAPPLIED,
    LICENCES_REAPPLIED.for_pharmacies("jl.a38.p2.pharmacy-licences-reapplied"),
    MAJOR_RISK,
    MAJOR_RISK.for_pharmacies("jl.a46.i1.pharmacy-major-risk-notified"),
    DATA_PROVIDED,
    DATA_PROVIDED.for_pharmacies("jl.a46.i2.pharmacy-data-provided"),
    AGREED_SUSPENSION,
    AGREED_SUSPENSION.for_pharmacies("jl.a46.i3.pharmacy-agreed-suspension-notified"),
    LEGAL_SUSPENSION,
    LEGAL_SUSPENSION.for_pharmacies("jl.a46.i4.pharmacy-legal-suspension-notified"),
    // 第四十七条第2款: medical institutions.
    REPEATED_SUSPENSION,
    FRAUDULENT,
    item!(Jilin, "jl.a47.i3.fraud", "第四十七条", Some("（三）"), "无欺诈骗保行为",
        quote: "经医疗保障部门和其他有关部门查实有欺诈骗保行为的",
        absent: q::JL_FRAUD,
        audit: FRAUD,
        advice: "立即停止并纠正，主动退回违规费用，配合调查。",
        reading: "本项以有关部门「查实」为要件：自查按是否存在该行为作答，存在的判不符合；应当解除只在查实之后。",
    ),
    SETTLED_FOR_OTHERS,
    OBSTRUCTED,
    UNREGISTERED_CHANGE,
    item!(Jilin, "jl.a47.i7.unreported-closure", "第四十七条", Some("（七）"), "停业歇业已报告经办机构",
        quote: "停业或歇业后未按规定向医保经办机构报告的",
        absent: q::JL_UNREPORTED_CLOSURE,
        audit: TERMINATION,
        advice: "停业或歇业后及时书面报告医保经办机构。",
    ),
    item!(Jilin, "jl.a47.i9.licence-revoked", "第四十七条", Some("（九）"), "执业证照未被吊销注销",
        quote: "被吊销、注销医疗机构执业许可证或中医诊所备案证或诊所备案凭证的",
        absent: q::JL_PRACTICE_LICENCE_REVOKED,
        audit: TERMINATION,
        advice: "证照被吊销、注销的，停止医保结算并告知经办机构。",
    ),
    LEADER,
    PENALTY,
    item!(Jilin, "jl.a47.i8.major-violation-notified", "第四十七条", Some("（八）"), "执法发现重大违法违规",
        quote: "医疗保障部门或有关部门在行政执法中，发现定点医疗机构存在重大违法违规行为且可能造成医疗保障基金重大损失的",
        absent: q::JL_MAJOR_VIOLATION_NOTIFIED,
        audit: TERMINATION,
        advice: "配合执法调查，整改并退回违规费用。",
        reading: "本项是执法部门的认定，机构不能自行判断，故问是否已被告知此类认定；未被告知的按“否”。",
    ),
    item!(Jilin, "jl.a47.i12.termination-agreed", "第四十七条", Some("（十二）"), "主动解除协议并经同意",
        quote: "主动提出解除协议且医保经办机构同意的",
        asks: [q::JL_TERMINATION_AGREED, base::PLANNED_EXIT_ON],
        check: |ctx| audit::agreed_termination(ctx, &q::JL_TERMINATION_AGREED),
        audit: AGREED_TERMINATION,
        advice: "与医保经办机构确认解除之日，配合复核与资金清算，做好参保人员的善后工作。",
        reading: "主动提出解除且经同意的，协议按本项解除，但这不是违约：不判为不符合，而判为需人工复核，列出解除的后果和第四十七条第4款的复核、清算；不列第十七条（零售药店第二十一条）的回看期，回看期只对因违法违规或严重违约被解除的适用⟦X-8⟧。公立医疗机构不得主动提出解除（第四十八条）。",
    ),
    item!(Jilin, "jl.a47.i13.agreed-termination-notified", "第四十七条", Some("（十三）"), "协议约定应当解除的情形",
        quote: "根据医保协议约定应当解除协议的",
        absent: q::JL_AGREED_TERMINATION_NOTIFIED,
        audit: TERMINATION,
        advice: "对照医保协议的解除条款核实情况，向医保经办机构说明并听取处理意见。",
        reading: "协议约定的情形以实际签订的医保协议为准，是否属之由医保经办机构认定，故问是否已被告知；未被告知的按“否”。",
    ),
    item!(Jilin, "jl.a47.i14.legal-termination-notified", "第四十七条", Some("（十四）"), "法律法规规定应当解除的其他情形",
        quote: "法律法规和规章规定的应当解除协议的其他情形",
        absent: q::JL_LEGAL_TERMINATION_NOTIFIED,
        audit: TERMINATION,
        advice: "向医保经办机构了解认定的依据，听取处理意见。",
        reading: "兜底情形，没有具体内容，由医保经办机构依法认定，故问是否已被告知；未被告知的按“否”。",
    ),
    // 第四十七条第3款: retail pharmacies.
    Rule {
        audit: Some(&PHARMACY_TERMINATION),
        ..REPEATED_SUSPENSION.for_pharmacies("jl.a47.i1.pharmacy-repeated-suspension")
    },
    item!(Jilin, "jl.a47.i2.pharmacy-drug-quality-incident", "第四十七条", Some("（二）"), "无重大药品质量安全事件",
        applicant: RetailPharmacy,
        quote: "发生重大药品质量安全事件的",
        absent: q::JL_DRUG_QUALITY_INCIDENT,
        audit: PHARMACY_TERMINATION,
        advice: "落实药品经营质量管理规范，加强进货查验和储存养护。",
    ),
    Rule {
        item: Some("（三）"),
        quote: "（三）以弄虚作假等不正当手段申请取得定点的",
        audit: Some(&PHARMACY_FRAUDULENT_APPLICATION),
        ..FRAUDULENT.for_pharmacies("jl.a47.i3.pharmacy-fraudulent-application")
    },
    item!(Jilin, "jl.a47.i4.pharmacy-forged-records", "第四十七条", Some("（四）"), "无伪造进销存票据骗保",
        applicant: RetailPharmacy,
        quote: "以伪造、变造医保药品“进、销、存”票据和账目、伪造处方或参保人员费用清单等方式，骗取医疗保障基金的",
        absent: q::JL_FORGED_RECORDS,
        audit: PHARMACY_TERMINATION,
        advice: "核对进销存账目与票据、处方一致，如实记录。",
    ),
    item!(Jilin, "jl.a47.i5.pharmacy-drug-swapping", "第四十七条", Some("（五）"), "无串换倒卖医保药品",
        applicant: RetailPharmacy,
        quote: "将非医保药品或其他商品串换成医保药品，倒卖医保药品或套取医疗保障基金的",
        absent: q::JL_DRUG_SWAPPING,
        audit: PHARMACY_TERMINATION,
        advice: "医保结算只限所售医保药品，严禁以其他商品串换结算。",
    ),
    Rule {
        item: Some("（六）"),
        quote: "为非定点零售药店、中止医保协议的定点零售药店或其他机构进行医保费用结算的",
        audit: Some(&PHARMACY_TERMINATION),
        ..SETTLED_FOR_OTHERS.for_pharmacies("jl.a47.i6.pharmacy-settled-for-others")
    },
    item!(Jilin, "jl.a47.i7.pharmacy-settlement-device", "第四十七条", Some("（七）"), "结算设备不转借不移用",
        applicant: RetailPharmacy,
        quote: "将医保结算设备转借或赠与他人，改变使用场地的",
        absent: q::JL_DEVICE_LENT,
        audit: PHARMACY_TERMINATION,
        advice: "医保结算设备只在本店登记场地使用，不外借、不赠与。",
    ),
    Rule {
        item: Some("（八）"),
        quote: "拒绝、阻挠或不配合医保经办机构开展现场检查、智能审核、绩效考核等，情节恶劣的",
        audit: Some(&PHARMACY_OBSTRUCTION),
        ..OBSTRUCTED.for_pharmacies("jl.a47.i8.pharmacy-obstructed")
    },
    Rule {
        item: Some("（九）"),
        quote: "（九）被发现重大信息发生变更但未办理变更的",
        audit: Some(&PHARMACY_TERMINATION),
        ..UNREGISTERED_CHANGE.for_pharmacies("jl.a47.i9.pharmacy-unregistered-change")
    },
    item!(Jilin, "jl.a47.i11.pharmacy-licence-revoked", "第四十七条", Some("（十一）"), "经营证照未被吊销注销",
        applicant: RetailPharmacy,
        quote: "被吊销、注销药品经营许可证或营业执照的",
        absent: q::JL_PHARMACY_LICENCE_REVOKED,
        audit: PHARMACY_TERMINATION,
        advice: "证照被吊销、注销的，停止医保结算并告知经办机构。",
    ),
    Rule {
        item: Some("（十二）"),
        quote: "（十二）未依法履行医疗保障行政部门作出的行政处罚决定的",
        audit: Some(&PHARMACY_TERMINATION),
        ..PENALTY.for_pharmacies("jl.a47.i12.pharmacy-unfulfilled-penalty")
    },
    Rule {
        item: Some("（十三）"),
        quote: "法定代表人、企业负责人或实际控制人不能履行医保协议约定，或有违法失信行为的",
        audit: Some(&PHARMACY_TERMINATION),
        params: &[],
        reading: Some("「企业负责人」与第二十条（二）的「主要负责人」视为同一角色⟦X-30⟧，医疗机构和零售药店同问一次。"),
        ..LEADER.for_pharmacies("jl.a47.i13.pharmacy-leader-default")
    },
    item!(Jilin, "jl.a47.i10.pharmacy-major-violation-notified", "第四十七条", Some("（十）"), "执法发现重大违法违规",
        applicant: RetailPharmacy,
        quote: "医疗保障行政部门或有关部门在行政执法中，发现定点零售药店存在重大违法违规行为且可能造成医疗保障基金重大损失的",
        absent: q::JL_MAJOR_VIOLATION_NOTIFIED,
        audit: PHARMACY_TERMINATION,
        advice: "配合执法调查，整改并退回违规费用。",
        reading: "本项是执法部门的认定，机构不能自行判断，故问是否已被告知此类认定；未被告知的按“否”。",
    ),
    item!(Jilin, "jl.a47.i14.pharmacy-termination-agreed", "第四十七条", Some("（十四）"), "主动解除协议并经同意",
        applicant: RetailPharmacy,
        quote: "主动提出解除协议且经医保经办机构同意的",
        asks: [q::JL_TERMINATION_AGREED, base::PLANNED_EXIT_ON],
        check: |ctx| audit::agreed_termination(ctx, &q::JL_TERMINATION_AGREED),
        audit: PHARMACY_AGREED_TERMINATION,
        advice: "与医保经办机构确认解除之日，配合复核与资金清算，做好参保人员的善后工作。",
        reading: "主动提出解除且经同意的，协议按本项解除，但这不是违约：不判为不符合，而判为需人工复核，列出解除的后果和第四十七条第4款的复核、清算；不列第十七条（零售药店第二十一条）的回看期，回看期只对因违法违规或严重违约被解除的适用⟦X-8⟧。公立医疗机构不得主动提出解除（第四十八条）。",
    ),
    item!(Jilin, "jl.a47.i15.pharmacy-agreed-termination-notified", "第四十七条", Some("（十五）"), "协议约定应当解除的情形",
        applicant: RetailPharmacy,
        quote: "（十五）根据医保协议约定应当解除协议的",
        absent: q::JL_AGREED_TERMINATION_NOTIFIED,
        audit: PHARMACY_TERMINATION,
        advice: "对照医保协议的解除条款核实情况，向医保经办机构说明并听取处理意见。",
        reading: "协议约定的情形以实际签订的医保协议为准，是否属之由医保经办机构认定，故问是否已被告知；未被告知的按“否”。",
    ),
    item!(Jilin, "jl.a47.i16.pharmacy-legal-termination-notified", "第四十七条", Some("（十六）"), "法律法规规定应当解除的其他情形",
        applicant: RetailPharmacy,
        quote: "法律法规和规章规定应当解除协议的其他情形",
        absent: q::JL_LEGAL_TERMINATION_NOTIFIED,
        audit: PHARMACY_TERMINATION,
        advice: "向医保经办机构了解认定的依据，听取处理意见。",
        reading: "兜底情形，没有具体内容，由医保经办机构依法认定，故问是否已被告知；未被告知的按“否”。",
    ),
    AFTERCARE,
    AFTERCARE.for_pharmacies("jl.a50.p1.pharmacy-aftercare"),
    SUSPENSION_NOTICE,
    SUSPENSION_NOTICE.for_pharmacies("jl.a50.p2.pharmacy-suspension-notice"),
    SUSPENDED_STAFF,
    Rule {
        audit: Some(&PHARMACY_STAFF),
        params: &[],
        reading: Some("本条是经办机构对责任人员的处理，本工具转为自查项：医保支付资格被暂停或终止的人员不得再发生医保结算。"),
        ..SUSPENDED_STAFF.for_pharmacies("jl.a52.pharmacy-suspended-staff")
    },
];

#[cfg(test)]
pub(crate) mod tests;
