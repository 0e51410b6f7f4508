//! Placeholder until issue #2's example lands.
fn main() {}
