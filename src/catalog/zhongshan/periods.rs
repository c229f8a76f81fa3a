//! The periods the Zhongshan rules read: look-back windows, waiting periods
//! and time limits, each with its quote (see `catalog::params`); those only
//! the self-audit reads (feature `audit`) with it.

use crate::catalog::params::period;

period!(
    /// 第十二条: 自评估结果告知送达之日起，整改3个月后可根据医疗机构申请再次组织评估…
    REASSESSMENT = "zs.a12.reassessment-on-request", 3 Months, AtLeast,
    Zhongshan, "第十二条", None, "自评估结果告知送达之日起，整改3个月后可根据医疗机构申请再次组织评估"
);

period!(
    /// 第十三条: 医疗机构自纳入拟签订医保协议医疗机构名单之日起1个月内不签订医保协议的，视作放弃…
    SIGNING = "zs.a13.sign-within", 1 Months, AtMost,
    Zhongshan, "第十三条", None, "医疗机构自纳入拟签订医保协议医疗机构名单之日起1个月内不签订医保协议的，视作放弃定点医疗机构资格"
);

period!(
    #[cfg(feature = "audit")]
    /// 第三十一条第2款: 定点医疗机构应当在收到退款通知后30天内，退还相应费用至指定账户…
    REFUND = "zs.a31.p2.refund", 30 Tian, AtMost,
    Zhongshan, "第三十一条", Some("第2款"), "定点医疗机构应当在收到退款通知后30天内，退还相应费用至指定账户"
);

period!(
    /// 第三十九条第2款: 从重新注册到重新纳入医保定点的过渡期内仍按原有医保标准进行结算，过渡期最长不超过…
    TRANSITION = "zs.a39.p2.transition", 6 Months, AtMost,
    Zhongshan, "第三十九条", Some("第2款"), "从重新注册到重新纳入医保定点的过渡期内仍按原有医保标准进行结算，过渡期最长不超过6个月"
);

period!(
    /// 第四十四条第3款: 定点医疗机构被中止医保协议的，在中止期满前10个工作日内向经办机构提交继续履行协…
    CONTINUATION_REQUEST = "zs.a44.p3.continuation-request", 10 WorkingDays, AtLeast,
    Zhongshan, "第四十四条", Some("第3款"), "定点医疗机构被中止医保协议的，在中止期满前10个工作日内向经办机构提交继续履行协议申请及整改报告"
);
