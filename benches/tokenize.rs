//! Tokenizer throughput over the bulk corpus (`../shared/corpus/bulk`, or the
//! crate's sample when that is absent), with `split_whitespace` and UAX #29
//! `split_word_bounds` as baselines in the same group, and a plain byte scan
//! (`bytes().filter(|b| *b == b' ').count()`) as the yardstick of what a pass
//! over the text costs.
//!
//! Run with short times on a shared machine:
//! `cargo bench --bench tokenize -- --warm-up-time 1 --measurement-time 3`

#[path = "common.rs"]
mod common;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use unicode_segmentation::UnicodeSegmentation;

fn bench(c: &mut Criterion) {
    let text = common::bulk_text();
    let mut group = c.benchmark_group("tokenize/bulk");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("byte scan", |b| {
        b.iter(|| black_box(&text).bytes().filter(|b| *b == b' ').count())
    });
    group
        .bench_function("tokenize", |b| b.iter(|| arabic_news::tokenize(black_box(&text)).count()));
    group.bench_function("words", |b| b.iter(|| arabic_news::words(black_box(&text)).count()));
    group.bench_function("sentences", |b| {
        b.iter(|| arabic_news::sentences(black_box(&text)).count())
    });
    group.bench_function("split_whitespace", |b| {
        b.iter(|| black_box(&text).split_whitespace().count())
    });
    group.bench_function("split_word_bounds", |b| {
        b.iter(|| black_box(&text).split_word_bounds().count())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
