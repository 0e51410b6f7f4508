//! The fast path: find the bytes that may need work 64 at a time (byte by byte
//! for texts under 64 bytes), copy the runs between them, and process each
//! such character: by a table lookup when it is in the Arabic block and its
//! fate does not depend on its neighbours ([`Action`]), else with the
//! reference step.
//!
//! # Candidate bytes
//!
//! For a configuration, every byte value `b` gets a 64-bit set `bits(b)`, and the
//! byte at position `i` is a *candidate* when bit `next & 63` of `bits(b)` is set,
//! `next` being the byte at `i + 1` (0 past the end). For a two-byte character
//! (the Arabic block U+0600–U+06FF has lead bytes 0xD8–0xDB) the next byte is the
//! trail byte, so the set says exactly which code points of that lead need work;
//! for a three-byte character it is the second byte, which narrows the lead to a
//! 64-code-point block (U+2000–U+203F, U+FE40–U+FE7F, …); ASCII uppercase has
//! every bit set; a space has bit 32, so it is a candidate when followed by a
//! space (the collapse). Continuation bytes have no bits, so a 64-byte block may
//! start anywhere. Candidates are a superset of the characters that change;
//! each is then checked or processed one character at a time.
//!
//! Two characters change because of what is written before them rather than
//! what they are: a space after a space, and an ASCII digit after `digit ٫` or
//! `digit ٬`. Inside a run copied verbatim the output ends as the input does, so
//! the candidate sets above catch them (the first space of a pair; the
//! separators are candidates); right after a processed character the output may
//! end differently, so the loop checks the next character against the output.

use super::{Normalizer, reference};
use crate::chars;

/// Below this many bytes, a custom configuration classifies bytes with
/// [`Compact`] instead of building the 4 KiB [`Full`] tables.
pub(super) const FULL_TABLE_MIN_LEN: usize = 16 * 1024;

/// The candidate sets of a configuration, by byte value.
pub(crate) trait Bits {
    /// The candidate set of byte value `b` (see the module documentation).
    fn bits(&self, b: u8) -> u64;

    /// What to do with the code point U+0600 + `index`.
    fn action(&self, index: usize) -> Action;

    /// The candidate mask of the 64 bytes `block[..64]`, `block[64]` being the
    /// byte after them: bit `k` is set when byte `k` is a candidate.
    #[inline(always)]
    fn mask(&self, block: &[u8; 65]) -> u64 {
        let bit = |k: usize| (self.bits(block[k]) >> (block[k + 1] & 63)) & 1;
        let mut mask = 0u64;
        // Eight bytes at a time with constant shifts, so the eight bits are
        // independent and only the eight-bit groups are chained.
        for base in (0..64).step_by(8) {
            let group = bit(base)
                | bit(base + 1) << 1
                | bit(base + 2) << 2
                | bit(base + 3) << 3
                | bit(base + 4) << 4
                | bit(base + 5) << 5
                | bit(base + 6) << 6
                | bit(base + 7) << 7;
            mask |= group << base;
        }
        mask
    }
}

/// What the step does with a code point of the Arabic block U+0600–U+06FF,
/// when that does not depend on what was written before it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Action {
    /// [`SLOW`], [`REMOVE`], [`WRITE`] or [`DIGIT`].
    kind: u8,
    /// What [`WRITE`] and [`DIGIT`] write.
    c: char,
}
/// Run the reference step.
const SLOW: u8 = 0;
/// Write nothing.
const REMOVE: u8 = 1;
/// Write `c`.
const WRITE: u8 = 2;
/// Write the digit `c`, unless the output ends with ٫ or ٬ (then the
/// reference step runs, to fold the separator).
const DIGIT: u8 = 3;

const fn act(kind: u8, c: char) -> Action {
    Action { kind, c }
}

