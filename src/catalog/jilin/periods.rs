//! The periods the Jilin rules read: look-back windows, waiting periods
//! and time limits, each with its quote (see `catalog::params`).

use crate::catalog::params::period;

period!(
    /// 第十四条（一）: 正式运营至少3个月…
    OPERATING = "jl.a14.i1.operating", 3 Months, AtLeast,
    Jilin, "第十四条", Some("（一）"), "正式运营至少3个月"
);

period!(
    /// 第十七条（四）: 以弄虚作假等不正当手段申请定点医疗机构资格，自发现之日起未满3年的…
    FRAUD = "jl.a17.i4.fraudulent-application", 3 Years, AtLeast,
    Jilin, "第十七条", Some("（四）"), "以弄虚作假等不正当手段申请定点医疗机构资格，自发现之日起未满3年的"
);

period!(
    /// 第十七条（五）: 因违法违规被解除协议未满3年或已满3年但未完全履行行政处罚法律责任的…
    VIOLATION = "jl.a17.i5.terminated-for-violation", 3 Years, AtLeast,
    Jilin, "第十七条", Some("（五）"), "因违法违规被解除协议未满3年或已满3年但未完全履行行政处罚法律责任的"
);

period!(
    /// 第十七条（六）: 因严重违反医保协议约定而被解除协议未满1年或已满1年但未完全履行违约责任的…
    BREACH = "jl.a17.i6.terminated-for-breach", 1 Years, AtLeast,
    Jilin, "第十七条", Some("（六）"), "因严重违反医保协议约定而被解除协议未满1年或已满1年但未完全履行违约责任的"
);

period!(
    /// 第十七条（七）: 法定代表人、主要负责人或实际控制人曾因严重违法违规导致原定点医疗机构被解除医保协…
    LEADER = "jl.a17.i7.leader-caused-termination", 5 Years, AtLeast,
    Jilin, "第十七条", Some("（七）"), "法定代表人、主要负责人或实际控制人曾因严重违法违规导致原定点医疗机构被解除医保协议，未满5年的"
);

period!(
    /// 第二十九条: 评估时发现医药机构采取虚构、篡改等不正当手段报送申请材料或评估材料的，医保经办机…
    FALSIFIED = "jl.a29.falsified-materials", 3 Years, AtLeast,
    Jilin, "第二十九条", None, "评估时发现医药机构采取虚构、篡改等不正当手段报送申请材料或评估材料的，医保经办机构应当留存证据，3年内不再受理该医药机构的定点申请"
);

period!(
    /// 第二十九条（四）: 自结果告知送达之日起，整改3个月后可再次申请并组织评估…
    REASSESSMENT = "jl.a29.i4.reapply-after", 3 Months, AtLeast,
    Jilin, "第二十九条", Some("（四）"), "自结果告知送达之日起，整改3个月后可再次申请并组织评估"
);

period!(
    /// 第二十九条（四）: 评估仍不合格的，1年内不得再次申请…
    SECOND_FAILURE = "jl.a29.i4.second-failure", 1 Years, AtLeast,
    Jilin, "第二十九条", Some("（四）"), "评估仍不合格的，1年内不得再次申请"
);

period!(
    /// 第十九条（一）: 在注册地址正式经营至少3个月…
    PHARMACY_OPERATING = "jl.a19.i1.pharmacy-operating", 3 Months, AtLeast,
    Jilin, "第十九条", Some("（一）"), "在注册地址正式经营至少3个月"
);

period!(
    /// 第二十一条（二）: 以弄虚作假等不正当手段申请定点，自发现之日起未满3年的…
    PHARMACY_FRAUD = "jl.a21.i2.pharmacy-fraudulent-application", 3 Years, AtLeast,
    Jilin, "第二十一条", Some("（二）"), "以弄虚作假等不正当手段申请定点，自发现之日起未满3年的"
);

period!(
    /// 第二十一条（三）: 因违法违规被解除医保协议未满3年或已满3年但未完全履行行政处罚法律责任的…
    PHARMACY_VIOLATION = "jl.a21.i3.pharmacy-terminated-for-violation", 3 Years, AtLeast,
    Jilin, "第二十一条", Some("（三）"), "因违法违规被解除医保协议未满3年或已满3年但未完全履行行政处罚法律责任的"
);

