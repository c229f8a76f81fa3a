//! ZS 第七条 (draft): the “互联网+”医保服务补充协议. Its first paragraph and
//! items （一）～（五） have Guangdong's words (the engine notes so beside each
//! Guangdong finding in a Zhongshan report), so only what the draft adds is
//! written here: 第2款's 报备并核实通过 before the service may start (rules
//! map §4.1, §11 X-36), and the silence on materials (§4.3, §6.5).

use crate::catalog::builder::rule;
use crate::catalog::checks;
use crate::catalog::rule::Rule;
use crate::facts::questions as q;
use crate::report::Outcome;

const A7_P2: &str =
    "定点医疗机构已具备上述条件的，向经办机构报备并核实通过的，准予开展“互联网+”医保服务";

pub static RULES: &[Rule] = &[
    rule!(Condition, Zhongshan, "zs.a7.filed-and-verified", "第七条", Some("第2款"), "向经办机构报备并核实通过后方可开展",
        application: InternetSupplement,
        quote: A7_P2,
        asks: [q::INTERNET_FILED_AND_VERIFIED],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::INTERNET_FILED_AND_VERIFIED,
                Outcome::Fail,
                "已向经办机构报备并核实通过，按征求意见稿准予开展“互联网+”医保服务。",
                "尚未向经办机构报备并核实通过：按征求意见稿，具备本条（一）～（五）项条件后，须报备并经经办机构核实通过方准予开展“互联网+”医保服务；仅报备、尚未核实通过的，不得开展。",
            )
        },
        advice: "具备第七条（一）～（五）项条件后，向经办机构报备，附各项条件的证明（如行业主管部门的批准文件、医保移动支付开通证明、票据样张），待核实通过后再开展“互联网+”医保服务；报备能否代替补充协议，向中山市医保经办机构确认。征求意见稿生效前，仍按广东第七条申请签订补充协议。",
        reading: "征求意见稿第七条第2款在广东的条件之外另设「报备 → 核实通过 → 准予开展」：仅报备不等于可以开展。报备是签订补充协议之后的又一步，还是可代替补充协议，原文未写⟦X-36⟧；本项只判断是否已报备并核实通过。本稿未生效，仅作预检⟦X-32⟧。",
    ),
    rule!(Materials, Zhongshan, "zs.a7.internet-materials-not-listed", "第七条", Some("第2款"), "“互联网+”医保服务补充协议与报备的材料",
        application: InternetSupplement,
        quote: A7_P2,
        asks: [],
        check: |_| {
            checks::silent("中山征求意见稿第七条只规定条件及报备并核实通过，未规定补充协议的申请材料或报备材料；无材料清单的规则数据。")
        },
        advice: "按中山市医保经办机构的指引准备；可按第七条各项条件准备证明（如行业主管部门批准设置互联网医院或开展互联网诊疗活动的文件）。",
        reading: "四份文件均未规定互联网补充协议的申请材料，征求意见稿也未规定报备材料⟦X-36⟧。本稿未生效，仅作预检⟦X-32⟧。",
    ),
];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::{cases, run, Case};
    use crate::facts::*;

    const Z: Jurisdiction = Jurisdiction::Zhongshan;

    pub(crate) static CASES: &[Case] = cases! { Z;
        "第七条第2款：报备并核实通过的，准予开展": "zs.a7.filed-and-verified", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第七条第2款：仅报备、尚未核实通过的，不得开展": "zs.a7.filed-and-verified", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.filed_and_verified = Some(false) } => Fail;
        "第七条第2款：未答是否报备并核实通过的需补充信息": "zs.a7.filed-and-verified", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.filed_and_verified = None } => NeedsInformation;

        "第七条未规定补充协议或报备的材料，无规则数据": "zs.a7.internet-materials-not-listed", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => NotCovered;
    };

    #[test]
    fn every_zhongshan_internet_case_gives_the_outcome_the_draft_states() {
        run(CASES);
    }
}
