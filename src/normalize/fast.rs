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
//! The presets replace the per-byte table loads of [`Bits::mask`] with a
//! [`Sieve`]: byte comparisons and range checks the compiler vectorizes, a
//! superset of the candidates; the loop checks each flagged byte against the
//! exact sets and copies on past those that change nothing.
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
    /// [`SLOW`], [`REMOVE`], [`WRITE`], [`DIGIT`] or [`KEEP`].
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
/// Write the character as it is, whatever comes before or after it: it stays
/// in the run copied verbatim (a preset's sieve flags a few such characters).
const KEEP: u8 = 4;

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
                let action = action_of(n, c);
                actions[i] =
                    if action.kind == WRITE && action.c == c { act(KEEP, c) } else { action };
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

/// The candidate test of a configuration in a form the compiler vectorizes:
/// byte comparisons and range checks only (no table lookups), so that a
/// 64-byte block is classified sixteen bytes per instruction on the SSE2
/// baseline. It is a superset of [`Bits::bits`]: a lead byte D8 or D9 is
/// flagged when its trail byte falls in one of two or three ranges that cover
/// the code points the configuration touches (gaps merged, cheapest first), any
/// other lead byte from 0xC2 that has candidates is flagged whatever follows
/// it, and ASCII uppercase and a space followed by a space as in [`Bits::bits`].
/// The loop then checks each flagged byte against the exact sets, one table
/// load, and copies on past the ones that change nothing (on news text: « »,
/// “ ”, and the hamza carriers ؤ in the ranges).
#[derive(Debug, Clone, Copy)]
pub(super) struct Sieve {
    /// `(first, count)` ranges of trail bytes after D8 (U+0600–U+063F).
    d8: [(u8, u8); 2],
    /// The same after D9 (U+0640–U+067F).
    d9: [(u8, u8); 3],
    /// `(first, count)`: the lead bytes from 0xC2 up (D8 and D9 aside) flagged
    /// whatever follows them.
    other: (u8, u8),
    /// Whether ASCII uppercase is flagged (as 0x40–0x5F, which takes fewer
    /// instructions than A–Z; `@ [ \\ ] ^ _` are rare).
    upper: bool,
    /// The byte after a space that flags the space: a space when spaces
    /// collapse, else 0x80 (a continuation byte never follows a space).
    space_next: u8,
}

/// Whether `v` lies in the range `(first, count)`.
#[inline(always)]
const fn within(v: u8, (first, count): (u8, u8)) -> bool {
    v.wrapping_sub(first) < count
}

impl Sieve {
    /// The sieve of the candidate sets `c`.
    pub(super) const fn new(c: &Compact) -> Self {
        // Lead bytes from 0xC2 that have candidates, D8 and D9 aside.
        let (mut lo, mut hi) = (0u8, 0u8);
        let mut b = 0xC2u8;
        while b < 0xF5 {
            if b != 0xD8 && b != 0xD9 && c.bits_const(b) != 0 {
                if lo == 0 {
                    lo = b;
                }
                hi = b;
            }
            b += 1;
        }
        Sieve {
            d8: ranges::<2>(0xD8, c.arabic[0]),
            d9: ranges::<3>(0xD9, c.arabic[1]),
            other: if lo == 0 { (0, 0) } else { (lo, hi - lo + 1) },
            upper: c.upper != 0,
            space_next: if c.space != 0 { b' ' } else { 0x80 },
        }
    }

    /// Whether byte `x`, followed by byte `next`, is flagged.
    #[inline(always)]
    pub(super) fn flag(&self, x: u8, next: u8) -> bool {
        let d8 = x == 0xD8;
        let d9 = x == 0xD9;
        (d8 & (within(next, self.d8[0]) | within(next, self.d8[1])))
            | (d9
                & (within(next, self.d9[0]) | within(next, self.d9[1]) | within(next, self.d9[2])))
            | (within(x, self.other) & !(d8 | d9))
            | (self.upper & (x & 0xE0 == 0x40))
            | ((x == b' ') & (next == self.space_next))
    }

