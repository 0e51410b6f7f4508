//! A [tantivy] tokenizer for Arabic text (feature `tantivy`).
//!
//! [`ArabicTokenizer`] is an [`Analyzer`] as a tantivy tokenizer: it emits one
//! tantivy token per [`Term`](crate::Term) of [`Analyzer::terms`] (by default
//! one per word, number, hashtag, mention, URL and e-mail), each normalized with
//! [`Normalizer::SEARCH`](crate::Normalizer::SEARCH) (or the normalizer you
//! choose) and optionally stemmed, with its byte offsets into the original text
//! and its position (dropped stop words keep theirs, as with tantivy's
//! `StopWordFilter`). So أحمد,
//! احمد and إحمد, مدرسة and مدرسه, a word with and without diacritics or tatweel,
//! Persian ی/ک and Arabic ي/ك, ١٢٣ and 123 all index and query alike.
//!
//! It implements the `Tokenizer` trait of `tantivy-tokenizer-api` 0.6, the trait
//! tantivy 0.25 re-exports as `tantivy::tokenizer::Tokenizer`.
//!
//! # Example
//!
//! Registered in a tantivy index in one line:
//!
//! ```ignore
//! use arabic_news::tantivy::ArabicTokenizer;
//!
//! index.tokenizers().register("arabic", ArabicTokenizer::new().stem(true));
//! // …and a field that uses it:
//! let options = TextOptions::default().set_indexing_options(
//!     TextFieldIndexing::default().set_tokenizer("arabic").set_index_option(IndexRecordOption::WithFreqsAndPositions),
//! );
//! ```
//!
//! Used directly:
//!
//! ```
//! use arabic_news::tantivy::ArabicTokenizer;
//! use tantivy_tokenizer_api::{TokenStream, Tokenizer};
//!
//! let mut tokenizer = ArabicTokenizer::new();
//! let mut stream = tokenizer.token_stream("قالَ أحمدُ: الـمدرسة");
//! let mut words = Vec::new();
//! while let Some(token) = stream.next() {
//!     words.push((token.text.clone(), token.offset_from, token.position));
//! }
//! assert_eq!(words[0], ("قال".to_string(), 0, 0));
//! assert_eq!(words[1].0, "احمد");
//! assert_eq!(words[2].0, "المدرسه");
//! ```
//!
//! [tantivy]: https://docs.rs/tantivy

use tantivy_tokenizer_api::{Token, TokenStream, Tokenizer};

use crate::{Analyzer, Normalizer, Stemmer, Terms};

/// A tantivy tokenizer: an [`Analyzer`] (this crate's tokenizer, normalizer,
/// stop words and stemmer) as one `Copy` configuration.
///
/// Defaults ([`ArabicTokenizer::new`], the same as [`Analyzer::new`]):
/// [`Normalizer::SEARCH`], no stemming, stop words kept, numbers kept,
/// punctuation and symbols dropped. The setters below are [`Analyzer`]'s.
///
/// # Example
///
/// ```
/// use arabic_news::{Analyzer, Normalizer, Stemmer};
/// use arabic_news::tantivy::ArabicTokenizer;
///
/// let t = ArabicTokenizer::new()
///     .normalizer(Normalizer::SEARCH.fold_teh_marbuta(false))
///     .stemmer(Stemmer::new().light10(true))
///     .stem(true)
///     .keep_numbers(false);
/// let same = ArabicTokenizer::from(
///     Analyzer::new()
///         .normalizer(Normalizer::SEARCH.fold_teh_marbuta(false))
///         .stemmer(Stemmer::new().light10(true))
///         .stem(true)
///         .keep_numbers(false),
/// );
/// assert_eq!(t, same);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ArabicTokenizer {
    analyzer: Analyzer,
}

impl From<Analyzer> for ArabicTokenizer {
    /// The tokenizer that emits `analyzer`'s terms.
    fn from(analyzer: Analyzer) -> Self {
        ArabicTokenizer { analyzer }
    }
}

