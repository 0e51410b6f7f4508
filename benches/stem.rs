//! The light stemmer over every word of the bulk corpus (SEARCH-normalized once,
//! outside the measurement), against Snowball's Arabic stemmer (rust-stemmers) in
//! the same group. Words are slices of the normalized text, as a tokenizer
//! gives them (not one heap string each).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

#[path = "common.rs"]
mod common;

fn bench(c: &mut Criterion) {
    let text = common::bulk_text();
    let normalized = arabic_news::Normalizer::SEARCH.normalize(&text).into_owned();
    let words: Vec<&str> =
        normalized.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut g = c.benchmark_group("stem/bulk-words");
    g.throughput(Throughput::Elements(words.len() as u64));
    g.sample_size(20);
    g.bench_function("arabic_news::stem", |b| {
        b.iter(|| {
            words.iter().map(|w| black_box(arabic_news::stem(black_box(w))).len()).sum::<usize>()
        })
    });
    let light10 = arabic_news::Stemmer::new().light10(true);
    g.bench_function("arabic_news::Stemmer::light10", |b| {
        b.iter(|| words.iter().map(|w| black_box(light10.stem(black_box(w))).len()).sum::<usize>())
    });
    let snowball = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::Arabic);
    g.bench_function("rust_stemmers::Arabic (snowball)", |b| {
        b.iter(|| words.iter().map(|w| black_box(snowball.stem(black_box(w))).len()).sum::<usize>())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
