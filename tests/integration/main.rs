//! Integration tests: one binary, one module per capability.

mod accounting;
mod agencies;
mod article;
mod autotraits;
mod cli;
mod corpus;
mod dates;
mod hostile;
#[cfg(feature = "html")]
mod html;
mod normalize;
mod parse;
mod score;
#[cfg(feature = "tantivy")]
mod search;
mod stem;
mod stem_reference;
mod tokenize;
#[cfg(all(feature = "html", feature = "serde"))]
mod warc;
