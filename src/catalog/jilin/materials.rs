//! Jilin (JL): the materials of a medical institution's application for
//! designation (第十六条), of its information change (第三十七条（一）, and
//! （三） for the bank account), and the silence of 第三十九条 on renewal
//! materials. Retail pharmacies are in [`super::pharmacy`].
//!
//! JL has no data-sharing exemption (unlike GD/ZS 第八条第2款; rules map
//! §11 X-14a): every copy the list names is required. 第十二条「各地可根据
//! 医疗保障定点管理办法相关要求，明确申请医保定点需要提供的材料」 lets each
//! area add materials; they come under 第十六条（七）.
//!
//! The materials of 第三十七条（一） are numbered 「1.」～「7.」 inside the
//! item; each rule cites the item （一） and names its number in the title.
//! Not encoded: 第三十七条末款 (5 working days' notice before a change of
//! registered address, then an on-site assessment; rules map §11 X-51), a
//! procedure, not a material.

use crate::catalog::builder::rule;
use crate::catalog::checks;
use crate::catalog::rule::{Ctx, Excerpt, Missing, Rule, Verdict};
use crate::catalog::template;
use crate::facts::questions::{self as q, Question};
use crate::facts::{ChangeKind, Choice};

type Checked = Result<Verdict, Missing>;

/// 第十六条（四）「内部管理制度和财务制度文本」: both texts, naming each one missing.
fn systems_and_finance_text(ctx: &Ctx) -> Checked {
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
}

/// 第三十七条（三）: a change of bank account needs only the form.
const A37_I3_BANK_ACCOUNT: Excerpt = Excerpt {
    item: Some("（三）"),
    quote: "定点医药机构变更银行账户时应当提交定点医药机构信息变更申请表",
};

const CHANGE_FORM: &str = "定点医药机构信息变更申请表";

/// The changes 第三十七条（一） lists for a medical institution: 名称、
/// 法定代表人、主要负责人或实际控制人、注册地址、诊疗科目、机构规模、机构性质、
/// 等级和类别.
const ITEM_ONE_CHANGES: [ChangeKind; 7] = [
    ChangeKind::Name,
    ChangeKind::LegalRepresentative,
    ChangeKind::RegisteredAddress,
    ChangeKind::PracticeScope,
    ChangeKind::Scale,
    ChangeKind::Nature,
    ChangeKind::GradeCategory,
];

/// Which list of 第三十七条 the changes call for.
#[derive(PartialEq)]
enum ChangeList {
    /// At least one change 第三十七条（一） lists.
    ItemOne,
    /// Only the bank account: （三）, the form alone.
    BankAccountOnly,
    /// No change （一） or （三） lists (none chosen, or only kinds such as a
    /// reissued licence or a pharmacy's business mode): a person must judge.
    Unlisted,
}

fn change_list(changes: &[ChangeKind]) -> ChangeList {
    if changes.iter().any(|k| ITEM_ONE_CHANGES.contains(k)) {
        ChangeList::ItemOne
    } else if !changes.is_empty() && changes.iter().all(|&k| k == ChangeKind::BankAccount) {
        ChangeList::BankAccountOnly
    } else {
        ChangeList::Unlisted
    }
}

/// The chosen changes that neither （一） nor （三） lists, by their labels.
fn unlisted(changes: &[ChangeKind]) -> Vec<&'static str> {
    changes
        .iter()
        .filter(|&&k| !ITEM_ONE_CHANGES.contains(&k) && k != ChangeKind::BankAccount)
        .map(|&k| k.label())
        .collect()
}

fn unlisted_detail(changes: &[ChangeKind]) -> String {
    let others = unlisted(changes);
    if others.is_empty() {
        "未选择变更事项，无法确定适用第三十七条哪一项的材料清单。".to_string()
    } else {
        format!(
            "所选变更事项（{}）不在第三十七条（一）所列医疗机构变更事项之内，也不是（三）银行账户变更；本项材料是否需要，原文未写，须向经办机构确认。",
            others.join("、")
        )
    }
}

const BANK_ACCOUNT_ONLY: &str =
    "仅变更银行账户：第三十七条（三）只要求提交定点医药机构信息变更申请表，本项不需提供。";

