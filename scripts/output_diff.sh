#!/usr/bin/env bash
# Whether a change to the parser changed its output: the JSON of every document
# the project has (the seed page, the sample article, the fixtures, the dev pages
# at "read also" depths 2, 1 and 0, the HTML pages, the bulk corpus split into
# articles), parsed by OLD_REV and by the working tree, compared byte for byte.
# The check to run after any change meant to be a pure speed-up or refactor.
#
#   scripts/output_diff.sh OLD_REV     # prints the documents whose JSON differs
#   OUTPUT_DIFF_ALL=1 scripts/output_diff.sh OLD_REV   # every one, in full
#
# Needs ../shared beside the repository. Builds a throwaway crate in a temporary
# directory; nothing in the repository changes. Exit status 1 when any differs.
set -euo pipefail
old_rev="${1:?usage: output_diff.sh OLD_REV}"
source "$(dirname "$0")/old_version.sh" "$old_rev"
shared="$repo/../shared/corpus"
[ -d "$shared" ] || { echo "no $shared: the shared corpus is needed" >&2; exit 2; }
mkdir -p "$work/diff/src"
cat > "$work/diff/Cargo.toml" <<TOML
[package]
name = "output-diff"
version = "0.0.0"
edition = "2021"
[dependencies]
old = { package = "arabic-news", path = "$work/old", features = ["serde", "html"] }
new = { package = "arabic-news", path = "$repo", features = ["serde", "html"] }
serde_json = "1"
[workspace]
TOML
cat > "$work/diff/src/main.rs" <<'RS'
use std::path::{Path, PathBuf};

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == ext));
    v.sort();
    v
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (repo, shared) = (Path::new(&args[1]), Path::new(&args[2]));
    let mut texts: Vec<(String, String)> = Vec::new();
    let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_default();
    texts.push(("seed".into(), read(&shared.join("seed.txt"))));
    texts.push(("sample".into(), read(&repo.join("examples/data/sample_article.txt"))));
    for p in files(&repo.join("tests/fixtures/articles"), "txt") {
        texts.push((p.display().to_string(), read(&p)));
    }
    for p in files(&shared.join("dev"), "txt") {
        texts.push((p.display().to_string(), read(&p)));
    }
    let mut bulk = String::new();
    for p in files(&shared.join("bulk"), "txt") {
        bulk.push_str(&read(&p));
    }
    for (k, a) in bulk.split("\n\u{c}\n").filter(|a| !a.trim().is_empty()).enumerate() {
        texts.push((format!("bulk article {k}"), a.to_owned()));
    }
    let (mut n, mut differ) = (0usize, 0usize);
    let mut report = |name: &str, a: String, b: String| {
        n += 1;
        if a != b {
            differ += 1;
            if std::env::var_os("OUTPUT_DIFF_ALL").is_some() {
                println!("differs: {name}\n  old: {a}\n  new: {b}");
            } else if differ <= 20 {
                println!("differs: {name}\n  old: {:.300}\n  new: {:.300}", a, b);
            }
        }
    };
    for (name, t) in &texts {
        for depth in [2u8, 1, 0] {
            let o = old::Parser::new().related_depth(depth).parse(t);
            let w = new::Parser::new().related_depth(depth).parse(t);
            let o = o.map(|a| serde_json::to_string(&a).unwrap()).unwrap_or_else(|e| format!("ERR {e}"));
            let w = w.map(|a| serde_json::to_string(&a).unwrap()).unwrap_or_else(|e| format!("ERR {e}"));
            report(&format!("{name} (depth {depth})"), o, w);
            if !name.contains("/dev/") {
                break;
            }
        }
    }
    for p in files(&shared.join("html"), "html") {
        let b = std::fs::read(&p).unwrap_or_default();
        let o = old::Parser::new().parse_html(&b, None);
        let w = new::Parser::new().parse_html(&b, None);
        let o = o.map(|a| serde_json::to_string(&a).unwrap()).unwrap_or_else(|e| format!("ERR {e}"));
        let w = w.map(|a| serde_json::to_string(&a).unwrap()).unwrap_or_else(|e| format!("ERR {e}"));
        report(&p.display().to_string(), o, w);
    }
    println!("{n} documents, {differ} differ");
    std::process::exit(i32::from(differ > 0));
}
RS
(cd "$work/diff" && cargo build --release --quiet)
"$work/diff/target/release/output-diff" "$repo" "$shared"
