//! Bench input shared by every bench: the bulk corpus from `../shared/corpus/bulk`,
//! or, when that is absent, the sample article the crate carries.

#![allow(dead_code)]

use std::path::PathBuf;

/// The bulk corpus (8 MB of real Arabic news), or the crate's own sample repeated
/// to about 1 MB when `../shared` is not beside the crate.
pub fn bulk_text() -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus/bulk");
    let mut out = String::new();
    for name in ["2015-07-23.txt", "2015-07-27.txt"] {
        match std::fs::read_to_string(dir.join(name)) {
            Ok(t) => out.push_str(&t),
            Err(_) => {
                eprintln!("bench: ../shared/corpus/bulk absent; using the crate's sample text");
                out.clear();
                break;
            }
        }
    }
    if out.is_empty() {
        let sample = include_str!("../examples/data/sample_article.txt");
        while out.len() < 1 << 20 {
            out.push_str(sample);
            out.push('\n');
        }
    }
    out
}

/// `text` cut or repeated to about `size` bytes, on char boundaries: inputs of
/// several sizes with the same content (pass a fixed unit such as [`unit_64k`]),
/// for per-byte cost checks.
pub fn sized(text: &str, size: usize) -> String {
    let mut out = String::with_capacity(size + 4);
    while out.len() < size {
        let want = size - out.len();
        let mut cut = want.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        if cut == 0 {
            break;
        }
        out.push_str(&text[..cut]);
    }
    out
}

/// The sizes of the linear-cost groups: 4 KB, 64 KB, 1 MB, 16 MB.
pub const SIZES: [(&str, usize); 4] =
    [("4k", 4 << 10), ("64k", 64 << 10), ("1m", 1 << 20), ("16m", 16 << 20)];

/// A 64 KB stretch of whole lines from the middle of `text`: the unit the
/// scaling benches repeat, so every size holds the same mix of text.
pub fn unit_64k(text: &str) -> &str {
    // Newlines are ASCII, so cutting just after one is always a char boundary.
    let bytes = text.as_bytes();
    let line_start = |at: usize| bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let start = line_start(text.len() / 2);
    let end = (start + (64 << 10)).min(text.len());
    let end = if end == text.len() { end } else { line_start(end).max(start) };
    &text[start..end]
}
