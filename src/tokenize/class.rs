//! The per-character classes the tokenizer works with, and the byte tables of its
//! hot path.
//!
//! Every character of the input falls into exactly one [`Class`]; the token rules
//! of the parent module are written in terms of these classes. The two tables
//! ([`ASCII`] and [`ARABIC`]) are built at compile time from the same `const`
//! functions as [`class`], so the fast byte paths and the general path cannot
//! disagree.

use crate::chars::{
    digit_value, is_arabic, is_arabic_letter, is_combining_mark, is_invisible, is_tatweel,
};

/// The class of one character. The order matters: the classes that continue an
/// Arabic word come first, so that `class as u8 <= Class::Mark as u8` tests it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Class {
    /// An Arabic letter ([`is_arabic_letter`], or any other alphabetic code point
    /// of the Arabic blocks), except the rial sign U+FDFC.
    ArabicLetter = 0,
    /// An Arabic combining mark or tatweel ([`is_combining_mark`], [`is_tatweel`]).
    ArabicMark = 1,
    /// ZWNJ U+200C or ZWJ U+200D.
    Joiner = 2,
    /// A combining mark of no particular script: U+0300–U+036F, U+1AB0–U+1AFF,
    /// U+1DC0–U+1DFF, U+20D0–U+20FF, U+FE00–U+FE0F, U+FE20–U+FE2F,
    /// U+E0100–U+E01EF (variation selectors included).
    Mark = 3,
    /// A Latin letter (see [`is_latin_letter`]).
    Latin = 4,
    /// Any other alphanumeric character (other scripts, non-decimal numerals).
    Other = 5,
    /// A decimal digit of [`digit_value`].
    Digit = 6,
    /// White space (Unicode `White_Space`) or an invisible format character
    /// ([`is_invisible`], except the joiners).
    Space = 7,
    /// Punctuation (see [`is_punct`]).
    Punct = 8,
    /// Everything else: symbols, currency, emoji, controls.
    Symbol = 9,
}

impl Class {
    /// Whether this class continues an Arabic word.
    #[inline(always)]
    pub(crate) const fn continues_arabic(self) -> bool {
        self as u8 <= Class::Mark as u8
    }

    /// Letters of any script.
    pub(crate) const fn is_letter(self) -> bool {
        matches!(self, Class::ArabicLetter | Class::Latin | Class::Other)
    }

    /// The classes a hashtag or mention body is made of (plus `_`).
    pub(crate) const fn is_tag_body(self) -> bool {
        (self as u8) <= Class::Digit as u8
    }
}

/// Unicode punctuation (general category P) of the blocks Arabic news text uses:
/// ASCII, Latin-1, Greek, Armenian, Hebrew, Arabic, General Punctuation,
/// Supplemental Punctuation, CJK, the ornate parentheses, the vertical, small and
/// full-width forms, and the bracket-like math delimiters. Other punctuation is
/// counted as a symbol.
pub(crate) const fn is_punct(c: char) -> bool {
    matches!(
        c,
        '!'..='#'
            | '%'..='*'
            | ','..='/'
            | ':'
            | ';'
            | '?'
            | '@'
            | '['..=']'
            | '_'
            | '{'
            | '}'
            | '\u{00A1}'
            | '\u{00A7}'
            | '\u{00AB}'
            | '\u{00B6}'
            | '\u{00B7}'
            | '\u{00BB}'
            | '\u{00BF}'
            | '\u{037E}'
            | '\u{0387}'
            | '\u{055A}'..='\u{055F}'
            | '\u{0589}'..='\u{058A}'
            | '\u{05BE}'
            | '\u{05C0}'
            | '\u{05C3}'
            | '\u{05C6}'
            | '\u{05F3}'..='\u{05F4}'
            | '\u{0609}'..='\u{060A}'
            | '\u{060C}'..='\u{060D}'
            | '\u{061B}'
            | '\u{061D}'..='\u{061F}'
            | '\u{066A}'..='\u{066D}'
            | '\u{06D4}'
            | '\u{2010}'..='\u{2027}'
            | '\u{2030}'..='\u{2043}'
            | '\u{2045}'..='\u{2051}'
            | '\u{2053}'..='\u{205E}'
            | '\u{207D}'..='\u{207E}'
            | '\u{208D}'..='\u{208E}'
            | '\u{2308}'..='\u{230B}'
            | '\u{2329}'..='\u{232A}'
            | '\u{2768}'..='\u{2775}'
            | '\u{27C5}'..='\u{27C6}'
            | '\u{27E6}'..='\u{27EF}'
            | '\u{2983}'..='\u{2998}'
            | '\u{29D8}'..='\u{29DB}'
            | '\u{29FC}'..='\u{29FD}'
            | '\u{2E00}'..='\u{2E2E}'
            | '\u{2E30}'..='\u{2E4F}'
            | '\u{2E52}'..='\u{2E5D}'
            | '\u{3001}'..='\u{3003}'
            | '\u{3008}'..='\u{3011}'
            | '\u{3014}'..='\u{301F}'
            | '\u{3030}'
            | '\u{303D}'
            | '\u{30A0}'
            | '\u{30FB}'
            | '\u{FD3E}'..='\u{FD3F}'
            | '\u{FE10}'..='\u{FE19}'
            | '\u{FE30}'..='\u{FE52}'
            | '\u{FE54}'..='\u{FE61}'
            | '\u{FE63}'
            | '\u{FE68}'
            | '\u{FE6A}'..='\u{FE6B}'
            | '\u{FF01}'..='\u{FF03}'
            | '\u{FF05}'..='\u{FF0A}'
            | '\u{FF0C}'..='\u{FF0F}'
            | '\u{FF1A}'..='\u{FF1B}'
            | '\u{FF1F}'..='\u{FF20}'
            | '\u{FF3B}'..='\u{FF3D}'
            | '\u{FF3F}'
            | '\u{FF5B}'
            | '\u{FF5D}'
            | '\u{FF5F}'..='\u{FF65}'
    )
}

