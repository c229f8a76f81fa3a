//! The self-audit questions of the 广东暂行办法（中山征求意见稿同条） (rules map §9).

use super::compliance_questions;

compliance_questions! {
}
