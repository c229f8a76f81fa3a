//! 江苏省医疗机构医疗保障定点管理实施细则 (JS), in force from 2024-01-01.
//! Applies in all of Jiangsu, Nantong included, to applications for designation.
//!
//! 第十四条第2款「签订医保协议的双方均应当为能够独立承担民事责任的机构」 is
//! a condition of signing rather than of applying (rules map §11 X-38): it is
//! asked with a new designation, and an institution that cannot bear civil
//! liability by itself is for review (who signs), not refused.

pub mod compliance;
pub mod deadlines;
pub mod internet;
mod periods;
pub mod risks;

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
    quote: "以下取得医疗机构执业许可证或者诊所备案凭证的医疗机构，以及经军队主管部门批准有为民服务资质的军队医疗机构可以申请医保定点",
};

const JS_C5_READING: &str = "第六条（五）整句以「能按照……进行信息系统改造」开头。默认读法：「能」只管“改造”，其后各项（编码、有效对接、传送信息、直接联网结算）申请时即须具备；另一读法：「能」管整句，申请时具备能力即可。两种读法结论不同时判为需人工复核⟦X-2⟧。";

const C5_ADVICE: &str = "在提出申请前完成；至迟须在评估前具备，评估时将核查信息系统是否具备开展直接联网结算的条件（第十二条（五））。";

fn c5_item(ctx: &Ctx, question: &'static q::Question<bool>, what: &str) -> Checked {
    checks::must_be_yes(
        ctx,
        question,
        Outcome::NeedsReview,
        &format!("已{what}。"),
        &format!("尚未{what}：按默认读法不符合；按另一读法（「能」管整句）申请时具备能力即可。"),
    )
}

fn kind_listed(ctx: &Ctx) -> Checked {
    checks::kind_listed(ctx, A5_LEAD, Outcome::Fail)
}

fn licence(ctx: &Ctx) -> Checked {
    checks::licence_accepted(
        ctx,
        &[Licence::PracticeLicence, Licence::ClinicRecord],
        &[Licence::TcmClinicRecord],
    )
}