/// Combining marks of no particular script (see [`Class::Mark`]).
pub(crate) const fn is_generic_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FE20}'..='\u{FE2F}'
            | '\u{E0100}'..='\u{E01EF}'
    )
}

/// Latin letters: the alphabetic code points of Basic Latin, Latin-1, Latin
/// Extended-A and -B, IPA, Latin Extended Additional, -C, -D, -E, the Latin
/// ligatures U+FB00–U+FB06 and the full-width Latin letters.
pub(crate) fn is_latin_letter(c: char) -> bool {
    matches!(
        c,
        'A'..='Z'
            | 'a'..='z'
            | '\u{00AA}'
            | '\u{00BA}'
            | '\u{00C0}'..='\u{02AF}'
            | '\u{1E00}'..='\u{1EFF}'
            | '\u{2C60}'..='\u{2C7F}'
            | '\u{A720}'..='\u{A7FF}'
            | '\u{AB30}'..='\u{AB6F}'
            | '\u{FB00}'..='\u{FB06}'
            | '\u{FF21}'..='\u{FF3A}'
            | '\u{FF41}'..='\u{FF5A}'
    ) && c.is_alphabetic()
}

/// The class of an ASCII character.
const fn ascii_class(b: u8) -> Class {
    match b {
        b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => Class::Space,
        b'0'..=b'9' => Class::Digit,
        b'A'..=b'Z' | b'a'..=b'z' => Class::Latin,
        _ if is_punct(b as char) => Class::Punct,
        _ => Class::Symbol,
    }
}

/// The class of a character of the Arabic block U+0600–U+06FF.
const fn arabic_block_class(c: char) -> Class {
    if is_invisible(c) {
        Class::Space // U+061C, the Arabic letter mark
    } else if digit_value(c).is_some() {
        Class::Digit
    } else if is_arabic_letter(c) {
        Class::ArabicLetter
    } else if is_combining_mark(c) || is_tatweel(c) {
        Class::ArabicMark
    } else if is_punct(c) {
        Class::Punct
    } else {
        Class::Symbol
    }
}

const fn build_ascii() -> [Class; 128] {
    let mut t = [Class::Symbol; 128];
    let mut i = 0;
    while i < 128 {
        t[i] = ascii_class(i as u8);
        i += 1;
    }
    t
}

const fn build_arabic() -> [Class; 256] {
    let mut t = [Class::Symbol; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32) {
            t[i] = arabic_block_class(c);
        }
        i += 1;
    }
    t
}

/// The class of each ASCII byte.
pub(crate) const ASCII: [Class; 128] = build_ascii();

/// The class of each code point U+0600–U+06FF, indexed by `cp - 0x600`. For the
/// two-byte UTF-8 sequence `b0 b1` with `b0` in `0xD8..=0xDB` that index is
/// `(b0 - 0xD8) << 6 | (b1 & 0x3F)`.
pub(crate) const ARABIC: [Class; 256] = build_arabic();