/// A material 第三十七条（一） requires for every change it lists.
fn item_one_material(ctx: &Ctx, question: &'static Question<bool>, name: &str) -> Checked {
    let changes = ctx.get(&q::APPLICATION_CHANGES);
    let Ok(changes) = changes else {
        // Name the material too: every change （一） lists needs it.
        let _ = ctx.get(question);
        return Err(Missing);
    };
    match change_list(&changes) {
        ChangeList::ItemOne => checks::material(ctx, question, name),
        ChangeList::BankAccountOnly => Ok(Verdict::not_applicable(BANK_ACCOUNT_ONLY)),
        ChangeList::Unlisted => Ok(Verdict::review(unlisted_detail(&changes))),
    }
}

/// A material of 第三十七条（一） required only for one kind of change
/// (「等级变更时提供」, 「变更地址需要提供」).
fn conditional_material(
    ctx: &Ctx,
    trigger: ChangeKind,
    question: &'static Question<bool>,
    name: &str,
    caveat: &str,
) -> Checked {
    let changes = ctx.get(&q::APPLICATION_CHANGES)?;
    if !changes.contains(&trigger) {
        return Ok(Verdict::not_applicable(format!(
            "变更事项不含「{}」，本项不需提供。",
            trigger.label()
        )));
    }
    Ok(if ctx.get(question)? {
        Verdict::pass(format!("变更「{}」，已备：{name}。", trigger.label()))
    } else {
        Verdict::fail(format!(
            "变更「{}」，缺：{name}。须补齐后提交，否则经办机构将一次性告知补正。{caveat}",
            trigger.label()
        ))
    })
}

/// 第三十七条（一）1. and （三）: the form, for any change either lists.
fn change_form(ctx: &Ctx) -> Checked {
    let changes = ctx.get(&q::APPLICATION_CHANGES);
    let form = ctx.get(&q::MATERIAL_APPLICATION_FORM);
    // Changes none of （一）（三） lists need review whether or not the form
    // is in hand.
    if let Ok(changes) = &changes {
        if change_list(changes) == ChangeList::Unlisted {
            return Ok(Verdict::review(unlisted_detail(changes)));
        }
    }
    let (changes, form) = (changes?, form?);
    let in_hand = |prefix: &str| -> Verdict {
        if form {
            Verdict::pass(format!("{prefix}已备：{CHANGE_FORM}。"))
        } else {
            Verdict::fail(format!(
                "{prefix}缺：{CHANGE_FORM}。须补齐后提交，否则经办机构将一次性告知补正。"
            ))
        }
    };
    Ok(match change_list(&changes) {
        ChangeList::ItemOne => {
            let others = unlisted(&changes);
            if form && !others.is_empty() {
                Verdict::review(format!(
                    "已备：{CHANGE_FORM}。但另选的变更事项（{}）不在第三十七条（一）所列之内，是否须另交材料（证照重新核发的另见第三十八条），须向经办机构确认。",
                    others.join("、")
                ))
            } else {
                in_hand("")
            }
        }
        ChangeList::BankAccountOnly => {
            in_hand("仅变更银行账户，第三十七条（三）只要求本表。").citing(A37_I3_BANK_ACCOUNT)
        }
        ChangeList::Unlisted => Verdict::review(unlisted_detail(&changes)),
    })
}

