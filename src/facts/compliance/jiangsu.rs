//! The self-audit questions of the Jiangsu implementing rules (rules map
//! §9.1, §10.1). Nantong institutions answer these too (the Nantong
//! agreement's questions reuse them where the same fact is asked).

use super::compliance_questions;

compliance_questions! {
    SIGN_DISPLAYED: yes_no = "sign_displayed", Obligations,
        "是否在显著位置悬挂统一样式的定点医疗机构标识", "",
        pass = true;
}