impl ArabicTokenizer {
    /// SEARCH-normalized words and numbers, unstemmed, punctuation dropped.
    ///
    /// # Example
    ///
    /// ```
    /// let t = arabic_news::tantivy::ArabicTokenizer::new();
    /// assert_eq!(t.analyzer(), arabic_news::Analyzer::new());
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        ArabicTokenizer { analyzer: Analyzer::new() }
    }

    /// The [`Analyzer`] whose terms this tokenizer emits.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Analyzer, tantivy::ArabicTokenizer};
    /// let a = Analyzer::new().stem(true);
    /// assert_eq!(ArabicTokenizer::from(a).analyzer(), a);
    /// ```
    #[must_use]
    pub const fn analyzer(&self) -> Analyzer {
        self.analyzer
    }

    /// The normalizer applied to every token's text; see [`Analyzer::normalizer`].
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Normalizer, tantivy::ArabicTokenizer};
    /// let t = ArabicTokenizer::new().normalizer(Normalizer::DISPLAY);
    /// # let _ = t;
    /// ```
    #[must_use]
    pub const fn normalizer(mut self, normalizer: Normalizer) -> Self {
        self.analyzer = self.analyzer.normalizer(normalizer);
        self
    }

    /// Whether word tokens are stemmed (after normalization); see [`Analyzer::stem`].
    ///
    /// # Example
    ///
    /// ```
    /// let t = arabic_news::tantivy::ArabicTokenizer::new().stem(true);
    /// # let _ = t;
    /// ```
    #[must_use]
    pub const fn stem(mut self, yes: bool) -> Self {
        self.analyzer = self.analyzer.stem(yes);
        self
    }

    /// The stemmer used when [`stem`](Self::stem) is on (default:
    /// Lucene-compatible); see [`Analyzer::stemmer`].
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Stemmer, tantivy::ArabicTokenizer};
    /// let t = ArabicTokenizer::new().stemmer(Stemmer::new().light10(true)).stem(true);
    /// # let _ = t;
    /// ```
    #[must_use]
    pub const fn stemmer(mut self, stemmer: Stemmer) -> Self {
        self.analyzer = self.analyzer.stemmer(stemmer);
        self
    }

    /// Whether number tokens (`2023`, `١٬٠٠٠`) are indexed; see [`Analyzer::keep_numbers`].
    ///
    /// # Example
    ///
    /// ```
    /// let t = arabic_news::tantivy::ArabicTokenizer::new().keep_numbers(false);
    /// # let _ = t;
    /// ```
    #[must_use]
    pub const fn keep_numbers(mut self, yes: bool) -> Self {
        self.analyzer = self.analyzer.keep_numbers(yes);
        self
    }

    /// Whether punctuation and symbol tokens are dropped (the default) or
    /// indexed; see [`Analyzer::drop_punctuation`].
    ///
    /// # Example
    ///
    /// ```
    /// let t = arabic_news::tantivy::ArabicTokenizer::new().drop_punctuation(false);
    /// # let _ = t;
    /// ```
    #[must_use]
    pub const fn drop_punctuation(mut self, yes: bool) -> Self {
        self.analyzer = self.analyzer.drop_punctuation(yes);
        self
    }

    /// Whether Arabic stop words ([`is_stop_word`](crate::is_stop_word)) are
    /// dropped (off by default). Dropped words still advance the position, so
    /// phrase queries keep their gaps; see [`Analyzer::stop_words`].
    ///
    /// # Example
    ///
    /// ```
    /// let t = arabic_news::tantivy::ArabicTokenizer::new().stop_words(true);
    /// # let _ = t;
    /// ```
    #[must_use]
    pub const fn stop_words(mut self, yes: bool) -> Self {
        self.analyzer = self.analyzer.stop_words(yes);
        self
    }

    /// Words never stemmed (Lucene's stem exclusion set), written in their
    /// normalized form; see [`Analyzer::protected`].
    ///
    /// # Example
    ///
    /// ```
    /// static KEEP: &[&str] = &["الجزيره"];
    /// let t = arabic_news::tantivy::ArabicTokenizer::new().stem(true).protected(KEEP);
    /// # let _ = t;
    /// ```
    #[must_use]
    pub const fn protected(mut self, words: &'static [&'static str]) -> Self {
        self.analyzer = self.analyzer.protected(words);
        self
    }
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = ArabicTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ArabicTokenStream<'a> {
        ArabicTokenStream { terms: self.analyzer.terms(text), token: Token::default() }
    }
}

/// The token stream of an [`ArabicTokenizer`] over one text: the terms of
/// [`Analyzer::terms`] as tantivy tokens.
///
/// # Example
///
/// ```
/// use arabic_news::tantivy::ArabicTokenizer;
/// use tantivy_tokenizer_api::{TokenStream, Tokenizer};
///
/// let mut t = ArabicTokenizer::new();
/// let mut stream = t.token_stream("مرحبا");
/// assert!(stream.advance());
/// assert_eq!(stream.token().text, "مرحبا");
/// ```
#[derive(Debug, Clone)]
pub struct ArabicTokenStream<'a> {
    terms: Terms<'a>,
    token: Token,
}

impl TokenStream for ArabicTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let out = &mut self.token;
        let Some((span, position)) = self.terms.next_into(&mut out.text) else { return false };
        out.offset_from = span.start;
        out.offset_to = span.end;
        out.position = position;
        out.position_length = 1;
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}
