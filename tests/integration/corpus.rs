//! Access to `../shared` (the real corpus and peers' vectors), which lives outside
#![allow(dead_code)] // helpers are used by whichever capability tests are compiled in
//! the crate. Tests that need it skip, with a printed reason, when it is absent.

use std::path::PathBuf;

/// `../shared` beside the crate, when it is there. Under CI (`CI` set) it
/// must be: a missing corpus is an error there, not a skip. Elsewhere its
/// absence is said once per test binary, on stderr past the test harness's
/// capture, so that a reduced run does not pass for a full one.
pub fn shared_dir() -> Option<PathBuf> {
    // This file is also compiled into the `benches` member's tests, one level down.
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let root = if here.join("src/lib.rs").is_file() { here } else { here.join("..") };
    let dir = root.join("..").join("shared");
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(std::env::var_os("CI").is_none(), "CI is set but {} is missing", dir.display());
    static NOTE: std::sync::Once = std::sync::Once::new();
    NOTE.call_once(|| {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "\nnote: ../shared (the development corpus and peers' test vectors) is not beside \
             the crate; the checks that read it were skipped (dev-corpus accuracy and \
             nothing-lost on real pages, the date probe, the normalization probe, peers' \
             stemmer, normalizer and date vectors, the bulk corpus, the agencies table): \
             this is a reduced run; see the README"
        );
    });
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
