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
//! - [`tokenize`]: zero-copy, lossless tokens with byte [`Span`]s and kinds.
//! - [`parse_date`]: the many ways Arabic news writes a date, Hijri included.
//! - [`parse`] and [`Parser`]: raw news page text → [`Article`] (title, dates,
//!   [`Dateline`], [`Byline`], body, [`Quote`]s, source, tags, related items,
//!   boilerplate); [`Agency`] is the news-agency gazetteer behind datelines.
//! - [`chars`]: what each Arabic code point is.
//!
//! # Crate features
//!
//! - `serde` (default): `Serialize`/`Deserialize` for the public data types.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod agency;
mod article;
pub mod chars;
mod date;
mod dateline;
mod error;
mod normalize;
mod parse;
mod tables;
mod tokenize;

pub use crate::agency::{AGENCIES, Agency};
pub use crate::article::{Article, ArticleDate, Byline, HijriYmd, Quote};
pub use crate::date::{Date, DateRole, NewsDate, parse_date};
pub use crate::dateline::{AgencyRef, Dateline};
pub use crate::error::{Error, ErrorKind};
pub use crate::normalize::{Hamza, Normalizer, normalize};
pub use crate::parse::{Parser, parse, parse_bytes};
pub use crate::tokenize::Span;
