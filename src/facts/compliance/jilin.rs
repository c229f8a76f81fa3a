//! The self-audit questions of the 吉林经办规程（医疗机构与零售药店） (rules map §9).

use super::compliance_questions;

compliance_questions! {
}
