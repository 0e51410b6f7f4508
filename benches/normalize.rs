//! Normalization throughput on the bulk corpus (`../shared/corpus/bulk`, or the
//! crate's sample when that is absent), with `str::to_lowercase` over the same
//! text as the yardstick, in one group so the ratios are visible; and a plain byte
//! scan (`bytes().filter(|b| *b == b' ').count()`), what any pass over the text costs.
//!
//! ```text
//! cargo bench --bench normalize -- --warm-up-time 1 --measurement-time 3
//! ```

#[path = "common.rs"]
mod common;

use std::hint::black_box;

use arabic_news::Normalizer;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn bench_normalize(c: &mut Criterion) {
    let text = common::bulk_text();
    let normalized = Normalizer::SEARCH.normalize(&text).into_owned();

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
