//! Data tables that are facts (hand-edited; each names its source).

pub(crate) mod places;
