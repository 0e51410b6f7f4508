//! What each Arabic code point is.
//!
//! Small, `const` classification functions over the Arabic blocks, shared by the
//! normalizer, the tokenizer and the date parser. Each function names the exact
//! code points it accepts, and each is tested exhaustively over the Arabic
//! blocks.
//!
//! # Example
//!
//! ```
//! use arabic_news::chars;
//!
//! assert!(chars::is_diacritic('\u{064E}')); // fatha
//! assert!(chars::is_tatweel('\u{0640}'));
//! assert_eq!(chars::digit_value('٣'), Some(3));
//! assert!(chars::is_arabic_letter('ب'));
//! ```

/// Tatweel (kashida), U+0640, the letter-stretching filler: `الـعربية`.
///
/// # Example
///
/// ```
/// assert!(arabic_news::chars::is_tatweel('\u{0640}'));
/// assert!(!arabic_news::chars::is_tatweel('ا'));
/// ```
#[must_use]
pub const fn is_tatweel(c: char) -> bool {
    c == '\u{0640}'
}

/// Harakat and Quranic marks: U+064B–U+065F (tanween, short vowels, shadda, sukun,
/// combining hamza and madda, and the rest of that run), the superscript alef
/// U+0670, the Quranic marks U+0610–U+061A and U+06D6–U+06ED.
///
/// This is the set that [`Normalizer::strip_diacritics`](crate::Normalizer::strip_diacritics)
/// removes. U+06DD (end of ayah) and U+06DE (rub el hizb) fall inside U+06D6–U+06ED
/// and are counted here as Quranic marks.
///
/// # Example
///
/// ```
/// use arabic_news::chars::is_diacritic;
/// assert!(is_diacritic('\u{0651}')); // shadda
/// assert!(is_diacritic('\u{0670}')); // superscript alef
/// assert!(!is_diacritic('م'));
/// ```
#[must_use]
pub const fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0610}'..='\u{061A}' | '\u{06D6}'..='\u{06ED}')
}

/// Combining marks that attach to the preceding Arabic letter and so belong inside a
/// word: every [`is_diacritic`] mark plus the extended-Arabic combining marks
/// U+08CA–U+08FF (except U+08E2, a disputed-end-of-ayah sign that stands alone).
///
/// # Example
///
/// ```
/// use arabic_news::chars::is_combining_mark;
/// assert!(is_combining_mark('\u{064F}'));
/// assert!(is_combining_mark('\u{08F0}'));
/// assert!(!is_combining_mark('\u{08E2}'));
/// ```
#[must_use]
pub const fn is_combining_mark(c: char) -> bool {
    is_diacritic(c) || (matches!(c, '\u{08CA}'..='\u{08FF}') && c != '\u{08E2}')
}

/// Arabic letters, contextual and isolated presentation forms included.
///
/// Accepted: U+0620–U+063F and U+0641–U+064A (the base letters, hamza U+0621
/// included), U+066E–U+066F, U+0671–U+06D3, U+06D5, U+06EE–U+06EF,
/// U+06FA–U+06FC, U+06FF (Persian, Urdu and other extended letters), the
/// Arabic Supplement U+0750–U+077F, the letters of Arabic Extended-A
/// U+08A0–U+08C9, the presentation forms U+FB50–U+FDFF (letters and ligatures;
/// the ornate parentheses U+FD3E–U+FD3F and the non-characters U+FDD0–U+FDEF are
/// excluded) and U+FE70–U+FEFC (except U+FE75, unassigned).
///
/// Tatweel and diacritics are not letters; see [`is_tatweel`] and [`is_diacritic`].
///
/// # Example
///
/// ```
/// use arabic_news::chars::is_arabic_letter;
/// assert!(is_arabic_letter('ء'));
/// assert!(is_arabic_letter('ک'));
/// assert!(is_arabic_letter('\u{FEFB}')); // lam-alef ligature
/// assert!(!is_arabic_letter('\u{0640}'));
/// assert!(!is_arabic_letter('٣'));
/// ```
#[must_use]
pub const fn is_arabic_letter(c: char) -> bool {
    match c {
        '\u{0620}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08C9}' => true,
        '\u{FB50}'..='\u{FDFF}' => !matches!(c, '\u{FD3E}'..='\u{FD3F}' | '\u{FDD0}'..='\u{FDEF}'),
        '\u{FE70}'..='\u{FEFC}' => c != '\u{FE75}',
        _ => false,
    }
}

