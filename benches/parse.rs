//! Article parsing throughput: every dev document and the seed (when
//! `../shared` is beside the crate), the bulk corpus split on its form feeds
//! (one article each), and the crate's sample article.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

mod common;

fn dev_pages() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    let mut pages = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir.join("dev")) {
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        pages.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    if let Ok(seed) = std::fs::read_to_string(dir.join("seed.txt")) {
        pages.push(seed);
    }
    if pages.is_empty() {
        eprintln!("bench: ../shared/corpus absent; using the crate's sample article");
        pages.push(include_str!("../examples/data/sample_article.txt").to_owned());
    }
    pages
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");

    let sample = include_str!("../examples/data/sample_article.txt");
    group.throughput(Throughput::Bytes(sample.len() as u64));
    group.bench_function("sample-article", |b| b.iter(|| arabic_news::parse(black_box(sample))));

    let dev = dev_pages();
    let dev_bytes: usize = dev.iter().map(String::len).sum();
    group.throughput(Throughput::Bytes(dev_bytes as u64));
    group.bench_function("dev-and-seed", |b| {
        b.iter(|| {
            for p in &dev {
                let _ = black_box(arabic_news::parse(black_box(p)));
            }
        });
    });

    let bulk = common::bulk_text();
    let articles: Vec<&str> = bulk.split("\n\u{c}\n").filter(|a| !a.trim().is_empty()).collect();
    group.throughput(Throughput::Bytes(bulk.len() as u64));
    group.sample_size(10);
    group.bench_function("bulk-articles", |b| {
        b.iter(|| {
            for a in &articles {
                let _ = black_box(arabic_news::parse(black_box(a)));
            }
        });
    });
    // Baseline: just walking the lines of the bulk corpus.
    group.bench_function("baseline-lines", |b| {
        b.iter(|| black_box(&bulk).lines().map(|l| l.trim().len()).sum::<usize>());
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
