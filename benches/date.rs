//! Date parsing: every line of `../shared/dates/probe.tsv` (falling back to a few
//! lines written here), and `find_all` over a ~4 KB article
//! (`../shared/corpus/dev/001.txt`'s head, falling back to the crate's sample).
//!
//! Run with short times on shared machines:
//! `cargo bench --bench date -- --warm-up-time 1 --measurement-time 3`.

use std::hint::black_box;
use std::path::PathBuf;

use arabic_news::{Date, DateParser, Time};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn shared(rel: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared").join(rel);
    std::fs::read_to_string(path).ok()
}

fn probe_lines() -> Vec<String> {
    match shared("dates/probe.tsv") {
        Some(text) => {
            text.lines().skip(1).filter_map(|l| l.split('\t').next()).map(str::to_string).collect()
        }
        None => {
            eprintln!("bench: ../shared/dates/probe.tsv absent; using built-in lines");
            [
                "الأربعاء 27 ديسمبر 2023",
                "27 كانون الأول 2023",
                "٢٧/١٢/٢٠٢٣ ١٠:٣٠ م",
                "الاثنين 19 جمادى الآخرة 1445 هـ الموافق 1 يناير 2024 م",
                "تاريخ النشر: 27 ديسمبر 2023 - 10:30 بتوقيت مكة المكرمة",
                "منذ 3 ساعات",
                "عاجل",
            ]
            .map(str::to_string)
            .to_vec()
        }
    }
}

/// About 4 KB of a real article, cut on a char boundary.
fn article() -> String {
    let text = shared("corpus/dev/001.txt").unwrap_or_else(|| {
        eprintln!("bench: ../shared/corpus/dev/001.txt absent; using the crate's sample article");
        include_str!("../examples/data/sample_article.txt").repeat(2)
    });
    let mut end = text.len().min(4096);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].to_string()
}

fn bench(c: &mut Criterion) {
    let parser = DateParser::new().reference(Date::new(2024, 1, 1).unwrap(), Time::MIDNIGHT);
    let lines = probe_lines();
    let mut group = c.benchmark_group("date");
    group.throughput(Throughput::Elements(lines.len() as u64));
    group.bench_function("probe-lines", |b| {
        b.iter(|| {
            for line in &lines {
                black_box(parser.parse(black_box(line)));
            }
        });
    });
    let text = article();
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("find_all/article-4k", |b| {
        b.iter(|| parser.find_all(black_box(&text)).count());
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