/// The context-free action of configuration `n` on `c`, as the reference step
/// would do it with an empty output: composition marks, the superscript alef
/// and the digit separators depend on context and take the slow step.
const fn action_of(n: &Normalizer, c: char) -> Action {
    if matches!(c, '\u{0653}'..='\u{0655}' | '\u{0670}' | '\u{066B}' | '\u{066C}') {
        return act(SLOW, c);
    }
    if n.remove_invisible && chars::is_invisible(c) {
        return act(REMOVE, c);
    }
    if n.strip_tatweel && chars::is_tatweel(c) {
        return act(REMOVE, c);
    }
    if n.strip_diacritics && chars::is_diacritic(c) {
        return if n.keep_shadda && c == '\u{0651}' { act(WRITE, c) } else { act(REMOVE, c) };
    }
    let c = n.fold_letter(c);
    if n.fold_digits {
        if let Some(d) = chars::digit_value(c) {
            return act(DIGIT, (b'0' + d) as char);
        }
    }
    if n.fold_punctuation {
        return match c {
            '،' => act(WRITE, ','),
            '؛' => act(WRITE, ';'),
            '؟' => act(WRITE, '?'),
            other => act(WRITE, other),
        };
    }
    act(WRITE, c)
}

/// One operation's footprint in the Arabic block U+0600–U+06FF.
#[derive(Clone, Copy)]
enum Op {
    Compose,
    Tatweel,
    Diacritic,
    Shadda,
    Persian,
    Alef,
    Maksura,
    Teh,
    HamzaCarriers,
    HamzaAll,
    Digits,
    Invisible,
    Punct,
}

/// Whether operation `op` may change `c` (or, for separators, the digit after it).
const fn touches(op: Op, c: char) -> bool {
    match op {
        Op::Compose => matches!(c, '\u{0653}'..='\u{0655}'),
        Op::Tatweel => chars::is_tatweel(c),
        Op::Diacritic => chars::is_diacritic(c),
        Op::Shadda => c == '\u{0651}',
        Op::Persian => super::persian_fold(c) != c,
        Op::Alef => super::is_alef_variant(c),
        Op::Maksura => c == 'ى',
        Op::Teh => c == 'ة',
        Op::HamzaCarriers => matches!(c, 'ؤ' | 'ئ'),
        Op::HamzaAll => super::is_hamza_form(c),
        Op::Digits => {
            matches!(c, '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' | '\u{066B}' | '\u{066C}')
        }
        Op::Invisible => chars::is_invisible(c),
        Op::Punct => matches!(c, '،' | '؛' | '؟'),
    }
}

/// The code points of U+0600–U+06FF that `op` touches, as four 64-bit sets
/// indexed by lead byte 0xD8–0xDB and trail byte `& 63`.
const fn arabic_mask(op: Op) -> [u64; 4] {
    let mut mask = [0u64; 4];
    let mut cp = 0x0600u32;
    while cp < 0x0700 {
        if let Some(c) = char::from_u32(cp) {
            if touches(op, c) {
                mask[((cp - 0x0600) / 64) as usize] |= 1 << (cp % 64);
            }
        }
        cp += 1;
    }
    mask
}

const fn or(a: [u64; 4], b: [u64; 4]) -> [u64; 4] {
    [a[0] | b[0], a[1] | b[1], a[2] | b[2], a[3] | b[3]]
}

const fn and_not(a: [u64; 4], b: [u64; 4]) -> [u64; 4] {
    [a[0] & !b[0], a[1] & !b[1], a[2] & !b[2], a[3] & !b[3]]
}

