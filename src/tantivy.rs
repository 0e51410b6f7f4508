//! A [tantivy] tokenizer for Arabic text (feature `tantivy`).
//!
//! [`ArabicTokenizer`] runs this crate's [`tokenize`](crate::tokenize) over a
//! field's text and emits one tantivy token per word (and, by default, per
//! number, hashtag, mention, URL and e-mail), each normalized with
//! [`Normalizer::SEARCH`] (or the normalizer you choose) and optionally stemmed,
//! with its byte offsets into the original text and its position. So أحمد,
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

use crate::{Normalizer, Stemmer, TokenKind, Tokens};

/// A tantivy tokenizer: this crate's tokenizer, normalizer and (optionally)
/// stemmer, as one `Copy` configuration.
///
/// Defaults ([`ArabicTokenizer::new`]): [`Normalizer::SEARCH`], no stemming,
/// numbers kept, punctuation and symbols dropped.
///
/// # Example
///
/// ```
/// use arabic_news::{Normalizer, Stemmer};
/// use arabic_news::tantivy::ArabicTokenizer;
///
/// let t = ArabicTokenizer::new()
///     .normalizer(Normalizer::SEARCH.fold_teh_marbuta(false))
///     .stemmer(Stemmer::new().light10(true))
///     .stem(true)
///     .keep_numbers(false);
/// # let _ = t;
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArabicTokenizer {
    normalizer: Normalizer,
    stemmer: Stemmer,
    stem: bool,
    keep_numbers: bool,
    drop_punctuation: bool,
    stop_words: bool,
    protected: &'static [&'static str],
}

impl Default for ArabicTokenizer {
    fn default() -> Self {
        ArabicTokenizer::new()
    }
}

impl ArabicTokenizer {
    /// SEARCH-normalized words and numbers, unstemmed, punctuation dropped.
    ///
    /// # Example
    ///
    /// ```
    /// let t = arabic_news::tantivy::ArabicTokenizer::new();
    /// # let _ = t;
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        ArabicTokenizer {
            normalizer: Normalizer::SEARCH,
            stemmer: Stemmer::new(),
            stem: false,
            keep_numbers: true,
            drop_punctuation: true,
            stop_words: false,
            protected: &[],
        }
    }

    /// The normalizer applied to every token's text.
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
        self.normalizer = normalizer;
        self
    }

    /// Whether word tokens are stemmed (after normalization).
    ///
    /// # Example
    ///
    /// ```
    /// let t = arabic_news::tantivy::ArabicTokenizer::new().stem(true);
    /// # let _ = t;
    /// ```
    #[must_use]
    pub const fn stem(mut self, yes: bool) -> Self {
        self.stem = yes;
        self
    }

    /// The stemmer used when [`stem`](Self::stem) is on (default: Lucene-compatible).
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
        self.stemmer = stemmer;
        self
    }

    /// Whether number tokens (`2023`, `١٬٠٠٠`) are indexed.
    ///
    /// # Example
    ///
    /// ```
    /// let t = arabic_news::tantivy::ArabicTokenizer::new().keep_numbers(false);
    /// # let _ = t;
    /// ```
    #[must_use]
    pub const fn keep_numbers(mut self, yes: bool) -> Self {
        self.keep_numbers = yes;
        self
    }

    /// Whether punctuation and symbol tokens are dropped (the default) or indexed.
    ///
    /// # Example
    ///
    /// ```
    /// let t = arabic_news::tantivy::ArabicTokenizer::new().drop_punctuation(false);
    /// # let _ = t;
    /// ```
    #[must_use]
    pub const fn drop_punctuation(mut self, yes: bool) -> Self {
        self.drop_punctuation = yes;
        self
    }

    /// Whether Arabic stop words ([`is_stop_word`](crate::is_stop_word)) are
    /// dropped (off by default). Dropped words still advance the position, so
    /// phrase queries keep their gaps.
    ///
    /// # Example
    ///
    /// ```
    /// let t = arabic_news::tantivy::ArabicTokenizer::new().stop_words(true);
    /// # let _ = t;
    /// ```
    #[must_use]
    pub const fn stop_words(mut self, yes: bool) -> Self {
        self.stop_words = yes;
        self
    }

    /// Words never stemmed (Lucene's stem exclusion set), written in their
    /// normalized form; a token whose normalized text is in `words` is indexed
    /// unstemmed.
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
        self.protected = words;
        self
    }

    /// Whether a token of `kind` is emitted.
    fn keeps(&self, kind: TokenKind) -> bool {
        match kind {
            TokenKind::Space => false,
            TokenKind::Number => self.keep_numbers,
            TokenKind::Punct | TokenKind::Symbol => !self.drop_punctuation,
            _ => true,
        }
    }
}

impl Tokenizer for ArabicTokenizer {
    type TokenStream<'a> = ArabicTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> ArabicTokenStream<'a> {
        ArabicTokenStream { config: *self, tokens: crate::tokenize(text), token: Token::default() }
    }
}

/// The token stream of an [`ArabicTokenizer`] over one text.
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
    config: ArabicTokenizer,
    tokens: Tokens<'a>,
    token: Token,
}

impl TokenStream for ArabicTokenStream<'_> {
    fn advance(&mut self) -> bool {
        for t in self.tokens.by_ref() {
            let kind = t.kind();
            if !self.config.keeps(kind) {
                continue;
            }
            let out = &mut self.token;
            if self.config.stop_words && crate::is_stop_word(t.as_str()) {
                out.position = out.position.wrapping_add(1);
                continue;
            }
            out.text.clear();
            self.config.normalizer.normalize_into(t.as_str(), &mut out.text);
            if out.text.is_empty() {
                continue; // e.g. a lone invisible mark
            }
            if self.config.stem
                && matches!(kind, TokenKind::Word(_))
                && !self.config.protected.contains(&out.text.as_str())
            {
                let stem = self.config.stemmer.stem_range(&out.text);
                out.text.truncate(stem.end);
                out.text.drain(..stem.start);
            }
            let span = t.span();
            out.offset_from = span.start;
            out.offset_to = span.end;
            out.position = out.position.wrapping_add(1);
            out.position_length = 1;
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}
