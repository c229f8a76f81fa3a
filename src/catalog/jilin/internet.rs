//! JL 第十五条: the conditions for a designated institution's “互联网+”医保服务
//! 补充协议 (rules map §4.1, §4.2), and the silence on its materials (§4.3,
//! §6.5). In force with the rest of the 规程 from 2026-01-01.
//!
//! The seed lost the numbers of 第2款's first two items (rules map §0.2): their
//! rules give no item and say in their reading that （一）（二） are presumed
//! (【推定】). The seed also lacks the「；」after the second item, which runs
//! straight into「（三）」.
//!
//! Not encoded as a rule: 第1款 on who applies and who settles (the physical
//! institution the internet hospital relies on); the condition that the
//! applicant is designated is 第2款's.

use crate::catalog::builder::rule;
use crate::catalog::checks;
use crate::catalog::rule::{Ctx, Missing, Rule, Verdict};
use crate::facts::questions as q;
use crate::report::Outcome;

const P2_LEAD: &str = "定点医疗机构申请签订“互联网+”医保服务补充协议，应当具备以下基本条件";

/// A condition of 第十五条第2款 met by answering yes.
fn condition(
    ctx: &Ctx,
    question: &'static q::Question<bool>,
    met: &str,
    unmet: &str,
) -> Result<Verdict, Missing> {
    checks::must_be_yes(ctx, question, Outcome::Fail, met, unmet)
}

