//! Integration tests: one binary, one module per capability.

mod autotraits;
mod corpus;
mod dates;
mod parse;
mod stem;
mod tokenize;
