//! `parse` and `parse_bytes` (strict and lossy): never panic; fail only where the
//! API promises (empty, no Arabic, invalid UTF-8 when strict); the article
//! survives a serde JSON round trip; every non-blank input line is accounted for;
//! `explain` gives the same article, its parts taken from the input (as read:
//! no-break and the other Unicode spaces as ASCII spaces).
#![no_main]

use arabic_news::{Article, ErrorKind, Parser};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/integration/accounting.rs"]
mod accounting;

fuzz_target!(|data: &[u8]| {
    for lossy in [false, true] {
        let parser = Parser::new().lossy(lossy);
        match parser.parse_bytes(data) {
            Ok(article) => {
                let json = serde_json::to_string(&article).unwrap();
                let back: Article = serde_json::from_str(&json).unwrap();
                assert_eq!(back, article, "serde round trip");
                let text = String::from_utf8_lossy(data);
                let lost = accounting::lost_lines(&text, &article);
                assert!(lost.is_empty(), "lines lost: {lost:?}");
                // `explain` reports the same article, and every part of a line
                // is text of that line (as read: other spaces as spaces).
                let explain = parser.explain(&text).unwrap();
                assert_eq!(explain.article(), &article, "explain's article");
                let read = accounting::as_read(&text);
                for line in explain.lines() {
                    for part in line.parts() {
                        assert!(read.contains(part.text()), "part not in the input: {part:?}");
                    }
                }
            }
            Err(e) => match e.kind() {
                ErrorKind::InvalidUtf8 => {
                    assert!(!lossy && std::str::from_utf8(data).is_err());
                    assert_eq!(e.offset(), std::str::from_utf8(data).unwrap_err().valid_up_to());
                }
                ErrorKind::Empty | ErrorKind::NoArabic | ErrorKind::Markup => {}
                other => panic!("unexpected error {other}"),
            },
        }
    }
});
