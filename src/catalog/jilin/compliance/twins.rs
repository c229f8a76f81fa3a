//! The items of 规程 articles that say 医药机构: each written once, for
//! medical institutions, and listed with its twin for retail pharmacies
//! (`Rule::for_pharmacies`) in `RULES`.

use super::*;
use crate::catalog::audit;
use crate::catalog::builder::item;
use crate::catalog::rule::Rule;
use crate::facts::compliance::jilin as q;
use crate::sources::DocumentId;

pub(super) const LAWS: Rule = item!(Jilin, "jl.a4.p2.laws-followed", "第四条", Some("第2款"), "遵守医保法规按规定提供服务",
    quote: "定点医药机构应当遵守医疗保障法律、法规、规章及有关政策，按照规定向参保人员提供医药服务",
    kept: q::JL_LAWS_FOLLOWED,
    audit: OBLIGATION,
    advice: "对照医保法规政策定期自查自纠，纠正不规范的医药服务行为。",
);

pub(super) const SIGN: Rule = item!(Jilin, "jl.a34.sign-displayed", "第三十四条", None, "悬挂统一样式定点标识",
    quote: "医保协议生效后，定点医药机构应在显著位置悬挂医保部门提供统一样式的定点医药机构标识",
    kept: q::JL_SIGN_DISPLAYED,
    audit: OBLIGATION,
    advice: "在营业场所显著位置悬挂医保部门提供的统一样式标识。",
);

pub(super) const CODING_FILED: Rule = item!(Jilin, "jl.a35.p1.coding-filed", "第三十五条", Some("第1款"), "填报编码库并反馈维护情况",
    quote: "按照要求填报本机构基础信息以及实施医保支付资格管理的相关人员信息，取得定点医药机构和相关资质人员的医保代码",
    kept: q::JL_CODING_FILED,
    audit: OBLIGATION,
    advice: "在编码库填报机构及人员信息，审核通过后及时向经办机构反馈。",
);

pub(super) const CODING_MAINTAINED: Rule = item!(Jilin, "jl.a35.p2.coding-maintained", "第三十五条", Some("第2款"), "动态维护编码库信息",
    quote: "定点医药机构本机构和人员信息发生变化时，应要求其及时动态维护更新，并将退出本机构的人员信息进行归档处理",
    kept: q::JL_CODING_MAINTAINED,
    audit: OBLIGATION,
    advice: "人员入职、离职或信息变化时及时更新编码库，离职人员归档。",
    reading: "「应要求其」的主语原文不明（经办机构要求机构，或机构要求人员）：本工具读作机构须及时维护更新并归档退出人员，义务落在机构。",
);

pub(super) const CHANGES: Rule = item!(Jilin, "jl.a37.p1.changes-reported", "第三十七条", Some("第1款"), "信息变更按时申请或告知",
    quote: "应自有关部门批准之日起30个工作日内向医保经办机构提出变更申请。其他一般信息变更应及时书面告知",
    asks: [q::JL_MAJOR_CHANGES_APPLIED, q::JL_GENERAL_CHANGES_NOTIFIED],
    check: |ctx| {
        audit::all_kept(
            ctx,
            &[&q::JL_MAJOR_CHANGES_APPLIED, &q::JL_GENERAL_CHANGES_NOTIFIED],
        )
    },
    audit: OBLIGATION,
    advice: "重大信息批准后30个工作日内申请变更，一般信息及时书面告知。",
);

pub(super) const ADDRESS_CHANGE: Rule = item!(Jilin, "jl.a37.address-change-notified", "第三十七条", None, "变更注册地址提前告知",
    quote: "定点医药机构变更注册地址的（实际营业地址不变的除外），应提前5个工作日告知医保经办机构",
    kept: q::JL_ADDRESS_CHANGE_NOTIFIED,
    audit: OBLIGATION,
    advice: "迁址前5个工作日告知经办机构，变更后按时申请现场评估。",
    reading: "本条末款。「提前5个工作日」的基准日原文未写，按实际迁址日倒推⟦X-51⟧，日期见“时限与等待期”；评估不符合定点条件的，医保协议终止。",
);

