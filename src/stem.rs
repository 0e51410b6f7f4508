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
//! # Not idempotent, on purpose
//!
//! A stem is not a word, and stemming it again removes more: Lucene's
//! الوزير → وزير, and again → زير. On the bulk news corpus 2.0% of the word
//! tokens (15,166 of 751,855) change when stemmed twice (مدينه → مدين → مد,
//! الوزاره → وزار → زار). A stemmer made idempotent by repeating its rules to a
//! fixed point would index those wrong stems, and would no longer produce
//! Lucene's terms. So both modes apply each rule once, as Lucene does; stem
//! each document and query word exactly once.
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

use std::ops::Range;

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
    #[inline]
    pub fn stem<'a>(&self, word: &'a str) -> &'a str {
        &word[self.stem_range(word)]
    }

    /// The byte range of [`stem`](Self::stem)'s result within `word`: what an
    /// index that keeps the original text (or a highlighter) needs.
    ///
    /// # Example
    ///
    /// ```
    /// let s = arabic_news::Stemmer::new();
    /// assert_eq!(s.stem_range("الكتاب"), 4..12);
    /// assert_eq!(&"الكتاب"[s.stem_range("الكتاب")], "كتاب");
    /// ```
    #[must_use]
    // Always inlined: callers stem in their inner loops, and inlined into a
    // caller with a known `Stemmer` the mode test folds away (10% faster in
    // the `stem` bench than a call).
    #[inline(always)]
    pub fn stem_range(&self, word: &str) -> Range<usize> {
        let b = word.as_bytes();
        // Every affix is made of two-byte Arabic letters, so removing one keeps
        // both ends on char boundaries. Affixes are compared as integers, and
        // lengths are checked only when an affix matches, only as far as the
        // rule needs: no count of the word's characters, no `memcmp` call.
        let start = if self.light10 {
            // light10: و, then one of the articles.
            let w = waw_len(b);
            w + article_len(&b[w..])
        } else {
            // Lucene: the first of the articles, else و; never both.
            match article_len(b) {
                0 => waw_len(b),
                n => n,
            }
        };
        start..suffixes_end(b, start)
    }
}

/// `s`'s bytes as a little-endian integer (`s` at most 8 bytes long).
const fn le(s: &str) -> u64 {
    let b = s.as_bytes();
    assert!(b.len() <= 8);
    let mut v = 0;
    let mut i = 0;
    while i < b.len() {
        v |= (b[i] as u64) << (8 * i);
        i += 1;
    }
    v
}

/// [`ARTICLES`] as (little-endian bytes, byte length), in order.
const ARTICLE_KEYS: [(u64, usize); ARTICLES.len()] = {
    let mut t = [(0, 0); ARTICLES.len()];
    let mut k = 0;
    while k < ARTICLES.len() {
        t[k] = (le(ARTICLES[k]), ARTICLES[k].len());
        k += 1;
    }
    t
};