const COMPOSE: [u64; 4] = arabic_mask(Op::Compose);
const TATWEEL: [u64; 4] = arabic_mask(Op::Tatweel);
const DIACRITIC: [u64; 4] = arabic_mask(Op::Diacritic);
const SHADDA: [u64; 4] = arabic_mask(Op::Shadda);
const PERSIAN: [u64; 4] = arabic_mask(Op::Persian);
const ALEF: [u64; 4] = arabic_mask(Op::Alef);
const MAKSURA: [u64; 4] = arabic_mask(Op::Maksura);
const TEH: [u64; 4] = arabic_mask(Op::Teh);
const HAMZA_CARRIERS: [u64; 4] = arabic_mask(Op::HamzaCarriers);
const HAMZA_ALL: [u64; 4] = arabic_mask(Op::HamzaAll);
const DIGITS: [u64; 4] = arabic_mask(Op::Digits);
const INVISIBLE: [u64; 4] = arabic_mask(Op::Invisible);
const PUNCT: [u64; 4] = arabic_mask(Op::Punct);

/// `bits` when `yes`, else no bits.
const fn pick(yes: bool, bits: u64) -> u64 {
    if yes { bits } else { 0 }
}

/// Bits `lo..=hi` set.
const fn range(lo: u32, hi: u32) -> u64 {
    (u64::MAX >> (63 - hi)) & (u64::MAX << lo)
}

/// The candidate sets in compact form: built in a few dozen instructions, so
/// cheap enough to build on every call.
#[derive(Debug, Clone, Copy)]
pub(super) struct Compact {
    arabic: [u64; 4],
    upper: u64,
    space: u64,
    c2: u64,
    c3: u64,
    latin_ext: u64,
    e1: u64,
    e2: u64,
    e3: u64,
    ef: u64,
}

impl Compact {
    /// The candidate sets of configuration `n`.
    pub(super) const fn new(n: &Normalizer) -> Self {
        let mut arabic = COMPOSE;
        if n.strip_tatweel {
            arabic = or(arabic, TATWEEL);
        }
        if n.strip_diacritics {
            arabic = or(arabic, DIACRITIC);
            if n.keep_shadda {
                arabic = and_not(arabic, SHADDA);
            }
        }
        if n.fold_persian {
            arabic = or(arabic, PERSIAN);
        }
        if n.fold_alef {
            arabic = or(arabic, ALEF);
        }
        if n.fold_alef_maksura {
            arabic = or(arabic, MAKSURA);
        }
        if n.fold_teh_marbuta {
            arabic = or(arabic, TEH);
        }
        match n.hamza {
            super::Hamza::Keep => {}
            super::Hamza::FoldCarriers => arabic = or(arabic, HAMZA_CARRIERS),
            super::Hamza::ToHamza => arabic = or(arabic, HAMZA_ALL),
        }
        if n.fold_digits {
            arabic = or(arabic, DIGITS);
        }
        if n.remove_invisible {
            arabic = or(arabic, INVISIBLE);
        }
        if n.fold_punctuation {
            arabic = or(arabic, PUNCT);
        }
        let (spaces, invisible, lower) =
            (n.normalize_spaces, n.remove_invisible, n.lowercase_latin);
        Compact {
            arabic,
            upper: pick(lower, u64::MAX),
            // U+0020 followed by U+0020.
            space: pick(spaces, 1 << 32),
            // NBSP U+00A0 (C2 A0), soft hyphen U+00AD (C2 AD).
            c2: pick(spaces, 1 << 0x20) | pick(invisible, 1 << 0x2D),
            // À–Þ U+00C0–U+00DE (C3 80–C3 9E).
            c3: pick(lower, range(0, 0x1E)),
            // U+0100–U+024F, leads C4–C9.
            latin_ext: pick(lower, u64::MAX),
            // U+1E00–U+1EFF (E1 B8–E1 BB).
            e1: pick(lower, range(0x38, 0x3B)),
            // U+2000–U+207F (E2 80, E2 81): fixed-width spaces, zero-width and bidi
            // controls, word joiner.
            e2: pick(spaces || invisible, range(0, 1)),
            // U+3000 (E3 80).
            e3: pick(spaces, 1),
            // Presentation forms U+FB40–U+FDFF (EF AD–EF B7) and U+FE40–U+FEFF
            // (EF B9–EF BB, which also holds the BOM U+FEFF).
            ef: pick(n.decompose_presentation_forms, range(0x2D, 0x37) | range(0x39, 0x3B))
                | pick(invisible, 1 << 0x3B),
        }
    }
}

