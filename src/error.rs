//! The crate's single error type.

/// The error returned by the fallible parts of this crate.
///
/// The normalizer, the tokenizer and the date parser never fail. The article
/// parser (`parse` and its relatives) returns this error when the input holds
/// no article at all (empty, no Arabic, markup instead of text), is larger
/// than the configured limit, or is not UTF-8; reading a [`Date`](crate::Date),
/// [`Time`](crate::Time) or [`UtcOffset`](crate::UtcOffset) from a string, and
/// converting from another crate's date types, return it for a value that
/// does not fit.
///
/// The error is opaque: ask [`Error::kind`] what went wrong and
/// [`Error::offset`] where. `Display` writes the kind's message, and the byte
/// offset only where it tells the reader something (invalid UTF-8).
///
/// # Example
///
/// ```
/// use arabic_news::{Error, ErrorKind};
///
/// let err = arabic_news::parse(" \n ").unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::Empty);
/// assert_eq!(err.to_string(), "input holds no text");
/// let err = arabic_news::parse_bytes(b"\xD8\xA7\xFF").unwrap_err();
/// assert_eq!(err.to_string(), "invalid utf-8 at byte 2");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
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

    /// The byte offset in the input where the problem was found: the first
    /// invalid byte, the start of the markup, the first visible character of
    /// text without Arabic; `0` for errors about the input as a whole (empty,
    /// too large) or about a value rather than an input.
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

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(&self.kind, f)?;
        match self.kind {
            ErrorKind::InvalidUtf8 => write!(f, " at byte {}", self.offset),
            _ => Ok(()),
        }
    }
}

impl std::error::Error for Error {}

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
    /// The input is markup (an HTML or XML document, or text that is mostly
    /// tags), not the visible text of a page; the error's offset is where the
    /// first tag starts. Extract the visible text first.
    #[error("input is html or xml markup, not page text: extract the visible text first")]
    Markup,
    /// A string or another crate's value is not a valid value of the type it
    /// was read into (see the `FromStr` and `TryFrom` implementations of
    /// [`Date`](crate::Date), [`Time`](crate::Time) and [`UtcOffset`](crate::UtcOffset)).
    #[error("expected {expected}")]
    InvalidValue {
        /// What the value should have been, such as `"a date YYYY-MM-DD"`.
        expected: &'static str,
    },
    /// An HTML page (feature `html`) has more elements than the parser's node
    /// limit; the error's offset is where the first element over it starts.
    #[error("html page of at least {nodes} elements is over the node limit of {limit} elements")]
    TooManyNodes {
        /// How many elements were counted (the count stops just past the limit).
        nodes: usize,
        /// The configured limit.
        limit: usize,
    },
    /// An HTML page (feature `html`) nests elements deeper than the HTML
    /// reader's depth limit; the error's offset is where the element over it starts.
    #[error("html page nests elements at least {depth} deep, over the depth limit of {limit}")]
    TooDeep {
        /// The depth reached (the scan stops just past the limit).
        depth: usize,
        /// The limit.
        limit: usize,
    },
}
