//! The analysis chain of a search index: tokenize, keep the words, drop stop
//! words, normalize, stem. [`Analyzer`] is its configuration, [`Analyzer::terms`]
//! runs it, and [`crate::tantivy::ArabicTokenizer`] is built on it.

use std::borrow::Cow;
use std::iter::FusedIterator;

use crate::normalize::Prepared;
use crate::{Normalizer, Script, Span, Stemmer, Token, TokenKind, Tokens, is_stop_word, tokenize};

/// The analysis chain every indexer needs, as one `Copy` configuration: this
/// crate's tokenizer, then (in this order) the token kinds kept, stop words
/// dropped, each term normalized, each word stemmed.
///
/// [`Analyzer::new`] keeps words, numbers, URLs, e-mails, hashtags and mentions,
/// drops white space, punctuation and symbols, normalizes with
/// [`Normalizer::SEARCH`], keeps stop words and does not stem. The setters are
/// `const fn`s, so a configuration can be a `const` or a `static`.
///
/// # Example
///
/// ```
/// use arabic_news::Analyzer;
///
/// const ANALYZER: Analyzer = Analyzer::new().stem(true).stop_words(true);
/// let terms: Vec<_> = ANALYZER.terms("ذهب الطلاب إلى المدرسة.").map(|t| t.as_str().to_owned()).collect();
/// assert_eq!(terms, ["ذهب", "طلاب", "مدرس"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Analyzer {
    normalizer: Normalizer,
    stemmer: Stemmer,
    stem: bool,
    stop_words: bool,
    keep_numbers: bool,
    drop_punctuation: bool,
    protected: &'static [&'static str],
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

