//! Placeholder; the real bench lands with its issue.
fn main() {}
