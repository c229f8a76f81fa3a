//! Guangdong (GD): the materials of a medical institution's application
//! (第八条), the silence of 第三十九条 (information change) and 第四十条
//! (renewal) on materials, and the silence of the measures on retail
//! pharmacies (第一条).
//!
//! 第八条第2款 has two parts: the data-sharing exemption is encoded in the
//! licence-copy rule (（二）, the one government-issued licence the list
//! names); the 告知承诺制 lists no matters it applies to (rules map §6.1
//! R-TC, §11 X-14a), so no material is exempted by it here.

use crate::catalog::builder::rule;
use crate::catalog::checks;
use crate::catalog::rule::{Ctx, Excerpt, Missing, Rule, Verdict};
use crate::catalog::template;
use crate::facts::questions as q;
use crate::report::Outcome;

type Checked = Result<Verdict, Missing>;

/// 第八条第2款: the data-sharing exemption (a paragraph, cited without item).
const A8_P2_DATA_SHARING: Excerpt = Excerpt {
    item: None,
    quote: "申请材料中属于政府部门核发的证照批文，能通过数据共享查询、核验的，医疗机构无需另行提供",
};

const LICENCE_COPY: &str = "医疗机构执业许可证、中医诊所备案证或军队医疗机构为民服务许可证复印件";

/// 第八条（二）, exempt under 第八条第2款 when the agency can verify the
/// licence by data sharing; the exemption cites that paragraph.
fn licence_copy(ctx: &Ctx) -> Checked {
    let verdict = checks::material_unless_shared(ctx, &q::MATERIAL_LICENCE_COPY, LICENCE_COPY)?;
    Ok(if verdict.outcome == Outcome::NotApplicable {
        verdict.citing(A8_P2_DATA_SHARING)
    } else {
        verdict
    })
}

/// 第八条（三）「内部管理制度和财务制度文本」: both texts, naming each one missing.
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