pub static RULES: &[Rule] = &[
    rule!(Eligibility, Jiangsu, "js.a5.kind-listed", "第五条", None, "机构类型属可申请定点的范围",
        application: NewDesignation,
        quote: A5_LEAD.quote,
        excerpts: &checks::KIND_ITEMS,
        asks: [q::INSTITUTION_KIND],
        check: kind_listed,
        advice: "本条为封闭列举。类别不在清单内的机构不能申请医保定点；如认为登记类别有误，先向卫生健康部门核实执业登记。",
    ),
    rule!(Eligibility, Jiangsu, "js.a5.licence", "第五条", None, "取得执业许可证或诊所备案凭证",
        application: NewDesignation,
        quote: A5_LEAD.quote,
        asks: [q::INSTITUTION_KIND, q::LICENCE],
        check: licence,
        advice: "先取得医疗机构执业许可证或诊所备案凭证（军队医疗机构：为民服务许可证）再申请。持中医诊所备案证的，向经办机构确认是否接受。",
        reading: "江苏第五条只写「医疗机构执业许可证或者诊所备案凭证」，未写「中医诊所备案证」：持后者者判为需人工复核⟦X-4⟧。",
    ),
    rule!(Eligibility, Jiangsu, "js.a14.p2.independent-civil-liability", "第十四条", Some("第2款"), "签约方能独立承担民事责任",
        application: NewDesignation,
        quote: "签订医保协议的双方均应当为能够独立承担民事责任的机构",
        asks: [q::INDEPENDENT_CIVIL_LIABILITY],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::INDEPENDENT_CIVIL_LIABILITY,
                Outcome::NeedsReview,
                "本机构能够独立承担民事责任，可以自己的名义签订医保协议。",
                "本机构不能独立承担民事责任：医保协议须由能够独立承担民事责任的机构签订，由谁签约（如举办单位、上级机构）须向经办机构确认⟦X-38⟧。",
            )
        },
        advice: "不能独立承担民事责任的（如内设机构），申请前向统筹地区经办机构确认由哪一方签订医保协议，并备好其主体资格证明。",
        reading: "第十四条是签订协议的条件，细则未把它列为申请条件或不予受理情形：不能独立承担民事责任的，不判为不符合，而判为需人工复核，须确认由谁签约⟦X-38⟧。",
    ),
    rule!(Condition, Jiangsu, "js.a6.i1.operating-3-months", "第六条", Some("（一）"), "正式运营至少{}",
        application: NewDesignation,
        quote: "正式运营至少3个月",
        asks: [q::OPERATING_SINCE],
        check: |ctx| checks::operating_at_least(ctx, &q::OPERATING_SINCE, ctx.span(&periods::OPERATING)),
        params: [periods::OPERATING],
        advice: "待正式运营满{}后再提出申请，并备好能证明正式运营开始日期的材料。",
        reading: "“满3个月”按《民法典》第二百零一条：运营当日不计入，到期月对应日届满，次日起满足；恰逢届满当日判为需人工复核⟦X-9⟧。",
    ),
    rule!(Condition, Jiangsu, "js.a6.i2.physician-first-registered", "第六条", Some("（二）"), "至少1名第一注册地在本机构的医师",
        application: NewDesignation,
        quote: "至少有1名取得医师执业证书、乡村医生执业证书、中医（专长）医师资格证书的医师且第一注册地在该医疗机构",
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
    ),
    rule!(Condition, Jiangsu, "js.a6.i3.principal-and-staff", "第六条", Some("（三）"), "主要负责人负责医保工作并配备医保管理人员",
        application: NewDesignation,
        quote: "主要负责人负责医保工作，配备专（兼）职医保管理人员",
        asks: [q::PRINCIPAL_IN_CHARGE_OF_INSURANCE, q::INSURANCE_STAFF],
        check: checks::principal_and_staff,
        advice: "以文件明确主要负责人负责医保工作，并指定专职或兼职医保管理人员。",
    ),
    rule!(Condition, Jiangsu, "js.a6.i3.department-100-beds", "第六条", Some("（三）"), "100张床位以上设内部医保管理部门",
        application: NewDesignation,
        quote: "100张床位以上的医疗机构应当设内部医保管理部门，安排专职工作人员",
        asks: [q::BEDS, q::INSURANCE_DEPARTMENT, q::INSURANCE_DEPARTMENT_FULL_TIME_STAFF],
        check: checks::department_from_100_beds,
        advice: "设立内部医保管理部门（南通协议另要求为一级科室），并安排专职工作人员。",
        reading: "“100张床位以上”含100张（《民法典》第一千二百五十九条）；床位按核定床位还是开放床位计，文件未定义⟦X-39⟧。",
    ),
    rule!(Condition, Jiangsu, "js.a6.i4.internal-systems", "第六条", Some("（四）"), "具有与医保政策对应的内部管理制度",
        application: NewDesignation,
        quote: "具有与医保政策对应的内部管理制度",
        asks: [q::SYSTEM_INTERNAL_MANAGEMENT],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::SYSTEM_INTERNAL_MANAGEMENT,
                Outcome::Fail,
                "已具有与医保政策对应的内部管理制度。",
                "尚无与医保政策对应的内部管理制度。",
            )
        },
        advice: "制定与医保政策对应的内部管理制度并形成文本（申请材料第八条（三）须提交）。可参照广东、吉林所列医保管理、财务、统计信息管理、医疗质量安全核心制度。",
        reading: "江苏只笼统要求“内部管理制度”，未列制度类别⟦X-1⟧。",
    ),
    rule!(Condition, Jiangsu, "js.a6.i5.interface-standard", "第六条", Some("（五）"), "能按接口标准进行信息系统改造",
        application: NewDesignation,
        quote: "能按照医保协议管理要求的信息系统技术和接口标准进行信息系统改造",
        asks: [q::IT_INTERFACE_STANDARD],
        check: |ctx| checks::interface_standard(ctx, true),
        advice: C5_ADVICE,
        reading: JS_C5_READING,
    ),
    rule!(Condition, Jiangsu, "js.a6.i5.national-codes", "第六条", Some("（五）"), "使用国家统一的医疗保障信息业务编码",
        application: NewDesignation,
        quote: "按照规定使用国家统一的医疗保障信息业务编码",
        asks: [q::IT_NATIONAL_CODES],
        check: |ctx| c5_item(ctx, &q::IT_NATIONAL_CODES, "按规定使用国家统一的医疗保障信息业务编码"),
        advice: C5_ADVICE,
        reading: JS_C5_READING,
    ),
    rule!(Condition, Jiangsu, "js.a6.i5.connected", "第六条", Some("（五）"), "与医保信息系统有效对接",
        application: NewDesignation,
        quote: "实现与医保信息系统有效对接",
        asks: [q::IT_CONNECTED],
        check: |ctx| c5_item(ctx, &q::IT_CONNECTED, "实现与医保信息系统有效对接"),
        advice: C5_ADVICE,
        reading: JS_C5_READING,
    ),
    rule!(Condition, Jiangsu, "js.a6.i5.transmits-patient-data", "第六条", Some("（五）"), "向医保信息系统传送全部就诊人员信息",
        application: NewDesignation,
        quote: "按照要求向医保信息系统传送全部就诊人员相关信息",
        asks: [q::IT_TRANSMITS_ALL_PATIENT_DATA],
        check: |ctx| {
            c5_item(
                ctx,
                &q::IT_TRANSMITS_ALL_PATIENT_DATA,
                "能按照要求向医保信息系统传送全部就诊人员相关信息",
            )
        },
        advice: C5_ADVICE,
        reading: JS_C5_READING,
    ),
    rule!(Condition, Jiangsu, "js.a6.i5.direct-settlement", "第六条", Some("（五）"), "为参保人员提供直接联网结算",
        application: NewDesignation,
        quote: "为参保人员提供直接联网结算",
        asks: [q::IT_DIRECT_SETTLEMENT],
        check: |ctx| c5_item(ctx, &q::IT_DIRECT_SETTLEMENT, "能为参保人员提供直接联网结算"),
        advice: C5_ADVICE,
        reading: JS_C5_READING,
    ),
    rule!(Condition, Jiangsu, "js.a6.i6.other-conditions", "第六条", Some("（六）"), "符合其他法定条件",
        application: NewDesignation,
        quote: "符合法律法规规章和省级及以上医疗保障行政部门规定的其他条件",
        asks: [q::OTHER_CONDITIONS_MET],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::OTHER_CONDITIONS_MET,
                Outcome::Fail,
                "据申报，符合其他法定条件。",
                "申报不符合法律法规规章或省级及以上医疗保障行政部门规定的其他条件。",
            )
        },
        advice: "对照统筹地区经办机构公布的申请指引（第二十五条）逐项核实其他条件。",
    ),
    rule!(Refusal, Jiangsu, "js.a9.i1.non-basic-main-scope", "第九条", Some("（一）"), "不以非基本医疗服务为主要执业范围",
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
    ),
    rule!(Refusal, Jiangsu, "js.a9.i2.price-policy", "第九条", Some("（二）"), "基本医疗服务执行医药价格政策",
        application: NewDesignation,
        quote: "基本医疗服务未执行医疗保障行政部门制定的医药价格政策的",
        asks: [q::PRICE_POLICY_FOLLOWED],
        check: checks::price_policy,
        advice: "按医疗保障行政部门制定的医药价格政策调整基本医疗服务收费后再申请。",
    ),
    rule!(Refusal, Jiangsu, "js.a9.i3.administrative-penalty", "第九条", Some("（三）"), "无未依法履行的行政处罚责任",
        application: NewDesignation,
        quote: "未依法履行行政处罚责任的",
        asks: [q::UNFULFILLED_ADMINISTRATIVE_PENALTY],
        check: template::penalty_unfulfilled,
        advice: "先履行完毕行政处罚决定（缴清罚款等），保留履行凭证，再申请。",
    ),
    rule!(Refusal, Jiangsu, "js.a9.i4.fraudulent-application-3-years", "第九条", Some("（四）"), "弄虚作假申请定点，自发现之日起未满{}",
        application: NewDesignation,
        quote: "以弄虚作假等不正当手段申请定点，自发现之日起未满3年的",
        asks: [q::FRAUDULENT_APPLICATION, q::FRAUDULENT_APPLICATION_DISCOVERED_ON],
        check: |ctx| template::fraudulent_application(ctx, "被发现以弄虚作假等不正当手段申请定点", ctx.span(&periods::FRAUD)),
        params: [periods::FRAUD],
        advice: "自发现之日起满{}后方可再申请。",
        reading: "回看期按《民法典》第二百零一条：发现当日不计入，满3年之次日起不再构成障碍；恰逢届满当日判为需人工复核⟦§8.0⟧。",
    ),
    rule!(Refusal, Jiangsu, "js.a9.i5.terminated-for-violation-3-years", "第九条", Some("（五）"), "因违法违规被解除医保协议未满{}或责任未履行完毕",
        application: NewDesignation,
        quote: "因违法违规被解除医保协议未满3年或者已满3年但未完全履行行政处罚法律责任的",
        asks: [
            q::TERMINATED_FOR_VIOLATION,
            q::TERMINATED_FOR_VIOLATION_ON,
            q::VIOLATION_PENALTY_FULFILLED,
        ],
        check: |ctx| template::terminated_for_violation(ctx, "行政处罚法律责任", "因违法违规被解除医保协议", ctx.span(&periods::VIOLATION)),
        params: [periods::VIOLATION],
        advice: "自解除之日起满{}，且行政处罚法律责任已完全履行后，方可再申请。",
        reading: "原文未写起算日，按协议解除生效日起算（推定）⟦X-8⟧；当日不计入。已满3年但责任未完全履行的，不论时间仍不予受理。",
    ),
    rule!(Refusal, Jiangsu, "js.a9.i6.terminated-for-breach-1-year", "第九条", Some("（六）"), "因严重违约被解除协议未满{}或违约责任未履行完毕",
        application: NewDesignation,
        quote: "因严重违反医保协议约定而被解除协议未满1年或者已满1年但未完全履行违约责任的",
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
    rule!(Refusal, Jiangsu, "js.a9.i7.leader-caused-termination-5-years", "第九条", Some("（七）"), "负责人导致原定点机构被解除协议未满{}",
        application: NewDesignation,
        quote: "法定代表人、主要负责人或者实际控制人因严重违法违规导致原定点医疗机构被解除医保协议，未满5年的",
        asks: [
            q::LEADER_CAUSED_TERMINATION,
            q::LEADER_PREVIOUS_INSTITUTION,
            q::LEADER_TERMINATION_ON,
        ],
        check: |ctx| checks::leader_lookback(ctx, PreviousInstitution::MedicalInstitution, ctx.span(&periods::LEADER)),
        params: [periods::LEADER],
        advice: "自原机构协议解除之日起满{}后方可申请，或更换法定代表人、主要负责人、实际控制人（须如实申报）。",
        reading: "原文未写起算日，按原机构协议解除生效日起算（推定）；原机构为零售药店时原文未覆盖，判为需人工复核⟦X-8⟧。",
    ),
    rule!(Refusal, Jiangsu, "js.a9.i8.leader-dishonest", "第九条", Some("（八）"), "负责人未被列入失信人名单",
        application: NewDesignation,
        quote: "法定代表人、主要负责人或者实际控制人被列入失信人名单的",
        asks: [q::LEADER_DISHONEST],
        check: template::leader_dishonest,
        advice: "待相关人员移出失信人名单，或依法变更法定代表人、主要负责人、实际控制人后再申请。",
    ),
    rule!(Refusal, Jiangsu, "js.a9.i9.other-grounds", "第九条", Some("（九）"), "无其他法定不予受理情形",
        application: NewDesignation,
        quote: "法律、法规、规章规定的其他不予受理的情形",
        asks: [q::OTHER_REFUSAL_GROUND],
        check: |ctx| {
            checks::ground_absent(
                ctx,
                &q::OTHER_REFUSAL_GROUND,
                "法律、法规、规章规定的其他不予受理情形",
            )
        },
        advice: "向经办机构咨询该情形的依据与消除方式。",
    ),
    rule!(Refusal, Jiangsu, "js.a13.p3.reassessment-after-3-months", "第十三条", Some("第3款"), "首次评估不合格后整改{}再评估",
        application: NewDesignation,
        quote: "自结果告知送达之日起，整改3个月后可以再次组织评估",
        asks: [q::ASSESSMENT, q::ASSESSMENT_FAILURE_NOTIFIED_ON],
        check: |ctx| checks::after_first_failure(ctx, Reassessment::OrganisedByAgency, ctx.span(&periods::REASSESSMENT)),
        params: [periods::REASSESSMENT],
        advice: "按评估时提出的整改建议整改；满{}后联系经办机构安排再次评估。",
        reading: "由经办机构再次组织评估；整改期间能否另行提出新申请原文未写，判为需人工复核⟦X-12⟧。",
    ),
    rule!(Refusal, Jiangsu, "js.a13.p3.second-failure-1-year", "第十三条", Some("第3款"), "再次评估仍不合格的，{}内不得再次申请",
        application: NewDesignation,
        quote: "评估仍不合格的，1年内不得再次申请",
        asks: [q::ASSESSMENT, q::ASSESSMENT_FAILURE_NOTIFIED_ON],
        check: |ctx| checks::after_second_failure(ctx, ctx.span(&periods::SECOND_FAILURE)),
        params: [periods::SECOND_FAILURE],
        advice: "自再次评估不合格结果告知送达之日起满{}后方可再次申请。",
        reading: "原文未写起算日，按再次评估不合格结果告知送达之日起算（推定）⟦X-8⟧；当日不计入。",
    ),
    rule!(Eligibility, Jiangsu, "js.a2.pharmacy-not-covered", "第二条", None, "零售药店的定点申请",
        application: Any,
        applicant: RetailPharmacy,
        quote: "本省行政区域内医疗机构医疗保障定点管理活动，适用本实施细则",
        asks: [],
        check: |_| {
            checks::silent(
                "江苏细则只规定医疗机构的定点管理，未规定零售药店；本工具所收文件中只有吉林规程规定零售药店，无江苏零售药店的规则数据。",
            )
        },
        advice: "按当地医保经办机构公布的零售药店定点申请指引准备。",
    ),
    rule!(Materials, Jiangsu, "js.a7.internet-materials-not-listed", "第七条", None, "互联网医院补充协议的申请材料",
        application: InternetSupplement,
        quote: "定点医疗机构申请签订互联网医院补充协议的，应当具备以下条件",
        asks: [],
        check: |_| {
            checks::silent("江苏细则第七条只规定条件，未规定申请材料；无材料清单的规则数据。")
        },
        advice: "按当地经办机构的指引准备材料；可按第七条各项条件准备证明（如主管部门批准设置互联网医院或开展互联网诊疗的文件）。",
        reading: "四份文件均未规定互联网补充协议的申请材料⟦X-36⟧。",
    ),
    rule!(Materials, Jiangsu, "js.a8.i1.application-form", "第八条", Some("（一）"), "定点医疗机构申请表",
        application: NewDesignation,
        quote: "定点医疗机构申请表",
        material: (q::MATERIAL_APPLICATION_FORM, "定点医疗机构申请表"),
        advice: "向统筹地区经办机构领取或下载申请表，如实填写并加盖公章。",
    ),
    rule!(Materials, Jiangsu, "js.a8.i2.licence-copy", "第八条", Some("（二）"), "执业证照复印件",
        application: NewDesignation,
        quote: "医疗机构执业许可证或者诊所备案凭证或者军队医疗机构为民服务许可证照复印件",
        material: (q::MATERIAL_LICENCE_COPY, "医疗机构执业许可证或者诊所备案凭证或者军队医疗机构为民服务许可证照复印件"),
        advice: "复印执业许可证（或备案凭证、军队为民服务许可证照）正副本。江苏细则未规定数据共享免交。",
    ),
    rule!(Materials, Jiangsu, "js.a8.i3.internal-systems-text", "第八条", Some("（三）"), "内部管理制度文本",
        application: NewDesignation,
        quote: "与医保政策对应的内部管理制度文本",
        material: (q::MATERIAL_INTERNAL_SYSTEMS_TEXT, "与医保政策对应的内部管理制度文本"),
        advice: "整理成文的医保内部管理制度（江苏未要求财务制度文本，广东、吉林另有要求）。",
    ),
    rule!(Materials, Jiangsu, "js.a8.i4.it-system-materials", "第八条", Some("（四）"), "信息系统相关材料",
        application: NewDesignation,
        quote: "与医保有关的医疗机构信息系统相关材料",
        material: (q::MATERIAL_IT_SYSTEM, "与医保有关的医疗机构信息系统相关材料"),
        advice: "准备信息系统说明、接口改造情况及与医保信息系统对接的相关材料。",
    ),
    rule!(Materials, Jiangsu, "js.a8.i5.fund-forecast-report", "第八条", Some("（五）"), "基金使用预测性分析报告",
        application: NewDesignation,
        quote: "纳入定点后使用医疗保障基金的预测性分析报告",
        asks: [q::MATERIAL_FUND_FORECAST_REPORT],
        check: template::fund_forecast_report,
        advice: "按服务量、病种结构和费用水平测算纳入定点后的医保基金使用情况，形成分析报告。",
    ),
    rule!(Materials, Jiangsu, "js.a35.change-materials-not-listed", "第三十五条", None, "信息变更的申请材料",
        application: InformationChange,
        quote: "应当自有关部门批准之日起30个工作日内向统筹地区经办机构提出变更申请",
        asks: [],
        check: |_| {
            checks::silent("江苏细则第三十五条只规定变更申请及其时限，未列变更申请材料；无材料清单的规则数据。")
        },
        advice: "自有关部门批准之日起30个工作日内提出变更申请；材料按经办机构指引准备（通常包括变更申请表、批准变更的文件和变更后的证照）。",
    ),
    rule!(Materials, Jiangsu, "js.a36.renewal-materials-not-listed", "第三十六条", None, "续签的申请材料",
        application: Renewal,
        quote: "续签应当由定点医疗机构于医保协议期满前3个月向经办机构提出申请或者由经办机构统一组织",
        asks: [],
        check: |_| {
            checks::silent("江苏细则第三十六条只规定续签申请的时点，未列续签材料；无材料清单的规则数据。")
        },
        advice: "于协议期满前3个月提出续签申请，或等待经办机构统一组织；材料按经办机构指引准备。",
    ),
];

/// This version's rules by family (application conditions first, then the
/// “互联网+” agreement, materials, retail pharmacies, the compliance
/// self-audit, deadlines), for its row of the registry (`catalog::registry`).
pub static FAMILIES: &[&[crate::catalog::Rule]] = &[
    RULES,
    internet::RULES,
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
    compliance::tests::CASES,
    deadlines::tests::CASES,
];

#[cfg(test)]
pub(crate) mod tests;
