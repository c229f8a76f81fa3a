//! placeholder
use crate::catalog::rule::Rule;

pub static RULES: &[Rule] = &[];
