//! The periods these rules read: look-back windows, waiting periods and
//! time limits, each with its quote (see `catalog::params`).

use crate::catalog::params::period;

period!(
    /// 第十二条: 自评估结果告知送达之日起，整改3个月后可根据医疗机构申请再次组织评估…
    REASSESSMENT = "zs.a12.reassessment-on-request", 3 Months, AtLeast,
    Zhongshan, "第十二条", None, "自评估结果告知送达之日起，整改3个月后可根据医疗机构申请再次组织评估"
);
