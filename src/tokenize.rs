//! The tokenizer (issue #3). SKELETON: `Span` is final, the rest is being written.

use std::ops::Range;

/// A byte range `start..end` into the caller's text.
///
/// # Example
///
/// ```
/// use arabic_news::Span;
/// let text = "مرحبا بكم";
/// let span = Span::new(0, 10);
/// assert_eq!(&text[span], "مرحبا");
/// assert_eq!(std::ops::Range::from(span), 0..10);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// The first byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Span::new(2, 5).len(), 3);
    /// ```
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The length of the span in bytes.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Span::new(4, 4).len(), 0);
    /// ```
    #[must_use]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    ///
    /// # Example
    ///
    /// ```
    /// assert!(arabic_news::Span::new(4, 4).is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Range<usize> {
        span.start..span.end
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span { start: range.start, end: range.end }
    }
}

impl std::ops::Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}
