//! placeholder: rules to be written.

use crate::catalog::rule::Rule;

pub static RULES: &[Rule] = &[];

#[cfg(test)]
pub(crate) mod tests {
    use crate::catalog::testing::Case;

    pub(crate) static CASES: &[Case] = &[];
}