pub static RULES: &[Rule] = &[
    rule!(Eligibility, Guangdong, "gd.a1.pharmacy-not-covered", "第一条", None, "零售药店的定点申请",
        application: Any,
        applicant: RetailPharmacy,
        quote: "为加强和规范医疗机构医疗保障定点管理",
        asks: [],
        check: |_| {
            checks::silent(
                "广东办法只规定医疗机构的定点管理（第一条「为加强和规范医疗机构医疗保障定点管理」；第五条只列医疗机构），未规定零售药店；本工具所收文件中只有吉林规程规定零售药店，无广东零售药店的规则数据。",
            )
        },
        advice: "按当地医保经办机构公布的零售药店定点申请指引准备。",
    ),
    rule!(Materials, Guangdong, "gd.a8.i1.application-form", "第八条", Some("（一）"), "广东省医疗保障定点医疗机构申请表",
        application: NewDesignation,
        quote: "广东省医疗保障定点医疗机构申请表",
        material: (q::MATERIAL_APPLICATION_FORM, "广东省医疗保障定点医疗机构申请表"),
        advice: "向所在统筹地区经办机构领取或下载《广东省医疗保障定点医疗机构申请表》，如实填写并加盖公章。",
    ),
    rule!(Materials, Guangdong, "gd.a8.i2.licence-copy", "第八条", Some("（二）"), "执业证照复印件（可共享核验的免交）",
        application: NewDesignation,
        quote: LICENCE_COPY,
        excerpts: &[A8_P2_DATA_SHARING],
        asks: [q::MATERIAL_LICENCE_VERIFIABLE_BY_DATA_SHARING, q::MATERIAL_LICENCE_COPY],
        check: licence_copy,
        advice: "复印医疗机构执业许可证（或中医诊所备案证、军队医疗机构为民服务许可证）。经办机构能通过数据共享查询、核验的可不另行提供，但须事先向经办机构确认已能共享核验；不能确认的，照常提交复印件。",
        reading: "第八条第2款「申请材料中属于政府部门核发的证照批文，能通过数据共享查询、核验的，医疗机构无需另行提供」：原文未列可共享核验的证照，能否核验取决于当地经办机构，本工具按申报的“能否通过数据共享核验”判定免交⟦X-14⟧。同款「对于实行告知承诺制的证明事项，申请人可自主选择是否采用告知承诺制方式办理」未列适用事项，不据此免交。",
    ),
    rule!(Materials, Guangdong, "gd.a8.i3.systems-and-finance-text", "第八条", Some("（三）"), "内部管理制度和财务制度文本",
        application: NewDesignation,
        quote: "与医疗保障政策对应的内部管理制度和财务制度文本",
        asks: [q::MATERIAL_INTERNAL_SYSTEMS_TEXT, q::MATERIAL_FINANCE_SYSTEM_TEXT],
        check: systems_and_finance_text,
        advice: "整理成文的医保内部管理制度（第六条（四）所列医保管理、财务、统计信息管理、医疗质量安全核心制度等）和财务制度，两种文本均须提交。",
    ),
    rule!(Materials, Guangdong, "gd.a8.i4.it-system-materials", "第八条", Some("（四）"), "信息系统相关材料",
        application: NewDesignation,
        quote: "与医疗保障有关的信息系统相关材料",
        asks: [q::MATERIAL_IT_SYSTEM],
        check: template::it_system_materials,
        advice: "准备信息系统说明、接口改造情况、基础数据库和国家与省统一医保编码使用情况等与医保信息系统对接的材料。",
    ),
    rule!(Materials, Guangdong, "gd.a8.i5.fund-forecast-report", "第八条", Some("（五）"), "基金使用预测性分析报告",
        application: NewDesignation,
        quote: "纳入定点后使用医疗保障基金的预测性分析报告",
        asks: [q::MATERIAL_FUND_FORECAST_REPORT],
        check: template::fund_forecast_report,
        advice: "按服务量、病种结构和费用水平测算纳入定点后的医保基金使用情况，形成分析报告。",
    ),
    rule!(Materials, Guangdong, "gd.a8.i6.other-materials", "第八条", Some("（六）"), "省级医疗保障行政部门要求的其他材料",
        application: NewDesignation,
        quote: "省级医疗保障行政部门按相关规定要求提供的其他材料",
        asks: [q::MATERIAL_OTHER_LOCAL],
        check: |ctx| checks::other_local_materials(ctx, "省级医疗保障行政部门"),
        advice: "对照统筹地区经办机构公布的定点医疗机构申请指引（第十一条，其中含「所需材料」）及所在地级以上市的具体办法（第五十条），逐项核对还需提交的材料。",
    ),
    rule!(Materials, Guangdong, "gd.a39.change-materials-not-listed", "第三十九条", None, "信息变更的申请材料",
        application: InformationChange,
        quote: "应当自有关部门批准之日起30个工作日内向统筹区经办机构提出变更申请",
        asks: [],
        check: |_| {
            checks::silent(
                "广东办法第三十九条只规定重大信息变更应提出变更申请及其时限（其他一般信息变更及时书面告知），未列变更申请材料；无材料清单的规则数据。",
            )
        },
        advice: "名称、法定代表人、主要负责人或实际控制人、注册地址、银行账户、诊疗科目、机构规模、机构性质、等级和类别等重大信息变更的，自有关部门批准之日起30个工作日内向统筹区经办机构提出变更申请；材料按经办机构指引准备（通常包括变更申请表、有关部门批准变更的文件和变更后的证照）。",
    ),
    rule!(Materials, Guangdong, "gd.a40.renewal-materials-not-listed", "第四十条", None, "续签的申请材料",
        application: Renewal,
        quote: "医保协议续签应当由定点医疗机构于协议期满前3个月向经办机构提出申请或由经办机构统一组织",
        asks: [],
        check: |_| {
            checks::silent(
                "广东办法第四十条只规定续签申请的时点和协商，未列续签材料；无材料清单的规则数据。",
            )
        },
        advice: "于协议期满前3个月向经办机构提出续签申请，或等待经办机构统一组织；材料按经办机构指引准备。",
    ),
];