    /// The flagged bytes of `block[..64]` as a bit mask, `block[64]` being the
    /// byte after them.
    #[inline(always)]
    fn mask(&self, block: &[u8; 65]) -> u64 {
        let mut flags = [0u8; 64];
        for (k, f) in flags.iter_mut().enumerate() {
            *f = u8::from(self.flag(block[k], block[k + 1])) << 7;
        }
        // The high bit of each of eight flag bytes gathered into one byte by a
        // product that puts flag byte `j` at bit `56 + j`, without carries.
        let mut mask = 0u64;
        for (k, eight) in flags.chunks_exact(8).enumerate() {
            let word = u64::from_le_bytes(<[u8; 8]>::try_from(eight).unwrap_or([0; 8]));
            mask |= (word.wrapping_mul(0x0002_0408_1020_4081) >> 56) << (8 * k);
        }
        mask
    }
}

/// The trail bytes of the 64-bit set `set` (bit `t` for trail byte `0x80 + t`)
/// after lead byte `lead` (D8 or D9) as at most `N` `(first, count)` ranges
/// covering it: its runs, merged while there are more than `N`, first across
/// the gaps that hold the fewest letters (a merged range flags what it spans,
/// and the letters are most of the text), then the shortest.
const fn ranges<const N: usize>(lead: u8, set: u64) -> [(u8, u8); N] {
    // The cost of flagging the code points between runs `a` and `b`.
    const fn gap_cost(lead: u8, a: (u8, u8), b: (u8, u8)) -> u32 {
        let mut cost = 0;
        let mut t = a.1 + 1;
        while t < b.0 {
            let cp = 0x0600 + (lead as u32 - 0xD8) * 64 + t as u32;
            // The letters ء–غ and ف–ي: a thousand times a mark or a digit.
            cost += if matches!(cp, 0x0621..=0x063A | 0x0641..=0x064A) { 1000 } else { 1 };
            t += 1;
        }
        cost
    }
    // The runs of set bits, as (first, last) bit indices.
    let mut runs = [(0u8, 0u8); 64];
    let mut count = 0;
    let mut t = 0;
    while t < 64 {
        if set >> t & 1 != 0 {
            if count > 0 && runs[count - 1].1 + 1 == t as u8 {
                runs[count - 1].1 = t as u8;
            } else {
                runs[count] = (t as u8, t as u8);
                count += 1;
            }
        }
        t += 1;
    }
    while count > N {
        // Merge the run after the cheapest gap into the one before it.
        let mut best = 1;
        let mut i = 2;
        while i < count {
            if gap_cost(lead, runs[i - 1], runs[i]) < gap_cost(lead, runs[best - 1], runs[best]) {
                best = i;
            }
            i += 1;
        }
        runs[best - 1].1 = runs[best].1;
        let mut j = best;
        while j + 1 < count {
            runs[j] = runs[j + 1];
            j += 1;
        }
        count -= 1;
    }
    // The last run reaching to 0xFF (past the trail bytes) when that adds no
    // letter: `next >= first` takes fewer instructions than a range.
    if count > 0 && gap_cost(lead, runs[count - 1], (64, 64)) < 1000 {
        runs[count - 1].1 = 127;
    }
    let mut out = [(0u8, 0u8); N];
    let mut i = 0;
    while i < count {
        out[i] = (0x80 + runs[i].0, runs[i].1 - runs[i].0 + 1);
        i += 1;
    }
    out
}

