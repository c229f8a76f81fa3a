//! The periods the Nantong rules read: look-back windows, waiting periods
//! and time limits, each with its quote (see `catalog::params`); those only
//! the self-audit reads (feature `audit`) with it.

use crate::catalog::params::period;

period!(
    /// 第十二条第1款: 协议期间，乙方变更机构名称、法定代表人、执业地址等内容的，应在行政管理部门核准变…
    CHANGE_FILING = "nt.a12.p1.change-filing", 7 WorkingDays, AtMost,
    Nantong, "第十二条", Some("第1款"), "协议期间，乙方变更机构名称、法定代表人、执业地址等内容的，应在行政管理部门核准变更之日起7个工作日内，持变更后的医疗机构执业许可证、事业单位法人证书或民办非企业登记证书或营业执照等相关证照及复印件（加盖公章）至甲方办理变更备案手续"
);

period!(
    #[cfg(feature = "audit")]
    /// 第十六条第2款: 对参保人员发生医疗事故涉及医疗保险费用结算的，应在鉴定结束后15日内，将有关资料…
    ACCIDENT_MATERIALS = "nt.a16.p2.accident-materials", 15 Days, AtMost,
    Nantong, "第十六条", Some("第2款"), "对参保人员发生医疗事故涉及医疗保险费用结算的，应在鉴定结束后15日内，将有关资料按规定要求报送至甲方"
);

period!(
    #[cfg(feature = "audit")]
    /// 第四十四条第3款: 在调查处理结束后30天内再按规定支付应付的结算费用…
    PAYMENT_AFTER_INVESTIGATION = "nt.a44.p3.payment-after-investigation", 30 Tian, AtMost,
    Nantong, "第四十四条", Some("第3款"), "在调查处理结束后30天内再按规定支付应付的结算费用"
);

period!(
    #[cfg(feature = "audit")]
    /// 第四十七条第2款: 乙方应当在收到告知后5个工作日之内向甲方做出书面说明。逾期不说明的，甲方可拒付有…
    AUDIT_EXPLANATION = "nt.a47.p2.audit-explanation", 5 WorkingDays, AtMost,
    Nantong, "第四十七条", Some("第2款"), "乙方应当在收到告知后5个工作日之内向甲方做出书面说明。逾期不说明的，甲方可拒付有关费用"
);

period!(
    #[cfg(feature = "audit")]
    /// 第五十九条第5款: 乙方如需变更刷卡结算处及视频系统设备线路、位置的，应提前7个工作日向甲方书面申请…
    VIDEO_CHANGE = "nt.a59.p5.video-change-notice", 7 WorkingDays, AtLeast,
    Nantong, "第五十九条", Some("第5款"), "乙方如需变更刷卡结算处及视频系统设备线路、位置的，应提前7个工作日向甲方书面申请变更。甲方审核通过后，方可变更"
);

period!(
    #[cfg(feature = "audit")]
    /// 第七十二条第2款: 协议履行期间，双方需终止协议的，应提前30天通知对方…
    TERMINATION_NOTICE = "nt.a72.p2.termination-notice", 30 Tian, AtLeast,
    Nantong, "第七十二条", Some("第2款"), "协议履行期间，双方需终止协议的，应提前30天通知对方"
);

period!(
    /// 第七十三条: 本协议期满前1个月内，甲乙双方可协商续签协议…
    RENEWAL_WINDOW = "nt.a73.renewal-window", 1 Months, AtMost,
    Nantong, "第七十三条", None, "本协议期满前1个月内，甲乙双方可协商续签协议"
);

period!(
    /// 第七十三条: 作出缓签协议决定的应在协议到期后二个月内书面通知乙方…
    DEFERRAL_NOTICE = "nt.a73.deferral-notice", 2 Months, AtMost,
    Nantong, "第七十三条", None, "作出缓签协议决定的应在协议到期后二个月内书面通知乙方"
);

period!(
    #[cfg(feature = "audit")]
    /// 第七十五条第4款: 本协议所称的限期暂停整改，为短期暂停医疗（生育）保险服务进行整改，暂停期一般不超…
    RECTIFICATION_SUSPENSION = "nt.a75.p4.rectification-suspension", 15 WorkingDays, AtMost,
    Nantong, "第七十五条", Some("第4款"), "本协议所称的限期暂停整改，为短期暂停医疗（生育）保险服务进行整改，暂停期一般不超过15个工作日"
);

period!(
    /// 第六十五条: 除按相应条款处理外，甲方一律解除其服务协议，且乙方3年内不得申请医保定点…
    REAPPLICATION_BAR = "nt.a65.reapplication-bar", 3 Years, AtLeast,
    Nantong, "第六十五条", None, "除按相应条款处理外，甲方一律解除其服务协议，且乙方3年内不得申请医保定点"
);