pub(super) const PRE_CHANGE_DATA: Rule = item!(Jilin, "jl.a38.p1.pre-change-data", "第三十八条", Some("第1款"), "变更后承继履约并保留数据",
    quote: "医保协议继续有效，由变更后的经营主体继续履约并承继违约责任",
    asks: [q::JL_OWNERSHIP_CHANGED, q::JL_PRE_CHANGE_DATA],
    check: pre_change_data,
    audit: PRE_CHANGE,
    advice: "交接时完整移交变更前的医保结算数据和资料并妥善保存。",
);

pub(super) const COOPERATION: Rule = item!(Jilin, "jl.a42.cooperation", "第四十二条", None, "配合审核核查并保管提供材料",
    quote: "定点医药机构应当配合医保经办机构开展医保费用审核、协议履行核查、医保绩效考核等工作，并按规定保管、提供相关材料",
    asks: [q::JL_MATERIALS_KEPT, q::JL_OBSTRUCTED],
    check: cooperation,
    audit: OBLIGATION,
    advice: "指定专人对接审核核查，按规定保管并及时提供相关材料。",
    reading: "是否配合与第四十七条“拒绝、阻挠或不配合”为同一事实，只问一次：存在拒绝、阻挠或不配合的，本项也不符合。",
);

pub(super) const DATA_PROVIDED: Rule = item!(Jilin, "jl.a46.i2.data-provided", "第四十六条", Some("（二）"), "按规定提供真实数据",
    quote: "未按规定向医保行政部门及医保经办机构提供有关数据或提供数据不真实的",
    absent: q::JL_DATA_UNTRUE,
    audit: DATA,
    advice: "核对上传数据的真实性，按规定及时向医保部门提供数据。",
);

/// 第四十七条（一）: how many suspensions in one agreement period terminate it.
pub(super) static P_REPEATED_SUSPENSIONS: crate::catalog::params::Param =
    crate::catalog::params::Param {
        id: "jl.a47.i1.repeated-suspension",
        unit: crate::catalog::params::Unit::Count("次"),
        bound: crate::catalog::params::Bound::Below,
        rows: &[crate::catalog::params::Row {
            from: None,
            value: 2,
            document: DocumentId::Jilin,
            article: "第四十七条",
            item: Some("（一）"),
            quote: "协议有效期内累计2次及以上被中止协议或中止协议期间未按要求整改或整改不到位的",
            external: None,
        }],
    };

pub(super) const LICENCES_REAPPLIED: Rule = item!(Jilin, "jl.a38.p2.licences-reapplied", "第三十八条", Some("第2款"), "证照注销后重新申请的协议终止",
    quote: "定点医药机构因股权变动、法定代表人变更等注销营业执照（事业单位法人证书、民办非企业单位登记证书等）、医疗机构执业许可证（药品经营许可证、医疗器械经营许可证等）后重新申请的，与医保经办机构签订的医保协议终止，经营主体须重新申请医保定点",
    asks: [q::JL_LICENCES_REAPPLIED, q::JL_POLICY_CHANGE_EVIDENCED],
    check: licences_reapplied,
    audit: LICENCES,
    advice: "证照注销后重新申请的，向医保经办机构确认协议状态并重新申请定点；属政策变动的，取得相关部门的佐证材料后办理信息变更。",
    reading: "协议依本款终止，不是违约：不判为不符合，而判为需人工复核；因政策变动原因所致、经相关部门出具佐证材料的，可办理信息变更，协议继续有效。证照未注销、只变更登记的，见第1款。",
);

