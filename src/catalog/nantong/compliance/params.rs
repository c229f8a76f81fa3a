//! The thresholds, counts and periods the Nantong items read, each with
//! its quote (see `catalog::params`).

use crate::catalog::params::{Bound, Param, Row, Unit};

use super::NT;

/// 第六条: 乙方应当建立或明确医保管理服务部门，明确机构领导分管医保工作…
pub(super) static P_MANAGEMENT: Param = Param {
    id: "nt.a6.management",
    unit: Unit::Count("人"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 1,
        document: NT,
        article: "第六条",
        item: None,
        quote: "乙方应当建立或明确医保管理服务部门，明确机构领导分管医保工作，配优配强专（兼）职管理人员",
        external: Some("「配优配强专（兼）职管理人员」：至少1人（推定）"),
    }],
};

/// 第十六条第1款: 涉及 120急救的，须将院前急救病历留存备查，至少保存 2 …
pub(super) static P_P1_EMERGENCY_RECORDS_2_YEARS: Param = Param {
    id: "nt.a16.p1.emergency-records-2-years",
    unit: Unit::Count("年"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 2,
        document: NT,
        article: "第十六条",
        item: Some("第1款"),
        quote: "涉及 120急救的，须将院前急救病历留存备查，至少保存 2 年",
        external: None,
    }],
};

/// 第十六条第3款: 登记记录内容包括患者姓名、治疗项目名称、治疗时间、治疗医师或…
pub(super) static P_P3_TREATMENT_RECORDS_2_YEARS: Param = Param {
    id: "nt.a16.p3.treatment-records-2-years",
    unit: Unit::Count("年"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 2,
        document: NT,
        article: "第十六条",
        item: Some("第3款"),
        quote:
            "登记记录内容包括患者姓名、治疗项目名称、治疗时间、治疗医师或技师等，记录至少保存 2 年",
        external: None,
    }],
};

/// 第十六条第4款: 处方合格率（含外配处方）≥95%…
pub(super) static P_P4_PRESCRIPTION_PASS_RATE: Param = Param {
    id: "nt.a16.p4.prescription-pass-rate",
    unit: Unit::Percent,
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 95,
        document: NT,
        article: "第十六条",
        item: Some("第4款"),
        quote: "处方合格率（含外配处方）≥95%",
        external: None,
    }],
};

/// 第十六条第4款: 门诊处方单独装订，一般保存 2 年备核…
pub(super) static P_P4_OUTPATIENT_PRESCRIPTIONS_2_YEARS: Param = Param {
    id: "nt.a16.p4.outpatient-prescriptions-2-years",
    unit: Unit::Count("年"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 2,
        document: NT,
        article: "第十六条",
        item: Some("第4款"),
        quote: "门诊处方单独装订，一般保存 2 年备核",
        external: None,
    }],
};

/// 第十六条第4款: 且不得少于处方管理办法的规定年限…
pub(super) static P_P4_NARCOTIC_PRESCRIPTIONS_3_YEARS: Param = Param {
    id: "nt.a16.p4.narcotic-prescriptions-3-years",
    unit: Unit::Count("年"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 3,
        document: NT,
        article: "第十六条",
        item: Some("第4款"),
        quote: "且不得少于处方管理办法的规定年限",
        external: Some("《处方管理办法》规定的保存年限：麻醉药品和第一类精神药品处方3年"),
    }],
};

/// 第十六条第4款: 住院病历至少保存 30 年…
pub(super) static P_P4_INPATIENT_RECORDS_30_YEARS: Param = Param {
    id: "nt.a16.p4.inpatient-records-30-years",
    unit: Unit::Count("年"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 30,
        document: NT,
        article: "第十六条",
        item: Some("第4款"),
        quote: "住院病历至少保存 30 年",
        external: None,
    }],
};

/// 第十六条第4款: 生育保险登记审核资料按《社会保险业务档案管理规定（试行）》规…
pub(super) static P_P4_MATERNITY_RECORDS_10_YEARS: Param = Param {
    id: "nt.a16.p4.maternity-records-10-years",
    unit: Unit::Count("年"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 10,
        document: NT,
        article: "第十六条",
        item: Some("第4款"),
        quote: "生育保险登记审核资料按《社会保险业务档案管理规定（试行）》规定保存 10 年",
        external: None,
    }],
};

/// 第十七条第2款: 应将参保人员住院期间政策范围之外自费医疗费用控制在住院总费用…
pub(super) static P_P2_OUT_OF_POLICY_SELF_PAY: Param = Param {
    id: "nt.a17.p2.out-of-policy-self-pay",
    unit: Unit::Percent,
    bound: Bound::AtMost,
    rows: &[Row {
        from: None,
        value: 8,
        document: NT,
        article: "第十七条",
        item: Some("第2款"),
        quote: "应将参保人员住院期间政策范围之外自费医疗费用控制在住院总费用的 8%以内",
        external: None,
    }],
};

/// 第十七条第3款: 应将建档立卡低收入人口住院期间发生的政策范围之外的自费医疗费…
pub(super) static P_P3_LOW_INCOME_OUT_OF_POLICY: Param = Param {
    id: "nt.a17.p3.low-income-out-of-policy",
    unit: Unit::Percent,
    bound: Bound::AtMost,
    rows: &[Row {
        from: None,
        value: 8,
        document: NT,
        article: "第十七条",
        item: Some("第3款"),
        quote: "应将建档立卡低收入人口住院期间发生的政策范围之外的自费医疗费用控制在住院总费用的 8%以内",
        external: None,
    }],
};