pub static RULES: &[Rule] = &[
    rule!(Materials, Jilin, "jl.a16.i1.application-form", "第十六条", Some("（一）"), "新增定点医疗机构申请表",
        application: NewDesignation,
        quote: "新增定点医疗机构申请表",
        material: (q::MATERIAL_APPLICATION_FORM, "新增定点医疗机构申请表"),
        advice: "向所在统筹地区医保经办机构领取或下载新增定点医疗机构申请表，如实填写并加盖公章；所填名称、地址、类别、诊疗科目、法定代表人、登记号须与执业许可证一致（第十八条）。",
    ),
    rule!(Materials, Jilin, "jl.a16.i2.licence-copy", "第十六条", Some("（二）"), "执业证照复印件",
        application: NewDesignation,
        quote: "医疗机构执业许可证或中医诊所备案证或诊所备案凭证或军队医疗机构为民服务许可证复印件",
        material: (q::MATERIAL_LICENCE_COPY, "医疗机构执业许可证或中医诊所备案证或诊所备案凭证或军队医疗机构为民服务许可证复印件"),
        advice: "复印执业许可证（或中医诊所备案证、诊所备案凭证、军队医疗机构为民服务许可证）。吉林规程未规定数据共享免交，即使经办机构能查询核验也须提交。",
    ),
    rule!(Materials, Jilin, "jl.a16.i3.legal-entity-certificate-copy", "第十六条", Some("（三）"), "法人或登记证照复印件",
        application: NewDesignation,
        quote: "事业单位法人证书、民办非企业单位登记证书或营业执照等证照复印件",
        material: (q::MATERIAL_LEGAL_ENTITY_CERTIFICATE_COPY, "事业单位法人证书、民办非企业单位登记证书或营业执照等证照复印件"),
        advice: "按本机构的登记类型复印事业单位法人证书、民办非企业单位登记证书或营业执照。",
        reading: "村卫生室、养老机构内设的医疗机构等可能没有自己的法人或登记证照；能否以举办单位的证照代替原文未写（乡村一体化管理的村卫生室由代管理的乡（镇）卫生院统一签订医保协议，第三十六条（三）），须向经办机构确认⟦X-38⟧。",
    ),
    rule!(Materials, Jilin, "jl.a16.i4.systems-and-finance-text", "第十六条", Some("（四）"), "内部管理制度和财务制度文本",
        application: NewDesignation,
        quote: "与医疗保障政策对应的内部管理制度和财务制度文本",
        asks: [q::MATERIAL_INTERNAL_SYSTEMS_TEXT, q::MATERIAL_FINANCE_SYSTEM_TEXT],
        check: systems_and_finance_text,
        advice: "整理成文的医保内部管理制度（第十四条（四）所列医保管理、财务、统计信息管理、医疗质量安全核心制度等）和财务制度，两种文本均须提交。",
    ),
    rule!(Materials, Jilin, "jl.a16.i5.it-system-materials", "第十六条", Some("（五）"), "信息系统相关材料",
        application: NewDesignation,
        quote: "与医疗保障有关的信息系统相关材料",
        asks: [q::MATERIAL_IT_SYSTEM],
        check: template::it_system_materials,
        advice: "准备信息系统说明、接口改造情况、基础数据库、国家统一医保编码使用及各类数据上传能力等与医保信息系统对接的材料。",
    ),
    rule!(Materials, Jilin, "jl.a16.i6.fund-forecast-report", "第十六条", Some("（六）"), "基金使用预测性分析报告",
        application: NewDesignation,
        quote: "纳入定点后使用医疗保障基金的预测性分析报告",
        asks: [q::MATERIAL_FUND_FORECAST_REPORT],
        check: template::fund_forecast_report,
        advice: "按服务量、病种结构和费用水平测算纳入定点后的医保基金使用情况，形成分析报告。",
    ),
    rule!(Materials, Jilin, "jl.a16.i7.other-materials", "第十六条", Some("（七）"), "省级医疗保障行政部门要求的其他材料",
        application: NewDesignation,
        quote: "省级医疗保障行政部门按相关规定要求提供的其他材料",
        asks: [q::MATERIAL_OTHER_LOCAL],
        check: |ctx| checks::other_local_materials(ctx, "省级医疗保障行政部门"),
        advice: "对照医保经办机构公布的申请材料（第二十三条）和统筹地区依第十二条明确的材料，逐项核对还需提交的材料。",
        reading: "医疗机构的兜底材料由「省级医疗保障行政部门」要求，零售药店（第二十条（八））为「市级医疗保障行政部门」⟦X-29⟧；第十二条另许各地明确申请医保定点需要提供的材料。",
    ),
    rule!(Materials, Jilin, "jl.a37.i1.change-application-form", "第三十七条", Some("（一）"), "变更材料1：定点医药机构信息变更申请表",
        application: InformationChange,
        quote: CHANGE_FORM,
        excerpts: &[A37_I3_BANK_ACCOUNT],
        asks: [q::APPLICATION_CHANGES, q::MATERIAL_APPLICATION_FORM],
        check: change_form,
        advice: "向医保经办机构领取定点医药机构信息变更申请表，如实填写变更事项并加盖公章；自有关部门批准之日起30个工作日内提出变更申请（第三十七条第1款）。",
        reading: "第三十七条（一）列医疗机构名称、法定代表人、主要负责人或实际控制人、注册地址、诊疗科目、机构规模、机构性质、等级和类别的变更；只变更银行账户的，按（三）只须提交本表，（一）的其余材料不适用；两者都不列的变更事项须人工确认。",
    ),
    rule!(Materials, Jilin, "jl.a37.i1.change-approval-documents", "第三十七条", Some("（一）"), "变更材料2：有关部门批准的变更文件",
        application: InformationChange,
        quote: "市场监管、卫生健康、药监部门或民政等部门批准的变更文件",
        asks: [q::APPLICATION_CHANGES, q::MATERIAL_CHANGE_APPROVAL_DOCUMENTS],
        check: |ctx| {
            item_one_material(
                ctx,
                &q::MATERIAL_CHANGE_APPROVAL_DOCUMENTS,
                "市场监管、卫生健康、药监部门或民政等部门批准的变更文件",
            )
        },
        advice: "备齐市场监管、卫生健康、民政等部门批准本次变更的文件（核准变更通知书、变更登记证明等）。",
    ),
    rule!(Materials, Jilin, "jl.a37.i1.licence-copy", "第三十七条", Some("（一）"), "变更材料3：执业证照复印件",
        application: InformationChange,
        quote: "医疗机构执业许可证或中医诊所备案证或诊所备案凭证或军队医疗机构为民服务许可证复印件",
        asks: [q::APPLICATION_CHANGES, q::MATERIAL_LICENCE_COPY],
        check: |ctx| {
            item_one_material(
                ctx,
                &q::MATERIAL_LICENCE_COPY,
                "医疗机构执业许可证或中医诊所备案证或诊所备案凭证或军队医疗机构为民服务许可证复印件",
            )
        },
        advice: "复印变更后的执业许可证（或中医诊所备案证、诊所备案凭证、军队医疗机构为民服务许可证）。吉林规程未规定数据共享免交。",
    ),
    rule!(Materials, Jilin, "jl.a37.i1.legal-entity-certificate-copy", "第三十七条", Some("（一）"), "变更材料4：营业执照或法人、登记证书复印件",
        application: InformationChange,
        quote: "营业执照或事业单位法人证书或民办非企业单位登记证书复印件",
        asks: [q::APPLICATION_CHANGES, q::MATERIAL_LEGAL_ENTITY_CERTIFICATE_COPY],
        check: |ctx| {
            item_one_material(
                ctx,
                &q::MATERIAL_LEGAL_ENTITY_CERTIFICATE_COPY,
                "营业执照或事业单位法人证书或民办非企业单位登记证书复印件",
            )
        },
        advice: "按本机构的登记类型复印变更后的营业执照、事业单位法人证书或民办非企业单位登记证书。",
    ),
    rule!(Materials, Jilin, "jl.a37.i1.grade-change-proof", "第三十七条", Some("（一）"), "变更材料5：级别等级变更佐证材料（等级变更时）",
        application: InformationChange,
        quote: "卫生健康部门出具的医疗机构级别等级变更佐证材料（等级变更时提供）",
        asks: [q::APPLICATION_CHANGES, q::MATERIAL_GRADE_CHANGE_PROOF],
        check: |ctx| {
            conditional_material(
                ctx,
                ChangeKind::GradeCategory,
                &q::MATERIAL_GRADE_CHANGE_PROOF,
                "卫生健康部门出具的医疗机构级别等级变更佐证材料",
                "如只变更类别、等级未变，本项不需提供。",
            )
        },
        advice: "向卫生健康部门取得医疗机构级别、等级变更的证明文件（如等级评审结论、批复）。",
        reading: "原文「等级变更时提供」；变更事项「等级和类别」未分开，选择该项即按等级变更处理，只变更类别、等级未变的不需提供。",
    ),
    rule!(Materials, Jilin, "jl.a37.i1.legal-representative-id-copy", "第三十七条", Some("（一）"), "变更材料6：法定代表人身份证复印件",
        application: InformationChange,
        quote: "法定代表人身份证复印件",
        asks: [q::APPLICATION_CHANGES, q::MATERIAL_LEGAL_REPRESENTATIVE_ID_COPY],
        check: |ctx| {
            item_one_material(
                ctx,
                &q::MATERIAL_LEGAL_REPRESENTATIVE_ID_COPY,
                "法定代表人身份证复印件",
            )
        },
        advice: "复印（变更后的）法定代表人身份证。本项不以法定代表人变更为限，（一）所列各项变更均须提交。",
    ),
    rule!(Materials, Jilin, "jl.a37.i1.premises-proof", "第三十七条", Some("（一）"), "变更材料7：变更后经营场所产权证明或租赁合同（变更地址时）",
        application: InformationChange,
        quote: "变更后经营场所房屋产权证明或租赁合同（变更地址需要提供）",
        asks: [q::APPLICATION_CHANGES, q::MATERIAL_PREMISES_PROOF],
        check: |ctx| {
            conditional_material(
                ctx,
                ChangeKind::RegisteredAddress,
                &q::MATERIAL_PREMISES_PROOF,
                "变更后经营场所房屋产权证明或租赁合同",
                "如只变更注册地址、实际经营场所不变，是否须提供原文未写，须向经办机构确认。",
            )
        },
        advice: "备齐变更后经营场所的房屋产权证明或租赁合同。变更注册地址（实际营业地址不变的除外）的，还应提前5个工作日告知医保经办机构，完成变更后在规定时限内申请现场评估（第三十七条末款）。",
        reading: "原文「变更地址需要提供」，所交为「变更后经营场所」的证明：按经营场所随注册地址变更处理；只变更注册地址、经营场所不变时是否须提供，原文未写，须人工确认。",
    ),
    rule!(Materials, Jilin, "jl.a39.renewal-materials-not-listed", "第三十九条", None, "续签的申请材料",
        application: Renewal,
        quote: "续签应由定点医药机构于医保协议期满前3个月向医保经办机构提出申请或由医保经办机构统一组织",
        asks: [],
        check: |_| {
            checks::silent(
                "吉林规程第三十九条只规定续签申请的时点和协商，未列续签材料；无材料清单的规则数据。",
            )
        },
        advice: "于医保协议期满前3个月向医保经办机构提出续签申请，或等待医保经办机构统一组织；材料按经办机构指引准备。",
    ),
];

