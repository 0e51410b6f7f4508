//! Normalize Arabic text with the `SEARCH` or `DISPLAY` preset.
//!
//! ```text
//! cargo run --example normalize                          # a built-in sample
//! cargo run --example normalize -- article.txt           # a file, SEARCH preset
//! cat article.txt | cargo run --example normalize -- --preset display -
//! ```
//!
//! With no argument, prints a few lines of the built-in sample article next to
//! their SEARCH and DISPLAY forms. With a path (or `-` for stdin), streams the
//! text line by line to stdout through the chosen preset (`search` by default),
//! reusing one output buffer.

use std::error::Error;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Write};

use arabic_news::Normalizer;

/// A sample written for this crate (not taken from any outlet).
const SAMPLE: &str = include_str!("data/sample_article.txt");

fn main() -> Result<(), Box<dyn Error>> {
    let mut preset = Normalizer::SEARCH;
    let mut input: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--preset" => {
                preset = match args.next().as_deref() {
                    Some("search") => Normalizer::SEARCH,
                    Some("display") => Normalizer::DISPLAY,
                    other => {
                        let found = other.unwrap_or("nothing");
                        return Err(format!(
                            "expected `search` or `display` after --preset, found `{found}`"
                        )
                        .into());
                    }
                }
            }
            "-h" | "--help" => {
                println!("usage: normalize [--preset search|display] [PATH | -]");
                return Ok(());
            }
            _ if input.is_none() => input = Some(arg),
            _ => return Err(format!("unexpected argument {arg:?}").into()),
        }
    }

    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let Some(path) = input else {
        return show_sample(&mut out);
    };
    let reader: Box<dyn BufRead> = if path == "-" {
        Box::new(io::stdin().lock())
    } else {
        Box::new(BufReader::new(File::open(&path).map_err(|e| format!("cannot open {path}: {e}"))?))
    };
    let mut normalized = String::new();
    for line in reader.lines() {
        let line = line?;
        normalized.clear();
        preset.normalize_into(&line, &mut normalized);
        writeln!(out, "{normalized}")?;
    }
    out.flush()?;
    Ok(())
}

/// Prints the first lines of the sample with their SEARCH and DISPLAY forms.
fn show_sample(out: &mut impl Write) -> Result<(), Box<dyn Error>> {
    for line in SAMPLE.lines().filter(|l| !l.trim().is_empty()).take(8) {
        writeln!(out, "input:   {line}")?;
        writeln!(out, "SEARCH:  {}", Normalizer::SEARCH.normalize(line))?;
        writeln!(out, "DISPLAY: {}", Normalizer::DISPLAY.normalize(line))?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}