/// 第十七条第3款: 个人自付费用应控制在政策范围内住院总费用的 10%以内；超过…
pub(super) static P_P3_LOW_INCOME_SELF_PAID: Param = Param {
    id: "nt.a17.p3.low-income-self-paid",
    unit: Unit::Percent,
    bound: Bound::AtMost,
    rows: &[Row {
        from: None,
        value: 10,
        document: NT,
        article: "第十七条",
        item: Some("第3款"),
        quote: "个人自付费用应控制在政策范围内住院总费用的 10%以内；超过比例部分由乙方在费用结算后对患者进行补偿",
        external: None,
    }],
};

/// 第十八条第1款: 抽查时，住院病区加床率不超过 10%…
pub(super) static P_P1_EXTRA_BED_RATE: Param = Param {
    id: "nt.a18.p1.extra-bed-rate",
    unit: Unit::Percent,
    bound: Bound::AtMost,
    rows: &[Row {
        from: None,
        value: 10,
        document: NT,
        article: "第十八条",
        item: Some("第1款"),
        quote: "抽查时，住院病区加床率不超过 10%",
        external: None,
    }],
};

/// 第十八条第1款: 病区住院病人不在床率不超过 10%…
pub(super) static P_P1_ABSENT_RATE: Param = Param {
    id: "nt.a18.p1.absent-rate",
    unit: Unit::Percent,
    bound: Bound::AtMost,
    rows: &[Row {
        from: None,
        value: 10,
        document: NT,
        article: "第十八条",
        item: Some("第1款"),
        quote: "病区住院病人不在床率不超过 10%",
        external: None,
    }],
};

/// 第十九条: 乙方收治住院参保患者的卧床率不得低于 60%…
pub(super) static P_BEDRIDDEN_RATE: Param = Param {
    id: "nt.a19.bedridden-rate",
    unit: Unit::Percent,
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 60,
        document: NT,
        article: "第十九条",
        item: None,
        quote: "乙方收治住院参保患者的卧床率不得低于 60%",
        external: None,
    }],
};

/// 第十九条: 临终关怀率不得低于 10%…
pub(super) static P_HOSPICE_RATE: Param = Param {
    id: "nt.a19.hospice-rate",
    unit: Unit::Percent,
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 10,
        document: NT,
        article: "第十九条",
        item: None,
        quote: "临终关怀率不得低于 10%",
        external: None,
    }],
};

/// 第四十二条第4款: 进入按病种收付费临床路径后，要严格控制退出率，确保退出率不超…
pub(super) static P_P4_SINGLE_DISEASE_EXIT_RATE: Param = Param {
    id: "nt.a42.p4.single-disease-exit-rate",
    unit: Unit::Percent,
    bound: Bound::AtMost,
    rows: &[Row {
        from: None,
        value: 10,
        document: NT,
        article: "第四十二条",
        item: Some("第4款"),
        quote: "进入按病种收付费临床路径后，要严格控制退出率，确保退出率不超过 10%",
        external: None,
    }],
};

/// 第五十条第2款: 每季检查应不少于 1 次…
pub(super) static P_P2_STATION_INSPECTIONS: Param = Param {
    id: "nt.a50.p2.station-inspections",
    unit: Unit::Count("次"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 1,
        document: NT,
        article: "第五十条",
        item: Some("第2款"),
        quote: "每季检查应不少于 1 次",
        external: None,
    }],
};

/// 第五十九条第3款: 配备的远程视频管理设备应不少于 2 套…
pub(super) static P_P3_VIDEO_DEVICES: Param = Param {
    id: "nt.a59.p3.video-devices",
    unit: Unit::Count("套"),
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 2,
        document: NT,
        article: "第五十九条",
        item: Some("第3款"),
        quote: "配备的远程视频管理设备应不少于 2 套",
        external: None,
    }],
};

/// 第六十条第3款: 上传的门诊诊断、处方医师与处方的符合率≥95%…
pub(super) static P_P3_OUTPATIENT_MATCH_RATE: Param = Param {
    id: "nt.a60.p3.outpatient-match-rate",
    unit: Unit::Percent,
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 95,
        document: NT,
        article: "第六十条",
        item: Some("第3款"),
        quote: "上传的门诊诊断、处方医师与处方的符合率≥95%",
        external: None,
    }],
};

/// 第六十条第3款: 最迟应在医疗服务行为发生后 24 小时内上传，要求规定项目的…
pub(super) static P_P3_INPATIENT_UPLOAD_RATE: Param = Param {
    id: "nt.a60.p3.inpatient-upload-rate",
    unit: Unit::Percent,
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 100,
        document: NT,
        article: "第六十条",
        item: Some("第3款"),
        quote: "最迟应在医疗服务行为发生后 24 小时内上传，要求规定项目的上传率 100%",
        external: None,
    }],
};

/// 第六十条第3款: 录入上传须与住院病历相符，上传的符合率≥98%…
pub(super) static P_P3_INPATIENT_MATCH_RATE: Param = Param {
    id: "nt.a60.p3.inpatient-match-rate",
    unit: Unit::Percent,
    bound: Bound::AtLeast,
    rows: &[Row {
        from: None,
        value: 98,
        document: NT,
        article: "第六十条",
        item: Some("第3款"),
        quote: "录入上传须与住院病历相符，上传的符合率≥98%",
        external: None,
    }],
};
