//! Access to `../shared` (the real corpus and peers' vectors), which lives outside
#![allow(dead_code)] // helpers are used by whichever capability tests are compiled in
//! the crate. Tests that need it skip, with a printed reason, when it is absent.

use std::path::PathBuf;

/// `../shared` beside the crate, when it is there. Under CI (`CI` set) it
/// must be: a missing corpus is an error there, not a skip.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("shared");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(std::env::var_os("CI").is_none(), "CI is set but {} is missing", dir.display());
    None
}

/// Reads `../shared/<rel>`, or prints why the calling test skips and returns `None`.
#[track_caller]
pub fn read_shared(rel: &str) -> Option<String> {
    let Some(dir) = shared_dir() else {
        eprintln!("skipping: ../shared is not beside the crate (needed for {rel})");
        return None;
    };
    let path = dir.join(rel);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(err) => {
            eprintln!("skipping: cannot read {}: {err}", path.display());
            None
        }
    }
}

/// The lines of `../shared/vectors/peers.jsonl` whose `kind` is `kind`, parsed.
pub fn peer_vectors(kind: &str) -> Option<Vec<serde_json::Value>> {
    let text = read_shared("vectors/peers.jsonl")?;
    Some(
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).expect("peers.jsonl line is JSON")
            })
            .filter(|v| v["kind"] == kind)
            .collect(),
    )
}

/// The bulk corpus (8 MB of real news text), concatenated.
pub fn bulk_corpus() -> Option<String> {
    let mut out = String::new();
    for name in ["corpus/bulk/2015-07-23.txt", "corpus/bulk/2015-07-27.txt"] {
        out.push_str(&read_shared(name)?);
    }
    Some(out)
}
