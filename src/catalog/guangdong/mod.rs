//! 广东省医疗机构医疗保障定点管理暂行办法 (GD), in force from 2021-06-01
//! until 2027-06-01 (粤医保规〔2024〕4号). Applies in all of Guangdong:
//! Jieyang (揭医保〔2024〕21号「请遵照执行」) and Zhongshan, whose own
//! measures are still a draft (rules map §1.3, §11 X-32), decide under it.
//!
//! The seed mixes half-width「( ) , ;」into the text and spaces numbers
//! (「3 个月」); the quotes keep the seed's punctuation and drop the spaces.
//!
//! Not encoded as rules: 第五条第2款 (互联网医院 apply for a supplementary
//! agreement through their physical institution, not for designation; rules
//! map §2.1, §4).

pub mod compliance;
pub mod deadlines;
pub mod internet;
mod periods;
pub mod risks;

pub mod materials;

use crate::catalog::builder::rule;
use crate::catalog::checks::{self, Reassessment};
use crate::catalog::rule::{Ctx, Excerpt, Missing, Rule, Verdict};
use crate::catalog::template;
use crate::facts::questions as q;
use crate::facts::{Licence, MainScope, PreviousInstitution};
use crate::report::Outcome;

type Checked = Result<Verdict, Missing>;

const A5_LEAD: Excerpt = Excerpt {
    item: None,
    quote: "以下取得医疗机构执业许可证或中医诊所备案证的医疗机构，以及经军队主管部门批准有为民服务资质的军队医疗机构可申请医保定点",
};

const C5_ADVICE: &str = "广东写「具有」「实现」，须在提出申请前完成；评估时还将核查与医保有关的信息系统是否具备开展直接联网结算的条件（第十二条（五））。";

/// A sub-item of 第六条（五）: GD states it as a present fact (「具有……，
/// 实现……」), so an institution that answers no does not meet it.
fn c5_item(ctx: &Ctx, question: &'static q::Question<bool>, what: &str) -> Checked {
    checks::held_when_applying(ctx, question, what, "本项申请时即须具备")
}

fn kind_listed(ctx: &Ctx) -> Checked {
    checks::kind_listed(ctx, A5_LEAD, Outcome::Fail)
}

fn licence(ctx: &Ctx) -> Checked {
    checks::licence_accepted(
        ctx,
        &[Licence::PracticeLicence, Licence::TcmClinicRecord],
        &[Licence::ClinicRecord],
    )
}