pub static RULES: &[Rule] = &[
    rule!(Condition, Jilin, "jl.a15.designated-institution", "第十五条", Some("第2款"), "申请补充协议的须为定点医疗机构",
        application: InternetSupplement,
        quote: P2_LEAD,
        asks: [q::INTERNET_HOST_DESIGNATED],
        check: |ctx| {
            condition(
                ctx,
                &q::INTERNET_HOST_DESIGNATED,
                "互联网医院所依托的实体医疗机构已是定点医疗机构，可以申请签订“互联网+”医保服务补充协议。",
                "互联网医院所依托的实体医疗机构尚未定点：本款由「定点医疗机构」申请签订“互联网+”医保服务补充协议，须先取得医保定点。",
            )
        },
        advice: "先以实体医疗机构申请医保定点并签订医保协议，再依托该实体医疗机构申请签订“互联网+”医保服务补充协议；备好已签订的医保协议（或定点医疗机构编码）作为证明。",
    ),
    rule!(Condition, Jilin, "jl.a15.approved", "第十五条", None, "经行业主管部门批准设置互联网医院或开展互联网诊疗",
        application: InternetSupplement,
        quote: "经行业主管部门批准设置互联网医院或批准开展互联网诊疗活动",
        asks: [q::INTERNET_APPROVED],
        check: |ctx| {
            condition(
                ctx,
                &q::INTERNET_APPROVED,
                "已经行业主管部门批准设置互联网医院或批准开展互联网诊疗活动。",
                "未经行业主管部门批准设置互联网医院，也未获批准开展互联网诊疗活动。",
            )
        },
        advice: "先取得行业主管部门（卫生健康部门）设置互联网医院或开展互联网诊疗活动的批准；备好批准文件（或载明相应登记事项的执业证照）复印件。",
        reading: "种子文本丢失本项项号，按顺序推定为第十五条第2款（一）【推定】。",
    ),
    rule!(Condition, Jilin, "jl.a15.coding-and-databases", "第十五条", None, "具备国家统一医保编码对接条件和基础信息数据库",
        application: InternetSupplement,
        quote: "具备与国家统一医保信息业务编码对接的条件，以及药品、医用耗材、诊疗项目、医疗服务设施、疾病病种等基础信息数据库",
        asks: [q::INTERNET_CODING_AND_DATABASES],
        check: |ctx| {
            condition(
                ctx,
                &q::INTERNET_CODING_AND_DATABASES,
                "具备与国家统一医保信息业务编码对接的条件，以及药品、医用耗材、诊疗项目、医疗服务设施、疾病病种等基础信息数据库。",
                "尚不具备与国家统一医保信息业务编码对接的条件，或缺少药品、医用耗材、诊疗项目、医疗服务设施、疾病病种等基础信息数据库。",
            )
        },
        advice: "按国家统一的医保信息业务编码完成药品、医用耗材、诊疗项目、医疗服务设施、疾病病种等基础信息数据库的对照和维护；备好编码对照和数据库维护的说明。",
        reading: "种子文本丢失本项项号，按顺序推定为第十五条第2款（二）【推定】；本项为吉林独有。",
    ),
    rule!(Condition, Jilin, "jl.a15.i3.data-exchange-payment-receipts", "第十五条", Some("（三）"), "数据交换、医保移动支付与票据",
        application: InternetSupplement,
        quote: "具备与医保信息系统数据交换的条件，实现医保移动支付，能够为患者提供电子票据、电子发票或及时邮寄纸质票据",
        asks: [q::INTERNET_DATA_EXCHANGE, q::INTERNET_MOBILE_PAYMENT, q::INTERNET_RECEIPTS],
        check: |ctx| {
            checks::all_yes(
                ctx,
                &[
                    (&q::INTERNET_DATA_EXCHANGE, "与医保信息系统数据交换的条件"),
                    (&q::INTERNET_MOBILE_PAYMENT, "医保移动支付"),
                    (
                        &q::INTERNET_RECEIPTS,
                        "提供票据（电子票据、电子发票或及时邮寄纸质票据，其一即可）",
                    ),
                ],
            )
        },
        advice: "完成与医保信息系统的接口对接和联调，开通医保移动支付，并能向患者提供电子票据、电子发票或及时邮寄纸质票据（三者具备其一即可）；备好联调记录、移动支付开通证明和票据样张。",
        reading: "「电子票据、电子发票或及时邮寄纸质票据」以「或」连接：三者具备任一即满足。",
    ),
    rule!(Condition, Jilin, "jl.a15.i4.distinguishes-online", "第十五条", Some("（四）"), "信息系统能区分线下与“互联网+”医疗服务",
        application: InternetSupplement,
        quote: "信息系统应当能区分常规线下医疗服务业务和“互联网+”医疗服务业务",
        asks: [q::INTERNET_DISTINGUISHES_ONLINE],
        check: |ctx| {
            condition(
                ctx,
                &q::INTERNET_DISTINGUISHES_ONLINE,
                "信息系统能区分常规线下医疗服务业务和“互联网+”医疗服务业务。",
                "信息系统尚不能区分常规线下医疗服务业务和“互联网+”医疗服务业务。",
            )
        },
        advice: "在信息系统中为“互联网+”医疗服务设置单独的业务标识（就诊类型、收费和结算记录可分开统计）；备好系统功能说明或截图。",
    ),
    rule!(Condition, Jilin, "jl.a15.i5.real-name-authentication", "第十五条", Some("（五）"), "依托医保码实名认证",
        application: InternetSupplement,
        quote: "依托医保码进行实名认证，确保就诊参保人真实身份",
        asks: [q::INTERNET_REAL_NAME_AUTHENTICATION],
        check: |ctx| {
            condition(
                ctx,
                &q::INTERNET_REAL_NAME_AUTHENTICATION,
                "能依托医保码进行实名认证，确保就诊参保人真实身份。",
                "尚不能依托医保码进行实名认证。",
            )
        },
        advice: "在“互联网+”就诊流程中接入医保码（医保电子凭证）实名认证；备好接入证明或流程截图。",
    ),
    rule!(Condition, Jilin, "jl.a15.i6.records-traceable", "第十五条", Some("（六）"), "完整保留诊疗信息并全程可追溯",
        application: InternetSupplement,
        quote: "能够完整保留参保人诊疗过程中的电子病历、电子处方、购药记录等信息，实现诊疗、处方、配药等全程可追溯",
        asks: [q::INTERNET_KEEPS_RECORDS, q::INTERNET_TRACEABLE],
        check: |ctx| {
            checks::all_yes(
                ctx,
                &[
                    (
                        &q::INTERNET_KEEPS_RECORDS,
                        "完整保留（电子病历、电子处方、购药记录等信息）",
                    ),
                    (&q::INTERNET_TRACEABLE, "全程可追溯（诊疗、处方、配药等）"),
                ],
            )
        },
        advice: "确保信息系统完整保存电子病历、电子处方和购药记录，并能按患者追溯诊疗、处方、配药全过程；备好数据留存和追溯功能的说明。",
    ),
    rule!(Condition, Jilin, "jl.a15.i7.verifies-repeat-visits", "第十五条", Some("（七）"), "能核验复诊患者并掌握必要就诊信息",
        application: InternetSupplement,
        quote: "能够核验患者为复诊患者，掌握必要的就诊信息",
        asks: [q::INTERNET_VERIFIES_REPEAT_VISITS],
        check: |ctx| {
            condition(
                ctx,
                &q::INTERNET_VERIFIES_REPEAT_VISITS,
                "能够核验患者为复诊患者，掌握必要的就诊信息。",
                "尚不能核验患者为复诊患者、掌握必要的就诊信息。",
            )
        },
        advice: "在线上接诊前核验患者的既往线下就诊记录（复诊依据），并能调阅必要的就诊信息；备好复诊核验流程说明或系统截图。",
    ),
    rule!(Condition, Jilin, "jl.a15.i8.e-prescription-circulation", "第十五条", Some("（八）"), "能实现电子处方流转",
        application: InternetSupplement,
        quote: "能够实现电子处方流转",
        asks: [q::INTERNET_E_PRESCRIPTION_CIRCULATION],
        check: |ctx| {
            condition(
                ctx,
                &q::INTERNET_E_PRESCRIPTION_CIRCULATION,
                "能够实现电子处方流转。",
                "尚不能实现电子处方流转。",
            )
        },
        advice: "接入当地医保部门指定的电子处方流转平台，使线上开具的电子处方可以流转取药；备好接入证明或流转测试记录。",
    ),
    rule!(Materials, Jilin, "jl.a15.internet-materials-not-listed", "第十五条", Some("第2款"), "“互联网+”医保服务补充协议的申请材料",
        application: InternetSupplement,
        quote: P2_LEAD,
        asks: [],
        check: |_| {
            checks::silent("吉林规程第十五条只规定条件，未规定“互联网+”医保服务补充协议的申请材料（第十六条为申请定点的材料）；无材料清单的规则数据。")
        },
        advice: "按当地医保经办机构的指引准备材料；可按第十五条各项条件准备证明（如行业主管部门批准设置互联网医院或开展互联网诊疗活动的文件、医保移动支付开通证明、票据样张）。",
        reading: "四份文件均未规定互联网补充协议的申请材料⟦X-36⟧。",
    ),
];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::rule::Group;
    use crate::catalog::testing::{baseline, cases, date, run, Case};
    use crate::engine::check;
    use crate::facts::*;
    use crate::report::{MayApply, Outcome};

    const J: Jurisdiction = Jurisdiction::Jilin;

    pub(crate) static CASES: &[Case] = cases! { J;
        "第十五条第2款：已定点的医疗机构可以申请签订“互联网+”医保服务补充协议": "jl.a15.designated-institution", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第十五条第2款由「定点医疗机构」申请：尚未定点的不能申请": "jl.a15.designated-institution", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.host_designated = Some(false) } => Fail;
        "第十五条第2款：未答是否已定点的需补充信息": "jl.a15.designated-institution", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.host_designated = None } => NeedsInformation;

        "第十五条第2款（一）【推定】：经批准设置互联网医院或开展互联网诊疗的符合": "jl.a15.approved", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第十五条第2款（一）【推定】：未经行业主管部门批准的不符合": "jl.a15.approved", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.approved = Some(false) } => Fail;

        "第十五条第2款（二）【推定】：具备编码对接条件和基础信息数据库的符合": "jl.a15.coding-and-databases", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第十五条第2款（二）【推定】：不具备编码对接条件或基础信息数据库的不符合": "jl.a15.coding-and-databases", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.coding_and_databases = Some(false) } => Fail;

        "第十五条（三）：能数据交换、移动支付并提供票据的符合": "jl.a15.i3.data-exchange-payment-receipts", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第十五条（三）：不具备与医保信息系统数据交换条件的不符合": "jl.a15.i3.data-exchange-payment-receipts", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.data_exchange = Some(false) } => Fail;
        "第十五条（三）：未实现医保移动支付的不符合": "jl.a15.i3.data-exchange-payment-receipts", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.mobile_payment = Some(false) } => Fail;
        "第十五条（三）：电子票据、电子发票、邮寄纸质票据均不能提供的不符合": "jl.a15.i3.data-exchange-payment-receipts", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.receipts = Some(false) } => Fail;

        "第十五条（四）：信息系统能区分线上线下业务的符合": "jl.a15.i4.distinguishes-online", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第十五条（四）：信息系统不能区分线上线下业务的不符合": "jl.a15.i4.distinguishes-online", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.distinguishes_online = Some(false) } => Fail;

        "第十五条（五）：能依托医保码实名认证的符合": "jl.a15.i5.real-name-authentication", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第十五条（五）：不能依托医保码实名认证的不符合": "jl.a15.i5.real-name-authentication", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.real_name_authentication = Some(false) } => Fail;

        "第十五条（六）：完整保留信息并全程可追溯的符合": "jl.a15.i6.records-traceable", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第十五条（六）：不能完整保留电子病历、处方、购药记录的不符合": "jl.a15.i6.records-traceable", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.keeps_records = Some(false) } => Fail;
        "第十五条（六）：不能全程追溯的不符合": "jl.a15.i6.records-traceable", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.traceable = Some(false) } => Fail;

        "第十五条（七）：能核验复诊患者的符合": "jl.a15.i7.verifies-repeat-visits", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第十五条（七）：不能核验患者为复诊患者的不符合": "jl.a15.i7.verifies-repeat-visits", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.verifies_repeat_visits = Some(false) } => Fail;

        "第十五条（八）：能实现电子处方流转的符合": "jl.a15.i8.e-prescription-circulation", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第十五条（八）：不能实现电子处方流转的不符合": "jl.a15.i8.e-prescription-circulation", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.e_prescription_circulation = Some(false) } => Fail;

        "第十五条只规定条件，补充协议的申请材料无规则数据": "jl.a15.internet-materials-not-listed", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => NotCovered;
    };

    #[test]
    fn every_jilin_internet_case_gives_the_outcome_article_15_states() {
        run(CASES);
    }

    #[test]
    fn a_complete_jilin_institution_may_apply_for_the_internet_supplement_its_materials_aside() {
        let mut profile = baseline(J);
        profile.application.kind = Some(ApplicationKind::InternetSupplement);
        let report = check(&profile, date("2026-11-22"));
        assert_eq!(
            report.conclusion.may_apply,
            MayApply::Yes,
            "{}",
            report.conclusion.summary
        );
        assert_eq!(report.conclusion.counts.fail, 0);
        for rule in super::RULES {
            let finding = report
                .findings
                .iter()
                .find(|f| f.rule_id == rule.id)
                .unwrap_or_else(|| panic!("no finding for {}", rule.id));
            let expected = if rule.group == Group::Materials {
                Outcome::NotCovered
            } else {
                Outcome::Pass
            };
            assert_eq!(finding.outcome, expected, "{}: {}", rule.id, finding.detail);
        }
        let materials = report
            .findings
            .iter()
            .find(|f| f.rule_id == "jl.a15.internet-materials-not-listed")
            .unwrap_or_else(|| panic!("no materials finding"));
        assert_eq!(materials.group, Group::Materials);
        assert_eq!(materials.outcome, Outcome::NotCovered);
        assert_eq!(report.conclusion.materials.not_covered, 1);
    }
}