/// The byte length of the first of [`ARTICLES`] that `b` starts with, when
/// two characters remain after it; else 0.
#[inline]
fn article_len(b: &[u8]) -> usize {
    // An article (four or six bytes) and two characters need six bytes.
    let Some(c) = b.first_chunk::<6>() else { return 0 };
    let head = u64::from(u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        | u64::from(u16::from_le_bytes([c[4], c[5]])) << 32;
    let mut n = 0;
    for (key, len) in ARTICLE_KEYS {
        let mask = u64::MAX >> (64 - 8 * len);
        if n == 0 && head & mask == key {
            n = len;
        }
    }
    if n > 0 && at_least(&b[n..], 2) { n } else { 0 }
}

/// [`WAW`]'s two bytes, little-endian.
const WAW_KEY: u16 = le(WAW) as u16;

/// The byte length of a leading و when three characters remain after it; else 0.
#[inline]
fn waw_len(b: &[u8]) -> usize {
    match b.first_chunk::<2>() {
        Some(&c) if u16::from_le_bytes(c) == WAW_KEY && at_least(&b[2..], 3) => 2,
        _ => 0,
    }
}

/// For each final letter in U+0600–U+067F (lead byte 0xD8 or 0xD9: its low
/// bit, then the trail byte's low six bits), the set of [`SUFFIXES`] (bit `k`
/// for `SUFFIXES[k]`) that end with it. Built from the list at compile time.
static ENDING_IN: [u16; 128] = {
    let mut t = [0u16; 128];
    let mut k = 0;
    while k < SUFFIXES.len() {
        let s = SUFFIXES[k].as_bytes();
        let (lead, trail) = (s[s.len() - 2], s[s.len() - 1]);
        assert!(lead == 0xD8 || lead == 0xD9);
        t[letter_index(lead, trail)] |= 1 << k;
        k += 1;
    }
    t
};

/// The [`ENDING_IN`] slot of the two-byte letter `lead trail`.
#[inline]
const fn letter_index(lead: u8, trail: u8) -> usize {
    (((lead & 1) as usize) << 6) | (trail & 0x3F) as usize
}

/// Where the stem `b[start..]` ends once each of [`SUFFIXES`] is removed, in
/// order, when the stem ends with it and two characters remain. Only the
/// suffixes ending in the stem's last letter are tried (most words end in
/// none: one table lookup).
#[inline]
fn suffixes_end(b: &[u8], start: usize) -> usize {
    let mut end = b.len();
    // The suffixes not tried yet.
    let mut left = u16::MAX;
    'next: while end >= start + 2 {
        let (lead, trail) = (b[end - 2], b[end - 1]);
        let arabic = lead & 0xFE == 0xD8;
        let mut candidates = if arabic { ENDING_IN[letter_index(lead, trail)] & left } else { 0 };
        while candidates != 0 {
            let k = candidates.trailing_zeros() as usize;
            candidates &= candidates - 1;
            // The last letter matches; a two-letter suffix needs its first too.
            let p = SUFFIXES[k].as_bytes();
            let cut = end.wrapping_sub(p.len());
            let first = p.len() == 2 || (end - start >= 4 && b[cut] == p[0] && b[cut + 1] == p[1]);
            if first && at_least(&b[start..cut], 2) {
                end = cut;
                left = u16::MAX << (k + 1);
                continue 'next;
            }
        }
        break;
    }
    end
}

/// Whether `s`, which starts on a char boundary, holds at least `min`
/// characters: steps over `min - 1` characters by their lead bytes (one step
/// for the usual two-character rule) instead of counting them all.
#[inline]
fn at_least(s: &[u8], min: usize) -> bool {
    if min == 0 {
        return true;
    }
    let mut at = 0;
    for _ in 1..min {
        match s.get(at) {
            // A lead byte's leading ones give its sequence length (none: ASCII).
            Some(&b) => at += ((!b).leading_zeros() as usize).max(1),
            None => return false,
        }
    }
    at < s.len()
}

/// Stems `word` with the default (Lucene-compatible) [`Stemmer`].
///
/// # Example
///
/// ```
/// assert_eq!(arabic_news::stem("ساهدات"), "ساهد");
/// ```
#[must_use]
#[inline]
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
    fn each_article_is_recognized() {
        for a in ARTICLES {
            assert_eq!(article_len(format!("{a}كتاب").as_bytes()), a.len(), "{a}");
            assert_eq!(article_len(format!("{a}ك").as_bytes()), 0, "{a}");
        }
    }

    #[test]
    fn the_suffix_table_lists_each_suffix_under_its_last_letter() {
        for (k, suffix) in SUFFIXES.iter().enumerate() {
            let s = suffix.as_bytes();
            let (lead, trail) = (s[s.len() - 2], s[s.len() - 1]);
            assert_ne!(ENDING_IN[letter_index(lead, trail)] & (1 << k), 0);
        }
        let listed: u32 = ENDING_IN.iter().map(|m| m.count_ones()).sum();
        assert_eq!(listed as usize, SUFFIXES.len());
    }

    #[test]
    fn at_least_counts_chars() {
        for s in ["", "a", "abc", "كتاب", "x😀ب", "😀😀", "ب😀"] {
            for min in 0..=4 {
                assert_eq!(at_least(s.as_bytes(), min), s.chars().count() >= min, "{s} {min}");
            }
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