pub(super) const MAJOR_RISK: Rule = item!(Jilin, "jl.a46.i1.major-risk-notified", "第四十六条", Some("（一）"), "检查考核发现重大风险",
    quote: "根据日常检查或绩效考核，发现对医疗保障基金安全和参保人员权益可能造成重大风险的",
    absent: q::JL_MAJOR_RISK_NOTIFIED,
    audit: SUSPENSION_GROUND,
    advice: "按医保经办机构的意见整改，并提交书面整改报告。",
    reading: "本项是医保经办机构的认定，机构不能自行判断，故问是否已被告知此类认定；未被告知的按“否”。",
);

pub(super) const AGREED_SUSPENSION: Rule = item!(Jilin, "jl.a46.i3.agreed-suspension-notified", "第四十六条", Some("（三）"), "协议约定应当中止的情形",
    quote: "根据医保协议约定应当中止协议的",
    absent: q::JL_AGREED_SUSPENSION_NOTIFIED,
    audit: SUSPENSION_GROUND,
    advice: "对照医保协议的中止条款核实情况，按医保经办机构的意见整改。",
    reading: "协议约定的情形以实际签订的医保协议为准，是否属之由医保经办机构认定，故问是否已被告知；未被告知的按“否”。",
);

pub(super) const LEGAL_SUSPENSION: Rule = item!(Jilin, "jl.a46.i4.legal-suspension-notified", "第四十六条", Some("（四）"), "法律法规规定应当中止的其他情形",
    quote: "法律、法规、规章规定的应当中止的其他情形",
    absent: q::JL_LEGAL_SUSPENSION_NOTIFIED,
    audit: SUSPENSION_GROUND,
    advice: "向医保经办机构了解认定的依据，按要求整改。",
    reading: "兜底情形，没有具体内容，由医保经办机构依法认定，故问是否已被告知；未被告知的按“否”。",
);

pub(super) const REPEATED_SUSPENSION: Rule = item!(Jilin, "jl.a47.i1.repeated-suspension", "第四十七条", Some("（一）"), "协议期内未累计被中止{}",
    quote: "协议有效期内累计2次及以上被中止协议或中止协议期间未按要求整改或整改不到位的",
    asks: [q::JL_SUSPENSIONS, q::JL_SUSPENSION_NOT_RECTIFIED],
    check: |ctx| audit::repeated_suspension(ctx, &q::JL_SUSPENSIONS, &q::JL_SUSPENSION_NOT_RECTIFIED, &P_REPEATED_SUSPENSIONS),
    audit: TERMINATION,
    params: [P_REPEATED_SUSPENSIONS],
    advice: "被中止的按要求整改到位，避免协议期内再次被中止。",
    reading: "按协议期分别计数，每份协议重新计数⟦X-18⟧；「被中止」读作经办机构因违法违规违约作出的中止，不含本机构主动申请的中止。",
);

pub(super) const FRAUDULENT: Rule = item!(Jilin, "jl.a47.i2.fraudulent-application", "第四十七条", Some("（二）"), "未以弄虚作假手段取得定点",
    quote: "以弄虚作假等不正当手段申请取得定点的",
    absent: q::JL_FRAUDULENT_APPLICATION,
    audit: FRAUDULENT_APPLICATION,
    advice: "如实报送申请、评估材料；发现不实的主动向经办机构说明。",
);

pub(super) const SETTLED_FOR_OTHERS: Rule = item!(Jilin, "jl.a47.i4.settled-for-others", "第四十七条", Some("（四）"), "不为其他机构进行医保结算",
    quote: "为非定点医疗机构或处于中止医保协议期间的医疗机构提供医保费用结算的",
    absent: q::JL_SETTLED_FOR_OTHERS,
    audit: TERMINATION,
    advice: "医保结算只用于本机构的医药服务，排查代刷、代结算。",
);

