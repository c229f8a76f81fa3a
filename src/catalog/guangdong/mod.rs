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
pub mod risks;

pub mod materials;

use crate::catalog::checks::{self, Liability, Reassessment};
use crate::catalog::rule::{Applicant, Ctx, Excerpt, Group, Missing, Rule, Verdict};
use crate::dates::Span;
use crate::facts::questions as q;
use crate::facts::{ApplicationKind, Licence, MainScope, PreviousInstitution};
use crate::report::Outcome;
use crate::sources::DocumentId;

type Checked = Result<Verdict, Missing>;

const A5_LEAD: Excerpt = Excerpt {
    item: None,
    quote: "以下取得医疗机构执业许可证或中医诊所备案证的医疗机构，以及经军队主管部门批准有为民服务资质的军队医疗机构可申请医保定点",
};

const C5_ADVICE: &str = "广东写「具有」「实现」，须在提出申请前完成；评估时还将核查与医保有关的信息系统是否具备开展直接联网结算的条件（第十二条（五））。";

/// A sub-item of 第六条（五）: GD states it as a present fact (「具有……，
/// 实现……」), so an institution that answers no does not meet it.
fn c5_item(ctx: &Ctx, question: &'static q::Question<bool>, what: &str) -> Checked {
    checks::must_be_yes(
        ctx,
        question,
        Outcome::Fail,
        &format!("已{what}。"),
        &format!("尚未{what}；本项申请时即须具备。"),
    )
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
    Rule {
        id: "gd.a5.kind-listed",
        document: DocumentId::Guangdong,
        article: "第五条",
        item: None,
        title: "机构类型属可申请定点的范围",
        group: Group::Eligibility,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: A5_LEAD.quote,
        excerpts: &checks::KIND_ITEMS,
        asks: &[&q::INSTITUTION_KIND.info],
        check: kind_listed,
        audit: None,
        advice: "本条为封闭列举。类别不在清单内的机构不能申请医保定点；如认为登记类别有误，先向卫生健康部门核实执业登记。互联网医院不单独申请，依托其实体医疗机构申请签订补充协议（第五条第2款）。",
        params: &[],
        reading: None,
    },
    Rule {
        id: "gd.a5.licence",
        document: DocumentId::Guangdong,
        article: "第五条",
        item: None,
        title: "取得执业许可证或中医诊所备案证",
        group: Group::Eligibility,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: A5_LEAD.quote,
        excerpts: &[],
        asks: &[&q::INSTITUTION_KIND.info, &q::LICENCE.info],
        check: licence,
        audit: None,
        advice: "先取得医疗机构执业许可证或中医诊所备案证（军队医疗机构：为民服务许可证）再申请。持诊所备案凭证的，向经办机构确认是否接受。",
        params: &[],
        reading: Some("广东第五条只写「医疗机构执业许可证或中医诊所备案证」，未写「诊所备案凭证」：持后者者判为需人工复核，不自动判为符合或不符合⟦X-4⟧。"),
    },
    Rule {
        id: "gd.a6.i1.operating-3-months",
        document: DocumentId::Guangdong,
        article: "第六条",
        item: Some("（一）"),
        title: "正式运营至少3个月",
        group: Group::Condition,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "正式运营至少3个月",
        excerpts: &[],
        asks: &[&q::OPERATING_SINCE.info],
        check: |ctx| checks::operating_at_least(ctx, &q::OPERATING_SINCE, Span::months(3)),
        audit: None,
        advice: "待正式运营满3个月后再提出申请，并备好能证明正式运营开始日期的材料。",
        params: &[],
        reading: Some("“满3个月”按《民法典》第二百零一条：运营当日不计入，到期月对应日届满，次日起满足；恰逢届满当日判为需人工复核。“正式运营”以何为证，文件未定义⟦X-9⟧。"),
    },
    Rule {
        id: "gd.a6.i2.physician-first-registered",
        document: DocumentId::Guangdong,
        article: "第六条",
        item: Some("（二）"),
        title: "至少1名第一注册地在本机构的医师",
        group: Group::Condition,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "至少有1名取得医师执业证书、乡村医生执业证书或中医(专长)医师资格证书且第一注册地在该医疗机构的医师",
        excerpts: &[],
        asks: &[&q::PHYSICIANS_FIRST_REGISTERED_HERE.info],
        check: |ctx| {
            checks::at_least(
                ctx,
                &q::PHYSICIANS_FIRST_REGISTERED_HERE,
                1,
                "持证且第一注册地在本机构的医师",
            )
        },
        audit: None,
        advice: "至少1名持医师执业证书、乡村医生执业证书或中医（专长）医师资格证书的医师须将第一注册地变更为本机构。",
        params: &[],
        reading: Some("三种证书以「或」并列，持任一即可；只计第一注册地在本机构的医师，不以“主要执业机构”计（吉林的口径）⟦X-3⟧。"),
    },
    Rule {
        id: "gd.a6.i3.principal-and-staff",
        document: DocumentId::Guangdong,
        article: "第六条",
        item: Some("（三）"),
        title: "主要负责人负责医保工作并配备医保管理人员",
        group: Group::Condition,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "主要负责人负责医保工作，配备专(兼)职医保管理人员",
        excerpts: &[],
        asks: &[
            &q::PRINCIPAL_IN_CHARGE_OF_INSURANCE.info,
            &q::INSURANCE_STAFF.info,
        ],
        check: checks::principal_and_staff,
        audit: None,
        advice: "以文件明确主要负责人负责医保工作，并指定专职或兼职医保管理人员。",
        params: &[],
        reading: None,
    },
    Rule {
        id: "gd.a6.i3.department-100-beds",
        document: DocumentId::Guangdong,
        article: "第六条",
        item: Some("（三）"),
        title: "100张床位以上设内部医保管理部门",
        group: Group::Condition,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "100张床位以上的医疗机构应当设内部医保管理部门，安排专职工作人员",
        excerpts: &[],
        asks: &[
            &q::BEDS.info,
            &q::INSURANCE_DEPARTMENT.info,
            &q::INSURANCE_DEPARTMENT_FULL_TIME_STAFF.info,
        ],
        check: checks::department_from_100_beds,
        audit: None,
        advice: "设立内部医保管理部门，并安排专职工作人员。",
        params: &[],
        reading: Some("“100张床位以上”含100张（《民法典》第一千二百五十九条）；床位按核定床位还是开放床位计，文件未定义⟦X-39⟧。"),
    },
    Rule {
        id: "gd.a6.i4.internal-systems",
        document: DocumentId::Guangdong,
        article: "第六条",
        item: Some("（四）"),
        title: "具有医保管理、财务、统计信息管理、医疗质量安全核心制度",
        group: Group::Condition,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "具有符合医保协议管理要求的医保管理制度、财务制度、统计信息管理制度、医疗质量安全核心制度等",
        excerpts: &[],
        asks: &[
            &q::SYSTEM_INSURANCE_MANAGEMENT.info,
            &q::SYSTEM_FINANCE.info,
            &q::SYSTEM_STATISTICS_INFORMATION.info,
            &q::SYSTEM_QUALITY_SAFETY_CORE.info,
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
        audit: None,
        advice: "制定符合医保协议管理要求的医保管理制度、财务制度、统计信息管理制度和医疗质量安全核心制度，并形成文本（申请材料第八条（三）须提交内部管理制度和财务制度文本）。",
        params: &[],
        reading: Some("所列四类制度须同时具备；「等」表示列举未尽，工具只核查所列四类，其他制度以经办机构要求为准⟦X-1⟧。"),
    },
    Rule {
        id: "gd.a6.i5.interface-standard",
        document: DocumentId::Guangdong,
        article: "第六条",
        item: Some("（五）"),
        title: "具有符合要求的信息系统技术和接口标准",
        group: Group::Condition,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "具有符合医保协议管理要求的信息系统技术和接口标准",
        excerpts: &[],
        asks: &[&q::IT_INTERFACE_STANDARD.info],
        check: |ctx| checks::interface_standard(ctx, false),
        audit: None,
        advice: C5_ADVICE,
        params: &[],
        reading: Some("广东写「具有」（江苏为「能按照……进行信息系统改造」）：申请时须已符合接口标准，改造计划尚未完成的不符合⟦X-2⟧。"),
    },
    Rule {
        id: "gd.a6.i5.connected",
        document: DocumentId::Guangdong,
        article: "第六条",
        item: Some("（五）"),
        title: "与医保信息系统有效对接",
        group: Group::Condition,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "实现与医保信息系统有效对接",
        excerpts: &[],
        asks: &[&q::IT_CONNECTED.info],
        check: |ctx| c5_item(ctx, &q::IT_CONNECTED, "实现与医保信息系统有效对接"),
        audit: None,
        advice: C5_ADVICE,
        params: &[],
        reading: None,
    },
    Rule {
        id: "gd.a6.i5.transmits-patient-data",
        document: DocumentId::Guangdong,
        article: "第六条",
        item: Some("（五）"),
        title: "向医保信息系统传送全部就诊人员信息",
        group: Group::Condition,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "按要求向医保信息系统传送全部就诊人员相关信息",
        excerpts: &[],
        asks: &[&q::IT_TRANSMITS_ALL_PATIENT_DATA.info],
        check: |ctx| {
            c5_item(
                ctx,
                &q::IT_TRANSMITS_ALL_PATIENT_DATA,
                "能按要求向医保信息系统传送全部就诊人员相关信息",
            )
        },
        audit: None,
        advice: C5_ADVICE,
        params: &[],
        reading: None,
    },
    Rule {
        id: "gd.a6.i5.direct-settlement",
        document: DocumentId::Guangdong,
        article: "第六条",
        item: Some("（五）"),
        title: "能够为参保人提供联网直接结算",
        group: Group::Condition,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "能够为参保人提供联网直接结算",
        excerpts: &[],
        asks: &[&q::IT_DIRECT_SETTLEMENT.info],
        check: |ctx| c5_item(ctx, &q::IT_DIRECT_SETTLEMENT, "能够为参保人提供联网直接结算"),
        audit: None,
        advice: C5_ADVICE,
        params: &[],
        reading: None,
    },
    Rule {
        id: "gd.a6.i5.base-databases",
        document: DocumentId::Guangdong,
        article: "第六条",
        item: Some("（五）"),
        title: "设立医保基础数据库",
        group: Group::Condition,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "设立医保药品、诊疗项目、医疗服务设施、医用耗材、疾病病种、医务人员等基础数据库",
        excerpts: &[],
        asks: &[&q::IT_BASE_DATABASES.info],
        check: |ctx| {
            c5_item(
                ctx,
                &q::IT_BASE_DATABASES,
                "设立医保药品、诊疗项目、医疗服务设施、医用耗材、疾病病种、医务人员等基础数据库",
            )
        },
        audit: None,
        advice: "在信息系统中设立医保药品、诊疗项目、医疗服务设施、医用耗材、疾病病种、医务人员六类基础数据库后再申请。",
        params: &[],
        reading: None,
    },
    Rule {
        id: "gd.a6.i5.national-and-provincial-codes",
        document: DocumentId::Guangdong,
        article: "第六条",
        item: Some("（五）"),
        title: "使用国家和省统一的医保编码",
        group: Group::Condition,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "按规定使用国家和省统一的医保编码",
        excerpts: &[],
        asks: &[&q::IT_NATIONAL_CODES.info, &q::IT_PROVINCIAL_CODES.info],
        check: |ctx| {
            checks::all_yes(
                ctx,
                &[
                    (&q::IT_NATIONAL_CODES, "国家统一的医保编码"),
                    (&q::IT_PROVINCIAL_CODES, "省统一的医保编码"),
                ],
            )
        },
        audit: None,
        advice: "按规定同时使用国家统一和广东省统一的医保编码，在申请前完成编码对照。",
        params: &[],
        reading: Some("「国家和省统一的医保编码」读作国家统一编码与省统一编码均须使用（江苏、吉林只写国家统一编码）⟦X-2⟧。"),
    },
    Rule {
        id: "gd.a6.i6.other-conditions",
        document: DocumentId::Guangdong,
        article: "第六条",
        item: Some("（六）"),
        title: "符合其他法定条件",
        group: Group::Condition,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "符合法律、法规、规章和省级及以上医疗保障行政部门规定的其他条件",
        excerpts: &[],
        asks: &[&q::OTHER_CONDITIONS_MET.info],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::OTHER_CONDITIONS_MET,
                Outcome::Fail,
                "据申报，符合其他法定条件。",
                "申报不符合法律、法规、规章或省级及以上医疗保障行政部门规定的其他条件。",
            )
        },
        audit: None,
        advice: "对照统筹地区经办机构公布的定点医疗机构申请指引（第十一条）逐项核实其他条件。",
        params: &[],
        reading: None,
    },
    Rule {
        id: "gd.a9.i1.non-basic-main-scope",
        document: DocumentId::Guangdong,
        article: "第九条",
        item: Some("（一）"),
        title: "不以非基本医疗服务为主要执业范围",
        group: Group::Refusal,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "以医疗美容、辅助生殖、生活照护、种植牙等非基本医疗服务为主要执业范围的",
        excerpts: &[],
        asks: &[&q::MAIN_SCOPE.info],
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
        audit: None,
        advice: "以非基本医疗服务为主要执业范围的机构不予受理；如基本医疗服务已成为主要业务，备好业务构成证明后再申请。",
        params: &[],
        reading: Some("「等非基本医疗服务」为开放列举：以未列名的其他非基本医疗服务为主的，同样不予受理；“主要”文件未量化，以机构按实际业务构成的申报为准⟦X-5⟧。"),
    },
    Rule {
        id: "gd.a9.i2.price-policy",
        document: DocumentId::Guangdong,
        article: "第九条",
        item: Some("（二）"),
        title: "基本医疗服务执行医药价格政策",
        group: Group::Refusal,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "基本医疗服务未执行医疗保障行政部门制定的医药价格政策的",
        excerpts: &[],
        asks: &[&q::PRICE_POLICY_FOLLOWED.info],
        check: checks::price_policy,
        audit: None,
        advice: "按医疗保障行政部门制定的医药价格政策调整基本医疗服务收费后再申请。",
        params: &[],
        reading: None,
    },
    Rule {
        id: "gd.a9.i3.administrative-penalty",
        document: DocumentId::Guangdong,
        article: "第九条",
        item: Some("（三）"),
        title: "无未依法履行的行政处罚责任",
        group: Group::Refusal,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "未依法履行行政处罚责任的",
        excerpts: &[],
        asks: &[&q::UNFULFILLED_ADMINISTRATIVE_PENALTY.info],
        check: |ctx| {
            checks::ground_absent(
                ctx,
                &q::UNFULFILLED_ADMINISTRATIVE_PENALTY,
                "未依法履行行政处罚责任",
            )
        },
        audit: None,
        advice: "先履行完毕行政处罚决定（缴清罚款等），保留履行凭证，再申请。",
        params: &[],
        reading: None,
    },
    Rule {
        id: "gd.a9.i4.fraudulent-application-3-years",
        document: DocumentId::Guangdong,
        article: "第九条",
        item: Some("（四）"),
        title: "弄虚作假申请定点，自发现之日起未满3年",
        group: Group::Refusal,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "以弄虚作假等不正当手段申请定点医疗机构资格，自发现之日起未满3年的",
        excerpts: &[],
        asks: &[
            &q::FRAUDULENT_APPLICATION.info,
            &q::FRAUDULENT_APPLICATION_DISCOVERED_ON.info,
        ],
        check: |ctx| {
            checks::lookback(
                ctx,
                &q::FRAUDULENT_APPLICATION,
                &q::FRAUDULENT_APPLICATION_DISCOVERED_ON,
                Span::years(3),
                None,
                "被发现以弄虚作假等不正当手段申请定点医疗机构资格",
            )
        },
        audit: None,
        advice: "自发现之日起满3年后方可再申请。",
        params: &[],
        reading: Some("回看期按《民法典》第二百零一条：发现当日不计入，满3年之次日起不再构成障碍；恰逢届满当日判为需人工复核⟦§8.0⟧。"),
    },
    Rule {
        id: "gd.a9.i5.terminated-for-violation-3-years",
        document: DocumentId::Guangdong,
        article: "第九条",
        item: Some("（五）"),
        title: "因违法违规被解除协议未满3年或行政处罚责任未履行完毕",
        group: Group::Refusal,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "因违法违规被解除协议未满3年或已满3年但未完全履行行政处罚责任的",
        excerpts: &[],
        asks: &[
            &q::TERMINATED_FOR_VIOLATION.info,
            &q::TERMINATED_FOR_VIOLATION_ON.info,
            &q::VIOLATION_PENALTY_FULFILLED.info,
        ],
        check: |ctx| {
            checks::lookback(
                ctx,
                &q::TERMINATED_FOR_VIOLATION,
                &q::TERMINATED_FOR_VIOLATION_ON,
                Span::years(3),
                Some(Liability {
                    question: &q::VIOLATION_PENALTY_FULFILLED,
                    name: "行政处罚责任",
                }),
                "因违法违规被解除医保协议",
            )
        },
        audit: None,
        advice: "自解除之日起满3年，且行政处罚责任已完全履行后，方可再申请。",
        params: &[],
        reading: Some("原文未写起算日，按协议解除生效日起算（推定）⟦X-8⟧；当日不计入。已满3年但责任未完全履行的，不论时间仍不予受理。广东写「行政处罚责任」，江苏、吉林写「行政处罚法律责任」，按同一事项处理⟦X-6⟧。"),
    },
    Rule {
        id: "gd.a9.i6.terminated-for-breach-1-year",
        document: DocumentId::Guangdong,
        article: "第九条",
        item: Some("（六）"),
        title: "因严重违约被解除协议未满1年或违约责任未履行完毕",
        group: Group::Refusal,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "因严重违反医保协议约定而被解除协议未满1年或已满1年但未完全履行违约责任的",
        excerpts: &[],
        asks: &[
            &q::TERMINATED_FOR_BREACH.info,
            &q::TERMINATED_FOR_BREACH_ON.info,
            &q::BREACH_LIABILITY_FULFILLED.info,
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
                "因严重违反医保协议约定被解除协议",
            )
        },
        audit: None,
        advice: "自解除之日起满1年，且违约责任（违约金等）已完全履行后，方可再申请。",
        params: &[],
        reading: Some("原文未写起算日，按协议解除生效日起算（推定）⟦X-8⟧；当日不计入。已满1年但违约责任未完全履行的，仍不予受理。"),
    },
    Rule {
        id: "gd.a9.i7.leader-caused-termination-5-years",
        document: DocumentId::Guangdong,
        article: "第九条",
        item: Some("（七）"),
        title: "负责人导致原定点机构解除协议未满5年",
        group: Group::Refusal,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "法定代表人、主要负责人或实际控制人曾因严重违法违规导致原定点医疗机构解除医保协议，未满5年的",
        excerpts: &[],
        asks: &[
            &q::LEADER_CAUSED_TERMINATION.info,
            &q::LEADER_PREVIOUS_INSTITUTION.info,
            &q::LEADER_TERMINATION_ON.info,
        ],
        check: |ctx| checks::leader_lookback(ctx, PreviousInstitution::MedicalInstitution, Span::years(5)),
        audit: None,
        advice: "自原机构协议解除之日起满5年后方可申请，或更换法定代表人、主要负责人、实际控制人（须如实申报）。",
        params: &[],
        reading: Some("原文未写起算日，按原机构协议解除生效日起算（推定）；当日不计入。原机构为零售药店时原文（「原定点医疗机构」）未覆盖，判为需人工复核⟦X-8⟧。"),
    },
    Rule {
        id: "gd.a9.i8.leader-dishonest",
        document: DocumentId::Guangdong,
        article: "第九条",
        item: Some("（八）"),
        title: "负责人未被列入失信人名单",
        group: Group::Refusal,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "法定代表人、主要负责人或实际控制人被列入失信人名单的",
        excerpts: &[],
        asks: &[&q::LEADER_DISHONEST.info],
        check: |ctx| {
            checks::ground_absent(
                ctx,
                &q::LEADER_DISHONEST,
                "法定代表人、主要负责人或实际控制人被列入失信人名单",
            )
        },
        audit: None,
        advice: "待相关人员移出失信人名单，或依法变更法定代表人、主要负责人、实际控制人后再申请。",
        params: &[],
        reading: None,
    },
    Rule {
        id: "gd.a9.i9.other-grounds",
        document: DocumentId::Guangdong,
        article: "第九条",
        item: Some("（九）"),
        title: "无其他法定不予受理情形",
        group: Group::Refusal,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "法律、法规规定的其他不予受理的情形",
        excerpts: &[],
        asks: &[&q::OTHER_REFUSAL_GROUND.info],
        check: |ctx| {
            checks::ground_absent(
                ctx,
                &q::OTHER_REFUSAL_GROUND,
                "法律、法规规定的其他不予受理情形",
            )
        },
        audit: None,
        advice: "向经办机构咨询该情形的依据与消除方式。",
        params: &[],
        reading: Some("广东本项只写「法律、法规」，不含江苏所列的「规章」：仅由规章规定的情形不属本项⟦X-7⟧。"),
    },
    Rule {
        id: "gd.a12.reassessment-after-3-months",
        document: DocumentId::Guangdong,
        article: "第十二条",
        item: None,
        title: "首次评估不合格后整改3个月再评估",
        group: Group::Refusal,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "自评估结果告知送达之日起，整改3个月后可再次组织评估",
        excerpts: &[],
        asks: &[&q::ASSESSMENT.info, &q::ASSESSMENT_FAILURE_NOTIFIED_ON.info],
        check: |ctx| checks::after_first_failure(ctx, Reassessment::OrganisedByAgency),
        audit: None,
        advice: "按评估时提出的整改建议整改；满3个月后联系经办机构安排再次评估。",
        params: &[],
        reading: Some("由经办机构再次组织评估；整改期间或之后能否另行提出新的定点申请，原文未写，判为需人工复核⟦X-12⟧。"),
    },
    Rule {
        id: "gd.a12.second-failure-1-year",
        document: DocumentId::Guangdong,
        article: "第十二条",
        item: None,
        title: "再次评估仍不合格的，1年内不得再次申请",
        group: Group::Refusal,
        applicant: Applicant::MedicalInstitution,
        application: Some(ApplicationKind::NewDesignation),
        in_force: None,
        quote: "评估仍不合格的，1年内不得再次申请",
        excerpts: &[],
        asks: &[&q::ASSESSMENT.info, &q::ASSESSMENT_FAILURE_NOTIFIED_ON.info],
        check: checks::after_second_failure,
        audit: None,
        advice: "自再次评估不合格结果告知送达之日起满1年后方可再次申请。",
        params: &[],
        reading: Some("原文未写起算日，按再次评估不合格结果告知送达之日起算（推定）⟦X-8⟧；当日不计入。"),
    },
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
