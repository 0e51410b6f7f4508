//! Parse a news page into an article and print it as JSON.
//!
//! - no argument: parse the sample article the crate carries, print pretty JSON;
//! - a path, or `-` for stdin: parse that page;
//! - `--jsonl [path|-]`: read JSON Lines with a `text` field (crawl dumps) and
//!   write one article JSON per line, streaming.

#[cfg(feature = "serde")]
use std::error::Error;
#[cfg(feature = "serde")]
use std::io::{BufRead, BufWriter, Read, Write};

const SAMPLE: &str = include_str!("data/sample_article.txt");

#[cfg(not(feature = "serde"))]
fn main() {
    // Without serde there is no JSON: print the sample article's debug form.
    match arabic_news::parse(SAMPLE) {
        Ok(article) => println!("{article:#?}"),
        Err(e) => eprintln!("{e}"),
    }
}

#[cfg(feature = "serde")]
fn main() -> Result<(), Box<dyn Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        [] => print_one(SAMPLE),
        ["--jsonl"] => jsonl(Box::new(std::io::stdin().lock())),
        ["--jsonl", "-"] => jsonl(Box::new(std::io::stdin().lock())),
        ["--jsonl", path] => jsonl(Box::new(std::io::BufReader::new(std::fs::File::open(path)?))),
        ["-"] => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text)?;
            print_one(&text)
        }
        [path] => print_one(&std::fs::read_to_string(path)?),
        _ => Err("usage: parse [PATH | - | --jsonl [PATH | -]]".into()),
    }
}

#[cfg(feature = "serde")]
fn print_one(text: &str) -> Result<(), Box<dyn Error>> {
    let article = arabic_news::parse(text)?;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &article)?;
    writeln!(out)?;
    Ok(())
}

#[cfg(feature = "serde")]
fn jsonl(input: Box<dyn BufRead>) -> Result<(), Box<dyn Error>> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for (n, line) in input.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let record: serde_json::Value =
            serde_json::from_str(&line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let text = record["text"].as_str().unwrap_or_default();
        match arabic_news::parse(text) {
            Ok(article) => serde_json::to_writer(&mut out, &article)?,
            Err(e) => {
                serde_json::to_writer(&mut out, &serde_json::json!({ "error": e.to_string() }))?
            }
        }
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
