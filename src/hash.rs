//! A fast hasher for the crate's lookup tables.
//!
//! The tables (places, outlet words, labels, agencies) are built once from the
//! crate's own data and only queried with page text, never grown by it, so
//! the flooding attacks SipHash guards against do not apply; the parser looks
//! words up in them on every line, where SipHash costs more than the lookup.
//! The mixing step is FxHash's (rustc's): a rotate, an xor and a multiply per
//! 8 bytes.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` keyed by the crate's fast hasher.
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A `HashSet` keyed by the crate's fast hasher.
pub(crate) type FastSet<T> = HashSet<T, BuildHasherDefault<FastHasher>>;

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// FxHash's word-at-a-time mixing.
#[derive(Default, Clone, Copy)]
pub(crate) struct FastHasher(u64);

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_find_what_they_hold_and_nothing_else() {
        let words = ["القاهرة", "دبي", "a", "", "12345678", "123456789"];
        let set: FastSet<String> = words.iter().map(|w| (*w).to_owned()).collect();
        for w in words {
            assert!(set.contains(w));
        }
        for w in ["القاهر", "دب", "b", " ", "1234567", "12345678 "] {
            assert!(!set.contains(w), "{w:?}");
        }
    }
}