impl Analyzer {
    /// SEARCH-normalized words, numbers, URLs, e-mails, hashtags and mentions;
    /// no stemming, stop words kept, punctuation and symbols dropped.
    ///
    /// # Example
    ///
    /// ```
    /// let terms: Vec<_> = arabic_news::Analyzer::new().terms("أحمد، في ٢٠٢٣").map(|t| t.as_str().to_owned()).collect();
    /// assert_eq!(terms, ["احمد", "في", "2023"]);
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Analyzer {
            normalizer: Normalizer::SEARCH,
            stemmer: Stemmer::new(),
            stem: false,
            stop_words: false,
            keep_numbers: true,
            drop_punctuation: true,
            protected: &[],
        }
    }

    /// The normalizer applied to every term (default [`Normalizer::SEARCH`]).
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Analyzer, Normalizer};
    /// let a = Analyzer::new().normalizer(Normalizer::SEARCH.fold_teh_marbuta(false));
    /// assert_eq!(a.terms("مدرسة").next().unwrap().as_str(), "مدرسة");
    /// ```
    #[must_use]
    pub const fn normalizer(mut self, normalizer: Normalizer) -> Self {
        self.normalizer = normalizer;
        self
    }

    /// Whether words are stemmed, after normalization (off by default). Only
    /// [`TokenKind::Word`] terms are stemmed: numbers, URLs, e-mails, hashtags and
    /// mentions are not.
    ///
    /// # Example
    ///
    /// ```
    /// let a = arabic_news::Analyzer::new().stem(true);
    /// assert_eq!(a.terms("والمعلمون").next().unwrap().as_str(), "معلم");
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
    /// use arabic_news::{Analyzer, Stemmer};
    /// let a = Analyzer::new().stemmer(Stemmer::new().light10(true)).stem(true);
    /// assert_eq!(a.terms("وبالكتاب").next().unwrap().as_str(), "كتاب");
    /// ```
    #[must_use]
    pub const fn stemmer(mut self, stemmer: Stemmer) -> Self {
        self.stemmer = stemmer;
        self
    }

    /// Whether Arabic stop words ([`is_stop_word`], tested on the word as
    /// written) are dropped (off by default).
    ///
    /// A dropped stop word still takes a [position](Term::position), as in
    /// tantivy's `StopWordFilter` and Lucene's `StopFilter`: the terms around it
    /// are two positions apart, so a phrase query built by the same analyzer
    /// still matches.
    ///
    /// # Example
    ///
    /// ```
    /// let a = arabic_news::Analyzer::new().stop_words(true);
    /// let terms: Vec<_> = a.terms("عاد إلى بيته").map(|t| (t.as_str().to_owned(), t.position())).collect();
    /// assert_eq!(terms, [("عاد".to_owned(), 0), ("بيته".to_owned(), 2)]);
    /// ```
    #[must_use]
    pub const fn stop_words(mut self, yes: bool) -> Self {
        self.stop_words = yes;
        self
    }

    /// Whether number tokens (`2023`, `١٬٠٠٠`) are terms (on by default).
    ///
    /// # Example
    ///
    /// ```
    /// let a = arabic_news::Analyzer::new().keep_numbers(false);
    /// assert_eq!(a.terms("عام 2023").count(), 1);
    /// ```
    #[must_use]
    pub const fn keep_numbers(mut self, yes: bool) -> Self {
        self.keep_numbers = yes;
        self
    }

    /// Whether punctuation and symbol tokens are dropped (the default) or are
    /// terms too.
    ///
    /// # Example
    ///
    /// ```
    /// let a = arabic_news::Analyzer::new().drop_punctuation(false);
    /// let terms: Vec<_> = a.terms("نعم؟").map(|t| t.as_str().to_owned()).collect();
    /// assert_eq!(terms, ["نعم", "؟"]);
    /// ```
    #[must_use]
    pub const fn drop_punctuation(mut self, yes: bool) -> Self {
        self.drop_punctuation = yes;
        self
    }

    /// Words never stemmed (Lucene's stem exclusion set), written in their
    /// normalized form: a word whose normalized text is in `words` is a term
    /// unstemmed.
    ///
    /// # Example
    ///
    /// ```
    /// static KEEP: &[&str] = &["الجزيره"];
    /// let a = arabic_news::Analyzer::new().stem(true).protected(KEEP);
    /// assert_eq!(a.terms("الجزيرة").next().unwrap().as_str(), "الجزيره");
    /// ```
    #[must_use]
    pub const fn protected(mut self, words: &'static [&'static str]) -> Self {
        self.protected = words;
        self
    }

    /// The terms of `text`: its tokens (see [`tokenize`]) of the kinds kept,
    /// without the stop words when they are dropped, each normalized and, for
    /// words, stemmed. A token whose normalized text is empty (a lone invisible
    /// mark kept as a symbol) is no term and takes no position.
    ///
    /// Each [`Term`] keeps the [`Span`] of its token in `text` and its
    /// [position](Term::position). Its text borrows from `text` when the
    /// normalizer and stemmer only cut the token (`Cow::Borrowed`), and is
    /// allocated only when a character changed.
    ///
    /// # Example
    ///
    /// ```
    /// use std::borrow::Cow;
    /// use arabic_news::{Analyzer, Span};
    ///
    /// let text = "قال المعلمون: الـمدرسة";
    /// let terms: Vec<_> = Analyzer::new().stem(true).terms(text).collect();
    /// assert_eq!(terms[1].as_str(), "معلم");
    /// assert_eq!(terms[1].span(), Span::new(7, 23));
    /// assert_eq!(&text[terms[1].span()], "المعلمون");
    /// assert!(matches!(terms[1].clone().into_text(), Cow::Borrowed(_))); // a slice of `text`
    /// assert_eq!((terms[2].as_str(), terms[2].position()), ("مدرس", 2));
    /// ```
    #[must_use]
    pub fn terms<'a>(&self, text: &'a str) -> Terms<'a> {
        Terms {
            analyzer: *self,
            normalizer: self.normalizer.prepare(),
            tokens: tokenize(text),
            position: 0,
        }
    }

    /// Whether a token of `kind` is a candidate term.
    #[inline(always)]
    const fn keeps(&self, kind: TokenKind) -> bool {
        match kind {
            TokenKind::Space => false,
            TokenKind::Number => self.keep_numbers,
            TokenKind::Punct | TokenKind::Symbol => !self.drop_punctuation,
            _ => true,
        }
    }
}

/// One term of [`Analyzer::terms`]: the analyzed text of a token, with the
/// token's span, kind and position.
///
/// `'a` is the lifetime of the text given to [`Analyzer::terms`]; the term's
/// text borrows from it when nothing had to change.
///
/// # Example
///
/// ```
/// use arabic_news::{Analyzer, Script, Span, TokenKind};
///
/// let term = Analyzer::new().terms("  أَحمد").next().unwrap();
/// assert_eq!(term.as_str(), "احمد");
/// assert_eq!(term.span(), Span::new(2, 12));
/// assert_eq!(term.kind(), TokenKind::Word(Script::Arabic));
/// assert_eq!(term.position(), 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Term<'a> {
    text: Cow<'a, str>,
    span: Span,
    position: usize,
    kind: TokenKind,
}

impl<'a> Term<'a> {
    /// The term's text: normalized (and stemmed) as the analyzer says.
    ///
    /// # Example
    ///
    /// ```
    /// let term = arabic_news::Analyzer::new().terms("مدرسة").next().unwrap();
    /// assert_eq!(term.as_str(), "مدرسه");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The byte range of the term's token in the analyzed text (the token as
    /// written, before normalization and stemming).
    ///
    /// # Example
    ///
    /// ```
    /// let text = "في المدرسة";
    /// let term = arabic_news::Analyzer::new().terms(text).nth(1).unwrap();
    /// assert_eq!(&text[term.span()], "المدرسة");
    /// ```
    #[must_use]
    pub const fn span(&self) -> Span {
        self.span
    }

