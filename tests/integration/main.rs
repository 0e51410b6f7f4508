//! Integration tests: one binary, one module per capability. (Tests that need
//! heavy crates, tantivy's index and the WARC reader, are in the `benches`
//! workspace member: `benches/tests/`.)

mod accounting;
mod agencies;
mod analyze;
mod article;
mod autotraits;
mod cli;
mod corpus;
mod dates;
mod explain;
mod hostile;
#[cfg(feature = "html")]
mod html;
mod normalize;
mod parse;
mod score;
mod stem;
mod stem_reference;
mod tokenize;
