//! The self-audit questions of the 吉林经办规程（医疗机构与零售药店）
//! (rules map §9.3, §10.3, §10.4). Medical institutions and retail
//! pharmacies answer the same question where the article says 定点医药机构;
//! the questions of 第四十七条 that only one list names are asked only by that
//! list's rules. Keys carry `jl_`: the facts are worded as this document
//! words them.
//!
//! Not asked again here: the application-phase facts that the running items
//! read as they are (the IT upload questions of 第十四条（五）、第十九条（六）,
//! the pharmacist's and the administrators' contract dates, the pharmacy's
//! labels and systems of 第十九条（二）～（五）), see src/facts/questions.rs.

use super::compliance_questions;

compliance_questions! {
    JL_SUSPENDED_OR_ENDED: yes_no = "jl_suspended_or_ended", Services,
        "自查期间本机构是否处于中止医保协议期间，或医保协议已终止、解除",
        "主动申请中止和因违法违规违约被中止都算。协议正常履行、只是到期续签中的选“否”。",
        pass = false;
    JL_OWNERSHIP_CHANGED: yes_no = "jl_ownership_changed", Services,
        "自查期间是否发生股权变动、法定代表人变更或名称变更，且营业执照（法人证书）和执业（经营）许可证未重新申请",
        "吉林规程第三十八条第1款：此时医保协议继续有效，由变更后的经营主体继续履约并承继违约责任。证照注销后重新申请的，见下一问（第2款）。",
        pass = false;
    JL_LICENCES_REAPPLIED: yes_no = "jl_licences_reapplied", Services,
        "自查期间是否因股权变动、法定代表人变更等注销营业执照（事业单位法人证书、民办非企业单位登记证书等）或执业（经营）许可证后重新申请",
        "吉林规程第三十八条第2款：此时与医保经办机构签订的医保协议终止，经营主体须重新申请医保定点；因政策变动原因所致、经相关部门出具佐证材料的，可办理信息变更，协议继续有效。",
        pass = false;
    JL_POLICY_CHANGE_EVIDENCED: yes_no = "jl_policy_change_evidenced", Services,
        "上述注销后重新申请是否因政策变动原因所致，并已由相关部门出具佐证材料", "",
        pass = true,
        shown = |p| p.compliance.yes_no(JL_LICENCES_REAPPLIED.info.id) != Some(false);
    JL_TERMINATION_AGREED: yes_no = "jl_termination_agreed", Services,
        "本机构是否已主动提出解除医保协议，且医保经办机构已同意",
        "这不是违规：回答“是”的，协议按第四十七条（医疗机构第（十二）项、零售药店第（十四）项）解除。拟解除之日请填在“程序与协议日期”中。",
        pass = false;

    JL_LAWS_FOLLOWED: yes_no = "jl_laws_followed", Obligations,
        "是否遵守医疗保障法律、法规、规章及有关政策，按照规定向参保人员提供医药服务", "",
        pass = true;
    JL_SIGN_DISPLAYED: yes_no = "jl_sign_displayed", Obligations,
        "医保协议生效后，是否在显著位置悬挂医保部门提供的统一样式定点医药机构标识", "",
        pass = true;
    JL_CODING_FILED: yes_no = "jl_coding_filed", Obligations,
        "是否已在国家医保信息业务编码标准数据库填报本机构基础信息和医保支付资格管理相关人员信息、取得医保代码，并在审核通过后及时向医保经办机构反馈信息维护情况",
        "签订医保协议后5个工作日内填报（日期见“时限与等待期”）。",
        pass = true;
    JL_CODING_MAINTAINED: yes_no = "jl_coding_maintained", Obligations,
        "本机构和人员信息发生变化时，是否及时在编码标准数据库动态维护更新，并将退出本机构的人员信息归档处理",
        "自查期间信息未发生变化的选“是”。",
        pass = true;
    JL_MAJOR_CHANGES_APPLIED: yes_no = "jl_major_changes_applied", Obligations,
        "重大信息变更的，是否均自有关部门批准之日起30个工作日内向医保经办机构提出变更申请",
        "重大信息：名称、法定代表人、主要负责人或实际控制人、注册地址、银行账户、诊疗科目（药品经营范围）、机构规模、机构性质、等级和类别。自查期间无此类变更的选“是”。",
        pass = true;
    JL_GENERAL_CHANGES_NOTIFIED: yes_no = "jl_general_changes_notified", Obligations,
        "其他一般信息变更的，是否及时书面告知医保经办机构",
        "自查期间无一般信息变更的选“是”。",
        pass = true;
    JL_ADDRESS_CHANGE_NOTIFIED: yes_no = "jl_address_change_notified", Obligations,
        "变更注册地址（实际营业地址随之变更）的，是否提前5个工作日告知医保经办机构，并在完成变更后按规定时限申请现场评估",
        "自查期间未变更注册地址，或实际营业地址不变的，选“是”。",
        pass = true;
    JL_PRE_CHANGE_DATA: yes_no = "jl_pre_change_data", Obligations,
        "变更后的经营主体能否提供变更前与医疗保障基金结算有关的数据、资料", "",
        pass = true,
        shown = |p| p.compliance.yes_no(JL_OWNERSHIP_CHANGED.info.id) != Some(false);
    JL_MATERIALS_KEPT: yes_no = "jl_materials_kept", Obligations,
        "是否按规定保管医保相关材料，并在医保费用审核、协议履行核查、医保绩效考核时按要求提供", "",
        pass = true;
    JL_AFTERCARE: yes_no = "jl_aftercare", Obligations,
        "中止、终止或解除医保协议时，是否与医保经办机构共同做好在院、出院未结算、退费重结等参保人员的善后工作", "",
        pass = true,
        shown = |p| p.compliance.yes_no(JL_SUSPENDED_OR_ENDED.info.id) != Some(false);
    JL_SUSPENSION_NOTICE: yes_no = "jl_suspension_notice", Obligations,
        "中止期间或终止、解除后，是否在营业场所显著位置公告、向参保人员解释说明，并不再悬挂定点医药机构标识", "",
        pass = true,
        shown = |p| p.compliance.yes_no(JL_SUSPENDED_OR_ENDED.info.id) != Some(false);

    JL_SUSPENDED_STAFF_SETTLING: yes_no = "jl_suspended_staff_settling", Conduct,
        "是否存在医保支付资格被暂停或终止、或被中止（终止）医保结算的人员（科室），仍以其名义发生医保费用结算的情形",
        "相关人员的医保支付资格记分可向医保经办机构查询（吉林规程第三十五条第3款）。",
        pass = false;
    JL_DATA_UNTRUE: yes_no = "jl_data_untrue", Conduct,
        "是否存在未按规定向医保行政部门及医保经办机构提供有关数据，或提供的数据不真实的情形", "",
        pass = false;
    JL_SUSPENSIONS: count = "jl_suspensions", Conduct,
        "本协议有效期内被中止医保协议的次数",
        "只计因违法违规违约被医保经办机构中止的次数，不含本机构主动申请的中止；每份协议重新计数。未被中止填 0。",
        pass = 0;
    JL_SUSPENSION_NOT_RECTIFIED: yes_no = "jl_suspension_not_rectified", Conduct,
        "被中止协议期间，是否存在未按要求整改或整改不到位的情形", "",
        pass = false,
        shown = |p| p.compliance.count(JL_SUSPENSIONS.info.id).is_none_or(|n| n >= 1);
    JL_FRAUDULENT_APPLICATION: yes_no = "jl_fraudulent_application", Conduct,
        "是否存在以弄虚作假等不正当手段申请取得定点，或在评估中报送虚构、篡改的申请材料、评估材料的情形",
        "含续签、变更注册地址后的现场评估和中止期满验收时报送的材料。",
        pass = false;
    JL_FRAUD: yes_no = "jl_fraud", Conduct,
        "是否存在欺诈骗取医疗保障基金的行为", "",
        pass = false;
    JL_SETTLED_FOR_OTHERS: yes_no = "jl_settled_for_others", Conduct,
        "是否存在为非定点医药机构、处于中止医保协议期间的医药机构或其他机构进行医保费用结算的情形", "",
        pass = false;
    JL_OBSTRUCTED: yes_no = "jl_obstructed", Conduct,
        "是否存在拒绝、阻挠或不配合医保部门开展医保费用审核、智能审核、协议履行核查、绩效考核、服务评价、监督检查或现场检查的情形", "",
        pass = false;
    JL_UNREGISTERED_CHANGE: yes_no = "jl_unregistered_change", Conduct,
        "是否存在重大信息已发生变更但未向医保经办机构办理变更的情形", "",
        pass = false;
    JL_UNREPORTED_CLOSURE: yes_no = "jl_unreported_closure", Conduct,
        "是否存在停业或歇业后未按规定向医保经办机构报告的情形", "",
        pass = false;
    JL_PRACTICE_LICENCE_REVOKED: yes_no = "jl_practice_licence_revoked", Conduct,
        "是否存在医疗机构执业许可证、中医诊所备案证或诊所备案凭证被吊销、注销的情形", "",
        pass = false;
    JL_LEADER_DEFAULT: yes_no = "jl_leader_default", Conduct,
        "法定代表人、主要负责人（企业负责人）或实际控制人是否存在不能履行医保协议约定，或有违法失信行为的情形",
        "含被列入失信人名单。",
        pass = false;
    JL_UNFULFILLED_PENALTY: yes_no = "jl_unfulfilled_penalty", Conduct,
        "是否存在未依法履行医疗保障行政部门作出的行政处罚决定的情形",
        "有未缴清的罚款或未执行完毕的处罚决定的，选“是”。",
        pass = false;
    // 第四十六条（一）（三）（四）、第四十七条（八）（十三）（十四）/药店（十）（十五）（十六）：
    // 医保经办机构或有关部门的认定，问是否已被告知。
    JL_MAJOR_RISK_NOTIFIED: yes_no = "jl_major_risk_notified", Conduct,
        "是否已被告知：医保经办机构根据日常检查或绩效考核，发现本机构存在对医疗保障基金安全和参保人员权益可能造成重大风险的问题",
        "这是医保经办机构的认定，机构不能自行判断；按是否已收到相关告知、通报或者处理意见填写。",
        pass = false;
    JL_AGREED_SUSPENSION_NOTIFIED: yes_no = "jl_agreed_suspension_notified", Conduct,
        "是否已被医保经办机构告知：本机构存在根据医保协议约定应当中止协议的情形",
        "按是否已收到医保经办机构依协议约定中止协议的告知或处理意见填写。",
        pass = false;
    JL_LEGAL_SUSPENSION_NOTIFIED: yes_no = "jl_legal_suspension_notified", Conduct,
        "是否已被告知：本机构存在法律、法规、规章规定的应当中止协议的其他情形",
        "兜底情形，由医保经办机构依法认定；按是否已收到相关告知或处理意见填写。",
        pass = false;
    JL_MAJOR_VIOLATION_NOTIFIED: yes_no = "jl_major_violation_notified", Conduct,
        "是否已被告知：医疗保障（行政）部门或有关部门在行政执法中，发现本机构存在重大违法违规行为且可能造成医疗保障基金重大损失",
        "这是执法部门的认定，机构不能自行判断；按是否已收到相关告知、通报或者处理决定填写。",
        pass = false;
    JL_AGREED_TERMINATION_NOTIFIED: yes_no = "jl_agreed_termination_notified", Conduct,
        "是否已被医保经办机构告知：本机构存在根据医保协议约定应当解除协议的情形",
        "按是否已收到医保经办机构依协议约定解除协议的告知或处理意见填写。",
        pass = false;
    JL_LEGAL_TERMINATION_NOTIFIED: yes_no = "jl_legal_termination_notified", Conduct,
        "是否已被告知：本机构存在法律法规和规章规定的应当解除协议的其他情形",
        "兜底情形，由医保经办机构依法认定；按是否已收到相关告知或处理意见填写。",
        pass = false;
    JL_DRUG_QUALITY_INCIDENT: yes_no = "jl_drug_quality_incident", Conduct,
        "是否发生重大药品质量安全事件", "",
        pass = false;
    JL_FORGED_RECORDS: yes_no = "jl_forged_records", Conduct,
        "是否存在以伪造、变造医保药品“进、销、存”票据和账目、伪造处方或参保人员费用清单等方式骗取医疗保障基金的情形", "",
        pass = false;
    JL_DRUG_SWAPPING: yes_no = "jl_drug_swapping", Conduct,
        "是否存在将非医保药品或其他商品串换成医保药品，倒卖医保药品或套取医疗保障基金的情形", "",
        pass = false;
    JL_DEVICE_LENT: yes_no = "jl_device_lent", Conduct,
        "是否存在将医保结算设备转借或赠与他人，或改变其使用场地的情形", "",
        pass = false;
    JL_PHARMACY_LICENCE_REVOKED: yes_no = "jl_pharmacy_licence_revoked", Conduct,
        "是否存在药品经营许可证或营业执照被吊销、注销的情形", "",
        pass = false;
}
