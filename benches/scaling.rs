//! Linear cost (issue #7): the same 64 KB of bulk-corpus text, cut to 4 KB or
//! repeated to 1 MB and 16 MB, through each capability. With `Throughput::Bytes`, flat MB/s across the
//! sizes is linear cost; the goal is 16 MB within 1.5× the per-byte cost of 64 KB.
//!
//! `cargo bench --bench scaling -- --warm-up-time 1 --measurement-time 3`

#[path = "common.rs"]
mod common;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

/// One capability run over a whole text, returning something to keep.
type Run = fn(&str) -> usize;

fn bench(c: &mut Criterion) {
    let bulk = common::bulk_text();
    let unit = common::unit_64k(&bulk);
    let inputs: Vec<(&str, String)> =
        common::SIZES.iter().map(|&(name, size)| (name, common::sized(unit, size))).collect();
    let runs: [(&str, Run); 4] = [
        ("parse", |t| arabic_news::parse(t).map_or(0, |a| a.body.len())),
        ("normalize", |t| arabic_news::normalize(t).len()),
        ("tokenize", |t| arabic_news::tokenize(t).count()),
        ("sentences", |t| arabic_news::sentences(t).count()),
    ];
    for (name, run) in runs {
        let mut g = c.benchmark_group(format!("scaling/{name}"));
        g.sample_size(10);
        for (size, text) in &inputs {
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(BenchmarkId::from_parameter(size), text.as_str(), |b, t| {
                b.iter(|| run(black_box(t)))
            });
        }
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