pub static RULES: &[Rule] = &[
    rule!(Eligibility, Guangdong, "gd.a5.kind-listed", "第五条", None, "机构类型属可申请定点的范围",
        application: NewDesignation,
        quote: A5_LEAD.quote,
        excerpts: &checks::KIND_ITEMS,
        asks: [q::INSTITUTION_KIND],
        check: kind_listed,
        advice: "本条为封闭列举。类别不在清单内的机构不能申请医保定点；如认为登记类别有误，先向卫生健康部门核实执业登记。互联网医院不单独申请，依托其实体医疗机构申请签订补充协议（第五条第2款）。",
    ),
    rule!(Eligibility, Guangdong, "gd.a5.licence", "第五条", None, "取得执业许可证或中医诊所备案证",
        application: NewDesignation,
        quote: A5_LEAD.quote,
        asks: [q::INSTITUTION_KIND, q::LICENCE],
        check: licence,
        advice: "先取得医疗机构执业许可证或中医诊所备案证（军队医疗机构：为民服务许可证）再申请。持诊所备案凭证的，向经办机构确认是否接受。",
        reading: "广东第五条只写「医疗机构执业许可证或中医诊所备案证」，未写「诊所备案凭证」：持后者者判为需人工复核，不自动判为符合或不符合⟦X-4⟧。",
    ),
    rule!(Condition, Guangdong, "gd.a6.i1.operating-3-months", "第六条", Some("（一）"), "正式运营至少{}",
        application: NewDesignation,
        quote: "正式运营至少3个月",
        asks: [q::OPERATING_SINCE],
        check: |ctx| checks::operating_at_least(ctx, &q::OPERATING_SINCE, ctx.span(&periods::OPERATING)),
        params: [periods::OPERATING],
        advice: "待正式运营满{}后再提出申请，并备好能证明正式运营开始日期的材料。",
        reading: "“满3个月”按《民法典》第二百零一条：运营当日不计入，到期月对应日届满，次日起满足；恰逢届满当日判为需人工复核。“正式运营”以何为证，文件未定义⟦X-9⟧。",
    ),
    rule!(Condition, Guangdong, "gd.a6.i2.physician-first-registered", "第六条", Some("（二）"), "至少1名第一注册地在本机构的医师",
        application: NewDesignation,
        quote: "至少有1名取得医师执业证书、乡村医生执业证书或中医(专长)医师资格证书且第一注册地在该医疗机构的医师",
        asks: [q::PHYSICIANS_FIRST_REGISTERED_HERE],
        check: |ctx| {
            checks::at_least(
                ctx,
                &q::PHYSICIANS_FIRST_REGISTERED_HERE,
                1,
                "持证且第一注册地在本机构的医师",
            )
        },
        advice: "至少1名持医师执业证书、乡村医生执业证书或中医（专长）医师资格证书的医师须将第一注册地变更为本机构。",
        reading: "三种证书以「或」并列，持任一即可；只计第一注册地在本机构的医师，不以“主要执业机构”计（吉林的口径）⟦X-3⟧。",
    ),
    rule!(Condition, Guangdong, "gd.a6.i3.principal-and-staff", "第六条", Some("（三）"), "主要负责人负责医保工作并配备医保管理人员",
        application: NewDesignation,
        quote: "主要负责人负责医保工作，配备专(兼)职医保管理人员",
        asks: [q::PRINCIPAL_IN_CHARGE_OF_INSURANCE, q::INSURANCE_STAFF],
        check: checks::principal_and_staff,
        advice: "以文件明确主要负责人负责医保工作，并指定专职或兼职医保管理人员。",
    ),
    rule!(Condition, Guangdong, "gd.a6.i3.department-100-beds", "第六条", Some("（三）"), "100张床位以上设内部医保管理部门",
        application: NewDesignation,
        quote: "100张床位以上的医疗机构应当设内部医保管理部门，安排专职工作人员",
        asks: [q::BEDS, q::INSURANCE_DEPARTMENT, q::INSURANCE_DEPARTMENT_FULL_TIME_STAFF],
        check: checks::department_from_100_beds,
        advice: "设立内部医保管理部门，并安排专职工作人员。",
        reading: "“100张床位以上”含100张（《民法典》第一千二百五十九条）；床位按核定床位还是开放床位计，文件未定义⟦X-39⟧。",
    ),
    rule!(Condition, Guangdong, "gd.a6.i4.internal-systems", "第六条", Some("（四）"), "具有医保管理、财务、统计信息管理、医疗质量安全核心制度",
        application: NewDesignation,
        quote: "具有符合医保协议管理要求的医保管理制度、财务制度、统计信息管理制度、医疗质量安全核心制度等",
        asks: [
            q::SYSTEM_INSURANCE_MANAGEMENT,
            q::SYSTEM_FINANCE,
            q::SYSTEM_STATISTICS_INFORMATION,
            q::SYSTEM_QUALITY_SAFETY_CORE,
        ],
        check: |ctx| {
            checks::all_yes(
                ctx,
                &[
                    (&q::SYSTEM_INSURANCE_MANAGEMENT, "医保管理制度"),
                    (&q::SYSTEM_FINANCE, "财务制度"),
                    (&q::SYSTEM_STATISTICS_INFORMATION, "统计信息管理制度"),
                    (&q::SYSTEM_QUALITY_SAFETY_CORE, "医疗质量安全核心制度"),
                ],
            )
        },
        advice: "制定符合医保协议管理要求的医保管理制度、财务制度、统计信息管理制度和医疗质量安全核心制度，并形成文本（申请材料第八条（三）须提交内部管理制度和财务制度文本）。",
        reading: "所列四类制度须同时具备；「等」表示列举未尽，工具只核查所列四类，其他制度以经办机构要求为准⟦X-1⟧。",
    ),
    rule!(Condition, Guangdong, "gd.a6.i5.interface-standard", "第六条", Some("（五）"), "具有符合要求的信息系统技术和接口标准",
        application: NewDesignation,
        quote: "具有符合医保协议管理要求的信息系统技术和接口标准",
        asks: [q::IT_INTERFACE_STANDARD],
        check: |ctx| checks::interface_standard(ctx, false),
        advice: C5_ADVICE,
        reading: "广东写「具有」（江苏为「能按照……进行信息系统改造」）：申请时须已符合接口标准，改造计划尚未完成的不符合⟦X-2⟧。",
    ),
    rule!(Condition, Guangdong, "gd.a6.i5.connected", "第六条", Some("（五）"), "与医保信息系统有效对接",
        application: NewDesignation,
        quote: "实现与医保信息系统有效对接",
        asks: [q::IT_CONNECTED],
        check: |ctx| c5_item(ctx, &q::IT_CONNECTED, "实现与医保信息系统有效对接"),
        advice: C5_ADVICE,
    ),
    rule!(Condition, Guangdong, "gd.a6.i5.transmits-patient-data", "第六条", Some("（五）"), "向医保信息系统传送全部就诊人员信息",
        application: NewDesignation,
        quote: "按要求向医保信息系统传送全部就诊人员相关信息",
        asks: [q::IT_TRANSMITS_ALL_PATIENT_DATA],
        check: |ctx| {
            c5_item(
                ctx,
                &q::IT_TRANSMITS_ALL_PATIENT_DATA,
                "能按要求向医保信息系统传送全部就诊人员相关信息",
            )
        },
        advice: C5_ADVICE,
    ),
    rule!(Condition, Guangdong, "gd.a6.i5.direct-settlement", "第六条", Some("（五）"), "能够为参保人提供联网直接结算",
        application: NewDesignation,
        quote: "能够为参保人提供联网直接结算",
        asks: [q::IT_DIRECT_SETTLEMENT],
        check: |ctx| c5_item(ctx, &q::IT_DIRECT_SETTLEMENT, "能够为参保人提供联网直接结算"),
        advice: C5_ADVICE,
    ),
    rule!(Condition, Guangdong, "gd.a6.i5.base-databases", "第六条", Some("（五）"), "设立医保基础数据库",
        application: NewDesignation,
        quote: "设立医保药品、诊疗项目、医疗服务设施、医用耗材、疾病病种、医务人员等基础数据库",
        asks: [q::IT_BASE_DATABASES],
        check: |ctx| {
            c5_item(
                ctx,
                &q::IT_BASE_DATABASES,
                "设立医保药品、诊疗项目、医疗服务设施、医用耗材、疾病病种、医务人员等基础数据库",
            )
        },
        advice: "在信息系统中设立医保药品、诊疗项目、医疗服务设施、医用耗材、疾病病种、医务人员六类基础数据库后再申请。",
    ),
    rule!(Condition, Guangdong, "gd.a6.i5.national-and-provincial-codes", "第六条", Some("（五）"), "使用国家和省统一的医保编码",
        application: NewDesignation,
        quote: "按规定使用国家和省统一的医保编码",
        asks: [q::IT_NATIONAL_CODES, q::IT_PROVINCIAL_CODES],
        check: |ctx| {
            checks::all_yes(
                ctx,
                &[
                    (&q::IT_NATIONAL_CODES, "国家统一的医保编码"),
                    (&q::IT_PROVINCIAL_CODES, "省统一的医保编码"),
                ],
            )
        },
        advice: "按规定同时使用国家统一和广东省统一的医保编码，在申请前完成编码对照。",
        reading: "「国家和省统一的医保编码」读作国家统一编码与省统一编码均须使用（江苏、吉林只写国家统一编码）⟦X-2⟧。",
    ),
    rule!(Condition, Guangdong, "gd.a6.i6.other-conditions", "第六条", Some("（六）"), "符合其他法定条件",
        application: NewDesignation,
        quote: "符合法律、法规、规章和省级及以上医疗保障行政部门规定的其他条件",
        asks: [q::OTHER_CONDITIONS_MET],
        check: template::other_conditions_met,
        advice: "对照统筹地区经办机构公布的定点医疗机构申请指引（第十一条）逐项核实其他条件。",
    ),
    rule!(Refusal, Guangdong, "gd.a9.i1.non-basic-main-scope", "第九条", Some("（一）"), "不以非基本医疗服务为主要执业范围",
        application: NewDesignation,
        quote: "以医疗美容、辅助生殖、生活照护、种植牙等非基本医疗服务为主要执业范围的",
        asks: [q::MAIN_SCOPE],
        check: |ctx| {
            checks::non_basic_scope(
                ctx,
                &[
                    MainScope::Cosmetology,
                    MainScope::AssistedReproduction,
                    MainScope::LifeCare,
                    MainScope::DentalImplant,
                ],
                &[],
            )
        },
        advice: "以非基本医疗服务为主要执业范围的机构不予受理；如基本医疗服务已成为主要业务，备好业务构成证明后再申请。",
        reading: "「等非基本医疗服务」为开放列举：以未列名的其他非基本医疗服务为主的，同样不予受理；“主要”文件未量化，以机构按实际业务构成的申报为准⟦X-5⟧。",
    ),
    rule!(Refusal, Guangdong, "gd.a9.i2.price-policy", "第九条", Some("（二）"), "基本医疗服务执行医药价格政策",
        application: NewDesignation,
        quote: "基本医疗服务未执行医疗保障行政部门制定的医药价格政策的",
        asks: [q::PRICE_POLICY_FOLLOWED],
        check: checks::price_policy,
        advice: "按医疗保障行政部门制定的医药价格政策调整基本医疗服务收费后再申请。",
    ),
    rule!(Refusal, Guangdong, "gd.a9.i3.administrative-penalty", "第九条", Some("（三）"), "无未依法履行的行政处罚责任",
        application: NewDesignation,
        quote: "未依法履行行政处罚责任的",
        asks: [q::UNFULFILLED_ADMINISTRATIVE_PENALTY],
        check: template::penalty_unfulfilled,
        advice: "先履行完毕行政处罚决定（缴清罚款等），保留履行凭证，再申请。",
    ),
    rule!(Refusal, Guangdong, "gd.a9.i4.fraudulent-application-3-years", "第九条", Some("（四）"), "弄虚作假申请定点，自发现之日起未满{}",
        application: NewDesignation,
        quote: "以弄虚作假等不正当手段申请定点医疗机构资格，自发现之日起未满3年的",
        asks: [q::FRAUDULENT_APPLICATION, q::FRAUDULENT_APPLICATION_DISCOVERED_ON],
        check: |ctx| template::fraudulent_application(ctx, "被发现以弄虚作假等不正当手段申请定点医疗机构资格", ctx.span(&periods::FRAUD)),
        params: [periods::FRAUD],
        advice: "自发现之日起满{}后方可再申请。",
        reading: "回看期按《民法典》第二百零一条：发现当日不计入，满3年之次日起不再构成障碍；恰逢届满当日判为需人工复核⟦§8.0⟧。",
    ),
    rule!(Refusal, Guangdong, "gd.a9.i5.terminated-for-violation-3-years", "第九条", Some("（五）"), "因违法违规被解除协议未满{}或行政处罚责任未履行完毕",
        application: NewDesignation,
        quote: "因违法违规被解除协议未满3年或已满3年但未完全履行行政处罚责任的",
        asks: [
            q::TERMINATED_FOR_VIOLATION,
            q::TERMINATED_FOR_VIOLATION_ON,
            q::VIOLATION_PENALTY_FULFILLED,
        ],
        check: |ctx| template::terminated_for_violation(ctx, "行政处罚责任", "因违法违规被解除医保协议", ctx.span(&periods::VIOLATION)),
        params: [periods::VIOLATION],
        advice: "自解除之日起满{}，且行政处罚责任已完全履行后，方可再申请。",
        reading: "原文未写起算日，按协议解除生效日起算（推定）⟦X-8⟧；当日不计入。已满3年但责任未完全履行的，不论时间仍不予受理。广东写「行政处罚责任」，江苏、吉林写「行政处罚法律责任」，按同一事项处理⟦X-6⟧。",
    ),
    rule!(Refusal, Guangdong, "gd.a9.i6.terminated-for-breach-1-year", "第九条", Some("（六）"), "因严重违约被解除协议未满{}或违约责任未履行完毕",
        application: NewDesignation,
        quote: "因严重违反医保协议约定而被解除协议未满1年或已满1年但未完全履行违约责任的",
        asks: [
            q::TERMINATED_FOR_BREACH,
            q::TERMINATED_FOR_BREACH_ON,
            q::BREACH_LIABILITY_FULFILLED,
        ],
        check: |ctx| template::terminated_for_breach(ctx, ctx.span(&periods::BREACH)),
        params: [periods::BREACH],
        advice: "自解除之日起满{}，且违约责任（违约金等）已完全履行后，方可再申请。",
        reading: "原文未写起算日，按协议解除生效日起算（推定）⟦X-8⟧；当日不计入。已满1年但违约责任未完全履行的，仍不予受理。",
    ),
    rule!(Refusal, Guangdong, "gd.a9.i7.leader-caused-termination-5-years", "第九条", Some("（七）"), "负责人导致原定点机构解除协议未满{}",
        application: NewDesignation,
        quote: "法定代表人、主要负责人或实际控制人曾因严重违法违规导致原定点医疗机构解除医保协议，未满5年的",
        asks: [
            q::LEADER_CAUSED_TERMINATION,
            q::LEADER_PREVIOUS_INSTITUTION,
            q::LEADER_TERMINATION_ON,
        ],
        check: |ctx| checks::leader_lookback(ctx, PreviousInstitution::MedicalInstitution, ctx.span(&periods::LEADER)),
        params: [periods::LEADER],
        advice: "自原机构协议解除之日起满{}后方可申请，或更换法定代表人、主要负责人、实际控制人（须如实申报）。",
        reading: "原文未写起算日，按原机构协议解除生效日起算（推定）；当日不计入。原机构为零售药店时原文（「原定点医疗机构」）未覆盖，判为需人工复核⟦X-8⟧。",
    ),
    rule!(Refusal, Guangdong, "gd.a9.i8.leader-dishonest", "第九条", Some("（八）"), "负责人未被列入失信人名单",
        application: NewDesignation,
        quote: "法定代表人、主要负责人或实际控制人被列入失信人名单的",
        asks: [q::LEADER_DISHONEST],
        check: template::leader_dishonest,
        advice: "待相关人员移出失信人名单，或依法变更法定代表人、主要负责人、实际控制人后再申请。",
    ),
    rule!(Refusal, Guangdong, "gd.a9.i9.other-grounds", "第九条", Some("（九）"), "无其他法定不予受理情形",
        application: NewDesignation,
        quote: "法律、法规规定的其他不予受理的情形",
        asks: [q::OTHER_REFUSAL_GROUND],
        check: |ctx| {
            checks::ground_absent(
                ctx,
                &q::OTHER_REFUSAL_GROUND,
                "法律、法规规定的其他不予受理情形",
            )
        },
        advice: "向经办机构咨询该情形的依据与消除方式。",
        reading: "广东本项只写「法律、法规」，不含江苏所列的「规章」：仅由规章规定的情形不属本项⟦X-7⟧。",
    ),
    rule!(Refusal, Guangdong, "gd.a12.reassessment-after-3-months", "第十二条", None, "首次评估不合格后整改{}再评估",
        application: NewDesignation,
        quote: "自评估结果告知送达之日起，整改3个月后可再次组织评估",
        asks: [q::ASSESSMENT, q::ASSESSMENT_FAILURE_NOTIFIED_ON],
        check: |ctx| checks::after_first_failure(ctx, Reassessment::OrganisedByAgency, ctx.span(&periods::REASSESSMENT)),
        params: [periods::REASSESSMENT],
        advice: "按评估时提出的整改建议整改；满{}后联系经办机构安排再次评估。",
        reading: "由经办机构再次组织评估；整改期间或之后能否另行提出新的定点申请，原文未写，判为需人工复核⟦X-12⟧。",
    ),
    rule!(Refusal, Guangdong, "gd.a12.second-failure-1-year", "第十二条", None, "再次评估仍不合格的，{}内不得再次申请",
        application: NewDesignation,
        quote: "评估仍不合格的，1年内不得再次申请",
        asks: [q::ASSESSMENT, q::ASSESSMENT_FAILURE_NOTIFIED_ON],
        check: |ctx| checks::after_second_failure(ctx, ctx.span(&periods::SECOND_FAILURE)),
        params: [periods::SECOND_FAILURE],
        advice: "自再次评估不合格结果告知送达之日起满{}后方可再次申请。",
        reading: "原文未写起算日，按再次评估不合格结果告知送达之日起算（推定）⟦X-8⟧；当日不计入。",
    ),
];

/// This version's rules by family (application conditions first, then the
/// “互联网+” agreement, materials, retail pharmacies, the compliance
/// self-audit, deadlines), for its row of the registry (`catalog::registry`).
pub static FAMILIES: &[&[crate::catalog::Rule]] = &[
    RULES,
    internet::RULES,
    materials::RULES,
    crate::catalog::audit_only(compliance::RULES),
    deadlines::RULES,
];

/// The consequences its compliance items reference.
pub static CONSEQUENCES: &[&[&crate::catalog::risk::Consequence]] =
    &[crate::catalog::audit_only(risks::ALL)];

/// Every table of cases of this version's rules.
#[cfg(test)]
pub(crate) static CASES: &[&[crate::catalog::testing::Case]] = &[
    tests::CASES,
    internet::tests::CASES,
    materials::tests::CASES,
    compliance::tests::CASES,
    deadlines::tests::CASES,
];

#[cfg(test)]
pub(crate) mod tests;
