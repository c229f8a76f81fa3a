//! The periods the Guangdong rules read: look-back windows, waiting periods
//! and time limits, each with its quote (see `catalog::params`); those only
//! the self-audit reads (feature `audit`) with it.

use crate::catalog::params::period;

period!(
    /// 第六条（一）: 正式运营至少3个月…
    OPERATING = "gd.a6.i1.operating", 3 Months, AtLeast,
    Guangdong, "第六条", Some("（一）"), "正式运营至少3个月"
);

period!(
    /// 第九条（四）: 以弄虚作假等不正当手段申请定点医疗机构资格，自发现之日起未满3年的…
    FRAUD = "gd.a9.i4.fraudulent-application", 3 Years, AtLeast,
    Guangdong, "第九条", Some("（四）"), "以弄虚作假等不正当手段申请定点医疗机构资格，自发现之日起未满3年的"
);

period!(
    /// 第九条（五）: 因违法违规被解除协议未满3年或已满3年但未完全履行行政处罚责任的…
    VIOLATION = "gd.a9.i5.terminated-for-violation", 3 Years, AtLeast,
    Guangdong, "第九条", Some("（五）"), "因违法违规被解除协议未满3年或已满3年但未完全履行行政处罚责任的"
);

period!(
    /// 第九条（六）: 因严重违反医保协议约定而被解除协议未满1年或已满1年但未完全履行违约责任的…
    BREACH = "gd.a9.i6.terminated-for-breach", 1 Years, AtLeast,
    Guangdong, "第九条", Some("（六）"), "因严重违反医保协议约定而被解除协议未满1年或已满1年但未完全履行违约责任的"
);

period!(
    /// 第九条（七）: 法定代表人、主要负责人或实际控制人曾因严重违法违规导致原定点医疗机构解除医保协议…
    LEADER = "gd.a9.i7.leader-caused-termination", 5 Years, AtLeast,
    Guangdong, "第九条", Some("（七）"), "法定代表人、主要负责人或实际控制人曾因严重违法违规导致原定点医疗机构解除医保协议，未满5年的"
);

period!(
    /// 第十二条: 自评估结果告知送达之日起，整改3个月后可再次组织评估…
    REASSESSMENT = "gd.a12.reassessment-after", 3 Months, AtLeast,
    Guangdong, "第十二条", None, "自评估结果告知送达之日起，整改3个月后可再次组织评估"
);

period!(
    /// 第十二条: 评估仍不合格的，1年内不得再次申请…
    SECOND_FAILURE = "gd.a12.second-failure", 1 Years, AtLeast,
    Guangdong, "第十二条", None, "评估仍不合格的，1年内不得再次申请"
);

period!(
    /// 第十条: 经办机构应当自收到材料之日起5个工作日内一次性告知医疗机构补充…
    SUPPLEMENT_NOTICE = "gd.a10.supplement-notice", 5 WorkingDays, AtMost,
    Guangdong, "第十条", None, "经办机构应当自收到材料之日起5个工作日内一次性告知医疗机构补充"
);

period!(
    /// 第十二条: 应当向社会公示，公示期为7个工作日…
    PUBLIC_NOTICE = "gd.a12.public-notice", 7 WorkingDays, AtLeast,
    Guangdong, "第十二条", None, "应当向社会公示，公示期为7个工作日"
);

period!(
    /// 第十三条: 医保协议期限一般为1年…
    AGREEMENT_TERM = "gd.a13.agreement-term", 1 Years, AtMost,
    Guangdong, "第十三条", None, "医保协议期限一般为1年"
);

period!(
    #[cfg(feature = "audit")]
    /// 第三十一条: 原则上，应当在定点医疗机构申报后30个工作日内拨付符合规定的医保费用…
    PAYMENT = "gd.a31.payment", 30 WorkingDays, AtMost,
    Guangdong, "第三十一条", None, "原则上，应当在定点医疗机构申报后30个工作日内拨付符合规定的医保费用"
);

period!(
    /// 第三十九条: 应当自有关部门批准之日起30个工作日内向统筹区经办机构提出变更申请…
    CHANGE = "gd.a39.change", 30 WorkingDays, AtMost,
    Guangdong, "第三十九条", None, "应当自有关部门批准之日起30个工作日内向统筹区经办机构提出变更申请"
);

period!(
    /// 第四十条: 医保协议续签应当由定点医疗机构于协议期满前3个月向经办机构提出申请或由经办机构统…
    RENEWAL = "gd.a40.renewal", 3 Months, AtLeast,
    Guangdong, "第四十条", None, "医保协议续签应当由定点医疗机构于协议期满前3个月向经办机构提出申请或由经办机构统一组织"
);

period!(
    #[cfg(feature = "audit")]
    /// 第四十一条第2款: 中止时间原则上不得超过180日，定点医疗机构在协议中止超过180日仍未提出继续履…
    SUSPENSION = "gd.a41.p2.suspension", 180 Days, AtMost,
    Guangdong, "第四十一条", Some("第2款"), "中止时间原则上不得超过180日，定点医疗机构在协议中止超过180日仍未提出继续履行协议申请的，协议自动终止"
);

period!(
    /// 第四十三条: 定点医疗机构请求中止、解除医保协议或不再续签医保协议的,应当提前3个月向经办机构…
    EXIT_NOTICE = "gd.a43.exit-notice", 3 Months, AtLeast,
    Guangdong, "第四十三条", None, "定点医疗机构请求中止、解除医保协议或不再续签医保协议的,应当提前3个月向经办机构提出申请"
);

period!(
    /// 第十二条: 应当在3个月内完成对医疗机构的评估…
    ASSESSMENT = "gd.a12.assessment", 3 Months, AtMost,
    Guangdong, "第十二条", None, "自受理申请材料之日起，应当在3个月内完成对医疗机构的评估，医疗机构补充材料时间不计入评估期限"
);
