//! The crate's single error type.

/// The error returned by the fallible parts of this crate (article parsing).
///
/// The normalizer, the tokenizer and the date parser never fail; only
/// the article parser (`parse` and its relatives) returns this error, when the input
/// holds no article at all or is larger than the configured limit.
///
/// The error is opaque: ask [`Error::kind`] what went wrong and
/// [`Error::offset`] where.
///
/// # Example
///
/// ```
/// use arabic_news::{Error, ErrorKind};
///
/// let err = Error::new(ErrorKind::Empty, 0);
/// assert_eq!(err.kind(), &ErrorKind::Empty);
/// assert_eq!(err.to_string(), "input holds no text (at byte 0)");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind} (at byte {offset})")]
pub struct Error {
    kind: ErrorKind,
    offset: usize,
}

impl Error {
    /// Builds an error of `kind` found at byte `offset` of the input.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Error, ErrorKind};
    /// let err = Error::new(ErrorKind::NoArabic, 12);
    /// assert_eq!(err.offset(), 12);
    /// ```
    #[must_use]
    pub const fn new(kind: ErrorKind, offset: usize) -> Self {
        Error { kind, offset }
    }

    /// What went wrong.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Error, ErrorKind};
    /// assert_eq!(Error::new(ErrorKind::Empty, 0).kind(), &ErrorKind::Empty);
    /// ```
    #[must_use]
    pub const fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The byte offset in the input where the problem was found.
    ///
    /// # Example
    ///
    /// ```
    /// use arabic_news::{Error, ErrorKind};
    /// assert_eq!(Error::new(ErrorKind::InvalidUtf8, 7).offset(), 7);
    /// ```
    #[must_use]
    pub const fn offset(&self) -> usize {
        self.offset
    }
}

/// The kinds of [`Error`].
///
/// # Example
///
/// ```
/// use arabic_news::ErrorKind;
/// let kind = ErrorKind::TooLarge { size: 10, limit: 5 };
/// assert_eq!(kind.to_string(), "input of 10 bytes is over the size limit of 5 bytes");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is empty or holds only white space and invisible characters.
    #[error("input holds no text")]
    Empty,
    /// The input holds text, but no Arabic letter, so no Arabic article.
    #[error("input holds no arabic text")]
    NoArabic,
    /// The input is larger than the parser's size limit.
    #[error("input of {size} bytes is over the size limit of {limit} bytes")]
    TooLarge {
        /// The size of the input in bytes.
        size: usize,
        /// The configured limit in bytes.
        limit: usize,
    },
    /// The input bytes are not valid UTF-8; the error's offset is the first bad byte.
    #[error("invalid utf-8")]
    InvalidUtf8,
}