/// The class of any character.
pub(crate) fn class(c: char) -> Class {
    let u = c as u32;
    if u < 0x80 {
        return ASCII[u as usize];
    }
    if (0x0600..0x0700).contains(&u) {
        return ARABIC[(u - 0x0600) as usize];
    }
    if c == '\u{200C}' || c == '\u{200D}' {
        return Class::Joiner;
    }
    if is_punct(c) {
        // First, as « » “ ” — are common; the punctuation set is disjoint from
        // every set tested below (`punctuation_is_never_a_letter_digit_mark_or_space`).
        return Class::Punct;
    }
    if c.is_whitespace() || is_invisible(c) {
        return Class::Space;
    }
    if c == '\u{FDFC}' {
        return Class::Symbol; // the rial sign is currency, not a letter
    }
    if is_arabic_letter(c) {
        return Class::ArabicLetter;
    }
    if is_combining_mark(c) {
        return Class::ArabicMark;
    }
    if is_generic_mark(c) {
        return Class::Mark;
    }
    if is_latin_letter(c) {
        return Class::Latin;
    }
    if is_arabic(c) && c.is_alphabetic() {
        return Class::ArabicLetter;
    }
    if c.is_alphanumeric() {
        return Class::Other;
    }
    Class::Symbol
}

/// Decodes the character that starts at byte `i` of `b`, which must be the bytes
/// of a `str` with a char boundary at `i`. Returns the character and its length.
/// Never panics: out-of-range input yields U+FFFD and length 1.
#[inline]
pub(crate) fn decode(b: &[u8], i: usize) -> (char, usize) {
    let at = |k: usize| u32::from(b.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    let Some(&b0) = b.get(i) else { return ('\u{FFFD}', 1) };
    let (cp, len) = match b0 {
        0x00..=0x7F => (u32::from(b0), 1),
        0xC0..=0xDF => ((u32::from(b0 & 0x1F) << 6) | at(1), 2),
        0xE0..=0xEF => ((u32::from(b0 & 0x0F) << 12) | (at(1) << 6) | at(2), 3),
        _ => ((u32::from(b0 & 0x07) << 18) | (at(1) << 12) | (at(2) << 6) | at(3), 4),
    };
    (char::from_u32(cp).unwrap_or('\u{FFFD}'), len)
}

/// The class of the character at byte `i` and its length, with the fast table
/// paths for ASCII and the two-byte Arabic block.
#[inline(always)]
pub(crate) fn class_at(b: &[u8], i: usize) -> (Class, usize) {
    let b0 = b[i];
    if b0 < 0x80 {
        (ASCII[b0 as usize], 1)
    } else if b0.wrapping_sub(0xD8) < 4 {
        let b1 = b.get(i + 1).copied().unwrap_or(0);
        (ARABIC[(((b0 - 0xD8) as usize) << 6) | (b1 & 0x3F) as usize], 2)
    } else {
        let (c, len) = decode(b, i);
        (class(c), len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_agree_with_decode_and_class() {
        for u in 0..0x11_0000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            assert_eq!(decode(s.as_bytes(), 0), (c, s.len()));
            assert_eq!(class_at(s.as_bytes(), 0), (class(c), s.len()), "U+{u:04X}");
        }
    }

    #[test]
    fn punctuation_is_never_a_letter_digit_mark_or_space() {
        for c in (0..0x11_0000u32).filter_map(char::from_u32).filter(|&c| is_punct(c)) {
            assert!(
                !c.is_alphanumeric() && !c.is_whitespace() && !is_generic_mark(c),
                "U+{:04X}",
                c as u32
            );
            assert!(
                !is_arabic_letter(c) && !is_combining_mark(c) && !is_invisible(c),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn arabic_block_classes() {
        assert_eq!(class('ب'), Class::ArabicLetter);
        assert_eq!(class('\u{064E}'), Class::ArabicMark);
        assert_eq!(class('\u{0640}'), Class::ArabicMark);
        assert_eq!(class('٣'), Class::Digit);
        assert_eq!(class('۳'), Class::Digit);
        assert_eq!(class('،'), Class::Punct);
        assert_eq!(class('؛'), Class::Punct);
        assert_eq!(class('؟'), Class::Punct);
        assert_eq!(class('٪'), Class::Punct);
        assert_eq!(class('؋'), Class::Symbol);
        assert_eq!(class('\u{061C}'), Class::Space);
        assert_eq!(class('\u{FDFC}'), Class::Symbol);
        assert_eq!(class('\u{FEFB}'), Class::ArabicLetter);
        assert_eq!(class('\u{200C}'), Class::Joiner);
        assert_eq!(class('\u{200F}'), Class::Space);
        assert_eq!(class('\u{00A0}'), Class::Space);
        assert_eq!(class('é'), Class::Latin);
        assert_eq!(class('ж'), Class::Other);
        assert_eq!(class('\u{0301}'), Class::Mark);
        assert_eq!(class('$'), Class::Symbol);
        assert_eq!(class('€'), Class::Symbol);
        assert_eq!(class('«'), Class::Punct);
    }
}
