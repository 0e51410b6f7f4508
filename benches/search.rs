//! Indexing the bulk corpus into an in-RAM tantivy index with `ArabicTokenizer`
//! and with tantivy's default tokenizer, in the same group; and the term streams
//! alone (`Analyzer::terms`, the same through tantivy's `TokenStream`, tantivy's
//! default analyzer, and a plain byte scan of the text as the yardstick). The
//! number of terms of each stream is printed first, for terms/s.
//! Run with `cargo bench --features tantivy --bench search`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::{TokenStream, Tokenizer};
use tantivy::{Index, IndexWriter, doc};

use arabic_news::Analyzer;
use arabic_news::tantivy::ArabicTokenizer;

#[path = "common.rs"]
mod common;

/// Indexes every article (split on form feeds) into a fresh in-RAM index whose
/// one text field uses `tokenizer`; returns the number of documents.
fn index_with(articles: &[&str], tokenizer: Option<ArabicTokenizer>) -> usize {
    let name = if tokenizer.is_some() { "arabic" } else { "default" };
    let mut schema = Schema::builder();
    let body = schema.add_text_field(
        "body",
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(name)
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        ),
    );
    let index = Index::create_in_ram(schema.build());
    if let Some(t) = tokenizer {
        index.tokenizers().register("arabic", t);
    }
    let mut writer: IndexWriter = index.writer_with_num_threads(1, 100_000_000).expect("writer");
    for a in articles {
        writer.add_document(doc!(body => *a)).expect("add");
    }
    writer.commit().expect("commit");
    articles.len()
}

fn drain(mut stream: impl TokenStream) -> usize {
    let mut n = 0;
    while stream.advance() {
        n += black_box(stream.token().text.len()).min(1);
    }
    n
}

fn count_tokens(mut t: ArabicTokenizer, text: &str) -> usize {
    drain(t.token_stream(text))
}

/// tantivy's "default" analyzer: SimpleTokenizer, RemoveLongFilter, LowerCaser.
fn count_default(text: &str) -> usize {
    let mut analyzer = Index::create_in_ram(Schema::builder().build())
        .tokenizers()
        .get("default")
        .expect("tantivy registers a default analyzer");
    drain(analyzer.token_stream(text))
}

fn bench(c: &mut Criterion) {
    let text = common::bulk_text();
    let articles: Vec<&str> = text.split("\n\u{c}\n").collect();

    let plain = Analyzer::new();
    let full = Analyzer::new().stem(true).stop_words(true);
    eprintln!(
        "search/tokens-bulk: {} bytes; terms: Analyzer::new() {}, stem + stop words {}, \
         tantivy default {}",
        text.len(),
        plain.terms(&text).count(),
        full.terms(&text).count(),
        count_default(&text),
    );
    let mut g = c.benchmark_group("search/tokens-bulk");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("byte scan", |b| {
        b.iter(|| black_box(&text).bytes().filter(|b| *b == b' ').count())
    });
    g.bench_function("Analyzer::terms (normalize)", |b| {
        b.iter(|| plain.terms(black_box(&text)).count())
    });
    g.bench_function("Analyzer::terms (normalize + stem + stop words)", |b| {
        b.iter(|| full.terms(black_box(&text)).count())
    });
    g.bench_function("ArabicTokenizer (normalize)", |b| {
        b.iter(|| count_tokens(ArabicTokenizer::new(), black_box(&text)))
    });
    g.bench_function("ArabicTokenizer (normalize + stem)", |b| {
        b.iter(|| count_tokens(ArabicTokenizer::new().stem(true), black_box(&text)))
    });
    g.bench_function("tantivy default", |b| b.iter(|| count_default(black_box(&text))));
    g.finish();

    let mut g = c.benchmark_group("search/index-bulk");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("ArabicTokenizer (normalize + stem)", |b| {
        b.iter(|| index_with(black_box(&articles), Some(ArabicTokenizer::new().stem(true))))
    });
    g.bench_function("tantivy default", |b| b.iter(|| index_with(black_box(&articles), None)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
