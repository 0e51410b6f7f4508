//! Arabic normalization (issue #2). SKELETON: the API is fixed, the body is being written.

use std::borrow::Cow;

/// A normalization configuration: which operations to apply.
///
/// # Example
///
/// ```
/// use arabic_news::Normalizer;
/// let n = Normalizer::SEARCH;
/// let _ = n.normalize("أحمد");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Normalizer {
    _private: (),
}

impl Normalizer {
    /// For indexes and matching.
    pub const SEARCH: Normalizer = Normalizer::new();
    /// Lossless for a reader.
    pub const DISPLAY: Normalizer = Normalizer::new();

    /// A normalizer that changes nothing.
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Normalizer::new().normalize("أ"), "أ");
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Normalizer { _private: () }
    }

    /// Normalizes `text`, borrowing it when nothing changes.
    ///
    /// # Example
    ///
    /// ```
    /// let _ = arabic_news::Normalizer::SEARCH.normalize("نص");
    /// ```
    #[must_use]
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        Cow::Borrowed(text)
    }

    /// Appends the normalized `text` to `out`.
    ///
    /// # Example
    ///
    /// ```
    /// let mut out = String::new();
    /// arabic_news::Normalizer::SEARCH.normalize_into("نص", &mut out);
    /// ```
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        out.push_str(&self.normalize(text));
    }
}

/// Normalizes with [`Normalizer::SEARCH`].
///
/// # Example
///
/// ```
/// let _ = arabic_news::normalize("أحمد");
/// ```
#[must_use]
pub fn normalize(text: &str) -> Cow<'_, str> {
    Normalizer::SEARCH.normalize(text)
}
