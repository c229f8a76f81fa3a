//! Zhongshan draft (ZS): the materials rules where the draft's words differ
//! from Guangdong's, shown in Zhongshan reports as a draft preview beside
//! the Guangdong findings, which decide (rules map §1.3, §11 X-32).
//!
//! 第八条（二）～（五） and 第2款 (告知承诺制, data sharing) have Guangdong's
//! words, so the engine notes on each Guangdong finding that the draft is the
//! same; 第八条（一） names the Zhongshan form, （六） adds the staff roster
//! and the non-first-practice-site agreements, and （七） adds the national
//! authority (「国家、省」 for Guangdong's 「省级」). 第三十九条 distinguishes
//! public from privately run institutions. 第四十条's renewal sentence has
//! Guangdong's words (the Guangdong rule's quote is found in it), and
//! 第一条 limits the draft to medical institutions in Guangdong's words, so
//! neither has a rule here.

use crate::catalog::builder::rule;
use crate::catalog::checks;
use crate::catalog::rule::{Ctx, Missing, Rule, Verdict};
use crate::facts::questions as q;

type Checked = Result<Verdict, Missing>;

const NON_FIRST_SITE_AGREEMENTS: &str = "非第一执业点注册医师须提供与该机构签订的协议复印件";

/// 第八条（六）, second clause: agreements only for physicians registered
/// here for whom this institution is not the first practice site.
fn non_first_site_agreements(ctx: &Ctx) -> Checked {
    let physicians = ctx.get(&q::MATERIAL_NON_FIRST_SITE_PHYSICIANS)?;
    if physicians == 0 {
        return Ok(Verdict::not_applicable(
            "无非第一执业点注册医师，本项不需提供。",
        ));
    }
    Ok(if ctx.get(&q::MATERIAL_NON_FIRST_SITE_AGREEMENTS)? {
        Verdict::pass(format!(
            "非第一执业点注册医师{physicians}名，已备每名医师与本机构签订的协议复印件。"
        ))
    } else {
        Verdict::fail(format!(
            "非第一执业点注册医师{physicians}名，缺其与本机构签订的协议复印件。须补齐后提交，否则经办机构将一次性告知补正。"
        ))
    })
}

pub static RULES: &[Rule] = &[
    rule!(Materials, Zhongshan, "zs.a8.i1.application-form", "第八条", Some("（一）"), "中山市医疗保障定点医疗机构申请表",
        application: NewDesignation,
        quote: "中山市医疗保障定点医疗机构申请表",
        material: (q::MATERIAL_APPLICATION_FORM, "中山市医疗保障定点医疗机构申请表"),
        advice: "征求意见稿生效后，向市医疗保障经办机构领取中山市的申请表；生效前仍按广东第八条（一）提交广东省医疗保障定点医疗机构申请表，以经办机构提供的表格为准。",
        reading: "征求意见稿改用「中山市医疗保障定点医疗机构申请表」（广东为「广东省医疗保障定点医疗机构申请表」）：两表内容是否不同，种子文本未载；本稿未生效，仅作预检⟦X-32⟧。",
    ),
    rule!(Materials, Zhongshan, "zs.a8.i6.staff-roster", "第八条", Some("（六）"), "全体医务人员花名册及资质证书复印件",
        application: NewDesignation,
        quote: "机构全体医务人员花名册（须标注身份证号码、岗位等）及相关资质证书复印件",
        material: (q::MATERIAL_STAFF_ROSTER, "机构全体医务人员花名册（须标注身份证号码、岗位等）及相关资质证书复印件"),
        advice: "编制全体医务人员花名册，逐人标注姓名、身份证号码、岗位等，并附各人相关资质证书（执业证书、资格证书等）复印件。广东办法无此项，征求意见稿生效前可提前准备。",
    ),
    rule!(Materials, Zhongshan, "zs.a8.i6.non-first-site-agreements", "第八条", Some("（六）"), "非第一执业点注册医师的协议复印件",
        application: NewDesignation,
        quote: NON_FIRST_SITE_AGREEMENTS,
        asks: [q::MATERIAL_NON_FIRST_SITE_PHYSICIANS, q::MATERIAL_NON_FIRST_SITE_AGREEMENTS],
        check: non_first_site_agreements,
        advice: "对在本机构注册、但本机构不是其第一执业点的每名医师，备齐其与本机构签订的协议复印件。广东办法无此项，征求意见稿生效前可提前准备。",
    ),
    rule!(Materials, Zhongshan, "zs.a8.i7.other-materials", "第八条", Some("（七）"), "国家、省医疗保障行政部门要求的其他材料",
        application: NewDesignation,
        quote: "国家、省医疗保障行政部门按相关规定要求提供的其他材料",
        asks: [q::MATERIAL_OTHER_LOCAL],
        check: |ctx| checks::other_local_materials(ctx, "国家、省医疗保障行政部门"),
        advice: "对照经办机构公布的定点医疗机构申请指引（第十一条，其中含「所需材料」），核对国家、省医疗保障行政部门要求的其他材料。",
        reading: "征求意见稿兜底材料的要求部门为「国家、省医疗保障行政部门」，广东第八条（六）为「省级医疗保障行政部门」⟦X-32⟧。",
    ),
    rule!(Materials, Zhongshan, "zs.a39.change-materials-not-listed", "第三十九条", None, "信息变更的申请材料",
        application: InformationChange,
        quote: "社会办定点医疗机构的名称、法定代表人、主要负责人或实际控制人、注册地址等重大信息变更时，应自有关部门批准之日起30个工作日内向市医疗保障经办机构提出变更申请",
        asks: [],
        check: |_| {
            checks::silent(
                "征求意见稿第三十九条区分公立与社会办定点医疗机构：公立机构所列信息变更只须书面告知；社会办机构名称、法定代表人、主要负责人或实际控制人、注册地址等重大信息变更须提出变更申请，其他一般信息书面告知。均未列材料；无材料清单的规则数据。",
            )
        },
        advice: "征求意见稿生效后：公立机构自有关部门批准之日起30个工作日内向市医疗保障经办机构书面告知；社会办机构名称、法定代表人、主要负责人或实际控制人、注册地址变更的，在同一期限内提出变更申请，其余信息及时书面告知。材料按经办机构指引准备。生效前按广东第三十九条办理。",
        reading: "公立定点医疗机构：「名称、法定代表人、主要负责人或实际控制人、注册地址、银行账户、诊疗科目、机构规模、机构性质、等级和类别等信息变更时，应自有关部门批准之日起30个工作日内向市医疗保障经办机构书面告知」；社会办的银行账户、诊疗科目、机构规模、机构性质、等级和类别为一般信息⟦X-14⟧。本稿未生效，仅作预检。",
    ),
];

