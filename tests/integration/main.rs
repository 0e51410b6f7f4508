//! Integration tests: one binary, one module per capability.

mod accounting;
mod agencies;
mod article;
mod autotraits;
mod cli;
mod corpus;
mod dates;
mod hostile;
mod normalize;
mod parse;
#[cfg(feature = "tantivy")]
mod search;
mod stem;
mod stem_reference;
mod tokenize;
