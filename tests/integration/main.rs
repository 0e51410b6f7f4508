//! Integration tests: one binary, one module per capability.

mod autotraits;
mod corpus;
mod dates;
mod stem;
mod tokenize;
