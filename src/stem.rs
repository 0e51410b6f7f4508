//! A light Arabic stemmer: affix removal only, for search indexes.
//!
//! [`stem`] and [`Stemmer`] remove at most a few letters from the ends of a word
//! and return a sub-slice of it: no letter is ever rewritten or added. They work
//! on words normalized with [`Normalizer::SEARCH`](crate::Normalizer::SEARCH)
//! (alef variants folded, teh marbuta folded, diacritics and tatweel removed).
//! On un-normalized input they still return a sub-slice and never panic, but
//! they match only the affixes exactly as listed: `الـكتاب` (with tatweel) or
//! `أبناؤها` keep affixes a normalized word would lose, and a word ending in ة
//! loses it, where the normalized ه would also be removed.
//!
//! # The two modes
//!
//! - **Lucene** (the default, [`Stemmer::new`]): Lucene's `ArabicStemmer`, the
//!   light stemmer of Larkey, Ballesteros and Connell. At most one prefix, the
//!   first of ال وال بال كال فال لل و that the word starts with, removed when at
//!   least two letters remain (three for the one-letter و). Then each suffix of
//!   ها ان ات ون ين يه ية ه ة ي, in that order, removed when the word ends with it
//!   and at least two letters remain.
//! - **Light10** ([`Stemmer::light10`]): Larkey's light10 as published: و is
//!   removed first (when three letters remain), *then* a definite article
//!   ال وال بال كال فال لل (when two remain), then the same suffixes. So
//!   وبالكتاب → كتاب, where Lucene stops at بالكتاب. More recall, a little less
//!   precision.
//!
//! Lengths count characters, as Lucene counts UTF-16 units (the same thing for
//! Arabic letters).
//!
//! # Example
//!
//! ```
//! use arabic_news::{Stemmer, stem};
//!
//! assert_eq!(stem("والمعلمون"), "معلم");
//! assert_eq!(stem("وبالكتاب"), "بالكتاب");
//! assert_eq!(Stemmer::new().light10(true).stem("وبالكتاب"), "كتاب");
//! ```

/// The definite-article prefixes, in Lucene's order. `و` comes last in the
/// Lucene list and is handled apart in light10.
const ARTICLES: [&str; 6] = ["ال", "وال", "بال", "كال", "فال", "لل"];

/// The suffixes, tried once each in this order.
const SUFFIXES: [&str; 10] = ["ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي"];

/// The conjunction و ("and"), a one-letter prefix.
const WAW: &str = "و";

/// A light stemmer configuration.
///
/// `Copy`, built with `const fn`s, so it can live in a `const` or `static`.
///
/// # Example
///
/// ```
/// use arabic_news::Stemmer;
///
/// static RECALL: Stemmer = Stemmer::new().light10(true);
/// assert_eq!(RECALL.stem("وللمدارس"), "مدارس");
/// assert_eq!(Stemmer::new().stem("وللمدارس"), "للمدارس");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Stemmer {
    light10: bool,
}

impl Stemmer {
    /// The Lucene-compatible light stemmer (the default).
    ///
    /// # Example
    ///
    /// ```
    /// assert_eq!(arabic_news::Stemmer::new().stem("الحسن"), "حسن");
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Stemmer { light10: false }
    }

    /// Uses Larkey's light10 prefix rule: و, then a definite article.
    ///
    /// # Example
    ///
    /// ```
    /// let s = arabic_news::Stemmer::new().light10(true);
    /// assert_eq!(s.stem("والكتاب"), "كتاب");
    /// assert_eq!(s.stem("وكالكتاب"), "كتاب");
    /// ```
    #[must_use]
    pub const fn light10(mut self, yes: bool) -> Self {
        self.light10 = yes;
        self
    }

    /// Stems `word`, returning a sub-slice of it.
    ///
    /// Never panics; a word too short to lose an affix comes back whole, and a
    /// non-empty word never stems to an empty one.
    ///
    /// # Example
    ///
    /// ```
    /// let s = arabic_news::Stemmer::new();
    /// assert_eq!(s.stem("مشروبات"), "مشروب");
    /// assert_eq!(s.stem("English"), "English");
    /// ```
    #[must_use]
    pub fn stem<'a>(&self, word: &'a str) -> &'a str {
        let mut w = word;
        let mut len = char_len(w);
        if self.light10 {
            if let Some(rest) = strip_prefix_min(w, len, WAW, 3) {
                w = rest;
                len -= 1;
            }
            if let Some((rest, n)) = ARTICLES
                .iter()
                .find_map(|p| strip_prefix_min(w, len, p, 2).map(|rest| (rest, p.chars().count())))
            {
                w = rest;
                len -= n;
            }
        } else if let Some((rest, n)) =
            ARTICLES.iter().map(|p| (p, 2)).chain([(&WAW, 3)]).find_map(|(p, min)| {
                strip_prefix_min(w, len, p, min).map(|rest| (rest, p.chars().count()))
            })
        {
            w = rest;
            len -= n;
        }
        for suffix in SUFFIXES {
            if let Some(rest) = strip_suffix_min(w, len, suffix) {
                w = rest;
                len -= suffix.chars().count();
            }
        }
        w
    }
}

/// `w` without `prefix` when it starts with it and at least `min` characters
/// remain; `len` is `w`'s length in characters.
fn strip_prefix_min<'a>(w: &'a str, len: usize, prefix: &str, min: usize) -> Option<&'a str> {
    let plen = prefix.len() / 2; // every affix letter is a two-byte Arabic letter
    if len < plen + min {
        return None;
    }
    w.strip_prefix(prefix)
}

/// `w` without `suffix` when it ends with it and at least two characters remain.
fn strip_suffix_min<'a>(w: &'a str, len: usize, suffix: &str) -> Option<&'a str> {
    if len < suffix.len() / 2 + 2 {
        return None;
    }
    w.strip_suffix(suffix)
}

/// The number of characters in `s` (its non-continuation bytes).
fn char_len(s: &str) -> usize {
    s.bytes().filter(|&b| (b as i8) >= -0x40).count()
}

/// Stems `word` with the default (Lucene-compatible) [`Stemmer`].
///
/// # Example
///
/// ```
/// assert_eq!(arabic_news::stem("ساهدات"), "ساهد");
/// ```
#[must_use]
pub fn stem(word: &str) -> &str {
    Stemmer::new().stem(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affix_letters_are_two_bytes() {
        for a in ARTICLES.iter().chain(SUFFIXES.iter()).chain([&WAW]) {
            assert_eq!(a.len(), 2 * a.chars().count(), "{a}");
        }
    }

    #[test]
    fn char_len_counts_chars() {
        for s in ["", "abc", "كتاب", "x😀ب"] {
            assert_eq!(char_len(s), s.chars().count());
        }
    }

    #[test]
    fn minimum_lengths() {
        assert_eq!(stem("وحسن"), "حسن"); // و needs three letters after it
        assert_eq!(stem("وحس"), "وحس");
        assert_eq!(stem("الو"), "الو"); // ال needs two letters after it
        assert_eq!(stem("كتبي"), "كتب");
        assert_eq!(stem("بي"), "بي");
    }

    #[test]
    fn suffixes_apply_in_order_once_each() {
        assert_eq!(stem("ساهدهات"), "ساهد"); // ات, then ه
        assert_eq!(stem("مدرستها"), "مدرست");
    }
}
