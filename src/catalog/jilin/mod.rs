//! 吉林省医药机构医疗保障协议管理经办规程（试行） (JL), in force from
//! 2026-01-01: the rules for medical institutions applying for designation.
//! Before that date the engine reports every rule as not covered: the rules
//! then in force are not in the seed (rules map §1.3, §11 X-34).
//!
//! The seed lost the numbers of 第十条、第十一条 (presumed by the article
//! parser) and of 第二十九条（一）（二）（五）; the quotes below cite only
//! items whose numbers survive (rules map §0.2, §11 X-28).
//!
//! Elsewhere in this folder: pharmacy/ (第十九条～第二十二条, retail
//! pharmacies), internet.rs (第十五条), materials.rs (第十六条, 第三十七条),
//! deadlines/ (the time limits).
//!
//! 第三十六条（三）: a village clinic under 乡村一体化管理 does not apply by
//! itself; its township health centre signs for it.
//!
//! Not encoded as rules: 第十条【推定】、第二十四条、第三十条 annual plan and
//! quota (a ranking, not a condition the institution can check; rules map
//! §7.2 B8); 第三十六条（一）（二）（四） who signs for multi-site
//! institutions and medical alliances, and with which agency (rules map §2.4).

pub mod compliance;
pub mod deadlines;
pub mod internet;
pub mod risks;

pub mod materials;

mod periods;
pub mod pharmacy;

use crate::catalog::builder::rule;
use crate::catalog::checks::{self, Reassessment};
use crate::catalog::rule::{Ctx, Excerpt, Missing, Rule, Verdict};
use crate::catalog::template;
use crate::facts::questions as q;
use crate::facts::{InstitutionKind, Licence, MainScope, PreviousInstitution};
use crate::report::Outcome;

type Checked = Result<Verdict, Missing>;

const A13_LEAD: Excerpt = Excerpt {
    item: None,
    quote: "以下取得医疗机构执业许可证或中医诊所备案证或诊所备案凭证的医疗机构，以及经军队主管部门批准有为民服务资质的军队医疗机构可以申请医保定点",
};

const C5_ADVICE: &str = "在提出申请前完成：本条写「具备」，申请时即须具备；评估时还将核查与医保有关的信息系统是否具备开展直接联网结算的条件（第二十八条（五））。";

const C5_UPLOAD_READING: &str = "「按照有关规定」同时修饰四类数据，原文不区分。默认读法(a)：「按照有关规定」指上传的方式与标准，四类（全量就诊人员结算信息、医保结算清单、药品耗材追溯码、进销存信息）均须能上传（第十四条「应当同时具备」），任一不能即不符合；另一读法(b)：上传范围依当地规定，当地未作要求的不要求——不作默认⟦X-40⟧。";

/// A condition of 第十四条（五） (and of 第十九条（六） for pharmacies) that
/// the applicant must meet when it applies.
pub(super) fn c5_item(ctx: &Ctx, question: &'static q::Question<bool>, what: &str) -> Checked {
    checks::held_when_applying(ctx, question, what, "本条要求申请时即具备")
}

fn kind_listed(ctx: &Ctx) -> Checked {
    checks::kind_listed(ctx, A13_LEAD, Outcome::NeedsReview)
}

fn licence(ctx: &Ctx) -> Checked {
    checks::licence_accepted(
        ctx,
        &[
            Licence::PracticeLicence,
            Licence::TcmClinicRecord,
            Licence::ClinicRecord,
        ],
        &[],
    )
}

fn internal_systems(ctx: &Ctx) -> Checked {
    checks::all_yes(
        ctx,
        &[
            (&q::SYSTEM_INSURANCE_MANAGEMENT, "医保管理制度"),
            (&q::SYSTEM_FINANCE, "财务制度"),
            (&q::SYSTEM_STATISTICS_INFORMATION, "统计信息管理制度"),
            (&q::SYSTEM_QUALITY_SAFETY_CORE, "医疗质量安全核心制度"),
        ],
    )
}

fn uploads(ctx: &Ctx) -> Checked {
    checks::all_yes(
        ctx,
        &[
            (
                &q::IT_UPLOADS_SETTLEMENT_INFORMATION,
                "上传全量就诊人员结算信息",
            ),
            (&q::IT_UPLOADS_SETTLEMENT_LISTS, "上传医保结算清单"),
            (&q::IT_UPLOADS_TRACEABILITY_CODES, "上传药品耗材追溯码"),
            (&q::IT_UPLOADS_INVENTORY, "上传进销存信息"),
        ],
    )
}