/// Arabic presentation forms: U+FB50–U+FDFF (Presentation Forms-A) and
/// U+FE70–U+FEFE (Presentation Forms-B, without the BOM U+FEFF, which is an
/// [invisible](is_invisible) character).
///
/// # Example
///
/// ```
/// use arabic_news::chars::is_presentation_form;
/// assert!(is_presentation_form('\u{FDF2}')); // ﷲ
/// assert!(!is_presentation_form('\u{FEFF}'));
/// assert!(!is_presentation_form('ا'));
/// ```
#[must_use]
pub const fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// The value of a decimal digit: ASCII `0`–`9`, Arabic-Indic `٠`–`٩`
/// (U+0660–U+0669) or extended Arabic-Indic (Persian, Urdu) `۰`–`۹`
/// (U+06F0–U+06F9).
///
/// # Example
///
/// ```
/// use arabic_news::chars::digit_value;
/// assert_eq!(digit_value('7'), Some(7));
/// assert_eq!(digit_value('٧'), Some(7));
/// assert_eq!(digit_value('۷'), Some(7));
/// assert_eq!(digit_value('a'), None);
/// ```
#[must_use]
pub const fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '\u{0660}'..='\u{0669}' => Some((c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => Some((c as u32 - 0x06F0) as u8),
        _ => None,
    }
}

/// Invisible format characters that carry no text: ZWSP U+200B, ZWNJ U+200C,
/// ZWJ U+200D, LRM U+200E, RLM U+200F, the Arabic letter mark U+061C, the bidi
/// embeddings and overrides U+202A–U+202E, word joiner and invisible operators
/// U+2060–U+2064, the bidi isolates U+2066–U+2069, the BOM / ZWNBSP U+FEFF and the
/// soft hyphen U+00AD.
///
/// # Example
///
/// ```
/// use arabic_news::chars::is_invisible;
/// assert!(is_invisible('\u{200F}'));
/// assert!(is_invisible('\u{FEFF}'));
/// assert!(!is_invisible(' '));
/// ```
#[must_use]
pub const fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{061C}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{00AD}'
    )
}

/// Any code point of the Arabic script blocks: Arabic U+0600–U+06FF, Arabic
/// Supplement U+0750–U+077F, Arabic Extended-B and -A U+0870–U+08FF, and the two
/// presentation-form blocks U+FB50–U+FDFF and U+FE70–U+FEFF.
///
/// # Example
///
/// ```
/// use arabic_news::chars::is_arabic;
/// assert!(is_arabic('،'));
/// assert!(is_arabic('ب'));
/// assert!(!is_arabic('b'));
/// ```
#[must_use]
pub const fn is_arabic(c: char) -> bool {
    matches!(
        c,
        '\u{0600}'..='\u{06FF}'
            | '\u{0750}'..='\u{077F}'
            | '\u{0870}'..='\u{08FF}'
            | '\u{FB50}'..='\u{FDFF}'
            | '\u{FE70}'..='\u{FEFF}'
    )
}

