//! The `tantivy` feature: a real in-RAM tantivy index with `ArabicTokenizer`.
//! (In the `benches` member because it needs tantivy itself; run it from the
//! root with `cargo test --all-features` or `cargo test --features tantivy`.)

#[path = "../../tests/integration/corpus.rs"]
mod corpus;

use arabic_news::tantivy::ArabicTokenizer;
use tantivy::collector::TopDocs;
use tantivy::query::QueryParser;
use tantivy::schema::{
    Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::{Index, IndexWriter, TantivyDocument, doc};

use crate::corpus::shared_dir;

/// Documents written for this test, each holding a spelling variant.
const DOCS: [(&str, &str); 10] = [
    ("ahmad-hamza", "التقى أحمد بالوزير في المدرسة صباح اليوم"),
    ("ahmad-bare", "قال احمد إن مدرسه الحي ستفتح أبوابها"),
    ("ahmad-below", "كتب إحمد مقالا عن الـمـدرسـة الجديدة"),
    ("vocalized", "مُحَمَّدٌ يزورُ المَدْرَسَةَ غداً"),
    ("persian", "کتاب علی الجدید"),
    ("indic-digits", "بلغ عدد الطلاب ١٢٣ طالبا"),
    ("ascii-digits", "العدد 123 فقط"),
    ("plural", "اجتمع المعلمون في القاعة"),
    ("singular", "حضر معلم واحد"),
    ("weather", "الطقس حار اليوم"),
];

struct Fixture {
    index: Index,
    id: Field,
    arabic: Field,
    plain: Field,
}

fn text_field(tokenizer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}

/// One index, two fields over the same text: ours (`arabic`) and tantivy's
/// default tokenizer (`plain`), plus the dev corpus when `../shared` is there.
fn build() -> tantivy::Result<Fixture> {
    let mut schema = Schema::builder();
    let id = schema.add_text_field("id", STRING | STORED);
    let arabic = schema.add_text_field("arabic", text_field("arabic"));
    let plain = schema.add_text_field("plain", text_field("default"));
    let index = Index::create_in_ram(schema.build());
    index.tokenizers().register("arabic", ArabicTokenizer::new().stem(true));
    let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000)?;
    for (name, text) in DOCS {
        writer.add_document(doc!(id => name, arabic => text, plain => text))?;
    }
    if let Some(dir) = shared_dir() {
        for entry in std::fs::read_dir(dir.join("corpus/dev")).expect("corpus/dev is readable") {
            let path = entry.expect("dir entry").path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).expect("dev page is UTF-8");
                let name = format!("dev/{}", path.file_stem().unwrap().to_string_lossy());
                writer.add_document(
                    doc!(id => name, arabic => text.as_str(), plain => text.as_str()),
                )?;
            }
        }
    } else {
        eprintln!("note: ../shared absent; indexing only the hand-written documents");
    }
    writer.commit()?;
    Ok(Fixture { index, id, arabic, plain })
}

/// The ids of the hand-written documents that `query` finds in `field`.
fn hits(f: &Fixture, field: Field, query: &str) -> Vec<String> {
    let searcher = f.index.reader().expect("reader").searcher();
    let q = QueryParser::for_index(&f.index, vec![field]).parse_query(query).expect("query parses");
    let mut ids: Vec<String> = searcher
        .search(&q, &TopDocs::with_limit(1000))
        .expect("search")
        .into_iter()
        .map(|(_, addr)| {
            let d: TantivyDocument = searcher.doc(addr).expect("stored doc");
            d.get_first(f.id).and_then(|v| v.as_str()).expect("id").to_owned()
        })
        .filter(|id| !id.starts_with("dev/"))
        .collect();
    ids.sort();
    ids
}

#[track_caller]
fn assert_finds(f: &Fixture, queries: &[&str], expected: &[&str]) {
    let mut expected: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
    expected.sort();
    for q in queries {
        assert_eq!(hits(f, f.arabic, q), expected, "query {q:?}");
    }
}

#[test]
fn spelling_variants_match_each_other_and_nothing_else() -> tantivy::Result<()> {
    let f = build()?;
    let ahmad = ["ahmad-hamza", "ahmad-bare", "ahmad-below"];
    assert_finds(&f, &["أحمد", "احمد", "إحمد", "أَحْمَد", "احـمـد"], &ahmad);
    let school = ["ahmad-hamza", "ahmad-bare", "ahmad-below", "vocalized"];
    assert_finds(&f, &["مدرسة", "مدرسه", "المدرسة", "مَدْرَسَةٌ", "الـمـدرسـة"], &school);
    assert_finds(&f, &["كتاب", "کتاب"], &["persian"]);
    assert_finds(&f, &["علي", "علی", "على"], &["persian"]);
    assert_finds(&f, &["123", "١٢٣", "۱۲۳"], &["indic-digits", "ascii-digits"]);
    assert_finds(&f, &["معلم", "المعلمون", "معلمين"], &["plural", "singular"]);
    assert_finds(&f, &["الطقس"], &["weather"]);
    Ok(())
}

#[test]
fn the_default_tokenizer_misses_what_ours_matches() -> tantivy::Result<()> {
    let f = build()?;
    assert_eq!(hits(&f, f.plain, "احمد"), vec!["ahmad-bare".to_string()]);
    assert!(hits(&f, f.plain, "مدرسة").is_empty(), "no exact مدرسة in the plain field");
    assert_eq!(hits(&f, f.arabic, "احمد").len(), 3);
    Ok(())
}

