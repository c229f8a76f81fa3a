//! The readings findings rely on: where a document's words admit more than
//! one meaning, or say nothing on a point a conclusion turns on, the reading
//! the tool takes, in plain words, under a stable name a finding cites.
//!
//! The catalog's texts mark the reading they rely on with `⟦X-n⟧`, the
//! number of the ambiguity in the rules map (../shared/reference/rules-map.md
//! §11) that maintainers look up; [`resolve`] turns the marks into names and
//! takes them out of the words users see. docs/readings.md is generated from
//! [`READINGS`] (`UPDATE_DOCS=1 cargo test --test docs`).

use serde::Serialize;

/// One reading: its stable name, a short title and the reading in plain words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Reading {
    /// Stable name a finding cites, e.g. `bar-starts-at-termination`.
    pub name: &'static str,
    /// In a few Chinese words.
    pub title: &'static str,
    /// The reading taken and why, in plain Chinese.
    pub text: &'static str,
    /// The rules map's number for maintainers, e.g. `X-8`.
    #[serde(skip)]
    pub map: &'static str,
}

macro_rules! readings {
    ($($map:literal => $name:literal, $title:literal, $text:literal;)+) => {
        /// Every reading, in the rules map's order.
        pub static READINGS: &[Reading] = &[$(Reading { name: $name, title: $title, text: $text, map: $map },)+];
    };
}

