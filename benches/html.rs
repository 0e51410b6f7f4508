//! `parse_html` throughput (feature `html`): the shared HTML pages
//! (`../shared/corpus/html/001–010.html`, about 840 KB), all ten per
//! iteration, so the time per iteration / 10 is the time per page; and the
//! same pages' text through `parse`, for the share of the HTML layers.
//! Also one page repeated to 4× and 16× its body, for the per-byte cost.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn pages() -> Vec<(Vec<u8>, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus");
    (1..=10)
        .filter_map(|n| {
            let html = std::fs::read(dir.join(format!("html/{n:03}.html"))).ok()?;
            let text = std::fs::read_to_string(dir.join(format!("dev/{n:03}.txt"))).ok()?;
            Some((html, text))
        })
        .collect()
}

/// A page of the crate's own sample article's paragraphs, `copies` times,
/// wrapped in a typical page's chrome.
fn built_page(copies: usize) -> Vec<u8> {
    let sample = include_str!("../examples/data/sample_article.txt");
    let mut body = String::new();
    for _ in 0..copies {
        for line in sample.lines().filter(|l| !l.trim().is_empty()) {
            body.push_str("<p>");
            body.push_str(line);
            body.push_str("</p>\n");
        }
    }
    let nav = "<li><a href=\"/x\">قسم</a></li>".repeat(40);
    format!(
        "<!doctype html><html><head><meta charset=utf-8><title>خبر</title></head><body>\
         <nav><ul>{nav}</ul></nav><article>{body}</article><footer>{nav}</footer></body></html>"
    )
    .into_bytes()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("html");
    let pages = pages();
    if pages.is_empty() {
        eprintln!("bench: ../shared/corpus/html absent; only the built pages run");
    } else {
        let bytes: usize = pages.iter().map(|(h, _)| h.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function("shared-10-pages", |b| {
            b.iter(|| {
                for (html, _) in &pages {
                    let _ = black_box(arabic_news::parse_html(black_box(html)));
                }
            });
        });
        let text_bytes: usize = pages.iter().map(|(_, t)| t.len()).sum();
        group.throughput(Throughput::Bytes(text_bytes as u64));
        group.bench_function("shared-10-texts-parse", |b| {
            b.iter(|| {
                for (_, text) in &pages {
                    let _ = black_box(arabic_news::parse(black_box(text)));
                }
            });
        });
    }
    for copies in [1, 4, 16] {
        let page = built_page(copies);
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_function(format!("built-x{copies}"), |b| {
            b.iter(|| black_box(arabic_news::parse_html(black_box(&page))));
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