impl Bits for Compact {
    #[inline(always)]
    fn bits(&self, b: u8) -> u64 {
        self.bits_const(b)
    }

    #[inline(always)]
    fn action(&self, _index: usize) -> Action {
        act(SLOW, '\0')
    }
}

/// The candidate sets as a 256-entry table (one load per byte), with the
/// [`Action`] of every code point of the Arabic block.
#[derive(Debug, Clone)]
pub(super) struct Full {
    bits: [u64; 256],
    actions: [Action; 256],
}

impl Full {
    /// The tables of configuration `n`.
    pub(super) const fn new(n: &Normalizer) -> Self {
        let compact = Compact::new(n);
        let mut bits = [0u64; 256];
        // 256 entries, `0x0600 + i` for every `i`: the whole Arabic block.
        let mut actions = [act(SLOW, '\0'); 256];
        let mut i = 0;
        while i < 256 {
            bits[i] = compact.bits_const(i as u8);
            if let Some(c) = char::from_u32(0x0600 + i as u32) {
                actions[i] = action_of(n, c);
            }
            i += 1;
        }
        Full { bits, actions }
    }
}

impl Compact {
    const fn bits_const(&self, b: u8) -> u64 {
        match b {
            b'A'..=b'Z' => self.upper,
            b' ' => self.space,
            0xC2 => self.c2,
            0xC3 => self.c3,
            0xC4..=0xC9 => self.latin_ext,
            0xD8..=0xDB => self.arabic[(b - 0xD8) as usize],
            0xE1 => self.e1,
            0xE2 => self.e2,
            0xE3 => self.e3,
            0xEF => self.ef,
            _ => 0,
        }
    }
}

impl Bits for Full {
    #[inline(always)]
    fn bits(&self, b: u8) -> u64 {
        self.bits[b as usize]
    }

    #[inline(always)]
    fn action(&self, index: usize) -> Action {
        self.actions[index & 0xFF]
    }
}

/// [`Normalizer::SEARCH`]'s tables, built at compile time.
pub(super) static SEARCH_BITS: Full = Full::new(&Normalizer::SEARCH);
/// [`Normalizer::DISPLAY`]'s tables, built at compile time.
pub(super) static DISPLAY_BITS: Full = Full::new(&Normalizer::DISPLAY);
/// The tables of the key [`crate::is_stop_word`] compares, built at compile time.
pub(super) static STOP_BITS: Full = Full::new(&crate::stopwords::STOP_KEY);

/// The candidate mask of `bytes[base..base + 64]` (zero past the end).
#[inline]
fn block_mask<B: Bits>(bits: &B, bytes: &[u8], base: usize) -> u64 {
    if let Some(Ok(block)) = bytes.get(base..base + 65).map(<&[u8; 65]>::try_from) {
        return bits.mask(block);
    }
    let mut block = [0u8; 65];
    let rest = bytes.get(base..).unwrap_or_default();
    let n = rest.len().min(65);
    block[..n].copy_from_slice(&rest[..n]);
    bits.mask(&block)
}

/// Texts shorter than this are scanned byte by byte (no 64-byte blocks): words
/// and tokens, which callers normalize one at a time, millions of times.
const SHORT: usize = 64;

/// Walks the candidate positions of a text in order.
struct Cursor {
    base: usize,
    mask: u64,
    short: bool,
}

impl Cursor {
    fn new<B: Bits>(bits: &B, bytes: &[u8], from: usize) -> Self {
        if bytes.len() < SHORT {
            return Cursor { base: from, mask: 0, short: true };
        }
        Cursor { base: from, mask: block_mask(bits, bytes, from), short: false }
    }

