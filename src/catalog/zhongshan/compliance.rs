//! Zhongshan draft: only what the draft adds to or changes in Guangdong's
//! self-audit items (rules map §9.2 “ZS 差异”, §10.2). Zhongshan
//! institutions are decided under `catalog::guangdong::compliance`; these
//! items are shown beside them as an uncounted draft preview (§11 X-32).
//!
//! - 第二十二条: the sign 「在营业场所显著位置」 (Guangdong: only
//!   「悬挂统一格式」; asked with the Jiangsu question of the same fact), the
//!   publicity board, complaints number and service window, and the prices.
//! - 第四十二条（六）「或办理信息变更备案手续时提供虚假信息、材料的」 and
//!   （九）「或过期失效」: only the added words are asked; the rest is
//!   Guangdong's.
//! - 第四十四条第2款 (order to rectify for 3–6 months): its consequence, and
//!   the situations Guangdong does not list — （一）（六）（九）（十）（十一）. Its
//!   other situations are Guangdong items already ((二) 核实社会保障卡 ↔
//!   第十七条 实名就医; (三) ↔ 第十七条 acts; (四) ↔ 第二十条; (五) ↔
//!   第十七条第2款; (七) ↔ 第四十二条（一）; (八) ↔ 第二十四条; (十) 挂床、分解住院
//!   ↔ 第十七条); （十二） is below.
//! - 第三十九条第1款: public institutions notify every change in writing
//!   within 30 working days; 社会办 institutions apply for the changes the
//!   draft calls 重大 (fewer than Guangdong's) and notify the rest in time.
//!   Each asked with the draft's own list; the dates are in `deadlines.rs`.
//! - 第四十四条第2款（十二）: the same situation as Guangdong's 第四十一条
//!   第2款（三）, asked once with that question, with both tiers.
//!
//! Not encoded: 第十八条's 等级系数 materials (the agency's and the city's
//! determination, not an obligation with a test).

use super::risks;
use crate::catalog::audit::{self, Scope};
use crate::catalog::builder::item;
use crate::catalog::checks;
use crate::catalog::rule::{Ctx, Missing, Rule, Verdict};
use crate::facts::compliance::nantong::Occasion;
use crate::facts::compliance::{guangdong as q, jiangsu as js};
use crate::facts::questions::{self as base, Question};
use crate::facts::Ownership;

/// 第三十九条第1款's rules for 社会办 institutions: not applicable to public
/// ones (three-valued: a change that did not arise needs no ownership).
fn private_only(ctx: &Ctx, question: &'static Question<Occasion>) -> Result<Verdict, Missing> {
    checks::only_if(
        ctx.get(&base::OWNERSHIP).map(|o| o == Ownership::Private),
        || {
            Verdict::not_applicable(
                "本项只适用于社会办医疗机构；公立医疗机构的信息变更一律书面告知，见另一项。",
            )
        },
        || audit::occasion(ctx, question),
    )
}

