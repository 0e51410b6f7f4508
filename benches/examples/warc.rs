//! Stream a WARC or WARC.gz file (Common Crawl's format) and write one JSON
//! line per HTML response record: `{"target_uri", "warc_date", "article"}`, or
//! `{"target_uri", "warc_date", "error"}` when the page holds no article.
//!
//! `cargo run --release --features html --example warc -- FILE.warc.gz > articles.jsonl`
//!
//! Each record's `WARC-Target-URI` is passed to the parser as the page's URL,
//! and its `WARC-Date` as the reference for relative dates (منذ 3 ساعات).
//! Records are read one at a time (the file is never loaded whole); gzip is
//! recognised by its magic bytes, per member as Common Crawl writes it.

#[cfg(all(feature = "html", feature = "serde"))]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    use std::io::Write;
    let Some(path) = std::env::args().nth(1) else {
        return Err("usage: warc FILE.warc[.gz]".into());
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let n = warc_articles::stream(std::path::Path::new(&path), &mut out)?;
    out.flush()?;
    eprintln!("{n} HTML records");
    Ok(())
}

#[cfg(not(all(feature = "html", feature = "serde")))]
fn main() {
    eprintln!("the warc example needs the html and serde features: --features html");
}

/// The example's work, also used by its test (`tests/integration/warc.rs`).
#[cfg(all(feature = "html", feature = "serde"))]
#[allow(dead_code)]
pub mod warc_articles {
    use std::io::{BufRead, Read, Write};
    use std::path::Path;

    use arabic_news::{DateParser, Parser};
    use warc::{RecordType, WarcHeader, WarcReader};

    /// Reads every record of the WARC (or WARC.gz) at `path` and writes one
    /// JSON line per HTML response to `out`; returns how many it wrote.
    pub fn stream(path: &Path, out: &mut impl Write) -> Result<usize, Box<dyn std::error::Error>> {
        let mut magic = [0u8; 2];
        let gz = std::fs::File::open(path)?.read(&mut magic)? == 2 && magic == [0x1f, 0x8b];
        if gz {
            records(WarcReader::from_path_gzip(path)?, out)
        } else {
            records(WarcReader::from_path(path)?, out)
        }
    }

    fn records<R: BufRead>(
        mut reader: WarcReader<R>,
        out: &mut impl Write,
    ) -> Result<usize, Box<dyn std::error::Error>> {
        let mut n = 0;
        let mut stream = reader.stream_records();
        while let Some(record) = stream.next_item() {
            let record = record?;
            if *record.warc_type() != RecordType::Response {
                continue;
            }
            let uri = record.header(WarcHeader::TargetURI).map(|u| u.into_owned());
            let date = record.date().to_rfc3339();
            let record = record.into_buffered()?;
            let Some(payload) = html_payload(record.body()) else { continue };
            let mut parser = Parser::new();
            if let Some(d) = DateParser::new().parse(&date) {
                if let (Some(day), Some(time)) = (d.date, d.time) {
                    parser = parser.reference(day, time);
                }
            }
            let line = match parser.parse_html(payload, uri.as_deref()) {
                Ok(a) => serde_json::json!({ "target_uri": uri, "warc_date": date, "article": a }),
                Err(e) => {
                    serde_json::json!({ "target_uri": uri, "warc_date": date, "error": e.to_string() })
                }
            };
            serde_json::to_writer(&mut *out, &line)?;
            out.write_all(b"\n")?;
            n += 1;
        }
        Ok(n)
    }

    /// The body of an HTTP response whose `Content-Type` is HTML (or absent).
    pub fn html_payload(http: &[u8]) -> Option<&[u8]> {
        let end = http.windows(4).position(|w| w == b"\r\n\r\n")?;
        let head = String::from_utf8_lossy(&http[..end]).to_ascii_lowercase();
        let ctype = head.lines().find_map(|l| l.strip_prefix("content-type:")).map(str::trim);
        if ctype.is_some_and(|c| !c.contains("html")) {
            return None;
        }
        Some(&http[end + 4..])
    }
}