period!(
    /// 第二十一条（四）: 因严重违反医保协议约定而被解除医保协议未满1年或已满1年但未完全履行违约责任的…
    PHARMACY_BREACH = "jl.a21.i4.pharmacy-terminated-for-breach", 1 Years, AtLeast,
    Jilin, "第二十一条", Some("（四）"), "因严重违反医保协议约定而被解除医保协议未满1年或已满1年但未完全履行违约责任的"
);

period!(
    /// 第二十一条（五）: 法定代表人、企业负责人或实际控制人曾因严重违法违规导致原定点零售药店被解除医保协…
    PHARMACY_LEADER = "jl.a21.i5.pharmacy-leader-caused-termination", 5 Years, AtLeast,
    Jilin, "第二十一条", Some("（五）"), "法定代表人、企业负责人或实际控制人曾因严重违法违规导致原定点零售药店被解除医保协议，未满5年的"
);

period!(
    /// 第四十八条: 定点医药机构主动提出中止、解除医保协议或不再续签医保协议的，原则上应提前3个月向…
    EXIT_NOTICE = "jl.a48.exit-notice", 3 Months, AtLeast,
    Jilin, "第四十八条", None, "定点医药机构主动提出中止、解除医保协议或不再续签医保协议的，原则上应提前3个月向医保经办机构提出申请并提交申请表。公立医疗机构不得主动提出中止或解除医保协议"
);

period!(
    /// 第二十四条（一）: 审核通过的，医保经办机构应在审核通过之日起5个工作日内告知医药机构审核结果，并预…
    REVIEW_RESULT = "jl.a24.i1.review-result", 5 WorkingDays, AtMost,
    Jilin, "第二十四条", Some("（一）"), "审核通过的，医保经办机构应在审核通过之日起5个工作日内告知医药机构审核结果，并预约评估日期"
);

period!(
    /// 第二十四条（二）: 对申请材料内容不全需补充材料的，医保经办机构自收到材料之日起5个工作日内一次性告…
    SUPPLEMENT_NOTICE = "jl.a24.i2.supplement-notice", 5 WorkingDays, AtMost,
    Jilin, "第二十四条", Some("（二）"), "对申请材料内容不全需补充材料的，医保经办机构自收到材料之日起5个工作日内一次性告知医药机构需补充材料内容"
);

period!(
    /// 第二十四条（二）: 医药机构应当在收到告知后5个工作日内补齐补正，逾期视为放弃此次申请…
    SUPPLEMENT = "jl.a24.i2.supplement", 5 WorkingDays, AtMost,
    Jilin, "第二十四条", Some("（二）"), "医药机构应当在收到告知后5个工作日内补齐补正，逾期视为放弃此次申请"
);

period!(
    /// 第二十四条（三）: 不符合申请条件的，医保经办机构自收到材料之日起5个工作日内退回申请材料，并告知不…
    RETURN_MATERIALS = "jl.a24.i3.return-materials", 5 WorkingDays, AtMost,
    Jilin, "第二十四条", Some("（三）"), "不符合申请条件的，医保经办机构自收到材料之日起5个工作日内退回申请材料，并告知不予受理的理由"
);

period!(
    /// 第二十六条: 医保经办机构应当自受理医药机构申请之日起40个工作日内完成对该医药机构的评估，医…
    ASSESSMENT = "jl.a26.assessment", 40 WorkingDays, AtMost,
    Jilin, "第二十六条", None, "医保经办机构应当自受理医药机构申请之日起40个工作日内完成对该医药机构的评估，医药机构补充材料时间不计入评估时限"
);

period!(
    /// 第二十九条: 医保经办机构在公示期限截止后5个工作日内，收集、整理公示意见，确定新增定点医药机…
    LIST = "jl.a29.list", 5 WorkingDays, AtMost,
    Jilin, "第二十九条", None, "医保经办机构在公示期限截止后5个工作日内，收集、整理公示意见，确定新增定点医药机构名单"
);

period!(
    /// 第三十一条: 协议期限一般为1年…
    AGREEMENT_TERM = "jl.a31.agreement-term", 1 Years, AtMost,
    Jilin, "第三十一条", None, "协议期限一般为1年"
);

period!(
    /// 第三十二条: 公示期结束后15个工作日内，医保经办机构与评估合格且公示通过的医药机构协商谈判，…
    SIGNING = "jl.a32.signing", 15 WorkingDays, AtMost,
    Jilin, "第三十二条", None, "公示期结束后15个工作日内，医保经办机构与评估合格且公示通过的医药机构协商谈判，达成一致的，双方自愿签订医保协议。双方可按照电子签章管理等有关规定，线上签订电子协议。医保协议应当由医保经办机构、定点医药机构双方的法定代表人或授权代表签订。因医药机构原因，未能在约定时限内签订医保协议的，视作自动放弃"
);

