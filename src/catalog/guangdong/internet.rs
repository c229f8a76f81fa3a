//! GD 第七条 (with 第五条第2款): the conditions for a designated institution's
//! “互联网+”医保服务补充协议 (rules map §4.1, §4.2), and the silence on its
//! materials (§4.3, §6.5). Jieyang decides under these rules; Zhongshan too,
//! the draft's 第七条 having the same words except its 第2款 (see
//! `zhongshan/internet.rs`).
//!
//! Not encoded as a rule: 第五条第2款「互联网医院可依托其实体医疗机构申请签订
//! 补充协议」and the settlement that follows it, which say who applies and who
//! settles; the condition that the applicant is designated is 第七条's.

use crate::catalog::builder::rule;
use crate::catalog::checks;
use crate::catalog::rule::Rule;
use crate::facts::questions as q;
use crate::report::Outcome;

const A7_LEAD: &str = "定点医疗机构申请签订“互联网+”医保服务补充协议，应当具备以下基本条件";

pub static RULES: &[Rule] = &[
    rule!(Condition, Guangdong, "gd.a7.designated-institution", "第七条", None, "申请补充协议的须为定点医疗机构",
        application: InternetSupplement,
        quote: A7_LEAD,
        asks: [q::INTERNET_HOST_DESIGNATED],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::INTERNET_HOST_DESIGNATED,
                Outcome::Fail,
                "互联网医院所依托的实体医疗机构已是定点医疗机构，可以申请签订“互联网+”医保服务补充协议。",
                "互联网医院所依托的实体医疗机构尚未定点：本条由「定点医疗机构」申请签订“互联网+”医保服务补充协议，须先取得医保定点。",
            )
        },
        advice: "先以实体医疗机构申请医保定点；评估合格后签订医保协议时，可就“互联网+”医保服务一并协商（第十三条）。已定点的，备好已签订的医保协议（或定点医疗机构编码）作为证明。",
        reading: "第七条写「定点医疗机构申请」，本项按申请时已定点判定；第十三条另把「“互联网+”医保服务」列为签订医保协议时协商谈判的内容之一，与补充协议如何衔接原文未写⟦X-36⟧。",
    ),
    rule!(Condition, Guangdong, "gd.a7.i1.approved", "第七条", Some("（一）"), "经行业主管部门批准设置互联网医院或开展互联网诊疗",
        application: InternetSupplement,
        quote: "经行业主管部门批准设置互联网医院或批准开展互联网诊疗活动",
        asks: [q::INTERNET_APPROVED],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::INTERNET_APPROVED,
                Outcome::Fail,
                "已经行业主管部门批准设置互联网医院或批准开展互联网诊疗活动。",
                "未经行业主管部门批准设置互联网医院，也未获批准开展互联网诊疗活动。",
            )
        },
        advice: "先取得行业主管部门（卫生健康部门）设置互联网医院或开展互联网诊疗活动的批准；备好批准文件（或载明相应登记事项的执业证照）复印件。",
    ),
    rule!(Condition, Guangdong, "gd.a7.i2.data-exchange-payment-receipts", "第七条", Some("（二）"), "数据交换、医保移动支付与票据",
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
    rule!(Condition, Guangdong, "gd.a7.i3.distinguishes-online", "第七条", Some("（三）"), "信息系统能区分线下与“互联网+”医疗服务",
        application: InternetSupplement,
        quote: "信息系统应当能区分常规线下医疗服务业务和“互联网+”医疗服务业务",
        asks: [q::INTERNET_DISTINGUISHES_ONLINE],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::INTERNET_DISTINGUISHES_ONLINE,
                Outcome::Fail,
                "信息系统能区分常规线下医疗服务业务和“互联网+”医疗服务业务。",
                "信息系统尚不能区分常规线下医疗服务业务和“互联网+”医疗服务业务。",
            )
        },
        advice: "在信息系统中为“互联网+”医疗服务设置单独的业务标识（就诊类型、收费和结算记录可分开统计）；备好系统功能说明或截图。",
    ),
    rule!(Condition, Guangdong, "gd.a7.i4.real-name-authentication", "第七条", Some("（四）"), "依托医保电子凭证实名认证",
        application: InternetSupplement,
        quote: "依托医保电子凭证进行实名认证，确保就诊参保人真实身份",
        asks: [q::INTERNET_REAL_NAME_AUTHENTICATION],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::INTERNET_REAL_NAME_AUTHENTICATION,
                Outcome::Fail,
                "能依托医保电子凭证进行实名认证，确保就诊参保人真实身份。",
                "尚不能依托医保电子凭证进行实名认证。",
            )
        },
        advice: "在“互联网+”就诊流程中接入医保电子凭证实名认证；备好接入证明或流程截图。",
    ),
    rule!(Condition, Guangdong, "gd.a7.i5.records-traceable", "第七条", Some("（五）"), "完整保留诊疗信息并全程可追溯",
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
    rule!(Materials, Guangdong, "gd.a7.internet-materials-not-listed", "第七条", None, "“互联网+”医保服务补充协议的申请材料",
        application: InternetSupplement,
        quote: A7_LEAD,
        asks: [],
        check: |_| {
            checks::silent("广东办法第七条只规定条件，未规定“互联网+”医保服务补充协议的申请材料（第八条为申请定点的材料）；无材料清单的规则数据。")
        },
        advice: "按当地经办机构的指引准备材料；可按第七条各项条件准备证明（如行业主管部门批准设置互联网医院或开展互联网诊疗活动的文件、医保移动支付开通证明、票据样张）。",
        reading: "四份文件均未规定互联网补充协议的申请材料⟦X-36⟧。",
    ),
];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::{cases, run, Case};
    use crate::facts::*;

    const G: Jurisdiction = Jurisdiction::Guangdong;

    pub(crate) static CASES: &[Case] = cases! { G;
        "第七条：已定点的医疗机构可以申请签订“互联网+”医保服务补充协议": "gd.a7.designated-institution", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第七条由「定点医疗机构」申请：尚未定点的不能申请": "gd.a7.designated-institution", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.host_designated = Some(false) } => Fail;
        "第七条：未答是否已定点的需补充信息": "gd.a7.designated-institution", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.host_designated = None } => NeedsInformation;

        "第七条（一）：经批准设置互联网医院或开展互联网诊疗的符合": "gd.a7.i1.approved", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第七条（一）：未经行业主管部门批准的不符合": "gd.a7.i1.approved", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.approved = Some(false) } => Fail;

        "第七条（二）：能数据交换、移动支付并提供票据的符合": "gd.a7.i2.data-exchange-payment-receipts", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第七条（二）：不具备与医保信息系统数据交换条件的不符合": "gd.a7.i2.data-exchange-payment-receipts", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.data_exchange = Some(false) } => Fail;
        "第七条（二）：未实现医保移动支付的不符合": "gd.a7.i2.data-exchange-payment-receipts", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.mobile_payment = Some(false) } => Fail;
        "第七条（二）：电子票据、电子发票、邮寄纸质票据均不能提供的不符合": "gd.a7.i2.data-exchange-payment-receipts", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.receipts = Some(false) } => Fail;
        "第七条（二）未写「医保结算凭证」：不能提供结算凭证不影响本项": "gd.a7.i2.data-exchange-payment-receipts", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.settlement_voucher = Some(false) } => Pass;

        "第七条（三）：信息系统能区分线上线下业务的符合": "gd.a7.i3.distinguishes-online", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第七条（三）：信息系统不能区分线上线下业务的不符合": "gd.a7.i3.distinguishes-online", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.distinguishes_online = Some(false) } => Fail;

        "第七条（四）：能依托医保电子凭证实名认证的符合": "gd.a7.i4.real-name-authentication", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第七条（四）：不能依托医保电子凭证实名认证的不符合": "gd.a7.i4.real-name-authentication", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.real_name_authentication = Some(false) } => Fail;
        "第七条（四）只写「实名认证」：医保码未用于就医全流程不影响本项": "gd.a7.i4.real-name-authentication", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.insurance_code_full_process = Some(false) } => Pass;

        "第七条（五）：完整保留信息并全程可追溯的符合": "gd.a7.i5.records-traceable", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第七条（五）：不能完整保留电子病历、处方、购药记录的不符合": "gd.a7.i5.records-traceable", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.keeps_records = Some(false) } => Fail;
        "第七条（五）：不能全程追溯的不符合": "gd.a7.i5.records-traceable", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.traceable = Some(false) } => Fail;
        "第七条（五）未写「交易配送」：不保留交易配送信息不影响本项": "gd.a7.i5.records-traceable", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.keeps_delivery_records = Some(false) } => Pass;

        "第七条只规定条件，补充协议的申请材料无规则数据": "gd.a7.internet-materials-not-listed", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => NotCovered;
    };

    #[test]
    fn every_guangdong_internet_case_gives_the_outcome_article_7_states_in_each_place_deciding_under_it(
    ) {
        for jurisdiction in [
            Jurisdiction::Guangdong,
            Jurisdiction::Jieyang,
            Jurisdiction::Zhongshan,
        ] {
            let cases: Vec<Case> = CASES.iter().map(|c| Case { jurisdiction, ..*c }).collect();
            run(&cases);
        }
    }
}