#[cfg(test)]
pub(crate) mod tests {
    //! Each Jilin materials rule for medical institutions, both ways, and an
    //! information change as a whole.

    use crate::catalog::testing::{baseline, cases, date, run, Case, AS_OF};
    use crate::catalog::Group;
    use crate::engine::check;
    use crate::facts::*;
    use crate::report::MayApply;

    const J: Jurisdiction = Jurisdiction::Jilin;

    /// An information change of the given kinds.
    fn change(p: &mut Profile, kinds: &[ChangeKind]) {
        p.application.kind = Some(ApplicationKind::InformationChange);
        p.application.changes = Some(kinds.to_vec());
    }

    pub(crate) static CASES: &[Case] = cases! { J;
        "第十六条（一）：已备新增定点医疗机构申请表": "jl.a16.i1.application-form", |p| () => Pass;
        "第十六条（一）：缺申请表须补正": "jl.a16.i1.application-form", |p| p.materials.application_form = Some(false) => Fail;
        "第十六条（二）：已备执业证照复印件": "jl.a16.i2.licence-copy", |p| () => Pass;
        "第十六条（二）：吉林无数据共享免交，能共享核验也须提交复印件": "jl.a16.i2.licence-copy", |p| { p.materials.licence_copy = Some(false); p.materials.licence_verifiable_by_data_sharing = Some(true) } => Fail;
        "第十六条（三）：已备法人或登记证照复印件": "jl.a16.i3.legal-entity-certificate-copy", |p| () => Pass;
        "第十六条（三）：缺法人或登记证照复印件须补正": "jl.a16.i3.legal-entity-certificate-copy", |p| p.materials.legal_entity_certificate_copy = Some(false) => Fail;
        "第十六条（四）：内部管理制度文本和财务制度文本均已备": "jl.a16.i4.systems-and-finance-text", |p| () => Pass;
        "第十六条（四）：缺内部管理制度文本须补正": "jl.a16.i4.systems-and-finance-text", |p| p.materials.internal_systems_text = Some(false) => Fail;
        "第十六条（四）：只缺财务制度文本也须补正": "jl.a16.i4.systems-and-finance-text", |p| p.materials.finance_system_text = Some(false) => Fail;
        "第十六条（五）：已备信息系统相关材料": "jl.a16.i5.it-system-materials", |p| () => Pass;
        "第十六条（五）：缺信息系统相关材料须补正": "jl.a16.i5.it-system-materials", |p| p.materials.it_system_materials = Some(false) => Fail;
        "第十六条（六）：已备基金使用预测性分析报告": "jl.a16.i6.fund-forecast-report", |p| () => Pass;
        "第十六条（六）：缺预测性分析报告须补正": "jl.a16.i6.fund-forecast-report", |p| p.materials.fund_forecast_report = Some(false) => Fail;
        "第十六条（七）：已按当地要求备齐其他材料": "jl.a16.i7.other-materials", |p| () => Pass;
        "第十六条（七）：其他材料文件未列明，未对照当地要求的需人工复核": "jl.a16.i7.other-materials", |p| p.materials.other_local_materials = Some(false) => NeedsReview;

        "第三十七条（一）1.：变更名称，已备信息变更申请表": "jl.a37.i1.change-application-form", |p| change(p, &[ChangeKind::Name]) => Pass;
        "第三十七条（一）1.：变更名称，缺信息变更申请表须补正": "jl.a37.i1.change-application-form", |p| { change(p, &[ChangeKind::Name]); p.materials.application_form = Some(false) } => Fail;
        "第三十七条（三）：只变更银行账户，已备信息变更申请表": "jl.a37.i1.change-application-form", |p| change(p, &[ChangeKind::BankAccount]) => Pass;
        "第三十七条（三）：只变更银行账户，缺信息变更申请表须补正": "jl.a37.i1.change-application-form", |p| { change(p, &[ChangeKind::BankAccount]); p.materials.application_form = Some(false) } => Fail;
        "第三十七条（一）（三）均未列证照重新核发，需人工复核": "jl.a37.i1.change-application-form", |p| change(p, &[ChangeKind::LicenceReissued]) => NeedsReview;
        "第三十七条：变更名称之外另有未列事项，需人工复核": "jl.a37.i1.change-application-form", |p| change(p, &[ChangeKind::Name, ChangeKind::LicenceReissued]) => NeedsReview;
        "第三十七条：未选择变更事项，需人工复核": "jl.a37.i1.change-application-form", |p| change(p, &[]) => NeedsReview;
        "第三十七条：未答变更事项的需补充信息": "jl.a37.i1.change-application-form", |p| p.application.kind = Some(ApplicationKind::InformationChange) => NeedsInformation;

        "第三十七条（一）2.：变更法定代表人，已备批准的变更文件": "jl.a37.i1.change-approval-documents", |p| change(p, &[ChangeKind::LegalRepresentative]) => Pass;
        "第三十七条（一）2.：变更法定代表人，缺批准的变更文件须补正": "jl.a37.i1.change-approval-documents", |p| { change(p, &[ChangeKind::LegalRepresentative]); p.materials.change_approval_documents = Some(false) } => Fail;
        "第三十七条（三）：只变更银行账户，不需批准的变更文件": "jl.a37.i1.change-approval-documents", |p| { change(p, &[ChangeKind::BankAccount]); p.materials.change_approval_documents = Some(false) } => NotApplicable;
        "第三十七条：未答变更事项的需补充信息，缺的材料一并指出": "jl.a37.i1.change-approval-documents", |p| { p.application.kind = Some(ApplicationKind::InformationChange); p.materials.change_approval_documents = None } => NeedsInformation;

        "第三十七条（一）3.：变更诊疗科目，已备执业证照复印件": "jl.a37.i1.licence-copy", |p| change(p, &[ChangeKind::PracticeScope]) => Pass;
        "第三十七条（一）3.：吉林无数据共享免交，缺执业证照复印件须补正": "jl.a37.i1.licence-copy", |p| { change(p, &[ChangeKind::PracticeScope]); p.materials.licence_copy = Some(false); p.materials.licence_verifiable_by_data_sharing = Some(true) } => Fail;
        "第三十七条（三）：只变更银行账户，不需执业证照复印件": "jl.a37.i1.licence-copy", |p| { change(p, &[ChangeKind::BankAccount]); p.materials.licence_copy = Some(false) } => NotApplicable;

        "第三十七条（一）4.：变更机构性质，已备营业执照或法人、登记证书复印件": "jl.a37.i1.legal-entity-certificate-copy", |p| change(p, &[ChangeKind::Nature]) => Pass;
        "第三十七条（一）4.：变更机构性质，缺证书复印件须补正": "jl.a37.i1.legal-entity-certificate-copy", |p| { change(p, &[ChangeKind::Nature]); p.materials.legal_entity_certificate_copy = Some(false) } => Fail;
        "第三十七条（一）4.：只有未列的变更事项，需人工复核": "jl.a37.i1.legal-entity-certificate-copy", |p| change(p, &[ChangeKind::LicenceReissued]) => NeedsReview;

        "第三十七条（一）5.：等级变更，已备佐证材料": "jl.a37.i1.grade-change-proof", |p| change(p, &[ChangeKind::GradeCategory]) => Pass;
        "第三十七条（一）5.：等级变更，缺佐证材料须补正": "jl.a37.i1.grade-change-proof", |p| { change(p, &[ChangeKind::GradeCategory]); p.materials.grade_change_proof = Some(false) } => Fail;
        "第三十七条（一）5.：「等级变更时提供」，未变更等级的不需提供": "jl.a37.i1.grade-change-proof", |p| { change(p, &[ChangeKind::Scale]); p.materials.grade_change_proof = Some(false) } => NotApplicable;

        "第三十七条（一）6.：变更名称，已备法定代表人身份证复印件": "jl.a37.i1.legal-representative-id-copy", |p| change(p, &[ChangeKind::Name]) => Pass;
        "第三十七条（一）6.：不以法定代表人变更为限，变更名称缺身份证复印件也须补正": "jl.a37.i1.legal-representative-id-copy", |p| { change(p, &[ChangeKind::Name]); p.materials.legal_representative_id_copy = Some(false) } => Fail;
        "第三十七条（三）：只变更银行账户，不需法定代表人身份证复印件": "jl.a37.i1.legal-representative-id-copy", |p| { change(p, &[ChangeKind::BankAccount]); p.materials.legal_representative_id_copy = Some(false) } => NotApplicable;

        "第三十七条（一）7.：变更地址，已备变更后经营场所产权证明或租赁合同": "jl.a37.i1.premises-proof", |p| change(p, &[ChangeKind::RegisteredAddress]) => Pass;
        "第三十七条（一）7.：变更地址，缺经营场所证明须补正": "jl.a37.i1.premises-proof", |p| { change(p, &[ChangeKind::RegisteredAddress]); p.materials.premises_proof = Some(false) } => Fail;
        "第三十七条（一）7.：「变更地址需要提供」，未变更地址的不需提供": "jl.a37.i1.premises-proof", |p| { change(p, &[ChangeKind::Name]); p.materials.premises_proof = Some(false) } => NotApplicable;
        "第三十七条（一）7.：未答变更事项的需补充信息": "jl.a37.i1.premises-proof", |p| p.application.kind = Some(ApplicationKind::InformationChange) => NeedsInformation;

        "第三十九条未列续签材料，无规则数据": "jl.a39.renewal-materials-not-listed", |p| p.application.kind = Some(ApplicationKind::Renewal) => NotCovered;
    };

    #[test]
    fn every_jilin_materials_case_gives_the_outcome_its_article_states() {
        run(CASES);
    }

    #[test]
    fn a_jilin_hospital_changing_its_address_and_grade_may_apply_only_with_the_premises_proof() {
        let mut profile = baseline(J);
        change(
            &mut profile,
            &[ChangeKind::RegisteredAddress, ChangeKind::GradeCategory],
        );
        let report = check(&profile, date(AS_OF));
        assert!(!report.findings.is_empty());
        assert!(report
            .findings
            .iter()
            .filter(|f| f.group != Group::Deadline)
            .all(|f| f.group == Group::Materials && f.rule_id.starts_with("jl.a37.")));
        assert_eq!(
            report.conclusion.may_apply,
            MayApply::Yes,
            "{}",
            report.conclusion.summary
        );

        profile.materials.premises_proof = Some(false);
        let report = check(&profile, date(AS_OF));
        assert_eq!(
            report.conclusion.may_apply,
            MayApply::No,
            "{}",
            report.conclusion.summary
        );
        assert_eq!(report.conclusion.counts.fail, 1);
        assert!(
            report.conclusion.summary.contains("变更后经营场所"),
            "{}",
            report.conclusion.summary
        );
    }
}
