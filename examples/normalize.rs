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
use std::process::ExitCode;

use arabic_news::Normalizer;

/// A sample written for this crate (not taken from any outlet).
const SAMPLE: &str = include_str!("data/sample_article.txt");

const USAGE: &str = "\
usage: normalize [--preset search|display] [PATH | -]

Normalizes Arabic text line by line (invalid UTF-8 is replaced with U+FFFD).

  (no argument)               show lines of the sample article in both presets
  PATH | -                    normalize a file, or stdin
  --preset search|display     SEARCH (for indexes; the default) or DISPLAY (lossless)
  -h, --help                  print this help
";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("normalize: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn Error>> {
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
                print!("{USAGE}");
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
    let (mut normalized, mut buf) = (String::new(), Vec::new());
    let mut reader = reader;
    while reader.read_until(b'\n', &mut buf)? > 0 {
        let line = String::from_utf8_lossy(&buf);
        let line = line.strip_suffix('\n').unwrap_or(&line);
        normalized.clear();
        preset.normalize_into(line.strip_suffix('\r').unwrap_or(line), &mut normalized);
        writeln!(out, "{normalized}")?;
        buf.clear();
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