period!(
    /// 第三十五条: 签订医保协议后，定点医药机构应在5个工作日内在国家医保信息业务编码标准数据库按照…
    CODING_DATABASE = "jl.a35.coding-database", 5 WorkingDays, AtMost,
    Jilin, "第三十五条", None, "签订医保协议后，定点医药机构应在5个工作日内在国家医保信息业务编码标准数据库按照要求填报本机构基础信息以及实施医保支付资格管理的相关人员信息，取得定点医药机构和相关资质人员的医保代码"
);

period!(
    /// 第三十七条第1款: 应自有关部门批准之日起30个工作日内向医保经办机构提出变更申请…
    CHANGE = "jl.a37.p1.change", 30 WorkingDays, AtMost,
    Jilin, "第三十七条", Some("第1款"), "应自有关部门批准之日起30个工作日内向医保经办机构提出变更申请"
);

period!(
    /// 第三十七条: 定点医药机构变更注册地址的（实际营业地址不变的除外），应提前5个工作日告知医保经…
    ADDRESS_CHANGE = "jl.a37.address-change-notice", 5 WorkingDays, AtLeast,
    Jilin, "第三十七条", None, "定点医药机构变更注册地址的（实际营业地址不变的除外），应提前5个工作日告知医保经办机构，医保经办机构暂停医疗保障基金结算"
);

period!(
    /// 第三十九条: 续签应由定点医药机构于医保协议期满前3个月向医保经办机构提出申请或由医保经办机构…
    RENEWAL = "jl.a39.renewal", 3 Months, AtLeast,
    Jilin, "第三十九条", None, "续签应由定点医药机构于医保协议期满前3个月向医保经办机构提出申请或由医保经办机构统一组织"
);

period!(
    /// 第四十六条第3款: 可以中止医保协议但中止时间原则上不得超过180日，定点医药机构在医保协议中止超过…
    SUSPENSION = "jl.a46.p3.suspension", 180 Days, AtMost,
    Jilin, "第四十六条", Some("第3款"), "可以中止医保协议但中止时间原则上不得超过180日，定点医药机构在医保协议中止超过180日仍未提出继续履行医保协议申请的，原则上医保协议自动终止"
);

period!(
    /// 第四十六条第4款: 定点医药机构因违法违规违约等情形被中止医保协议的，原则上中止协议时间不超过1年…
    VIOLATION_SUSPENSION = "jl.a46.p4.violation-suspension", 1 Years, AtMost,
    Jilin, "第四十六条", Some("第4款"), "定点医药机构因违法违规违约等情形被中止医保协议的，原则上中止协议时间不超过1年"
);

period!(
    /// 第四十九条第2款: 定点医药机构对拟作出的协议处理决定有异议的，应当在医保经办机构告知7日内作出陈述…
    DEFENCE = "jl.a49.p2.defence", 7 Days, AtMost,
    Jilin, "第四十九条", Some("第2款"), "定点医药机构对拟作出的协议处理决定有异议的，应当在医保经办机构告知7日内作出陈述和申辩，并提供申辩事实或证据"
);

period!(
    /// 第十九条（二）: 至少有1名取得执业药师资格证书或具有药学、临床药学、中药学专业技术资格证书的药师…
    PHARMACIST_CONTRACT = "jl.a19.i2.pharmacist-contract-term", 1 Years, AtLeast,
    Jilin, "第十九条", Some("（二）"), "至少有1名取得执业药师资格证书或具有药学、临床药学、中药学专业技术资格证书的药师，且注册机构在该零售药店，药师须签订1年以上劳动合同且在合同期内"
);

period!(
    /// 第十九条（三）: 至少有2名熟悉医疗保障法律法规和相关制度规定的专（兼）职医保管理人员负责管理医保…
    ADMINISTRATOR_CONTRACT = "jl.a19.i3.administrator-contract-term", 1 Years, AtLeast,
    Jilin, "第十九条", Some("（三）"), "至少有2名熟悉医疗保障法律法规和相关制度规定的专（兼）职医保管理人员负责管理医保费用，并签订1年以上劳动合同且在合同期内"
);