    /// The first candidate at or after `from` (`from` never goes backwards).
    #[inline]
    fn next<B: Bits>(&mut self, bits: &B, bytes: &[u8], from: usize) -> Option<usize> {
        if self.short {
            let mut at = from;
            while let Some(&b) = bytes.get(at) {
                let next = bytes.get(at + 1).copied().unwrap_or(0);
                if (bits.bits(b) >> (next & 63)) & 1 != 0 {
                    return Some(at);
                }
                at += 1;
            }
            return None;
        }
        // `from` never goes below `base`; saturating keeps a slip harmless (the
        // bytes before `base` were scanned already).
        let skip = from.saturating_sub(self.base);
        if skip >= 64 {
            self.base = from;
            self.mask = block_mask(bits, bytes, from);
        } else {
            self.mask &= u64::MAX << skip;
        }
        loop {
            if self.mask != 0 {
                return Some(self.base + self.mask.trailing_zeros() as usize);
            }
            self.base += 64;
            if self.base >= bytes.len() {
                return None;
            }
            self.mask = block_mask(bits, bytes, self.base);
        }
    }
}

/// The character starting at byte `at` of `text`.
#[inline]
fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

/// The previous input character before byte `at`, as the reference sees it:
/// the last character of a decomposed presentation form, `'\0'` at the start.
fn prev_input(n: &Normalizer, text: &str, at: usize) -> char {
    let Some(prev) = text.get(..at).and_then(|t| t.chars().next_back()) else {
        return '\0';
    };
    let mut last = prev;
    if n.decompose_presentation_forms && chars::is_presentation_form(prev) {
        unicode_normalization::char::decompose_compatible(prev, |d| last = d);
    }
    last
}

/// Whether the presentation form `c` has a compatibility decomposition.
fn decomposes(c: char) -> bool {
    let mut same = true;
    let mut count = 0;
    unicode_normalization::char::decompose_compatible(c, |d| {
        count += 1;
        same &= d == c;
    });
    !(same && count == 1)
}

/// Whether the reference step would write anything but `c` for the character
/// `c` at byte `at`, given that the output so far is `text[..at]` unchanged.
fn changes(n: &Normalizer, text: &str, at: usize, c: char) -> bool {
    let written = text.get(..at).unwrap_or_default();
    if n.decompose_presentation_forms && chars::is_presentation_form(c) && decomposes(c) {
        return true;
    }
    if matches!(c, '\u{0653}'..='\u{0655}') && reference::composition(written, c, n).is_some() {
        return true;
    }
    if n.remove_invisible && chars::is_invisible(c) {
        return true;
    }
    if n.strip_tatweel && chars::is_tatweel(c) {
        return true;
    }
    if n.strip_diacritics && chars::is_diacritic(c) {
        return !(n.keep_shadda && c == '\u{0651}');
    }
    if n.fold_letter(c) != c {
        return true;
    }
    if n.fold_digits && chars::digit_value(c).is_some() {
        return !c.is_ascii_digit() || ends_with_digit_separator(written);
    }
    if n.normalize_spaces && super::is_space_like(c) {
        return c != ' ' || written.ends_with(' ');
    }
    if n.lowercase_latin && super::is_latin(c) && c.is_uppercase() {
        let mut lower = c.to_lowercase();
        return !(lower.len() == 1 && lower.next() == Some(c));
    }
    n.fold_punctuation && matches!(c, '،' | '؛' | '؟')
}

/// Whether `written` ends with an ASCII digit and a separator ٫ or ٬, which the
/// digit fold turns into `.` or `,` when a digit follows.
fn ends_with_digit_separator(written: &str) -> bool {
    written
        .strip_suffix(['\u{066B}', '\u{066C}'])
        .is_some_and(|rest| rest.ends_with(|p: char| p.is_ascii_digit()))
}

