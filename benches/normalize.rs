//! Normalization throughput on the bulk corpus (`../shared/corpus/bulk`, or the
//! crate's sample when that is absent), with `str::to_lowercase` over the same
//! text as the yardstick, in one group so the ratios are visible; and a plain byte
//! scan (`bytes().filter(|b| *b == b' ').count()`), what any pass over the text costs;
//! and [`minimal_folds`], the plainest safe 64-byte-bitmask normalizer (four folds and
//! two removals, a `push_str` per run and per change), as the yardstick of what that
//! design costs on this text.
//!
//! ```text
//! cargo bench --bench normalize -- --warm-up-time 1 --measurement-time 3
//! ```

#[path = "common.rs"]
mod common;

use std::hint::black_box;

use arabic_news::Normalizer;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Whether byte `x`, followed by `next`, starts a character [`minimal_folds`]
/// changes: آ أ ؤ إ ة (D8 A2-A5, A9), tatweel (D9 80), ى (D9 89), the harakat
/// U+064B-U+0652 (D9 8B-92).
#[inline(always)]
fn minimal_flag(x: u8, next: u8) -> bool {
    (x == 0xD8 && (next.wrapping_sub(0xA2) < 4 || next == 0xA9))
        | (x == 0xD9 && (next == 0x80 || next == 0x89 || next.wrapping_sub(0x8B) < 8))
}

/// The flagged bytes of `block[..64]` as a bit mask (`block[64]` is the byte after).
fn minimal_mask(block: &[u8; 65]) -> u64 {
    let mut flags = [0u8; 64];
    for (k, f) in flags.iter_mut().enumerate() {
        *f = u8::from(minimal_flag(block[k], block[k + 1])) << 7;
    }
    let mut mask = 0u64;
    for (k, eight) in flags.chunks_exact(8).enumerate() {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(eight).unwrap_or_default());
        mask |= (word.wrapping_mul(0x0002_0408_1020_4081) >> 56) << (8 * k);
    }
    mask
}

/// The plainest safe bitmask normalizer, a yardstick and not the crate's code:
/// آ أ إ → ا, ؤ → ا (a simplification), ة → ه, ى → ي, tatweel and harakat
/// removed, nothing else (no composition, digits, spaces, Latin, presentation
/// forms); each 64-byte block's candidates found by a mask, and for each
/// change the run before it and what it becomes appended with `push_str`.
fn minimal_folds(text: &str, out: &mut String) {
    let bytes = text.as_bytes();
    let mut copied = 0;
    let mut base = 0;
    while base < bytes.len() {
        let mut block = [0u8; 65];
        let have = (bytes.len() - base).min(65);
        block[..have].copy_from_slice(&bytes[base..base + have]);
        let mut mask = minimal_mask(&block);
        while mask != 0 {
            let at = base + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            out.push_str(&text[copied..at]);
            out.push_str(match (bytes[at], bytes[at + 1]) {
                (0xD8, 0xA9) => "ه",
                (0xD8, 0xA2..=0xA5) => "ا",
                (0xD9, 0x89) => "ي",
                _ => "",
            });
            copied = at + 2;
        }
        // A flagged character across the block's end was processed whole.
        base = (base + 64).max(copied);
    }
    out.push_str(&text[copied..]);
}

/// [`minimal_folds`] character by character, to check the yardstick.
fn minimal_folds_reference(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            'آ' | 'أ' | 'ؤ' | 'إ' => Some('ا'),
            'ة' => Some('ه'),
            'ى' => Some('ي'),
            '\u{0640}' | '\u{064B}'..='\u{0652}' => None,
            c => Some(c),
        })
        .collect()
}

fn bench_normalize(c: &mut Criterion) {
    let text = common::bulk_text();
    let normalized = Normalizer::SEARCH.normalize(&text).into_owned();
    let mut check = String::new();
    minimal_folds(&text, &mut check);
    assert_eq!(check, minimal_folds_reference(&text), "the yardstick folds as it says");

    let mut group = c.benchmark_group("normalize/bulk");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("byte scan", |b| {
        b.iter(|| black_box(&text).bytes().filter(|b| *b == b' ').count())
    });
    group.bench_function("search", |b| b.iter(|| Normalizer::SEARCH.normalize(black_box(&text))));
    group.bench_function("display", |b| b.iter(|| Normalizer::DISPLAY.normalize(black_box(&text))));
    group.bench_function("str::to_lowercase", |b| b.iter(|| black_box(&text).to_lowercase()));
    group.bench_function("search/reference", |b| {
        b.iter(|| {
            let mut out = String::with_capacity(text.len());
            Normalizer::SEARCH.reference_normalize_into(black_box(&text), &mut out);
            out
        })
    });
    let mut buffer = String::with_capacity(text.len());
    group.bench_function("search/normalize_into", |b| {
        b.iter(|| {
            buffer.clear();
            Normalizer::SEARCH.normalize_into(black_box(&text), &mut buffer);
        })
    });
    group.bench_function("minimal bitmask folds", |b| {
        b.iter(|| {
            buffer.clear();
            minimal_folds(black_box(&text), &mut buffer);
        })
    });
    group.finish();

    // Text already in SEARCH form: the scan-only case (returns it borrowed).
    let mut group = c.benchmark_group("normalize/bulk-normalized");
    group.throughput(Throughput::Bytes(normalized.len() as u64));
    group.sample_size(20);
    group.bench_function("search/scan-only", |b| {
        b.iter(|| Normalizer::SEARCH.normalize(black_box(&normalized)))
    });
    group.bench_function("str::to_lowercase", |b| b.iter(|| black_box(&normalized).to_lowercase()));
    group.finish();

    // Word by word, as callers normalize tokens: the cost of short inputs.
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut group = c.benchmark_group("normalize/bulk-words");
    group.throughput(Throughput::Bytes(words.iter().map(|w| w.len() as u64).sum()));
    group.sample_size(20);
    group.bench_function("search", |b| {
        b.iter(|| {
            words.iter().map(|w| Normalizer::SEARCH.normalize(black_box(w)).len()).sum::<usize>()
        })
    });
    group.bench_function("str::to_lowercase", |b| {
        b.iter(|| words.iter().map(|w| black_box(w).to_lowercase().len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, bench_normalize);
criterion_main!(benches);
