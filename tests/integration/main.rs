//! Integration tests: one binary, one module per capability.

mod autotraits;
mod corpus;
mod normalize;