    /// The term's position: the number of candidate tokens before it (tokens of
    /// the kinds kept, stop words included even when they are dropped). The
    /// first term is at 0; terms with no stop word between them are one apart.
    ///
    /// # Example
    ///
    /// ```
    /// let a = arabic_news::Analyzer::new().stop_words(true);
    /// let positions: Vec<_> = a.terms("ذهب، هو، إلى البيت").map(|t| t.position()).collect();
    /// assert_eq!(positions, [0, 3]);
    /// ```
    #[must_use]
    pub const fn position(&self) -> usize {
        self.position
    }

    /// The kind of the term's token.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Analyzer, TokenKind};
    /// let term = Analyzer::new().terms("٢٠٢٣").next().unwrap();
    /// assert_eq!((term.as_str(), term.kind()), ("2023", TokenKind::Number));
    /// ```
    #[must_use]
    pub const fn kind(&self) -> TokenKind {
        self.kind
    }

    /// The term's text, borrowed from the analyzed text when nothing had to
    /// change but a cut, else owned.
    ///
    /// # Example
    ///
    /// ```
    /// use std::borrow::Cow;
    /// let mut terms = arabic_news::Analyzer::new().terms("مدرسه مدرسة");
    /// assert!(matches!(terms.next().unwrap().into_text(), Cow::Borrowed("مدرسه")));
    /// assert!(matches!(terms.next().unwrap().into_text(), Cow::Owned(_)));
    /// ```
    #[must_use]
    pub fn into_text(self) -> Cow<'a, str> {
        self.text
    }
}

/// The iterator of [`Analyzer::terms`].
///
/// `'a` is the lifetime of the analyzed text.
///
/// # Example
///
/// ```
/// let mut terms = arabic_news::Analyzer::new().terms("أولا، ثانيا");
/// assert_eq!(terms.next().unwrap().as_str(), "اولا");
/// assert_eq!(terms.as_str(), "، ثانيا");
/// ```
#[derive(Debug, Clone)]
pub struct Terms<'a> {
    analyzer: Analyzer,
    /// The analyzer's normalizer, its tables chosen once.
    normalizer: Prepared,
    tokens: Tokens<'a>,
    /// The position of the next candidate token.
    position: usize,
}

impl<'a> Terms<'a> {
    /// The part of the text not yet analyzed.
    ///
    /// # Example
    ///
    /// ```
    /// let mut terms = arabic_news::Analyzer::new().terms("أ ب");
    /// terms.next();
    /// assert_eq!(terms.as_str(), " ب");
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &'a str {
        self.tokens.as_str()
    }
}

impl<'a> Terms<'a> {
    /// The next token of a kind kept that is not a dropped stop word (a stop
    /// word still takes its position).
    #[inline(always)]
    fn next_candidate(&mut self) -> Option<Token<'a>> {
        let a = &self.analyzer;
        self.tokens.by_ref().find(|t| {
            let kind = t.kind();
            if !a.keeps(kind) {
                return false;
            }
            if a.stop_words && kind == TokenKind::Word(Script::Arabic) && is_stop_word(t.as_str()) {
                self.position += 1;
                return false;
            }
            true
        })
    }

    /// Whether the normalized `text` of a token of `kind` is stemmed.
    #[inline(always)]
    fn stems(&self, kind: TokenKind, text: &str) -> bool {
        let a = &self.analyzer;
        a.stem && matches!(kind, TokenKind::Word(_)) && !a.protected.contains(&text)
    }

    /// The next term written into `out` (cleared first), for callers that keep
    /// one buffer for every term (the tantivy token stream): the same terms as
    /// [`Iterator::next`], without allocating one `String` per changed term.
    /// Returns the term's span and position.
    #[cfg_attr(not(feature = "tantivy"), allow(dead_code))] // used by the tantivy token stream
    pub(crate) fn next_into(&mut self, out: &mut String) -> Option<(Span, usize)> {
        while let Some(t) = self.next_candidate() {
            out.clear();
            self.normalizer.append(t.as_str(), out);
            if out.is_empty() {
                continue; // e.g. a lone invisible mark
            }
            if self.stems(t.kind(), out) {
                let stem = self.analyzer.stemmer.stem_range(out);
                out.truncate(stem.end);
                out.drain(..stem.start);
            }
            let position = self.position;
            self.position += 1;
            return Some((t.span(), position));
        }
        None
    }
}

impl<'a> Iterator for Terms<'a> {
    type Item = Term<'a>;