#[cfg(test)]
pub(crate) mod tests {
    //! Each materials rule of the Zhongshan draft, both ways, in Zhongshan
    //! reports (the only reports that show the draft).

    use crate::catalog::testing::{cases, run, Case};
    use crate::facts::*;

    const Z: Jurisdiction = Jurisdiction::Zhongshan;

    pub(crate) static CASES: &[Case] = cases! { Z;
        "第八条（一）：已备中山市医疗保障定点医疗机构申请表": "zs.a8.i1.application-form", |p| () => Pass;
        "第八条（一）：缺申请表须补正": "zs.a8.i1.application-form", |p| p.materials.application_form = Some(false) => Fail;

        "第八条（六）：已备全体医务人员花名册及资质证书复印件": "zs.a8.i6.staff-roster", |p| () => Pass;
        "第八条（六）：缺花名册须补正": "zs.a8.i6.staff-roster", |p| p.materials.staff_roster = Some(false) => Fail;

        "第八条（六）：无非第一执业点注册医师的，不需协议复印件": "zs.a8.i6.non-first-site-agreements", |p| () => NotApplicable;
        "第八条（六）：有2名非第一执业点注册医师，已备协议复印件": "zs.a8.i6.non-first-site-agreements", |p| { p.materials.non_first_site_physicians = Some(2); p.materials.non_first_site_agreements = Some(true) } => Pass;
        "第八条（六）：有2名非第一执业点注册医师，缺协议复印件须补正": "zs.a8.i6.non-first-site-agreements", |p| { p.materials.non_first_site_physicians = Some(2); p.materials.non_first_site_agreements = Some(false) } => Fail;
        "第八条（六）：有非第一执业点注册医师却未答协议是否已备的需补充信息": "zs.a8.i6.non-first-site-agreements", |p| p.materials.non_first_site_physicians = Some(1) => NeedsInformation;
        "第八条（六）：未填非第一执业点注册医师人数的需补充信息": "zs.a8.i6.non-first-site-agreements", |p| p.materials.non_first_site_physicians = None => NeedsInformation;

        "第八条（七）：已按指引备齐国家、省要求的其他材料": "zs.a8.i7.other-materials", |p| () => Pass;
        "第八条（七）：其他材料文件未列明，未对照指引的需人工复核": "zs.a8.i7.other-materials", |p| p.materials.other_local_materials = Some(false) => NeedsReview;

        "第三十九条区分公立与社会办，均未列变更材料，无规则数据": "zs.a39.change-materials-not-listed", |p| { p.application.kind = Some(ApplicationKind::InformationChange); p.application.changes = Some(vec![ChangeKind::RegisteredAddress]) } => NotCovered;
    };

    #[test]
    fn every_zhongshan_draft_materials_case_gives_the_outcome_its_article_states() {
        run(CASES);
    }
}
