//! The self-audit questions of the 南通服务协议范本 (rules map §9).

use super::compliance_questions;

compliance_questions! {
}
