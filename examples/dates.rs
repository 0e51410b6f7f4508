//! Reads lines on stdin and writes one JSON object per line:
//! `{"input": <line>, "value": <ISO 8601 string or null>}`.
//!
//! ```text
//! printf 'منذ 3 ساعات\n27 ديسمبر 2023\n' | cargo run --example dates -- --base 2024-01-01T00:00:00
//! ```
//!
//! `--base` sets the reference for relative expressions; without it a relative line
//! gives a negative ISO 8601 duration (`-PT3H`).

use std::error::Error;
use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

use arabic_news::{DateParser, parse_date};

const USAGE: &str = "\
usage: dates [--base YYYY-MM-DDTHH:MM:SS] < lines

Reads lines on stdin (invalid UTF-8 is replaced with U+FFFD) and writes one JSON
object per line: {\"input\": <line>, \"value\": <ISO 8601 string or null>}.

  --base DATETIME   count relative expressions (منذ 3 ساعات) from DATETIME; without
                    it they give a negative ISO 8601 duration (-PT3H)
  -h, --help        print this help
";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("dates: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn Error>> {
    let mut parser = DateParser::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--base" => {
                let value =
                    args.next().ok_or("--base needs a value such as 2024-01-01T00:00:00")?;
                // The parser reads ISO 8601 itself.
                let base = parse_date(&value).and_then(|d| d.date.map(|date| (date, d.time)));
                let (date, time) =
                    base.ok_or_else(|| format!("--base: not an ISO date: {value}"))?;
                parser = parser.reference(date, time.unwrap_or(arabic_news::Time::MIDNIGHT));
            }
            "-h" | "--help" => {
                print!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("unknown argument {other}").into()),
        }
    }
    let stdin = std::io::stdin();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let (mut input, mut buf) = (stdin.lock(), Vec::new());
    while input.read_until(b'\n', &mut buf)? > 0 {
        let text = String::from_utf8_lossy(&buf);
        let text = text.strip_suffix('\n').unwrap_or(&text);
        let line = text.strip_suffix('\r').unwrap_or(text).to_owned();
        buf.clear();
        let value = parser.parse(&line).map(|d| d.to_string());
        let record = serde_json::json!({ "input": line, "value": value });
        writeln!(out, "{record}")?;
    }
    out.flush()?;
    Ok(())
}