readings! {
    "X-1" => "internal-systems-by-document", "内部制度的范围按文件",
        "江苏只要求「与医保政策对应的内部管理制度」；广东、中山、吉林列明医保管理、财务、统计信息管理、医疗质量安全核心制度等。各地按本地文件的清单自查，江苏下其余几类制度作为建议。";
    "X-2" => "it-retrofit-tense", "信息系统：能改造还是已具备",
        "江苏写「能按照……进行信息系统改造」，申请时改造可尚未完成（评估前须完成）；广东、中山写「具有」、吉林写「具备」，申请时就须已符合接口标准。";
    "X-3" => "physician-registration", "医师注册地的说法",
        "江苏、广东、中山要求医师「第一注册地」在本机构，吉林要求「主要执业机构」在本机构；各按本地文件的说法问。所列证书有其一即可。";
    "X-4" => "licence-not-named", "文件未列的证照",
        "文件只列部分证照（江苏未列中医诊所备案证，广东、中山未列诊所备案凭证）。持未列证照的，是否接受由经办机构确认，工具不判为符合或不符合。";
    "X-5" => "non-basic-services-open-list", "非基本医疗服务是开放列举",
        "各文件以「等非基本医疗服务」结尾；吉林未列辅助生殖。文件未点名的服务是否属此项，须人工确认；“主要执业范围”由机构据实申报。";
    "X-6" => "penalty-liability-wording", "行政处罚（法律）责任",
        "江苏、吉林写「行政处罚法律责任」，广东、中山写「行政处罚责任」，按同一事实理解，各按本地原文显示。";
    "X-7" => "catch-all-refusal", "兜底的不予受理情形",
        "「法律、法规（规章）规定的其他情形」没有具体内容，工具只问机构是否知道存在此类情形，由人判断。";
    "X-8" => "bar-starts-at-termination", "回看期从何时起算",
        "多数回看期（被解除后3年、1年，负责人5年，再次评估不合格1年）原文未写起算日。工具推定：被解除的从解除生效之日起算，评估不合格的从结果告知送达之日起算，弄虚作假的从发现之日起算；起算日当天不计入。只有“解除”才触发，中止、到期终止、主动解除不触发；负责人原机构与申请机构类别不同的，须人工确认。";
    "X-9" => "operation-start", "“正式运营”从哪天算",
        "文件未定义“正式运营（经营）”的证据。工具按机构填报的正式运营开始日计算，建议以执业登记日或首笔收费日为据；零售药店变更注册地址后是否重新起算原文未写，须确认。";
    "X-10" => "assessment-clock", "补充材料时评估期限怎么算",
        "江苏：补齐材料之日起重新计算20个工作日；广东、中山、吉林：补充材料的时间不计入评估期限，期限顺延。";
    "X-11" => "public-notice-period", "公示期天数",
        "江苏公示5个工作日，广东、中山7个工作日，吉林未写天数（以经办机构公告为准）。";
    "X-12" => "reassessment-who-starts", "再次评估由谁启动",
        "江苏、广东写经办机构「可以再次组织评估」；中山为机构申请后组织；吉林为机构「再次申请」。整改满3个月的日期对几种写法相同。";
    "X-13" => "signing-time-limit", "签约时限",
        "中山：纳入名单起1个月内未签视作放弃；吉林：公示期结束后15个工作日内协商签约，以约定时限为准；江苏、广东未规定。";
    "X-14" => "change-rules-by-place", "信息变更的期限和方式",
        "江苏、广东、吉林：重大信息变更自批准之日起30个工作日内申请；中山区分公立和社会办、重大和一般信息；南通协议另要求7个工作日内备案。南通机构两者都须满足，取较短的7个工作日作自查截止。告知承诺制、数据共享免交材料只有广东、中山有，具体事项以当地清单为准。";
    "X-15" => "renewal-three-months", "“期满前3个月”",
        "读作“最迟于协议期满前3个月提出”：截止日为期满之日向前推3个月。南通协议另有期满前1个月内协商续签的窗口，一并显示。";
    "X-16" => "exit-notice", "主动退出的提前期",
        "请求中止、解除或不再续签的，提前3个月申请（吉林为“原则上”，南通协议为提前30天通知）。公立医疗机构不得主动提出中止或解除，但可以不再续签。";
    "X-17" => "suspension-length", "中止期限的种类",
        "主动中止原则上不超过180日；吉林违规中止原则上不超过1年；中山整改令3-6个月期间可中止基金结算；南通限期暂停整改一般不超过15个工作日。各按其规定分别计算。";
    "X-18" => "suspensions-per-agreement", "累计中止次数按协议期计",
        "「协议有效期内累计2次（南通3次）」按每一份协议分别计数，不跨协议累计；任一次中止期间未按要求整改的，单次即属该项。南通的“暂停”与“中止”合并计数（较严的读法）。";
    "X-19" => "nantong-agreement-and-jiangsu", "南通协议与江苏细则",
        "南通机构申请定点按江苏细则；定点后同时自查江苏细则和南通协议范本。两者冲突处按较严者自查，并以实际签订的协议为准。";
    "X-20" => "nantong-video-articles", "南通协议视频管理的条款引用",
        "第六十四条写「违反本协议第六十条」，而视频管理在第五十九条：按第五十九条适用。第五十九条标题列入社区卫生服务中心，第七十五条第6款未列，社区卫生服务中心的视频义务须向经办机构确认。第六十三、六十四条所称第八条、第十条的“第N款”按第（N）项理解。";
    "X-21" => "nantong-no-consequence", "南通协议未定违约责任的条款",
        "部分条款（如自费比例、卧床率、告知义务）不在第六十三、六十四条的清单里：协议未明确违约金。情节轻微且未造成基金损失的，可能适用第六十二条（约谈、限期整改）。";
    "X-23" => "readmission-formula", "15天二次住院率的公式",
        "原文公式按运算顺序会算错，工具推定为（15天以内住院总人次－住院总人数）÷住院总人次；三项须取自同一统计人群和期间，结果为负或分子大于分母的须核对口径。";
    "X-24" => "doubling-and-counting", "“加倍”与“再次”的计法",
        "“第二次起加倍”按第二次及以后都是基础金额的2倍（不逐次累乘）。第六十五条（四）“查实二次及以上加倍”先套上下限再加倍还是加倍后再套，原文未定，两种算法都显示。“再次”“第二次”按同一协议期内计数（推定）。";
    "X-26" => "several-tiers", "一个行为落入几档",
        "同一行为落入协议的几档后果时，各档都列出；协议未写明第六十四条与第六十五条的违约金是否并处，合计时下限按较低一档、上限按各档相加。第六十五条末款的解除写明「除按相应条款处理外」，另行适用。";
    "X-27" => "nantong-station-subject", "南通协议第二十三条第3款的主体",
        "原文写「乙方（社区卫生服务中心）应……配合所属社区卫生服务中心」，上下文是社区卫生服务站接受中心管理，按社区卫生服务站适用。";
    "X-28" => "jilin-numbering", "吉林规程缺失的条号、项号",
        "吉林规程有几处条号、项号缺失（如第十条、第十一条），引用时使用推定的编号。";
    "X-29" => "jilin-catch-all-materials-level", "吉林兜底材料的层级",
        "医疗机构的兜底材料为「省级」医疗保障行政部门规定，零售药店为「市级」，按机构类别分别提示。";
    "X-30" => "pharmacy-principal", "零售药店负责人的称谓",
        "吉林规程对零售药店有时写“主要负责人”，有时写“企业负责人”，按同一角色理解。身份证复印件默认交法定代表人的，其他人员是否另交须确认。";
    "X-31" => "pharmacy-staff-and-contracts", "零售药店人员与劳动合同",
        "药师能否兼任2名医保管理人员之一原文未写，默认须为不同人员。「1年以上劳动合同」指合同期限，写明起止日期的起止日均计入（如2026年6月1日至2027年5月31日为1年）。「在合同期内」按自查日期判断，评估时仍须在合同期内。";
    "X-32" => "zhongshan-draft", "中山征求意见稿",
        "中山办法为征求意见稿，施行日期空白，未生效：中山机构按广东办法自查，征求意见稿的要求另列供预检，不计入结论。";
    "X-34" => "jilin-before-in-force", "吉林规程施行前",
        "吉林规程自2026年1月1日起施行；此前的行为适用的规则不在本工具的规则数据中。";
    "X-35" => "working-days", "工作日与自然日",
        "写“工作日”的按国务院放假调休安排计算（含周末调休上班日）；尚未公布安排的年份按估算计并注明。未写“工作日”的“日”“天”按自然日。吉林第四十九条的“7日”按自然日（较早、较稳妥）。";
    "X-36" => "internet-supplement", "“互联网+”补充协议",
        "各文件未列“互联网+”补充协议的申请材料；中山另要求向经办机构报备并核实通过后才可开展，仅报备不视为可以开展。";
    "X-38" => "signing-party", "签约主体",
        "江苏要求签约双方都能独立承担民事责任；不能独立承担的（如部分内设机构、村卫生室）须确认由谁签约。";
    "X-39" => "hundred-beds", "“100张床位以上”",
        "“以上”包括本数（《民法典》第一千二百五十九条）：恰为100张的也须设医保管理部门。床位按机构填报的口径。";
    "X-40" => "jilin-uploads", "吉林的数据上传与医保码",
        "「按照有关规定」上传结算信息、结算清单、追溯码、进销存等默认都是必需的；医保码全流程为「按要求推动」，以当地要求为准。";
    "X-42" => "zhongshan-transition", "中山重新注册的过渡期",
        "过渡期最长6个月；评估不合格的，自结果告知送达次日起停止服务。";
    "X-43" => "jilin-supplement", "只有吉林有补正期限",
        "吉林：经办机构告知后5个工作日内补正，逾期视为放弃；江苏、广东、中山未规定机构的补正期限。";
    "X-44" => "before-the-day", "“每月N日前”含不含当日",
        "南通协议的“每月5号之前”“20号前”“10日前”，工具默认不含当日（最迟前一日），同时显示含当日的读法；逢节假日不顺延。";
    "X-46" => "after-suspension", "中止期满之后",
        "江苏、广东、中山：未超过协议有效期的可继续履行；吉林：中止期满须验收，合格继续、不合格解除；中山还须在期满前申请继续履行并提交整改报告。";
    "X-50" => "zhongshan-resumption", "中山中止期满前的恢复申请",
        "「期满前10个工作日内」可读作最后10个工作日的窗口，也可读作最迟于期满前第10个工作日；提示日取期满前第10个工作日，两种读法都满足。";
    "X-51" => "jilin-address-change", "吉林注册地址变更的时点",
        "提前5个工作日告知的基准日原文未写，默认以计划的实际迁址日倒推；自批准之日起30个工作日内申请变更也同时计算。";
    "X-52" => "nantong-deferral", "南通缓签期间",
        "协议到期后至缓签通知之间的状态原文未写：未续签原因在经办机构的，原协议继续有效；在机构的，协议终止；原因不明的须确认。";
    "X-53" => "jilin-voluntary-suspension-acceptance", "吉林主动中止是否验收",
        "违规中止期满须验收；主动中止是否也须验收原文未写明，提示“可能须验收”。";
    "X-54" => "180-days-start", "180日从何时起算",
        "主动中止“不得超过180日”从中止生效之日起算（推定）。";
    "X-56" => "nantong-change-blocked", "南通调查、暂停期间的变更",
        "因违规被调查、暂停处理期间不得申请变更；期间内各项变更期限是否顺延原文未写，须确认。";
    "§8.0" => "period-counting", "期间的起算",
        "按《民法典》第二百零一条：事件当日不计入，以月、年计的期间到期月的对应日届满（无对应日的为月末），次日起满足；恰逢届满当日的，结论取决于当日是否计入，判为需人工复核。";
}

