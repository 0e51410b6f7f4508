//! Turn raw Arabic news page text into structured articles, fast: the article
//! parser, and the normalizer, tokenizer, date parser and stemmer it is built on,
//! each usable on its own. For corpus building, media monitoring and search over
//! millions of crawled pages; pure safe Rust, no I/O, every type `Send + Sync`.
//!
//! # Example
//!
//! ```
//! let page = "بوتين: الأولوية لتقوية الروابط الاقتصادية
//! تاريخ النشر: 27th, December 2023 GMT
//! موسكو-سانا
//! افتتح الرئيس الروسي فلاديمير بوتين قمة رابطة الدول المستقلة في مدينة سان بطرسبورغ.
//! المصدر: الوكالة العربية السورية للأنباء";
//! let article = arabic_news::parse(page)?;
//! assert_eq!(article.published.unwrap().date.unwrap().to_string(), "2023-12-27");
//! assert_eq!(article.dateline.unwrap().agency.unwrap().id.as_deref(), Some("SANA"));
//!
//! // The building blocks:
//! assert_eq!(arabic_news::normalize("أَحْمَد"), "احمد");
//! assert_eq!(arabic_news::words("قال د. أحمد").count(), 3);
//! assert_eq!(arabic_news::parse_date("1 رمضان 1445 هـ").unwrap().to_string(), "2024-03-11");
//! assert_eq!(arabic_news::stem("والمعلمون"), "معلم");
//! # Ok::<(), arabic_news::Error>(())
//! ```
//!
//! # Overview
//!
//! - [`Normalizer`] and [`normalize`]: configurable Arabic normalization with
//!   `SEARCH` and `DISPLAY` presets; borrows the input when nothing changes.
//! - [`tokenize`]: zero-copy, lossless tokens with byte [`Span`]s and kinds
//!   (Arabic/Latin words, numbers with `٫ ٬`, URLs, e-mails, hashtags, mentions);
//!   [`words`] for words and numbers only, [`sentences`] for sentence spans.
//! - [`parse_date`] and [`DateParser`]: the many ways Arabic news writes a date
//!   (every regional month set, Hijri by the Umm al-Qura calendar, labels, times,
//!   zones, relative expressions) into a [`NewsDate`]; `find_all` for every date in
//!   a text.
//! - [`stem`] and [`Stemmer`]: a light stemmer (Lucene-compatible, or light10) for search.
//! - [`Analyzer`]: the whole chain of a search index in one `Copy` value
//!   (tokenize, keep words, drop stop words, normalize, stem); [`Analyzer::terms`]
//!   yields [`Term`]s with spans and positions, borrowed where nothing changed.
//! - [`parse`] and [`Parser`]: raw news page text → [`Article`] (title, dates,
//!   [`Dateline`], [`Byline`], body, [`Quote`]s, source, tags, related items,
//!   boilerplate); [`Agency`] is the news-agency gazetteer behind datelines.
//! - [`chars`]: what each Arabic code point is.
//!
//! # Crate features
//!
//! - `serde` (default): `Serialize`/`Deserialize` for the public data types.
//! - `html` (off by default): [`parse_html`] and `Parser::parse_html`, news page
//!   HTML bytes → [`Article`], metadata (JSON-LD, OpenGraph, `<time>`) included;
//!   brings an HTML5 parser (html5ever via dom_query) and encoding detection.
//! - `tantivy` (off by default): [`tantivy::ArabicTokenizer`], a tokenizer for the
//!   tantivy search engine (0.25) built on [`Analyzer`].
//! - `jiff` (off by default): [`Date`], [`Time`] and [`UtcOffset`] convert to and
//!   from jiff's `civil::Date`, `civil::Time` and `tz::Offset`.
//! - `chrono` (off by default): the same for chrono's `NaiveDate`, `NaiveTime`
//!   and `FixedOffset`.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod agency;
mod analyze;
mod article;
pub mod chars;
mod date;
mod dateline;
mod error;
mod hash;
#[cfg(feature = "html")]
#[cfg_attr(docsrs, doc(cfg(feature = "html")))]
mod html;
mod markup;
mod normalize;
mod parse;
mod stem;
mod stopwords;
mod tables;
#[cfg(feature = "tantivy")]
#[cfg_attr(docsrs, doc(cfg(feature = "tantivy")))]
pub mod tantivy;
mod tokenize;

pub use crate::agency::{AGENCIES, Agency};
pub use crate::analyze::{Analyzer, Term, Terms};
pub use crate::article::{Article, ArticleDate, Byline, PageKind, Quote};
pub use crate::date::{
    Ago, Calendar, ClockTime, Date, DateParser, DateRole, Dates, HijriDate, NewsDate, Time,
    TimeUnit, UtcOffset, Weekday, parse_date,
};
pub use crate::dateline::{AgencyRef, Dateline};
pub use crate::error::{Error, ErrorKind};
#[cfg(feature = "html")]
#[cfg_attr(docsrs, doc(cfg(feature = "html")))]
pub use crate::html::parse_html;
pub use crate::normalize::{Hamza, Normalizer, normalize};
pub use crate::parse::{Explain, ExplainedLine, Parser, Part, Role, parse, parse_bytes};
pub use crate::stem::{Stemmer, stem};
pub use crate::stopwords::{STOP_WORDS, is_stop_word};
#[doc(hidden)]
pub use crate::tokenize::reference_sentences;
pub use crate::tokenize::{
    Normalized, Script, Sentence, Sentences, Span, Token, TokenKind, Tokens, Words, sentences,
    tokenize, words,
};

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