/// The number of words in `s` as `s.split_whitespace().count()` counts them
/// (Unicode `White_Space` separates), without decoding characters: the parser
/// counts the words of every line.
///
/// Per 64-byte block, two masks the compiler vectorizes: ASCII whitespace,
/// whose word starts are counted by popcount, and the bytes able to lead a
/// non-ASCII space (rare in text), where the count is corrected.
pub(crate) fn word_count(s: &str) -> usize {
    let b = s.as_bytes();
    let mut n = 0isize;
    // Whether the byte before the block is a space (the text starts after one).
    let mut prev = 1u64;
    // Where the last non-ASCII space seen ends: the byte before `p` is a space
    // when it is ASCII whitespace or ends such a character.
    let mut space_end = usize::MAX;
    let mut at = 0;
    while at < b.len() {
        let space = crate::tokenize::byte_mask(b, at, is_ascii_space);
        // Most blocks hold no byte that can lead a non-ASCII space: an
        // OR-reduction the compiler vectorizes skips their mask.
        let any_lead = match b.get(at..at + 64).and_then(|s| <&[u8; 64]>::try_from(s).ok()) {
            Some(block) => block.iter().fold(0u8, |any, &c| any | u8::from(is_space_lead(c))) != 0,
            None => true,
        };
        let mut leads = if any_lead { crate::tokenize::byte_mask(b, at, is_space_lead) } else { 0 };
        // Bits past the end of the text are not bytes of it.
        let valid = if b.len() - at >= 64 { u64::MAX } else { (1u64 << (b.len() - at)) - 1 };
        let starts = !space & ((space << 1) | prev) & valid;
        n += starts.count_ones() as isize;
        prev = space >> 63;
        while leads != 0 {
            let p = at + leads.trailing_zeros() as usize;
            leads &= leads - 1;
            let Some(len) = unicode_space_len(b, p) else { continue };
            let q = p + len;
            // Turning b[p..q] into a space, the count being right up to p:
            // a word split in two (+1), a word of only these bytes gone (-1).
            let left = p > 0 && !is_ascii_space(b[p - 1]) && space_end != p;
            let right = q < b.len() && !is_ascii_space(b[q]);
            n += match (left, right) {
                (true, true) => 1,
                (false, false) => -1,
                _ => 0,
            };
            space_end = q;
        }
        at += 64;
    }
    n as usize
}

/// `c.is_alphanumeric()`, answered without a table search for ASCII and for
/// the Arabic letters and digits (U+0621–U+064A, U+0660–U+0669).
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_alphanumeric(),
        '\u{0621}'..='\u{064A}' | '\u{0660}'..='\u{0669}' => true,
        _ => c.is_alphanumeric(),
    }
}

/// `c.is_numeric()`, answered without a table search for ASCII and for the
/// Arabic letters and digits (U+0621–U+064A, U+0660–U+0669).
#[inline]
pub(crate) fn is_numeric(c: char) -> bool {
    match c {
        '\0'..='\x7f' => c.is_ascii_digit(),
        '\u{0621}'..='\u{064A}' => false,
        '\u{0660}'..='\u{0669}' => true,
        _ => c.is_numeric(),
    }
}

/// The first index at or after `from` whose byte passes `hit`, a branch-free
/// byte test: 32-byte blocks where no byte does are skipped by a check the
/// compiler vectorizes (for bytes rare in the text: line ends, quotation marks).
#[inline(always)]
pub(crate) fn find_byte(b: &[u8], from: usize, hit: impl Fn(u8) -> bool) -> Option<usize> {
    let mut i = from;
    while i < b.len() {
        if let Some(block) = b.get(i..i + 32).and_then(|s| <&[u8; 32]>::try_from(s).ok()) {
            if block.iter().fold(0u8, |any, &c| any | u8::from(hit(c))) == 0 {
                i += 32;
                continue;
            }
        }
        let end = b.len().min(i + 32);
        while i < end {
            if hit(b[i]) {
                return Some(i);
            }
            i += 1;
        }
    }
    None
}

/// The last index before `end` whose byte passes `hit`: [`find_byte`] going
/// back.
#[inline(always)]
pub(crate) fn rfind_byte(b: &[u8], end: usize, hit: impl Fn(u8) -> bool) -> Option<usize> {
    let mut i = end.min(b.len());
    while i > 0 {
        if let Some(block) = i.checked_sub(32).and_then(|s| <&[u8; 32]>::try_from(&b[s..i]).ok()) {
            if block.iter().fold(0u8, |any, &c| any | u8::from(hit(c))) == 0 {
                i -= 32;
                continue;
            }
        }
        let stop = i.saturating_sub(32);
        while i > stop {
            i -= 1;
            if hit(b[i]) {
                return Some(i);
            }
        }
    }
    None
}