/// The reading with the rules map's number `map`, e.g. `X-8`.
pub fn by_map(map: &str) -> Option<&'static Reading> {
    READINGS.iter().find(|r| r.map == map)
}

/// The reading named `name`.
pub fn by_name(name: &str) -> Option<&'static Reading> {
    READINGS.iter().find(|r| r.name == name)
}

/// `text` without its reading marks (`⟦X-8⟧`), and the readings they name,
/// each once, in order. Marks that name no reading are dropped too (a test
/// checks that every mark in the catalog names one).
pub fn resolve(text: &str) -> (String, Vec<&'static Reading>) {
    let mut plain = String::with_capacity(text.len());
    let mut found: Vec<&'static Reading> = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('⟦') {
        plain.push_str(&rest[..start]);
        let after = &rest[start + '⟦'.len_utf8()..];
        match after.find('⟧') {
            Some(end) => {
                for map in after[..end].split('、') {
                    if let Some(r) = by_map(map.trim()) {
                        if !found.iter().any(|f| f.name == r.name) {
                            found.push(r);
                        }
                    }
                }
                rest = &after[end + '⟧'.len_utf8()..];
            }
            None => {
                plain.push('⟦');
                rest = after;
            }
        }
    }
    plain.push_str(rest);
    (plain, found)
}