    #[inline]
    fn next(&mut self) -> Option<Term<'a>> {
        while let Some(t) = self.next_candidate() {
            let kind = t.kind();
            let mut text = self.normalizer.normalize(t.as_str());
            if text.is_empty() {
                continue; // e.g. a lone invisible mark
            }
            if self.stems(kind, &text) {
                let stemmer = &self.analyzer.stemmer;
                text = match text {
                    Cow::Borrowed(s) => Cow::Borrowed(s.get(stemmer.stem_range(s)).unwrap_or(s)),
                    Cow::Owned(mut s) => {
                        let stem = stemmer.stem_range(&s);
                        s.truncate(stem.end);
                        s.drain(..stem.start);
                        Cow::Owned(s)
                    }
                };
            }
            let position = self.position;
            self.position += 1;
            return Some(Term { text, span: t.span(), position, kind });
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (0, self.tokens.size_hint().1)
    }
}

impl FusedIterator for Terms<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chain as a user writes it by hand, the specification of `terms`.
    fn by_hand(a: &Analyzer, text: &str) -> Vec<(String, Span, usize)> {
        let mut out = Vec::new();
        let mut position = 0;
        for t in tokenize(text).filter(|t| a.keeps(t.kind())) {
            if a.stop_words && is_stop_word(t.as_str()) {
                position += 1;
                continue;
            }
            let mut s = a.normalizer.normalize(t.as_str()).into_owned();
            if s.is_empty() {
                continue;
            }
            if a.stem && matches!(t.kind(), TokenKind::Word(_)) && !a.protected.contains(&&*s) {
                s = a.stemmer.stem(&s).to_owned();
            }
            out.push((s, t.span(), position));
            position += 1;
        }
        out
    }

    fn analyzed(a: &Analyzer, text: &str) -> Vec<(String, Span, usize)> {
        a.terms(text).map(|t| (t.as_str().to_owned(), t.span(), t.position())).collect()
    }

    /// `terms` through `next_into`, one buffer for every term (it starts dirty).
    fn analyzed_into(a: &Analyzer, text: &str) -> Vec<(String, Span, usize)> {
        let (mut terms, mut buffer) = (a.terms(text), String::from("left over"));
        std::iter::from_fn(|| {
            let (span, position) = terms.next_into(&mut buffer)?;
            Some((buffer.clone(), span, position))
        })
        .collect()
    }

    #[test]
    fn terms_equal_the_chain_by_hand() {
        static KEEP: &[&str] = &["الجزيره"];
        let text = "قال المعلمون في الجزيرة: إن الأسعار ارتفعت ١٢٫٥٪ عام 2023م، وذلك \u{200F}«بسبب» #الاقتصاد \u{064E} www.spa.gov.sa على علي";
        for stem in [false, true] {
            for stop in [false, true] {
                for numbers in [false, true] {
                    for punct in [false, true] {
                        let a = Analyzer::new()
                            .stem(stem)
                            .stop_words(stop)
                            .keep_numbers(numbers)
                            .drop_punctuation(punct)
                            .protected(KEEP);
                        assert_eq!(analyzed(&a, text), by_hand(&a, text), "{a:?}");
                        assert_eq!(analyzed_into(&a, text), by_hand(&a, text), "{a:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_normalizer_writes_the_same_terms_into_a_buffer() {
        let text = "إنّ الأسعار\u{200F} ارتفعت ﻷ ١٢٫٥ في مسؤولة ABC";
        let custom = Normalizer::SEARCH.fold_teh_marbuta(false).keep_shadda(true);
        for n in [Normalizer::SEARCH, Normalizer::DISPLAY, crate::stopwords::STOP_KEY, custom] {
            let a = Analyzer::new().normalizer(n).stem(true);
            assert_eq!(analyzed_into(&a, text), by_hand(&a, text), "{n:?}");
        }
    }

    #[test]
    fn unchanged_terms_borrow() {
        let text = "المعلمون مدرسه";
        for term in Analyzer::new().stem(true).terms(text) {
            assert!(matches!(term.into_text(), Cow::Borrowed(_)));
        }
        let term = Analyzer::new().stem(true).terms("المدرسة").next().unwrap();
        assert_eq!(term.as_str(), "مدرس");
    }

    #[test]
    fn stop_words_keep_their_positions() {
        let a = Analyzer::new().stop_words(true);
        let got: Vec<_> = a
            .terms("ذهب إلى المدرسة، ثم عاد")
            .map(|t| (t.as_str().to_owned(), t.position()))
            .collect();
        assert_eq!(got, [("ذهب".to_owned(), 0), ("المدرسه".to_owned(), 2), ("عاد".to_owned(), 4)]);
    }
}
