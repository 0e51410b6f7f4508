#!/usr/bin/env bash
# Parse throughput of two versions of the crate, interleaved in one run, on the
# bulk corpus split into articles: the honest way to compare speed on a machine
# whose speed swings within minutes (a shared VM). Optionally, the instruction
# count of each (callgrind), which does not swing at all.
#
#   scripts/parse_ab.sh OLD_REV                 # OLD_REV vs the working tree
#   scripts/parse_ab.sh OLD_REV --callgrind 400 # + instructions for 400 articles
#   PARSE_AB_CALLGRIND_DIR=/tmp/cg scripts/parse_ab.sh OLD_REV --callgrind 400
#       # + keeps callgrind.old.out and callgrind.new.out there (callgrind_annotate)
#
# Needs ../shared/corpus/bulk beside the repository; valgrind for --callgrind.
# Builds a throwaway crate in a temporary directory; nothing in the repository changes.
set -euo pipefail
old_rev="${1:?usage: parse_ab.sh OLD_REV [--callgrind N]}"
source "$(dirname "$0")/old_version.sh" "$old_rev"
need_bulk
ab_crate parse-ab
cat > "$work/ab/src/main.rs" <<'EOF'
use std::time::Instant;
fn main() {
    let dir = std::env::args().nth(1).expect("bulk dir");
    let mut text = String::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    files.sort();
    for f in files { text.push_str(&std::fs::read_to_string(f).unwrap()); }
    let articles: Vec<&str> = text.split("\n\u{c}\n").filter(|a| !a.trim().is_empty()).collect();
    // `parse-ab DIR old|new N`: parse the first N articles once (for callgrind).
    if let (Some(which), Some(n)) = (std::env::args().nth(2), std::env::args().nth(3)) {
        let n: usize = n.parse().unwrap();
        let k: usize = articles.iter().take(n).map(|a| if which == "old" {
            old::parse(a).map(|x| x.body.len()).unwrap_or(0)
        } else {
            new::parse(a).map(|x| x.body.len()).unwrap_or(0)
        }).sum();
        println!("{k}");
        return;
    }
    let bytes: usize = articles.iter().map(|a| a.len()).sum();
    let mut runs = [Vec::new(), Vec::new()];
    for _ in 0..9 {
        for (v, r) in runs.iter_mut().enumerate() {
            let t = Instant::now();
            let n: usize = articles.iter().map(|a| if v == 0 {
                old::parse(a).map(|x| x.body.len()).unwrap_or(0)
            } else {
                new::parse(a).map(|x| x.body.len()).unwrap_or(0)
            }).sum();
            std::hint::black_box(n);
            r.push(bytes as f64 / t.elapsed().as_secs_f64() / 1e6);
        }
    }
    let median = |v: &mut Vec<f64>| { v.sort_by(|a, b| a.total_cmp(b)); v[v.len() / 2] };
    let (o, n) = (median(&mut runs[0]), median(&mut runs[1]));
    println!("{} articles, {:.1} MB; median of 9 interleaved rounds:", articles.len(), bytes as f64 / 1e6);
    println!("  old: {o:.1} MB/s\n  new: {n:.1} MB/s\n  new/old: {:.2}x", n / o);
}
EOF
(cd "$work/ab" && cargo build --release --quiet)
bin="$work/ab/target/release/parse-ab"
"$bin" "$bulk"
if [ "${2:-}" = "--callgrind" ]; then
  n="${3:-400}"
  for v in old new; do
    out=/dev/null
    [ -n "${PARSE_AB_CALLGRIND_DIR:-}" ] && out="$PARSE_AB_CALLGRIND_DIR/callgrind.$v.out"
    ir=$(valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" "$bulk" "$v" "$n" 2>&1 \
      | sed -n 's/.*Collected : //p')
    echo "  $v: $ir instructions for the first $n articles (reading the corpus included)"
  done
fi