/// A preset: its [`Full`] tables and [`Sieve`] built at compile time, in a type
/// of its own so that the sieve's ranges are constants in its code.
macro_rules! preset {
    ($(#[$doc:meta])* $ty:ident, $value:ident, $full:ident, $sieve:ident, $n:expr) => {
        static $full: Full = Full::new(&$n);
        const $sieve: Sieve = Sieve::new(&Compact::new(&$n));
        $(#[$doc])*
        #[derive(Debug, Clone, Copy)]
        pub(crate) struct $ty;
        $(#[$doc])*
        pub(super) const $value: $ty = $ty;
        impl Bits for $ty {
            #[inline(always)]
            fn bits(&self, b: u8) -> u64 {
                $full.bits[b as usize]
            }

            #[inline(always)]
            fn action(&self, index: usize) -> Action {
                $full.actions[index & 0xFF]
            }

            #[inline(always)]
            fn mask(&self, block: &[u8; 65]) -> u64 {
                $sieve.mask(block)
            }
        }
    };
}

preset!(
    /// [`Normalizer::SEARCH`]'s tables, built at compile time.
    SearchBits, SEARCH_BITS, SEARCH_FULL, SEARCH_SIEVE, Normalizer::SEARCH
);
preset!(
    /// [`Normalizer::DISPLAY`]'s tables, built at compile time.
    DisplayBits, DISPLAY_BITS, DISPLAY_FULL, DISPLAY_SIEVE, Normalizer::DISPLAY
);
preset!(
    /// The tables of the key [`crate::is_stop_word`] compares, built at compile time.
    StopBits, STOP_BITS, STOP_FULL, STOP_SIEVE, crate::stopwords::STOP_KEY
);

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

/// Whether the byte at `at` is in the exact candidate set of `bits` (the
/// [`Bits::mask`] of a preset flags a superset).
#[inline(always)]
fn is_candidate<B: Bits>(bits: &B, bytes: &[u8], at: usize) -> bool {
    let b = bytes.get(at).copied().unwrap_or(0);
    let next = bytes.get(at + 1).copied().unwrap_or(0);
    (bits.bits(b) >> (next & 63)) & 1 != 0
}

/// The byte offset of the first character of `text` that normalization changes,
/// or `None` when it changes nothing.
///
/// A word (under [`SHORT`] bytes) is first read here, inlined into the caller:
/// its characters of the Arabic block by their context-free actions, two bytes
/// at a time, up to the first that is not such a character or whose fate
/// depends on its neighbours; [`first_change_from`] takes up from there.
#[inline(always)]
pub(super) fn first_change<B: Bits>(n: &Normalizer, bits: &B, text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut pos = 0;
    if bytes.len() < SHORT {
        for pair in bytes.chunks_exact(2) {
            let (lead, next) = (pair[0], pair[1]);
            if lead.wrapping_sub(0xD8) >= 4 {
                break;
            }
            match bits.action(usize::from(lead - 0xD8) << 6 | usize::from(next & 63)).kind {
                KEEP => pos += 2,
                REMOVE | WRITE | DIGIT => return Some(pos),
                _ => break,
            }
        }
        if pos == bytes.len() {
            return None;
        }
    }
    first_change_from(n, bits, text, pos)
}

/// [`first_change`] from byte `pos` (a char boundary) on.
#[inline(never)]
fn first_change_from<B: Bits>(
    n: &Normalizer,
    bits: &B,
    text: &str,
    mut pos: usize,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut cursor = Cursor::new(bits, bytes, pos);
    while let Some(at) = cursor.next(bits, bytes, pos) {
        if !is_candidate(bits, bytes, at) {
            pos = at + 1;
            continue;
        }
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
    // `text[copied..]` is not written yet.
    let mut copied = settle(n, text, from, out, start);
    if bytes.len() < SHORT {
        let mut cursor = Cursor::new(bits, bytes, copied);
        let mut pos = copied;
        while let Some(at) = cursor.next(bits, bytes, pos) {
            pos = process(n, bits, text, at, &mut copied, out, start);
        }
    } else {
        // Blocks of 64 bytes from `base`; a character processed across the end
        // of a block moves the next block's start past it.
        let mut base = copied;
        while base < bytes.len() {
            let mut mask = block_mask(bits, bytes, base);
            let mut end = base + 64;
            while mask != 0 {
                let at = base + mask.trailing_zeros() as usize;
                mask &= mask - 1;
                let pos = process(n, bits, text, at, &mut copied, out, start);
                // Candidates inside what was just processed are done.
                let skip = pos - base;
                if skip >= 64 {
                    end = pos;
                    break;
                }
                mask &= u64::MAX << skip;
            }
            base = end;
        }
    }
    out.push_str(text.get(copied..).unwrap_or_default());
}

/// Processes the candidate at byte `at`: writes `text[*copied..at]` and what
/// the character there becomes, then the characters after it that depend on
/// that output ([`settle`]), and moves `*copied` past them; or, for a
/// candidate that changes nothing whatever its neighbours, leaves it in the
/// run to copy. Returns the byte from which to look for candidates again.
#[inline(always)]
fn process<B: Bits>(
    n: &Normalizer,
    bits: &B,
    text: &str,
    at: usize,
    copied: &mut usize,
    out: &mut String,
    start: usize,
) -> usize {
    let bytes = text.as_bytes();
    let lead = bytes.get(at).copied().unwrap_or(0);
    let next = bytes.get(at + 1).copied().unwrap_or(0);
    let pos = 'done: {
        if let 0xD8..=0xDB = lead {
            // The common case: a code point of the Arabic block with a
            // context-free action (a folded letter, a removed mark).
            let action = bits.action(usize::from(lead - 0xD8) << 6 | usize::from(next & 63));
            match action.kind {
                KEEP => return at + 2,
                REMOVE => {
                    copy_run(text, *copied, at, out);
                    break 'done at + 2;
                }
                WRITE => {
                    copy_run(text, *copied, at, out);
                    out.push(action.c);
                    break 'done at + 2;
                }
                _ => {}
            }
        }
        match process_rare(n, bits, text, at, *copied, out, start) {
            Some(pos) => pos,
            None => return at + 1,
        }
    };
    let pos = settle(n, text, pos, out, start);
    *copied = pos;
    pos
}

/// Appends `text[from..to]`, a run between two candidates, to `out`.
///
/// A copy of the exact length makes `memcpy` branch on the size, which on news
/// text (a change every thirty bytes or so, runs of every length) the processor
/// mispredicts about once a run. So a run of up to 80 bytes is copied as the 80
/// bytes from `from` (81 when byte 80 continues a character: both sizes take
/// the same path through `memcpy`), and the output cut back to the run; the
/// extra bytes are overwritten by what comes next. Outputs keep spare capacity
/// for this ([`SPARE`]).
#[inline(always)]
fn copy_run(text: &str, from: usize, to: usize, out: &mut String) {
    let bytes = text.as_bytes();
    let long = from + 80;
    if to <= long {
        if let Some(&b) = bytes.get(long) {
            // One step back from a continuation byte is a char boundary in
            // Arabic text (two-byte characters); `get` checks it in any case.
            let end = long + usize::from(b & 0xC0 == 0x80);
            if let Some(chunk) = text.get(from..end) {
                let keep = out.len() + (to - from);
                out.push_str(chunk);
                out.truncate(keep);
                return;
            }
        }
    }
    out.push_str(text.get(from..to).unwrap_or_default());
}

/// The capacity that outputs keep beyond the input's length, for [`copy_run`].
pub(super) const SPARE: usize = 84;

/// [`process`] for the rarer candidates: digits, context-dependent marks,
/// characters outside the Arabic block; `None` for a byte a preset's sieve
/// flagged that is no candidate (nothing is written then).
#[cold]
#[inline(never)]
fn process_rare<B: Bits>(
    n: &Normalizer,
    bits: &B,
    text: &str,
    at: usize,
    copied: usize,
    out: &mut String,
    start: usize,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let lead = bytes.get(at).copied().unwrap_or(0);
    let next = bytes.get(at + 1).copied().unwrap_or(0);
    if (bits.bits(lead) >> (next & 63)) & 1 == 0 {
        return None;
    }
    out.push_str(text.get(copied..at).unwrap_or_default());
    if let 0xD8..=0xDB = lead {
        let action = bits.action(usize::from(lead - 0xD8) << 6 | usize::from(next & 63));
        if action.kind == DIGIT && !out[start..].ends_with(['\u{066B}', '\u{066C}']) {
            out.push(action.c);
            return Some(at + 2);
        }
    }
    Some(step(n, text, at, out, start))
}

/// Processes the characters from byte `pos` whose fate depends on the output
/// just written rather than on themselves: a space after a space, and an ASCII
/// digit after `digit ٫` or `digit ٬`. Inside a run copied verbatim the output
/// ends as the input does, so the candidate sets catch them (the first space of
/// a pair, the separators); right after a processed character the output may
/// end differently. Returns the byte after them.
#[inline(always)]
fn settle(n: &Normalizer, text: &str, mut pos: usize, out: &mut String, start: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // Look at the last byte written first: it is rarely a space or the
        // trail byte of a separator (D9 AB, D9 AC), so this is the branch the
        // processor predicts (the next byte, a space half the time after a
        // folded letter, is not).
        let last = if out.len() > start { out.as_bytes().last().copied() } else { None };
        if !matches!(last, Some(b' ' | 0xAB | 0xAC)) {
            break;
        }
        let Some(&b) = bytes.get(pos) else { break };
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
    pos
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
