//! The self-audit questions of the Nantong agreement's violation lists
//! (第六十二条, 第六十五条; rules map §9.5, §10.5): one "是否存在" question
//! per listed act, in article order. The camera obstructions and the
//! suspensions are counted over the current agreement period,
//! since the tier turns on how often they happened.

use super::compliance_questions;

// Asked once with the Jiangsu questions (Nantong institutions answer both):
// 为其他机构提供结算 (js_settlement_for_others), 以药易物 (js_drugs_for_goods),
// 以药易药、串换项目 (js_swapped_items).
compliance_questions! {
    NT_A62_ABNORMAL_COSTS: yes_no = "nt_a62_abnormal_costs", Conduct,
        "自查期间是否存在医疗费用异常的情形", "如次均费用、就诊人次、总费用或某类药品耗材费用较往期或同类机构异常增长；以医保经办机构的监测口径为准。",
        pass = false;
    NT_A62_MEASURES_NOT_KEPT: yes_no = "nt_a62_measures_not_kept", Conduct,
        "自查期间是否存在未按服务协议要求落实管理措施的情形", "协议约定的医保管理制度、专门人员、公示、信息系统、视频管理等管理措施，有一项未落实即选“是”。",
        pass = false;
    NT_A62_MATERIALS_NOT_PROVIDED: yes_no = "nt_a62_materials_not_provided", Conduct,
        "自查期间是否存在未及时、准确、完整提供医保经办机构要求提供的资料的情形", "协议中的“甲方”即医保经办机构。",
        pass = false;
    NT_A62_INFORMED_CONSENT: yes_no = "nt_a62_informed_consent", Conduct,
        "自查期间是否存在未保障参保人员知情同意权，不提供费用明细清单、出院病情证明等资料或不履行知情同意手续的情形", "",
        pass = false;
    NT_A62_COMPLAINTS_NOT_HANDLED: yes_no = "nt_a62_complaints_not_handled", Conduct,
        "自查期间是否存在未及时查处参保人员投诉和社会监督反映问题的情形", "",
        pass = false;
    NT_A62_MINOR_OTHER_NOTIFIED: yes_no = "nt_a62_minor_other_notified", Conduct,
        "是否已被医保经办机构告知或认定：本机构有其他违反医保政策、服务协议条款，情节轻微的情形", "兜底情形，是否“情节轻微”由医保经办机构认定，机构不能自行判断；按是否已收到相关告知或处理意见填写。协议其他各问已列的行为不在此列。",
        pass = false;
    NT_A65_CARD_NOT_USED: yes_no = "nt_a65_card_not_used", Conduct,
        "自查期间是否存在应使用社会保障卡刷卡结算而未刷卡结算的费用（含自费医疗费用）", "协议原文为社会保障卡；使用医保电子凭证等其他有效凭证结算的，以实际签订的协议为准。",
        pass = false;
    NT_A65_EXCESSIVE_CARE: yes_no = "nt_a65_excessive_care", Conduct,
        "自查期间是否存在过度、不合理医疗的情形", "如超出病情需要的检查、治疗、用药。",
        pass = false;
    NT_A65_ITEM_MAPPING_ERROR: yes_no = "nt_a65_item_mapping_error", Conduct,
        "自查期间是否存在收费项目对应错误或操作不当造成医保基金损失的情形", "如院内收费项目与医保项目代码对应错误，或结算操作失误导致基金多支付。",
        pass = false;
    NT_A65_PRESCRIPTION_RULES: yes_no = "nt_a65_prescription_rules", Conduct,
        "自查期间是否存在空白处方等违反处方管理规定，或超使用范围、规定、规范、权限使用药品的情形", "",
        pass = false;
    NT_A65_UNRELATED_TREATMENT: yes_no = "nt_a65_unrelated_treatment", Conduct,
        "自查期间是否存在使用与疾病无关的药品，或进行与疾病无关的检查治疗的情形", "",
        pass = false;
    NT_A65_STOCK_MISMATCH: yes_no = "nt_a65_stock_mismatch", Conduct,
        "自查期间是否存在药品购进、销售（使用）、库存不相符的情形", "购销存严重不符或提供虚假资料的，另见第六十五条（四）4。",
        pass = false;
    NT_A65_MATERNITY_REGISTRATION: yes_no = "nt_a65_maternity_registration", Conduct,
        "自查期间是否存在未按规定审核生育保险待遇，或登记、录入信息错误的情形", "",
        pass = false;
    NT_A65_IMPROPER_CHARGES: yes_no = "nt_a65_improper_charges", Conduct,
        "自查期间是否存在违反物价规定收费，或记账与病历、实际不符，或多记多收费用的情形", "",
        pass = false;
    NT_A65_OUTPATIENT_IDENTITY_MISMATCH: yes_no = "nt_a65_outpatient_identity_mismatch", Conduct,
        "自查期间是否存在门诊人证不符的情形", "就诊人员与所持社会保障卡（医保凭证）的身份不一致。",
        pass = false;
    NT_A65_MEDICAL_RECORDS: yes_no = "nt_a65_medical_records", Conduct,
        "自查期间是否存在未书写门诊病历，或医疗文件记录不详、不符、不完整、不及时，或不能提供病历等资料的情形", "",
        pass = false;
    NT_A65_PROXY_DISPENSING: yes_no = "nt_a65_proxy_dispensing", Conduct,
        "自查期间是否存在超出代配适用人群代配药，或未履行代配药登记、登记不实不全的情形", "不开展代配药的选“否”。",
        pass = false;
    NT_A65_NON_COVERED_BILLED: yes_no = "nt_a65_non_covered_billed", Conduct,
        "自查期间是否存在将未经批准的项目、不属于医保（生育保险）基金支付范围或超过医保支付标准的医疗费用列入基金结算的情形", "",
        pass = false;
    NT_A65_NO_RECEIPT: yes_no = "nt_a65_no_receipt", Conduct,
        "自查期间是否存在未开具或不提供有效医疗费用票据（含自费病人）的情形", "",
        pass = false;
    NT_A65_IMPROPER_ADMISSION: yes_no = "nt_a65_improper_admission", Conduct,
        "自查期间是否存在将不符合住院条件的人员收治住院，或空床、挂床住院的情形", "",
        pass = false;
    NT_A65_PERSONAL_GOODS: yes_no = "nt_a65_personal_goods", Conduct,
        "自查期间是否存在在执业场所存放、摆放生活用品、食品、保健品的情形", "",
        pass = false;
    NT_A65_SPLIT_VISITS: yes_no = "nt_a65_split_visits", Conduct,
        "自查期间是否存在故意分解门诊人次、超范围诊疗或其他非正常诊疗的情形", "",
        pass = false;
    NT_A65_ACCIDENT_NOT_REPORTED: yes_no = "nt_a65_accident_not_reported", Conduct,
        "自查期间是否存在对医疗事故、交通事故、意外伤害等未按规定申报或隐瞒，造成医保基金损失的情形", "",
        pass = false;
    NT_A65_CAMERA_OBSTRUCTIONS: count = "nt_a65_camera_obstructions", Conduct,
        "本协议期内遮挡摄像头、设置屏障、未经备案改变医保刷卡结算处位置、中断视频设备电源等造成离线、影像不清或监控不到位的次数", "按当前协议有效期计数；没有填 0。",
        pass = 0;
    NT_A65_CARD_RETAINED: yes_no = "nt_a65_card_retained", Conduct,
        "自查期间是否存在收集留存参保人员社会保障卡，或将参保人员社会保障卡拿到其他定点单位刷卡结算的情形", "",
        pass = false;
    NT_A65_COPAY_WAIVED: yes_no = "nt_a65_copay_waived", Conduct,
        "自查期间是否存在将个人先付、自付费用变通为不付或少付的情形", "",
        pass = false;
    NT_A65_POOLED_FUND_MISUSE: yes_no = "nt_a65_pooled_fund_misuse", Conduct,
        "自查期间是否存在违规使用统筹费用及公务员门诊补助等的情形", "",
        pass = false;
    NT_A65_DRUGS_FOR_HEALTH_PRODUCTS: yes_no = "nt_a65_drugs_for_health_products", Conduct,
        "自查期间是否存在以药换保健品或医疗器械用品等的情形", "按药品记账结算，实际提供保健品或医疗器械用品。",
        pass = false;
    NT_A65_NETWORK_CONNECTION: yes_no = "nt_a65_network_connection", Conduct,
        "自查期间是否存在私自安装、连接医保信息系统，或将分支机构、其他机构连接医保网络，或擅自变更医保网络线路的情形", "",
        pass = false;
    NT_A65_FALSE_CLAIMS: yes_no = "nt_a65_false_claims", Conduct,
        "自查期间是否存在虚假门诊、住院，或虚记医疗费用、空划记账留存医疗费用的情形", "",
        pass = false;
    NT_A65_INPATIENT_IDENTITY_MISMATCH: yes_no = "nt_a65_inpatient_identity_mismatch", Conduct,
        "自查期间是否存在住院人证不符的情形", "住院病人与所持社会保障卡（医保凭证）的身份不一致。",
        pass = false;
    NT_A65_FORGED_RECORDS: yes_no = "nt_a65_forged_records", Conduct,
        "自查期间是否存在伪造、编造病历、处方、检查、治疗、病情证明、疾病评估表等资料的情形", "",
        pass = false;
    NT_A65_FALSE_MATERIALS: yes_no = "nt_a65_false_materials", Conduct,
        "自查期间是否存在提供虚假资料，或药品购销存严重不符的情形", "一般的购销存不符见第六十五条（二）3。",
        pass = false;
    NT_A65_FUND_CASH_OUT: yes_no = "nt_a65_fund_cash_out", Conduct,
        "自查期间是否存在采用换购物卡、有价证券及提取现金等形式套取、骗取医保（生育保险）基金的情形", "",
        pass = false;
    NT_A65_NETWORK_INTRUSION: yes_no = "nt_a65_network_intrusion", Conduct,
        "自查期间是否存在非法侵入、攻击医保网络的情形", "",
        pass = false;
    NT_A65_VIDEO_TAMPERED: yes_no = "nt_a65_video_tampered", Conduct,
        "自查期间是否存在擅自移动、改装、变更视频监控系统设备、线路，或破坏视频设备的情形", "",
        pass = false;
    NT_A65_FAKE_SERVICES: yes_no = "nt_a65_fake_services", Conduct,
        "自查期间是否存在通过伪造医疗文书、财务票据或凭证等方式，虚构“假住院、假就诊”骗取医保基金的情形", "",
        pass = false;
    NT_A65_SUSPENSIONS: count = "nt_a65_suspensions", Conduct,
        "本协议期内被暂停协议（含暂停医疗保险服务、限期暂停整改）的次数", "按当前协议有效期计数，续签后重新计数；按江苏细则被中止医保协议的也计入。没有填 0。",
        pass = 0;
    NT_A65_SUSPENSION_NOT_RECTIFIED: yes_no = "nt_a65_suspension_not_rectified", Conduct,
        "自查期间是否存在暂停协议期间未按时限要求整改或整改不到位的情形", "未被暂停过的选“否”。",
        pass = false;
    NT_A65_LICENCE_REVOKED: yes_no = "nt_a65_licence_revoked", Conduct,
        "自查期间是否存在被吊销《医疗机构执业许可证》或《营业执照》的情形", "",
        pass = false;
    NT_A65_OBSTRUCTED_INSPECTION: yes_no = "nt_a65_obstructed_inspection", Conduct,
        "自查期间是否存在拒绝、阻挠或不配合医保经办机构开展必要监督检查的情形", "包括不如实回答询问、不提供或拖延提供病历、票据等资料。",
        pass = false;
    NT_A67_LOSS_NOT_RETURNED: yes_no = "nt_a67_loss_not_returned", Conduct,
        "自查期间是否因违反卫健、价格等管理规定被行政处罚，涉及医疗保险、生育保险基金损失而未主动退回", "被处罚且涉及基金损失的，应主动退回；已主动退回或未受此类处罚的选“否”。",
        pass = false;
}
