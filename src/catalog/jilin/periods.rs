//! The periods these rules read: look-back windows, waiting periods and
//! time limits, each with its quote (see `catalog::params`).

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
