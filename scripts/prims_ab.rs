//! The harness of `scripts/prims_ab.sh`: `prims-ab BULK_DIR ROUNDS [FILTER...]`
//! times every function of both versions once per round, in turn, and prints
//! the min and median of each; `prims-ab BULK_DIR list [FILTER...]` lists the
//! names; a filter `=NAME` picks one name exactly (ROUNDS 0 reads the corpus only,
//! for callgrind's baseline).
use std::hint::black_box;
use std::time::Instant;

type F = Box<dyn Fn(&str) -> usize>;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut files: Vec<_> = std::fs::read_dir(&args[0])
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut text = String::new();
    for f in files {
        text.push_str(&std::fs::read_to_string(f).unwrap());
    }
    let mut fs: Vec<(String, F)> = Vec::new();
    macro_rules! both {
        ($name:expr, |$an:ident, $x:ident| $body:expr) => {
            fs.push((format!("old:{}", $name), Box::new(|$x: &str| { use old as $an; $body })));
            fs.push((format!("new:{}", $name), Box::new(|$x: &str| { use new as $an; $body })));
        };
    }
    both!("tokenize.count", |an, x| an::tokenize(x).count());
    both!("tokenize.for_each", |an, x| {
        let mut n = 0usize;
        an::tokenize(x).for_each(|t| n = n.wrapping_add(t.span().end ^ usize::from(t.is_word())));
        n
    });
    both!("tokenize.next", |an, x| {
        let mut it = an::tokenize(x);
        let mut n = 0usize;
        while let Some(t) = it.next() {
            n = n.wrapping_add(t.span().end ^ usize::from(t.is_word()));
        }
        n
    });
    both!("words.count", |an, x| an::words(x).count());
    both!("sentences.count", |an, x| an::sentences(x).count());
    both!("SEARCH.normalize", |an, x| an::Normalizer::SEARCH.normalize(x).len());
    both!("SEARCH.normalize_into", |an, x| {
        thread_local!(static OUT: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) });
        OUT.with(|out| {
            let mut out = out.borrow_mut();
            an::Normalizer::SEARCH.normalize_into(x, &mut out);
            out.len()
        })
    });
    both!("terms.count", |an, x| an::Analyzer::new().terms(x).count());
    both!("tantivy.stream", |an, x| {
        use tantivy_tokenizer_api::{TokenStream, Tokenizer};
        let mut tokenizer = an::tantivy::ArabicTokenizer::new().stem(true);
        let mut stream = tokenizer.token_stream(x);
        let mut n = 0usize;
        while stream.advance() {
            n = n.wrapping_add(stream.token().text.len());
        }
        n
    });
    let filters = &args[2..];
    let keep = |name: &str| {
        filters.is_empty()
            || filters.iter().any(|f| match f.strip_prefix('=') {
                Some(exact) => name.split_once(':').is_some_and(|(_, n)| n == exact) || name == exact,
                None => name.contains(f.as_str()),
            })
    };
    let fs: Vec<_> = fs.into_iter().filter(|(n, _)| keep(n)).collect();
    if args[1] == "list" {
        for (n, _) in &fs {
            println!("{n}");
        }
        return;
    }
    let rounds: usize = args[1].parse().unwrap();
    let mut times = vec![Vec::new(); fs.len()];
    for _ in 0..rounds {
        for (i, (_, f)) in fs.iter().enumerate() {
            let t = Instant::now();
            black_box(f(black_box(&text)));
            times[i].push(t.elapsed().as_secs_f64());
        }
    }
    if rounds < 3 {
        return;
    }
    println!("{:.1} MB; {rounds} rounds, the functions in turn within each round:", text.len() as f64 / 1e6);
    for (i, (n, _)) in fs.iter().enumerate() {
        let v = &mut times[i];
        v.sort_by(f64::total_cmp);
        let median = v[v.len() / 2];
        println!(
            "  {n:28} median {:7.2} ms = {:6.0} MB/s   (min {:7.2} ms)",
            median * 1e3,
            text.len() as f64 / median / 1e6,
            v[0] * 1e3
        );
    }
}