/// The marks in `text` that name no reading (for the catalog's integrity test).
pub fn unknown_marks(text: &str) -> Vec<String> {
    let mut unknown = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find('⟦') {
        let after = &rest[start + '⟦'.len_utf8()..];
        let Some(end) = after.find('⟧') else {
            unknown.push(after.to_string());
            break;
        };
        for map in after[..end].split('、') {
            if by_map(map.trim()).is_none() {
                unknown.push(map.to_string());
            }
        }
        rest = &after[end + '⟧'.len_utf8()..];
    }
    unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_become_names_and_leave_the_words() {
        let (plain, found) = resolve("按解除生效日起算（推定）⟦X-8⟧。");
        assert_eq!(plain, "按解除生效日起算（推定）。");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name, "bar-starts-at-termination");
        let (plain, found) = resolve("甲⟦X-8、X-24⟧乙⟦X-8⟧");
        assert_eq!(plain, "甲乙");
        assert_eq!(found.len(), 2);
        let (plain, found) = resolve("没有标记（括号照旧）");
        assert_eq!(plain, "没有标记（括号照旧）");
        assert!(found.is_empty());
        assert_eq!(resolve("未闭合⟦X-8").0, "未闭合⟦X-8");
    }

    #[test]
    fn names_are_unique_stable_words_and_texts_carry_no_codes() {
        for (i, r) in READINGS.iter().enumerate() {
            assert!(
                r.name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{}",
                r.name
            );
            assert!(
                READINGS
                    .iter()
                    .skip(i + 1)
                    .all(|o| o.name != r.name && o.map != r.map),
                "{} twice",
                r.name
            );
            for code in ["规则映射", "§", "X-"] {
                assert!(
                    !r.text.contains(code) && !r.title.contains(code),
                    "{}",
                    r.name
                );
            }
            assert_eq!(by_name(r.name), Some(r));
        }
    }
}
