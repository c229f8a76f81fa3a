//! The compliance self-audit items of this document (rules map §9).

use crate::catalog::rule::Rule;

pub static RULES: &[Rule] = &[];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::Case;

    pub(crate) static CASES: &[Case] = &[];
}