pub(super) const OBSTRUCTED: Rule = item!(Jilin, "jl.a47.i5.obstructed", "第四十七条", Some("（五）"), "不拒绝、阻挠检查考核",
    quote: "拒绝、阻挠或不配合医疗保障部门开展智能审核、绩效考核、服务评价、监督检查且情节恶劣的",
    absent: q::JL_OBSTRUCTED,
    audit: OBSTRUCTION,
    advice: "配合各类审核、考核和检查，按要求提供材料、开放现场。",
    reading: "「情节恶劣」由经办机构认定：存在拒绝、阻挠或不配合的即判不符合，是否达到应当解除的程度以认定为准。",
);

pub(super) const UNREGISTERED_CHANGE: Rule = item!(Jilin, "jl.a47.i6.unregistered-change", "第四十七条", Some("（六）"), "重大信息变更已办理",
    quote: "被发现重大信息发生变更但未办理变更的",
    absent: q::JL_UNREGISTERED_CHANGE,
    audit: TERMINATION,
    advice: "立即向经办机构补办重大信息变更并提交变更材料。",
);

pub(super) const LEADER: Rule = item!(Jilin, "jl.a47.i10.leader-default", "第四十七条", Some("（十）"), "负责人能履约且无违法失信",
    quote: "法定代表人、主要负责人或实际控制人不能履行协议约定，或有违法失信行为的",
    absent: q::JL_LEADER_DEFAULT,
    audit: TERMINATION,
    advice: "负责人不能履约的及时办理变更；失信的尽快纠正并说明。",
);

pub(super) const PENALTY: Rule = item!(Jilin, "jl.a47.i11.unfulfilled-penalty", "第四十七条", Some("（十一）"), "已履行医保行政处罚决定",
    quote: "未依法履行医疗保障行政部门作出的行政处罚决定的",
    absent: q::JL_UNFULFILLED_PENALTY,
    audit: TERMINATION,
    advice: "按处罚决定缴清罚款、执行完毕，并留存凭证。",
);

pub(super) const AFTERCARE: Rule = item!(Jilin, "jl.a50.p1.aftercare", "第五十条", Some("第1款"), "中止解除时共同做好善后",
    quote: "与定点医药机构对在院、出院未结算、退费重结等参保人员共同做好善后工作",
    asks: [q::JL_SUSPENDED_OR_ENDED, q::JL_AFTERCARE],
    check: |ctx| when_suspended_or_ended(ctx, &q::JL_AFTERCARE),
    audit: OBLIGATION,
    advice: "逐一处理在院、出院未结算和退费重结参保人员的费用。",
    reading: "本款主语是医保经办机构，但写明「与定点医药机构……共同做好善后工作」：机构负有配合义务，故作自查项。",
);

pub(super) const SUSPENSION_NOTICE: Rule = item!(Jilin, "jl.a50.p2.suspension-notice", "第五十条", Some("第2款"), "中止解除后公告并摘除标识",
    quote: "应在其营业场所显著位置进行公告，并向参保人员解释说明，不得再悬挂定点医药机构标识",
    asks: [q::JL_SUSPENDED_OR_ENDED, q::JL_SUSPENSION_NOTICE],
    check: |ctx| when_suspended_or_ended(ctx, &q::JL_SUSPENSION_NOTICE),
    audit: OBLIGATION,
    advice: "在营业场所张贴公告，向参保人员解释，摘下定点标识。",
);

pub(super) const SUSPENDED_STAFF: Rule = item!(Jilin, "jl.a52.suspended-staff", "第五十二条", None, "被暂停资格人员不再结算",
    quote: "暂停或终止相关责任人员医保支付资格和费用结算",
    absent: q::JL_SUSPENDED_STAFF_SETTLING,
    audit: STAFF,
    advice: "定期查询人员记分，被暂停资格的人员停止医保处方和结算。",
    reading: "本条是经办机构对责任人员的处理，本工具转为自查项：被暂停或终止资格的人员（医疗机构另含第五十一条被中止结算的人员、科室）不得再发生医保结算。",
);
