//! The periods the Jiangsu rules read: look-back windows, waiting periods
//! and time limits, each with its quote (see `catalog::params`); those only
//! the self-audit reads (feature `audit`) with it.

use crate::catalog::params::period;

period!(
    /// 第六条（一）: 正式运营至少3个月.
    OPERATING = "js.a6.i1.operating", 3 Months, AtLeast,
    Jiangsu, "第六条", Some("（一）"), "正式运营至少3个月"
);
period!(
    /// 第九条（四）: 弄虚作假申请定点，自发现之日起未满3年.
    FRAUD = "js.a9.i4.fraudulent-application", 3 Years, AtLeast,
    Jiangsu, "第九条", Some("（四）"), "以弄虚作假等不正当手段申请定点，自发现之日起未满3年的"
);
period!(
    /// 第九条（五）: 因违法违规被解除医保协议未满3年.
    VIOLATION = "js.a9.i5.terminated-for-violation", 3 Years, AtLeast,
    Jiangsu, "第九条", Some("（五）"), "因违法违规被解除医保协议未满3年或者已满3年但未完全履行行政处罚法律责任的"
);
period!(
    /// 第九条（六）: 因严重违约被解除协议未满1年.
    BREACH = "js.a9.i6.terminated-for-breach", 1 Years, AtLeast,
    Jiangsu, "第九条", Some("（六）"), "因严重违反医保协议约定而被解除协议未满1年或者已满1年但未完全履行违约责任的"
);
period!(
    /// 第九条（七）: 负责人导致原定点机构被解除协议未满5年.
    LEADER = "js.a9.i7.leader-caused-termination", 5 Years, AtLeast,
    Jiangsu, "第九条", Some("（七）"), "法定代表人、主要负责人或者实际控制人因严重违法违规导致原定点医疗机构被解除医保协议，未满5年的"
);
period!(
    /// 第十三条第3款: 整改3个月后可以再次组织评估.
    REASSESSMENT = "js.a13.p3.reassessment", 3 Months, AtLeast,
    Jiangsu, "第十三条", Some("第3款"), "自结果告知送达之日起，整改3个月后可以再次组织评估"
);
period!(
    /// 第十三条第3款: 评估仍不合格的，1年内不得再次申请.
    SECOND_FAILURE = "js.a13.p3.second-failure", 1 Years, AtLeast,
    Jiangsu, "第十三条", Some("第3款"), "评估仍不合格的，1年内不得再次申请"
);
period!(
    /// 第十一条: 5个工作日内一次性告知补充.
    SUPPLEMENT_NOTICE = "js.a11.supplement-notice", 5 WorkingDays, AtMost,
    Jiangsu, "第十一条", None, "内容不全的，统筹地区经办机构自收到材料之日起5个工作日内一次性告知医疗机构补充"
);
period!(
    /// 第十二条: 反馈评估结果不超过20个工作日.
    ASSESSMENT = "js.a12.assessment", 20 WorkingDays, AtMost,
    Jiangsu, "第十二条", None, "自受理申请材料之日起，反馈评估结果不超过20个工作日"
);
period!(
    /// 第十三条: 公示期为5个工作日.
    PUBLIC_NOTICE = "js.a13.public-notice", 5 WorkingDays, AtLeast,
    Jiangsu, "第十三条", None, "向社会公示，公示期为5个工作日"
);
period!(
    /// 第十四条: 协议期限一般为1年.
    AGREEMENT_TERM = "js.a14.agreement-term", 1 Years, AtMost,
    Jiangsu, "第十四条", None, "医保协议定期签订，协议期限一般为1年"
);
period!(
    #[cfg(feature = "audit")]
    /// 第二十九条第2款: 申报后30个工作日内拨付.
    PAYMENT = "js.a29.p2.payment", 30 WorkingDays, AtMost,
    Jiangsu, "第二十九条", Some("第2款"), "原则上应当在定点医疗机构申报后30个工作日内拨付符合规定的医保费用"
);
period!(
    /// 第三十五条: 自批准之日起30个工作日内提出变更申请.
    CHANGE = "js.a35.change", 30 WorkingDays, AtMost,
    Jiangsu, "第三十五条", None, "应当自有关部门批准之日起30个工作日内向统筹地区经办机构提出变更申请"
);
period!(
    /// 第三十六条: 期满前3个月提出续签申请.
    RENEWAL = "js.a36.renewal", 3 Months, AtLeast,
    Jiangsu, "第三十六条", None, "续签应当由定点医疗机构于医保协议期满前3个月向经办机构提出申请或者由经办机构统一组织"
);
period!(
    #[cfg(feature = "audit")]
    /// 第三十七条第2款: 中止原则上不得超过180日.
    SUSPENSION = "js.a37.p2.suspension", 180 Days, AtMost,
    Jiangsu, "第三十七条", Some("第2款"), "中止时间原则上不得超过180日"
);
period!(
    /// 第三十九条: 中止、解除或不再续签，提前3个月申请.
    EXIT_NOTICE = "js.a39.exit-notice", 3 Months, AtLeast,
    Jiangsu, "第三十九条", None, "定点医疗机构请求中止、解除医保协议或者不再续签医保协议的，应当提前3个月向经办机构提出申请"
);