/// The byte offset of the first character of `text` that normalization changes,
/// or `None` when it changes nothing.
pub(super) fn first_change<B: Bits>(n: &Normalizer, bits: &B, text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut cursor = Cursor::new(bits, bytes, 0);
    let mut pos = 0;
    while let Some(at) = cursor.next(bits, bytes, pos) {
        let c = char_at(text, at)?;
        if changes(n, text, at, c) {
            return Some(at);
        }
        let next = at + c.len_utf8();
        // The second character of a pair that changes because of the first.
        match bytes.get(next) {
            Some(b' ') if c == ' ' && n.normalize_spaces => return Some(next),
            Some(d)
                if d.is_ascii_digit()
                    && n.fold_digits
                    && ends_with_digit_separator(text.get(..next).unwrap_or_default()) =>
            {
                return Some(next);
            }
            _ => {}
        }
        pos = next;
    }
    None
}

/// Normalizes `text[from..]` into `out`, `out[start..]` holding what this call
/// wrote so far (`text[..from]`, unchanged, when resuming after
/// [`first_change`]).
pub(super) fn run<B: Bits>(
    n: &Normalizer,
    bits: &B,
    text: &str,
    from: usize,
    out: &mut String,
    start: usize,
) {
    let bytes = text.as_bytes();
    let mut cursor = Cursor::new(bits, bytes, from);
    let mut pos = from;
    loop {
        // Characters whose fate depends on the output just written (or, at
        // `from`, on the prefix the caller already wrote).
        while let Some(&b) = bytes.get(pos) {
            // Look at the last byte written first: it is rarely a space or the
            // trail byte of a separator (D9 AB, D9 AC).
            let last = if out.len() > start { out.as_bytes().last().copied() } else { None };
            let depends = match last {
                Some(b' ') => b == b' ' && n.normalize_spaces,
                Some(0xAB | 0xAC) => {
                    b.is_ascii_digit()
                        && n.fold_digits
                        && out[start..].ends_with(['\u{066B}', '\u{066C}'])
                }
                _ => false,
            };
            if !depends {
                break;
            }
            // A space after a space is dropped: what the reference step does.
            pos = if b == b' ' { pos + 1 } else { step(n, text, pos, out, start) };
        }
        let copied = pos;
        let Some(at) = cursor.next(bits, bytes, pos) else {
            out.push_str(text.get(copied..).unwrap_or_default());
            return;
        };
        out.push_str(text.get(copied..at).unwrap_or_default());
        // The common case: a code point of the Arabic block with a context-free
        // action (a removed mark, a folded letter, a digit).
        if let (Some(&lead @ 0xD8..=0xDB), Some(&trail)) = (bytes.get(at), bytes.get(at + 1)) {
            let action = bits.action(usize::from(lead - 0xD8) << 6 | usize::from(trail & 63));
            let done = match action.kind {
                REMOVE => true,
                WRITE => {
                    out.push(action.c);
                    true
                }
                DIGIT if !out[start..].ends_with(['\u{066B}', '\u{066C}']) => {
                    out.push(action.c);
                    true
                }
                _ => false,
            };
            if done {
                pos = at + 2;
                continue;
            }
        }
        pos = step(n, text, at, out, start);
    }
}

/// Processes the one character at byte `at` the reference way; returns the
/// byte after it.
#[inline]
fn step(n: &Normalizer, text: &str, at: usize, out: &mut String, start: usize) -> usize {
    let Some(c) = char_at(text, at) else {
        return text.len();
    };
    let next = at + c.len_utf8();
    if c.is_ascii_uppercase() && n.lowercase_latin {
        out.push(c.to_ascii_lowercase());
        return next;
    }
    if n.decompose_presentation_forms && chars::is_presentation_form(c) {
        let mut prev = prev_input(n, text, at);
        unicode_normalization::char::decompose_compatible(c, |d| {
            reference::push_char(n, d, prev, out, start);
            prev = d;
        });
        return next;
    }
    let prev = if c == '\u{0670}' { prev_input(n, text, at) } else { '\0' };
    reference::push_char(n, c, prev, out, start);
    next
}