/// 第三十六条（三）: a village clinic under 乡村一体化管理 is signed for by
/// the township health centre that manages it; other village clinics apply
/// themselves.
fn village_clinic(ctx: &Ctx) -> Checked {
    if ctx.get(&q::INSTITUTION_KIND)? != InstitutionKind::VillageClinic {
        return Ok(Verdict::not_applicable("本项只涉及村卫生室。"));
    }
    Ok(if ctx.get(&q::VILLAGE_INTEGRATED)? {
        Verdict::fail("本村卫生室实行乡村一体化管理：应由代管理的乡（镇）卫生院统一签订医保协议（协议中明确代管的村卫生室名单），本村卫生室不自行申请定点。")
    } else {
        Verdict::pass("本村卫生室未实行乡村一体化管理：按本规程要求按程序申请纳入定点服务机构管理范围、签订医保协议。")
    })
}

pub static RULES: &[Rule] = &[
    rule!(Eligibility, Jilin, "jl.a13.kind-listed", "第十三条", None, "机构类型属可申请定点的范围",
        application: NewDesignation,
        quote: A13_LEAD.quote,
        excerpts: &checks::KIND_ITEMS,
        asks: [q::INSTITUTION_KIND],
        check: kind_listed,
        advice: "类别不在本条六项之内的，先向卫生健康部门核实执业登记类别，再向统筹地区医保经办机构确认能否申请定点。",
        reading: "本条第（六）项以「；」结尾，其后直接接第十四条，清单可能有遗漏项：类别不在所列六项之内的判为需人工复核，不自动判为不符合⟦X-28⟧。",
    ),
    rule!(Eligibility, Jilin, "jl.a13.licence", "第十三条", None, "取得执业许可证、中医诊所备案证或诊所备案凭证",
        application: NewDesignation,
        quote: A13_LEAD.quote,
        asks: [q::INSTITUTION_KIND, q::LICENCE],
        check: licence,
        advice: "先取得医疗机构执业许可证、中医诊所备案证或诊所备案凭证（军队医疗机构：军队医疗机构为民服务许可证）再申请；申请时须提交其复印件（第十六条（二））。",
    ),
    rule!(Eligibility, Jilin, "jl.a36.i3.village-clinic-integrated", "第三十六条", Some("（三）"), "乡村一体化管理的村卫生室由乡镇卫生院统一签约",
        application: NewDesignation,
        quote: "对乡村一体化管理的村卫生室，应由代管理的乡（镇）卫生院统一签订医保协议（协议中应明确代管的村卫生室名单），并由乡（镇）卫生院加强监管",
        asks: [q::INSTITUTION_KIND, q::VILLAGE_INTEGRATED],
        check: village_clinic,
        advice: "由代管理的乡（镇）卫生院统一与医保经办机构签订医保协议，并在协议中列明本村卫生室。",
        reading: "本项规定由谁签约：实行乡村一体化管理的村卫生室不自行申请，由代管理的乡（镇）卫生院统一签订，故判为不符合（不能以本机构名义申请），但可经乡（镇）卫生院纳入定点；其他村卫生室按程序自行申请⟦X-38⟧。",
    ),
    rule!(Condition, Jilin, "jl.a14.i1.operating-3-months", "第十四条", Some("（一）"), "正式运营至少{}",
        application: NewDesignation,
        quote: "正式运营至少3个月",
        asks: [q::OPERATING_SINCE],
        check: |ctx| checks::operating_at_least(ctx, &q::OPERATING_SINCE, ctx.span(&periods::OPERATING)),
        params: [periods::OPERATING],
        advice: "待正式运营满{}后再提出申请，并备好能证明正式运营开始日期的材料。",
        reading: "“满3个月”按《民法典》第二百零一条：运营当日不计入，到期月对应日届满，次日起满足；恰逢届满当日判为需人工复核。正式运营以何为证原文未定义⟦X-9⟧。",
    ),
    rule!(Condition, Jilin, "jl.a14.i2.physician-main-practice", "第十四条", Some("（二）"), "至少1名主要执业机构在本机构的医师",
        application: NewDesignation,
        quote: "至少有1名取得医师执业证书、乡村医生执业证书或中医（专长）医师资格证书且主要执业机构在该医疗机构的医师",
        asks: [q::PHYSICIANS_MAIN_PRACTICE_HERE],
        check: |ctx| {
            checks::at_least(
                ctx,
                &q::PHYSICIANS_MAIN_PRACTICE_HERE,
                1,
                "持证且主要执业机构在本机构的医师",
            )
        },
        advice: "至少1名持医师执业证书、乡村医生执业证书或中医（专长）医师资格证书的医师须以本机构为主要执业机构；评估时将核查医师主要执业机构信息（第二十八条（二））。",
        reading: "吉林以「主要执业机构」计，不以江苏、广东的「第一注册地」计：只填了第一注册地人数的，须补充主要执业机构为本机构的医师人数⟦X-3⟧。",
    ),
    rule!(Condition, Jilin, "jl.a14.i3.principal-and-staff", "第十四条", Some("（三）"), "主要负责人负责医保工作并配备医保管理人员",
        application: NewDesignation,
        quote: "主要负责人负责医保工作，配备专（兼）职医保管理人员",
        asks: [q::PRINCIPAL_IN_CHARGE_OF_INSURANCE, q::INSURANCE_STAFF],
        check: checks::principal_and_staff,
        advice: "以文件明确主要负责人负责医保工作，并指定专职或兼职医保管理人员。",
    ),
    rule!(Condition, Jilin, "jl.a14.i3.department-100-beds", "第十四条", Some("（三）"), "100张床位以上设内部医保管理部门",
        application: NewDesignation,
        quote: "100张床位以上的医疗机构应当设内部医保管理部门，安排专职工作人员",
        asks: [q::BEDS, q::INSURANCE_DEPARTMENT, q::INSURANCE_DEPARTMENT_FULL_TIME_STAFF],
        check: checks::department_from_100_beds,
        advice: "设立内部医保管理部门，并安排专职工作人员。",
        reading: "“100张床位以上”含100张（《民法典》第一千二百五十九条）；床位按核定床位还是开放床位计，文件未定义⟦X-39⟧。",
    ),
    rule!(Condition, Jilin, "jl.a14.i4.internal-systems", "第十四条", Some("（四）"), "具有医保管理、财务、统计信息管理、医疗质量安全核心制度",
        application: NewDesignation,
        quote: "具有符合医保协议管理要求的医保管理制度、财务制度、统计信息管理制度、医疗质量安全核心制度等",
        asks: [
            q::SYSTEM_INSURANCE_MANAGEMENT,
            q::SYSTEM_FINANCE,
            q::SYSTEM_STATISTICS_INFORMATION,
            q::SYSTEM_QUALITY_SAFETY_CORE,
        ],
        check: internal_systems,
        advice: "制定所缺的制度并形成文本：医保管理制度、财务制度、统计信息管理制度、医疗质量安全核心制度（申请时须提交内部管理制度和财务制度文本，第十六条（四））。",
        reading: "所列四类制度均须具备；「等」字所含的其他制度原文未列，不逐项判断⟦X-1⟧。",
    ),
    rule!(Condition, Jilin, "jl.a14.i5.interface-standard", "第十四条", Some("（五）"), "具备符合要求的信息系统技术和接口标准",
        application: NewDesignation,
        quote: "具备符合医保协议管理要求的信息系统技术和接口标准",
        asks: [q::IT_INTERFACE_STANDARD],
        check: |ctx| checks::interface_standard(ctx, false),
        advice: C5_ADVICE,
        reading: "吉林写「具备」，不同于江苏「能按照……进行信息系统改造」：申请时须已完成改造，仅能够改造而尚未完成的不符合⟦X-2⟧。",
    ),
    rule!(Condition, Jilin, "jl.a14.i5.connected", "第十四条", Some("（五）"), "与医保信息系统有效对接",
        application: NewDesignation,
        quote: "实现与医保信息系统有效对接",
        asks: [q::IT_CONNECTED],
        check: |ctx| c5_item(ctx, &q::IT_CONNECTED, "实现与医保信息系统有效对接"),
        advice: C5_ADVICE,
    ),
    rule!(Condition, Jilin, "jl.a14.i5.uploads-to-platform", "第十四条", Some("（五）"), "上传结算信息、结算清单、追溯码、进销存信息至医保信息平台",
        application: NewDesignation,
        quote: "按照有关规定，规范、准确、完整上传全量就诊人员结算信息、医保结算清单、药品耗材追溯码、进销存信息等信息至医保信息平台",
        asks: [
            q::IT_UPLOADS_SETTLEMENT_INFORMATION,
            q::IT_UPLOADS_SETTLEMENT_LISTS,
            q::IT_UPLOADS_TRACEABILITY_CODES,
            q::IT_UPLOADS_INVENTORY,
        ],
        check: uploads,
        advice: "在申请前打通四类数据的上传：全量就诊人员结算信息、医保结算清单、药品耗材追溯码、进销存信息，做到规范、准确、完整；上传的码种与范围向统筹地区医保经办机构确认。",
        reading: C5_UPLOAD_READING,
    ),
    rule!(Condition, Jilin, "jl.a14.i5.direct-settlement", "第十四条", Some("（五）"), "能够为参保人提供联网直接结算",
        application: NewDesignation,
        quote: "能够为参保人提供联网直接结算",
        asks: [q::IT_DIRECT_SETTLEMENT],
        check: |ctx| c5_item(ctx, &q::IT_DIRECT_SETTLEMENT, "能够为参保人提供联网直接结算"),
        advice: C5_ADVICE,
    ),
    rule!(Condition, Jilin, "jl.a14.i5.base-databases", "第十四条", Some("（五）"), "设立医保基础数据库",
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
        advice: "设立医保药品、诊疗项目、医疗服务设施、医用耗材、疾病病种、医务人员六类基础数据库；系统评估时将核查（第二十九条「系统评估」项）。",
    ),
    rule!(Condition, Jilin, "jl.a14.i5.national-codes", "第十四条", Some("（五）"), "按规定使用国家统一的医保编码",
        application: NewDesignation,
        quote: "按规定使用国家统一的医保编码",
        asks: [q::IT_NATIONAL_CODES],
        check: |ctx| c5_item(ctx, &q::IT_NATIONAL_CODES, "按规定使用国家统一的医保编码"),
        advice: C5_ADVICE,
    ),
    rule!(Condition, Jilin, "jl.a14.i5.insurance-code-full-process", "第十四条", Some("（五）"), "推动医保码在就医服务全流程使用",
        application: NewDesignation,
        quote: "按要求推动医保码在挂号、就诊、支付、取药、取报告等就医服务全流程使用",
        asks: [q::IT_INSURANCE_CODE_FULL_PROCESS],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::IT_INSURANCE_CODE_FULL_PROCESS,
                Outcome::NeedsReview,
                "已推动医保码在挂号、就诊、支付、取药、取报告等就医服务全流程使用。",
                "尚未推动医保码在就医服务全流程使用：本项写「按要求推动」，是否为申请时的必备条件取决于当地要求，须向经办机构确认。",
            )
        },
        advice: "向统筹地区医保经办机构了解当地对医保码全流程应用的要求，并在挂号、就诊、支付、取药、取报告等环节支持医保码。",
        reading: "「按要求推动」为条件性措辞：是否必备取决于当地要求。默认作“建议”：已推动的符合，尚未推动的判为需人工复核，不自动判为不符合；可配置为必需⟦X-40⟧。",
    ),
    rule!(Condition, Jilin, "jl.a14.i6.other-conditions", "第十四条", Some("（六）"), "符合其他法定条件",
        application: NewDesignation,
        quote: "符合法律、法规、规章和省级及以上医疗保障行政部门规定的其他条件",
        asks: [q::OTHER_CONDITIONS_MET],
        check: template::other_conditions_met,
        advice: "对照统筹地区医保经办机构公布的申请条件（第二十三条）逐项核实其他条件。",
    ),
    rule!(Refusal, Jilin, "jl.a17.i1.non-basic-main-scope", "第十七条", Some("（一）"), "不以非基本医疗服务为主要执业范围",
        application: NewDesignation,
        quote: "以医疗美容、生活照护、种植牙等非基本医疗服务为主要执业范围的",
        asks: [q::MAIN_SCOPE],
        check: |ctx| {
            checks::non_basic_scope(
                ctx,
                &[
                    MainScope::Cosmetology,
                    MainScope::LifeCare,
                    MainScope::DentalImplant,
                ],
                &[MainScope::AssistedReproduction],
            )
        },
        advice: "以非基本医疗服务为主要执业范围的机构不予受理；如基本医疗服务已成为主要业务，备好业务构成证明后再申请。以辅助生殖为主的，先向经办机构确认。",
        reading: "吉林本项未列「辅助生殖」（江苏、广东列有），但以「等非基本医疗服务」开放列举：以辅助生殖为主的判为需人工复核⟦X-5⟧。",
    ),
    rule!(Refusal, Jilin, "jl.a17.i2.price-policy", "第十七条", Some("（二）"), "基本医疗服务执行医药价格政策",
        application: NewDesignation,
        quote: "基本医疗服务未执行医疗保障行政部门制定的医药价格政策的",
        asks: [q::PRICE_POLICY_FOLLOWED],
        check: checks::price_policy,
        advice: "按医疗保障行政部门制定的医药价格政策调整基本医疗服务收费后再申请。",
    ),
    rule!(Refusal, Jilin, "jl.a17.i3.administrative-penalty", "第十七条", Some("（三）"), "无未依法履行的行政处罚责任",
        application: NewDesignation,
        quote: "未依法履行行政处罚责任的",
        asks: [q::UNFULFILLED_ADMINISTRATIVE_PENALTY],
        check: template::penalty_unfulfilled,
        advice: "先履行完毕行政处罚决定（缴清罚款等），保留履行凭证，再申请。",
    ),
    rule!(Refusal, Jilin, "jl.a17.i4.fraudulent-application-3-years", "第十七条", Some("（四）"), "弄虚作假申请定点，自发现之日起未满{}",
        application: NewDesignation,
        quote: "以弄虚作假等不正当手段申请定点医疗机构资格，自发现之日起未满3年的",
        asks: [q::FRAUDULENT_APPLICATION, q::FRAUDULENT_APPLICATION_DISCOVERED_ON],
        check: |ctx| template::fraudulent_application(ctx, "被发现以弄虚作假等不正当手段申请定点医疗机构资格", ctx.span(&periods::FRAUD)),
        params: [periods::FRAUD],
        advice: "自发现之日起满{}后方可再申请。",
        reading: "回看期按《民法典》第二百零一条：发现当日不计入，满3年之次日起不再构成障碍；恰逢届满当日判为需人工复核⟦§8.0⟧。",
    ),
    rule!(Refusal, Jilin, "jl.a17.i5.terminated-for-violation-3-years", "第十七条", Some("（五）"), "因违法违规被解除协议未满{}或责任未履行完毕",
        application: NewDesignation,
        quote: "因违法违规被解除协议未满3年或已满3年但未完全履行行政处罚法律责任的",
        asks: [
            q::TERMINATED_FOR_VIOLATION,
            q::TERMINATED_FOR_VIOLATION_ON,
            q::VIOLATION_PENALTY_FULFILLED,
        ],
        check: |ctx| template::terminated_for_violation(ctx, "行政处罚法律责任", "因违法违规被解除协议", ctx.span(&periods::VIOLATION)),
        params: [periods::VIOLATION],
        advice: "自解除之日起满{}，且行政处罚法律责任已完全履行后，方可再申请。",
        reading: "原文未写起算日，按协议解除生效日起算（推定）⟦X-8⟧；当日不计入。已满3年但行政处罚法律责任未完全履行的，不论时间仍不予受理。",
    ),
    rule!(Refusal, Jilin, "jl.a17.i6.terminated-for-breach-1-year", "第十七条", Some("（六）"), "因严重违约被解除协议未满{}或违约责任未履行完毕",
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
    rule!(Refusal, Jilin, "jl.a17.i7.leader-caused-termination-5-years", "第十七条", Some("（七）"), "负责人导致原定点医疗机构被解除协议未满{}",
        application: NewDesignation,
        quote: "法定代表人、主要负责人或实际控制人曾因严重违法违规导致原定点医疗机构被解除医保协议，未满5年的",
        asks: [
            q::LEADER_CAUSED_TERMINATION,
            q::LEADER_PREVIOUS_INSTITUTION,
            q::LEADER_TERMINATION_ON,
        ],
        check: |ctx| checks::leader_lookback(ctx, PreviousInstitution::MedicalInstitution, ctx.span(&periods::LEADER)),
        params: [periods::LEADER],
        advice: "自原机构协议解除之日起满{}后方可申请，或更换法定代表人、主要负责人、实际控制人（须如实申报）。",
        reading: "原文未写起算日，按原机构协议解除生效日起算（推定）；原机构为零售药店时本项（「原定点医疗机构」）未覆盖，判为需人工复核⟦X-8⟧。",
    ),
    rule!(Refusal, Jilin, "jl.a17.i8.leader-dishonest", "第十七条", Some("（八）"), "负责人未被列入失信人名单",
        application: NewDesignation,
        quote: "法定代表人、主要负责人或实际控制人被列入失信人名单的",
        asks: [q::LEADER_DISHONEST],
        check: template::leader_dishonest,
        advice: "待相关人员移出失信人名单，或依法变更法定代表人、主要负责人、实际控制人后再申请。",
    ),
    rule!(Refusal, Jilin, "jl.a17.i9.other-grounds", "第十七条", Some("（九）"), "无其他法定不予受理情形",
        application: NewDesignation,
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
    rule!(Refusal, Jilin, "jl.a18.application-matches-licence", "第十八条", None, "申请所填基本信息与执业许可证登记信息相符",
        application: NewDesignation,
        quote: "医疗机构提供机构名称、地址、类别、诊疗科目、法定代表人、登记号等基本信息，是否与其医疗机构执业许可证登记信息相符",
        asks: [q::APPLICATION_MATCHES_LICENCE],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::APPLICATION_MATCHES_LICENCE,
                Outcome::Fail,
                "申请所填机构名称、地址、类别、诊疗科目、法定代表人、登记号与执业许可证登记信息相符。",
                "申请所填基本信息与执业许可证登记信息不符：受理审核时按默认读法将退回申请材料并告知不予受理的理由（第二十四条（三））。",
            )
        },
        advice: "提交前逐项核对机构名称、地址、类别、诊疗科目、法定代表人、登记号与执业许可证登记信息；登记信息已变化的，先到卫生健康部门办理变更，或改正申请表后再提交。",
        reading: "原文只写受理审核时核对这六项是否相符，未写不符的后果。默认：按第二十四条（三）「不符合申请条件的……退回申请材料，并告知不予受理的理由」处理，判为不符合；另一可能是按第二十四条（二）一次性告知补正，补正期5个工作日，逾期视为放弃此次申请。",
    ),
    rule!(Refusal, Jilin, "jl.a29.falsified-materials-3-years", "第二十九条", None, "评估时发现虚构、篡改材料，{}内不再受理",
        application: NewDesignation,
        quote: "评估时发现医药机构采取虚构、篡改等不正当手段报送申请材料或评估材料的，医保经办机构应当留存证据，3年内不再受理该医药机构的定点申请",
        asks: [q::FALSIFIED_MATERIALS, q::FALSIFIED_MATERIALS_DISCOVERED_ON],
        check: |ctx| template::falsified_materials(ctx, ctx.span(&periods::FALSIFIED)),
        params: [periods::FALSIFIED],
        advice: "自被发现之日起满{}后方可再申请；再次申请时如实报送全部材料。",
        reading: "原文未写「3年内」的起算日，按评估时发现之日起算（推定，与第十七条（四）「自发现之日起」一致）⟦X-8⟧；当日不计入，恰逢届满当日判为需人工复核。",
    ),
    rule!(Refusal, Jilin, "jl.a29.i4.reapply-after-3-months", "第二十九条", Some("（四）"), "首次评估不合格后整改{}再申请",
        application: NewDesignation,
        quote: "自结果告知送达之日起，整改3个月后可再次申请并组织评估",
        asks: [q::ASSESSMENT, q::ASSESSMENT_FAILURE_NOTIFIED_ON],
        check: |ctx| checks::after_first_failure(ctx, Reassessment::NewApplication, ctx.span(&periods::REASSESSMENT)),
        params: [periods::REASSESSMENT],
        advice: "按评估时提出的整改建议整改；自结果告知送达之日起满{}后再次提出定点申请（重新经受理审核）。",
        reading: "吉林须「再次申请」，不同于江苏、广东由经办机构再次组织评估：整改满3个月前的再次申请不应被接受（称“不予受理”还是“退回”原文未写）；满3个月按《民法典》第二百零一条，送达当日不计入，恰逢届满当日判为需人工复核⟦X-12⟧。",
    ),
    rule!(Refusal, Jilin, "jl.a29.i4.second-failure-1-year", "第二十九条", Some("（四）"), "再次评估仍不合格的，{}内不得再次申请",
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
    pharmacy::RULES,
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
    pharmacy::tests::CASES,
    compliance::tests::CASES,
    deadlines::tests::CASES,
];

#[cfg(test)]
pub(crate) mod tests;