/// The words of `s` as `s.split_whitespace()` yields them, found on bytes:
/// 64-byte masks of the bytes that may start a space (ASCII whitespace, and
/// the bytes that can lead a non-ASCII space) take a word's end in a few
/// steps; only those bytes are looked at one by one.
pub(crate) fn words(s: &str) -> impl Iterator<Item = &str> {
    let b = s.as_bytes();
    let mut i = 0;
    // `mask` bit `k`: `b[base + k]` may start a space.
    let (mut base, mut mask) = (usize::MAX, 0u64);
    let space_at = move |i: usize| -> usize {
        let c = b[i];
        if is_ascii_space(c) {
            1
        } else if is_space_lead(c) {
            unicode_space_len(b, i).unwrap_or(0)
        } else {
            0
        }
    };
    std::iter::from_fn(move || {
        // Skip spaces, then take bytes up to the next space.
        loop {
            if i >= b.len() {
                return None;
            }
            match space_at(i) {
                0 => break,
                n => i += n,
            }
        }
        let start = i;
        i += 1;
        while i < b.len() {
            if !(base..base.saturating_add(64)).contains(&i) {
                base = i;
                mask = crate::tokenize::byte_mask(b, i, |c| is_ascii_space(c) | is_space_lead(c));
            }
            let ahead = mask >> (i - base);
            if ahead == 0 {
                i = base + 64;
                continue;
            }
            i += ahead.trailing_zeros() as usize;
            if i >= b.len() || space_at(i) != 0 {
                break;
            }
            i += 1;
        }
        Some(&s[start..i.min(b.len())])
    })
}

const fn is_space_lead(c: u8) -> bool {
    c == 0xC2 || (c >= 0xE1 && c <= 0xE3)
}

const fn is_ascii_space(c: u8) -> bool {
    c == b' ' || (c >= b'\t' && c <= b'\r')
}

