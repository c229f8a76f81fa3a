//! JS 第七条: the conditions for a designated institution's 互联网医院补充协议
//! (rules map §4.1, §4.2). The materials, which the article does not list,
//! are recorded as silence in `jiangsu/mod.rs` (`js.a7.internet-materials-not-listed`).
//!
//! Not encoded as a rule: the article's first sentence on settlement (the
//! agency settles with the physical institution the internet hospital relies
//! on), which says who settles, not what the applicant must have.

use crate::catalog::builder::rule;
use crate::catalog::checks;
use crate::catalog::rule::Rule;
use crate::facts::questions as q;
use crate::report::Outcome;

pub static RULES: &[Rule] = &[
    rule!(Condition, Jiangsu, "js.a7.designated-institution", "第七条", None, "申请补充协议的须为定点医疗机构",
        application: InternetSupplement,
        quote: "定点医疗机构申请签订互联网医院补充协议的，应当具备以下条件",
        asks: [q::INTERNET_HOST_DESIGNATED],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::INTERNET_HOST_DESIGNATED,
                Outcome::Fail,
                "互联网医院所依托的实体医疗机构已是定点医疗机构，可以申请签订互联网医院补充协议。",
                "互联网医院所依托的实体医疗机构尚未定点：本条由「定点医疗机构」申请签订互联网医院补充协议，须先取得医保定点。",
            )
        },
        advice: "先以实体医疗机构申请医保定点并签订医保协议，再依托该实体医疗机构申请签订互联网医院补充协议；备好已签订的医保协议（或定点医疗机构编码）作为证明。",
    ),
    rule!(Condition, Jiangsu, "js.a7.i1.approved", "第七条", Some("（一）"), "经卫生健康行业主管部门批准设置互联网医院或开展互联网诊疗",
        application: InternetSupplement,
        quote: "实体医疗机构经卫生健康行业主管部门批准设置互联网医院或者批准开展互联网诊疗活动",
        asks: [q::INTERNET_APPROVED],
        check: |ctx| {
            checks::must_be_yes(
                ctx,
                &q::INTERNET_APPROVED,
                Outcome::Fail,
                "实体医疗机构已经卫生健康行业主管部门批准设置互联网医院或者批准开展互联网诊疗活动。",
                "实体医疗机构未经卫生健康行业主管部门批准设置互联网医院，也未获批准开展互联网诊疗活动。",
            )
        },
        advice: "先取得卫生健康行业主管部门设置互联网医院或开展互联网诊疗活动的批准；备好批准文件（或载明相应登记事项的执业证照）复印件。",
    ),
    rule!(Condition, Jiangsu, "js.a7.i2.data-exchange-and-services", "第七条", Some("（二）"), "具备与医保信息系统数据交换的条件，能提供“互联网+”医疗服务",
        application: InternetSupplement,
        quote: "具备与医保信息系统数据交换的条件，能提供“互联网+”医疗服务业务",
        asks: [q::INTERNET_DATA_EXCHANGE, q::INTERNET_PROVIDES_SERVICES],
        check: |ctx| {
            checks::all_yes(
                ctx,
                &[
                    (&q::INTERNET_DATA_EXCHANGE, "与医保信息系统数据交换的条件"),
                    (
                        &q::INTERNET_PROVIDES_SERVICES,
                        "提供“互联网+”医疗服务业务的能力",
                    ),
                ],
            )
        },
        advice: "完成互联网医院信息系统与医保信息系统的接口对接和联调，备好联调或测试记录；备好拟开展的“互联网+”医疗服务业务范围及开展情况说明。",
    ),
    rule!(Condition, Jiangsu, "js.a7.i3.insurance-code-and-voucher", "第七条", Some("（三）"), "依托医保码就医全流程应用并能提供医保结算凭证",
        application: InternetSupplement,
        quote: "开展“互联网+”医疗服务能依托医保电子凭证（以下简称“医保码”）进行实名认证、医保移动支付等就医全流程应用，并能为患者提供医保结算凭证",
        asks: [q::INTERNET_INSURANCE_CODE_FULL_PROCESS, q::INTERNET_SETTLEMENT_VOUCHER],
        check: |ctx| {
            checks::all_yes(
                ctx,
                &[
                    (
                        &q::INTERNET_INSURANCE_CODE_FULL_PROCESS,
                        "依托医保码的就医全流程应用（实名认证、医保移动支付等）",
                    ),
                    (&q::INTERNET_SETTLEMENT_VOUCHER, "为患者提供医保结算凭证"),
                ],
            )
        },
        advice: "在“互联网+”医疗服务中接入医保电子凭证（医保码），实现实名认证和医保移动支付等就医全流程应用，并能向患者出具医保结算凭证；备好医保码接入和移动支付开通的证明及结算凭证样张。",
        reading: "江苏要求医保码用于「实名认证、医保移动支付等就医全流程应用」，宽于广东、吉林只要求的「实名认证」；「等」字未列尽全部环节，按申报的“就医全流程应用”判定，具体环节以经办机构核实为准。",
    ),
    rule!(Condition, Jiangsu, "js.a7.i4.keeps-records", "第七条", Some("（四）"), "完整保留诊疗、处方、购药与交易配送信息",
        application: InternetSupplement,
        quote: "能完整保留参保人员“互联网+”医疗服务诊疗过程中的电子病历、在线电子处方、购药记录、交易配送等信息",
        asks: [q::INTERNET_KEEPS_RECORDS, q::INTERNET_KEEPS_DELIVERY_RECORDS],
        check: |ctx| {
            checks::all_yes(
                ctx,
                &[
                    (
                        &q::INTERNET_KEEPS_RECORDS,
                        "完整保留（电子病历、在线电子处方、购药记录等信息）",
                    ),
                    (&q::INTERNET_KEEPS_DELIVERY_RECORDS, "完整保留（交易配送等信息）"),
                ],
            )
        },
        advice: "确保信息系统完整保存“互联网+”诊疗过程中的电子病历、在线电子处方、购药记录，以及交易和配送记录（江苏独有的要求）；备好数据留存范围和保存期限的说明。",
    ),
];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::{cases, run, Case};
    use crate::facts::*;

    const J: Jurisdiction = Jurisdiction::Jiangsu;

    pub(crate) static CASES: &[Case] = cases! { J;
        "第七条：已定点的医疗机构可以申请签订互联网医院补充协议": "js.a7.designated-institution", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第七条由「定点医疗机构」申请：尚未定点的不能申请": "js.a7.designated-institution", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.host_designated = Some(false) } => Fail;
        "第七条：未答是否已定点的需补充信息": "js.a7.designated-institution", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.host_designated = None } => NeedsInformation;

        "第七条（一）：经批准设置互联网医院或开展互联网诊疗的符合": "js.a7.i1.approved", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第七条（一）：未经卫生健康行业主管部门批准的不符合": "js.a7.i1.approved", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.approved = Some(false) } => Fail;

        "第七条（二）：能数据交换并能提供“互联网+”医疗服务的符合": "js.a7.i2.data-exchange-and-services", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第七条（二）：不具备与医保信息系统数据交换条件的不符合": "js.a7.i2.data-exchange-and-services", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.data_exchange = Some(false) } => Fail;
        "第七条（二）：不能提供“互联网+”医疗服务业务的不符合": "js.a7.i2.data-exchange-and-services", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.provides_services = Some(false) } => Fail;
        "第七条（二）未写医保移动支付和票据：未实现移动支付不影响本项": "js.a7.i2.data-exchange-and-services", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.mobile_payment = Some(false); p.internet.receipts = Some(false) } => Pass;

        "第七条（三）：医保码全流程应用并能提供结算凭证的符合": "js.a7.i3.insurance-code-and-voucher", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第七条（三）：医保码未用于就医全流程的不符合": "js.a7.i3.insurance-code-and-voucher", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.insurance_code_full_process = Some(false) } => Fail;
        "第七条（三）：不能为患者提供医保结算凭证的不符合": "js.a7.i3.insurance-code-and-voucher", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.settlement_voucher = Some(false) } => Fail;

        "第七条（四）：完整保留诊疗和交易配送信息的符合": "js.a7.i4.keeps-records", |p| p.application.kind = Some(ApplicationKind::InternetSupplement) => Pass;
        "第七条（四）：不能完整保留电子病历、处方、购药记录的不符合": "js.a7.i4.keeps-records", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.keeps_records = Some(false) } => Fail;
        "第七条（四）江苏另写「交易配送」：不保留交易配送信息的不符合": "js.a7.i4.keeps-records", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.keeps_delivery_records = Some(false) } => Fail;
        "第七条（四）未写「全程可追溯」：不能全程追溯但信息完整保留的符合": "js.a7.i4.keeps-records", |p| { p.application.kind = Some(ApplicationKind::InternetSupplement); p.internet.traceable = Some(false) } => Pass;
    };

    #[test]
    fn every_jiangsu_internet_case_gives_the_outcome_article_7_states() {
        run(CASES);
        let nantong: Vec<Case> = CASES
            .iter()
            .map(|c| Case {
                jurisdiction: Jurisdiction::Nantong,
                ..*c
            })
            .collect();
        run(&nantong);
    }
}
