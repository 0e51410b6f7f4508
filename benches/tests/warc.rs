//! The `warc` example (feature `html`): a Common Crawl-shaped WARC.gz (one gzip
//! member per record; warcinfo, request and response records) written from the
//! shared HTML pages, streamed back into article JSON lines.

#[allow(dead_code, unreachable_pub)]
#[path = "../examples/warc.rs"]
mod example;

#[path = "../../tests/integration/corpus.rs"]
mod corpus;

use crate::corpus::shared_dir;

/// CRC-32 (IEEE), for the gzip trailer.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// One gzip member holding `data` in stored (uncompressed) deflate blocks.
fn gzip_member(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
    let mut chunks = data.chunks(65_535).peekable();
    if chunks.peek().is_none() {
        out.extend([1, 0, 0, 0xff, 0xff]);
    }
    while let Some(c) = chunks.next() {
        out.push(u8::from(chunks.peek().is_none()));
        let len = c.len() as u16;
        out.extend(len.to_le_bytes());
        out.extend((!len).to_le_bytes());
        out.extend(c);
    }
    out.extend(crc32(data).to_le_bytes());
    out.extend((data.len() as u32).to_le_bytes());
    out
}

fn record(kind: &str, uri: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Date: 2020-12-25T08:00:00Z\r\n\
         WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{:012}>\r\nWARC-Target-URI: {uri}\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len() % 1_000_000,
        block.len()
    )
    .into_bytes();
    r.extend(block);
    r.extend(b"\r\n\r\n");
    r
}

#[test]
fn warc_gz_of_the_shared_pages_streams_back() {
    let Some(shared) = shared_dir() else {
        eprintln!("skipping: ../shared is not beside the crate (needed for corpus/html)");
        return;
    };
    let mut file =
        gzip_member(&record("warcinfo", "", "application/warc-fields", b"software: test\r\n"));
    let mut pages = 0;
    for n in 1..=10 {
        let Ok(html) = std::fs::read(shared.join(format!("corpus/html/{n:03}.html"))) else {
            continue;
        };
        let uri = format!("https://example.com/{n:03}");
        let req = format!("GET /{n:03} HTTP/1.1\r\nHost: example.com\r\n\r\n");
        file.extend(gzip_member(&record(
            "request",
            &uri,
            "application/http; msgtype=request",
            req.as_bytes(),
        )));
        let mut resp =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n".to_vec();
        resp.extend(&html);
        file.extend(gzip_member(&record(
            "response",
            &uri,
            "application/http; msgtype=response",
            &resp,
        )));
        pages += 1;
    }
    // A non-HTML response is skipped.
    let img = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG";
    file.extend(gzip_member(&record(
        "response",
        "https://example.com/i.png",
        "application/http; msgtype=response",
        img,
    )));
    let dir = std::env::temp_dir().join(format!("arabic-news-warc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("pages.warc.gz");
    std::fs::write(&path, &file).expect("write warc");
    let mut out = Vec::new();
    let n = example::warc_articles::stream(&path, &mut out).expect("streams");
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(n, pages);
    let lines: Vec<serde_json::Value> = out
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).expect("json"))
        .collect();
    assert_eq!(lines.len(), pages);
    for (i, l) in lines.iter().enumerate() {
        assert_eq!(l["warc_date"], "2020-12-25T08:00:00+00:00");
        assert_eq!(l["target_uri"], format!("https://example.com/{:03}", i + 1));
        assert!(l["article"]["title"].is_string(), "{l}");
        assert!(l["article"]["body"].as_array().is_some_and(|b| !b.is_empty()), "{l}");
    }
    // The page's canonical URL wins over the record's.
    assert!(lines[0]["article"]["url"].as_str().is_some_and(|u| u.contains("youm7.com")));
}