/// The length of the non-ASCII whitespace character at `b[i]`, if one is there
/// (`b` is valid UTF-8, so a lead byte is followed by its continuation bytes).
pub(crate) fn unicode_space_len(b: &[u8], i: usize) -> Option<usize> {
    match b[i] {
        // U+0085, U+00A0
        0xC2 if matches!(b[i + 1], 0x85 | 0xA0) => Some(2),
        // U+1680
        0xE1 if b[i + 1] == 0x9A && b[i + 2] == 0x80 => Some(3),
        // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
        0xE2 if (b[i + 1] == 0x80 && matches!(b[i + 2], 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF))
            || (b[i + 1] == 0x81 && b[i + 2] == 0x9F) =>
        {
            Some(3)
        }
        // U+3000
        0xE3 if b[i + 1] == 0x80 && b[i + 2] == 0x80 => Some(3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_count_splits_where_split_whitespace_does() {
        // Every code point: leading, between words, doubled, trailing.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = format!("{c}ab{c}ج{c}{c}د ");
            assert_eq!(word_count(&s), s.split_whitespace().count(), "U+{:04X}", c as u32);
            assert!(words(&s).eq(s.split_whitespace()), "U+{:04X}", c as u32);
            // Spaces, and a sample of the rest, straddling the boundaries of 64-byte blocks.
            if !c.is_whitespace() && c as u32 % 61 != 0 {
                continue;
            }
            let s = format!("{}{c}{}{c}x", "ب".repeat(31), "a".repeat(62));
            assert_eq!(word_count(&s), s.split_whitespace().count(), "U+{:04X}", c as u32);
            let long = format!("{s}{}{c}{}", "ج".repeat(40), "z".repeat(130));
            assert!(words(&long).eq(long.split_whitespace()), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn is_alphanumeric_and_is_numeric_are_std() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "U+{:04X}", c as u32);
            assert_eq!(is_numeric(c), c.is_numeric(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn find_byte_finds_the_first_hit_at_or_after_from() {
        let text: Vec<u8> =
            (0..200u8).map(|i| if i % 37 == 5 { b'<' } else { b'a' + i % 20 }).collect();
        for from in 0..=text.len() + 3 {
            let want =
                text.iter().enumerate().skip(from).find(|(_, c)| **c == b'<').map(|(i, _)| i);
            assert_eq!(find_byte(&text, from, |c| c == b'<'), want, "from {from}");
        }
        assert_eq!(find_byte(b"", 0, |_| true), None);
        for end in 0..=text.len() + 3 {
            let want = text[..end.min(text.len())].iter().rposition(|c| *c == b'<');
            assert_eq!(rfind_byte(&text, end, |c| c == b'<'), want, "end {end}");
        }
        assert_eq!(rfind_byte(b"", 0, |_| true), None);
    }

    proptest::proptest! {
        #[test]
        fn words_are_split_whitespace(s in "[ \\t\\n\u{a0}\u{2000}-\u{200b}\u{2028}\u{202f}\u{205f}\u{3000}\u{1680}\u{85}a-cب-ثé€😀.]{0,300}") {
            proptest::prop_assert_eq!(words(&s).collect::<Vec<_>>(), s.split_whitespace().collect::<Vec<_>>());
        }

        #[test]
        fn word_count_is_split_whitespace_count(s in "[ \\t\\n\u{a0}\u{2000}-\u{200b}\u{2028}\u{202f}\u{205f}\u{3000}\u{1680}\u{85}a-cب-ثé€😀.]{0,300}") {
            proptest::prop_assert_eq!(word_count(&s), s.split_whitespace().count());
        }
    }

    fn arabic_blocks() -> impl Iterator<Item = char> {
        [0x0600..=0x06FF, 0x0750..=0x077F, 0x0870..=0x08FF, 0xFB50..=0xFDFF, 0xFE70..=0xFEFF]
            .into_iter()
            .flatten()
            .filter_map(char::from_u32)
    }

    #[test]
    fn classes_are_disjoint_over_the_arabic_blocks() {
        for c in arabic_blocks() {
            let classes = [
                is_tatweel(c),
                is_diacritic(c),
                is_arabic_letter(c),
                digit_value(c).is_some(),
                is_invisible(c),
            ];
            assert!(
                classes.iter().filter(|&&b| b).count() <= 1,
                "{c:?} U+{:04X} is in two classes",
                c as u32
            );
            assert!(is_arabic(c));
        }
    }

    #[test]
    fn letters_match_unicode_general_category_in_the_main_block() {
        // Every Lo code point of U+0620..=U+06FF except tatweel's neighbours is a letter.
        let not_letters = ['\u{0640}', '\u{066D}', '\u{06D4}', '\u{06FD}', '\u{06FE}'];
        for c in ('\u{0620}'..='\u{06FF}').filter(|c| c.is_alphabetic()) {
            if is_diacritic(c) || not_letters.contains(&c) || c.is_numeric() {
                continue;
            }
            // U+06E5/U+06E6 (small waw/yeh, Lm) are Quranic marks here.
            assert!(is_arabic_letter(c), "U+{:04X} should be a letter", c as u32);
        }
    }

    #[test]
    fn digits_cover_all_three_sets() {
        let ascii: Vec<_> = ('0'..='9').map(digit_value).collect();
        let indic: Vec<_> = ('\u{0660}'..='\u{0669}').map(digit_value).collect();
        let ext: Vec<_> = ('\u{06F0}'..='\u{06F9}').map(digit_value).collect();
        assert_eq!(ascii, indic);
        assert_eq!(ascii, ext);
        assert_eq!(ascii[9], Some(9));
        assert_eq!(digit_value('\u{066B}'), None); // Arabic decimal separator is not a digit
    }

    #[test]
    fn diacritic_ranges_are_exact() {
        let count = arabic_blocks().filter(|&c| is_diacritic(c)).count();
        assert_eq!(
            count,
            (0x065F - 0x064B + 1) + 1 + (0x061A - 0x0610 + 1) + (0x06ED - 0x06D6 + 1)
        );
    }
}
