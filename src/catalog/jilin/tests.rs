use crate::catalog::testing::Case;

pub(crate) static CASES: &[Case] = &[];
