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
//! deadlines.rs. 第四十八条第1款's bar on public institutions asking to
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

use super::pharmacy::{contract, Contract};
use super::risks;
use crate::catalog::audit::{self, Audit, OnlyOn};
use crate::catalog::builder::item;
use crate::catalog::checks;
use crate::catalog::rule::{Ctx, Missing, Rule, Verdict};
use crate::facts::compliance::jilin as q;
use crate::facts::questions::{self as base, Question};
use crate::report::Outcome;
use crate::report::{DateKind, KeyDate};
use crate::sources::DocumentId;

type Checked = Result<Verdict, Missing>;

/// A breach of the agreement with no consequence of its own: 第四十四条.
const OBLIGATION: Audit = Audit {
    scope: &[],
    risks: &[&risks::HANDLING],
    only_on: &[],
};

/// Data not uploaded or provided as the rules require: 第四十四条, and
/// 第四十六条（二） where the rules make it due.
const DATA_OBLIGATION: Audit = Audit {
    scope: &[],
    risks: &[&risks::HANDLING, &risks::SUSPENSION],
    // 第四十六条（二）「未按规定……提供有关数据」: the uploads, not the
    // insurance code's use.
    only_on: &[OnlyOn {
        consequence: &risks::SUSPENSION,
        questions: &[
            &base::IT_UPLOADS_SETTLEMENT_INFORMATION.info,
            &base::IT_UPLOADS_SETTLEMENT_LISTS.info,
            &base::IT_UPLOADS_TRACEABILITY_CODES.info,
            &base::IT_UPLOADS_INVENTORY.info,
        ],
    }],
};

const DATA: Audit = Audit {
    scope: &[],
    risks: &[&risks::SUSPENSION],
    only_on: &[],
};

/// The agency's findings of 第四十六条（一）（三）（四）: 应当中止.
const SUSPENSION_GROUND: Audit = DATA;

const PRE_CHANGE: Audit = Audit {
    scope: &[],
    risks: &[&risks::REFUSAL_OR_RECOVERY, &risks::HANDLING],
    only_on: &[],
};

const STAFF: Audit = Audit {
    scope: &[],
    risks: &[&risks::PERSONNEL_SCORING, &risks::STAFF_SETTLEMENT],
    only_on: &[],
};

const PHARMACY_STAFF: Audit = Audit {
    scope: &[],
    risks: &[&risks::PERSONNEL_SCORING],
    only_on: &[],
};

const TERMINATION: Audit = Audit {
    scope: &[],
    risks: &[&risks::TERMINATION, &risks::REAPPLICATION_BAR],
    only_on: &[],
};

/// 第四十七条第2款（三）: fraud, terminated once found by the authorities.
const FRAUD: Audit = Audit {
    scope: &[],
    risks: &[
        &risks::HANDLING,
        &risks::TERMINATION_FRAUD,
        &risks::REAPPLICATION_BAR,
    ],
    only_on: &[],
};

/// 第四十七条第2款（五）: obstruction, terminated where 情节恶劣.
const OBSTRUCTION: Audit = Audit {
    scope: &[],
    risks: &[
        &risks::HANDLING,
        &risks::TERMINATION_OBSTRUCTION,
        &risks::REAPPLICATION_BAR,
    ],
    only_on: &[],
};

/// 第四十七条第3款（八）: the same for retail pharmacies.
const PHARMACY_OBSTRUCTION: Audit = Audit {
    scope: &[],
    risks: &[
        &risks::HANDLING,
        &risks::PHARMACY_TERMINATION_OBSTRUCTION,
        &risks::PHARMACY_REAPPLICATION_BAR,
    ],
    only_on: &[],
};

const PHARMACY_TERMINATION: Audit = Audit {
    scope: &[],
    risks: &[
        &risks::PHARMACY_TERMINATION,
        &risks::PHARMACY_REAPPLICATION_BAR,
    ],
    only_on: &[],
};

/// 第四十七条第2款（十二）: a termination asked for and agreed to.
const AGREED_TERMINATION: Audit = Audit {
    scope: &[],
    risks: &[&risks::TERMINATION, &risks::VOLUNTARY_TERMINATION],
    only_on: &[],
};

/// 第四十七条第3款（十四）: the same for retail pharmacies.
const PHARMACY_AGREED_TERMINATION: Audit = Audit {
    scope: &[],
    risks: &[&risks::PHARMACY_TERMINATION, &risks::VOLUNTARY_TERMINATION],
    only_on: &[],
};

/// 第三十八条第2款: licences cancelled and applied for anew.
const LICENCES: Audit = Audit {
    scope: &[],
    risks: &[&risks::LICENCES_REAPPLIED],
    only_on: &[],
};

