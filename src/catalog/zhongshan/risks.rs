//! What failing a compliance item of this document risks (rules map §10).

use crate::catalog::risk::Consequence;

/// Every consequence of this document, for the catalog's integrity tests
/// and the rule list.
pub static ALL: &[&Consequence] = &[];
