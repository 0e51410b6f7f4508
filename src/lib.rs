//! Turn raw Arabic news text into structured data: normalization, tokenization,
//! dates (Hijri included) and, on top of them, whole articles.
//!
//! # Example
//!
//! ```
//! use arabic_news::Normalizer;
//!
//! let text = Normalizer::SEARCH.normalize("أحمد");
//! # let _ = text;
//! ```
//!
//! # Overview
//!
//! - [`Normalizer`] and [`normalize`]: configurable Arabic normalization with
//!   `SEARCH` and `DISPLAY` presets; borrows the input when nothing changes.
//! - [`tokenize`]: zero-copy, lossless tokens with byte [`Span`]s and kinds
//!   (Arabic/Latin words, numbers with `٫ ٬`, URLs, e-mails, hashtags, mentions);
//!   [`words`] for words and numbers only, [`sentences`] for sentence spans.
//! - [`parse_date`]: the many ways Arabic news writes a date, Hijri included.
//! - [`chars`]: what each Arabic code point is.
//!
//! # Crate features
//!
//! - `serde` (default): `Serialize`/`Deserialize` for the public data types.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

pub mod chars;
mod date;
mod error;
mod normalize;
mod tokenize;

pub use crate::date::{Date, DateRole, NewsDate, parse_date};
pub use crate::error::{Error, ErrorKind};
pub use crate::normalize::{Normalizer, normalize};
pub use crate::tokenize::{
    Normalized, Script, Sentence, Sentences, Span, Token, TokenKind, Tokens, Words, sentences,
    tokenize, words,
};