#[cfg(test)]
pub(crate) mod tests {
    //! Each Guangdong materials rule, both ways, in Guangdong, Jieyang and
    //! Zhongshan reports (all three decide under Guangdong's measures).

    use crate::catalog::testing::{cases, run, Case};
    use crate::facts::*;

    const G: Jurisdiction = Jurisdiction::Guangdong;

    pub(crate) static CASES: &[Case] = cases! { G;
        "第一条：广东办法只规定医疗机构，零售药店无规则数据": "gd.a1.pharmacy-not-covered", |p| p.institution.kind = Some(InstitutionKind::RetailPharmacy) => NotCovered;

        "第八条（一）：已备广东省医疗保障定点医疗机构申请表": "gd.a8.i1.application-form", |p| () => Pass;
        "第八条（一）：缺申请表须补正": "gd.a8.i1.application-form", |p| p.materials.application_form = Some(false) => Fail;

        "第八条（二）：已备执业证照复印件": "gd.a8.i2.licence-copy", |p| () => Pass;
        "第八条（二）：不能共享核验又缺复印件的须补正": "gd.a8.i2.licence-copy", |p| p.materials.licence_copy = Some(false) => Fail;
        "第八条第2款：能通过数据共享查询、核验的，无需另行提供复印件": "gd.a8.i2.licence-copy", |p| { p.materials.licence_copy = Some(false); p.materials.licence_verifiable_by_data_sharing = Some(true) } => NotApplicable;
        "第八条第2款：能否共享核验未答的需补充信息": "gd.a8.i2.licence-copy", |p| p.materials.licence_verifiable_by_data_sharing = None => NeedsInformation;

        "第八条（三）：内部管理制度文本和财务制度文本均已备": "gd.a8.i3.systems-and-finance-text", |p| () => Pass;
        "第八条（三）：缺内部管理制度文本须补正": "gd.a8.i3.systems-and-finance-text", |p| p.materials.internal_systems_text = Some(false) => Fail;
        "第八条（三）：广东另要求财务制度文本，只缺财务制度文本也须补正": "gd.a8.i3.systems-and-finance-text", |p| p.materials.finance_system_text = Some(false) => Fail;
        "第八条（三）：两种文本是否已备均未答的需补充信息": "gd.a8.i3.systems-and-finance-text", |p| { p.materials.internal_systems_text = None; p.materials.finance_system_text = None } => NeedsInformation;

        "第八条（四）：已备信息系统相关材料": "gd.a8.i4.it-system-materials", |p| () => Pass;
        "第八条（四）：缺信息系统相关材料须补正": "gd.a8.i4.it-system-materials", |p| p.materials.it_system_materials = Some(false) => Fail;
        "第八条（五）：已备基金使用预测性分析报告": "gd.a8.i5.fund-forecast-report", |p| () => Pass;
        "第八条（五）：缺预测性分析报告须补正": "gd.a8.i5.fund-forecast-report", |p| p.materials.fund_forecast_report = Some(false) => Fail;

        "第八条（六）：已按当地申请指引备齐其他材料": "gd.a8.i6.other-materials", |p| () => Pass;
        "第八条（六）：其他材料文件未列明，未对照当地指引的需人工复核": "gd.a8.i6.other-materials", |p| p.materials.other_local_materials = Some(false) => NeedsReview;

        "第三十九条未列变更材料，无规则数据": "gd.a39.change-materials-not-listed", |p| { p.application.kind = Some(ApplicationKind::InformationChange); p.application.changes = Some(vec![ChangeKind::Name]) } => NotCovered;
        "第四十条未列续签材料，无规则数据": "gd.a40.renewal-materials-not-listed", |p| p.application.kind = Some(ApplicationKind::Renewal) => NotCovered;
    };

    #[test]
    fn every_guangdong_materials_case_gives_the_outcome_its_article_states_in_each_guangdong_report(
    ) {
        run(CASES);
        for jurisdiction in [Jurisdiction::Jieyang, Jurisdiction::Zhongshan] {
            let cases: Vec<Case> = CASES.iter().map(|c| Case { jurisdiction, ..*c }).collect();
            run(&cases);
        }
    }
}