pub static RULES: &[Rule] = &[
    item!(Zhongshan, "zs.a22.sign-prominent", "第二十二条", None, "标识挂在营业场所显著位置",
        quote: "在营业场所显著位置悬挂统一样式的定点医疗机构标识",
        kept: js::SIGN_DISPLAYED,
        risks: [risks::HANDLING],
        advice: "将统一样式的标识悬挂在营业场所显著位置。",
    ),
    item!(Zhongshan, "zs.a22.policy-publicity", "第二十二条", None, "设宣传栏、投诉电话和窗口",
        quote: "设置社会医疗保险政策宣传栏，公布市社会医疗保险咨询投诉电话，设置医保服务窗口，向参保人宣传和解释社会医疗保险有关政策",
        all_kept: [q::ZS_POLICY_BOARD, q::ZS_COMPLAINT_HOTLINE, q::ZS_SERVICE_WINDOW],
        risks: [risks::HANDLING],
        advice: "设医保政策宣传栏、公布投诉电话、设立医保服务窗口。",
    ),
    item!(Zhongshan, "zs.a22.prices-published", "第二十二条", None, "公布价格并即时更新",
        quote: "将本机构开展的药品、医用耗材、医疗服务项目等价格在显著位置公布或提供查询途径，价格变化时应即时更新",
        kept: q::ZS_PRICES_PUBLISHED,
        risks: [risks::HANDLING],
        advice: "在显著位置公示价格或提供查询途径，调价时即时更新。",
    ),
    item!(Zhongshan, "zs.a39.public-change-notified", "第三十九条", None, "公立机构信息变更30个工作日内书面告知",
        quote: "公立定点医疗机构的名称、法定代表人、主要负责人或实际控制人、注册地址、银行账户、诊疗科目、机构规模、机构性质、等级和类别等信息变更时，应自有关部门批准之日起30个工作日内向市医疗保障经办机构书面告知",
        asks: [q::ZS_PUBLIC_CHANGE_NOTIFIED, base::OWNERSHIP],
        check: |ctx| audit::occasion(ctx, &q::ZS_PUBLIC_CHANGE_NOTIFIED),
        scope: [Scope::Public],
        risks: [risks::HANDLING],
        advice: "自有关部门批准之日起30个工作日内向市医疗保障经办机构书面告知。",
        reading: "征求意见稿对公立医疗机构不要求变更申请，各项信息变更一律于30个工作日内书面告知；广东办法仍要求重大信息提出变更申请，中山机构按广东办法自查⟦X-14、X-32⟧。",
    ),
    item!(Zhongshan, "zs.a39.private-change-applied", "第三十九条", None, "社会办机构重大信息变更30个工作日内申请",
        quote: "社会办定点医疗机构的名称、法定代表人、主要负责人或实际控制人、注册地址等重大信息变更时，应自有关部门批准之日起30个工作日内向市医疗保障经办机构提出变更申请",
        asks: [base::OWNERSHIP, q::ZS_PRIVATE_MAJOR_CHANGE_APPLIED],
        check: |ctx| private_only(ctx, &q::ZS_PRIVATE_MAJOR_CHANGE_APPLIED),
        risks: [risks::HANDLING],
        advice: "自有关部门批准之日起30个工作日内向市医疗保障经办机构提出变更申请。",
        reading: "征求意见稿的社会办重大信息只列名称、法定代表人、主要负责人或实际控制人、注册地址，比广东办法少；其余为一般信息，及时书面告知即可⟦X-14、X-32⟧。",
    ),
    item!(Zhongshan, "zs.a39.private-general-change-notified", "第三十九条", None, "社会办机构一般信息变更及时书面告知",
        quote: "银行账户、诊疗科目、机构规模、机构性质、等级和类别等其他一般信息变更应及时书面告知",
        asks: [base::OWNERSHIP, q::ZS_PRIVATE_GENERAL_CHANGE_NOTIFIED],
        check: |ctx| private_only(ctx, &q::ZS_PRIVATE_GENERAL_CHANGE_NOTIFIED),
        risks: [risks::HANDLING],
        advice: "一般信息变更后及时书面告知市医疗保障经办机构。",
        reading: "“及时”未定天数；广东办法把这些事项列为重大信息，须30个工作日内提出变更申请，中山机构按广东办法自查⟦X-14、X-32⟧。",
    ),
    item!(Zhongshan, "zs.a42.i6.no-false-change-information", "第四十二条", Some("（六）"), "变更备案不提供虚假材料",
        quote: "或办理信息变更备案手续时提供虚假信息、材料的",
        absent: q::ZS_FALSE_CHANGE_INFORMATION,
        risks: [risks::TERMINATION, risks::REAPPLICATION_BAR],
        advice: "如实提供变更备案材料，已提供虚假材料的主动更正。",
    ),
    item!(Zhongshan, "zs.a42.i9.licence-not-expired", "第四十二条", Some("（九）"), "执业证照未过期失效",
        quote: "医疗机构执业许可证或中医诊所备案证被吊销、注销或过期失效的",
        absent: q::ZS_LICENCE_EXPIRED,
        risks: [risks::TERMINATION, risks::REAPPLICATION_BAR],
        advice: "在证照有效期届满前办理校验或延续手续。",
    ),
    item!(Zhongshan, "zs.a44.i1.no-fake-drugs", "第四十四条", Some("（一）"), "不使用假药、劣药",
        quote: "使用假药、劣药的",
        absent: q::ZS_FAKE_OR_SUBSTANDARD_DRUGS,
        risks: [risks::RECTIFICATION_ORDER, risks::HANDLING],
        advice: "从合法渠道购进并验收药品，发现假劣药立即停用上报。",
    ),
    item!(Zhongshan, "zs.a44.i6.no-costs-shifted", "第四十四条", Some("（六）"), "不将统筹费用转嫁个人",
        quote: "将应当由医疗保险基金统筹支付的医疗费用转嫁给参保人个人支付的",
        absent: q::ZS_COSTS_SHIFTED_TO_PATIENTS,
        risks: [risks::RECTIFICATION_ORDER, risks::HANDLING],
        advice: "应由统筹基金支付的费用按规定结算，不转由患者自付。",
    ),
    item!(Zhongshan, "zs.a44.i9.system-not-lent", "第四十四条", Some("（九）"), "医保系统不给他人使用",
        quote: "将医保信息系统提供给其他医疗机构使用的",
        absent: q::ZS_SYSTEM_LENT,
        risks: [
            risks::RECTIFICATION_ORDER,
            risks::TERMINATION,
            risks::REAPPLICATION_BAR,
            risks::HANDLING,
        ],
        advice: "医保系统账号和终端仅限本机构使用，定期核查登录记录。",
        reading: "本项与第四十二条（四）「为非定点医疗机构……提供医保费用结算」相近：他机构借用本机构系统结算即可能属之，故同时列出整改与应当解除两档后果。",
    ),
    item!(Zhongshan, "zs.a44.i10.no-upcoding", "第四十四条", Some("（十）"), "无诊断升级、病历不符等",
        quote: "诊断升级、病历内容与实际情况不相符或将不符合住院标准的参保人收住院治疗的",
        absent: q::ZS_UPCODING_OR_RECORDS_MISMATCH,
        risks: [risks::RECTIFICATION_ORDER, risks::HANDLING],
        advice: "开展病案质控，核对诊断编码、病历与入院指征。",
    ),
    item!(Zhongshan, "zs.a44.i11.no-suspended-physician", "第四十四条", Some("（十一）"), "被中止资格医师不提供服务",
        quote: "被中止医保服务资格的执业医师提供医保服务的",
        absent: q::ZS_SUSPENDED_PHYSICIAN,
        risks: [risks::RECTIFICATION_ORDER, risks::HANDLING],
        advice: "在系统中停用被中止资格医师的医保服务权限。",
    ),
    item!(Zhongshan, "zs.a44.i12.agreed-suspension-notified", "第四十四条", Some("（十二）"), "协议约定应当中止的情形",
        quote: "根据医保协议约定应当中止协议的",
        absent: q::GD_AGREED_SUSPENSION_NOTIFIED,
        risks: [risks::RECTIFICATION_ORDER, risks::SUSPENSION],
        advice: "对照医保协议的中止条款核实情况，按经办机构的意见整改。",
        reading: "与第四十一条第2款（三）「根据协议约定应当中止协议的」为同一情形，只问一次：本款可责令整改3-6个月，第四十一条应当中止，两档后果一并列出。是否属之由经办机构依协议认定，故问是否已被告知；未被告知的按“否”。",
    ),
];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::{cases, run, Case};
    use crate::facts::compliance::nantong::Occasion;
    use crate::facts::compliance::{guangdong as q, jiangsu as js, Value};
    use crate::facts::*;

    const Z: Jurisdiction = Jurisdiction::Zhongshan;

    fn designated(p: &mut Profile) {
        p.application.kind = Some(ApplicationKind::Designated);
    }

    /// A designated institution answering the yes/no question `id`.
    fn answer(p: &mut Profile, id: &'static str, yes: bool) {
        designated(p);
        p.compliance.set(id, Value::YesNo(yes));
    }

    /// A designated institution answering the occasion question `id`.
    fn occasion(p: &mut Profile, id: &'static str, answer: Occasion) {
        designated(p);
        let index = Occasion::VALUES
            .iter()
            .position(|o| *o == answer)
            .unwrap_or(0);
        p.compliance.set(id, Value::Choice(index));
    }

    /// A designated public institution answering the draft's question on
    /// public institutions' changes.
    fn public(p: &mut Profile, answer: Occasion) {
        occasion(p, q::ZS_PUBLIC_CHANGE_NOTIFIED.info.id, answer);
        p.institution.ownership = Some(Ownership::Public);
    }

    pub(crate) static CASES: &[Case] = cases! { Z;
    "中山征求意见稿第二十二条：标识挂在营业场所显著位置，已落实的符合": "zs.a22.sign-prominent", |p| designated(p) => Pass;
    "中山征求意见稿第二十二条：标识挂在营业场所显著位置，本问回答“否”的不符合": "zs.a22.sign-prominent", |p| answer(p, js::SIGN_DISPLAYED.info.id, false) => Fail;
    "中山征求意见稿第二十二条：设宣传栏、投诉电话和窗口，已落实的符合": "zs.a22.policy-publicity", |p| designated(p) => Pass;
    "中山征求意见稿第二十二条：设宣传栏、投诉电话和窗口，第1问回答“否”的不符合": "zs.a22.policy-publicity", |p| answer(p, q::ZS_POLICY_BOARD.info.id, false) => Fail;
    "中山征求意见稿第二十二条：设宣传栏、投诉电话和窗口，第2问回答“否”的不符合": "zs.a22.policy-publicity", |p| answer(p, q::ZS_COMPLAINT_HOTLINE.info.id, false) => Fail;
    "中山征求意见稿第二十二条：设宣传栏、投诉电话和窗口，第3问回答“否”的不符合": "zs.a22.policy-publicity", |p| answer(p, q::ZS_SERVICE_WINDOW.info.id, false) => Fail;
    "中山征求意见稿第二十二条：公布价格并即时更新，已落实的符合": "zs.a22.prices-published", |p| designated(p) => Pass;
    "中山征求意见稿第二十二条：公布价格并即时更新，本问回答“否”的不符合": "zs.a22.prices-published", |p| answer(p, q::ZS_PRICES_PUBLISHED.info.id, false) => Fail;
    "中山征求意见稿第四十二条（六）：变更备案不提供虚假材料，不存在该情形的符合": "zs.a42.i6.no-false-change-information", |p| designated(p) => Pass;
    "中山征求意见稿第四十二条（六）：变更备案不提供虚假材料，存在该情形的不符合": "zs.a42.i6.no-false-change-information", |p| answer(p, q::ZS_FALSE_CHANGE_INFORMATION.info.id, true) => Fail;
    "中山征求意见稿第四十二条（九）：执业证照未过期失效，不存在该情形的符合": "zs.a42.i9.licence-not-expired", |p| designated(p) => Pass;
    "中山征求意见稿第四十二条（九）：执业证照未过期失效，存在该情形的不符合": "zs.a42.i9.licence-not-expired", |p| answer(p, q::ZS_LICENCE_EXPIRED.info.id, true) => Fail;
    "中山征求意见稿第四十四条（一）：不使用假药、劣药，不存在该情形的符合": "zs.a44.i1.no-fake-drugs", |p| designated(p) => Pass;
    "中山征求意见稿第四十四条（一）：不使用假药、劣药，存在该情形的不符合": "zs.a44.i1.no-fake-drugs", |p| answer(p, q::ZS_FAKE_OR_SUBSTANDARD_DRUGS.info.id, true) => Fail;
    "中山征求意见稿第四十四条（六）：不将统筹费用转嫁个人，不存在该情形的符合": "zs.a44.i6.no-costs-shifted", |p| designated(p) => Pass;
    "中山征求意见稿第四十四条（六）：不将统筹费用转嫁个人，存在该情形的不符合": "zs.a44.i6.no-costs-shifted", |p| answer(p, q::ZS_COSTS_SHIFTED_TO_PATIENTS.info.id, true) => Fail;
    "中山征求意见稿第四十四条（九）：医保系统不给他人使用，不存在该情形的符合": "zs.a44.i9.system-not-lent", |p| designated(p) => Pass;
    "中山征求意见稿第四十四条（九）：医保系统不给他人使用，存在该情形的不符合": "zs.a44.i9.system-not-lent", |p| answer(p, q::ZS_SYSTEM_LENT.info.id, true) => Fail;
    "中山征求意见稿第四十四条（十）：无诊断升级、病历不符等，不存在该情形的符合": "zs.a44.i10.no-upcoding", |p| designated(p) => Pass;
    "中山征求意见稿第四十四条（十）：无诊断升级、病历不符等，存在该情形的不符合": "zs.a44.i10.no-upcoding", |p| answer(p, q::ZS_UPCODING_OR_RECORDS_MISMATCH.info.id, true) => Fail;
    "中山征求意见稿第四十四条（十一）：被中止资格医师不提供服务，不存在该情形的符合": "zs.a44.i11.no-suspended-physician", |p| designated(p) => Pass;
    "中山征求意见稿第四十四条（十一）：被中止资格医师不提供服务，存在该情形的不符合": "zs.a44.i11.no-suspended-physician", |p| answer(p, q::ZS_SUSPENDED_PHYSICIAN.info.id, true) => Fail;
    "中山征求意见稿第三十九条：公立机构信息变更已在30个工作日内书面告知": "zs.a39.public-change-notified", |p| public(p, Occasion::Kept) => Pass;
    "中山征求意见稿第三十九条：公立机构信息变更未按时书面告知的不符合": "zs.a39.public-change-notified", |p| public(p, Occasion::NotKept) => Fail;
    "中山征求意见稿第三十九条：社会办机构不适用公立机构的告知规定": "zs.a39.public-change-notified", |p| designated(p) => NotApplicable;
    "中山征求意见稿第三十九条：社会办机构重大信息变更按时申请的符合": "zs.a39.private-change-applied", |p| designated(p) => Pass;
    "中山征求意见稿第三十九条：社会办机构重大信息变更逾期申请的不符合": "zs.a39.private-change-applied", |p| occasion(p, q::ZS_PRIVATE_MAJOR_CHANGE_APPLIED.info.id, Occasion::NotKept) => Fail;
    "中山征求意见稿第三十九条：公立机构不适用社会办的变更申请": "zs.a39.private-change-applied", |p| public(p, Occasion::Kept) => NotApplicable;
    "中山征求意见稿第三十九条：无重大信息变更的，未填举办性质也不适用": "zs.a39.private-change-applied", |p| { occasion(p, q::ZS_PRIVATE_MAJOR_CHANGE_APPLIED.info.id, Occasion::NotArisen); p.institution.ownership = None } => NotApplicable;
    "中山征求意见稿第三十九条：社会办机构一般信息变更及时告知的符合": "zs.a39.private-general-change-notified", |p| designated(p) => Pass;
    "中山征求意见稿第三十九条：社会办机构一般信息变更未告知的不符合": "zs.a39.private-general-change-notified", |p| occasion(p, q::ZS_PRIVATE_GENERAL_CHANGE_NOTIFIED.info.id, Occasion::NotKept) => Fail;
    "中山征求意见稿第三十九条：逾期申请而未填举办性质的需补充信息": "zs.a39.private-general-change-notified", |p| { occasion(p, q::ZS_PRIVATE_GENERAL_CHANGE_NOTIFIED.info.id, Occasion::NotKept); p.institution.ownership = None } => NeedsInformation;
    "中山征求意见稿第四十四条（十二）：未被告知协议约定应当中止的符合": "zs.a44.i12.agreed-suspension-notified", |p| designated(p) => Pass;
    "中山征求意见稿第四十四条（十二）：已被告知按协议约定应当中止的，可责令整改并应当中止": "zs.a44.i12.agreed-suspension-notified", |p| answer(p, q::GD_AGREED_SUSPENSION_NOTIFIED.info.id, true) => Fail;
    "中山征求意见稿第二十二条：宣传栏一问未回答的需补充信息": "zs.a22.policy-publicity", |p| { designated(p); p.compliance.clear(q::ZS_POLICY_BOARD.info.id) } => NeedsInformation;
    };

    #[test]
    fn cases() {
        run(CASES);
    }
}