const FRAUDULENT_APPLICATION: Audit = Audit {
    scope: &[],
    risks: &[
        &risks::TERMINATION,
        &risks::REAPPLICATION_BAR,
        &risks::FALSIFIED_MATERIALS_BAR,
    ],
    only_on: &[],
};

const PHARMACY_FRAUDULENT_APPLICATION: Audit = Audit {
    scope: &[],
    risks: &[
        &risks::PHARMACY_TERMINATION,
        &risks::PHARMACY_REAPPLICATION_BAR,
        &risks::FALSIFIED_MATERIALS_BAR,
    ],
    only_on: &[],
};

/// Why an application condition no longer met is for review.
const CARRIED_OVER: &str = "本项是申请定点的条件，规程未明文规定为定点后的持续义务，故判为需人工复核而非不符合；以医保协议约定为准，建议尽快恢复。";

/// An application condition checked again once designated: every item
/// read first; any no longer met is for review (see [`CARRIED_OVER`]).
fn still_met(ctx: &Ctx, items: &[(&'static Question<bool>, &str)], note: &str) -> Checked {
    let answers: Vec<Result<bool, Missing>> = items.iter().map(|(q, _)| ctx.get(q)).collect();
    let lacking: Vec<&(&'static Question<bool>, &str)> = answers
        .iter()
        .zip(items)
        .filter(|(answer, _)| matches!(answer, Ok(false)))
        .map(|(_, item)| item)
        .collect();
    // Three-valued: one no longer met decides, whatever the others.
    if lacking.is_empty() && answers.iter().any(Result::is_err) {
        return Err(Missing);
    }
    Ok(if lacking.is_empty() {
        let names: Vec<&str> = items.iter().map(|(_, n)| *n).collect();
        Verdict::pass(format!("{}均仍具备。", names.join("、")))
    } else {
        let names: Vec<&str> = lacking.iter().map(|(_, n)| *n).collect();
        let mut verdict = Verdict::review(format!(
            "已不具备：{}。{note}{CARRIED_OVER}",
            names.join("、")
        ));
        verdict.failing = lacking.iter().map(|(q, _)| q.info.id).collect();
        verdict
    })
}

fn hospital_uploads(ctx: &Ctx) -> Checked {
    still_met(
        ctx,
        &[
            (&base::IT_UPLOADS_SETTLEMENT_INFORMATION, "上传全量就诊人员结算信息"),
            (&base::IT_UPLOADS_SETTLEMENT_LISTS, "上传医保结算清单"),
            (&base::IT_UPLOADS_TRACEABILITY_CODES, "上传药品耗材追溯码"),
            (&base::IT_UPLOADS_INVENTORY, "上传进销存信息"),
            (
                &base::IT_INSURANCE_CODE_FULL_PROCESS,
                "推动医保码在就医服务全流程使用（「按要求推动」，以当地要求为准）",
            ),
        ],
        "未按规定向医保经办机构提供有关数据的，属第四十六条（二）应当中止的情形；上传范围按当地规定确认。",
    )
}

fn pharmacy_uploads(ctx: &Ctx) -> Checked {
    still_met(
        ctx,
        &[
            (&base::IT_UPLOADS_TRACEABILITY_CODES, "上传药品耗材追溯码"),
            (&base::IT_UPLOADS_INVENTORY, "上传进销存信息"),
        ],
        "未按规定向医保经办机构提供有关数据的，属第四十六条（二）应当中止的情形；上传范围按当地规定确认。",
    )
}

/// The verdict on contracts (and other shortfalls): review if any is not
/// met, else a pass; each end date as a milestone to renew before.
fn contracts_verdict(contracts: Vec<Contract>, mut shortfalls: Vec<String>) -> Verdict {
    // Judged as at the application (`pharmacy::contract`); whatever is not
    // met is carried over as review here.
    let mut parts = Vec::new();
    for c in &contracts {
        parts.push(c.detail.clone());
        if c.outcome != Outcome::Pass {
            shortfalls.push(c.detail.clone());
        }
    }
    let detail = parts.join("；");
    let mut verdict = if shortfalls.is_empty() {
        Verdict::pass(format!("{detail}。"))
    } else {
        Verdict::review(format!("{detail}。{CARRIED_OVER}"))
    };
    for c in &contracts {
        if let Some(end) = c.ends {
            verdict = verdict.with_key_date(KeyDate::new(
                DateKind::Milestone,
                format!("{}劳动合同终止日（到期前续签）", c.who),
                end,
            ));
        }
    }
    verdict
}

/// 第十九条（二）: the pharmacist still qualified, registered here and
/// within a contract of a year or more.
fn pharmacist(ctx: &Ctx) -> Checked {
    let qualified = ctx.get(&base::PHARMACIST_QUALIFIED);
    let term = contract(
        ctx,
        "药师",
        &base::PHARMACIST_CONTRACT_START,
        &base::PHARMACIST_CONTRACT_END,
    );
    // Three-valued: one shortfall known makes it a review whatever is
    // unanswered (nothing here can make it worse).
    let term_short = matches!(&term, Ok(c) if c.outcome != Outcome::Pass);
    if qualified == Ok(false) || term_short {
        let mut detail = String::new();
        if qualified == Ok(false) {
            detail.push_str(
                "已没有取得执业药师资格证书或药学专业技术资格证书、注册机构在本店的药师。",
            );
        }
        if let Ok(c) = &term {
            let v = contracts_verdict(vec![c.clone()], Vec::new());
            detail.push_str(&v.detail);
        }
        let mut verdict = Verdict::review(format!("{detail}{CARRIED_OVER}"));
        if let Ok(c) = term {
            verdict.dates = contracts_verdict(vec![c], Vec::new()).dates;
        }
        return Ok(verdict);
    }
    let (qualified, term) = (qualified?, term?);
    let mut shortfalls = Vec::new();
    let mut verdict_lead = String::new();
    if !qualified {
        shortfalls.push("没有符合资格、注册在本店的药师".to_string());
        verdict_lead
            .push_str("已没有取得执业药师资格证书或药学专业技术资格证书、注册机构在本店的药师。");
    }
    let mut verdict = contracts_verdict(vec![term], shortfalls);
    verdict.detail = format!("{verdict_lead}{}", verdict.detail);
    Ok(verdict)
}

/// 第十九条（三）: at least two administrators, each within a contract of a
/// year or more.
fn administrators(ctx: &Ctx) -> Checked {
    let n = ctx.get(&base::PHARMACY_INSURANCE_ADMINISTRATORS);
    let first = contract(
        ctx,
        "第1名医保管理人员",
        &base::ADMINISTRATOR_1_CONTRACT_START,
        &base::ADMINISTRATOR_1_CONTRACT_END,
    );
    let second = contract(
        ctx,
        "第2名医保管理人员",
        &base::ADMINISTRATOR_2_CONTRACT_START,
        &base::ADMINISTRATOR_2_CONTRACT_END,
    );
    // Three-valued: one shortfall known makes it a review whatever is
    // unanswered.
    let short = |c: &Result<Contract, Missing>| matches!(c, Ok(c) if c.outcome != Outcome::Pass);
    if matches!(n, Ok(n) if n < 2) || short(&first) || short(&second) {
        let mut parts = Vec::new();
        if let Ok(n) = n {
            parts.push(if n < 2 {
                format!("医保管理人员{n}名，少于2名")
            } else {
                format!("医保管理人员{n}名")
            });
        }
        let known: Vec<Contract> = [first, second].into_iter().filter_map(Result::ok).collect();
        let contracts = contracts_verdict(known, vec![String::new()]);
        parts.push(contracts.detail.trim_end_matches(CARRIED_OVER).to_string());
        let mut verdict = Verdict::review(format!("{}{CARRIED_OVER}", parts.join("；")));
        verdict.dates = contracts.dates;
        return Ok(verdict);
    }
    let (n, first, second) = (n?, first?, second?);
    let mut shortfalls = Vec::new();
    let mut lead = format!("医保管理人员{n}名");
    if n < 2 {
        shortfalls.push(format!("医保管理人员{n}名，少于2名"));
        lead.push_str("，少于2名");
    }
    let mut verdict = contracts_verdict(vec![first, second], shortfalls);
    verdict.detail = format!("{lead}；{}", verdict.detail);
    Ok(verdict)
}

/// 第四十二条: materials kept and provided, and no refusal of the reviews
/// (the act 第四十七条（五）/（八） lists, asked once).
fn cooperation(ctx: &Ctx) -> Checked {
    checks::all_of(vec![
        audit::kept(ctx, &q::JL_MATERIALS_KEPT),
        audit::absent(ctx, &q::JL_OBSTRUCTED),
    ])
}

/// 第三十八条第1款: only after a change of ownership, representative or name
/// with the licences kept.
fn pre_change_data(ctx: &Ctx) -> Checked {
    if !ctx.get(&q::JL_OWNERSHIP_CHANGED)? {
        return Ok(Verdict::not_applicable(
            "自查期间未发生证照未重新申请的股权变动、法定代表人或名称变更，本项不适用。",
        ));
    }
    audit::kept(ctx, &q::JL_PRE_CHANGE_DATA)
}

/// 第三十八条第2款: licences cancelled and applied for anew end the
/// agreement, unless a policy change caused it and is evidenced. Not a
/// breach: for review (the agreement has ended), never a failure.
fn licences_reapplied(ctx: &Ctx) -> Checked {
    if !ctx.get(&q::JL_LICENCES_REAPPLIED)? {
        return Ok(Verdict::not_applicable(
            "自查期间未因股权变动、法定代表人变更等注销证照后重新申请，本项不适用。",
        ));
    }
    Ok(if ctx.get(&q::JL_POLICY_CHANGE_EVIDENCED)? {
        Verdict::pass("证照注销后重新申请系因政策变动原因所致，已由相关部门出具佐证材料：可办理信息变更业务，医保协议继续有效。")
    } else {
        Verdict::review("因股权变动、法定代表人变更等注销证照后重新申请，且不属有佐证材料的政策变动：与医保经办机构签订的医保协议终止，经营主体须重新申请医保定点。这不是违约，不判为不符合；请确认协议状态，在重新定点前不以原协议结算。")
            .failing_on(q::JL_POLICY_CHANGE_EVIDENCED.info.id)
    })
}

/// 第五十条: only while the agreement is suspended, or once it has ended.
fn when_suspended_or_ended(ctx: &Ctx, question: &'static Question<bool>) -> Checked {
    if !ctx.get(&q::JL_SUSPENDED_OR_ENDED)? {
        return Ok(Verdict::not_applicable(
            "自查期间医保协议未中止，也未终止、解除，本项不适用。",
        ));
    }
    audit::kept(ctx, question)
}

const LAWS: Rule = item!(Jilin, "jl.a4.p2.laws-followed", "第四条", Some("第2款"), "遵守医保法规按规定提供服务",
    quote: "定点医药机构应当遵守医疗保障法律、法规、规章及有关政策，按照规定向参保人员提供医药服务",
    asks: [q::JL_LAWS_FOLLOWED],
    check: |ctx| audit::kept(ctx, &q::JL_LAWS_FOLLOWED),
    audit: OBLIGATION,
    advice: "对照医保法规政策定期自查自纠，纠正不规范的医药服务行为。",
);

const SIGN: Rule = item!(Jilin, "jl.a34.sign-displayed", "第三十四条", None, "悬挂统一样式定点标识",
    quote: "医保协议生效后，定点医药机构应在显著位置悬挂医保部门提供统一样式的定点医药机构标识",
    asks: [q::JL_SIGN_DISPLAYED],
    check: |ctx| audit::kept(ctx, &q::JL_SIGN_DISPLAYED),
    audit: OBLIGATION,
    advice: "在营业场所显著位置悬挂医保部门提供的统一样式标识。",
);

const CODING_FILED: Rule = item!(Jilin, "jl.a35.p1.coding-filed", "第三十五条", Some("第1款"), "填报编码库并反馈维护情况",
    quote: "按照要求填报本机构基础信息以及实施医保支付资格管理的相关人员信息，取得定点医药机构和相关资质人员的医保代码",
    asks: [q::JL_CODING_FILED],
    check: |ctx| audit::kept(ctx, &q::JL_CODING_FILED),
    audit: OBLIGATION,
    advice: "在编码库填报机构及人员信息，审核通过后及时向经办机构反馈。",
);

const CODING_MAINTAINED: Rule = item!(Jilin, "jl.a35.p2.coding-maintained", "第三十五条", Some("第2款"), "动态维护编码库信息",
    quote: "定点医药机构本机构和人员信息发生变化时，应要求其及时动态维护更新，并将退出本机构的人员信息进行归档处理",
    asks: [q::JL_CODING_MAINTAINED],
    check: |ctx| audit::kept(ctx, &q::JL_CODING_MAINTAINED),
    audit: OBLIGATION,
    advice: "人员入职、离职或信息变化时及时更新编码库，离职人员归档。",
    reading: "「应要求其」的主语原文不明（经办机构要求机构，或机构要求人员）：本工具读作机构须及时维护更新并归档退出人员，义务落在机构。",
);

const CHANGES: Rule = item!(Jilin, "jl.a37.p1.changes-reported", "第三十七条", Some("第1款"), "信息变更按时申请或告知",
    quote: "应自有关部门批准之日起30个工作日内向医保经办机构提出变更申请。其他一般信息变更应及时书面告知",
    asks: [q::JL_MAJOR_CHANGES_APPLIED, q::JL_GENERAL_CHANGES_NOTIFIED],
    check: |ctx| {
        audit::all_kept(
            ctx,
            &[&q::JL_MAJOR_CHANGES_APPLIED, &q::JL_GENERAL_CHANGES_NOTIFIED],
        )
    },
    audit: OBLIGATION,
    advice: "重大信息批准后30个工作日内申请变更，一般信息及时书面告知。",
);

const ADDRESS_CHANGE: Rule = item!(Jilin, "jl.a37.address-change-notified", "第三十七条", None, "变更注册地址提前告知",
    quote: "定点医药机构变更注册地址的（实际营业地址不变的除外），应提前5个工作日告知医保经办机构",
    asks: [q::JL_ADDRESS_CHANGE_NOTIFIED],
    check: |ctx| audit::kept(ctx, &q::JL_ADDRESS_CHANGE_NOTIFIED),
    audit: OBLIGATION,
    advice: "迁址前5个工作日告知经办机构，变更后按时申请现场评估。",
    reading: "本条末款。「提前5个工作日」的基准日原文未写，按实际迁址日倒推⟦X-51⟧，日期见“时限与等待期”；评估不符合定点条件的，医保协议终止。",
);

const PRE_CHANGE_DATA: Rule = item!(Jilin, "jl.a38.p1.pre-change-data", "第三十八条", Some("第1款"), "变更后承继履约并保留数据",
    quote: "医保协议继续有效，由变更后的经营主体继续履约并承继违约责任",
    asks: [q::JL_OWNERSHIP_CHANGED, q::JL_PRE_CHANGE_DATA],
    check: pre_change_data,
    audit: PRE_CHANGE,
    advice: "交接时完整移交变更前的医保结算数据和资料并妥善保存。",
);

const COOPERATION: Rule = item!(Jilin, "jl.a42.cooperation", "第四十二条", None, "配合审核核查并保管提供材料",
    quote: "定点医药机构应当配合医保经办机构开展医保费用审核、协议履行核查、医保绩效考核等工作，并按规定保管、提供相关材料",
    asks: [q::JL_MATERIALS_KEPT, q::JL_OBSTRUCTED],
    check: cooperation,
    audit: OBLIGATION,
    advice: "指定专人对接审核核查，按规定保管并及时提供相关材料。",
    reading: "是否配合与第四十七条“拒绝、阻挠或不配合”为同一事实，只问一次：存在拒绝、阻挠或不配合的，本项也不符合。",
);

const DATA_PROVIDED: Rule = item!(Jilin, "jl.a46.i2.data-provided", "第四十六条", Some("（二）"), "按规定提供真实数据",
    quote: "未按规定向医保行政部门及医保经办机构提供有关数据或提供数据不真实的",
    asks: [q::JL_DATA_UNTRUE],
    check: |ctx| audit::absent(ctx, &q::JL_DATA_UNTRUE),
    audit: DATA,
    advice: "核对上传数据的真实性，按规定及时向医保部门提供数据。",
);

/// 第四十七条（一）: how many suspensions in one agreement period terminate it.
static P_REPEATED_SUSPENSIONS: crate::catalog::params::Param = crate::catalog::params::Param {
    id: "jl.a47.i1.repeated-suspension",
    unit: crate::catalog::params::Unit::Count("次"),
    bound: crate::catalog::params::Bound::Below,
    rows: &[crate::catalog::params::Row {
        from: None,
        value: 2,
        document: DocumentId::Jilin,
        article: "第四十七条",
        item: Some("（一）"),
        quote: "协议有效期内累计2次及以上被中止协议或中止协议期间未按要求整改或整改不到位的",
        external: None,
    }],
};

const LICENCES_REAPPLIED: Rule = item!(Jilin, "jl.a38.p2.licences-reapplied", "第三十八条", Some("第2款"), "证照注销后重新申请的协议终止",
    quote: "定点医药机构因股权变动、法定代表人变更等注销营业执照（事业单位法人证书、民办非企业单位登记证书等）、医疗机构执业许可证（药品经营许可证、医疗器械经营许可证等）后重新申请的，与医保经办机构签订的医保协议终止，经营主体须重新申请医保定点",
    asks: [q::JL_LICENCES_REAPPLIED, q::JL_POLICY_CHANGE_EVIDENCED],
    check: licences_reapplied,
    audit: LICENCES,
    advice: "证照注销后重新申请的，向医保经办机构确认协议状态并重新申请定点；属政策变动的，取得相关部门的佐证材料后办理信息变更。",
    reading: "协议依本款终止，不是违约：不判为不符合，而判为需人工复核；因政策变动原因所致、经相关部门出具佐证材料的，可办理信息变更，协议继续有效。证照未注销、只变更登记的，见第1款。",
);

const MAJOR_RISK: Rule = item!(Jilin, "jl.a46.i1.major-risk-notified", "第四十六条", Some("（一）"), "检查考核发现重大风险",
    quote: "根据日常检查或绩效考核，发现对医疗保障基金安全和参保人员权益可能造成重大风险的",
    asks: [q::JL_MAJOR_RISK_NOTIFIED],
    check: |ctx| audit::absent(ctx, &q::JL_MAJOR_RISK_NOTIFIED),
    audit: SUSPENSION_GROUND,
    advice: "按医保经办机构的意见整改，并提交书面整改报告。",
    reading: "本项是医保经办机构的认定，机构不能自行判断，故问是否已被告知此类认定；未被告知的按“否”。",
);

const AGREED_SUSPENSION: Rule = item!(Jilin, "jl.a46.i3.agreed-suspension-notified", "第四十六条", Some("（三）"), "协议约定应当中止的情形",
    quote: "根据医保协议约定应当中止协议的",
    asks: [q::JL_AGREED_SUSPENSION_NOTIFIED],
    check: |ctx| audit::absent(ctx, &q::JL_AGREED_SUSPENSION_NOTIFIED),
    audit: SUSPENSION_GROUND,
    advice: "对照医保协议的中止条款核实情况，按医保经办机构的意见整改。",
    reading: "协议约定的情形以实际签订的医保协议为准，是否属之由医保经办机构认定，故问是否已被告知；未被告知的按“否”。",
);

const LEGAL_SUSPENSION: Rule = item!(Jilin, "jl.a46.i4.legal-suspension-notified", "第四十六条", Some("（四）"), "法律法规规定应当中止的其他情形",
    quote: "法律、法规、规章规定的应当中止的其他情形",
    asks: [q::JL_LEGAL_SUSPENSION_NOTIFIED],
    check: |ctx| audit::absent(ctx, &q::JL_LEGAL_SUSPENSION_NOTIFIED),
    audit: SUSPENSION_GROUND,
    advice: "向医保经办机构了解认定的依据，按要求整改。",
    reading: "兜底情形，没有具体内容，由医保经办机构依法认定，故问是否已被告知；未被告知的按“否”。",
);

const REPEATED_SUSPENSION: Rule = item!(Jilin, "jl.a47.i1.repeated-suspension", "第四十七条", Some("（一）"), "协议期内未累计被中止{}",
    quote: "协议有效期内累计2次及以上被中止协议或中止协议期间未按要求整改或整改不到位的",
    asks: [q::JL_SUSPENSIONS, q::JL_SUSPENSION_NOT_RECTIFIED],
    check: |ctx| audit::repeated_suspension(ctx, &q::JL_SUSPENSIONS, &q::JL_SUSPENSION_NOT_RECTIFIED, &P_REPEATED_SUSPENSIONS),
    audit: TERMINATION,
    params: [P_REPEATED_SUSPENSIONS],
    advice: "被中止的按要求整改到位，避免协议期内再次被中止。",
    reading: "按协议期分别计数，每份协议重新计数⟦X-18⟧；「被中止」读作经办机构因违法违规违约作出的中止，不含本机构主动申请的中止。",
);

const FRAUDULENT: Rule = item!(Jilin, "jl.a47.i2.fraudulent-application", "第四十七条", Some("（二）"), "未以弄虚作假手段取得定点",
    quote: "以弄虚作假等不正当手段申请取得定点的",
    asks: [q::JL_FRAUDULENT_APPLICATION],
    check: |ctx| audit::absent(ctx, &q::JL_FRAUDULENT_APPLICATION),
    audit: FRAUDULENT_APPLICATION,
    advice: "如实报送申请、评估材料；发现不实的主动向经办机构说明。",
);

const SETTLED_FOR_OTHERS: Rule = item!(Jilin, "jl.a47.i4.settled-for-others", "第四十七条", Some("（四）"), "不为其他机构进行医保结算",
    quote: "为非定点医疗机构或处于中止医保协议期间的医疗机构提供医保费用结算的",
    asks: [q::JL_SETTLED_FOR_OTHERS],
    check: |ctx| audit::absent(ctx, &q::JL_SETTLED_FOR_OTHERS),
    audit: TERMINATION,
    advice: "医保结算只用于本机构的医药服务，排查代刷、代结算。",
);

const OBSTRUCTED: Rule = item!(Jilin, "jl.a47.i5.obstructed", "第四十七条", Some("（五）"), "不拒绝、阻挠检查考核",
    quote: "拒绝、阻挠或不配合医疗保障部门开展智能审核、绩效考核、服务评价、监督检查且情节恶劣的",
    asks: [q::JL_OBSTRUCTED],
    check: |ctx| audit::absent(ctx, &q::JL_OBSTRUCTED),
    audit: OBSTRUCTION,
    advice: "配合各类审核、考核和检查，按要求提供材料、开放现场。",
    reading: "「情节恶劣」由经办机构认定：存在拒绝、阻挠或不配合的即判不符合，是否达到应当解除的程度以认定为准。",
);

const UNREGISTERED_CHANGE: Rule = item!(Jilin, "jl.a47.i6.unregistered-change", "第四十七条", Some("（六）"), "重大信息变更已办理",
    quote: "被发现重大信息发生变更但未办理变更的",
    asks: [q::JL_UNREGISTERED_CHANGE],
    check: |ctx| audit::absent(ctx, &q::JL_UNREGISTERED_CHANGE),
    audit: TERMINATION,
    advice: "立即向经办机构补办重大信息变更并提交变更材料。",
);

const LEADER: Rule = item!(Jilin, "jl.a47.i10.leader-default", "第四十七条", Some("（十）"), "负责人能履约且无违法失信",
    quote: "法定代表人、主要负责人或实际控制人不能履行协议约定，或有违法失信行为的",
    asks: [q::JL_LEADER_DEFAULT],
    check: |ctx| audit::absent(ctx, &q::JL_LEADER_DEFAULT),
    audit: TERMINATION,
    advice: "负责人不能履约的及时办理变更；失信的尽快纠正并说明。",
);

const PENALTY: Rule = item!(Jilin, "jl.a47.i11.unfulfilled-penalty", "第四十七条", Some("（十一）"), "已履行医保行政处罚决定",
    quote: "未依法履行医疗保障行政部门作出的行政处罚决定的",
    asks: [q::JL_UNFULFILLED_PENALTY],
    check: |ctx| audit::absent(ctx, &q::JL_UNFULFILLED_PENALTY),
    audit: TERMINATION,
    advice: "按处罚决定缴清罚款、执行完毕，并留存凭证。",
);

const AFTERCARE: Rule = item!(Jilin, "jl.a50.p1.aftercare", "第五十条", Some("第1款"), "中止解除时共同做好善后",
    quote: "与定点医药机构对在院、出院未结算、退费重结等参保人员共同做好善后工作",
    asks: [q::JL_SUSPENDED_OR_ENDED, q::JL_AFTERCARE],
    check: |ctx| when_suspended_or_ended(ctx, &q::JL_AFTERCARE),
    audit: OBLIGATION,
    advice: "逐一处理在院、出院未结算和退费重结参保人员的费用。",
    reading: "本款主语是医保经办机构，但写明「与定点医药机构……共同做好善后工作」：机构负有配合义务，故作自查项。",
);

const SUSPENSION_NOTICE: Rule = item!(Jilin, "jl.a50.p2.suspension-notice", "第五十条", Some("第2款"), "中止解除后公告并摘除标识",
    quote: "应在其营业场所显著位置进行公告，并向参保人员解释说明，不得再悬挂定点医药机构标识",
    asks: [q::JL_SUSPENDED_OR_ENDED, q::JL_SUSPENSION_NOTICE],
    check: |ctx| when_suspended_or_ended(ctx, &q::JL_SUSPENSION_NOTICE),
    audit: OBLIGATION,
    advice: "在营业场所张贴公告，向参保人员解释，摘下定点标识。",
);

const SUSPENDED_STAFF: Rule = item!(Jilin, "jl.a52.suspended-staff", "第五十二条", None, "被暂停资格人员不再结算",
    quote: "暂停或终止相关责任人员医保支付资格和费用结算",
    asks: [q::JL_SUSPENDED_STAFF_SETTLING],
    check: |ctx| audit::absent(ctx, &q::JL_SUSPENDED_STAFF_SETTLING),
    audit: STAFF,
    advice: "定期查询人员记分，被暂停资格的人员停止医保处方和结算。",
    reading: "本条是经办机构对责任人员的处理，本工具转为自查项：被暂停或终止资格的人员（医疗机构另含第五十一条被中止结算的人员、科室）不得再发生医保结算。",
);

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
        advice: "药师合同到期前续签1年以上劳动合同，或及时补配药师。",
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
        advice: "合同到期前续签1年以上劳动合同，保持至少2名医保管理人员。",
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
        asks: [q::JL_FRAUD],
        check: |ctx| audit::absent(ctx, &q::JL_FRAUD),
        audit: FRAUD,
        advice: "立即停止并纠正，主动退回违规费用，配合调查。",
        reading: "本项以有关部门「查实」为要件：自查按是否存在该行为作答，存在的判不符合；应当解除只在查实之后。",
    ),
    SETTLED_FOR_OTHERS,
    OBSTRUCTED,
    UNREGISTERED_CHANGE,
    item!(Jilin, "jl.a47.i7.unreported-closure", "第四十七条", Some("（七）"), "停业歇业已报告经办机构",
        quote: "停业或歇业后未按规定向医保经办机构报告的",
        asks: [q::JL_UNREPORTED_CLOSURE],
        check: |ctx| audit::absent(ctx, &q::JL_UNREPORTED_CLOSURE),
        audit: TERMINATION,
        advice: "停业或歇业后及时书面报告医保经办机构。",
    ),
    item!(Jilin, "jl.a47.i9.licence-revoked", "第四十七条", Some("（九）"), "执业证照未被吊销注销",
        quote: "被吊销、注销医疗机构执业许可证或中医诊所备案证或诊所备案凭证的",
        asks: [q::JL_PRACTICE_LICENCE_REVOKED],
        check: |ctx| audit::absent(ctx, &q::JL_PRACTICE_LICENCE_REVOKED),
        audit: TERMINATION,
        advice: "证照被吊销、注销的，停止医保结算并告知经办机构。",
    ),
    LEADER,
    PENALTY,
    item!(Jilin, "jl.a47.i8.major-violation-notified", "第四十七条", Some("（八）"), "执法发现重大违法违规",
        quote: "医疗保障部门或有关部门在行政执法中，发现定点医疗机构存在重大违法违规行为且可能造成医疗保障基金重大损失的",
        asks: [q::JL_MAJOR_VIOLATION_NOTIFIED],
        check: |ctx| audit::absent(ctx, &q::JL_MAJOR_VIOLATION_NOTIFIED),
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
        asks: [q::JL_AGREED_TERMINATION_NOTIFIED],
        check: |ctx| audit::absent(ctx, &q::JL_AGREED_TERMINATION_NOTIFIED),
        audit: TERMINATION,
        advice: "对照医保协议的解除条款核实情况，向医保经办机构说明并听取处理意见。",
        reading: "协议约定的情形以实际签订的医保协议为准，是否属之由医保经办机构认定，故问是否已被告知；未被告知的按“否”。",
    ),
    item!(Jilin, "jl.a47.i14.legal-termination-notified", "第四十七条", Some("（十四）"), "法律法规规定应当解除的其他情形",
        quote: "法律法规和规章规定的应当解除协议的其他情形",
        asks: [q::JL_LEGAL_TERMINATION_NOTIFIED],
        check: |ctx| audit::absent(ctx, &q::JL_LEGAL_TERMINATION_NOTIFIED),
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
        asks: [q::JL_DRUG_QUALITY_INCIDENT],
        check: |ctx| audit::absent(ctx, &q::JL_DRUG_QUALITY_INCIDENT),
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
        asks: [q::JL_FORGED_RECORDS],
        check: |ctx| audit::absent(ctx, &q::JL_FORGED_RECORDS),
        audit: PHARMACY_TERMINATION,
        advice: "核对进销存账目与票据、处方一致，如实记录。",
    ),
    item!(Jilin, "jl.a47.i5.pharmacy-drug-swapping", "第四十七条", Some("（五）"), "无串换倒卖医保药品",
        applicant: RetailPharmacy,
        quote: "将非医保药品或其他商品串换成医保药品，倒卖医保药品或套取医疗保障基金的",
        asks: [q::JL_DRUG_SWAPPING],
        check: |ctx| audit::absent(ctx, &q::JL_DRUG_SWAPPING),
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
        asks: [q::JL_DEVICE_LENT],
        check: |ctx| audit::absent(ctx, &q::JL_DEVICE_LENT),
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
        asks: [q::JL_PHARMACY_LICENCE_REVOKED],
        check: |ctx| audit::absent(ctx, &q::JL_PHARMACY_LICENCE_REVOKED),
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
        asks: [q::JL_MAJOR_VIOLATION_NOTIFIED],
        check: |ctx| audit::absent(ctx, &q::JL_MAJOR_VIOLATION_NOTIFIED),
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
        asks: [q::JL_AGREED_TERMINATION_NOTIFIED],
        check: |ctx| audit::absent(ctx, &q::JL_AGREED_TERMINATION_NOTIFIED),
        audit: PHARMACY_TERMINATION,
        advice: "对照医保协议的解除条款核实情况，向医保经办机构说明并听取处理意见。",
        reading: "协议约定的情形以实际签订的医保协议为准，是否属之由医保经办机构认定，故问是否已被告知；未被告知的按“否”。",
    ),
    item!(Jilin, "jl.a47.i16.pharmacy-legal-termination-notified", "第四十七条", Some("（十六）"), "法律法规规定应当解除的其他情形",
        applicant: RetailPharmacy,
        quote: "法律法规和规章规定应当解除协议的其他情形",
        asks: [q::JL_LEGAL_TERMINATION_NOTIFIED],
        check: |ctx| audit::absent(ctx, &q::JL_LEGAL_TERMINATION_NOTIFIED),
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