#[test]
fn corpus_documents_are_found_by_their_own_words() -> tantivy::Result<()> {
    let Some(dir) = shared_dir() else {
        eprintln!("skipping: ../shared absent");
        return Ok(());
    };
    let f = build()?;
    let searcher = f.index.reader()?.searcher();
    let text = std::fs::read_to_string(dir.join("corpus/dev/001.txt")).expect("dev page");
    // Every long Arabic word of the page, as written, finds the page.
    for word in arabic_news::words(&text).filter(|t| t.as_str().chars().count() >= 6).take(50) {
        let q = QueryParser::for_index(&f.index, vec![f.arabic]).parse_query(word.as_str())?;
        let found =
            searcher.search(&q, &TopDocs::with_limit(1000))?.into_iter().any(|(_, addr)| {
                let d: TantivyDocument = searcher.doc(addr).expect("stored doc");
                d.get_first(f.id).and_then(|v| v.as_str()) == Some("dev/001")
            });
        assert!(found, "{:?} does not find its own page", word.as_str());
    }
    Ok(())
}

/// Lucene's analyzer vectors, run through `ArabicTokenizer` configured as each
/// Lucene chain is: stemming on, stop words when the chain has a StopFilter with
/// the default list, the stem exclusion set as `protected`. The output must be
/// Lucene's, token for token.
#[test]
fn lucene_analyzer_vectors_pass_exactly() {
    use tantivy::tokenizer::{TokenStream, Tokenizer};
    let Some(vectors) = crate::corpus::peer_vectors("stem") else { return };
    let mut checked = 0;
    for v in vectors.iter().filter(|v| v["expected"].is_array()) {
        let input = v["input"].as_str().expect("input");
        let notes = v["notes"].as_str().unwrap_or("");
        let expected: Vec<&str> =
            v["expected"].as_array().unwrap().iter().map(|e| e.as_str().unwrap()).collect();
        let stop = notes.contains("StopFilter") && !notes.contains("stopwords=EMPTY");
        let protected: Vec<&'static str> = notes
            .split("stemExclusionSet={")
            .nth(1)
            .map(|set| set.split('}').next().unwrap().split(',').map(str::trim))
            .into_iter()
            .flatten()
            .filter(|w| !w.is_empty())
            .map(|w| &*String::leak(arabic_news::normalize(w).into_owned()))
            .collect();
        let protected: &'static [&'static str] = Vec::leak(protected);
        let mut t = ArabicTokenizer::new().stem(true).stop_words(stop).protected(protected);
        let mut stream = t.token_stream(input);
        let mut ours = Vec::new();
        while let Some(token) = stream.next() {
            ours.push(token.text.clone());
        }
        assert_eq!(ours, expected, "{input:?} ({notes})");
        checked += 1;
    }
    assert!(checked >= 14, "only {checked} analyzer vectors");
}

/// Lucene's keyword-marker vector: a protected word is indexed unstemmed.
#[test]
fn protected_words_are_not_stemmed() {
    use tantivy::tokenizer::{TokenStream, Tokenizer};
    let Some(vectors) = crate::corpus::peer_vectors("stem") else { return };
    let v = vectors.iter().find(|v| v["test"] == "testWithKeywordAttribute").expect("vector");
    let word = v["input"].as_str().unwrap();
    let protected: &'static [&'static str] = Vec::leak(vec![&*String::leak(word.to_owned())]);
    for (tokenizer, want) in [
        (ArabicTokenizer::new().stem(true).protected(protected), v["expected"].as_str().unwrap()),
        (ArabicTokenizer::new().stem(true), arabic_news::stem(word)),
    ] {
        let mut t = tokenizer;
        let mut stream = t.token_stream(word);
        assert_eq!(stream.next().map(|t| t.text.clone()).as_deref(), Some(want));
    }
    assert_ne!(arabic_news::stem(word), word, "the vector's word is one the stemmer changes");
}

/// Dropped stop words keep their positions, as tantivy's own `StopWordFilter`
/// leaves them: the tokenizer numbers the tokens, the filter only skips some.
/// And `ArabicTokenizer` emits exactly `Analyzer::terms`.
#[test]
fn stop_word_positions_follow_tantivy_and_the_analyzer() {
    use tantivy::tokenizer::{
        SimpleTokenizer, StopWordFilter, TextAnalyzer, TokenStream, Tokenizer,
    };
    let text = "عاد الوزير إلى بيته في المساء";
    let stream_of = |stream: &mut dyn TokenStream| {
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.position, t.offset_from, t.offset_to));
        }
        out
    };
    let mut tantivy = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(StopWordFilter::remove(vec!["إلى".to_string(), "في".to_string()]))
        .build();
    let theirs = stream_of(&mut tantivy.token_stream(text));
    let analyzer =
        arabic_news::Analyzer::new().normalizer(arabic_news::Normalizer::new()).stop_words(true);
    let mut ours = ArabicTokenizer::from(analyzer);
    let ours = stream_of(&mut ours.token_stream(text));
    assert_eq!(ours, theirs);
    let terms: Vec<_> = analyzer
        .terms(text)
        .map(|t| (t.as_str().to_owned(), t.position(), t.span().start, t.span().end))
        .collect();
    assert_eq!(ours, terms);
    assert_eq!(ours.iter().map(|t| t.1).collect::<Vec<_>>(), [0, 1, 3, 5]);
}
